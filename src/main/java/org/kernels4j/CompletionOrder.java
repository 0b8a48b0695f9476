package org.kernels4j;

import java.lang.ref.PhantomReference;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Futures in the order they complete, as returned by {@link Futures#asCompleted}; the generator of
 * Python's {@code as_completed}. Futures already done at the call come first, in the order of the
 * input collection; then each of the others as soon as it completes (normally, exceptionally, or
 * cancelled). Each distinct future is returned exactly once.
 *
 * <p>It is {@link Iterable} only so that it works in a for-each loop: {@link #iterator()} returns
 * this same object and can be called only once.
 *
 * <p>Once {@code next()} throws anything except {@link NoSuchElementException}, the iteration is
 * over and {@code hasNext()} returns false. The futures themselves are never cancelled or changed.
 *
 * <p>While futures are left to return, it keeps one completion callback on each future still
 * pending, as Python's {@code as_completed} keeps a waiter. It removes them all as soon as the
 * iteration ends: every future returned, a timeout, an interrupt, or {@link #close()}. Close it
 * (try-with-resources) when you stop reading early. One dropped without closing removes its
 * callbacks after it has been garbage collected, at the next call to {@link Futures#asCompleted}
 * or {@link Futures#await}.
 *
 * <p>Not thread-safe: use it from one thread, as any iterator.
 *
 * @param <F> the type of the futures
 */
public final class CompletionOrder<F extends Future<?>> implements Iterator<F>, Iterable<F>, AutoCloseable {
    /** Iterators dropped unclosed, to detach once collected (see {@link #detachAbandoned()}). */
    private static final ReferenceQueue<CompletionOrder<?>> ABANDONED = new ReferenceQueue<>();
    /** Keeps the phantom references of open iterators reachable. */
    private static final Set<Abandonment> OPEN = ConcurrentHashMap.newKeySet();

    /** Detaches the waiters of an iterator that was collected before it finished or was closed. */
    private static final class Abandonment extends PhantomReference<CompletionOrder<?>> {
        final CompletableFuture<Void> detach;

        Abandonment(CompletionOrder<?> owner, CompletableFuture<Void> detach) {
            super(owner, ABANDONED);
            this.detach = detach;
        }
    }

    /** Detaches the waiters of every iterator collected since the last call. Cheap when none. */
    static void detachAbandoned() {
        for (Reference<?> r; (r = ABANDONED.poll()) != null; ) {
            Abandonment a = (Abandonment) r;
            OPEN.remove(a);
            a.detach.complete(null);
        }
    }

    private final ArrayDeque<F> alreadyDone;
    private final CompletionQueue<F> completions;
    private final Deadline deadline;
    private final int total;
    private int remaining;
    private boolean finished;
    private boolean iteratorCalled;
    /** Null when nothing was pending at the start (no waiter to remove). */
    private Abandonment abandonment;

    CompletionOrder(ArrayDeque<F> alreadyDone, CompletionQueue<F> completions, int notDone, Deadline deadline) {
        this.alreadyDone = alreadyDone;
        this.completions = completions;
        this.deadline = deadline;
        this.total = alreadyDone.size() + notDone;
        this.remaining = total;
        if (notDone > 0) {
            abandonment = new Abandonment(this, completions.detachHandle());
            OPEN.add(abandonment);
        } else {
            completions.close();
        }
    }

    /** Ends the iteration and removes the callbacks this iterator left on pending futures. */
    private void finish() {
        finished = true;
        completions.close();
        Abandonment a = abandonment;
        if (a != null) {
            abandonment = null;
            OPEN.remove(a);
            a.clear();
        }
    }

    /**
     * Stops the iteration: {@code hasNext()} returns false from now on, and the completion
     * callbacks this iterator put on futures still pending are removed. The futures themselves
     * are not cancelled or changed. Calling it again has no effect.
     */
    @Override
    public void close() {
        finish();
    }

    /** Returns whether some future has not been returned yet. It never blocks. */
    @Override
    public boolean hasNext() {
        return !finished && remaining > 0;
    }

    /**
     * Returns the next completed future, waiting until one completes if none is ready yet.
     * A future that is already done is returned even after the deadline has passed; the
     * timeout is raised only when this call would have to wait.
     *
     * @return a future that is done
     * @throws NoSuchElementException if every future has been returned, or the iterator was
     *     closed or ended by a timeout or interrupt
     * @throws UncheckedTimeoutException if the timeout, measured from the call to
     *     {@link Futures#asCompleted}, passes first; its message says how many futures were
     *     unfinished, as Python's {@code TimeoutError} does
     * @throws CancellationException if the current thread was interrupted while waiting; the
     *     interrupt status is set again and the cause is the {@link InterruptedException}
     */
    @Override
    public F next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        F f = alreadyDone.pollFirst();
        if (f == null) {
            try {
                f = completions.take(deadline);
            } catch (InterruptedException e) {
                finish();
                Thread.currentThread().interrupt();
                CancellationException ce = new CancellationException("asCompleted: interrupted while waiting");
                ce.initCause(e);
                throw ce;
            }
            if (f == null) {
                finish();
                throw new UncheckedTimeoutException(remaining + " (of " + total + ") futures unfinished after "
                        + deadline.timeout(), new TimeoutException());
            }
        }
        if (--remaining == 0) {
            finish();
        }
        return f;
    }

    /**
     * Returns this iterator, for use in a for-each loop.
     *
     * @throws IllegalStateException if called more than once
     */
    @Override
    public Iterator<F> iterator() {
        if (iteratorCalled) {
            throw new IllegalStateException("a CompletionOrder can be iterated only once");
        }
        iteratorCalled = true;
        return this;
    }

    /**
     * The remaining futures as a sequential stream in completion order. Reading an element can
     * throw what {@link #next()} throws. Closing the stream closes this iterator.
     *
     * @return the stream
     */
    public Stream<F> stream() {
        // Not SIZED: a sized stream could answer count() without waiting, hiding a timeout.
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(this, Spliterator.NONNULL | Spliterator.DISTINCT), false)
                .onClose(this::close);
    }
}
