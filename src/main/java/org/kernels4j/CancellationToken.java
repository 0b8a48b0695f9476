package org.kernels4j;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;

/**
 * A cheap flag that long-running work polls to stop early once its result is no longer wanted.
 * This is how a {@link ComputePool} cancels work that is already running, which Python's
 * {@code concurrent.futures} cannot do.
 *
 * <p>Cancelling a pool future ({@link Future#cancel}) completes it as cancelled at once. A task
 * that has not started never starts. A task that is running carries on until it next polls
 * {@link #current()}'s {@link #isCancellationRequested()}, and can then stop, for example by
 * calling {@link #throwIfCancellationRequested()}. A long kernel split into chunks polls between
 * chunks (see {@link ChunkedTask#forEachChunk}), so it stops after at most one more chunk, and its
 * worker moves on to the next task. Nothing is interrupted: an interrupt could arrive during a
 * native downcall, where it has no effect, or after the task has finished, where it would hit the
 * next task on that worker.
 *
 * <p>A task's token reports cancellation once its future is done by any route other than the task
 * returning. That covers {@code cancel}, {@link ComputePool#shutdownNow()}, closing a
 * {@link MapIterator}, and also {@code complete}, {@code completeExceptionally} and
 * {@code orTimeout}. In every case the task's own result would be discarded, so there is no point
 * in computing it. Polling costs one volatile read.
 */
@FunctionalInterface
public interface CancellationToken {

    /**
     * Returns whether the work should stop. Once true it stays true. It never blocks.
     *
     * @return true once the result of the work is no longer wanted
     */
    boolean isCancellationRequested();

    /**
     * Throws {@link CancellationException} if {@link #isCancellationRequested()}; a running pool
     * task that lets it propagate ends at once (its future is already done, so the exception is
     * discarded).
     *
     * @throws CancellationException if cancellation has been requested
     */
    default void throwIfCancellationRequested() {
        if (isCancellationRequested()) {
            throw new CancellationException("cancellation requested");
        }
    }

    /**
     * The token of the {@link ComputePool} task running on the current thread, or
     * {@link #never()} when the current thread is not running a pool task (so code that polls it
     * works unchanged off the pool).
     *
     * @return the current task's token, never null
     */
    static CancellationToken current() {
        return PoolTask.currentToken();
    }

    /**
     * A token that never requests cancellation.
     *
     * @return the token
     */
    static CancellationToken never() {
        return NeverCancelled.INSTANCE;
    }

    /**
     * A token that requests cancellation once {@code future} is done. This lets the pieces of a
     * split job also stop when the caller cancels the future of the whole job.
     *
     * @param future the future whose completion means stop
     * @return the token
     */
    static CancellationToken of(Future<?> future) {
        Objects.requireNonNull(future, "future");
        return future::isDone;
    }

    /**
     * A token that requests cancellation when this one or {@code other} does.
     *
     * @param other the other token
     * @return the combined token
     */
    default CancellationToken or(CancellationToken other) {
        Objects.requireNonNull(other, "other");
        return () -> isCancellationRequested() || other.isCancellationRequested();
    }
}
