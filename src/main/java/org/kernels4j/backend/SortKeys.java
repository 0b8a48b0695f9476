package org.kernels4j.backend;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import org.kernels4j.DType;

/**
 * The sort keys of {@code k4j.h} ("sort") in Java: unsigned integers (held in a {@code long},
 * 32-bit keys zero-extended) whose unsigned order is the sort order.
 *
 * <ul>
 *   <li>{@link #key}: a bijection of the element's bits. Floats: -0.0 before +0.0, every NaN
 *       after +Inf (positive NaNs by payload, then negative NaNs), so a sorted array is unique
 *       bit for bit and keeps every NaN payload.</li>
 *   <li>{@link #canonical}: argsort's key: every NaN the top key, -0.0 the key of +0.0, so that
 *       exactly the elements NumPy compares as equal are ties.</li>
 * </ul>
 */
public final class SortKeys {
    private static final long F64_ROT = (1L << 52) - 1;
    private static final int F32_ROT = (1 << 23) - 1;

    private SortKeys() {
    }

    /** Sort key of the bits of a double. */
    public static long keyF64(long b) {
        long mask = (b >> 63) | Long.MIN_VALUE;
        return (b ^ mask) - F64_ROT;
    }

    /** Inverse of {@link #keyF64}. */
    public static long unkeyF64(long k) {
        long s = k + F64_ROT;
        long mask = ((s >>> 63) - 1) | Long.MIN_VALUE;
        return s ^ mask;
    }

    /** Sort key of the bits of a float, zero-extended. */
    public static long keyF32(int b) {
        int mask = (b >> 31) | Integer.MIN_VALUE;
        return ((b ^ mask) - F32_ROT) & 0xffffffffL;
    }

    /** Inverse of {@link #keyF32}. */
    public static int unkeyF32(long k) {
        int s = (int) k + F32_ROT;
        int mask = ((s >>> 31) - 1) | Integer.MIN_VALUE;
        return s ^ mask;
    }

    /** Argsort key of a double's bits: NaN on top, -0.0 as +0.0. */
    public static long canonicalF64(long b) {
        long mag = b & Long.MAX_VALUE;
        if (mag > 0x7ff0000000000000L) {
            return -1L;
        }
        return keyF64(mag == 0 ? 0 : b);
    }

    /** Argsort key of a float's bits, zero-extended. */
    public static long canonicalF32(int b) {
        int mag = b & Integer.MAX_VALUE;
        if (mag > 0x7f800000) {
            return 0xffffffffL;
        }
        return keyF32(mag == 0 ? 0 : b);
    }

    /** The sort key of element i. */
    public static long key(DType t, MemorySegment x, long i) {
        return switch (t) {
            case F64 -> keyF64(Double.doubleToRawLongBits(x.getAtIndex(JAVA_DOUBLE, i)));
            case F32 -> keyF32(Float.floatToRawIntBits(x.getAtIndex(JAVA_FLOAT, i)));
            case I64 -> x.getAtIndex(JAVA_LONG, i) ^ Long.MIN_VALUE;
            case I32 -> (x.getAtIndex(JAVA_INT, i) ^ Integer.MIN_VALUE) & 0xffffffffL;
        };
    }

    /** The argsort (canonical) key of element i. */
    public static long canonical(DType t, MemorySegment x, long i) {
        return switch (t) {
            case F64 -> canonicalF64(Double.doubleToRawLongBits(x.getAtIndex(JAVA_DOUBLE, i)));
            case F32 -> canonicalF32(Float.floatToRawIntBits(x.getAtIndex(JAVA_FLOAT, i)));
            case I64 -> x.getAtIndex(JAVA_LONG, i) ^ Long.MIN_VALUE;
            case I32 -> (x.getAtIndex(JAVA_INT, i) ^ Integer.MIN_VALUE) & 0xffffffffL;
        };
    }

    /** Stores the element whose sort key is k at index i. */
    public static void store(DType t, MemorySegment x, long i, long k) {
        switch (t) {
            case F64 -> x.setAtIndex(JAVA_DOUBLE, i, Double.longBitsToDouble(unkeyF64(k)));
            case F32 -> x.setAtIndex(JAVA_FLOAT, i, Float.intBitsToFloat(unkeyF32(k)));
            case I64 -> x.setAtIndex(JAVA_LONG, i, k ^ Long.MIN_VALUE);
            case I32 -> x.setAtIndex(JAVA_INT, i, (int) k ^ Integer.MIN_VALUE);
        }
    }

    /** The element with sort key k, widened to double (exact for F64, F32, I32). */
    public static double valueOf(DType t, long k) {
        return switch (t) {
            case F64 -> Double.longBitsToDouble(unkeyF64(k));
            case F32 -> Float.intBitsToFloat(unkeyF32(k));
            case I64 -> (double) (k ^ Long.MIN_VALUE);
            case I32 -> (double) ((int) k ^ Integer.MIN_VALUE);
        };
    }
}
