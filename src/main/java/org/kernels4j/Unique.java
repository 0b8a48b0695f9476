package org.kernels4j;

import java.util.Arrays;

/**
 * Sorted distinct values and how often each occurs ({@code numpy.unique(x, return_counts=True)}).
 * For floats, -0.0 and +0.0 are one value (reported as -0.0 when x holds a -0.0) and all NaNs
 * are one value, last (NumPy's equal_nan=True).
 *
 * <p>A value type: two results are {@linkplain #equals equal} when their arrays hold the same
 * values, doubles compared by bit pattern as {@link Arrays#equals(double[], double[])} does (a
 * NaN equals a NaN, -0.0 differs from +0.0). The record holds the arrays it was given, not
 * copies.
 *
 * @param values the distinct values, ascending, NaN last
 * @param counts how often each value occurs
 */
public record Unique(double[] values, long[] counts) {

    /**
     * Value equality of values and counts (doubles by bit pattern).
     *
     * @param o the object to compare with
     * @return whether o is a Unique with equal values and counts
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Unique u && Arrays.equals(values, u.values) && Arrays.equals(counts, u.counts);
    }

    /**
     * A hash code consistent with {@link #equals}.
     *
     * @return a hash of the values and counts
     */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(counts);
    }

    /**
     * The values, e.g. {@code Unique[values=[-0.0, 2.5, NaN], counts=[2, 1, 3]]}; arrays of more
     * than 1000 elements show their first and last three around {@code ...}, as NumPy prints them.
     *
     * @return the values and counts as text
     */
    @Override
    public String toString() {
        return "Unique[values=" + ValueText.of(values) + ", counts=" + ValueText.of(counts) + "]";
    }
}
