package org.kernels4j;

import java.util.Arrays;

/**
 * Sorted distinct integers and their counts ({@code numpy.unique(x, return_counts=True)}).
 *
 * <p>A value type: two results are {@linkplain #equals equal} when their arrays hold the same
 * values. The record holds the arrays it was given, not copies.
 *
 * @param values the distinct values, ascending
 * @param counts how often each value occurs
 */
public record UniqueLongs(long[] values, long[] counts) {

    /**
     * Value equality of values and counts.
     *
     * @param o the object to compare with
     * @return whether o is a UniqueLongs with equal values and counts
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof UniqueLongs u && Arrays.equals(values, u.values) && Arrays.equals(counts, u.counts);
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
     * The values, e.g. {@code UniqueLongs[values=[-3, 7], counts=[1, 4]]}; arrays of more than
     * 1000 elements show their first and last three around {@code ...}, as NumPy prints them.
     *
     * @return the values and counts as text
     */
    @Override
    public String toString() {
        return "UniqueLongs[values=" + ValueText.of(values) + ", counts=" + ValueText.of(counts) + "]";
    }
}
