package org.kernels4j;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Objects;
import org.kernels4j.backend.LargeArrays;
import org.kernels4j.planner.SizeLimits;

/**
 * A boolean mask: one byte per element over a {@link MemorySegment}, as NumPy's {@code bool}
 * array ({@code 0} false, anything else true; the kernels write {@code 0} and {@code 1}). The
 * comparisons of {@link Kernels} ({@link Kernels#less(double[], double[])}, ...) and the
 * predicates ({@link Kernels#isnan(double[])}, ...) produce masks; {@link Kernels#where} selects
 * with them, and {@link Kernels#countNonzero(BoolArray)}, {@link Kernels#any(BoolArray)} and
 * {@link Kernels#all(BoolArray)} reduce them.
 *
 * <pre>{@code
 * double[] x = ...;
 * BoolArray big = Kernels.greater(x, 3.0);              // x > 3
 * long howMany = Kernels.countNonzero(big);
 * double[] capped = Kernels.where(big, 3.0, x);        // np.where(x > 3, 3, x)
 * try (Arena arena = Arena.ofConfined()) {
 *     BoolArray m = BoolArray.allocate(arena, x.length);   // off-heap, reused
 *     Kernels.isnan(x, m);
 * }
 * }</pre>
 *
 * <p>A mask lives on the Java heap (over a {@code byte[]}) or off-heap in an {@link Arena}, and
 * is as thread-safe as its segment, with the same rules as {@link NumericArray}: every kernel
 * checks that the arena is open before touching the memory. Equality is identity, as for the
 * numeric arrays (a mask is a mutable view of memory); compare contents with
 * {@link #contentEquals(BoolArray)} or {@link #toArray()}.
 */
public final class BoolArray {
    private static final ValueLayout.OfByte LAYOUT = ValueLayout.JAVA_BYTE;

    private final MemorySegment segment;
    private final long length;

    private BoolArray(MemorySegment segment) {
        this.segment = Objects.requireNonNull(segment, "segment");
        this.length = segment.byteSize();
    }

    /**
     * A new all-false mask of {@code length} elements in {@code arena}, 64-byte aligned.
     *
     * @param arena the arena that owns the memory: closing it frees the mask
     * @param length the number of elements
     * @return the new mask
     * @throws NullPointerException if {@code arena} is null
     * @throws IllegalArgumentException if {@code length} is negative
     * @throws IllegalStateException if {@code arena} is closed
     */
    public static BoolArray allocate(Arena arena, long length) {
        Objects.requireNonNull(arena, "arena");
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        return new BoolArray(LargeArrays.allocate(arena, SizeLimits.nativeBytes(length, 1, "length")));
    }

    /**
     * A new all-false mask of {@code length} elements on the Java heap.
     *
     * @param length the number of elements
     * @return the new mask
     * @throws IllegalArgumentException if {@code length} is negative
     */
    public static BoolArray zeros(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        return new BoolArray(MemorySegment.ofArray(new byte[length]));
    }

    /**
     * A new mask on the Java heap holding {@code values}.
     *
     * @param values the elements
     * @return the new mask, as long as {@code values}
     * @throws NullPointerException if {@code values} is null
     */
    public static BoolArray of(boolean... values) {
        Objects.requireNonNull(values, "values");
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = values[i] ? (byte) 1 : 0;
        }
        return new BoolArray(MemorySegment.ofArray(b));
    }

    /**
     * A new mask in {@code arena} holding {@code values}.
     *
     * @param arena the arena that owns the memory: closing it frees the mask
     * @param values the elements
     * @return the new mask, as long as {@code values}
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if {@code arena} is closed
     */
    public static BoolArray copyOf(Arena arena, boolean[] values) {
        Objects.requireNonNull(values, "values");
        BoolArray m = allocate(arena, values.length);
        for (int i = 0; i < values.length; i++) {
            m.segment.set(LAYOUT, i, values[i] ? (byte) 1 : 0);
        }
        return m;
    }

    /**
     * A view of bytes as a mask (0 false, anything else true), without copying: kernels read and
     * write the array itself.
     *
     * @param bytes the elements, one byte each
     * @return the view, as long as {@code bytes}
     * @throws NullPointerException if {@code bytes} is null
     */
    public static BoolArray wrap(byte[] bytes) {
        return new BoolArray(MemorySegment.ofArray(Objects.requireNonNull(bytes, "bytes")));
    }

    /**
     * A view of a segment as a mask, one byte per element, without copying (for example the
     * data of a NumPy {@code bool} array).
     *
     * @param segment the memory, heap or native; the view is read-only if it is
     * @return the view, {@code segment.byteSize()} elements long
     * @throws NullPointerException if {@code segment} is null
     */
    public static BoolArray wrap(MemorySegment segment) {
        return new BoolArray(segment);
    }

    /** {@return the number of elements} */
    public long length() {
        return length;
    }

    /** {@return the memory of the elements: exactly {@code length()} bytes} */
    public MemorySegment segment() {
        return segment;
    }

    /** {@return whether writes are refused} */
    public boolean isReadOnly() {
        return segment.isReadOnly();
    }

    /** {@return whether the elements live off the Java heap} */
    public boolean isNative() {
        return segment.isNative();
    }

    /** {@return whether the memory can still be accessed (its arena is open)} */
    public boolean isAlive() {
        return segment.scope().isAlive();
    }

    /**
     * The element at {@code index}.
     *
     * @param index the index, in [0, length)
     * @return whether its byte is non-zero
     * @throws IndexOutOfBoundsException if {@code index} is outside the mask
     * @throws IllegalStateException if the arena is closed
     */
    public boolean get(long index) {
        Objects.checkIndex(index, length);
        return segment.get(LAYOUT, index) != 0;
    }

    /**
     * Sets the element at {@code index} (its byte to 1 or 0).
     *
     * @param index the index, in [0, length)
     * @param value the new value
     * @throws IndexOutOfBoundsException if {@code index} is outside the mask
     * @throws IllegalArgumentException if the mask is read-only
     * @throws IllegalStateException if the arena is closed
     */
    public void set(long index, boolean value) {
        Objects.checkIndex(index, length);
        segment.set(LAYOUT, index, value ? (byte) 1 : 0);
    }

    /**
     * A view of {@code length} elements starting at {@code offset}, sharing memory.
     *
     * @param offset the index of the view's first element
     * @param length the number of elements of the view
     * @return the view
     * @throws IndexOutOfBoundsException if the range does not lie inside this mask
     */
    public BoolArray slice(long offset, long length) {
        Objects.checkFromIndexSize(offset, length, this.length);
        return new BoolArray(segment.asSlice(offset, length));
    }

    /**
     * A new Java array with every element.
     *
     * @return the copy
     * @throws IllegalStateException if the arena is closed, or the mask has more than
     *     {@code Integer.MAX_VALUE - 8} elements
     */
    public boolean[] toArray() {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(length + " elements do not fit in a Java array");
        }
        boolean[] out = new boolean[(int) length];
        for (int i = 0; i < out.length; i++) {
            out[i] = segment.get(LAYOUT, i) != 0;
        }
        return out;
    }

    /**
     * Whether {@code other} has the same length and the same truth value at every index (bytes
     * 1 and 2 are both true).
     *
     * @param other the mask to compare with
     * @return whether the two masks hold the same values
     * @throws NullPointerException if {@code other} is null
     * @throws IllegalStateException if the arena of either mask is closed
     */
    public boolean contentEquals(BoolArray other) {
        Objects.requireNonNull(other, "other");
        if (other.length != length) {
            return false;
        }
        for (long i = 0; i < length; i++) {
            if ((segment.get(LAYOUT, i) != 0) != (other.segment.get(LAYOUT, i) != 0)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "BoolArray[length=" + length + (isNative() ? ", native" : ", heap") + (isReadOnly() ? ", read-only" : "")
                + "]";
    }
}
