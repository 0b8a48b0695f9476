package org.kernels4j.backend;

import java.lang.foreign.MemorySegment;
import org.kernels4j.DType;

/**
 * The mask family of a backend ({@link Backend#masks()}): comparisons into byte masks, where,
 * the floating-point predicates, nan_to_num and the truth reductions, as specified in the
 * "mask" section of {@code native/include/k4j.h}; every implementation gives the same bytes
 * and bits.
 *
 * <p>As for {@link Backend}, the caller has validated everything: each segment starts at the
 * first element and holds at least n elements, is alive, outputs are writable, and an output
 * either does not overlap an input or is exactly the same memory of the same element type.
 * Masks are one byte per element: the kernels write 0 or 1 and read any non-zero byte as true.
 * Scalars travel as their bits in a {@code long} ({@link #scalarBits}).
 */
public interface MaskOps {

    /**
     * A scalar of type t as these methods take it: the raw bits of the double (F64) or float
     * (F32) value, or the integer (I64, I32, which the caller has range-checked).
     */
    static long scalarBits(DType t, double value) {
        return switch (t) {
            case F64 -> Double.doubleToRawLongBits(value);
            case F32 -> Float.floatToRawIntBits((float) value);
            case I64, I32 -> (long) value;
        };
    }

    /** out[i] = a[i] op b[i] (a byte, 0 or 1), for any DType. */
    void compare(CompareOp op, DType t, MemorySegment a, MemorySegment b, MemorySegment out, long n);

    /** out[i] = a[i] op s, s given by {@link #scalarBits} (I32: s fits in int). */
    void compareScalar(CompareOp op, DType t, MemorySegment a, long s, MemorySegment out, long n);

    /** out[i] = m[i] != 0 ? a[i] : b[i]. */
    void where(DType t, MemorySegment m, MemorySegment a, MemorySegment b, MemorySegment out, long n);

    /** out[i] = (m[i] != 0) != swap ? a[i] : s, s given by {@link #scalarBits}. */
    void whereScalar(DType t, MemorySegment m, MemorySegment a, long s, boolean swap, MemorySegment out, long n);

    /** out[i] = m[i] != 0 ? s : u, both given by {@link #scalarBits}. */
    void whereScalars(DType t, MemorySegment m, long s, long u, MemorySegment out, long n);

    /** out[i] = test(x[i]) for F64 or F32 x. */
    void test(ValueTest test, DType t, MemorySegment x, MemorySegment out, long n);

    /** NumPy's nan_to_num for F64 or F32 (F32: the replacements rounded to float first). */
    void nanToNum(DType t, MemorySegment x, double nan, double posinf, double neginf, MemorySegment out, long n);

    /** The number of elements != 0 (NaN counts, -0.0 does not); t null: x is a mask. */
    long countNonzero(DType t, MemorySegment x, long n);

    /** Whether some element is != 0; t null: x is a mask. False when n == 0. */
    boolean any(DType t, MemorySegment x, long n);

    /** Whether every element is != 0; t null: x is a mask. True when n == 0. */
    boolean all(DType t, MemorySegment x, long n);
}
