package org.kernels4j;

import org.kernels4j.planner.SizeLimits;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Objects;

/**
 * A row-major matrix of {@code float} over a memory segment (see {@link NumericMatrix}).
 *
 * <pre>{@code
 * try (Arena arena = Arena.ofConfined()) {
 *     FloatMatrix a = FloatMatrix.allocate(arena, 512, 256);
 *     FloatMatrix b = FloatMatrix.allocate(arena, 256, 128);
 *     ...
 *     FloatMatrix c = Kernels.matmul(a, b, arena);            // 512 x 128
 *     Kernels.gemm(false, true, 1f, a, a, 0f, gram);          // gram = a a^T
 *     FloatMatrix block = c.view(0, 64, 256, 64);              // no copy, ld = 128
 * }
 * }</pre>
 */
public final class FloatMatrix extends NumericMatrix {
    private static final ValueLayout.OfFloat LAYOUT = ValueLayout.JAVA_FLOAT;

    private FloatMatrix(MemorySegment segment, long rows, long cols, long ld) {
        super(segment, rows, cols, ld, DType.F32);
    }

    /** A new zero-filled {@code rows x cols} matrix in {@code arena}, contiguous, 64-byte aligned. */
    public static FloatMatrix allocate(Arena arena, long rows, long cols) {
        return new FloatMatrix(allocateSegment(arena, rows, cols, DType.F32), rows, cols, Math.max(1, cols));
    }

    /** A new zero-filled {@code rows x cols} matrix on the Java heap. */
    public static FloatMatrix zeros(int rows, int cols) {
        return wrap(new float[heapLength(rows, cols)], rows, cols);
    }

    /** A copy of {@code rows} (all of the same length) on the Java heap. */
    public static FloatMatrix of(float[]... rows) {
        Objects.requireNonNull(rows, "rows");
        int cols = rows.length == 0 ? 0 : Objects.requireNonNull(rows[0], "rows[0]").length;
        float[] values = new float[heapLength(rows.length, cols)];
        for (int i = 0; i < rows.length; i++) {
            float[] row = Objects.requireNonNull(rows[i], "rows[" + i + "]");
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
    public static FloatMatrix wrap(float[] values, int rows, int cols) {
        Objects.requireNonNull(values, "values");
        if ((long) rows * cols != values.length || rows < 0 || cols < 0) {
            throw new IllegalArgumentException("a " + rows + "x" + cols + " matrix needs " + (long) rows * cols
                    + " elements, the array has " + values.length);
        }
        return new FloatMatrix(MemorySegment.ofArray(values), rows, cols, Math.max(1, cols));
    }

    /**
     * A view of {@code values} as a {@code rows x cols} matrix whose element (i, j) is
     * {@code values[offset + i * ld + j]}, without copying.
     *
     * @throws IllegalArgumentException if {@code ld < max(1, cols)} or the elements do not fit in
     *     {@code values} after {@code offset}
     * @throws IndexOutOfBoundsException if {@code offset} is outside {@code values}
     */
    public static FloatMatrix wrap(float[] values, int offset, int rows, int cols, int ld) {
        Objects.requireNonNull(values, "values");
        Objects.checkFromToIndex(offset, values.length, values.length);
        return new FloatMatrix(MemorySegment.ofArray(values).asSlice(offset * 4L), rows, cols, ld);
    }

    /** A view of {@code segment} as a contiguous {@code rows x cols} matrix (native byte order). */
    public static FloatMatrix wrap(MemorySegment segment, long rows, long cols) {
        return new FloatMatrix(segment, rows, cols, Math.max(1, cols));
    }

    /**
     * A view of {@code segment} as a {@code rows x cols} matrix with leading dimension {@code ld}.
     *
     * @throws IllegalArgumentException if {@code ld < max(1, cols)}, the segment is too small, or a
     *     native segment is not 4-byte aligned
     */
    public static FloatMatrix wrap(MemorySegment segment, long rows, long cols, long ld) {
        return new FloatMatrix(segment, rows, cols, ld);
    }

    @Override
    public DType dtype() {
        return DType.F32;
    }

    /** The element at row {@code i}, column {@code j}. */
    public float get(long i, long j) {
        return segment.getAtIndex(LAYOUT, index(i, j));
    }

    /** Sets the element at row {@code i}, column {@code j}. */
    public void set(long i, long j, float value) {
        segment.setAtIndex(LAYOUT, index(i, j), value);
    }

    @Override
    public double getAsDouble(long i, long j) {
        return get(i, j);
    }

    @Override
    public FloatMatrix view(long row, long col, long rows, long cols) {
        return new FloatMatrix(viewSegment(row, col, rows, cols), rows, cols, ld);
    }

    /** Row {@code i} as an array view (no copy). */
    public FloatArray row(long i) {
        Objects.checkIndex(i, rows);
        return FloatArray.wrap(segment.asSlice(i * ld * 4, cols * 4));
    }

    /** Sets every element (not the padding) to {@code value}. */
    public void fill(float value) {
        for (long i = 0; i < rows; i++) {
            for (long j = 0; j < cols; j++) {
                segment.setAtIndex(LAYOUT, i * ld + j, value);
            }
        }
    }

    /** A contiguous copy in {@code arena}. */
    public FloatMatrix copy(Arena arena) {
        FloatMatrix m = allocate(arena, rows, cols);
        copyRows(this, m);
        return m;
    }

    /** A contiguous copy on the Java heap. */
    public FloatMatrix copy() {
        FloatMatrix m = zeros(SizeLimits.arrayLength(rows, "rows"), SizeLimits.arrayLength(cols, "cols"));
        copyRows(this, m);
        return m;
    }

    /** The elements in row-major order, without padding. */
    public float[] toArray() {
        return copy().segment.toArray(LAYOUT);
    }

    /** The rows as Java arrays. */
    public float[][] toRowArrays() {
        float[][] out = new float[SizeLimits.arrayLength(rows, "rows")][];
        for (int i = 0; i < out.length; i++) {
            out[i] = row(i).toArray();
        }
        return out;
    }
}
