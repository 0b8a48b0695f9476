package org.kernels4j.spark;

import java.util.Arrays;

/**
 * Statistics of one numeric column over a whole {@code Dataset}, merged from per-partition
 * results. Missing values (SQL {@code NULL} and {@code NaN}) are counted in {@link #missing()}
 * and left out of every other statistic, as NumPy's {@code nan*} functions and pandas'
 * {@code describe()} do. With no value, every statistic but the counts is NaN.
 *
 * @param column the column name
 * @param count number of values (not missing)
 * @param missing number of nulls and NaNs
 * @param sum sum of the values (compensated merge of the kernels' tree sums)
 * @param mean sum / count
 * @param variance sample variance (ddof = 1); NaN for fewer than two values
 * @param min smallest value
 * @param max largest value
 * @param probabilities the quantile fractions asked for (in [0, 1]), possibly empty
 * @param quantiles the quantile at each of {@code probabilities} (see
 *     {@link SparkDescription#quantileMethod()} for how they were computed)
 */
public record ColumnSummary(String column, long count, long missing, double sum, double mean, double variance,
                            double min, double max, double[] probabilities, double[] quantiles) {

    /**
     * Sample standard deviation (ddof = 1), the square root of {@link #variance()}.
     *
     * @return the standard deviation; NaN for fewer than two values
     */
    public double std() {
        return Math.sqrt(variance);
    }

    /**
     * Variance with the given delta degrees of freedom: the sum of squared deviations divided
     * by {@code count - ddof}; NaN when {@code count <= ddof}.
     *
     * @param ddof delta degrees of freedom (0: population variance, 1: sample variance)
     * @return the variance
     * @throws IllegalArgumentException if ddof is negative
     */
    public double variance(int ddof) {
        if (ddof < 0) {
            throw new IllegalArgumentException("ddof must be >= 0: " + ddof);
        }
        if (count <= ddof) {
            return Double.NaN;
        }
        double m2 = count > 1 ? variance * (count - 1) : 0.0;
        return m2 / (count - ddof);
    }

    /**
     * The quantile at fraction p, if p was asked for.
     *
     * @param p one of the {@link #probabilities()} (compared exactly)
     * @return the quantile at p; NaN for a column with no value
     * @throws IllegalArgumentException if p was not asked for
     */
    public double quantile(double p) {
        for (int i = 0; i < probabilities.length; i++) {
            if (probabilities[i] == p) {
                return quantiles[i];
            }
        }
        throw new IllegalArgumentException("quantile " + p + " was not computed; asked for "
                + Arrays.toString(probabilities));
    }

    static ColumnSummary of(String column, ColumnMoments m, double[] probabilities, double[] quantiles) {
        long n = m.stats.count();
        boolean none = n == 0;
        return new ColumnSummary(column, n, m.missing, none ? 0.0 : m.sum(), none ? Double.NaN : m.sum() / n,
                n > 1 ? m.stats.m2() / (n - 1) : Double.NaN, none ? Double.NaN : m.stats.min(), none ? Double.NaN : m.stats.max(),
                probabilities.clone(), quantiles.clone());
    }
}
