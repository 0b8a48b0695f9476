package org.kernels4j;

import org.kernels4j.planner.SizeLimits;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Objects;

/**
 * A row-major matrix view over a {@link MemorySegment}: off-heap memory owned by an
 * {@link Arena}, or (zero-copy) a Java array. Element {@code (i, j)} is element
 * {@code i * leadingDimension() + j} of {@link #segment()}, with
 * {@code leadingDimension() >= max(1, cols())}: a sub-block view of a larger matrix keeps
 * the parent's leading dimension and shares its memory ({@link DoubleMatrix#view}).
 *
 * <p>The segment spans exactly the elements from {@code (0, 0)} to
 * {@code (rows-1, cols-1)}, that is {@code (rows-1) * ld + cols} elements (none when the
 * matrix is empty); the padding between rows belongs to the segment but not to the matrix:
 * kernels never write it.
 *
 * <p>A matrix is as thread-safe as its segment (see {@link NumericArray}); every kernel
 * checks that the arena is still open before touching the memory and throws
 * {@link IllegalStateException} otherwise.
 */
public abstract sealed class NumericMatrix permits DoubleMatrix, FloatMatrix {
    final MemorySegment segment;
    final long rows;
    final long cols;
    final long ld;

    NumericMatrix(MemorySegment memory, long rows, long cols, long ld, DType dtype) {
        Objects.requireNonNull(memory, "segment");
        checkShape(rows, cols, ld);
        long es = dtype.byteSize();
        if (memory.isNative() && memory.address() % es != 0) {
            throw new IllegalArgumentException("segment address 0x" + Long.toHexString(memory.address())
                    + " is not aligned to " + es + " bytes");
        }
        long span = span(rows, cols, ld);
        if (span > memory.byteSize() / es) {
            throw new IllegalArgumentException("a " + rows + "x" + cols + " matrix with leading dimension " + ld
                    + " needs " + span + " elements, the segment holds " + memory.byteSize() / es);
        }
        this.segment = memory.asSlice(0, span * es);
        this.rows = rows;
        this.cols = cols;
        this.ld = ld;
    }

    static void checkShape(long rows, long cols, long ld) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("negative shape " + rows + "x" + cols);
        }
        if (ld < Math.max(1, cols)) {
            throw new IllegalArgumentException("leading dimension " + ld + " is less than max(1, cols = " + cols + ")");
        }
        if (rows > 0 && cols > 0 && (rows - 1) > (Long.MAX_VALUE / 8 - cols) / ld) {
            throw new IllegalArgumentException("a " + rows + "x" + cols + " matrix with leading dimension " + ld
                    + " is too large");
        }
    }

    /** Elements from (0, 0) to (rows-1, cols-1) inclusive, padding included. */
    static long span(long rows, long cols, long ld) {
        return rows == 0 || cols == 0 ? 0 : (rows - 1) * ld + cols;
    }

    static MemorySegment allocateSegment(Arena arena, long rows, long cols, DType dtype) {
        Objects.requireNonNull(arena, "arena");
        checkShape(rows, cols, Math.max(1, cols));
        long bytes = SizeLimits.nativeBytes(rows * cols, dtype.byteSize(), "a " + rows + "x" + cols + " matrix of");
        // 64-byte alignment: whole cache lines, and aligned vector loads in C.
        return arena.allocate(bytes, 64);
    }

    static int heapLength(long rows, long cols) {
        checkShape(rows, cols, Math.max(1, cols));
        long n = rows * cols;
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a " + rows + "x" + cols + " matrix does not fit in a Java array");
        }
        return (int) n;
    }

    /** The element type. */
    public abstract DType dtype();

    /** Number of rows. */
    public final long rows() {
        return rows;
    }

    /** Number of columns. */
    public final long cols() {
        return cols;
    }

    /** Distance in elements between the starts of consecutive rows ({@code >= max(1, cols)}). */
    public final long leadingDimension() {
        return ld;
    }

    /** Whether the rows follow each other without padding ({@code ld == cols}, or at most one row). */
    public final boolean isContiguous() {
        return ld == cols || rows <= 1;
    }

    /** Whether the matrix has no elements. */
    public final boolean isEmpty() {
        return rows == 0 || cols == 0;
    }

    /** The memory from element (0, 0) to element (rows-1, cols-1), row padding included. */
    public final MemorySegment segment() {
        return segment;
    }

    /** Whether the elements live off the Java heap. */
    public final boolean isNative() {
        return segment.isNative();
    }

    /** Whether writes are refused. */
    public final boolean isReadOnly() {
        return segment.isReadOnly();
    }

    /** Whether the memory can still be accessed (its arena is open). */
    public final boolean isAlive() {
        return segment.scope().isAlive();
    }

    /** The element at row {@code i}, column {@code j}, widened to double. */
    public abstract double getAsDouble(long i, long j);

    /**
     * The {@code rows x cols} block whose top-left corner is {@code (row, col)}, sharing memory
     * (and the leading dimension) with this matrix.
     *
     * @throws IndexOutOfBoundsException if the block does not lie inside this matrix
     */
    public abstract NumericMatrix view(long row, long col, long rows, long cols);

    final long index(long i, long j) {
        Objects.checkIndex(i, rows);
        Objects.checkIndex(j, cols);
        return i * ld + j;
    }

    final MemorySegment viewSegment(long row, long col, long r, long c) {
        Objects.checkFromIndexSize(row, r, rows);
        Objects.checkFromIndexSize(col, c, cols);
        long es = dtype().byteSize();
        if (r == 0 || c == 0) {
            return segment.asSlice(0, 0);
        }
        return segment.asSlice((row * ld + col) * es, span(r, c, ld) * es);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + rows + "x" + cols + (ld != cols ? ", ld=" + ld : "")
                + (isNative() ? ", native" : ", heap") + (isReadOnly() ? ", read-only" : "") + "]";
    }

    /** Copies the elements of {@code from} into {@code to} (same shape and type), row by row. */
    static void copyRows(NumericMatrix from, NumericMatrix to) {
        long rowBytes = from.cols * from.dtype().byteSize();
        long es = from.dtype().byteSize();
        if (rowBytes == 0) {
            return;
        }
        if (from.isContiguous() && to.isContiguous()) {
            MemorySegment.copy(from.segment, 0, to.segment, 0, from.rows * rowBytes);
            return;
        }
        for (long i = 0; i < from.rows; i++) {
            MemorySegment.copy(from.segment, i * from.ld * es, to.segment, i * to.ld * es, rowBytes);
        }
    }
}
