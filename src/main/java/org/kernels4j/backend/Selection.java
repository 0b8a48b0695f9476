package org.kernels4j.backend;

/**
 * What a selection found ({@link Backend#selectRanks}): the number of NaNs in x, the ranks that
 * were asked for once that was known (ascending; empty when none), and the elements of those
 * ranks widened to double (null when no rank was asked for).
 *
 * @param bits the same elements exactly: their bits (F64, F32 zero-extended) or values (I64,
 *     I32), or null when only {@code values} is known
 */
public record Selection(long nan, long[] ranks, double[] values, long[] bits) {
    /** A selection without the exact bits. */
    public Selection(long nan, long[] ranks, double[] values) {
        this(nan, ranks, values, null);
    }
}
