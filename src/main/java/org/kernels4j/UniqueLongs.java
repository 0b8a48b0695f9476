package org.kernels4j;

/**
 * Sorted distinct integers and their counts ({@code numpy.unique(x, return_counts=True)}).
 *
 * @param values the distinct values, ascending
 * @param counts how often each of {@code values} occurs
 */
public record UniqueLongs(long[] values, long[] counts) {
}
