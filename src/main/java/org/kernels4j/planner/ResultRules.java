package org.kernels4j.planner;

/**
 * How the raw values of the backend become the values the public API returns (NumPy's
 * conventions). {@link Kernels} and the async kernels both finish their results here, which
 * is what makes an async reduction equal to the synchronous one bit for bit.
 */
public final class ResultRules {
    private ResultRules() {
    }

    // "+ 0.0" turns a -0.0 result (all terms -0.0, or none left after skipping NaN) into
    // +0.0, as NumPy reports it; it changes no other value.

    /** sum, nansum and dot from their k4j-tree sums. */
    public static double sum(double treeSum) {
        return treeSum + 0.0;
    }

    /** mean of n elements from their tree sum; NaN when n == 0. */
    public static double mean(double treeSum, long n) {
        return n == 0 ? Double.NaN : (treeSum + 0.0) / n;
    }

    /** nanmean from the tree sum ignoring NaN and the count of non-NaN elements. */
    public static double nanmean(double nanTreeSum, long count) {
        return count == 0 ? Double.NaN : (nanTreeSum + 0.0) / count;
    }

    /** The mean that the second pass of the two-pass variance subtracts (n >= 1). */
    public static double varianceMean(double treeSum, long n) {
        return treeSum / n;
    }

    /** Two-pass variance from the tree sum of squared deviations. */
    public static double variance(double sqdevTreeSum, long n, int ddof) {
        return sqdevTreeSum / (n - ddof);
    }

    /** The total that cumsum returns, from its final accumulator (started at -0.0). */
    public static double cumsumTotal(double accumulator, long n) {
        return n == 0 ? 0.0 : accumulator;
    }
}
