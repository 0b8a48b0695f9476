package org.kernels4j.backend;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.kernels4j.DType;

/**
 * {@link JavaBackend} against the plain definitions in {@link Reference}, on heap and
 * off-heap segments, sizes around every block and lane boundary, random data with NaN,
 * ±Inf, ±0.0 and subnormals mixed in, and hand-written expectations for special values.
 * Results are compared bit for bit (all NaNs count as one value).
 */
class JavaBackendTest {

    private static final JavaBackend B = JavaBackend.INSTANCE;
    private static final DType F64 = DType.F64;
    private static final DType F32 = DType.F32;

    private static final int[] SIZES = {
        0, 1, 2, 3, 31, 32, 33, 63, 64, 100, 511, 512, 513, 1000, 1023, 1024, 1025,
        1536, 2047, 2048, 2049, 512 * 7 + 5, 512 * 8, 512 * 9 + 31, 20_000, 65_537
    };

    private static final double[] SPECIALS = {
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
        Double.MIN_VALUE, -Double.MIN_NORMAL / 3, Double.MAX_VALUE, 1e300, -1e-300
    };

    // ---- data ------------------------------------------------------------------------

    /** Values over ~12 orders of magnitude (so summation order matters), with specials if asked. */
    static double[] data(long seed, int n, boolean specials) {
        Random r = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextGaussian() * Math.scalb(1.0, r.nextInt(40) - 20);
            if (specials && r.nextInt(50) == 0) {
                x[i] = SPECIALS[r.nextInt(SPECIALS.length)];
            }
        }
        return x;
    }

    static float[] toFloat(double[] x) {
        float[] f = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = (float) x[i];
        }
        return f;
    }

    static MemorySegment seg(Arena arena, double[] x, boolean offHeap) {
        if (!offHeap) {
            return MemorySegment.ofArray(x);
        }
        MemorySegment s = arena.allocate(JAVA_DOUBLE, Math.max(1, x.length));
        MemorySegment.copy(x, 0, s, JAVA_DOUBLE, 0, x.length);
        return s;
    }

    static MemorySegment seg(Arena arena, float[] x, boolean offHeap) {
        if (!offHeap) {
            return MemorySegment.ofArray(x);
        }
        MemorySegment s = arena.allocate(JAVA_FLOAT, Math.max(1, x.length));
        MemorySegment.copy(x, 0, s, JAVA_FLOAT, 0, x.length);
        return s;
    }

    static void assertBits(double expected, double actual, String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                () -> what + ": expected " + expected + " (" + Double.toHexString(expected) + ") but was "
                        + actual + " (" + Double.toHexString(actual) + ")");
    }

    static void assertBits(float expected, float actual, String what) {
        assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(actual),
                () -> what + ": expected " + expected + " (" + Float.toHexString(expected) + ") but was "
                        + actual + " (" + Float.toHexString(actual) + ")");
    }

    static double[] readF64(MemorySegment s, int n) {
        double[] d = new double[n];
        MemorySegment.copy(s, JAVA_DOUBLE, 0, d, 0, n);
        return d;
    }

    static float[] readF32(MemorySegment s, int n) {
        float[] d = new float[n];
        MemorySegment.copy(s, JAVA_FLOAT, 0, d, 0, n);
        return d;
    }

    // ---- reductions against the reference, every size, both memory kinds --------------

    @ParameterizedTest(name = "offHeap={0}")
    @ValueSource(booleans = {false, true})
    void reductionsF64MatchTheReference(boolean offHeap) {
        for (boolean specials : new boolean[] {false, true}) {
            for (int n : SIZES) {
                double[] x = data(n * 31L + (specials ? 1 : 0), n, specials);
                double[] y = data(n * 17L + 5, n, specials);
                double mean = n == 0 ? 0.0 : x[n / 2] * 0.5;
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment xs = seg(arena, x, offHeap);
                    MemorySegment ys = seg(arena, y, offHeap);
                    checkReductions(F64, x, y, mean, xs, ys, "f64 n=" + n + " specials=" + specials);
                }
            }
        }
    }

    @ParameterizedTest(name = "offHeap={0}")
    @ValueSource(booleans = {false, true})
    void reductionsF32MatchTheReference(boolean offHeap) {
        for (boolean specials : new boolean[] {false, true}) {
            for (int n : SIZES) {
                float[] xf = toFloat(data(n * 29L + (specials ? 1 : 0), n, specials));
                float[] yf = toFloat(data(n * 13L + 7, n, specials));
                double[] x = Reference.widen(xf);
                double[] y = Reference.widen(yf);
                double mean = n == 0 ? 0.0 : x[n / 2] * 0.5 + 0.1;
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment xs = seg(arena, xf, offHeap);
                    MemorySegment ys = seg(arena, yf, offHeap);
                    checkReductions(F32, x, y, mean, xs, ys, "f32 n=" + n + " specials=" + specials);
                }
            }
        }
    }

    /** x, y: the elements as doubles (F32 widened exactly, as the kernels do). */
    private static void checkReductions(DType t, double[] x, double[] y, double mean,
                                        MemorySegment xs, MemorySegment ys, String what) {
        int n = x.length;
        assertBits(Reference.sum(x), B.sum(t, xs, n), "sum " + what);
        assertBits(Reference.nansum(x), B.nansum(t, xs, n), "nansum " + what);
        assertEquals(Reference.withoutNaN(x).length, n - B.nancount(t, xs, n), "nancount " + what);
        assertBits(Reference.dot(x, y), B.dot(t, xs, ys, n), "dot " + what);
        assertBits(Reference.sqdev(x, mean), B.sqdev(t, xs, n, mean), "sqdev " + what);
        assertBits(Reference.norm2(x), B.norm2(t, xs, n), "norm2 " + what);
        if (n == 0) {
            return;
        }
        assertBits(Reference.min(x), B.min(t, xs, n), "min " + what);
        assertBits(Reference.max(x), B.max(t, xs, n), "max " + what);
        assertBits(Reference.min(Reference.withoutNaN(x)), B.nanmin(t, xs, n), "nanmin " + what);
        assertBits(Reference.max(Reference.withoutNaN(x)), B.nanmax(t, xs, n), "nanmax " + what);
        assertEquals(Reference.argmin(x), B.argmin(t, xs, n), "argmin " + what);
        assertEquals(Reference.argmax(x), B.argmax(t, xs, n), "argmax " + what);
    }

    @Test
    void minMaxAndArgsOnDataWithoutNaNAndWithManyTies() {
        // Signed zeros and repeated extremes, no NaN: exercises the tie rules in isolation.
        Random r = new Random(3);
        for (int n : SIZES) {
            if (n == 0) {
                continue;
            }
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = switch (r.nextInt(5)) {
                    case 0 -> 0.0;
                    case 1 -> -0.0;
                    case 2 -> -1.0;
                    case 3 -> 1.0;
                    default -> r.nextDouble() - 0.5;
                };
            }
            MemorySegment xs = MemorySegment.ofArray(x);
            MemorySegment fs = MemorySegment.ofArray(toFloat(x));
            for (DType t : DType.values()) {
                MemorySegment s = t == F64 ? xs : fs;
                double[] v = t == F64 ? x : Reference.widen(toFloat(x));
                assertBits(Reference.min(v), B.min(t, s, n), "min " + t + " n=" + n);
                assertBits(Reference.max(v), B.max(t, s, n), "max " + t + " n=" + n);
                assertBits(Reference.min(v), B.nanmin(t, s, n), "nanmin " + t + " n=" + n);
                assertBits(Reference.max(v), B.nanmax(t, s, n), "nanmax " + t + " n=" + n);
                assertEquals(Reference.argmin(v), B.argmin(t, s, n), "argmin " + t + " n=" + n);
                assertEquals(Reference.argmax(v), B.argmax(t, s, n), "argmax " + t + " n=" + n);
            }
        }
    }

    // ---- special values, written out by hand -------------------------------------------

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    private static double sum(double... x) {
        return B.sum(F64, MemorySegment.ofArray(x), x.length);
    }

    private static double nansum(double... x) {
        return B.nansum(F64, MemorySegment.ofArray(x), x.length);
    }

    private static double norm2(double... x) {
        return B.norm2(F64, MemorySegment.ofArray(x), x.length);
    }

    private static double sumF32(float... x) {
        return B.sum(F32, MemorySegment.ofArray(x), x.length);
    }

    @Test
    void sumSpecialValues() {
        assertBits(0.0, sum(), "empty sum is +0.0");
        assertBits(-0.0, sum(-0.0), "sum of -0.0 keeps the sign (lanes start at -0.0)");
        assertBits(-0.0, sum(-0.0, -0.0, -0.0), "sum of -0.0s");
        assertBits(0.0, sum(0.0, -0.0), "+0.0 + -0.0");
        assertBits(NAN, sum(1.0, NAN, 2.0), "NaN propagates");
        assertBits(INF, sum(1.0, INF), "+Inf");
        assertBits(-INF, sum(-INF, 1e308), "-Inf");
        assertBits(NAN, sum(INF, -INF), "Inf - Inf");
        assertBits(INF, sum(Double.MAX_VALUE, Double.MAX_VALUE), "overflow");
        assertBits(0.0, sumF32(), "empty f32 sum");
        assertBits(-0.0, sumF32(-0.0f), "f32 -0.0");
        assertBits(NAN, sumF32(Float.NaN, 1f), "f32 NaN");
        // F32 accumulates in double: 2^24 + 1 + 1 is exact there, not in float.
        assertBits(16777218.0, sumF32(16777216f, 1f, 1f), "f32 accumulates in double");
        assertBits(2.0 * Float.MAX_VALUE, sumF32(Float.MAX_VALUE, Float.MAX_VALUE), "f32 sum beyond float range");
    }

    @Test
    void nansumAndNancountSpecialValues() {
        assertBits(0.0, nansum(), "empty nansum is +0.0");
        // NaN contributes -0.0 (k4j.h), so an all-NaN input sums to -0.0, as the empty
        // sum of the remaining elements would if it started from the lanes' -0.0.
        assertBits(-0.0, nansum(NAN, NAN), "all-NaN nansum");
        assertBits(-0.0, nansum(-0.0, NAN), "-0.0 survives a NaN");
        assertBits(3.0, nansum(NAN, 1.0, NAN, 2.0), "NaN skipped");
        assertBits(INF, nansum(NAN, INF), "Inf kept");
        assertBits(NAN, nansum(INF, NAN, -INF), "Inf - Inf is still NaN");
        assertBits(1.5, B.nansum(F32, MemorySegment.ofArray(new float[] {Float.NaN, 1.5f}), 2), "f32 nansum");
        double[] x = {NAN, 1, NAN, -NAN, INF};
        assertEquals(3, B.nancount(F64, MemorySegment.ofArray(x), x.length));
        assertEquals(0, B.nancount(F64, MemorySegment.ofArray(new double[0]), 0));
        assertEquals(2, B.nancount(F32, MemorySegment.ofArray(new float[] {Float.NaN, 0f, Float.NaN}), 3));
    }

    @Test
    void dotAndSqdevSpecialValues() {
        double[] e = {};
        assertBits(0.0, B.dot(F64, MemorySegment.ofArray(e), MemorySegment.ofArray(e), 0), "empty dot");
        assertBits(NAN, B.dot(F64, MemorySegment.ofArray(new double[] {INF}),
                MemorySegment.ofArray(new double[] {0.0}), 1), "Inf * 0");
        assertBits(-0.0, B.dot(F64, MemorySegment.ofArray(new double[] {-0.0}),
                MemorySegment.ofArray(new double[] {1.0}), 1), "-0.0 * 1");
        assertBits(32.0, B.dot(F64, MemorySegment.ofArray(new double[] {1, 2, 3}),
                MemorySegment.ofArray(new double[] {4, 5, 6}), 3), "1*4+2*5+3*6");
        // F32 factors are widened before multiplying: the product is exact in double.
        float a = 1.0f + 0x1p-23f;
        assertBits((double) a * (double) a, B.dot(F32, MemorySegment.ofArray(new float[] {a}),
                MemorySegment.ofArray(new float[] {a}), 1), "f32 product in double");
        MemorySegment x = MemorySegment.ofArray(new double[] {1, 2, 3});
        assertBits(2.0, B.sqdev(F64, x, 3, 2.0), "sqdev");
        assertBits(0.0, B.sqdev(F64, MemorySegment.ofArray(e), 0, 1.0), "empty sqdev");
        assertBits(INF, B.sqdev(F64, MemorySegment.ofArray(new double[] {-INF}), 1, 0.0), "sqdev Inf");
        assertBits(2.0, B.nansqdev(F64, MemorySegment.ofArray(new double[] {1, Double.NaN, 3, Double.NaN}), 4, 2.0),
                "nansqdev skips NaN");
        assertBits(-0.0, B.nansqdev(F64, MemorySegment.ofArray(new double[] {Double.NaN, Double.NaN}), 2, 0.0),
                "nansqdev of only NaN: the sum of its -0.0 terms (as nansum)");
        assertTrue(Double.isNaN(B.nansqdev(F64, MemorySegment.ofArray(new double[] {INF, Double.NaN}), 2, INF)),
                "nansqdev: Inf - Inf stays NaN");
        assertBits(NAN, B.sqdev(F64, MemorySegment.ofArray(new double[] {INF}), 1, INF), "Inf - Inf");
        assertBits(NAN, B.sqdev(F64, x, 3, NAN), "NaN mean");
        float f = 0.1f;
        double d = (double) f - 0.1;
        assertBits(d * d, B.sqdev(F32, MemorySegment.ofArray(new float[] {f}), 1, 0.1),
                "f32 deviation taken in double");
    }

    @Test
    void norm2SpecialValuesAndRescue() {
        assertBits(0.0, norm2(), "empty");
        assertBits(0.0, norm2(-0.0, 0.0), "zeros give +0.0");
        assertBits(5.0, norm2(3, -4), "3-4-5");
        assertBits(NAN, norm2(NAN, INF), "NaN wins over Inf");
        assertBits(INF, norm2(1, -INF), "Inf");
        assertBits(Double.MIN_VALUE, norm2(Double.MIN_VALUE), "smallest subnormal survives (rescued)");
        assertBits(3e-300, norm2(3e-300), "1-element tiny");
        assertBits(1e300, norm2(-1e300), "1-element huge");
        assertBits(2e300, norm2(1e300, 1e300, 1e300, 1e300), "overflowing squares rescued");
        assertBits(2e-300, norm2(1e-300, 1e-300, 1e-300, 1e-300), "underflowing squares rescued");
        double[] mixed = {1e-200, 3e-200, -4e-200, 1e-210};
        assertTrue(relativeError(exactNorm(mixed), norm2(mixed)) < 4e-16, "tiny mixed");
        double[] big = new double[3000];
        Random r = new Random(9);
        for (int i = 0; i < big.length; i++) {
            big[i] = (r.nextDouble() + 0.5) * 1e160 * (r.nextBoolean() ? 1 : -1);
        }
        assertTrue(relativeError(exactNorm(big), norm2(big)) < 1e-15, "large n, huge values");
        float[] f = {3e-38f, 4e-38f};
        assertBits(Math.sqrt((double) f[0] * f[0] + (double) f[1] * f[1]),
                B.norm2(F32, MemorySegment.ofArray(f), 2), "f32 squares never underflow in double");
    }

    private static double exactNorm(double[] x) {
        java.math.BigDecimal s = java.math.BigDecimal.ZERO;
        for (double v : x) {
            java.math.BigDecimal b = new java.math.BigDecimal(v);
            s = s.add(b.multiply(b));
        }
        return s.sqrt(new java.math.MathContext(40)).doubleValue();
    }

    private static double relativeError(double exact, double actual) {
        return Math.abs(actual - exact) / Math.abs(exact);
    }

    @Test
    void minMaxSpecialValues() {
        record Case(double[] x, double min, double max, double nanmin, double nanmax, long argmin, long argmax) {
        }
        Case[] cases = {
            new Case(new double[] {NAN}, NAN, NAN, NAN, NAN, 0, 0),
            new Case(new double[] {1, NAN, 0, NAN}, NAN, NAN, 0, 1, 1, 1),
            new Case(new double[] {NAN, NAN}, NAN, NAN, NAN, NAN, 0, 0),
            new Case(new double[] {2, -INF, INF, NAN}, NAN, NAN, -INF, INF, 3, 3),
            new Case(new double[] {0.0, -0.0}, -0.0, 0.0, -0.0, 0.0, 0, 0),
            new Case(new double[] {-0.0, 0.0}, -0.0, 0.0, -0.0, 0.0, 0, 0),
            new Case(new double[] {NAN, 0.0, -0.0}, NAN, NAN, -0.0, 0.0, 0, 0),
            new Case(new double[] {3, 1, 1, 3}, 1, 3, 1, 3, 1, 0),
            new Case(new double[] {INF, INF, -INF, -INF}, -INF, INF, -INF, INF, 2, 0),
            new Case(new double[] {5}, 5, 5, 5, 5, 0, 0),
        };
        for (Case c : cases) {
            int n = c.x.length;
            for (DType t : DType.values()) {
                MemorySegment s = t == F64 ? MemorySegment.ofArray(c.x) : MemorySegment.ofArray(toFloat(c.x));
                String w = t + " " + java.util.Arrays.toString(c.x);
                assertBits(c.min, B.min(t, s, n), "min " + w);
                assertBits(c.max, B.max(t, s, n), "max " + w);
                assertBits(c.nanmin, B.nanmin(t, s, n), "nanmin " + w);
                assertBits(c.nanmax, B.nanmax(t, s, n), "nanmax " + w);
                assertEquals(c.argmin, B.argmin(t, s, n), "argmin " + w);
                assertEquals(c.argmax, B.argmax(t, s, n), "argmax " + w);
            }
        }
        MemorySegment empty = MemorySegment.ofArray(new double[0]);
        assertBits(NAN, B.min(F64, empty, 0), "empty min");
        assertBits(NAN, B.nanmax(F64, empty, 0), "empty nanmax");
        assertEquals(-1, B.argmin(F64, empty, 0), "empty argmin");
    }

    // ---- elementwise -----------------------------------------------------------------

    private static final double[] OPERANDS = {
        NAN, INF, -INF, 0.0, -0.0, 1.0, -1.0, 0.5, 3.0, 1e-310, 1e308, -2.5e-7, 0.1, 7e15
    };

    /** Every pair of OPERANDS, so each special meets each other one on both sides. */
    private static double[][] allPairs() {
        int k = OPERANDS.length;
        double[] a = new double[k * k];
        double[] b = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                a[i * k + j] = OPERANDS[i];
                b[i * k + j] = OPERANDS[j];
            }
        }
        return new double[][] {a, b};
    }

    @ParameterizedTest
    @EnumSource(value = BinaryOp.class, names = {"ADD", "SUB", "MUL", "DIV"}) // the ufunc ops: UfuncTest
    void binaryF64(BinaryOp op) {
        double[][] p = allPairs();
        double[] a = concat(p[0], data(1, 1000, true));
        double[] b = concat(p[1], data(2, 1000, true));
        int n = a.length;
        try (Arena arena = Arena.ofConfined()) {
            for (boolean offHeap : new boolean[] {false, true}) {
                MemorySegment as = seg(arena, a, offHeap);
                MemorySegment bs = seg(arena, b, offHeap);
                MemorySegment out = arena.allocate(JAVA_DOUBLE, n);
                B.binary(op, F64, as, bs, out, n);
                double[] o = readF64(out, n);
                for (int i = 0; i < n; i++) {
                    assertBits(op.apply(a[i], b[i]), o[i], op + " " + a[i] + ", " + b[i]);
                }
                for (double s : OPERANDS) {
                    B.binaryScalar(op, F64, as, s, out, n);
                    o = readF64(out, n);
                    for (int i = 0; i < n; i++) {
                        assertBits(op.apply(a[i], s), o[i], op + " scalar " + a[i] + ", " + s);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = BinaryOp.class, names = {"ADD", "SUB", "MUL", "DIV"}) // the ufunc ops: UfuncTest
    void binaryF32(BinaryOp op) {
        double[][] p = allPairs();
        float[] a = toFloat(concat(p[0], data(3, 1000, true)));
        float[] b = toFloat(concat(p[1], data(4, 1000, true)));
        int n = a.length;
        float[] o = new float[n];
        MemorySegment out = MemorySegment.ofArray(o);
        B.binary(op, F32, MemorySegment.ofArray(a), MemorySegment.ofArray(b), out, n);
        for (int i = 0; i < n; i++) {
            assertBits(op.apply(a[i], b[i]), o[i], op + " " + a[i] + ", " + b[i]);
        }
        // The scalar is rounded to float first, then the operation is done in float.
        for (double s : new double[] {0.1, 1.0 / 3.0, 1e-46, 1e39, -0.0, NAN, 16777217.0}) {
            B.binaryScalar(op, F32, MemorySegment.ofArray(a), s, out, n);
            for (int i = 0; i < n; i++) {
                assertBits(op.apply(a[i], (float) s), o[i], op + " scalar " + a[i] + ", " + s);
            }
        }
    }

    @Test
    void binaryInPlace() {
        // out is exactly a, then exactly b, then a == b == out.
        double[] a = data(5, 777, true);
        double[] b = data(6, 777, true);
        for (BinaryOp op : BinaryOp.values()) {
            if (!op.hasScalarForm()) {
                continue; // the ufunc ops: UfuncTest
            }
            double[] x = a.clone();
            B.binary(op, F64, MemorySegment.ofArray(x), MemorySegment.ofArray(b), MemorySegment.ofArray(x), x.length);
            double[] y = b.clone();
            B.binary(op, F64, MemorySegment.ofArray(a), MemorySegment.ofArray(y), MemorySegment.ofArray(y), y.length);
            double[] z = a.clone();
            MemorySegment zs = MemorySegment.ofArray(z);
            B.binary(op, F64, zs, zs, zs, z.length);
            double[] w = a.clone();
            B.binaryScalar(op, F64, MemorySegment.ofArray(w), 0.3, MemorySegment.ofArray(w), w.length);
            for (int i = 0; i < a.length; i++) {
                assertBits(op.apply(a[i], b[i]), x[i], op + " out=a");
                assertBits(op.apply(a[i], b[i]), y[i], op + " out=b");
                assertBits(op.apply(a[i], a[i]), z[i], op + " a=b=out");
                assertBits(op.apply(a[i], 0.3), w[i], op + " scalar in place");
            }
            float[] fa = toFloat(a);
            float[] fb = toFloat(b);
            float[] fx = fa.clone();
            B.binary(op, F32, MemorySegment.ofArray(fx), MemorySegment.ofArray(fb), MemorySegment.ofArray(fx), fx.length);
            for (int i = 0; i < a.length; i++) {
                assertBits(op.apply(fa[i], fb[i]), fx[i], op + " f32 out=a");
            }
        }
    }

    @Test
    void axpy() {
        double[][] p = allPairs();
        double[] x = concat(p[0], data(7, 600, true));
        double[] y0 = concat(p[1], data(8, 600, true));
        for (double alpha : new double[] {0.1, -3.0, 0.0, -0.0, INF, NAN, 1e300}) {
            double[] y = y0.clone();
            B.axpy(F64, alpha, MemorySegment.ofArray(x), MemorySegment.ofArray(y), x.length);
            for (int i = 0; i < x.length; i++) {
                double product = alpha * x[i];
                assertBits(product + y0[i], y[i], "axpy " + alpha + " " + x[i] + " " + y0[i]);
            }
            float[] fx = toFloat(x);
            float[] fy0 = toFloat(y0);
            float[] fy = fy0.clone();
            B.axpy(F32, alpha, MemorySegment.ofArray(fx), MemorySegment.ofArray(fy), fx.length);
            float fa = (float) alpha;
            for (int i = 0; i < x.length; i++) {
                float product = fa * fx[i];
                assertBits(product + fy0[i], fy[i], "f32 axpy " + alpha + " " + fx[i] + " " + fy0[i]);
            }
        }
        // Two roundings, not one: 1 + 2^-30 squared minus its rounded square is lost.
        double e = 1 + 0x1p-30;
        double[] y = {-(e * e)};
        B.axpy(F64, e, MemorySegment.ofArray(new double[] {e}), MemorySegment.ofArray(y), 1);
        assertBits(0.0, y[0], "no fused multiply-add");
        // x is y: y = alpha*y + y.
        double[] z = {1.5, -2.0, NAN};
        MemorySegment zs = MemorySegment.ofArray(z);
        B.axpy(F64, 2.0, zs, zs, 3);
        assertBits(4.5, z[0], "in place");
        assertBits(-6.0, z[1], "in place");
        assertBits(NAN, z[2], "in place NaN");
    }

    @ParameterizedTest
    @EnumSource(value = UnaryOp.class, names = {"ABS", "NEG", "SQRT", "EXP", "LOG"}) // the ufunc ops: UfuncTest
    void unary(UnaryOp op) {
        DoubleUnaryOperator exactF64 = switch (op) {
            case ABS -> v -> Double.longBitsToDouble(Double.doubleToRawLongBits(v) & Long.MAX_VALUE);
            case NEG -> v -> Double.longBitsToDouble(Double.doubleToRawLongBits(v) ^ Long.MIN_VALUE);
            case SQRT -> StrictMath::sqrt;
            case EXP -> StrictMath::exp;
            case LOG -> StrictMath::log;
            default -> throw new AssertionError(op + " is tested by UfuncTest");
        };
        // exp and log may differ from the (fdlibm) StrictMath results by an ulp or so.
        int ulps = op == UnaryOp.EXP || op == UnaryOp.LOG ? 2 : 0;
        double[] x = concat(OPERANDS, new double[] {-1e-310, 700, 710, -745, -746, Math.E, 1e-5},
                data(9, 3000, true));
        double[] out = new double[x.length];
        B.unary(op, F64, MemorySegment.ofArray(x), MemorySegment.ofArray(out), x.length);
        for (int i = 0; i < x.length; i++) {
            assertWithinUlps(exactF64.applyAsDouble(x[i]), out[i], ulps, op + " " + x[i]);
        }
        float[] f = toFloat(x);
        float[] fo = new float[f.length];
        B.unary(op, F32, MemorySegment.ofArray(f), MemorySegment.ofArray(fo), f.length);
        for (int i = 0; i < f.length; i++) {
            float expected = switch (op) {
                case ABS -> Float.intBitsToFloat(Float.floatToRawIntBits(f[i]) & Integer.MAX_VALUE);
                case NEG -> Float.intBitsToFloat(Float.floatToRawIntBits(f[i]) ^ Integer.MIN_VALUE);
                default -> (float) exactF64.applyAsDouble(f[i]);
            };
            assertWithinUlps(expected, fo[i], op == UnaryOp.EXP || op == UnaryOp.LOG ? 1 : 0, op + " f32 " + f[i]);
        }
        // In place.
        double[] y = x.clone();
        B.unary(op, F64, MemorySegment.ofArray(y), MemorySegment.ofArray(y), y.length);
        assertEquals(java.util.Arrays.toString(out), java.util.Arrays.toString(y), op + " in place");
    }

    @Test
    void unarySpecialValues() {
        assertBits(0.0, un(UnaryOp.ABS, -0.0), "abs -0.0");
        assertBits(INF, un(UnaryOp.ABS, -INF), "abs -Inf");
        assertBits(-0.0, un(UnaryOp.NEG, 0.0), "neg +0.0");
        assertBits(NAN, un(UnaryOp.SQRT, -1.0), "sqrt -1");
        assertBits(-0.0, un(UnaryOp.SQRT, -0.0), "sqrt -0.0");
        assertBits(INF, un(UnaryOp.SQRT, INF), "sqrt Inf");
        assertBits(0.0, un(UnaryOp.EXP, -INF), "exp -Inf");
        assertBits(INF, un(UnaryOp.EXP, INF), "exp Inf");
        assertBits(1.0, un(UnaryOp.EXP, -0.0), "exp -0.0");
        assertBits(INF, un(UnaryOp.EXP, 710.0), "exp overflow");
        assertBits(-INF, un(UnaryOp.LOG, 0.0), "log +0.0");
        assertBits(-INF, un(UnaryOp.LOG, -0.0), "log -0.0");
        assertBits(NAN, un(UnaryOp.LOG, -1.0), "log -1");
        assertBits(0.0, un(UnaryOp.LOG, 1.0), "log 1");
        assertBits(INF, un(UnaryOp.LOG, INF), "log Inf");
        for (UnaryOp op : UnaryOp.values()) {
            assertBits(NAN, un(op, NAN), op + " NaN");
        }
        float[] f = {88.8f};
        B.unary(UnaryOp.EXP, F32, MemorySegment.ofArray(f), MemorySegment.ofArray(f), 1);
        assertBits(Float.POSITIVE_INFINITY, f[0], "f32 exp overflows in the final rounding");
    }

    private static double un(UnaryOp op, double v) {
        double[] o = new double[1];
        B.unary(op, F64, MemorySegment.ofArray(new double[] {v}), MemorySegment.ofArray(o), 1);
        return o[0];
    }

    private static void assertWithinUlps(double expected, double actual, int ulps, String what) {
        if (Double.isNaN(expected) || Double.isInfinite(expected) || expected == 0 || ulps == 0) {
            assertBits(expected, actual, what);
        } else {
            assertTrue(Math.abs(actual - expected) <= ulps * Math.ulp(expected), () -> what + ": " + expected + " vs " + actual);
        }
    }

    private static void assertWithinUlps(float expected, float actual, int ulps, String what) {
        if (Float.isNaN(expected) || Float.isInfinite(expected) || expected == 0 || ulps == 0) {
            assertBits(expected, actual, what);
        } else {
            assertTrue(Math.abs(actual - expected) <= ulps * Math.ulp(expected), () -> what + ": " + expected + " vs " + actual);
        }
    }

    @Test
    void clip() {
        double[] x = concat(OPERANDS, data(10, 2000, true));
        double[][] bounds = {{-1, 1}, {0.0, 1}, {-0.0, 0.0}, {-INF, INF}, {2, 1}, {NAN, 1}, {-1, NAN}, {0.1, 0.2}};
        for (double[] lh : bounds) {
            double lo = lh[0];
            double hi = lh[1];
            double[] out = new double[x.length];
            B.clip(F64, MemorySegment.ofArray(x), lo, hi, MemorySegment.ofArray(out), x.length);
            float[] f = toFloat(x);
            float[] fo = f.clone();
            B.clip(F32, MemorySegment.ofArray(fo), lo, hi, MemorySegment.ofArray(fo), fo.length);
            for (int i = 0; i < x.length; i++) {
                assertBits(clipRef(x[i], lo, hi), out[i], "clip " + x[i] + " to " + lo + ".." + hi);
                double fr = clipRef(f[i], (float) lo, (float) hi);
                assertBits((float) fr, fo[i], "f32 clip " + f[i] + " to " + lo + ".." + hi);
            }
        }
        double[] one = {-0.0};
        B.clip(F64, MemorySegment.ofArray(one), 0.0, 1.0, MemorySegment.ofArray(one), 1);
        assertBits(0.0, one[0], "-0.0 clipped to [+0.0, 1] is +0.0");
        one[0] = 5;
        B.clip(F64, MemorySegment.ofArray(one), 3, 1, MemorySegment.ofArray(one), 1);
        assertBits(1.0, one[0], "lo > hi gives hi");
    }

    /** min(max(v, lo), hi) spelled out: NaN anywhere wins; -0.0 is below +0.0. */
    private static double clipRef(double v, double lo, double hi) {
        if (Double.isNaN(v) || Double.isNaN(lo) || Double.isNaN(hi)) {
            return NAN;
        }
        double r = Double.compare(v, lo) < 0 ? lo : v;
        return Double.compare(r, hi) > 0 ? hi : r;
    }

    @Test
    void cumsum() {
        for (int n : new int[] {0, 1, 5, 513, 4000}) {
            double[] x = data(n + 11L, n, true);
            double[] out = new double[n];
            double carry = 0.25;
            double r = B.cumsum(F64, MemorySegment.ofArray(x), MemorySegment.ofArray(out), n, carry);
            double acc = carry;
            for (int i = 0; i < n; i++) {
                acc = acc + x[i];
                assertBits(acc, out[i], "cumsum n=" + n + " i=" + i);
            }
            assertBits(acc, r, "returned carry");
            double[] inPlace = x.clone();
            B.cumsum(F64, MemorySegment.ofArray(inPlace), MemorySegment.ofArray(inPlace), n, carry);
            assertEquals(java.util.Arrays.toString(out), java.util.Arrays.toString(inPlace), "in place");

            float[] f = toFloat(x);
            float[] fo = new float[n];
            double fr = B.cumsum(F32, MemorySegment.ofArray(f), MemorySegment.ofArray(fo), n, carry);
            double facc = carry;
            for (int i = 0; i < n; i++) {
                facc += (double) f[i];
                assertBits((float) facc, fo[i], "f32 cumsum n=" + n + " i=" + i);
            }
            assertBits(facc, fr, "f32 returned carry is the double accumulator");
        }
        // Chunked with the carry equals one call.
        double[] x = data(12, 1000, false);
        double[] whole = new double[1000];
        B.cumsum(F64, MemorySegment.ofArray(x), MemorySegment.ofArray(whole), 1000, 0.0);
        double[] parts = new double[1000];
        MemorySegment xs = MemorySegment.ofArray(x);
        MemorySegment ps = MemorySegment.ofArray(parts);
        double c = B.cumsum(F64, xs.asSlice(0, 8 * 300), ps.asSlice(0, 8 * 300), 300, 0.0);
        B.cumsum(F64, xs.asSlice(8 * 300), ps.asSlice(8 * 300), 700, c);
        assertEquals(java.util.Arrays.toString(whole), java.util.Arrays.toString(parts), "chunked");
        // Float storage of a double accumulator: 2^24 + 1 rounds to 2^24, + 1 again is exact.
        float[] f = {16777216f, 1f, 1f};
        float[] fo = new float[3];
        double r = B.cumsum(F32, MemorySegment.ofArray(f), MemorySegment.ofArray(fo), 3, 0.0);
        assertBits(16777216f, fo[1], "rounded store");
        assertBits(16777218f, fo[2], "accumulator kept in double");
        assertBits(16777218.0, r, "carry");
        double[] z = {-0.0};
        assertBits(-0.0, B.cumsum(F64, MemorySegment.ofArray(z), MemorySegment.ofArray(z), 1, -0.0), "-0.0 + -0.0");
    }

    @Test
    void slicesAreReadFromTheirStart() {
        double[] x = data(13, 3000, false);
        MemorySegment s = MemorySegment.ofArray(x).asSlice(8 * 100, 8 * 2000);
        double[] part = java.util.Arrays.copyOfRange(x, 100, 2100);
        assertBits(Reference.sum(part), B.sum(F64, s, 2000), "sum of a slice");
        assertEquals(Reference.argmax(part), B.argmax(F64, s, 2000), "argmax of a slice");
    }

    @Test
    void identity() {
        assertEquals("java", B.name());
        assertEquals("java", B.isa());
    }

    private static double[] concat(double[]... parts) {
        int n = 0;
        for (double[] p : parts) {
            n += p.length;
        }
        double[] r = new double[n];
        int k = 0;
        for (double[] p : parts) {
            System.arraycopy(p, 0, r, k, p.length);
            k += p.length;
        }
        return r;
    }
}
