package org.kernels4j;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.kernels4j.backend.BinaryOp;
import org.kernels4j.backend.UnaryOp;
import org.kernels4j.planner.Checks;
import org.kernels4j.planner.ChunkPlanner;
import org.kernels4j.planner.Covariance;
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

    // ---- sorting, selection, histograms, describe -----------------------------------------------

    /**
     * Stable argsort of x into out (int64 indices, NumPy's {@code argsort(kind="stable")}, as
     * {@link Kernels#argsort(NumericArray, LongArray)}), split over the workers as
     * {@link #sort(NumericArray)}. x is only read. Memory: n keys of off-heap scratch, plus n
     * int64 when out is a heap array, plus the per-task parts of {@link #sort(NumericArray)}.
     * Cancelling the future stops the tasks at their next chunk boundary and leaves out with
     * unspecified contents (it may still be written for a moment after {@code cancel}
     * returns). The call never blocks and ignores interrupts; a timed-out {@code get} leaves
     * the work running.
     *
     * @param x the array, only read
     * @param out receives the sorting permutation in its first n elements
     * @return a future that completes with null when out is written
     * @throws NullPointerException if an argument is null
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
     * NumPy's argpartition of any array on the pool, int64 indices into out; see
     * {@link #argpartition(double[], long...)} and {@link #argsort(NumericArray, LongArray)}
     * (the result is the full stable argsort, with its cancellation rules). The ranks are
     * checked by the call, before anything is submitted; the call never blocks.
     *
     * @param x the array, only read
     * @param out receives the indices in its first n elements
     * @param kth the ranks to put in place (a negative k counts from the end)
     * @return a future that completes with null when out is written
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if a k is outside [-n, n)
     * @throws IllegalArgumentException if out is shorter than x, read-only or overlaps x, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if an arena is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link BrokenPoolException})
     */
    default CompletableFuture<Void> argpartition(NumericArray x, LongArray out, long... kth) {
        QuantileMath.checkedRanks(kth, Checks.alive(x, "x").length());
        return argsort(x, out);
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
     * @param x a float64 or float32 array, only read
     * @param percentiles fractions in [0, 1] (none: only count, mean, std, min and max)
     * @return a future of the statistics
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if x is not F64 or F32, of a confined arena, or a
     *     percentile is outside [0, 1] or NaN
     * @throws IllegalStateException if x's arena is closed
     * @throws java.util.concurrent.RejectedExecutionException if the pool is shut down
     * @throws BrokenPoolException if the pool is broken
     */
    default CompletableFuture<Description> describe(NumericArray x, double... percentiles) {
        return PoolSorts.describe(owner(), x, percentiles);
    }

    // ---- dense linear algebra ------------------------------------------------------------------

    /**
     * NumPy's {@code cov(m, rowvar=rowvar, ddof=ddof)} on the pool: {@link Kernels#cov(NumericMatrix,
     * boolean, int)} run as one task on a worker (its GEMM on that thread), the same matrix bit for
     * bit. The arguments are checked on the calling thread. Cancelling the future before the
     * task starts stops it; a started task runs to its end and its result is dropped. The call
     * never blocks and ignores interrupts.
     *
     * @param m the observations, float64 or float32; only read
     * @param rowvar true: each row is a variable (NumPy's default); false: each column
     * @param ddof 1 for the unbiased estimate, 0 for NumPy's {@code bias=True}
     * @return a future of the v x v covariance matrix (a new heap matrix)
     * @throws NullPointerException if m is null
     * @throws IllegalArgumentException if ddof is negative, there are no more observations than
     *     ddof, or m belongs to a confined arena
     * @throws IllegalStateException if m's arena is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link BrokenPoolException})
     */
    default CompletableFuture<DoubleMatrix> cov(NumericMatrix m, boolean rowvar, int ddof) {
        Covariance.check(m, rowvar, ddof, "cov");
        Checks.requireShareable(m, "m");
        return owner().submit(() -> Kernels.cov(m, rowvar, ddof));
    }

    /**
     * NumPy's {@code corrcoef(m, rowvar=rowvar)} on the pool: {@link Kernels#corrcoef(NumericMatrix,
     * boolean)} run as one task on a worker, with the rules of {@link #cov(NumericMatrix, boolean, int)}.
     *
     * @param m the observations, float64 or float32; only read
     * @param rowvar true: each row is a variable (NumPy's default); false: each column
     * @return a future of the v x v matrix of correlation coefficients
     * @throws NullPointerException if m is null
     * @throws IllegalArgumentException if there are fewer than two observations, or m belongs to
     *     a confined arena
     * @throws IllegalStateException if m's arena is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link BrokenPoolException})
     */
    default CompletableFuture<DoubleMatrix> corrcoef(NumericMatrix m, boolean rowvar) {
        Covariance.check(m, rowvar, 1, "corrcoef");
        Checks.requireShareable(m, "m");
        return owner().submit(() -> Kernels.corrcoef(m, rowvar));
    }

    // ---- the per-dtype operations, generated from one table (src/tools/facade_ops.py) --------------

    // <generated by src/tools/gen_typed.py: do not edit> ops

    /**
     * The asynchronous form of {@link Kernels#sum(NumericArray)}, run on this pool. The sum of the
     * elements, added in the k4j tree order (a pairwise tree whose error grows like log n, as NumPy's
     * does, though the two orders differ; the same bits on every backend and CPU path). The reduction
     * is split into chunks that the workers claim in turn, and the partial results merge in chunk order
     * by fixed rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling
     * the future stops the work at the next chunk boundary; nothing visible is left behind. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @return a future of the sum: NaN if an element is NaN (or +Inf and -Inf both occur), 0.0 if there
     *     are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or an array belongs to a
     *     confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> sum(NumericArray x) {
        return PoolKernels.sum(owner(), chunkSize(), x);
    }

    /**
     * The asynchronous form of {@link Kernels#sum(double[])}, run on this pool. The sum of the
     * elements, added in the k4j tree order (a pairwise tree whose error grows like log n, as NumPy's
     * does, though the two orders differ; the same bits on every backend and CPU path). The reduction
     * is split into chunks that the workers claim in turn, and the partial results merge in chunk order
     * by fixed rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling
     * the future stops the work at the next chunk boundary; nothing visible is left behind. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the sum: NaN if an element is NaN (or +Inf and -Inf both occur), 0.0 if there
     *     are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> sum(double[] x) {
        return PoolKernels.sum(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#sum(float[])}, run on this pool. The sum of the elements,
     * added in the k4j tree order (a pairwise tree whose error grows like log n, as NumPy's does,
     * though the two orders differ; the same bits on every backend and CPU path). float32 values are
     * accumulated in float64. The reduction is split into chunks that the workers claim in turn, and
     * the partial results merge in chunk order by fixed rules, so the value is the synchronous one bit
     * for bit, for any worker count. Cancelling the future stops the work at the next chunk boundary;
     * nothing visible is left behind. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the sum: NaN if an element is NaN (or +Inf and -Inf both occur), 0.0 if there
     *     are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> sum(float[] x) {
        return PoolKernels.sum(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#mean(NumericArray)}, run on this pool. The arithmetic
     * mean: the tree-order sum divided by the number of elements. The reduction is split into chunks
     * that the workers claim in turn, and the partial results merge in chunk order by fixed rules, so
     * the value is the synchronous one bit for bit, for any worker count. Cancelling the future stops
     * the work at the next chunk boundary; nothing visible is left behind. The call checks its
     * arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @return a future of the mean: NaN if an element is NaN or there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or an array belongs to a
     *     confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> mean(NumericArray x) {
        return PoolKernels.mean(owner(), chunkSize(), x);
    }

    /**
     * The asynchronous form of {@link Kernels#mean(double[])}, run on this pool. The arithmetic mean:
     * the tree-order sum divided by the number of elements. The reduction is split into chunks that the
     * workers claim in turn, and the partial results merge in chunk order by fixed rules, so the value
     * is the synchronous one bit for bit, for any worker count. Cancelling the future stops the work at
     * the next chunk boundary; nothing visible is left behind. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the mean: NaN if an element is NaN or there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> mean(double[] x) {
        return PoolKernels.mean(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#mean(float[])}, run on this pool. The arithmetic mean:
     * the tree-order sum divided by the number of elements. float32 values are accumulated in float64.
     * The reduction is split into chunks that the workers claim in turn, and the partial results merge
     * in chunk order by fixed rules, so the value is the synchronous one bit for bit, for any worker
     * count. Cancelling the future stops the work at the next chunk boundary; nothing visible is left
     * behind. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the mean: NaN if an element is NaN or there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> mean(float[] x) {
        return PoolKernels.mean(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#nansum(NumericArray)}, run on this pool. NumPy's {@code
     * nansum}: the sum of the elements that are not NaN, in the k4j tree order. The reduction is split
     * into chunks that the workers claim in turn, and the partial results merge in chunk order by fixed
     * rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling the
     * future stops the work at the next chunk boundary; nothing visible is left behind. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @return a future of the sum of the non-NaN elements: 0.0 if there are none
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or an array belongs to a
     *     confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nansum(NumericArray x) {
        return PoolKernels.nansum(owner(), chunkSize(), x);
    }

    /**
     * The asynchronous form of {@link Kernels#nansum(double[])}, run on this pool. NumPy's {@code
     * nansum}: the sum of the elements that are not NaN, in the k4j tree order. The reduction is split
     * into chunks that the workers claim in turn, and the partial results merge in chunk order by fixed
     * rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling the
     * future stops the work at the next chunk boundary; nothing visible is left behind. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the sum of the non-NaN elements: 0.0 if there are none
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nansum(double[] x) {
        return PoolKernels.nansum(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#nansum(float[])}, run on this pool. NumPy's {@code
     * nansum}: the sum of the elements that are not NaN, in the k4j tree order. float32 values are
     * accumulated in float64. The reduction is split into chunks that the workers claim in turn, and
     * the partial results merge in chunk order by fixed rules, so the value is the synchronous one bit
     * for bit, for any worker count. Cancelling the future stops the work at the next chunk boundary;
     * nothing visible is left behind. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the sum of the non-NaN elements: 0.0 if there are none
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nansum(float[] x) {
        return PoolKernels.nansum(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#nanmean(NumericArray)}, run on this pool. NumPy's {@code
     * nanmean}: the mean of the elements that are not NaN. The reduction is split into chunks that the
     * workers claim in turn, and the partial results merge in chunk order by fixed rules, so the value
     * is the synchronous one bit for bit, for any worker count. Cancelling the future stops the work at
     * the next chunk boundary; nothing visible is left behind. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @return a future of the mean of the non-NaN elements: NaN if there are none
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or an array belongs to a
     *     confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanmean(NumericArray x) {
        return PoolKernels.nanmean(owner(), chunkSize(), x);
    }

    /**
     * The asynchronous form of {@link Kernels#nanmean(double[])}, run on this pool. NumPy's {@code
     * nanmean}: the mean of the elements that are not NaN. The reduction is split into chunks that the
     * workers claim in turn, and the partial results merge in chunk order by fixed rules, so the value
     * is the synchronous one bit for bit, for any worker count. Cancelling the future stops the work at
     * the next chunk boundary; nothing visible is left behind. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the mean of the non-NaN elements: NaN if there are none
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanmean(double[] x) {
        return PoolKernels.nanmean(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#nanmean(float[])}, run on this pool. NumPy's {@code
     * nanmean}: the mean of the elements that are not NaN. float32 values are accumulated in float64.
     * The reduction is split into chunks that the workers claim in turn, and the partial results merge
     * in chunk order by fixed rules, so the value is the synchronous one bit for bit, for any worker
     * count. Cancelling the future stops the work at the next chunk boundary; nothing visible is left
     * behind. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the mean of the non-NaN elements: NaN if there are none
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanmean(float[] x) {
        return PoolKernels.nanmean(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#min(NumericArray)}, run on this pool. The smallest
     * element, as {@link Math#min}: -0.0 is below +0.0, and a NaN anywhere makes the result NaN. The
     * reduction is split into chunks that the workers claim in turn, and the partial results merge in
     * chunk order by fixed rules, so the value is the synchronous one bit for bit, for any worker
     * count. Cancelling the future stops the work at the next chunk boundary; nothing visible is left
     * behind. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @return a future of the minimum, widened to double; NaN if an element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code x} is empty, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> min(NumericArray x) {
        return PoolKernels.extremum(owner(), chunkSize(), x, Extremum.MIN);
    }

    /**
     * The asynchronous form of {@link Kernels#min(double[])}, run on this pool. The smallest element,
     * as {@link Math#min}: -0.0 is below +0.0, and a NaN anywhere makes the result NaN. The reduction
     * is split into chunks that the workers claim in turn, and the partial results merge in chunk order
     * by fixed rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling
     * the future stops the work at the next chunk boundary; nothing visible is left behind. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the minimum, widened to double; NaN if an element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> min(double[] x) {
        return PoolKernels.extremum(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), Extremum.MIN);
    }

    /**
     * The asynchronous form of {@link Kernels#min(float[])}, run on this pool. The smallest element, as
     * {@link Math#min}: -0.0 is below +0.0, and a NaN anywhere makes the result NaN. The reduction is
     * split into chunks that the workers claim in turn, and the partial results merge in chunk order by
     * fixed rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling
     * the future stops the work at the next chunk boundary; nothing visible is left behind. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the minimum, widened to double; NaN if an element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> min(float[] x) {
        return PoolKernels.extremum(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")), Extremum.MIN);
    }

    /**
     * The asynchronous form of {@link Kernels#max(NumericArray)}, run on this pool. The largest
     * element, as {@link Math#max}: +0.0 is above -0.0, and a NaN anywhere makes the result NaN. The
     * reduction is split into chunks that the workers claim in turn, and the partial results merge in
     * chunk order by fixed rules, so the value is the synchronous one bit for bit, for any worker
     * count. Cancelling the future stops the work at the next chunk boundary; nothing visible is left
     * behind. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @return a future of the maximum, widened to double; NaN if an element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code x} is empty, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> max(NumericArray x) {
        return PoolKernels.extremum(owner(), chunkSize(), x, Extremum.MAX);
    }

    /**
     * The asynchronous form of {@link Kernels#max(double[])}, run on this pool. The largest element, as
     * {@link Math#max}: +0.0 is above -0.0, and a NaN anywhere makes the result NaN. The reduction is
     * split into chunks that the workers claim in turn, and the partial results merge in chunk order by
     * fixed rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling
     * the future stops the work at the next chunk boundary; nothing visible is left behind. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the maximum, widened to double; NaN if an element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> max(double[] x) {
        return PoolKernels.extremum(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), Extremum.MAX);
    }

    /**
     * The asynchronous form of {@link Kernels#max(float[])}, run on this pool. The largest element, as
     * {@link Math#max}: +0.0 is above -0.0, and a NaN anywhere makes the result NaN. The reduction is
     * split into chunks that the workers claim in turn, and the partial results merge in chunk order by
     * fixed rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling
     * the future stops the work at the next chunk boundary; nothing visible is left behind. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the maximum, widened to double; NaN if an element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> max(float[] x) {
        return PoolKernels.extremum(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")), Extremum.MAX);
    }

    /**
     * The asynchronous form of {@link Kernels#nanmin(NumericArray)}, run on this pool. NumPy's {@code
     * nanmin}: the smallest element that is not NaN (-0.0 below +0.0). The reduction is split into
     * chunks that the workers claim in turn, and the partial results merge in chunk order by fixed
     * rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling the
     * future stops the work at the next chunk boundary; nothing visible is left behind. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @return a future of the minimum of the non-NaN elements, widened to double; NaN if all are NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code x} is empty, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanmin(NumericArray x) {
        return PoolKernels.extremum(owner(), chunkSize(), x, Extremum.NANMIN);
    }

    /**
     * The asynchronous form of {@link Kernels#nanmin(double[])}, run on this pool. NumPy's {@code
     * nanmin}: the smallest element that is not NaN (-0.0 below +0.0). The reduction is split into
     * chunks that the workers claim in turn, and the partial results merge in chunk order by fixed
     * rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling the
     * future stops the work at the next chunk boundary; nothing visible is left behind. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the minimum of the non-NaN elements, widened to double; NaN if all are NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanmin(double[] x) {
        return PoolKernels.extremum(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), Extremum.NANMIN);
    }

    /**
     * The asynchronous form of {@link Kernels#nanmin(float[])}, run on this pool. NumPy's {@code
     * nanmin}: the smallest element that is not NaN (-0.0 below +0.0). The reduction is split into
     * chunks that the workers claim in turn, and the partial results merge in chunk order by fixed
     * rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling the
     * future stops the work at the next chunk boundary; nothing visible is left behind. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the minimum of the non-NaN elements, widened to double; NaN if all are NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanmin(float[] x) {
        return PoolKernels.extremum(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")), Extremum.NANMIN);
    }

    /**
     * The asynchronous form of {@link Kernels#nanmax(NumericArray)}, run on this pool. NumPy's {@code
     * nanmax}: the largest element that is not NaN (+0.0 above -0.0). The reduction is split into
     * chunks that the workers claim in turn, and the partial results merge in chunk order by fixed
     * rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling the
     * future stops the work at the next chunk boundary; nothing visible is left behind. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @return a future of the maximum of the non-NaN elements, widened to double; NaN if all are NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code x} is empty, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanmax(NumericArray x) {
        return PoolKernels.extremum(owner(), chunkSize(), x, Extremum.NANMAX);
    }

    /**
     * The asynchronous form of {@link Kernels#nanmax(double[])}, run on this pool. NumPy's {@code
     * nanmax}: the largest element that is not NaN (+0.0 above -0.0). The reduction is split into
     * chunks that the workers claim in turn, and the partial results merge in chunk order by fixed
     * rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling the
     * future stops the work at the next chunk boundary; nothing visible is left behind. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the maximum of the non-NaN elements, widened to double; NaN if all are NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanmax(double[] x) {
        return PoolKernels.extremum(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), Extremum.NANMAX);
    }

    /**
     * The asynchronous form of {@link Kernels#nanmax(float[])}, run on this pool. NumPy's {@code
     * nanmax}: the largest element that is not NaN (+0.0 above -0.0). The reduction is split into
     * chunks that the workers claim in turn, and the partial results merge in chunk order by fixed
     * rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling the
     * future stops the work at the next chunk boundary; nothing visible is left behind. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the maximum of the non-NaN elements, widened to double; NaN if all are NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanmax(float[] x) {
        return PoolKernels.extremum(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")), Extremum.NANMAX);
    }

    /**
     * The asynchronous form of {@link Kernels#argmin(NumericArray)}, run on this pool. NumPy's {@code
     * argmin}: the index of the first NaN if there is one, else of the first smallest element (-0.0 and
     * +0.0 are equal here: the first occurrence wins). The reduction is split into chunks that the
     * workers claim in turn, and the partial results merge in chunk order by fixed rules, so the value
     * is the synchronous one bit for bit, for any worker count. Cancelling the future stops the work at
     * the next chunk boundary; nothing visible is left behind. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @return a future of the index of the first NaN or first minimum
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code x} is empty, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> argmin(NumericArray x) {
        return PoolKernels.arg(owner(), chunkSize(), x, true);
    }

    /**
     * The asynchronous form of {@link Kernels#argmin(double[])}, run on this pool. NumPy's {@code
     * argmin}: the index of the first NaN if there is one, else of the first smallest element (-0.0 and
     * +0.0 are equal here: the first occurrence wins). The reduction is split into chunks that the
     * workers claim in turn, and the partial results merge in chunk order by fixed rules, so the value
     * is the synchronous one bit for bit, for any worker count. Cancelling the future stops the work at
     * the next chunk boundary; nothing visible is left behind. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the index of the first NaN or first minimum
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> argmin(double[] x) {
        return PoolKernels.arg(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), true);
    }

    /**
     * The asynchronous form of {@link Kernels#argmin(float[])}, run on this pool. NumPy's {@code
     * argmin}: the index of the first NaN if there is one, else of the first smallest element (-0.0 and
     * +0.0 are equal here: the first occurrence wins). The reduction is split into chunks that the
     * workers claim in turn, and the partial results merge in chunk order by fixed rules, so the value
     * is the synchronous one bit for bit, for any worker count. Cancelling the future stops the work at
     * the next chunk boundary; nothing visible is left behind. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the index of the first NaN or first minimum
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> argmin(float[] x) {
        return PoolKernels.arg(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")), true);
    }

    /**
     * The asynchronous form of {@link Kernels#argmax(NumericArray)}, run on this pool. NumPy's {@code
     * argmax}: the index of the first NaN if there is one, else of the first largest element (-0.0 and
     * +0.0 are equal here: the first occurrence wins). The reduction is split into chunks that the
     * workers claim in turn, and the partial results merge in chunk order by fixed rules, so the value
     * is the synchronous one bit for bit, for any worker count. Cancelling the future stops the work at
     * the next chunk boundary; nothing visible is left behind. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @return a future of the index of the first NaN or first maximum
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code x} is empty, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> argmax(NumericArray x) {
        return PoolKernels.arg(owner(), chunkSize(), x, false);
    }

    /**
     * The asynchronous form of {@link Kernels#argmax(double[])}, run on this pool. NumPy's {@code
     * argmax}: the index of the first NaN if there is one, else of the first largest element (-0.0 and
     * +0.0 are equal here: the first occurrence wins). The reduction is split into chunks that the
     * workers claim in turn, and the partial results merge in chunk order by fixed rules, so the value
     * is the synchronous one bit for bit, for any worker count. Cancelling the future stops the work at
     * the next chunk boundary; nothing visible is left behind. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the index of the first NaN or first maximum
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> argmax(double[] x) {
        return PoolKernels.arg(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), false);
    }

    /**
     * The asynchronous form of {@link Kernels#argmax(float[])}, run on this pool. NumPy's {@code
     * argmax}: the index of the first NaN if there is one, else of the first largest element (-0.0 and
     * +0.0 are equal here: the first occurrence wins). The reduction is split into chunks that the
     * workers claim in turn, and the partial results merge in chunk order by fixed rules, so the value
     * is the synchronous one bit for bit, for any worker count. Cancelling the future stops the work at
     * the next chunk boundary; nothing visible is left behind. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the index of the first NaN or first maximum
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> argmax(float[] x) {
        return PoolKernels.arg(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")), false);
    }

    /**
     * The asynchronous form of {@link Kernels#norm2(NumericArray)}, run on this pool. The Euclidean
     * norm, rescaled so that huge or tiny finite values neither overflow nor underflow. The reduction
     * is split into chunks that the workers claim in turn, and the partial results merge in chunk order
     * by fixed rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling
     * the future stops the work at the next chunk boundary; nothing visible is left behind. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @return a future of the norm: NaN if an element is NaN, +Inf if one is infinite, 0.0 if there are
     *     no elements
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or an array belongs to a
     *     confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> norm2(NumericArray x) {
        return PoolKernels.norm2(owner(), chunkSize(), x);
    }

    /**
     * The asynchronous form of {@link Kernels#norm2(double[])}, run on this pool. The Euclidean norm,
     * rescaled so that huge or tiny finite values neither overflow nor underflow. The reduction is
     * split into chunks that the workers claim in turn, and the partial results merge in chunk order by
     * fixed rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling
     * the future stops the work at the next chunk boundary; nothing visible is left behind. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the norm: NaN if an element is NaN, +Inf if one is infinite, 0.0 if there are
     *     no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> norm2(double[] x) {
        return PoolKernels.norm2(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#norm2(float[])}, run on this pool. The Euclidean norm,
     * rescaled so that huge or tiny finite values neither overflow nor underflow. float32 values are
     * accumulated in float64. The reduction is split into chunks that the workers claim in turn, and
     * the partial results merge in chunk order by fixed rules, so the value is the synchronous one bit
     * for bit, for any worker count. Cancelling the future stops the work at the next chunk boundary;
     * nothing visible is left behind. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the norm: NaN if an element is NaN, +Inf if one is infinite, 0.0 if there are
     *     no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> norm2(float[] x) {
        return PoolKernels.norm2(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#var(NumericArray, int)}, run on this pool. The variance,
     * two-pass: the mean, then the tree-order sum of squared deviations divided by {@code n - ddof}. A
     * parallel sum gives the mean, then a parallel sum of the squared deviations: the same value bit
     * for bit as the synchronous call. Cancelling the future stops the work at the next chunk boundary;
     * nothing visible is left behind. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return a future of the variance: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code ddof} is not in
     *     [0, n) (in particular when there are no elements), or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> var(NumericArray x, int ddof) {
        return PoolKernels.var(owner(), chunkSize(), x, ddof, false);
    }

    /**
     * The asynchronous form of {@link Kernels#var(NumericArray)}, run on this pool. The variance,
     * two-pass: the mean, then the tree-order sum of squared deviations divided by {@code n - ddof}.
     * The population form, ddof 0. A parallel sum gives the mean, then a parallel sum of the squared
     * deviations: the same value bit for bit as the synchronous call. Cancelling the future stops the
     * work at the next chunk boundary; nothing visible is left behind. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @return a future of the variance: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code ddof} is not in
     *     [0, n) (in particular when there are no elements), or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> var(NumericArray x) {
        return var(x, 0);
    }

    /**
     * The asynchronous form of {@link Kernels#var(double[], int)}, run on this pool. The variance,
     * two-pass: the mean, then the tree-order sum of squared deviations divided by {@code n - ddof}. A
     * parallel sum gives the mean, then a parallel sum of the squared deviations: the same value bit
     * for bit as the synchronous call. Cancelling the future stops the work at the next chunk boundary;
     * nothing visible is left behind. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return a future of the variance: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> var(double[] x, int ddof) {
        return PoolKernels.var(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), ddof, false);
    }

    /**
     * The asynchronous form of {@link Kernels#var(float[], int)}, run on this pool. The variance,
     * two-pass: the mean, then the tree-order sum of squared deviations divided by {@code n - ddof}.
     * float32 values are accumulated in float64. A parallel sum gives the mean, then a parallel sum of
     * the squared deviations: the same value bit for bit as the synchronous call. Cancelling the future
     * stops the work at the next chunk boundary; nothing visible is left behind. The call checks its
     * arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return a future of the variance: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> var(float[] x, int ddof) {
        return PoolKernels.var(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")), ddof, false);
    }

    /**
     * The asynchronous form of {@link Kernels#var(double[])}, run on this pool. The variance, two-pass:
     * the mean, then the tree-order sum of squared deviations divided by {@code n - ddof}. The
     * population form, ddof 0. A parallel sum gives the mean, then a parallel sum of the squared
     * deviations: the same value bit for bit as the synchronous call. Cancelling the future stops the
     * work at the next chunk boundary; nothing visible is left behind. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the variance: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> var(double[] x) {
        return var(x, 0);
    }

    /**
     * The asynchronous form of {@link Kernels#var(float[])}, run on this pool. The variance, two-pass:
     * the mean, then the tree-order sum of squared deviations divided by {@code n - ddof}. float32
     * values are accumulated in float64. The population form, ddof 0. A parallel sum gives the mean,
     * then a parallel sum of the squared deviations: the same value bit for bit as the synchronous
     * call. Cancelling the future stops the work at the next chunk boundary; nothing visible is left
     * behind. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the variance: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> var(float[] x) {
        return var(x, 0);
    }

    /**
     * The asynchronous form of {@link Kernels#std(NumericArray, int)}, run on this pool. The standard
     * deviation: the square root of the two-pass variance with divisor {@code n - ddof}. A parallel sum
     * gives the mean, then a parallel sum of the squared deviations: the same value bit for bit as the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary; nothing
     * visible is left behind. The call checks its arguments on the calling thread, as the synchronous
     * call does, submits the work and returns without blocking; it ignores the caller's interrupt
     * status, and the workers do not respond to interrupts (a native call cannot be interrupted). A
     * timed-out {@code get} leaves the work running: cancel the future to stop it (see <a
     * href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return a future of the standard deviation: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code ddof} is not in
     *     [0, n) (in particular when there are no elements), or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> std(NumericArray x, int ddof) {
        return PoolKernels.var(owner(), chunkSize(), x, ddof, true);
    }

    /**
     * The asynchronous form of {@link Kernels#std(NumericArray)}, run on this pool. The standard
     * deviation: the square root of the two-pass variance with divisor {@code n - ddof}. The population
     * form, ddof 0. A parallel sum gives the mean, then a parallel sum of the squared deviations: the
     * same value bit for bit as the synchronous call. Cancelling the future stops the work at the next
     * chunk boundary; nothing visible is left behind. The call checks its arguments on the calling
     * thread, as the synchronous call does, submits the work and returns without blocking; it ignores
     * the caller's interrupt status, and the workers do not respond to interrupts (a native call cannot
     * be interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it
     * (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @return a future of the standard deviation: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code ddof} is not in
     *     [0, n) (in particular when there are no elements), or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> std(NumericArray x) {
        return std(x, 0);
    }

    /**
     * The asynchronous form of {@link Kernels#std(double[], int)}, run on this pool. The standard
     * deviation: the square root of the two-pass variance with divisor {@code n - ddof}. A parallel sum
     * gives the mean, then a parallel sum of the squared deviations: the same value bit for bit as the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary; nothing
     * visible is left behind. The call checks its arguments on the calling thread, as the synchronous
     * call does, submits the work and returns without blocking; it ignores the caller's interrupt
     * status, and the workers do not respond to interrupts (a native call cannot be interrupted). A
     * timed-out {@code get} leaves the work running: cancel the future to stop it (see <a
     * href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return a future of the standard deviation: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> std(double[] x, int ddof) {
        return PoolKernels.var(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), ddof, true);
    }

    /**
     * The asynchronous form of {@link Kernels#std(float[], int)}, run on this pool. The standard
     * deviation: the square root of the two-pass variance with divisor {@code n - ddof}. float32 values
     * are accumulated in float64. A parallel sum gives the mean, then a parallel sum of the squared
     * deviations: the same value bit for bit as the synchronous call. Cancelling the future stops the
     * work at the next chunk boundary; nothing visible is left behind. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return a future of the standard deviation: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> std(float[] x, int ddof) {
        return PoolKernels.var(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")), ddof, true);
    }

    /**
     * The asynchronous form of {@link Kernels#std(double[])}, run on this pool. The standard deviation:
     * the square root of the two-pass variance with divisor {@code n - ddof}. The population form, ddof
     * 0. A parallel sum gives the mean, then a parallel sum of the squared deviations: the same value
     * bit for bit as the synchronous call. Cancelling the future stops the work at the next chunk
     * boundary; nothing visible is left behind. The call checks its arguments on the calling thread, as
     * the synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the standard deviation: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> std(double[] x) {
        return std(x, 0);
    }

    /**
     * The asynchronous form of {@link Kernels#std(float[])}, run on this pool. The standard deviation:
     * the square root of the two-pass variance with divisor {@code n - ddof}. float32 values are
     * accumulated in float64. The population form, ddof 0. A parallel sum gives the mean, then a
     * parallel sum of the squared deviations: the same value bit for bit as the synchronous call.
     * Cancelling the future stops the work at the next chunk boundary; nothing visible is left behind.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the standard deviation: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> std(float[] x) {
        return std(x, 0);
    }

    /**
     * The asynchronous form of {@link Kernels#dot(NumericArray, NumericArray)}, run on this pool. The
     * dot product: the products rounded (no FMA), then added in the k4j tree order. The reduction is
     * split into chunks that the workers claim in turn, and the partial results merge in chunk order by
     * fixed rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling
     * the future stops the work at the next chunk boundary; nothing visible is left behind. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the first operand (float64 or float32)
     * @param y the second operand, as long as {@code x} (float64 or float32)
     * @return a future of the dot product: NaN if a product is NaN, 0.0 if there are no elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, the lengths or the types
     *     differ, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> dot(NumericArray x, NumericArray y) {
        return PoolKernels.dot(owner(), chunkSize(), x, y);
    }

    /**
     * The asynchronous form of {@link Kernels#dot(double[], double[])}, run on this pool. The dot
     * product: the products rounded (no FMA), then added in the k4j tree order. The reduction is split
     * into chunks that the workers claim in turn, and the partial results merge in chunk order by fixed
     * rules, so the value is the synchronous one bit for bit, for any worker count. Cancelling the
     * future stops the work at the next chunk boundary; nothing visible is left behind. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the first operand, read in place
     * @param y the second operand, as long as {@code x}
     * @return a future of the dot product: NaN if a product is NaN, 0.0 if there are no elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths or the types differ
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> dot(double[] x, double[] y) {
        return PoolKernels.dot(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(y, "y")));
    }

    /**
     * The asynchronous form of {@link Kernels#dot(float[], float[])}, run on this pool. The dot
     * product: the products rounded (no FMA), then added in the k4j tree order. The products and the
     * sum are computed in float64. The reduction is split into chunks that the workers claim in turn,
     * and the partial results merge in chunk order by fixed rules, so the value is the synchronous one
     * bit for bit, for any worker count. Cancelling the future stops the work at the next chunk
     * boundary; nothing visible is left behind. The call checks its arguments on the calling thread, as
     * the synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the first operand, read in place
     * @param y the second operand, as long as {@code x}
     * @return a future of the dot product: NaN if a product is NaN, 0.0 if there are no elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths or the types differ
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> dot(float[] x, float[] y) {
        return PoolKernels.dot(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(y, "y")));
    }

    /**
     * The asynchronous form of {@link Kernels#add(NumericArray, NumericArray, NumericArray)}, run on
     * this pool. {@code out[i] = a[i] + b[i]}, in the arrays' type, IEEE arithmetic. The elements are
     * split into chunks that the workers claim in turn; each element is computed once, by the code of
     * the synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves
     * the output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code a} and {@code b}
     *     differ in length or type, {@code out} is shorter than the input, read-only or of another
     *     type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> add(NumericArray a, NumericArray b, NumericArray out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.ADD, a, b, out);
    }

    /**
     * The asynchronous form of {@link Kernels#add(double[], double[], double[])}, run on this pool.
     * {@code out[i] = a[i] + b[i]}, in the arrays' type, IEEE arithmetic. The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> add(double[] a, double[] b, double[] out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.ADD, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#add(float[], float[], float[])}, run on this pool. {@code
     * out[i] = a[i] + b[i]}, in the arrays' type, IEEE arithmetic. The elements are split into chunks
     * that the workers claim in turn; each element is computed once, by the code of the synchronous
     * call. Cancelling the future stops the work at the next chunk boundary and leaves the output
     * partly written: each chunk holds either its old values or all of its new ones, and one chunk per
     * worker may still be written for a moment after {@code cancel} returns. The call checks its
     * arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> add(float[] a, float[] b, float[] out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.ADD, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#sub(NumericArray, NumericArray, NumericArray)}, run on
     * this pool. {@code out[i] = a[i] - b[i]}, in the arrays' type, IEEE arithmetic. The elements are
     * split into chunks that the workers claim in turn; each element is computed once, by the code of
     * the synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves
     * the output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code a} and {@code b}
     *     differ in length or type, {@code out} is shorter than the input, read-only or of another
     *     type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> sub(NumericArray a, NumericArray b, NumericArray out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.SUB, a, b, out);
    }

    /**
     * The asynchronous form of {@link Kernels#sub(double[], double[], double[])}, run on this pool.
     * {@code out[i] = a[i] - b[i]}, in the arrays' type, IEEE arithmetic. The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> sub(double[] a, double[] b, double[] out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.SUB, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#sub(float[], float[], float[])}, run on this pool. {@code
     * out[i] = a[i] - b[i]}, in the arrays' type, IEEE arithmetic. The elements are split into chunks
     * that the workers claim in turn; each element is computed once, by the code of the synchronous
     * call. Cancelling the future stops the work at the next chunk boundary and leaves the output
     * partly written: each chunk holds either its old values or all of its new ones, and one chunk per
     * worker may still be written for a moment after {@code cancel} returns. The call checks its
     * arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> sub(float[] a, float[] b, float[] out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.SUB, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#mul(NumericArray, NumericArray, NumericArray)}, run on
     * this pool. {@code out[i] = a[i] * b[i]}, in the arrays' type, IEEE arithmetic. The elements are
     * split into chunks that the workers claim in turn; each element is computed once, by the code of
     * the synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves
     * the output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code a} and {@code b}
     *     differ in length or type, {@code out} is shorter than the input, read-only or of another
     *     type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> mul(NumericArray a, NumericArray b, NumericArray out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.MUL, a, b, out);
    }

    /**
     * The asynchronous form of {@link Kernels#mul(double[], double[], double[])}, run on this pool.
     * {@code out[i] = a[i] * b[i]}, in the arrays' type, IEEE arithmetic. The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> mul(double[] a, double[] b, double[] out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.MUL, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#mul(float[], float[], float[])}, run on this pool. {@code
     * out[i] = a[i] * b[i]}, in the arrays' type, IEEE arithmetic. The elements are split into chunks
     * that the workers claim in turn; each element is computed once, by the code of the synchronous
     * call. Cancelling the future stops the work at the next chunk boundary and leaves the output
     * partly written: each chunk holds either its old values or all of its new ones, and one chunk per
     * worker may still be written for a moment after {@code cancel} returns. The call checks its
     * arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> mul(float[] a, float[] b, float[] out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.MUL, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#div(NumericArray, NumericArray, NumericArray)}, run on
     * this pool. {@code out[i] = a[i] / b[i]}, in the arrays' type, IEEE arithmetic (x / 0 is ±Inf or
     * NaN, never an exception). The elements are split into chunks that the workers claim in turn; each
     * element is computed once, by the code of the synchronous call. Cancelling the future stops the
     * work at the next chunk boundary and leaves the output partly written: each chunk holds either its
     * old values or all of its new ones, and one chunk per worker may still be written for a moment
     * after {@code cancel} returns. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code a} and {@code b}
     *     differ in length or type, {@code out} is shorter than the input, read-only or of another
     *     type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> div(NumericArray a, NumericArray b, NumericArray out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.DIV, a, b, out);
    }

    /**
     * The asynchronous form of {@link Kernels#div(double[], double[], double[])}, run on this pool.
     * {@code out[i] = a[i] / b[i]}, in the arrays' type, IEEE arithmetic (x / 0 is ±Inf or NaN, never
     * an exception). The elements are split into chunks that the workers claim in turn; each element is
     * computed once, by the code of the synchronous call. Cancelling the future stops the work at the
     * next chunk boundary and leaves the output partly written: each chunk holds either its old values
     * or all of its new ones, and one chunk per worker may still be written for a moment after {@code
     * cancel} returns. The call checks its arguments on the calling thread, as the synchronous call
     * does, submits the work and returns without blocking; it ignores the caller's interrupt status,
     * and the workers do not respond to interrupts (a native call cannot be interrupted). A timed-out
     * {@code get} leaves the work running: cancel the future to stop it (see <a href="#small">small
     * inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> div(double[] a, double[] b, double[] out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.DIV, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#div(float[], float[], float[])}, run on this pool. {@code
     * out[i] = a[i] / b[i]}, in the arrays' type, IEEE arithmetic (x / 0 is ±Inf or NaN, never an
     * exception). The elements are split into chunks that the workers claim in turn; each element is
     * computed once, by the code of the synchronous call. Cancelling the future stops the work at the
     * next chunk boundary and leaves the output partly written: each chunk holds either its old values
     * or all of its new ones, and one chunk per worker may still be written for a moment after {@code
     * cancel} returns. The call checks its arguments on the calling thread, as the synchronous call
     * does, submits the work and returns without blocking; it ignores the caller's interrupt status,
     * and the workers do not respond to interrupts (a native call cannot be interrupted). A timed-out
     * {@code get} leaves the work running: cancel the future to stop it (see <a href="#small">small
     * inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> div(float[] a, float[] b, float[] out) {
        return PoolKernels.binary(owner(), chunkSize(), BinaryOp.DIV, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#add(NumericArray, double, NumericArray)}, run on this
     * pool. {@code out[i] = a[i] + s}, in the array's type, IEEE arithmetic. For a float32 array s is
     * rounded to float32 first. The elements are split into chunks that the workers claim in turn; each
     * element is computed once, by the code of the synchronous call. Cancelling the future stops the
     * work at the next chunk boundary and leaves the output partly written: each chunk holds either its
     * old values or all of its new ones, and one chunk per worker may still be written for a moment
     * after {@code cancel} returns. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param a the array operand (float64 or float32)
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code out} is shorter
     *     than the input, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> add(NumericArray a, double s, NumericArray out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.ADD, a, s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#add(double[], double, double[])}, run on this pool.
     * {@code out[i] = a[i] + s}, in the array's type, IEEE arithmetic. The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> add(double[] a, double s, double[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.ADD, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#add(float[], float, float[])}, run on this pool. {@code
     * out[i] = a[i] + s}, in the array's type, IEEE arithmetic. The elements are split into chunks that
     * the workers claim in turn; each element is computed once, by the code of the synchronous call.
     * Cancelling the future stops the work at the next chunk boundary and leaves the output partly
     * written: each chunk holds either its old values or all of its new ones, and one chunk per worker
     * may still be written for a moment after {@code cancel} returns. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> add(float[] a, float s, float[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.ADD, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#sub(NumericArray, double, NumericArray)}, run on this
     * pool. {@code out[i] = a[i] - s}, in the array's type, IEEE arithmetic. For a float32 array s is
     * rounded to float32 first. The elements are split into chunks that the workers claim in turn; each
     * element is computed once, by the code of the synchronous call. Cancelling the future stops the
     * work at the next chunk boundary and leaves the output partly written: each chunk holds either its
     * old values or all of its new ones, and one chunk per worker may still be written for a moment
     * after {@code cancel} returns. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param a the array operand (float64 or float32)
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code out} is shorter
     *     than the input, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> sub(NumericArray a, double s, NumericArray out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.SUB, a, s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#sub(double[], double, double[])}, run on this pool.
     * {@code out[i] = a[i] - s}, in the array's type, IEEE arithmetic. The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> sub(double[] a, double s, double[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.SUB, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#sub(float[], float, float[])}, run on this pool. {@code
     * out[i] = a[i] - s}, in the array's type, IEEE arithmetic. The elements are split into chunks that
     * the workers claim in turn; each element is computed once, by the code of the synchronous call.
     * Cancelling the future stops the work at the next chunk boundary and leaves the output partly
     * written: each chunk holds either its old values or all of its new ones, and one chunk per worker
     * may still be written for a moment after {@code cancel} returns. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> sub(float[] a, float s, float[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.SUB, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#mul(NumericArray, double, NumericArray)}, run on this
     * pool. {@code out[i] = a[i] * s}, in the array's type, IEEE arithmetic. For a float32 array s is
     * rounded to float32 first. The elements are split into chunks that the workers claim in turn; each
     * element is computed once, by the code of the synchronous call. Cancelling the future stops the
     * work at the next chunk boundary and leaves the output partly written: each chunk holds either its
     * old values or all of its new ones, and one chunk per worker may still be written for a moment
     * after {@code cancel} returns. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param a the array operand (float64 or float32)
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code out} is shorter
     *     than the input, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> mul(NumericArray a, double s, NumericArray out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.MUL, a, s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#mul(double[], double, double[])}, run on this pool.
     * {@code out[i] = a[i] * s}, in the array's type, IEEE arithmetic. The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> mul(double[] a, double s, double[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.MUL, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#mul(float[], float, float[])}, run on this pool. {@code
     * out[i] = a[i] * s}, in the array's type, IEEE arithmetic. The elements are split into chunks that
     * the workers claim in turn; each element is computed once, by the code of the synchronous call.
     * Cancelling the future stops the work at the next chunk boundary and leaves the output partly
     * written: each chunk holds either its old values or all of its new ones, and one chunk per worker
     * may still be written for a moment after {@code cancel} returns. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> mul(float[] a, float s, float[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.MUL, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#div(NumericArray, double, NumericArray)}, run on this
     * pool. {@code out[i] = a[i] / s}, in the array's type, IEEE arithmetic. For a float32 array s is
     * rounded to float32 first. The elements are split into chunks that the workers claim in turn; each
     * element is computed once, by the code of the synchronous call. Cancelling the future stops the
     * work at the next chunk boundary and leaves the output partly written: each chunk holds either its
     * old values or all of its new ones, and one chunk per worker may still be written for a moment
     * after {@code cancel} returns. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param a the array operand (float64 or float32)
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code out} is shorter
     *     than the input, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> div(NumericArray a, double s, NumericArray out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.DIV, a, s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#div(double[], double, double[])}, run on this pool.
     * {@code out[i] = a[i] / s}, in the array's type, IEEE arithmetic. The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> div(double[] a, double s, double[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.DIV, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#div(float[], float, float[])}, run on this pool. {@code
     * out[i] = a[i] / s}, in the array's type, IEEE arithmetic. The elements are split into chunks that
     * the workers claim in turn; each element is computed once, by the code of the synchronous call.
     * Cancelling the future stops the work at the next chunk boundary and leaves the output partly
     * written: each chunk holds either its old values or all of its new ones, and one chunk per worker
     * may still be written for a moment after {@code cancel} returns. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> div(float[] a, float s, float[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.DIV, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#scale(double, NumericArray, NumericArray)}, run on this
     * pool. {@code out[i] = alpha * x[i]}, in the array's type. The elements are split into chunks that
     * the workers claim in turn; each element is computed once, by the code of the synchronous call.
     * Cancelling the future stops the work at the next chunk boundary and leaves the output partly
     * written: each chunk holds either its old values or all of its new ones, and one chunk per worker
     * may still be written for a moment after {@code cancel} returns. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param alpha the factor
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code out} is shorter
     *     than the input, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> scale(double alpha, NumericArray x, NumericArray out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.MUL, x, alpha, out);
    }

    /**
     * The asynchronous form of {@link Kernels#scale(double, double[], double[])}, run on this pool.
     * {@code out[i] = alpha * x[i]}, in the array's type. The elements are split into chunks that the
     * workers claim in turn; each element is computed once, by the code of the synchronous call.
     * Cancelling the future stops the work at the next chunk boundary and leaves the output partly
     * written: each chunk holds either its old values or all of its new ones, and one chunk per worker
     * may still be written for a moment after {@code cancel} returns. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param alpha the factor
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> scale(double alpha, double[] x, double[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.MUL, DoubleArray.wrap(Objects.requireNonNull(x, "x")), alpha, DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#scale(float, float[], float[])}, run on this pool. {@code
     * out[i] = alpha * x[i]}, in the array's type. The elements are split into chunks that the workers
     * claim in turn; each element is computed once, by the code of the synchronous call. Cancelling the
     * future stops the work at the next chunk boundary and leaves the output partly written: each chunk
     * holds either its old values or all of its new ones, and one chunk per worker may still be written
     * for a moment after {@code cancel} returns. The call checks its arguments on the calling thread,
     * as the synchronous call does, submits the work and returns without blocking; it ignores the
     * caller's interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param alpha the factor
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> scale(float alpha, float[] x, float[] out) {
        return PoolKernels.scalar(owner(), chunkSize(), BinaryOp.MUL, FloatArray.wrap(Objects.requireNonNull(x, "x")), alpha, FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#axpy(double, NumericArray, NumericArray)}, run on this
     * pool. {@code y[i] = alpha * x[i] + y[i]}, rounded twice (as NumPy's {@code alpha * x + y}), in
     * the arrays' type. The elements are split into chunks that the workers claim in turn; each element
     * is computed once, by the code of the synchronous call. Cancelling the future stops the work at
     * the next chunk boundary and leaves the output partly written: each chunk holds either its old
     * values or all of its new ones, and one chunk per worker may still be written for a moment after
     * {@code cancel} returns. The call checks its arguments on the calling thread, as the synchronous
     * call does, submits the work and returns without blocking; it ignores the caller's interrupt
     * status, and the workers do not respond to interrupts (a native call cannot be interrupted). A
     * timed-out {@code get} leaves the work running: cancel the future to stop it (see <a
     * href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param alpha the factor
     * @param x the array added (float64 or float32)
     * @param y the array updated in place, as long as {@code x} (float64 or float32)
     * @return a future that completes with null when {@code y} is updated
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, the lengths or the types
     *     differ, or {@code y} is read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> axpy(double alpha, NumericArray x, NumericArray y) {
        return PoolKernels.axpy(owner(), chunkSize(), alpha, x, y);
    }

    /**
     * The asynchronous form of {@link Kernels#axpy(double, double[], double[])}, run on this pool.
     * {@code y[i] = alpha * x[i] + y[i]}, rounded twice (as NumPy's {@code alpha * x + y}), in the
     * arrays' type. The elements are split into chunks that the workers claim in turn; each element is
     * computed once, by the code of the synchronous call. Cancelling the future stops the work at the
     * next chunk boundary and leaves the output partly written: each chunk holds either its old values
     * or all of its new ones, and one chunk per worker may still be written for a moment after {@code
     * cancel} returns. The call checks its arguments on the calling thread, as the synchronous call
     * does, submits the work and returns without blocking; it ignores the caller's interrupt status,
     * and the workers do not respond to interrupts (a native call cannot be interrupted). A timed-out
     * {@code get} leaves the work running: cancel the future to stop it (see <a href="#small">small
     * inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param alpha the factor
     * @param x the array added, read in place
     * @param y the array updated in place, as long as {@code x}
     * @return a future that completes with null when {@code y} is updated
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths or the types differ, or {@code y} is read-only
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> axpy(double alpha, double[] x, double[] y) {
        return PoolKernels.axpy(owner(), chunkSize(), alpha, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(y, "y")));
    }

    /**
     * The asynchronous form of {@link Kernels#axpy(float, float[], float[])}, run on this pool. {@code
     * y[i] = alpha * x[i] + y[i]}, rounded twice (as NumPy's {@code alpha * x + y}), in the arrays'
     * type. The elements are split into chunks that the workers claim in turn; each element is computed
     * once, by the code of the synchronous call. Cancelling the future stops the work at the next chunk
     * boundary and leaves the output partly written: each chunk holds either its old values or all of
     * its new ones, and one chunk per worker may still be written for a moment after {@code cancel}
     * returns. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param alpha the factor
     * @param x the array added, read in place
     * @param y the array updated in place, as long as {@code x}
     * @return a future that completes with null when {@code y} is updated
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths or the types differ, or {@code y} is read-only
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> axpy(float alpha, float[] x, float[] y) {
        return PoolKernels.axpy(owner(), chunkSize(), alpha, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(y, "y")));
    }

    /**
     * The asynchronous form of {@link Kernels#abs(NumericArray, NumericArray)}, run on this pool.
     * {@code out[i] = |x[i]|} (NaN stays NaN; abs(-0.0) is +0.0). The elements are split into chunks
     * that the workers claim in turn; each element is computed once, by the code of the synchronous
     * call. Cancelling the future stops the work at the next chunk boundary and leaves the output
     * partly written: each chunk holds either its old values or all of its new ones, and one chunk per
     * worker may still be written for a moment after {@code cancel} returns. The call checks its
     * arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code out} is shorter
     *     than the input, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> abs(NumericArray x, NumericArray out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.ABS, x, out);
    }

    /**
     * The asynchronous form of {@link Kernels#abs(double[], double[])}, run on this pool. {@code out[i]
     * = |x[i]|} (NaN stays NaN; abs(-0.0) is +0.0). The elements are split into chunks that the workers
     * claim in turn; each element is computed once, by the code of the synchronous call. Cancelling the
     * future stops the work at the next chunk boundary and leaves the output partly written: each chunk
     * holds either its old values or all of its new ones, and one chunk per worker may still be written
     * for a moment after {@code cancel} returns. The call checks its arguments on the calling thread,
     * as the synchronous call does, submits the work and returns without blocking; it ignores the
     * caller's interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> abs(double[] x, double[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.ABS, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#abs(float[], float[])}, run on this pool. {@code out[i] =
     * |x[i]|} (NaN stays NaN; abs(-0.0) is +0.0). The elements are split into chunks that the workers
     * claim in turn; each element is computed once, by the code of the synchronous call. Cancelling the
     * future stops the work at the next chunk boundary and leaves the output partly written: each chunk
     * holds either its old values or all of its new ones, and one chunk per worker may still be written
     * for a moment after {@code cancel} returns. The call checks its arguments on the calling thread,
     * as the synchronous call does, submits the work and returns without blocking; it ignores the
     * caller's interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> abs(float[] x, float[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.ABS, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#neg(NumericArray, NumericArray)}, run on this pool.
     * {@code out[i] = -x[i]} (the sign flips, also of zeros and NaN). The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code out} is shorter
     *     than the input, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> neg(NumericArray x, NumericArray out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.NEG, x, out);
    }

    /**
     * The asynchronous form of {@link Kernels#neg(double[], double[])}, run on this pool. {@code out[i]
     * = -x[i]} (the sign flips, also of zeros and NaN). The elements are split into chunks that the
     * workers claim in turn; each element is computed once, by the code of the synchronous call.
     * Cancelling the future stops the work at the next chunk boundary and leaves the output partly
     * written: each chunk holds either its old values or all of its new ones, and one chunk per worker
     * may still be written for a moment after {@code cancel} returns. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> neg(double[] x, double[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.NEG, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#neg(float[], float[])}, run on this pool. {@code out[i] =
     * -x[i]} (the sign flips, also of zeros and NaN). The elements are split into chunks that the
     * workers claim in turn; each element is computed once, by the code of the synchronous call.
     * Cancelling the future stops the work at the next chunk boundary and leaves the output partly
     * written: each chunk holds either its old values or all of its new ones, and one chunk per worker
     * may still be written for a moment after {@code cancel} returns. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> neg(float[] x, float[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.NEG, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#sqrt(NumericArray, NumericArray)}, run on this pool.
     * {@code out[i] = sqrt(x[i])}, correctly rounded: NaN for a negative value, sqrt(-0.0) is -0.0. The
     * elements are split into chunks that the workers claim in turn; each element is computed once, by
     * the code of the synchronous call. Cancelling the future stops the work at the next chunk boundary
     * and leaves the output partly written: each chunk holds either its old values or all of its new
     * ones, and one chunk per worker may still be written for a moment after {@code cancel} returns.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code out} is shorter
     *     than the input, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> sqrt(NumericArray x, NumericArray out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.SQRT, x, out);
    }

    /**
     * The asynchronous form of {@link Kernels#sqrt(double[], double[])}, run on this pool. {@code
     * out[i] = sqrt(x[i])}, correctly rounded: NaN for a negative value, sqrt(-0.0) is -0.0. The
     * elements are split into chunks that the workers claim in turn; each element is computed once, by
     * the code of the synchronous call. Cancelling the future stops the work at the next chunk boundary
     * and leaves the output partly written: each chunk holds either its old values or all of its new
     * ones, and one chunk per worker may still be written for a moment after {@code cancel} returns.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> sqrt(double[] x, double[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.SQRT, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#sqrt(float[], float[])}, run on this pool. {@code out[i]
     * = sqrt(x[i])}, correctly rounded: NaN for a negative value, sqrt(-0.0) is -0.0. The elements are
     * split into chunks that the workers claim in turn; each element is computed once, by the code of
     * the synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves
     * the output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> sqrt(float[] x, float[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.SQRT, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#exp(NumericArray, NumericArray)}, run on this pool.
     * {@code out[i] = e^x[i]}, within 4 ulp of {@link Math#exp} on the native paths: exp(-Inf) is 0,
     * NaN stays NaN. The elements are split into chunks that the workers claim in turn; each element is
     * computed once, by the code of the synchronous call. Cancelling the future stops the work at the
     * next chunk boundary and leaves the output partly written: each chunk holds either its old values
     * or all of its new ones, and one chunk per worker may still be written for a moment after {@code
     * cancel} returns. The call checks its arguments on the calling thread, as the synchronous call
     * does, submits the work and returns without blocking; it ignores the caller's interrupt status,
     * and the workers do not respond to interrupts (a native call cannot be interrupted). A timed-out
     * {@code get} leaves the work running: cancel the future to stop it (see <a href="#small">small
     * inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code out} is shorter
     *     than the input, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> exp(NumericArray x, NumericArray out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.EXP, x, out);
    }

    /**
     * The asynchronous form of {@link Kernels#exp(double[], double[])}, run on this pool. {@code out[i]
     * = e^x[i]}, within 4 ulp of {@link Math#exp} on the native paths: exp(-Inf) is 0, NaN stays NaN.
     * The elements are split into chunks that the workers claim in turn; each element is computed once,
     * by the code of the synchronous call. Cancelling the future stops the work at the next chunk
     * boundary and leaves the output partly written: each chunk holds either its old values or all of
     * its new ones, and one chunk per worker may still be written for a moment after {@code cancel}
     * returns. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> exp(double[] x, double[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.EXP, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#exp(float[], float[])}, run on this pool. {@code out[i] =
     * e^x[i]}, within 4 ulp of {@link Math#exp} on the native paths: exp(-Inf) is 0, NaN stays NaN. The
     * elements are split into chunks that the workers claim in turn; each element is computed once, by
     * the code of the synchronous call. Cancelling the future stops the work at the next chunk boundary
     * and leaves the output partly written: each chunk holds either its old values or all of its new
     * ones, and one chunk per worker may still be written for a moment after {@code cancel} returns.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> exp(float[] x, float[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.EXP, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#log(NumericArray, NumericArray)}, run on this pool.
     * {@code out[i] = ln x[i]}, within 4 ulp of {@link Math#log} on the native paths: NaN for a
     * negative value, -Inf for ±0, log(+Inf) is +Inf. The elements are split into chunks that the
     * workers claim in turn; each element is computed once, by the code of the synchronous call.
     * Cancelling the future stops the work at the next chunk boundary and leaves the output partly
     * written: each chunk holds either its old values or all of its new ones, and one chunk per worker
     * may still be written for a moment after {@code cancel} returns. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code out} is shorter
     *     than the input, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> log(NumericArray x, NumericArray out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.LOG, x, out);
    }

    /**
     * The asynchronous form of {@link Kernels#log(double[], double[])}, run on this pool. {@code out[i]
     * = ln x[i]}, within 4 ulp of {@link Math#log} on the native paths: NaN for a negative value, -Inf
     * for ±0, log(+Inf) is +Inf. The elements are split into chunks that the workers claim in turn;
     * each element is computed once, by the code of the synchronous call. Cancelling the future stops
     * the work at the next chunk boundary and leaves the output partly written: each chunk holds either
     * its old values or all of its new ones, and one chunk per worker may still be written for a moment
     * after {@code cancel} returns. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> log(double[] x, double[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.LOG, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#log(float[], float[])}, run on this pool. {@code out[i] =
     * ln x[i]}, within 4 ulp of {@link Math#log} on the native paths: NaN for a negative value, -Inf
     * for ±0, log(+Inf) is +Inf. The elements are split into chunks that the workers claim in turn;
     * each element is computed once, by the code of the synchronous call. Cancelling the future stops
     * the work at the next chunk boundary and leaves the output partly written: each chunk holds either
     * its old values or all of its new ones, and one chunk per worker may still be written for a moment
     * after {@code cancel} returns. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> log(float[] x, float[] out) {
        return PoolKernels.unary(owner(), chunkSize(), UnaryOp.LOG, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#clip(NumericArray, double, double, NumericArray)}, run on
     * this pool. {@code out[i] = min(max(x[i], lo), hi)}; NaN stays NaN. The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @param lo the lower bound
     * @param hi the upper bound
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code lo > hi} or a
     *     bound is NaN, {@code out} is shorter than the input, read-only or of another type, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> clip(NumericArray x, double lo, double hi, NumericArray out) {
        return PoolKernels.clip(owner(), chunkSize(), x, lo, hi, out);
    }

    /**
     * The asynchronous form of {@link Kernels#clip(double[], double, double, double[])}, run on this
     * pool. {@code out[i] = min(max(x[i], lo), hi)}; NaN stays NaN. The elements are split into chunks
     * that the workers claim in turn; each element is computed once, by the code of the synchronous
     * call. Cancelling the future stops the work at the next chunk boundary and leaves the output
     * partly written: each chunk holds either its old values or all of its new ones, and one chunk per
     * worker may still be written for a moment after {@code cancel} returns. The call checks its
     * arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param lo the lower bound
     * @param hi the upper bound
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code lo > hi} or a bound is NaN, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> clip(double[] x, double lo, double hi, double[] out) {
        return PoolKernels.clip(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), lo, hi, DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#clip(float[], float, float, float[])}, run on this pool.
     * {@code out[i] = min(max(x[i], lo), hi)}; NaN stays NaN. The elements are split into chunks that
     * the workers claim in turn; each element is computed once, by the code of the synchronous call.
     * Cancelling the future stops the work at the next chunk boundary and leaves the output partly
     * written: each chunk holds either its old values or all of its new ones, and one chunk per worker
     * may still be written for a moment after {@code cancel} returns. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param lo the lower bound
     * @param hi the upper bound
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code lo > hi} or a bound is NaN, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> clip(float[] x, float lo, float hi, float[] out) {
        return PoolKernels.clip(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")), lo, hi, FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#cumsum(NumericArray, NumericArray)}, run on this pool.
     * The running sum {@code out[i] = x[0] + ... + x[i]}, added left to right as NumPy does (the first
     * output equals {@code x[0]} exactly); NaN from the first NaN on. It is not parallel: each sum is
     * rounded from the previous one, so one worker runs it chunk by chunk, carrying the running sum.
     * Cancelling the future stops it at the next chunk boundary and leaves a prefix of whole chunks of
     * {@code out} written. The call checks its arguments on the calling thread, as the synchronous call
     * does, submits the work and returns without blocking; it ignores the caller's interrupt status,
     * and the workers do not respond to interrupts (a native call cannot be interrupted). A timed-out
     * {@code get} leaves the work running: cancel the future to stop it (see <a href="#small">small
     * inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @param out receives the running sums in its first n elements; may be {@code x} (float64 or
     *     float32)
     * @return a future of the total, {@code out[n - 1]} before rounding to the output type; 0.0 if
     *     there are no elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code out} is shorter
     *     than the input, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> cumsum(NumericArray x, NumericArray out) {
        return PoolKernels.cumsum(owner(), chunkSize(), x, out);
    }

    /**
     * The asynchronous form of {@link Kernels#cumsum(double[], double[])}, run on this pool. The
     * running sum {@code out[i] = x[0] + ... + x[i]}, added left to right as NumPy does (the first
     * output equals {@code x[0]} exactly); NaN from the first NaN on. It is not parallel: each sum is
     * rounded from the previous one, so one worker runs it chunk by chunk, carrying the running sum.
     * Cancelling the future stops it at the next chunk boundary and leaves a prefix of whole chunks of
     * {@code out} written. The call checks its arguments on the calling thread, as the synchronous call
     * does, submits the work and returns without blocking; it ignores the caller's interrupt status,
     * and the workers do not respond to interrupts (a native call cannot be interrupted). A timed-out
     * {@code get} leaves the work running: cancel the future to stop it (see <a href="#small">small
     * inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out receives the running sums in its first n elements; may be {@code x}
     * @return a future of the total, {@code out[n - 1]} before rounding to the output type; 0.0 if
     *     there are no elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> cumsum(double[] x, double[] out) {
        return PoolKernels.cumsum(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#cumsum(float[], float[])}, run on this pool. The running
     * sum {@code out[i] = x[0] + ... + x[i]}, added left to right as NumPy does (the first output
     * equals {@code x[0]} exactly); NaN from the first NaN on. The running sum is kept in float64 and
     * each output rounded to float32. It is not parallel: each sum is rounded from the previous one, so
     * one worker runs it chunk by chunk, carrying the running sum. Cancelling the future stops it at
     * the next chunk boundary and leaves a prefix of whole chunks of {@code out} written. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out receives the running sums in its first n elements; may be {@code x}
     * @return a future of the total, {@code out[n - 1]} before rounding to the output type; 0.0 if
     *     there are no elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> cumsum(float[] x, float[] out) {
        return PoolKernels.cumsum(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#sort(NumericArray)}, run on this pool. Sorts in place,
     * ascending. Order: ascending, NaN last (payloads kept), -0.0 before +0.0; the result is unique bit
     * for bit. Memory: none up to 1024 elements; above that n elements of reused off-heap scratch (see
     * {@link Kernels#releaseScratch()}) plus 1.2 MiB of counters, a heap array being lent to C in
     * critical pieces of 2^16 elements. Runs on the calling thread; interrupts are ignored. Called from
     * a pool task that gets cancelled, it throws {@link java.util.concurrent.CancellationException} and
     * leaves x unchanged or sorted. On the native backend an array of at least 2^20 elements is sorted
     * by up to {@link ComputePool#workerCount()} tasks (sample, count, scatter into off-heap keys, sort
     * groups of buckets, copy back); smaller arrays, and every array on the Java backend, by one task.
     * Memory: n elements of reused off-heap scratch plus 1.2 MiB of counters per task. Cancelling the
     * future stops the tasks at their next chunk boundary, and x is left either unchanged or completely
     * sorted: it is written only by the last step, a copy that runs to its end once begun and may go on
     * for a moment after {@code cancel} returns, so do not touch x until the pool has finished the
     * task. A timed-out {@code get} leaves the sort running. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array, sorted in place
     * @return a future that completes with null when {@code x} is sorted
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is read-only, or an array belongs to a confined
     *     arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> sort(NumericArray x) {
        return PoolSorts.sort(owner(), x);
    }

    /**
     * The asynchronous form of {@link Kernels#sort(double[])}, run on this pool. Sorts in place,
     * ascending. Order: ascending, NaN last (payloads kept), -0.0 before +0.0; the result is unique bit
     * for bit. Memory: none up to 1024 elements; above that n elements of reused off-heap scratch (see
     * {@link Kernels#releaseScratch()}) plus 1.2 MiB of counters, a heap array being lent to C in
     * critical pieces of 2^16 elements. Runs on the calling thread; interrupts are ignored. Called from
     * a pool task that gets cancelled, it throws {@link java.util.concurrent.CancellationException} and
     * leaves x unchanged or sorted. On the native backend an array of at least 2^20 elements is sorted
     * by up to {@link ComputePool#workerCount()} tasks (sample, count, scatter into off-heap keys, sort
     * groups of buckets, copy back); smaller arrays, and every array on the Java backend, by one task.
     * Memory: n elements of reused off-heap scratch plus 1.2 MiB of counters per task. Cancelling the
     * future stops the tasks at their next chunk boundary, and x is left either unchanged or completely
     * sorted: it is written only by the last step, a copy that runs to its end once begun and may go on
     * for a moment after {@code cancel} returns, so do not touch x until the pool has finished the
     * task. A timed-out {@code get} leaves the sort running. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, sorted in place
     * @return a future that completes with null when {@code x} is sorted
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is read-only
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> sort(double[] x) {
        return PoolSorts.sort(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#sort(float[])}, run on this pool. Sorts in place,
     * ascending. Order: ascending, NaN last (payloads kept), -0.0 before +0.0; the result is unique bit
     * for bit. Memory: none up to 1024 elements; above that n elements of reused off-heap scratch (see
     * {@link Kernels#releaseScratch()}) plus 1.2 MiB of counters, a heap array being lent to C in
     * critical pieces of 2^16 elements. Runs on the calling thread; interrupts are ignored. Called from
     * a pool task that gets cancelled, it throws {@link java.util.concurrent.CancellationException} and
     * leaves x unchanged or sorted. On the native backend an array of at least 2^20 elements is sorted
     * by up to {@link ComputePool#workerCount()} tasks (sample, count, scatter into off-heap keys, sort
     * groups of buckets, copy back); smaller arrays, and every array on the Java backend, by one task.
     * Memory: n elements of reused off-heap scratch plus 1.2 MiB of counters per task. Cancelling the
     * future stops the tasks at their next chunk boundary, and x is left either unchanged or completely
     * sorted: it is written only by the last step, a copy that runs to its end once begun and may go on
     * for a moment after {@code cancel} returns, so do not touch x until the pool has finished the
     * task. A timed-out {@code get} leaves the sort running. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, sorted in place
     * @return a future that completes with null when {@code x} is sorted
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is read-only
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> sort(float[] x) {
        return PoolSorts.sort(owner(), FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#sort(int[])}, run on this pool. Sorts in place,
     * ascending. Order: ascending, NaN last (payloads kept), -0.0 before +0.0; the result is unique bit
     * for bit. Memory: none up to 1024 elements; above that n elements of reused off-heap scratch (see
     * {@link Kernels#releaseScratch()}) plus 1.2 MiB of counters, a heap array being lent to C in
     * critical pieces of 2^16 elements. Runs on the calling thread; interrupts are ignored. Called from
     * a pool task that gets cancelled, it throws {@link java.util.concurrent.CancellationException} and
     * leaves x unchanged or sorted. On the native backend an array of at least 2^20 elements is sorted
     * by up to {@link ComputePool#workerCount()} tasks (sample, count, scatter into off-heap keys, sort
     * groups of buckets, copy back); smaller arrays, and every array on the Java backend, by one task.
     * Memory: n elements of reused off-heap scratch plus 1.2 MiB of counters per task. Cancelling the
     * future stops the tasks at their next chunk boundary, and x is left either unchanged or completely
     * sorted: it is written only by the last step, a copy that runs to its end once begun and may go on
     * for a moment after {@code cancel} returns, so do not touch x until the pool has finished the
     * task. A timed-out {@code get} leaves the sort running. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, sorted in place
     * @return a future that completes with null when {@code x} is sorted
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is read-only
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> sort(int[] x) {
        return PoolSorts.sort(owner(), IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#sort(long[])}, run on this pool. Sorts in place,
     * ascending. Order: ascending, NaN last (payloads kept), -0.0 before +0.0; the result is unique bit
     * for bit. Memory: none up to 1024 elements; above that n elements of reused off-heap scratch (see
     * {@link Kernels#releaseScratch()}) plus 1.2 MiB of counters, a heap array being lent to C in
     * critical pieces of 2^16 elements. Runs on the calling thread; interrupts are ignored. Called from
     * a pool task that gets cancelled, it throws {@link java.util.concurrent.CancellationException} and
     * leaves x unchanged or sorted. On the native backend an array of at least 2^20 elements is sorted
     * by up to {@link ComputePool#workerCount()} tasks (sample, count, scatter into off-heap keys, sort
     * groups of buckets, copy back); smaller arrays, and every array on the Java backend, by one task.
     * Memory: n elements of reused off-heap scratch plus 1.2 MiB of counters per task. Cancelling the
     * future stops the tasks at their next chunk boundary, and x is left either unchanged or completely
     * sorted: it is written only by the last step, a copy that runs to its end once begun and may go on
     * for a moment after {@code cancel} returns, so do not touch x until the pool has finished the
     * task. A timed-out {@code get} leaves the sort running. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, sorted in place
     * @return a future that completes with null when {@code x} is sorted
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is read-only
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> sort(long[] x) {
        return PoolSorts.sort(owner(), LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#argsort(double[])}, run on this pool. The indices that
     * sort x, as int64 (NumPy's intp): {@code x[r[0]] <= x[r[1]] <= ...}, always stable (equal elements
     * keep increasing index order; -0.0 equals +0.0 and every NaN equals every NaN, last), which is
     * NumPy's {@code argsort(kind="stable")}. Memory: the result plus, above 1024 elements, 16n bytes
     * of reused off-heap scratch and the fixed parts of a sort. x is only read. Runs on the calling
     * thread; interrupts are ignored. On the native backend the work is split over the workers as a
     * sort is. Cancelling the future stops the tasks at their next chunk boundary; nothing visible is
     * left behind. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the sorting permutation
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} has more elements than a Java array holds
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<long[]> argsort(double[] x) {
        return PoolSorts.argsort(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#argsort(float[])}, run on this pool. The indices that
     * sort x, as int64 (NumPy's intp): {@code x[r[0]] <= x[r[1]] <= ...}, always stable (equal elements
     * keep increasing index order; -0.0 equals +0.0 and every NaN equals every NaN, last), which is
     * NumPy's {@code argsort(kind="stable")}. Memory: the result plus, above 1024 elements, 16n bytes
     * of reused off-heap scratch and the fixed parts of a sort. x is only read. Runs on the calling
     * thread; interrupts are ignored. On the native backend the work is split over the workers as a
     * sort is. Cancelling the future stops the tasks at their next chunk boundary; nothing visible is
     * left behind. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the sorting permutation
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} has more elements than a Java array holds
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<long[]> argsort(float[] x) {
        return PoolSorts.argsort(owner(), FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#argsort(int[])}, run on this pool. The indices that sort
     * x, as int64 (NumPy's intp): {@code x[r[0]] <= x[r[1]] <= ...}, always stable (equal elements keep
     * increasing index order; -0.0 equals +0.0 and every NaN equals every NaN, last), which is NumPy's
     * {@code argsort(kind="stable")}. Memory: the result plus, above 1024 elements, 16n bytes of reused
     * off-heap scratch and the fixed parts of a sort. x is only read. Runs on the calling thread;
     * interrupts are ignored. On the native backend the work is split over the workers as a sort is.
     * Cancelling the future stops the tasks at their next chunk boundary; nothing visible is left
     * behind. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the sorting permutation
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} has more elements than a Java array holds
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<long[]> argsort(int[] x) {
        return PoolSorts.argsort(owner(), IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#argsort(long[])}, run on this pool. The indices that sort
     * x, as int64 (NumPy's intp): {@code x[r[0]] <= x[r[1]] <= ...}, always stable (equal elements keep
     * increasing index order; -0.0 equals +0.0 and every NaN equals every NaN, last), which is NumPy's
     * {@code argsort(kind="stable")}. Memory: the result plus, above 1024 elements, 16n bytes of reused
     * off-heap scratch and the fixed parts of a sort. x is only read. Runs on the calling thread;
     * interrupts are ignored. On the native backend the work is split over the workers as a sort is.
     * Cancelling the future stops the tasks at their next chunk boundary; nothing visible is left
     * behind. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the sorting permutation
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} has more elements than a Java array holds
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<long[]> argsort(long[] x) {
        return PoolSorts.argsort(owner(), LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#partition(NumericArray, long[])}, run on this pool.
     * NumPy's {@code partition}, in place: for each k of {@code kth}, x[k] becomes the element a full
     * sort would put there (NaN last, -0.0 before +0.0), every element before it sorts no later and
     * every element after it no earlier. The arrangement within the pieces is unspecified and differs
     * between the native and Java backends (the element at each k does not). Memory: none natively for
     * off-heap arrays and up to 1024 elements (introselect in place); a larger heap array is
     * partitioned in an off-heap copy. It runs as one pool task, which leaves exactly the arrangement
     * of the synchronous call: a partition is one selection pass in place that the workers cannot
     * share. kth is checked and copied by the call. Cancelling the future before the task starts leaves
     * x untouched; once it runs, it runs to its end (x is then partitioned although the future reports
     * cancellation). The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array, partitioned in place
     * @param kth the ranks to put in place (a negative k counts from the end)
     * @return a future that completes with null when {@code x} is partitioned
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if a k is outside [-n, n)
     * @throws IllegalArgumentException if {@code x} is read-only, or an array belongs to a confined
     *     arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> partition(NumericArray x, long... kth) {
        return PoolSorts.partition(owner(), x, kth);
    }

    /**
     * The asynchronous form of {@link Kernels#partition(double[], long[])}, run on this pool. NumPy's
     * {@code partition}, in place: for each k of {@code kth}, x[k] becomes the element a full sort
     * would put there (NaN last, -0.0 before +0.0), every element before it sorts no later and every
     * element after it no earlier. The arrangement within the pieces is unspecified and differs between
     * the native and Java backends (the element at each k does not). Memory: none natively for off-heap
     * arrays and up to 1024 elements (introselect in place); a larger heap array is partitioned in an
     * off-heap copy. It runs as one pool task, which leaves exactly the arrangement of the synchronous
     * call: a partition is one selection pass in place that the workers cannot share. kth is checked
     * and copied by the call. Cancelling the future before the task starts leaves x untouched; once it
     * runs, it runs to its end (x is then partitioned although the future reports cancellation). The
     * call checks its arguments on the calling thread, as the synchronous call does, submits the work
     * and returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, partitioned in place
     * @param kth the ranks to put in place (a negative k counts from the end)
     * @return a future that completes with null when {@code x} is partitioned
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if a k is outside [-n, n)
     * @throws IllegalArgumentException if {@code x} is read-only
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> partition(double[] x, long... kth) {
        return PoolSorts.partition(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), kth);
    }

    /**
     * The asynchronous form of {@link Kernels#partition(float[], long[])}, run on this pool. NumPy's
     * {@code partition}, in place: for each k of {@code kth}, x[k] becomes the element a full sort
     * would put there (NaN last, -0.0 before +0.0), every element before it sorts no later and every
     * element after it no earlier. The arrangement within the pieces is unspecified and differs between
     * the native and Java backends (the element at each k does not). Memory: none natively for off-heap
     * arrays and up to 1024 elements (introselect in place); a larger heap array is partitioned in an
     * off-heap copy. It runs as one pool task, which leaves exactly the arrangement of the synchronous
     * call: a partition is one selection pass in place that the workers cannot share. kth is checked
     * and copied by the call. Cancelling the future before the task starts leaves x untouched; once it
     * runs, it runs to its end (x is then partitioned although the future reports cancellation). The
     * call checks its arguments on the calling thread, as the synchronous call does, submits the work
     * and returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, partitioned in place
     * @param kth the ranks to put in place (a negative k counts from the end)
     * @return a future that completes with null when {@code x} is partitioned
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if a k is outside [-n, n)
     * @throws IllegalArgumentException if {@code x} is read-only
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> partition(float[] x, long... kth) {
        return PoolSorts.partition(owner(), FloatArray.wrap(Objects.requireNonNull(x, "x")), kth);
    }

    /**
     * The asynchronous form of {@link Kernels#partition(int[], long[])}, run on this pool. NumPy's
     * {@code partition}, in place: for each k of {@code kth}, x[k] becomes the element a full sort
     * would put there (NaN last, -0.0 before +0.0), every element before it sorts no later and every
     * element after it no earlier. The arrangement within the pieces is unspecified and differs between
     * the native and Java backends (the element at each k does not). Memory: none natively for off-heap
     * arrays and up to 1024 elements (introselect in place); a larger heap array is partitioned in an
     * off-heap copy. It runs as one pool task, which leaves exactly the arrangement of the synchronous
     * call: a partition is one selection pass in place that the workers cannot share. kth is checked
     * and copied by the call. Cancelling the future before the task starts leaves x untouched; once it
     * runs, it runs to its end (x is then partitioned although the future reports cancellation). The
     * call checks its arguments on the calling thread, as the synchronous call does, submits the work
     * and returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, partitioned in place
     * @param kth the ranks to put in place (a negative k counts from the end)
     * @return a future that completes with null when {@code x} is partitioned
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if a k is outside [-n, n)
     * @throws IllegalArgumentException if {@code x} is read-only
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> partition(int[] x, long... kth) {
        return PoolSorts.partition(owner(), IntArray.wrap(Objects.requireNonNull(x, "x")), kth);
    }

    /**
     * The asynchronous form of {@link Kernels#partition(long[], long[])}, run on this pool. NumPy's
     * {@code partition}, in place: for each k of {@code kth}, x[k] becomes the element a full sort
     * would put there (NaN last, -0.0 before +0.0), every element before it sorts no later and every
     * element after it no earlier. The arrangement within the pieces is unspecified and differs between
     * the native and Java backends (the element at each k does not). Memory: none natively for off-heap
     * arrays and up to 1024 elements (introselect in place); a larger heap array is partitioned in an
     * off-heap copy. It runs as one pool task, which leaves exactly the arrangement of the synchronous
     * call: a partition is one selection pass in place that the workers cannot share. kth is checked
     * and copied by the call. Cancelling the future before the task starts leaves x untouched; once it
     * runs, it runs to its end (x is then partitioned although the future reports cancellation). The
     * call checks its arguments on the calling thread, as the synchronous call does, submits the work
     * and returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, partitioned in place
     * @param kth the ranks to put in place (a negative k counts from the end)
     * @return a future that completes with null when {@code x} is partitioned
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if a k is outside [-n, n)
     * @throws IllegalArgumentException if {@code x} is read-only
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> partition(long[] x, long... kth) {
        return PoolSorts.partition(owner(), LongArray.wrap(Objects.requireNonNull(x, "x")), kth);
    }

    /**
     * The asynchronous form of {@link Kernels#argpartition(double[], long[])}, run on this pool.
     * NumPy's {@code argpartition}: indices r such that x[r[k]] is the element of rank k for each k of
     * {@code kth}, with the argpartition contract around it. This implementation returns the full
     * stable argsort, which satisfies the contract, at radix-sort cost; memory as argsort. x is only
     * read. The ranks are checked by the call, before anything is submitted; the argsort is split as an
     * async argsort is. Cancelling the future stops the tasks at their next chunk boundary. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param kth the ranks to put in place (a negative k counts from the end)
     * @return a future of the indices
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if a k is outside [-n, n)
     * @throws IllegalArgumentException if {@code x} has more elements than a Java array holds
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<long[]> argpartition(double[] x, long... kth) {
        QuantileMath.checkedRanks(kth, Objects.requireNonNull(x, "x").length);
        return argsort(x);
    }

    /**
     * The asynchronous form of {@link Kernels#argpartition(float[], long[])}, run on this pool. NumPy's
     * {@code argpartition}: indices r such that x[r[k]] is the element of rank k for each k of {@code
     * kth}, with the argpartition contract around it. This implementation returns the full stable
     * argsort, which satisfies the contract, at radix-sort cost; memory as argsort. x is only read. The
     * ranks are checked by the call, before anything is submitted; the argsort is split as an async
     * argsort is. Cancelling the future stops the tasks at their next chunk boundary. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param kth the ranks to put in place (a negative k counts from the end)
     * @return a future of the indices
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if a k is outside [-n, n)
     * @throws IllegalArgumentException if {@code x} has more elements than a Java array holds
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<long[]> argpartition(float[] x, long... kth) {
        QuantileMath.checkedRanks(kth, Objects.requireNonNull(x, "x").length);
        return argsort(x);
    }

    /**
     * The asynchronous form of {@link Kernels#quantile(NumericArray, double[], QuantileMethod)}, run on
     * this pool. NumPy's {@code quantile} by the given method (default "linear"): NumPy's bits on
     * float64 input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory
     * for the keys of the buckets holding the ranks needed; no copy of x. The result is NaN if x holds
     * a NaN. On the native backend at least 2^20 elements are split over the workers: each task buckets
     * its chunks (counting the NaNs), then gathers the keys of the buckets holding a wanted rank, which
     * are selected at the end; the same bits as the synchronous call. x is only read. Cancelling the
     * future stops the tasks at their next chunk boundary; nothing visible is left behind. A timed-out
     * {@code get} leaves the work running. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param qs the quantiles, each in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @return a future of the quantiles, in the order given, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, a quantile is outside [0, 1] or NaN, or
     *     an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<double[]> quantile(NumericArray x, double[] qs, QuantileMethod m) {
        return PoolSorts.quantiles(owner(), x, QuantileMath.checkedQ(qs, 1, "q"), m, false, false);
    }

    /**
     * The asynchronous form of {@link Kernels#quantile(NumericArray, double, QuantileMethod)}, run on
     * this pool. NumPy's {@code quantile} by the given method (default "linear"): NumPy's bits on
     * float64 input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory
     * for the keys of the buckets holding the ranks needed; no copy of x. The result is NaN if x holds
     * a NaN. On the native backend at least 2^20 elements are split over the workers: each task buckets
     * its chunks (counting the NaNs), then gathers the keys of the buckets holding a wanted rank, which
     * are selected at the end; the same bits as the synchronous call. x is only read. Cancelling the
     * future stops the tasks at their next chunk boundary; nothing visible is left behind. A timed-out
     * {@code get} leaves the work running. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param q the quantile, in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @return a future of the quantile, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, a quantile is outside [0, 1] or NaN, or
     *     an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> quantile(NumericArray x, double q, QuantileMethod m) {
        return PoolSorts.quantiles(owner(), x, QuantileMath.checkedQ(new double[] {q}, 1, "q"), m, false, true).thenApply(v -> v[0]);
    }

    /**
     * The asynchronous form of {@link Kernels#quantile(double[], double)}, run on this pool. NumPy's
     * {@code quantile} by the given method (default "linear"): NumPy's bits on float64 input. x is not
     * modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of the
     * buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN. On the native
     * backend at least 2^20 elements are split over the workers: each task buckets its chunks (counting
     * the NaNs), then gathers the keys of the buckets holding a wanted rank, which are selected at the
     * end; the same bits as the synchronous call. x is only read. Cancelling the future stops the tasks
     * at their next chunk boundary; nothing visible is left behind. A timed-out {@code get} leaves the
     * work running. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param q the quantile, in [0, 1]
     * @return a future of the quantile, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> quantile(double[] x, double q) {
        return PoolSorts.quantiles(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), QuantileMath.checkedQ(new double[] {q}, 1, "q"), QuantileMethod.LINEAR, false, true).thenApply(v -> v[0]);
    }

    /**
     * The asynchronous form of {@link Kernels#quantile(float[], double)}, run on this pool. NumPy's
     * {@code quantile} by the given method (default "linear"): NumPy's bits on float64 input. x is not
     * modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of the
     * buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN. A scalar
     * quantile of float32 values is interpolated in float32, several in float64, as NumPy does. On the
     * native backend at least 2^20 elements are split over the workers: each task buckets its chunks
     * (counting the NaNs), then gathers the keys of the buckets holding a wanted rank, which are
     * selected at the end; the same bits as the synchronous call. x is only read. Cancelling the future
     * stops the tasks at their next chunk boundary; nothing visible is left behind. A timed-out {@code
     * get} leaves the work running. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param q the quantile, in [0, 1]
     * @return a future of the quantile, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> quantile(float[] x, double q) {
        return PoolSorts.quantiles(owner(), FloatArray.wrap(Objects.requireNonNull(x, "x")), QuantileMath.checkedQ(new double[] {q}, 1, "q"), QuantileMethod.LINEAR, false, true).thenApply(v -> v[0]);
    }

    /**
     * The asynchronous form of {@link Kernels#percentile(NumericArray, double, QuantileMethod)}, run on
     * this pool. NumPy's {@code percentile} by the given method (default "linear"): NumPy's bits on
     * float64 input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory
     * for the keys of the buckets holding the ranks needed; no copy of x. The result is NaN if x holds
     * a NaN. On the native backend at least 2^20 elements are split over the workers: each task buckets
     * its chunks (counting the NaNs), then gathers the keys of the buckets holding a wanted rank, which
     * are selected at the end; the same bits as the synchronous call. x is only read. Cancelling the
     * future stops the tasks at their next chunk boundary; nothing visible is left behind. A timed-out
     * {@code get} leaves the work running. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param p the percentile, in [0, 100]
     * @param m the interpolation method (NumPy's {@code method})
     * @return a future of the percentile, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, a percentile is outside [0, 100] or NaN,
     *     or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> percentile(NumericArray x, double p, QuantileMethod m) {
        return PoolSorts.quantiles(owner(), x, QuantileMath.checkedQ(new double[] {p}, 100, "percentile"), m, false, true).thenApply(v -> v[0]);
    }

    /**
     * The asynchronous form of {@link Kernels#percentile(NumericArray, double[], QuantileMethod)}, run
     * on this pool. NumPy's {@code percentile} by the given method (default "linear"): NumPy's bits on
     * float64 input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory
     * for the keys of the buckets holding the ranks needed; no copy of x. The result is NaN if x holds
     * a NaN. On the native backend at least 2^20 elements are split over the workers: each task buckets
     * its chunks (counting the NaNs), then gathers the keys of the buckets holding a wanted rank, which
     * are selected at the end; the same bits as the synchronous call. x is only read. Cancelling the
     * future stops the tasks at their next chunk boundary; nothing visible is left behind. A timed-out
     * {@code get} leaves the work running. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param ps the percentiles, each in [0, 100]
     * @param m the interpolation method (NumPy's {@code method})
     * @return a future of the percentiles, in the order given, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, a percentile is outside [0, 100] or NaN,
     *     or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<double[]> percentile(NumericArray x, double[] ps, QuantileMethod m) {
        return PoolSorts.quantiles(owner(), x, QuantileMath.checkedQ(ps, 100, "percentile"), m, false, false);
    }

    /**
     * The asynchronous form of {@link Kernels#percentile(double[], double)}, run on this pool. NumPy's
     * {@code percentile} by the given method (default "linear"): NumPy's bits on float64 input. x is
     * not modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of the
     * buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN. On the native
     * backend at least 2^20 elements are split over the workers: each task buckets its chunks (counting
     * the NaNs), then gathers the keys of the buckets holding a wanted rank, which are selected at the
     * end; the same bits as the synchronous call. x is only read. Cancelling the future stops the tasks
     * at their next chunk boundary; nothing visible is left behind. A timed-out {@code get} leaves the
     * work running. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param p the percentile, in [0, 100]
     * @return a future of the percentile, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or a percentile is outside [0, 100] or
     *     NaN
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> percentile(double[] x, double p) {
        return PoolSorts.quantiles(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), QuantileMath.checkedQ(new double[] {p}, 100, "percentile"), QuantileMethod.LINEAR, false, true).thenApply(v -> v[0]);
    }

    /**
     * The asynchronous form of {@link Kernels#percentile(float[], double)}, run on this pool. NumPy's
     * {@code percentile} by the given method (default "linear"): NumPy's bits on float64 input. x is
     * not modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of the
     * buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN. A scalar
     * percentile of float32 values is interpolated in float32, several in float64, as NumPy does. On
     * the native backend at least 2^20 elements are split over the workers: each task buckets its
     * chunks (counting the NaNs), then gathers the keys of the buckets holding a wanted rank, which are
     * selected at the end; the same bits as the synchronous call. x is only read. Cancelling the future
     * stops the tasks at their next chunk boundary; nothing visible is left behind. A timed-out {@code
     * get} leaves the work running. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param p the percentile, in [0, 100]
     * @return a future of the percentile, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or a percentile is outside [0, 100] or
     *     NaN
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> percentile(float[] x, double p) {
        return PoolSorts.quantiles(owner(), FloatArray.wrap(Objects.requireNonNull(x, "x")), QuantileMath.checkedQ(new double[] {p}, 100, "percentile"), QuantileMethod.LINEAR, false, true).thenApply(v -> v[0]);
    }

    /**
     * The asynchronous form of {@link Kernels#nanquantile(NumericArray, double[], QuantileMethod)}, run
     * on this pool. NumPy's {@code nanquantile} by the given method (default "linear"): NumPy's bits on
     * float64 input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory
     * for the keys of the buckets holding the ranks needed; no copy of x. NaN elements are ignored; the
     * result is NaN when all are NaN. On the native backend at least 2^20 elements are split over the
     * workers: each task buckets its chunks (counting the NaNs), then gathers the keys of the buckets
     * holding a wanted rank, which are selected at the end; the same bits as the synchronous call. x is
     * only read. Cancelling the future stops the tasks at their next chunk boundary; nothing visible is
     * left behind. A timed-out {@code get} leaves the work running. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param qs the quantiles, each in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @return a future of the quantiles, in the order given, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, a quantile is outside [0, 1] or NaN, or
     *     an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<double[]> nanquantile(NumericArray x, double[] qs, QuantileMethod m) {
        return PoolSorts.quantiles(owner(), x, QuantileMath.checkedQ(qs, 1, "q"), m, true, false);
    }

    /**
     * The asynchronous form of {@link Kernels#nanquantile(NumericArray, double, QuantileMethod)}, run
     * on this pool. NumPy's {@code nanquantile} by the given method (default "linear"): NumPy's bits on
     * float64 input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory
     * for the keys of the buckets holding the ranks needed; no copy of x. NaN elements are ignored; the
     * result is NaN when all are NaN. On the native backend at least 2^20 elements are split over the
     * workers: each task buckets its chunks (counting the NaNs), then gathers the keys of the buckets
     * holding a wanted rank, which are selected at the end; the same bits as the synchronous call. x is
     * only read. Cancelling the future stops the tasks at their next chunk boundary; nothing visible is
     * left behind. A timed-out {@code get} leaves the work running. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param q the quantile, in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @return a future of the quantile, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, a quantile is outside [0, 1] or NaN, or
     *     an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanquantile(NumericArray x, double q, QuantileMethod m) {
        return PoolSorts.quantiles(owner(), x, QuantileMath.checkedQ(new double[] {q}, 1, "q"), m, true, true).thenApply(v -> v[0]);
    }

    /**
     * The asynchronous form of {@link Kernels#nanquantile(double[], double)}, run on this pool. NumPy's
     * {@code nanquantile} by the given method (default "linear"): NumPy's bits on float64 input. x is
     * not modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of the
     * buckets holding the ranks needed; no copy of x. NaN elements are ignored; the result is NaN when
     * all are NaN. On the native backend at least 2^20 elements are split over the workers: each task
     * buckets its chunks (counting the NaNs), then gathers the keys of the buckets holding a wanted
     * rank, which are selected at the end; the same bits as the synchronous call. x is only read.
     * Cancelling the future stops the tasks at their next chunk boundary; nothing visible is left
     * behind. A timed-out {@code get} leaves the work running. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param q the quantile, in [0, 1]
     * @return a future of the quantile, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanquantile(double[] x, double q) {
        return PoolSorts.quantiles(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), QuantileMath.checkedQ(new double[] {q}, 1, "q"), QuantileMethod.LINEAR, true, true).thenApply(v -> v[0]);
    }

    /**
     * NumPy's {@code nanpercentile} by the given method (default "linear"): NumPy's bits on float64
     * input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the
     * keys of the buckets holding the ranks needed; no copy of x. NaN elements are ignored; the result
     * is NaN when all are NaN. On the native backend at least 2^20 elements are split over the workers:
     * each task buckets its chunks (counting the NaNs), then gathers the keys of the buckets holding a
     * wanted rank, which are selected at the end; the same bits as the synchronous call. x is only
     * read. Cancelling the future stops the tasks at their next chunk boundary; nothing visible is left
     * behind. A timed-out {@code get} leaves the work running. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param ps the percentiles, each in [0, 100]
     * @param m the interpolation method (NumPy's {@code method})
     * @return a future of the percentiles, in the order given, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, a percentile is outside [0, 100] or NaN,
     *     or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<double[]> nanpercentile(NumericArray x, double[] ps, QuantileMethod m) {
        return PoolSorts.quantiles(owner(), x, QuantileMath.checkedQ(ps, 100, "percentile"), m, true, false);
    }

    /**
     * The asynchronous form of {@link Kernels#nanpercentile(NumericArray, double, QuantileMethod)}, run
     * on this pool. NumPy's {@code nanpercentile} by the given method (default "linear"): NumPy's bits
     * on float64 input. x is not modified. Two reads of x (the NaNs are counted by the first) and
     * memory for the keys of the buckets holding the ranks needed; no copy of x. NaN elements are
     * ignored; the result is NaN when all are NaN. On the native backend at least 2^20 elements are
     * split over the workers: each task buckets its chunks (counting the NaNs), then gathers the keys
     * of the buckets holding a wanted rank, which are selected at the end; the same bits as the
     * synchronous call. x is only read. Cancelling the future stops the tasks at their next chunk
     * boundary; nothing visible is left behind. A timed-out {@code get} leaves the work running. The
     * call checks its arguments on the calling thread, as the synchronous call does, submits the work
     * and returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param p the percentile, in [0, 100]
     * @param m the interpolation method (NumPy's {@code method})
     * @return a future of the percentile, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, a percentile is outside [0, 100] or NaN,
     *     or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanpercentile(NumericArray x, double p, QuantileMethod m) {
        return PoolSorts.quantiles(owner(), x, QuantileMath.checkedQ(new double[] {p}, 100, "percentile"), m, true, true).thenApply(v -> v[0]);
    }

    /**
     * The asynchronous form of {@link Kernels#nanpercentile(double[], double)}, run on this pool.
     * NumPy's {@code nanpercentile} by the given method (default "linear"): NumPy's bits on float64
     * input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the
     * keys of the buckets holding the ranks needed; no copy of x. NaN elements are ignored; the result
     * is NaN when all are NaN. On the native backend at least 2^20 elements are split over the workers:
     * each task buckets its chunks (counting the NaNs), then gathers the keys of the buckets holding a
     * wanted rank, which are selected at the end; the same bits as the synchronous call. x is only
     * read. Cancelling the future stops the tasks at their next chunk boundary; nothing visible is left
     * behind. A timed-out {@code get} leaves the work running. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param p the percentile, in [0, 100]
     * @return a future of the percentile, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or a percentile is outside [0, 100] or
     *     NaN
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanpercentile(double[] x, double p) {
        return PoolSorts.quantiles(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), QuantileMath.checkedQ(new double[] {p}, 100, "percentile"), QuantileMethod.LINEAR, true, true).thenApply(v -> v[0]);
    }

    /**
     * The asynchronous form of {@link Kernels#median(NumericArray)}, run on this pool. NumPy's {@code
     * median}: the middle element, or the mean of the two middle ones ((a + b) / 2, in float32 for
     * float32 input as NumPy's mean does); NaN if x holds a NaN. x is not modified; work and memory as
     * a quantile. On the native backend at least 2^20 elements are split over the workers: each task
     * buckets its chunks (counting the NaNs), then gathers the keys of the buckets holding a wanted
     * rank, which are selected at the end; the same bits as the synchronous call. x is only read.
     * Cancelling the future stops the tasks at their next chunk boundary; nothing visible is left
     * behind. A timed-out {@code get} leaves the work running. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the median, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> median(NumericArray x) {
        return PoolSorts.median(owner(), x, false);
    }

    /**
     * The asynchronous form of {@link Kernels#median(double[])}, run on this pool. NumPy's {@code
     * median}: the middle element, or the mean of the two middle ones ((a + b) / 2, in float32 for
     * float32 input as NumPy's mean does); NaN if x holds a NaN. x is not modified; work and memory as
     * a quantile. On the native backend at least 2^20 elements are split over the workers: each task
     * buckets its chunks (counting the NaNs), then gathers the keys of the buckets holding a wanted
     * rank, which are selected at the end; the same bits as the synchronous call. x is only read.
     * Cancelling the future stops the tasks at their next chunk boundary; nothing visible is left
     * behind. A timed-out {@code get} leaves the work running. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the median, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> median(double[] x) {
        return PoolSorts.median(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), false);
    }

    /**
     * The asynchronous form of {@link Kernels#median(float[])}, run on this pool. NumPy's {@code
     * median}: the middle element, or the mean of the two middle ones ((a + b) / 2, in float32 for
     * float32 input as NumPy's mean does); NaN if x holds a NaN. x is not modified; work and memory as
     * a quantile. On the native backend at least 2^20 elements are split over the workers: each task
     * buckets its chunks (counting the NaNs), then gathers the keys of the buckets holding a wanted
     * rank, which are selected at the end; the same bits as the synchronous call. x is only read.
     * Cancelling the future stops the tasks at their next chunk boundary; nothing visible is left
     * behind. A timed-out {@code get} leaves the work running. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the median, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> median(float[] x) {
        return PoolSorts.median(owner(), FloatArray.wrap(Objects.requireNonNull(x, "x")), false);
    }

    /**
     * The asynchronous form of {@link Kernels#nanmedian(NumericArray)}, run on this pool. NumPy's
     * {@code nanmedian}: the median of the elements that are not NaN; NaN when all are NaN. x is not
     * modified; work and memory as a quantile. On the native backend at least 2^20 elements are split
     * over the workers: each task buckets its chunks (counting the NaNs), then gathers the keys of the
     * buckets holding a wanted rank, which are selected at the end; the same bits as the synchronous
     * call. x is only read. Cancelling the future stops the tasks at their next chunk boundary; nothing
     * visible is left behind. A timed-out {@code get} leaves the work running. The call checks its
     * arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the median of the non-NaN elements, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanmedian(NumericArray x) {
        return PoolSorts.median(owner(), x, true);
    }

    /**
     * The asynchronous form of {@link Kernels#nanmedian(double[])}, run on this pool. NumPy's {@code
     * nanmedian}: the median of the elements that are not NaN; NaN when all are NaN. x is not modified;
     * work and memory as a quantile. On the native backend at least 2^20 elements are split over the
     * workers: each task buckets its chunks (counting the NaNs), then gathers the keys of the buckets
     * holding a wanted rank, which are selected at the end; the same bits as the synchronous call. x is
     * only read. Cancelling the future stops the tasks at their next chunk boundary; nothing visible is
     * left behind. A timed-out {@code get} leaves the work running. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the median of the non-NaN elements, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanmedian(double[] x) {
        return PoolSorts.median(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), true);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(NumericArray, int, double, double)}, run on
     * this pool. numpy.histogram(x, bins, range=(lo, hi)) with lo and hi as Python floats: equal bins
     * over [lo, hi] (an empty range widened by 0.5 each side), each bin [edges[i], edges[i+1]), the
     * last closed; the counts equal NumPy's, whose bin arithmetic this repeats step by step. Values
     * outside [lo, hi], NaN and infinities are not counted. Memory: the result only; no copy of x. On
     * the native backend arrays of at least 2^20 elements are split: each task adds its chunks into a
     * partial histogram of its own, and the partial histograms are added up in task order (integer
     * counts: the same for any worker count). Memory: one {@code long[bins]} per task. Cancelling the
     * future stops the tasks at their next chunk boundary; nothing visible is left behind. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @return a future of the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32), or an array
     *     belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Histogram> histogram(NumericArray x, int bins, double lo, double hi) {
        return PoolSorts.histogram(owner(), x, bins, lo, hi);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(double[], int, double, double)}, run on this
     * pool. numpy.histogram(x, bins, range=(lo, hi)) with lo and hi as Python floats: equal bins over
     * [lo, hi] (an empty range widened by 0.5 each side), each bin [edges[i], edges[i+1]), the last
     * closed; the counts equal NumPy's, whose bin arithmetic this repeats step by step. Values outside
     * [lo, hi], NaN and infinities are not counted. Memory: the result only; no copy of x. On the
     * native backend arrays of at least 2^20 elements are split: each task adds its chunks into a
     * partial histogram of its own, and the partial histograms are added up in task order (integer
     * counts: the same for any worker count). Memory: one {@code long[bins]} per task. Cancelling the
     * future stops the tasks at their next chunk boundary; nothing visible is left behind. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @return a future of the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Histogram> histogram(double[] x, int bins, double lo, double hi) {
        return PoolSorts.histogram(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(float[], int, double, double)}, run on this
     * pool. numpy.histogram(x, bins, range=(lo, hi)) with lo and hi as Python floats: equal bins over
     * [lo, hi] (an empty range widened by 0.5 each side), each bin [edges[i], edges[i+1]), the last
     * closed; the counts equal NumPy's, whose bin arithmetic this repeats step by step. Values outside
     * [lo, hi], NaN and infinities are not counted. Memory: the result only; no copy of x. float32
     * values follow NumPy's float32 arithmetic: the edges are float32 (the float64 linspace rounded;
     * returned widened to double), lo and hi are rounded to float32 for the range test and the
     * subtraction {@code v - lo} (in float32), while the division by {@code hi - lo} (a float64) and
     * the product with bins happen in float64. On the native backend arrays of at least 2^20 elements
     * are split: each task adds its chunks into a partial histogram of its own, and the partial
     * histograms are added up in task order (integer counts: the same for any worker count). Memory:
     * one {@code long[bins]} per task. Cancelling the future stops the tasks at their next chunk
     * boundary; nothing visible is left behind. The call checks its arguments on the calling thread, as
     * the synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @return a future of the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Histogram> histogram(float[] x, int bins, double lo, double hi) {
        return PoolSorts.histogram(owner(), FloatArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(int[], int, double, double)}, run on this pool.
     * numpy.histogram(x, bins, range=(lo, hi)) with lo and hi as Python floats: equal bins over [lo,
     * hi] (an empty range widened by 0.5 each side), each bin [edges[i], edges[i+1]), the last closed;
     * the counts equal NumPy's, whose bin arithmetic this repeats step by step. Values outside [lo,
     * hi], NaN and infinities are not counted. Memory: the result only; no copy of x. int32 values are
     * converted to double exactly. On the native backend arrays of at least 2^20 elements are split:
     * each task adds its chunks into a partial histogram of its own, and the partial histograms are
     * added up in task order (integer counts: the same for any worker count). Memory: one {@code
     * long[bins]} per task. Cancelling the future stops the tasks at their next chunk boundary; nothing
     * visible is left behind. The call checks its arguments on the calling thread, as the synchronous
     * call does, submits the work and returns without blocking; it ignores the caller's interrupt
     * status, and the workers do not respond to interrupts (a native call cannot be interrupted). A
     * timed-out {@code get} leaves the work running: cancel the future to stop it (see <a
     * href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @return a future of the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Histogram> histogram(int[] x, int bins, double lo, double hi) {
        return PoolSorts.histogram(owner(), IntArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(long[], int, double, double)}, run on this
     * pool. numpy.histogram(x, bins, range=(lo, hi)) with lo and hi as Python floats: equal bins over
     * [lo, hi] (an empty range widened by 0.5 each side), each bin [edges[i], edges[i+1]), the last
     * closed; the counts equal NumPy's, whose bin arithmetic this repeats step by step. Values outside
     * [lo, hi], NaN and infinities are not counted. Memory: the result only; no copy of x. int64 values
     * are converted to double (beyond 2^53 rounded to the nearest double, as NumPy compares and
     * subtracts them). On the native backend arrays of at least 2^20 elements are split: each task adds
     * its chunks into a partial histogram of its own, and the partial histograms are added up in task
     * order (integer counts: the same for any worker count). Memory: one {@code long[bins]} per task.
     * Cancelling the future stops the tasks at their next chunk boundary; nothing visible is left
     * behind. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @return a future of the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Histogram> histogram(long[] x, int bins, double lo, double hi) {
        return PoolSorts.histogram(owner(), LongArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(NumericArray, int)}, run on this pool.
     * numpy.histogram(x, bins): the range is [min, max] of x (an empty range widened by 0.5; [0, 1]
     * when x is empty), found by one extra read of x; then counted as with a given range. Memory: the
     * result only. One task finds min and max, then the counting is split as with a given range. A
     * range that is not finite or too narrow is found only by that task: the future then completes
     * exceptionally with the IllegalArgumentException. Cancelling the future stops the range task (if
     * not started) or the counting at its next chunk boundary. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param bins the number of equal bins, at least 1
     * @return a future of the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, the bins would be narrower than the element type resolves (float32: also more
     *     than 2^24 bins, or {@code max - min} overflows float32), or an array belongs to a confined
     *     arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Histogram> histogram(NumericArray x, int bins) {
        return PoolSorts.histogram(owner(), x, bins);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(double[], int)}, run on this pool.
     * numpy.histogram(x, bins): the range is [min, max] of x (an empty range widened by 0.5; [0, 1]
     * when x is empty), found by one extra read of x; then counted as with a given range. Memory: the
     * result only. One task finds min and max, then the counting is split as with a given range. A
     * range that is not finite or too narrow is found only by that task: the future then completes
     * exceptionally with the IllegalArgumentException. Cancelling the future stops the range task (if
     * not started) or the counting at its next chunk boundary. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @return a future of the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, or the bins would be narrower than the element type resolves (float32: also more
     *     than 2^24 bins, or {@code max - min} overflows float32)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Histogram> histogram(double[] x, int bins) {
        return PoolSorts.histogram(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), bins);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(float[], int)}, run on this pool.
     * numpy.histogram(x, bins): the range is [min, max] of x (an empty range widened by 0.5; [0, 1]
     * when x is empty), found by one extra read of x; then counted as with a given range. Memory: the
     * result only. For float32 values min and max are float32 scalars in NumPy, so edges, subtraction,
     * division and product are all computed in float32 (unlike the float32 form with a range, whose
     * range is float64). One task finds min and max, then the counting is split as with a given range.
     * A range that is not finite or too narrow is found only by that task: the future then completes
     * exceptionally with the IllegalArgumentException. Cancelling the future stops the range task (if
     * not started) or the counting at its next chunk boundary. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @return a future of the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, or the bins would be narrower than the element type resolves (float32: also more
     *     than 2^24 bins, or {@code max - min} overflows float32)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Histogram> histogram(float[] x, int bins) {
        return PoolSorts.histogram(owner(), FloatArray.wrap(Objects.requireNonNull(x, "x")), bins);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(NumericArray, double[])}, run on this pool.
     * numpy.histogram(x, bins=edges): counts per bin [edges[i], edges[i+1]), the last closed; values
     * outside [edges[0], edges[last]] and NaN are not counted, infinities only when an edge is
     * infinite. Each value is compared as a double (NumPy's searchsorted converts float32 and integers
     * to float64; int64 beyond 2^53 rounds). Binary search per value; memory: a copy of the edges and
     * the counts. Split as a histogram with a range is; the edges are copied by the call. Memory: one
     * {@code long[edges.length - 1]} per task. Cancelling the future stops the tasks at their next
     * chunk boundary; nothing visible is left behind. The call checks its arguments on the calling
     * thread, as the synchronous call does, submits the work and returns without blocking; it ignores
     * the caller's interrupt status, and the workers do not respond to interrupts (a native call cannot
     * be interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it
     * (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param edges the bin edges, at least 2, not NaN, non-decreasing
     * @return a future of the counts, {@code edges.length - 1} of them
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if fewer than 2 edges are given, an edge is NaN (NumPy allows
     *     NaN edges, with meaningless counts), or the edges decrease, or an array belongs to a confined
     *     arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<long[]> histogram(NumericArray x, double[] edges) {
        return PoolSorts.histogram(owner(), x, edges);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(double[], double[])}, run on this pool.
     * numpy.histogram(x, bins=edges): counts per bin [edges[i], edges[i+1]), the last closed; values
     * outside [edges[0], edges[last]] and NaN are not counted, infinities only when an edge is
     * infinite. Each value is compared as a double (NumPy's searchsorted converts float32 and integers
     * to float64; int64 beyond 2^53 rounds). Binary search per value; memory: a copy of the edges and
     * the counts. Split as a histogram with a range is; the edges are copied by the call. Memory: one
     * {@code long[edges.length - 1]} per task. Cancelling the future stops the tasks at their next
     * chunk boundary; nothing visible is left behind. The call checks its arguments on the calling
     * thread, as the synchronous call does, submits the work and returns without blocking; it ignores
     * the caller's interrupt status, and the workers do not respond to interrupts (a native call cannot
     * be interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it
     * (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param edges the bin edges, at least 2, not NaN, non-decreasing
     * @return a future of the counts, {@code edges.length - 1} of them
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if fewer than 2 edges are given, an edge is NaN (NumPy allows
     *     NaN edges, with meaningless counts), or the edges decrease
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<long[]> histogram(double[] x, double[] edges) {
        return PoolSorts.histogram(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), edges);
    }

    /**
     * The asynchronous form of {@link Kernels#describe(double[])}, run on this pool. pandas' {@code
     * Series.describe()} with the default percentiles 0.25, 0.5 and 0.75: NaNs ignored; count, mean,
     * std (ddof 1), min, the quartiles, max; see {@link #describe(NumericArray, double...)}. The
     * moments and the selection run side by side on the pool, the same result bit for bit. Cancelling
     * the future stops both at their next chunk boundary; nothing visible is left behind. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the statistics
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Description> describe(double[] x) {
        return describe(DoubleArray.wrap(Objects.requireNonNull(x, "x")), 0.25, 0.5, 0.75);
    }

    /**
     * The asynchronous form of {@link Kernels#describe(float[])}, run on this pool. pandas' {@code
     * Series.describe()} with the default percentiles 0.25, 0.5 and 0.75: NaNs ignored; count, mean,
     * std (ddof 1), min, the quartiles, max; see {@link #describe(NumericArray, double...)}. The
     * statistics are computed in float64. The moments and the selection run side by side on the pool,
     * the same result bit for bit. Cancelling the future stops both at their next chunk boundary;
     * nothing visible is left behind. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the statistics
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Description> describe(float[] x) {
        return describe(FloatArray.wrap(Objects.requireNonNull(x, "x")), 0.25, 0.5, 0.75);
    }

    /**
     * The asynchronous form of {@link Kernels#gemm(boolean, boolean, double, DoubleMatrix,
     * DoubleMatrix, double, DoubleMatrix)}, run on this pool. The general matrix product {@code C =
     * alpha * op(A) * op(B) + beta * C}, BLAS's GEMM on row-major matrices; op(X) is X, or its
     * transpose when the flag is set. As in BLAS: when {@code beta == 0} C is not read (NaN or infinity
     * in C does not propagate); when {@code alpha == 0} or the inner dimension is 0, A and B are not
     * read and C becomes {@code beta * C}. Off-heap matrices are the fast path; heap matrices of large
     * products are copied to off-heap memory around the call. Error bound, every backend and CPU path,
     * elementwise: {@code |C - C_exact| <= (k + 3) u (|alpha| |op(A)| |op(B)| + |beta| |C0|)}, u =
     * 2^-53 for float64 and 2^-24 for float32, k the inner dimension; the paths round differently (FMA
     * or not, block order), so they agree within that bound, not bit for bit. The same bits as the
     * synchronous call: C is cut into row or column blocks of whole micro-tiles that the workers
     * compute at once (at most four blocks per worker). A product of at most 2^21 multiply-adds runs on
     * the calling thread, and the future returned is already complete. Cancelling the future cancels
     * the blocks not yet started; a running block completes, so C may be left partly updated. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param transA whether op(A) is the transpose of A
     * @param transB whether op(B) is the transpose of B
     * @param alpha the factor of the product
     * @param a the matrix A
     * @param b the matrix B
     * @param beta the factor of the old values of the output (0: the output is not read)
     * @param c the matrix C, m x n, updated in place
     * @return a future that completes with null when C is updated
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the shapes do not agree (op(A) m x k, op(B) k x n, C m x n),
     *     C is read-only, C shares an element with A or B, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> gemm(boolean transA, boolean transB, double alpha, DoubleMatrix a, DoubleMatrix b, double beta, DoubleMatrix c) {
        return PoolGemm.gemm(owner(), org.kernels4j.backend.Backends.current(), transA, transB, alpha, a, b, beta, c);
    }

    /**
     * The asynchronous form of {@link Kernels#gemm(boolean, boolean, float, FloatMatrix, FloatMatrix,
     * float, FloatMatrix)}, run on this pool. The general matrix product {@code C = alpha * op(A) *
     * op(B) + beta * C}, BLAS's GEMM on row-major matrices; op(X) is X, or its transpose when the flag
     * is set. As in BLAS: when {@code beta == 0} C is not read (NaN or infinity in C does not
     * propagate); when {@code alpha == 0} or the inner dimension is 0, A and B are not read and C
     * becomes {@code beta * C}. Off-heap matrices are the fast path; heap matrices of large products
     * are copied to off-heap memory around the call. Error bound, every backend and CPU path,
     * elementwise: {@code |C - C_exact| <= (k + 3) u (|alpha| |op(A)| |op(B)| + |beta| |C0|)}, u =
     * 2^-53 for float64 and 2^-24 for float32, k the inner dimension; the paths round differently (FMA
     * or not, block order), so they agree within that bound, not bit for bit. float32 arithmetic
     * (SGEMM). The same bits as the synchronous call: C is cut into row or column blocks of whole
     * micro-tiles that the workers compute at once (at most four blocks per worker). A product of at
     * most 2^21 multiply-adds runs on the calling thread, and the future returned is already complete.
     * Cancelling the future cancels the blocks not yet started; a running block completes, so C may be
     * left partly updated. The call checks its arguments on the calling thread, as the synchronous call
     * does, submits the work and returns without blocking; it ignores the caller's interrupt status,
     * and the workers do not respond to interrupts (a native call cannot be interrupted). A timed-out
     * {@code get} leaves the work running: cancel the future to stop it (see <a href="#small">small
     * inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param transA whether op(A) is the transpose of A
     * @param transB whether op(B) is the transpose of B
     * @param alpha the factor of the product
     * @param a the matrix A
     * @param b the matrix B
     * @param beta the factor of the old values of the output (0: the output is not read)
     * @param c the matrix C, m x n, updated in place
     * @return a future that completes with null when C is updated
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the shapes do not agree (op(A) m x k, op(B) k x n, C m x n),
     *     C is read-only, C shares an element with A or B, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> gemm(boolean transA, boolean transB, float alpha, FloatMatrix a, FloatMatrix b, float beta, FloatMatrix c) {
        return PoolGemm.gemm(owner(), org.kernels4j.backend.Backends.current(), transA, transB, alpha, a, b, beta, c);
    }

    /**
     * The asynchronous form of {@link Kernels#sum(IntArray)}, run on this pool. The sum of integers,
     * NumPy's {@code sum}: NumPy's integer rule: int32 and int64 values accumulate in int64, which
     * wraps around on overflow (two's complement) without an error, as NumPy's does. For a sum that
     * cannot wrap, {@link #mean} times the length is exact up to one rounding. It runs as one task on a
     * worker (integer reductions have no split form yet). Cancelling the future before the task starts
     * stops it; a started task runs to its end, and its result is dropped. The call checks its
     * arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the sum in int64 (0 if there are no elements)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> sum(IntArray x) {
        return PoolSorts.one(owner(), () -> Kernels.sum(x), x);
    }

    /**
     * The asynchronous form of {@link Kernels#sum(int[])}, run on this pool. The sum of integers,
     * NumPy's {@code sum}: NumPy's integer rule: int32 and int64 values accumulate in int64, which
     * wraps around on overflow (two's complement) without an error, as NumPy's does. For a sum that
     * cannot wrap, {@link #mean} times the length is exact up to one rounding. It runs as one task on a
     * worker (integer reductions have no split form yet). Cancelling the future before the task starts
     * stops it; a started task runs to its end, and its result is dropped. The call checks its
     * arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the sum in int64 (0 if there are no elements)
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> sum(int[] x) {
        return PoolSorts.one(owner(), () -> Kernels.sum(x), IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#sum(LongArray)}, run on this pool. The sum of integers,
     * NumPy's {@code sum}: NumPy's integer rule: int32 and int64 values accumulate in int64, which
     * wraps around on overflow (two's complement) without an error, as NumPy's does. For a sum that
     * cannot wrap, {@link #mean} times the length is exact up to one rounding. It runs as one task on a
     * worker (integer reductions have no split form yet). Cancelling the future before the task starts
     * stops it; a started task runs to its end, and its result is dropped. The call checks its
     * arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the sum in int64 (0 if there are no elements)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> sum(LongArray x) {
        return PoolSorts.one(owner(), () -> Kernels.sum(x), x);
    }

    /**
     * The asynchronous form of {@link Kernels#sum(long[])}, run on this pool. The sum of integers,
     * NumPy's {@code sum}: NumPy's integer rule: int32 and int64 values accumulate in int64, which
     * wraps around on overflow (two's complement) without an error, as NumPy's does. For a sum that
     * cannot wrap, {@link #mean} times the length is exact up to one rounding. It runs as one task on a
     * worker (integer reductions have no split form yet). Cancelling the future before the task starts
     * stops it; a started task runs to its end, and its result is dropped. The call checks its
     * arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the sum in int64 (0 if there are no elements)
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> sum(long[] x) {
        return PoolSorts.one(owner(), () -> Kernels.sum(x), LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#prod(IntArray)}, run on this pool. The product of
     * integers, NumPy's {@code prod}: NumPy's integer rule: int32 and int64 values accumulate in int64,
     * which wraps around on overflow (two's complement) without an error, as NumPy's does. It runs as
     * one task on a worker (integer reductions have no split form yet). Cancelling the future before
     * the task starts stops it; a started task runs to its end, and its result is dropped. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the product in int64 (1 if there are no elements)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> prod(IntArray x) {
        return PoolSorts.one(owner(), () -> Kernels.prod(x), x);
    }

    /**
     * The asynchronous form of {@link Kernels#prod(int[])}, run on this pool. The product of integers,
     * NumPy's {@code prod}: NumPy's integer rule: int32 and int64 values accumulate in int64, which
     * wraps around on overflow (two's complement) without an error, as NumPy's does. It runs as one
     * task on a worker (integer reductions have no split form yet). Cancelling the future before the
     * task starts stops it; a started task runs to its end, and its result is dropped. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the product in int64 (1 if there are no elements)
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> prod(int[] x) {
        return PoolSorts.one(owner(), () -> Kernels.prod(x), IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#prod(LongArray)}, run on this pool. The product of
     * integers, NumPy's {@code prod}: NumPy's integer rule: int32 and int64 values accumulate in int64,
     * which wraps around on overflow (two's complement) without an error, as NumPy's does. It runs as
     * one task on a worker (integer reductions have no split form yet). Cancelling the future before
     * the task starts stops it; a started task runs to its end, and its result is dropped. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the product in int64 (1 if there are no elements)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> prod(LongArray x) {
        return PoolSorts.one(owner(), () -> Kernels.prod(x), x);
    }

    /**
     * The asynchronous form of {@link Kernels#prod(long[])}, run on this pool. The product of integers,
     * NumPy's {@code prod}: NumPy's integer rule: int32 and int64 values accumulate in int64, which
     * wraps around on overflow (two's complement) without an error, as NumPy's does. It runs as one
     * task on a worker (integer reductions have no split form yet). Cancelling the future before the
     * task starts stops it; a started task runs to its end, and its result is dropped. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the product in int64 (1 if there are no elements)
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> prod(long[] x) {
        return PoolSorts.one(owner(), () -> Kernels.prod(x), LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#mean(IntArray)}, run on this pool. The mean of integers:
     * their exact sum (held in 128 bits, so it never wraps), rounded once to double, divided by the
     * count: within one unit in the last place of the exact mean. NumPy sums the values converted to
     * float64 pairwise; both give the same bits whenever NumPy's partial sums stay below 2^53 in
     * magnitude, beyond that NumPy's sum rounds at every step. It runs as one task on a worker (integer
     * reductions have no split form yet). Cancelling the future before the task starts stops it; a
     * started task runs to its end, and its result is dropped. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the mean: NaN if there are no elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> mean(IntArray x) {
        return PoolSorts.one(owner(), () -> Kernels.mean(x), x);
    }

    /**
     * The asynchronous form of {@link Kernels#mean(int[])}, run on this pool. The mean of integers:
     * their exact sum (held in 128 bits, so it never wraps), rounded once to double, divided by the
     * count: within one unit in the last place of the exact mean. NumPy sums the values converted to
     * float64 pairwise; both give the same bits whenever NumPy's partial sums stay below 2^53 in
     * magnitude, beyond that NumPy's sum rounds at every step. It runs as one task on a worker (integer
     * reductions have no split form yet). Cancelling the future before the task starts stops it; a
     * started task runs to its end, and its result is dropped. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the mean: NaN if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> mean(int[] x) {
        return PoolSorts.one(owner(), () -> Kernels.mean(x), IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#mean(LongArray)}, run on this pool. The mean of integers:
     * their exact sum (held in 128 bits, so it never wraps), rounded once to double, divided by the
     * count: within one unit in the last place of the exact mean. NumPy sums the values converted to
     * float64 pairwise; both give the same bits whenever NumPy's partial sums stay below 2^53 in
     * magnitude, beyond that NumPy's sum rounds at every step. It runs as one task on a worker (integer
     * reductions have no split form yet). Cancelling the future before the task starts stops it; a
     * started task runs to its end, and its result is dropped. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the mean: NaN if there are no elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> mean(LongArray x) {
        return PoolSorts.one(owner(), () -> Kernels.mean(x), x);
    }

    /**
     * The asynchronous form of {@link Kernels#mean(long[])}, run on this pool. The mean of integers:
     * their exact sum (held in 128 bits, so it never wraps), rounded once to double, divided by the
     * count: within one unit in the last place of the exact mean. NumPy sums the values converted to
     * float64 pairwise; both give the same bits whenever NumPy's partial sums stay below 2^53 in
     * magnitude, beyond that NumPy's sum rounds at every step. It runs as one task on a worker (integer
     * reductions have no split form yet). Cancelling the future before the task starts stops it; a
     * started task runs to its end, and its result is dropped. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the mean: NaN if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> mean(long[] x) {
        return PoolSorts.one(owner(), () -> Kernels.mean(x), LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#min(IntArray)}, run on this pool. The smallest of the
     * integers. It runs as one task on a worker (integer reductions have no split form yet). Cancelling
     * the future before the task starts stops it; a started task runs to its end, and its result is
     * dropped. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the minimum
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Integer> min(IntArray x) {
        return PoolSorts.one(owner(), () -> Kernels.min(x), x);
    }

    /**
     * The asynchronous form of {@link Kernels#min(LongArray)}, run on this pool. The smallest of the
     * integers. It runs as one task on a worker (integer reductions have no split form yet). Cancelling
     * the future before the task starts stops it; a started task runs to its end, and its result is
     * dropped. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the minimum
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> min(LongArray x) {
        return PoolSorts.one(owner(), () -> Kernels.min(x), x);
    }

    /**
     * The asynchronous form of {@link Kernels#max(IntArray)}, run on this pool. The largest of the
     * integers. It runs as one task on a worker (integer reductions have no split form yet). Cancelling
     * the future before the task starts stops it; a started task runs to its end, and its result is
     * dropped. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the maximum
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Integer> max(IntArray x) {
        return PoolSorts.one(owner(), () -> Kernels.max(x), x);
    }

    /**
     * The asynchronous form of {@link Kernels#max(LongArray)}, run on this pool. The largest of the
     * integers. It runs as one task on a worker (integer reductions have no split form yet). Cancelling
     * the future before the task starts stops it; a started task runs to its end, and its result is
     * dropped. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the maximum
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> max(LongArray x) {
        return PoolSorts.one(owner(), () -> Kernels.max(x), x);
    }

    /**
     * The asynchronous form of {@link Kernels#argmin(IntArray)}, run on this pool. NumPy's {@code
     * argmin} of integers: the first index of the minimum. It runs as one task on a worker (integer
     * reductions have no split form yet). Cancelling the future before the task starts stops it; a
     * started task runs to its end, and its result is dropped. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the index of the first smallest element
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> argmin(IntArray x) {
        return PoolSorts.one(owner(), () -> Kernels.argmin(x), x);
    }

    /**
     * The asynchronous form of {@link Kernels#argmin(LongArray)}, run on this pool. NumPy's {@code
     * argmin} of integers: the first index of the minimum. It runs as one task on a worker (integer
     * reductions have no split form yet). Cancelling the future before the task starts stops it; a
     * started task runs to its end, and its result is dropped. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the index of the first smallest element
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> argmin(LongArray x) {
        return PoolSorts.one(owner(), () -> Kernels.argmin(x), x);
    }

    /**
     * The asynchronous form of {@link Kernels#argmax(IntArray)}, run on this pool. NumPy's {@code
     * argmax} of integers: the first index of the maximum. It runs as one task on a worker (integer
     * reductions have no split form yet). Cancelling the future before the task starts stops it; a
     * started task runs to its end, and its result is dropped. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the index of the first largest element
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> argmax(IntArray x) {
        return PoolSorts.one(owner(), () -> Kernels.argmax(x), x);
    }

    /**
     * The asynchronous form of {@link Kernels#argmax(LongArray)}, run on this pool. NumPy's {@code
     * argmax} of integers: the first index of the maximum. It runs as one task on a worker (integer
     * reductions have no split form yet). Cancelling the future before the task starts stops it; a
     * started task runs to its end, and its result is dropped. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the index of the first largest element
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> argmax(LongArray x) {
        return PoolSorts.one(owner(), () -> Kernels.argmax(x), x);
    }

    /**
     * The asynchronous form of {@link Kernels#nanvar(NumericArray, int)}, run on this pool. NumPy's
     * {@code nanvar}: the variance of the elements that are not NaN, {@code sum((x - m)^2) / (count -
     * ddof)} with m their mean (two passes, each in the k4j tree order). It runs as one task on a
     * worker. Cancelling the future before the task starts stops it; a started task runs to its end,
     * and its result is dropped. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return a future of the variance of the non-NaN elements: NaN if {@code count <= ddof} (NumPy:
     *     NaN and a warning), for example when every element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code ddof} is negative,
     *     or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanvar(NumericArray x, int ddof) {
        return PoolSorts.one(owner(), () -> Kernels.nanvar(x, ddof), x);
    }

    /**
     * The asynchronous form of {@link Kernels#nanvar(double[], int)}, run on this pool. NumPy's {@code
     * nanvar}: the variance of the elements that are not NaN, {@code sum((x - m)^2) / (count - ddof)}
     * with m their mean (two passes, each in the k4j tree order). It runs as one task on a worker.
     * Cancelling the future before the task starts stops it; a started task runs to its end, and its
     * result is dropped. The call checks its arguments on the calling thread, as the synchronous call
     * does, submits the work and returns without blocking; it ignores the caller's interrupt status,
     * and the workers do not respond to interrupts (a native call cannot be interrupted). A timed-out
     * {@code get} leaves the work running: cancel the future to stop it (see <a href="#small">small
     * inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return a future of the variance of the non-NaN elements: NaN if {@code count <= ddof} (NumPy:
     *     NaN and a warning), for example when every element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is negative
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanvar(double[] x, int ddof) {
        return PoolSorts.one(owner(), () -> Kernels.nanvar(x, ddof), DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#nanvar(float[], int)}, run on this pool. NumPy's {@code
     * nanvar}: the variance of the elements that are not NaN, {@code sum((x - m)^2) / (count - ddof)}
     * with m their mean (two passes, each in the k4j tree order). float32 values are accumulated in
     * float64. It runs as one task on a worker. Cancelling the future before the task starts stops it;
     * a started task runs to its end, and its result is dropped. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return a future of the variance of the non-NaN elements: NaN if {@code count <= ddof} (NumPy:
     *     NaN and a warning), for example when every element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is negative
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanvar(float[] x, int ddof) {
        return PoolSorts.one(owner(), () -> Kernels.nanvar(x, ddof), FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#nanstd(NumericArray, int)}, run on this pool. NumPy's
     * {@code nanstd}: the square root of {@link #nanvar}. It runs as one task on a worker. Cancelling
     * the future before the task starts stops it; a started task runs to its end, and its result is
     * dropped. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return a future of the standard deviation of the non-NaN elements: NaN if {@code count <= ddof}
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code ddof} is negative,
     *     or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanstd(NumericArray x, int ddof) {
        return PoolSorts.one(owner(), () -> Kernels.nanstd(x, ddof), x);
    }

    /**
     * The asynchronous form of {@link Kernels#nanstd(double[], int)}, run on this pool. NumPy's {@code
     * nanstd}: the square root of {@link #nanvar}. It runs as one task on a worker. Cancelling the
     * future before the task starts stops it; a started task runs to its end, and its result is
     * dropped. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return a future of the standard deviation of the non-NaN elements: NaN if {@code count <= ddof}
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is negative
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanstd(double[] x, int ddof) {
        return PoolSorts.one(owner(), () -> Kernels.nanstd(x, ddof), DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#nanstd(float[], int)}, run on this pool. NumPy's {@code
     * nanstd}: the square root of {@link #nanvar}. float32 values are accumulated in float64. It runs
     * as one task on a worker. Cancelling the future before the task starts stops it; a started task
     * runs to its end, and its result is dropped. The call checks its arguments on the calling thread,
     * as the synchronous call does, submits the work and returns without blocking; it ignores the
     * caller's interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return a future of the standard deviation of the non-NaN elements: NaN if {@code count <= ddof}
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is negative
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> nanstd(float[] x, int ddof) {
        return PoolSorts.one(owner(), () -> Kernels.nanstd(x, ddof), FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#average(NumericArray, NumericArray)}, run on this pool.
     * NumPy's {@code average(x, weights=w)}: {@code sum(x[i] * w[i]) / sum(w)}, both sums in the k4j
     * tree order (products rounded, no fused multiply-add). NaN in x or the weights gives NaN. It runs
     * as one task on a worker. Cancelling the future before the task starts stops it; a started task
     * runs to its end, and its result is dropped. The call checks its arguments on the calling thread,
     * as the synchronous call does, submits the work and returns without blocking; it ignores the
     * caller's interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @param weights the weights, one per element, of x's element type
     * @return a future of the weighted mean
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, the lengths or element
     *     types differ, the weights sum to zero (NumPy: ZeroDivisionError), or an array belongs to a
     *     confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> average(NumericArray x, NumericArray weights) {
        return PoolSorts.one(owner(), () -> Kernels.average(x, weights), x, weights);
    }

    /**
     * The asynchronous form of {@link Kernels#average(double[], double[])}, run on this pool. NumPy's
     * {@code average(x, weights=w)}: {@code sum(x[i] * w[i]) / sum(w)}, both sums in the k4j tree order
     * (products rounded, no fused multiply-add). NaN in x or the weights gives NaN. It runs as one task
     * on a worker. Cancelling the future before the task starts stops it; a started task runs to its
     * end, and its result is dropped. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param weights the weights, one per element, read in place
     * @return a future of the weighted mean
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths or element types differ, or the weights sum to
     *     zero (NumPy: ZeroDivisionError)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> average(double[] x, double[] weights) {
        return PoolSorts.one(owner(), () -> Kernels.average(x, weights), DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(weights, "weights")));
    }

    /**
     * The asynchronous form of {@link Kernels#average(float[], float[])}, run on this pool. NumPy's
     * {@code average(x, weights=w)}: {@code sum(x[i] * w[i]) / sum(w)}, both sums in the k4j tree order
     * (products rounded, no fused multiply-add). NaN in x or the weights gives NaN. float32 values are
     * accumulated in float64. It runs as one task on a worker. Cancelling the future before the task
     * starts stops it; a started task runs to its end, and its result is dropped. The call checks its
     * arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param weights the weights, one per element, read in place
     * @return a future of the weighted mean
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths or element types differ, or the weights sum to
     *     zero (NumPy: ZeroDivisionError)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Double> average(float[] x, float[] weights) {
        return PoolSorts.one(owner(), () -> Kernels.average(x, weights), FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(weights, "weights")));
    }

    /**
     * The asynchronous form of {@link Kernels#bincount(NumericArray, NumericArray, int)}, run on this
     * pool. numpy.bincount with weights: {@code sums[v]} is the sum of the weights of the elements
     * equal to v, added in index order as NumPy adds them (so its bits). Two reads of x: its range
     * sizes the sums, then the weights are added; if another thread writes x meanwhile the sums are
     * unspecified, but no memory outside x, the weights and the sums is touched. x must be an int32 or
     * int64 array, the weights float64. One task reads x's range (which sizes the result and refuses
     * negative values: the future then completes exceptionally with the IllegalArgumentException);
     * then, for arrays of at least 2^20 elements, the work is split by value: the bins are cut into one
     * range per worker, and each part reads all of x, adding in index order only the weights of its
     * values, so every sum is the synchronous one (NumPy's) bit for bit for any worker count. Each part
     * reads all of x: the gain is in the scattered additions, not in the reading. Memory: the result
     * and a copy of each part's bins. Cancelling the future stops the range task, or the parts not yet
     * started; nothing visible is left behind. The call checks its arguments on the calling thread, as
     * the synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param weights one float64 weight per element of x
     * @param minlength the least length of the result
     * @return a future of the sums, of length max(max(x) + 1, minlength) (minlength, or 0, when x is
     *     empty)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if x holds a negative value (x is only read), {@code minlength}
     *     is negative or too large, the maximum is too large for a {@code double[]} of sums, the
     *     weights are not as many as the values, x is not an int32 or int64 array, or the weights are
     *     not float64, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<double[]> bincount(NumericArray x, NumericArray weights, int minlength) {
        return org.kernels4j.planner.PoolBincount.sums(owner(), x, weights, minlength);
    }

    /**
     * The asynchronous form of {@link Kernels#bincount(int[], double[])}, run on this pool.
     * numpy.bincount with weights: {@code sums[v]} is the sum of the weights of the elements equal to
     * v, added in index order as NumPy adds them (so its bits). Two reads of x: its range sizes the
     * sums, then the weights are added; if another thread writes x meanwhile the sums are unspecified,
     * but no memory outside x, the weights and the sums is touched. One task reads x's range (which
     * sizes the result and refuses negative values: the future then completes exceptionally with the
     * IllegalArgumentException); then, for arrays of at least 2^20 elements, the work is split by
     * value: the bins are cut into one range per worker, and each part reads all of x, adding in index
     * order only the weights of its values, so every sum is the synchronous one (NumPy's) bit for bit
     * for any worker count. Each part reads all of x: the gain is in the scattered additions, not in
     * the reading. Memory: the result and a copy of each part's bins. Cancelling the future stops the
     * range task, or the parts not yet started; nothing visible is left behind. The call checks its
     * arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param weights one weight per element of x, read in place
     * @return a future of the sums, of length max(max(x) + 1, minlength) (minlength, or 0, when x is
     *     empty)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if x holds a negative value (x is only read), {@code minlength}
     *     is negative or too large, the maximum is too large for a {@code double[]} of sums, or the
     *     weights are not as many as the values
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<double[]> bincount(int[] x, double[] weights) {
        return org.kernels4j.planner.PoolBincount.sums(owner(), IntArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(weights, "weights")), 0);
    }

    /**
     * The asynchronous form of {@link Kernels#bincount(long[], double[])}, run on this pool.
     * numpy.bincount with weights: {@code sums[v]} is the sum of the weights of the elements equal to
     * v, added in index order as NumPy adds them (so its bits). Two reads of x: its range sizes the
     * sums, then the weights are added; if another thread writes x meanwhile the sums are unspecified,
     * but no memory outside x, the weights and the sums is touched. One task reads x's range (which
     * sizes the result and refuses negative values: the future then completes exceptionally with the
     * IllegalArgumentException); then, for arrays of at least 2^20 elements, the work is split by
     * value: the bins are cut into one range per worker, and each part reads all of x, adding in index
     * order only the weights of its values, so every sum is the synchronous one (NumPy's) bit for bit
     * for any worker count. Each part reads all of x: the gain is in the scattered additions, not in
     * the reading. Memory: the result and a copy of each part's bins. Cancelling the future stops the
     * range task, or the parts not yet started; nothing visible is left behind. The call checks its
     * arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param weights one weight per element of x, read in place
     * @return a future of the sums, of length max(max(x) + 1, minlength) (minlength, or 0, when x is
     *     empty)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if x holds a negative value (x is only read), {@code minlength}
     *     is negative or too large, the maximum is too large for a {@code double[]} of sums, or the
     *     weights are not as many as the values
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<double[]> bincount(long[] x, double[] weights) {
        return org.kernels4j.planner.PoolBincount.sums(owner(), LongArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(weights, "weights")), 0);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(NumericArray, BinRule)}, run on this pool.
     * {@code numpy.histogram(x, bins=name)}, name the rule's ("fd", "auto", ...): the rule chooses the
     * number of equal bins from the data (see {@link BinRule}), then the histogram is the one over
     * [min, max] of x with that many bins. Reads x a few times (range, and the statistics the rule
     * needs: std, or a selection of the quartiles). It runs as one task on a worker. Cancelling the
     * future before the task starts stops it; a started task runs to its end, and its result is
     * dropped. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param rule how the number of bins is chosen
     * @return a future of the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), the rule
     *     asks for more than 2^24 bins (a far outlier against a tight spread: give a bin count or a
     *     range), or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Histogram> histogram(NumericArray x, BinRule rule) {
        return PoolSorts.one(owner(), () -> Kernels.histogram(x, rule), x);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(double[], BinRule)}, run on this pool. {@code
     * numpy.histogram(x, bins=name)}, name the rule's ("fd", "auto", ...): the rule chooses the number
     * of equal bins from the data (see {@link BinRule}), then the histogram is the one over [min, max]
     * of x with that many bins. Reads x a few times (range, and the statistics the rule needs: std, or
     * a selection of the quartiles). It runs as one task on a worker. Cancelling the future before the
     * task starts stops it; a started task runs to its end, and its result is dropped. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param rule how the number of bins is chosen
     * @return a future of the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), or the
     *     rule asks for more than 2^24 bins (a far outlier against a tight spread: give a bin count or
     *     a range)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Histogram> histogram(double[] x, BinRule rule) {
        return PoolSorts.one(owner(), () -> Kernels.histogram(x, rule), DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(float[], BinRule)}, run on this pool. {@code
     * numpy.histogram(x, bins=name)}, name the rule's ("fd", "auto", ...): the rule chooses the number
     * of equal bins from the data (see {@link BinRule}), then the histogram is the one over [min, max]
     * of x with that many bins. Reads x a few times (range, and the statistics the rule needs: std, or
     * a selection of the quartiles). It runs as one task on a worker. Cancelling the future before the
     * task starts stops it; a started task runs to its end, and its result is dropped. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param rule how the number of bins is chosen
     * @return a future of the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), or the
     *     rule asks for more than 2^24 bins (a far outlier against a tight spread: give a bin count or
     *     a range)
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Histogram> histogram(float[] x, BinRule rule) {
        return PoolSorts.one(owner(), () -> Kernels.histogram(x, rule), FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(NumericArray, BinRule, double, double)}, run on
     * this pool. {@code numpy.histogram(x, bins=name, range=(lo, hi))}, name the rule's: the rule sees
     * only the values inside [lo, hi] (as NumPy's does; NaN and infinities are outside), then the
     * histogram is the one over [lo, hi] with the bins it chose. Memory: a copy of the values inside
     * the range. It runs as one task on a worker. Cancelling the future before the task starts stops
     * it; a started task runs to its end, and its result is dropped. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param rule how the number of bins is chosen
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @return a future of the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if lo or hi is not finite, {@code lo > hi}, the rule asks for
     *     more than 2^24 bins, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Histogram> histogram(NumericArray x, BinRule rule, double lo, double hi) {
        return PoolSorts.one(owner(), () -> Kernels.histogram(x, rule, lo, hi), x);
    }

    /**
     * The asynchronous form of {@link Kernels#less(NumericArray, NumericArray, BoolArray)}, run on this
     * pool. NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> less(NumericArray a, NumericArray b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.LT, a, b, out);
    }

    /**
     * The asynchronous form of {@link Kernels#less(double[], double[], BoolArray)}, run on this pool.
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements are split
     * into chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> less(double[] a, double[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.LT, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#less(float[], float[], BoolArray)}, run on this pool.
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements are split
     * into chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> less(float[] a, float[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.LT, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#less(int[], int[], BoolArray)}, run on this pool. NumPy's
     * {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element. IEEE
     * comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> less(int[] a, int[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.LT, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#less(long[], long[], BoolArray)}, run on this pool.
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements are split
     * into chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> less(long[] a, long[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.LT, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#less(NumericArray, double, BoolArray)}, run on this pool.
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32 arrays the
     * scalar is rounded to float32 first (NumPy's rule for a Python float against a float32 array); for
     * integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy converts int64
     * to float64 first, so the two differ only beyond 2^53). The elements are split into chunks that
     * the workers claim in turn; each element is computed once, by the code of the synchronous call.
     * Cancelling the future stops the work at the next chunk boundary and leaves the output partly
     * written: each chunk holds either its old values or all of its new ones, and one chunk per worker
     * may still be written for a moment after {@code cancel} returns. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> less(NumericArray a, double s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.LT, a, s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#less(double[], double, BoolArray)}, run on this pool.
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements are split
     * into chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> less(double[] a, double s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.LT, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#less(float[], float, BoolArray)}, run on this pool.
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements are split
     * into chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> less(float[] a, float s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.LT, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#less(int[], int, BoolArray)}, run on this pool. NumPy's
     * {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element. IEEE
     * comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> less(int[] a, int s, BoolArray out) {
        return MaskKernels.compareIntegerAsync(owner(), chunkSize(), MaskKernels.LT, IntArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#less(long[], long, BoolArray)}, run on this pool. NumPy's
     * {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element. IEEE
     * comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> less(long[] a, long s, BoolArray out) {
        return MaskKernels.compareIntegerAsync(owner(), chunkSize(), MaskKernels.LT, LongArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#lessEqual(NumericArray, NumericArray, BoolArray)}, run on
     * this pool. NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one
     * byte per element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The
     * elements are split into chunks that the workers claim in turn; each element is computed once, by
     * the code of the synchronous call. Cancelling the future stops the work at the next chunk boundary
     * and leaves the output partly written: each chunk holds either its old values or all of its new
     * ones, and one chunk per worker may still be written for a moment after {@code cancel} returns.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> lessEqual(NumericArray a, NumericArray b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.LE, a, b, out);
    }

    /**
     * The asynchronous form of {@link Kernels#lessEqual(double[], double[], BoolArray)}, run on this
     * pool. NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte
     * per element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The
     * elements are split into chunks that the workers claim in turn; each element is computed once, by
     * the code of the synchronous call. Cancelling the future stops the work at the next chunk boundary
     * and leaves the output partly written: each chunk holds either its old values or all of its new
     * ones, and one chunk per worker may still be written for a moment after {@code cancel} returns.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> lessEqual(double[] a, double[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.LE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#lessEqual(float[], float[], BoolArray)}, run on this
     * pool. NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte
     * per element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The
     * elements are split into chunks that the workers claim in turn; each element is computed once, by
     * the code of the synchronous call. Cancelling the future stops the work at the next chunk boundary
     * and leaves the output partly written: each chunk holds either its old values or all of its new
     * ones, and one chunk per worker may still be written for a moment after {@code cancel} returns.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> lessEqual(float[] a, float[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.LE, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#lessEqual(int[], int[], BoolArray)}, run on this pool.
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> lessEqual(int[] a, int[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.LE, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#lessEqual(long[], long[], BoolArray)}, run on this pool.
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> lessEqual(long[] a, long[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.LE, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#lessEqual(NumericArray, double, BoolArray)}, run on this
     * pool. NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte
     * per element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53). The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> lessEqual(NumericArray a, double s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.LE, a, s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#lessEqual(double[], double, BoolArray)}, run on this
     * pool. NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte
     * per element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The
     * elements are split into chunks that the workers claim in turn; each element is computed once, by
     * the code of the synchronous call. Cancelling the future stops the work at the next chunk boundary
     * and leaves the output partly written: each chunk holds either its old values or all of its new
     * ones, and one chunk per worker may still be written for a moment after {@code cancel} returns.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> lessEqual(double[] a, double s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.LE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#lessEqual(float[], float, BoolArray)}, run on this pool.
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> lessEqual(float[] a, float s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.LE, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#lessEqual(int[], int, BoolArray)}, run on this pool.
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> lessEqual(int[] a, int s, BoolArray out) {
        return MaskKernels.compareIntegerAsync(owner(), chunkSize(), MaskKernels.LE, IntArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#lessEqual(long[], long, BoolArray)}, run on this pool.
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> lessEqual(long[] a, long s, BoolArray out) {
        return MaskKernels.compareIntegerAsync(owner(), chunkSize(), MaskKernels.LE, LongArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#equal(NumericArray, NumericArray, BoolArray)}, run on
     * this pool. NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte
     * per element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The
     * elements are split into chunks that the workers claim in turn; each element is computed once, by
     * the code of the synchronous call. Cancelling the future stops the work at the next chunk boundary
     * and leaves the output partly written: each chunk holds either its old values or all of its new
     * ones, and one chunk per worker may still be written for a moment after {@code cancel} returns.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> equal(NumericArray a, NumericArray b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.EQ, a, b, out);
    }

    /**
     * The asynchronous form of {@link Kernels#equal(double[], double[], BoolArray)}, run on this pool.
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> equal(double[] a, double[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.EQ, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#equal(float[], float[], BoolArray)}, run on this pool.
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> equal(float[] a, float[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.EQ, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#equal(int[], int[], BoolArray)}, run on this pool.
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> equal(int[] a, int[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.EQ, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#equal(long[], long[], BoolArray)}, run on this pool.
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> equal(long[] a, long[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.EQ, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#equal(NumericArray, double, BoolArray)}, run on this
     * pool. NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53). The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> equal(NumericArray a, double s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.EQ, a, s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#equal(double[], double, BoolArray)}, run on this pool.
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> equal(double[] a, double s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.EQ, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#equal(float[], float, BoolArray)}, run on this pool.
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> equal(float[] a, float s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.EQ, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#equal(int[], int, BoolArray)}, run on this pool. NumPy's
     * {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per element. IEEE
     * comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> equal(int[] a, int s, BoolArray out) {
        return MaskKernels.compareIntegerAsync(owner(), chunkSize(), MaskKernels.EQ, IntArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#equal(long[], long, BoolArray)}, run on this pool.
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> equal(long[] a, long s, BoolArray out) {
        return MaskKernels.compareIntegerAsync(owner(), chunkSize(), MaskKernels.EQ, LongArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#notEqual(NumericArray, NumericArray, BoolArray)}, run on
     * this pool. NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one
     * byte per element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal. The
     * elements are split into chunks that the workers claim in turn; each element is computed once, by
     * the code of the synchronous call. Cancelling the future stops the work at the next chunk boundary
     * and leaves the output partly written: each chunk holds either its old values or all of its new
     * ones, and one chunk per worker may still be written for a moment after {@code cancel} returns.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> notEqual(NumericArray a, NumericArray b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.NE, a, b, out);
    }

    /**
     * The asynchronous form of {@link Kernels#notEqual(double[], double[], BoolArray)}, run on this
     * pool. NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte
     * per element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> notEqual(double[] a, double[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.NE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#notEqual(float[], float[], BoolArray)}, run on this pool.
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal. The elements are
     * split into chunks that the workers claim in turn; each element is computed once, by the code of
     * the synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves
     * the output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> notEqual(float[] a, float[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.NE, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#notEqual(int[], int[], BoolArray)}, run on this pool.
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal. The elements are
     * split into chunks that the workers claim in turn; each element is computed once, by the code of
     * the synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves
     * the output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> notEqual(int[] a, int[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.NE, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#notEqual(long[], long[], BoolArray)}, run on this pool.
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal. The elements are
     * split into chunks that the workers claim in turn; each element is computed once, by the code of
     * the synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves
     * the output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> notEqual(long[] a, long[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.NE, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#notEqual(NumericArray, double, BoolArray)}, run on this
     * pool. NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte
     * per element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53). The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> notEqual(NumericArray a, double s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.NE, a, s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#notEqual(double[], double, BoolArray)}, run on this pool.
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal. The elements are
     * split into chunks that the workers claim in turn; each element is computed once, by the code of
     * the synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves
     * the output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> notEqual(double[] a, double s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.NE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#notEqual(float[], float, BoolArray)}, run on this pool.
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal. The elements are
     * split into chunks that the workers claim in turn; each element is computed once, by the code of
     * the synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves
     * the output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> notEqual(float[] a, float s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.NE, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#notEqual(int[], int, BoolArray)}, run on this pool.
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal. The elements are
     * split into chunks that the workers claim in turn; each element is computed once, by the code of
     * the synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves
     * the output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> notEqual(int[] a, int s, BoolArray out) {
        return MaskKernels.compareIntegerAsync(owner(), chunkSize(), MaskKernels.NE, IntArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#notEqual(long[], long, BoolArray)}, run on this pool.
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal. The elements are
     * split into chunks that the workers claim in turn; each element is computed once, by the code of
     * the synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves
     * the output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> notEqual(long[] a, long s, BoolArray out) {
        return MaskKernels.compareIntegerAsync(owner(), chunkSize(), MaskKernels.NE, LongArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#greater(NumericArray, NumericArray, BoolArray)}, run on
     * this pool. NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte
     * per element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The
     * elements are split into chunks that the workers claim in turn; each element is computed once, by
     * the code of the synchronous call. Cancelling the future stops the work at the next chunk boundary
     * and leaves the output partly written: each chunk holds either its old values or all of its new
     * ones, and one chunk per worker may still be written for a moment after {@code cancel} returns.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greater(NumericArray a, NumericArray b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.GT, a, b, out);
    }

    /**
     * The asynchronous form of {@link Kernels#greater(double[], double[], BoolArray)}, run on this
     * pool. NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greater(double[] a, double[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.GT, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#greater(float[], float[], BoolArray)}, run on this pool.
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greater(float[] a, float[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.GT, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#greater(int[], int[], BoolArray)}, run on this pool.
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greater(int[] a, int[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.GT, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#greater(long[], long[], BoolArray)}, run on this pool.
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greater(long[] a, long[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.GT, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#greater(NumericArray, double, BoolArray)}, run on this
     * pool. NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53). The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greater(NumericArray a, double s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.GT, a, s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#greater(double[], double, BoolArray)}, run on this pool.
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greater(double[] a, double s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.GT, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#greater(float[], float, BoolArray)}, run on this pool.
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greater(float[] a, float s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.GT, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#greater(int[], int, BoolArray)}, run on this pool.
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greater(int[] a, int s, BoolArray out) {
        return MaskKernels.compareIntegerAsync(owner(), chunkSize(), MaskKernels.GT, IntArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#greater(long[], long, BoolArray)}, run on this pool.
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greater(long[] a, long s, BoolArray out) {
        return MaskKernels.compareIntegerAsync(owner(), chunkSize(), MaskKernels.GT, LongArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#greaterEqual(NumericArray, NumericArray, BoolArray)}, run
     * on this pool. NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >=
     * s}), one byte per element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are
     * equal. The elements are split into chunks that the workers claim in turn; each element is
     * computed once, by the code of the synchronous call. Cancelling the future stops the work at the
     * next chunk boundary and leaves the output partly written: each chunk holds either its old values
     * or all of its new ones, and one chunk per worker may still be written for a moment after {@code
     * cancel} returns. The call checks its arguments on the calling thread, as the synchronous call
     * does, submits the work and returns without blocking; it ignores the caller's interrupt status,
     * and the workers do not respond to interrupts (a native call cannot be interrupted). A timed-out
     * {@code get} leaves the work running: cancel the future to stop it (see <a href="#small">small
     * inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greaterEqual(NumericArray a, NumericArray b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.GE, a, b, out);
    }

    /**
     * The asynchronous form of {@link Kernels#greaterEqual(double[], double[], BoolArray)}, run on this
     * pool. NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one
     * byte per element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The
     * elements are split into chunks that the workers claim in turn; each element is computed once, by
     * the code of the synchronous call. Cancelling the future stops the work at the next chunk boundary
     * and leaves the output partly written: each chunk holds either its old values or all of its new
     * ones, and one chunk per worker may still be written for a moment after {@code cancel} returns.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greaterEqual(double[] a, double[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.GE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#greaterEqual(float[], float[], BoolArray)}, run on this
     * pool. NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one
     * byte per element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The
     * elements are split into chunks that the workers claim in turn; each element is computed once, by
     * the code of the synchronous call. Cancelling the future stops the work at the next chunk boundary
     * and leaves the output partly written: each chunk holds either its old values or all of its new
     * ones, and one chunk per worker may still be written for a moment after {@code cancel} returns.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greaterEqual(float[] a, float[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.GE, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#greaterEqual(int[], int[], BoolArray)}, run on this pool.
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greaterEqual(int[] a, int[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.GE, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#greaterEqual(long[], long[], BoolArray)}, run on this
     * pool. NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one
     * byte per element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The
     * elements are split into chunks that the workers claim in turn; each element is computed once, by
     * the code of the synchronous call. Cancelling the future stops the work at the next chunk boundary
     * and leaves the output partly written: each chunk holds either its old values or all of its new
     * ones, and one chunk per worker may still be written for a moment after {@code cancel} returns.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type,
     *     {@code out} is shorter than the input or read-only, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greaterEqual(long[] a, long[] b, BoolArray out) {
        return MaskKernels.compareAsync(owner(), chunkSize(), MaskKernels.GE, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#greaterEqual(NumericArray, double, BoolArray)}, run on
     * this pool. NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}),
     * one byte per element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     * For float32 arrays the scalar is rounded to float32 first (NumPy's rule for a Python float
     * against a float32 array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x
     * <= 2}; NumPy converts int64 to float64 first, so the two differ only beyond 2^53). The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greaterEqual(NumericArray a, double s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.GE, a, s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#greaterEqual(double[], double, BoolArray)}, run on this
     * pool. NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one
     * byte per element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The
     * elements are split into chunks that the workers claim in turn; each element is computed once, by
     * the code of the synchronous call. Cancelling the future stops the work at the next chunk boundary
     * and leaves the output partly written: each chunk holds either its old values or all of its new
     * ones, and one chunk per worker may still be written for a moment after {@code cancel} returns.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greaterEqual(double[] a, double s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.GE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#greaterEqual(float[], float, BoolArray)}, run on this
     * pool. NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one
     * byte per element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The
     * elements are split into chunks that the workers claim in turn; each element is computed once, by
     * the code of the synchronous call. Cancelling the future stops the work at the next chunk boundary
     * and leaves the output partly written: each chunk holds either its old values or all of its new
     * ones, and one chunk per worker may still be written for a moment after {@code cancel} returns.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greaterEqual(float[] a, float s, BoolArray out) {
        return MaskKernels.compareScalarAsync(owner(), chunkSize(), MaskKernels.GE, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#greaterEqual(int[], int, BoolArray)}, run on this pool.
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greaterEqual(int[] a, int s, BoolArray out) {
        return MaskKernels.compareIntegerAsync(owner(), chunkSize(), MaskKernels.GE, IntArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#greaterEqual(long[], long, BoolArray)}, run on this pool.
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. The elements
     * are split into chunks that the workers claim in turn; each element is computed once, by the code
     * of the synchronous call. Cancelling the future stops the work at the next chunk boundary and
     * leaves the output partly written: each chunk holds either its old values or all of its new ones,
     * and one chunk per worker may still be written for a moment after {@code cancel} returns. The call
     * checks its arguments on the calling thread, as the synchronous call does, submits the work and
     * returns without blocking; it ignores the caller's interrupt status, and the workers do not
     * respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the
     * work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> greaterEqual(long[] a, long s, BoolArray out) {
        return MaskKernels.compareIntegerAsync(owner(), chunkSize(), MaskKernels.GE, LongArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#where(BoolArray, NumericArray, NumericArray,
     * NumericArray)}, run on this pool. NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ?
     * a[i] : b[i]}, the elements copied bit for bit (NaN payloads and the sign of zero kept). A choice
     * may be a scalar, stored as the array's element type (float32: rounded; an integer type: it must
     * be an integer in the type's range). {@code out} may be {@code a} or {@code b} itself. The
     * elements are split into chunks that the workers claim in turn; each element is computed once, by
     * the code of the synchronous call. Cancelling the future stops the work at the next chunk boundary
     * and leaves the output partly written: each chunk holds either its old values or all of its new
     * ones, and one chunk per worker may still be written for a moment after {@code cancel} returns.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param b the second choice, taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', {@code out} is shorter, read-only or of another
     *     element type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> where(BoolArray mask, NumericArray a, NumericArray b, NumericArray out) {
        return MaskKernels.whereAsync(owner(), chunkSize(), mask, a, b, out);
    }

    /**
     * The asynchronous form of {@link Kernels#where(BoolArray, double[], double[], double[])}, run on
     * this pool. NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the
     * elements copied bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar,
     * stored as the array's element type (float32: rounded; an integer type: it must be an integer in
     * the type's range). {@code out} may be {@code a} or {@code b} itself. The elements are split into
     * chunks that the workers claim in turn; each element is computed once, by the code of the
     * synchronous call. Cancelling the future stops the work at the next chunk boundary and leaves the
     * output partly written: each chunk holds either its old values or all of its new ones, and one
     * chunk per worker may still be written for a moment after {@code cancel} returns. The call checks
     * its arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param b the second choice, taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', {@code out} is shorter, read-only or of another
     *     element type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> where(BoolArray mask, double[] a, double[] b, double[] out) {
        return MaskKernels.whereAsync(owner(), chunkSize(), mask, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#where(BoolArray, float[], float[], float[])}, run on this
     * pool. NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements
     * copied bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as
     * the array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The elements are split into chunks that
     * the workers claim in turn; each element is computed once, by the code of the synchronous call.
     * Cancelling the future stops the work at the next chunk boundary and leaves the output partly
     * written: each chunk holds either its old values or all of its new ones, and one chunk per worker
     * may still be written for a moment after {@code cancel} returns. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param b the second choice, taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', {@code out} is shorter, read-only or of another
     *     element type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> where(BoolArray mask, float[] a, float[] b, float[] out) {
        return MaskKernels.whereAsync(owner(), chunkSize(), mask, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#where(BoolArray, int[], int[], int[])}, run on this pool.
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The elements are split into chunks that
     * the workers claim in turn; each element is computed once, by the code of the synchronous call.
     * Cancelling the future stops the work at the next chunk boundary and leaves the output partly
     * written: each chunk holds either its old values or all of its new ones, and one chunk per worker
     * may still be written for a moment after {@code cancel} returns. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param b the second choice, taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', {@code out} is shorter, read-only or of another
     *     element type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> where(BoolArray mask, int[] a, int[] b, int[] out) {
        return MaskKernels.whereAsync(owner(), chunkSize(), mask, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")), IntArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#where(BoolArray, long[], long[], long[])}, run on this
     * pool. NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements
     * copied bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as
     * the array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The elements are split into chunks that
     * the workers claim in turn; each element is computed once, by the code of the synchronous call.
     * Cancelling the future stops the work at the next chunk boundary and leaves the output partly
     * written: each chunk holds either its old values or all of its new ones, and one chunk per worker
     * may still be written for a moment after {@code cancel} returns. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param b the second choice, taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', {@code out} is shorter, read-only or of another
     *     element type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> where(BoolArray mask, long[] a, long[] b, long[] out) {
        return MaskKernels.whereAsync(owner(), chunkSize(), mask, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")), LongArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The asynchronous form of {@link Kernels#where(BoolArray, NumericArray, double, NumericArray)},
     * run on this pool. NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the
     * elements copied bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar,
     * stored as the array's element type (float32: rounded; an integer type: it must be an integer in
     * the type's range). {@code out} may be {@code a} or {@code b} itself. The second choice is the
     * scalar s. The elements are split into chunks that the workers claim in turn; each element is
     * computed once, by the code of the synchronous call. Cancelling the future stops the work at the
     * next chunk boundary and leaves the output partly written: each chunk holds either its old values
     * or all of its new ones, and one chunk per worker may still be written for a moment after {@code
     * cancel} returns. The call checks its arguments on the calling thread, as the synchronous call
     * does, submits the work and returns without blocking; it ignores the caller's interrupt status,
     * and the workers do not respond to interrupts (a native call cannot be interrupted). A timed-out
     * {@code get} leaves the work running: cancel the future to stop it (see <a href="#small">small
     * inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param s the scalar choice
     * @param out receives the results in its first n elements; may be a or b
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the mask's length differs from the arrays', {@code out} is
     *     shorter, read-only or of another element type, a scalar is not a value of an integer array's
     *     type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> where(BoolArray mask, NumericArray a, double s, NumericArray out) {
        return MaskKernels.whereScalarAsync(owner(), chunkSize(), mask, a, s, out);
    }

    /**
     * The asynchronous form of {@link Kernels#isnan(NumericArray, BoolArray)}, run on this pool.
     * NumPy's {@code isnan}: the mask whether x[i] is NaN, one byte per element. For an integer array
     * every element is false. The elements are split into chunks that the workers claim in turn; each
     * element is computed once, by the code of the synchronous call. Cancelling the future stops the
     * work at the next chunk boundary and leaves the output partly written: each chunk holds either its
     * old values or all of its new ones, and one chunk per worker may still be written for a moment
     * after {@code cancel} returns. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> isnan(NumericArray x, BoolArray out) {
        return MaskKernels.testAsync(owner(), chunkSize(), MaskKernels.ISNAN, x, out);
    }

    /**
     * The asynchronous form of {@link Kernels#isnan(double[], BoolArray)}, run on this pool. NumPy's
     * {@code isnan}: the mask whether x[i] is NaN, one byte per element. For an integer array every
     * element is false. The elements are split into chunks that the workers claim in turn; each element
     * is computed once, by the code of the synchronous call. Cancelling the future stops the work at
     * the next chunk boundary and leaves the output partly written: each chunk holds either its old
     * values or all of its new ones, and one chunk per worker may still be written for a moment after
     * {@code cancel} returns. The call checks its arguments on the calling thread, as the synchronous
     * call does, submits the work and returns without blocking; it ignores the caller's interrupt
     * status, and the workers do not respond to interrupts (a native call cannot be interrupted). A
     * timed-out {@code get} leaves the work running: cancel the future to stop it (see <a
     * href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> isnan(double[] x, BoolArray out) {
        return MaskKernels.testAsync(owner(), chunkSize(), MaskKernels.ISNAN, DoubleArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#isnan(float[], BoolArray)}, run on this pool. NumPy's
     * {@code isnan}: the mask whether x[i] is NaN, one byte per element. For an integer array every
     * element is false. The elements are split into chunks that the workers claim in turn; each element
     * is computed once, by the code of the synchronous call. Cancelling the future stops the work at
     * the next chunk boundary and leaves the output partly written: each chunk holds either its old
     * values or all of its new ones, and one chunk per worker may still be written for a moment after
     * {@code cancel} returns. The call checks its arguments on the calling thread, as the synchronous
     * call does, submits the work and returns without blocking; it ignores the caller's interrupt
     * status, and the workers do not respond to interrupts (a native call cannot be interrupted). A
     * timed-out {@code get} leaves the work running: cancel the future to stop it (see <a
     * href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> isnan(float[] x, BoolArray out) {
        return MaskKernels.testAsync(owner(), chunkSize(), MaskKernels.ISNAN, FloatArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#isinf(NumericArray, BoolArray)}, run on this pool.
     * NumPy's {@code isinf}: the mask whether x[i] is +Inf or -Inf (NaN is not), one byte per element.
     * For an integer array every element is false. The elements are split into chunks that the workers
     * claim in turn; each element is computed once, by the code of the synchronous call. Cancelling the
     * future stops the work at the next chunk boundary and leaves the output partly written: each chunk
     * holds either its old values or all of its new ones, and one chunk per worker may still be written
     * for a moment after {@code cancel} returns. The call checks its arguments on the calling thread,
     * as the synchronous call does, submits the work and returns without blocking; it ignores the
     * caller's interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> isinf(NumericArray x, BoolArray out) {
        return MaskKernels.testAsync(owner(), chunkSize(), MaskKernels.ISINF, x, out);
    }

    /**
     * The asynchronous form of {@link Kernels#isinf(double[], BoolArray)}, run on this pool. NumPy's
     * {@code isinf}: the mask whether x[i] is +Inf or -Inf (NaN is not), one byte per element. For an
     * integer array every element is false. The elements are split into chunks that the workers claim
     * in turn; each element is computed once, by the code of the synchronous call. Cancelling the
     * future stops the work at the next chunk boundary and leaves the output partly written: each chunk
     * holds either its old values or all of its new ones, and one chunk per worker may still be written
     * for a moment after {@code cancel} returns. The call checks its arguments on the calling thread,
     * as the synchronous call does, submits the work and returns without blocking; it ignores the
     * caller's interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> isinf(double[] x, BoolArray out) {
        return MaskKernels.testAsync(owner(), chunkSize(), MaskKernels.ISINF, DoubleArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#isinf(float[], BoolArray)}, run on this pool. NumPy's
     * {@code isinf}: the mask whether x[i] is +Inf or -Inf (NaN is not), one byte per element. For an
     * integer array every element is false. The elements are split into chunks that the workers claim
     * in turn; each element is computed once, by the code of the synchronous call. Cancelling the
     * future stops the work at the next chunk boundary and leaves the output partly written: each chunk
     * holds either its old values or all of its new ones, and one chunk per worker may still be written
     * for a moment after {@code cancel} returns. The call checks its arguments on the calling thread,
     * as the synchronous call does, submits the work and returns without blocking; it ignores the
     * caller's interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> isinf(float[] x, BoolArray out) {
        return MaskKernels.testAsync(owner(), chunkSize(), MaskKernels.ISINF, FloatArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#isfinite(NumericArray, BoolArray)}, run on this pool.
     * NumPy's {@code isfinite}: the mask whether x[i] is neither NaN nor infinite, one byte per
     * element. For an integer array every element is true. The elements are split into chunks that the
     * workers claim in turn; each element is computed once, by the code of the synchronous call.
     * Cancelling the future stops the work at the next chunk boundary and leaves the output partly
     * written: each chunk holds either its old values or all of its new ones, and one chunk per worker
     * may still be written for a moment after {@code cancel} returns. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> isfinite(NumericArray x, BoolArray out) {
        return MaskKernels.testAsync(owner(), chunkSize(), MaskKernels.ISFINITE, x, out);
    }

    /**
     * The asynchronous form of {@link Kernels#isfinite(double[], BoolArray)}, run on this pool. NumPy's
     * {@code isfinite}: the mask whether x[i] is neither NaN nor infinite, one byte per element. For an
     * integer array every element is true. The elements are split into chunks that the workers claim in
     * turn; each element is computed once, by the code of the synchronous call. Cancelling the future
     * stops the work at the next chunk boundary and leaves the output partly written: each chunk holds
     * either its old values or all of its new ones, and one chunk per worker may still be written for a
     * moment after {@code cancel} returns. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> isfinite(double[] x, BoolArray out) {
        return MaskKernels.testAsync(owner(), chunkSize(), MaskKernels.ISFINITE, DoubleArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#isfinite(float[], BoolArray)}, run on this pool. NumPy's
     * {@code isfinite}: the mask whether x[i] is neither NaN nor infinite, one byte per element. For an
     * integer array every element is true. The elements are split into chunks that the workers claim in
     * turn; each element is computed once, by the code of the synchronous call. Cancelling the future
     * stops the work at the next chunk boundary and leaves the output partly written: each chunk holds
     * either its old values or all of its new ones, and one chunk per worker may still be written for a
     * moment after {@code cancel} returns. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only, or an
     *     array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> isfinite(float[] x, BoolArray out) {
        return MaskKernels.testAsync(owner(), chunkSize(), MaskKernels.ISFINITE, FloatArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * The asynchronous form of {@link Kernels#nanToNum(NumericArray, NumericArray)}, run on this pool.
     * NumPy's {@code nan_to_num}: {@code out[i]} is x[i] with NaN, +Inf and -Inf replaced; every other
     * value (-0.0 included) is kept bit for bit. {@code out} may be {@code x} itself. NumPy's defaults.
     * The elements are split into chunks that the workers claim in turn; each element is computed once,
     * by the code of the synchronous call. Cancelling the future stops the work at the next chunk
     * boundary and leaves the output partly written: each chunk holds either its old values or all of
     * its new ones, and one chunk per worker may still be written for a moment after {@code cancel}
     * returns. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements; may be x (float64 or float32)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code out} is shorter
     *     than the input, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> nanToNum(NumericArray x, NumericArray out) {
        return MaskKernels.nanToNumAsync(owner(), chunkSize(), x, out);
    }

    /**
     * The asynchronous form of {@link Kernels#nanToNum(NumericArray, double, double, double,
     * NumericArray)}, run on this pool. NumPy's {@code nan_to_num}: {@code out[i]} is x[i] with NaN,
     * +Inf and -Inf replaced; every other value (-0.0 included) is kept bit for bit. {@code out} may be
     * {@code x} itself. The elements are split into chunks that the workers claim in turn; each element
     * is computed once, by the code of the synchronous call. Cancelling the future stops the work at
     * the next chunk boundary and leaves the output partly written: each chunk holds either its old
     * values or all of its new ones, and one chunk per worker may still be written for a moment after
     * {@code cancel} returns. The call checks its arguments on the calling thread, as the synchronous
     * call does, submits the work and returns without blocking; it ignores the caller's interrupt
     * status, and the workers do not respond to interrupts (a native call cannot be interrupted). A
     * timed-out {@code get} leaves the work running: cancel the future to stop it (see <a
     * href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array (float64 or float32)
     * @param nan the value replacing NaN
     * @param posinf the value replacing +Inf
     * @param neginf the value replacing -Inf
     * @param out receives the results in its first n elements; may be x (float64 or float32)
     * @return a future that completes with null when {@code out} is written
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code out} is shorter
     *     than the input, read-only or of another type, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Void> nanToNum(NumericArray x, double nan, double posinf, double neginf, NumericArray out) {
        return MaskKernels.nanToNumAsync(owner(), chunkSize(), x, nan, posinf, neginf, out);
    }

    /**
     * The asynchronous form of {@link Kernels#countNonzero(NumericArray)}, run on this pool. NumPy's
     * {@code count_nonzero}: the number of elements that are not zero (NaN counts, -0.0 does not), or
     * of true elements of a mask. The elements are split into chunks that the workers claim in turn;
     * the chunk counts add up (any: true once a chunk holds a true element; all: false once a chunk
     * holds a false one, after which the chunks not yet started return at once). Cancelling the future
     * stops the work at the next chunk boundary; nothing visible is left behind. The call checks its
     * arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of the count, 0 if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> countNonzero(NumericArray x) {
        return MaskKernels.countNonzeroAsync(owner(), chunkSize(), x);
    }

    /**
     * The asynchronous form of {@link Kernels#countNonzero(double[])}, run on this pool. NumPy's {@code
     * count_nonzero}: the number of elements that are not zero (NaN counts, -0.0 does not), or of true
     * elements of a mask. The elements are split into chunks that the workers claim in turn; the chunk
     * counts add up (any: true once a chunk holds a true element; all: false once a chunk holds a false
     * one, after which the chunks not yet started return at once). Cancelling the future stops the work
     * at the next chunk boundary; nothing visible is left behind. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the count, 0 if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> countNonzero(double[] x) {
        return MaskKernels.countNonzeroAsync(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#countNonzero(float[])}, run on this pool. NumPy's {@code
     * count_nonzero}: the number of elements that are not zero (NaN counts, -0.0 does not), or of true
     * elements of a mask. The elements are split into chunks that the workers claim in turn; the chunk
     * counts add up (any: true once a chunk holds a true element; all: false once a chunk holds a false
     * one, after which the chunks not yet started return at once). Cancelling the future stops the work
     * at the next chunk boundary; nothing visible is left behind. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the count, 0 if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> countNonzero(float[] x) {
        return MaskKernels.countNonzeroAsync(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#countNonzero(int[])}, run on this pool. NumPy's {@code
     * count_nonzero}: the number of elements that are not zero (NaN counts, -0.0 does not), or of true
     * elements of a mask. The elements are split into chunks that the workers claim in turn; the chunk
     * counts add up (any: true once a chunk holds a true element; all: false once a chunk holds a false
     * one, after which the chunks not yet started return at once). Cancelling the future stops the work
     * at the next chunk boundary; nothing visible is left behind. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the count, 0 if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> countNonzero(int[] x) {
        return MaskKernels.countNonzeroAsync(owner(), chunkSize(), IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#countNonzero(long[])}, run on this pool. NumPy's {@code
     * count_nonzero}: the number of elements that are not zero (NaN counts, -0.0 does not), or of true
     * elements of a mask. The elements are split into chunks that the workers claim in turn; the chunk
     * counts add up (any: true once a chunk holds a true element; all: false once a chunk holds a false
     * one, after which the chunks not yet started return at once). Cancelling the future stops the work
     * at the next chunk boundary; nothing visible is left behind. The call checks its arguments on the
     * calling thread, as the synchronous call does, submits the work and returns without blocking; it
     * ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the count, 0 if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> countNonzero(long[] x) {
        return MaskKernels.countNonzeroAsync(owner(), chunkSize(), LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#countNonzero(BoolArray)}, run on this pool. NumPy's
     * {@code count_nonzero}: the number of elements that are not zero (NaN counts, -0.0 does not), or
     * of true elements of a mask. The elements are split into chunks that the workers claim in turn;
     * the chunk counts add up (any: true once a chunk holds a true element; all: false once a chunk
     * holds a false one, after which the chunks not yet started return at once). Cancelling the future
     * stops the work at the next chunk boundary; nothing visible is left behind. The call checks its
     * arguments on the calling thread, as the synchronous call does, submits the work and returns
     * without blocking; it ignores the caller's interrupt status, and the workers do not respond to
     * interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves the work
     * running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param mask the mask
     * @return a future of the count, 0 if there are no elements
     * @throws NullPointerException if {@code mask} is null
     * @throws IllegalArgumentException if an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Long> countNonzero(BoolArray mask) {
        return MaskKernels.countNonzeroAsync(owner(), chunkSize(), mask);
    }

    /**
     * The asynchronous form of {@link Kernels#any(NumericArray)}, run on this pool. NumPy's {@code
     * any}: whether some element is not zero (NaN is true, -0.0 false), or some element of a mask is
     * true; it stops reading at the first block that decides. The elements are split into chunks that
     * the workers claim in turn; the chunk counts add up (any: true once a chunk holds a true element;
     * all: false once a chunk holds a false one, after which the chunks not yet started return at
     * once). Cancelling the future stops the work at the next chunk boundary; nothing visible is left
     * behind. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of whether an element is true; false if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Boolean> any(NumericArray x) {
        return MaskKernels.anyAsync(owner(), chunkSize(), x);
    }

    /**
     * The asynchronous form of {@link Kernels#any(double[])}, run on this pool. NumPy's {@code any}:
     * whether some element is not zero (NaN is true, -0.0 false), or some element of a mask is true; it
     * stops reading at the first block that decides. The elements are split into chunks that the
     * workers claim in turn; the chunk counts add up (any: true once a chunk holds a true element; all:
     * false once a chunk holds a false one, after which the chunks not yet started return at once).
     * Cancelling the future stops the work at the next chunk boundary; nothing visible is left behind.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of whether an element is true; false if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Boolean> any(double[] x) {
        return MaskKernels.anyAsync(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#any(float[])}, run on this pool. NumPy's {@code any}:
     * whether some element is not zero (NaN is true, -0.0 false), or some element of a mask is true; it
     * stops reading at the first block that decides. The elements are split into chunks that the
     * workers claim in turn; the chunk counts add up (any: true once a chunk holds a true element; all:
     * false once a chunk holds a false one, after which the chunks not yet started return at once).
     * Cancelling the future stops the work at the next chunk boundary; nothing visible is left behind.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of whether an element is true; false if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Boolean> any(float[] x) {
        return MaskKernels.anyAsync(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#any(int[])}, run on this pool. NumPy's {@code any}:
     * whether some element is not zero (NaN is true, -0.0 false), or some element of a mask is true; it
     * stops reading at the first block that decides. The elements are split into chunks that the
     * workers claim in turn; the chunk counts add up (any: true once a chunk holds a true element; all:
     * false once a chunk holds a false one, after which the chunks not yet started return at once).
     * Cancelling the future stops the work at the next chunk boundary; nothing visible is left behind.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of whether an element is true; false if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Boolean> any(int[] x) {
        return MaskKernels.anyAsync(owner(), chunkSize(), IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#any(long[])}, run on this pool. NumPy's {@code any}:
     * whether some element is not zero (NaN is true, -0.0 false), or some element of a mask is true; it
     * stops reading at the first block that decides. The elements are split into chunks that the
     * workers claim in turn; the chunk counts add up (any: true once a chunk holds a true element; all:
     * false once a chunk holds a false one, after which the chunks not yet started return at once).
     * Cancelling the future stops the work at the next chunk boundary; nothing visible is left behind.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of whether an element is true; false if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Boolean> any(long[] x) {
        return MaskKernels.anyAsync(owner(), chunkSize(), LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#any(BoolArray)}, run on this pool. NumPy's {@code any}:
     * whether some element is not zero (NaN is true, -0.0 false), or some element of a mask is true; it
     * stops reading at the first block that decides. The elements are split into chunks that the
     * workers claim in turn; the chunk counts add up (any: true once a chunk holds a true element; all:
     * false once a chunk holds a false one, after which the chunks not yet started return at once).
     * Cancelling the future stops the work at the next chunk boundary; nothing visible is left behind.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param mask the mask
     * @return a future of whether an element is true; false if there are no elements
     * @throws NullPointerException if {@code mask} is null
     * @throws IllegalArgumentException if an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Boolean> any(BoolArray mask) {
        return MaskKernels.anyAsync(owner(), chunkSize(), mask);
    }

    /**
     * The asynchronous form of {@link Kernels#all(NumericArray)}, run on this pool. NumPy's {@code
     * all}: whether every element is not zero (NaN is true, -0.0 false), or every element of a mask is
     * true; it stops reading at the first block that decides. The elements are split into chunks that
     * the workers claim in turn; the chunk counts add up (any: true once a chunk holds a true element;
     * all: false once a chunk holds a false one, after which the chunks not yet started return at
     * once). Cancelling the future stops the work at the next chunk boundary; nothing visible is left
     * behind. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @return a future of whether every element is true; true if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Boolean> all(NumericArray x) {
        return MaskKernels.allAsync(owner(), chunkSize(), x);
    }

    /**
     * The asynchronous form of {@link Kernels#all(double[])}, run on this pool. NumPy's {@code all}:
     * whether every element is not zero (NaN is true, -0.0 false), or every element of a mask is true;
     * it stops reading at the first block that decides. The elements are split into chunks that the
     * workers claim in turn; the chunk counts add up (any: true once a chunk holds a true element; all:
     * false once a chunk holds a false one, after which the chunks not yet started return at once).
     * Cancelling the future stops the work at the next chunk boundary; nothing visible is left behind.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of whether every element is true; true if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Boolean> all(double[] x) {
        return MaskKernels.allAsync(owner(), chunkSize(), DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#all(float[])}, run on this pool. NumPy's {@code all}:
     * whether every element is not zero (NaN is true, -0.0 false), or every element of a mask is true;
     * it stops reading at the first block that decides. The elements are split into chunks that the
     * workers claim in turn; the chunk counts add up (any: true once a chunk holds a true element; all:
     * false once a chunk holds a false one, after which the chunks not yet started return at once).
     * Cancelling the future stops the work at the next chunk boundary; nothing visible is left behind.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of whether every element is true; true if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Boolean> all(float[] x) {
        return MaskKernels.allAsync(owner(), chunkSize(), FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#all(int[])}, run on this pool. NumPy's {@code all}:
     * whether every element is not zero (NaN is true, -0.0 false), or every element of a mask is true;
     * it stops reading at the first block that decides. The elements are split into chunks that the
     * workers claim in turn; the chunk counts add up (any: true once a chunk holds a true element; all:
     * false once a chunk holds a false one, after which the chunks not yet started return at once).
     * Cancelling the future stops the work at the next chunk boundary; nothing visible is left behind.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of whether every element is true; true if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Boolean> all(int[] x) {
        return MaskKernels.allAsync(owner(), chunkSize(), IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#all(long[])}, run on this pool. NumPy's {@code all}:
     * whether every element is not zero (NaN is true, -0.0 false), or every element of a mask is true;
     * it stops reading at the first block that decides. The elements are split into chunks that the
     * workers claim in turn; the chunk counts add up (any: true once a chunk holds a true element; all:
     * false once a chunk holds a false one, after which the chunks not yet started return at once).
     * Cancelling the future stops the work at the next chunk boundary; nothing visible is left behind.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of whether every element is true; true if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Boolean> all(long[] x) {
        return MaskKernels.allAsync(owner(), chunkSize(), LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#all(BoolArray)}, run on this pool. NumPy's {@code all}:
     * whether every element is not zero (NaN is true, -0.0 false), or every element of a mask is true;
     * it stops reading at the first block that decides. The elements are split into chunks that the
     * workers claim in turn; the chunk counts add up (any: true once a chunk holds a true element; all:
     * false once a chunk holds a false one, after which the chunks not yet started return at once).
     * Cancelling the future stops the work at the next chunk boundary; nothing visible is left behind.
     * The call checks its arguments on the calling thread, as the synchronous call does, submits the
     * work and returns without blocking; it ignores the caller's interrupt status, and the workers do
     * not respond to interrupts (a native call cannot be interrupted). A timed-out {@code get} leaves
     * the work running: cancel the future to stop it (see <a href="#small">small inputs</a> and <a
     * href="#cancellation">cancellation</a>).
     *
     * @param mask the mask
     * @return a future of whether every element is true; true if there are no elements
     * @throws NullPointerException if {@code mask} is null
     * @throws IllegalArgumentException if an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<Boolean> all(BoolArray mask) {
        return MaskKernels.allAsync(owner(), chunkSize(), mask);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(NumericArray, int, double, double,
     * NumericArray, boolean)}, run on this pool. numpy.histogram(x, bins, range=(lo, hi),
     * weights=weights, density=density): the bins of {@link #histogram(NumericArray, int, double,
     * double)} (NumPy's arithmetic per element type, lo and hi as Python floats, an empty range widened
     * by 0.5 each side), each value inside [lo, hi] adding its weight to its bin. The sums are NumPy's
     * bits: NumPy adds the weights of each 65536-element block in index order into a zeroed partial and
     * the partials to the result in block order, and so does this. Values outside the range, NaN and
     * infinities are not counted and their weights not read (a NaN weight there changes nothing); a NaN
     * weight inside makes its bin NaN. With density the result is NumPy's {@code counts / widths /
     * counts.sum()}: the widths are the differences of the edges (float32 for float32 input), the total
     * NumPy's pairwise sum of the bins (an exact integer sum without weights), so a NaN bin makes every
     * density NaN, and an empty selection (no value in range, or weights summing to 0) gives 0 / 0 =
     * NaN or infinities, as NumPy (which warns). Without weights (null) the counts are the integer
     * counts as doubles. Memory: the result and one partial of {@code bins} doubles; no copy of x. On
     * arrays of at least 2^20 elements the 65536-element blocks are shared out: rounds of blocks, each
     * block into a partial of its own, each round's partials added in block order before the next, so
     * the result is the synchronous one bit for bit for any worker count. Memory: a round holds at
     * least one partial per worker and at most max(workers, 2^21 / bins) of them ({@code bins} doubles
     * each). Cancelling the future stops the work at the next block boundary; nothing visible is left
     * behind. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @param weights one float64 weight per element of x; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return a future of the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32), the weights are
     *     not as many as the values, the weights are not float64, or an array belongs to a confined
     *     arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<DoubleHistogram> histogram(NumericArray x, int bins, double lo, double hi, NumericArray weights, boolean density) {
        return org.kernels4j.planner.WeightedHistograms.async(owner(), x, bins, lo, hi, weights, density);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(double[], int, double, double, double[],
     * boolean)}, run on this pool. numpy.histogram(x, bins, range=(lo, hi), weights=weights,
     * density=density): the bins of {@link #histogram(NumericArray, int, double, double)} (NumPy's
     * arithmetic per element type, lo and hi as Python floats, an empty range widened by 0.5 each
     * side), each value inside [lo, hi] adding its weight to its bin. The sums are NumPy's bits: NumPy
     * adds the weights of each 65536-element block in index order into a zeroed partial and the
     * partials to the result in block order, and so does this. Values outside the range, NaN and
     * infinities are not counted and their weights not read (a NaN weight there changes nothing); a NaN
     * weight inside makes its bin NaN. With density the result is NumPy's {@code counts / widths /
     * counts.sum()}: the widths are the differences of the edges (float32 for float32 input), the total
     * NumPy's pairwise sum of the bins (an exact integer sum without weights), so a NaN bin makes every
     * density NaN, and an empty selection (no value in range, or weights summing to 0) gives 0 / 0 =
     * NaN or infinities, as NumPy (which warns). Without weights (null) the counts are the integer
     * counts as doubles. Memory: the result and one partial of {@code bins} doubles; no copy of x. On
     * arrays of at least 2^20 elements the 65536-element blocks are shared out: rounds of blocks, each
     * block into a partial of its own, each round's partials added in block order before the next, so
     * the result is the synchronous one bit for bit for any worker count. Memory: a round holds at
     * least one partial per worker and at most max(workers, 2^21 / bins) of them ({@code bins} doubles
     * each). Cancelling the future stops the work at the next block boundary; nothing visible is left
     * behind. The call checks its arguments on the calling thread, as the synchronous call does,
     * submits the work and returns without blocking; it ignores the caller's interrupt status, and the
     * workers do not respond to interrupts (a native call cannot be interrupted). A timed-out {@code
     * get} leaves the work running: cancel the future to stop it (see <a href="#small">small inputs</a>
     * and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @param weights one weight per element of x, read in place; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return a future of the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32), or the weights
     *     are not as many as the values
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<DoubleHistogram> histogram(double[] x, int bins, double lo, double hi, double[] weights, boolean density) {
        return org.kernels4j.planner.WeightedHistograms.async(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi, weights == null ? null : DoubleArray.wrap(weights), density);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(float[], int, double, double, double[],
     * boolean)}, run on this pool. numpy.histogram(x, bins, range=(lo, hi), weights=weights,
     * density=density): the bins of {@link #histogram(NumericArray, int, double, double)} (NumPy's
     * arithmetic per element type, lo and hi as Python floats, an empty range widened by 0.5 each
     * side), each value inside [lo, hi] adding its weight to its bin. The sums are NumPy's bits: NumPy
     * adds the weights of each 65536-element block in index order into a zeroed partial and the
     * partials to the result in block order, and so does this. Values outside the range, NaN and
     * infinities are not counted and their weights not read (a NaN weight there changes nothing); a NaN
     * weight inside makes its bin NaN. With density the result is NumPy's {@code counts / widths /
     * counts.sum()}: the widths are the differences of the edges (float32 for float32 input), the total
     * NumPy's pairwise sum of the bins (an exact integer sum without weights), so a NaN bin makes every
     * density NaN, and an empty selection (no value in range, or weights summing to 0) gives 0 / 0 =
     * NaN or infinities, as NumPy (which warns). Without weights (null) the counts are the integer
     * counts as doubles. Memory: the result and one partial of {@code bins} doubles; no copy of x.
     * float32 values follow NumPy's float32 arithmetic: the edges are float32 (the float64 linspace
     * rounded; returned widened to double), lo and hi are rounded to float32 for the range test and the
     * subtraction {@code v - lo} (in float32), while the division by {@code hi - lo} (a float64) and
     * the product with bins happen in float64. On arrays of at least 2^20 elements the 65536-element
     * blocks are shared out: rounds of blocks, each block into a partial of its own, each round's
     * partials added in block order before the next, so the result is the synchronous one bit for bit
     * for any worker count. Memory: a round holds at least one partial per worker and at most
     * max(workers, 2^21 / bins) of them ({@code bins} doubles each). Cancelling the future stops the
     * work at the next block boundary; nothing visible is left behind. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @param weights one weight per element of x, read in place; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return a future of the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32), or the weights
     *     are not as many as the values
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<DoubleHistogram> histogram(float[] x, int bins, double lo, double hi, double[] weights, boolean density) {
        return org.kernels4j.planner.WeightedHistograms.async(owner(), FloatArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi, weights == null ? null : DoubleArray.wrap(weights), density);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(int[], int, double, double, double[],
     * boolean)}, run on this pool. numpy.histogram(x, bins, range=(lo, hi), weights=weights,
     * density=density): the bins of {@link #histogram(NumericArray, int, double, double)} (NumPy's
     * arithmetic per element type, lo and hi as Python floats, an empty range widened by 0.5 each
     * side), each value inside [lo, hi] adding its weight to its bin. The sums are NumPy's bits: NumPy
     * adds the weights of each 65536-element block in index order into a zeroed partial and the
     * partials to the result in block order, and so does this. Values outside the range, NaN and
     * infinities are not counted and their weights not read (a NaN weight there changes nothing); a NaN
     * weight inside makes its bin NaN. With density the result is NumPy's {@code counts / widths /
     * counts.sum()}: the widths are the differences of the edges (float32 for float32 input), the total
     * NumPy's pairwise sum of the bins (an exact integer sum without weights), so a NaN bin makes every
     * density NaN, and an empty selection (no value in range, or weights summing to 0) gives 0 / 0 =
     * NaN or infinities, as NumPy (which warns). Without weights (null) the counts are the integer
     * counts as doubles. Memory: the result and one partial of {@code bins} doubles; no copy of x.
     * int32 values are converted to double exactly. On arrays of at least 2^20 elements the
     * 65536-element blocks are shared out: rounds of blocks, each block into a partial of its own, each
     * round's partials added in block order before the next, so the result is the synchronous one bit
     * for bit for any worker count. Memory: a round holds at least one partial per worker and at most
     * max(workers, 2^21 / bins) of them ({@code bins} doubles each). Cancelling the future stops the
     * work at the next block boundary; nothing visible is left behind. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @param weights one weight per element of x, read in place; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return a future of the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32), or the weights
     *     are not as many as the values
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<DoubleHistogram> histogram(int[] x, int bins, double lo, double hi, double[] weights, boolean density) {
        return org.kernels4j.planner.WeightedHistograms.async(owner(), IntArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi, weights == null ? null : DoubleArray.wrap(weights), density);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(long[], int, double, double, double[],
     * boolean)}, run on this pool. numpy.histogram(x, bins, range=(lo, hi), weights=weights,
     * density=density): the bins of {@link #histogram(NumericArray, int, double, double)} (NumPy's
     * arithmetic per element type, lo and hi as Python floats, an empty range widened by 0.5 each
     * side), each value inside [lo, hi] adding its weight to its bin. The sums are NumPy's bits: NumPy
     * adds the weights of each 65536-element block in index order into a zeroed partial and the
     * partials to the result in block order, and so does this. Values outside the range, NaN and
     * infinities are not counted and their weights not read (a NaN weight there changes nothing); a NaN
     * weight inside makes its bin NaN. With density the result is NumPy's {@code counts / widths /
     * counts.sum()}: the widths are the differences of the edges (float32 for float32 input), the total
     * NumPy's pairwise sum of the bins (an exact integer sum without weights), so a NaN bin makes every
     * density NaN, and an empty selection (no value in range, or weights summing to 0) gives 0 / 0 =
     * NaN or infinities, as NumPy (which warns). Without weights (null) the counts are the integer
     * counts as doubles. Memory: the result and one partial of {@code bins} doubles; no copy of x.
     * int64 values are converted to double (beyond 2^53 rounded to the nearest double, as NumPy
     * compares and subtracts them). On arrays of at least 2^20 elements the 65536-element blocks are
     * shared out: rounds of blocks, each block into a partial of its own, each round's partials added
     * in block order before the next, so the result is the synchronous one bit for bit for any worker
     * count. Memory: a round holds at least one partial per worker and at most max(workers, 2^21 /
     * bins) of them ({@code bins} doubles each). Cancelling the future stops the work at the next block
     * boundary; nothing visible is left behind. The call checks its arguments on the calling thread, as
     * the synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @param weights one weight per element of x, read in place; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return a future of the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32), or the weights
     *     are not as many as the values
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<DoubleHistogram> histogram(long[] x, int bins, double lo, double hi, double[] weights, boolean density) {
        return org.kernels4j.planner.WeightedHistograms.async(owner(), LongArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi, weights == null ? null : DoubleArray.wrap(weights), density);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(NumericArray, int, NumericArray, boolean)}, run
     * on this pool. numpy.histogram(x, bins, weights=weights, density=density): the range is [min, max]
     * of x as in {@link #histogram(NumericArray, int)} (one extra read of x; [0, 1] when x is empty),
     * then weighted and scaled as {@link #histogram(NumericArray, int, double, double, NumericArray,
     * boolean)}. One task finds the range, then shares the blocks out with the pool as the form with a
     * range does (the same bits for any worker count). A range that is not finite is found only by that
     * task: the future then completes exceptionally with the IllegalArgumentException. Cancelling the
     * future stops the work at its next block boundary. The call checks its arguments on the calling
     * thread, as the synchronous call does, submits the work and returns without blocking; it ignores
     * the caller's interrupt status, and the workers do not respond to interrupts (a native call cannot
     * be interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it
     * (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param bins the number of equal bins, at least 1
     * @param weights one float64 weight per element of x; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return a future of the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, the bins would be narrower than the element type resolves, the weights are not as
     *     many as the values, the weights are not float64, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<DoubleHistogram> histogram(NumericArray x, int bins, NumericArray weights, boolean density) {
        return org.kernels4j.planner.WeightedHistograms.async(owner(), x, bins, weights, density);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(double[], int, double[], boolean)}, run on this
     * pool. numpy.histogram(x, bins, weights=weights, density=density): the range is [min, max] of x as
     * in {@link #histogram(NumericArray, int)} (one extra read of x; [0, 1] when x is empty), then
     * weighted and scaled as {@link #histogram(NumericArray, int, double, double, NumericArray,
     * boolean)}. One task finds the range, then shares the blocks out with the pool as the form with a
     * range does (the same bits for any worker count). A range that is not finite is found only by that
     * task: the future then completes exceptionally with the IllegalArgumentException. Cancelling the
     * future stops the work at its next block boundary. The call checks its arguments on the calling
     * thread, as the synchronous call does, submits the work and returns without blocking; it ignores
     * the caller's interrupt status, and the workers do not respond to interrupts (a native call cannot
     * be interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it
     * (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param weights one weight per element of x, read in place; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return a future of the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, the bins would be narrower than the element type resolves, or the weights are not
     *     as many as the values
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<DoubleHistogram> histogram(double[] x, int bins, double[] weights, boolean density) {
        return org.kernels4j.planner.WeightedHistograms.async(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")), bins, weights == null ? null : DoubleArray.wrap(weights), density);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(float[], int, double[], boolean)}, run on this
     * pool. numpy.histogram(x, bins, weights=weights, density=density): the range is [min, max] of x as
     * in {@link #histogram(NumericArray, int)} (one extra read of x; [0, 1] when x is empty), then
     * weighted and scaled as {@link #histogram(NumericArray, int, double, double, NumericArray,
     * boolean)}. For float32 values min and max are float32 scalars in NumPy, so edges, subtraction,
     * division and product are all computed in float32 (unlike the float32 form with a range, whose
     * range is float64). One task finds the range, then shares the blocks out with the pool as the form
     * with a range does (the same bits for any worker count). A range that is not finite is found only
     * by that task: the future then completes exceptionally with the IllegalArgumentException.
     * Cancelling the future stops the work at its next block boundary. The call checks its arguments on
     * the calling thread, as the synchronous call does, submits the work and returns without blocking;
     * it ignores the caller's interrupt status, and the workers do not respond to interrupts (a native
     * call cannot be interrupted). A timed-out {@code get} leaves the work running: cancel the future
     * to stop it (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param weights one weight per element of x, read in place; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return a future of the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, the bins would be narrower than the element type resolves, or the weights are not
     *     as many as the values
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<DoubleHistogram> histogram(float[] x, int bins, double[] weights, boolean density) {
        return org.kernels4j.planner.WeightedHistograms.async(owner(), FloatArray.wrap(Objects.requireNonNull(x, "x")), bins, weights == null ? null : DoubleArray.wrap(weights), density);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(int[], int, double[], boolean)}, run on this
     * pool. numpy.histogram(x, bins, weights=weights, density=density): the range is [min, max] of x as
     * in {@link #histogram(NumericArray, int)} (one extra read of x; [0, 1] when x is empty), then
     * weighted and scaled as {@link #histogram(NumericArray, int, double, double, NumericArray,
     * boolean)}. For int32 values it is exactly the form with the range (min, max) given as doubles.
     * One task finds the range, then shares the blocks out with the pool as the form with a range does
     * (the same bits for any worker count). A range that is not finite is found only by that task: the
     * future then completes exceptionally with the IllegalArgumentException. Cancelling the future
     * stops the work at its next block boundary. The call checks its arguments on the calling thread,
     * as the synchronous call does, submits the work and returns without blocking; it ignores the
     * caller's interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param weights one weight per element of x, read in place; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return a future of the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, the bins would be narrower than the element type resolves, or the weights are not
     *     as many as the values
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<DoubleHistogram> histogram(int[] x, int bins, double[] weights, boolean density) {
        return org.kernels4j.planner.WeightedHistograms.async(owner(), IntArray.wrap(Objects.requireNonNull(x, "x")), bins, weights == null ? null : DoubleArray.wrap(weights), density);
    }

    /**
     * The asynchronous form of {@link Kernels#histogram(long[], int, double[], boolean)}, run on this
     * pool. numpy.histogram(x, bins, weights=weights, density=density): the range is [min, max] of x as
     * in {@link #histogram(NumericArray, int)} (one extra read of x; [0, 1] when x is empty), then
     * weighted and scaled as {@link #histogram(NumericArray, int, double, double, NumericArray,
     * boolean)}. For int64 values the edges come from (double) min and (double) max, the values are
     * converted to double, and (as NumPy's unsigned subtraction does) the divisor is the exact integer
     * max - min rounded once to double. When min == max the range is [(double) min - 0.5, (double) max
     * + 0.5], which for |min| >= 2^53 is empty in double: then, as NumPy, too many bins. One task finds
     * the range, then shares the blocks out with the pool as the form with a range does (the same bits
     * for any worker count). A range that is not finite is found only by that task: the future then
     * completes exceptionally with the IllegalArgumentException. Cancelling the future stops the work
     * at its next block boundary. The call checks its arguments on the calling thread, as the
     * synchronous call does, submits the work and returns without blocking; it ignores the caller's
     * interrupt status, and the workers do not respond to interrupts (a native call cannot be
     * interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it (see
     * <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param weights one weight per element of x, read in place; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return a future of the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, the bins would be narrower than the element type resolves, or the weights are not
     *     as many as the values
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<DoubleHistogram> histogram(long[] x, int bins, double[] weights, boolean density) {
        return org.kernels4j.planner.WeightedHistograms.async(owner(), LongArray.wrap(Objects.requireNonNull(x, "x")), bins, weights == null ? null : DoubleArray.wrap(weights), density);
    }

    /**
     * The asynchronous form of {@link Kernels#bincount(NumericArray, int)}, run on this pool.
     * numpy.bincount: {@code counts[v]} is the number of elements equal to v; the counts of {@link
     * Kernels#bincount(NumericArray, int)}. x must be an int32 or int64 array. One task reads x's range
     * (which sizes the result and refuses negative values: the future then completes exceptionally with
     * the IllegalArgumentException); then, for arrays of at least 2^20 elements, the counting is shared
     * with the pool: index chunks, each adding into the partial counts of its worker, the partials
     * added at the end (integer counts: the same for any worker count). Memory: one {@code long[]} of
     * the result's length per worker. Cancelling the future stops the range task or the counting at its
     * next chunk boundary; nothing visible is left behind. The call checks its arguments on the calling
     * thread, as the synchronous call does, submits the work and returns without blocking; it ignores
     * the caller's interrupt status, and the workers do not respond to interrupts (a native call cannot
     * be interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it
     * (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the array
     * @param minlength the least length of the result
     * @return a future of the counts, of length max(max(x) + 1, minlength) (minlength, or 0, when x is
     *     empty)
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code minlength} is negative or too large, x is not an int32
     *     or int64 array, or an array belongs to a confined arena
     * @throws IllegalStateException if the arena of an array is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<long[]> bincount(NumericArray x, int minlength) {
        return org.kernels4j.planner.PoolBincount.counts(owner(), x, minlength);
    }

    /**
     * The asynchronous form of {@link Kernels#bincount(int[])}, run on this pool. numpy.bincount:
     * {@code counts[v]} is the number of elements equal to v; the counts of {@link
     * Kernels#bincount(NumericArray, int)}. One task reads x's range (which sizes the result and
     * refuses negative values: the future then completes exceptionally with the
     * IllegalArgumentException); then, for arrays of at least 2^20 elements, the counting is shared
     * with the pool: index chunks, each adding into the partial counts of its worker, the partials
     * added at the end (integer counts: the same for any worker count). Memory: one {@code long[]} of
     * the result's length per worker. Cancelling the future stops the range task or the counting at its
     * next chunk boundary; nothing visible is left behind. The call checks its arguments on the calling
     * thread, as the synchronous call does, submits the work and returns without blocking; it ignores
     * the caller's interrupt status, and the workers do not respond to interrupts (a native call cannot
     * be interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it
     * (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the counts, of length max(max(x) + 1, minlength) (minlength, or 0, when x is
     *     empty)
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code minlength} is negative or too large
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<long[]> bincount(int[] x) {
        return org.kernels4j.planner.PoolBincount.counts(owner(), IntArray.wrap(Objects.requireNonNull(x, "x")), 0);
    }

    /**
     * The asynchronous form of {@link Kernels#bincount(long[])}, run on this pool. numpy.bincount:
     * {@code counts[v]} is the number of elements equal to v; the counts of {@link
     * Kernels#bincount(NumericArray, int)}. One task reads x's range (which sizes the result and
     * refuses negative values: the future then completes exceptionally with the
     * IllegalArgumentException); then, for arrays of at least 2^20 elements, the counting is shared
     * with the pool: index chunks, each adding into the partial counts of its worker, the partials
     * added at the end (integer counts: the same for any worker count). Memory: one {@code long[]} of
     * the result's length per worker. Cancelling the future stops the range task or the counting at its
     * next chunk boundary; nothing visible is left behind. The call checks its arguments on the calling
     * thread, as the synchronous call does, submits the work and returns without blocking; it ignores
     * the caller's interrupt status, and the workers do not respond to interrupts (a native call cannot
     * be interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it
     * (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @return a future of the counts, of length max(max(x) + 1, minlength) (minlength, or 0, when x is
     *     empty)
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code minlength} is negative or too large
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<long[]> bincount(long[] x) {
        return org.kernels4j.planner.PoolBincount.counts(owner(), LongArray.wrap(Objects.requireNonNull(x, "x")), 0);
    }

    /**
     * The asynchronous form of {@link Kernels#bincount(int[], int)}, run on this pool. numpy.bincount:
     * {@code counts[v]} is the number of elements equal to v; the counts of {@link
     * Kernels#bincount(NumericArray, int)}. One task reads x's range (which sizes the result and
     * refuses negative values: the future then completes exceptionally with the
     * IllegalArgumentException); then, for arrays of at least 2^20 elements, the counting is shared
     * with the pool: index chunks, each adding into the partial counts of its worker, the partials
     * added at the end (integer counts: the same for any worker count). Memory: one {@code long[]} of
     * the result's length per worker. Cancelling the future stops the range task or the counting at its
     * next chunk boundary; nothing visible is left behind. The call checks its arguments on the calling
     * thread, as the synchronous call does, submits the work and returns without blocking; it ignores
     * the caller's interrupt status, and the workers do not respond to interrupts (a native call cannot
     * be interrupted). A timed-out {@code get} leaves the work running: cancel the future to stop it
     * (see <a href="#small">small inputs</a> and <a href="#cancellation">cancellation</a>).
     *
     * @param x the values, read in place (not copied)
     * @param minlength the least length of the result
     * @return a future of the counts, of length max(max(x) + 1, minlength) (minlength, or 0, when x is
     *     empty)
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code minlength} is negative or too large
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link
     *     BrokenPoolException})
     */
    default CompletableFuture<long[]> bincount(int[] x, int minlength) {
        return org.kernels4j.planner.PoolBincount.counts(owner(), IntArray.wrap(Objects.requireNonNull(x, "x")), minlength);
    }

    // </generated>

    // ---- unique on the pool (hand-written: the result type depends on the element type) --------

    /**
     * The asynchronous form of {@link Kernels#unique(double[])}, run on this pool: numpy.unique(x,
     * return_counts=True) of float64 values. x is copied by the call (so later changes to x do not
     * reach the result), the copy is sorted by the pool's parallel sort (arrays of 2^20 elements
     * or more are split over the workers), and the runs of equal values are read when the sort
     * completes: the synchronous result, value for value. Cancelling the future stops the sort at
     * its next chunk boundary; x is never written.
     *
     * @param x the values, not modified
     * @return a future of the distinct values (NaN last) and their counts
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link BrokenPoolException})
     */
    default CompletableFuture<Unique> unique(double[] x) {
        return org.kernels4j.planner.Uniques.unique(owner(), DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#unique(DoubleArray)}, run on this pool: numpy.unique(x,
     * return_counts=True) of float64 values. x is copied by the call (so later changes to x do not
     * reach the result), the copy is sorted by the pool's parallel sort (arrays of 2^20 elements
     * or more are split over the workers), and the runs of equal values are read when the sort
     * completes: the synchronous result, value for value. Cancelling the future stops the sort at
     * its next chunk boundary; x is never written.
     *
     * @param x the values, not modified
     * @return a future of the distinct values (NaN last) and their counts
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x belongs to a confined arena, or has more than
     *     {@code Integer.MAX_VALUE - 8} elements
     * @throws IllegalStateException if x's arena is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link BrokenPoolException})
     */
    default CompletableFuture<Unique> unique(DoubleArray x) {
        return org.kernels4j.planner.Uniques.unique(owner(), x);
    }

    /**
     * The asynchronous form of {@link Kernels#unique(float[])}, run on this pool: numpy.unique(x,
     * return_counts=True) of float32 values. x is copied by the call (so later changes to x do not
     * reach the result), the copy is sorted by the pool's parallel sort (arrays of 2^20 elements
     * or more are split over the workers), and the runs of equal values are read when the sort
     * completes: the synchronous result, value for value. Cancelling the future stops the sort at
     * its next chunk boundary; x is never written.
     *
     * @param x the values, not modified
     * @return a future of the distinct values, widened to double (NaN last), and their counts
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link BrokenPoolException})
     */
    default CompletableFuture<Unique> unique(float[] x) {
        return org.kernels4j.planner.Uniques.unique(owner(), FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#unique(FloatArray)}, run on this pool: numpy.unique(x,
     * return_counts=True) of float32 values. x is copied by the call (so later changes to x do not
     * reach the result), the copy is sorted by the pool's parallel sort (arrays of 2^20 elements
     * or more are split over the workers), and the runs of equal values are read when the sort
     * completes: the synchronous result, value for value. Cancelling the future stops the sort at
     * its next chunk boundary; x is never written.
     *
     * @param x the values, not modified
     * @return a future of the distinct values, widened to double (NaN last), and their counts
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x belongs to a confined arena, or has more than
     *     {@code Integer.MAX_VALUE - 8} elements
     * @throws IllegalStateException if x's arena is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link BrokenPoolException})
     */
    default CompletableFuture<Unique> unique(FloatArray x) {
        return org.kernels4j.planner.Uniques.unique(owner(), x);
    }

    /**
     * The asynchronous form of {@link Kernels#unique(int[])}, run on this pool: numpy.unique(x,
     * return_counts=True) of int32 values. x is copied by the call (so later changes to x do not
     * reach the result), the copy is sorted by the pool's parallel sort (arrays of 2^20 elements
     * or more are split over the workers), and the runs of equal values are read when the sort
     * completes: the synchronous result, value for value. Cancelling the future stops the sort at
     * its next chunk boundary; x is never written.
     *
     * @param x the values, not modified
     * @return a future of the distinct values, widened to long, and their counts
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link BrokenPoolException})
     */
    default CompletableFuture<UniqueLongs> unique(int[] x) {
        return org.kernels4j.planner.Uniques.unique(owner(), IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#unique(IntArray)}, run on this pool: numpy.unique(x,
     * return_counts=True) of int32 values. x is copied by the call (so later changes to x do not
     * reach the result), the copy is sorted by the pool's parallel sort (arrays of 2^20 elements
     * or more are split over the workers), and the runs of equal values are read when the sort
     * completes: the synchronous result, value for value. Cancelling the future stops the sort at
     * its next chunk boundary; x is never written.
     *
     * @param x the values, not modified
     * @return a future of the distinct values, widened to long, and their counts
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x belongs to a confined arena, or has more than
     *     {@code Integer.MAX_VALUE - 8} elements
     * @throws IllegalStateException if x's arena is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link BrokenPoolException})
     */
    default CompletableFuture<UniqueLongs> unique(IntArray x) {
        return org.kernels4j.planner.Uniques.unique(owner(), x);
    }

    /**
     * The asynchronous form of {@link Kernels#unique(long[])}, run on this pool: numpy.unique(x,
     * return_counts=True) of int64 values. x is copied by the call (so later changes to x do not
     * reach the result), the copy is sorted by the pool's parallel sort (arrays of 2^20 elements
     * or more are split over the workers), and the runs of equal values are read when the sort
     * completes: the synchronous result, value for value. Cancelling the future stops the sort at
     * its next chunk boundary; x is never written.
     *
     * @param x the values, not modified
     * @return a future of the distinct values and their counts
     * @throws NullPointerException if {@code x} is null
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link BrokenPoolException})
     */
    default CompletableFuture<UniqueLongs> unique(long[] x) {
        return org.kernels4j.planner.Uniques.unique(owner(), LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The asynchronous form of {@link Kernels#unique(LongArray)}, run on this pool: numpy.unique(x,
     * return_counts=True) of int64 values. x is copied by the call (so later changes to x do not
     * reach the result), the copy is sorted by the pool's parallel sort (arrays of 2^20 elements
     * or more are split over the workers), and the runs of equal values are read when the sort
     * completes: the synchronous result, value for value. Cancelling the future stops the sort at
     * its next chunk boundary; x is never written.
     *
     * @param x the values, not modified
     * @return a future of the distinct values and their counts
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x belongs to a confined arena, or has more than
     *     {@code Integer.MAX_VALUE - 8} elements
     * @throws IllegalStateException if x's arena is closed
     * @throws RejectedExecutionException if the pool is shut down, or broken ({@link BrokenPoolException})
     */
    default CompletableFuture<UniqueLongs> unique(LongArray x) {
        return org.kernels4j.planner.Uniques.unique(owner(), x);
    }
}
