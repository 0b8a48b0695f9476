package org.kernels4j;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Delivers futures as they complete: the waiter that Python's {@code as_completed} and
 * {@code wait} install on each future, and remove again when they return.
 *
 * <p>A {@link CompletableFuture} (every future of a {@link ComputePool}) reports itself through
 * a dependent completion. A {@code CompletableFuture} has no method to remove a dependent, so
 * the dependent is an "either" completion over the watched future and a private
 * {@code detach} future of this queue: {@link #close()} completes {@code detach}, which fires
 * every such completion still pending. A fired "either" completion is dead, and firing it makes
 * the watched future unlink dead completions from its stack. So once this queue is closed it
 * leaves nothing behind on the futures still pending ({@code getNumberOfDependents()} is back
 * where it was), however often a caller waits and times out on the same future.
 *
 * <p>Any other {@link Future} has no way to notify anyone, so it is polled every
 * {@link #POLL_INTERVAL_NANOS} while a caller waits; nothing is registered on it.
 */
final class CompletionQueue<F extends Future<?>> implements AutoCloseable {
    static final long POLL_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final LinkedBlockingQueue<F> completed = new LinkedBlockingQueue<>();
    private final List<F> polled = new ArrayList<>();
    /** Completed by {@link #close()}: releases every waiter still attached to a pending future. */
    private final CompletableFuture<Void> detach = new CompletableFuture<>();

    /** Starts watching {@code futures} (distinct, none known to be done yet). */
    CompletionQueue(Collection<F> futures) {
        try {
            for (F f : futures) {
                if (f instanceof CompletableFuture<?> cf) {
                    watch(cf, f, detach, completed);
                } else {
                    polled.add(f);
                }
            }
        } catch (Throwable t) {
            close();
            throw t;
        }
    }

    /**
     * Attaches the waiter. Static, so that the completions on {@code cf} hold the sink and the
     * future but never this queue or its owner (an abandoned iterator can then be collected).
     */
    private static <F extends Future<?>> void watch(CompletableFuture<?> cf, F f, CompletableFuture<Void> detach,
            LinkedBlockingQueue<F> sink) {
        // runAfterEither skips its action when the source failed, but its own future always
        // completes (normally or not) once either side fires, so the report hangs on that.
        cf.runAfterEither(detach, CompletionQueue::nothing).whenComplete((v, e) -> {
            if (cf.isDone()) {
                sink.add(f);
            }
        });
    }

    private static void nothing() {
    }

    /** The handle that {@link #close()} completes, for owners that detach after being collected. */
    CompletableFuture<Void> detachHandle() {
        return detach;
    }

    /**
     * Returns a future that has completed since the last call (each future once), waiting until
     * one does or the deadline passes.
     *
     * @return the future, or null if the deadline passed first
     * @throws InterruptedException if interrupted while waiting
     */
    F take(Deadline deadline) throws InterruptedException {
        while (true) {
            F f = completed.poll();
            if (f == null) {
                f = removeDonePolled();
            }
            if (f != null) {
                return f;
            }
            long remaining = deadline.remainingNanos();
            if (remaining <= 0) {
                return null;
            }
            long wait = polled.isEmpty() ? remaining : Math.min(remaining, POLL_INTERVAL_NANOS);
            f = completed.poll(wait, TimeUnit.NANOSECONDS);
            if (f != null) {
                return f;
            }
        }
    }

    private F removeDonePolled() {
        for (Iterator<F> it = polled.iterator(); it.hasNext(); ) {
            F f = it.next();
            if (f.isDone()) {
                it.remove();
                return f;
            }
        }
        return null;
    }

    /** Removes this queue's waiter from every future still pending. Idempotent; never throws. */
    @Override
    public void close() {
        detach.complete(null);
        polled.clear();
    }
}
