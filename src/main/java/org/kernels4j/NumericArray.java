package org.kernels4j;

import org.kernels4j.planner.SizeLimits;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.kernels4j.backend.LargeArrays;

/**
 * A one-dimensional array of numbers over a {@link MemorySegment}: off-heap memory owned by
 * an {@link Arena}, a memory-mapped file, or (zero-copy view) a Java array. Lengths and
 * indices are {@code long}; off-heap arrays may exceed 2^31 elements.
 *
 * <p>An array is as thread-safe as its segment: arrays from a shared or global arena may be
 * read by many threads at once; arrays from a confined arena only by the owner thread.
 * Every kernel checks that the arena is still open before touching the memory and throws
 * {@link IllegalStateException} otherwise.
 *
 * <p><b>Memory-mapped files</b> ({@code mapFile}) are fast but not safe against other
 * processes: the kernels read the pages in native code, and if the file is truncated while
 * they do, the operating system raises SIGBUS and the JVM dies (Java code reading a truncated
 * mapping gets an {@link InternalError} instead). Map only files that nothing else changes;
 * read other files with positional reads into arena memory, as {@link Npy#read} does for
 * {@code .npy} files.
 */
public abstract sealed class NumericArray permits DoubleArray, FloatArray, IntArray, LongArray {
    final MemorySegment segment;
    final long length;

    NumericArray(MemorySegment segment, DType dtype) {
        Objects.requireNonNull(segment, "segment");
        long es = dtype.byteSize();
        if (segment.byteSize() % es != 0) {
            throw new IllegalArgumentException("segment of " + segment.byteSize()
                    + " bytes is not a whole number of " + dtype + " elements");
        }
        if (segment.isNative() && segment.address() % es != 0) {
            throw new IllegalArgumentException("segment address 0x" + Long.toHexString(segment.address())
                    + " is not aligned to " + es + " bytes");
        }
        this.segment = segment;
        this.length = segment.byteSize() / es;
    }

    /** The element type. */
    public abstract DType dtype();

    /** Number of elements. */
    public final long length() {
        return length;
    }

    /** The memory of the elements: exactly {@code length() * dtype().byteSize()} bytes. */
    public final MemorySegment segment() {
        return segment;
    }

    /** Whether writes are refused (for example a file mapped read-only). */
    public final boolean isReadOnly() {
        return segment.isReadOnly();
    }

    /** Whether the elements live off the Java heap. */
    public final boolean isNative() {
        return segment.isNative();
    }

    /** Whether the memory can still be accessed (its arena is open). */
    public final boolean isAlive() {
        return segment.scope().isAlive();
    }

    /** The element at {@code index} widened to double. */
    public abstract double getAsDouble(long index);

    /** A view of {@code length} elements starting at {@code offset}, sharing memory. */
    public abstract NumericArray slice(long offset, long length);

    final MemorySegment sliceSegment(long offset, long count) {
        Objects.checkFromIndexSize(offset, count, length);
        long es = dtype().byteSize();
        return segment.asSlice(offset * es, count * es);
    }

    static MemorySegment allocateSegment(Arena arena, long count, DType dtype) {
        Objects.requireNonNull(arena, "arena");
        if (count < 0) {
            throw new IllegalArgumentException("negative length " + count);
        }
        long bytes = SizeLimits.nativeBytes(count, dtype.byteSize(), "length");
        // 64-byte alignment at least (whole cache lines, aligned vector loads); large arrays
        // get huge pages.
        return LargeArrays.allocate(arena, bytes);
    }

    static MemorySegment mapSegment(Path file, long byteOffset, long count, FileChannel.MapMode mode, Arena arena,
                                    DType dtype) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(arena, "arena");
        if (mode != FileChannel.MapMode.READ_ONLY && mode != FileChannel.MapMode.READ_WRITE) {
            throw new IllegalArgumentException("mode must be READ_ONLY or READ_WRITE");
        }
        long es = dtype.byteSize();
        if (byteOffset < 0 || byteOffset % es != 0) {
            throw new IllegalArgumentException("byte offset " + byteOffset + " is negative or not a multiple of " + es);
        }
        StandardOpenOption[] options = mode == FileChannel.MapMode.READ_ONLY
                ? new StandardOpenOption[] {StandardOpenOption.READ}
                : new StandardOpenOption[] {StandardOpenOption.READ, StandardOpenOption.WRITE};
        try (FileChannel ch = FileChannel.open(file, options)) {
            long size = ch.size();
            if (byteOffset > size) {
                throw new IllegalArgumentException(file + ": offset " + byteOffset + " is past the end (" + size + " bytes)");
            }
            long available = size - byteOffset;
            if (count < 0) {
                if (available % es != 0) {
                    throw new IllegalArgumentException(file + ": " + available + " bytes after offset " + byteOffset
                            + " are not a whole number of " + dtype + " elements");
                }
                count = available / es;
            } else if (count > available / es) {
                throw new IllegalArgumentException(file + ": " + count + " elements requested, only "
                        + available / es + " present after offset " + byteOffset);
            }
            return ch.map(mode, byteOffset, count * es, arena);
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[length=" + length + (isNative() ? ", native" : ", heap")
                + (isReadOnly() ? ", read-only" : "") + "]";
    }
}
