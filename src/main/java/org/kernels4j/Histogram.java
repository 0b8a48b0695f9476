package org.kernels4j;

/**
 * The result of {@link Kernels#histogram}: {@code counts[i]} values fell in
 * [{@code edges[i]}, {@code edges[i+1]}), the last bin closed, as numpy.histogram returns.
 */
public record Histogram(long[] counts, double[] edges) {
}
