package org.kernels4j.spark;

import java.util.List;
import java.util.Map;

/**
 * The result of {@link SparkKernels#gram}: the Gram matrix {@code X^T X} of numeric columns
 * (X the n x k matrix of the rows that have no missing value in any of the columns), with the
 * column means and the centred co-moment matrix {@code (X - 1 mean^T)^T (X - 1 mean^T)} from
 * which covariance and correlation follow.
 *
 * <p>Each partition computes {@code X^T X} of its rows with kernels4j's GEMM in chunks (beta = 1
 * accumulation), and the co-moments of each chunk by GEMM on the centred chunk, merged by
 * Chan's formula; the driver sums the Gram partials and merges the co-moments in partition
 * order. Rows with a null or NaN in any of the columns are skipped (listwise deletion) and
 * counted in {@link #skippedRows()}.
 *
 * @param columns the columns, in the order asked for
 * @param rows number of rows used (complete rows)
 * @param skippedRows number of rows skipped because a value was missing
 * @param gram k x k {@code X^T X}
 * @param means column means of the rows used
 * @param comoments k x k sums of products of deviations from the means
 * @param backends kernels4j backend to number of partitions it scanned
 * @param isas CPU path to number of partitions
 */
public record SparkGram(List<String> columns, long rows, long skippedRows, double[][] gram, double[] means,
                        double[][] comoments, Map<String, Integer> backends, Map<String, Integer> isas) {

    /**
     * The covariance matrix: co-moments divided by {@code rows - ddof} (NaN where
     * {@code rows <= ddof}); ddof = 1 is the sample covariance ({@code np.cov}).
     *
     * @param ddof delta degrees of freedom
     * @return a new k x k matrix
     * @throws IllegalArgumentException if ddof is negative
     */
    public double[][] covariance(int ddof) {
        if (ddof < 0) {
            throw new IllegalArgumentException("ddof must be >= 0: " + ddof);
        }
        int k = columns.size();
        double[][] c = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                c[i][j] = rows > ddof ? comoments[i][j] / (rows - ddof) : Double.NaN;
            }
        }
        return c;
    }

    /**
     * The sample covariance matrix (ddof = 1).
     *
     * @return a new k x k matrix
     */
    public double[][] covariance() {
        return covariance(1);
    }

    /**
     * Pearson correlation matrix ({@code np.corrcoef}): co-moments divided by the square roots
     * of the diagonal, clipped to [-1, 1]; NaN for a column of constant values or with no rows.
     *
     * @return a new k x k matrix
     */
    public double[][] correlation() {
        int k = columns.size();
        double[][] r = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double v = comoments[i][j] / Math.sqrt(comoments[i][i] * comoments[j][j]);
                r[i][j] = v != v ? Double.NaN : Math.max(-1.0, Math.min(1.0, v));
            }
        }
        return r;
    }
}
