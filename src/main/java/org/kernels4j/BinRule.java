package org.kernels4j;

/**
 * A rule that chooses the number of equal-width histogram bins from the data: NumPy's
 * {@code numpy.histogram(x, bins="<name>")} estimators of the same (lower-case) names.
 *
 * <p>Each rule gives a bin width h from the n values (after any range is applied: values outside
 * it are left out, as NumPy does); the number of bins is then ceil((last - first) / h) over the
 * histogram's range [first, last], or 1 when h is 0 (for example FD on data whose interquartile
 * range is 0). For integer arrays a width below 1 is raised to 1. An empty input has one bin.
 * ptp is max - min of the values, std their standard deviation (ddof 0), IQR the 75th minus
 * the 25th percentile (method linear).
 *
 * <p>The widths repeat NumPy's formulas operation for operation in float64; NumPy computes
 * some steps of float32 input in float32, and its mean and std use another summation order, so
 * the bin count can differ from NumPy's by one where (last - first) / h falls within a few
 * rounding errors of a whole number.
 */
public enum BinRule {
    /**
     * NumPy's "auto": the {@link #FD} width, raised to at least half the {@link #SQRT} width
     * (so few distinct values cannot ask for a huge number of bins), then the smaller of that
     * and the {@link #STURGES} width.
     */
    AUTO,
    /** Freedman-Diaconis: h = 2 IQR n^(-1/3); robust to outliers. */
    FD,
    /** Sturges: h = ptp / (log2 n + 1); assumes roughly normal data, few bins for large n. */
    STURGES,
    /** Square root: h = ptp / sqrt(n). */
    SQRT,
    /** Scott: h = (24 sqrt(pi) / n)^(1/3) std; assumes roughly normal data. */
    SCOTT,
    /** Rice: h = ptp / (2 n^(1/3)). */
    RICE,
    /**
     * Doane: Sturges corrected for skewness, h = ptp / (1 + log2 n + log2(1 + |g1| / s)), where
     * g1 is the skewness and s = sqrt(6 (n - 2) / ((n + 1)(n + 3))); h = 0 (one bin) when
     * n &lt;= 2 or the std is 0.
     */
    DOANE
}
