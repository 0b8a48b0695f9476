package org.kernels4j.planner;

import java.lang.foreign.MemorySegment;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.Backends;
import org.kernels4j.backend.HistBins;
import org.kernels4j.backend.NativePrograms;
import org.kernels4j.backend.PassProgram;
import org.kernels4j.backend.Selection;
import org.kernels4j.ComputePool;
import org.kernels4j.DType;
import org.kernels4j.Description;
import org.kernels4j.Histogram;
import org.kernels4j.LongArray;
import org.kernels4j.NumericArray;
import org.kernels4j.QuantileMethod;

/**
 * The sort family and histograms on a {@link ComputePool}: the async forms
 * ({@code pool.sort(x)}) and the synchronous forms given a pool ({@code Kernels.sort(x, pool)}).
 *
 * <p>On the native backend, arrays of more than {@link #PARALLEL_MIN} elements run as
 * the backend's pass programs split over the workers ({@link ChunkEngine}); smaller arrays, and every
 * array on the Java backend, run as the single-threaded kernel in one pool task (async) or on the
 * calling thread (sync). Results are the same either way, for any worker count: a sort, an
 * argsort (stable) and a selection have exactly one right answer, and histograms add integer
 * counts.
 */
public final class PoolSorts {
    /**
     * Below this many elements the split does not pay: the passes would have one chunk of at
     * least {@link NativePrograms#MIN_CHUNK} elements, so one worker. From here on at least two
     * share them. Measured on 2 workers (Intel Xeon, JMH): at 10^6 elements sort 1.46x and
     * argsort 1.74x one worker; with the old threshold of 2^20 both ran as one task.
     */
    public static final long PARALLEL_MIN = 2 * NativePrograms.MIN_CHUNK;
    /**
     * The threshold of the weighted histograms and bincount, which share blocks of their own
     * rather than the pass programs' chunks: unchanged at 2^20.
     */
    public static final long BLOCKS_PARALLEL_MIN = 1L << 20;

    private PoolSorts() {
    }

    // Checks are Kernels' own (Checks): thrown by the call, before anything is submitted.

    /** The current backend if it offers pass programs to run on the pool, else null. */
    private static Backend programs() {
        Backend b = Backends.current();
        return b.hasPassPrograms() ? b : null;
    }

    /** Slots for a job over n elements: one per worker, no more than there are chunks to share. */
    private static int slots(ComputePool pool, long n) {
        return (int) Math.max(1, Math.min(pool.workerCount(), n / NativePrograms.MIN_CHUNK));
    }

    /**
     * An operation without a split form, run as one pool task: the arrays are checked on the
     * calling thread (alive, not in a confined arena), then {@code work} runs on a worker.
     */
    public static <T> CompletableFuture<T> one(ComputePool pool, Supplier<T> work, NumericArray... arrays) {
        Objects.requireNonNull(pool, "pool");
        for (NumericArray a : arrays) {
            Checks.requireShareable(Checks.alive(a, "x"), "x");
        }
        long elements = 0;
        for (NumericArray a : arrays) {
            elements += a.length();
        }
        return arrays.length == 0 ? pool.submit(work::get) : onCallerOrSubmit(pool, elements, work);
    }

    /**
     * Work on at most {@link ChunkJob#INLINE_MAX_ELEMENTS} elements runs on the calling thread and
     * comes back as a completed (or failed) future, as every small async kernel does (the class
     * Javadoc of AsyncKernels, "small inputs"); larger work is one task on a worker. A shut-down
     * or broken pool rejects the call either way.
     */
    static <T> CompletableFuture<T> onCallerOrSubmit(ComputePool pool, long elements, Supplier<T> work) {
        if (elements <= ChunkJob.INLINE_MAX_ELEMENTS && !pool.isShutdown() && !pool.isBroken()) {
            try {
                return CompletableFuture.completedFuture(work.get());
            } catch (Throwable failure) {
                return CompletableFuture.failedFuture(failure);
            }
        }
        return pool.submit(work::get);
    }

    private static <T> CompletableFuture<T> run(ComputePool pool, long n, Supplier<PassProgram<T>> program,
                                                Supplier<T> single) {
        if (programs() == null || n < PARALLEL_MIN || pool.workerCount() == 1) {
            return onCallerOrSubmit(pool, n, single);
        }
        return ChunkEngine.start(pool, program.get());
    }

    private static <T> T runSync(ComputePool pool, NumericArray x, Supplier<PassProgram<T>> program,
                                 Supplier<T> single) {
        if (programs() == null || x.length() < PARALLEL_MIN || pool.workerCount() == 1 || !Checks.shareable(x)) {
            return single.get();
        }
        return ChunkEngine.runWith(pool, program.get());
    }


    // ---- sort -------------------------------------------------------------------------------

    public static CompletableFuture<Void> sort(ComputePool pool, NumericArray x) {
        Objects.requireNonNull(pool, "pool");
        Checks.requireShareable(Checks.writable(x, "x"), "x");
        long n = x.length();
        return run(pool, n, () -> programs().sortProgram(x.dtype(), x.segment(), n, slots(pool, n)), () -> {
            Backends.current().sort(x.dtype(), x.segment(), n);
            return null;
        });
    }

    /**
     * Sorts x into out[0, n) on the pool. Without overlap the passes read x and the last one
     * writes out (x is not copied first); when out overlaps x, x is copied into out on the
     * calling thread and out is sorted in place.
     */
    public static CompletableFuture<Void> sort(ComputePool pool, NumericArray x, NumericArray out) {
        Objects.requireNonNull(pool, "pool");
        Checks.requireShareable(Checks.alive(x, "x"), "x");
        Checks.requireShareable(Checks.writable(out, "out"), "out");
        Checks.holdsCopyOf(out, x);
        long n = x.length();
        DType t = x.dtype();
        MemorySegment xs = x.segment();
        MemorySegment os = out.segment().asSlice(0, n * t.byteSize());
        if (os.asOverlappingSlice(xs).isPresent()) {
            MemorySegment.copy(xs, 0, os, 0, n * t.byteSize()); // memmove semantics
            return run(pool, n, () -> programs().sortProgram(t, os, n, slots(pool, n)), () -> {
                Backends.current().sort(t, os, n);
                return null;
            });
        }
        return run(pool, n, () -> programs().sortIntoProgram(t, xs, os, n, slots(pool, n)), () -> {
            Backends.current().sortInto(t, xs, os, n);
            return null;
        });
    }

    public static void sortSync(ComputePool pool, NumericArray x) {
        Objects.requireNonNull(pool, "pool");
        Checks.writable(x, "x");
        long n = x.length();
        runSync(pool, x, () -> programs().sortProgram(x.dtype(), x.segment(), n, pool.workerCount()), () -> {
            Backends.current().sort(x.dtype(), x.segment(), n);
            return null;
        });
    }

    // ---- argsort ----------------------------------------------------------------------------

    private static long[] newIndexArray(NumericArray x) {
        if (x.length() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(x.length() + " indices do not fit in a long[]: use argsort(x, out)");
        }
        return new long[(int) x.length()];
    }

    private static void checkArgsortOut(NumericArray x, LongArray out) {
        Checks.writable(out, "out");
        if (out.length() < x.length()) {
            throw new IllegalArgumentException("out has " + out.length() + " elements, needs " + x.length());
        }
        if (out.segment().asOverlappingSlice(x.segment()).isPresent()) {
            throw new IllegalArgumentException("out overlaps x");
        }
    }

    public static CompletableFuture<long[]> argsort(ComputePool pool, NumericArray x) {
        Objects.requireNonNull(pool, "pool");
        Checks.requireShareable(Checks.alive(x, "x"), "x");
        long[] out = newIndexArray(x);
        LongArray o = LongArray.wrap(out);
        return argsort(pool, x, o).thenApply(v -> out);
    }

    public static CompletableFuture<Void> argsort(ComputePool pool, NumericArray x, LongArray out) {
        Objects.requireNonNull(pool, "pool");
        Checks.requireShareable(Checks.alive(x, "x"), "x");
        checkArgsortOut(x, out);
        Checks.requireShareable(out, "out");
        long n = x.length();
        MemorySegment o = out.segment().asSlice(0, n * 8);
        return run(pool, n, () -> programs().argsortProgram(x.dtype(), x.segment(), n, o, slots(pool, n)), () -> {
            Backends.current().argsort(x.dtype(), x.segment(), n, out.segment());
            return null;
        });
    }

    public static long[] argsortSync(ComputePool pool, NumericArray x) {
        Objects.requireNonNull(pool, "pool");
        Checks.alive(x, "x");
        long[] out = newIndexArray(x);
        argsortSync(pool, x, LongArray.wrap(out));
        return out;
    }

    public static void argsortSync(ComputePool pool, NumericArray x, LongArray out) {
        Objects.requireNonNull(pool, "pool");
        Checks.alive(x, "x");
        checkArgsortOut(x, out);
        long n = x.length();
        if (!Checks.shareable(out)) {
            Backends.current().argsort(x.dtype(), x.segment(), n, out.segment());
            return;
        }
        MemorySegment o = out.segment().asSlice(0, n * 8);
        runSync(pool, x, () -> programs().argsortProgram(x.dtype(), x.segment(), n, o, pool.workerCount()), () -> {
            Backends.current().argsort(x.dtype(), x.segment(), n, out.segment());
            return null;
        });
    }

    // ---- quantiles ----------------------------------------------------------------------------

    private static long nonEmpty(NumericArray x, String what) {
        if (x.length() == 0) {
            throw new IllegalArgumentException(what + " of an empty array is undefined");
        }
        return x.length();
    }

    private static PassProgram<Selection> selection(ComputePool pool, NumericArray x, int slots,
                                                    java.util.function.LongFunction<long[]> ranks) {
        return programs().selectProgram(x.dtype(), x.segment(), x.length(), slots, ranks);
    }

    private static Selection selectHere(NumericArray x, java.util.function.LongFunction<long[]> ranks) {
        return Backends.current().selectRanks(x.dtype(), x.segment(), x.length(), ranks);
    }

    /** qs already checked and scaled to [0, 1]. */
    public static CompletableFuture<double[]> quantiles(ComputePool pool, NumericArray x, double[] qs, QuantileMethod m,
                                                 boolean skipNaN, boolean scalarQ) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(m, "method");
        Checks.requireShareable(Checks.alive(x, "x"), "x");
        long n = nonEmpty(x, "quantile");
        var ranks = QuantileMath.quantileRanks(n, qs, m, skipNaN);
        return run(pool, n, () -> selection(pool, x, slots(pool, n), ranks), () -> selectHere(x, ranks))
                .thenApply(s -> QuantileMath.quantiles(x.dtype(), n, s, qs, m, skipNaN, scalarQ));
    }

    public static double[] quantilesSync(ComputePool pool, NumericArray x, double[] qs, QuantileMethod m, boolean skipNaN,
                                  boolean scalarQ) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(m, "method");
        Checks.alive(x, "x");
        long n = nonEmpty(x, "quantile");
        var ranks = QuantileMath.quantileRanks(n, qs, m, skipNaN);
        Selection s = runSync(pool, x, () -> selection(pool, x, pool.workerCount(), ranks), () -> selectHere(x, ranks));
        return QuantileMath.quantiles(x.dtype(), n, s, qs, m, skipNaN, scalarQ);
    }

    public static CompletableFuture<Double> median(ComputePool pool, NumericArray x, boolean skipNaN) {
        Objects.requireNonNull(pool, "pool");
        Checks.requireShareable(Checks.alive(x, "x"), "x");
        long n = nonEmpty(x, "median");
        var ranks = QuantileMath.medianRanks(n, skipNaN);
        return run(pool, n, () -> selection(pool, x, slots(pool, n), ranks), () -> selectHere(x, ranks))
                .thenApply(s -> QuantileMath.median(x.dtype(), n, s, skipNaN));
    }

    // ---- partition, describe -------------------------------------------------------------------

    /** NumPy's partition in one pool task: the same arrangement as Kernels.partition. */
    public static CompletableFuture<Void> partition(ComputePool pool, NumericArray x, long[] kth) {
        Objects.requireNonNull(pool, "pool");
        Checks.requireShareable(Checks.writable(x, "x"), "x");
        long[] ks = QuantileMath.checkedRanks(kth, x.length());
        return onCallerOrSubmit(pool, x.length(), () -> {
            if (ks.length > 0) {
                Backends.current().partition(x.dtype(), x.segment(), x.length(), ks);
            }
            return null;
        });
    }

    /** describe(): moments and selection side by side, the bits of Kernels.describe. */
    public static CompletableFuture<Description> describe(ComputePool pool, NumericArray x, double[] percentiles) {
        Objects.requireNonNull(pool, "pool");
        Checks.requireShareable(Checks.floating(x, "x"), "x");
        double[] ps = QuantileMath.checkedQ(percentiles, 1, "percentile");
        long n = x.length();
        var ranks = DescribeStats.ranks(n, ps);
        CompletableFuture<Selection> selection = n == 0
                ? CompletableFuture.completedFuture(new Selection(0, new long[0], new double[0]))
                : run(pool, n, () -> selection(pool, x, slots(pool, n), ranks), () -> selectHere(x, ranks));
        return DescribeStats.describe(pool, x, ps, selection);
    }

    // ---- histogram ------------------------------------------------------------------------------

    private static PassProgram<Histogram> histogramProgram(NumericArray x, HistBins u, int slots) {
        PassProgram<long[]> p = programs().histogramProgram(x.segment(), x.length(), u, slots);
        return mapped(p, c -> new Histogram(c, u.edges().clone()));
    }

    /** A program with its result mapped (the passes are p's). */
    private static <A, B> PassProgram<B> mapped(PassProgram<A> p, java.util.function.Function<A, B> f) {
        return new PassProgram<>() {
            @Override
            public int slots() {
                return p.slots();
            }

            @Override
            public Pass first() throws Exception {
                return p.first();
            }

            @Override
            public B result() {
                return f.apply(p.result());
            }

            @Override
            public void close() {
                p.close();
            }
        };
    }

    private static CompletableFuture<Histogram> histogram(ComputePool pool, NumericArray x, HistBins u) {
        long n = x.length();
        return run(pool, n, () -> histogramProgram(x, u, slots(pool, n)),
                () -> HistBinning.histogram(Backends.current(), x, u));
    }

    public static CompletableFuture<Histogram> histogram(ComputePool pool, NumericArray x, int bins, double lo, double hi) {
        Objects.requireNonNull(pool, "pool");
        Checks.requireShareable(Checks.alive(x, "x"), "x");
        return histogram(pool, x, HistBinning.forRange(x.dtype(), bins, lo, hi));
    }

    /** The range from the data: one task finds it (min and max), then the histogram is split. */
    public static CompletableFuture<Histogram> histogram(ComputePool pool, NumericArray x, int bins) {
        Objects.requireNonNull(pool, "pool");
        Checks.requireShareable(Checks.alive(x, "x"), "x");
        if (bins <= 0) {
            throw new IllegalArgumentException("bins must be positive, got " + bins);
        }
        if (x.dtype() == DType.F32 && bins > HistBinning.MAX_F32_BINS) {
            throw new IllegalArgumentException("at most 2^24 bins for F32 input, got " + bins);
        }
        CompletableFuture<Histogram> result = new CompletableFuture<>();
        CompletableFuture<HistBins> range = pool.submit(() -> HistBinning.forData(Backends.current(), x, bins));
        result.whenComplete((r, e) -> range.cancel(false)); // a cancelled result stops the range task
        range.whenComplete((u, e) -> {
            if (e != null) {
                result.completeExceptionally(e instanceof java.util.concurrent.CompletionException ce && ce.getCause() != null
                        ? ce.getCause() : e);
                return;
            }
            if (result.isDone()) {
                return;
            }
            CompletableFuture<Histogram> h;
            try {
                h = histogram(pool, x, u);
            } catch (RuntimeException ex) { // the pool shut down meanwhile
                result.completeExceptionally(ex);
                return;
            }
            result.whenComplete((r, ex) -> h.cancel(false));
            h.whenComplete((r, ex) -> {
                if (ex != null) {
                    result.completeExceptionally(ex);
                } else {
                    result.complete(r);
                }
            });
        });
        return result;
    }

    public static CompletableFuture<long[]> histogram(ComputePool pool, NumericArray x, double[] edges) {
        Objects.requireNonNull(pool, "pool");
        Checks.requireShareable(Checks.alive(x, "x"), "x");
        double[] e = HistBinning.checkedEdges(edges);
        long n = x.length();
        return run(pool, n, () -> programs().histogramEdgesProgram(x.dtype(), x.segment(), n, e, slots(pool, n)),
                () -> {
                    long[] counts = new long[e.length - 1];
                    Backends.current().histEdges(x.dtype(), x.segment(), n, e, counts);
                    return counts;
                });
    }

    public static Histogram histogramSync(ComputePool pool, NumericArray x, int bins, double lo, double hi) {
        Objects.requireNonNull(pool, "pool");
        Checks.alive(x, "x");
        HistBins u = HistBinning.forRange(x.dtype(), bins, lo, hi);
        return runSync(pool, x, () -> histogramProgram(x, u, pool.workerCount()),
                () -> HistBinning.histogram(Backends.current(), x, u));
    }
}
