package org.kernels4j;

import java.util.Arrays;

/**
 * The result of a weighted or density histogram ({@code numpy.histogram(x, bins, range,
 * weights=w, density=d)}), see {@link Kernels#histogram(NumericArray, int, double, double,
 * NumericArray, boolean)}: {@code counts[i]} is the sum of the weights of the values in
 * [{@code edges[i]}, {@code edges[i+1]}) (the last bin closed), or, with density, that sum
 * divided by the bin's width and by the total, as NumPy returns them. Without weights the counts
 * are the integer counts of {@link Histogram} as doubles (with density, their density). The edges
 * are those of {@link Histogram}: for float32 input NumPy's float32 edges widened (exactly) to
 * double. The arrays belong to the caller (each call returns fresh ones); memory: {@code bins}
 * and {@code bins + 1} doubles.
 *
 * <p>A value type: two histograms are {@linkplain #equals equal} when their arrays hold the same
 * values, compared as {@link Arrays#equals(double[], double[])} does (by bit pattern, so a NaN
 * equals a NaN and -0.0 differs from +0.0, as {@link Double#equals}). The record holds the arrays
 * it was given, not copies: changing them afterwards changes its equality and hash code.
 *
 * @param counts the weighted count (or the density) of each bin
 * @param edges the {@code counts.length + 1} bin edges, ascending
 */
public record DoubleHistogram(double[] counts, double[] edges) {

    /**
     * Value equality of the counts and edges (by bit pattern, see the class comment).
     *
     * @param o the object to compare with
     * @return whether o is a DoubleHistogram with equal counts and edges
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof DoubleHistogram h && Arrays.equals(counts, h.counts) && Arrays.equals(edges, h.edges);
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
     * The values, e.g. {@code DoubleHistogram[counts=[0.5, 0.0, 2.25], edges=[0.0, 1.0, 2.0, 3.0]]};
     * arrays of more than 1000 elements show their first and last three around {@code ...}, as
     * NumPy prints them.
     *
     * @return the counts and edges as text
     */
    @Override
    public String toString() {
        return "DoubleHistogram[counts=" + ValueText.of(counts) + ", edges=" + ValueText.of(edges) + "]";
    }
}
