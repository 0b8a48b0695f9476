package org.kernels4j;

/**
 * How a quantile between two order statistics is computed: NumPy's thirteen methods of the
 * same names ({@code numpy.quantile(..., method=...)}), with the same bits. v are the n sorted
 * values (NaN excluded by the nan-forms) and i = (n - 1) q is the virtual index of
 * {@link #LINEAR}; the Hyndman and Fan methods use their own virtual index, given with each.
 * A virtual index below 0 takes v[0] and one at or above n - 1 takes v[n - 1]; in between, the
 * continuous methods interpolate between v[floor] and v[floor + 1] with NumPy's formula.
 */
public enum QuantileMethod {
    /** NumPy's default (Hyndman and Fan type 7): v[floor i] interpolated linearly towards v[floor i + 1]. */
    LINEAR,
    /** v[floor i]. */
    LOWER,
    /** v[ceil i]. */
    HIGHER,
    /** v[round i], halves rounded to even (numpy.around). */
    NEAREST,
    /** The mean of v[floor i] and v[ceil i] (computed by NumPy's interpolation formula). */
    MIDPOINT,
    /**
     * Hyndman and Fan type 1, the inverse of the empirical distribution function: with
     * j = nq - 1, v[j] when j is a whole number, else v[floor j + 1] (index clipped to 0).
     * A discontinuous method: the result is always one of the values.
     */
    INVERTED_CDF,
    /**
     * Hyndman and Fan type 2: as {@link #INVERTED_CDF}, but the mean of v[j] and v[j + 1]
     * when j = nq - 1 is a whole number.
     */
    AVERAGED_INVERTED_CDF,
    /**
     * Hyndman and Fan type 3: the observation nearest to j = nq - 1.5, taking the even
     * (1-based) order statistic on a tie, index clipped to 0. Always one of the values.
     */
    CLOSEST_OBSERVATION,
    /**
     * Hyndman and Fan type 4: linear interpolation of the empirical distribution function,
     * virtual index nq - 1 (alpha 0, beta 1).
     */
    INTERPOLATED_INVERTED_CDF,
    /** Hyndman and Fan type 5: virtual index nq - 0.5 (alpha = beta = 1/2), piecewise linear. */
    HAZEN,
    /** Hyndman and Fan type 6: virtual index (n + 1)q - 1 (alpha = beta = 0). */
    WEIBULL,
    /**
     * Hyndman and Fan type 8, approximately median-unbiased whatever the distribution:
     * virtual index nq + (1 + q)/3 - 1 (alpha = beta = 1/3).
     */
    MEDIAN_UNBIASED,
    /**
     * Hyndman and Fan type 9, approximately unbiased for normally distributed data: virtual
     * index nq + (3 + 2q)/8 - 1 (alpha = beta = 3/8).
     */
    NORMAL_UNBIASED
}
