package org.kernels4j;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Future;

/**
 * Waiting on many futures at once: Python's {@code concurrent.futures.as_completed} and
 * {@code wait}. Both accept any {@link Future}. A {@link java.util.concurrent.CompletableFuture}
 * (every future of a {@link ComputePool}, and of its kernels) is watched through a completion
 * callback, which is removed again when the wait ends, however it ends (done, timeout,
 * interrupt, or the {@link CompletionOrder} closed): as CPython removes its waiters, so waiting
 * and timing out on a future that stays pending any number of times leaves no dependents on it
 * ({@link java.util.concurrent.CompletableFuture#getNumberOfDependents()}). Other futures cannot
 * notify anyone and are polled about every millisecond while waiting.
 *
 * <p>Both remove duplicates first, as Python does with a set. Two futures are the same if they
 * are {@code equals}, which for futures means the same object.
 */
public final class Futures {
    private Futures() {
    }

    /**
     * {@link #asCompleted(Collection, Duration)} with no timeout.
     *
     * @param futures the futures; duplicates are returned once
     * @param <F> the type of the futures
     * @return the futures in completion order
     */
    public static <F extends Future<?>> CompletionOrder<F> asCompleted(Collection<? extends F> futures) {
        return asCompleted(futures, null);
    }

    /**
     * Returns the distinct {@code futures} in the order they complete, as Python's
     * {@code as_completed(fs, timeout)}. Futures already done come first; each future is returned
     * once. This call does not block. Blocking, timeout and interrupt happen in
     * {@link CompletionOrder#next()}.
     *
     * @param futures the futures; duplicates are returned once
     * @param timeout how long after this call every future must be done: once it passes,
     *     {@code next()} throws {@link UncheckedTimeoutException} instead of waiting. Null means
     *     no limit. Zero or negative means only the futures already done are returned without
     *     error.
     * @param <F> the type of the futures
     * @return the futures in completion order
     */
    public static <F extends Future<?>> CompletionOrder<F> asCompleted(Collection<? extends F> futures,
            Duration timeout) {
        Deadline deadline = Deadline.after(timeout);
        CompletionOrder.detachAbandoned();
        ArrayDeque<F> done = new ArrayDeque<>();
        List<F> notDone = new ArrayList<>();
        for (F f : distinct(futures)) {
            if (f.isDone()) {
                done.add(f);
            } else {
                notDone.add(f);
            }
        }
        return new CompletionOrder<>(done, new CompletionQueue<>(notDone), notDone.size(), deadline);
    }

    /**
     * {@link #await(Collection, Duration, ReturnWhen)} with no timeout and
     * {@link ReturnWhen#ALL_COMPLETED}.
     *
     * @param futures the futures; duplicates count once
     * @param <F> the type of the futures
     * @return every distinct future, all in {@code done}
     * @throws InterruptedException if interrupted while waiting
     */
    public static <F extends Future<?>> DoneAndNotDone<F> await(Collection<? extends F> futures)
            throws InterruptedException {
        return await(futures, null, ReturnWhen.ALL_COMPLETED);
    }

    /**
     * Waits for the distinct {@code futures} until {@code returnWhen} is satisfied or the timeout
     * passes, and returns which are done and which are not, as Python's
     * {@code wait(fs, timeout, return_when)}. It returns at once if the condition already holds,
     * and also for an empty collection.
     *
     * <p>{@link ReturnWhen#FIRST_EXCEPTION} counts only futures that completed exceptionally
     * ({@link Future.State#FAILED}), not cancelled ones. When none fails, it waits for all.
     *
     * <p>A timeout is not an error: the method returns the futures done by then, with the rest
     * in {@code notDone}. It never cancels or changes a future. {@code done} also holds the
     * futures that happen to complete while the result is being built.
     *
     * @param futures the futures; duplicates count once
     * @param timeout the most time to wait, or null for no limit; zero or negative means do not
     *     wait
     * @param returnWhen when to return
     * @param <F> the type of the futures
     * @return the done and not-done futures, each set in the order of {@code futures}
     * @throws InterruptedException if the current thread is interrupted while waiting; the
     *     futures are unaffected
     */
    public static <F extends Future<?>> DoneAndNotDone<F> await(Collection<? extends F> futures, Duration timeout,
            ReturnWhen returnWhen) throws InterruptedException {
        Objects.requireNonNull(returnWhen, "returnWhen");
        Deadline deadline = Deadline.after(timeout);
        Set<F> all = distinct(futures);
        List<F> notDone = new ArrayList<>();
        boolean anyFailed = false;
        for (F f : all) {
            if (!f.isDone()) {
                notDone.add(f);
            } else if (f.state() == Future.State.FAILED) {
                anyFailed = true;
            }
        }
        boolean satisfied = notDone.isEmpty()
                || (returnWhen == ReturnWhen.FIRST_COMPLETED && notDone.size() < all.size())
                || (returnWhen == ReturnWhen.FIRST_EXCEPTION && anyFailed);
        CompletionOrder.detachAbandoned();
        if (!satisfied && deadline.remainingNanos() > 0) {
            try (CompletionQueue<F> completions = new CompletionQueue<>(notDone)) {
                int left = notDone.size();
                while (left > 0) {
                    F f = completions.take(deadline);
                    if (f == null
                            || returnWhen == ReturnWhen.FIRST_COMPLETED
                            || (returnWhen == ReturnWhen.FIRST_EXCEPTION && f.state() == Future.State.FAILED)) {
                        break;
                    }
                    left--;
                }
            }
        }
        return DoneAndNotDone.snapshot(all);
    }

    private static <F extends Future<?>> Set<F> distinct(Collection<? extends F> futures) {
        Objects.requireNonNull(futures, "futures");
        Set<F> set = new LinkedHashSet<>(futures);
        if (set.contains(null)) {
            throw new NullPointerException("futures contains null");
        }
        return set;
    }
}
