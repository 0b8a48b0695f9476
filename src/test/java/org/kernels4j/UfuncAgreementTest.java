package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.kernels4j.NativeJavaAgreementTest.Data;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.BinaryOp;
import org.kernels4j.backend.JavaBackend;
import org.kernels4j.backend.UnaryOp;

/**
 * The ufunc family: the native backend (on the ISA path this JVM was forced to; the surefire
 * executions run each) against the Java backend on random data with NaN of both signs, ±Inf,
 * ±0, subnormals, huge values (sin(1e300)), halves and random bit patterns, heap and off-heap,
 * in place too. The exact functions agree bit for bit (a NaN result: NaN on both); the
 * transcendental ones within the sum of the two backends' stated ulp bounds, zeros and NaN
 * exactly.
 */
@Tag("isa")
@Tag("novector")
class UfuncAgreementTest {
    static final Backend JAVA = JavaBackend.INSTANCE;
    static final UnaryOp[] UNARY = {UnaryOp.SIN, UnaryOp.COS, UnaryOp.TAN, UnaryOp.TANH, UnaryOp.LOG1P,
        UnaryOp.EXPM1, UnaryOp.LOG2, UnaryOp.LOG10, UnaryOp.FLOOR, UnaryOp.CEIL, UnaryOp.RINT, UnaryOp.SIGN};
    static final BinaryOp[] BINARY = {BinaryOp.POW, BinaryOp.ATAN2, BinaryOp.MINIMUM, BinaryOp.MAXIMUM,
        BinaryOp.FMIN, BinaryOp.FMAX};
    static final int[] EDGE_SIZES = {0, 1, 2, 3, 7, 15, 16, 17, 33, 2047, 2048, 2049, 3 * 2048 + 5, 70_001};
    static final double[] SPECIALS = {0.0, -0.0, Double.NaN, Double.longBitsToDouble(0xfff8000000000000L),
        Double.longBitsToDouble(0x7ff0000000000001L), Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1e300, -1e300, 1e22, 0.5, -0.5, 1.5, 2.5, -2.5,
        1.0, -1.0, 0x1p52 + 1, 4503599627370495.5, 8388608.5, Float.MIN_VALUE, 1e-40, 3.4e38, 710, -745, 89, -104,
        Math.PI / 2, Math.PI};

    @Provide
    Arbitrary<Data> data() {
        return Arbitraries.randomValue(UfuncAgreementTest::generate).withoutEdgeCases();
    }

    static Data generate(Random r) {
        int n = r.nextInt(3) == 0 ? EDGE_SIZES[r.nextInt(EDGE_SIZES.length)] : r.nextInt(3000);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = switch (r.nextInt(6)) {
                case 0 -> SPECIALS[r.nextInt(SPECIALS.length)];
                case 1 -> (r.nextDouble() - 0.5) * 20;
                case 2 -> Math.scalb(r.nextDouble() - 0.5, r.nextInt(2200) - 1100);
                case 3 -> (r.nextInt(21) - 10) * 0.5;
                case 4 -> Double.longBitsToDouble(r.nextLong());
                default -> r.nextGaussian() * 3;
            };
        }
        return new Data(v, r.nextBoolean() ? DType.F64 : DType.F32, r.nextBoolean());
    }

    static int bound(String op, DType t) {
        return t == DType.F64 ? UfuncAccuracyTest.F64_ULPS.getOrDefault(op, 0) : UfuncAccuracyTest.F32_ULPS;
    }

    static void agree(String op, DType t, double[] java, double[] nat, boolean exact, String what) {
        assertEquals(java.length, nat.length);
        int ulps = exact ? 0 : 2 * bound(op, t);
        for (int i = 0; i < java.length; i++) {
            double j = java[i];
            double v = nat[i];
            if (Double.isNaN(j) || Double.isNaN(v)) {
                if (Double.isNaN(j) != Double.isNaN(v)) {
                    fail(what + " [" + i + "]: java " + j + ", native " + v);
                }
                continue;
            }
            boolean same = Double.doubleToRawLongBits(j) == Double.doubleToRawLongBits(v);
            if (!same && (exact || j == 0 || v == 0 || UfuncAccuracyTest.distance(j, v, t == DType.F64) > ulps)) {
                fail(what + " [" + i + "]: java " + j + ", native " + v + " (" + ulps + " ulp allowed)");
            }
        }
    }

    @Property(tries = 40)
    void nativeAgreesWithJava(@ForAll("data") Data d) {
        Backend nat = NativeJavaAgreementTest.nativeBackend();
        DType t = d.type();
        long n = d.n();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment a = NativeJavaAgreementTest.segment(d, arena);
            double[] shifted = NativeJavaAgreementTest.shift(d.values());
            MemorySegment b = NativeJavaAgreementTest.segment(new Data(shifted, t, d.offHeap()), arena);
            for (UnaryOp op : UNARY) {
                MemorySegment oj = NativeJavaAgreementTest.output(d, arena);
                MemorySegment on = NativeJavaAgreementTest.output(d, arena);
                JAVA.unary(op, t, a, oj, n);
                nat.unary(op, t, a, on, n);
                double[] want = NativeJavaAgreementTest.read(oj, t, n);
                agree(op.name(), t, want, NativeJavaAgreementTest.read(on, t, n), !op.callsLibm(), op + " " + d);
                // in place: the same values
                MemorySegment x = NativeJavaAgreementTest.segment(d, arena);
                nat.unary(op, t, x, x, n);
                agree(op.name(), t, want, NativeJavaAgreementTest.read(x, t, n), !op.callsLibm(), op + " in place " + d);
            }
            for (BinaryOp op : BINARY) {
                MemorySegment oj = NativeJavaAgreementTest.output(d, arena);
                MemorySegment on = NativeJavaAgreementTest.output(d, arena);
                JAVA.binary(op, t, a, b, oj, n);
                nat.binary(op, t, a, b, on, n);
                double[] want = NativeJavaAgreementTest.read(oj, t, n);
                agree(op.name(), t, want, NativeJavaAgreementTest.read(on, t, n), !op.callsLibm(), op + " " + d);
                MemorySegment y = NativeJavaAgreementTest.segment(new Data(shifted, t, d.offHeap()), arena);
                nat.binary(op, t, a, y, y, n);
                agree(op.name(), t, want, NativeJavaAgreementTest.read(y, t, n), !op.callsLibm(), op + " out=b " + d);
            }
        }
    }
}
