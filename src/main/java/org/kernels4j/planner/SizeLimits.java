package org.kernels4j.planner;

/**
 * The largest sizes the library will try to allocate. Anything larger cannot exist, so it is
 * refused with {@link IllegalArgumentException} before any allocation, instead of surfacing
 * as {@link OutOfMemoryError}, {@link NegativeArraySizeException} or an overflowed size.
 * Sizes below these limits can still fail with {@code OutOfMemoryError} when the heap or the
 * machine is too small: that is a resource limit, not an impossible size.
 */
public final class SizeLimits {
    /** The longest Java array the JVM may allocate (as {@code jdk.internal.util.ArraysSupport}). */
    public static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;
    /** 64 PiB: more than any 64-bit address space maps (x86-64 with 5-level paging: 2^56). */
    public static final long MAX_NATIVE_BYTES = 1L << 56;
    /** Worker threads per pool, as {@code ForkJoinPool}'s limit. */
    public static final int MAX_WORKERS = 0x7fff;

    private SizeLimits() {
    }

    /** Checks that a Java array of {@code length} elements can exist; returns it as an int. */
    public static int arrayLength(long length, String what) {
        if (length < 0) {
            throw new IllegalArgumentException(what + " must be non-negative, got " + length);
        }
        if (length > MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException(what + " " + length + " exceeds the largest Java array ("
                    + MAX_ARRAY_LENGTH + ")");
        }
        return (int) length;
    }

    /** Checks {@code count} elements of {@code elementBytes} each against the address space; returns the bytes. */
    public static long nativeBytes(long count, long elementBytes, String what) {
        if (count < 0) {
            throw new IllegalArgumentException("negative " + what + " " + count);
        }
        if (count > MAX_NATIVE_BYTES / elementBytes) {
            throw new IllegalArgumentException(what + " " + count + " (" + elementBytes
                    + " bytes each) exceeds the " + (MAX_NATIVE_BYTES >> 50) + " PiB any address space can hold");
        }
        return count * elementBytes;
    }
}
