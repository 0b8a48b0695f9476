package org.kernels4j.backend;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.kernels4j.DType;

/**
 * The mask family in plain Java: the fallback where the native library cannot load, and the
 * oracle the property tests hold the C kernels to. Element by element, each input element read
 * once, so the answers are the C kernels' by construction (the same IEEE comparisons; a float
 * widens to double exactly, so comparing widened floats gives the float answers).
 */
public final class JavaMasks implements MaskOps {
    /** The one instance. */
    public static final JavaMasks INSTANCE = new JavaMasks();

    private static final ValueLayout.OfDouble F64 = ValueLayout.JAVA_DOUBLE_UNALIGNED;
    private static final ValueLayout.OfFloat F32 = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ValueLayout.OfLong I64 = ValueLayout.JAVA_LONG_UNALIGNED;
    private static final ValueLayout.OfInt I32 = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfByte B8 = ValueLayout.JAVA_BYTE;

    private JavaMasks() {
    }

    private static double real(DType t, MemorySegment x, long i) {
        return t == DType.F64 ? x.getAtIndex(F64, i) : x.getAtIndex(F32, i);
    }

    private static long integer(DType t, MemorySegment x, long i) {
        return t == DType.I64 ? x.getAtIndex(I64, i) : x.getAtIndex(I32, i);
    }

    private static boolean truth(MemorySegment m, long i) {
        return m.get(B8, i) != 0;
    }

    private static void put(MemorySegment out, long i, boolean v) {
        out.set(B8, i, v ? (byte) 1 : 0);
    }

    private static double real(DType t, long bits) {
        return t == DType.F64 ? Double.longBitsToDouble(bits) : Float.intBitsToFloat((int) bits);
    }

    /** Copies element j of src (or the scalar bits when src is null) to element i of out. */
    private static void copy(DType t, MemorySegment src, long j, long bits, MemorySegment out, long i) {
        switch (t) {
            case F64 -> out.setAtIndex(F64, i, src == null ? Double.longBitsToDouble(bits) : src.getAtIndex(F64, j));
            case F32 -> out.setAtIndex(F32, i, src == null ? Float.intBitsToFloat((int) bits) : src.getAtIndex(F32, j));
            case I64 -> out.setAtIndex(I64, i, src == null ? bits : src.getAtIndex(I64, j));
            case I32 -> out.setAtIndex(I32, i, src == null ? (int) bits : src.getAtIndex(I32, j));
        }
    }

    @Override
    public void compare(CompareOp op, DType t, MemorySegment a, MemorySegment b, MemorySegment out, long n) {
        if (t.isFloating()) {
            for (long i = 0; i < n; i++) {
                put(out, i, op.test(real(t, a, i), real(t, b, i)));
            }
        } else {
            for (long i = 0; i < n; i++) {
                put(out, i, op.test(integer(t, a, i), integer(t, b, i)));
            }
        }
    }

    @Override
    public void compareScalar(CompareOp op, DType t, MemorySegment a, long s, MemorySegment out, long n) {
        if (t.isFloating()) {
            double v = real(t, s);
            for (long i = 0; i < n; i++) {
                put(out, i, op.test(real(t, a, i), v));
            }
        } else {
            long v = t == DType.I32 ? (int) s : s;
            for (long i = 0; i < n; i++) {
                put(out, i, op.test(integer(t, a, i), v));
            }
        }
    }

    @Override
    public void where(DType t, MemorySegment m, MemorySegment a, MemorySegment b, MemorySegment out, long n) {
        for (long i = 0; i < n; i++) {
            copy(t, truth(m, i) ? a : b, i, 0, out, i);
        }
    }

    @Override
    public void whereScalar(DType t, MemorySegment m, MemorySegment a, long s, boolean swap, MemorySegment out, long n) {
        for (long i = 0; i < n; i++) {
            copy(t, truth(m, i) != swap ? a : null, i, s, out, i);
        }
    }

    @Override
    public void whereScalars(DType t, MemorySegment m, long s, long u, MemorySegment out, long n) {
        for (long i = 0; i < n; i++) {
            copy(t, null, i, truth(m, i) ? s : u, out, i);
        }
    }

    @Override
    public void test(ValueTest test, DType t, MemorySegment x, MemorySegment out, long n) {
        for (long i = 0; i < n; i++) {
            put(out, i, test.test(real(t, x, i)));
        }
    }

    @Override
    public void nanToNum(DType t, MemorySegment x, double nan, double posinf, double neginf, MemorySegment out, long n) {
        if (t == DType.F64) {
            for (long i = 0; i < n; i++) {
                double v = x.getAtIndex(F64, i);
                out.setAtIndex(F64, i, v != v ? nan : v == Double.POSITIVE_INFINITY ? posinf
                        : v == Double.NEGATIVE_INFINITY ? neginf : v);
            }
        } else {
            float fn = (float) nan;
            float fp = (float) posinf;
            float fm = (float) neginf;
            for (long i = 0; i < n; i++) {
                float v = x.getAtIndex(F32, i);
                out.setAtIndex(F32, i, v != v ? fn : v == Float.POSITIVE_INFINITY ? fp
                        : v == Float.NEGATIVE_INFINITY ? fm : v);
            }
        }
    }

    private static boolean nonzero(DType t, MemorySegment x, long i) {
        if (t == null) {
            return truth(x, i);
        }
        return t.isFloating() ? real(t, x, i) != 0 : integer(t, x, i) != 0;
    }

    @Override
    public long countNonzero(DType t, MemorySegment x, long n) {
        long c = 0;
        for (long i = 0; i < n; i++) {
            if (nonzero(t, x, i)) {
                c++;
            }
        }
        return c;
    }

    @Override
    public boolean any(DType t, MemorySegment x, long n) {
        for (long i = 0; i < n; i++) {
            if (nonzero(t, x, i)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean all(DType t, MemorySegment x, long n) {
        for (long i = 0; i < n; i++) {
            if (!nonzero(t, x, i)) {
                return false;
            }
        }
        return true;
    }
}
