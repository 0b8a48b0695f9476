package org.kernels4j;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The results of {@link ComputePool#map(java.util.function.Function, Iterable, MapOptions)}, in
 * input order; the generator that Python's {@code Executor.map} returns. Close it when you stop
 * reading early, so that the tasks nobody will read are cancelled:
 *
 * <pre>{@code
 * try (MapIterator<Double> results = pool.map(this::score, inputs, MapOptions.defaults())) {
 *     for (double r : results) { ... }
 * }
 * }</pre>
 *
 * <p>It is {@link Iterable} only so that it works in a for-each loop: {@link #iterator()} returns
 * this same object and can be called only once, as with {@link java.nio.file.DirectoryStream}.
 *
 * <p>Once {@code next()} throws anything except {@link NoSuchElementException}, or once the
 * iterator is closed, the iterator is finished: {@code hasNext()} returns false and every task not
 * yet read has been cancelled. Tasks that had not started never run. Running ones are asked to
 * stop before their next input (Python lets them run on).
 *
 * <p>Not thread-safe: use it from one thread, as any iterator.
 *
 * @param <R> the type of the results
 */
public final class MapIterator<R> implements Iterator<R>, Iterable<R>, AutoCloseable {
    private final MapChunks<?, R> chunks;
    private final Deadline deadline;
    private final boolean buffered;
    /** Submitted tasks not yet read, oldest first. */
    private final ArrayDeque<PoolTask<MapChunks.Outcome<R>>> pending = new ArrayDeque<>();
    /** The chunk being read, and how far. */
    private MapChunks.Outcome<R> current;
    private int currentIndex;
    /**
     * Raised on the input side after a later task could not be submitted (the pool shut down
     * meanwhile, or the inputs threw); it is thrown after the results of every earlier task.
     */
    private RuntimeException inputFailure;
    /** Index, in input order, of the next result. */
    private long position;
    private boolean closed;
    private boolean iteratorCalled;

    MapIterator(MapChunks<?, R> chunks, MapOptions options, Deadline deadline) {
        this.chunks = chunks;
        this.deadline = deadline;
        this.buffered = options.buffersize() != MapOptions.UNBOUNDED;
        try {
            long limit = buffered ? options.buffersize() : Long.MAX_VALUE;
            for (long i = 0; i < limit; i++) {
                PoolTask<MapChunks.Outcome<R>> task = chunks.submitNext();
                if (task == null) {
                    break;
                }
                pending.addLast(task);
            }
        } catch (RuntimeException | Error e) {
            close();
            throw e;
        }
    }

    /**
     * Returns whether {@link #next()} has a result, or an exception, to deliver. It never blocks
     * for a task. With a buffersize it does not read the inputs either: they are read when a result
     * is taken.
     */
    @Override
    public boolean hasNext() {
        if (closed) {
            return false;
        }
        return (current != null && (currentIndex < current.results().size() || current.failure() != null))
                || !pending.isEmpty() || inputFailure != null;
    }

    /**
     * Returns the next result in input order, waiting for its task if needed.
     *
     * <p>With a buffersize, returning the last result of a task submits the next task, reading
     * the next chunksize inputs on this thread. So at most buffersize tasks are ever submitted
     * and not fully read. (CPython submits the next task before it waits, so it briefly has
     * buffersize + 1.) If that fails because the pool has shut down or the inputs
     * threw, the exception is thrown when the reader reaches that position, after the results
     * of every earlier input.
     *
     * <p>In every exceptional case below, the iterator first closes itself. Results returned
     * earlier are not affected.
     *
     * @return the result of the next input
     * @throws NoSuchElementException if there are no more results (or the iterator was closed)
     * @throws UncheckedTimeoutException if the map's timeout, measured from the call to
     *     {@code map}, passes before this result is ready. It is thrown at the first late
     *     result; the earlier ones have been returned.
     * @throws CompletionException if {@code fn} threw for this input; the cause is the
     *     exception. Because results come in input order, this is the first failed input in
     *     input order, whichever failed first in time. It is also thrown, with a
     *     {@link BrokenPoolException} cause, if the pool broke before this task ran.
     * @throws CancellationException if this result's task was cancelled from outside (by
     *     {@link ComputePool#shutdown(boolean, boolean) shutdown(wait, true)} or
     *     {@link ComputePool#shutdownNow()}), or if the current thread was interrupted while
     *     waiting. In the second case the interrupt status is set again and the cause is the
     *     {@link InterruptedException}.
     * @throws java.util.concurrent.RejectedExecutionException if the pool shut down before the
     *     task for this position could be submitted (buffersize only)
     * @throws RuntimeException whatever the inputs threw while being read here (buffersize only)
     */
    @Override
    public R next() {
        while (true) {
            if (closed) {
                throw new NoSuchElementException();
            }
            MapChunks.Outcome<R> chunk = current;
            if (chunk != null) {
                if (currentIndex < chunk.results().size()) {
                    R result = chunk.results().get(currentIndex++);
                    position++;
                    if (currentIndex == chunk.results().size() && chunk.failure() == null) {
                        // The chunk is consumed with this result, so its buffer slot is free.
                        current = null;
                        refill();
                    }
                    return result;
                }
                if (chunk.failure() != null) {
                    close();
                    throw new CompletionException("map: the function failed for input " + position,
                            chunk.failure());
                }
                current = null;
            }
            PoolTask<MapChunks.Outcome<R>> head = pending.pollFirst();
            if (head == null) {
                RuntimeException failure = inputFailure;
                close();
                if (failure != null) {
                    throw failure;
                }
                throw new NoSuchElementException();
            }
            current = await(head);
            currentIndex = 0;
        }
    }

    private MapChunks.Outcome<R> await(PoolTask<MapChunks.Outcome<R>> head) {
        try {
            if (deadline.isNone()) {
                return head.get();
            }
            return head.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            head.cancel(false);
            close();
            throw new UncheckedTimeoutException("map: result " + position + " not ready within "
                    + deadline.timeout() + " of the call to map", e);
        } catch (InterruptedException e) {
            head.cancel(false);
            close();
            Thread.currentThread().interrupt();
            CancellationException ce = new CancellationException(
                    "map: interrupted while waiting for result " + position);
            ce.initCause(e);
            throw ce;
        } catch (CancellationException e) {
            close();
            CancellationException ce = new CancellationException("map: the task of result " + position
                    + " was cancelled");
            ce.initCause(e);
            throw ce;
        } catch (ExecutionException e) {
            // Not fn's failure (the chunk task catches those): the pool broke before it ran.
            close();
            throw new CompletionException("map: the task of result " + position + " failed", e.getCause());
        }
    }

    /** Keeps buffersize tasks in flight: one result was taken, so one more task may go. */
    private void refill() {
        if (!buffered || inputFailure != null) {
            return;
        }
        try {
            PoolTask<MapChunks.Outcome<R>> task = chunks.submitNext();
            if (task != null) {
                pending.addLast(task);
            }
        } catch (RuntimeException e) {
            inputFailure = e;
            chunks.release();
        } catch (Error e) {
            close();
            throw e;
        }
    }

    /**
     * Stops the map. Every task not yet read is cancelled: tasks not yet started never run, and
     * running ones are asked to stop before their next input. The input iterator is not read
     * again. It never blocks. Closing twice is harmless.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (PoolTask<?> t : pending) {
            t.cancel(false);
        }
        pending.clear();
        current = null;
        inputFailure = null;
        chunks.release();
    }

    /**
     * Returns this iterator, for use in a for-each loop.
     *
     * @throws IllegalStateException if called more than once
     */
    @Override
    public Iterator<R> iterator() {
        if (iteratorCalled) {
            throw new IllegalStateException("a MapIterator can be iterated only once");
        }
        iteratorCalled = true;
        return this;
    }

    /**
     * The remaining results as a sequential, ordered stream. Closing the stream closes this
     * iterator. Reading an element can throw what {@link #next()} throws.
     *
     * @return the stream
     */
    public Stream<R> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false)
                .onClose(this::close);
    }
}
