package org.kernels4j;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Objects;

/**
 * An array of {@code float} over a memory segment (see {@link NumericArray}).
 *
 * <pre>{@code
 * try (Arena arena = Arena.ofConfined()) {
 *     FloatArray x = FloatArray.allocate(arena, 10_000_000);
 *     ...
 *     double s = Kernels.sum(x);
 * }
 * }</pre>
 */
public final class FloatArray extends NumericArray {
    private static final ValueLayout.OfFloat LAYOUT = ValueLayout.JAVA_FLOAT;

    private FloatArray(MemorySegment segment) {
        super(segment, DType.F32);
    }

    /** A new zero-filled array of {@code length} floats in {@code arena}, 64-byte aligned (2 MiB-aligned on huge pages from 4 MiB up). */
    public static FloatArray allocate(Arena arena, long length) {
        return new FloatArray(allocateSegment(arena, length, DType.F32));
    }

    /** A new array in {@code arena} holding a copy of {@code values}. */
    public static FloatArray copyOf(Arena arena, float[] values) {
        Objects.requireNonNull(values, "values");
        FloatArray a = allocate(arena, values.length);
        MemorySegment.copy(values, 0, a.segment, LAYOUT, 0, values.length);
        return a;
    }

    /**
     * A view of an existing segment as floats (native byte order), without copying.
     *
     * @throws IllegalArgumentException if the size is not a multiple of 4 or a native
     *     segment is not 4-byte aligned
     */
    public static FloatArray wrap(MemorySegment segment) {
        return new FloatArray(segment);
    }

    /** A view of a Java array, without copying. */
    public static FloatArray wrap(float[] values) {
        return new FloatArray(MemorySegment.ofArray(Objects.requireNonNull(values, "values")));
    }

    /** A view of {@code values[offset, offset+length)}, without copying. */
    public static FloatArray wrap(float[] values, int offset, int length) {
        Objects.requireNonNull(values, "values");
        Objects.checkFromIndexSize(offset, length, values.length);
        return new FloatArray(MemorySegment.ofArray(values).asSlice(offset * 4L, length * 4L));
    }

    /**
     * Maps a file of raw little-endian floats (the whole file) into memory.
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
    public static FloatArray mapFile(Path file, FileChannel.MapMode mode, Arena arena) throws IOException {
        return new FloatArray(mapSegment(file, 0, -1, mode, arena, DType.F32));
    }

    /**
     * Maps {@code length} floats starting {@code byteOffset} bytes into a file (for
     * example the data of a {@code .npy} file after its header).
     */
    public static FloatArray mapFile(Path file, long byteOffset, long length, FileChannel.MapMode mode, Arena arena)
            throws IOException {
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        return new FloatArray(mapSegment(file, byteOffset, length, mode, arena, DType.F32));
    }

    @Override
    public DType dtype() {
        return DType.F32;
    }

    /** The element at {@code index}. */
    public float get(long index) {
        Objects.checkIndex(index, length);
        return segment.getAtIndex(LAYOUT, index);
    }

    /** Sets the element at {@code index}. */
    public void set(long index, float value) {
        Objects.checkIndex(index, length);
        segment.setAtIndex(LAYOUT, index, value);
    }

    @Override
    public double getAsDouble(long index) {
        return get(index);
    }

    @Override
    public FloatArray slice(long offset, long length) {
        return new FloatArray(sliceSegment(offset, length));
    }

    /** Copies {@code length} elements from {@code src[srcOffset...]} into this array at {@code offset}. */
    public void copyFrom(float[] src, int srcOffset, long offset, int length) {
        Objects.checkFromIndexSize(offset, length, this.length);
        MemorySegment.copy(src, srcOffset, segment, LAYOUT, offset * 4, length);
    }

    /** Copies {@code length} elements starting at {@code offset} into {@code dst[dstOffset...]}. */
    public void copyTo(long offset, float[] dst, int dstOffset, int length) {
        Objects.checkFromIndexSize(offset, length, this.length);
        MemorySegment.copy(segment, LAYOUT, offset * 4, dst, dstOffset, length);
    }

    /**
     * A new Java array with every element.
     *
     * @throws IllegalStateException if the array has more than {@code Integer.MAX_VALUE - 8} elements
     */
    public float[] toArray() {
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException(length + " elements do not fit in a Java array");
        }
        return segment.toArray(LAYOUT);
    }
}
