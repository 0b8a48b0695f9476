package org.kernels4j;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The input side of a map: reads up to chunksize inputs, wraps them in a task and submits it.
 * Keeps the input type out of {@link MapIterator}'s signature.
 */
final class MapChunks<T, R> {
    private final Function<? super T, ? extends R> fn;
    private Iterator<? extends T> inputs;
    private final int chunksize;
    private final Consumer<PoolTask<?>> submitter;

    MapChunks(Function<? super T, ? extends R> fn, Iterator<? extends T> inputs, int chunksize,
            Consumer<PoolTask<?>> submitter) {
        this.fn = fn;
        this.inputs = inputs;
        this.chunksize = chunksize;
        this.submitter = submitter;
    }

    /**
     * Submits the task for the next chunk, or returns null when the inputs are exhausted.
     * Throws whatever the input iterator or the pool throws.
     */
    PoolTask<Outcome<R>> submitNext() {
        if (inputs == null || !inputs.hasNext()) {
            inputs = null;
            return null;
        }
        List<T> chunk = new ArrayList<>(Math.min(chunksize, 1024));
        while (chunk.size() < chunksize && inputs.hasNext()) {
            chunk.add(inputs.next());
        }
        PoolTask<Outcome<R>> task = new PoolTask<>(() -> apply(chunk), false);
        submitter.accept(task);
        return task;
    }

    /** Drops the input iterator so that a closed map does not keep it reachable. */
    void release() {
        inputs = null;
    }

    /** Runs on a worker: fn over the chunk in order, stopping at the first failure or cancel. */
    private Outcome<R> apply(List<T> chunk) {
        CancellationToken token = CancellationToken.current();
        List<R> results = new ArrayList<>(chunk.size());
        for (T input : chunk) {
            // The map was closed or timed out: nobody will read the rest.
            token.throwIfCancellationRequested();
            try {
                results.add(fn.apply(input));
            } catch (Throwable failure) {
                return new Outcome<>(results, failure);
            }
        }
        return new Outcome<>(results, null);
    }

    /**
     * What a chunk produced: results for its first inputs, then the exception of the input after
     * them, if one failed. Results before a failure are still delivered, so that the failure surfaces
     * at its own position in the input order.
     */
    record Outcome<R>(List<R> results, Throwable failure) {
    }
}
