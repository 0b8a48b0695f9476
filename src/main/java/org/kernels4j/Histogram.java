package org.kernels4j;

import java.util.Arrays;

/**
 * The result of {@link Kernels#histogram(NumericArray, int, double, double)} and its relatives:
 * {@code counts[i]} values fell in [{@code edges[i]}, {@code edges[i+1]}), the last bin closed,
 * as numpy.histogram returns them. For float32 input NumPy's edges are float32; here they are
 * those float32 values widened (exactly) to double. The arrays belong to the caller (each call
 * returns fresh ones); memory: {@code bins} longs and {@code bins + 1} doubles.
 *
 * <p>A value type: two histograms are {@linkplain #equals equal} when their arrays hold the same
 * values, compared as {@link Arrays#equals(double[], double[])} does (by bit pattern, so a NaN
 * equals a NaN and -0.0 differs from +0.0, as {@link Double#equals}). The record holds the arrays
 * it was given, not copies: changing them afterwards changes its equality and hash code.
 *
 * @param counts the number of values in each bin
 * @param edges the {@code counts.length + 1} bin edges, ascending
 */
public record Histogram(long[] counts, double[] edges) {

    /**
     * Value equality of the counts and edges (doubles by bit pattern, see the class comment).
     *
     * @param o the object to compare with
     * @return whether o is a Histogram with equal counts and edges
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Histogram h && Arrays.equals(counts, h.counts) && Arrays.equals(edges, h.edges);
    }

    /**
     * A hash code consistent with {@link #equals}.
     *
     * @return a hash of the counts and edges
     */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(counts) + Arrays.hashCode(edges);
    }

    /**
     * The values, e.g. {@code Histogram[counts=[2, 0, 1], edges=[0.0, 1.0, 2.0, 3.0]]}; arrays
     * of more than 1000 elements show their first and last three around {@code ...}, as NumPy
     * prints them.
     *
     * @return the counts and edges as text
     */
    @Override
    public String toString() {
        return "Histogram[counts=" + ValueText.of(counts) + ", edges=" + ValueText.of(edges) + "]";
    }
}
