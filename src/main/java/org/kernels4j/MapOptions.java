package org.kernels4j;

import java.time.Duration;

/**
 * Options of {@link ComputePool#map(java.util.function.Function, Iterable, MapOptions)}, the
 * keyword arguments of Python's {@code Executor.map}. Start from {@link #defaults()} and change
 * what you need: {@code MapOptions.defaults().withTimeout(Duration.ofSeconds(5)).withChunksize(64)}.
 *
 * @param timeout how long after the call to {@code map} every result must be ready, or null for
 *     no limit; zero or negative means results must already be done when they are read
 * @param chunksize how many consecutive inputs one task processes, at least 1
 * @param buffersize at most this many tasks are submitted and not yet read, with the inputs read
 *     lazily; or {@link #UNBOUNDED} (0) to read every input and submit every task at once
 */
public record MapOptions(Duration timeout, int chunksize, int buffersize) {

    /** The {@link #buffersize()} meaning no limit: Python's {@code buffersize=None}. */
    public static final int UNBOUNDED = 0;

    private static final MapOptions DEFAULTS = new MapOptions(null, 1, UNBOUNDED);

    /**
     * Checks the arguments.
     *
     * @throws IllegalArgumentException if {@code chunksize < 1} or {@code buffersize < 0}
     */
    public MapOptions {
        if (chunksize < 1) {
            throw new IllegalArgumentException("chunksize must be at least 1, got " + chunksize);
        }
        if (buffersize < 0) {
            throw new IllegalArgumentException("buffersize must be UNBOUNDED (0) or at least 1, got " + buffersize);
        }
    }

    /**
     * No timeout, chunksize 1, unbounded buffer: Python's defaults.
     *
     * @return the default options
     */
    public static MapOptions defaults() {
        return DEFAULTS;
    }

    /**
     * These options with another timeout.
     *
     * @param timeout the deadline, measured from the call to map; null for none
     * @return the new options
     */
    public MapOptions withTimeout(Duration timeout) {
        return new MapOptions(timeout, chunksize, buffersize);
    }

    /**
     * These options with another chunksize.
     *
     * @param chunksize inputs per task, at least 1
     * @return the new options
     * @throws IllegalArgumentException if {@code chunksize < 1}
     */
    public MapOptions withChunksize(int chunksize) {
        return new MapOptions(timeout, chunksize, buffersize);
    }

    /**
     * These options with another buffersize.
     *
     * @param buffersize the most tasks submitted and not yet read, or {@link #UNBOUNDED}
     * @return the new options
     * @throws IllegalArgumentException if {@code buffersize < 0}
     */
    public MapOptions withBuffersize(int buffersize) {
        return new MapOptions(timeout, chunksize, buffersize);
    }
}
