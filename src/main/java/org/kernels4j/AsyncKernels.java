package org.kernels4j;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.kernels4j.backend.BinaryOp;
import org.kernels4j.backend.UnaryOp;
import org.kernels4j.planner.Checks;
import org.kernels4j.planner.ChunkPlanner;
import org.kernels4j.planner.PoolGemm;
import org.kernels4j.planner.PoolKernels;
import org.kernels4j.planner.PoolKernels.Extremum;
import org.kernels4j.planner.PoolSorts;
import org.kernels4j.planner.QuantileMath;

/**
 * The array kernels of {@link Kernels}, run asynchronously and in parallel on a
 * {@link ComputePool}: {@code pool.sum(x)} returns a {@code CompletableFuture<Double>} at once,
 * {@code pool.add(a, b, out)} a {@code CompletableFuture<Void>}. Every {@code ComputePool} is
 * an {@code AsyncKernels}; {@link #withChunkSize} gives the same pool with a fixed chunk size.
 *
 * <h2 id="validation">Arguments: checked on the calling thread</h2>
 * Each method checks its arguments exactly as the synchronous {@link Kernels} method of the same
 * name does, with the same exceptions, <em>thrown by the call</em> rather than delivered through
 * the future: {@link NullPointerException}, {@link IllegalArgumentException} (mismatched
 * lengths or types, read-only output, empty input where the result is undefined, bad
 * {@code ddof} or clip bounds), {@link IllegalStateException} (closed arena). In addition:
 * <ul>
 * <li>an array whose memory belongs to a <em>confined</em> arena is refused with
 *     {@link IllegalArgumentException}: only its owner thread may touch it, and the kernel runs
 *     on pool threads (the FFM runtime would throw {@link WrongThreadException} there). Use a
 *     shared, automatic or global arena, or a Java array;</li>
 * <li>a pool that is shut down throws {@link RejectedExecutionException}, a broken one
 *     {@link BrokenPoolException}.</li>
 * </ul>
 * When the call throws, nothing was submitted and no data was touched. An input that partially
 * overlaps the output is copied first, on the calling thread, as the synchronous kernels do.
 *
 * <h2 id="chunks">Chunks and results</h2>
 * The work is cut into chunks of {@code 512 * 2^k} elements, by default chosen from the array
 * length, the kernel's cost and the number of workers (about 8 chunks per worker, between 2^16
 * and 2^20 elements, 2^14 to 2^17 for exp and log). Up to {@link ComputePool#workerCount()}
 * tasks claim chunks in turn, so a worker slowed by other load takes fewer. Partial results
 * merge in chunk order by fixed rules (sums through the k4j summation tree, min/max by
 * {@link Math#min}/{@link Math#max}, arg-extrema keeping the first NaN or first occurrence,
 * variance in two passes), so <b>every reduction returns the same bits as the synchronous
 * {@link Kernels} method</b>, whatever the worker count, the chunk size and the timing.
 * Elementwise results are the same as well: each element is computed once, by the same code.
 * cumsum is sequential by definition (NumPy adds left to right, and a parallel scan would
 * round differently): it runs on one worker, chunk by chunk, carrying the running sum.
 *
 * <p>An array of at most one chunk, or a pool of one worker, runs as a single task; the future
 * is then that task's own.
 *
 * <p id="small"><b>Small inputs run on the calling thread.</b> A kernel whose input has at most
 * 32768 elements (2^15) is not handed to a worker: handing it over and waking the caller again
 * would cost more than the work (tens of microseconds against a few). It runs on the calling
 * thread before the method returns, and the method returns an <em>already completed</em> future
 * (or one already failed with the kernel's exception); the result has the same bits as on the
 * workers. Such a future cannot be cancelled or time out (it is done), and the call itself
 * takes as long as the synchronous {@link Kernels} method, a few microseconds. A pool that is
 * shut down or broken still rejects the call as it rejects any other.
 *
 * <h2 id="cancellation">Cancellation, interrupts and timeouts</h2>
 * <ul>
 * <li><b>Cancellation.</b> {@code future.cancel(anything)} completes the future as cancelled
 *     at once. Work not started never starts; each running task finishes the chunk it is on and
 *     claims no more. So a cancelled kernel goes on using the CPU for at most one chunk per
 *     worker (well under a millisecond with the default sizes). Completing the future any other
 *     way ({@code complete}, {@code completeExceptionally}, {@code orTimeout}) stops the work
 *     the same way. {@link ComputePool#shutdownNow()} cancels running kernels;
 *     {@link ComputePool#shutdown(boolean, boolean) shutdown(wait, true)} cancels a kernel none
 *     of whose tasks has started, and lets a started one finish.</li>
 * <li><b>Partial output.</b> A cancelled (or failed) elementwise kernel, or cumsum, leaves its
 *     output partly written: each chunk of {@code out} holds either its old values or all of its
 *     new ones, in no particular pattern across chunks (cumsum: a prefix of whole chunks), and
 *     one chunk per worker may still be being written for a short while after {@code cancel}
 *     has returned. Do not reuse the output until then, for example by waiting for the pool to
 *     {@linkplain ComputePool#awaitTermination terminate}, or use a fresh one. A cancelled
 *     reduction has no visible effect.</li>
 * <li><b>Interrupts.</b> The methods do not block and ignore the caller's interrupt status. The
 *     kernels do not respond to interrupts of the worker threads (a native call cannot be
 *     interrupted); {@code shutdownNow}, which interrupts workers, cancels the kernels' futures
 *     instead.</li>
 * <li><b>Timeouts.</b> {@code future.get(timeout, unit)} that times out leaves the kernel
 *     running: cancel it to stop it. {@code future.orTimeout(...)} completes the future with a
 *     {@link java.util.concurrent.TimeoutException} and so stops the kernel at its next chunk
 *     boundary.</li>
 * </ul>
 * If a chunk throws (which a validated call does only if its memory is freed meanwhile, see
 * below), the future completes exceptionally with that exception and the other chunks stop.
 * Dependent actions ({@code thenApply}, ...) run on the thread that completes the future:
 * usually a worker, or the thread that cancels. A task of a pool that waits for a kernel of the
 * same pool can deadlock once every worker waits, as with any task; inside pool tasks, call the
 * synchronous {@link Kernels} instead.
 *
 * <h2 id="threads">Thread safety and memory</h2>
 * <ul>
 * <li>Any number of kernels, async or synchronous, on any threads, may read the same arrays at
 *     the same time.</li>
 * <li>Writing an array while a kernel reads it, or reading or writing a kernel's output
 *     before its future is done (and, after a cancel, before its last chunk is finished), is a
 *     data race: the values are unspecified, as with plain Java arrays, though the JVM never
 *     crashes. Two kernels writing the same output concurrently are such a race.</li>
 * <li>Heap arrays ({@code double[]}, {@code float[]}, and arrays wrapping them) are passed to C
 *     without copying through critical downcalls, during which no garbage collection or other
 *     safepoint operation can start. Each such call covers at most 2^16 elements (2^14 for exp
 *     and log), tens of microseconds of work, so a kernel that runs for seconds on a large heap
 *     array holds the collector off for no longer than one of those at a time. The kernel keeps
 *     the array reachable until it finishes.</li>
 * <li>Closing the shared arena of an array while a kernel runs on it cannot crash the JVM: the
 *     FFM runtime keeps the memory alive for the duration of each native call, so
 *     {@link java.lang.foreign.Arena#close()} either throws {@link IllegalStateException}
 *     (a call is in progress) or succeeds between two calls, in which case the next chunk fails
 *     with {@link IllegalStateException} and so does the future. Automatic and global arenas
 *     stay alive while the kernel holds the array.</li>
 * <li>Writing an array from another thread while a kernel of this pool works on it is a data
 *     race: the future's value is unspecified (or the future fails, e.g. with
 *     {@link java.util.ConcurrentModificationException} where a kernel notices the change), but
 *     the multi-pass kernels (sort, argsort, partition, quantiles, median, describe, histograms
 *     with the range from the data) never let one pass size another's writes: memory outside
 *     the arrays is never touched and the next call on unchanged data is right
 *     (docs/memory-safety.md).</li>
 * </ul>
 *
 * <p>This interface is sealed: its implementations are {@link ComputePool} and the views
 * returned by {@link #withChunkSize}. All methods are thread-safe.
 */
public sealed interface AsyncKernels permits ComputePool, FixedChunkKernels {

    /**
     * The chunk size these kernels use, in elements, or 0 when it is chosen per call (the
     * default of a {@link ComputePool}).
     *
     * @return the fixed chunk size, or 0
     */
    default long chunkSize() {
        return 0;
    }

    /**
     * The same pool's kernels, cutting every call into chunks of exactly {@code chunkSize}
     * elements (the last chunk shorter). Results do not depend on it; it trades the cost per
     * chunk against how evenly the work spreads and how soon a cancelled kernel stops.
     * cumsum also uses it. It does not block.
     *
     * @param chunkSize {@code 512 * 2^k} elements for some k >= 0, or 0 for the automatic choice
     * @return a view of the same pool with that chunk size (the pool itself for 0)
     * @throws IllegalArgumentException if {@code chunkSize} is neither 0 nor {@code 512 * 2^k};
     *     a later call also throws it if the size cuts its array into more than 2^24 chunks
     */
    default AsyncKernels withChunkSize(long chunkSize) {
        ChunkPlanner.checkChunkSize(chunkSize);
        ComputePool pool = owner();
        return chunkSize == 0 ? pool : new FixedChunkKernels(pool, chunkSize);
    }

    /** The pool these kernels run on. */
    private ComputePool owner() {
        return FixedChunkKernels.poolOf(this);
    }

    // ---- reductions ----------------------------------------------------------------------------

    /**
     * Sum (k4j tree order), as {@link Kernels#sum(NumericArray)}, with the same value bit for bit.
     * It stops at the next chunk boundary once its future is cancelled or otherwise completed; it
     * does not block or look at interrupts (see <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> sum(NumericArray x) {
        return PoolKernels.sum(owner(), chunkSize(), x);
    }

    /**
     * Sum (k4j tree order) of a Java array, read in place: as {@link #sum(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> sum(double[] x) {
        return PoolKernels.sum(owner(), chunkSize(), Checks.wrap(x, "x"));
    }

    /**
     * Sum (k4j tree order) of a Java array, read in place: as {@link #sum(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> sum(float[] x) {
        return PoolKernels.sum(owner(), chunkSize(), Checks.wrap(x, "x"));
    }

    /**
     * Arithmetic mean (NaN when empty), as {@link Kernels#mean(NumericArray)}, with the same value bit for bit.
     * It stops at the next chunk boundary once its future is cancelled or otherwise completed; it
     * does not block or look at interrupts (see <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> mean(NumericArray x) {
        return PoolKernels.mean(owner(), chunkSize(), x);
    }

    /**
     * Arithmetic mean of a Java array, read in place: as {@link #mean(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> mean(double[] x) {
        return PoolKernels.mean(owner(), chunkSize(), Checks.wrap(x, "x"));
    }

    /**
     * Arithmetic mean of a Java array, read in place: as {@link #mean(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> mean(float[] x) {
        return PoolKernels.mean(owner(), chunkSize(), Checks.wrap(x, "x"));
    }

    /**
     * Sum ignoring NaN, as {@link Kernels#nansum(NumericArray)}, with the same value bit for bit.
     * It stops at the next chunk boundary once its future is cancelled or otherwise completed; it
     * does not block or look at interrupts (see <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> nansum(NumericArray x) {
        return PoolKernels.nansum(owner(), chunkSize(), x);
    }

    /**
     * Sum ignoring NaN of a Java array, read in place: as {@link #nansum(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> nansum(double[] x) {
        return PoolKernels.nansum(owner(), chunkSize(), Checks.wrap(x, "x"));
    }

    /**
     * Sum ignoring NaN of a Java array, read in place: as {@link #nansum(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> nansum(float[] x) {
        return PoolKernels.nansum(owner(), chunkSize(), Checks.wrap(x, "x"));
    }

    /**
     * Mean ignoring NaN (NaN when empty or all NaN), as {@link Kernels#nanmean(NumericArray)}, with the same value bit for bit.
     * It stops at the next chunk boundary once its future is cancelled or otherwise completed; it
     * does not block or look at interrupts (see <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> nanmean(NumericArray x) {
        return PoolKernels.nanmean(owner(), chunkSize(), x);
    }

    /**
     * Mean ignoring NaN of a Java array, read in place: as {@link #nanmean(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> nanmean(double[] x) {
        return PoolKernels.nanmean(owner(), chunkSize(), Checks.wrap(x, "x"));
    }

    /**
     * Mean ignoring NaN of a Java array, read in place: as {@link #nanmean(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> nanmean(float[] x) {
        return PoolKernels.nanmean(owner(), chunkSize(), Checks.wrap(x, "x"));
    }

    /**
     * Minimum (NaN if any element is NaN; -0.0 below +0.0), as {@link Kernels#min(NumericArray)}, with the same value bit for bit.
     * It stops at the next chunk boundary once its future is cancelled or otherwise completed; it
     * does not block or look at interrupts (see <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> min(NumericArray x) {
        return PoolKernels.extremum(owner(), chunkSize(), x, Extremum.MIN);
    }

    /**
     * Minimum of a Java array, read in place: as {@link #min(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> min(double[] x) {
        return PoolKernels.extremum(owner(), chunkSize(), Checks.wrap(x, "x"), Extremum.MIN);
    }

    /**
     * Minimum of a Java array, read in place: as {@link #min(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> min(float[] x) {
        return PoolKernels.extremum(owner(), chunkSize(), Checks.wrap(x, "x"), Extremum.MIN);
    }

    /**
     * Maximum (NaN if any element is NaN; +0.0 above -0.0), as {@link Kernels#max(NumericArray)}, with the same value bit for bit.
     * It stops at the next chunk boundary once its future is cancelled or otherwise completed; it
     * does not block or look at interrupts (see <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> max(NumericArray x) {
        return PoolKernels.extremum(owner(), chunkSize(), x, Extremum.MAX);
    }

    /**
     * Maximum of a Java array, read in place: as {@link #max(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> max(double[] x) {
        return PoolKernels.extremum(owner(), chunkSize(), Checks.wrap(x, "x"), Extremum.MAX);
    }

    /**
     * Maximum of a Java array, read in place: as {@link #max(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> max(float[] x) {
        return PoolKernels.extremum(owner(), chunkSize(), Checks.wrap(x, "x"), Extremum.MAX);
    }

    /**
     * Minimum ignoring NaN (NaN if all are NaN), as {@link Kernels#nanmin(NumericArray)}, with the same value bit for bit.
     * It stops at the next chunk boundary once its future is cancelled or otherwise completed; it
     * does not block or look at interrupts (see <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> nanmin(NumericArray x) {
        return PoolKernels.extremum(owner(), chunkSize(), x, Extremum.NANMIN);
    }

    /**
     * Minimum ignoring NaN of a Java array, read in place: as {@link #nanmin(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> nanmin(double[] x) {
        return PoolKernels.extremum(owner(), chunkSize(), Checks.wrap(x, "x"), Extremum.NANMIN);
    }

    /**
     * Minimum ignoring NaN of a Java array, read in place: as {@link #nanmin(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> nanmin(float[] x) {
        return PoolKernels.extremum(owner(), chunkSize(), Checks.wrap(x, "x"), Extremum.NANMIN);
    }

    /**
     * Maximum ignoring NaN (NaN if all are NaN), as {@link Kernels#nanmax(NumericArray)}, with the same value bit for bit.
     * It stops at the next chunk boundary once its future is cancelled or otherwise completed; it
     * does not block or look at interrupts (see <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> nanmax(NumericArray x) {
        return PoolKernels.extremum(owner(), chunkSize(), x, Extremum.NANMAX);
    }

    /**
     * Maximum ignoring NaN of a Java array, read in place: as {@link #nanmax(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> nanmax(double[] x) {
        return PoolKernels.extremum(owner(), chunkSize(), Checks.wrap(x, "x"), Extremum.NANMAX);
    }

    /**
     * Maximum ignoring NaN of a Java array, read in place: as {@link #nanmax(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> nanmax(float[] x) {
        return PoolKernels.extremum(owner(), chunkSize(), Checks.wrap(x, "x"), Extremum.NANMAX);
    }

    /**
     * Index of the first NaN, else of the first minimum (NumPy's argmin), as {@link Kernels#argmin(NumericArray)}, with the same value bit for bit.
     * It stops at the next chunk boundary once its future is cancelled or otherwise completed; it
     * does not block or look at interrupts (see <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the index
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Long> argmin(NumericArray x) {
        return PoolKernels.arg(owner(), chunkSize(), x, true);
    }

    /**
     * Index of the first NaN, else of the first minimum of a Java array, read in place: as {@link #argmin(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the index
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Long> argmin(double[] x) {
        return PoolKernels.arg(owner(), chunkSize(), Checks.wrap(x, "x"), true);
    }

    /**
     * Index of the first NaN, else of the first minimum of a Java array, read in place: as {@link #argmin(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the index
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Long> argmin(float[] x) {
        return PoolKernels.arg(owner(), chunkSize(), Checks.wrap(x, "x"), true);
    }

    /**
     * Index of the first NaN, else of the first maximum (NumPy's argmax), as {@link Kernels#argmax(NumericArray)}, with the same value bit for bit.
     * It stops at the next chunk boundary once its future is cancelled or otherwise completed; it
     * does not block or look at interrupts (see <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the index
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Long> argmax(NumericArray x) {
        return PoolKernels.arg(owner(), chunkSize(), x, false);
    }

    /**
     * Index of the first NaN, else of the first maximum of a Java array, read in place: as {@link #argmax(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the index
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Long> argmax(double[] x) {
        return PoolKernels.arg(owner(), chunkSize(), Checks.wrap(x, "x"), false);
    }

    /**
     * Index of the first NaN, else of the first maximum of a Java array, read in place: as {@link #argmax(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the index
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Long> argmax(float[] x) {
        return PoolKernels.arg(owner(), chunkSize(), Checks.wrap(x, "x"), false);
    }

    /**
     * Euclidean norm, as {@link Kernels#norm2(NumericArray)}, with the same value bit for bit. In the rare case that the
     * sum of squares overflows, underflows or is zero, the final rescaled pass runs as one
     * step over the whole array, which a cancel does not interrupt.
     * It stops at the next chunk boundary once its future is cancelled or otherwise completed; it
     * does not block or look at interrupts (see <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> norm2(NumericArray x) {
        return PoolKernels.norm2(owner(), chunkSize(), x);
    }

    /**
     * Euclidean norm of a Java array, read in place: as {@link #norm2(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> norm2(double[] x) {
        return PoolKernels.norm2(owner(), chunkSize(), Checks.wrap(x, "x"));
    }

    /**
     * Euclidean norm of a Java array, read in place: as {@link #norm2(NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> norm2(float[] x) {
        return PoolKernels.norm2(owner(), chunkSize(), Checks.wrap(x, "x"));
    }

    /**
     * Variance with {@code ddof} delta degrees of freedom, two-pass, as {@link Kernels#var(NumericArray, int)},
     * with the same value bit for bit: a parallel sum gives the mean, then a parallel sum of the squared
     * deviations.
     * It stops at the next chunk boundary once its future is cancelled or otherwise completed; it
     * does not block or look at interrupts (see <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param ddof delta degrees of freedom, 0 for the population variance
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException unless {@code 0 <= ddof < x.length}, or if {@code x} belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> var(NumericArray x, int ddof) {
        return PoolKernels.var(owner(), chunkSize(), x, ddof, false);
    }

    /**
     * Population variance (ddof 0): {@code var(x, 0)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the array
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty or belongs to a confined arena
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> var(NumericArray x) {
        return var(x, 0);
    }

    /**
     * Variance of a Java array, read in place: as {@link #var(NumericArray, int)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @param ddof delta degrees of freedom, 0 for the population variance
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException unless {@code 0 <= ddof < x.length}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> var(double[] x, int ddof) {
        return PoolKernels.var(owner(), chunkSize(), Checks.wrap(x, "x"), ddof, false);
    }

    /**
     * Population variance (ddof 0): {@code var(x, 0)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> var(double[] x) {
        return var(x, 0);
    }

    /**
     * Variance of a Java array, read in place: as {@link #var(NumericArray, int)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @param ddof delta degrees of freedom, 0 for the population variance
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException unless {@code 0 <= ddof < x.length}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> var(float[] x, int ddof) {
        return PoolKernels.var(owner(), chunkSize(), Checks.wrap(x, "x"), ddof, false);
    }

    /**
     * Population variance (ddof 0): {@code var(x, 0)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> var(float[] x) {
        return var(x, 0);
    }

    /**
     * Standard deviation with {@code ddof} delta degrees of freedom, two-pass, as {@link Kernels#std(NumericArray, int)},
     * with the same value bit for bit: a parallel sum gives the mean, then a parallel sum of the squared
     * deviations.
     * It stops at the next chunk boundary once its future is cancelled or otherwise completed; it
     * does not block or look at interrupts (see <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param ddof delta degrees of freedom, 0 for the population deviation
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException unless {@code 0 <= ddof < x.length}, or if {@code x} belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> std(NumericArray x, int ddof) {
        return PoolKernels.var(owner(), chunkSize(), x, ddof, true);
    }

    /**
     * Population standard deviation (ddof 0): {@code std(x, 0)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the array
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty or belongs to a confined arena
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> std(NumericArray x) {
        return std(x, 0);
    }

    /**
     * Standard deviation of a Java array, read in place: as {@link #std(NumericArray, int)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @param ddof delta degrees of freedom, 0 for the population deviation
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException unless {@code 0 <= ddof < x.length}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> std(double[] x, int ddof) {
        return PoolKernels.var(owner(), chunkSize(), Checks.wrap(x, "x"), ddof, true);
    }

    /**
     * Population standard deviation (ddof 0): {@code std(x, 0)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> std(double[] x) {
        return std(x, 0);
    }

    /**
     * Standard deviation of a Java array, read in place: as {@link #std(NumericArray, int)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @param ddof delta degrees of freedom, 0 for the population deviation
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException unless {@code 0 <= ddof < x.length}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> std(float[] x, int ddof) {
        return PoolKernels.var(owner(), chunkSize(), Checks.wrap(x, "x"), ddof, true);
    }

    /**
     * Population standard deviation (ddof 0): {@code std(x, 0)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the values
     * @return a future of the value
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> std(float[] x) {
        return std(x, 0);
    }

    /**
     * Dot product (tree order, products rounded, no FMA), as {@link Kernels#dot(NumericArray, NumericArray)},
     * with the same value bit for bit. It stops at the next chunk boundary once its future is cancelled or otherwise completed; it
     * does not block or look at interrupts (see <a href="#cancellation">cancellation</a>).
     *
     * @param x the first operand
     * @param y the second operand
     * @return a future of the value
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths differ or the types differ, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> dot(NumericArray x, NumericArray y) {
        return PoolKernels.dot(owner(), chunkSize(), x, y);
    }

    /**
     * Dot product of two Java arrays, read in place: as {@link #dot(NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the first operand
     * @param y the second operand
     * @return a future of the value
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths differ
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> dot(double[] x, double[] y) {
        return PoolKernels.dot(owner(), chunkSize(), Checks.wrap(x, "x"), Checks.wrap(y, "y"));
    }

    /**
     * Dot product of two Java arrays, read in place: as {@link #dot(NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the first operand
     * @param y the second operand
     * @return a future of the value
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths differ
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> dot(float[] x, float[] y) {
        return PoolKernels.dot(owner(), chunkSize(), Checks.wrap(x, "x"), Checks.wrap(y, "y"));
    }

    // ---- elementwise ---------------------------------------------------------------------------

    /**
     * {@code out[i] = a[i] + b[i]}, as {@link Kernels#add(NumericArray, NumericArray, NumericArray)}.
     * Cancelling its future stops it at the next chunk boundary and leaves {@code out}
     * partly written (see <a href="#cancellation">cancellation</a>); it does not block or look at interrupts.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the first {@code a.length} results; may be {@code a} or {@code b}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code out} is shorter, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> add(NumericArray a, NumericArray b, NumericArray out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.ADD, a, b, out);
    }

    /**
     * {@code out[i] = a[i] + b[i]} on Java arrays: as {@link #add(NumericArray, NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the first {@code a.length} results; may be {@code a} or {@code b}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length, or {@code out} is shorter
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> add(double[] a, double[] b, double[] out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.ADD, Checks.wrap(a, "a"), Checks.wrap(b, "b"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = a[i] + b[i]} on Java arrays: as {@link #add(NumericArray, NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the first {@code a.length} results; may be {@code a} or {@code b}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length, or {@code out} is shorter
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> add(float[] a, float[] b, float[] out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.ADD, Checks.wrap(a, "a"), Checks.wrap(b, "b"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = a[i] - b[i]}, as {@link Kernels#sub(NumericArray, NumericArray, NumericArray)}.
     * Cancelling its future stops it at the next chunk boundary and leaves {@code out}
     * partly written (see <a href="#cancellation">cancellation</a>); it does not block or look at interrupts.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the first {@code a.length} results; may be {@code a} or {@code b}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code out} is shorter, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> sub(NumericArray a, NumericArray b, NumericArray out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.SUB, a, b, out);
    }

    /**
     * {@code out[i] = a[i] - b[i]} on Java arrays: as {@link #sub(NumericArray, NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the first {@code a.length} results; may be {@code a} or {@code b}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length, or {@code out} is shorter
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> sub(double[] a, double[] b, double[] out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.SUB, Checks.wrap(a, "a"), Checks.wrap(b, "b"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = a[i] - b[i]} on Java arrays: as {@link #sub(NumericArray, NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the first {@code a.length} results; may be {@code a} or {@code b}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length, or {@code out} is shorter
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> sub(float[] a, float[] b, float[] out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.SUB, Checks.wrap(a, "a"), Checks.wrap(b, "b"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = a[i] * b[i]}, as {@link Kernels#mul(NumericArray, NumericArray, NumericArray)}.
     * Cancelling its future stops it at the next chunk boundary and leaves {@code out}
     * partly written (see <a href="#cancellation">cancellation</a>); it does not block or look at interrupts.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the first {@code a.length} results; may be {@code a} or {@code b}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code out} is shorter, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> mul(NumericArray a, NumericArray b, NumericArray out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.MUL, a, b, out);
    }

    /**
     * {@code out[i] = a[i] * b[i]} on Java arrays: as {@link #mul(NumericArray, NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the first {@code a.length} results; may be {@code a} or {@code b}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length, or {@code out} is shorter
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> mul(double[] a, double[] b, double[] out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.MUL, Checks.wrap(a, "a"), Checks.wrap(b, "b"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = a[i] * b[i]} on Java arrays: as {@link #mul(NumericArray, NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the first {@code a.length} results; may be {@code a} or {@code b}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length, or {@code out} is shorter
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> mul(float[] a, float[] b, float[] out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.MUL, Checks.wrap(a, "a"), Checks.wrap(b, "b"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = a[i] / b[i]}, as {@link Kernels#div(NumericArray, NumericArray, NumericArray)}.
     * Cancelling its future stops it at the next chunk boundary and leaves {@code out}
     * partly written (see <a href="#cancellation">cancellation</a>); it does not block or look at interrupts.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the first {@code a.length} results; may be {@code a} or {@code b}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code out} is shorter, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> div(NumericArray a, NumericArray b, NumericArray out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.DIV, a, b, out);
    }

    /**
     * {@code out[i] = a[i] / b[i]} on Java arrays: as {@link #div(NumericArray, NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the first {@code a.length} results; may be {@code a} or {@code b}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length, or {@code out} is shorter
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> div(double[] a, double[] b, double[] out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.DIV, Checks.wrap(a, "a"), Checks.wrap(b, "b"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = a[i] / b[i]} on Java arrays: as {@link #div(NumericArray, NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the first {@code a.length} results; may be {@code a} or {@code b}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length, or {@code out} is shorter
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> div(float[] a, float[] b, float[] out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.DIV, Checks.wrap(a, "a"), Checks.wrap(b, "b"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = a[i] + s}, as {@link Kernels#add(NumericArray, double, NumericArray)} (for float arrays
     * {@code s} is rounded to float first). Cancelling its future stops it at the next chunk boundary and leaves {@code out}
     * partly written (see <a href="#cancellation">cancellation</a>); it does not block or look at interrupts.
     *
     * @param a the array
     * @param s the scalar
     * @param out receives the first {@code a.length} results; may be {@code a}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code a}, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> add(NumericArray a, double s, NumericArray out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.ADD, a, s, out);
    }

    /**
     * {@code out[i] = a[i] + s} on Java arrays: as {@link #add(NumericArray, double, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param a the array
     * @param s the scalar
     * @param out receives the first {@code a.length} results; may be {@code a}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code a}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> add(double[] a, double s, double[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.ADD, Checks.wrap(a, "a"), s, Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = a[i] + s} on Java arrays: as {@link #add(NumericArray, double, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param a the array
     * @param s the scalar
     * @param out receives the first {@code a.length} results; may be {@code a}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code a}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> add(float[] a, float s, float[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.ADD, Checks.wrap(a, "a"), s, Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = a[i] - s}, as {@link Kernels#sub(NumericArray, double, NumericArray)} (for float arrays
     * {@code s} is rounded to float first). Cancelling its future stops it at the next chunk boundary and leaves {@code out}
     * partly written (see <a href="#cancellation">cancellation</a>); it does not block or look at interrupts.
     *
     * @param a the array
     * @param s the scalar
     * @param out receives the first {@code a.length} results; may be {@code a}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code a}, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> sub(NumericArray a, double s, NumericArray out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.SUB, a, s, out);
    }

    /**
     * {@code out[i] = a[i] - s} on Java arrays: as {@link #sub(NumericArray, double, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param a the array
     * @param s the scalar
     * @param out receives the first {@code a.length} results; may be {@code a}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code a}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> sub(double[] a, double s, double[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.SUB, Checks.wrap(a, "a"), s, Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = a[i] - s} on Java arrays: as {@link #sub(NumericArray, double, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param a the array
     * @param s the scalar
     * @param out receives the first {@code a.length} results; may be {@code a}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code a}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> sub(float[] a, float s, float[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.SUB, Checks.wrap(a, "a"), s, Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = a[i] * s}, as {@link Kernels#mul(NumericArray, double, NumericArray)} (for float arrays
     * {@code s} is rounded to float first). Cancelling its future stops it at the next chunk boundary and leaves {@code out}
     * partly written (see <a href="#cancellation">cancellation</a>); it does not block or look at interrupts.
     *
     * @param a the array
     * @param s the scalar
     * @param out receives the first {@code a.length} results; may be {@code a}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code a}, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> mul(NumericArray a, double s, NumericArray out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.MUL, a, s, out);
    }

    /**
     * {@code out[i] = a[i] * s} on Java arrays: as {@link #mul(NumericArray, double, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param a the array
     * @param s the scalar
     * @param out receives the first {@code a.length} results; may be {@code a}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code a}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> mul(double[] a, double s, double[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.MUL, Checks.wrap(a, "a"), s, Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = a[i] * s} on Java arrays: as {@link #mul(NumericArray, double, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param a the array
     * @param s the scalar
     * @param out receives the first {@code a.length} results; may be {@code a}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code a}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> mul(float[] a, float s, float[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.MUL, Checks.wrap(a, "a"), s, Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = a[i] / s}, as {@link Kernels#div(NumericArray, double, NumericArray)} (for float arrays
     * {@code s} is rounded to float first). Cancelling its future stops it at the next chunk boundary and leaves {@code out}
     * partly written (see <a href="#cancellation">cancellation</a>); it does not block or look at interrupts.
     *
     * @param a the array
     * @param s the scalar
     * @param out receives the first {@code a.length} results; may be {@code a}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code a}, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> div(NumericArray a, double s, NumericArray out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.DIV, a, s, out);
    }

    /**
     * {@code out[i] = a[i] / s} on Java arrays: as {@link #div(NumericArray, double, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param a the array
     * @param s the scalar
     * @param out receives the first {@code a.length} results; may be {@code a}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code a}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> div(double[] a, double s, double[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.DIV, Checks.wrap(a, "a"), s, Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = a[i] / s} on Java arrays: as {@link #div(NumericArray, double, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param a the array
     * @param s the scalar
     * @param out receives the first {@code a.length} results; may be {@code a}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code a}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> div(float[] a, float s, float[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.DIV, Checks.wrap(a, "a"), s, Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = alpha * x[i]}, as {@link Kernels#scale(double, NumericArray, NumericArray)}.
     * Cancelling its future stops it at the next chunk boundary and leaves {@code out}
     * partly written (see <a href="#cancellation">cancellation</a>); it does not block or look at interrupts.
     *
     * @param alpha the factor
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> scale(double alpha, NumericArray x, NumericArray out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.MUL, x, alpha, out);
    }

    /**
     * {@code out[i] = alpha * x[i]} on Java arrays: as {@link #scale(double, NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param alpha the factor
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> scale(double alpha, double[] x, double[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.MUL, Checks.wrap(x, "x"), alpha, Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = alpha * x[i]} on Java arrays: as {@link #scale(double, NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param alpha the factor
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> scale(float alpha, float[] x, float[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.MUL, Checks.wrap(x, "x"), alpha, Checks.wrap(out, "out"));
    }

    /**
     * {@code y[i] = alpha * x[i] + y[i]} (two roundings), as {@link Kernels#axpy(double, NumericArray, NumericArray)}.
     * Cancelling its future stops it at the next chunk boundary and leaves {@code y}
     * partly written (see <a href="#cancellation">cancellation</a>); it does not block or look at interrupts.
     *
     * @param alpha the factor
     * @param x the array added
     * @param y the array updated in place
     * @return a future that completes when {@code y} is updated
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths differ, {@code y} is read-only or the types differ, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> axpy(double alpha, NumericArray x, NumericArray y) {
        return PoolKernels.axpy(owner(), chunkSize(), alpha, x, y);
    }

    /**
     * {@code y[i] = alpha * x[i] + y[i]} on Java arrays: as {@link #axpy(double, NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param alpha the factor
     * @param x the array added
     * @param y the array updated in place
     * @return a future that completes when {@code y} is updated
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths differ
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> axpy(double alpha, double[] x, double[] y) {
        return PoolKernels.axpy(owner(), chunkSize(), alpha, Checks.wrap(x, "x"), Checks.wrap(y, "y"));
    }

    /**
     * {@code y[i] = alpha * x[i] + y[i]} on Java arrays: as {@link #axpy(double, NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param alpha the factor
     * @param x the array added
     * @param y the array updated in place
     * @return a future that completes when {@code y} is updated
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths differ
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> axpy(float alpha, float[] x, float[] y) {
        return PoolKernels.axpy(owner(), chunkSize(), alpha, Checks.wrap(x, "x"), Checks.wrap(y, "y"));
    }

    /**
     * {@code out[i] = |x[i]|}, as {@link Kernels#abs(NumericArray, NumericArray)}.
     * Cancelling its future stops it at the next chunk boundary and leaves {@code out}
     * partly written (see <a href="#cancellation">cancellation</a>); it does not block or look at interrupts.
     *
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> abs(NumericArray x, NumericArray out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.ABS, x, out);
    }

    /**
     * {@code out[i] = |x[i]|} on Java arrays: as {@link #abs(NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> abs(double[] x, double[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.ABS, Checks.wrap(x, "x"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = |x[i]|} on Java arrays: as {@link #abs(NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> abs(float[] x, float[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.ABS, Checks.wrap(x, "x"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = -x[i]}, as {@link Kernels#neg(NumericArray, NumericArray)}.
     * Cancelling its future stops it at the next chunk boundary and leaves {@code out}
     * partly written (see <a href="#cancellation">cancellation</a>); it does not block or look at interrupts.
     *
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> neg(NumericArray x, NumericArray out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.NEG, x, out);
    }

    /**
     * {@code out[i] = -x[i]} on Java arrays: as {@link #neg(NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> neg(double[] x, double[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.NEG, Checks.wrap(x, "x"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = -x[i]} on Java arrays: as {@link #neg(NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> neg(float[] x, float[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.NEG, Checks.wrap(x, "x"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = sqrt(x[i])}, as {@link Kernels#sqrt(NumericArray, NumericArray)}.
     * Cancelling its future stops it at the next chunk boundary and leaves {@code out}
     * partly written (see <a href="#cancellation">cancellation</a>); it does not block or look at interrupts.
     *
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> sqrt(NumericArray x, NumericArray out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.SQRT, x, out);
    }

    /**
     * {@code out[i] = sqrt(x[i])} on Java arrays: as {@link #sqrt(NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> sqrt(double[] x, double[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.SQRT, Checks.wrap(x, "x"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = sqrt(x[i])} on Java arrays: as {@link #sqrt(NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> sqrt(float[] x, float[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.SQRT, Checks.wrap(x, "x"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = e^x[i]}, as {@link Kernels#exp(NumericArray, NumericArray)}.
     * Cancelling its future stops it at the next chunk boundary and leaves {@code out}
     * partly written (see <a href="#cancellation">cancellation</a>); it does not block or look at interrupts.
     *
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> exp(NumericArray x, NumericArray out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.EXP, x, out);
    }

    /**
     * {@code out[i] = e^x[i]} on Java arrays: as {@link #exp(NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> exp(double[] x, double[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.EXP, Checks.wrap(x, "x"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = e^x[i]} on Java arrays: as {@link #exp(NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> exp(float[] x, float[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.EXP, Checks.wrap(x, "x"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = ln x[i]}, as {@link Kernels#log(NumericArray, NumericArray)}.
     * Cancelling its future stops it at the next chunk boundary and leaves {@code out}
     * partly written (see <a href="#cancellation">cancellation</a>); it does not block or look at interrupts.
     *
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> log(NumericArray x, NumericArray out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.LOG, x, out);
    }

    /**
     * {@code out[i] = ln x[i]} on Java arrays: as {@link #log(NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> log(double[] x, double[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.LOG, Checks.wrap(x, "x"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = ln x[i]} on Java arrays: as {@link #log(NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the array
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> log(float[] x, float[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.LOG, Checks.wrap(x, "x"), Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = min(max(x[i], lo), hi)}, NaN propagating, as
     * {@link Kernels#clip(NumericArray, double, double, NumericArray)}.
     * Cancelling its future stops it at the next chunk boundary and leaves {@code out}
     * partly written (see <a href="#cancellation">cancellation</a>); it does not block or look at interrupts.
     *
     * @param x the array
     * @param lo the lower bound
     * @param hi the upper bound
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code lo > hi}, a bound is NaN, or {@code out} is shorter than {@code x}, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> clip(NumericArray x, double lo, double hi, NumericArray out) {
        return PoolKernels.clip(owner(), chunkSize(), x, lo, hi, out);
    }

    /**
     * {@code out[i] = min(max(x[i], lo), hi)} on Java arrays: as {@link #clip(NumericArray, double, double, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the array
     * @param lo the lower bound
     * @param hi the upper bound
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code lo > hi}, a bound is NaN, or {@code out} is shorter than {@code x}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> clip(double[] x, double lo, double hi, double[] out) {
        return PoolKernels.clip(owner(), chunkSize(), Checks.wrap(x, "x"), lo, hi, Checks.wrap(out, "out"));
    }

    /**
     * {@code out[i] = min(max(x[i], lo), hi)} on Java arrays: as {@link #clip(NumericArray, double, double, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the array
     * @param lo the lower bound
     * @param hi the upper bound
     * @param out receives the first {@code x.length} results; may be {@code x}
     * @return a future that completes when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code lo > hi}, a bound is NaN, or {@code out} is shorter than {@code x}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Void> clip(float[] x, float lo, float hi, float[] out) {
        return PoolKernels.clip(owner(), chunkSize(), Checks.wrap(x, "x"), lo, hi, Checks.wrap(out, "out"));
    }

    // ---- scan ----------------------------------------------------------------------------------

    /**
     * Running sum {@code out[i] = x[0] + ... + x[i]}, as {@link Kernels#cumsum(NumericArray, NumericArray)},
     * with the same values and total bit for bit. It is <em>not</em> parallel: each sum is rounded from the
     * previous one, left to right as NumPy does, so it runs on one worker, chunk by chunk, carrying the
     * running sum from one chunk to the next. Cancelling its future stops it at the next chunk boundary and
     * leaves a prefix of whole chunks of {@code out} written (see <a href="#cancellation">cancellation</a>);
     * it does not block or look at interrupts.
     *
     * @param x the array
     * @param out receives the running sums; may be {@code x}
     * @return a future of the total (0.0 when {@code x} is empty), complete when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> cumsum(NumericArray x, NumericArray out) {
        return PoolKernels.cumsum(owner(), chunkSize(), x, out);
    }

    /**
     * Running sum of a Java array: as {@link #cumsum(NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the array
     * @param out receives the running sums; may be {@code x}
     * @return a future of the total (0.0 when {@code x} is empty), complete when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> cumsum(double[] x, double[] out) {
        return PoolKernels.cumsum(owner(), chunkSize(), Checks.wrap(x, "x"), Checks.wrap(out, "out"));
    }

    /**
     * Running sum of a Java array: as {@link #cumsum(NumericArray, NumericArray)}.
     * Cancellation, interrupts and timeouts as there.
     *
     * @param x the array
     * @param out receives the running sums; may be {@code x}
     * @return a future of the total (0.0 when {@code x} is empty), complete when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than {@code x}
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    default CompletableFuture<Double> cumsum(float[] x, float[] out) {
        return PoolKernels.cumsum(owner(), chunkSize(), Checks.wrap(x, "x"), Checks.wrap(out, "out"));
    }

    // ---- sorting, selection, histograms, describe -----------------------------------------------

    /**
     * Sorts x in place on this pool, ascending as {@link Kernels#sort(NumericArray)} (NaN last,
     * -0.0 before +0.0; the result is unique, so the same for any number of workers).
     *
     * <h4>How it is split</h4>
     * On the native backend an array of at least 2^20 elements is sorted by up to
     * {@link ComputePool#workerCount()} tasks: a sample fixes ordered buckets, the tasks count and then
     * scatter their chunks of x into an off-heap array of keys, sort groups of buckets there,
     * and one task copies the result back into x. Smaller arrays, and every array on the Java
     * backend, are sorted by one task.
     *
     * <h4>Memory</h4>
     * n elements of off-heap scratch (reused between calls, see {@link Kernels#releaseScratch()}),
     * plus per task 1.2 MiB of counters and 64 Ki elements, plus a table of bucket counts of at
     * most 1 MiB (64 chunks x 2^11 buckets).
     *
     * <h4>Cancellation, interrupts, timeouts</h4>
     * Cancelling the future (or completing it any other way, as {@code orTimeout} does) stops the
     * tasks at their next chunk boundary, at most a few milliseconds of work later. <b>x is left
     * either unchanged or completely sorted</b>: it is written only in the last step, a copy
     * that is never interrupted once begun (about 1 ms per 10^6 elements). That copy, like a
     * chunk in progress, may still be running for a moment after {@code cancel} returns: do not
     * touch x until the pool has finished the task (for example after
     * {@link ComputePool#awaitTermination}) or sort a copy. The call itself never blocks and ignores the
     * caller's interrupt status; the tasks ignore interrupts. A timed-out {@code get} leaves
     * the sort running.
     *
     * @param x the array, of a shared, automatic or global arena or on the heap
     * @return a future completing with null when x is sorted
     * @throws IllegalArgumentException if x is read-only or belongs to a confined arena
     * @throws IllegalStateException if x's arena is closed
     * @throws java.util.concurrent.RejectedExecutionException if this pool is shut down
     * @throws BrokenPoolException if this pool is broken
     */
    default CompletableFuture<Void> sort(NumericArray x) {
        return PoolSorts.sort(owner(), x);
    }

    /** Sorts x in place on this pool; see {@link #sort(NumericArray)}. */
    default CompletableFuture<Void> sort(double[] x) {
        return PoolSorts.sort(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /** Sorts x in place on this pool; see {@link #sort(NumericArray)}. */
    default CompletableFuture<Void> sort(float[] x) {
        return PoolSorts.sort(owner(), FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /** Sorts x in place on this pool; see {@link #sort(NumericArray)}. */
    default CompletableFuture<Void> sort(int[] x) {
        return PoolSorts.sort(owner(), IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /** Sorts x in place on this pool; see {@link #sort(NumericArray)}. */
    default CompletableFuture<Void> sort(long[] x) {
        return PoolSorts.sort(owner(), LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * Stable argsort of x into out (int64 indices, NumPy's {@code argsort(kind="stable")}, as
     * {@link Kernels#argsort(NumericArray, LongArray)}), split over the workers as
     * {@link #sort(NumericArray)}. x is only read. Memory: n keys of off-heap scratch, plus n
     * int64 when out is a heap array, plus the per-task parts of {@link #sort(NumericArray)}.
     * Cancelling the future stops the tasks at their next chunk boundary and leaves out with
     * unspecified contents (it may still be written for a moment after {@code cancel}
     * returns).
     *
     * @throws IllegalArgumentException if out is shorter than x, read-only or overlaps x, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws java.util.concurrent.RejectedExecutionException if this pool is shut down
     * @throws BrokenPoolException if this pool is broken
     */
    default CompletableFuture<Void> argsort(NumericArray x, LongArray out) {
        return PoolSorts.argsort(owner(), x, out);
    }

    /**
     * NumPy's {@code argpartition} on the pool: indices r such that x[r[k]] is the element of
     * rank k for each k of {@code kth} (negative k counts from the end), with the argpartition
     * contract around it. As {@link Kernels#argpartition(double[], long...)}, the result is the
     * full stable argsort, which satisfies the contract, computed as
     * {@link #argsort(double[])} is. The ranks are checked by this call, before anything is
     * submitted. The call never blocks.
     *
     * @throws IndexOutOfBoundsException if a k is outside [-n, n)
     * @throws java.util.concurrent.RejectedExecutionException if this pool is shut down
     */
    default CompletableFuture<long[]> argpartition(double[] x, long... kth) {
        QuantileMath.checkedRanks(kth, Objects.requireNonNull(x, "x").length);
        return argsort(x);
    }

    /** NumPy's argpartition on the pool; see {@link #argpartition(double[], long...)}. */
    default CompletableFuture<long[]> argpartition(float[] x, long... kth) {
        QuantileMath.checkedRanks(kth, Objects.requireNonNull(x, "x").length);
        return argsort(x);
    }

    /**
     * NumPy's argpartition of any array on the pool, int64 indices into out; see
     * {@link #argpartition(double[], long...)} and {@link #argsort(NumericArray, LongArray)}.
     */
    default CompletableFuture<Void> argpartition(NumericArray x, LongArray out, long... kth) {
        QuantileMath.checkedRanks(kth, Checks.alive(x, "x").length());
        return argsort(x, out);
    }

    /** Stable argsort of x on this pool into a new long[]; see {@link #argsort(NumericArray, LongArray)}. */
    default CompletableFuture<long[]> argsort(double[] x) {
        return PoolSorts.argsort(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /** Stable argsort of x on this pool into a new long[]; see {@link #argsort(NumericArray, LongArray)}. */
    default CompletableFuture<long[]> argsort(float[] x) {
        return PoolSorts.argsort(owner(), FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /** Stable argsort of x on this pool into a new long[]; see {@link #argsort(NumericArray, LongArray)}. */
    default CompletableFuture<long[]> argsort(int[] x) {
        return PoolSorts.argsort(owner(), IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /** Stable argsort of x on this pool into a new long[]; see {@link #argsort(NumericArray, LongArray)}. */
    default CompletableFuture<long[]> argsort(long[] x) {
        return PoolSorts.argsort(owner(), LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * Quantiles of x by method m on this pool, the same bits as
     * {@link Kernels#quantile(NumericArray, double[], QuantileMethod)}: NaN for every q when x
     * holds a NaN. On the native backend, at least 2^20 elements are split over the workers:
     * each task buckets its chunks of x (counting the NaNs as it goes), then gathers the keys of
     * the few buckets holding a wanted rank, which are selected at the end. x is only read.
     * Memory: the gathered keys (for smooth data about n / 1024 per wanted bucket) and a table of bucket
     * counts of at most 0.5 MiB. Cancelling the future stops the tasks at their next chunk
     * boundary; nothing visible is left behind. The call never blocks.
     *
     * @param qs quantiles in [0, 1]
     * @throws IllegalArgumentException if x is empty or of a confined arena, or a q is outside
     *     [0, 1] or NaN
     * @throws IllegalStateException if x's arena is closed
     * @throws java.util.concurrent.RejectedExecutionException if this pool is shut down
     * @throws BrokenPoolException if this pool is broken
     */
    default CompletableFuture<double[]> quantile(NumericArray x, double[] qs, QuantileMethod m) {
        return PoolSorts.quantiles(owner(), x, QuantileMath.checkedQ(qs, 1, "q"), m, false, false);
    }

    /** The q-th quantile (method "linear") on this pool; see {@link #quantile(NumericArray, double[], QuantileMethod)}. */
    default CompletableFuture<Double> quantile(NumericArray x, double q, QuantileMethod m) {
        return PoolSorts.quantiles(owner(), x, QuantileMath.checkedQ(new double[] {q}, 1, "q"), m, false, true)
                .thenApply(v -> v[0]);
    }

    /** NumPy's {@code quantile(x, q)} on this pool; see {@link #quantile(NumericArray, double[], QuantileMethod)}. */
    default CompletableFuture<Double> quantile(double[] x, double q) {
        return quantile(DoubleArray.wrap(Objects.requireNonNull(x, "x")), q, QuantileMethod.LINEAR);
    }

    /** NumPy's {@code percentile(x, p)} on this pool (p in [0, 100]); see {@link #quantile(NumericArray, double[], QuantileMethod)}. */
    default CompletableFuture<Double> percentile(double[] x, double p) {
        return percentile(DoubleArray.wrap(Objects.requireNonNull(x, "x")), p, QuantileMethod.LINEAR);
    }

    /** Percentile of any array by method m on this pool; see {@link #quantile(NumericArray, double[], QuantileMethod)}. */
    default CompletableFuture<Double> percentile(NumericArray x, double p, QuantileMethod m) {
        return PoolSorts.quantiles(owner(), x, QuantileMath.checkedQ(new double[] {p}, 100, "percentile"), m, false, true)
                .thenApply(v -> v[0]);
    }

    /** Several percentiles (each in [0, 100]) in one selection on this pool. */
    default CompletableFuture<double[]> percentile(NumericArray x, double[] ps, QuantileMethod m) {
        return PoolSorts.quantiles(owner(), x, QuantileMath.checkedQ(ps, 100, "percentile"), m, false, false);
    }

    /** NumPy's {@code median} on this pool; see {@link #quantile(NumericArray, double[], QuantileMethod)}. */
    default CompletableFuture<Double> median(NumericArray x) {
        return PoolSorts.median(owner(), x, false);
    }

    /** NumPy's {@code median} on this pool. */
    default CompletableFuture<Double> median(double[] x) {
        return PoolSorts.median(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), false);
    }

    /** NumPy's {@code quantile(x, q)} of float32 values on the pool (interpolated in float32 as NumPy does for a scalar q). */
    default CompletableFuture<Double> quantile(float[] x, double q) {
        return quantile(FloatArray.wrap(Objects.requireNonNull(x, "x")), q, QuantileMethod.LINEAR);
    }

    /** NumPy's {@code percentile(x, p)} of float32 values on the pool. */
    default CompletableFuture<Double> percentile(float[] x, double p) {
        return percentile(FloatArray.wrap(Objects.requireNonNull(x, "x")), p, QuantileMethod.LINEAR);
    }

    /** NumPy's {@code median} of float32 values on the pool. */
    default CompletableFuture<Double> median(float[] x) {
        return PoolSorts.median(owner(), FloatArray.wrap(Objects.requireNonNull(x, "x")), false);
    }

    /**
     * NumPy's {@code nanquantile} on the pool: NaNs ignored (NaN for every q when all are NaN),
     * the same bits as {@link Kernels#nanquantile(NumericArray, double[], QuantileMethod)}. The
     * selection is split as in {@link #quantile(NumericArray, double[], QuantileMethod)}, whose
     * memory, cancellation and timing rules apply.
     *
     * @param qs quantiles in [0, 1]
     * @throws IllegalArgumentException if x is empty or of a confined arena, or a q is outside
     *     [0, 1] or NaN
     * @throws IllegalStateException if x's arena is closed
     * @throws java.util.concurrent.RejectedExecutionException if the pool is shut down
     * @throws BrokenPoolException if the pool is broken
     */
    default CompletableFuture<double[]> nanquantile(NumericArray x, double[] qs, QuantileMethod m) {
        return PoolSorts.quantiles(owner(), x, QuantileMath.checkedQ(qs, 1, "q"), m, true, false);
    }

    /** NumPy's {@code nanquantile(x, q)} by method m on the pool; see {@link #nanquantile(NumericArray, double[], QuantileMethod)}. */
    default CompletableFuture<Double> nanquantile(NumericArray x, double q, QuantileMethod m) {
        return PoolSorts.quantiles(owner(), x, QuantileMath.checkedQ(new double[] {q}, 1, "q"), m, true, true)
                .thenApply(v -> v[0]);
    }

    /** NumPy's {@code nanquantile(x, q)} on the pool; see {@link #nanquantile(NumericArray, double[], QuantileMethod)}. */
    default CompletableFuture<Double> nanquantile(double[] x, double q) {
        return nanquantile(DoubleArray.wrap(Objects.requireNonNull(x, "x")), q, QuantileMethod.LINEAR);
    }

    /** NumPy's {@code nanpercentile} (each p in [0, 100]) on the pool; see {@link #nanquantile(NumericArray, double[], QuantileMethod)}. */
    default CompletableFuture<double[]> nanpercentile(NumericArray x, double[] ps, QuantileMethod m) {
        return PoolSorts.quantiles(owner(), x, QuantileMath.checkedQ(ps, 100, "percentile"), m, true, false);
    }

    /** NumPy's {@code nanpercentile(x, p)} by method m on the pool. */
    default CompletableFuture<Double> nanpercentile(NumericArray x, double p, QuantileMethod m) {
        return PoolSorts.quantiles(owner(), x, QuantileMath.checkedQ(new double[] {p}, 100, "percentile"), m,
                true, true).thenApply(v -> v[0]);
    }

    /** NumPy's {@code nanpercentile(x, p)} on the pool. */
    default CompletableFuture<Double> nanpercentile(double[] x, double p) {
        return nanpercentile(DoubleArray.wrap(Objects.requireNonNull(x, "x")), p, QuantileMethod.LINEAR);
    }

    /** NumPy's {@code nanmedian} on the pool: NaNs ignored; NaN when all are NaN. */
    default CompletableFuture<Double> nanmedian(NumericArray x) {
        return PoolSorts.median(owner(), x, true);
    }

    /** NumPy's {@code nanmedian} on the pool. */
    default CompletableFuture<Double> nanmedian(double[] x) {
        return PoolSorts.median(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), true);
    }

    /**
     * NumPy's {@code partition} on the pool, in place: exactly what
     * {@link Kernels#partition(NumericArray, long...)} leaves in x (the same arrangement, not
     * only the same contract), computed by <em>one</em> pool task: a partition is a single
     * selection pass in place, which the workers cannot share without changing the
     * arrangement. Memory: as the synchronous partition (a heap array is partitioned in an
     * off-heap copy of n elements). kth is checked and copied by the call. Cancelling the
     * future before the task starts leaves x untouched; once it runs, it runs to the end (x is
     * then partitioned although the future reports cancellation). The call never blocks.
     *
     * @throws IndexOutOfBoundsException if a kth is outside [-n, n)
     * @throws IllegalArgumentException if x is read-only or of a confined arena
     * @throws IllegalStateException if x's arena is closed
     * @throws java.util.concurrent.RejectedExecutionException if the pool is shut down
     * @throws BrokenPoolException if the pool is broken
     */
    default CompletableFuture<Void> partition(NumericArray x, long... kth) {
        return PoolSorts.partition(owner(), x, kth);
    }

    /** NumPy's partition on the pool; see {@link #partition(NumericArray, long...)}. */
    default CompletableFuture<Void> partition(double[] x, long... kth) {
        return PoolSorts.partition(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), kth);
    }

    /** NumPy's partition on the pool; see {@link #partition(NumericArray, long...)}. */
    default CompletableFuture<Void> partition(float[] x, long... kth) {
        return PoolSorts.partition(owner(), FloatArray.wrap(Objects.requireNonNull(x, "x")), kth);
    }

    /** NumPy's partition on the pool; see {@link #partition(NumericArray, long...)}. */
    default CompletableFuture<Void> partition(int[] x, long... kth) {
        return PoolSorts.partition(owner(), IntArray.wrap(Objects.requireNonNull(x, "x")), kth);
    }

    /** NumPy's partition on the pool; see {@link #partition(NumericArray, long...)}. */
    default CompletableFuture<Void> partition(long[] x, long... kth) {
        return PoolSorts.partition(owner(), LongArray.wrap(Objects.requireNonNull(x, "x")), kth);
    }

    /**
     * pandas' {@code describe()} on the pool, the same {@link Description} bit for bit as
     * {@link Kernels#describe(NumericArray, double...)} for any worker count: two jobs run side
     * by side, (1) the moments in one read of x, fixed chunks of 2^16 elements (count, mean
     * and squared deviations of the non-NaN values of each chunk) claimed by the workers and
     * merged in chunk order by Chan's formulas, and (2) the selection of min, max and the
     * percentiles as in {@link #quantile(NumericArray, double[], QuantileMethod)}. x is only
     * read. Memory: per task one chunk (512 KiB) for compacting chunks that hold NaN, a
     * 24-byte record per chunk, and the selection's gathered keys (about n / 1024 per wanted
     * bucket for smooth data). Cancelling the future stops both jobs at their next chunk
     * boundary; nothing visible is left behind. The call never blocks and ignores interrupts.
     *
     * @param percentiles fractions in [0, 1] (none: only count, mean, std, min and max)
     * @throws IllegalArgumentException if x is not F64 or F32, of a confined arena, or a
     *     percentile is outside [0, 1] or NaN
     * @throws IllegalStateException if x's arena is closed
     * @throws java.util.concurrent.RejectedExecutionException if the pool is shut down
     * @throws BrokenPoolException if the pool is broken
     */
    default CompletableFuture<Description> describe(NumericArray x, double... percentiles) {
        return PoolSorts.describe(owner(), x, percentiles);
    }

    /** pandas' {@code describe()} with the quartiles on the pool; see {@link #describe(NumericArray, double...)}. */
    default CompletableFuture<Description> describe(double[] x) {
        return describe(DoubleArray.wrap(Objects.requireNonNull(x, "x")), 0.25, 0.5, 0.75);
    }

    /** pandas' {@code describe()} of float32 values with the quartiles on the pool; see {@link #describe(NumericArray, double...)}. */
    default CompletableFuture<Description> describe(float[] x) {
        return describe(FloatArray.wrap(Objects.requireNonNull(x, "x")), 0.25, 0.5, 0.75);
    }

    /**
     * numpy.histogram(x, bins, range=(lo, hi)) on the pool, the same counts and edges as
     * {@link Kernels#histogram(NumericArray, int, double, double)} for every dtype (F64, F32,
     * I32, I64, each with NumPy's arithmetic for that dtype; values outside [lo, hi] and NaN
     * are not counted). On the native backend, arrays of at least 2^20 elements are split:
     * each task adds its chunks of x into a partial histogram of its own, and the partial
     * histograms are added up in task order at the end (integer counts: the same for any
     * worker count). Memory: one {@code long[bins]} per task. Cancelling the future stops the
     * tasks at their next chunk boundary; nothing visible is left behind. The call never
     * blocks and ignores interrupts.
     *
     * @throws IllegalArgumentException if x is of a confined arena, bins &lt;= 0, lo or hi is
     *     not finite, lo &gt; hi, or the bins are narrower than the edges' dtype resolves (the
     *     checks of {@link Kernels#histogram(NumericArray, int, double, double)})
     * @throws IllegalStateException if x's arena is closed
     * @throws java.util.concurrent.RejectedExecutionException if the pool is shut down
     * @throws BrokenPoolException if the pool is broken
     */
    default CompletableFuture<Histogram> histogram(NumericArray x, int bins, double lo, double hi) {
        return PoolSorts.histogram(owner(), x, bins, lo, hi);
    }

    /** numpy.histogram with a range on the pool; see {@link #histogram(NumericArray, int, double, double)}. */
    default CompletableFuture<Histogram> histogram(double[] x, int bins, double lo, double hi) {
        return PoolSorts.histogram(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi);
    }

    /** numpy.histogram of float32 values with a range on the pool; see {@link Kernels#histogram(float[], int, double, double)}. */
    default CompletableFuture<Histogram> histogram(float[] x, int bins, double lo, double hi) {
        return PoolSorts.histogram(owner(), FloatArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi);
    }

    /** numpy.histogram of int32 values with a range on the pool; see {@link Kernels#histogram(int[], int, double, double)}. */
    default CompletableFuture<Histogram> histogram(int[] x, int bins, double lo, double hi) {
        return PoolSorts.histogram(owner(), IntArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi);
    }

    /** numpy.histogram of int64 values with a range on the pool; see {@link Kernels#histogram(long[], int, double, double)}. */
    default CompletableFuture<Histogram> histogram(long[] x, int bins, double lo, double hi) {
        return PoolSorts.histogram(owner(), LongArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi);
    }

    /**
     * numpy.histogram(x, bins) on the pool, the range from the data: one task finds min and
     * max (a read of x), then the counting is split as in {@link #histogram(NumericArray, int,
     * double, double)}. Same counts and edges as {@link Kernels#histogram(NumericArray, int)}.
     * A range that is not finite (x holds NaN or infinity) or too narrow for the bins is found
     * only by that task: the future then completes exceptionally with the
     * {@link IllegalArgumentException}. Cancelling the future stops the range task (if not yet
     * started) or the counting at its next chunk boundary. The call never blocks.
     *
     * @throws IllegalArgumentException if x is of a confined arena, or bins &lt;= 0 (or &gt; 2^24 for F32)
     * @throws IllegalStateException if x's arena is closed
     * @throws java.util.concurrent.RejectedExecutionException if the pool is shut down
     * @throws BrokenPoolException if the pool is broken
     */
    default CompletableFuture<Histogram> histogram(NumericArray x, int bins) {
        return PoolSorts.histogram(owner(), x, bins);
    }

    /** numpy.histogram(x, bins) on the pool; see {@link #histogram(NumericArray, int)}. */
    default CompletableFuture<Histogram> histogram(double[] x, int bins) {
        return PoolSorts.histogram(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), bins);
    }

    /** numpy.histogram(x, bins) of float32 values on the pool; see {@link Kernels#histogram(float[], int)}. */
    default CompletableFuture<Histogram> histogram(float[] x, int bins) {
        return PoolSorts.histogram(owner(), FloatArray.wrap(Objects.requireNonNull(x, "x")), bins);
    }

    /**
     * numpy.histogram(x, bins=edges) on the pool, the same counts as
     * {@link Kernels#histogram(NumericArray, double[])} (any dtype), split as
     * {@link #histogram(NumericArray, int, double, double)}. The edges are copied by the call.
     * Memory: one {@code long[edges.length - 1]} per task.
     *
     * @throws IllegalArgumentException if x is of a confined arena, fewer than 2 edges are
     *     given, an edge is NaN, or the edges decrease
     * @throws IllegalStateException if x's arena is closed
     * @throws java.util.concurrent.RejectedExecutionException if the pool is shut down
     * @throws BrokenPoolException if the pool is broken
     */
    default CompletableFuture<long[]> histogram(NumericArray x, double[] edges) {
        return PoolSorts.histogram(owner(), x, edges);
    }

    /** numpy.histogram(x, bins=edges) on the pool; see {@link #histogram(NumericArray, double[])}. */
    default CompletableFuture<long[]> histogram(double[] x, double[] edges) {
        return PoolSorts.histogram(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), edges);
    }

    // ---- dense linear algebra ------------------------------------------------------------------

    /**
     * Matrix product on the pool's workers (a {@link #withChunkSize} view uses its pool): {@code C = alpha * op(A) * op(B) + beta * C}, exactly as
     * {@link Kernels#gemm(boolean, boolean, double, DoubleMatrix, DoubleMatrix, double, DoubleMatrix)}
     * computes it, bit for bit, with C cut into row or column blocks of whole micro-tiles that the
     * workers compute at once (at most four blocks per worker; a small product is one task).
     * A product of at most 2^21 multiply-adds (orders up to 128) runs on the calling thread,
     * which costs less than a hand-off to a worker, and the future returned is already
     * completed (or already failed); it cannot be cancelled.
     * Arguments are checked before anything is queued. Cancelling the future cancels the blocks
     * not yet started; a block that is running completes, so C may be left partly updated.
     * Matrices of a confined arena are refused (workers may not touch them).
     *
     * @return a future that completes with null once every block is done
     * @throws IllegalArgumentException for mismatched shapes, aliasing, a read-only C, or a matrix
     *     of a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down
     * @throws BrokenPoolException if the pool is broken
     */
    default CompletableFuture<Void> gemm(boolean transA, boolean transB, double alpha, DoubleMatrix a, DoubleMatrix b,
                                        double beta, DoubleMatrix c) {
        return PoolGemm.gemm(owner(), org.kernels4j.backend.Backends.current(), transA, transB, alpha, a, b, beta, c);
    }

    /** Float32 {@link #gemm(boolean, boolean, double, DoubleMatrix, DoubleMatrix, double, DoubleMatrix)}. */
    default CompletableFuture<Void> gemm(boolean transA, boolean transB, float alpha, FloatMatrix a, FloatMatrix b,
                                        float beta, FloatMatrix c) {
        return PoolGemm.gemm(owner(), org.kernels4j.backend.Backends.current(), transA, transB, alpha, a, b, beta, c);
    }
}
