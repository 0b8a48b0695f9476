package org.kernels4j;

/** Sorted distinct integers and their counts ({@code numpy.unique(x, return_counts=True)}). */
public record UniqueLongs(long[] values, long[] counts) {
}
