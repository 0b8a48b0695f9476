package org.kernels4j;

/**
 * How a quantile between two order statistics is computed: NumPy's methods of the same
 * names ({@code numpy.quantile(..., method=...)}), with i = (n - 1) q the virtual index
 * into the sorted values v.
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
    MIDPOINT
}
