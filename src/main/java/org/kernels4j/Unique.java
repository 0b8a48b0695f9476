package org.kernels4j;

/**
 * Sorted distinct values and how often each occurs ({@code numpy.unique(x, return_counts=True)}).
 * For floats, -0.0 and +0.0 are one value (reported as -0.0 when x holds a -0.0) and all NaNs
 * are one value, last (NumPy's equal_nan=True).
 *
 * @param values the distinct values, ascending
 * @param counts how often each of {@code values} occurs
 */
public record Unique(double[] values, long[] counts) {
}
