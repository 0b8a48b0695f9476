package org.kernels4j;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Delivers futures as they complete, the waiter that Python's {@code as_completed} and
 * {@code wait} install. A future that is also a {@link CompletionStage} (every future of a
 * {@link ComputePool}) reports itself through a completion callback. Any other {@link Future} has
 * no way to notify anyone, so it is polled every {@link #POLL_INTERVAL_NANOS} while a caller
 * waits.
 */
final class CompletionQueue<F extends Future<?>> {
    static final long POLL_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final LinkedBlockingQueue<F> completed = new LinkedBlockingQueue<>();
    private final List<F> polled = new ArrayList<>();

    /** Starts watching {@code futures} (distinct, none known to be done yet). */
    CompletionQueue(Collection<F> futures) {
        for (F f : futures) {
            if (f instanceof CompletionStage<?> stage) {
                stage.whenComplete((value, failure) -> completed.add(f));
            } else {
                polled.add(f);
            }
        }
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
}
