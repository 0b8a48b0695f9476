package org.kernels4j;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An array of {@code int} (int32) over a memory segment (see {@link NumericArray}).
 *
 * <pre>{@code
 * try (Arena arena = Arena.ofConfined()) {
 *     IntArray x = IntArray.allocate(arena, 10_000_000);
 *     ...
 *     Kernels.sort(x);
 * }
 * }</pre>
 */
public final class IntArray extends NumericArray {
    private static final ValueLayout.OfInt LAYOUT = ValueLayout.JAVA_INT;

    private IntArray(MemorySegment segment) {
        super(segment, DType.I32);
    }

    /** A new zero-filled array of {@code length} ints in {@code arena}, 64-byte aligned (2 MiB-aligned on huge pages from 4 MiB up). */
    public static IntArray allocate(Arena arena, long length) {
        return new IntArray(allocateSegment(arena, length, DType.I32));
    }

    /** A new array in {@code arena} holding a copy of {@code values}. */
    public static IntArray copyOf(Arena arena, int[] values) {
        Objects.requireNonNull(values, "values");
        IntArray a = allocate(arena, values.length);
        MemorySegment.copy(values, 0, a.segment, LAYOUT, 0, values.length);
        return a;
    }

    /**
     * A view of an existing segment as ints (native byte order), without copying.
     *
     * @throws IllegalArgumentException if the size is not a multiple of 4 or a native
     *     segment is not 4-byte aligned
     */
    public static IntArray wrap(MemorySegment segment) {
        return new IntArray(segment);
    }

    /** A view of a Java array, without copying. */
    public static IntArray wrap(int[] values) {
        return new IntArray(MemorySegment.ofArray(Objects.requireNonNull(values, "values")));
    }

    /** A view of {@code values[offset, offset+length)}, without copying. */
    public static IntArray wrap(int[] values, int offset, int length) {
        Objects.requireNonNull(values, "values");
        Objects.checkFromIndexSize(offset, length, values.length);
        return new IntArray(MemorySegment.ofArray(values).asSlice(offset * 4L, length * 4L));
    }

    /**
     * Maps a file of raw little-endian ints (the whole file) into memory.
     *
     * <p><b>Hazard:</b> kernels read the mapped pages in native code; if another process
     * truncates the file meanwhile, the JVM dies of SIGBUS (see {@link NumericArray}). For files
     * others may change, read them instead ({@link Npy#read} for {@code .npy}).
     *
     * @param mode {@link FileChannel.MapMode#READ_ONLY} or {@link FileChannel.MapMode#READ_WRITE}
     * @param arena owns the mapping: closing it unmaps the file
     * @throws IllegalArgumentException if the file size is not a multiple of 4
     * @throws IOException if the file cannot be opened or mapped
     */
    public static IntArray mapFile(Path file, FileChannel.MapMode mode, Arena arena) throws IOException {
        return new IntArray(mapSegment(file, 0, -1, mode, arena, DType.I32));
    }

    /**
     * Maps {@code length} ints starting {@code byteOffset} bytes into a file (for
     * example the data of a {@code .npy} file after its header).
     */
    public static IntArray mapFile(Path file, long byteOffset, long length, FileChannel.MapMode mode, Arena arena)
            throws IOException {
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        return new IntArray(mapSegment(file, byteOffset, length, mode, arena, DType.I32));
    }

    @Override
    public DType dtype() {
        return DType.I32;
    }

    /** The element at {@code index}. */
    public int get(long index) {
        Objects.checkIndex(index, length);
        return segment.getAtIndex(LAYOUT, index);
    }

    /** Sets the element at {@code index}. */
    public void set(long index, int value) {
        Objects.checkIndex(index, length);
        segment.setAtIndex(LAYOUT, index, value);
    }

    @Override
    public double getAsDouble(long index) {
        return get(index);
    }

    @Override
    public IntArray slice(long offset, long length) {
        return new IntArray(sliceSegment(offset, length));
    }

    /** Copies {@code length} elements from {@code src[srcOffset...]} into this array at {@code offset}. */
    public void copyFrom(int[] src, int srcOffset, long offset, int length) {
        Objects.checkFromIndexSize(offset, length, this.length);
        MemorySegment.copy(src, srcOffset, segment, LAYOUT, offset * 4, length);
    }

    /** Copies {@code length} elements starting at {@code offset} into {@code dst[dstOffset...]}. */
    public void copyTo(long offset, int[] dst, int dstOffset, int length) {
        Objects.checkFromIndexSize(offset, length, this.length);
        MemorySegment.copy(segment, LAYOUT, offset * 4, dst, dstOffset, length);
    }

    /**
     * A new Java array with every element.
     *
     * @throws IllegalStateException if the array has more than {@code Integer.MAX_VALUE - 8} elements
     */
    public int[] toArray() {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(length + " elements do not fit in a Java array");
        }
        return segment.toArray(LAYOUT);
    }
}
