package org.kernels4j;

import java.util.Arrays;
import java.util.Objects;

/**
 * The header of a NumPy {@code .npy} file: format version, element type, byte order,
 * memory order and shape, and where the data starts.
 *
 * @param majorVersion format version 1, 2 or 3 (2 and 3 allow headers over 64 KiB, 3 a UTF-8 header)
 * @param minorVersion always 0
 * @param descr the dtype as NumPy wrote it, for example {@code "<f8"} or {@code "|b1"}
 * @param type the element type
 * @param bigEndian whether the file's elements are big-endian (they are byte-swapped on read)
 * @param fortranOrder whether the array is stored in Fortran (column-major) order
 * @param shape the dimensions ({@code {}} for a 0-d scalar); a copy is kept and returned
 * @param dataOffset the byte offset of the first element
 */
public record NpyHeader(int majorVersion, int minorVersion, String descr, NpyHeader.Type type, boolean bigEndian,
                        boolean fortranOrder, long[] shape, long dataOffset) {

    /**
     * Element types of {@code .npy} files kernels4j reads and writes. On read, each surfaces as
     * one of the library's arrays ({@link #arrayType()}): {@code u1} and {@code b1} are widened
     * to {@code int} (0 to 255; 0 or 1) into an {@link IntArray}, since the kernels have no
     * byte types.
     */
    public enum Type {
        /** {@code f8}: float64, read as a {@link DoubleArray}. */
        FLOAT64("f8", 8, DType.F64),
        /** {@code f4}: float32, read as a {@link FloatArray}. */
        FLOAT32("f4", 4, DType.F32),
        /** {@code i8}: int64, read as a {@link LongArray}. */
        INT64("i8", 8, DType.I64),
        /** {@code i4}: int32, read as an {@link IntArray}. */
        INT32("i4", 4, DType.I32),
        /** {@code u1}: uint8, widened on read into an {@link IntArray} (0 to 255). */
        UINT8("u1", 1, DType.I32),
        /** {@code b1}: bool, widened on read into an {@link IntArray} (0 or 1; any nonzero byte is 1). */
        BOOL("b1", 1, DType.I32);

        private final String code;
        private final int itemSize;
        private final DType arrayType;

        Type(String code, int itemSize, DType arrayType) {
            this.code = code;
            this.itemSize = itemSize;
            this.arrayType = arrayType;
        }

        /**
         * The NumPy type code without byte order.
         *
         * @return for example {@code "f8"}
         */
        public String code() {
            return code;
        }

        /**
         * Bytes per element in the file.
         *
         * @return 8, 4 or 1
         */
        public int itemSize() {
            return itemSize;
        }

        /**
         * The element type of the array this type is read into.
         *
         * @return F64, F32, I64 or I32
         */
        public DType arrayType() {
            return arrayType;
        }

        /**
         * The file type of arrays of {@code dtype}.
         *
         * @param dtype an array element type
         * @return FLOAT64, FLOAT32, INT64 or INT32
         */
        public static Type of(DType dtype) {
            return switch (Objects.requireNonNull(dtype, "dtype")) {
                case F64 -> FLOAT64;
                case F32 -> FLOAT32;
                case I64 -> INT64;
                case I32 -> INT32;
            };
        }
    }

    /**
     * Checks and copies the fields.
     *
     * @throws IllegalArgumentException on a negative dimension or offset, or a shape whose
     *     byte size overflows a {@code long}
     */
    public NpyHeader {
        Objects.requireNonNull(descr, "descr");
        Objects.requireNonNull(type, "type");
        shape = Objects.requireNonNull(shape, "shape").clone();
        if (dataOffset < 0) {
            throw new IllegalArgumentException("negative data offset " + dataOffset);
        }
        long n = 1;
        for (long d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            n = multiplyOrMinus(n, d);
        }
        if (n < 0 || multiplyOrMinus(n, type.itemSize()) < 0 || multiplyOrMinus(n, 8) < 0) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " is too large");
        }
    }

    private static long multiplyOrMinus(long a, long b) {
        if (a < 0) {
            return -1;
        }
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return hi != 0 || lo < 0 ? -1 : lo;
    }

    /**
     * The dimensions.
     *
     * @return a copy of the shape
     */
    @Override
    public long[] shape() {
        return shape.clone();
    }

    /**
     * Number of dimensions.
     *
     * @return 0 for a scalar, 1 for a vector, 2 for a matrix, ...
     */
    public int ndim() {
        return shape.length;
    }

    /**
     * Number of elements: the product of the shape (1 for a scalar).
     *
     * @return the element count
     */
    public long elementCount() {
        long n = 1;
        for (long d : shape) {
            n *= d;
        }
        return n;
    }

    /**
     * Bytes of data after the header.
     *
     * @return {@code elementCount() * type().itemSize()}
     */
    public long dataBytes() {
        return elementCount() * type.itemSize();
    }

    /**
     * The shape as Python prints it, for example {@code (3,)} or {@code (2, 4)}.
     *
     * @return the shape tuple
     */
    public String shapeString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < shape.length; i++) {
            sb.append(i > 0 ? ", " : "").append(shape[i]);
        }
        return sb.append(shape.length == 1 ? ",)" : ")").toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyHeader h && majorVersion == h.majorVersion && minorVersion == h.minorVersion
                && descr.equals(h.descr) && type == h.type && bigEndian == h.bigEndian
                && fortranOrder == h.fortranOrder && Arrays.equals(shape, h.shape) && dataOffset == h.dataOffset;
    }

    @Override
    public int hashCode() {
        return Objects.hash(majorVersion, minorVersion, descr, type, bigEndian, fortranOrder, Arrays.hashCode(shape),
                dataOffset);
    }

    @Override
    public String toString() {
        return "NpyHeader[version " + majorVersion + "." + minorVersion + ", descr " + Printable.escape(descr)
                + ", fortran_order " + fortranOrder + ", shape " + shapeString() + ", data at " + dataOffset + "]";
    }
}
