package org.kernels4j.spark;

import java.io.Serial;
import java.io.Serializable;

/**
 * What one pass over a partition computes, per column (shipped to the executors with the task).
 *
 * @param columns number of columns in the scanned rows (all cast to double)
 * @param moments count, missing, sum, mean, variance, min, max
 * @param kllK the KLL sketch parameter k, or 0 for no sketch
 * @param sketchStride the sketch's stride ({@link StridedSketch}): of each full sorted chunk,
 *     every sketchStride-th order statistic is fed, weighing sketchStride; 1 feeds every value
 * @param edges histogram bin edges, or null; with {@code bins > 0} the equal-width form instead
 * @param bins equal-width bins between lo and hi (NumPy's arithmetic), or 0
 * @param lo lower end of the equal-width range
 * @param hi upper end of the equal-width range
 * @param valueLimit keep every non-missing value, up to this many per column (exact
 *     quantiles; a partition over it sends none), or 0
 * @param gram X^T X and the centred co-moments of the rows with no missing value
 * @param chunkRows rows per off-heap chunk
 */
record ScanSpec(int columns, boolean moments, int kllK, int sketchStride, double[] edges, int bins, double lo, double hi,
                long valueLimit, boolean gram, int chunkRows) implements Serializable {
    @Serial private static final long serialVersionUID = 2L;

    /**
     * 64 Ki rows (512 KiB per column), so a chunk stays in cache for the passes over it; the
     * driver's system property {@code kernels4j.spark.chunkRows} overrides it (tests use small
     * chunks to cross chunk boundaries).
     */
    static final int DEFAULT_CHUNK_ROWS = Math.max(2, Integer.getInteger("kernels4j.spark.chunkRows", 1 << 16));

    static ScanSpec describe(int columns, int kllK, int sketchStride) {
        return new ScanSpec(columns, true, kllK, StridedSketch.checkStride(sketchStride), null, 0, 0, 0, 0L, false,
                DEFAULT_CHUNK_ROWS);
    }

    static ScanSpec histogram(int columns, double[] edges, int bins, double lo, double hi) {
        return new ScanSpec(columns, true, 0, 1, edges, bins, lo, hi, 0L, false, DEFAULT_CHUNK_ROWS);
    }

    static ScanSpec sketch(int columns, int kllK, int sketchStride) {
        return describe(columns, kllK, sketchStride);
    }

    static ScanSpec values(int columns, long limit) {
        return new ScanSpec(columns, true, 0, 1, null, 0, 0, 0, limit, false, DEFAULT_CHUNK_ROWS);
    }

    static ScanSpec gram(int columns) {
        return new ScanSpec(columns, false, 0, 1, null, 0, 0, 0, 0L, true, DEFAULT_CHUNK_ROWS);
    }

    ScanSpec withChunkRows(int rows) {
        return new ScanSpec(columns, moments, kllK, sketchStride, edges, bins, lo, hi, valueLimit, gram, rows);
    }

    boolean histogram() {
        return edges != null || bins > 0;
    }
}
