package org.kernels4j.spark;

import java.util.Map;

/**
 * The result of {@link SparkKernels#histogram}: counts per bin of one column, merged from
 * per-partition counts (exactly the counts kernels4j's single-machine {@code Kernels.histogram}
 * gives for the same values). Bins are half-open {@code [edges[i], edges[i+1])} except the
 * last, which includes its right edge, as NumPy's; values outside the edges and missing values
 * (null, NaN) are not counted in any bin.
 *
 * @param column the column
 * @param edges the bin edges (bins + 1 values)
 * @param counts the count per bin
 * @param missing number of nulls and NaNs
 * @param outside number of values outside {@code [edges[0], edges[bins]]}
 * @param backends kernels4j backend to number of partitions it scanned
 */
public record SparkHistogram(String column, double[] edges, long[] counts, long missing, long outside,
                             Map<String, Integer> backends) {

    /**
     * Sum of the counts in all bins.
     *
     * @return the number of values counted
     */
    public long total() {
        long t = 0;
        for (long c : counts) {
            t += c;
        }
        return t;
    }
}
