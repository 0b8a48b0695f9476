package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.Backends;
import org.kernels4j.backend.BinaryOp;
import org.kernels4j.backend.JavaBackend;
import org.kernels4j.backend.UnaryOp;

/**
 * The native backend (on whatever ISA path this JVM was started with: the surefire
 * executions force each one) agrees with the plain-Java backend bit for bit on random
 * data with NaN, ±Inf and ±0 mixed in, for every kernel, dtype and memory kind; exp and
 * log to within 4 ulp.
 */
@Tag("isa")
@Tag("novector")
class NativeJavaAgreementTest {
    static final Backend JAVA = JavaBackend.INSTANCE;

    static Backend nativeBackend() {
        Backend b = Backends.current();
        assertEquals("native", b.name(), "the native library must load in the test JVM: " + Kernels.info());
        String forced = System.getProperty("kernels4j.isa");
        if (forced != null) {
            assertEquals(forced, b.isa(), "the forced ISA path is the one in use");
        }
        return b;
    }

    /** A data set: values, element type, and whether it lives off-heap. */
    record Data(double[] values, DType type, boolean offHeap) {
        long n() {
            return values.length;
        }

        @Override
        public String toString() {
            return "Data[n=" + values.length + ", " + type + (offHeap ? ", off-heap" : ", heap") + "]";
        }
    }

    static final int[] EDGE_SIZES = {0, 1, 2, 7, 31, 32, 33, 511, 512, 513, 1024, 1537, 65535, 65536, 65537,
        3 * 65536 + 17, 1_000_000};

    @Provide
    Arbitrary<Data> data() {
        return Arbitraries.randomValue(DataGen::generate).withoutEdgeCases();
    }

    static final class DataGen {
        static Data generate(Random r) {
            int n = r.nextInt(4) == 0 ? EDGE_SIZES[r.nextInt(EDGE_SIZES.length)] : r.nextInt(r.nextBoolean() ? 3000 : 200_000);
            double special = r.nextInt(3) == 0 ? 0.0 : Math.pow(10, -1 - r.nextInt(5));
            double scale = Math.pow(10, r.nextInt(13) - 6);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                if (r.nextDouble() < special) {
                    v[i] = switch (r.nextInt(5)) {
                        case 0 -> Double.NaN;
                        case 1 -> Double.POSITIVE_INFINITY;
                        case 2 -> Double.NEGATIVE_INFINITY;
                        case 3 -> -0.0;
                        default -> 0.0;
                    };
                } else {
                    v[i] = (r.nextGaussian() + (r.nextInt(4) == 0 ? 1e3 : 0)) * scale;
                }
            }
            return new Data(v, r.nextBoolean() ? DType.F64 : DType.F32, r.nextBoolean());
        }
    }

    static MemorySegment segment(Data d, Arena arena) {
        int n = d.values().length;
        if (d.type() == DType.F64) {
            double[] copy = d.values().clone();
            return d.offHeap() ? arena.allocateFrom(ValueLayout.JAVA_DOUBLE, copy) : MemorySegment.ofArray(copy);
        }
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) d.values()[i];
        }
        return d.offHeap() ? arena.allocateFrom(ValueLayout.JAVA_FLOAT, f) : MemorySegment.ofArray(f);
    }

    static MemorySegment output(Data d, Arena arena) {
        int n = d.values().length;
        if (d.offHeap()) {
            return arena.allocate(Math.max(1, n * d.type().byteSize()), 64).asSlice(0, n * d.type().byteSize());
        }
        return d.type() == DType.F64 ? MemorySegment.ofArray(new double[n]) : MemorySegment.ofArray(new float[n]);
    }

    static double[] read(MemorySegment s, DType t, long n) {
        double[] out = new double[(int) n];
        for (int i = 0; i < n; i++) {
            out[i] = t == DType.F64 ? s.getAtIndex(ValueLayout.JAVA_DOUBLE, i) : s.getAtIndex(ValueLayout.JAVA_FLOAT, i);
        }
        return out;
    }

    static void assertSame(double expected, double actual, String what) {
        if (Double.doubleToLongBits(expected) != Double.doubleToLongBits(actual)) {
            fail(what + ": java " + expected + " (" + Double.doubleToRawLongBits(expected) + "), native " + actual
                    + " (" + Double.doubleToRawLongBits(actual) + ")");
        }
    }

    static void assertSameArrays(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            assertSame(expected[i], actual[i], what + " [" + i + "]");
        }
    }

    @Property(tries = 80)
    void reductionsAgreeBitForBit(@ForAll("data") Data d) {
        Backend nat = nativeBackend();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment x = segment(d, arena);
            MemorySegment y = segment(new Data(shift(d.values()), d.type(), d.offHeap()), arena);
            DType t = d.type();
            long n = d.n();
            assertSame(JAVA.sum(t, x, n), nat.sum(t, x, n), "sum " + d);
            assertSame(JAVA.nansum(t, x, n), nat.nansum(t, x, n), "nansum " + d);
            assertEquals(JAVA.nancount(t, x, n), nat.nancount(t, x, n), "nancount " + d);
            assertSame(JAVA.dot(t, x, y, n), nat.dot(t, x, y, n), "dot " + d);
            assertSame(JAVA.norm2(t, x, n), nat.norm2(t, x, n), "norm2 " + d);
            assertSame(JAVA.sqdev(t, x, n, 0.5), nat.sqdev(t, x, n, 0.5), "sqdev " + d);
            assertSame(JAVA.nansqdev(t, x, n, 0.5), nat.nansqdev(t, x, n, 0.5), "nansqdev " + d);
            assertSame(JAVA.nansqdev(t, x, n, Double.POSITIVE_INFINITY), nat.nansqdev(t, x, n, Double.POSITIVE_INFINITY),
                    "nansqdev, infinite mean " + d);
            if (n > 0) {
                assertSame(JAVA.min(t, x, n), nat.min(t, x, n), "min " + d);
                assertSame(JAVA.max(t, x, n), nat.max(t, x, n), "max " + d);
                assertSame(JAVA.nanmin(t, x, n), nat.nanmin(t, x, n), "nanmin " + d);
                assertSame(JAVA.nanmax(t, x, n), nat.nanmax(t, x, n), "nanmax " + d);
                assertEquals(JAVA.argmin(t, x, n), nat.argmin(t, x, n), "argmin " + d);
                assertEquals(JAVA.argmax(t, x, n), nat.argmax(t, x, n), "argmax " + d);
            }
        }
    }

    static double[] shift(double[] v) {
        double[] s = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            s[i] = v[(i + 1) % v.length] * 0.75;
        }
        return s;
    }

    @Property(tries = 60)
    void elementwiseAgreesBitForBit(@ForAll("data") Data d) {
        Backend nat = nativeBackend();
        DType t = d.type();
        long n = d.n();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment a = segment(d, arena);
            MemorySegment b = segment(new Data(shift(d.values()), t, d.offHeap()), arena);
            for (BinaryOp op : BinaryOp.values()) {
                if (!op.hasScalarForm()) {
                    continue; // the ufunc ops: UfuncAgreementTest
                }
                MemorySegment oj = output(d, arena);
                MemorySegment on = output(d, arena);
                JAVA.binary(op, t, a, b, oj, n);
                nat.binary(op, t, a, b, on, n);
                assertSameArrays(read(oj, t, n), read(on, t, n), op + " " + d);
                JAVA.binaryScalar(op, t, a, 1.25, oj, n);
                nat.binaryScalar(op, t, a, 1.25, on, n);
                assertSameArrays(read(oj, t, n), read(on, t, n), op + " scalar " + d);
            }
            for (UnaryOp op : new UnaryOp[] {UnaryOp.ABS, UnaryOp.NEG, UnaryOp.SQRT}) {
                MemorySegment oj = output(d, arena);
                MemorySegment on = output(d, arena);
                JAVA.unary(op, t, a, oj, n);
                nat.unary(op, t, a, on, n);
                assertSameArrays(read(oj, t, n), read(on, t, n), op + " " + d);
            }
            MemorySegment cj = output(d, arena);
            MemorySegment cn = output(d, arena);
            JAVA.clip(t, a, -0.5, 2.0, cj, n);
            nat.clip(t, a, -0.5, 2.0, cn, n);
            assertSameArrays(read(cj, t, n), read(cn, t, n), "clip " + d);
            assertSame(JAVA.cumsum(t, a, cj, n, -0.0), nat.cumsum(t, a, cn, n, -0.0), "cumsum total " + d);
            assertSameArrays(read(cj, t, n), read(cn, t, n), "cumsum " + d);
            MemorySegment yj = segment(new Data(shift(d.values()), t, d.offHeap()), arena);
            MemorySegment yn = segment(new Data(shift(d.values()), t, d.offHeap()), arena);
            JAVA.axpy(t, -1.5, a, yj, n);
            nat.axpy(t, -1.5, a, yn, n);
            assertSameArrays(read(yj, t, n), read(yn, t, n), "axpy " + d);
        }
    }

    @Property(tries = 40)
    void expAndLogAgreeWithin4Ulp(@ForAll("data") Data d) {
        Backend nat = nativeBackend();
        DType t = d.type();
        long n = d.n();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment a = segment(d, arena);
            for (UnaryOp op : new UnaryOp[] {UnaryOp.EXP, UnaryOp.LOG}) {
                MemorySegment oj = output(d, arena);
                MemorySegment on = output(d, arena);
                JAVA.unary(op, t, a, oj, n);
                nat.unary(op, t, a, on, n);
                double[] ej = read(oj, t, n);
                double[] en = read(on, t, n);
                for (int i = 0; i < n; i++) {
                    double ulp = t == DType.F64 ? Math.ulp(ej[i]) : Math.ulp((float) ej[i]);
                    boolean ok = Double.compare(ej[i], en[i]) == 0 || Math.abs(ej[i] - en[i]) <= 4 * ulp;
                    assertTrue(ok, op + " " + d + " at " + i + " of x=" + d.values()[i] + ": java " + ej[i] + " native " + en[i]);
                }
            }
        }
    }

    @Property(tries = 30)
    void inPlaceEqualsOutOfPlace(@ForAll("data") Data d) {
        Backend nat = nativeBackend();
        DType t = d.type();
        long n = d.n();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment a = segment(d, arena);
            MemorySegment expected = output(d, arena);
            nat.binaryScalar(BinaryOp.MUL, t, a, 3.0, expected, n);
            nat.binaryScalar(BinaryOp.MUL, t, a, 3.0, a, n);
            assertSameArrays(read(expected, t, n), read(a, t, n), "in-place mul " + d);
        }
    }
}
