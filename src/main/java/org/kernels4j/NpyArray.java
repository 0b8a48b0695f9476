package org.kernels4j;

import java.util.Objects;

/**
 * An array read or mapped from a {@code .npy} file: its {@link NpyHeader} and its elements as
 * one of the library's arrays.
 *
 * <p>Arrays from {@link Npy#read} hold their elements in C (row-major) order, whatever
 * order the file used, in native byte order, off the Java heap in the caller's arena.
 * Arrays from {@link Npy#map} are the file's own pages in the file's order: a Fortran-order
 * file stays column-major ({@link #isFortranOrder()}), and {@link #matrix()} then gives the
 * transposed view.
 */
public final class NpyArray {
    private final NpyHeader header;
    private final NumericArray data;
    private final boolean mapped;
    private final boolean fortranOrder;

    NpyArray(NpyHeader header, NumericArray data, boolean mapped, boolean fortranOrder) {
        this.header = Objects.requireNonNull(header);
        this.data = Objects.requireNonNull(data);
        this.mapped = mapped;
        this.fortranOrder = fortranOrder;
    }

    /**
     * The file's header.
     *
     * @return the header (dtype, byte order and order of the file, shape)
     */
    public NpyHeader header() {
        return header;
    }

    /**
     * The dimensions.
     *
     * @return a copy of the shape
     */
    public long[] shape() {
        return header.shape();
    }

    /**
     * The elements, flat: a {@link DoubleArray} for f8, {@link FloatArray} for f4,
     * {@link LongArray} for i8, {@link IntArray} for i4, u1 and b1.
     *
     * @return the elements, in the order {@link #isFortranOrder()} says
     */
    public NumericArray data() {
        return data;
    }

    /**
     * Whether {@link #data()} is the file's mapped pages (see {@link Npy#map} for the hazard).
     *
     * @return true for arrays from {@link Npy#map}
     */
    public boolean isMapped() {
        return mapped;
    }

    /**
     * Whether {@link #data()} is in Fortran (column-major) order. Only mapped arrays of 2 or
     * more dimensions from Fortran-order files are; {@link Npy#read} reorders to C order.
     *
     * @return true when the first index varies fastest in {@link #data()}
     */
    public boolean isFortranOrder() {
        return fortranOrder;
    }

    /**
     * The data of a 2-D float64 or float32 array as a matrix view, sharing memory. For C-order
     * data it is the {@code shape[0] x shape[1]} matrix; for Fortran-order data (a mapped
     * Fortran file) it is the {@code shape[1] x shape[0]} matrix whose element {@code (j, i)} is
     * element {@code (i, j)} of the array, that is the transpose.
     *
     * @return a {@link DoubleMatrix} or {@link FloatMatrix}
     * @throws IllegalArgumentException if the array is not 2-D or not float64/float32
     */
    public NumericMatrix matrix() {
        long[] shape = header.shape();
        if (shape.length != 2) {
            throw new IllegalArgumentException("a " + shape.length + "-D array is not a matrix (shape "
                    + header.shapeString() + ")");
        }
        long rows = fortranOrder ? shape[1] : shape[0];
        long cols = fortranOrder ? shape[0] : shape[1];
        long ld = Math.max(1, cols);
        return switch (data.dtype()) {
            case F64 -> DoubleMatrix.wrap(data.segment(), rows, cols, ld);
            case F32 -> FloatMatrix.wrap(data.segment(), rows, cols, ld);
            default -> throw new IllegalArgumentException("no matrix type for " + header.type().code()
                    + " elements (matrices are float64 or float32); use data()");
        };
    }

    @Override
    public String toString() {
        return "NpyArray[" + header.type().code() + ", shape " + header.shapeString()
                + (mapped ? ", mapped" : ", read") + (fortranOrder ? ", Fortran order" : "") + "]";
    }
}
