package org.kernels4j;

import org.kernels4j.planner.SizeLimits;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Objects;

/**
 * A row-major matrix of {@code double} over a memory segment (see {@link NumericMatrix}).
 *
 * <pre>{@code
 * try (Arena arena = Arena.ofConfined()) {
 *     DoubleMatrix a = DoubleMatrix.allocate(arena, 512, 256);
 *     DoubleMatrix b = DoubleMatrix.allocate(arena, 256, 128);
 *     ...
 *     DoubleMatrix c = Kernels.matmul(a, b, arena);            // 512 x 128
 *     Kernels.gemm(false, true, 1.0, a, a, 0.0, gram);          // gram = a a^T
 *     DoubleMatrix block = c.view(0, 64, 256, 64);              // no copy, ld = 128
 * }
 * }</pre>
 */
public final class DoubleMatrix extends NumericMatrix {
    private static final ValueLayout.OfDouble LAYOUT = ValueLayout.JAVA_DOUBLE;

    private DoubleMatrix(MemorySegment segment, long rows, long cols, long ld) {
        super(segment, rows, cols, ld, DType.F64);
    }

    /** A new zero-filled {@code rows x cols} matrix in {@code arena}, contiguous, 64-byte aligned. */
    public static DoubleMatrix allocate(Arena arena, long rows, long cols) {
        return new DoubleMatrix(allocateSegment(arena, rows, cols, DType.F64), rows, cols, Math.max(1, cols));
    }

    /** A new zero-filled {@code rows x cols} matrix on the Java heap. */
    public static DoubleMatrix zeros(int rows, int cols) {
        return wrap(new double[heapLength(rows, cols)], rows, cols);
    }

    /** A copy of {@code rows} (all of the same length) on the Java heap. */
    public static DoubleMatrix of(double[]... rows) {
        Objects.requireNonNull(rows, "rows");
        int cols = rows.length == 0 ? 0 : Objects.requireNonNull(rows[0], "rows[0]").length;
        double[] values = new double[heapLength(rows.length, cols)];
        for (int i = 0; i < rows.length; i++) {
            double[] row = Objects.requireNonNull(rows[i], "rows[" + i + "]");
            if (row.length != cols) {
                throw new IllegalArgumentException("row " + i + " has " + row.length + " elements, row 0 has " + cols);
            }
            System.arraycopy(row, 0, values, i * cols, cols);
        }
        return wrap(values, rows.length, cols);
    }

    /**
     * A view of {@code values} as a contiguous {@code rows x cols} matrix, without copying.
     *
     * @throws IllegalArgumentException if {@code values.length != rows * cols}
     */
    public static DoubleMatrix wrap(double[] values, int rows, int cols) {
        Objects.requireNonNull(values, "values");
        if ((long) rows * cols != values.length || rows < 0 || cols < 0) {
            throw new IllegalArgumentException("a " + rows + "x" + cols + " matrix needs " + (long) rows * cols
                    + " elements, the array has " + values.length);
        }
        return new DoubleMatrix(MemorySegment.ofArray(values), rows, cols, Math.max(1, cols));
    }

    /**
     * A view of {@code values} as a {@code rows x cols} matrix whose element (i, j) is
     * {@code values[offset + i * ld + j]}, without copying.
     *
     * @throws IllegalArgumentException if {@code ld < max(1, cols)} or the elements do not fit in
     *     {@code values} after {@code offset}
     * @throws IndexOutOfBoundsException if {@code offset} is outside {@code values}
     */
    public static DoubleMatrix wrap(double[] values, int offset, int rows, int cols, int ld) {
        Objects.requireNonNull(values, "values");
        Objects.checkFromToIndex(offset, values.length, values.length);
        return new DoubleMatrix(MemorySegment.ofArray(values).asSlice(offset * 8L), rows, cols, ld);
    }

    /** A view of {@code segment} as a contiguous {@code rows x cols} matrix (native byte order). */
    public static DoubleMatrix wrap(MemorySegment segment, long rows, long cols) {
        return new DoubleMatrix(segment, rows, cols, Math.max(1, cols));
    }

    /**
     * A view of {@code segment} as a {@code rows x cols} matrix with leading dimension {@code ld}.
     *
     * @throws IllegalArgumentException if {@code ld < max(1, cols)}, the segment is too small, or a
     *     native segment is not 8-byte aligned
     */
    public static DoubleMatrix wrap(MemorySegment segment, long rows, long cols, long ld) {
        return new DoubleMatrix(segment, rows, cols, ld);
    }

    @Override
    public DType dtype() {
        return DType.F64;
    }

    /** The element at row {@code i}, column {@code j}. */
    public double get(long i, long j) {
        return segment.getAtIndex(LAYOUT, index(i, j));
    }

    /** Sets the element at row {@code i}, column {@code j}. */
    public void set(long i, long j, double value) {
        segment.setAtIndex(LAYOUT, index(i, j), value);
    }

    @Override
    public double getAsDouble(long i, long j) {
        return get(i, j);
    }

    @Override
    public DoubleMatrix view(long row, long col, long rows, long cols) {
        return new DoubleMatrix(viewSegment(row, col, rows, cols), rows, cols, ld);
    }

    /** Row {@code i} as an array view (no copy). */
    public DoubleArray row(long i) {
        Objects.checkIndex(i, rows);
        return DoubleArray.wrap(segment.asSlice(i * ld * 8, cols * 8));
    }

    /** Sets every element (not the padding) to {@code value}. */
    public void fill(double value) {
        for (long i = 0; i < rows; i++) {
            for (long j = 0; j < cols; j++) {
                segment.setAtIndex(LAYOUT, i * ld + j, value);
            }
        }
    }

    /** A contiguous copy in {@code arena}. */
    public DoubleMatrix copy(Arena arena) {
        DoubleMatrix m = allocate(arena, rows, cols);
        copyRows(this, m);
        return m;
    }

    /** A contiguous copy on the Java heap. */
    public DoubleMatrix copy() {
        DoubleMatrix m = zeros(SizeLimits.arrayLength(rows, "rows"), SizeLimits.arrayLength(cols, "cols"));
        copyRows(this, m);
        return m;
    }

    /** The elements in row-major order, without padding. */
    public double[] toArray() {
        return copy().segment.toArray(LAYOUT);
    }

    /** The rows as Java arrays. */
    public double[][] toRowArrays() {
        double[][] out = new double[SizeLimits.arrayLength(rows, "rows")][];
        for (int i = 0; i < out.length; i++) {
            out[i] = row(i).toArray();
        }
        return out;
    }
}
