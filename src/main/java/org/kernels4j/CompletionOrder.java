package org.kernels4j;

import java.util.ArrayDeque;
import java.util.Iterator;
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
 * <p>Not thread-safe: use it from one thread, as any iterator.
 *
 * @param <F> the type of the futures
 */
public final class CompletionOrder<F extends Future<?>> implements Iterator<F>, Iterable<F> {
    private final ArrayDeque<F> alreadyDone;
    private final CompletionQueue<F> completions;
    private final Deadline deadline;
    private final int total;
    private int remaining;
    private boolean finished;
    private boolean iteratorCalled;

    CompletionOrder(ArrayDeque<F> alreadyDone, CompletionQueue<F> completions, int notDone, Deadline deadline) {
        this.alreadyDone = alreadyDone;
        this.completions = completions;
        this.deadline = deadline;
        this.total = alreadyDone.size() + notDone;
        this.remaining = total;
    }

    /** Returns whether some future has not been returned yet. It never blocks. */
    @Override
    public boolean hasNext() {
        return !finished && remaining > 0;
    }

    /**
     * Returns the next completed future, waiting until one completes if none is ready yet.
     *
     * @return a future that is done
     * @throws NoSuchElementException if every future has been returned
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
                finished = true;
                Thread.currentThread().interrupt();
                CancellationException ce = new CancellationException("asCompleted: interrupted while waiting");
                ce.initCause(e);
                throw ce;
            }
            if (f == null) {
                finished = true;
                throw new UncheckedTimeoutException(remaining + " (of " + total + ") futures unfinished after "
                        + deadline.timeout(), new TimeoutException());
            }
        }
        remaining--;
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
     * throw what {@link #next()} throws.
     *
     * @return the stream
     */
    public Stream<F> stream() {
        // Not SIZED: a sized stream could answer count() without waiting, hiding a timeout.
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(this, Spliterator.NONNULL | Spliterator.DISTINCT), false);
    }
}
