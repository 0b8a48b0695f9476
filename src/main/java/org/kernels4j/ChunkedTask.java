package org.kernels4j;

import java.util.concurrent.CancellationException;

/**
 * Work over the index range {@code [0, length)} done one chunk at a time, so that it can stop at
 * a chunk boundary once its future is cancelled (see {@link CancellationToken}). An array kernel
 * implements {@link #run(long, long)} for one chunk; {@link #forEachChunk} runs the chunks in order
 * and polls the current task's token between them.
 *
 * <p>A chunk should be short, say well under a millisecond. The chunk size bounds two things:
 * how long a cancelled kernel keeps running, and how long a critical downcall holds off garbage
 * collection.
 */
@FunctionalInterface
public interface ChunkedTask {

    /**
     * Processes the indices {@code [from, to)}; called with {@code 0 <= from < to <= length}.
     *
     * @param from first index, inclusive
     * @param to last index, exclusive
     * @throws Exception if the chunk fails; the remaining chunks are not run
     */
    void run(long from, long to) throws Exception;

    /**
     * Runs {@code task} on consecutive chunks of {@code [0, length)}, each at most
     * {@code chunkSize} long, in increasing order on the calling thread. Before each chunk it
     * checks {@link CancellationToken#current()} and stops with a {@link CancellationException}
     * if cancellation has been requested. Off the pool the token is {@link CancellationToken#never()},
     * so every chunk runs. It does not respond to interrupts.
     *
     * @param length number of indices, at least 0
     * @param chunkSize maximum chunk length, at least 1
     * @param task the work for one chunk
     * @throws CancellationException if the current pool task's future was cancelled (or otherwise
     *     completed) before the last chunk ran
     * @throws IllegalArgumentException if {@code length < 0} or {@code chunkSize < 1}
     * @throws Exception whatever a chunk throws
     */
    static void forEachChunk(long length, long chunkSize, ChunkedTask task) throws Exception {
        if (length < 0 || chunkSize < 1) {
            throw new IllegalArgumentException("length " + length + ", chunkSize " + chunkSize);
        }
        CancellationToken token = CancellationToken.current();
        for (long from = 0; from < length; ) {
            token.throwIfCancellationRequested();
            long to = from + Math.min(chunkSize, length - from);
            task.run(from, to);
            from = to;
        }
    }
}
