package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.BinaryOp;
import org.kernels4j.backend.JavaBackend;
import org.kernels4j.backend.UnaryOp;
import org.kernels4j.planner.NewArrays;

/**
 * The ufunc family through the public API: the special values of docs/semantics.md (on the
 * backend in use and on the Java backend), NumPy's signed-zero rules of minimum/maximum/fmin/fmax
 * and sign, C's pow special cases, the forms returning a new array (heap, arena, async), and bad
 * input. Accuracy: UfuncAccuracyTest; native vs Java on random data: UfuncAgreementTest; NumPy's
 * bits: GoldenTest.
 */
@Tag("isa")
class UfuncTest {
    static final double NAN = Double.NaN;
    static final double INF = Double.POSITIVE_INFINITY;

    static void same(double expected, double actual, String what) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                () -> what + ": expected " + expected + " got " + actual);
    }

    /** op(x) on the backend in use (through Kernels) and on the Java backend, both float64 and float32. */
    static void un(UnaryOp op, Function<double[], double[]> api, double x, double want) {
        same(want, api.apply(new double[] {x})[0], op + "(" + x + ")");
        double[] o = new double[1];
        JavaBackend.INSTANCE.unary(op, DType.F64, MemorySegment.ofArray(new double[] {x}), MemorySegment.ofArray(o), 1);
        same(want, o[0], "java " + op + "(" + x + ")");
        float[] fo = new float[1];
        float fx = (float) x;
        JavaBackend.INSTANCE.unary(op, DType.F32, MemorySegment.ofArray(new float[] {fx}), MemorySegment.ofArray(fo), 1);
        float[] fn = new float[1];
        switch (op) {
            case SIN -> Kernels.sin(new float[] {fx}, fn);
            case COS -> Kernels.cos(new float[] {fx}, fn);
            case TAN -> Kernels.tan(new float[] {fx}, fn);
            case TANH -> Kernels.tanh(new float[] {fx}, fn);
            case LOG1P -> Kernels.log1p(new float[] {fx}, fn);
            case EXPM1 -> Kernels.expm1(new float[] {fx}, fn);
            case LOG2 -> Kernels.log2(new float[] {fx}, fn);
            case LOG10 -> Kernels.log10(new float[] {fx}, fn);
            case FLOOR -> Kernels.floor(new float[] {fx}, fn);
            case CEIL -> Kernels.ceil(new float[] {fx}, fn);
            case RINT -> Kernels.rint(new float[] {fx}, fn);
            case SIGN -> Kernels.sign(new float[] {fx}, fn);
            default -> throw new AssertionError(op);
        }
        if (fx == x && ((float) want == want || Double.isNaN(want))) { // the same case in float32
            same((float) want, fn[0], "f32 " + op + "(" + x + ")");
            same((float) want, fo[0], "java f32 " + op + "(" + x + ")");
        }
    }

    static void bin(BinaryOp op, BiFunction<double[], double[], double[]> api, double a, double b, double want) {
        same(want, api.apply(new double[] {a}, new double[] {b})[0], op + "(" + a + ", " + b + ")");
        same(want, op.apply(a, b), "java " + op + "(" + a + ", " + b + ")");
        if ((float) a == a && (float) b == b && ((float) want == want || Double.isNaN(want))) {
            same((float) want, op.apply((float) a, (float) b), "java f32 " + op + "(" + a + ", " + b + ")");
            float[] o = new float[1];
            Backend b2 = org.kernels4j.backend.Backends.current();
            b2.binary(op, DType.F32, MemorySegment.ofArray(new float[] {(float) a}),
                    MemorySegment.ofArray(new float[] {(float) b}), MemorySegment.ofArray(o), 1);
            same((float) want, o[0], "f32 " + op + "(" + a + ", " + b + ")");
        }
    }

    /**
     * floor, ceil and rint of a signalling NaN give it back quiet, payload and sign kept (NumPy's
     * and the native kernels' bits), on the backend in use and on the Java backend, in calls
     * before and after the Java loop is compiled (Math.floor keeps a signalling NaN when
     * interpreted and quiets it once compiled).
     */
    @Test
    void signallingNanComesOutQuiet() {
        long[] d = {0x7ff0000000000137L, 0xfff0000000000001L, 0x7ff4000000000000L, 0x7ff8000000000005L};
        int[] f = {0x7f800137, 0xff800001, 0x7fa00000, 0x7fc00005};
        int n = 1024;
        MemorySegment x = MemorySegment.ofArray(new double[n]), xf = MemorySegment.ofArray(new float[n]);
        for (int i = 0; i < n; i++) {
            x.setAtIndex(ValueLayout.JAVA_LONG, i, d[i % d.length]);
            xf.setAtIndex(ValueLayout.JAVA_INT, i, f[i % f.length]);
        }
        for (UnaryOp op : new UnaryOp[] {UnaryOp.FLOOR, UnaryOp.CEIL, UnaryOp.RINT}) {
            for (int rep = 0; rep < 300; rep++) {
                MemorySegment o = MemorySegment.ofArray(new double[n]), of = MemorySegment.ofArray(new float[n]);
                JavaBackend.INSTANCE.unary(op, DType.F64, x, o, n);
                JavaBackend.INSTANCE.unary(op, DType.F32, xf, of, n);
                for (int i = 0; i < n; i += 257) {
                    long want = d[i % d.length] | 0x0008_0000_0000_0000L;
                    long got = o.getAtIndex(ValueLayout.JAVA_LONG, i);
                    assertEquals(want, got, "java " + op + " f64 call " + rep + " at " + i);
                    int wantF = f[i % f.length] | 0x0040_0000;
                    int gotF = of.getAtIndex(ValueLayout.JAVA_INT, i);
                    assertEquals(wantF, gotF, "java " + op + " f32 call " + rep + " at " + i);
                }
            }
            double[] in = x.toArray(ValueLayout.JAVA_DOUBLE), out = new double[n];
            switch (op) {
                case FLOOR -> Kernels.floor(in, out);
                case CEIL -> Kernels.ceil(in, out);
                default -> Kernels.rint(in, out);
            }
            for (int i = 0; i < d.length; i++) {
                assertEquals(d[i] | 0x0008_0000_0000_0000L, Double.doubleToRawLongBits(out[i]), op + " f64 at " + i);
            }
        }
    }

    @Test
    void trigonometric() {
        un(UnaryOp.SIN, Kernels::sin, -0.0, -0.0);
        un(UnaryOp.SIN, Kernels::sin, 0.0, 0.0);
        un(UnaryOp.SIN, Kernels::sin, INF, NAN);
        un(UnaryOp.SIN, Kernels::sin, -INF, NAN);
        un(UnaryOp.SIN, Kernels::sin, NAN, NAN);
        un(UnaryOp.SIN, Kernels::sin, Double.MIN_VALUE, Double.MIN_VALUE);
        un(UnaryOp.COS, Kernels::cos, -0.0, 1.0);
        un(UnaryOp.COS, Kernels::cos, INF, NAN);
        un(UnaryOp.COS, Kernels::cos, NAN, NAN);
        un(UnaryOp.TAN, Kernels::tan, -0.0, -0.0);
        un(UnaryOp.TAN, Kernels::tan, -INF, NAN);
        // sin(1e300): the argument reduced exactly (the correctly rounded value, mpmath).
        same(-0.8178819121159085, Kernels.sin(new double[] {1e300})[0], "sin(1e300)");
        same(-0.8178819121159085, JavaUfuncAccess.sin(1e300), "java sin(1e300)");
    }

    @Test
    void hyperbolicLogarithmsAndExpm1() {
        un(UnaryOp.TANH, Kernels::tanh, INF, 1.0);
        un(UnaryOp.TANH, Kernels::tanh, -INF, -1.0);
        un(UnaryOp.TANH, Kernels::tanh, -0.0, -0.0);
        un(UnaryOp.TANH, Kernels::tanh, NAN, NAN);
        un(UnaryOp.LOG1P, Kernels::log1p, -1.0, -INF);
        un(UnaryOp.LOG1P, Kernels::log1p, -2.0, NAN);
        un(UnaryOp.LOG1P, Kernels::log1p, -0.0, -0.0);
        un(UnaryOp.LOG1P, Kernels::log1p, INF, INF);
        un(UnaryOp.LOG1P, Kernels::log1p, 1e-300, 1e-300);
        un(UnaryOp.EXPM1, Kernels::expm1, -INF, -1.0);
        un(UnaryOp.EXPM1, Kernels::expm1, INF, INF);
        un(UnaryOp.EXPM1, Kernels::expm1, 710.0, INF);
        un(UnaryOp.EXPM1, Kernels::expm1, -0.0, -0.0);
        un(UnaryOp.EXPM1, Kernels::expm1, 1e-300, 1e-300);
        for (UnaryOp op : new UnaryOp[] {UnaryOp.LOG2, UnaryOp.LOG10}) {
            Function<double[], double[]> f = op == UnaryOp.LOG2 ? Kernels::log2 : Kernels::log10;
            un(op, f, 0.0, -INF);
            un(op, f, -0.0, -INF);
            un(op, f, -1.0, NAN);
            un(op, f, -INF, NAN);
            un(op, f, INF, INF);
            un(op, f, 1.0, 0.0);
            un(op, f, NAN, NAN);
        }
        // log2 is exact on powers of two, subnormal ones included.
        for (int e = -1074; e <= 1023; e++) {
            double x = Math.scalb(1.0, e);
            same(e, Kernels.log2(new double[] {x})[0], "log2 2^" + e);
            same(e, JavaUfuncAccess.log2(x), "java log2 2^" + e);
        }
        un(UnaryOp.LOG10, Kernels::log10, 1000.0, 3.0);
    }

    @Test
    void rounding() {
        double[][] cases = { // x, floor, ceil, rint
            {-0.0, -0.0, -0.0, -0.0}, {0.0, 0.0, 0.0, 0.0}, {0.5, 0.0, 1.0, 0.0}, {-0.5, -1.0, -0.0, -0.0},
            {1.5, 1.0, 2.0, 2.0}, {2.5, 2.0, 3.0, 2.0}, {-2.5, -3.0, -2.0, -2.0}, {3.5, 3.0, 4.0, 4.0},
            {4503599627370495.5, 4503599627370495.0, 4503599627370496.0, 4503599627370496.0},
            {0x1p52 + 1, 0x1p52 + 1, 0x1p52 + 1, 0x1p52 + 1}, {1e300, 1e300, 1e300, 1e300},
            {Double.MIN_VALUE, 0.0, 1.0, 0.0}, {-Double.MIN_VALUE, -1.0, -0.0, -0.0},
            {INF, INF, INF, INF}, {-INF, -INF, -INF, -INF}, {NAN, NAN, NAN, NAN}, {0.49999999999999994, 0.0, 1.0, 0.0}};
        for (double[] c : cases) {
            un(UnaryOp.FLOOR, Kernels::floor, c[0], c[1]);
            un(UnaryOp.CEIL, Kernels::ceil, c[0], c[2]);
            un(UnaryOp.RINT, Kernels::rint, c[0], c[3]);
        }
        same(8388608.0f, Kernels.rint(new float[] {8388608.5f})[0], "f32 rint 2^23 + 0.5 (ties to even)");
        same(8388610.0f, Kernels.rint(new float[] {8388609.5f})[0], "f32 rint 2^23 + 1.5");
    }

    @Test
    void sign() {
        un(UnaryOp.SIGN, Kernels::sign, -0.0, 0.0);
        un(UnaryOp.SIGN, Kernels::sign, 0.0, 0.0);
        un(UnaryOp.SIGN, Kernels::sign, -Double.MIN_VALUE, -1.0);
        un(UnaryOp.SIGN, Kernels::sign, Double.MIN_VALUE, 1.0);
        un(UnaryOp.SIGN, Kernels::sign, -INF, -1.0);
        un(UnaryOp.SIGN, Kernels::sign, 42.0, 1.0);
        // NaN passes through unchanged, sign bit included (np.sign(-nan) is -nan).
        double negNaN = Double.longBitsToDouble(0xfff8000000000000L);
        same(negNaN, Kernels.sign(new double[] {negNaN})[0], "sign(-NaN)");
        same(negNaN, JavaUfuncAccess.sign(negNaN), "java sign(-NaN)");
    }

    @Test
    void minimumMaximumAndNanIgnoringTwins() {
        BinaryOp[] ops = {BinaryOp.MINIMUM, BinaryOp.MAXIMUM, BinaryOp.FMIN, BinaryOp.FMAX};
        java.util.List<BiFunction<double[], double[], double[]>> api = java.util.List.of(
                Kernels::minimum, Kernels::maximum, Kernels::fmin, Kernels::fmax);
        for (int k = 0; k < 4; k++) {
            boolean nanIgnoring = k >= 2;
            // equal operands, ±0 included: b (NumPy)
            bin(ops[k], api.get(k), 0.0, -0.0, -0.0);
            bin(ops[k], api.get(k), -0.0, 0.0, 0.0);
            bin(ops[k], api.get(k), NAN, 1.0, nanIgnoring ? 1.0 : NAN);
            bin(ops[k], api.get(k), 1.0, NAN, nanIgnoring ? 1.0 : NAN);
            bin(ops[k], api.get(k), NAN, NAN, NAN);
            bin(ops[k], api.get(k), -INF, INF, k % 2 == 0 ? -INF : INF);
        }
        bin(BinaryOp.MINIMUM, api.get(0), 1.0, 2.0, 1.0);
        bin(BinaryOp.MAXIMUM, api.get(1), 1.0, 2.0, 2.0);
        // long arrays: the same rule in every vector lane and remainder position
        double[] zp = new double[37];
        double[] zn = new double[37];
        java.util.Arrays.fill(zn, -0.0);
        for (double v : Kernels.minimum(zp, zn)) {
            same(-0.0, v, "minimum(+0, -0) long");
        }
        for (double v : Kernels.fmax(zn, zp)) {
            same(0.0, v, "fmax(-0, +0) long");
        }
    }

    @Test
    void powAndAtan2SpecialCases() {
        BiFunction<double[], double[], double[]> pow = Kernels::pow;
        bin(BinaryOp.POW, pow, 1.0, NAN, 1.0);
        bin(BinaryOp.POW, pow, NAN, 0.0, 1.0);
        bin(BinaryOp.POW, pow, NAN, -0.0, 1.0);
        bin(BinaryOp.POW, pow, -1.0, INF, 1.0);
        bin(BinaryOp.POW, pow, -1.0, -INF, 1.0);
        bin(BinaryOp.POW, pow, -2.0, 0.5, NAN);
        bin(BinaryOp.POW, pow, -0.0, -3.0, -INF);
        bin(BinaryOp.POW, pow, 0.0, -2.0, INF);
        bin(BinaryOp.POW, pow, -2.0, 3.0, -8.0);
        bin(BinaryOp.POW, pow, 2.0, 1024.0, INF);
        bin(BinaryOp.POW, pow, 2.0, -1075.0, 0.0);
        bin(BinaryOp.POW, pow, 0.5, INF, 0.0);
        bin(BinaryOp.POW, pow, NAN, 1.0, NAN);
        // a signaling NaN is not ignored by glibc's pow (nor by NumPy's, which calls it)
        double sNaN = Double.longBitsToDouble(0x7ff0000000000001L);
        assertTrue(Double.isNaN(Kernels.pow(new double[] {1.0}, new double[] {sNaN})[0]));
        assertTrue(Double.isNaN(BinaryOp.POW.apply(1.0, sNaN)));
        assertTrue(Double.isNaN(BinaryOp.POW.apply(sNaN, 0.0)));
        BiFunction<double[], double[], double[]> atan2 = Kernels::atan2;
        bin(BinaryOp.ATAN2, atan2, 0.0, -0.0, Math.PI);
        bin(BinaryOp.ATAN2, atan2, -0.0, -0.0, -Math.PI);
        bin(BinaryOp.ATAN2, atan2, -0.0, 0.0, -0.0);
        bin(BinaryOp.ATAN2, atan2, 0.0, 0.0, 0.0);
        bin(BinaryOp.ATAN2, atan2, INF, INF, Math.PI / 4);
        bin(BinaryOp.ATAN2, atan2, -INF, -INF, -3 * Math.PI / 4);
        bin(BinaryOp.ATAN2, atan2, 1.0, NAN, NAN);
        bin(BinaryOp.ATAN2, atan2, 1.0, 0.0, Math.PI / 2);
    }

    // ---- the forms returning a new array ---------------------------------------------------

    @Test
    void newArrayFormsEqualTheOutForms() throws Exception {
        double[] x = {-2.5, -0.0, 0.25, 1.0, 3.0, NAN, INF};
        double[] y = {2.0, 0.5, -1.0, 0.0, 2.0, 1.0, -INF};
        double[] out = new double[x.length];
        Kernels.pow(x, y, out);
        double[] fresh = Kernels.pow(x, y);
        assertNotSame(out, fresh);
        assertArrayEquals(out, fresh);
        Kernels.exp(x, out);
        assertArrayEquals(out, Kernels.exp(x));
        Kernels.add(x, 1.5, out);
        assertArrayEquals(out, Kernels.add(x, 1.5));
        Kernels.scale(3.0, x, out);
        assertArrayEquals(out, Kernels.scale(3.0, x));
        Kernels.clip(x, -1.0, 2.0, out);
        assertArrayEquals(out, Kernels.clip(x, -1.0, 2.0));
        Kernels.sub(x, y, out);
        assertArrayEquals(out, Kernels.sub(x, y));
        assertEquals(0, Kernels.sin(new double[0]).length);
        float[] xf = {1.5f, -2.5f, 0.5f};
        assertArrayEquals(new float[] {2.0f, -2.0f, 0.0f}, Kernels.rint(xf));
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray a = DoubleArray.copyOf(arena, x);
            DoubleArray b = DoubleArray.copyOf(arena, y);
            DoubleArray p = Kernels.pow(a, b, arena);
            Kernels.pow(x, y, out);
            assertArrayEquals(out, p.toArray());
            assertTrue(p.isNative());
            FloatArray f = Kernels.floor(FloatArray.copyOf(arena, xf), arena);
            assertArrayEquals(new float[] {1.0f, -3.0f, 0.0f}, f.toArray());
            NumericArray any = Kernels.sqrt((NumericArray) FloatArray.copyOf(arena, new float[] {4f, 9f}), arena);
            assertInstanceOf(FloatArray.class, any);
            assertArrayEquals(new float[] {2f, 3f}, ((FloatArray) any).toArray());
            assertArrayEquals(new double[] {-1.0, -0.5}, Kernels.add(DoubleArray.copyOf(arena, new double[] {0, 0.5}),
                    -1.0, arena).toArray());
        }
        try (ComputePool pool = ComputePool.create(2); Arena shared = Arena.ofShared()) {
            CompletableFuture<double[]> f = pool.atan2(x, y);
            Kernels.atan2(x, y, out);
            assertArrayEquals(out, f.get(30, TimeUnit.SECONDS));
            double[] big = new double[300_000];
            for (int i = 0; i < big.length; i++) {
                big[i] = i * 0.001 - 100;
            }
            assertArrayEquals(Kernels.tanh(big), pool.tanh(big).get(30, TimeUnit.SECONDS));
            DoubleArray s = DoubleArray.copyOf(shared, big);
            DoubleArray r = pool.sin(s, shared).get(30, TimeUnit.SECONDS);
            assertArrayEquals(Kernels.sin(big), r.toArray());
            NumericArray m = pool.fmax((NumericArray) s, s, shared).get(30, TimeUnit.SECONDS);
            assertArrayEquals(big, ((DoubleArray) m).toArray());
            // the result of a confined arena cannot be written by the workers: refused on the call
            try (Arena confined = Arena.ofConfined()) {
                assertThrows(IllegalArgumentException.class, () -> pool.sin(s, confined));
            }
        }
    }

    @Test
    void cancellingTheFutureOfANewArrayCancelsTheWork() {
        CompletableFuture<Void> work = new CompletableFuture<>();
        double[] result = new double[3];
        CompletableFuture<double[]> f = NewArrays.returning(work, result);
        assertTrue(!work.isDone() && !f.isDone());
        f.cancel(true);
        assertTrue(work.isCancelled(), "the work is cancelled with the future of its result");
        CompletableFuture<Void> done = new CompletableFuture<>();
        CompletableFuture<double[]> g = NewArrays.returning(done, result);
        done.complete(null);
        assertTrue(g.isDone() && g.join() == result);
    }

    // ---- bad input ----------------------------------------------------------------------------

    @Test
    void badInputIsRefusedBeforeAnyWrite() {
        double[] a = {1, 2, 3};
        assertThrows(IllegalArgumentException.class, () -> Kernels.pow(a, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> Kernels.minimum(a, new double[4], new double[4]));
        assertThrows(IllegalArgumentException.class, () -> Kernels.sin(a, new double[2]));
        assertThrows(NullPointerException.class, () -> Kernels.cos((double[]) null));
        assertThrows(IllegalArgumentException.class, () -> Kernels.clip(a, 2.0, 1.0));
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray x = DoubleArray.copyOf(arena, a);
            FloatArray f = FloatArray.allocate(arena, 3);
            assertThrows(IllegalArgumentException.class, () -> Kernels.atan2(x, f, x));
            assertThrows(IllegalArgumentException.class, () -> Kernels.fmin((NumericArray) x, f, arena));
            assertThrows(IllegalArgumentException.class, () -> Kernels.log2(x, f));
            IntArray ints = IntArray.allocate(arena, 3);
            assertThrows(IllegalArgumentException.class, () -> Kernels.floor((NumericArray) ints, arena));
            DoubleArray ro = DoubleArray.wrap(x.segment().asReadOnly());
            assertThrows(IllegalArgumentException.class, () -> Kernels.ceil(x, ro));
            assertArrayEquals(a, x.toArray(), "x untouched");
        }
        Arena closed = Arena.ofConfined();
        DoubleArray gone = DoubleArray.allocate(closed, 3);
        closed.close();
        assertThrows(IllegalStateException.class, () -> Kernels.tan(gone, gone));
        try (Arena arena = Arena.ofConfined()) {
            assertThrows(IllegalStateException.class, () -> Kernels.tan(gone, arena));
            Arena other = Arena.ofConfined();
            other.close();
            assertThrows(IllegalStateException.class, () -> Kernels.expm1(DoubleArray.copyOf(arena, a), other));
        }
    }

    @Test
    void partialOverlapReadsTheInputFirst() {
        double[] buf = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        double[] want = Kernels.log1p(java.util.Arrays.copyOfRange(buf, 0, 5));
        DoubleArray in = DoubleArray.wrap(buf, 0, 5);
        DoubleArray out = DoubleArray.wrap(buf, 1, 5);
        Kernels.log1p(in, out);
        assertArrayEquals(want, java.util.Arrays.copyOfRange(buf, 1, 6));
        double[] p = {1, 2, 3, 4};
        double[] q = {2, 2, 2, 2};
        double[] wantMax = Kernels.maximum(new double[] {1, 2, 3}, new double[] {2, 2, 2});
        Kernels.maximum(DoubleArray.wrap(p, 0, 3), DoubleArray.wrap(q, 0, 3), DoubleArray.wrap(p, 1, 3));
        assertArrayEquals(wantMax, java.util.Arrays.copyOfRange(p, 1, 4));
    }

    /** Small views of the Java twins, for the exactness checks above. */
    static final class JavaUfuncAccess {
        static double sin(double v) {
            return apply(UnaryOp.SIN, v);
        }

        static double log2(double v) {
            return apply(UnaryOp.LOG2, v);
        }

        static double sign(double v) {
            return apply(UnaryOp.SIGN, v);
        }

        private static double apply(UnaryOp op, double v) {
            double[] o = new double[1];
            JavaBackend.INSTANCE.unary(op, DType.F64, MemorySegment.ofArray(new double[] {v}), MemorySegment.ofArray(o), 1);
            return o[0];
        }
    }
}
