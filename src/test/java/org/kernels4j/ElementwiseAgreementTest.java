package org.kernels4j;

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
import org.kernels4j.backend.BinaryOp;
import org.kernels4j.backend.JavaBackend;
import org.kernels4j.backend.UnaryOp;

/**
 * The elementwise ops that the Java backend runs on the Vector API (add, sub, mul, div with array
 * and scalar operands, minimum, maximum, fmin, fmax, abs, neg, sqrt) agree bit for bit with the
 * native kernels (a NaN result: NaN on both) on short arrays, whose lengths cover every vector
 * tail, at element offsets into heap arrays, off-heap and mixed, in place too, with ±0, NaN of
 * both signs and ±Inf dense in the data. Run on every ISA path and, in the {@code novector}
 * execution, against the Java backend's plain loops.
 */
@Tag("isa")
@Tag("novector")
class ElementwiseAgreementTest {
    static final Backend JAVA = JavaBackend.INSTANCE;
    static final BinaryOp[] BINARY = {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.DIV, BinaryOp.MINIMUM,
        BinaryOp.MAXIMUM, BinaryOp.FMIN, BinaryOp.FMAX};
    static final UnaryOp[] UNARY = {UnaryOp.ABS, UnaryOp.NEG, UnaryOp.SQRT};
    static final double[] SPECIALS = {0.0, -0.0, Double.NaN, Double.longBitsToDouble(0xfff8000000000000L),
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, 1e308, -1e308,
        1.0, -1.0, 2.0, 0.5, 3.4e38, 1e-45};

    /** Operands, their element offsets into heap arrays, the memory kind, and a scalar. */
    record Case(double[] a, double[] b, int n, int ao, int bo, DType type, int kinds, double scalar) {
        @Override
        public String toString() {
            return "Case[n=" + n + ", " + type + ", offsets " + ao + "/" + bo + ", kinds " + kinds + "]";
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.randomValue(ElementwiseAgreementTest::generate).withoutEdgeCases();
    }

    static Case generate(Random r) {
        int n = r.nextInt(4) == 0 ? 71 + r.nextInt(5000) : r.nextInt(71);
        int ao = r.nextInt(5);
        int bo = r.nextInt(5);
        return new Case(values(r, n + ao), values(r, n + bo), n, ao, bo, r.nextBoolean() ? DType.F64 : DType.F32,
                r.nextInt(8), values(r, 1)[0]);
    }

    static double[] values(Random r, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = r.nextInt(3) == 0 ? SPECIALS[r.nextInt(SPECIALS.length)]
                    : (r.nextInt(9) - 4) * 0.25 + (r.nextBoolean() ? 0 : r.nextGaussian() * 100);
        }
        return v;
    }

    /** The first n values from offset off: a heap slice when heap, else off-heap memory. */
    static MemorySegment segment(double[] v, int off, int n, DType t, boolean heap, Arena arena) {
        if (t == DType.F64) {
            MemorySegment h = MemorySegment.ofArray(v.clone()).asSlice(8L * off, 8L * n);
            return heap ? h : arena.allocate(Math.max(8L * n, 8), 8).copyFrom(h).asSlice(0, 8L * n);
        }
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        MemorySegment h = MemorySegment.ofArray(f).asSlice(4L * off, 4L * n);
        return heap ? h : arena.allocate(Math.max(4L * n, 4), 4).copyFrom(h).asSlice(0, 4L * n);
    }

    static MemorySegment output(int n, DType t, boolean heap, Arena arena) {
        long bytes = (long) n * t.byteSize();
        if (heap) {
            return t == DType.F64 ? MemorySegment.ofArray(new double[n + 1]).asSlice(8, bytes)
                    : MemorySegment.ofArray(new float[n + 1]).asSlice(4, bytes);
        }
        return arena.allocate(Math.max(bytes, 8), 8).asSlice(0, bytes);
    }

    static double[] read(MemorySegment s, DType t, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = t == DType.F64 ? s.getAtIndex(ValueLayout.JAVA_DOUBLE, i) : s.getAtIndex(ValueLayout.JAVA_FLOAT, i);
        }
        return v;
    }

    @Property(tries = 300)
    void vectorOpsAgreeWithNative(@ForAll("cases") Case c) {
        Backend nat = NativeJavaAgreementTest.nativeBackend();
        DType t = c.type();
        int n = c.n();
        boolean heapA = (c.kinds() & 1) == 0;
        boolean heapB = (c.kinds() & 2) == 0;
        boolean heapOut = (c.kinds() & 4) == 0;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment a = segment(c.a(), c.ao(), n, t, heapA, arena);
            MemorySegment b = segment(c.b(), c.bo(), n, t, heapB, arena);
            MemorySegment oj = output(n, t, heapOut, arena);
            MemorySegment on = output(n, t, heapOut, arena);
            for (BinaryOp op : BINARY) {
                JAVA.binary(op, t, a, b, oj, n);
                nat.binary(op, t, a, b, on, n);
                NativeJavaAgreementTest.assertSameArrays(read(oj, t, n), read(on, t, n), op + " " + c);
                if (op.hasScalarForm()) {
                    JAVA.binaryScalar(op, t, a, c.scalar(), oj, n);
                    nat.binaryScalar(op, t, a, c.scalar(), on, n);
                    NativeJavaAgreementTest.assertSameArrays(read(oj, t, n), read(on, t, n),
                            op + " scalar " + c.scalar() + " " + c);
                }
                // in place: out is exactly b
                MemorySegment bj = segment(c.b(), c.bo(), n, t, heapB, arena);
                MemorySegment bn = segment(c.b(), c.bo(), n, t, heapB, arena);
                JAVA.binary(op, t, a, bj, bj, n);
                nat.binary(op, t, a, bn, bn, n);
                NativeJavaAgreementTest.assertSameArrays(read(bj, t, n), read(bn, t, n), op + " in place " + c);
            }
            for (UnaryOp op : UNARY) {
                JAVA.unary(op, t, a, oj, n);
                nat.unary(op, t, a, on, n);
                NativeJavaAgreementTest.assertSameArrays(read(oj, t, n), read(on, t, n), op + " " + c);
            }
        }
    }
}
