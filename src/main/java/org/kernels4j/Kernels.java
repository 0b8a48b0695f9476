package org.kernels4j;

import org.kernels4j.planner.SizeLimits;
import static org.kernels4j.planner.Checks.alive;
import static org.kernels4j.planner.Checks.holdsCopyOf;
import static org.kernels4j.planner.Checks.writable;
import static org.kernels4j.planner.Checks.axpyLengths;
import static org.kernels4j.planner.Checks.clipBounds;
import static org.kernels4j.planner.Checks.ddof;
import static org.kernels4j.planner.Checks.floating;
import static org.kernels4j.planner.Checks.nonEmpty;
import static org.kernels4j.planner.Checks.out;
import static org.kernels4j.planner.Checks.readable;
import static org.kernels4j.planner.Checks.sameShape;
import static org.kernels4j.planner.Checks.view;
import static org.kernels4j.planner.Checks.wrap;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Objects;
import java.util.function.Supplier;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.HistBins;
import org.kernels4j.backend.Backends;
import org.kernels4j.backend.BinaryOp;
import org.kernels4j.backend.Selection;
import org.kernels4j.backend.UnaryOp;
import org.kernels4j.planner.AxisKernels;
import org.kernels4j.planner.AxisKernels.Reduction;
import org.kernels4j.planner.BinRules;
import org.kernels4j.planner.Covariance;
import org.kernels4j.planner.DescribeStats;
import org.kernels4j.planner.HistBinning;
import org.kernels4j.planner.LinearAlgebra;
import org.kernels4j.planner.NewArrays;
import org.kernels4j.planner.PoolSorts;
import org.kernels4j.planner.QuantileMath;
import org.kernels4j.planner.ResultRules;

/**
 * The synchronous kernels: reductions, elementwise arithmetic and cumulative sums over
 * {@code double[]}, {@code float[]} (whole or {@code offset, length}) and {@link NumericArray}s
 * ({@link DoubleArray}, {@link FloatArray}; any {@link MemorySegment} through their
 * {@code wrap}).
 *
 * <p>Every argument is checked before any memory is touched: {@code null} gives
 * {@link NullPointerException}; an offset or length outside an array gives
 * {@link IndexOutOfBoundsException}; mismatched lengths, a read-only output, an empty input
 * where the result is undefined, or an invalid {@code ddof} give
 * {@link IllegalArgumentException}; a closed arena gives {@link IllegalStateException}. On
 * an exception the caller's data is unchanged. NaN, infinity, signed zero and empty-input
 * behaviour follow NumPy and are tabulated in the README; float32 reductions accumulate in
 * float64 and return a {@code double}.
 *
 * <p>Elementwise outputs may be the very same array (or memory) as an input; an output that
 * partially overlaps an input is handled by first copying that input, so results are always
 * as if all inputs were read before any output was written.
 *
 * <p>Thread safety. All methods are thread-safe: concurrent calls, from any threads, on shared
 * read-only inputs are safe. What is not:
 * <ul>
 * <li>writing an array while a kernel reads or writes it, including two kernels writing the same
 *     output at once: a data race, with unspecified values, as with plain arrays (never a crash).
 *     The kernels that read their input more than once (sort, argsort, partition, quantile,
 *     percentile, median, describe, bincount, histograms with the range from the data) never let
 *     an earlier pass size a later write: their results are then unspecified too, or they throw
 *     when they notice the change ({@code bincount}: {@link java.util.ConcurrentModificationException}),
 *     memory outside the arrays is never touched, and the next call on unchanged data is right
 *     (docs/memory-safety.md, "Concurrent modification");</li>
 * <li>passing an array of a confined arena from a thread other than its owner: the FFM runtime
 *     throws {@link WrongThreadException};</li>
 * <li>closing the shared arena of an array while a kernel runs on it: the FFM runtime keeps the
 *     memory alive during each native call, so either {@code close()} throws
 *     {@link IllegalStateException} or the kernel does, never a crash.</li>
 * </ul>
 * The calls block the calling thread until done and ignore its interrupt status; a native call
 * cannot be interrupted. For asynchronous, parallel, cancellable twins of every kernel, see
 * {@link AsyncKernels} ({@code ComputePool.common().sum(x)}).
 */
public final class Kernels {
    private Kernels() {
    }

    /**
     * What runs the kernels: backend, ISA path, the library file, or why it could not load.
     * The first call loads the native library (once per JVM) if it is not loaded yet.
     *
     * @return the description of the backend in use
     */
    public static KernelsInfo info() {
        return KernelsInfo.current();
    }

    // ---- backend and temporaries ----------------------------------------------------------

    private static Backend backend() {
        return Backends.current();
    }

    /** A confined arena for temporary copies, opened on first use and closed by {@link #close}. */
    private static Supplier<Arena> lazyArena(Arena[] holder) {
        return () -> {
            if (holder[0] == null) {
                holder[0] = Arena.ofConfined();
            }
            return holder[0];
        };
    }

    private static void close(Arena[] arena) {
        if (arena[0] != null) {
            arena[0].close();
        }
    }

    // ---- reductions: implementations ----------------------------------------------------

    private static double sumOf(NumericArray x) {
        floating(x, "x");
        return ResultRules.sum(backend().sum(x.dtype(), x.segment, x.length));
    }

    private static double meanOf(NumericArray x) {
        floating(x, "x");
        long n = x.length;
        return n == 0 ? Double.NaN : ResultRules.mean(backend().sum(x.dtype(), x.segment, n), n);
    }

    private static double nansumOf(NumericArray x) {
        floating(x, "x");
        return ResultRules.sum(backend().nansum(x.dtype(), x.segment, x.length));
    }

    private static double nanmeanOf(NumericArray x) {
        floating(x, "x");
        Backend b = backend();
        long count = x.length - b.nancount(x.dtype(), x.segment, x.length);
        return count == 0 ? Double.NaN : ResultRules.nanmean(b.nansum(x.dtype(), x.segment, x.length), count);
    }

    private static double varOf(NumericArray x, int ddof) {
        floating(x, "x");
        long n = x.length;
        ddof(n, ddof);
        Backend b = backend();
        double mean = ResultRules.varianceMean(b.sum(x.dtype(), x.segment, n), n);
        return ResultRules.variance(b.sqdev(x.dtype(), x.segment, n, mean), n, ddof);
    }

    private static double minOf(NumericArray x) {
        floating(x, "x");
        nonEmpty(x, "min");
        return backend().min(x.dtype(), x.segment, x.length);
    }

    private static double maxOf(NumericArray x) {
        floating(x, "x");
        nonEmpty(x, "max");
        return backend().max(x.dtype(), x.segment, x.length);
    }

    private static double nanminOf(NumericArray x) {
        floating(x, "x");
        nonEmpty(x, "nanmin");
        return backend().nanmin(x.dtype(), x.segment, x.length);
    }

    private static double nanmaxOf(NumericArray x) {
        floating(x, "x");
        nonEmpty(x, "nanmax");
        return backend().nanmax(x.dtype(), x.segment, x.length);
    }

    private static long argminOf(NumericArray x) {
        floating(x, "x");
        nonEmpty(x, "argmin");
        return backend().argmin(x.dtype(), x.segment, x.length);
    }

    private static long argmaxOf(NumericArray x) {
        floating(x, "x");
        nonEmpty(x, "argmax");
        return backend().argmax(x.dtype(), x.segment, x.length);
    }

    private static double norm2Of(NumericArray x) {
        floating(x, "x");
        return backend().norm2(x.dtype(), x.segment, x.length);
    }

    private static double dotOf(NumericArray x, NumericArray y) {
        floating(x, "x");
        floating(y, "y");
        sameShape(x, y);
        return ResultRules.sum(backend().dot(x.dtype(), x.segment, y.segment, x.length));
    }

    // ---- elementwise: implementations -----------------------------------------------------

    private static void binaryOf(BinaryOp op, NumericArray a, NumericArray b, NumericArray out) {
        floating(a, "a");
        floating(b, "b");
        sameShape(a, b);
        long n = a.length;
        out(out, n, a.dtype());
        Arena[] tmp = {null};
        try {
            MemorySegment as = readable(a, out, n, lazyArena(tmp));
            MemorySegment bs = readable(b, out, n, lazyArena(tmp));
            backend().binary(op, a.dtype(), as, bs, out.segment, n);
        } finally {
            close(tmp);
        }
    }

    private static void scalarOf(BinaryOp op, NumericArray a, double s, NumericArray out) {
        floating(a, "a");
        long n = a.length;
        out(out, n, a.dtype());
        Arena[] tmp = {null};
        try {
            backend().binaryScalar(op, a.dtype(), readable(a, out, n, lazyArena(tmp)), s, out.segment, n);
        } finally {
            close(tmp);
        }
    }

    private static void unaryOf(UnaryOp op, NumericArray x, NumericArray out) {
        floating(x, "x");
        long n = x.length;
        out(out, n, x.dtype());
        Arena[] tmp = {null};
        try {
            backend().unary(op, x.dtype(), readable(x, out, n, lazyArena(tmp)), out.segment, n);
        } finally {
            close(tmp);
        }
    }

    private static void axpyOf(double alpha, NumericArray x, NumericArray y) {
        floating(x, "x");
        long n = x.length;
        out(y, n, x.dtype());
        axpyLengths(n, y);
        Arena[] tmp = {null};
        try {
            backend().axpy(x.dtype(), alpha, readable(x, y, n, lazyArena(tmp)), y.segment, n);
        } finally {
            close(tmp);
        }
    }

    private static void clipOf(NumericArray x, double lo, double hi, NumericArray out) {
        floating(x, "x");
        clipBounds(lo, hi);
        long n = x.length;
        out(out, n, x.dtype());
        Arena[] tmp = {null};
        try {
            backend().clip(x.dtype(), readable(x, out, n, lazyArena(tmp)), lo, hi, out.segment, n);
        } finally {
            close(tmp);
        }
    }

    private static double cumsumOf(NumericArray x, NumericArray out) {
        floating(x, "x");
        long n = x.length;
        out(out, n, x.dtype());
        Arena[] tmp = {null};
        try {
            // -0.0 is the additive identity: the first output equals x[0] exactly, -0.0 included.
            double total = backend().cumsum(x.dtype(), readable(x, out, n, lazyArena(tmp)), out.segment, n, -0.0);
            return ResultRules.cumsumTotal(total, n);
        } finally {
            close(tmp);
        }
    }

    // ---- sorting ----------------------------------------------------------------------------
    //
    // Order: ascending; NaN after +Inf; -0.0 before +0.0 (NumPy compares them equal, so this
    // is one of the orders NumPy may produce, fixed). The result is unique bit for bit, the
    // same on every backend and ISA path, and keeps NaN payloads.

    private static void sortOf(NumericArray x) {
        writable(x, "x");
        backend().sort(x.dtype(), x.segment, x.length);
    }

    /**
     * Writes the sorted elements of x into out[0, n); x is unchanged (unless it is out): NumPy's
     * {@code np.sort(x)}, into an array of the caller's. Order, memory and threads as {@link
     * #sort(NumericArray)}. When out does not overlap x, the native backend sorts straight from x
     * into out, without copying x first (faster than a copy and an in-place sort); out is then
     * written only by the last step of the sort.
     *
     * @param x the array to sort, only read (unless it is out)
     * @param out receives the n sorted elements; may be x, or overlap it
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the types differ, out is shorter or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void sort(NumericArray x, NumericArray out) {
        alive(x, "x");
        writable(out, "out");
        holdsCopyOf(out, x);
        long bytes = x.length() * x.dtype().byteSize();
        MemorySegment o = out.segment.asSlice(0, bytes);
        if (o.asOverlappingSlice(x.segment).isPresent()) {
            // copy has memmove semantics: fine for out == x or any overlap
            MemorySegment.copy(x.segment, 0, o, 0, bytes);
            backend().sort(x.dtype(), o, x.length());
        } else {
            // the backend reads x and writes out: no copy of x first on the native backend
            backend().sortInto(x.dtype(), x.segment, o, x.length());
        }
    }

    private static long[] argsortOf(NumericArray x) {
        alive(x, "x");
        if (x.length() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(x.length() + " indices do not fit in a long[]: use argsort(x, arena)");
        }
        long[] out = new long[(int) x.length()];
        backend().argsort(x.dtype(), x.segment, x.length(), MemorySegment.ofArray(out));
        return out;
    }

    /**
     * Stable argsort of any array into a new {@link LongArray} of int64 indices allocated in
     * {@code arena} (for arrays longer than a Java array). See {@link #argsort(double[])}.
     *
     * @param x the array, only read
     * @param arena the arena the indices are allocated in
     * @return the sorting permutation, n int64 indices
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of x, or {@code arena}, is closed
     */
    public static LongArray argsort(NumericArray x, Arena arena) {
        alive(x, "x");
        LongArray out = LongArray.allocate(Objects.requireNonNull(arena, "arena"), x.length());
        backend().argsort(x.dtype(), x.segment, x.length(), out.segment);
        return out;
    }

    /**
     * Stable argsort of x into out[0, n) (int64 indices); see {@link #argsort(double[])}.
     *
     * @param x the array, only read
     * @param out receives the sorting permutation in its first n elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if out is shorter than x, read-only, or overlaps x
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void argsort(NumericArray x, LongArray out) {
        alive(x, "x");
        writable(out, "out");
        if (out.length() < x.length()) {
            throw new IllegalArgumentException("out has " + out.length() + " elements, needs " + x.length());
        }
        if (out.segment.asOverlappingSlice(x.segment).isPresent()) {
            throw new IllegalArgumentException("out overlaps x");
        }
        backend().argsort(x.dtype(), x.segment, x.length(), out.segment);
    }

    // ---- the same with a pool: the calling thread and the pool's workers share the work ----------

    /**
     * Stable argsort with the help of a pool: the same result as {@link #argsort(double[])},
     * the passes shared by the calling thread and up to {@code pool.workerCount() - 1} workers
     * (as {@link #sort(NumericArray, ComputePool)}). Blocks until done and ignores interrupts
     * (keeping the interrupt status).
     *
     * @param x the array, only read
     * @param pool the pool whose workers share the work with the calling thread
     * @return the sorting permutation, n int64 indices
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if x has more elements than a Java array holds
     * @throws IllegalStateException if the arena of x is closed
     */
    public static long[] argsort(NumericArray x, ComputePool pool) {
        return PoolSorts.argsortSync(pool, x);
    }

    /**
     * Stable argsort into out with the help of a pool: the same result as
     * {@link #argsort(NumericArray, LongArray)}, the passes shared as by
     * {@link #sort(NumericArray, ComputePool)}. Blocks until done and ignores interrupts.
     *
     * @param x the array, only read
     * @param out receives the sorting permutation in its first n elements
     * @param pool the pool whose workers share the work with the calling thread
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if out is shorter than x, read-only, or overlaps x
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void argsort(NumericArray x, LongArray out, ComputePool pool) {
        PoolSorts.argsortSync(pool, x, out);
    }

    /**
     * Frees the off-heap scratch the sort family keeps for reuse (idle blocks only: at most
     * {@code kernels4j.scratchCache} bytes, a system property, default 256 MiB, are kept after
     * a large sort, argsort or selection so that the next one needs no fresh memory, which the
     * operating system would have to map and zero page by page).
     */
    public static void releaseScratch() { org.kernels4j.backend.Scratch.releaseCached(); }

    // ---- selection and quantiles --------------------------------------------------------------

    private static void partitionOf(NumericArray x, long[] kth) {
        writable(x, "x");
        partitionChecked(x, QuantileMath.checkedRanks(kth, x.length()));
    }

    /** partition with ranks already checked (ascending, in [0, n)). */
    static void partitionChecked(NumericArray x, long[] ks) {
        if (ks.length > 0) {
            backend().partition(x.dtype(), x.segment, x.length(), ks);
        }
    }

    /**
     * NumPy's {@code argpartition} of any array, the int64 indices in {@code arena}; as
     * {@link #argpartition(double[], long...)}, the result is the full stable argsort.
     *
     * @param x the array, only read
     * @param arena the arena the indices are allocated in
     * @param kth the ranks to put in place (a negative k counts from the end)
     * @return the indices, n int64 values in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if a k is outside [-n, n)
     * @throws IllegalStateException if the arena of x, or {@code arena}, is closed
     */
    public static LongArray argpartition(NumericArray x, Arena arena, long... kth) {
        QuantileMath.checkedRanks(kth, alive(x, "x").length());
        return argsort(x, arena);
    }

    /**
     * The elements of the given ranks (0-based positions in sorted order, NaN last), widened
     * to double (exact except int64 beyond 2^53); x is unchanged. Two reads of x above 1024
     * elements: one counts the elements of 1024 ordered buckets, one gathers the keys of the
     * buckets holding a wanted rank, which are then selected. Memory: those keys (for smooth
     * data about n / 1024 per distinct bucket; at most n), and a table of counts of at most
     * 0.5 MiB; no copy of x.
     *
     * @param x the array, only read
     * @param ranks the ranks wanted, in any order (a negative rank counts from the end)
     * @return the elements of those ranks, in the order of {@code ranks}
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if a rank is outside [-n, n)
     * @throws IllegalStateException if the arena of x is closed
     */
    public static double[] select(NumericArray x, long... ranks) {
        alive(x, "x");
        long[] ks = QuantileMath.checkedRanks(ranks, x.length());
        double[] out = new double[ks.length];
        double[] sorted = orderStatistics(x, ks);
        // back to the caller's order
        for (int j = 0; j < ranks.length; j++) {
            long k = ranks[j] < 0 ? ranks[j] + x.length() : ranks[j];
            out[j] = sorted[java.util.Arrays.binarySearch(ks, k)];
        }
        return out;
    }

    /** The widened elements of the ascending ranks ks (each in [0, n)). */
    private static double[] orderStatistics(NumericArray x, long[] ks) {
        DType t = x.dtype();
        MemorySegment vals = switch (t) {
            case F64 -> MemorySegment.ofArray(new double[ks.length]);
            case F32 -> MemorySegment.ofArray(new float[ks.length]);
            case I64 -> MemorySegment.ofArray(new long[ks.length]);
            case I32 -> MemorySegment.ofArray(new int[ks.length]);
        };
        if (ks.length > 0) {
            backend().select(t, x.segment, x.length(), ks, vals);
        }
        double[] out = new double[ks.length];
        for (int j = 0; j < ks.length; j++) {
            out[j] = switch (t) {
                case F64 -> vals.getAtIndex(java.lang.foreign.ValueLayout.JAVA_DOUBLE, j);
                case F32 -> vals.getAtIndex(java.lang.foreign.ValueLayout.JAVA_FLOAT, j);
                case I64 -> vals.getAtIndex(java.lang.foreign.ValueLayout.JAVA_LONG, j);
                case I32 -> vals.getAtIndex(java.lang.foreign.ValueLayout.JAVA_INT, j);
            };
        }
        return out;
    }

    /**
     * The quantiles qs (each in [0, 1]) of x by method m, NumPy's arithmetic: NaN for every q
     * when x holds a NaN (unless skipNaN, which drops the NaNs first and gives NaN when all
     * are NaN). One selection: the NaNs are counted by the same read that buckets the values.
     */
    private static double[] quantilesOf(NumericArray x, double[] qs, QuantileMethod m, boolean skipNaN, boolean scalarQ) {
        alive(x, "x");
        Objects.requireNonNull(m, "method");
        long n = x.length();
        if (n == 0) {
            throw new IllegalArgumentException("quantile of an empty array is undefined");
        }
        DType t = x.dtype();
        Selection s = backend().selectRanks(t, x.segment, n, QuantileMath.quantileRanks(n, qs, m, skipNaN));
        return QuantileMath.quantiles(t, n, s, qs, m, skipNaN, scalarQ);
    }

    private static double[] checkedQ(double[] qs, double scale, String what) {
        return QuantileMath.checkedQ(qs, scale, what);
    }

    private static double quantile1(NumericArray x, double q, double scale, QuantileMethod m, boolean skipNaN) {
        double[] qq = checkedQ(new double[] {q}, scale, scale == 1 ? "q" : "percentile");
        return quantilesOf(x, qq, m, skipNaN, true)[0];
    }

    private static double[] quantileN(NumericArray x, double[] qs, double scale, QuantileMethod m, boolean skipNaN) {
        double[] qq = checkedQ(qs, scale, scale == 1 ? "q" : "percentile");
        return quantilesOf(x, qq, m, skipNaN, false);
    }

    /**
     * NumPy's {@code median} formula: the middle element, or the mean of the two middle ones
     * ((a + b) / 2, in float32 for float input as NumPy's mean does), NaN if x holds a NaN (or,
     * skipNaN, when all are NaN).
     */
    private static double medianOf(NumericArray x, boolean skipNaN) {
        alive(x, "x");
        long n = x.length();
        if (n == 0) {
            throw new IllegalArgumentException("median of an empty array is undefined");
        }
        DType t = x.dtype();
        Selection s = backend().selectRanks(t, x.segment, n, QuantileMath.medianRanks(n, skipNaN));
        return QuantileMath.median(t, n, s, skipNaN);
    }

    // ---- histograms, bincount, unique ---------------------------------------------------------

    private static Histogram histogramOf(NumericArray x, int bins, double lo, double hi) {
        alive(x, "x");
        return HistBinning.histogram(backend(), x, HistBinning.forRange(x.dtype(), bins, lo, hi));
    }

    private static Histogram histogramOf(NumericArray x, int bins) {
        alive(x, "x");
        Backend b = backend();
        return HistBinning.histogram(b, x, HistBinning.forData(b, x, bins));
    }

    private static long[] histogramOf(NumericArray x, double[] edges) {
        alive(x, "x");
        double[] e = HistBinning.checkedEdges(edges);
        long[] counts = new long[e.length - 1];
        backend().histEdges(x.dtype(), x.segment, x.length(), e, counts);
        return counts;
    }

    private static long[] bincountOf(NumericArray x, int minlength) {
        alive(x, "x");
        if (x.dtype() != DType.I32 && x.dtype() != DType.I64) {
            throw new IllegalArgumentException("bincount takes I32 or I64 arrays, x is " + x.dtype());
        }
        SizeLimits.arrayLength(minlength, "minlength");
        long n = x.length();
        long size = minlength;
        if (n > 0) {
            long[] mm = backend().intRange(x.dtype(), x.segment, n);
            if (mm[0] < 0) {
                throw new IllegalArgumentException("bincount of negative values (minimum " + mm[0] + ")");
            }
            if (mm[1] >= Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maximum " + mm[1] + " is too large for a long[] of counts");
            }
            size = Math.max(size, mm[1] + 1);
        }
        long[] counts = new long[(int) size];
        if (n > 0) {
            backend().bincount(x.dtype(), x.segment, n, counts);
        }
        return counts;
    }

    // ---- integer reductions, nan-variance, weights, bin rules (their overloads are generated) ----

    private static NumericArray integral(NumericArray x, String what) {
        alive(x, "x");
        if (x.dtype() != DType.I32 && x.dtype() != DType.I64) {
            throw new IllegalArgumentException(what + " takes I32 or I64 arrays, x is " + x.dtype());
        }
        return x;
    }

    private static long isumOf(NumericArray x) {
        integral(x, "integer sum");
        return backend().isum(x.dtype(), x.segment, x.length);
    }

    private static long iprodOf(NumericArray x) {
        integral(x, "integer product");
        return backend().iprod(x.dtype(), x.segment, x.length);
    }

    private static double imeanOf(NumericArray x) {
        integral(x, "integer mean");
        long n = x.length;
        return n == 0 ? Double.NaN : backend().exactSum(x.dtype(), x.segment, n) / n;
    }

    private static long[] irangeOf(NumericArray x, String what) {
        integral(x, what);
        nonEmpty(x, what);
        return backend().intRange(x.dtype(), x.segment, x.length);
    }

    private static long iargOf(NumericArray x, boolean max) {
        integral(x, max ? "argmax" : "argmin");
        nonEmpty(x, max ? "argmax" : "argmin");
        return max ? backend().iargmax(x.dtype(), x.segment, x.length) : backend().iargmin(x.dtype(), x.segment, x.length);
    }

    /** NumPy's nanvar: the mean and the squared deviations of the non-NaN values; NaN when count <= ddof. */
    private static double nanvarOf(NumericArray x, int ddof) {
        floating(x, "x");
        if (ddof < 0) {
            throw new IllegalArgumentException("ddof must be >= 0, got " + ddof);
        }
        Backend b = backend();
        long n = x.length;
        long count = n - b.nancount(x.dtype(), x.segment, n);
        if (count - ddof <= 0) {
            return Double.NaN; // NumPy: "Degrees of freedom <= 0", NaN
        }
        double mean = ResultRules.varianceMean(b.nansum(x.dtype(), x.segment, n), count);
        return ResultRules.variance(b.nansqdev(x.dtype(), x.segment, n, mean), count, ddof);
    }

    /** numpy.average(x, weights=w): sum(x * w) / sum(w). */
    private static double averageOf(NumericArray x, NumericArray w) {
        floating(x, "x");
        floating(w, "weights");
        if (w.dtype() != x.dtype()) {
            throw new IllegalArgumentException("weights are " + w.dtype() + " but x is " + x.dtype());
        }
        sameShape(x, w);
        Backend b = backend();
        double sw = b.sum(w.dtype(), w.segment, w.length);
        if (sw == 0) {
            throw new IllegalArgumentException("weights sum to zero, can't be normalized");
        }
        return b.dot(x.dtype(), x.segment, w.segment, x.length) / sw;
    }

    private static double[] bincountOf(NumericArray x, NumericArray weights, int minlength) {
        alive(x, "x");
        alive(weights, "weights");
        if (x.dtype() != DType.I32 && x.dtype() != DType.I64) {
            throw new IllegalArgumentException("bincount takes I32 or I64 arrays, x is " + x.dtype());
        }
        if (weights.dtype() != DType.F64) {
            throw new IllegalArgumentException("bincount weights must be float64, got " + weights.dtype());
        }
        if (weights.length() != x.length()) {
            throw new IllegalArgumentException("x has " + x.length() + " elements but weights has " + weights.length());
        }
        SizeLimits.arrayLength(minlength, "minlength");
        long n = x.length();
        long size = minlength;
        if (n > 0) {
            long[] mm = backend().intRange(x.dtype(), x.segment, n);
            if (mm[0] < 0) {
                throw new IllegalArgumentException("bincount of negative values (minimum " + mm[0] + ")");
            }
            if (mm[1] >= Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maximum " + mm[1] + " is too large for a double[] of sums");
            }
            size = Math.max(size, mm[1] + 1);
        }
        double[] sums = new double[(int) size];
        if (n > 0) {
            backend().bincount(x.dtype(), x.segment, weights.segment, n, sums);
        }
        return sums;
    }

    private static Histogram histogramOf(NumericArray x, BinRule rule) {
        alive(x, "x");
        Objects.requireNonNull(rule, "rule");
        Backend b = backend();
        int bins = BinRules.bins(b, x.dtype(), x.segment, x.length, BinRules.Rule.valueOf(rule.name()));
        return HistBinning.histogram(b, x, HistBinning.forData(b, x, bins));
    }

    private static Histogram histogramOf(NumericArray x, BinRule rule, double lo, double hi) {
        alive(x, "x");
        Objects.requireNonNull(rule, "rule");
        Backend b = backend();
        int bins = BinRules.bins(b, x.dtype(), x.segment, x.length, BinRules.Rule.valueOf(rule.name()), lo, hi);
        return HistBinning.histogram(b, x, HistBinning.forRange(x.dtype(), bins, lo, hi));
    }

    // ---- covariance ---------------------------------------------------------------------------

    /**
     * NumPy's {@code cov(m)}: the covariance matrix of the variables in the rows of m (each
     * column one observation), normalised by N - 1; see {@link #cov(NumericMatrix, boolean, int)}.
     *
     * @param m the observations, float64 or float32 (widened to float64)
     * @return a new v x v heap matrix, v the number of rows
     * @throws NullPointerException if m is null
     * @throws IllegalArgumentException if m has fewer than 2 columns, or v * v does not fit in a Java array
     * @throws IllegalStateException if m's arena is closed
     */
    public static DoubleMatrix cov(NumericMatrix m) {
        return cov(m, true, 1);
    }

    /**
     * NumPy's {@code cov(m, rowvar=rowvar, ddof=ddof)} (for {@code bias=True} pass ddof 0): the
     * variables are centred in a private float64 copy (the mean of each, in the library's tree
     * order), then one GEMM forms {@code C = Xc Xc^T / (N - ddof)}; the result is exactly
     * symmetric. Each entry lies within a few rounding errors of its products of NumPy's (the
     * summation order differs from NumPy's BLAS). NaN in a variable makes its row and column
     * NaN. Memory: the centred copy (v x N doubles) and the result. m is only read.
     *
     * @param m the observations, float64 or float32 (widened to float64)
     * @param rowvar true: each row is a variable (NumPy's default); false: each column
     * @param ddof the delta degrees of freedom: 1 for the unbiased estimate, 0 for NumPy's
     *     {@code bias=True}
     * @return a new v x v heap matrix of covariances
     * @throws NullPointerException if m is null
     * @throws IllegalArgumentException if ddof is negative, there are no more observations
     *     than ddof (NumPy warns and returns infinities or NaN), or v * v does not fit in a Java array
     * @throws IllegalStateException if m's arena is closed
     */
    public static DoubleMatrix cov(NumericMatrix m, boolean rowvar, int ddof) {
        Covariance.check(m, rowvar, ddof, "cov");
        DoubleMatrix out = squareResult(m, rowvar);
        Covariance.cov(backend(), m, rowvar, ddof, out.segment());
        return out;
    }

    /**
     * NumPy's {@code corrcoef(m)}: Pearson correlation coefficients of the variables in the rows
     * of m; see {@link #corrcoef(NumericMatrix, boolean)}.
     *
     * @param m the observations, float64 or float32 (widened to float64)
     * @return a new v x v heap matrix, v the number of rows
     * @throws NullPointerException if m is null
     * @throws IllegalArgumentException if m has fewer than 2 columns, or v * v does not fit in a Java array
     * @throws IllegalStateException if m's arena is closed
     */
    public static DoubleMatrix corrcoef(NumericMatrix m) {
        return corrcoef(m, true);
    }

    /**
     * NumPy's {@code corrcoef(m, rowvar=rowvar)}: the covariance matrix with entry (i, j) divided
     * by the standard deviation of variable i, then by that of variable j (NumPy's two
     * divisions in its order), clipped to [-1, 1]. A variable with zero variance gives NaN in its
     * row and column (NumPy too, with a warning). Needs at least two observations (NumPy returns
     * NaN for one).
     *
     * @param m the observations, float64 or float32 (widened to float64)
     * @param rowvar true: each row is a variable (NumPy's default); false: each column
     * @return a new v x v heap matrix of coefficients
     * @throws NullPointerException if m is null
     * @throws IllegalArgumentException if there are fewer than two observations, or v * v does
     *     not fit in a Java array
     * @throws IllegalStateException if m's arena is closed
     */
    public static DoubleMatrix corrcoef(NumericMatrix m, boolean rowvar) {
        Covariance.check(m, rowvar, 1, "corrcoef");
        DoubleMatrix out = squareResult(m, rowvar);
        Covariance.corrcoef(backend(), m, rowvar, out.segment());
        return out;
    }

    private static DoubleMatrix squareResult(NumericMatrix m, boolean rowvar) {
        long v = Covariance.variables(m, rowvar);
        if (v > 46340) {
            throw new IllegalArgumentException(v + " variables: a " + v + " x " + v + " result does not fit in a Java array");
        }
        return DoubleMatrix.zeros((int) v, (int) v);
    }

    /**
     * numpy.unique(x, return_counts=True): a sorted copy (memory: the copy plus the sort's
     * scratch), then runs of equal values. -0.0 and +0.0 are one value, all NaNs one value.
     * (Its body differs from the int64 form by that NaN rule, so it is written here rather
     * than generated.)
     *
     * @param x the values, not modified
     * @return the distinct values in ascending order (NaN last) and how often each occurs
     * @throws NullPointerException if x is null
     */
    public static Unique unique(double[] x) {
        double[] s = sorted(Objects.requireNonNull(x, "x"));
        double[] vals = new double[s.length];
        long[] counts = new long[s.length];
        int u = -1;
        for (int i = 0; i < s.length; i++) {
            boolean same = u >= 0 && (s[i] == vals[u] || (Double.isNaN(s[i]) && Double.isNaN(vals[u])));
            if (!same) {
                vals[++u] = s[i];
            }
            counts[u]++;
        }
        return new Unique(java.util.Arrays.copyOf(vals, u + 1), java.util.Arrays.copyOf(counts, u + 1));
    }

    /**
     * numpy.unique(x, return_counts=True) of int64 values: a sorted copy, then runs of equal
     * values.
     *
     * @param x the values, not modified
     * @return the distinct values in ascending order and how often each occurs
     * @throws NullPointerException if x is null
     */
    public static UniqueLongs unique(long[] x) {
        long[] s = sorted(Objects.requireNonNull(x, "x"));
        long[] vals = new long[s.length];
        long[] counts = new long[s.length];
        int u = -1;
        for (int i = 0; i < s.length; i++) {
            if (u < 0 || s[i] != vals[u]) {
                vals[++u] = s[i];
            }
            counts[u]++;
        }
        return new UniqueLongs(java.util.Arrays.copyOf(vals, u + 1), java.util.Arrays.copyOf(counts, u + 1));
    }

    // ---- unique of every dtype, heap or off-heap (the double[] and long[] forms are above) ---------

    /**
     * numpy.unique(x, return_counts=True) of float32 values: a sorted copy (memory: the copy plus the
     * sort's scratch), then runs of equal values. -0.0 and +0.0 are one value (reported as -0.0 when x holds one), all NaNs one value, last (NumPy 2's equal_nan=True). x is not modified.
     *
     * @param x the values, not modified
     * @return the distinct values, widened exactly to double, in ascending order (NaN last), and how often each occurs
     * @throws NullPointerException if {@code x} is null
     */
    public static Unique unique(float[] x) {
        return org.kernels4j.planner.Uniques.ofSorted(sorted(Objects.requireNonNull(x, "x")));
    }

    /**
     * numpy.unique(x, return_counts=True) of int32 values: a sorted copy (memory: the copy plus the
     * sort's scratch), then runs of equal values. x is not modified.
     *
     * @param x the values, not modified
     * @return the distinct values, widened to long, in ascending order, and how often each occurs
     * @throws NullPointerException if {@code x} is null
     */
    public static UniqueLongs unique(int[] x) {
        return org.kernels4j.planner.Uniques.ofSorted(sorted(Objects.requireNonNull(x, "x")));
    }

    /**
     * numpy.unique(x, return_counts=True) of a float64 array, heap or off-heap: a sorted copy (memory: the copy plus the
     * sort's scratch), then runs of equal values. -0.0 and +0.0 are one value (reported as -0.0 when x holds one), all NaNs one value, last (NumPy 2's equal_nan=True). x is not modified.
     *
     * @param x the values, not modified
     * @return the distinct values in ascending order (NaN last) and how often each occurs
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x has more than {@code Integer.MAX_VALUE - 8} elements
     * @throws IllegalStateException if x's arena is closed
     */
    public static Unique unique(DoubleArray x) {
        return org.kernels4j.planner.Uniques.ofSorted(sortedInPlace(org.kernels4j.planner.Uniques.copyOf(x)));
    }

    /**
     * numpy.unique(x, return_counts=True) of a float32 array, heap or off-heap: a sorted copy (memory: the copy plus the
     * sort's scratch), then runs of equal values. -0.0 and +0.0 are one value (reported as -0.0 when x holds one), all NaNs one value, last (NumPy 2's equal_nan=True). x is not modified.
     *
     * @param x the values, not modified
     * @return the distinct values, widened exactly to double, in ascending order (NaN last), and how often each occurs
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x has more than {@code Integer.MAX_VALUE - 8} elements
     * @throws IllegalStateException if x's arena is closed
     */
    public static Unique unique(FloatArray x) {
        return org.kernels4j.planner.Uniques.ofSorted(sortedInPlace(org.kernels4j.planner.Uniques.copyOf(x)));
    }

    /**
     * numpy.unique(x, return_counts=True) of an int32 array, heap or off-heap: a sorted copy (memory: the copy plus the
     * sort's scratch), then runs of equal values. x is not modified.
     *
     * @param x the values, not modified
     * @return the distinct values, widened to long, in ascending order, and how often each occurs
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x has more than {@code Integer.MAX_VALUE - 8} elements
     * @throws IllegalStateException if x's arena is closed
     */
    public static UniqueLongs unique(IntArray x) {
        return org.kernels4j.planner.Uniques.ofSorted(sortedInPlace(org.kernels4j.planner.Uniques.copyOf(x)));
    }

    /**
     * numpy.unique(x, return_counts=True) of an int64 array, heap or off-heap: a sorted copy (memory: the copy plus the
     * sort's scratch), then runs of equal values. x is not modified.
     *
     * @param x the values, not modified
     * @return the distinct values in ascending order and how often each occurs
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x has more than {@code Integer.MAX_VALUE - 8} elements
     * @throws IllegalStateException if x's arena is closed
     */
    public static UniqueLongs unique(LongArray x) {
        return org.kernels4j.planner.Uniques.ofSorted(sortedInPlace(org.kernels4j.planner.Uniques.copyOf(x)));
    }

    private static <A> A sortedInPlace(A copy) {
        switch (copy) {
            case double[] d -> sort(d);
            case float[] f -> sort(f);
            case int[] i -> sort(i);
            case long[] l -> sort(l);
            default -> throw new AssertionError(copy);
        }
        return copy;
    }

    // ---- weighted and density histograms (their overloads are generated) ----------------------

    private static DoubleHistogram histogramOf(NumericArray x, int bins, double lo, double hi, NumericArray weights,
                                               boolean density) {
        alive(x, "x");
        org.kernels4j.planner.WeightedHistograms.checkWeights(x, weights);
        HistBins u = HistBinning.forRange(x.dtype(), bins, lo, hi);
        return org.kernels4j.planner.WeightedHistograms.histogram(backend(), x, weights, u, density);
    }

    private static DoubleHistogram histogramOf(NumericArray x, int bins, NumericArray weights, boolean density) {
        alive(x, "x");
        org.kernels4j.planner.WeightedHistograms.checkWeights(x, weights);
        Backend b = backend();
        HistBins u = HistBinning.forData(b, x, bins);
        return org.kernels4j.planner.WeightedHistograms.histogram(b, x, weights, u, density);
    }

    private static DoubleArray weightsOrNull(double[] weights) {
        return weights == null ? null : DoubleArray.wrap(weights);
    }

    // ---- moments ------------------------------------------------------------------------------

    /**
     * The mergeable {@link Moments} of x's values, NaN left out: count, mean, sum of squared
     * deviations, min and max. Computed over fixed chunks of 2^16 elements merged in order, so
     * the result is the same bits on every backend and CPU path; the mean and {@code m2} are
     * those {@link #describe(NumericArray, double...)} reports. Runs on the calling thread.
     *
     * @param x a float64 or float32 array
     * @return the moments; {@link Moments#EMPTY} (count 0) if x is empty or all NaN
     * @throws NullPointerException if x is null
     * @throws IllegalArgumentException if x is not F64 or F32
     * @throws IllegalStateException if x's arena is closed
     */
    public static Moments moments(NumericArray x) {
        floating(x, "x");
        return DescribeStats.moments(backend(), x);
    }

    // ---- describe -----------------------------------------------------------------------------

    private static final double[] QUARTILES = {0.25, 0.5, 0.75};

    /**
     * pandas' {@code describe()}: NaNs ignored; count, mean, std (ddof = 1), min, the given
     * percentiles (fractions in [0, 1], linear as pandas), max.
     *
     * <p>Passes over x: one for the moments, chunk by chunk (2^16 elements: NaN count, k4j-tree
     * sum and sum of squared deviations of the non-NaN values while the chunk is in cache, a
     * chunk holding NaNs compacted first; the chunks merged in order by Chan's formulas), and
     * one radix selection for min, max and every percentile at once (two reads, see
     * {@link #select(NumericArray, long...)}). Memory: the keys of the buckets holding those
     * ranks, plus one chunk (512 KiB) for the compaction. {@link AsyncKernels#describe} runs the
     * two parts side by side on a pool, with the same result bit for bit.
     *
     * @param x a float64 or float32 array, only read
     * @param percentiles the percentiles to report, fractions in [0, 1] (none: count, mean, std,
     *     min and max only)
     * @return the statistics; count 0 and the rest NaN when x is empty or all NaN
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if x is not F64 or F32, or a percentile is outside [0, 1]
     *     or NaN
     * @throws IllegalStateException if the arena of x is closed
     */
    public static Description describe(NumericArray x, double... percentiles) {
        floating(x, "x");
        return DescribeStats.describe(x, checkedQ(percentiles, 1, "percentile"));
    }

    // ---- dense linear algebra (row-major; checks in LinearAlgebra) ----------------------------
    //
    // Error bound, every backend and ISA path, elementwise:
    //   |C - C_exact| <= (k + 3) * u * (|alpha| * (|op(A)| |op(B)|) + |beta| * |C0|)
    // with u = 2^-53 (float64) or 2^-24 (float32) and k the inner dimension (gemv: the length
    // of x). The paths round differently (FMA or not, block order), so results agree with each
    // other within that bound, not bit for bit.

    // ---- matrices along an axis, broadcasting (family: axis; docs/matrices.md) -----------------------

    /**
     * The sums along an axis, NumPy's {@code a.sum(axis)}: each the k4j tree-order sum of {@link
     * #sum(NumericArray)}. Each result is, bit for bit, the 1-D kernel of the same name applied to that
     * row or column copied into an array, on every backend and CPU path (see docs/matrices.md). Rows
     * are read in place; columns in blocks of 64, a tile of rows at a time transposed into contiguous
     * scratch, so the matrix is read in row order and never one strided column at a time. float32
     * values are accumulated in float64, as the 1-D kernels do, and the results are float64.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @return a new heap array of the sums, one per column (axis 0) or row (axis 1): NaN where a line
     *     holds a NaN; 0.0 for an empty line
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray sum(NumericMatrix a, int axis) {
        return DoubleArray.wrap(AxisKernels.reduce(backend(), a, axis, Reduction.SUM, 0));
    }

    /**
     * The means along an axis, NumPy's {@code a.mean(axis)}, as {@link #mean(NumericArray)}. Each
     * result is, bit for bit, the 1-D kernel of the same name applied to that row or column copied into
     * an array, on every backend and CPU path (see docs/matrices.md). Rows are read in place; columns
     * in blocks of 64, a tile of rows at a time transposed into contiguous scratch, so the matrix is
     * read in row order and never one strided column at a time. float32 values are accumulated in
     * float64, as the 1-D kernels do, and the results are float64.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @return a new heap array of the means; NaN where a line holds a NaN or is empty (NumPy: NaN and a
     *     warning)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray mean(NumericMatrix a, int axis) {
        return DoubleArray.wrap(AxisKernels.reduce(backend(), a, axis, Reduction.MEAN, 0));
    }

    /**
     * NumPy's {@code nansum(a, axis)}: the sums of the non-NaN elements of each line, as {@link
     * #nansum(NumericArray)}. Each result is, bit for bit, the 1-D kernel of the same name applied to
     * that row or column copied into an array, on every backend and CPU path (see docs/matrices.md).
     * Rows are read in place; columns in blocks of 64, a tile of rows at a time transposed into
     * contiguous scratch, so the matrix is read in row order and never one strided column at a time.
     * float32 values are accumulated in float64, as the 1-D kernels do, and the results are float64.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @return a new heap array of the sums of the non-NaN elements; 0.0 where there are none
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray nansum(NumericMatrix a, int axis) {
        return DoubleArray.wrap(AxisKernels.reduce(backend(), a, axis, Reduction.NANSUM, 0));
    }

    /**
     * NumPy's {@code nanmean(a, axis)}, as {@link #nanmean(NumericArray)}. Each result is, bit for bit,
     * the 1-D kernel of the same name applied to that row or column copied into an array, on every
     * backend and CPU path (see docs/matrices.md). Rows are read in place; columns in blocks of 64, a
     * tile of rows at a time transposed into contiguous scratch, so the matrix is read in row order and
     * never one strided column at a time. float32 values are accumulated in float64, as the 1-D kernels
     * do, and the results are float64.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @return a new heap array of the means of the non-NaN elements; NaN where there are none
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray nanmean(NumericMatrix a, int axis) {
        return DoubleArray.wrap(AxisKernels.reduce(backend(), a, axis, Reduction.NANMEAN, 0));
    }

    /**
     * The minima along an axis, NumPy's {@code a.min(axis)}, as {@link #min(NumericArray)}: -0.0 below
     * +0.0, NaN in a line makes its result NaN. Each result is, bit for bit, the 1-D kernel of the same
     * name applied to that row or column copied into an array, on every backend and CPU path (see
     * docs/matrices.md). Rows are read in place; columns in blocks of 64, a tile of rows at a time
     * transposed into contiguous scratch, so the matrix is read in row order and never one strided
     * column at a time.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @return a new heap array of the minima, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1, or the reduced axis is empty
     *     (NumPy: ValueError), even when there are no results
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray min(NumericMatrix a, int axis) {
        return DoubleArray.wrap(AxisKernels.reduce(backend(), a, axis, Reduction.MIN, 0));
    }

    /**
     * The maxima along an axis, NumPy's {@code a.max(axis)}, as {@link #max(NumericArray)}. Each result
     * is, bit for bit, the 1-D kernel of the same name applied to that row or column copied into an
     * array, on every backend and CPU path (see docs/matrices.md). Rows are read in place; columns in
     * blocks of 64, a tile of rows at a time transposed into contiguous scratch, so the matrix is read
     * in row order and never one strided column at a time.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @return a new heap array of the maxima, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1, or the reduced axis is empty
     *     (NumPy: ValueError), even when there are no results
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray max(NumericMatrix a, int axis) {
        return DoubleArray.wrap(AxisKernels.reduce(backend(), a, axis, Reduction.MAX, 0));
    }

    /**
     * NumPy's {@code nanmin(a, axis)}, as {@link #nanmin(NumericArray)}. Each result is, bit for bit,
     * the 1-D kernel of the same name applied to that row or column copied into an array, on every
     * backend and CPU path (see docs/matrices.md). Rows are read in place; columns in blocks of 64, a
     * tile of rows at a time transposed into contiguous scratch, so the matrix is read in row order and
     * never one strided column at a time.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @return a new heap array of the minima of the non-NaN elements; NaN where a line is all NaN
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1, or the reduced axis is empty
     *     (NumPy: ValueError), even when there are no results
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray nanmin(NumericMatrix a, int axis) {
        return DoubleArray.wrap(AxisKernels.reduce(backend(), a, axis, Reduction.NANMIN, 0));
    }

    /**
     * NumPy's {@code nanmax(a, axis)}, as {@link #nanmax(NumericArray)}. Each result is, bit for bit,
     * the 1-D kernel of the same name applied to that row or column copied into an array, on every
     * backend and CPU path (see docs/matrices.md). Rows are read in place; columns in blocks of 64, a
     * tile of rows at a time transposed into contiguous scratch, so the matrix is read in row order and
     * never one strided column at a time.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @return a new heap array of the maxima of the non-NaN elements; NaN where a line is all NaN
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1, or the reduced axis is empty
     *     (NumPy: ValueError), even when there are no results
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray nanmax(NumericMatrix a, int axis) {
        return DoubleArray.wrap(AxisKernels.reduce(backend(), a, axis, Reduction.NANMAX, 0));
    }

    /**
     * The variances along an axis, NumPy's {@code a.var(axis, ddof=ddof)}: two-pass, as {@link
     * #var(NumericArray, int)}. Each result is, bit for bit, the 1-D kernel of the same name applied to
     * that row or column copied into an array, on every backend and CPU path (see docs/matrices.md).
     * Rows are read in place; columns in blocks of 64, a tile of rows at a time transposed into
     * contiguous scratch, so the matrix is read in row order and never one strided column at a time.
     * float32 values are accumulated in float64, as the 1-D kernels do, and the results are float64.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}, n the length of a line
     *     (the count of its non-NaN elements for the nan-forms)
     * @return a new heap array of the variances; NaN where a line holds a NaN or infinity, and where it
     *     has at most {@code ddof} elements (NumPy: NaN and a warning; the 1-D call throws instead)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1, or {@code ddof} is negative
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray var(NumericMatrix a, int axis, int ddof) {
        return DoubleArray.wrap(AxisKernels.reduce(backend(), a, axis, Reduction.VAR, ddof));
    }

    /**
     * The standard deviations along an axis, NumPy's {@code a.std(axis, ddof=ddof)}, as {@link
     * #std(NumericArray, int)}. Each result is, bit for bit, the 1-D kernel of the same name applied to
     * that row or column copied into an array, on every backend and CPU path (see docs/matrices.md).
     * Rows are read in place; columns in blocks of 64, a tile of rows at a time transposed into
     * contiguous scratch, so the matrix is read in row order and never one strided column at a time.
     * float32 values are accumulated in float64, as the 1-D kernels do, and the results are float64.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}, n the length of a line
     *     (the count of its non-NaN elements for the nan-forms)
     * @return a new heap array of the standard deviations; NaN where a line holds a NaN or infinity, or
     *     has at most {@code ddof} elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1, or {@code ddof} is negative
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray std(NumericMatrix a, int axis, int ddof) {
        return DoubleArray.wrap(AxisKernels.reduce(backend(), a, axis, Reduction.STD, ddof));
    }

    /**
     * NumPy's {@code nanvar(a, axis, ddof=ddof)}, as {@link #nanvar(NumericArray, int)}. Each result
     * is, bit for bit, the 1-D kernel of the same name applied to that row or column copied into an
     * array, on every backend and CPU path (see docs/matrices.md). Rows are read in place; columns in
     * blocks of 64, a tile of rows at a time transposed into contiguous scratch, so the matrix is read
     * in row order and never one strided column at a time. float32 values are accumulated in float64,
     * as the 1-D kernels do, and the results are float64.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}, n the length of a line
     *     (the count of its non-NaN elements for the nan-forms)
     * @return a new heap array of the variances of the non-NaN elements; NaN where there are at most
     *     {@code ddof} of them
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1, or {@code ddof} is negative
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray nanvar(NumericMatrix a, int axis, int ddof) {
        return DoubleArray.wrap(AxisKernels.reduce(backend(), a, axis, Reduction.NANVAR, ddof));
    }

    /**
     * NumPy's {@code nanstd(a, axis, ddof=ddof)}, as {@link #nanstd(NumericArray, int)}. Each result
     * is, bit for bit, the 1-D kernel of the same name applied to that row or column copied into an
     * array, on every backend and CPU path (see docs/matrices.md). Rows are read in place; columns in
     * blocks of 64, a tile of rows at a time transposed into contiguous scratch, so the matrix is read
     * in row order and never one strided column at a time. float32 values are accumulated in float64,
     * as the 1-D kernels do, and the results are float64.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}, n the length of a line
     *     (the count of its non-NaN elements for the nan-forms)
     * @return a new heap array of the standard deviations of the non-NaN elements; NaN where there are
     *     at most {@code ddof} of them
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1, or {@code ddof} is negative
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray nanstd(NumericMatrix a, int axis, int ddof) {
        return DoubleArray.wrap(AxisKernels.reduce(backend(), a, axis, Reduction.NANSTD, ddof));
    }

    /**
     * NumPy's {@code a.argmin(axis)}: for each line the index (within the line: a row index for axis 0,
     * a column index for axis 1) of its first NaN if it holds one, else of its first smallest element,
     * as {@link #argmin(NumericArray)} (-0.0 and +0.0 are equal here). Each result is, bit for bit, the
     * 1-D kernel of the same name applied to that row or column copied into an array, on every backend
     * and CPU path (see docs/matrices.md). Rows are read in place; columns in blocks of 64, a tile of
     * rows at a time transposed into contiguous scratch, so the matrix is read in row order and never
     * one strided column at a time.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @return a new heap array of the int64 indexes, one per line
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1, or the reduced axis is empty
     *     (NumPy: ValueError), even when there are no results
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static LongArray argmin(NumericMatrix a, int axis) {
        return LongArray.wrap(AxisKernels.arg(backend(), a, axis, false));
    }

    /**
     * NumPy's {@code a.argmax(axis)}: for each line the index (within the line: a row index for axis 0,
     * a column index for axis 1) of its first NaN if it holds one, else of its first largest element,
     * as {@link #argmax(NumericArray)} (-0.0 and +0.0 are equal here). Each result is, bit for bit, the
     * 1-D kernel of the same name applied to that row or column copied into an array, on every backend
     * and CPU path (see docs/matrices.md). Rows are read in place; columns in blocks of 64, a tile of
     * rows at a time transposed into contiguous scratch, so the matrix is read in row order and never
     * one strided column at a time.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @return a new heap array of the int64 indexes, one per line
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1, or the reduced axis is empty
     *     (NumPy: ValueError), even when there are no results
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static LongArray argmax(NumericMatrix a, int axis) {
        return LongArray.wrap(AxisKernels.arg(backend(), a, axis, true));
    }

    /**
     * NumPy's {@code quantile(a, q, axis, method=m)}, one per line. A line holding a NaN gives NaN.
     * float32 values interpolate in float32, as NumPy does for a scalar q. Each result is, bit for bit,
     * the 1-D call of the same name on that row or column copied into an array (NumPy's bits on float64
     * input). Rows are read in place; columns are gathered in blocks (whole columns, at most 2^22
     * elements of off-heap scratch, at least one column) by a blocked transpose. The matrix is not
     * modified.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @param q the quantile, in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @return a new heap array of the quantiles, one per line, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1, the quantile is outside [0,
     *     1] or NaN, or the reduced axis is empty (NumPy: IndexError)
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray quantile(NumericMatrix a, int axis, double q, QuantileMethod m) {
        return DoubleArray.wrap(AxisKernels.quantiles(backend(), a, axis, new AxisKernels.QuantileSpec(QuantileMath.checkedQ(new double[] {q}, 1, "q"), m, false, false, true))[0]);
    }

    /**
     * NumPy's {@code percentile(a, p, axis, method=m)}, one per line. A line holding a NaN gives NaN.
     * float32 values interpolate in float32, as NumPy does for a scalar p. Each result is, bit for bit,
     * the 1-D call of the same name on that row or column copied into an array (NumPy's bits on float64
     * input). Rows are read in place; columns are gathered in blocks (whole columns, at most 2^22
     * elements of off-heap scratch, at least one column) by a blocked transpose. The matrix is not
     * modified.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @param p the percentile, in [0, 100]
     * @param m the interpolation method (NumPy's {@code method})
     * @return a new heap array of the percentiles, one per line, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1, the percentile is outside
     *     [0, 100] or NaN, or the reduced axis is empty (NumPy: IndexError)
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray percentile(NumericMatrix a, int axis, double p, QuantileMethod m) {
        return DoubleArray.wrap(AxisKernels.quantiles(backend(), a, axis, new AxisKernels.QuantileSpec(QuantileMath.checkedQ(new double[] {p}, 100, "percentile"), m, false, false, true))[0]);
    }

    /**
     * NumPy's {@code nanquantile(a, q, axis, method=m)}, one per line. NaN elements are ignored; a line
     * of NaN only gives NaN. float32 values interpolate in float32, as NumPy does for a scalar q. Each
     * result is, bit for bit, the 1-D call of the same name on that row or column copied into an array
     * (NumPy's bits on float64 input). Rows are read in place; columns are gathered in blocks (whole
     * columns, at most 2^22 elements of off-heap scratch, at least one column) by a blocked transpose.
     * The matrix is not modified.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @param q the quantile, in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @return a new heap array of the quantiles, one per line, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1, the quantile is outside [0,
     *     1] or NaN, or the reduced axis is empty (NumPy: IndexError)
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray nanquantile(NumericMatrix a, int axis, double q, QuantileMethod m) {
        return DoubleArray.wrap(AxisKernels.quantiles(backend(), a, axis, new AxisKernels.QuantileSpec(QuantileMath.checkedQ(new double[] {q}, 1, "q"), m, true, false, true))[0]);
    }

    /**
     * NumPy's {@code nanpercentile(a, p, axis, method=m)}, one per line. NaN elements are ignored; a
     * line of NaN only gives NaN. float32 values interpolate in float32, as NumPy does for a scalar p.
     * Each result is, bit for bit, the 1-D call of the same name on that row or column copied into an
     * array (NumPy's bits on float64 input). Rows are read in place; columns are gathered in blocks
     * (whole columns, at most 2^22 elements of off-heap scratch, at least one column) by a blocked
     * transpose. The matrix is not modified.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @param p the percentile, in [0, 100]
     * @param m the interpolation method (NumPy's {@code method})
     * @return a new heap array of the percentiles, one per line, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1, the percentile is outside
     *     [0, 100] or NaN, or the reduced axis is empty (NumPy: IndexError)
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray nanpercentile(NumericMatrix a, int axis, double p, QuantileMethod m) {
        return DoubleArray.wrap(AxisKernels.quantiles(backend(), a, axis, new AxisKernels.QuantileSpec(QuantileMath.checkedQ(new double[] {p}, 100, "percentile"), m, true, false, true))[0]);
    }

    /**
     * NumPy's {@code quantile(a, qs, axis, method=m)} for several quantiles at once: row k of the
     * result holds quantile {@code qs[k]} of every line (NumPy's shape {@code (len(qs), n)}), from one
     * selection per line. A line holding a NaN gives NaN. float32 values interpolate in float64, as
     * NumPy does for an array of q. Each result is, bit for bit, the 1-D call of the same name on that
     * row or column copied into an array (NumPy's bits on float64 input). Rows are read in place;
     * columns are gathered in blocks (whole columns, at most 2^22 elements of off-heap scratch, at
     * least one column) by a blocked transpose. The matrix is not modified.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @param qs the quantiles, each in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @return a new heap matrix, {@code qs.length} rows by one column per line
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1, a quantile is outside [0, 1]
     *     or NaN, or the reduced axis is empty (NumPy: IndexError)
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleMatrix quantile(NumericMatrix a, int axis, double[] qs, QuantileMethod m) {
        double[][] r = AxisKernels.quantiles(backend(), a, axis,
                new AxisKernels.QuantileSpec(QuantileMath.checkedQ(qs, 1, "q"), m, false, false, false));
        return r.length == 0 ? DoubleMatrix.zeros(0, AxisKernels.check(a, axis, Reduction.SUM, 0)) : DoubleMatrix.of(r);
    }

    /**
     * NumPy's {@code median(a, axis)}: the middle element of each line, or the mean of the two middle
     * ones, as {@link #median(NumericArray)}; a line holding a NaN gives NaN; an empty line gives NaN
     * (NumPy: NaN and a warning; the 1-D call throws instead). Each result is, bit for bit, the 1-D
     * call of the same name on that row or column copied into an array (NumPy's bits on float64 input).
     * Rows are read in place; columns are gathered in blocks (whole columns, at most 2^22 elements of
     * off-heap scratch, at least one column) by a blocked transpose. The matrix is not modified.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @return a new heap array of the medians, one per line, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray median(NumericMatrix a, int axis) {
        return DoubleArray.wrap(AxisKernels.quantiles(backend(), a, axis, new AxisKernels.QuantileSpec(new double[0], QuantileMethod.LINEAR, false, true, true))[0]);
    }

    /**
     * NumPy's {@code nanmedian(a, axis)}: the middle element of each line, or the mean of the two
     * middle ones, as {@link #nanmedian(NumericArray)}; NaN elements are ignored, a line of NaN only
     * gives NaN; an empty line gives NaN (NumPy: NaN and a warning; the 1-D call throws instead). Each
     * result is, bit for bit, the 1-D call of the same name on that row or column copied into an array
     * (NumPy's bits on float64 input). Rows are read in place; columns are gathered in blocks (whole
     * columns, at most 2^22 elements of off-heap scratch, at least one column) by a blocked transpose.
     * The matrix is not modified.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @return a new heap array of the medians, one per line, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static DoubleArray nanmedian(NumericMatrix a, int axis) {
        return DoubleArray.wrap(AxisKernels.quantiles(backend(), a, axis, new AxisKernels.QuantileSpec(new double[0], QuantileMethod.LINEAR, true, true, true))[0]);
    }

    /**
     * NumPy's {@code cumsum(a, axis)}: each row (axis 1) or column (axis 0) of the result is the
     * running sum of that line of {@code a}, added in order as {@link #cumsum(NumericArray,
     * NumericArray)} does (bit for bit that 1-D call on the line; float32 accumulated in float64 and
     * each output rounded to float32). Axis 0 runs row after row with one accumulator per column, so
     * the matrix is read in row order. NaN from the first NaN of a line on.
     *
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @param out receives the result: the same shape and type as {@code a}, writable; may be {@code a}
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1, or {@code out} differs from
     *     {@code a} in shape or type, or is read-only
     * @throws IllegalStateException if the arena of a matrix is closed
     */
    public static void cumsum(NumericMatrix a, int axis, NumericMatrix out) {
        AxisKernels.cumsum(backend(), a, axis, out);
    }

    /**
     * NumPy's {@code cumsum(a, axis)}: each row (axis 1) or column (axis 0) of the result is the
     * running sum of that line of {@code a}, added in order as {@link #cumsum(NumericArray,
     * NumericArray)} does (bit for bit that 1-D call on the line; float32 accumulated in float64 and
     * each output rounded to float32). Axis 0 runs row after row with one accumulator per column, so
     * the matrix is read in row order. NaN from the first NaN of a line on. The result is a new matrix
     * on the Java heap.
     *
     * @param <M> the matrix type
     * @param a the matrix, float64 or float32; only read
     * @param axis 0: one result per column (NumPy's {@code axis=0}); 1: one result per row ({@code
     *     axis=1})
     * @return a new heap matrix of {@code a}'s shape and type holding the running sums
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code axis} is neither 0 nor 1, or the matrix does not fit
     *     in a Java array
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static <M extends NumericMatrix> M cumsum(M a, int axis) {
        M out = newLike(a);
        cumsum(a, axis, out);
        return out;
    }

    /**
     * {@code out[i][j] = a[i][j] + v[j]}: v broadcast against every row, NumPy's {@code a + v} for a
     * 1-D v. IEEE arithmetic in the matrix's type; each row is computed by the 1-D elementwise kernel,
     * so each element has the bits of {@link #add(NumericArray, NumericArray, NumericArray)}. An input
     * overlapping {@code out} other than element for element is copied first.
     *
     * @param a the matrix, float64 or float32
     * @param v the row vector: {@code a.cols()} elements of a's type; only read
     * @param out receives the result: the same shape and type as {@code a}, writable; may be {@code a}
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if v is not as long as {@code a.cols()} or of another type than
     *     a, or {@code out} differs from {@code a} in shape or type, or is read-only
     * @throws IllegalStateException if the arena of an operand is closed
     */
    public static void add(NumericMatrix a, NumericArray v, NumericMatrix out) {
        AxisKernels.broadcast(backend(), BinaryOp.ADD, a, v, AxisKernels.Broadcast.ROW, out);
    }

    /**
     * {@code out[i][j] = a[i][j] + v[j]}: v broadcast against every row, NumPy's {@code a + v} for a
     * 1-D v. IEEE arithmetic in the matrix's type; each row is computed by the 1-D elementwise kernel,
     * so each element has the bits of {@link #add(NumericArray, NumericArray, NumericArray)}. An input
     * overlapping {@code out} other than element for element is copied first. The result is a new
     * matrix on the Java heap.
     *
     * @param <M> the matrix type
     * @param a the matrix, float64 or float32; only read
     * @param v the row vector: {@code a.cols()} elements of a's type; only read
     * @return a new heap matrix of {@code a}'s shape and type
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if v is not as long as {@code a.cols()} or of another type than
     *     a, or the matrix does not fit in a Java array
     * @throws IllegalStateException if the arena of an operand is closed
     */
    public static <M extends NumericMatrix> M add(M a, NumericArray v) {
        M out = newLike(a);
        add(a, v, out);
        return out;
    }

    /**
     * {@code out[i][j] = a[i][j] + v[i]}: v broadcast against every column, NumPy's {@code a + v[:,
     * None]}. IEEE arithmetic in the matrix's type; each row is computed by the 1-D kernel with a
     * scalar, so each element has the bits of {@link #add(NumericArray, double, NumericArray)}. An
     * input overlapping {@code out} other than element for element is copied first.
     *
     * @param a the matrix, float64 or float32
     * @param v the column vector: {@code a.rows()} elements of a's type; only read
     * @param out receives the result: the same shape and type as {@code a}, writable; may be {@code a}
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if v is not as long as {@code a.rows()} or of another type than
     *     a, or {@code out} differs from {@code a} in shape or type, or is read-only
     * @throws IllegalStateException if the arena of an operand is closed
     */
    public static void addColumn(NumericMatrix a, NumericArray v, NumericMatrix out) {
        AxisKernels.broadcast(backend(), BinaryOp.ADD, a, v, AxisKernels.Broadcast.COLUMN, out);
    }

    /**
     * {@code out[i][j] = a[i][j] + v[i]}: v broadcast against every column, NumPy's {@code a + v[:,
     * None]}. IEEE arithmetic in the matrix's type; each row is computed by the 1-D kernel with a
     * scalar, so each element has the bits of {@link #add(NumericArray, double, NumericArray)}. An
     * input overlapping {@code out} other than element for element is copied first. The result is a new
     * matrix on the Java heap.
     *
     * @param <M> the matrix type
     * @param a the matrix, float64 or float32; only read
     * @param v the column vector: {@code a.rows()} elements of a's type; only read
     * @return a new heap matrix of {@code a}'s shape and type
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if v is not as long as {@code a.rows()} or of another type than
     *     a, or the matrix does not fit in a Java array
     * @throws IllegalStateException if the arena of an operand is closed
     */
    public static <M extends NumericMatrix> M addColumn(M a, NumericArray v) {
        M out = newLike(a);
        addColumn(a, v, out);
        return out;
    }

    /**
     * {@code out[i][j] = a[i][j] + s}, IEEE arithmetic in the matrix's type (for float32, s is rounded
     * to float32 first), as {@link #add(NumericArray, double, NumericArray)} element for element.
     *
     * @param a the matrix, float64 or float32
     * @param s the scalar right operand
     * @param out receives the result: the same shape and type as {@code a}, writable; may be {@code a}
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} differs from {@code a} in shape or type, or is
     *     read-only
     * @throws IllegalStateException if the arena of a matrix is closed
     */
    public static void add(NumericMatrix a, double s, NumericMatrix out) {
        AxisKernels.scalar(backend(), BinaryOp.ADD, a, s, out);
    }

    /**
     * {@code out[i][j] = a[i][j] + s}, IEEE arithmetic in the matrix's type (for float32, s is rounded
     * to float32 first), as {@link #add(NumericArray, double, NumericArray)} element for element. The
     * result is a new matrix on the Java heap.
     *
     * @param <M> the matrix type
     * @param a the matrix, float64 or float32; only read
     * @param s the scalar right operand
     * @return a new heap matrix of {@code a}'s shape and type
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the matrix does not fit in a Java array
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static <M extends NumericMatrix> M add(M a, double s) {
        M out = newLike(a);
        add(a, s, out);
        return out;
    }

    /**
     * {@code out[i][j] = a[i][j] - v[j]}: v broadcast against every row, NumPy's {@code a - v} for a
     * 1-D v. IEEE arithmetic in the matrix's type; each row is computed by the 1-D elementwise kernel,
     * so each element has the bits of {@link #sub(NumericArray, NumericArray, NumericArray)}. An input
     * overlapping {@code out} other than element for element is copied first.
     *
     * @param a the matrix, float64 or float32
     * @param v the row vector: {@code a.cols()} elements of a's type; only read
     * @param out receives the result: the same shape and type as {@code a}, writable; may be {@code a}
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if v is not as long as {@code a.cols()} or of another type than
     *     a, or {@code out} differs from {@code a} in shape or type, or is read-only
     * @throws IllegalStateException if the arena of an operand is closed
     */
    public static void sub(NumericMatrix a, NumericArray v, NumericMatrix out) {
        AxisKernels.broadcast(backend(), BinaryOp.SUB, a, v, AxisKernels.Broadcast.ROW, out);
    }

    /**
     * {@code out[i][j] = a[i][j] - v[j]}: v broadcast against every row, NumPy's {@code a - v} for a
     * 1-D v. IEEE arithmetic in the matrix's type; each row is computed by the 1-D elementwise kernel,
     * so each element has the bits of {@link #sub(NumericArray, NumericArray, NumericArray)}. An input
     * overlapping {@code out} other than element for element is copied first. The result is a new
     * matrix on the Java heap.
     *
     * @param <M> the matrix type
     * @param a the matrix, float64 or float32; only read
     * @param v the row vector: {@code a.cols()} elements of a's type; only read
     * @return a new heap matrix of {@code a}'s shape and type
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if v is not as long as {@code a.cols()} or of another type than
     *     a, or the matrix does not fit in a Java array
     * @throws IllegalStateException if the arena of an operand is closed
     */
    public static <M extends NumericMatrix> M sub(M a, NumericArray v) {
        M out = newLike(a);
        sub(a, v, out);
        return out;
    }

    /**
     * {@code out[i][j] = a[i][j] - v[i]}: v broadcast against every column, NumPy's {@code a - v[:,
     * None]}. IEEE arithmetic in the matrix's type; each row is computed by the 1-D kernel with a
     * scalar, so each element has the bits of {@link #sub(NumericArray, double, NumericArray)}. An
     * input overlapping {@code out} other than element for element is copied first.
     *
     * @param a the matrix, float64 or float32
     * @param v the column vector: {@code a.rows()} elements of a's type; only read
     * @param out receives the result: the same shape and type as {@code a}, writable; may be {@code a}
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if v is not as long as {@code a.rows()} or of another type than
     *     a, or {@code out} differs from {@code a} in shape or type, or is read-only
     * @throws IllegalStateException if the arena of an operand is closed
     */
    public static void subColumn(NumericMatrix a, NumericArray v, NumericMatrix out) {
        AxisKernels.broadcast(backend(), BinaryOp.SUB, a, v, AxisKernels.Broadcast.COLUMN, out);
    }

    /**
     * {@code out[i][j] = a[i][j] - v[i]}: v broadcast against every column, NumPy's {@code a - v[:,
     * None]}. IEEE arithmetic in the matrix's type; each row is computed by the 1-D kernel with a
     * scalar, so each element has the bits of {@link #sub(NumericArray, double, NumericArray)}. An
     * input overlapping {@code out} other than element for element is copied first. The result is a new
     * matrix on the Java heap.
     *
     * @param <M> the matrix type
     * @param a the matrix, float64 or float32; only read
     * @param v the column vector: {@code a.rows()} elements of a's type; only read
     * @return a new heap matrix of {@code a}'s shape and type
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if v is not as long as {@code a.rows()} or of another type than
     *     a, or the matrix does not fit in a Java array
     * @throws IllegalStateException if the arena of an operand is closed
     */
    public static <M extends NumericMatrix> M subColumn(M a, NumericArray v) {
        M out = newLike(a);
        subColumn(a, v, out);
        return out;
    }

    /**
     * {@code out[i][j] = a[i][j] - s}, IEEE arithmetic in the matrix's type (for float32, s is rounded
     * to float32 first), as {@link #sub(NumericArray, double, NumericArray)} element for element.
     *
     * @param a the matrix, float64 or float32
     * @param s the scalar right operand
     * @param out receives the result: the same shape and type as {@code a}, writable; may be {@code a}
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} differs from {@code a} in shape or type, or is
     *     read-only
     * @throws IllegalStateException if the arena of a matrix is closed
     */
    public static void sub(NumericMatrix a, double s, NumericMatrix out) {
        AxisKernels.scalar(backend(), BinaryOp.SUB, a, s, out);
    }

    /**
     * {@code out[i][j] = a[i][j] - s}, IEEE arithmetic in the matrix's type (for float32, s is rounded
     * to float32 first), as {@link #sub(NumericArray, double, NumericArray)} element for element. The
     * result is a new matrix on the Java heap.
     *
     * @param <M> the matrix type
     * @param a the matrix, float64 or float32; only read
     * @param s the scalar right operand
     * @return a new heap matrix of {@code a}'s shape and type
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the matrix does not fit in a Java array
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static <M extends NumericMatrix> M sub(M a, double s) {
        M out = newLike(a);
        sub(a, s, out);
        return out;
    }

    /**
     * {@code out[i][j] = a[i][j] * v[j]}: v broadcast against every row, NumPy's {@code a * v} for a
     * 1-D v. IEEE arithmetic in the matrix's type; each row is computed by the 1-D elementwise kernel,
     * so each element has the bits of {@link #mul(NumericArray, NumericArray, NumericArray)}. An input
     * overlapping {@code out} other than element for element is copied first.
     *
     * @param a the matrix, float64 or float32
     * @param v the row vector: {@code a.cols()} elements of a's type; only read
     * @param out receives the result: the same shape and type as {@code a}, writable; may be {@code a}
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if v is not as long as {@code a.cols()} or of another type than
     *     a, or {@code out} differs from {@code a} in shape or type, or is read-only
     * @throws IllegalStateException if the arena of an operand is closed
     */
    public static void mul(NumericMatrix a, NumericArray v, NumericMatrix out) {
        AxisKernels.broadcast(backend(), BinaryOp.MUL, a, v, AxisKernels.Broadcast.ROW, out);
    }

    /**
     * {@code out[i][j] = a[i][j] * v[j]}: v broadcast against every row, NumPy's {@code a * v} for a
     * 1-D v. IEEE arithmetic in the matrix's type; each row is computed by the 1-D elementwise kernel,
     * so each element has the bits of {@link #mul(NumericArray, NumericArray, NumericArray)}. An input
     * overlapping {@code out} other than element for element is copied first. The result is a new
     * matrix on the Java heap.
     *
     * @param <M> the matrix type
     * @param a the matrix, float64 or float32; only read
     * @param v the row vector: {@code a.cols()} elements of a's type; only read
     * @return a new heap matrix of {@code a}'s shape and type
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if v is not as long as {@code a.cols()} or of another type than
     *     a, or the matrix does not fit in a Java array
     * @throws IllegalStateException if the arena of an operand is closed
     */
    public static <M extends NumericMatrix> M mul(M a, NumericArray v) {
        M out = newLike(a);
        mul(a, v, out);
        return out;
    }

    /**
     * {@code out[i][j] = a[i][j] * v[i]}: v broadcast against every column, NumPy's {@code a * v[:,
     * None]}. IEEE arithmetic in the matrix's type; each row is computed by the 1-D kernel with a
     * scalar, so each element has the bits of {@link #mul(NumericArray, double, NumericArray)}. An
     * input overlapping {@code out} other than element for element is copied first.
     *
     * @param a the matrix, float64 or float32
     * @param v the column vector: {@code a.rows()} elements of a's type; only read
     * @param out receives the result: the same shape and type as {@code a}, writable; may be {@code a}
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if v is not as long as {@code a.rows()} or of another type than
     *     a, or {@code out} differs from {@code a} in shape or type, or is read-only
     * @throws IllegalStateException if the arena of an operand is closed
     */
    public static void mulColumn(NumericMatrix a, NumericArray v, NumericMatrix out) {
        AxisKernels.broadcast(backend(), BinaryOp.MUL, a, v, AxisKernels.Broadcast.COLUMN, out);
    }

    /**
     * {@code out[i][j] = a[i][j] * v[i]}: v broadcast against every column, NumPy's {@code a * v[:,
     * None]}. IEEE arithmetic in the matrix's type; each row is computed by the 1-D kernel with a
     * scalar, so each element has the bits of {@link #mul(NumericArray, double, NumericArray)}. An
     * input overlapping {@code out} other than element for element is copied first. The result is a new
     * matrix on the Java heap.
     *
     * @param <M> the matrix type
     * @param a the matrix, float64 or float32; only read
     * @param v the column vector: {@code a.rows()} elements of a's type; only read
     * @return a new heap matrix of {@code a}'s shape and type
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if v is not as long as {@code a.rows()} or of another type than
     *     a, or the matrix does not fit in a Java array
     * @throws IllegalStateException if the arena of an operand is closed
     */
    public static <M extends NumericMatrix> M mulColumn(M a, NumericArray v) {
        M out = newLike(a);
        mulColumn(a, v, out);
        return out;
    }

    /**
     * {@code out[i][j] = a[i][j] * s}, IEEE arithmetic in the matrix's type (for float32, s is rounded
     * to float32 first), as {@link #mul(NumericArray, double, NumericArray)} element for element.
     *
     * @param a the matrix, float64 or float32
     * @param s the scalar right operand
     * @param out receives the result: the same shape and type as {@code a}, writable; may be {@code a}
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} differs from {@code a} in shape or type, or is
     *     read-only
     * @throws IllegalStateException if the arena of a matrix is closed
     */
    public static void mul(NumericMatrix a, double s, NumericMatrix out) {
        AxisKernels.scalar(backend(), BinaryOp.MUL, a, s, out);
    }

    /**
     * {@code out[i][j] = a[i][j] * s}, IEEE arithmetic in the matrix's type (for float32, s is rounded
     * to float32 first), as {@link #mul(NumericArray, double, NumericArray)} element for element. The
     * result is a new matrix on the Java heap.
     *
     * @param <M> the matrix type
     * @param a the matrix, float64 or float32; only read
     * @param s the scalar right operand
     * @return a new heap matrix of {@code a}'s shape and type
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the matrix does not fit in a Java array
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static <M extends NumericMatrix> M mul(M a, double s) {
        M out = newLike(a);
        mul(a, s, out);
        return out;
    }

    /**
     * {@code out[i][j] = a[i][j] / v[j]}: v broadcast against every row, NumPy's {@code a / v} for a
     * 1-D v. IEEE arithmetic in the matrix's type (x / 0 is ±Inf or NaN, never an exception); each row
     * is computed by the 1-D elementwise kernel, so each element has the bits of {@link
     * #div(NumericArray, NumericArray, NumericArray)}. An input overlapping {@code out} other than
     * element for element is copied first.
     *
     * @param a the matrix, float64 or float32
     * @param v the row vector: {@code a.cols()} elements of a's type; only read
     * @param out receives the result: the same shape and type as {@code a}, writable; may be {@code a}
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if v is not as long as {@code a.cols()} or of another type than
     *     a, or {@code out} differs from {@code a} in shape or type, or is read-only
     * @throws IllegalStateException if the arena of an operand is closed
     */
    public static void div(NumericMatrix a, NumericArray v, NumericMatrix out) {
        AxisKernels.broadcast(backend(), BinaryOp.DIV, a, v, AxisKernels.Broadcast.ROW, out);
    }

    /**
     * {@code out[i][j] = a[i][j] / v[j]}: v broadcast against every row, NumPy's {@code a / v} for a
     * 1-D v. IEEE arithmetic in the matrix's type (x / 0 is ±Inf or NaN, never an exception); each row
     * is computed by the 1-D elementwise kernel, so each element has the bits of {@link
     * #div(NumericArray, NumericArray, NumericArray)}. An input overlapping {@code out} other than
     * element for element is copied first. The result is a new matrix on the Java heap.
     *
     * @param <M> the matrix type
     * @param a the matrix, float64 or float32; only read
     * @param v the row vector: {@code a.cols()} elements of a's type; only read
     * @return a new heap matrix of {@code a}'s shape and type
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if v is not as long as {@code a.cols()} or of another type than
     *     a, or the matrix does not fit in a Java array
     * @throws IllegalStateException if the arena of an operand is closed
     */
    public static <M extends NumericMatrix> M div(M a, NumericArray v) {
        M out = newLike(a);
        div(a, v, out);
        return out;
    }

    /**
     * {@code out[i][j] = a[i][j] / v[i]}: v broadcast against every column, NumPy's {@code a / v[:,
     * None]}. IEEE arithmetic in the matrix's type (x / 0 is ±Inf or NaN, never an exception); each row
     * is computed by the 1-D kernel with a scalar, so each element has the bits of {@link
     * #div(NumericArray, double, NumericArray)}. An input overlapping {@code out} other than element
     * for element is copied first.
     *
     * @param a the matrix, float64 or float32
     * @param v the column vector: {@code a.rows()} elements of a's type; only read
     * @param out receives the result: the same shape and type as {@code a}, writable; may be {@code a}
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if v is not as long as {@code a.rows()} or of another type than
     *     a, or {@code out} differs from {@code a} in shape or type, or is read-only
     * @throws IllegalStateException if the arena of an operand is closed
     */
    public static void divColumn(NumericMatrix a, NumericArray v, NumericMatrix out) {
        AxisKernels.broadcast(backend(), BinaryOp.DIV, a, v, AxisKernels.Broadcast.COLUMN, out);
    }

    /**
     * {@code out[i][j] = a[i][j] / v[i]}: v broadcast against every column, NumPy's {@code a / v[:,
     * None]}. IEEE arithmetic in the matrix's type (x / 0 is ±Inf or NaN, never an exception); each row
     * is computed by the 1-D kernel with a scalar, so each element has the bits of {@link
     * #div(NumericArray, double, NumericArray)}. An input overlapping {@code out} other than element
     * for element is copied first. The result is a new matrix on the Java heap.
     *
     * @param <M> the matrix type
     * @param a the matrix, float64 or float32; only read
     * @param v the column vector: {@code a.rows()} elements of a's type; only read
     * @return a new heap matrix of {@code a}'s shape and type
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if v is not as long as {@code a.rows()} or of another type than
     *     a, or the matrix does not fit in a Java array
     * @throws IllegalStateException if the arena of an operand is closed
     */
    public static <M extends NumericMatrix> M divColumn(M a, NumericArray v) {
        M out = newLike(a);
        divColumn(a, v, out);
        return out;
    }

    /**
     * {@code out[i][j] = a[i][j] / s}, IEEE arithmetic in the matrix's type (x / 0 is ±Inf or NaN,
     * never an exception) (for float32, s is rounded to float32 first), as {@link #div(NumericArray,
     * double, NumericArray)} element for element.
     *
     * @param a the matrix, float64 or float32
     * @param s the scalar right operand
     * @param out receives the result: the same shape and type as {@code a}, writable; may be {@code a}
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} differs from {@code a} in shape or type, or is
     *     read-only
     * @throws IllegalStateException if the arena of a matrix is closed
     */
    public static void div(NumericMatrix a, double s, NumericMatrix out) {
        AxisKernels.scalar(backend(), BinaryOp.DIV, a, s, out);
    }

    /**
     * {@code out[i][j] = a[i][j] / s}, IEEE arithmetic in the matrix's type (x / 0 is ±Inf or NaN,
     * never an exception) (for float32, s is rounded to float32 first), as {@link #div(NumericArray,
     * double, NumericArray)} element for element. The result is a new matrix on the Java heap.
     *
     * @param <M> the matrix type
     * @param a the matrix, float64 or float32; only read
     * @param s the scalar right operand
     * @return a new heap matrix of {@code a}'s shape and type
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the matrix does not fit in a Java array
     * @throws IllegalStateException if the arena of the matrix is closed
     */
    public static <M extends NumericMatrix> M div(M a, double s) {
        M out = newLike(a);
        div(a, s, out);
        return out;
    }

    /** A new zero-filled heap matrix of a's shape and type. */
    @SuppressWarnings("unchecked")
    private static <M extends NumericMatrix> M newLike(M a) {
        AxisKernels.alive(a, "a");
        int r = SizeLimits.arrayLength(a.rows(), "rows");
        int c = SizeLimits.arrayLength(a.cols(), "cols");
        return (M) (a instanceof DoubleMatrix ? DoubleMatrix.zeros(r, c) : FloatMatrix.zeros(r, c));
    }

    // ---- the per-dtype operations, generated from one table (src/tools/facade_ops.py) --------------

    // <generated by src/tools/gen_typed.py: do not edit> ops

    /**
     * The sum of the elements, added in the k4j tree order (a pairwise tree whose error grows like log
     * n, as NumPy's does, though the two orders differ; the same bits on every backend and CPU path).
     *
     * @param x the values, read in place (not copied)
     * @return the sum: NaN if an element is NaN (or +Inf and -Inf both occur), 0.0 if there are no
     *     elements
     * @throws NullPointerException if {@code x} is null
     */
    public static double sum(double[] x) {
        return sumOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The sum of the elements, added in the k4j tree order (a pairwise tree whose error grows like log
     * n, as NumPy's does, though the two orders differ; the same bits on every backend and CPU path).
     * float32 values are accumulated in float64.
     *
     * @param x the values, read in place (not copied)
     * @return the sum: NaN if an element is NaN (or +Inf and -Inf both occur), 0.0 if there are no
     *     elements
     * @throws NullPointerException if {@code x} is null
     */
    public static double sum(float[] x) {
        return sumOf(FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The sum of the elements, added in the k4j tree order (a pairwise tree whose error grows like log
     * n, as NumPy's does, though the two orders differ; the same bits on every backend and CPU path).
     * Reads {@code x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the sum: NaN if an element is NaN (or +Inf and -Inf both occur), 0.0 if there are no
     *     elements
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     */
    public static double sum(double[] x, int offset, int length) {
        return sumOf(view(x, offset, length));
    }

    /**
     * The sum of the elements, added in the k4j tree order (a pairwise tree whose error grows like log
     * n, as NumPy's does, though the two orders differ; the same bits on every backend and CPU path).
     * float32 values are accumulated in float64. Reads {@code x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the sum: NaN if an element is NaN (or +Inf and -Inf both occur), 0.0 if there are no
     *     elements
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     */
    public static double sum(float[] x, int offset, int length) {
        return sumOf(view(x, offset, length));
    }

    /**
     * The sum of the elements, added in the k4j tree order (a pairwise tree whose error grows like log
     * n, as NumPy's does, though the two orders differ; the same bits on every backend and CPU path).
     *
     * @param x the array (float64 or float32)
     * @return the sum: NaN if an element is NaN (or +Inf and -Inf both occur), 0.0 if there are no
     *     elements
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double sum(NumericArray x) {
        return sumOf(x);
    }

    /**
     * The arithmetic mean: the tree-order sum divided by the number of elements.
     *
     * @param x the values, read in place (not copied)
     * @return the mean: NaN if an element is NaN or there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static double mean(double[] x) {
        return meanOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The arithmetic mean: the tree-order sum divided by the number of elements. float32 values are
     * accumulated in float64.
     *
     * @param x the values, read in place (not copied)
     * @return the mean: NaN if an element is NaN or there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static double mean(float[] x) {
        return meanOf(FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The arithmetic mean: the tree-order sum divided by the number of elements. Reads {@code x[offset,
     * offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the mean: NaN if an element is NaN or there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     */
    public static double mean(double[] x, int offset, int length) {
        return meanOf(view(x, offset, length));
    }

    /**
     * The arithmetic mean: the tree-order sum divided by the number of elements. float32 values are
     * accumulated in float64. Reads {@code x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the mean: NaN if an element is NaN or there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     */
    public static double mean(float[] x, int offset, int length) {
        return meanOf(view(x, offset, length));
    }

    /**
     * The arithmetic mean: the tree-order sum divided by the number of elements.
     *
     * @param x the array (float64 or float32)
     * @return the mean: NaN if an element is NaN or there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double mean(NumericArray x) {
        return meanOf(x);
    }

    /**
     * NumPy's {@code nansum}: the sum of the elements that are not NaN, in the k4j tree order.
     *
     * @param x the values, read in place (not copied)
     * @return the sum of the non-NaN elements: 0.0 if there are none
     * @throws NullPointerException if {@code x} is null
     */
    public static double nansum(double[] x) {
        return nansumOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code nansum}: the sum of the elements that are not NaN, in the k4j tree order. float32
     * values are accumulated in float64.
     *
     * @param x the values, read in place (not copied)
     * @return the sum of the non-NaN elements: 0.0 if there are none
     * @throws NullPointerException if {@code x} is null
     */
    public static double nansum(float[] x) {
        return nansumOf(FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code nansum}: the sum of the elements that are not NaN, in the k4j tree order. Reads
     * {@code x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the sum of the non-NaN elements: 0.0 if there are none
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     */
    public static double nansum(double[] x, int offset, int length) {
        return nansumOf(view(x, offset, length));
    }

    /**
     * NumPy's {@code nansum}: the sum of the elements that are not NaN, in the k4j tree order. float32
     * values are accumulated in float64. Reads {@code x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the sum of the non-NaN elements: 0.0 if there are none
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     */
    public static double nansum(float[] x, int offset, int length) {
        return nansumOf(view(x, offset, length));
    }

    /**
     * NumPy's {@code nansum}: the sum of the elements that are not NaN, in the k4j tree order.
     *
     * @param x the array (float64 or float32)
     * @return the sum of the non-NaN elements: 0.0 if there are none
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double nansum(NumericArray x) {
        return nansumOf(x);
    }

    /**
     * NumPy's {@code nanmean}: the mean of the elements that are not NaN.
     *
     * @param x the values, read in place (not copied)
     * @return the mean of the non-NaN elements: NaN if there are none
     * @throws NullPointerException if {@code x} is null
     */
    public static double nanmean(double[] x) {
        return nanmeanOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code nanmean}: the mean of the elements that are not NaN. float32 values are
     * accumulated in float64.
     *
     * @param x the values, read in place (not copied)
     * @return the mean of the non-NaN elements: NaN if there are none
     * @throws NullPointerException if {@code x} is null
     */
    public static double nanmean(float[] x) {
        return nanmeanOf(FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code nanmean}: the mean of the elements that are not NaN. Reads {@code x[offset, offset
     * + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the mean of the non-NaN elements: NaN if there are none
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     */
    public static double nanmean(double[] x, int offset, int length) {
        return nanmeanOf(view(x, offset, length));
    }

    /**
     * NumPy's {@code nanmean}: the mean of the elements that are not NaN. float32 values are
     * accumulated in float64. Reads {@code x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the mean of the non-NaN elements: NaN if there are none
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     */
    public static double nanmean(float[] x, int offset, int length) {
        return nanmeanOf(view(x, offset, length));
    }

    /**
     * NumPy's {@code nanmean}: the mean of the elements that are not NaN.
     *
     * @param x the array (float64 or float32)
     * @return the mean of the non-NaN elements: NaN if there are none
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double nanmean(NumericArray x) {
        return nanmeanOf(x);
    }

    /**
     * The smallest element, as {@link Math#min}: -0.0 is below +0.0, and a NaN anywhere makes the
     * result NaN.
     *
     * @param x the values, read in place (not copied)
     * @return the minimum, widened to double; NaN if an element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double min(double[] x) {
        return minOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The smallest element, as {@link Math#min}: -0.0 is below +0.0, and a NaN anywhere makes the
     * result NaN.
     *
     * @param x the values, read in place (not copied)
     * @return the minimum, widened to double; NaN if an element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double min(float[] x) {
        return minOf(FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The smallest element, as {@link Math#min}: -0.0 is below +0.0, and a NaN anywhere makes the
     * result NaN. Reads {@code x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the minimum, widened to double; NaN if an element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double min(double[] x, int offset, int length) {
        return minOf(view(x, offset, length));
    }

    /**
     * The smallest element, as {@link Math#min}: -0.0 is below +0.0, and a NaN anywhere makes the
     * result NaN. Reads {@code x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the minimum, widened to double; NaN if an element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double min(float[] x, int offset, int length) {
        return minOf(view(x, offset, length));
    }

    /**
     * The smallest element, as {@link Math#min}: -0.0 is below +0.0, and a NaN anywhere makes the
     * result NaN.
     *
     * @param x the array (float64 or float32)
     * @return the minimum, widened to double; NaN if an element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code x} is empty
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double min(NumericArray x) {
        return minOf(x);
    }

    /**
     * The largest element, as {@link Math#max}: +0.0 is above -0.0, and a NaN anywhere makes the result
     * NaN.
     *
     * @param x the values, read in place (not copied)
     * @return the maximum, widened to double; NaN if an element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double max(double[] x) {
        return maxOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The largest element, as {@link Math#max}: +0.0 is above -0.0, and a NaN anywhere makes the result
     * NaN.
     *
     * @param x the values, read in place (not copied)
     * @return the maximum, widened to double; NaN if an element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double max(float[] x) {
        return maxOf(FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The largest element, as {@link Math#max}: +0.0 is above -0.0, and a NaN anywhere makes the result
     * NaN. Reads {@code x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the maximum, widened to double; NaN if an element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double max(double[] x, int offset, int length) {
        return maxOf(view(x, offset, length));
    }

    /**
     * The largest element, as {@link Math#max}: +0.0 is above -0.0, and a NaN anywhere makes the result
     * NaN. Reads {@code x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the maximum, widened to double; NaN if an element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double max(float[] x, int offset, int length) {
        return maxOf(view(x, offset, length));
    }

    /**
     * The largest element, as {@link Math#max}: +0.0 is above -0.0, and a NaN anywhere makes the result
     * NaN.
     *
     * @param x the array (float64 or float32)
     * @return the maximum, widened to double; NaN if an element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code x} is empty
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double max(NumericArray x) {
        return maxOf(x);
    }

    /**
     * NumPy's {@code nanmin}: the smallest element that is not NaN (-0.0 below +0.0).
     *
     * @param x the values, read in place (not copied)
     * @return the minimum of the non-NaN elements, widened to double; NaN if all are NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double nanmin(double[] x) {
        return nanminOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code nanmin}: the smallest element that is not NaN (-0.0 below +0.0).
     *
     * @param x the values, read in place (not copied)
     * @return the minimum of the non-NaN elements, widened to double; NaN if all are NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double nanmin(float[] x) {
        return nanminOf(FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code nanmin}: the smallest element that is not NaN (-0.0 below +0.0). Reads {@code
     * x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the minimum of the non-NaN elements, widened to double; NaN if all are NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double nanmin(double[] x, int offset, int length) {
        return nanminOf(view(x, offset, length));
    }

    /**
     * NumPy's {@code nanmin}: the smallest element that is not NaN (-0.0 below +0.0). Reads {@code
     * x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the minimum of the non-NaN elements, widened to double; NaN if all are NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double nanmin(float[] x, int offset, int length) {
        return nanminOf(view(x, offset, length));
    }

    /**
     * NumPy's {@code nanmin}: the smallest element that is not NaN (-0.0 below +0.0).
     *
     * @param x the array (float64 or float32)
     * @return the minimum of the non-NaN elements, widened to double; NaN if all are NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code x} is empty
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double nanmin(NumericArray x) {
        return nanminOf(x);
    }

    /**
     * NumPy's {@code nanmax}: the largest element that is not NaN (+0.0 above -0.0).
     *
     * @param x the values, read in place (not copied)
     * @return the maximum of the non-NaN elements, widened to double; NaN if all are NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double nanmax(double[] x) {
        return nanmaxOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code nanmax}: the largest element that is not NaN (+0.0 above -0.0).
     *
     * @param x the values, read in place (not copied)
     * @return the maximum of the non-NaN elements, widened to double; NaN if all are NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double nanmax(float[] x) {
        return nanmaxOf(FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code nanmax}: the largest element that is not NaN (+0.0 above -0.0). Reads {@code
     * x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the maximum of the non-NaN elements, widened to double; NaN if all are NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double nanmax(double[] x, int offset, int length) {
        return nanmaxOf(view(x, offset, length));
    }

    /**
     * NumPy's {@code nanmax}: the largest element that is not NaN (+0.0 above -0.0). Reads {@code
     * x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the maximum of the non-NaN elements, widened to double; NaN if all are NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double nanmax(float[] x, int offset, int length) {
        return nanmaxOf(view(x, offset, length));
    }

    /**
     * NumPy's {@code nanmax}: the largest element that is not NaN (+0.0 above -0.0).
     *
     * @param x the array (float64 or float32)
     * @return the maximum of the non-NaN elements, widened to double; NaN if all are NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code x} is empty
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double nanmax(NumericArray x) {
        return nanmaxOf(x);
    }

    /**
     * NumPy's {@code argmin}: the index of the first NaN if there is one, else of the first smallest
     * element (-0.0 and +0.0 are equal here: the first occurrence wins).
     *
     * @param x the values, read in place (not copied)
     * @return the index of the first NaN or first minimum
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static long argmin(double[] x) {
        return argminOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code argmin}: the index of the first NaN if there is one, else of the first smallest
     * element (-0.0 and +0.0 are equal here: the first occurrence wins).
     *
     * @param x the values, read in place (not copied)
     * @return the index of the first NaN or first minimum
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static long argmin(float[] x) {
        return argminOf(FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code argmin}: the index of the first NaN if there is one, else of the first smallest
     * element (-0.0 and +0.0 are equal here: the first occurrence wins). Reads {@code x[offset, offset
     * + length)}; the index counts from {@code offset}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the index of the first NaN or first minimum
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static long argmin(double[] x, int offset, int length) {
        return argminOf(view(x, offset, length));
    }

    /**
     * NumPy's {@code argmin}: the index of the first NaN if there is one, else of the first smallest
     * element (-0.0 and +0.0 are equal here: the first occurrence wins). Reads {@code x[offset, offset
     * + length)}; the index counts from {@code offset}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the index of the first NaN or first minimum
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static long argmin(float[] x, int offset, int length) {
        return argminOf(view(x, offset, length));
    }

    /**
     * NumPy's {@code argmin}: the index of the first NaN if there is one, else of the first smallest
     * element (-0.0 and +0.0 are equal here: the first occurrence wins).
     *
     * @param x the array (float64 or float32)
     * @return the index of the first NaN or first minimum
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code x} is empty
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long argmin(NumericArray x) {
        return argminOf(x);
    }

    /**
     * NumPy's {@code argmax}: the index of the first NaN if there is one, else of the first largest
     * element (-0.0 and +0.0 are equal here: the first occurrence wins).
     *
     * @param x the values, read in place (not copied)
     * @return the index of the first NaN or first maximum
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static long argmax(double[] x) {
        return argmaxOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code argmax}: the index of the first NaN if there is one, else of the first largest
     * element (-0.0 and +0.0 are equal here: the first occurrence wins).
     *
     * @param x the values, read in place (not copied)
     * @return the index of the first NaN or first maximum
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static long argmax(float[] x) {
        return argmaxOf(FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code argmax}: the index of the first NaN if there is one, else of the first largest
     * element (-0.0 and +0.0 are equal here: the first occurrence wins). Reads {@code x[offset, offset
     * + length)}; the index counts from {@code offset}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the index of the first NaN or first maximum
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static long argmax(double[] x, int offset, int length) {
        return argmaxOf(view(x, offset, length));
    }

    /**
     * NumPy's {@code argmax}: the index of the first NaN if there is one, else of the first largest
     * element (-0.0 and +0.0 are equal here: the first occurrence wins). Reads {@code x[offset, offset
     * + length)}; the index counts from {@code offset}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the index of the first NaN or first maximum
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static long argmax(float[] x, int offset, int length) {
        return argmaxOf(view(x, offset, length));
    }

    /**
     * NumPy's {@code argmax}: the index of the first NaN if there is one, else of the first largest
     * element (-0.0 and +0.0 are equal here: the first occurrence wins).
     *
     * @param x the array (float64 or float32)
     * @return the index of the first NaN or first maximum
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code x} is empty
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long argmax(NumericArray x) {
        return argmaxOf(x);
    }

    /**
     * The Euclidean norm, rescaled so that huge or tiny finite values neither overflow nor underflow.
     *
     * @param x the values, read in place (not copied)
     * @return the norm: NaN if an element is NaN, +Inf if one is infinite, 0.0 if there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static double norm2(double[] x) {
        return norm2Of(DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The Euclidean norm, rescaled so that huge or tiny finite values neither overflow nor underflow.
     * float32 values are accumulated in float64.
     *
     * @param x the values, read in place (not copied)
     * @return the norm: NaN if an element is NaN, +Inf if one is infinite, 0.0 if there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static double norm2(float[] x) {
        return norm2Of(FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The Euclidean norm, rescaled so that huge or tiny finite values neither overflow nor underflow.
     * Reads {@code x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the norm: NaN if an element is NaN, +Inf if one is infinite, 0.0 if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     */
    public static double norm2(double[] x, int offset, int length) {
        return norm2Of(view(x, offset, length));
    }

    /**
     * The Euclidean norm, rescaled so that huge or tiny finite values neither overflow nor underflow.
     * float32 values are accumulated in float64. Reads {@code x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @return the norm: NaN if an element is NaN, +Inf if one is infinite, 0.0 if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     */
    public static double norm2(float[] x, int offset, int length) {
        return norm2Of(view(x, offset, length));
    }

    /**
     * The Euclidean norm, rescaled so that huge or tiny finite values neither overflow nor underflow.
     *
     * @param x the array (float64 or float32)
     * @return the norm: NaN if an element is NaN, +Inf if one is infinite, 0.0 if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double norm2(NumericArray x) {
        return norm2Of(x);
    }

    /**
     * The variance, two-pass: the mean, then the tree-order sum of squared deviations divided by {@code
     * n - ddof}. The population form, ddof 0.
     *
     * @param x the values, read in place (not copied)
     * @return the variance: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     */
    public static double var(double[] x) {
        return varOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), 0);
    }

    /**
     * The variance, two-pass: the mean, then the tree-order sum of squared deviations divided by {@code
     * n - ddof}. float32 values are accumulated in float64. The population form, ddof 0.
     *
     * @param x the values, read in place (not copied)
     * @return the variance: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     */
    public static double var(float[] x) {
        return varOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), 0);
    }

    /**
     * The variance, two-pass: the mean, then the tree-order sum of squared deviations divided by {@code
     * n - ddof}.
     *
     * @param x the values, read in place (not copied)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return the variance: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     */
    public static double var(double[] x, int ddof) {
        return varOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), ddof);
    }

    /**
     * The variance, two-pass: the mean, then the tree-order sum of squared deviations divided by {@code
     * n - ddof}. float32 values are accumulated in float64.
     *
     * @param x the values, read in place (not copied)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return the variance: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     */
    public static double var(float[] x, int ddof) {
        return varOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), ddof);
    }

    /**
     * The variance, two-pass: the mean, then the tree-order sum of squared deviations divided by {@code
     * n - ddof}. Reads {@code x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return the variance: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     */
    public static double var(double[] x, int offset, int length, int ddof) {
        return varOf(view(x, offset, length), ddof);
    }

    /**
     * The variance, two-pass: the mean, then the tree-order sum of squared deviations divided by {@code
     * n - ddof}. float32 values are accumulated in float64. Reads {@code x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return the variance: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     */
    public static double var(float[] x, int offset, int length, int ddof) {
        return varOf(view(x, offset, length), ddof);
    }

    /**
     * The variance, two-pass: the mean, then the tree-order sum of squared deviations divided by {@code
     * n - ddof}. The population form, ddof 0.
     *
     * @param x the array (float64 or float32)
     * @return the variance: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code ddof} is not in
     *     [0, n) (in particular when there are no elements)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double var(NumericArray x) {
        return varOf(x, 0);
    }

    /**
     * The variance, two-pass: the mean, then the tree-order sum of squared deviations divided by {@code
     * n - ddof}.
     *
     * @param x the array (float64 or float32)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return the variance: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code ddof} is not in
     *     [0, n) (in particular when there are no elements)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double var(NumericArray x, int ddof) {
        return varOf(x, ddof);
    }

    /**
     * The standard deviation: the square root of the two-pass variance with divisor {@code n - ddof}.
     * The population form, ddof 0.
     *
     * @param x the values, read in place (not copied)
     * @return the standard deviation: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     */
    public static double std(double[] x) {
        return Math.sqrt(varOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), 0));
    }

    /**
     * The standard deviation: the square root of the two-pass variance with divisor {@code n - ddof}.
     * float32 values are accumulated in float64. The population form, ddof 0.
     *
     * @param x the values, read in place (not copied)
     * @return the standard deviation: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     */
    public static double std(float[] x) {
        return Math.sqrt(varOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), 0));
    }

    /**
     * The standard deviation: the square root of the two-pass variance with divisor {@code n - ddof}.
     *
     * @param x the values, read in place (not copied)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return the standard deviation: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     */
    public static double std(double[] x, int ddof) {
        return Math.sqrt(varOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), ddof));
    }

    /**
     * The standard deviation: the square root of the two-pass variance with divisor {@code n - ddof}.
     * float32 values are accumulated in float64.
     *
     * @param x the values, read in place (not copied)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return the standard deviation: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     */
    public static double std(float[] x, int ddof) {
        return Math.sqrt(varOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), ddof));
    }

    /**
     * The standard deviation: the square root of the two-pass variance with divisor {@code n - ddof}.
     * Reads {@code x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return the standard deviation: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     */
    public static double std(double[] x, int offset, int length, int ddof) {
        return Math.sqrt(varOf(view(x, offset, length), ddof));
    }

    /**
     * The standard deviation: the square root of the two-pass variance with divisor {@code n - ddof}.
     * float32 values are accumulated in float64. Reads {@code x[offset, offset + length)}.
     *
     * @param x the values, read in place (not copied)
     * @param offset the index of the first element
     * @param length the number of elements
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return the standard deviation: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     * @throws IllegalArgumentException if {@code ddof} is not in [0, n) (in particular when there are
     *     no elements)
     */
    public static double std(float[] x, int offset, int length, int ddof) {
        return Math.sqrt(varOf(view(x, offset, length), ddof));
    }

    /**
     * The standard deviation: the square root of the two-pass variance with divisor {@code n - ddof}.
     * The population form, ddof 0.
     *
     * @param x the array (float64 or float32)
     * @return the standard deviation: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code ddof} is not in
     *     [0, n) (in particular when there are no elements)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double std(NumericArray x) {
        return Math.sqrt(varOf(x, 0));
    }

    /**
     * The standard deviation: the square root of the two-pass variance with divisor {@code n - ddof}.
     *
     * @param x the array (float64 or float32)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return the standard deviation: NaN if an element is NaN or infinite
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code ddof} is not in
     *     [0, n) (in particular when there are no elements)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double std(NumericArray x, int ddof) {
        return Math.sqrt(varOf(x, ddof));
    }

    /**
     * The dot product: the products rounded (no FMA), then added in the k4j tree order.
     *
     * @param x the first operand, read in place
     * @param y the second operand, as long as {@code x}
     * @return the dot product: NaN if a product is NaN, 0.0 if there are no elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths or the types differ
     */
    public static double dot(double[] x, double[] y) {
        return dotOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(y, "y")));
    }

    /**
     * The dot product: the products rounded (no FMA), then added in the k4j tree order. The products
     * and the sum are computed in float64.
     *
     * @param x the first operand, read in place
     * @param y the second operand, as long as {@code x}
     * @return the dot product: NaN if a product is NaN, 0.0 if there are no elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths or the types differ
     */
    public static double dot(float[] x, float[] y) {
        return dotOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(y, "y")));
    }

    /**
     * The dot product: the products rounded (no FMA), then added in the k4j tree order. Reads {@code
     * x[xOffset, xOffset + length)} and {@code y[yOffset, yOffset + length)}.
     *
     * @param x the first operand, read in place
     * @param xOffset the index of the first element of {@code x}
     * @param y the second operand, as long as {@code x}
     * @param yOffset the index of the first element of {@code y}
     * @param length the number of elements
     * @return the dot product: NaN if a product is NaN, 0.0 if there are no elements
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if an offset or the length is negative or a range does not fit
     *     in its array
     * @throws IllegalArgumentException if the lengths or the types differ
     */
    public static double dot(double[] x, int xOffset, double[] y, int yOffset, int length) {
        return dotOf(view(x, xOffset, length), DoubleArray.wrap(Objects.requireNonNull(y, "y"), yOffset, length));
    }

    /**
     * The dot product: the products rounded (no FMA), then added in the k4j tree order. The products
     * and the sum are computed in float64. Reads {@code x[xOffset, xOffset + length)} and {@code
     * y[yOffset, yOffset + length)}.
     *
     * @param x the first operand, read in place
     * @param xOffset the index of the first element of {@code x}
     * @param y the second operand, as long as {@code x}
     * @param yOffset the index of the first element of {@code y}
     * @param length the number of elements
     * @return the dot product: NaN if a product is NaN, 0.0 if there are no elements
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if an offset or the length is negative or a range does not fit
     *     in its array
     * @throws IllegalArgumentException if the lengths or the types differ
     */
    public static double dot(float[] x, int xOffset, float[] y, int yOffset, int length) {
        return dotOf(view(x, xOffset, length), FloatArray.wrap(Objects.requireNonNull(y, "y"), yOffset, length));
    }

    /**
     * The dot product: the products rounded (no FMA), then added in the k4j tree order.
     *
     * @param x the first operand (float64 or float32)
     * @param y the second operand, as long as {@code x} (float64 or float32)
     * @return the dot product: NaN if a product is NaN, 0.0 if there are no elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or the lengths or the
     *     types differ
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double dot(NumericArray x, NumericArray y) {
        return dotOf(x, y);
    }

    /**
     * {@code out[i] = a[i] + b[i]}, in the arrays' type, IEEE arithmetic.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void add(double[] a, double[] b, double[] out) {
        binaryOf(BinaryOp.ADD, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = a[i] + b[i]}, in the arrays' type, IEEE arithmetic.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void add(float[] a, float[] b, float[] out) {
        binaryOf(BinaryOp.ADD, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = a[i] + b[i]}, in the arrays' type, IEEE arithmetic.
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code a} and {@code b}
     *     differ in length or type, or {@code out} is shorter than the input, read-only or of another
     *     type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void add(NumericArray a, NumericArray b, NumericArray out) {
        binaryOf(BinaryOp.ADD, a, b, out);
    }

    /**
     * {@code out[i] = a[i] + b[i]}, in the arrays' type, IEEE arithmetic. This form returns the results
     * in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static double[] add(double[] a, double[] b) {
        double[] r = NewArrays.like(a, "a");
        add(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] + b[i]}, in the arrays' type, IEEE arithmetic. This form returns the results
     * in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static float[] add(float[] a, float[] b) {
        float[] r = NewArrays.like(a, "a");
        add(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] + b[i]}, in the arrays' type, IEEE arithmetic. This form returns the results
     * in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray add(DoubleArray a, DoubleArray b, Arena arena) {
        DoubleArray r = NewArrays.like(a, b, arena);
        add(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] + b[i]}, in the arrays' type, IEEE arithmetic. This form returns the results
     * in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray add(FloatArray a, FloatArray b, Arena arena) {
        FloatArray r = NewArrays.like(a, b, arena);
        add(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] + b[i]}, in the arrays' type, IEEE arithmetic. This form returns the results
     * in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code a} and {@code
     *     b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray add(NumericArray a, NumericArray b, Arena arena) {
        NumericArray r = NewArrays.like(a, b, arena);
        add(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] - b[i]}, in the arrays' type, IEEE arithmetic.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void sub(double[] a, double[] b, double[] out) {
        binaryOf(BinaryOp.SUB, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = a[i] - b[i]}, in the arrays' type, IEEE arithmetic.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void sub(float[] a, float[] b, float[] out) {
        binaryOf(BinaryOp.SUB, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = a[i] - b[i]}, in the arrays' type, IEEE arithmetic.
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code a} and {@code b}
     *     differ in length or type, or {@code out} is shorter than the input, read-only or of another
     *     type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void sub(NumericArray a, NumericArray b, NumericArray out) {
        binaryOf(BinaryOp.SUB, a, b, out);
    }

    /**
     * {@code out[i] = a[i] - b[i]}, in the arrays' type, IEEE arithmetic. This form returns the results
     * in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static double[] sub(double[] a, double[] b) {
        double[] r = NewArrays.like(a, "a");
        sub(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] - b[i]}, in the arrays' type, IEEE arithmetic. This form returns the results
     * in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static float[] sub(float[] a, float[] b) {
        float[] r = NewArrays.like(a, "a");
        sub(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] - b[i]}, in the arrays' type, IEEE arithmetic. This form returns the results
     * in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray sub(DoubleArray a, DoubleArray b, Arena arena) {
        DoubleArray r = NewArrays.like(a, b, arena);
        sub(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] - b[i]}, in the arrays' type, IEEE arithmetic. This form returns the results
     * in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray sub(FloatArray a, FloatArray b, Arena arena) {
        FloatArray r = NewArrays.like(a, b, arena);
        sub(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] - b[i]}, in the arrays' type, IEEE arithmetic. This form returns the results
     * in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code a} and {@code
     *     b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray sub(NumericArray a, NumericArray b, Arena arena) {
        NumericArray r = NewArrays.like(a, b, arena);
        sub(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] * b[i]}, in the arrays' type, IEEE arithmetic.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void mul(double[] a, double[] b, double[] out) {
        binaryOf(BinaryOp.MUL, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = a[i] * b[i]}, in the arrays' type, IEEE arithmetic.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void mul(float[] a, float[] b, float[] out) {
        binaryOf(BinaryOp.MUL, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = a[i] * b[i]}, in the arrays' type, IEEE arithmetic.
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code a} and {@code b}
     *     differ in length or type, or {@code out} is shorter than the input, read-only or of another
     *     type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void mul(NumericArray a, NumericArray b, NumericArray out) {
        binaryOf(BinaryOp.MUL, a, b, out);
    }

    /**
     * {@code out[i] = a[i] * b[i]}, in the arrays' type, IEEE arithmetic. This form returns the results
     * in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static double[] mul(double[] a, double[] b) {
        double[] r = NewArrays.like(a, "a");
        mul(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] * b[i]}, in the arrays' type, IEEE arithmetic. This form returns the results
     * in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static float[] mul(float[] a, float[] b) {
        float[] r = NewArrays.like(a, "a");
        mul(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] * b[i]}, in the arrays' type, IEEE arithmetic. This form returns the results
     * in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray mul(DoubleArray a, DoubleArray b, Arena arena) {
        DoubleArray r = NewArrays.like(a, b, arena);
        mul(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] * b[i]}, in the arrays' type, IEEE arithmetic. This form returns the results
     * in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray mul(FloatArray a, FloatArray b, Arena arena) {
        FloatArray r = NewArrays.like(a, b, arena);
        mul(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] * b[i]}, in the arrays' type, IEEE arithmetic. This form returns the results
     * in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code a} and {@code
     *     b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray mul(NumericArray a, NumericArray b, Arena arena) {
        NumericArray r = NewArrays.like(a, b, arena);
        mul(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] / b[i]}, in the arrays' type, IEEE arithmetic (x / 0 is ±Inf or NaN, never
     * an exception).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void div(double[] a, double[] b, double[] out) {
        binaryOf(BinaryOp.DIV, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = a[i] / b[i]}, in the arrays' type, IEEE arithmetic (x / 0 is ±Inf or NaN, never
     * an exception).
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void div(float[] a, float[] b, float[] out) {
        binaryOf(BinaryOp.DIV, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = a[i] / b[i]}, in the arrays' type, IEEE arithmetic (x / 0 is ±Inf or NaN, never
     * an exception).
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code a} and {@code b}
     *     differ in length or type, or {@code out} is shorter than the input, read-only or of another
     *     type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void div(NumericArray a, NumericArray b, NumericArray out) {
        binaryOf(BinaryOp.DIV, a, b, out);
    }

    /**
     * {@code out[i] = a[i] / b[i]}, in the arrays' type, IEEE arithmetic (x / 0 is ±Inf or NaN, never
     * an exception). This form returns the results in a new array on the Java heap instead of writing
     * an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static double[] div(double[] a, double[] b) {
        double[] r = NewArrays.like(a, "a");
        div(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] / b[i]}, in the arrays' type, IEEE arithmetic (x / 0 is ±Inf or NaN, never
     * an exception). This form returns the results in a new array on the Java heap instead of writing
     * an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static float[] div(float[] a, float[] b) {
        float[] r = NewArrays.like(a, "a");
        div(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] / b[i]}, in the arrays' type, IEEE arithmetic (x / 0 is ±Inf or NaN, never
     * an exception). This form returns the results in a new array in {@code arena} instead of writing
     * an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray div(DoubleArray a, DoubleArray b, Arena arena) {
        DoubleArray r = NewArrays.like(a, b, arena);
        div(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] / b[i]}, in the arrays' type, IEEE arithmetic (x / 0 is ±Inf or NaN, never
     * an exception). This form returns the results in a new array in {@code arena} instead of writing
     * an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray div(FloatArray a, FloatArray b, Arena arena) {
        FloatArray r = NewArrays.like(a, b, arena);
        div(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] / b[i]}, in the arrays' type, IEEE arithmetic (x / 0 is ±Inf or NaN, never
     * an exception). This form returns the results in a new array in {@code arena} instead of writing
     * an {@code out}.
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code a} and {@code
     *     b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray div(NumericArray a, NumericArray b, Arena arena) {
        NumericArray r = NewArrays.like(a, b, arena);
        div(a, b, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] + s}, in the array's type, IEEE arithmetic.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void add(double[] a, double s, double[] out) {
        scalarOf(BinaryOp.ADD, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = a[i] + s}, in the array's type, IEEE arithmetic.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void add(float[] a, float s, float[] out) {
        scalarOf(BinaryOp.ADD, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = a[i] + s}, in the array's type, IEEE arithmetic. For a float32 array s is rounded
     * to float32 first.
     *
     * @param a the array operand (float64 or float32)
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void add(NumericArray a, double s, NumericArray out) {
        scalarOf(BinaryOp.ADD, a, s, out);
    }

    /**
     * {@code out[i] = a[i] + s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if {@code a} is null
     */
    public static double[] add(double[] a, double s) {
        double[] r = NewArrays.like(a, "a");
        add(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] + s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if {@code a} is null
     */
    public static float[] add(float[] a, float s) {
        float[] r = NewArrays.like(a, "a");
        add(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] + s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray add(DoubleArray a, double s, Arena arena) {
        DoubleArray r = NewArrays.like(a, "a", arena);
        add(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] + s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray add(FloatArray a, float s, Arena arena) {
        FloatArray r = NewArrays.like(a, "a", arena);
        add(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] + s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the array operand (float64 or float32)
     * @param s the scalar right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray add(NumericArray a, double s, Arena arena) {
        NumericArray r = NewArrays.like(a, "a", arena);
        add(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] - s}, in the array's type, IEEE arithmetic.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void sub(double[] a, double s, double[] out) {
        scalarOf(BinaryOp.SUB, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = a[i] - s}, in the array's type, IEEE arithmetic.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void sub(float[] a, float s, float[] out) {
        scalarOf(BinaryOp.SUB, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = a[i] - s}, in the array's type, IEEE arithmetic. For a float32 array s is rounded
     * to float32 first.
     *
     * @param a the array operand (float64 or float32)
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void sub(NumericArray a, double s, NumericArray out) {
        scalarOf(BinaryOp.SUB, a, s, out);
    }

    /**
     * {@code out[i] = a[i] - s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if {@code a} is null
     */
    public static double[] sub(double[] a, double s) {
        double[] r = NewArrays.like(a, "a");
        sub(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] - s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if {@code a} is null
     */
    public static float[] sub(float[] a, float s) {
        float[] r = NewArrays.like(a, "a");
        sub(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] - s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray sub(DoubleArray a, double s, Arena arena) {
        DoubleArray r = NewArrays.like(a, "a", arena);
        sub(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] - s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray sub(FloatArray a, float s, Arena arena) {
        FloatArray r = NewArrays.like(a, "a", arena);
        sub(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] - s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the array operand (float64 or float32)
     * @param s the scalar right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray sub(NumericArray a, double s, Arena arena) {
        NumericArray r = NewArrays.like(a, "a", arena);
        sub(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] * s}, in the array's type, IEEE arithmetic.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void mul(double[] a, double s, double[] out) {
        scalarOf(BinaryOp.MUL, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = a[i] * s}, in the array's type, IEEE arithmetic.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void mul(float[] a, float s, float[] out) {
        scalarOf(BinaryOp.MUL, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = a[i] * s}, in the array's type, IEEE arithmetic. For a float32 array s is rounded
     * to float32 first.
     *
     * @param a the array operand (float64 or float32)
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void mul(NumericArray a, double s, NumericArray out) {
        scalarOf(BinaryOp.MUL, a, s, out);
    }

    /**
     * {@code out[i] = a[i] * s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if {@code a} is null
     */
    public static double[] mul(double[] a, double s) {
        double[] r = NewArrays.like(a, "a");
        mul(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] * s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if {@code a} is null
     */
    public static float[] mul(float[] a, float s) {
        float[] r = NewArrays.like(a, "a");
        mul(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] * s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray mul(DoubleArray a, double s, Arena arena) {
        DoubleArray r = NewArrays.like(a, "a", arena);
        mul(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] * s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray mul(FloatArray a, float s, Arena arena) {
        FloatArray r = NewArrays.like(a, "a", arena);
        mul(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] * s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the array operand (float64 or float32)
     * @param s the scalar right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray mul(NumericArray a, double s, Arena arena) {
        NumericArray r = NewArrays.like(a, "a", arena);
        mul(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] / s}, in the array's type, IEEE arithmetic.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void div(double[] a, double s, double[] out) {
        scalarOf(BinaryOp.DIV, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = a[i] / s}, in the array's type, IEEE arithmetic.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void div(float[] a, float s, float[] out) {
        scalarOf(BinaryOp.DIV, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = a[i] / s}, in the array's type, IEEE arithmetic. For a float32 array s is rounded
     * to float32 first.
     *
     * @param a the array operand (float64 or float32)
     * @param s the scalar right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void div(NumericArray a, double s, NumericArray out) {
        scalarOf(BinaryOp.DIV, a, s, out);
    }

    /**
     * {@code out[i] = a[i] / s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if {@code a} is null
     */
    public static double[] div(double[] a, double s) {
        double[] r = NewArrays.like(a, "a");
        div(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] / s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if {@code a} is null
     */
    public static float[] div(float[] a, float s) {
        float[] r = NewArrays.like(a, "a");
        div(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] / s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray div(DoubleArray a, double s, Arena arena) {
        DoubleArray r = NewArrays.like(a, "a", arena);
        div(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] / s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the array operand
     * @param s the scalar right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray div(FloatArray a, float s, Arena arena) {
        FloatArray r = NewArrays.like(a, "a", arena);
        div(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = a[i] / s}, in the array's type, IEEE arithmetic. This form returns the results in
     * a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the array operand (float64 or float32)
     * @param s the scalar right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray div(NumericArray a, double s, Arena arena) {
        NumericArray r = NewArrays.like(a, "a", arena);
        div(a, s, r);
        return r;
    }

    /**
     * {@code out[i] = alpha * x[i]}, in the array's type.
     *
     * @param alpha the factor
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void scale(double alpha, double[] x, double[] out) {
        scalarOf(BinaryOp.MUL, DoubleArray.wrap(Objects.requireNonNull(x, "x")), alpha, DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = alpha * x[i]}, in the array's type.
     *
     * @param alpha the factor
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void scale(float alpha, float[] x, float[] out) {
        scalarOf(BinaryOp.MUL, FloatArray.wrap(Objects.requireNonNull(x, "x")), alpha, FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = alpha * x[i]}, in the array's type.
     *
     * @param alpha the factor
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void scale(double alpha, NumericArray x, NumericArray out) {
        scalarOf(BinaryOp.MUL, x, alpha, out);
    }

    /**
     * {@code out[i] = alpha * x[i]}, in the array's type. This form returns the results in a new array
     * on the Java heap instead of writing an {@code out}.
     *
     * @param alpha the factor
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] scale(double alpha, double[] x) {
        double[] r = NewArrays.like(x, "x");
        scale(alpha, x, r);
        return r;
    }

    /**
     * {@code out[i] = alpha * x[i]}, in the array's type. This form returns the results in a new array
     * on the Java heap instead of writing an {@code out}.
     *
     * @param alpha the factor
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] scale(float alpha, float[] x) {
        float[] r = NewArrays.like(x, "x");
        scale(alpha, x, r);
        return r;
    }

    /**
     * {@code out[i] = alpha * x[i]}, in the array's type. This form returns the results in a new array
     * in {@code arena} instead of writing an {@code out}.
     *
     * @param alpha the factor
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray scale(double alpha, DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        scale(alpha, x, r);
        return r;
    }

    /**
     * {@code out[i] = alpha * x[i]}, in the array's type. This form returns the results in a new array
     * in {@code arena} instead of writing an {@code out}.
     *
     * @param alpha the factor
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray scale(float alpha, FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        scale(alpha, x, r);
        return r;
    }

    /**
     * {@code out[i] = alpha * x[i]}, in the array's type. This form returns the results in a new array
     * in {@code arena} instead of writing an {@code out}.
     *
     * @param alpha the factor
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray scale(double alpha, NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        scale(alpha, x, r);
        return r;
    }

    /**
     * {@code y[i] = alpha * x[i] + y[i]}, rounded twice (as NumPy's {@code alpha * x + y}), in the
     * arrays' type.
     *
     * @param alpha the factor
     * @param x the array added, read in place
     * @param y the array updated in place, as long as {@code x}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths or the types differ, or {@code y} is read-only
     */
    public static void axpy(double alpha, double[] x, double[] y) {
        axpyOf(alpha, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(y, "y")));
    }

    /**
     * {@code y[i] = alpha * x[i] + y[i]}, rounded twice (as NumPy's {@code alpha * x + y}), in the
     * arrays' type.
     *
     * @param alpha the factor
     * @param x the array added, read in place
     * @param y the array updated in place, as long as {@code x}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths or the types differ, or {@code y} is read-only
     */
    public static void axpy(float alpha, float[] x, float[] y) {
        axpyOf(alpha, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(y, "y")));
    }

    /**
     * {@code y[i] = alpha * x[i] + y[i]}, rounded twice (as NumPy's {@code alpha * x + y}), in the
     * arrays' type.
     *
     * @param alpha the factor
     * @param x the array added (float64 or float32)
     * @param y the array updated in place, as long as {@code x} (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or the lengths or the
     *     types differ, or {@code y} is read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void axpy(double alpha, NumericArray x, NumericArray y) {
        axpyOf(alpha, x, y);
    }

    /**
     * {@code out[i] = |x[i]|} (NaN stays NaN; abs(-0.0) is +0.0).
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void abs(double[] x, double[] out) {
        unaryOf(UnaryOp.ABS, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = |x[i]|} (NaN stays NaN; abs(-0.0) is +0.0).
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void abs(float[] x, float[] out) {
        unaryOf(UnaryOp.ABS, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = |x[i]|} (NaN stays NaN; abs(-0.0) is +0.0).
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void abs(NumericArray x, NumericArray out) {
        unaryOf(UnaryOp.ABS, x, out);
    }

    /**
     * {@code out[i] = |x[i]|} (NaN stays NaN; abs(-0.0) is +0.0). This form returns the results in a
     * new array on the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] abs(double[] x) {
        double[] r = NewArrays.like(x, "x");
        abs(x, r);
        return r;
    }

    /**
     * {@code out[i] = |x[i]|} (NaN stays NaN; abs(-0.0) is +0.0). This form returns the results in a
     * new array on the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] abs(float[] x) {
        float[] r = NewArrays.like(x, "x");
        abs(x, r);
        return r;
    }

    /**
     * {@code out[i] = |x[i]|} (NaN stays NaN; abs(-0.0) is +0.0). This form returns the results in a
     * new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray abs(DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        abs(x, r);
        return r;
    }

    /**
     * {@code out[i] = |x[i]|} (NaN stays NaN; abs(-0.0) is +0.0). This form returns the results in a
     * new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray abs(FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        abs(x, r);
        return r;
    }

    /**
     * {@code out[i] = |x[i]|} (NaN stays NaN; abs(-0.0) is +0.0). This form returns the results in a
     * new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray abs(NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        abs(x, r);
        return r;
    }

    /**
     * {@code out[i] = -x[i]} (the sign flips, also of zeros and NaN).
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void neg(double[] x, double[] out) {
        unaryOf(UnaryOp.NEG, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = -x[i]} (the sign flips, also of zeros and NaN).
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void neg(float[] x, float[] out) {
        unaryOf(UnaryOp.NEG, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = -x[i]} (the sign flips, also of zeros and NaN).
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void neg(NumericArray x, NumericArray out) {
        unaryOf(UnaryOp.NEG, x, out);
    }

    /**
     * {@code out[i] = -x[i]} (the sign flips, also of zeros and NaN). This form returns the results in
     * a new array on the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] neg(double[] x) {
        double[] r = NewArrays.like(x, "x");
        neg(x, r);
        return r;
    }

    /**
     * {@code out[i] = -x[i]} (the sign flips, also of zeros and NaN). This form returns the results in
     * a new array on the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] neg(float[] x) {
        float[] r = NewArrays.like(x, "x");
        neg(x, r);
        return r;
    }

    /**
     * {@code out[i] = -x[i]} (the sign flips, also of zeros and NaN). This form returns the results in
     * a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray neg(DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        neg(x, r);
        return r;
    }

    /**
     * {@code out[i] = -x[i]} (the sign flips, also of zeros and NaN). This form returns the results in
     * a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray neg(FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        neg(x, r);
        return r;
    }

    /**
     * {@code out[i] = -x[i]} (the sign flips, also of zeros and NaN). This form returns the results in
     * a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray neg(NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        neg(x, r);
        return r;
    }

    /**
     * {@code out[i] = sqrt(x[i])}, correctly rounded: NaN for a negative value, sqrt(-0.0) is -0.0.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void sqrt(double[] x, double[] out) {
        unaryOf(UnaryOp.SQRT, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = sqrt(x[i])}, correctly rounded: NaN for a negative value, sqrt(-0.0) is -0.0.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void sqrt(float[] x, float[] out) {
        unaryOf(UnaryOp.SQRT, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = sqrt(x[i])}, correctly rounded: NaN for a negative value, sqrt(-0.0) is -0.0.
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void sqrt(NumericArray x, NumericArray out) {
        unaryOf(UnaryOp.SQRT, x, out);
    }

    /**
     * {@code out[i] = sqrt(x[i])}, correctly rounded: NaN for a negative value, sqrt(-0.0) is -0.0.
     * This form returns the results in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] sqrt(double[] x) {
        double[] r = NewArrays.like(x, "x");
        sqrt(x, r);
        return r;
    }

    /**
     * {@code out[i] = sqrt(x[i])}, correctly rounded: NaN for a negative value, sqrt(-0.0) is -0.0.
     * This form returns the results in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] sqrt(float[] x) {
        float[] r = NewArrays.like(x, "x");
        sqrt(x, r);
        return r;
    }

    /**
     * {@code out[i] = sqrt(x[i])}, correctly rounded: NaN for a negative value, sqrt(-0.0) is -0.0.
     * This form returns the results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray sqrt(DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        sqrt(x, r);
        return r;
    }

    /**
     * {@code out[i] = sqrt(x[i])}, correctly rounded: NaN for a negative value, sqrt(-0.0) is -0.0.
     * This form returns the results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray sqrt(FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        sqrt(x, r);
        return r;
    }

    /**
     * {@code out[i] = sqrt(x[i])}, correctly rounded: NaN for a negative value, sqrt(-0.0) is -0.0.
     * This form returns the results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray sqrt(NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        sqrt(x, r);
        return r;
    }

    /**
     * {@code out[i] = e^x[i]}, within 4 ulp of {@link Math#exp} on the native paths: exp(-Inf) is 0,
     * NaN stays NaN.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void exp(double[] x, double[] out) {
        unaryOf(UnaryOp.EXP, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = e^x[i]}, within 4 ulp of {@link Math#exp} on the native paths: exp(-Inf) is 0,
     * NaN stays NaN.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void exp(float[] x, float[] out) {
        unaryOf(UnaryOp.EXP, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = e^x[i]}, within 4 ulp of {@link Math#exp} on the native paths: exp(-Inf) is 0,
     * NaN stays NaN.
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void exp(NumericArray x, NumericArray out) {
        unaryOf(UnaryOp.EXP, x, out);
    }

    /**
     * {@code out[i] = e^x[i]}, within 4 ulp of {@link Math#exp} on the native paths: exp(-Inf) is 0,
     * NaN stays NaN. This form returns the results in a new array on the Java heap instead of writing
     * an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] exp(double[] x) {
        double[] r = NewArrays.like(x, "x");
        exp(x, r);
        return r;
    }

    /**
     * {@code out[i] = e^x[i]}, within 4 ulp of {@link Math#exp} on the native paths: exp(-Inf) is 0,
     * NaN stays NaN. This form returns the results in a new array on the Java heap instead of writing
     * an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] exp(float[] x) {
        float[] r = NewArrays.like(x, "x");
        exp(x, r);
        return r;
    }

    /**
     * {@code out[i] = e^x[i]}, within 4 ulp of {@link Math#exp} on the native paths: exp(-Inf) is 0,
     * NaN stays NaN. This form returns the results in a new array in {@code arena} instead of writing
     * an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray exp(DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        exp(x, r);
        return r;
    }

    /**
     * {@code out[i] = e^x[i]}, within 4 ulp of {@link Math#exp} on the native paths: exp(-Inf) is 0,
     * NaN stays NaN. This form returns the results in a new array in {@code arena} instead of writing
     * an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray exp(FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        exp(x, r);
        return r;
    }

    /**
     * {@code out[i] = e^x[i]}, within 4 ulp of {@link Math#exp} on the native paths: exp(-Inf) is 0,
     * NaN stays NaN. This form returns the results in a new array in {@code arena} instead of writing
     * an {@code out}.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray exp(NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        exp(x, r);
        return r;
    }

    /**
     * {@code out[i] = ln x[i]}, within 4 ulp of {@link Math#log} on the native paths: NaN for a
     * negative value, -Inf for ±0, log(+Inf) is +Inf.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void log(double[] x, double[] out) {
        unaryOf(UnaryOp.LOG, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = ln x[i]}, within 4 ulp of {@link Math#log} on the native paths: NaN for a
     * negative value, -Inf for ±0, log(+Inf) is +Inf.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void log(float[] x, float[] out) {
        unaryOf(UnaryOp.LOG, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = ln x[i]}, within 4 ulp of {@link Math#log} on the native paths: NaN for a
     * negative value, -Inf for ±0, log(+Inf) is +Inf.
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void log(NumericArray x, NumericArray out) {
        unaryOf(UnaryOp.LOG, x, out);
    }

    /**
     * {@code out[i] = ln x[i]}, within 4 ulp of {@link Math#log} on the native paths: NaN for a
     * negative value, -Inf for ±0, log(+Inf) is +Inf. This form returns the results in a new array on
     * the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] log(double[] x) {
        double[] r = NewArrays.like(x, "x");
        log(x, r);
        return r;
    }

    /**
     * {@code out[i] = ln x[i]}, within 4 ulp of {@link Math#log} on the native paths: NaN for a
     * negative value, -Inf for ±0, log(+Inf) is +Inf. This form returns the results in a new array on
     * the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] log(float[] x) {
        float[] r = NewArrays.like(x, "x");
        log(x, r);
        return r;
    }

    /**
     * {@code out[i] = ln x[i]}, within 4 ulp of {@link Math#log} on the native paths: NaN for a
     * negative value, -Inf for ±0, log(+Inf) is +Inf. This form returns the results in a new array in
     * {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray log(DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        log(x, r);
        return r;
    }

    /**
     * {@code out[i] = ln x[i]}, within 4 ulp of {@link Math#log} on the native paths: NaN for a
     * negative value, -Inf for ±0, log(+Inf) is +Inf. This form returns the results in a new array in
     * {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray log(FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        log(x, r);
        return r;
    }

    /**
     * {@code out[i] = ln x[i]}, within 4 ulp of {@link Math#log} on the native paths: NaN for a
     * negative value, -Inf for ±0, log(+Inf) is +Inf. This form returns the results in a new array in
     * {@code arena} instead of writing an {@code out}.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray log(NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        log(x, r);
        return r;
    }

    /**
     * {@code out[i] = min(max(x[i], lo), hi)}; NaN stays NaN.
     *
     * @param x the values, read in place (not copied)
     * @param lo the lower bound
     * @param hi the upper bound
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code lo > hi} or a bound is NaN, or {@code out} is shorter
     *     than the input, read-only or of another type
     */
    public static void clip(double[] x, double lo, double hi, double[] out) {
        clipOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), lo, hi, DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = min(max(x[i], lo), hi)}; NaN stays NaN.
     *
     * @param x the values, read in place (not copied)
     * @param lo the lower bound
     * @param hi the upper bound
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code lo > hi} or a bound is NaN, or {@code out} is shorter
     *     than the input, read-only or of another type
     */
    public static void clip(float[] x, float lo, float hi, float[] out) {
        clipOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), lo, hi, FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = min(max(x[i], lo), hi)}; NaN stays NaN.
     *
     * @param x the array (float64 or float32)
     * @param lo the lower bound
     * @param hi the upper bound
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code lo > hi} or a
     *     bound is NaN, or {@code out} is shorter than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void clip(NumericArray x, double lo, double hi, NumericArray out) {
        clipOf(x, lo, hi, out);
    }

    /**
     * {@code out[i] = min(max(x[i], lo), hi)}; NaN stays NaN. This form returns the results in a new
     * array on the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @param lo the lower bound
     * @param hi the upper bound
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code lo > hi} or a bound is NaN
     */
    public static double[] clip(double[] x, double lo, double hi) {
        double[] r = NewArrays.like(x, "x");
        clip(x, lo, hi, r);
        return r;
    }

    /**
     * {@code out[i] = min(max(x[i], lo), hi)}; NaN stays NaN. This form returns the results in a new
     * array on the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @param lo the lower bound
     * @param hi the upper bound
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code lo > hi} or a bound is NaN
     */
    public static float[] clip(float[] x, float lo, float hi) {
        float[] r = NewArrays.like(x, "x");
        clip(x, lo, hi, r);
        return r;
    }

    /**
     * {@code out[i] = min(max(x[i], lo), hi)}; NaN stays NaN. This form returns the results in a new
     * array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param lo the lower bound
     * @param hi the upper bound
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code lo > hi} or a bound is NaN
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray clip(DoubleArray x, double lo, double hi, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        clip(x, lo, hi, r);
        return r;
    }

    /**
     * {@code out[i] = min(max(x[i], lo), hi)}; NaN stays NaN. This form returns the results in a new
     * array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param lo the lower bound
     * @param hi the upper bound
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code lo > hi} or a bound is NaN
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray clip(FloatArray x, float lo, float hi, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        clip(x, lo, hi, r);
        return r;
    }

    /**
     * {@code out[i] = min(max(x[i], lo), hi)}; NaN stays NaN. This form returns the results in a new
     * array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array (float64 or float32)
     * @param lo the lower bound
     * @param hi the upper bound
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code lo > hi} or a
     *     bound is NaN
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray clip(NumericArray x, double lo, double hi, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        clip(x, lo, hi, r);
        return r;
    }

    /**
     * The running sum {@code out[i] = x[0] + ... + x[i]}, added left to right as NumPy does (the first
     * output equals {@code x[0]} exactly); NaN from the first NaN on.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the running sums in its first n elements; may be {@code x}
     * @return the total, {@code out[n - 1]} before rounding to the output type; 0.0 if there are no
     *     elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static double cumsum(double[] x, double[] out) {
        return cumsumOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The running sum {@code out[i] = x[0] + ... + x[i]}, added left to right as NumPy does (the first
     * output equals {@code x[0]} exactly); NaN from the first NaN on. The running sum is kept in
     * float64 and each output rounded to float32.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the running sums in its first n elements; may be {@code x}
     * @return the total, {@code out[n - 1]} before rounding to the output type; 0.0 if there are no
     *     elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static double cumsum(float[] x, float[] out) {
        return cumsumOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * The running sum {@code out[i] = x[0] + ... + x[i]}, added left to right as NumPy does (the first
     * output equals {@code x[0]} exactly); NaN from the first NaN on.
     *
     * @param x the array (float64 or float32)
     * @param out receives the running sums in its first n elements; may be {@code x} (float64 or
     *     float32)
     * @return the total, {@code out[n - 1]} before rounding to the output type; 0.0 if there are no
     *     elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double cumsum(NumericArray x, NumericArray out) {
        return cumsumOf(x, out);
    }

    /**
     * Sorts in place, ascending. Order: ascending, NaN last (payloads kept), -0.0 before +0.0; the
     * result is unique bit for bit. Memory: none up to 1024 elements; above that n elements of reused
     * off-heap scratch (see {@link Kernels#releaseScratch()}) plus 1.2 MiB of counters, a heap array
     * being lent to C in critical pieces of 2^16 elements. Runs on the calling thread; interrupts are
     * ignored. Called from a pool task that gets cancelled, it throws {@link
     * java.util.concurrent.CancellationException} and leaves x unchanged or sorted.
     *
     * @param x the values, sorted in place
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is read-only
     */
    public static void sort(double[] x) {
        sortOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * Sorts in place, ascending. Order: ascending, NaN last (payloads kept), -0.0 before +0.0; the
     * result is unique bit for bit. Memory: none up to 1024 elements; above that n elements of reused
     * off-heap scratch (see {@link Kernels#releaseScratch()}) plus 1.2 MiB of counters, a heap array
     * being lent to C in critical pieces of 2^16 elements. Runs on the calling thread; interrupts are
     * ignored. Called from a pool task that gets cancelled, it throws {@link
     * java.util.concurrent.CancellationException} and leaves x unchanged or sorted.
     *
     * @param x the values, sorted in place
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is read-only
     */
    public static void sort(float[] x) {
        sortOf(FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * Sorts in place, ascending. Order: ascending, NaN last (payloads kept), -0.0 before +0.0; the
     * result is unique bit for bit. Memory: none up to 1024 elements; above that n elements of reused
     * off-heap scratch (see {@link Kernels#releaseScratch()}) plus 1.2 MiB of counters, a heap array
     * being lent to C in critical pieces of 2^16 elements. Runs on the calling thread; interrupts are
     * ignored. Called from a pool task that gets cancelled, it throws {@link
     * java.util.concurrent.CancellationException} and leaves x unchanged or sorted.
     *
     * @param x the values, sorted in place
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is read-only
     */
    public static void sort(int[] x) {
        sortOf(IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * Sorts in place, ascending. Order: ascending, NaN last (payloads kept), -0.0 before +0.0; the
     * result is unique bit for bit. Memory: none up to 1024 elements; above that n elements of reused
     * off-heap scratch (see {@link Kernels#releaseScratch()}) plus 1.2 MiB of counters, a heap array
     * being lent to C in critical pieces of 2^16 elements. Runs on the calling thread; interrupts are
     * ignored. Called from a pool task that gets cancelled, it throws {@link
     * java.util.concurrent.CancellationException} and leaves x unchanged or sorted.
     *
     * @param x the values, sorted in place
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is read-only
     */
    public static void sort(long[] x) {
        sortOf(LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * Sorts in place, ascending. Order: ascending, NaN last (payloads kept), -0.0 before +0.0; the
     * result is unique bit for bit. Memory: none up to 1024 elements; above that n elements of reused
     * off-heap scratch (see {@link Kernels#releaseScratch()}) plus 1.2 MiB of counters, a heap array
     * being lent to C in critical pieces of 2^16 elements. Runs on the calling thread; interrupts are
     * ignored. Called from a pool task that gets cancelled, it throws {@link
     * java.util.concurrent.CancellationException} and leaves x unchanged or sorted. Sorts {@code
     * x[offset, offset + length)}.
     *
     * @param x the values, sorted in place
     * @param offset the index of the first element
     * @param length the number of elements
     * @throws NullPointerException if {@code x} is null
     * @throws IndexOutOfBoundsException if {@code offset} or {@code length} is negative or the range
     *     does not fit in {@code x}
     * @throws IllegalArgumentException if {@code x} is read-only
     */
    public static void sort(double[] x, int offset, int length) {
        sortOf(view(x, offset, length));
    }

    /**
     * Sorts in place, ascending. Order: ascending, NaN last (payloads kept), -0.0 before +0.0; the
     * result is unique bit for bit. Memory: none up to 1024 elements; above that n elements of reused
     * off-heap scratch (see {@link Kernels#releaseScratch()}) plus 1.2 MiB of counters, a heap array
     * being lent to C in critical pieces of 2^16 elements. Runs on the calling thread; interrupts are
     * ignored. Called from a pool task that gets cancelled, it throws {@link
     * java.util.concurrent.CancellationException} and leaves x unchanged or sorted. Off-heap arrays may
     * have any {@code long} length.
     *
     * @param x the array, sorted in place
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void sort(NumericArray x) {
        sortOf(x);
    }

    /**
     * Sorts in place with the help of a pool: the calling thread and up to {@code pool.workerCount() -
     * 1} workers share the passes (native backend, at least 2^19 elements; else the calling thread
     * alone). The calling thread works on every pass while work is left, so this finishes even when the
     * pool is busy or it is called from one of its workers. The same result as the sort without a pool.
     * Blocks until done and ignores interrupts (keeping the interrupt status); called from a pool task
     * that gets cancelled, it throws {@link java.util.concurrent.CancellationException} and leaves x
     * unchanged or sorted.
     *
     * @param x the values, sorted in place
     * @param pool the pool whose workers share the work with the calling thread
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is read-only
     */
    public static void sort(double[] x, ComputePool pool) {
        PoolSorts.sortSync(pool, DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * Sorts in place with the help of a pool: the calling thread and up to {@code pool.workerCount() -
     * 1} workers share the passes (native backend, at least 2^19 elements; else the calling thread
     * alone). The calling thread works on every pass while work is left, so this finishes even when the
     * pool is busy or it is called from one of its workers. The same result as the sort without a pool.
     * Blocks until done and ignores interrupts (keeping the interrupt status); called from a pool task
     * that gets cancelled, it throws {@link java.util.concurrent.CancellationException} and leaves x
     * unchanged or sorted.
     *
     * @param x the values, sorted in place
     * @param pool the pool whose workers share the work with the calling thread
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is read-only
     */
    public static void sort(float[] x, ComputePool pool) {
        PoolSorts.sortSync(pool, FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * Sorts in place with the help of a pool: the calling thread and up to {@code pool.workerCount() -
     * 1} workers share the passes (native backend, at least 2^19 elements; else the calling thread
     * alone). The calling thread works on every pass while work is left, so this finishes even when the
     * pool is busy or it is called from one of its workers. The same result as the sort without a pool.
     * Blocks until done and ignores interrupts (keeping the interrupt status); called from a pool task
     * that gets cancelled, it throws {@link java.util.concurrent.CancellationException} and leaves x
     * unchanged or sorted.
     *
     * @param x the values, sorted in place
     * @param pool the pool whose workers share the work with the calling thread
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is read-only
     */
    public static void sort(int[] x, ComputePool pool) {
        PoolSorts.sortSync(pool, IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * Sorts in place with the help of a pool: the calling thread and up to {@code pool.workerCount() -
     * 1} workers share the passes (native backend, at least 2^19 elements; else the calling thread
     * alone). The calling thread works on every pass while work is left, so this finishes even when the
     * pool is busy or it is called from one of its workers. The same result as the sort without a pool.
     * Blocks until done and ignores interrupts (keeping the interrupt status); called from a pool task
     * that gets cancelled, it throws {@link java.util.concurrent.CancellationException} and leaves x
     * unchanged or sorted.
     *
     * @param x the values, sorted in place
     * @param pool the pool whose workers share the work with the calling thread
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is read-only
     */
    public static void sort(long[] x, ComputePool pool) {
        PoolSorts.sortSync(pool, LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * Sorts in place with the help of a pool: the calling thread and up to {@code pool.workerCount() -
     * 1} workers share the passes (native backend, at least 2^19 elements; else the calling thread
     * alone; an array of a confined arena is sorted by the calling thread alone). The calling thread
     * works on every pass while work is left, so this finishes even when the pool is busy or it is
     * called from one of its workers. The same result as {@link #sort(NumericArray)}. Blocks until done
     * and ignores interrupts (keeping the interrupt status); called from a pool task that gets
     * cancelled, it throws {@link java.util.concurrent.CancellationException} and leaves x unchanged or
     * sorted.
     *
     * @param x the array, sorted in place
     * @param pool the pool whose workers share the work with the calling thread
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void sort(NumericArray x, ComputePool pool) {
        PoolSorts.sortSync(pool, x);
    }

    /**
     * A sorted copy of x; x is unchanged (sorted straight from x into the copy on the native backend).
     * Memory: the copy, plus the scratch of the sort. Order: ascending, NaN last (payloads kept), -0.0
     * before +0.0; the result is unique bit for bit.
     *
     * @param x the values, read in place (not copied)
     * @return a new array with the elements of x in ascending order
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] sorted(double[] x) {
        double[] c = new double[Objects.requireNonNull(x, "x").length];
        sort(DoubleArray.wrap(x), DoubleArray.wrap(c));
        return c;
    }

    /**
     * A sorted copy of x; x is unchanged (sorted straight from x into the copy on the native backend).
     * Memory: the copy, plus the scratch of the sort. Order: ascending, NaN last (payloads kept), -0.0
     * before +0.0; the result is unique bit for bit.
     *
     * @param x the values, read in place (not copied)
     * @return a new array with the elements of x in ascending order
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] sorted(float[] x) {
        float[] c = new float[Objects.requireNonNull(x, "x").length];
        sort(FloatArray.wrap(x), FloatArray.wrap(c));
        return c;
    }

    /**
     * A sorted copy of x; x is unchanged (sorted straight from x into the copy on the native backend).
     * Memory: the copy, plus the scratch of the sort. Order: ascending, NaN last (payloads kept), -0.0
     * before +0.0; the result is unique bit for bit.
     *
     * @param x the values, read in place (not copied)
     * @return a new array with the elements of x in ascending order
     * @throws NullPointerException if {@code x} is null
     */
    public static int[] sorted(int[] x) {
        int[] c = new int[Objects.requireNonNull(x, "x").length];
        sort(IntArray.wrap(x), IntArray.wrap(c));
        return c;
    }

    /**
     * A sorted copy of x; x is unchanged (sorted straight from x into the copy on the native backend).
     * Memory: the copy, plus the scratch of the sort. Order: ascending, NaN last (payloads kept), -0.0
     * before +0.0; the result is unique bit for bit.
     *
     * @param x the values, read in place (not copied)
     * @return a new array with the elements of x in ascending order
     * @throws NullPointerException if {@code x} is null
     */
    public static long[] sorted(long[] x) {
        long[] c = new long[Objects.requireNonNull(x, "x").length];
        sort(LongArray.wrap(x), LongArray.wrap(c));
        return c;
    }

    /**
     * The indices that sort x, as int64 (NumPy's intp): {@code x[r[0]] <= x[r[1]] <= ...}, always
     * stable (equal elements keep increasing index order; -0.0 equals +0.0 and every NaN equals every
     * NaN, last), which is NumPy's {@code argsort(kind="stable")}. Memory: the result plus, above 1024
     * elements, 16n bytes of reused off-heap scratch and the fixed parts of a sort. x is only read.
     * Runs on the calling thread; interrupts are ignored.
     *
     * @param x the values, read in place (not copied)
     * @return the sorting permutation
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} has more elements than a Java array holds
     */
    public static long[] argsort(double[] x) {
        return argsortOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The indices that sort x, as int64 (NumPy's intp): {@code x[r[0]] <= x[r[1]] <= ...}, always
     * stable (equal elements keep increasing index order; -0.0 equals +0.0 and every NaN equals every
     * NaN, last), which is NumPy's {@code argsort(kind="stable")}. Memory: the result plus, above 1024
     * elements, 16n bytes of reused off-heap scratch and the fixed parts of a sort. x is only read.
     * Runs on the calling thread; interrupts are ignored.
     *
     * @param x the values, read in place (not copied)
     * @return the sorting permutation
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} has more elements than a Java array holds
     */
    public static long[] argsort(float[] x) {
        return argsortOf(FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The indices that sort x, as int64 (NumPy's intp): {@code x[r[0]] <= x[r[1]] <= ...}, always
     * stable (equal elements keep increasing index order; -0.0 equals +0.0 and every NaN equals every
     * NaN, last), which is NumPy's {@code argsort(kind="stable")}. Memory: the result plus, above 1024
     * elements, 16n bytes of reused off-heap scratch and the fixed parts of a sort. x is only read.
     * Runs on the calling thread; interrupts are ignored.
     *
     * @param x the values, read in place (not copied)
     * @return the sorting permutation
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} has more elements than a Java array holds
     */
    public static long[] argsort(int[] x) {
        return argsortOf(IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The indices that sort x, as int64 (NumPy's intp): {@code x[r[0]] <= x[r[1]] <= ...}, always
     * stable (equal elements keep increasing index order; -0.0 equals +0.0 and every NaN equals every
     * NaN, last), which is NumPy's {@code argsort(kind="stable")}. Memory: the result plus, above 1024
     * elements, 16n bytes of reused off-heap scratch and the fixed parts of a sort. x is only read.
     * Runs on the calling thread; interrupts are ignored.
     *
     * @param x the values, read in place (not copied)
     * @return the sorting permutation
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} has more elements than a Java array holds
     */
    public static long[] argsort(long[] x) {
        return argsortOf(LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * Stable argsort with the help of a pool; the same result as the argsort without one. The calling
     * thread and up to {@code pool.workerCount() - 1} workers share the passes; it blocks until done
     * and ignores interrupts (keeping the interrupt status).
     *
     * @param x the values, read in place (not copied)
     * @param pool the pool whose workers share the work with the calling thread
     * @return the sorting permutation
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} has more elements than a Java array holds
     */
    public static long[] argsort(double[] x, ComputePool pool) {
        return PoolSorts.argsortSync(pool, DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code partition}, in place: for each k of {@code kth}, x[k] becomes the element a full
     * sort would put there (NaN last, -0.0 before +0.0), every element before it sorts no later and
     * every element after it no earlier. The arrangement within the pieces is unspecified and differs
     * between the native and Java backends (the element at each k does not). Memory: none natively for
     * off-heap arrays and up to 1024 elements (introselect in place); a larger heap array is
     * partitioned in an off-heap copy.
     *
     * @param x the values, partitioned in place
     * @param kth the ranks to put in place (a negative k counts from the end)
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if a k is outside [-n, n)
     * @throws IllegalArgumentException if {@code x} is read-only
     */
    public static void partition(double[] x, long... kth) {
        partitionOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), kth);
    }

    /**
     * NumPy's {@code partition}, in place: for each k of {@code kth}, x[k] becomes the element a full
     * sort would put there (NaN last, -0.0 before +0.0), every element before it sorts no later and
     * every element after it no earlier. The arrangement within the pieces is unspecified and differs
     * between the native and Java backends (the element at each k does not). Memory: none natively for
     * off-heap arrays and up to 1024 elements (introselect in place); a larger heap array is
     * partitioned in an off-heap copy.
     *
     * @param x the values, partitioned in place
     * @param kth the ranks to put in place (a negative k counts from the end)
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if a k is outside [-n, n)
     * @throws IllegalArgumentException if {@code x} is read-only
     */
    public static void partition(float[] x, long... kth) {
        partitionOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), kth);
    }

    /**
     * NumPy's {@code partition}, in place: for each k of {@code kth}, x[k] becomes the element a full
     * sort would put there (NaN last, -0.0 before +0.0), every element before it sorts no later and
     * every element after it no earlier. The arrangement within the pieces is unspecified and differs
     * between the native and Java backends (the element at each k does not). Memory: none natively for
     * off-heap arrays and up to 1024 elements (introselect in place); a larger heap array is
     * partitioned in an off-heap copy.
     *
     * @param x the values, partitioned in place
     * @param kth the ranks to put in place (a negative k counts from the end)
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if a k is outside [-n, n)
     * @throws IllegalArgumentException if {@code x} is read-only
     */
    public static void partition(int[] x, long... kth) {
        partitionOf(IntArray.wrap(Objects.requireNonNull(x, "x")), kth);
    }

    /**
     * NumPy's {@code partition}, in place: for each k of {@code kth}, x[k] becomes the element a full
     * sort would put there (NaN last, -0.0 before +0.0), every element before it sorts no later and
     * every element after it no earlier. The arrangement within the pieces is unspecified and differs
     * between the native and Java backends (the element at each k does not). Memory: none natively for
     * off-heap arrays and up to 1024 elements (introselect in place); a larger heap array is
     * partitioned in an off-heap copy.
     *
     * @param x the values, partitioned in place
     * @param kth the ranks to put in place (a negative k counts from the end)
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if a k is outside [-n, n)
     * @throws IllegalArgumentException if {@code x} is read-only
     */
    public static void partition(long[] x, long... kth) {
        partitionOf(LongArray.wrap(Objects.requireNonNull(x, "x")), kth);
    }

    /**
     * NumPy's {@code partition}, in place: for each k of {@code kth}, x[k] becomes the element a full
     * sort would put there (NaN last, -0.0 before +0.0), every element before it sorts no later and
     * every element after it no earlier. The arrangement within the pieces is unspecified and differs
     * between the native and Java backends (the element at each k does not). Memory: none natively for
     * off-heap arrays and up to 1024 elements (introselect in place); a larger heap array is
     * partitioned in an off-heap copy.
     *
     * @param x the array, partitioned in place
     * @param kth the ranks to put in place (a negative k counts from the end)
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if a k is outside [-n, n)
     * @throws IllegalArgumentException if {@code x} is read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void partition(NumericArray x, long... kth) {
        partitionOf(x, kth);
    }

    /**
     * NumPy's {@code argpartition}: indices r such that x[r[k]] is the element of rank k for each k of
     * {@code kth}, with the argpartition contract around it. This implementation returns the full
     * stable argsort, which satisfies the contract, at radix-sort cost; memory as argsort. x is only
     * read.
     *
     * @param x the values, read in place (not copied)
     * @param kth the ranks to put in place (a negative k counts from the end)
     * @return the indices
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if a k is outside [-n, n)
     * @throws IllegalArgumentException if {@code x} has more elements than a Java array holds
     */
    public static long[] argpartition(double[] x, long... kth) {
        QuantileMath.checkedRanks(kth, Objects.requireNonNull(x, "x").length);
        return argsort(x);
    }

    /**
     * NumPy's {@code argpartition}: indices r such that x[r[k]] is the element of rank k for each k of
     * {@code kth}, with the argpartition contract around it. This implementation returns the full
     * stable argsort, which satisfies the contract, at radix-sort cost; memory as argsort. x is only
     * read.
     *
     * @param x the values, read in place (not copied)
     * @param kth the ranks to put in place (a negative k counts from the end)
     * @return the indices
     * @throws NullPointerException if an argument is null
     * @throws IndexOutOfBoundsException if a k is outside [-n, n)
     * @throws IllegalArgumentException if {@code x} has more elements than a Java array holds
     */
    public static long[] argpartition(float[] x, long... kth) {
        QuantileMath.checkedRanks(kth, Objects.requireNonNull(x, "x").length);
        return argsort(x);
    }

    /**
     * NumPy's {@code quantile} by the given method (default "linear"): NumPy's bits on float64 input. x
     * is not modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of
     * the buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN.
     *
     * @param x the values, read in place (not copied)
     * @param q the quantile, in [0, 1]
     * @return the quantile, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     */
    public static double quantile(double[] x, double q) {
        return quantile1(DoubleArray.wrap(Objects.requireNonNull(x, "x")), q, 1, QuantileMethod.LINEAR, false);
    }

    /**
     * NumPy's {@code quantile} by the given method (default "linear"): NumPy's bits on float64 input. x
     * is not modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of
     * the buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN.
     *
     * @param x the values, read in place (not copied)
     * @param q the quantile, in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @return the quantile, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     */
    public static double quantile(double[] x, double q, QuantileMethod m) {
        return quantile1(DoubleArray.wrap(Objects.requireNonNull(x, "x")), q, 1, m, false);
    }

    /**
     * NumPy's {@code quantile} by the given method (default "linear"): NumPy's bits on float64 input. x
     * is not modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of
     * the buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN.
     *
     * @param x the values, read in place (not copied)
     * @param qs the quantiles, each in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @return the quantiles, in the order given, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     */
    public static double[] quantile(double[] x, double[] qs, QuantileMethod m) {
        return quantileN(DoubleArray.wrap(Objects.requireNonNull(x, "x")), qs, 1, m, false);
    }

    /**
     * NumPy's {@code quantile} by the given method (default "linear"): NumPy's bits on float64 input. x
     * is not modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of
     * the buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN. A scalar
     * quantile of float32 values is interpolated in float32, several in float64, as NumPy does.
     *
     * @param x the values, read in place (not copied)
     * @param q the quantile, in [0, 1]
     * @return the quantile, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     */
    public static double quantile(float[] x, double q) {
        return quantile1(FloatArray.wrap(Objects.requireNonNull(x, "x")), q, 1, QuantileMethod.LINEAR, false);
    }

    /**
     * NumPy's {@code quantile} by the given method (default "linear"): NumPy's bits on float64 input. x
     * is not modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of
     * the buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN. A scalar
     * quantile of float32 values is interpolated in float32, several in float64, as NumPy does.
     *
     * @param x the values, read in place (not copied)
     * @param q the quantile, in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @return the quantile, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     */
    public static double quantile(float[] x, double q, QuantileMethod m) {
        return quantile1(FloatArray.wrap(Objects.requireNonNull(x, "x")), q, 1, m, false);
    }

    /**
     * NumPy's {@code quantile} by the given method (default "linear"): NumPy's bits on float64 input. x
     * is not modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of
     * the buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN. A scalar
     * quantile of float32 values is interpolated in float32, several in float64, as NumPy does.
     *
     * @param x the values, read in place (not copied)
     * @param qs the quantiles, each in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @return the quantiles, in the order given, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     */
    public static double[] quantile(float[] x, double[] qs, QuantileMethod m) {
        return quantileN(FloatArray.wrap(Objects.requireNonNull(x, "x")), qs, 1, m, false);
    }

    /**
     * NumPy's {@code quantile} by the given method (default "linear"): NumPy's bits on float64 input. x
     * is not modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of
     * the buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN.
     *
     * @param x the array
     * @param q the quantile, in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @return the quantile, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double quantile(NumericArray x, double q, QuantileMethod m) {
        return quantile1(x, q, 1, m, false);
    }

    /**
     * NumPy's {@code quantile} by the given method (default "linear"): NumPy's bits on float64 input. x
     * is not modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of
     * the buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN.
     *
     * @param x the array
     * @param qs the quantiles, each in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @return the quantiles, in the order given, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double[] quantile(NumericArray x, double[] qs, QuantileMethod m) {
        return quantileN(x, qs, 1, m, false);
    }

    /**
     * The same bits as without a pool, computed by the calling thread with the help of the pool's
     * workers (native backend, at least 2^19 elements; else the calling thread alone): the reads of x
     * are split into chunks that the threads claim in turn. The calling thread works while work is
     * left, so this finishes even when the pool is busy or it is called from one of its workers. Blocks
     * until done and ignores interrupts (keeping the interrupt status).
     *
     * @param x the array
     * @param qs the quantiles, each in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @param pool the pool whose workers share the work with the calling thread
     * @return the quantiles, in the order given, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double[] quantile(NumericArray x, double[] qs, QuantileMethod m, ComputePool pool) {
        return PoolSorts.quantilesSync(pool, x, checkedQ(qs, 1, "q"), m, false, false);
    }

    /**
     * The same bits as without a pool, computed by the calling thread with the help of the pool's
     * workers (native backend, at least 2^19 elements; else the calling thread alone): the reads of x
     * are split into chunks that the threads claim in turn. The calling thread works while work is
     * left, so this finishes even when the pool is busy or it is called from one of its workers. Blocks
     * until done and ignores interrupts (keeping the interrupt status).
     *
     * @param x the values, read in place (not copied)
     * @param q the quantile, in [0, 1]
     * @param pool the pool whose workers share the work with the calling thread
     * @return the quantile, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     */
    public static double quantile(double[] x, double q, ComputePool pool) {
        return PoolSorts.quantilesSync(pool, DoubleArray.wrap(Objects.requireNonNull(x, "x")), checkedQ(new double[] {q}, 1, "q"), QuantileMethod.LINEAR, false, true)[0];
    }

    /**
     * NumPy's {@code percentile} by the given method (default "linear"): NumPy's bits on float64 input.
     * x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of
     * the buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN.
     *
     * @param x the values, read in place (not copied)
     * @param p the percentile, in [0, 100]
     * @return the percentile, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or a percentile is outside [0, 100] or
     *     NaN
     */
    public static double percentile(double[] x, double p) {
        return quantile1(DoubleArray.wrap(Objects.requireNonNull(x, "x")), p, 100, QuantileMethod.LINEAR, false);
    }

    /**
     * NumPy's {@code percentile} by the given method (default "linear"): NumPy's bits on float64 input.
     * x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of
     * the buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN.
     *
     * @param x the values, read in place (not copied)
     * @param p the percentile, in [0, 100]
     * @param m the interpolation method (NumPy's {@code method})
     * @return the percentile, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a percentile is outside [0, 100] or
     *     NaN
     */
    public static double percentile(double[] x, double p, QuantileMethod m) {
        return quantile1(DoubleArray.wrap(Objects.requireNonNull(x, "x")), p, 100, m, false);
    }

    /**
     * NumPy's {@code percentile} by the given method (default "linear"): NumPy's bits on float64 input.
     * x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of
     * the buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN.
     *
     * @param x the values, read in place (not copied)
     * @param ps the percentiles, each in [0, 100]
     * @param m the interpolation method (NumPy's {@code method})
     * @return the percentiles, in the order given, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a percentile is outside [0, 100] or
     *     NaN
     */
    public static double[] percentile(double[] x, double[] ps, QuantileMethod m) {
        return quantileN(DoubleArray.wrap(Objects.requireNonNull(x, "x")), ps, 100, m, false);
    }

    /**
     * NumPy's {@code percentile} by the given method (default "linear"): NumPy's bits on float64 input.
     * x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of
     * the buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN. A scalar
     * percentile of float32 values is interpolated in float32, several in float64, as NumPy does.
     *
     * @param x the values, read in place (not copied)
     * @param p the percentile, in [0, 100]
     * @return the percentile, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or a percentile is outside [0, 100] or
     *     NaN
     */
    public static double percentile(float[] x, double p) {
        return quantile1(FloatArray.wrap(Objects.requireNonNull(x, "x")), p, 100, QuantileMethod.LINEAR, false);
    }

    /**
     * NumPy's {@code percentile} by the given method (default "linear"): NumPy's bits on float64 input.
     * x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of
     * the buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN.
     *
     * @param x the array
     * @param p the percentile, in [0, 100]
     * @param m the interpolation method (NumPy's {@code method})
     * @return the percentile, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a percentile is outside [0, 100] or
     *     NaN
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double percentile(NumericArray x, double p, QuantileMethod m) {
        return quantile1(x, p, 100, m, false);
    }

    /**
     * NumPy's {@code percentile} by the given method (default "linear"): NumPy's bits on float64 input.
     * x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the keys of
     * the buckets holding the ranks needed; no copy of x. The result is NaN if x holds a NaN.
     *
     * @param x the array
     * @param ps the percentiles, each in [0, 100]
     * @param m the interpolation method (NumPy's {@code method})
     * @return the percentiles, in the order given, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a percentile is outside [0, 100] or
     *     NaN
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double[] percentile(NumericArray x, double[] ps, QuantileMethod m) {
        return quantileN(x, ps, 100, m, false);
    }

    /**
     * The same bits as without a pool, computed by the calling thread with the help of the pool's
     * workers (native backend, at least 2^19 elements; else the calling thread alone): the reads of x
     * are split into chunks that the threads claim in turn. The calling thread works while work is
     * left, so this finishes even when the pool is busy or it is called from one of its workers. Blocks
     * until done and ignores interrupts (keeping the interrupt status).
     *
     * @param x the values, read in place (not copied)
     * @param p the percentile, in [0, 100]
     * @param pool the pool whose workers share the work with the calling thread
     * @return the percentile, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a percentile is outside [0, 100] or
     *     NaN
     */
    public static double percentile(double[] x, double p, ComputePool pool) {
        return PoolSorts.quantilesSync(pool, DoubleArray.wrap(Objects.requireNonNull(x, "x")), checkedQ(new double[] {p}, 100, "percentile"), QuantileMethod.LINEAR, false, true)[0];
    }

    /**
     * The same bits as without a pool, computed by the calling thread with the help of the pool's
     * workers (native backend, at least 2^19 elements; else the calling thread alone): the reads of x
     * are split into chunks that the threads claim in turn. The calling thread works while work is
     * left, so this finishes even when the pool is busy or it is called from one of its workers. Blocks
     * until done and ignores interrupts (keeping the interrupt status).
     *
     * @param x the array
     * @param p the percentile, in [0, 100]
     * @param m the interpolation method (NumPy's {@code method})
     * @param pool the pool whose workers share the work with the calling thread
     * @return the percentile, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a percentile is outside [0, 100] or
     *     NaN
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double percentile(NumericArray x, double p, QuantileMethod m, ComputePool pool) {
        return PoolSorts.quantilesSync(pool, x, checkedQ(new double[] {p}, 100, "percentile"), m, false, true)[0];
    }

    /**
     * NumPy's {@code nanquantile} by the given method (default "linear"): NumPy's bits on float64
     * input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the
     * keys of the buckets holding the ranks needed; no copy of x. NaN elements are ignored; the result
     * is NaN when all are NaN.
     *
     * @param x the values, read in place (not copied)
     * @param q the quantile, in [0, 1]
     * @return the quantile, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     */
    public static double nanquantile(double[] x, double q) {
        return quantile1(DoubleArray.wrap(Objects.requireNonNull(x, "x")), q, 1, QuantileMethod.LINEAR, true);
    }

    /**
     * NumPy's {@code nanquantile} by the given method (default "linear"): NumPy's bits on float64
     * input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the
     * keys of the buckets holding the ranks needed; no copy of x. NaN elements are ignored; the result
     * is NaN when all are NaN.
     *
     * @param x the values, read in place (not copied)
     * @param q the quantile, in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @return the quantile, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     */
    public static double nanquantile(double[] x, double q, QuantileMethod m) {
        return quantile1(DoubleArray.wrap(Objects.requireNonNull(x, "x")), q, 1, m, true);
    }

    /**
     * NumPy's {@code nanquantile} by the given method (default "linear"): NumPy's bits on float64
     * input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the
     * keys of the buckets holding the ranks needed; no copy of x. NaN elements are ignored; the result
     * is NaN when all are NaN.
     *
     * @param x the values, read in place (not copied)
     * @param qs the quantiles, each in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @return the quantiles, in the order given, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     */
    public static double[] nanquantile(double[] x, double[] qs, QuantileMethod m) {
        return quantileN(DoubleArray.wrap(Objects.requireNonNull(x, "x")), qs, 1, m, true);
    }

    /**
     * NumPy's {@code nanquantile} by the given method (default "linear"): NumPy's bits on float64
     * input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the
     * keys of the buckets holding the ranks needed; no copy of x. NaN elements are ignored; the result
     * is NaN when all are NaN. A scalar quantile of float32 values is interpolated in float32, several
     * in float64, as NumPy does.
     *
     * @param x the values, read in place (not copied)
     * @param q the quantile, in [0, 1]
     * @return the quantile, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     */
    public static double nanquantile(float[] x, double q) {
        return quantile1(FloatArray.wrap(Objects.requireNonNull(x, "x")), q, 1, QuantileMethod.LINEAR, true);
    }

    /**
     * NumPy's {@code nanquantile} by the given method (default "linear"): NumPy's bits on float64
     * input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the
     * keys of the buckets holding the ranks needed; no copy of x. NaN elements are ignored; the result
     * is NaN when all are NaN.
     *
     * @param x the array
     * @param q the quantile, in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @return the quantile, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double nanquantile(NumericArray x, double q, QuantileMethod m) {
        return quantile1(x, q, 1, m, true);
    }

    /**
     * NumPy's {@code nanquantile} by the given method (default "linear"): NumPy's bits on float64
     * input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the
     * keys of the buckets holding the ranks needed; no copy of x. NaN elements are ignored; the result
     * is NaN when all are NaN.
     *
     * @param x the array
     * @param qs the quantiles, each in [0, 1]
     * @param m the interpolation method (NumPy's {@code method})
     * @return the quantiles, in the order given, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a quantile is outside [0, 1] or NaN
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double[] nanquantile(NumericArray x, double[] qs, QuantileMethod m) {
        return quantileN(x, qs, 1, m, true);
    }

    /**
     * NumPy's {@code nanpercentile} by the given method (default "linear"): NumPy's bits on float64
     * input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the
     * keys of the buckets holding the ranks needed; no copy of x. NaN elements are ignored; the result
     * is NaN when all are NaN.
     *
     * @param x the values, read in place (not copied)
     * @param p the percentile, in [0, 100]
     * @return the percentile, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty, or a percentile is outside [0, 100] or
     *     NaN
     */
    public static double nanpercentile(double[] x, double p) {
        return quantile1(DoubleArray.wrap(Objects.requireNonNull(x, "x")), p, 100, QuantileMethod.LINEAR, true);
    }

    /**
     * NumPy's {@code nanpercentile} by the given method (default "linear"): NumPy's bits on float64
     * input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the
     * keys of the buckets holding the ranks needed; no copy of x. NaN elements are ignored; the result
     * is NaN when all are NaN.
     *
     * @param x the values, read in place (not copied)
     * @param p the percentile, in [0, 100]
     * @param m the interpolation method (NumPy's {@code method})
     * @return the percentile, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a percentile is outside [0, 100] or
     *     NaN
     */
    public static double nanpercentile(double[] x, double p, QuantileMethod m) {
        return quantile1(DoubleArray.wrap(Objects.requireNonNull(x, "x")), p, 100, m, true);
    }

    /**
     * NumPy's {@code nanpercentile} by the given method (default "linear"): NumPy's bits on float64
     * input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the
     * keys of the buckets holding the ranks needed; no copy of x. NaN elements are ignored; the result
     * is NaN when all are NaN.
     *
     * @param x the values, read in place (not copied)
     * @param ps the percentiles, each in [0, 100]
     * @param m the interpolation method (NumPy's {@code method})
     * @return the percentiles, in the order given, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a percentile is outside [0, 100] or
     *     NaN
     */
    public static double[] nanpercentile(double[] x, double[] ps, QuantileMethod m) {
        return quantileN(DoubleArray.wrap(Objects.requireNonNull(x, "x")), ps, 100, m, true);
    }

    /**
     * NumPy's {@code nanpercentile} by the given method (default "linear"): NumPy's bits on float64
     * input. x is not modified. Two reads of x (the NaNs are counted by the first) and memory for the
     * keys of the buckets holding the ranks needed; no copy of x. NaN elements are ignored; the result
     * is NaN when all are NaN.
     *
     * @param x the array
     * @param p the percentile, in [0, 100]
     * @param m the interpolation method (NumPy's {@code method})
     * @return the percentile, widened to double
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty, or a percentile is outside [0, 100] or
     *     NaN
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double nanpercentile(NumericArray x, double p, QuantileMethod m) {
        return quantile1(x, p, 100, m, true);
    }

    /**
     * NumPy's {@code median}: the middle element, or the mean of the two middle ones ((a + b) / 2, in
     * float32 for float32 input as NumPy's mean does); NaN if x holds a NaN. x is not modified; work
     * and memory as a quantile.
     *
     * @param x the values, read in place (not copied)
     * @return the median, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double median(double[] x) {
        return medianOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), false);
    }

    /**
     * NumPy's {@code median}: the middle element, or the mean of the two middle ones ((a + b) / 2, in
     * float32 for float32 input as NumPy's mean does); NaN if x holds a NaN. x is not modified; work
     * and memory as a quantile.
     *
     * @param x the values, read in place (not copied)
     * @return the median, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double median(float[] x) {
        return medianOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), false);
    }

    /**
     * NumPy's {@code median}: the middle element, or the mean of the two middle ones ((a + b) / 2, in
     * float32 for float32 input as NumPy's mean does); NaN if x holds a NaN. x is not modified; work
     * and memory as a quantile.
     *
     * @param x the array
     * @return the median, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double median(NumericArray x) {
        return medianOf(x, false);
    }

    /**
     * NumPy's {@code nanmedian}: the median of the elements that are not NaN; NaN when all are NaN. x
     * is not modified; work and memory as a quantile.
     *
     * @param x the values, read in place (not copied)
     * @return the median of the non-NaN elements, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static double nanmedian(double[] x) {
        return medianOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), true);
    }

    /**
     * NumPy's {@code nanmedian}: the median of the elements that are not NaN; NaN when all are NaN. x
     * is not modified; work and memory as a quantile.
     *
     * @param x the array
     * @return the median of the non-NaN elements, widened to double
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double nanmedian(NumericArray x) {
        return medianOf(x, true);
    }

    /**
     * numpy.histogram(x, bins, range=(lo, hi)) with lo and hi as Python floats: equal bins over [lo,
     * hi] (an empty range widened by 0.5 each side), each bin [edges[i], edges[i+1]), the last closed;
     * the counts equal NumPy's, whose bin arithmetic this repeats step by step. Values outside [lo,
     * hi], NaN and infinities are not counted. Memory: the result only; no copy of x.
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32)
     */
    public static Histogram histogram(double[] x, int bins, double lo, double hi) {
        return histogramOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi);
    }

    /**
     * numpy.histogram(x, bins, range=(lo, hi)) with lo and hi as Python floats: equal bins over [lo,
     * hi] (an empty range widened by 0.5 each side), each bin [edges[i], edges[i+1]), the last closed;
     * the counts equal NumPy's, whose bin arithmetic this repeats step by step. Values outside [lo,
     * hi], NaN and infinities are not counted. Memory: the result only; no copy of x. float32 values
     * follow NumPy's float32 arithmetic: the edges are float32 (the float64 linspace rounded; returned
     * widened to double), lo and hi are rounded to float32 for the range test and the subtraction
     * {@code v - lo} (in float32), while the division by {@code hi - lo} (a float64) and the product
     * with bins happen in float64.
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32)
     */
    public static Histogram histogram(float[] x, int bins, double lo, double hi) {
        return histogramOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi);
    }

    /**
     * numpy.histogram(x, bins, range=(lo, hi)) with lo and hi as Python floats: equal bins over [lo,
     * hi] (an empty range widened by 0.5 each side), each bin [edges[i], edges[i+1]), the last closed;
     * the counts equal NumPy's, whose bin arithmetic this repeats step by step. Values outside [lo,
     * hi], NaN and infinities are not counted. Memory: the result only; no copy of x. int32 values are
     * converted to double exactly.
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32)
     */
    public static Histogram histogram(int[] x, int bins, double lo, double hi) {
        return histogramOf(IntArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi);
    }

    /**
     * numpy.histogram(x, bins, range=(lo, hi)) with lo and hi as Python floats: equal bins over [lo,
     * hi] (an empty range widened by 0.5 each side), each bin [edges[i], edges[i+1]), the last closed;
     * the counts equal NumPy's, whose bin arithmetic this repeats step by step. Values outside [lo,
     * hi], NaN and infinities are not counted. Memory: the result only; no copy of x. int64 values are
     * converted to double (beyond 2^53 rounded to the nearest double, as NumPy compares and subtracts
     * them).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32)
     */
    public static Histogram histogram(long[] x, int bins, double lo, double hi) {
        return histogramOf(LongArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi);
    }

    /**
     * numpy.histogram(x, bins, range=(lo, hi)) with lo and hi as Python floats: equal bins over [lo,
     * hi] (an empty range widened by 0.5 each side), each bin [edges[i], edges[i+1]), the last closed;
     * the counts equal NumPy's, whose bin arithmetic this repeats step by step. Values outside [lo,
     * hi], NaN and infinities are not counted. Memory: the result only; no copy of x. Off-heap arrays
     * are read in place; each element type with its NumPy arithmetic (see the overloads for Java
     * arrays).
     *
     * @param x the array
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static Histogram histogram(NumericArray x, int bins, double lo, double hi) {
        return histogramOf(x, bins, lo, hi);
    }

    /**
     * numpy.histogram(x, bins, range=(lo, hi)) with lo and hi as Python floats: equal bins over [lo,
     * hi] (an empty range widened by 0.5 each side), each bin [edges[i], edges[i+1]), the last closed;
     * the counts equal NumPy's, whose bin arithmetic this repeats step by step. Values outside [lo,
     * hi], NaN and infinities are not counted. Memory: the result only; no copy of x. The calling
     * thread and the pool's workers share the counting; the same counts. Blocks until done, ignoring
     * interrupts.
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @param pool the pool whose workers share the work with the calling thread
     * @return the counts and the edges
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32)
     */
    public static Histogram histogram(double[] x, int bins, double lo, double hi, ComputePool pool) {
        return PoolSorts.histogramSync(pool, DoubleArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi);
    }

    /**
     * numpy.histogram(x, bins, range=(lo, hi)) with lo and hi as Python floats: equal bins over [lo,
     * hi] (an empty range widened by 0.5 each side), each bin [edges[i], edges[i+1]), the last closed;
     * the counts equal NumPy's, whose bin arithmetic this repeats step by step. Values outside [lo,
     * hi], NaN and infinities are not counted. Memory: the result only; no copy of x. The calling
     * thread and the pool's workers share the counting; the same counts. Blocks until done, ignoring
     * interrupts.
     *
     * @param x the array
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @param pool the pool whose workers share the work with the calling thread
     * @return the counts and the edges
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static Histogram histogram(NumericArray x, int bins, double lo, double hi, ComputePool pool) {
        return PoolSorts.histogramSync(pool, x, bins, lo, hi);
    }

    /**
     * numpy.histogram(x, bins): the range is [min, max] of x (an empty range widened by 0.5; [0, 1]
     * when x is empty), found by one extra read of x; then counted as with a given range. Memory: the
     * result only.
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, or the bins would be narrower than the element type resolves (float32: also more
     *     than 2^24 bins, or {@code max - min} overflows float32)
     */
    public static Histogram histogram(double[] x, int bins) {
        return histogramOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), bins);
    }

    /**
     * numpy.histogram(x, bins): the range is [min, max] of x (an empty range widened by 0.5; [0, 1]
     * when x is empty), found by one extra read of x; then counted as with a given range. Memory: the
     * result only. For float32 values min and max are float32 scalars in NumPy, so edges, subtraction,
     * division and product are all computed in float32 (unlike the float32 form with a range, whose
     * range is float64).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, or the bins would be narrower than the element type resolves (float32: also more
     *     than 2^24 bins, or {@code max - min} overflows float32)
     */
    public static Histogram histogram(float[] x, int bins) {
        return histogramOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), bins);
    }

    /**
     * numpy.histogram(x, bins): the range is [min, max] of x (an empty range widened by 0.5; [0, 1]
     * when x is empty), found by one extra read of x; then counted as with a given range. Memory: the
     * result only. For int32 values it is exactly the form with the range (min, max) given as doubles.
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, or the bins would be narrower than the element type resolves (float32: also more
     *     than 2^24 bins, or {@code max - min} overflows float32)
     */
    public static Histogram histogram(int[] x, int bins) {
        return histogramOf(IntArray.wrap(Objects.requireNonNull(x, "x")), bins);
    }

    /**
     * numpy.histogram(x, bins): the range is [min, max] of x (an empty range widened by 0.5; [0, 1]
     * when x is empty), found by one extra read of x; then counted as with a given range. Memory: the
     * result only. For int64 values the edges come from (double) min and (double) max, the values are
     * converted to double, and (as NumPy's unsigned subtraction does) the divisor is the exact integer
     * max - min rounded once to double. When min == max the range is [(double) min - 0.5, (double) max
     * + 0.5], which for |min| >= 2^53 is empty in double: then, as NumPy, too many bins.
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, or the bins would be narrower than the element type resolves (float32: also more
     *     than 2^24 bins, or {@code max - min} overflows float32)
     */
    public static Histogram histogram(long[] x, int bins) {
        return histogramOf(LongArray.wrap(Objects.requireNonNull(x, "x")), bins);
    }

    /**
     * numpy.histogram(x, bins): the range is [min, max] of x (an empty range widened by 0.5; [0, 1]
     * when x is empty), found by one extra read of x; then counted as with a given range. Memory: the
     * result only. Each element type with its NumPy arithmetic (see the overloads for Java arrays).
     *
     * @param x the array
     * @param bins the number of equal bins, at least 1
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, or the bins would be narrower than the element type resolves (float32: also more
     *     than 2^24 bins, or {@code max - min} overflows float32)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static Histogram histogram(NumericArray x, int bins) {
        return histogramOf(x, bins);
    }

    /**
     * numpy.histogram(x, bins=edges): counts per bin [edges[i], edges[i+1]), the last closed; values
     * outside [edges[0], edges[last]] and NaN are not counted, infinities only when an edge is
     * infinite. Each value is compared as a double (NumPy's searchsorted converts float32 and integers
     * to float64; int64 beyond 2^53 rounds). Binary search per value; memory: a copy of the edges and
     * the counts.
     *
     * @param x the values, read in place (not copied)
     * @param edges the bin edges, at least 2, not NaN, non-decreasing
     * @return the counts, {@code edges.length - 1} of them
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if fewer than 2 edges are given, an edge is NaN (NumPy allows
     *     NaN edges, with meaningless counts), or the edges decrease
     */
    public static long[] histogram(double[] x, double[] edges) {
        return histogramOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), edges);
    }

    /**
     * numpy.histogram(x, bins=edges): counts per bin [edges[i], edges[i+1]), the last closed; values
     * outside [edges[0], edges[last]] and NaN are not counted, infinities only when an edge is
     * infinite. Each value is compared as a double (NumPy's searchsorted converts float32 and integers
     * to float64; int64 beyond 2^53 rounds). Binary search per value; memory: a copy of the edges and
     * the counts.
     *
     * @param x the values, read in place (not copied)
     * @param edges the bin edges, at least 2, not NaN, non-decreasing
     * @return the counts, {@code edges.length - 1} of them
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if fewer than 2 edges are given, an edge is NaN (NumPy allows
     *     NaN edges, with meaningless counts), or the edges decrease
     */
    public static long[] histogram(float[] x, double[] edges) {
        return histogramOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), edges);
    }

    /**
     * numpy.histogram(x, bins=edges): counts per bin [edges[i], edges[i+1]), the last closed; values
     * outside [edges[0], edges[last]] and NaN are not counted, infinities only when an edge is
     * infinite. Each value is compared as a double (NumPy's searchsorted converts float32 and integers
     * to float64; int64 beyond 2^53 rounds). Binary search per value; memory: a copy of the edges and
     * the counts.
     *
     * @param x the values, read in place (not copied)
     * @param edges the bin edges, at least 2, not NaN, non-decreasing
     * @return the counts, {@code edges.length - 1} of them
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if fewer than 2 edges are given, an edge is NaN (NumPy allows
     *     NaN edges, with meaningless counts), or the edges decrease
     */
    public static long[] histogram(int[] x, double[] edges) {
        return histogramOf(IntArray.wrap(Objects.requireNonNull(x, "x")), edges);
    }

    /**
     * numpy.histogram(x, bins=edges): counts per bin [edges[i], edges[i+1]), the last closed; values
     * outside [edges[0], edges[last]] and NaN are not counted, infinities only when an edge is
     * infinite. Each value is compared as a double (NumPy's searchsorted converts float32 and integers
     * to float64; int64 beyond 2^53 rounds). Binary search per value; memory: a copy of the edges and
     * the counts.
     *
     * @param x the values, read in place (not copied)
     * @param edges the bin edges, at least 2, not NaN, non-decreasing
     * @return the counts, {@code edges.length - 1} of them
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if fewer than 2 edges are given, an edge is NaN (NumPy allows
     *     NaN edges, with meaningless counts), or the edges decrease
     */
    public static long[] histogram(long[] x, double[] edges) {
        return histogramOf(LongArray.wrap(Objects.requireNonNull(x, "x")), edges);
    }

    /**
     * numpy.histogram(x, bins=edges): counts per bin [edges[i], edges[i+1]), the last closed; values
     * outside [edges[0], edges[last]] and NaN are not counted, infinities only when an edge is
     * infinite. Each value is compared as a double (NumPy's searchsorted converts float32 and integers
     * to float64; int64 beyond 2^53 rounds). Binary search per value; memory: a copy of the edges and
     * the counts.
     *
     * @param x the array
     * @param edges the bin edges, at least 2, not NaN, non-decreasing
     * @return the counts, {@code edges.length - 1} of them
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if fewer than 2 edges are given, an edge is NaN (NumPy allows
     *     NaN edges, with meaningless counts), or the edges decrease
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long[] histogram(NumericArray x, double[] edges) {
        return histogramOf(x, edges);
    }

    /**
     * numpy.bincount: {@code counts[v]} is the number of elements equal to v. Two reads of x: its range
     * sizes the counts, then the values are counted; if another thread writes x meanwhile the counts
     * are unspecified, but no memory outside x and the counts is touched.
     *
     * @param x the values, read in place (not copied)
     * @return the counts, of length max(max(x) + 1, minlength) (minlength, or 0, when x is empty)
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds a negative value (x is only read), {@code minlength}
     *     is negative or too large, or the maximum is too large for a {@code long[]} of counts
     */
    public static long[] bincount(int[] x) {
        return bincountOf(IntArray.wrap(Objects.requireNonNull(x, "x")), 0);
    }

    /**
     * numpy.bincount: {@code counts[v]} is the number of elements equal to v. Two reads of x: its range
     * sizes the counts, then the values are counted; if another thread writes x meanwhile the counts
     * are unspecified, but no memory outside x and the counts is touched.
     *
     * @param x the values, read in place (not copied)
     * @return the counts, of length max(max(x) + 1, minlength) (minlength, or 0, when x is empty)
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds a negative value (x is only read), {@code minlength}
     *     is negative or too large, or the maximum is too large for a {@code long[]} of counts
     */
    public static long[] bincount(long[] x) {
        return bincountOf(LongArray.wrap(Objects.requireNonNull(x, "x")), 0);
    }

    /**
     * numpy.bincount: {@code counts[v]} is the number of elements equal to v. Two reads of x: its range
     * sizes the counts, then the values are counted; if another thread writes x meanwhile the counts
     * are unspecified, but no memory outside x and the counts is touched.
     *
     * @param x the values, read in place (not copied)
     * @param minlength the least length of the result
     * @return the counts, of length max(max(x) + 1, minlength) (minlength, or 0, when x is empty)
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds a negative value (x is only read), {@code minlength}
     *     is negative or too large, or the maximum is too large for a {@code long[]} of counts
     */
    public static long[] bincount(int[] x, int minlength) {
        return bincountOf(IntArray.wrap(Objects.requireNonNull(x, "x")), minlength);
    }

    /**
     * numpy.bincount: {@code counts[v]} is the number of elements equal to v. Two reads of x: its range
     * sizes the counts, then the values are counted; if another thread writes x meanwhile the counts
     * are unspecified, but no memory outside x and the counts is touched. x must be an int32 or int64
     * array.
     *
     * @param x the array
     * @param minlength the least length of the result
     * @return the counts, of length max(max(x) + 1, minlength) (minlength, or 0, when x is empty)
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds a negative value (x is only read), {@code minlength}
     *     is negative or too large, the maximum is too large for a {@code long[]} of counts, or x is
     *     not an int32 or int64 array
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long[] bincount(NumericArray x, int minlength) {
        return bincountOf(x, minlength);
    }

    /**
     * The mergeable {@link Moments} of x's values, NaN left out: count, mean, sum of squared
     * deviations, min and max, over fixed chunks of 2^16 elements merged in order (the same bits on
     * every backend and CPU path); see {@link #moments(NumericArray)}.
     *
     * @param x the values, read in place (not copied)
     * @return the moments; {@link Moments#EMPTY} (count 0) if x is empty or all NaN
     * @throws NullPointerException if {@code x} is null
     */
    public static Moments moments(double[] x) {
        return moments(DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The mergeable {@link Moments} of x's values, NaN left out: count, mean, sum of squared
     * deviations, min and max, over fixed chunks of 2^16 elements merged in order (the same bits on
     * every backend and CPU path); see {@link #moments(NumericArray)}.
     *
     * @param x the values, read in place (not copied)
     * @return the moments; {@link Moments#EMPTY} (count 0) if x is empty or all NaN
     * @throws NullPointerException if {@code x} is null
     */
    public static Moments moments(float[] x) {
        return moments(FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * pandas' {@code Series.describe()} with the default percentiles 0.25, 0.5 and 0.75: NaNs ignored;
     * count, mean, std (ddof 1), min, the quartiles, max; see {@link #describe(NumericArray,
     * double...)}.
     *
     * @param x the values, read in place (not copied)
     * @return the statistics
     * @throws NullPointerException if {@code x} is null
     */
    public static Description describe(double[] x) {
        return describe(DoubleArray.wrap(Objects.requireNonNull(x, "x")), QUARTILES);
    }

    /**
     * pandas' {@code Series.describe()} with the default percentiles 0.25, 0.5 and 0.75: NaNs ignored;
     * count, mean, std (ddof 1), min, the quartiles, max; see {@link #describe(NumericArray,
     * double...)}. The statistics are computed in float64.
     *
     * @param x the values, read in place (not copied)
     * @return the statistics
     * @throws NullPointerException if {@code x} is null
     */
    public static Description describe(float[] x) {
        return describe(FloatArray.wrap(Objects.requireNonNull(x, "x")), QUARTILES);
    }

    /**
     * The general matrix product {@code C = alpha * op(A) * op(B) + beta * C}, BLAS's GEMM on row-major
     * matrices; op(X) is X, or its transpose when the flag is set. As in BLAS: when {@code beta == 0} C
     * is not read (NaN or infinity in C does not propagate); when {@code alpha == 0} or the inner
     * dimension is 0, A and B are not read and C becomes {@code beta * C}. Off-heap matrices are the
     * fast path; heap matrices of large products are copied to off-heap memory around the call. Error
     * bound, every backend and CPU path, elementwise: {@code |C - C_exact| <= (k + 3) u (|alpha|
     * |op(A)| |op(B)| + |beta| |C0|)}, u = 2^-53 for float64 and 2^-24 for float32, k the inner
     * dimension; the paths round differently (FMA or not, block order), so they agree within that
     * bound, not bit for bit.
     *
     * @param transA whether op(A) is the transpose of A
     * @param transB whether op(B) is the transpose of B
     * @param alpha the factor of the product
     * @param a the matrix A
     * @param b the matrix B
     * @param beta the factor of the old values of the output (0: the output is not read)
     * @param c the matrix C, m x n, updated in place
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the shapes do not agree (op(A) m x k, op(B) k x n, C m x n),
     *     C is read-only, or C shares an element with A or B
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void gemm(boolean transA, boolean transB, double alpha, DoubleMatrix a, DoubleMatrix b, double beta, DoubleMatrix c) {
        LinearAlgebra.gemm(backend(), transA, transB, alpha, a, b, beta, c);
    }

    /**
     * The general matrix product {@code C = alpha * op(A) * op(B) + beta * C}, BLAS's GEMM on row-major
     * matrices; op(X) is X, or its transpose when the flag is set. As in BLAS: when {@code beta == 0} C
     * is not read (NaN or infinity in C does not propagate); when {@code alpha == 0} or the inner
     * dimension is 0, A and B are not read and C becomes {@code beta * C}. Off-heap matrices are the
     * fast path; heap matrices of large products are copied to off-heap memory around the call. Error
     * bound, every backend and CPU path, elementwise: {@code |C - C_exact| <= (k + 3) u (|alpha|
     * |op(A)| |op(B)| + |beta| |C0|)}, u = 2^-53 for float64 and 2^-24 for float32, k the inner
     * dimension; the paths round differently (FMA or not, block order), so they agree within that
     * bound, not bit for bit. float32 arithmetic (SGEMM).
     *
     * @param transA whether op(A) is the transpose of A
     * @param transB whether op(B) is the transpose of B
     * @param alpha the factor of the product
     * @param a the matrix A
     * @param b the matrix B
     * @param beta the factor of the old values of the output (0: the output is not read)
     * @param c the matrix C, m x n, updated in place
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the shapes do not agree (op(A) m x k, op(B) k x n, C m x n),
     *     C is read-only, or C shares an element with A or B
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void gemm(boolean transA, boolean transB, float alpha, FloatMatrix a, FloatMatrix b, float beta, FloatMatrix c) {
        LinearAlgebra.gemm(backend(), transA, transB, alpha, a, b, beta, c);
    }

    /**
     * The matrix-vector product {@code y = alpha * op(A) * x + beta * y}, BLAS's GEMV on a row-major
     * matrix: when {@code beta == 0} y is not read; when {@code alpha == 0} A and x are not read. Error
     * bound, every backend and CPU path, elementwise: {@code |C - C_exact| <= (k + 3) u (|alpha|
     * |op(A)| |op(B)| + |beta| |C0|)}, u = 2^-53 for float64 and 2^-24 for float32, k the inner
     * dimension; the paths round differently (FMA or not, block order), so they agree within that
     * bound, not bit for bit.
     *
     * @param transA whether op(A) is the transpose of A
     * @param alpha the factor of the product
     * @param a the matrix A
     * @param x the vector x, of op(A)'s column count
     * @param beta the factor of the old values of the output (0: the output is not read)
     * @param y the vector y, of op(A)'s row count, updated in place
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths do not match op(A), y is read-only, or y shares
     *     memory with A or x
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void gemv(boolean transA, double alpha, DoubleMatrix a, DoubleArray x, double beta, DoubleArray y) {
        LinearAlgebra.gemv(backend(), transA, alpha, a, x, beta, y);
    }

    /**
     * The matrix-vector product {@code y = alpha * op(A) * x + beta * y}, BLAS's GEMV on a row-major
     * matrix: when {@code beta == 0} y is not read; when {@code alpha == 0} A and x are not read. Error
     * bound, every backend and CPU path, elementwise: {@code |C - C_exact| <= (k + 3) u (|alpha|
     * |op(A)| |op(B)| + |beta| |C0|)}, u = 2^-53 for float64 and 2^-24 for float32, k the inner
     * dimension; the paths round differently (FMA or not, block order), so they agree within that
     * bound, not bit for bit. float32 arithmetic (SGEMV).
     *
     * @param transA whether op(A) is the transpose of A
     * @param alpha the factor of the product
     * @param a the matrix A
     * @param x the vector x, of op(A)'s column count
     * @param beta the factor of the old values of the output (0: the output is not read)
     * @param y the vector y, of op(A)'s row count, updated in place
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths do not match op(A), y is read-only, or y shares
     *     memory with A or x
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void gemv(boolean transA, float alpha, FloatMatrix a, FloatArray x, float beta, FloatArray y) {
        LinearAlgebra.gemv(backend(), transA, alpha, a, x, beta, y);
    }

    /**
     * The matrix-vector product {@code y = alpha * op(A) * x + beta * y}, BLAS's GEMV on a row-major
     * matrix: when {@code beta == 0} y is not read; when {@code alpha == 0} A and x are not read. Error
     * bound, every backend and CPU path, elementwise: {@code |C - C_exact| <= (k + 3) u (|alpha|
     * |op(A)| |op(B)| + |beta| |C0|)}, u = 2^-53 for float64 and 2^-24 for float32, k the inner
     * dimension; the paths round differently (FMA or not, block order), so they agree within that
     * bound, not bit for bit.
     *
     * @param transA whether op(A) is the transpose of A
     * @param alpha the factor of the product
     * @param a the matrix A
     * @param x the vector x, of op(A)'s column count, read in place
     * @param beta the factor of the old values of the output (0: the output is not read)
     * @param y the vector y, of op(A)'s row count, updated in place
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths do not match op(A), y is read-only, or y shares
     *     memory with A or x
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void gemv(boolean transA, double alpha, DoubleMatrix a, double[] x, double beta, double[] y) {
        gemv(transA, alpha, a, DoubleArray.wrap(Objects.requireNonNull(x, "x")), beta, DoubleArray.wrap(Objects.requireNonNull(y, "y")));
    }

    /**
     * The matrix-vector product {@code y = alpha * op(A) * x + beta * y}, BLAS's GEMV on a row-major
     * matrix: when {@code beta == 0} y is not read; when {@code alpha == 0} A and x are not read. Error
     * bound, every backend and CPU path, elementwise: {@code |C - C_exact| <= (k + 3) u (|alpha|
     * |op(A)| |op(B)| + |beta| |C0|)}, u = 2^-53 for float64 and 2^-24 for float32, k the inner
     * dimension; the paths round differently (FMA or not, block order), so they agree within that
     * bound, not bit for bit. float32 arithmetic (SGEMV).
     *
     * @param transA whether op(A) is the transpose of A
     * @param alpha the factor of the product
     * @param a the matrix A
     * @param x the vector x, of op(A)'s column count, read in place
     * @param beta the factor of the old values of the output (0: the output is not read)
     * @param y the vector y, of op(A)'s row count, updated in place
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths do not match op(A), y is read-only, or y shares
     *     memory with A or x
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void gemv(boolean transA, float alpha, FloatMatrix a, float[] x, float beta, float[] y) {
        gemv(transA, alpha, a, FloatArray.wrap(Objects.requireNonNull(x, "x")), beta, FloatArray.wrap(Objects.requireNonNull(y, "y")));
    }

    /**
     * The matrix product {@code A * B} as a new matrix, computed by gemm. The result is on the Java
     * heap.
     *
     * @param a the matrix A
     * @param b the matrix B
     * @return the product, a new row-major matrix on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if A's column count differs from B's row count, or the result
     *     does not fit in a Java array (use the form with an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleMatrix matmul(DoubleMatrix a, DoubleMatrix b) {
        LinearAlgebra.checkMatmul(a, b);
        DoubleMatrix c = DoubleMatrix.zeros(SizeLimits.arrayLength(a.rows(), "rows of A"), SizeLimits.arrayLength(b.cols(), "columns of B"));
        gemm(false, false, 1, a, b, 0, c);
        return c;
    }

    /**
     * The matrix product {@code A * B} as a new matrix, computed by gemm. float32 arithmetic. The
     * result is on the Java heap.
     *
     * @param a the matrix A
     * @param b the matrix B
     * @return the product, a new row-major matrix on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if A's column count differs from B's row count, or the result
     *     does not fit in a Java array (use the form with an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatMatrix matmul(FloatMatrix a, FloatMatrix b) {
        LinearAlgebra.checkMatmul(a, b);
        FloatMatrix c = FloatMatrix.zeros(SizeLimits.arrayLength(a.rows(), "rows of A"), SizeLimits.arrayLength(b.cols(), "columns of B"));
        gemm(false, false, 1, a, b, 0, c);
        return c;
    }

    /**
     * The matrix product {@code A * B} as a new matrix, computed by gemm.
     *
     * @param a the matrix A
     * @param b the matrix B
     * @param arena the arena the result is allocated in
     * @return the product, a new contiguous matrix in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if A's column count differs from B's row count
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleMatrix matmul(DoubleMatrix a, DoubleMatrix b, Arena arena) {
        LinearAlgebra.checkMatmul(a, b);
        DoubleMatrix c = DoubleMatrix.allocate(arena, a.rows(), b.cols());
        gemm(false, false, 1, a, b, 0, c);
        return c;
    }

    /**
     * The matrix product {@code A * B} as a new matrix, computed by gemm. float32 arithmetic.
     *
     * @param a the matrix A
     * @param b the matrix B
     * @param arena the arena the result is allocated in
     * @return the product, a new contiguous matrix in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if A's column count differs from B's row count
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatMatrix matmul(FloatMatrix a, FloatMatrix b, Arena arena) {
        LinearAlgebra.checkMatmul(a, b);
        FloatMatrix c = FloatMatrix.allocate(arena, a.rows(), b.cols());
        gemm(false, false, 1, a, b, 0, c);
        return c;
    }

    /**
     * The sum of integers, NumPy's {@code sum}: NumPy's integer rule: int32 and int64 values accumulate
     * in int64, which wraps around on overflow (two's complement) without an error, as NumPy's does.
     * For a sum that cannot wrap, {@link #mean} times the length is exact up to one rounding.
     *
     * @param x the values, read in place (not copied)
     * @return the sum in int64 (0 if there are no elements)
     * @throws NullPointerException if {@code x} is null
     */
    public static long sum(int[] x) {
        return isumOf(IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The sum of integers, NumPy's {@code sum}: NumPy's integer rule: int32 and int64 values accumulate
     * in int64, which wraps around on overflow (two's complement) without an error, as NumPy's does.
     * For a sum that cannot wrap, {@link #mean} times the length is exact up to one rounding.
     *
     * @param x the array
     * @return the sum in int64 (0 if there are no elements)
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long sum(IntArray x) {
        return isumOf(x);
    }

    /**
     * The sum of integers, NumPy's {@code sum}: NumPy's integer rule: int32 and int64 values accumulate
     * in int64, which wraps around on overflow (two's complement) without an error, as NumPy's does.
     * For a sum that cannot wrap, {@link #mean} times the length is exact up to one rounding.
     *
     * @param x the values, read in place (not copied)
     * @return the sum in int64 (0 if there are no elements)
     * @throws NullPointerException if {@code x} is null
     */
    public static long sum(long[] x) {
        return isumOf(LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The sum of integers, NumPy's {@code sum}: NumPy's integer rule: int32 and int64 values accumulate
     * in int64, which wraps around on overflow (two's complement) without an error, as NumPy's does.
     * For a sum that cannot wrap, {@link #mean} times the length is exact up to one rounding.
     *
     * @param x the array
     * @return the sum in int64 (0 if there are no elements)
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long sum(LongArray x) {
        return isumOf(x);
    }

    /**
     * The product of integers, NumPy's {@code prod}: NumPy's integer rule: int32 and int64 values
     * accumulate in int64, which wraps around on overflow (two's complement) without an error, as
     * NumPy's does.
     *
     * @param x the values, read in place (not copied)
     * @return the product in int64 (1 if there are no elements)
     * @throws NullPointerException if {@code x} is null
     */
    public static long prod(int[] x) {
        return iprodOf(IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The product of integers, NumPy's {@code prod}: NumPy's integer rule: int32 and int64 values
     * accumulate in int64, which wraps around on overflow (two's complement) without an error, as
     * NumPy's does.
     *
     * @param x the array
     * @return the product in int64 (1 if there are no elements)
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long prod(IntArray x) {
        return iprodOf(x);
    }

    /**
     * The product of integers, NumPy's {@code prod}: NumPy's integer rule: int32 and int64 values
     * accumulate in int64, which wraps around on overflow (two's complement) without an error, as
     * NumPy's does.
     *
     * @param x the values, read in place (not copied)
     * @return the product in int64 (1 if there are no elements)
     * @throws NullPointerException if {@code x} is null
     */
    public static long prod(long[] x) {
        return iprodOf(LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The product of integers, NumPy's {@code prod}: NumPy's integer rule: int32 and int64 values
     * accumulate in int64, which wraps around on overflow (two's complement) without an error, as
     * NumPy's does.
     *
     * @param x the array
     * @return the product in int64 (1 if there are no elements)
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long prod(LongArray x) {
        return iprodOf(x);
    }

    /**
     * The mean of integers: their exact sum (held in 128 bits, so it never wraps), rounded once to
     * double, divided by the count: within one unit in the last place of the exact mean. NumPy sums the
     * values converted to float64 pairwise; both give the same bits whenever NumPy's partial sums stay
     * below 2^53 in magnitude, beyond that NumPy's sum rounds at every step.
     *
     * @param x the values, read in place (not copied)
     * @return the mean: NaN if there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static double mean(int[] x) {
        return imeanOf(IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The mean of integers: their exact sum (held in 128 bits, so it never wraps), rounded once to
     * double, divided by the count: within one unit in the last place of the exact mean. NumPy sums the
     * values converted to float64 pairwise; both give the same bits whenever NumPy's partial sums stay
     * below 2^53 in magnitude, beyond that NumPy's sum rounds at every step.
     *
     * @param x the array
     * @return the mean: NaN if there are no elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double mean(IntArray x) {
        return imeanOf(x);
    }

    /**
     * The mean of integers: their exact sum (held in 128 bits, so it never wraps), rounded once to
     * double, divided by the count: within one unit in the last place of the exact mean. NumPy sums the
     * values converted to float64 pairwise; both give the same bits whenever NumPy's partial sums stay
     * below 2^53 in magnitude, beyond that NumPy's sum rounds at every step.
     *
     * @param x the values, read in place (not copied)
     * @return the mean: NaN if there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static double mean(long[] x) {
        return imeanOf(LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * The mean of integers: their exact sum (held in 128 bits, so it never wraps), rounded once to
     * double, divided by the count: within one unit in the last place of the exact mean. NumPy sums the
     * values converted to float64 pairwise; both give the same bits whenever NumPy's partial sums stay
     * below 2^53 in magnitude, beyond that NumPy's sum rounds at every step.
     *
     * @param x the array
     * @return the mean: NaN if there are no elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double mean(LongArray x) {
        return imeanOf(x);
    }

    /**
     * The smallest of the integers.
     *
     * @param x the values, read in place (not copied)
     * @return the minimum
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static int min(int[] x) {
        return (int) irangeOf(IntArray.wrap(Objects.requireNonNull(x, "x")), "min")[0];
    }

    /**
     * The smallest of the integers.
     *
     * @param x the values, read in place (not copied)
     * @return the minimum
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static long min(long[] x) {
        return (long) irangeOf(LongArray.wrap(Objects.requireNonNull(x, "x")), "min")[0];
    }

    /**
     * The smallest of the integers.
     *
     * @param x the array
     * @return the minimum
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static int min(IntArray x) {
        return (int) irangeOf(x, "min")[0];
    }

    /**
     * The smallest of the integers.
     *
     * @param x the array
     * @return the minimum
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long min(LongArray x) {
        return (long) irangeOf(x, "min")[0];
    }

    /**
     * The largest of the integers.
     *
     * @param x the values, read in place (not copied)
     * @return the maximum
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static int max(int[] x) {
        return (int) irangeOf(IntArray.wrap(Objects.requireNonNull(x, "x")), "max")[1];
    }

    /**
     * The largest of the integers.
     *
     * @param x the values, read in place (not copied)
     * @return the maximum
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static long max(long[] x) {
        return (long) irangeOf(LongArray.wrap(Objects.requireNonNull(x, "x")), "max")[1];
    }

    /**
     * The largest of the integers.
     *
     * @param x the array
     * @return the maximum
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static int max(IntArray x) {
        return (int) irangeOf(x, "max")[1];
    }

    /**
     * The largest of the integers.
     *
     * @param x the array
     * @return the maximum
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long max(LongArray x) {
        return (long) irangeOf(x, "max")[1];
    }

    /**
     * NumPy's {@code argmin} of integers: the first index of the minimum.
     *
     * @param x the values, read in place (not copied)
     * @return the index of the first smallest element
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static long argmin(int[] x) {
        return iargOf(IntArray.wrap(Objects.requireNonNull(x, "x")), false);
    }

    /**
     * NumPy's {@code argmin} of integers: the first index of the minimum.
     *
     * @param x the values, read in place (not copied)
     * @return the index of the first smallest element
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static long argmin(long[] x) {
        return iargOf(LongArray.wrap(Objects.requireNonNull(x, "x")), false);
    }

    /**
     * NumPy's {@code argmin} of integers: the first index of the minimum.
     *
     * @param x the array
     * @return the index of the first smallest element
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long argmin(IntArray x) {
        return iargOf(x, false);
    }

    /**
     * NumPy's {@code argmin} of integers: the first index of the minimum.
     *
     * @param x the array
     * @return the index of the first smallest element
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long argmin(LongArray x) {
        return iargOf(x, false);
    }

    /**
     * NumPy's {@code argmax} of integers: the first index of the maximum.
     *
     * @param x the values, read in place (not copied)
     * @return the index of the first largest element
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static long argmax(int[] x) {
        return iargOf(IntArray.wrap(Objects.requireNonNull(x, "x")), true);
    }

    /**
     * NumPy's {@code argmax} of integers: the first index of the maximum.
     *
     * @param x the values, read in place (not copied)
     * @return the index of the first largest element
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code x} is empty
     */
    public static long argmax(long[] x) {
        return iargOf(LongArray.wrap(Objects.requireNonNull(x, "x")), true);
    }

    /**
     * NumPy's {@code argmax} of integers: the first index of the maximum.
     *
     * @param x the array
     * @return the index of the first largest element
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long argmax(IntArray x) {
        return iargOf(x, true);
    }

    /**
     * NumPy's {@code argmax} of integers: the first index of the maximum.
     *
     * @param x the array
     * @return the index of the first largest element
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code x} is empty
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long argmax(LongArray x) {
        return iargOf(x, true);
    }

    /**
     * NumPy's {@code nanvar}: the variance of the elements that are not NaN, {@code sum((x - m)^2) /
     * (count - ddof)} with m their mean (two passes, each in the k4j tree order). The population form,
     * ddof 0.
     *
     * @param x the values, read in place (not copied)
     * @return the variance of the non-NaN elements: NaN if {@code count <= ddof} (NumPy: NaN and a
     *     warning), for example when every element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is negative
     */
    public static double nanvar(double[] x) {
        return nanvarOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), 0);
    }

    /**
     * NumPy's {@code nanvar}: the variance of the elements that are not NaN, {@code sum((x - m)^2) /
     * (count - ddof)} with m their mean (two passes, each in the k4j tree order). float32 values are
     * accumulated in float64. The population form, ddof 0.
     *
     * @param x the values, read in place (not copied)
     * @return the variance of the non-NaN elements: NaN if {@code count <= ddof} (NumPy: NaN and a
     *     warning), for example when every element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is negative
     */
    public static double nanvar(float[] x) {
        return nanvarOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), 0);
    }

    /**
     * NumPy's {@code nanvar}: the variance of the elements that are not NaN, {@code sum((x - m)^2) /
     * (count - ddof)} with m their mean (two passes, each in the k4j tree order).
     *
     * @param x the values, read in place (not copied)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return the variance of the non-NaN elements: NaN if {@code count <= ddof} (NumPy: NaN and a
     *     warning), for example when every element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is negative
     */
    public static double nanvar(double[] x, int ddof) {
        return nanvarOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), ddof);
    }

    /**
     * NumPy's {@code nanvar}: the variance of the elements that are not NaN, {@code sum((x - m)^2) /
     * (count - ddof)} with m their mean (two passes, each in the k4j tree order). float32 values are
     * accumulated in float64.
     *
     * @param x the values, read in place (not copied)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return the variance of the non-NaN elements: NaN if {@code count <= ddof} (NumPy: NaN and a
     *     warning), for example when every element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is negative
     */
    public static double nanvar(float[] x, int ddof) {
        return nanvarOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), ddof);
    }

    /**
     * NumPy's {@code nanvar}: the variance of the elements that are not NaN, {@code sum((x - m)^2) /
     * (count - ddof)} with m their mean (two passes, each in the k4j tree order). The population form,
     * ddof 0.
     *
     * @param x the array (float64 or float32)
     * @return the variance of the non-NaN elements: NaN if {@code count <= ddof} (NumPy: NaN and a
     *     warning), for example when every element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code ddof} is
     *     negative
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double nanvar(NumericArray x) {
        return nanvarOf(x, 0);
    }

    /**
     * NumPy's {@code nanvar}: the variance of the elements that are not NaN, {@code sum((x - m)^2) /
     * (count - ddof)} with m their mean (two passes, each in the k4j tree order).
     *
     * @param x the array (float64 or float32)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return the variance of the non-NaN elements: NaN if {@code count <= ddof} (NumPy: NaN and a
     *     warning), for example when every element is NaN
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code ddof} is
     *     negative
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double nanvar(NumericArray x, int ddof) {
        return nanvarOf(x, ddof);
    }

    /**
     * NumPy's {@code nanstd}: the square root of {@link #nanvar}. The population form, ddof 0.
     *
     * @param x the values, read in place (not copied)
     * @return the standard deviation of the non-NaN elements: NaN if {@code count <= ddof}
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is negative
     */
    public static double nanstd(double[] x) {
        return Math.sqrt(nanvarOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), 0));
    }

    /**
     * NumPy's {@code nanstd}: the square root of {@link #nanvar}. float32 values are accumulated in
     * float64. The population form, ddof 0.
     *
     * @param x the values, read in place (not copied)
     * @return the standard deviation of the non-NaN elements: NaN if {@code count <= ddof}
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is negative
     */
    public static double nanstd(float[] x) {
        return Math.sqrt(nanvarOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), 0));
    }

    /**
     * NumPy's {@code nanstd}: the square root of {@link #nanvar}.
     *
     * @param x the values, read in place (not copied)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return the standard deviation of the non-NaN elements: NaN if {@code count <= ddof}
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is negative
     */
    public static double nanstd(double[] x, int ddof) {
        return Math.sqrt(nanvarOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), ddof));
    }

    /**
     * NumPy's {@code nanstd}: the square root of {@link #nanvar}. float32 values are accumulated in
     * float64.
     *
     * @param x the values, read in place (not copied)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return the standard deviation of the non-NaN elements: NaN if {@code count <= ddof}
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if {@code ddof} is negative
     */
    public static double nanstd(float[] x, int ddof) {
        return Math.sqrt(nanvarOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), ddof));
    }

    /**
     * NumPy's {@code nanstd}: the square root of {@link #nanvar}. The population form, ddof 0.
     *
     * @param x the array (float64 or float32)
     * @return the standard deviation of the non-NaN elements: NaN if {@code count <= ddof}
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code ddof} is
     *     negative
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double nanstd(NumericArray x) {
        return Math.sqrt(nanvarOf(x, 0));
    }

    /**
     * NumPy's {@code nanstd}: the square root of {@link #nanvar}.
     *
     * @param x the array (float64 or float32)
     * @param ddof delta degrees of freedom: the divisor is {@code n - ddof}
     * @return the standard deviation of the non-NaN elements: NaN if {@code count <= ddof}
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code ddof} is
     *     negative
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double nanstd(NumericArray x, int ddof) {
        return Math.sqrt(nanvarOf(x, ddof));
    }

    /**
     * NumPy's {@code average(x, weights=w)}: {@code sum(x[i] * w[i]) / sum(w)}, both sums in the k4j
     * tree order (products rounded, no fused multiply-add). NaN in x or the weights gives NaN.
     *
     * @param x the values, read in place (not copied)
     * @param weights the weights, one per element, read in place
     * @return the weighted mean
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths or element types differ, or the weights sum to
     *     zero (NumPy: ZeroDivisionError)
     */
    public static double average(double[] x, double[] weights) {
        return averageOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(weights, "weights")));
    }

    /**
     * NumPy's {@code average(x, weights=w)}: {@code sum(x[i] * w[i]) / sum(w)}, both sums in the k4j
     * tree order (products rounded, no fused multiply-add). NaN in x or the weights gives NaN. float32
     * values are accumulated in float64.
     *
     * @param x the values, read in place (not copied)
     * @param weights the weights, one per element, read in place
     * @return the weighted mean
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the lengths or element types differ, or the weights sum to
     *     zero (NumPy: ZeroDivisionError)
     */
    public static double average(float[] x, float[] weights) {
        return averageOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(weights, "weights")));
    }

    /**
     * NumPy's {@code average(x, weights=w)}: {@code sum(x[i] * w[i]) / sum(w)}, both sums in the k4j
     * tree order (products rounded, no fused multiply-add). NaN in x or the weights gives NaN.
     *
     * @param x the array (float64 or float32)
     * @param weights the weights, one per element, of x's element type
     * @return the weighted mean
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, the lengths or element
     *     types differ, or the weights sum to zero (NumPy: ZeroDivisionError)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double average(NumericArray x, NumericArray weights) {
        return averageOf(x, weights);
    }

    /**
     * numpy.bincount with weights: {@code sums[v]} is the sum of the weights of the elements equal to
     * v, added in index order as NumPy adds them (so its bits). Two reads of x: its range sizes the
     * sums, then the weights are added; if another thread writes x meanwhile the sums are unspecified,
     * but no memory outside x, the weights and the sums is touched.
     *
     * @param x the values, read in place (not copied)
     * @param weights one weight per element of x, read in place
     * @return the sums, of length max(max(x) + 1, minlength) (minlength, or 0, when x is empty)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if x holds a negative value (x is only read), {@code minlength}
     *     is negative or too large, the maximum is too large for a {@code double[]} of sums, or the
     *     weights are not as many as the values
     */
    public static double[] bincount(int[] x, double[] weights) {
        return bincountOf(IntArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(weights, "weights")), 0);
    }

    /**
     * numpy.bincount with weights: {@code sums[v]} is the sum of the weights of the elements equal to
     * v, added in index order as NumPy adds them (so its bits). Two reads of x: its range sizes the
     * sums, then the weights are added; if another thread writes x meanwhile the sums are unspecified,
     * but no memory outside x, the weights and the sums is touched.
     *
     * @param x the values, read in place (not copied)
     * @param weights one weight per element of x, read in place
     * @return the sums, of length max(max(x) + 1, minlength) (minlength, or 0, when x is empty)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if x holds a negative value (x is only read), {@code minlength}
     *     is negative or too large, the maximum is too large for a {@code double[]} of sums, or the
     *     weights are not as many as the values
     */
    public static double[] bincount(long[] x, double[] weights) {
        return bincountOf(LongArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(weights, "weights")), 0);
    }

    /**
     * numpy.bincount with weights: {@code sums[v]} is the sum of the weights of the elements equal to
     * v, added in index order as NumPy adds them (so its bits). Two reads of x: its range sizes the
     * sums, then the weights are added; if another thread writes x meanwhile the sums are unspecified,
     * but no memory outside x, the weights and the sums is touched.
     *
     * @param x the values, read in place (not copied)
     * @param weights one weight per element of x, read in place
     * @param minlength the least length of the result
     * @return the sums, of length max(max(x) + 1, minlength) (minlength, or 0, when x is empty)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if x holds a negative value (x is only read), {@code minlength}
     *     is negative or too large, the maximum is too large for a {@code double[]} of sums, or the
     *     weights are not as many as the values
     */
    public static double[] bincount(int[] x, double[] weights, int minlength) {
        return bincountOf(IntArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(weights, "weights")), minlength);
    }

    /**
     * numpy.bincount with weights: {@code sums[v]} is the sum of the weights of the elements equal to
     * v, added in index order as NumPy adds them (so its bits). Two reads of x: its range sizes the
     * sums, then the weights are added; if another thread writes x meanwhile the sums are unspecified,
     * but no memory outside x, the weights and the sums is touched.
     *
     * @param x the values, read in place (not copied)
     * @param weights one weight per element of x, read in place
     * @param minlength the least length of the result
     * @return the sums, of length max(max(x) + 1, minlength) (minlength, or 0, when x is empty)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if x holds a negative value (x is only read), {@code minlength}
     *     is negative or too large, the maximum is too large for a {@code double[]} of sums, or the
     *     weights are not as many as the values
     */
    public static double[] bincount(long[] x, double[] weights, int minlength) {
        return bincountOf(LongArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(weights, "weights")), minlength);
    }

    /**
     * numpy.bincount with weights: {@code sums[v]} is the sum of the weights of the elements equal to
     * v, added in index order as NumPy adds them (so its bits). Two reads of x: its range sizes the
     * sums, then the weights are added; if another thread writes x meanwhile the sums are unspecified,
     * but no memory outside x, the weights and the sums is touched. x must be an int32 or int64 array,
     * the weights float64.
     *
     * @param x the array
     * @param weights one float64 weight per element of x
     * @param minlength the least length of the result
     * @return the sums, of length max(max(x) + 1, minlength) (minlength, or 0, when x is empty)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if x holds a negative value (x is only read), {@code minlength}
     *     is negative or too large, the maximum is too large for a {@code double[]} of sums, the
     *     weights are not as many as the values, or x is not an int32 or int64 array, or the weights
     *     are not float64
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double[] bincount(NumericArray x, NumericArray weights, int minlength) {
        return bincountOf(x, weights, minlength);
    }

    /**
     * {@code numpy.histogram(x, bins=name)}, name the rule's ("fd", "auto", ...): the rule chooses the
     * number of equal bins from the data (see {@link BinRule}), then the histogram is the one over
     * [min, max] of x with that many bins. Reads x a few times (range, and the statistics the rule
     * needs: std, or a selection of the quartiles).
     *
     * @param x the values, read in place (not copied)
     * @param rule how the number of bins is chosen
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), or the
     *     rule asks for more than 2^24 bins (a far outlier against a tight spread: give a bin count or
     *     a range)
     */
    public static Histogram histogram(double[] x, BinRule rule) {
        return histogramOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), rule);
    }

    /**
     * {@code numpy.histogram(x, bins=name)}, name the rule's ("fd", "auto", ...): the rule chooses the
     * number of equal bins from the data (see {@link BinRule}), then the histogram is the one over
     * [min, max] of x with that many bins. Reads x a few times (range, and the statistics the rule
     * needs: std, or a selection of the quartiles).
     *
     * @param x the values, read in place (not copied)
     * @param rule how the number of bins is chosen
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), or the
     *     rule asks for more than 2^24 bins (a far outlier against a tight spread: give a bin count or
     *     a range)
     */
    public static Histogram histogram(float[] x, BinRule rule) {
        return histogramOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), rule);
    }

    /**
     * {@code numpy.histogram(x, bins=name)}, name the rule's ("fd", "auto", ...): the rule chooses the
     * number of equal bins from the data (see {@link BinRule}), then the histogram is the one over
     * [min, max] of x with that many bins. Reads x a few times (range, and the statistics the rule
     * needs: std, or a selection of the quartiles).
     *
     * @param x the values, read in place (not copied)
     * @param rule how the number of bins is chosen
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), or the
     *     rule asks for more than 2^24 bins (a far outlier against a tight spread: give a bin count or
     *     a range)
     */
    public static Histogram histogram(int[] x, BinRule rule) {
        return histogramOf(IntArray.wrap(Objects.requireNonNull(x, "x")), rule);
    }

    /**
     * {@code numpy.histogram(x, bins=name)}, name the rule's ("fd", "auto", ...): the rule chooses the
     * number of equal bins from the data (see {@link BinRule}), then the histogram is the one over
     * [min, max] of x with that many bins. Reads x a few times (range, and the statistics the rule
     * needs: std, or a selection of the quartiles).
     *
     * @param x the values, read in place (not copied)
     * @param rule how the number of bins is chosen
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), or the
     *     rule asks for more than 2^24 bins (a far outlier against a tight spread: give a bin count or
     *     a range)
     */
    public static Histogram histogram(long[] x, BinRule rule) {
        return histogramOf(LongArray.wrap(Objects.requireNonNull(x, "x")), rule);
    }

    /**
     * {@code numpy.histogram(x, bins=name)}, name the rule's ("fd", "auto", ...): the rule chooses the
     * number of equal bins from the data (see {@link BinRule}), then the histogram is the one over
     * [min, max] of x with that many bins. Reads x a few times (range, and the statistics the rule
     * needs: std, or a selection of the quartiles).
     *
     * @param x the array
     * @param rule how the number of bins is chosen
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), or the
     *     rule asks for more than 2^24 bins (a far outlier against a tight spread: give a bin count or
     *     a range)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static Histogram histogram(NumericArray x, BinRule rule) {
        return histogramOf(x, rule);
    }

    /**
     * {@code numpy.histogram(x, bins=name, range=(lo, hi))}, name the rule's: the rule sees only the
     * values inside [lo, hi] (as NumPy's does; NaN and infinities are outside), then the histogram is
     * the one over [lo, hi] with the bins it chose. Memory: a copy of the values inside the range.
     *
     * @param x the values, read in place (not copied)
     * @param rule how the number of bins is chosen
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if lo or hi is not finite, {@code lo > hi}, or the rule asks for
     *     more than 2^24 bins
     */
    public static Histogram histogram(double[] x, BinRule rule, double lo, double hi) {
        return histogramOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), rule, lo, hi);
    }

    /**
     * {@code numpy.histogram(x, bins=name, range=(lo, hi))}, name the rule's: the rule sees only the
     * values inside [lo, hi] (as NumPy's does; NaN and infinities are outside), then the histogram is
     * the one over [lo, hi] with the bins it chose. Memory: a copy of the values inside the range.
     *
     * @param x the values, read in place (not copied)
     * @param rule how the number of bins is chosen
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if lo or hi is not finite, {@code lo > hi}, or the rule asks for
     *     more than 2^24 bins
     */
    public static Histogram histogram(float[] x, BinRule rule, double lo, double hi) {
        return histogramOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), rule, lo, hi);
    }

    /**
     * {@code numpy.histogram(x, bins=name, range=(lo, hi))}, name the rule's: the rule sees only the
     * values inside [lo, hi] (as NumPy's does; NaN and infinities are outside), then the histogram is
     * the one over [lo, hi] with the bins it chose. Memory: a copy of the values inside the range.
     *
     * @param x the values, read in place (not copied)
     * @param rule how the number of bins is chosen
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if lo or hi is not finite, {@code lo > hi}, or the rule asks for
     *     more than 2^24 bins
     */
    public static Histogram histogram(int[] x, BinRule rule, double lo, double hi) {
        return histogramOf(IntArray.wrap(Objects.requireNonNull(x, "x")), rule, lo, hi);
    }

    /**
     * {@code numpy.histogram(x, bins=name, range=(lo, hi))}, name the rule's: the rule sees only the
     * values inside [lo, hi] (as NumPy's does; NaN and infinities are outside), then the histogram is
     * the one over [lo, hi] with the bins it chose. Memory: a copy of the values inside the range.
     *
     * @param x the values, read in place (not copied)
     * @param rule how the number of bins is chosen
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if lo or hi is not finite, {@code lo > hi}, or the rule asks for
     *     more than 2^24 bins
     */
    public static Histogram histogram(long[] x, BinRule rule, double lo, double hi) {
        return histogramOf(LongArray.wrap(Objects.requireNonNull(x, "x")), rule, lo, hi);
    }

    /**
     * {@code numpy.histogram(x, bins=name, range=(lo, hi))}, name the rule's: the rule sees only the
     * values inside [lo, hi] (as NumPy's does; NaN and infinities are outside), then the histogram is
     * the one over [lo, hi] with the bins it chose. Memory: a copy of the values inside the range.
     *
     * @param x the array
     * @param rule how the number of bins is chosen
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @return the counts and the edges
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if lo or hi is not finite, {@code lo > hi}, or the rule asks for
     *     more than 2^24 bins
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static Histogram histogram(NumericArray x, BinRule rule, double lo, double hi) {
        return histogramOf(x, rule, lo, hi);
    }

    /**
     * {@code out[i] = sin x[i]} (radians), the argument reduced exactly however large (sin(1e300) is as
     * accurate as sin(1)): NaN and ±Inf give NaN, sin(-0.0) is -0.0. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void sin(double[] x, double[] out) {
        unaryOf(UnaryOp.SIN, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = sin x[i]} (radians), the argument reduced exactly however large (sin(1e300) is as
     * accurate as sin(1)): NaN and ±Inf give NaN, sin(-0.0) is -0.0. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void sin(float[] x, float[] out) {
        unaryOf(UnaryOp.SIN, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = sin x[i]} (radians), the argument reduced exactly however large (sin(1e300) is as
     * accurate as sin(1)): NaN and ±Inf give NaN, sin(-0.0) is -0.0. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp.
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void sin(NumericArray x, NumericArray out) {
        unaryOf(UnaryOp.SIN, x, out);
    }

    /**
     * {@code out[i] = sin x[i]} (radians), the argument reduced exactly however large (sin(1e300) is as
     * accurate as sin(1)): NaN and ±Inf give NaN, sin(-0.0) is -0.0. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp. This form returns the results in a new array on the Java
     * heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] sin(double[] x) {
        double[] r = NewArrays.like(x, "x");
        sin(x, r);
        return r;
    }

    /**
     * {@code out[i] = sin x[i]} (radians), the argument reduced exactly however large (sin(1e300) is as
     * accurate as sin(1)): NaN and ±Inf give NaN, sin(-0.0) is -0.0. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp. This form returns the results in a new array on the Java
     * heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] sin(float[] x) {
        float[] r = NewArrays.like(x, "x");
        sin(x, r);
        return r;
    }

    /**
     * {@code out[i] = sin x[i]} (radians), the argument reduced exactly however large (sin(1e300) is as
     * accurate as sin(1)): NaN and ±Inf give NaN, sin(-0.0) is -0.0. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp. This form returns the results in a new array in {@code
     * arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray sin(DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        sin(x, r);
        return r;
    }

    /**
     * {@code out[i] = sin x[i]} (radians), the argument reduced exactly however large (sin(1e300) is as
     * accurate as sin(1)): NaN and ±Inf give NaN, sin(-0.0) is -0.0. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp. This form returns the results in a new array in {@code
     * arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray sin(FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        sin(x, r);
        return r;
    }

    /**
     * {@code out[i] = sin x[i]} (radians), the argument reduced exactly however large (sin(1e300) is as
     * accurate as sin(1)): NaN and ±Inf give NaN, sin(-0.0) is -0.0. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp. This form returns the results in a new array in {@code
     * arena} instead of writing an {@code out}.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray sin(NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        sin(x, r);
        return r;
    }

    /**
     * {@code out[i] = cos x[i]} (radians), the argument reduced exactly however large: NaN and ±Inf
     * give NaN, cos(±0) is 1. Accuracy: float64 results within 1 ulp of the correctly rounded value (at
     * most that many representable values away from it; checked against high-precision references on
     * every backend and CPU path); float32 values are computed in float64 and rounded once, within 1
     * ulp.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void cos(double[] x, double[] out) {
        unaryOf(UnaryOp.COS, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = cos x[i]} (radians), the argument reduced exactly however large: NaN and ±Inf
     * give NaN, cos(±0) is 1. Accuracy: float64 results within 1 ulp of the correctly rounded value (at
     * most that many representable values away from it; checked against high-precision references on
     * every backend and CPU path); float32 values are computed in float64 and rounded once, within 1
     * ulp.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void cos(float[] x, float[] out) {
        unaryOf(UnaryOp.COS, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = cos x[i]} (radians), the argument reduced exactly however large: NaN and ±Inf
     * give NaN, cos(±0) is 1. Accuracy: float64 results within 1 ulp of the correctly rounded value (at
     * most that many representable values away from it; checked against high-precision references on
     * every backend and CPU path); float32 values are computed in float64 and rounded once, within 1
     * ulp.
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void cos(NumericArray x, NumericArray out) {
        unaryOf(UnaryOp.COS, x, out);
    }

    /**
     * {@code out[i] = cos x[i]} (radians), the argument reduced exactly however large: NaN and ±Inf
     * give NaN, cos(±0) is 1. Accuracy: float64 results within 1 ulp of the correctly rounded value (at
     * most that many representable values away from it; checked against high-precision references on
     * every backend and CPU path); float32 values are computed in float64 and rounded once, within 1
     * ulp. This form returns the results in a new array on the Java heap instead of writing an {@code
     * out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] cos(double[] x) {
        double[] r = NewArrays.like(x, "x");
        cos(x, r);
        return r;
    }

    /**
     * {@code out[i] = cos x[i]} (radians), the argument reduced exactly however large: NaN and ±Inf
     * give NaN, cos(±0) is 1. Accuracy: float64 results within 1 ulp of the correctly rounded value (at
     * most that many representable values away from it; checked against high-precision references on
     * every backend and CPU path); float32 values are computed in float64 and rounded once, within 1
     * ulp. This form returns the results in a new array on the Java heap instead of writing an {@code
     * out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] cos(float[] x) {
        float[] r = NewArrays.like(x, "x");
        cos(x, r);
        return r;
    }

    /**
     * {@code out[i] = cos x[i]} (radians), the argument reduced exactly however large: NaN and ±Inf
     * give NaN, cos(±0) is 1. Accuracy: float64 results within 1 ulp of the correctly rounded value (at
     * most that many representable values away from it; checked against high-precision references on
     * every backend and CPU path); float32 values are computed in float64 and rounded once, within 1
     * ulp. This form returns the results in a new array in {@code arena} instead of writing an {@code
     * out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray cos(DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        cos(x, r);
        return r;
    }

    /**
     * {@code out[i] = cos x[i]} (radians), the argument reduced exactly however large: NaN and ±Inf
     * give NaN, cos(±0) is 1. Accuracy: float64 results within 1 ulp of the correctly rounded value (at
     * most that many representable values away from it; checked against high-precision references on
     * every backend and CPU path); float32 values are computed in float64 and rounded once, within 1
     * ulp. This form returns the results in a new array in {@code arena} instead of writing an {@code
     * out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray cos(FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        cos(x, r);
        return r;
    }

    /**
     * {@code out[i] = cos x[i]} (radians), the argument reduced exactly however large: NaN and ±Inf
     * give NaN, cos(±0) is 1. Accuracy: float64 results within 1 ulp of the correctly rounded value (at
     * most that many representable values away from it; checked against high-precision references on
     * every backend and CPU path); float32 values are computed in float64 and rounded once, within 1
     * ulp. This form returns the results in a new array in {@code arena} instead of writing an {@code
     * out}.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray cos(NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        cos(x, r);
        return r;
    }

    /**
     * {@code out[i] = tan x[i]} (radians), the argument reduced exactly however large: NaN and ±Inf
     * give NaN, tan(-0.0) is -0.0. Accuracy: float64 results within 2 ulp of the correctly rounded
     * value (at most that many representable values away from it; checked against high-precision
     * references on every backend and CPU path); float32 values are computed in float64 and rounded
     * once, within 1 ulp.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void tan(double[] x, double[] out) {
        unaryOf(UnaryOp.TAN, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = tan x[i]} (radians), the argument reduced exactly however large: NaN and ±Inf
     * give NaN, tan(-0.0) is -0.0. Accuracy: float64 results within 2 ulp of the correctly rounded
     * value (at most that many representable values away from it; checked against high-precision
     * references on every backend and CPU path); float32 values are computed in float64 and rounded
     * once, within 1 ulp.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void tan(float[] x, float[] out) {
        unaryOf(UnaryOp.TAN, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = tan x[i]} (radians), the argument reduced exactly however large: NaN and ±Inf
     * give NaN, tan(-0.0) is -0.0. Accuracy: float64 results within 2 ulp of the correctly rounded
     * value (at most that many representable values away from it; checked against high-precision
     * references on every backend and CPU path); float32 values are computed in float64 and rounded
     * once, within 1 ulp.
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void tan(NumericArray x, NumericArray out) {
        unaryOf(UnaryOp.TAN, x, out);
    }

    /**
     * {@code out[i] = tan x[i]} (radians), the argument reduced exactly however large: NaN and ±Inf
     * give NaN, tan(-0.0) is -0.0. Accuracy: float64 results within 2 ulp of the correctly rounded
     * value (at most that many representable values away from it; checked against high-precision
     * references on every backend and CPU path); float32 values are computed in float64 and rounded
     * once, within 1 ulp. This form returns the results in a new array on the Java heap instead of
     * writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] tan(double[] x) {
        double[] r = NewArrays.like(x, "x");
        tan(x, r);
        return r;
    }

    /**
     * {@code out[i] = tan x[i]} (radians), the argument reduced exactly however large: NaN and ±Inf
     * give NaN, tan(-0.0) is -0.0. Accuracy: float64 results within 2 ulp of the correctly rounded
     * value (at most that many representable values away from it; checked against high-precision
     * references on every backend and CPU path); float32 values are computed in float64 and rounded
     * once, within 1 ulp. This form returns the results in a new array on the Java heap instead of
     * writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] tan(float[] x) {
        float[] r = NewArrays.like(x, "x");
        tan(x, r);
        return r;
    }

    /**
     * {@code out[i] = tan x[i]} (radians), the argument reduced exactly however large: NaN and ±Inf
     * give NaN, tan(-0.0) is -0.0. Accuracy: float64 results within 2 ulp of the correctly rounded
     * value (at most that many representable values away from it; checked against high-precision
     * references on every backend and CPU path); float32 values are computed in float64 and rounded
     * once, within 1 ulp. This form returns the results in a new array in {@code arena} instead of
     * writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray tan(DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        tan(x, r);
        return r;
    }

    /**
     * {@code out[i] = tan x[i]} (radians), the argument reduced exactly however large: NaN and ±Inf
     * give NaN, tan(-0.0) is -0.0. Accuracy: float64 results within 2 ulp of the correctly rounded
     * value (at most that many representable values away from it; checked against high-precision
     * references on every backend and CPU path); float32 values are computed in float64 and rounded
     * once, within 1 ulp. This form returns the results in a new array in {@code arena} instead of
     * writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray tan(FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        tan(x, r);
        return r;
    }

    /**
     * {@code out[i] = tan x[i]} (radians), the argument reduced exactly however large: NaN and ±Inf
     * give NaN, tan(-0.0) is -0.0. Accuracy: float64 results within 2 ulp of the correctly rounded
     * value (at most that many representable values away from it; checked against high-precision
     * references on every backend and CPU path); float32 values are computed in float64 and rounded
     * once, within 1 ulp. This form returns the results in a new array in {@code arena} instead of
     * writing an {@code out}.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray tan(NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        tan(x, r);
        return r;
    }

    /**
     * {@code out[i] = tanh x[i]}: tanh(±Inf) is ±1, tanh(-0.0) is -0.0, NaN stays NaN. Accuracy:
     * float64 results within 2 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void tanh(double[] x, double[] out) {
        unaryOf(UnaryOp.TANH, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = tanh x[i]}: tanh(±Inf) is ±1, tanh(-0.0) is -0.0, NaN stays NaN. Accuracy:
     * float64 results within 2 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void tanh(float[] x, float[] out) {
        unaryOf(UnaryOp.TANH, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = tanh x[i]}: tanh(±Inf) is ±1, tanh(-0.0) is -0.0, NaN stays NaN. Accuracy:
     * float64 results within 2 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp.
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void tanh(NumericArray x, NumericArray out) {
        unaryOf(UnaryOp.TANH, x, out);
    }

    /**
     * {@code out[i] = tanh x[i]}: tanh(±Inf) is ±1, tanh(-0.0) is -0.0, NaN stays NaN. Accuracy:
     * float64 results within 2 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp. This form returns the
     * results in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] tanh(double[] x) {
        double[] r = NewArrays.like(x, "x");
        tanh(x, r);
        return r;
    }

    /**
     * {@code out[i] = tanh x[i]}: tanh(±Inf) is ±1, tanh(-0.0) is -0.0, NaN stays NaN. Accuracy:
     * float64 results within 2 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp. This form returns the
     * results in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] tanh(float[] x) {
        float[] r = NewArrays.like(x, "x");
        tanh(x, r);
        return r;
    }

    /**
     * {@code out[i] = tanh x[i]}: tanh(±Inf) is ±1, tanh(-0.0) is -0.0, NaN stays NaN. Accuracy:
     * float64 results within 2 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp. This form returns the
     * results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray tanh(DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        tanh(x, r);
        return r;
    }

    /**
     * {@code out[i] = tanh x[i]}: tanh(±Inf) is ±1, tanh(-0.0) is -0.0, NaN stays NaN. Accuracy:
     * float64 results within 2 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp. This form returns the
     * results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray tanh(FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        tanh(x, r);
        return r;
    }

    /**
     * {@code out[i] = tanh x[i]}: tanh(±Inf) is ±1, tanh(-0.0) is -0.0, NaN stays NaN. Accuracy:
     * float64 results within 2 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp. This form returns the
     * results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray tanh(NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        tanh(x, r);
        return r;
    }

    /**
     * {@code out[i] = ln(1 + x[i])}, accurate also where {@code 1 + x} would round (tiny x): -Inf for
     * -1, NaN below -1, log1p(-0.0) is -0.0, log1p(+Inf) is +Inf. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void log1p(double[] x, double[] out) {
        unaryOf(UnaryOp.LOG1P, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = ln(1 + x[i])}, accurate also where {@code 1 + x} would round (tiny x): -Inf for
     * -1, NaN below -1, log1p(-0.0) is -0.0, log1p(+Inf) is +Inf. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void log1p(float[] x, float[] out) {
        unaryOf(UnaryOp.LOG1P, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = ln(1 + x[i])}, accurate also where {@code 1 + x} would round (tiny x): -Inf for
     * -1, NaN below -1, log1p(-0.0) is -0.0, log1p(+Inf) is +Inf. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp.
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void log1p(NumericArray x, NumericArray out) {
        unaryOf(UnaryOp.LOG1P, x, out);
    }

    /**
     * {@code out[i] = ln(1 + x[i])}, accurate also where {@code 1 + x} would round (tiny x): -Inf for
     * -1, NaN below -1, log1p(-0.0) is -0.0, log1p(+Inf) is +Inf. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp. This form returns the results in a new array on the Java
     * heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] log1p(double[] x) {
        double[] r = NewArrays.like(x, "x");
        log1p(x, r);
        return r;
    }

    /**
     * {@code out[i] = ln(1 + x[i])}, accurate also where {@code 1 + x} would round (tiny x): -Inf for
     * -1, NaN below -1, log1p(-0.0) is -0.0, log1p(+Inf) is +Inf. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp. This form returns the results in a new array on the Java
     * heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] log1p(float[] x) {
        float[] r = NewArrays.like(x, "x");
        log1p(x, r);
        return r;
    }

    /**
     * {@code out[i] = ln(1 + x[i])}, accurate also where {@code 1 + x} would round (tiny x): -Inf for
     * -1, NaN below -1, log1p(-0.0) is -0.0, log1p(+Inf) is +Inf. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp. This form returns the results in a new array in {@code
     * arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray log1p(DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        log1p(x, r);
        return r;
    }

    /**
     * {@code out[i] = ln(1 + x[i])}, accurate also where {@code 1 + x} would round (tiny x): -Inf for
     * -1, NaN below -1, log1p(-0.0) is -0.0, log1p(+Inf) is +Inf. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp. This form returns the results in a new array in {@code
     * arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray log1p(FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        log1p(x, r);
        return r;
    }

    /**
     * {@code out[i] = ln(1 + x[i])}, accurate also where {@code 1 + x} would round (tiny x): -Inf for
     * -1, NaN below -1, log1p(-0.0) is -0.0, log1p(+Inf) is +Inf. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp. This form returns the results in a new array in {@code
     * arena} instead of writing an {@code out}.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray log1p(NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        log1p(x, r);
        return r;
    }

    /**
     * {@code out[i] = e^x[i] - 1}, accurate also for tiny x: expm1(-Inf) is -1, +Inf beyond about
     * 709.78 (float32: 88.72), expm1(-0.0) is -0.0, NaN stays NaN. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void expm1(double[] x, double[] out) {
        unaryOf(UnaryOp.EXPM1, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = e^x[i] - 1}, accurate also for tiny x: expm1(-Inf) is -1, +Inf beyond about
     * 709.78 (float32: 88.72), expm1(-0.0) is -0.0, NaN stays NaN. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void expm1(float[] x, float[] out) {
        unaryOf(UnaryOp.EXPM1, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = e^x[i] - 1}, accurate also for tiny x: expm1(-Inf) is -1, +Inf beyond about
     * 709.78 (float32: 88.72), expm1(-0.0) is -0.0, NaN stays NaN. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp.
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void expm1(NumericArray x, NumericArray out) {
        unaryOf(UnaryOp.EXPM1, x, out);
    }

    /**
     * {@code out[i] = e^x[i] - 1}, accurate also for tiny x: expm1(-Inf) is -1, +Inf beyond about
     * 709.78 (float32: 88.72), expm1(-0.0) is -0.0, NaN stays NaN. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp. This form returns the results in a new array on the Java
     * heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] expm1(double[] x) {
        double[] r = NewArrays.like(x, "x");
        expm1(x, r);
        return r;
    }

    /**
     * {@code out[i] = e^x[i] - 1}, accurate also for tiny x: expm1(-Inf) is -1, +Inf beyond about
     * 709.78 (float32: 88.72), expm1(-0.0) is -0.0, NaN stays NaN. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp. This form returns the results in a new array on the Java
     * heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] expm1(float[] x) {
        float[] r = NewArrays.like(x, "x");
        expm1(x, r);
        return r;
    }

    /**
     * {@code out[i] = e^x[i] - 1}, accurate also for tiny x: expm1(-Inf) is -1, +Inf beyond about
     * 709.78 (float32: 88.72), expm1(-0.0) is -0.0, NaN stays NaN. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp. This form returns the results in a new array in {@code
     * arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray expm1(DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        expm1(x, r);
        return r;
    }

    /**
     * {@code out[i] = e^x[i] - 1}, accurate also for tiny x: expm1(-Inf) is -1, +Inf beyond about
     * 709.78 (float32: 88.72), expm1(-0.0) is -0.0, NaN stays NaN. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp. This form returns the results in a new array in {@code
     * arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray expm1(FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        expm1(x, r);
        return r;
    }

    /**
     * {@code out[i] = e^x[i] - 1}, accurate also for tiny x: expm1(-Inf) is -1, +Inf beyond about
     * 709.78 (float32: 88.72), expm1(-0.0) is -0.0, NaN stays NaN. Accuracy: float64 results within 1
     * ulp of the correctly rounded value (at most that many representable values away from it; checked
     * against high-precision references on every backend and CPU path); float32 values are computed in
     * float64 and rounded once, within 1 ulp. This form returns the results in a new array in {@code
     * arena} instead of writing an {@code out}.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray expm1(NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        expm1(x, r);
        return r;
    }

    /**
     * {@code out[i] = log2 x[i]}: exact for powers of two (subnormal ones included), NaN for a negative
     * value, -Inf for ±0, log2(+Inf) is +Inf. Accuracy: float64 results within 2 ulp of the correctly
     * rounded value (at most that many representable values away from it; checked against
     * high-precision references on every backend and CPU path); float32 values are computed in float64
     * and rounded once, within 1 ulp.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void log2(double[] x, double[] out) {
        unaryOf(UnaryOp.LOG2, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = log2 x[i]}: exact for powers of two (subnormal ones included), NaN for a negative
     * value, -Inf for ±0, log2(+Inf) is +Inf. Accuracy: float64 results within 2 ulp of the correctly
     * rounded value (at most that many representable values away from it; checked against
     * high-precision references on every backend and CPU path); float32 values are computed in float64
     * and rounded once, within 1 ulp.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void log2(float[] x, float[] out) {
        unaryOf(UnaryOp.LOG2, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = log2 x[i]}: exact for powers of two (subnormal ones included), NaN for a negative
     * value, -Inf for ±0, log2(+Inf) is +Inf. Accuracy: float64 results within 2 ulp of the correctly
     * rounded value (at most that many representable values away from it; checked against
     * high-precision references on every backend and CPU path); float32 values are computed in float64
     * and rounded once, within 1 ulp.
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void log2(NumericArray x, NumericArray out) {
        unaryOf(UnaryOp.LOG2, x, out);
    }

    /**
     * {@code out[i] = log2 x[i]}: exact for powers of two (subnormal ones included), NaN for a negative
     * value, -Inf for ±0, log2(+Inf) is +Inf. Accuracy: float64 results within 2 ulp of the correctly
     * rounded value (at most that many representable values away from it; checked against
     * high-precision references on every backend and CPU path); float32 values are computed in float64
     * and rounded once, within 1 ulp. This form returns the results in a new array on the Java heap
     * instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] log2(double[] x) {
        double[] r = NewArrays.like(x, "x");
        log2(x, r);
        return r;
    }

    /**
     * {@code out[i] = log2 x[i]}: exact for powers of two (subnormal ones included), NaN for a negative
     * value, -Inf for ±0, log2(+Inf) is +Inf. Accuracy: float64 results within 2 ulp of the correctly
     * rounded value (at most that many representable values away from it; checked against
     * high-precision references on every backend and CPU path); float32 values are computed in float64
     * and rounded once, within 1 ulp. This form returns the results in a new array on the Java heap
     * instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] log2(float[] x) {
        float[] r = NewArrays.like(x, "x");
        log2(x, r);
        return r;
    }

    /**
     * {@code out[i] = log2 x[i]}: exact for powers of two (subnormal ones included), NaN for a negative
     * value, -Inf for ±0, log2(+Inf) is +Inf. Accuracy: float64 results within 2 ulp of the correctly
     * rounded value (at most that many representable values away from it; checked against
     * high-precision references on every backend and CPU path); float32 values are computed in float64
     * and rounded once, within 1 ulp. This form returns the results in a new array in {@code arena}
     * instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray log2(DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        log2(x, r);
        return r;
    }

    /**
     * {@code out[i] = log2 x[i]}: exact for powers of two (subnormal ones included), NaN for a negative
     * value, -Inf for ±0, log2(+Inf) is +Inf. Accuracy: float64 results within 2 ulp of the correctly
     * rounded value (at most that many representable values away from it; checked against
     * high-precision references on every backend and CPU path); float32 values are computed in float64
     * and rounded once, within 1 ulp. This form returns the results in a new array in {@code arena}
     * instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray log2(FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        log2(x, r);
        return r;
    }

    /**
     * {@code out[i] = log2 x[i]}: exact for powers of two (subnormal ones included), NaN for a negative
     * value, -Inf for ±0, log2(+Inf) is +Inf. Accuracy: float64 results within 2 ulp of the correctly
     * rounded value (at most that many representable values away from it; checked against
     * high-precision references on every backend and CPU path); float32 values are computed in float64
     * and rounded once, within 1 ulp. This form returns the results in a new array in {@code arena}
     * instead of writing an {@code out}.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray log2(NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        log2(x, r);
        return r;
    }

    /**
     * {@code out[i] = log10 x[i]}: NaN for a negative value, -Inf for ±0, log10(+Inf) is +Inf.
     * Accuracy: float64 results within 2 ulp of the correctly rounded value (at most that many
     * representable values away from it; checked against high-precision references on every backend and
     * CPU path); float32 values are computed in float64 and rounded once, within 1 ulp.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void log10(double[] x, double[] out) {
        unaryOf(UnaryOp.LOG10, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = log10 x[i]}: NaN for a negative value, -Inf for ±0, log10(+Inf) is +Inf.
     * Accuracy: float64 results within 2 ulp of the correctly rounded value (at most that many
     * representable values away from it; checked against high-precision references on every backend and
     * CPU path); float32 values are computed in float64 and rounded once, within 1 ulp.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void log10(float[] x, float[] out) {
        unaryOf(UnaryOp.LOG10, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i] = log10 x[i]}: NaN for a negative value, -Inf for ±0, log10(+Inf) is +Inf.
     * Accuracy: float64 results within 2 ulp of the correctly rounded value (at most that many
     * representable values away from it; checked against high-precision references on every backend and
     * CPU path); float32 values are computed in float64 and rounded once, within 1 ulp.
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void log10(NumericArray x, NumericArray out) {
        unaryOf(UnaryOp.LOG10, x, out);
    }

    /**
     * {@code out[i] = log10 x[i]}: NaN for a negative value, -Inf for ±0, log10(+Inf) is +Inf.
     * Accuracy: float64 results within 2 ulp of the correctly rounded value (at most that many
     * representable values away from it; checked against high-precision references on every backend and
     * CPU path); float32 values are computed in float64 and rounded once, within 1 ulp. This form
     * returns the results in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] log10(double[] x) {
        double[] r = NewArrays.like(x, "x");
        log10(x, r);
        return r;
    }

    /**
     * {@code out[i] = log10 x[i]}: NaN for a negative value, -Inf for ±0, log10(+Inf) is +Inf.
     * Accuracy: float64 results within 2 ulp of the correctly rounded value (at most that many
     * representable values away from it; checked against high-precision references on every backend and
     * CPU path); float32 values are computed in float64 and rounded once, within 1 ulp. This form
     * returns the results in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] log10(float[] x) {
        float[] r = NewArrays.like(x, "x");
        log10(x, r);
        return r;
    }

    /**
     * {@code out[i] = log10 x[i]}: NaN for a negative value, -Inf for ±0, log10(+Inf) is +Inf.
     * Accuracy: float64 results within 2 ulp of the correctly rounded value (at most that many
     * representable values away from it; checked against high-precision references on every backend and
     * CPU path); float32 values are computed in float64 and rounded once, within 1 ulp. This form
     * returns the results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray log10(DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        log10(x, r);
        return r;
    }

    /**
     * {@code out[i] = log10 x[i]}: NaN for a negative value, -Inf for ±0, log10(+Inf) is +Inf.
     * Accuracy: float64 results within 2 ulp of the correctly rounded value (at most that many
     * representable values away from it; checked against high-precision references on every backend and
     * CPU path); float32 values are computed in float64 and rounded once, within 1 ulp. This form
     * returns the results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray log10(FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        log10(x, r);
        return r;
    }

    /**
     * {@code out[i] = log10 x[i]}: NaN for a negative value, -Inf for ±0, log10(+Inf) is +Inf.
     * Accuracy: float64 results within 2 ulp of the correctly rounded value (at most that many
     * representable values away from it; checked against high-precision references on every backend and
     * CPU path); float32 values are computed in float64 and rounded once, within 1 ulp. This form
     * returns the results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray log10(NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        log10(x, r);
        return r;
    }

    /**
     * {@code out[i]} is the largest integer not above {@code x[i]} (NumPy's {@code floor}): floor(-0.5)
     * is -1.0, floor(-0.0) is -0.0, ±Inf and NaN stay. Exact: the same bits as NumPy on every backend
     * and CPU path.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void floor(double[] x, double[] out) {
        unaryOf(UnaryOp.FLOOR, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i]} is the largest integer not above {@code x[i]} (NumPy's {@code floor}): floor(-0.5)
     * is -1.0, floor(-0.0) is -0.0, ±Inf and NaN stay. Exact: the same bits as NumPy on every backend
     * and CPU path. float32 values are computed in float32, exactly.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void floor(float[] x, float[] out) {
        unaryOf(UnaryOp.FLOOR, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i]} is the largest integer not above {@code x[i]} (NumPy's {@code floor}): floor(-0.5)
     * is -1.0, floor(-0.0) is -0.0, ±Inf and NaN stay. Exact: the same bits as NumPy on every backend
     * and CPU path.
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void floor(NumericArray x, NumericArray out) {
        unaryOf(UnaryOp.FLOOR, x, out);
    }

    /**
     * {@code out[i]} is the largest integer not above {@code x[i]} (NumPy's {@code floor}): floor(-0.5)
     * is -1.0, floor(-0.0) is -0.0, ±Inf and NaN stay. Exact: the same bits as NumPy on every backend
     * and CPU path. This form returns the results in a new array on the Java heap instead of writing an
     * {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] floor(double[] x) {
        double[] r = NewArrays.like(x, "x");
        floor(x, r);
        return r;
    }

    /**
     * {@code out[i]} is the largest integer not above {@code x[i]} (NumPy's {@code floor}): floor(-0.5)
     * is -1.0, floor(-0.0) is -0.0, ±Inf and NaN stay. Exact: the same bits as NumPy on every backend
     * and CPU path. float32 values are computed in float32, exactly. This form returns the results in a
     * new array on the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] floor(float[] x) {
        float[] r = NewArrays.like(x, "x");
        floor(x, r);
        return r;
    }

    /**
     * {@code out[i]} is the largest integer not above {@code x[i]} (NumPy's {@code floor}): floor(-0.5)
     * is -1.0, floor(-0.0) is -0.0, ±Inf and NaN stay. Exact: the same bits as NumPy on every backend
     * and CPU path. This form returns the results in a new array in {@code arena} instead of writing an
     * {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray floor(DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        floor(x, r);
        return r;
    }

    /**
     * {@code out[i]} is the largest integer not above {@code x[i]} (NumPy's {@code floor}): floor(-0.5)
     * is -1.0, floor(-0.0) is -0.0, ±Inf and NaN stay. Exact: the same bits as NumPy on every backend
     * and CPU path. float32 values are computed in float32, exactly. This form returns the results in a
     * new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray floor(FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        floor(x, r);
        return r;
    }

    /**
     * {@code out[i]} is the largest integer not above {@code x[i]} (NumPy's {@code floor}): floor(-0.5)
     * is -1.0, floor(-0.0) is -0.0, ±Inf and NaN stay. Exact: the same bits as NumPy on every backend
     * and CPU path. This form returns the results in a new array in {@code arena} instead of writing an
     * {@code out}.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray floor(NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        floor(x, r);
        return r;
    }

    /**
     * {@code out[i]} is the smallest integer not below {@code x[i]} (NumPy's {@code ceil}): ceil(-0.5)
     * is -0.0, ±Inf and NaN stay. Exact: the same bits as NumPy on every backend and CPU path.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void ceil(double[] x, double[] out) {
        unaryOf(UnaryOp.CEIL, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i]} is the smallest integer not below {@code x[i]} (NumPy's {@code ceil}): ceil(-0.5)
     * is -0.0, ±Inf and NaN stay. Exact: the same bits as NumPy on every backend and CPU path. float32
     * values are computed in float32, exactly.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void ceil(float[] x, float[] out) {
        unaryOf(UnaryOp.CEIL, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i]} is the smallest integer not below {@code x[i]} (NumPy's {@code ceil}): ceil(-0.5)
     * is -0.0, ±Inf and NaN stay. Exact: the same bits as NumPy on every backend and CPU path.
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void ceil(NumericArray x, NumericArray out) {
        unaryOf(UnaryOp.CEIL, x, out);
    }

    /**
     * {@code out[i]} is the smallest integer not below {@code x[i]} (NumPy's {@code ceil}): ceil(-0.5)
     * is -0.0, ±Inf and NaN stay. Exact: the same bits as NumPy on every backend and CPU path. This
     * form returns the results in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] ceil(double[] x) {
        double[] r = NewArrays.like(x, "x");
        ceil(x, r);
        return r;
    }

    /**
     * {@code out[i]} is the smallest integer not below {@code x[i]} (NumPy's {@code ceil}): ceil(-0.5)
     * is -0.0, ±Inf and NaN stay. Exact: the same bits as NumPy on every backend and CPU path. float32
     * values are computed in float32, exactly. This form returns the results in a new array on the Java
     * heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] ceil(float[] x) {
        float[] r = NewArrays.like(x, "x");
        ceil(x, r);
        return r;
    }

    /**
     * {@code out[i]} is the smallest integer not below {@code x[i]} (NumPy's {@code ceil}): ceil(-0.5)
     * is -0.0, ±Inf and NaN stay. Exact: the same bits as NumPy on every backend and CPU path. This
     * form returns the results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray ceil(DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        ceil(x, r);
        return r;
    }

    /**
     * {@code out[i]} is the smallest integer not below {@code x[i]} (NumPy's {@code ceil}): ceil(-0.5)
     * is -0.0, ±Inf and NaN stay. Exact: the same bits as NumPy on every backend and CPU path. float32
     * values are computed in float32, exactly. This form returns the results in a new array in {@code
     * arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray ceil(FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        ceil(x, r);
        return r;
    }

    /**
     * {@code out[i]} is the smallest integer not below {@code x[i]} (NumPy's {@code ceil}): ceil(-0.5)
     * is -0.0, ±Inf and NaN stay. Exact: the same bits as NumPy on every backend and CPU path. This
     * form returns the results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray ceil(NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        ceil(x, r);
        return r;
    }

    /**
     * {@code out[i]} is {@code x[i]} rounded to the nearest integer, halves to even (NumPy's {@code
     * rint}, and its {@code round} with no decimals): rint(2.5) is 2.0, rint(-0.5) is -0.0, ±Inf and
     * NaN stay. Exact: the same bits as NumPy on every backend and CPU path.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void rint(double[] x, double[] out) {
        unaryOf(UnaryOp.RINT, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i]} is {@code x[i]} rounded to the nearest integer, halves to even (NumPy's {@code
     * rint}, and its {@code round} with no decimals): rint(2.5) is 2.0, rint(-0.5) is -0.0, ±Inf and
     * NaN stay. Exact: the same bits as NumPy on every backend and CPU path. float32 values are
     * computed in float32, exactly.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void rint(float[] x, float[] out) {
        unaryOf(UnaryOp.RINT, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * {@code out[i]} is {@code x[i]} rounded to the nearest integer, halves to even (NumPy's {@code
     * rint}, and its {@code round} with no decimals): rint(2.5) is 2.0, rint(-0.5) is -0.0, ±Inf and
     * NaN stay. Exact: the same bits as NumPy on every backend and CPU path.
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void rint(NumericArray x, NumericArray out) {
        unaryOf(UnaryOp.RINT, x, out);
    }

    /**
     * {@code out[i]} is {@code x[i]} rounded to the nearest integer, halves to even (NumPy's {@code
     * rint}, and its {@code round} with no decimals): rint(2.5) is 2.0, rint(-0.5) is -0.0, ±Inf and
     * NaN stay. Exact: the same bits as NumPy on every backend and CPU path. This form returns the
     * results in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] rint(double[] x) {
        double[] r = NewArrays.like(x, "x");
        rint(x, r);
        return r;
    }

    /**
     * {@code out[i]} is {@code x[i]} rounded to the nearest integer, halves to even (NumPy's {@code
     * rint}, and its {@code round} with no decimals): rint(2.5) is 2.0, rint(-0.5) is -0.0, ±Inf and
     * NaN stay. Exact: the same bits as NumPy on every backend and CPU path. float32 values are
     * computed in float32, exactly. This form returns the results in a new array on the Java heap
     * instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] rint(float[] x) {
        float[] r = NewArrays.like(x, "x");
        rint(x, r);
        return r;
    }

    /**
     * {@code out[i]} is {@code x[i]} rounded to the nearest integer, halves to even (NumPy's {@code
     * rint}, and its {@code round} with no decimals): rint(2.5) is 2.0, rint(-0.5) is -0.0, ±Inf and
     * NaN stay. Exact: the same bits as NumPy on every backend and CPU path. This form returns the
     * results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray rint(DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        rint(x, r);
        return r;
    }

    /**
     * {@code out[i]} is {@code x[i]} rounded to the nearest integer, halves to even (NumPy's {@code
     * rint}, and its {@code round} with no decimals): rint(2.5) is 2.0, rint(-0.5) is -0.0, ±Inf and
     * NaN stay. Exact: the same bits as NumPy on every backend and CPU path. float32 values are
     * computed in float32, exactly. This form returns the results in a new array in {@code arena}
     * instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray rint(FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        rint(x, r);
        return r;
    }

    /**
     * {@code out[i]} is {@code x[i]} rounded to the nearest integer, halves to even (NumPy's {@code
     * rint}, and its {@code round} with no decimals): rint(2.5) is 2.0, rint(-0.5) is -0.0, ±Inf and
     * NaN stay. Exact: the same bits as NumPy on every backend and CPU path. This form returns the
     * results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray rint(NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        rint(x, r);
        return r;
    }

    /**
     * NumPy's {@code sign}: 1.0 for a positive value, -1.0 for a negative one (subnormals included),
     * +0.0 for either zero, and a NaN stays that NaN. Exact: the same bits as NumPy on every backend
     * and CPU path.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void sign(double[] x, double[] out) {
        unaryOf(UnaryOp.SIGN, DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code sign}: 1.0 for a positive value, -1.0 for a negative one (subnormals included),
     * +0.0 for either zero, and a NaN stays that NaN. Exact: the same bits as NumPy on every backend
     * and CPU path. float32 values are computed in float32, exactly.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void sign(float[] x, float[] out) {
        unaryOf(UnaryOp.SIGN, FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code sign}: 1.0 for a positive value, -1.0 for a negative one (subnormals included),
     * +0.0 for either zero, and a NaN stays that NaN. Exact: the same bits as NumPy on every backend
     * and CPU path.
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void sign(NumericArray x, NumericArray out) {
        unaryOf(UnaryOp.SIGN, x, out);
    }

    /**
     * NumPy's {@code sign}: 1.0 for a positive value, -1.0 for a negative one (subnormals included),
     * +0.0 for either zero, and a NaN stays that NaN. Exact: the same bits as NumPy on every backend
     * and CPU path. This form returns the results in a new array on the Java heap instead of writing an
     * {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static double[] sign(double[] x) {
        double[] r = NewArrays.like(x, "x");
        sign(x, r);
        return r;
    }

    /**
     * NumPy's {@code sign}: 1.0 for a positive value, -1.0 for a negative one (subnormals included),
     * +0.0 for either zero, and a NaN stays that NaN. Exact: the same bits as NumPy on every backend
     * and CPU path. float32 values are computed in float32, exactly. This form returns the results in a
     * new array on the Java heap instead of writing an {@code out}.
     *
     * @param x the values, read in place (not copied)
     * @return a new array on the Java heap, as long as {@code x}, holding the results
     * @throws NullPointerException if {@code x} is null
     */
    public static float[] sign(float[] x) {
        float[] r = NewArrays.like(x, "x");
        sign(x, r);
        return r;
    }

    /**
     * NumPy's {@code sign}: 1.0 for a positive value, -1.0 for a negative one (subnormals included),
     * +0.0 for either zero, and a NaN stays that NaN. Exact: the same bits as NumPy on every backend
     * and CPU path. This form returns the results in a new array in {@code arena} instead of writing an
     * {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray sign(DoubleArray x, Arena arena) {
        DoubleArray r = NewArrays.like(x, "x", arena);
        sign(x, r);
        return r;
    }

    /**
     * NumPy's {@code sign}: 1.0 for a positive value, -1.0 for a negative one (subnormals included),
     * +0.0 for either zero, and a NaN stays that NaN. Exact: the same bits as NumPy on every backend
     * and CPU path. float32 values are computed in float32, exactly. This form returns the results in a
     * new array in {@code arena} instead of writing an {@code out}.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray sign(FloatArray x, Arena arena) {
        FloatArray r = NewArrays.like(x, "x", arena);
        sign(x, r);
        return r;
    }

    /**
     * NumPy's {@code sign}: 1.0 for a positive value, -1.0 for a negative one (subnormals included),
     * +0.0 for either zero, and a NaN stays that NaN. Exact: the same bits as NumPy on every backend
     * and CPU path. This form returns the results in a new array in {@code arena} instead of writing an
     * {@code out}.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code x}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray sign(NumericArray x, Arena arena) {
        NumericArray r = NewArrays.like(x, "x", arena);
        sign(x, r);
        return r;
    }

    /**
     * NumPy's {@code power} for floats, {@code out[i] = a[i]^b[i]}, C's pow: pow(x, ±0) is 1 and pow(1,
     * y) is 1 for every x and y (NaN included), pow(-1, ±Inf) is 1, a negative base with a non-integer
     * exponent gives NaN, {@code pow(±0, y)} for {@code y < 0} is ±Inf, overflow gives ±Inf. Accuracy:
     * float64 results within 1 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp.
     *
     * @param a the bases
     * @param b the exponents
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void pow(double[] a, double[] b, double[] out) {
        binaryOf(BinaryOp.POW, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code power} for floats, {@code out[i] = a[i]^b[i]}, C's pow: pow(x, ±0) is 1 and pow(1,
     * y) is 1 for every x and y (NaN included), pow(-1, ±Inf) is 1, a negative base with a non-integer
     * exponent gives NaN, {@code pow(±0, y)} for {@code y < 0} is ±Inf, overflow gives ±Inf. Accuracy:
     * float64 results within 1 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp.
     *
     * @param a the bases
     * @param b the exponents
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void pow(float[] a, float[] b, float[] out) {
        binaryOf(BinaryOp.POW, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code power} for floats, {@code out[i] = a[i]^b[i]}, C's pow: pow(x, ±0) is 1 and pow(1,
     * y) is 1 for every x and y (NaN included), pow(-1, ±Inf) is 1, a negative base with a non-integer
     * exponent gives NaN, {@code pow(±0, y)} for {@code y < 0} is ±Inf, overflow gives ±Inf. Accuracy:
     * float64 results within 1 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp.
     *
     * @param a the bases (float64 or float32)
     * @param b the exponents (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code a} and {@code b}
     *     differ in length or type, or {@code out} is shorter than the input, read-only or of another
     *     type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void pow(NumericArray a, NumericArray b, NumericArray out) {
        binaryOf(BinaryOp.POW, a, b, out);
    }

    /**
     * NumPy's {@code power} for floats, {@code out[i] = a[i]^b[i]}, C's pow: pow(x, ±0) is 1 and pow(1,
     * y) is 1 for every x and y (NaN included), pow(-1, ±Inf) is 1, a negative base with a non-integer
     * exponent gives NaN, {@code pow(±0, y)} for {@code y < 0} is ±Inf, overflow gives ±Inf. Accuracy:
     * float64 results within 1 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp. This form returns the
     * results in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the bases
     * @param b the exponents
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static double[] pow(double[] a, double[] b) {
        double[] r = NewArrays.like(a, "a");
        pow(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code power} for floats, {@code out[i] = a[i]^b[i]}, C's pow: pow(x, ±0) is 1 and pow(1,
     * y) is 1 for every x and y (NaN included), pow(-1, ±Inf) is 1, a negative base with a non-integer
     * exponent gives NaN, {@code pow(±0, y)} for {@code y < 0} is ±Inf, overflow gives ±Inf. Accuracy:
     * float64 results within 1 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp. This form returns the
     * results in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the bases
     * @param b the exponents
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static float[] pow(float[] a, float[] b) {
        float[] r = NewArrays.like(a, "a");
        pow(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code power} for floats, {@code out[i] = a[i]^b[i]}, C's pow: pow(x, ±0) is 1 and pow(1,
     * y) is 1 for every x and y (NaN included), pow(-1, ±Inf) is 1, a negative base with a non-integer
     * exponent gives NaN, {@code pow(±0, y)} for {@code y < 0} is ±Inf, overflow gives ±Inf. Accuracy:
     * float64 results within 1 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp. This form returns the
     * results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the bases
     * @param b the exponents
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray pow(DoubleArray a, DoubleArray b, Arena arena) {
        DoubleArray r = NewArrays.like(a, b, arena);
        pow(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code power} for floats, {@code out[i] = a[i]^b[i]}, C's pow: pow(x, ±0) is 1 and pow(1,
     * y) is 1 for every x and y (NaN included), pow(-1, ±Inf) is 1, a negative base with a non-integer
     * exponent gives NaN, {@code pow(±0, y)} for {@code y < 0} is ±Inf, overflow gives ±Inf. Accuracy:
     * float64 results within 1 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp. This form returns the
     * results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the bases
     * @param b the exponents
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray pow(FloatArray a, FloatArray b, Arena arena) {
        FloatArray r = NewArrays.like(a, b, arena);
        pow(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code power} for floats, {@code out[i] = a[i]^b[i]}, C's pow: pow(x, ±0) is 1 and pow(1,
     * y) is 1 for every x and y (NaN included), pow(-1, ±Inf) is 1, a negative base with a non-integer
     * exponent gives NaN, {@code pow(±0, y)} for {@code y < 0} is ±Inf, overflow gives ±Inf. Accuracy:
     * float64 results within 1 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp. This form returns the
     * results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the bases (float64 or float32)
     * @param b the exponents (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code a} and {@code
     *     b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray pow(NumericArray a, NumericArray b, Arena arena) {
        NumericArray r = NewArrays.like(a, b, arena);
        pow(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code arctan2}, {@code out[i] = atan2(a[i], b[i])}: the angle of the point (b[i], a[i])
     * in radians, in [-pi, pi], with C's signed-zero and infinity rules (atan2(±0, -0.0) is ±pi,
     * atan2(±0, +0.0) is ±0, atan2(±Inf, ±Inf) is ±pi/4 or ±3pi/4); NaN from a NaN operand. Accuracy:
     * float64 results within 2 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp.
     *
     * @param a the y coordinates
     * @param b the x coordinates
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void atan2(double[] a, double[] b, double[] out) {
        binaryOf(BinaryOp.ATAN2, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code arctan2}, {@code out[i] = atan2(a[i], b[i])}: the angle of the point (b[i], a[i])
     * in radians, in [-pi, pi], with C's signed-zero and infinity rules (atan2(±0, -0.0) is ±pi,
     * atan2(±0, +0.0) is ±0, atan2(±Inf, ±Inf) is ±pi/4 or ±3pi/4); NaN from a NaN operand. Accuracy:
     * float64 results within 2 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp.
     *
     * @param a the y coordinates
     * @param b the x coordinates
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void atan2(float[] a, float[] b, float[] out) {
        binaryOf(BinaryOp.ATAN2, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code arctan2}, {@code out[i] = atan2(a[i], b[i])}: the angle of the point (b[i], a[i])
     * in radians, in [-pi, pi], with C's signed-zero and infinity rules (atan2(±0, -0.0) is ±pi,
     * atan2(±0, +0.0) is ±0, atan2(±Inf, ±Inf) is ±pi/4 or ±3pi/4); NaN from a NaN operand. Accuracy:
     * float64 results within 2 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp.
     *
     * @param a the y coordinates (float64 or float32)
     * @param b the x coordinates (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code a} and {@code b}
     *     differ in length or type, or {@code out} is shorter than the input, read-only or of another
     *     type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void atan2(NumericArray a, NumericArray b, NumericArray out) {
        binaryOf(BinaryOp.ATAN2, a, b, out);
    }

    /**
     * NumPy's {@code arctan2}, {@code out[i] = atan2(a[i], b[i])}: the angle of the point (b[i], a[i])
     * in radians, in [-pi, pi], with C's signed-zero and infinity rules (atan2(±0, -0.0) is ±pi,
     * atan2(±0, +0.0) is ±0, atan2(±Inf, ±Inf) is ±pi/4 or ±3pi/4); NaN from a NaN operand. Accuracy:
     * float64 results within 2 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp. This form returns the
     * results in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the y coordinates
     * @param b the x coordinates
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static double[] atan2(double[] a, double[] b) {
        double[] r = NewArrays.like(a, "a");
        atan2(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code arctan2}, {@code out[i] = atan2(a[i], b[i])}: the angle of the point (b[i], a[i])
     * in radians, in [-pi, pi], with C's signed-zero and infinity rules (atan2(±0, -0.0) is ±pi,
     * atan2(±0, +0.0) is ±0, atan2(±Inf, ±Inf) is ±pi/4 or ±3pi/4); NaN from a NaN operand. Accuracy:
     * float64 results within 2 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp. This form returns the
     * results in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the y coordinates
     * @param b the x coordinates
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static float[] atan2(float[] a, float[] b) {
        float[] r = NewArrays.like(a, "a");
        atan2(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code arctan2}, {@code out[i] = atan2(a[i], b[i])}: the angle of the point (b[i], a[i])
     * in radians, in [-pi, pi], with C's signed-zero and infinity rules (atan2(±0, -0.0) is ±pi,
     * atan2(±0, +0.0) is ±0, atan2(±Inf, ±Inf) is ±pi/4 or ±3pi/4); NaN from a NaN operand. Accuracy:
     * float64 results within 2 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp. This form returns the
     * results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the y coordinates
     * @param b the x coordinates
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray atan2(DoubleArray a, DoubleArray b, Arena arena) {
        DoubleArray r = NewArrays.like(a, b, arena);
        atan2(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code arctan2}, {@code out[i] = atan2(a[i], b[i])}: the angle of the point (b[i], a[i])
     * in radians, in [-pi, pi], with C's signed-zero and infinity rules (atan2(±0, -0.0) is ±pi,
     * atan2(±0, +0.0) is ±0, atan2(±Inf, ±Inf) is ±pi/4 or ±3pi/4); NaN from a NaN operand. Accuracy:
     * float64 results within 2 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp. This form returns the
     * results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the y coordinates
     * @param b the x coordinates
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray atan2(FloatArray a, FloatArray b, Arena arena) {
        FloatArray r = NewArrays.like(a, b, arena);
        atan2(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code arctan2}, {@code out[i] = atan2(a[i], b[i])}: the angle of the point (b[i], a[i])
     * in radians, in [-pi, pi], with C's signed-zero and infinity rules (atan2(±0, -0.0) is ±pi,
     * atan2(±0, +0.0) is ±0, atan2(±Inf, ±Inf) is ±pi/4 or ±3pi/4); NaN from a NaN operand. Accuracy:
     * float64 results within 2 ulp of the correctly rounded value (at most that many representable
     * values away from it; checked against high-precision references on every backend and CPU path);
     * float32 values are computed in float64 and rounded once, within 1 ulp. This form returns the
     * results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the y coordinates (float64 or float32)
     * @param b the x coordinates (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code a} and {@code
     *     b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray atan2(NumericArray a, NumericArray b, Arena arena) {
        NumericArray r = NewArrays.like(a, b, arena);
        atan2(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code minimum}: the smaller of {@code a[i]} and {@code b[i]}, NaN if either is NaN; when
     * they compare equal the result is {@code b[i]}, so minimum(+0.0, -0.0) is -0.0 and minimum(-0.0,
     * +0.0) is +0.0, as in NumPy. Exact: the same bits as NumPy on every backend and CPU path.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void minimum(double[] a, double[] b, double[] out) {
        binaryOf(BinaryOp.MINIMUM, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code minimum}: the smaller of {@code a[i]} and {@code b[i]}, NaN if either is NaN; when
     * they compare equal the result is {@code b[i]}, so minimum(+0.0, -0.0) is -0.0 and minimum(-0.0,
     * +0.0) is +0.0, as in NumPy. Exact: the same bits as NumPy on every backend and CPU path. float32
     * values are computed in float32, exactly.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void minimum(float[] a, float[] b, float[] out) {
        binaryOf(BinaryOp.MINIMUM, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code minimum}: the smaller of {@code a[i]} and {@code b[i]}, NaN if either is NaN; when
     * they compare equal the result is {@code b[i]}, so minimum(+0.0, -0.0) is -0.0 and minimum(-0.0,
     * +0.0) is +0.0, as in NumPy. Exact: the same bits as NumPy on every backend and CPU path.
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code a} and {@code b}
     *     differ in length or type, or {@code out} is shorter than the input, read-only or of another
     *     type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void minimum(NumericArray a, NumericArray b, NumericArray out) {
        binaryOf(BinaryOp.MINIMUM, a, b, out);
    }

    /**
     * NumPy's {@code minimum}: the smaller of {@code a[i]} and {@code b[i]}, NaN if either is NaN; when
     * they compare equal the result is {@code b[i]}, so minimum(+0.0, -0.0) is -0.0 and minimum(-0.0,
     * +0.0) is +0.0, as in NumPy. Exact: the same bits as NumPy on every backend and CPU path. This
     * form returns the results in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static double[] minimum(double[] a, double[] b) {
        double[] r = NewArrays.like(a, "a");
        minimum(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code minimum}: the smaller of {@code a[i]} and {@code b[i]}, NaN if either is NaN; when
     * they compare equal the result is {@code b[i]}, so minimum(+0.0, -0.0) is -0.0 and minimum(-0.0,
     * +0.0) is +0.0, as in NumPy. Exact: the same bits as NumPy on every backend and CPU path. float32
     * values are computed in float32, exactly. This form returns the results in a new array on the Java
     * heap instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static float[] minimum(float[] a, float[] b) {
        float[] r = NewArrays.like(a, "a");
        minimum(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code minimum}: the smaller of {@code a[i]} and {@code b[i]}, NaN if either is NaN; when
     * they compare equal the result is {@code b[i]}, so minimum(+0.0, -0.0) is -0.0 and minimum(-0.0,
     * +0.0) is +0.0, as in NumPy. Exact: the same bits as NumPy on every backend and CPU path. This
     * form returns the results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray minimum(DoubleArray a, DoubleArray b, Arena arena) {
        DoubleArray r = NewArrays.like(a, b, arena);
        minimum(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code minimum}: the smaller of {@code a[i]} and {@code b[i]}, NaN if either is NaN; when
     * they compare equal the result is {@code b[i]}, so minimum(+0.0, -0.0) is -0.0 and minimum(-0.0,
     * +0.0) is +0.0, as in NumPy. Exact: the same bits as NumPy on every backend and CPU path. float32
     * values are computed in float32, exactly. This form returns the results in a new array in {@code
     * arena} instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray minimum(FloatArray a, FloatArray b, Arena arena) {
        FloatArray r = NewArrays.like(a, b, arena);
        minimum(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code minimum}: the smaller of {@code a[i]} and {@code b[i]}, NaN if either is NaN; when
     * they compare equal the result is {@code b[i]}, so minimum(+0.0, -0.0) is -0.0 and minimum(-0.0,
     * +0.0) is +0.0, as in NumPy. Exact: the same bits as NumPy on every backend and CPU path. This
     * form returns the results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code a} and {@code
     *     b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray minimum(NumericArray a, NumericArray b, Arena arena) {
        NumericArray r = NewArrays.like(a, b, arena);
        minimum(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code maximum}: the larger of {@code a[i]} and {@code b[i]}, NaN if either is NaN; when
     * they compare equal the result is {@code b[i]}, so maximum(-0.0, +0.0) is +0.0 and maximum(+0.0,
     * -0.0) is -0.0, as in NumPy. Exact: the same bits as NumPy on every backend and CPU path.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void maximum(double[] a, double[] b, double[] out) {
        binaryOf(BinaryOp.MAXIMUM, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code maximum}: the larger of {@code a[i]} and {@code b[i]}, NaN if either is NaN; when
     * they compare equal the result is {@code b[i]}, so maximum(-0.0, +0.0) is +0.0 and maximum(+0.0,
     * -0.0) is -0.0, as in NumPy. Exact: the same bits as NumPy on every backend and CPU path. float32
     * values are computed in float32, exactly.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void maximum(float[] a, float[] b, float[] out) {
        binaryOf(BinaryOp.MAXIMUM, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code maximum}: the larger of {@code a[i]} and {@code b[i]}, NaN if either is NaN; when
     * they compare equal the result is {@code b[i]}, so maximum(-0.0, +0.0) is +0.0 and maximum(+0.0,
     * -0.0) is -0.0, as in NumPy. Exact: the same bits as NumPy on every backend and CPU path.
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code a} and {@code b}
     *     differ in length or type, or {@code out} is shorter than the input, read-only or of another
     *     type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void maximum(NumericArray a, NumericArray b, NumericArray out) {
        binaryOf(BinaryOp.MAXIMUM, a, b, out);
    }

    /**
     * NumPy's {@code maximum}: the larger of {@code a[i]} and {@code b[i]}, NaN if either is NaN; when
     * they compare equal the result is {@code b[i]}, so maximum(-0.0, +0.0) is +0.0 and maximum(+0.0,
     * -0.0) is -0.0, as in NumPy. Exact: the same bits as NumPy on every backend and CPU path. This
     * form returns the results in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static double[] maximum(double[] a, double[] b) {
        double[] r = NewArrays.like(a, "a");
        maximum(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code maximum}: the larger of {@code a[i]} and {@code b[i]}, NaN if either is NaN; when
     * they compare equal the result is {@code b[i]}, so maximum(-0.0, +0.0) is +0.0 and maximum(+0.0,
     * -0.0) is -0.0, as in NumPy. Exact: the same bits as NumPy on every backend and CPU path. float32
     * values are computed in float32, exactly. This form returns the results in a new array on the Java
     * heap instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static float[] maximum(float[] a, float[] b) {
        float[] r = NewArrays.like(a, "a");
        maximum(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code maximum}: the larger of {@code a[i]} and {@code b[i]}, NaN if either is NaN; when
     * they compare equal the result is {@code b[i]}, so maximum(-0.0, +0.0) is +0.0 and maximum(+0.0,
     * -0.0) is -0.0, as in NumPy. Exact: the same bits as NumPy on every backend and CPU path. This
     * form returns the results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray maximum(DoubleArray a, DoubleArray b, Arena arena) {
        DoubleArray r = NewArrays.like(a, b, arena);
        maximum(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code maximum}: the larger of {@code a[i]} and {@code b[i]}, NaN if either is NaN; when
     * they compare equal the result is {@code b[i]}, so maximum(-0.0, +0.0) is +0.0 and maximum(+0.0,
     * -0.0) is -0.0, as in NumPy. Exact: the same bits as NumPy on every backend and CPU path. float32
     * values are computed in float32, exactly. This form returns the results in a new array in {@code
     * arena} instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray maximum(FloatArray a, FloatArray b, Arena arena) {
        FloatArray r = NewArrays.like(a, b, arena);
        maximum(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code maximum}: the larger of {@code a[i]} and {@code b[i]}, NaN if either is NaN; when
     * they compare equal the result is {@code b[i]}, so maximum(-0.0, +0.0) is +0.0 and maximum(+0.0,
     * -0.0) is -0.0, as in NumPy. Exact: the same bits as NumPy on every backend and CPU path. This
     * form returns the results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code a} and {@code
     *     b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray maximum(NumericArray a, NumericArray b, Arena arena) {
        NumericArray r = NewArrays.like(a, b, arena);
        maximum(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code fmin}: the smaller of {@code a[i]} and {@code b[i]}, a NaN operand ignored (NaN
     * only when both are); when they compare equal the result is {@code b[i]}. NumPy agrees except for
     * zeros of opposite signs in the last elements of an array, where its remainder loop may return
     * {@code a[i]}. Exact: the same bits as NumPy on every backend and CPU path.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void fmin(double[] a, double[] b, double[] out) {
        binaryOf(BinaryOp.FMIN, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code fmin}: the smaller of {@code a[i]} and {@code b[i]}, a NaN operand ignored (NaN
     * only when both are); when they compare equal the result is {@code b[i]}. NumPy agrees except for
     * zeros of opposite signs in the last elements of an array, where its remainder loop may return
     * {@code a[i]}. Exact: the same bits as NumPy on every backend and CPU path. float32 values are
     * computed in float32, exactly.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void fmin(float[] a, float[] b, float[] out) {
        binaryOf(BinaryOp.FMIN, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code fmin}: the smaller of {@code a[i]} and {@code b[i]}, a NaN operand ignored (NaN
     * only when both are); when they compare equal the result is {@code b[i]}. NumPy agrees except for
     * zeros of opposite signs in the last elements of an array, where its remainder loop may return
     * {@code a[i]}. Exact: the same bits as NumPy on every backend and CPU path.
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code a} and {@code b}
     *     differ in length or type, or {@code out} is shorter than the input, read-only or of another
     *     type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void fmin(NumericArray a, NumericArray b, NumericArray out) {
        binaryOf(BinaryOp.FMIN, a, b, out);
    }

    /**
     * NumPy's {@code fmin}: the smaller of {@code a[i]} and {@code b[i]}, a NaN operand ignored (NaN
     * only when both are); when they compare equal the result is {@code b[i]}. NumPy agrees except for
     * zeros of opposite signs in the last elements of an array, where its remainder loop may return
     * {@code a[i]}. Exact: the same bits as NumPy on every backend and CPU path. This form returns the
     * results in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static double[] fmin(double[] a, double[] b) {
        double[] r = NewArrays.like(a, "a");
        fmin(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code fmin}: the smaller of {@code a[i]} and {@code b[i]}, a NaN operand ignored (NaN
     * only when both are); when they compare equal the result is {@code b[i]}. NumPy agrees except for
     * zeros of opposite signs in the last elements of an array, where its remainder loop may return
     * {@code a[i]}. Exact: the same bits as NumPy on every backend and CPU path. float32 values are
     * computed in float32, exactly. This form returns the results in a new array on the Java heap
     * instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static float[] fmin(float[] a, float[] b) {
        float[] r = NewArrays.like(a, "a");
        fmin(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code fmin}: the smaller of {@code a[i]} and {@code b[i]}, a NaN operand ignored (NaN
     * only when both are); when they compare equal the result is {@code b[i]}. NumPy agrees except for
     * zeros of opposite signs in the last elements of an array, where its remainder loop may return
     * {@code a[i]}. Exact: the same bits as NumPy on every backend and CPU path. This form returns the
     * results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray fmin(DoubleArray a, DoubleArray b, Arena arena) {
        DoubleArray r = NewArrays.like(a, b, arena);
        fmin(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code fmin}: the smaller of {@code a[i]} and {@code b[i]}, a NaN operand ignored (NaN
     * only when both are); when they compare equal the result is {@code b[i]}. NumPy agrees except for
     * zeros of opposite signs in the last elements of an array, where its remainder loop may return
     * {@code a[i]}. Exact: the same bits as NumPy on every backend and CPU path. float32 values are
     * computed in float32, exactly. This form returns the results in a new array in {@code arena}
     * instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray fmin(FloatArray a, FloatArray b, Arena arena) {
        FloatArray r = NewArrays.like(a, b, arena);
        fmin(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code fmin}: the smaller of {@code a[i]} and {@code b[i]}, a NaN operand ignored (NaN
     * only when both are); when they compare equal the result is {@code b[i]}. NumPy agrees except for
     * zeros of opposite signs in the last elements of an array, where its remainder loop may return
     * {@code a[i]}. Exact: the same bits as NumPy on every backend and CPU path. This form returns the
     * results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code a} and {@code
     *     b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray fmin(NumericArray a, NumericArray b, Arena arena) {
        NumericArray r = NewArrays.like(a, b, arena);
        fmin(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code fmax}: the larger of {@code a[i]} and {@code b[i]}, a NaN operand ignored (NaN
     * only when both are); when they compare equal the result is {@code b[i]}. NumPy agrees except for
     * zeros of opposite signs in the last elements of an array, where its remainder loop may return
     * {@code a[i]}. Exact: the same bits as NumPy on every backend and CPU path.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void fmax(double[] a, double[] b, double[] out) {
        binaryOf(BinaryOp.FMAX, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code fmax}: the larger of {@code a[i]} and {@code b[i]}, a NaN operand ignored (NaN
     * only when both are); when they compare equal the result is {@code b[i]}. NumPy agrees except for
     * zeros of opposite signs in the last elements of an array, where its remainder loop may return
     * {@code a[i]}. Exact: the same bits as NumPy on every backend and CPU path. float32 values are
     * computed in float32, exactly.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type, or {@code
     *     out} is shorter than the input, read-only or of another type
     */
    public static void fmax(float[] a, float[] b, float[] out) {
        binaryOf(BinaryOp.FMAX, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code fmax}: the larger of {@code a[i]} and {@code b[i]}, a NaN operand ignored (NaN
     * only when both are); when they compare equal the result is {@code b[i]}. NumPy agrees except for
     * zeros of opposite signs in the last elements of an array, where its remainder loop may return
     * {@code a[i]}. Exact: the same bits as NumPy on every backend and CPU path.
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param out receives the results in its first n elements (n the input's length); may be the input
     *     itself (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, {@code a} and {@code b}
     *     differ in length or type, or {@code out} is shorter than the input, read-only or of another
     *     type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void fmax(NumericArray a, NumericArray b, NumericArray out) {
        binaryOf(BinaryOp.FMAX, a, b, out);
    }

    /**
     * NumPy's {@code fmax}: the larger of {@code a[i]} and {@code b[i]}, a NaN operand ignored (NaN
     * only when both are); when they compare equal the result is {@code b[i]}. NumPy agrees except for
     * zeros of opposite signs in the last elements of an array, where its remainder loop may return
     * {@code a[i]}. Exact: the same bits as NumPy on every backend and CPU path. This form returns the
     * results in a new array on the Java heap instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static double[] fmax(double[] a, double[] b) {
        double[] r = NewArrays.like(a, "a");
        fmax(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code fmax}: the larger of {@code a[i]} and {@code b[i]}, a NaN operand ignored (NaN
     * only when both are); when they compare equal the result is {@code b[i]}. NumPy agrees except for
     * zeros of opposite signs in the last elements of an array, where its remainder loop may return
     * {@code a[i]}. Exact: the same bits as NumPy on every backend and CPU path. float32 values are
     * computed in float32, exactly. This form returns the results in a new array on the Java heap
     * instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @return a new array on the Java heap, as long as {@code a}, holding the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length
     */
    public static float[] fmax(float[] a, float[] b) {
        float[] r = NewArrays.like(a, "a");
        fmax(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code fmax}: the larger of {@code a[i]} and {@code b[i]}, a NaN operand ignored (NaN
     * only when both are); when they compare equal the result is {@code b[i]}. NumPy agrees except for
     * zeros of opposite signs in the last elements of an array, where its remainder loop may return
     * {@code a[i]}. Exact: the same bits as NumPy on every backend and CPU path. This form returns the
     * results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleArray fmax(DoubleArray a, DoubleArray b, Arena arena) {
        DoubleArray r = NewArrays.like(a, b, arena);
        fmax(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code fmax}: the larger of {@code a[i]} and {@code b[i]}, a NaN operand ignored (NaN
     * only when both are); when they compare equal the result is {@code b[i]}. NumPy agrees except for
     * zeros of opposite signs in the last elements of an array, where its remainder loop may return
     * {@code a[i]}. Exact: the same bits as NumPy on every backend and CPU path. float32 values are
     * computed in float32, exactly. This form returns the results in a new array in {@code arena}
     * instead of writing an {@code out}.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static FloatArray fmax(FloatArray a, FloatArray b, Arena arena) {
        FloatArray r = NewArrays.like(a, b, arena);
        fmax(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code fmax}: the larger of {@code a[i]} and {@code b[i]}, a NaN operand ignored (NaN
     * only when both are); when they compare equal the result is {@code b[i]}. NumPy agrees except for
     * zeros of opposite signs in the last elements of an array, where its remainder loop may return
     * {@code a[i]}. Exact: the same bits as NumPy on every backend and CPU path. This form returns the
     * results in a new array in {@code arena} instead of writing an {@code out}.
     *
     * @param a the left operand (float64 or float32)
     * @param b the right operand (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return a new array of the same type and length as {@code a}, allocated in {@code arena}, holding
     *     the results
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code a} and {@code
     *     b} differ in length or type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray fmax(NumericArray a, NumericArray b, Arena arena) {
        NumericArray r = NewArrays.like(a, b, arena);
        fmax(a, b, r);
        return r;
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void less(double[] a, double[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.LT, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void less(float[] a, float[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.LT, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void less(int[] a, int[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.LT, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void less(long[] a, long[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.LT, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray less(double[] a, double[] b) {
        return MaskKernels.compare(MaskKernels.LT, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray less(float[] a, float[] b) {
        return MaskKernels.compare(MaskKernels.LT, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray less(int[] a, int[] b) {
        return MaskKernels.compare(MaskKernels.LT, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray less(long[] a, long[] b) {
        return MaskKernels.compare(MaskKernels.LT, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void less(NumericArray a, NumericArray b, BoolArray out) {
        MaskKernels.compare(MaskKernels.LT, a, b, out);
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray less(NumericArray a, NumericArray b) {
        return MaskKernels.compare(MaskKernels.LT, a, b);
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return the new mask, in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray less(NumericArray a, NumericArray b, Arena arena) {
        return MaskKernels.compare(MaskKernels.LT, a, b, arena);
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void less(double[] a, double s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.LT, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void less(float[] a, float s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.LT, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void less(int[] a, int s, BoolArray out) {
        MaskKernels.compareInteger(MaskKernels.LT, IntArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void less(long[] a, long s, BoolArray out) {
        MaskKernels.compareInteger(MaskKernels.LT, LongArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray less(double[] a, double s) {
        return MaskKernels.compareScalar(MaskKernels.LT, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray less(float[] a, float s) {
        return MaskKernels.compareScalar(MaskKernels.LT, FloatArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray less(int[] a, int s) {
        return MaskKernels.compareInteger(MaskKernels.LT, IntArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray less(long[] a, long s) {
        return MaskKernels.compareInteger(MaskKernels.LT, LongArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32 arrays the
     * scalar is rounded to float32 first (NumPy's rule for a Python float against a float32 array); for
     * integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy converts int64
     * to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void less(NumericArray a, double s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.LT, a, s, out);
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32 arrays the
     * scalar is rounded to float32 first (NumPy's rule for a Python float against a float32 array); for
     * integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy converts int64
     * to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray less(NumericArray a, double s) {
        return MaskKernels.compareScalar(MaskKernels.LT, a, s);
    }

    /**
     * NumPy's {@code less}: the mask {@code a[i] < b[i]} (or {@code a[i] < s}), one byte per element.
     * IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32 arrays the
     * scalar is rounded to float32 first (NumPy's rule for a Python float against a float32 array); for
     * integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy converts int64
     * to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @param arena the arena the result is allocated in
     * @return the new mask, in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray less(NumericArray a, double s, Arena arena) {
        return MaskKernels.compareScalar(MaskKernels.LT, a, s, arena);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void lessEqual(double[] a, double[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.LE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void lessEqual(float[] a, float[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.LE, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void lessEqual(int[] a, int[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.LE, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void lessEqual(long[] a, long[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.LE, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray lessEqual(double[] a, double[] b) {
        return MaskKernels.compare(MaskKernels.LE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray lessEqual(float[] a, float[] b) {
        return MaskKernels.compare(MaskKernels.LE, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray lessEqual(int[] a, int[] b) {
        return MaskKernels.compare(MaskKernels.LE, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray lessEqual(long[] a, long[] b) {
        return MaskKernels.compare(MaskKernels.LE, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void lessEqual(NumericArray a, NumericArray b, BoolArray out) {
        MaskKernels.compare(MaskKernels.LE, a, b, out);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray lessEqual(NumericArray a, NumericArray b) {
        return MaskKernels.compare(MaskKernels.LE, a, b);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return the new mask, in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray lessEqual(NumericArray a, NumericArray b, Arena arena) {
        return MaskKernels.compare(MaskKernels.LE, a, b, arena);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void lessEqual(double[] a, double s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.LE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void lessEqual(float[] a, float s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.LE, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void lessEqual(int[] a, int s, BoolArray out) {
        MaskKernels.compareInteger(MaskKernels.LE, IntArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void lessEqual(long[] a, long s, BoolArray out) {
        MaskKernels.compareInteger(MaskKernels.LE, LongArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray lessEqual(double[] a, double s) {
        return MaskKernels.compareScalar(MaskKernels.LE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray lessEqual(float[] a, float s) {
        return MaskKernels.compareScalar(MaskKernels.LE, FloatArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray lessEqual(int[] a, int s) {
        return MaskKernels.compareInteger(MaskKernels.LE, IntArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray lessEqual(long[] a, long s) {
        return MaskKernels.compareInteger(MaskKernels.LE, LongArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void lessEqual(NumericArray a, double s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.LE, a, s, out);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray lessEqual(NumericArray a, double s) {
        return MaskKernels.compareScalar(MaskKernels.LE, a, s);
    }

    /**
     * NumPy's {@code less_equal}: the mask {@code a[i] <= b[i]} (or {@code a[i] <= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @param arena the arena the result is allocated in
     * @return the new mask, in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray lessEqual(NumericArray a, double s, Arena arena) {
        return MaskKernels.compareScalar(MaskKernels.LE, a, s, arena);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void equal(double[] a, double[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.EQ, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void equal(float[] a, float[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.EQ, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void equal(int[] a, int[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.EQ, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void equal(long[] a, long[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.EQ, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray equal(double[] a, double[] b) {
        return MaskKernels.compare(MaskKernels.EQ, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray equal(float[] a, float[] b) {
        return MaskKernels.compare(MaskKernels.EQ, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray equal(int[] a, int[] b) {
        return MaskKernels.compare(MaskKernels.EQ, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray equal(long[] a, long[] b) {
        return MaskKernels.compare(MaskKernels.EQ, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void equal(NumericArray a, NumericArray b, BoolArray out) {
        MaskKernels.compare(MaskKernels.EQ, a, b, out);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray equal(NumericArray a, NumericArray b) {
        return MaskKernels.compare(MaskKernels.EQ, a, b);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return the new mask, in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray equal(NumericArray a, NumericArray b, Arena arena) {
        return MaskKernels.compare(MaskKernels.EQ, a, b, arena);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void equal(double[] a, double s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.EQ, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void equal(float[] a, float s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.EQ, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void equal(int[] a, int s, BoolArray out) {
        MaskKernels.compareInteger(MaskKernels.EQ, IntArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void equal(long[] a, long s, BoolArray out) {
        MaskKernels.compareInteger(MaskKernels.EQ, LongArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray equal(double[] a, double s) {
        return MaskKernels.compareScalar(MaskKernels.EQ, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray equal(float[] a, float s) {
        return MaskKernels.compareScalar(MaskKernels.EQ, FloatArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray equal(int[] a, int s) {
        return MaskKernels.compareInteger(MaskKernels.EQ, IntArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray equal(long[] a, long s) {
        return MaskKernels.compareInteger(MaskKernels.EQ, LongArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void equal(NumericArray a, double s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.EQ, a, s, out);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray equal(NumericArray a, double s) {
        return MaskKernels.compareScalar(MaskKernels.EQ, a, s);
    }

    /**
     * NumPy's {@code equal}: the mask {@code a[i] == b[i]} (or {@code a[i] == s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @param arena the arena the result is allocated in
     * @return the new mask, in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray equal(NumericArray a, double s, Arena arena) {
        return MaskKernels.compareScalar(MaskKernels.EQ, a, s, arena);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void notEqual(double[] a, double[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.NE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void notEqual(float[] a, float[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.NE, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void notEqual(int[] a, int[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.NE, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void notEqual(long[] a, long[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.NE, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray notEqual(double[] a, double[] b) {
        return MaskKernels.compare(MaskKernels.NE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray notEqual(float[] a, float[] b) {
        return MaskKernels.compare(MaskKernels.NE, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray notEqual(int[] a, int[] b) {
        return MaskKernels.compare(MaskKernels.NE, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray notEqual(long[] a, long[] b) {
        return MaskKernels.compare(MaskKernels.NE, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void notEqual(NumericArray a, NumericArray b, BoolArray out) {
        MaskKernels.compare(MaskKernels.NE, a, b, out);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray notEqual(NumericArray a, NumericArray b) {
        return MaskKernels.compare(MaskKernels.NE, a, b);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return the new mask, in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray notEqual(NumericArray a, NumericArray b, Arena arena) {
        return MaskKernels.compare(MaskKernels.NE, a, b, arena);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void notEqual(double[] a, double s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.NE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void notEqual(float[] a, float s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.NE, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void notEqual(int[] a, int s, BoolArray out) {
        MaskKernels.compareInteger(MaskKernels.NE, IntArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void notEqual(long[] a, long s, BoolArray out) {
        MaskKernels.compareInteger(MaskKernels.NE, LongArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray notEqual(double[] a, double s) {
        return MaskKernels.compareScalar(MaskKernels.NE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray notEqual(float[] a, float s) {
        return MaskKernels.compareScalar(MaskKernels.NE, FloatArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray notEqual(int[] a, int s) {
        return MaskKernels.compareInteger(MaskKernels.NE, IntArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray notEqual(long[] a, long s) {
        return MaskKernels.compareInteger(MaskKernels.NE, LongArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void notEqual(NumericArray a, double s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.NE, a, s, out);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray notEqual(NumericArray a, double s) {
        return MaskKernels.compareScalar(MaskKernels.NE, a, s);
    }

    /**
     * NumPy's {@code not_equal}: the mask {@code a[i] != b[i]} (or {@code a[i] != s}), one byte per
     * element. IEEE comparison: true when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @param arena the arena the result is allocated in
     * @return the new mask, in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray notEqual(NumericArray a, double s, Arena arena) {
        return MaskKernels.compareScalar(MaskKernels.NE, a, s, arena);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greater(double[] a, double[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.GT, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greater(float[] a, float[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.GT, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greater(int[] a, int[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.GT, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greater(long[] a, long[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.GT, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray greater(double[] a, double[] b) {
        return MaskKernels.compare(MaskKernels.GT, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray greater(float[] a, float[] b) {
        return MaskKernels.compare(MaskKernels.GT, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray greater(int[] a, int[] b) {
        return MaskKernels.compare(MaskKernels.GT, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray greater(long[] a, long[] b) {
        return MaskKernels.compare(MaskKernels.GT, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greater(NumericArray a, NumericArray b, BoolArray out) {
        MaskKernels.compare(MaskKernels.GT, a, b, out);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray greater(NumericArray a, NumericArray b) {
        return MaskKernels.compare(MaskKernels.GT, a, b);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return the new mask, in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray greater(NumericArray a, NumericArray b, Arena arena) {
        return MaskKernels.compare(MaskKernels.GT, a, b, arena);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greater(double[] a, double s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.GT, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greater(float[] a, float s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.GT, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greater(int[] a, int s, BoolArray out) {
        MaskKernels.compareInteger(MaskKernels.GT, IntArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greater(long[] a, long s, BoolArray out) {
        MaskKernels.compareInteger(MaskKernels.GT, LongArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray greater(double[] a, double s) {
        return MaskKernels.compareScalar(MaskKernels.GT, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray greater(float[] a, float s) {
        return MaskKernels.compareScalar(MaskKernels.GT, FloatArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray greater(int[] a, int s) {
        return MaskKernels.compareInteger(MaskKernels.GT, IntArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray greater(long[] a, long s) {
        return MaskKernels.compareInteger(MaskKernels.GT, LongArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greater(NumericArray a, double s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.GT, a, s, out);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray greater(NumericArray a, double s) {
        return MaskKernels.compareScalar(MaskKernels.GT, a, s);
    }

    /**
     * NumPy's {@code greater}: the mask {@code a[i] > b[i]} (or {@code a[i] > s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @param arena the arena the result is allocated in
     * @return the new mask, in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray greater(NumericArray a, double s, Arena arena) {
        return MaskKernels.compareScalar(MaskKernels.GT, a, s, arena);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greaterEqual(double[] a, double[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.GE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greaterEqual(float[] a, float[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.GE, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greaterEqual(int[] a, int[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.GE, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greaterEqual(long[] a, long[] b, BoolArray out) {
        MaskKernels.compare(MaskKernels.GE, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")), out);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray greaterEqual(double[] a, double[] b) {
        return MaskKernels.compare(MaskKernels.GE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray greaterEqual(float[] a, float[] b) {
        return MaskKernels.compare(MaskKernels.GE, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray greaterEqual(int[] a, int[] b) {
        return MaskKernels.compare(MaskKernels.GE, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     */
    public static BoolArray greaterEqual(long[] a, long[] b) {
        return MaskKernels.compare(MaskKernels.GE, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")));
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greaterEqual(NumericArray a, NumericArray b, BoolArray out) {
        MaskKernels.compare(MaskKernels.GE, a, b, out);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @return the new mask, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray greaterEqual(NumericArray a, NumericArray b) {
        return MaskKernels.compare(MaskKernels.GE, a, b);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param b the right operand
     * @param arena the arena the result is allocated in
     * @return the new mask, in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray greaterEqual(NumericArray a, NumericArray b, Arena arena) {
        return MaskKernels.compare(MaskKernels.GE, a, b, arena);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greaterEqual(double[] a, double s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.GE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greaterEqual(float[] a, float s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.GE, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greaterEqual(int[] a, int s, BoolArray out) {
        MaskKernels.compareInteger(MaskKernels.GE, IntArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greaterEqual(long[] a, long s, BoolArray out) {
        MaskKernels.compareInteger(MaskKernels.GE, LongArray.wrap(Objects.requireNonNull(a, "a")), s, out);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray greaterEqual(double[] a, double s) {
        return MaskKernels.compareScalar(MaskKernels.GE, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray greaterEqual(float[] a, float s) {
        return MaskKernels.compareScalar(MaskKernels.GE, FloatArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray greaterEqual(int[] a, int s) {
        return MaskKernels.compareInteger(MaskKernels.GE, IntArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal.
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray greaterEqual(long[] a, long s) {
        return MaskKernels.compareInteger(MaskKernels.GE, LongArray.wrap(Objects.requireNonNull(a, "a")), s);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void greaterEqual(NumericArray a, double s, BoolArray out) {
        MaskKernels.compareScalar(MaskKernels.GE, a, s, out);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code a} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray greaterEqual(NumericArray a, double s) {
        return MaskKernels.compareScalar(MaskKernels.GE, a, s);
    }

    /**
     * NumPy's {@code greater_equal}: the mask {@code a[i] >= b[i]} (or {@code a[i] >= s}), one byte per
     * element. IEEE comparison: false when either side is NaN; -0.0 and +0.0 are equal. For float32
     * arrays the scalar is rounded to float32 first (NumPy's rule for a Python float against a float32
     * array); for integer arrays the comparison is exact ({@code x < 2.5} is {@code x <= 2}; NumPy
     * converts int64 to float64 first, so the two differ only beyond 2^53).
     *
     * @param a the left operand
     * @param s the scalar
     * @param arena the arena the result is allocated in
     * @return the new mask, in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray greaterEqual(NumericArray a, double s, Arena arena) {
        return MaskKernels.compareScalar(MaskKernels.GE, a, s, arena);
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param b the second choice, taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', or {@code out} is shorter, read-only or of another
     *     element type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, double[] a, double[] b, double[] out) {
        MaskKernels.where(mask, DoubleArray.wrap(Objects.requireNonNull(a, "a")), DoubleArray.wrap(Objects.requireNonNull(b, "b")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param b the second choice, taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', or {@code out} is shorter, read-only or of another
     *     element type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, float[] a, float[] b, float[] out) {
        MaskKernels.where(mask, FloatArray.wrap(Objects.requireNonNull(a, "a")), FloatArray.wrap(Objects.requireNonNull(b, "b")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param b the second choice, taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', or {@code out} is shorter, read-only or of another
     *     element type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, int[] a, int[] b, int[] out) {
        MaskKernels.where(mask, IntArray.wrap(Objects.requireNonNull(a, "a")), IntArray.wrap(Objects.requireNonNull(b, "b")), IntArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param b the second choice, taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', or {@code out} is shorter, read-only or of another
     *     element type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, long[] a, long[] b, long[] out) {
        MaskKernels.where(mask, LongArray.wrap(Objects.requireNonNull(a, "a")), LongArray.wrap(Objects.requireNonNull(b, "b")), LongArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param b the second choice, taken where the mask is false
     * @return the new array, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', or the result would have more than 2^31 - 9 elements
     *     (give {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double[] where(BoolArray mask, double[] a, double[] b) {
        double[] out = new double[Objects.requireNonNull(a, "a").length];
        where(mask, a, b, out);
        return out;
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param b the second choice, taken where the mask is false
     * @return the new array, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', or the result would have more than 2^31 - 9 elements
     *     (give {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static float[] where(BoolArray mask, float[] a, float[] b) {
        float[] out = new float[Objects.requireNonNull(a, "a").length];
        where(mask, a, b, out);
        return out;
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param b the second choice, taken where the mask is false
     * @return the new array, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', or the result would have more than 2^31 - 9 elements
     *     (give {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static int[] where(BoolArray mask, int[] a, int[] b) {
        int[] out = new int[Objects.requireNonNull(a, "a").length];
        where(mask, a, b, out);
        return out;
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param b the second choice, taken where the mask is false
     * @return the new array, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', or the result would have more than 2^31 - 9 elements
     *     (give {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long[] where(BoolArray mask, long[] a, long[] b) {
        long[] out = new long[Objects.requireNonNull(a, "a").length];
        where(mask, a, b, out);
        return out;
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param b the second choice, taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', or {@code out} is shorter, read-only or of another
     *     element type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, NumericArray a, NumericArray b, NumericArray out) {
        MaskKernels.where(mask, a, b, out);
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param b the second choice, taken where the mask is false
     * @return the new array, of a's element type, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', or the result would have more than 2^31 - 9 elements
     *     (give {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray where(BoolArray mask, NumericArray a, NumericArray b) {
        return MaskKernels.where(mask, a, b);
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param b the second choice, taken where the mask is false
     * @param arena the arena the result is allocated in
     * @return the new array, of a's element type, in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, or
     *     the mask's length differs from the arrays'
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray where(BoolArray mask, NumericArray a, NumericArray b, Arena arena) {
        return MaskKernels.where(mask, a, b, arena);
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The second choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param s the scalar choice
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the mask's length differs from the arrays', {@code out} is
     *     shorter, read-only or of another element type, or a scalar is not a value of an integer
     *     array's type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, double[] a, double s, double[] out) {
        MaskKernels.whereScalar(mask, DoubleArray.wrap(Objects.requireNonNull(a, "a")), s, DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The second choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param s the scalar choice
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the mask's length differs from the arrays', {@code out} is
     *     shorter, read-only or of another element type, or a scalar is not a value of an integer
     *     array's type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, float[] a, float s, float[] out) {
        MaskKernels.whereScalar(mask, FloatArray.wrap(Objects.requireNonNull(a, "a")), s, FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The second choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param s the scalar choice
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the mask's length differs from the arrays', {@code out} is
     *     shorter, read-only or of another element type, or a scalar is not a value of an integer
     *     array's type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, int[] a, int s, int[] out) {
        MaskKernels.whereLong(mask, IntArray.wrap(Objects.requireNonNull(a, "a")), s, false, IntArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The second choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param s the scalar choice
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the mask's length differs from the arrays', {@code out} is
     *     shorter, read-only or of another element type, or a scalar is not a value of an integer
     *     array's type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, long[] a, long s, long[] out) {
        MaskKernels.whereLong(mask, LongArray.wrap(Objects.requireNonNull(a, "a")), s, false, LongArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The first choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param s the scalar choice
     * @param b the second choice, taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', {@code out} is shorter, read-only or of another
     *     element type, or a scalar is not a value of an integer array's type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, double s, double[] b, double[] out) {
        MaskKernels.whereScalar(mask, s, DoubleArray.wrap(Objects.requireNonNull(b, "b")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The first choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param s the scalar choice
     * @param b the second choice, taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', {@code out} is shorter, read-only or of another
     *     element type, or a scalar is not a value of an integer array's type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, float s, float[] b, float[] out) {
        MaskKernels.whereScalar(mask, s, FloatArray.wrap(Objects.requireNonNull(b, "b")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The first choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param s the scalar choice
     * @param b the second choice, taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', {@code out} is shorter, read-only or of another
     *     element type, or a scalar is not a value of an integer array's type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, int s, int[] b, int[] out) {
        MaskKernels.whereLong(mask, IntArray.wrap(Objects.requireNonNull(b, "b")), s, true, IntArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The first choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param s the scalar choice
     * @param b the second choice, taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', {@code out} is shorter, read-only or of another
     *     element type, or a scalar is not a value of an integer array's type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, long s, long[] b, long[] out) {
        MaskKernels.whereLong(mask, LongArray.wrap(Objects.requireNonNull(b, "b")), s, true, LongArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. Both choices are scalars; n is the
     * mask's length.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param s the scalar choice
     * @param t the scalar taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the mask's length differs from the arrays', {@code out} is
     *     shorter, read-only or of another element type, or a scalar is not a value of an integer
     *     array's type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, double s, double t, double[] out) {
        MaskKernels.whereScalars(mask, s, t, DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. Both choices are scalars; n is the
     * mask's length.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param s the scalar choice
     * @param t the scalar taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the mask's length differs from the arrays', {@code out} is
     *     shorter, read-only or of another element type, or a scalar is not a value of an integer
     *     array's type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, float s, float t, float[] out) {
        MaskKernels.whereScalars(mask, s, t, FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. Both choices are scalars; n is the
     * mask's length.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param s the scalar choice
     * @param t the scalar taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the mask's length differs from the arrays', {@code out} is
     *     shorter, read-only or of another element type, or a scalar is not a value of an integer
     *     array's type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, int s, int t, int[] out) {
        MaskKernels.whereLongs(mask, s, t, IntArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. Both choices are scalars; n is the
     * mask's length.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param s the scalar choice
     * @param t the scalar taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the mask's length differs from the arrays', {@code out} is
     *     shorter, read-only or of another element type, or a scalar is not a value of an integer
     *     array's type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, long s, long t, long[] out) {
        MaskKernels.whereLongs(mask, s, t, LongArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The second choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param s the scalar choice
     * @return the new array, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the mask's length differs from the arrays', a scalar is not a
     *     value of an integer array's type, or the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double[] where(BoolArray mask, double[] a, double s) {
        double[] out = new double[Objects.requireNonNull(a, "a").length];
        where(mask, a, s, out);
        return out;
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The second choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param s the scalar choice
     * @return the new array, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the mask's length differs from the arrays', a scalar is not a
     *     value of an integer array's type, or the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static float[] where(BoolArray mask, float[] a, float s) {
        float[] out = new float[Objects.requireNonNull(a, "a").length];
        where(mask, a, s, out);
        return out;
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The second choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param s the scalar choice
     * @return the new array, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the mask's length differs from the arrays', a scalar is not a
     *     value of an integer array's type, or the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static int[] where(BoolArray mask, int[] a, int s) {
        int[] out = new int[Objects.requireNonNull(a, "a").length];
        where(mask, a, s, out);
        return out;
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The second choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param s the scalar choice
     * @return the new array, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the mask's length differs from the arrays', a scalar is not a
     *     value of an integer array's type, or the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long[] where(BoolArray mask, long[] a, long s) {
        long[] out = new long[Objects.requireNonNull(a, "a").length];
        where(mask, a, s, out);
        return out;
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The first choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param s the scalar choice
     * @param b the second choice, taken where the mask is false
     * @return the new array, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', a scalar is not a value of an integer array's type,
     *     or the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static double[] where(BoolArray mask, double s, double[] b) {
        double[] out = new double[Objects.requireNonNull(b, "b").length];
        where(mask, s, b, out);
        return out;
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The first choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param s the scalar choice
     * @param b the second choice, taken where the mask is false
     * @return the new array, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', a scalar is not a value of an integer array's type,
     *     or the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static float[] where(BoolArray mask, float s, float[] b) {
        float[] out = new float[Objects.requireNonNull(b, "b").length];
        where(mask, s, b, out);
        return out;
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The first choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param s the scalar choice
     * @param b the second choice, taken where the mask is false
     * @return the new array, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', a scalar is not a value of an integer array's type,
     *     or the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static int[] where(BoolArray mask, int s, int[] b) {
        int[] out = new int[Objects.requireNonNull(b, "b").length];
        where(mask, s, b, out);
        return out;
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The first choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param s the scalar choice
     * @param b the second choice, taken where the mask is false
     * @return the new array, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', a scalar is not a value of an integer array's type,
     *     or the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long[] where(BoolArray mask, long s, long[] b) {
        long[] out = new long[Objects.requireNonNull(b, "b").length];
        where(mask, s, b, out);
        return out;
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The second choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param s the scalar choice
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the mask's length differs from the arrays', {@code out} is
     *     shorter, read-only or of another element type, or a scalar is not a value of an integer
     *     array's type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, NumericArray a, double s, NumericArray out) {
        MaskKernels.whereScalar(mask, a, s, out);
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The first choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param s the scalar choice
     * @param b the second choice, taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', {@code out} is shorter, read-only or of another
     *     element type, or a scalar is not a value of an integer array's type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, double s, NumericArray b, NumericArray out) {
        MaskKernels.whereScalar(mask, s, b, out);
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. Both choices are scalars, stored as
     * out's element type; n is the mask's length.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param s the scalar choice
     * @param t the scalar taken where the mask is false
     * @param out receives the results in its first n elements; may be a or b
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the mask's length differs from the arrays', {@code out} is
     *     shorter, read-only or of another element type, or a scalar is not a value of an integer
     *     array's type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void where(BoolArray mask, double s, double t, NumericArray out) {
        MaskKernels.whereScalars(mask, s, t, out);
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The second choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param a the first choice, taken where the mask is true
     * @param s the scalar choice
     * @return the new array, of a's element type, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the mask's length differs from the arrays', a scalar is not a
     *     value of an integer array's type, or the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray where(BoolArray mask, NumericArray a, double s) {
        return MaskKernels.whereScalar(mask, a, s);
    }

    /**
     * NumPy's {@code where(mask, a, b)}: {@code out[i] = mask[i] ? a[i] : b[i]}, the elements copied
     * bit for bit (NaN payloads and the sign of zero kept). A choice may be a scalar, stored as the
     * array's element type (float32: rounded; an integer type: it must be an integer in the type's
     * range). {@code out} may be {@code a} or {@code b} itself. The first choice is the scalar s.
     *
     * @param mask the mask, as long as the arrays: true takes the element from the first choice, false
     *     from the second
     * @param s the scalar choice
     * @param b the second choice, taken where the mask is false
     * @return the new array, of b's element type, on the Java heap
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code a} and {@code b} differ in length or element type, the
     *     mask's length differs from the arrays', a scalar is not a value of an integer array's type,
     *     or the result would have more than 2^31 - 9 elements (give {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray where(BoolArray mask, double s, NumericArray b) {
        return MaskKernels.whereScalar(mask, s, b);
    }

    /**
     * NumPy's {@code isnan}: the mask whether x[i] is NaN, one byte per element. For an integer array
     * every element is false.
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void isnan(double[] x, BoolArray out) {
        MaskKernels.test(MaskKernels.ISNAN, DoubleArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * NumPy's {@code isnan}: the mask whether x[i] is NaN, one byte per element. For an integer array
     * every element is false.
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void isnan(float[] x, BoolArray out) {
        MaskKernels.test(MaskKernels.ISNAN, FloatArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * NumPy's {@code isnan}: the mask whether x[i] is NaN, one byte per element. For an integer array
     * every element is false.
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void isnan(int[] x, BoolArray out) {
        MaskKernels.test(MaskKernels.ISNAN, IntArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * NumPy's {@code isnan}: the mask whether x[i] is NaN, one byte per element. For an integer array
     * every element is false.
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void isnan(long[] x, BoolArray out) {
        MaskKernels.test(MaskKernels.ISNAN, LongArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * NumPy's {@code isnan}: the mask whether x[i] is NaN, one byte per element. For an integer array
     * every element is false.
     *
     * @param x the values, read in place (not copied)
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray isnan(double[] x) {
        return MaskKernels.test(MaskKernels.ISNAN, DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code isnan}: the mask whether x[i] is NaN, one byte per element. For an integer array
     * every element is false.
     *
     * @param x the values, read in place (not copied)
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray isnan(float[] x) {
        return MaskKernels.test(MaskKernels.ISNAN, FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code isnan}: the mask whether x[i] is NaN, one byte per element. For an integer array
     * every element is false.
     *
     * @param x the values, read in place (not copied)
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray isnan(int[] x) {
        return MaskKernels.test(MaskKernels.ISNAN, IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code isnan}: the mask whether x[i] is NaN, one byte per element. For an integer array
     * every element is false.
     *
     * @param x the values, read in place (not copied)
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray isnan(long[] x) {
        return MaskKernels.test(MaskKernels.ISNAN, LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code isnan}: the mask whether x[i] is NaN, one byte per element. For an integer array
     * every element is false.
     *
     * @param x the array
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void isnan(NumericArray x, BoolArray out) {
        MaskKernels.test(MaskKernels.ISNAN, x, out);
    }

    /**
     * NumPy's {@code isnan}: the mask whether x[i] is NaN, one byte per element. For an integer array
     * every element is false.
     *
     * @param x the array
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray isnan(NumericArray x) {
        return MaskKernels.test(MaskKernels.ISNAN, x);
    }

    /**
     * NumPy's {@code isnan}: the mask whether x[i] is NaN, one byte per element. For an integer array
     * every element is false.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return the new mask, in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray isnan(NumericArray x, Arena arena) {
        return MaskKernels.test(MaskKernels.ISNAN, x, arena);
    }

    /**
     * NumPy's {@code isinf}: the mask whether x[i] is +Inf or -Inf (NaN is not), one byte per element.
     * For an integer array every element is false.
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void isinf(double[] x, BoolArray out) {
        MaskKernels.test(MaskKernels.ISINF, DoubleArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * NumPy's {@code isinf}: the mask whether x[i] is +Inf or -Inf (NaN is not), one byte per element.
     * For an integer array every element is false.
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void isinf(float[] x, BoolArray out) {
        MaskKernels.test(MaskKernels.ISINF, FloatArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * NumPy's {@code isinf}: the mask whether x[i] is +Inf or -Inf (NaN is not), one byte per element.
     * For an integer array every element is false.
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void isinf(int[] x, BoolArray out) {
        MaskKernels.test(MaskKernels.ISINF, IntArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * NumPy's {@code isinf}: the mask whether x[i] is +Inf or -Inf (NaN is not), one byte per element.
     * For an integer array every element is false.
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void isinf(long[] x, BoolArray out) {
        MaskKernels.test(MaskKernels.ISINF, LongArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * NumPy's {@code isinf}: the mask whether x[i] is +Inf or -Inf (NaN is not), one byte per element.
     * For an integer array every element is false.
     *
     * @param x the values, read in place (not copied)
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray isinf(double[] x) {
        return MaskKernels.test(MaskKernels.ISINF, DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code isinf}: the mask whether x[i] is +Inf or -Inf (NaN is not), one byte per element.
     * For an integer array every element is false.
     *
     * @param x the values, read in place (not copied)
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray isinf(float[] x) {
        return MaskKernels.test(MaskKernels.ISINF, FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code isinf}: the mask whether x[i] is +Inf or -Inf (NaN is not), one byte per element.
     * For an integer array every element is false.
     *
     * @param x the values, read in place (not copied)
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray isinf(int[] x) {
        return MaskKernels.test(MaskKernels.ISINF, IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code isinf}: the mask whether x[i] is +Inf or -Inf (NaN is not), one byte per element.
     * For an integer array every element is false.
     *
     * @param x the values, read in place (not copied)
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray isinf(long[] x) {
        return MaskKernels.test(MaskKernels.ISINF, LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code isinf}: the mask whether x[i] is +Inf or -Inf (NaN is not), one byte per element.
     * For an integer array every element is false.
     *
     * @param x the array
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void isinf(NumericArray x, BoolArray out) {
        MaskKernels.test(MaskKernels.ISINF, x, out);
    }

    /**
     * NumPy's {@code isinf}: the mask whether x[i] is +Inf or -Inf (NaN is not), one byte per element.
     * For an integer array every element is false.
     *
     * @param x the array
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray isinf(NumericArray x) {
        return MaskKernels.test(MaskKernels.ISINF, x);
    }

    /**
     * NumPy's {@code isinf}: the mask whether x[i] is +Inf or -Inf (NaN is not), one byte per element.
     * For an integer array every element is false.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return the new mask, in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray isinf(NumericArray x, Arena arena) {
        return MaskKernels.test(MaskKernels.ISINF, x, arena);
    }

    /**
     * NumPy's {@code isfinite}: the mask whether x[i] is neither NaN nor infinite, one byte per
     * element. For an integer array every element is true.
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void isfinite(double[] x, BoolArray out) {
        MaskKernels.test(MaskKernels.ISFINITE, DoubleArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * NumPy's {@code isfinite}: the mask whether x[i] is neither NaN nor infinite, one byte per
     * element. For an integer array every element is true.
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void isfinite(float[] x, BoolArray out) {
        MaskKernels.test(MaskKernels.ISFINITE, FloatArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * NumPy's {@code isfinite}: the mask whether x[i] is neither NaN nor infinite, one byte per
     * element. For an integer array every element is true.
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void isfinite(int[] x, BoolArray out) {
        MaskKernels.test(MaskKernels.ISFINITE, IntArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * NumPy's {@code isfinite}: the mask whether x[i] is neither NaN nor infinite, one byte per
     * element. For an integer array every element is true.
     *
     * @param x the values, read in place (not copied)
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void isfinite(long[] x, BoolArray out) {
        MaskKernels.test(MaskKernels.ISFINITE, LongArray.wrap(Objects.requireNonNull(x, "x")), out);
    }

    /**
     * NumPy's {@code isfinite}: the mask whether x[i] is neither NaN nor infinite, one byte per
     * element. For an integer array every element is true.
     *
     * @param x the values, read in place (not copied)
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray isfinite(double[] x) {
        return MaskKernels.test(MaskKernels.ISFINITE, DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code isfinite}: the mask whether x[i] is neither NaN nor infinite, one byte per
     * element. For an integer array every element is true.
     *
     * @param x the values, read in place (not copied)
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray isfinite(float[] x) {
        return MaskKernels.test(MaskKernels.ISFINITE, FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code isfinite}: the mask whether x[i] is neither NaN nor infinite, one byte per
     * element. For an integer array every element is true.
     *
     * @param x the values, read in place (not copied)
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray isfinite(int[] x) {
        return MaskKernels.test(MaskKernels.ISFINITE, IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code isfinite}: the mask whether x[i] is neither NaN nor infinite, one byte per
     * element. For an integer array every element is true.
     *
     * @param x the values, read in place (not copied)
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static BoolArray isfinite(long[] x) {
        return MaskKernels.test(MaskKernels.ISFINITE, LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code isfinite}: the mask whether x[i] is neither NaN nor infinite, one byte per
     * element. For an integer array every element is true.
     *
     * @param x the array
     * @param out the mask receiving the results in its first n elements (n the input's length)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input or read-only
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void isfinite(NumericArray x, BoolArray out) {
        MaskKernels.test(MaskKernels.ISFINITE, x, out);
    }

    /**
     * NumPy's {@code isfinite}: the mask whether x[i] is neither NaN nor infinite, one byte per
     * element. For an integer array every element is true.
     *
     * @param x the array
     * @return the new mask, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray isfinite(NumericArray x) {
        return MaskKernels.test(MaskKernels.ISFINITE, x);
    }

    /**
     * NumPy's {@code isfinite}: the mask whether x[i] is neither NaN nor infinite, one byte per
     * element. For an integer array every element is true.
     *
     * @param x the array
     * @param arena the arena the result is allocated in
     * @return the new mask, in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static BoolArray isfinite(NumericArray x, Arena arena) {
        return MaskKernels.test(MaskKernels.ISFINITE, x, arena);
    }

    /**
     * NumPy's {@code nan_to_num}: {@code out[i]} is x[i] with NaN, +Inf and -Inf replaced; every other
     * value (-0.0 included) is kept bit for bit. {@code out} may be {@code x} itself. NumPy's defaults:
     * NaN becomes 0.0, +Inf the largest finite value of the type, -Inf the lowest.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements; may be x
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void nanToNum(double[] x, double[] out) {
        MaskKernels.nanToNum(DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code nan_to_num}: {@code out[i]} is x[i] with NaN, +Inf and -Inf replaced; every other
     * value (-0.0 included) is kept bit for bit. {@code out} may be {@code x} itself. NumPy's defaults:
     * NaN becomes 0.0, +Inf the largest finite value of the type, -Inf the lowest.
     *
     * @param x the values, read in place (not copied)
     * @param out receives the results in its first n elements; may be x
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void nanToNum(float[] x, float[] out) {
        MaskKernels.nanToNum(FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code nan_to_num}: {@code out[i]} is x[i] with NaN, +Inf and -Inf replaced; every other
     * value (-0.0 included) is kept bit for bit. {@code out} may be {@code x} itself.
     *
     * @param x the values, read in place (not copied)
     * @param nan the value replacing NaN
     * @param posinf the value replacing +Inf
     * @param neginf the value replacing -Inf
     * @param out receives the results in its first n elements; may be x
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void nanToNum(double[] x, double nan, double posinf, double neginf, double[] out) {
        MaskKernels.nanToNum(DoubleArray.wrap(Objects.requireNonNull(x, "x")), nan, posinf, neginf, DoubleArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code nan_to_num}: {@code out[i]} is x[i] with NaN, +Inf and -Inf replaced; every other
     * value (-0.0 included) is kept bit for bit. {@code out} may be {@code x} itself.
     *
     * @param x the values, read in place (not copied)
     * @param nan the value replacing NaN
     * @param posinf the value replacing +Inf
     * @param neginf the value replacing -Inf
     * @param out receives the results in its first n elements; may be x
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code out} is shorter than the input, read-only or of
     *     another type
     */
    public static void nanToNum(float[] x, float nan, float posinf, float neginf, float[] out) {
        MaskKernels.nanToNum(FloatArray.wrap(Objects.requireNonNull(x, "x")), nan, posinf, neginf, FloatArray.wrap(Objects.requireNonNull(out, "out")));
    }

    /**
     * NumPy's {@code nan_to_num}: {@code out[i]} is x[i] with NaN, +Inf and -Inf replaced; every other
     * value (-0.0 included) is kept bit for bit. {@code out} may be {@code x} itself. NumPy's defaults:
     * NaN becomes 0.0, +Inf the largest finite value of the type, -Inf the lowest.
     *
     * @param x the values, read in place (not copied)
     * @return the new array, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static double[] nanToNum(double[] x) {
        double[] out = new double[Objects.requireNonNull(x, "x").length];
        nanToNum(x, out);
        return out;
    }

    /**
     * NumPy's {@code nan_to_num}: {@code out[i]} is x[i] with NaN, +Inf and -Inf replaced; every other
     * value (-0.0 included) is kept bit for bit. {@code out} may be {@code x} itself. NumPy's defaults:
     * NaN becomes 0.0, +Inf the largest finite value of the type, -Inf the lowest.
     *
     * @param x the values, read in place (not copied)
     * @return the new array, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if the result would have more than 2^31 - 9 elements (give
     *     {@code out} or an arena)
     */
    public static float[] nanToNum(float[] x) {
        float[] out = new float[Objects.requireNonNull(x, "x").length];
        nanToNum(x, out);
        return out;
    }

    /**
     * NumPy's {@code nan_to_num}: {@code out[i]} is x[i] with NaN, +Inf and -Inf replaced; every other
     * value (-0.0 included) is kept bit for bit. {@code out} may be {@code x} itself. NumPy's defaults:
     * NaN becomes 0.0, +Inf the largest finite value of the type, -Inf the lowest.
     *
     * @param x the array (float64 or float32)
     * @param out receives the results in its first n elements; may be x (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void nanToNum(NumericArray x, NumericArray out) {
        MaskKernels.nanToNum(x, out);
    }

    /**
     * NumPy's {@code nan_to_num}: {@code out[i]} is x[i] with NaN, +Inf and -Inf replaced; every other
     * value (-0.0 included) is kept bit for bit. {@code out} may be {@code x} itself. For float32 the
     * replacements are rounded to float32.
     *
     * @param x the array (float64 or float32)
     * @param nan the value replacing NaN
     * @param posinf the value replacing +Inf
     * @param neginf the value replacing -Inf
     * @param out receives the results in its first n elements; may be x (float64 or float32)
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or {@code out} is shorter
     *     than the input, read-only or of another type
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static void nanToNum(NumericArray x, double nan, double posinf, double neginf, NumericArray out) {
        MaskKernels.nanToNum(x, nan, posinf, neginf, out);
    }

    /**
     * NumPy's {@code nan_to_num}: {@code out[i]} is x[i] with NaN, +Inf and -Inf replaced; every other
     * value (-0.0 included) is kept bit for bit. {@code out} may be {@code x} itself. NumPy's defaults.
     *
     * @param x the array (float64 or float32)
     * @return the new array, of x's element type, on the Java heap
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalArgumentException if an array is not float64 or float32, or the result would have
     *     more than 2^31 - 9 elements (give {@code out} or an arena)
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray nanToNum(NumericArray x) {
        return MaskKernels.nanToNum(x);
    }

    /**
     * NumPy's {@code nan_to_num}: {@code out[i]} is x[i] with NaN, +Inf and -Inf replaced; every other
     * value (-0.0 included) is kept bit for bit. {@code out} may be {@code x} itself. NumPy's defaults.
     *
     * @param x the array (float64 or float32)
     * @param arena the arena the result is allocated in
     * @return the new array, of x's element type, in {@code arena}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if an array is not float64 or float32
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static NumericArray nanToNum(NumericArray x, Arena arena) {
        return MaskKernels.nanToNum(x, arena);
    }

    /**
     * NumPy's {@code count_nonzero}: the number of elements that are not zero (NaN counts, -0.0 does
     * not), or of true elements of a mask.
     *
     * @param x the values, read in place (not copied)
     * @return the count, 0 if there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static long countNonzero(double[] x) {
        return MaskKernels.countNonzero(DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code count_nonzero}: the number of elements that are not zero (NaN counts, -0.0 does
     * not), or of true elements of a mask.
     *
     * @param x the values, read in place (not copied)
     * @return the count, 0 if there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static long countNonzero(float[] x) {
        return MaskKernels.countNonzero(FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code count_nonzero}: the number of elements that are not zero (NaN counts, -0.0 does
     * not), or of true elements of a mask.
     *
     * @param x the values, read in place (not copied)
     * @return the count, 0 if there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static long countNonzero(int[] x) {
        return MaskKernels.countNonzero(IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code count_nonzero}: the number of elements that are not zero (NaN counts, -0.0 does
     * not), or of true elements of a mask.
     *
     * @param x the values, read in place (not copied)
     * @return the count, 0 if there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static long countNonzero(long[] x) {
        return MaskKernels.countNonzero(LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code count_nonzero}: the number of elements that are not zero (NaN counts, -0.0 does
     * not), or of true elements of a mask.
     *
     * @param x the array
     * @return the count, 0 if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long countNonzero(NumericArray x) {
        return MaskKernels.countNonzero(x);
    }

    /**
     * NumPy's {@code count_nonzero}: the number of elements that are not zero (NaN counts, -0.0 does
     * not), or of true elements of a mask.
     *
     * @param mask the mask
     * @return the count, 0 if there are no elements
     * @throws NullPointerException if {@code mask} is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static long countNonzero(BoolArray mask) {
        return MaskKernels.countNonzero(mask);
    }

    /**
     * NumPy's {@code any}: whether some element is not zero (NaN is true, -0.0 false), or some element
     * of a mask is true; it stops reading at the first block that decides.
     *
     * @param x the values, read in place (not copied)
     * @return whether an element is true; false if there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static boolean any(double[] x) {
        return MaskKernels.any(DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code any}: whether some element is not zero (NaN is true, -0.0 false), or some element
     * of a mask is true; it stops reading at the first block that decides.
     *
     * @param x the values, read in place (not copied)
     * @return whether an element is true; false if there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static boolean any(float[] x) {
        return MaskKernels.any(FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code any}: whether some element is not zero (NaN is true, -0.0 false), or some element
     * of a mask is true; it stops reading at the first block that decides.
     *
     * @param x the values, read in place (not copied)
     * @return whether an element is true; false if there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static boolean any(int[] x) {
        return MaskKernels.any(IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code any}: whether some element is not zero (NaN is true, -0.0 false), or some element
     * of a mask is true; it stops reading at the first block that decides.
     *
     * @param x the values, read in place (not copied)
     * @return whether an element is true; false if there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static boolean any(long[] x) {
        return MaskKernels.any(LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code any}: whether some element is not zero (NaN is true, -0.0 false), or some element
     * of a mask is true; it stops reading at the first block that decides.
     *
     * @param x the array
     * @return whether an element is true; false if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static boolean any(NumericArray x) {
        return MaskKernels.any(x);
    }

    /**
     * NumPy's {@code any}: whether some element is not zero (NaN is true, -0.0 false), or some element
     * of a mask is true; it stops reading at the first block that decides.
     *
     * @param mask the mask
     * @return whether an element is true; false if there are no elements
     * @throws NullPointerException if {@code mask} is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static boolean any(BoolArray mask) {
        return MaskKernels.any(mask);
    }

    /**
     * NumPy's {@code all}: whether every element is not zero (NaN is true, -0.0 false), or every
     * element of a mask is true; it stops reading at the first block that decides.
     *
     * @param x the values, read in place (not copied)
     * @return whether every element is true; true if there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static boolean all(double[] x) {
        return MaskKernels.all(DoubleArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code all}: whether every element is not zero (NaN is true, -0.0 false), or every
     * element of a mask is true; it stops reading at the first block that decides.
     *
     * @param x the values, read in place (not copied)
     * @return whether every element is true; true if there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static boolean all(float[] x) {
        return MaskKernels.all(FloatArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code all}: whether every element is not zero (NaN is true, -0.0 false), or every
     * element of a mask is true; it stops reading at the first block that decides.
     *
     * @param x the values, read in place (not copied)
     * @return whether every element is true; true if there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static boolean all(int[] x) {
        return MaskKernels.all(IntArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code all}: whether every element is not zero (NaN is true, -0.0 false), or every
     * element of a mask is true; it stops reading at the first block that decides.
     *
     * @param x the values, read in place (not copied)
     * @return whether every element is true; true if there are no elements
     * @throws NullPointerException if {@code x} is null
     */
    public static boolean all(long[] x) {
        return MaskKernels.all(LongArray.wrap(Objects.requireNonNull(x, "x")));
    }

    /**
     * NumPy's {@code all}: whether every element is not zero (NaN is true, -0.0 false), or every
     * element of a mask is true; it stops reading at the first block that decides.
     *
     * @param x the array
     * @return whether every element is true; true if there are no elements
     * @throws NullPointerException if {@code x} is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static boolean all(NumericArray x) {
        return MaskKernels.all(x);
    }

    /**
     * NumPy's {@code all}: whether every element is not zero (NaN is true, -0.0 false), or every
     * element of a mask is true; it stops reading at the first block that decides.
     *
     * @param mask the mask
     * @return whether every element is true; true if there are no elements
     * @throws NullPointerException if {@code mask} is null
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static boolean all(BoolArray mask) {
        return MaskKernels.all(mask);
    }

    /**
     * numpy.histogram(x, bins, range=(lo, hi), weights=weights, density=density): the bins of {@link
     * #histogram(NumericArray, int, double, double)} (NumPy's arithmetic per element type, lo and hi as
     * Python floats, an empty range widened by 0.5 each side), each value inside [lo, hi] adding its
     * weight to its bin. The sums are NumPy's bits: NumPy adds the weights of each 65536-element block
     * in index order into a zeroed partial and the partials to the result in block order, and so does
     * this. Values outside the range, NaN and infinities are not counted and their weights not read (a
     * NaN weight there changes nothing); a NaN weight inside makes its bin NaN. With density the result
     * is NumPy's {@code counts / widths / counts.sum()}: the widths are the differences of the edges
     * (float32 for float32 input), the total NumPy's pairwise sum of the bins (an exact integer sum
     * without weights), so a NaN bin makes every density NaN, and an empty selection (no value in
     * range, or weights summing to 0) gives 0 / 0 = NaN or infinities, as NumPy (which warns). Without
     * weights (null) the counts are the integer counts as doubles. Memory: the result and one partial
     * of {@code bins} doubles; no copy of x.
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @param weights one weight per element of x, read in place; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32), or the weights
     *     are not as many as the values
     */
    public static DoubleHistogram histogram(double[] x, int bins, double lo, double hi, double[] weights, boolean density) {
        return histogramOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi, weightsOrNull(weights), density);
    }

    /**
     * numpy.histogram(x, bins, range=(lo, hi), weights=weights, density=density): the bins of {@link
     * #histogram(NumericArray, int, double, double)} (NumPy's arithmetic per element type, lo and hi as
     * Python floats, an empty range widened by 0.5 each side), each value inside [lo, hi] adding its
     * weight to its bin. The sums are NumPy's bits: NumPy adds the weights of each 65536-element block
     * in index order into a zeroed partial and the partials to the result in block order, and so does
     * this. Values outside the range, NaN and infinities are not counted and their weights not read (a
     * NaN weight there changes nothing); a NaN weight inside makes its bin NaN. With density the result
     * is NumPy's {@code counts / widths / counts.sum()}: the widths are the differences of the edges
     * (float32 for float32 input), the total NumPy's pairwise sum of the bins (an exact integer sum
     * without weights), so a NaN bin makes every density NaN, and an empty selection (no value in
     * range, or weights summing to 0) gives 0 / 0 = NaN or infinities, as NumPy (which warns). Without
     * weights (null) the counts are the integer counts as doubles. Memory: the result and one partial
     * of {@code bins} doubles; no copy of x. float32 values follow NumPy's float32 arithmetic: the
     * edges are float32 (the float64 linspace rounded; returned widened to double), lo and hi are
     * rounded to float32 for the range test and the subtraction {@code v - lo} (in float32), while the
     * division by {@code hi - lo} (a float64) and the product with bins happen in float64.
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @param weights one weight per element of x, read in place; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32), or the weights
     *     are not as many as the values
     */
    public static DoubleHistogram histogram(float[] x, int bins, double lo, double hi, double[] weights, boolean density) {
        return histogramOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi, weightsOrNull(weights), density);
    }

    /**
     * numpy.histogram(x, bins, range=(lo, hi), weights=weights, density=density): the bins of {@link
     * #histogram(NumericArray, int, double, double)} (NumPy's arithmetic per element type, lo and hi as
     * Python floats, an empty range widened by 0.5 each side), each value inside [lo, hi] adding its
     * weight to its bin. The sums are NumPy's bits: NumPy adds the weights of each 65536-element block
     * in index order into a zeroed partial and the partials to the result in block order, and so does
     * this. Values outside the range, NaN and infinities are not counted and their weights not read (a
     * NaN weight there changes nothing); a NaN weight inside makes its bin NaN. With density the result
     * is NumPy's {@code counts / widths / counts.sum()}: the widths are the differences of the edges
     * (float32 for float32 input), the total NumPy's pairwise sum of the bins (an exact integer sum
     * without weights), so a NaN bin makes every density NaN, and an empty selection (no value in
     * range, or weights summing to 0) gives 0 / 0 = NaN or infinities, as NumPy (which warns). Without
     * weights (null) the counts are the integer counts as doubles. Memory: the result and one partial
     * of {@code bins} doubles; no copy of x. int32 values are converted to double exactly.
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @param weights one weight per element of x, read in place; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32), or the weights
     *     are not as many as the values
     */
    public static DoubleHistogram histogram(int[] x, int bins, double lo, double hi, double[] weights, boolean density) {
        return histogramOf(IntArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi, weightsOrNull(weights), density);
    }

    /**
     * numpy.histogram(x, bins, range=(lo, hi), weights=weights, density=density): the bins of {@link
     * #histogram(NumericArray, int, double, double)} (NumPy's arithmetic per element type, lo and hi as
     * Python floats, an empty range widened by 0.5 each side), each value inside [lo, hi] adding its
     * weight to its bin. The sums are NumPy's bits: NumPy adds the weights of each 65536-element block
     * in index order into a zeroed partial and the partials to the result in block order, and so does
     * this. Values outside the range, NaN and infinities are not counted and their weights not read (a
     * NaN weight there changes nothing); a NaN weight inside makes its bin NaN. With density the result
     * is NumPy's {@code counts / widths / counts.sum()}: the widths are the differences of the edges
     * (float32 for float32 input), the total NumPy's pairwise sum of the bins (an exact integer sum
     * without weights), so a NaN bin makes every density NaN, and an empty selection (no value in
     * range, or weights summing to 0) gives 0 / 0 = NaN or infinities, as NumPy (which warns). Without
     * weights (null) the counts are the integer counts as doubles. Memory: the result and one partial
     * of {@code bins} doubles; no copy of x. int64 values are converted to double (beyond 2^53 rounded
     * to the nearest double, as NumPy compares and subtracts them).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @param weights one weight per element of x, read in place; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32), or the weights
     *     are not as many as the values
     */
    public static DoubleHistogram histogram(long[] x, int bins, double lo, double hi, double[] weights, boolean density) {
        return histogramOf(LongArray.wrap(Objects.requireNonNull(x, "x")), bins, lo, hi, weightsOrNull(weights), density);
    }

    /**
     * numpy.histogram(x, bins, range=(lo, hi), weights=weights, density=density): the bins of {@link
     * #histogram(NumericArray, int, double, double)} (NumPy's arithmetic per element type, lo and hi as
     * Python floats, an empty range widened by 0.5 each side), each value inside [lo, hi] adding its
     * weight to its bin. The sums are NumPy's bits: NumPy adds the weights of each 65536-element block
     * in index order into a zeroed partial and the partials to the result in block order, and so does
     * this. Values outside the range, NaN and infinities are not counted and their weights not read (a
     * NaN weight there changes nothing); a NaN weight inside makes its bin NaN. With density the result
     * is NumPy's {@code counts / widths / counts.sum()}: the widths are the differences of the edges
     * (float32 for float32 input), the total NumPy's pairwise sum of the bins (an exact integer sum
     * without weights), so a NaN bin makes every density NaN, and an empty selection (no value in
     * range, or weights summing to 0) gives 0 / 0 = NaN or infinities, as NumPy (which warns). Without
     * weights (null) the counts are the integer counts as doubles. Memory: the result and one partial
     * of {@code bins} doubles; no copy of x. Off-heap arrays are read in place; each element type with
     * its NumPy arithmetic (see the overloads for Java arrays).
     *
     * @param x the array
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @param weights one float64 weight per element of x; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32), the weights are
     *     not as many as the values, or the weights are not float64
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleHistogram histogram(NumericArray x, int bins, double lo, double hi, NumericArray weights, boolean density) {
        return histogramOf(x, bins, lo, hi, weights, density);
    }

    /**
     * numpy.histogram(x, bins, range=(lo, hi), weights=weights, density=density): the bins of {@link
     * #histogram(NumericArray, int, double, double)} (NumPy's arithmetic per element type, lo and hi as
     * Python floats, an empty range widened by 0.5 each side), each value inside [lo, hi] adding its
     * weight to its bin. The sums are NumPy's bits: NumPy adds the weights of each 65536-element block
     * in index order into a zeroed partial and the partials to the result in block order, and so does
     * this. Values outside the range, NaN and infinities are not counted and their weights not read (a
     * NaN weight there changes nothing); a NaN weight inside makes its bin NaN. With density the result
     * is NumPy's {@code counts / widths / counts.sum()}: the widths are the differences of the edges
     * (float32 for float32 input), the total NumPy's pairwise sum of the bins (an exact integer sum
     * without weights), so a NaN bin makes every density NaN, and an empty selection (no value in
     * range, or weights summing to 0) gives 0 / 0 = NaN or infinities, as NumPy (which warns). Without
     * weights (null) the counts are the integer counts as doubles. Memory: the result and one partial
     * of {@code bins} doubles; no copy of x. The calling thread and the pool's workers share the
     * blocks; the same bits as without the pool. Blocks until done, ignoring interrupts.
     *
     * @param x the array
     * @param bins the number of equal bins, at least 1
     * @param lo the lower end of the range
     * @param hi the upper end of the range
     * @param weights one float64 weight per element of x; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @param pool the pool whose workers share the work with the calling thread
     * @return the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} or {@code pool} is null (the weights may be null: then
     *     every value weighs 1)
     * @throws IllegalArgumentException if {@code bins <= 0}, lo or hi is not finite, {@code lo > hi},
     *     {@code hi - lo} overflows, or the bins would be narrower than the element type's edges
     *     resolve (for float32: more than 2^24 bins, or a range not finite in float32), the weights are
     *     not as many as the values, or the weights are not float64
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleHistogram histogram(NumericArray x, int bins, double lo, double hi, NumericArray weights, boolean density, ComputePool pool) {
        return org.kernels4j.planner.WeightedHistograms.sync(pool, x, bins, lo, hi, weights, density);
    }

    /**
     * numpy.histogram(x, bins, weights=weights, density=density): the range is [min, max] of x as in
     * {@link #histogram(NumericArray, int)} (one extra read of x; [0, 1] when x is empty), then
     * weighted and scaled as {@link #histogram(NumericArray, int, double, double, NumericArray,
     * boolean)}.
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param weights one weight per element of x, read in place; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, the bins would be narrower than the element type resolves, or the weights are not
     *     as many as the values
     */
    public static DoubleHistogram histogram(double[] x, int bins, double[] weights, boolean density) {
        return histogramOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), bins, weightsOrNull(weights), density);
    }

    /**
     * numpy.histogram(x, bins, weights=weights, density=density): the range is [min, max] of x as in
     * {@link #histogram(NumericArray, int)} (one extra read of x; [0, 1] when x is empty), then
     * weighted and scaled as {@link #histogram(NumericArray, int, double, double, NumericArray,
     * boolean)}. For float32 values min and max are float32 scalars in NumPy, so edges, subtraction,
     * division and product are all computed in float32 (unlike the float32 form with a range, whose
     * range is float64).
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param weights one weight per element of x, read in place; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, the bins would be narrower than the element type resolves, or the weights are not
     *     as many as the values
     */
    public static DoubleHistogram histogram(float[] x, int bins, double[] weights, boolean density) {
        return histogramOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), bins, weightsOrNull(weights), density);
    }

    /**
     * numpy.histogram(x, bins, weights=weights, density=density): the range is [min, max] of x as in
     * {@link #histogram(NumericArray, int)} (one extra read of x; [0, 1] when x is empty), then
     * weighted and scaled as {@link #histogram(NumericArray, int, double, double, NumericArray,
     * boolean)}. For int32 values it is exactly the form with the range (min, max) given as doubles.
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param weights one weight per element of x, read in place; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, the bins would be narrower than the element type resolves, or the weights are not
     *     as many as the values
     */
    public static DoubleHistogram histogram(int[] x, int bins, double[] weights, boolean density) {
        return histogramOf(IntArray.wrap(Objects.requireNonNull(x, "x")), bins, weightsOrNull(weights), density);
    }

    /**
     * numpy.histogram(x, bins, weights=weights, density=density): the range is [min, max] of x as in
     * {@link #histogram(NumericArray, int)} (one extra read of x; [0, 1] when x is empty), then
     * weighted and scaled as {@link #histogram(NumericArray, int, double, double, NumericArray,
     * boolean)}. For int64 values the edges come from (double) min and (double) max, the values are
     * converted to double, and (as NumPy's unsigned subtraction does) the divisor is the exact integer
     * max - min rounded once to double. When min == max the range is [(double) min - 0.5, (double) max
     * + 0.5], which for |min| >= 2^53 is empty in double: then, as NumPy, too many bins.
     *
     * @param x the values, read in place (not copied)
     * @param bins the number of equal bins, at least 1
     * @param weights one weight per element of x, read in place; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, the bins would be narrower than the element type resolves, or the weights are not
     *     as many as the values
     */
    public static DoubleHistogram histogram(long[] x, int bins, double[] weights, boolean density) {
        return histogramOf(LongArray.wrap(Objects.requireNonNull(x, "x")), bins, weightsOrNull(weights), density);
    }

    /**
     * numpy.histogram(x, bins, weights=weights, density=density): the range is [min, max] of x as in
     * {@link #histogram(NumericArray, int)} (one extra read of x; [0, 1] when x is empty), then
     * weighted and scaled as {@link #histogram(NumericArray, int, double, double, NumericArray,
     * boolean)}. Each element type with its NumPy arithmetic (see the overloads for Java arrays).
     *
     * @param x the array
     * @param bins the number of equal bins, at least 1
     * @param weights one float64 weight per element of x; null for none (each value weighs 1)
     * @param density true: each bin's sum divided by its width and by the sum of all bins (NumPy's
     *     {@code density=True}); false: the sums themselves
     * @return the weighted counts (or densities) and the edges
     * @throws NullPointerException if {@code x} is null (the weights may be null: then every value
     *     weighs 1)
     * @throws IllegalArgumentException if x holds NaN or infinity (the range is not finite), {@code
     *     bins <= 0}, the bins would be narrower than the element type resolves, the weights are not as
     *     many as the values, or the weights are not float64
     * @throws IllegalStateException if the arena of an array is closed
     */
    public static DoubleHistogram histogram(NumericArray x, int bins, NumericArray weights, boolean density) {
        return histogramOf(x, bins, weights, density);
    }

    // </generated>
}
