package org.kernels4j;

/**
 * The result of {@link Kernels#histogram(NumericArray, int, double, double)} and its relatives:
 * {@code counts[i]} values fell in [{@code edges[i]}, {@code edges[i+1]}), the last bin closed,
 * as numpy.histogram returns them. For float32 input NumPy's edges are float32; here they are
 * those float32 values widened (exactly) to double. The arrays belong to the caller (each call
 * returns fresh ones); memory: {@code bins} longs and {@code bins + 1} doubles.
 *
 * @param counts the number of values in each bin
 * @param edges the {@code counts.length + 1} bin edges, ascending
 */
public record Histogram(long[] counts, double[] edges) {
}
