package org.kernels4j.spark;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The layout of one column buffer of Spark's in-memory cache ({@code DefaultCachedBatch}), as
 * Spark's column builders write it (NullableColumnBuilder, CompressibleColumnBuilder), all in
 * native byte order:
 *
 * <pre>
 *   int nullCount | int position of each null (nullCount of them) | int compression scheme id
 *   | the encoded non-null values
 * </pre>
 *
 * <p>Scheme 0 is PassThrough: the non-null values as they are (8 bytes for a double, 4 for a
 * float); it is the only scheme Spark has for double and float columns. Every number read here
 * is checked against the buffer's length before it is used; a buffer that does not match the
 * layout exactly is left to Spark's own decoder.
 */
final class CachedColumn {
    /** Spark's PassThrough compression scheme id. */
    static final int PASS_THROUGH = 0;

    private CachedColumn() {
    }

    /**
     * The byte offset of the non-null values of a PassThrough double or float column buffer of
     * {@code rows} rows, or -1 when the buffer is of another kind or scheme, or its length does
     * not fit the layout exactly.
     *
     * @param buf the column buffer
     * @param rows the batch's row count
     * @param kind the column's kind ({@link PartitionScanner#K_DOUBLE} or {@code K_FLOAT}; others give -1)
     * @return the offset of the first value, or -1
     */
    static long values(byte[] buf, int rows, byte kind) {
        int width = kind == PartitionScanner.K_DOUBLE ? Double.BYTES : kind == PartitionScanner.K_FLOAT ? Float.BYTES : 0;
        if (width == 0 || buf == null || buf.length < 2 * Integer.BYTES || rows < 0) {
            return -1;
        }
        MemorySegment seg = MemorySegment.ofArray(buf);
        int nulls = seg.get(ValueLayout.JAVA_INT_UNALIGNED, 0);
        if (nulls < 0 || nulls > rows) {
            return -1;
        }
        long scheme = Integer.BYTES + (long) nulls * Integer.BYTES;
        if (scheme + Integer.BYTES > buf.length || seg.get(ValueLayout.JAVA_INT_UNALIGNED, scheme) != PASS_THROUGH) {
            return -1;
        }
        long at = scheme + Integer.BYTES;
        return buf.length - at == (long) (rows - nulls) * width ? at : -1;
    }
}
