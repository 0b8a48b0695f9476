package org.kernels4j.backend;

/**
 * What a selection found ({@link Backend#selectRanks}): the number of NaNs in x, the ranks that
 * were asked for once that was known (ascending; empty when none), and the elements of those
 * ranks widened to double (null when no rank was asked for).
 */
public record Selection(long nan, long[] ranks, double[] values) {
}
