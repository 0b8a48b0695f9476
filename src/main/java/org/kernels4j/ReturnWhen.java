package org.kernels4j;

/**
 * When {@link Futures#await} returns, as the {@code return_when} argument of Python's
 * {@code concurrent.futures.wait}. A timeout always returns earlier with what is done so far.
 */
public enum ReturnWhen {
    /** As soon as any future is done (completed normally, exceptionally, or cancelled). */
    FIRST_COMPLETED,
    /**
     * As soon as any future completes exceptionally, not counting cancellation; when none does,
     * the same as {@link #ALL_COMPLETED}.
     */
    FIRST_EXCEPTION,
    /** When every future is done. */
    ALL_COMPLETED
}
