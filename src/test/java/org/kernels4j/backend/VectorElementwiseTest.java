package org.kernels4j.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kernels4j.DType;

/**
 * The Vector API elementwise kernels give the plain loops' bits for every op (NaN payloads too,
 * except where the arithmetic leaves them unspecified: see {@link #arithmetic}), both element types, every length from 0 to 70 and some long ones (so every tail length of
 * every vector width), offsets into the arrays, and in place; the Java backend gives the same bits
 * whichever path it takes (heap arrays in place, off-heap or read-only memory through its chunk
 * buffers, with or without the Vector API). The surefire execution {@code novector} runs this
 * class again with {@code -Dkernels4j.noVectorApi=true}.
 */
@Tag("novector")
class VectorElementwiseTest {
    private static final BinaryOp[] VECTOR_BINARY = {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.DIV,
        BinaryOp.MINIMUM, BinaryOp.MAXIMUM, BinaryOp.FMIN, BinaryOp.FMAX};
    private static final BinaryOp[] SCALAR_FORM = {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.DIV};
    private static final UnaryOp[] VECTOR_UNARY = {UnaryOp.ABS, UnaryOp.NEG, UnaryOp.SQRT};
    private static final JavaBackend B = JavaBackend.INSTANCE;
    private static final boolean SWITCHED_OFF = Boolean.getBoolean("kernels4j.noVectorApi");

    /** Values that exercise the ±0, NaN (both signs, payloads) and Inf rules, and ordinary ones. */
    static double[] data(SplittableRandom r, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = switch (r.nextInt(14)) {
                case 0 -> 0.0;
                case 1 -> -0.0;
                case 2 -> Double.NaN;
                case 3 -> Double.longBitsToDouble(0xfff8000000000000L | r.nextInt(1 << 20)); // -NaN, payload
                case 4 -> Double.longBitsToDouble(0x7ff0000000000001L + r.nextInt(1000)); // signaling NaN
                case 5 -> Double.POSITIVE_INFINITY;
                case 6 -> Double.NEGATIVE_INFINITY;
                case 7 -> r.nextBoolean() ? Double.MIN_VALUE : -Double.MIN_VALUE;
                case 8 -> r.nextBoolean() ? 1e308 : -1e-310;
                case 9 -> (r.nextInt(5) - 2) * 0.5; // equal operands, ±0 from subtraction
                default -> (r.nextDouble() - 0.5) * Math.scalb(1.0, r.nextInt(40) - 20);
            };
        }
        return v;
    }

    static float[] floats(double[] v) {
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            double d = v[i];
            // A double NaN's payload does not survive the narrowing in full; give floats their own.
            f[i] = d != d ? Float.intBitsToFloat((Double.doubleToRawLongBits(d) < 0 ? 0xffc00000 : 0x7fc00000)
                    | (int) (Double.doubleToRawLongBits(d) & 0x3fffff)) : (float) d;
        }
        return f;
    }

    private static int[] lengths(SplittableRandom r) {
        int[] ls = new int[71 + 4];
        for (int i = 0; i <= 70; i++) {
            ls[i] = i;
        }
        ls[71] = 127;
        ls[72] = 1000 + r.nextInt(64);
        ls[73] = 4099;
        ls[74] = 70_001;
        return ls;
    }

    /**
     * Whether the op's NaN payload is not specified: the arithmetic, where two NaN operands make
     * the result the payload of whichever operand the instruction takes first, and C2 may swap the
     * operands of a commutative operation (and sqrt, by the same rule as the others). Selections
     * (minimum ... fmax) and the sign-bit operations (abs, neg) keep their payload exactly.
     */
    private static boolean arithmetic(String what) {
        return what.startsWith("ADD") || what.startsWith("SUB") || what.startsWith("MUL") || what.startsWith("DIV")
                || what.startsWith("SQRT");
    }

    private static long bits(double v, boolean anyNaN) {
        return anyNaN ? Double.doubleToLongBits(v) : Double.doubleToRawLongBits(v);
    }

    private static void sameBits(double[] want, double[] got, int from, int len, String what) {
        boolean anyNaN = arithmetic(what);
        for (int i = from; i < from + len; i++) {
            if (bits(want[i], anyNaN) != bits(got[i], anyNaN)) {
                fail(what + " at " + i + ": " + want[i] + " (0x" + Long.toHexString(Double.doubleToRawLongBits(want[i]))
                        + ") vs " + got[i] + " (0x" + Long.toHexString(Double.doubleToRawLongBits(got[i])) + ")");
            }
        }
    }

    private static void sameBits(float[] want, float[] got, int from, int len, String what) {
        boolean anyNaN = arithmetic(what);
        for (int i = from; i < from + len; i++) {
            int w = anyNaN ? Float.floatToIntBits(want[i]) : Float.floatToRawIntBits(want[i]);
            int g = anyNaN ? Float.floatToIntBits(got[i]) : Float.floatToRawIntBits(got[i]);
            if (w != g) {
                fail(what + " at " + i + ": " + want[i] + " (0x" + Integer.toHexString(Float.floatToRawIntBits(want[i]))
                        + ") vs " + got[i] + " (0x" + Integer.toHexString(Float.floatToRawIntBits(got[i])) + ")");
            }
        }
    }

    @Test
    void theSwitchDecidesEveryVectorPath() {
        if (SWITCHED_OFF) {
            assertFalse(VectorBlockSum.AVAILABLE, "-Dkernels4j.noVectorApi=true turns the Vector API off");
            assertFalse(JavaBackend.VECTOR_SUMS);
            assertFalse(JavaBackend.VECTOR_EXTREMA);
            assertFalse(JavaBackend.VECTOR_ELEMENTWISE);
        } else {
            assertTrue(JavaBackend.VECTOR_ELEMENTWISE, "tests run with --add-modules jdk.incubator.vector");
            assertTrue(JavaBackend.VECTOR_SUMS);
            assertTrue(JavaBackend.VECTOR_EXTREMA);
        }
    }

    @Test
    void vectorKernelsGiveTheScalarBitsF64() {
        assumeTrue(JavaBackend.VECTOR_ELEMENTWISE);
        SplittableRandom r = new SplittableRandom(2026_12_06L);
        for (int n : lengths(r)) {
            int ao = r.nextInt(4);
            int bo = r.nextInt(4);
            int oo = r.nextInt(4);
            double[] a = data(r, n + ao);
            double[] b = data(r, n + bo);
            double s = data(r, 1)[0];
            for (BinaryOp op : VECTOR_BINARY) {
                double[] want = new double[n + oo];
                double[] got = new double[n + oo];
                ScalarElementwise.binary(op, a, ao, b, bo, want, oo, n);
                VectorElementwise.binary(op, a, ao, b, bo, got, oo, n);
                sameBits(want, got, 0, n + oo, op + " n=" + n);
                double[] in = a.clone();
                VectorElementwise.binary(op, in, ao, b, bo, in, ao, n);
                sameBits(want, shift(in, ao, oo, n), oo, n, op + " in place n=" + n);
            }
            for (BinaryOp op : SCALAR_FORM) {
                double[] want = new double[n + oo];
                double[] got = new double[n + oo];
                ScalarElementwise.binaryScalar(op, a, ao, s, want, oo, n);
                VectorElementwise.binaryScalar(op, a, ao, s, got, oo, n);
                sameBits(want, got, 0, n + oo, op + " scalar " + s + " n=" + n);
            }
            for (UnaryOp op : VECTOR_UNARY) {
                double[] want = new double[n + oo];
                double[] got = new double[n + oo];
                ScalarElementwise.unary(op, a, ao, want, oo, n);
                VectorElementwise.unary(op, a, ao, got, oo, n);
                sameBits(want, got, 0, n + oo, op + " n=" + n);
            }
        }
    }

    @Test
    void vectorKernelsGiveTheScalarBitsF32() {
        assumeTrue(JavaBackend.VECTOR_ELEMENTWISE);
        SplittableRandom r = new SplittableRandom(2026_12_07L);
        for (int n : lengths(r)) {
            int ao = r.nextInt(4);
            int bo = r.nextInt(4);
            int oo = r.nextInt(4);
            float[] a = floats(data(r, n + ao));
            float[] b = floats(data(r, n + bo));
            float s = floats(data(r, 1))[0];
            for (BinaryOp op : VECTOR_BINARY) {
                float[] want = new float[n + oo];
                float[] got = new float[n + oo];
                ScalarElementwise.binary(op, a, ao, b, bo, want, oo, n);
                VectorElementwise.binary(op, a, ao, b, bo, got, oo, n);
                sameBits(want, got, 0, n + oo, op + " f32 n=" + n);
                float[] in = b.clone();
                VectorElementwise.binary(op, a, ao, in, bo, in, bo, n);
                float[] moved = new float[n + oo];
                System.arraycopy(in, bo, moved, oo, n);
                sameBits(want, moved, oo, n, op + " f32 into b n=" + n);
            }
            for (BinaryOp op : SCALAR_FORM) {
                float[] want = new float[n + oo];
                float[] got = new float[n + oo];
                ScalarElementwise.binaryScalar(op, a, ao, s, want, oo, n);
                VectorElementwise.binaryScalar(op, a, ao, s, got, oo, n);
                sameBits(want, got, 0, n + oo, op + " f32 scalar " + s + " n=" + n);
            }
            for (UnaryOp op : VECTOR_UNARY) {
                float[] want = new float[n + oo];
                float[] got = new float[n + oo];
                ScalarElementwise.unary(op, a, ao, want, oo, n);
                VectorElementwise.unary(op, a, ao, got, oo, n);
                sameBits(want, got, 0, n + oo, op + " f32 n=" + n);
            }
        }
    }

    private static double[] shift(double[] in, int from, int to, int n) {
        double[] out = new double[n + to];
        System.arraycopy(in, from, out, to, n);
        return out;
    }

    /** The rules of docs/semantics.md, spelled out on the cases that tell the variants apart. */
    @Test
    void compareAndSelectRulesOnEveryPath() {
        double nan = Double.longBitsToDouble(0x7ff8000000000123L);
        double nan2 = Double.longBitsToDouble(0xfff8000000000456L);
        double[][] cases = {
            {0.0, -0.0}, {-0.0, 0.0}, {1.0, nan}, {nan, 1.0}, {nan, nan2}, {nan2, nan},
            {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}, {2.0, 2.0}, {-1.0, 3.0}, {3.0, -1.0},
        };
        int n = cases.length * 7; // repeated so that the vector loop, not only the tail, meets each case
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = cases[i % cases.length][0];
            b[i] = cases[i % cases.length][1];
        }
        for (BinaryOp op : new BinaryOp[] {BinaryOp.MINIMUM, BinaryOp.MAXIMUM, BinaryOp.FMIN, BinaryOp.FMAX}) {
            double[] out = new double[n];
            B.binary(op, DType.F64, MemorySegment.ofArray(a), MemorySegment.ofArray(b), MemorySegment.ofArray(out), n);
            for (int i = 0; i < n; i++) {
                double x = a[i];
                double y = b[i];
                double want = switch (op) {
                    // equal operands (±0 too) give b; NaN: minimum/maximum take a NaN a, else b
                    case MINIMUM -> x != x ? x : y != y ? y : x < y ? x : y;
                    case MAXIMUM -> x != x ? x : y != y ? y : x > y ? x : y;
                    // fmin/fmax: the number when one is NaN, a when both are
                    case FMIN -> y != y ? x : x != x ? y : x < y ? x : y;
                    case FMAX -> y != y ? x : x != x ? y : x > y ? x : y;
                    default -> throw new AssertionError(op);
                };
                assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(out[i]),
                        op + "(" + x + ", " + y + ")");
            }
        }
    }

    /** Every op through the Java backend: heap in place, off-heap, read-only and mixed memory give one answer. */
    @Test
    void everyMemoryKindGivesTheSameBits() {
        SplittableRandom r = new SplittableRandom(77);
        try (Arena arena = Arena.ofConfined()) {
            for (int n : new int[] {0, 1, 5, 8, 17, 33, 64, 70, 1023, 1024, 1025, 2 * 1024 + 3, 9001}) {
                double[] a = data(r, n + 3);
                double[] b = data(r, n + 1);
                double s = data(r, 1)[0];
                for (DType t : new DType[] {DType.F64, DType.F32}) {
                    for (BinaryOp op : BinaryOp.values()) {
                        if (op == BinaryOp.POW || op == BinaryOp.ATAN2) {
                            continue; // not exact functions: compared against native in UfuncAgreementTest
                        }
                        double[] want = reference(op, t, a, 3, b, 1, n, Double.NaN);
                        for (int kind = 0; kind < 4; kind++) {
                            MemorySegment x = seg(t, a, 3, n, kind, arena);
                            MemorySegment y = seg(t, b, 1, n, (kind + 1) % 4, arena);
                            MemorySegment out = out(t, n, kind, arena);
                            B.binary(op, t, x, y, out, n);
                            sameBits(want, read(t, out, n), 0, n, op + " " + t + " kind " + kind + " n=" + n);
                            if (kind != 3) { // in place (not into read-only memory)
                                B.binary(op, t, x, y, x, n);
                                sameBits(want, read(t, x, n), 0, n, op + " in place " + t + " kind " + kind);
                            }
                            if (op.hasScalarForm()) {
                                double[] w = reference(op, t, a, 3, null, 0, n, s);
                                MemorySegment x2 = seg(t, a, 3, n, kind, arena);
                                B.binaryScalar(op, t, x2, s, out, n);
                                sameBits(w, read(t, out, n), 0, n, op + " scalar " + t + " kind " + kind);
                            }
                        }
                    }
                    for (UnaryOp op : new UnaryOp[] {UnaryOp.ABS, UnaryOp.NEG, UnaryOp.SQRT, UnaryOp.FLOOR, UnaryOp.SIGN}) {
                        double[] want = unaryReference(op, t, a, 3, n);
                        for (int kind = 0; kind < 4; kind++) {
                            MemorySegment x = seg(t, a, 3, n, kind, arena);
                            MemorySegment out = out(t, n, kind, arena);
                            B.unary(op, t, x, out, n);
                            sameBits(want, read(t, out, n), 0, n, op + " " + t + " kind " + kind + " n=" + n);
                        }
                    }
                }
            }
        }
    }

    /** kind 0: heap slice at an element offset; 1: off-heap; 2: heap of the whole array; 3: read-only heap. */
    private static MemorySegment seg(DType t, double[] v, int from, int n, int kind, Arena arena) {
        if (t == DType.F64) {
            double[] c = v.clone();
            return switch (kind) {
                case 0 -> MemorySegment.ofArray(c).asSlice((long) from * 8, (long) n * 8);
                case 1 -> arena.allocate(Math.max(8L * n, 8), 8).copyFrom(MemorySegment.ofArray(c).asSlice(8L * from, 8L * n))
                        .asSlice(0, 8L * n);
                case 2 -> MemorySegment.ofArray(java.util.Arrays.copyOfRange(c, from, from + n));
                default -> MemorySegment.ofArray(c).asSlice((long) from * 8, (long) n * 8).asReadOnly();
            };
        }
        float[] c = floats(v);
        return switch (kind) {
            case 0 -> MemorySegment.ofArray(c).asSlice((long) from * 4, (long) n * 4);
            case 1 -> arena.allocate(Math.max(4L * n, 4), 4).copyFrom(MemorySegment.ofArray(c).asSlice(4L * from, 4L * n))
                    .asSlice(0, 4L * n);
            case 2 -> MemorySegment.ofArray(java.util.Arrays.copyOfRange(c, from, from + n));
            default -> MemorySegment.ofArray(c).asSlice((long) from * 4, (long) n * 4).asReadOnly();
        };
    }

    private static MemorySegment out(DType t, int n, int kind, Arena arena) {
        long bytes = (long) n * t.byteSize();
        return switch (kind) {
            case 1 -> arena.allocate(Math.max(bytes, 8), 8).asSlice(0, bytes);
            case 3 -> arena.allocate(bytes + 8, 8).asSlice(4, bytes); // misaligned for doubles: the chunked path
            default -> t == DType.F64 ? MemorySegment.ofArray(new double[n + 2]).asSlice(16, bytes)
                    : MemorySegment.ofArray(new float[n + 2]).asSlice(8, bytes);
        };
    }

    private static double[] read(DType t, MemorySegment s, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = t == DType.F64 ? s.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, i)
                    : s.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, i);
        }
        return v;
    }

    /** op element by element with {@link BinaryOp#apply}; b == null: the scalar s. */
    private static double[] reference(BinaryOp op, DType t, double[] a, int ao, double[] b, int bo, int n, double s) {
        double[] w = new double[n];
        float[] fa = floats(a);
        float[] fb = b == null ? null : floats(b);
        for (int i = 0; i < n; i++) {
            if (t == DType.F64) {
                w[i] = op.apply(a[ao + i], b == null ? s : b[bo + i]);
            } else {
                w[i] = op.apply(fa[ao + i], b == null ? (float) s : fb[bo + i]);
            }
        }
        return w;
    }

    private static double[] unaryReference(UnaryOp op, DType t, double[] a, int ao, int n) {
        double[] w = new double[n];
        float[] fa = floats(a);
        for (int i = 0; i < n; i++) {
            if (t == DType.F64) {
                double v = a[ao + i];
                w[i] = switch (op) {
                    case ABS -> Math.abs(v);
                    case NEG -> -v;
                    case SQRT -> Math.sqrt(v);
                    default -> JavaUfunc.unary(op, v);
                };
            } else {
                float v = fa[ao + i];
                w[i] = switch (op) {
                    case ABS -> Math.abs(v);
                    case NEG -> -v;
                    case SQRT -> (float) Math.sqrt(v);
                    default -> JavaUfunc.unary(op, v);
                };
            }
        }
        return w;
    }

    @Test
    void opsWithoutAVectorFormAreRefused() {
        assumeTrue(JavaBackend.VECTOR_ELEMENTWISE);
        assertFalse(VectorElementwise.supports(BinaryOp.POW));
        assertFalse(VectorElementwise.supports(UnaryOp.EXP));
        double[] v = new double[4];
        assertThrows(IllegalArgumentException.class, () -> VectorElementwise.binary(BinaryOp.POW, v, 0, v, 0, v, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> VectorElementwise.binaryScalar(BinaryOp.MINIMUM, v, 0, 1, v, 0, 4));
        assertThrows(IllegalArgumentException.class, () -> VectorElementwise.unary(UnaryOp.SIN, v, 0, v, 0, 4));
    }

    @Test
    void chunkBuffersAreReusedAndNestedAcquiresGetTheirOwn() {
        ChunkBuffers first = ChunkBuffers.acquire();
        double[] d = first.doubles0();
        ChunkBuffers nested = ChunkBuffers.acquire();
        assertNotSame(first, nested, "a nested acquire gets a fresh set");
        assertNotSame(d, nested.doubles0());
        assertNotSame(first.floats0(), nested.floats0());
        nested.release();
        assertTrue(first.held(), "releasing the nested set leaves the outer one held");
        first.release();
        ChunkBuffers again = ChunkBuffers.acquire();
        try {
            assertSame(first, again, "the thread's set is reused once released");
            assertSame(d, again.doubles0());
            assertEquals(ChunkBuffers.CHUNK, d.length);
        } finally {
            again.release();
        }
    }
}
