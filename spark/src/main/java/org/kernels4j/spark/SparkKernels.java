package org.kernels4j.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.memory.Memory;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.columnar.CachedBatch;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.kernels4j.Histogram;
import org.kernels4j.Kernels;
import org.kernels4j.QuantileMethod;

/**
 * kernels4j statistics of Spark {@code Dataset}s, computed by the native kernels inside the
 * executors.
 *
 * <p><b>How.</b> Each operation is one Spark job (exact quantiles too: the values are checked
 * against their limit in the same pass). Where Spark holds the columns as column batches (a
 * Dataset cached in memory, a Parquet or ORC file read by Spark's vectorized reader) and the
 * selection is a plain scan of numeric columns, describe, histogram and quantiles read those
 * batches directly ({@code executeColumnar()} of the scan; for a plain scan of a cached Dataset,
 * the cache's own column buffers), without Spark turning them into rows; otherwise the selected
 * columns are cast to double and read as Spark's internal rows.
 * Each task copies its partition's columns once into kernels4j arrays, in chunks of 64 Ki
 * rows, and runs the kernels on whole chunks (sum, variance, min, max, histogram, GEMM),
 * never per row. {@link SparkDescription#reads()} tells which way each partition was read. Each partition sends back a small mergeable result
 * (moments, counts, a KLL sketch, a k x k matrix) and the driver merges them in partition
 * order: sums by compensated (Neumaier) addition, variances and co-moments by Chan's formula,
 * counts by addition, sketches by the KLL merge.
 *
 * <p><b>Missing values.</b> SQL {@code NULL} and {@code NaN} are both "missing": counted, and
 * left out of every statistic (NumPy's {@code nan*} functions, pandas' {@code describe}). The
 * Gram matrix, covariance and correlation use the rows with no missing value in any of the
 * columns. Integer, decimal and float columns are cast to double first (longs beyond 2^53 and
 * decimals round).
 *
 * <p><b>Accuracy</b> against single-machine kernels4j on the same values: counts, min, max,
 * histogram counts and exact quantiles are equal; sum and mean agree to within a few units in
 * the last place of {@code sum(|x|)} (each chunk is summed by the library's tree sum, the
 * chunk and partition sums are merged with compensation: error at most that of the
 * single-machine sum plus one rounding); variance, std, the Gram matrix and co-moments agree
 * to a relative 1e-12 for well-conditioned data (both sides are backward stable; the merge
 * order differs). Sketch quantiles are within the rank error of {@link QuantileOptions} plus that
 * of the sketch stride (its class comment; {@link SparkQuantiles#rankError()} reports the total).
 *
 * <p><b>Backends.</b> Executors load the native library from the application jar (this
 * module's jar carries the library and {@code native/linux-x86_64/libk4j.so}); where it cannot
 * load, the kernels fall back to kernels4j's Java backend, and every result tells how many
 * partitions each backend scanned.
 *
 * <p><b>Futures.</b> Every operation has an {@code ...Async} form that returns at once. Its job
 * is a Spark async action ({@code JavaRDD.collectAsync}) submitted from a thread of its own,
 * in a Spark job group of its own with interrupt-on-cancel set. {@code cancel(...)} on the
 * future (the flag does not matter) cancels the job group: Spark kills the running tasks,
 * interrupting their threads (they also check at every chunk), so their slots are free at
 * once, and the future completes with {@link java.util.concurrent.CancellationException}. A failed job completes the future
 * exceptionally with Spark's exception. The synchronous forms wait for the async one; if the
 * waiting thread is interrupted, the job is cancelled, the thread's interrupt status is set
 * and a {@code CancellationException} is thrown. Bad arguments (unknown column, non-numeric
 * column, bad edges or probabilities, a {@code kernels4j.spark.sketchStride} property that is not
 * a power of two in 1..65536 for a sketch) throw {@link IllegalArgumentException} from the call
 * itself, async forms included, before any job runs.
 */
public final class SparkKernels {
    private static final double[] QUARTILES = {0.25, 0.5, 0.75};

    private SparkKernels() {
    }

    // ---- describe ---------------------------------------------------------------------------

    /**
     * pandas-style {@code describe()} of numeric columns: count, missing, sum, mean, std
     * (ddof = 1), min, 25%, 50%, 75% (KLL sketch, k = 200, at the sketch stride of
     * {@link QuantileOptions}), max. With no column named, every numeric column.
     *
     * @param ds the Dataset
     * @param columns the numeric columns to describe, in the order wanted; none: every numeric column
     * @return the statistics of each column
     * @throws IllegalArgumentException if a column does not exist or is not numeric
     * @throws java.util.concurrent.CancellationException if the waiting thread is interrupted (the
     *     Spark job is cancelled and the interrupt status set)
     */
    public static SparkDescription describe(Dataset<Row> ds, String... columns) {
        return SparkJobs.await(describeAsync(ds, QuantileOptions.sketch(), QUARTILES, columns));
    }

    /**
     * {@link #describe(Dataset, String...)} with the quantiles as the options say.
     *
     * @param ds the Dataset
     * @param quantiles how the quartiles are computed (a KLL sketch, or exactly up to a limit)
     * @param columns the numeric columns to describe, in the order wanted; none: every numeric column
     * @return the statistics of each column
     * @throws IllegalArgumentException if a column does not exist or is not numeric
     * @throws IllegalStateException for exact quantiles of a column with more values than the
     *     limit
     * @throws java.util.concurrent.CancellationException if the waiting thread is interrupted (the
     *     Spark job is cancelled and the interrupt status set)
     */
    public static SparkDescription describe(Dataset<Row> ds, QuantileOptions quantiles, String... columns) {
        return SparkJobs.await(describeAsync(ds, quantiles, QUARTILES, columns));
    }

    /**
     * {@link #describe(Dataset, String...)}, asynchronously; see the class comment on futures.
     *
     * @param ds the Dataset
     * @param columns the numeric columns to describe, in the order wanted; none: every numeric column
     * @return a future of the statistics of each column; cancelling it cancels the Spark job
     * @throws IllegalArgumentException if a column does not exist or is not numeric
     */
    public static CompletableFuture<SparkDescription> describeAsync(Dataset<Row> ds, String... columns) {
        return describeAsync(ds, QuantileOptions.sketch(), QUARTILES, columns);
    }

    /**
     * describe() with the given quantile method and fractions, asynchronously.
     *
     * @param ds the Dataset
     * @param quantiles how the quantiles are computed (a KLL sketch, or exactly up to a limit)
     * @param probabilities quantile fractions in [0, 1] (e.g. 0.25, 0.5, 0.75)
     * @param columns the numeric columns to describe, in the order wanted; none: every numeric column
     * @return a future of the statistics of each column; cancelling it cancels the Spark job
     * @throws NullPointerException if {@code quantiles} or {@code probabilities} is null
     * @throws IllegalArgumentException if a column does not exist or is not numeric, or a
     *     fraction is outside [0, 1] or NaN
     * @throws IllegalStateException (through the future) for exact quantiles of a column with
     *     more values than the limit
     */
    public static CompletableFuture<SparkDescription> describeAsync(Dataset<Row> ds, QuantileOptions quantiles,
                                                                    double[] probabilities, String... columns) {
        Objects.requireNonNull(quantiles, "quantiles");
        List<String> cols = NumericColumns.resolve(ds, columns, true);
        double[] ps = checkProbabilities(probabilities);
        int k = cols.size();
        ScanSpec spec = quantiles.exact() ? ScanSpec.values(k, quantiles.exactLimit())
                : ScanSpec.describe(k, quantiles.k(), StridedSketch.strideFromProperty());
        Source src = Source.of(ds, cols);
        return SparkJobs.submit(context(ds), "kernels4j describe " + cols, self -> {
            List<Partial> parts = run(src, spec, self);
            ColumnMoments[] m = mergeMoments(parts, k);
            double[][] q = quantiles(parts, k, ps, quantiles, spec, m, cols);
            List<ColumnSummary> out = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                out.add(ColumnSummary.of(cols.get(j), m[j], ps, q[j]));
            }
            return new SparkDescription(List.copyOf(out), rows(parts), label(quantiles, spec), tally(parts, false),
                    tally(parts, true), reads(parts));
        });
    }

    // ---- histogram --------------------------------------------------------------------------

    /**
     * Histogram of one column in {@code bins} equal-width bins over {@code [lo, hi]}, NumPy's
     * {@code np.histogram(x, bins, range=(lo, hi))} on the non-missing values.
     *
     * @param ds the Dataset
     * @param column the numeric column
     * @param bins the number of bins, at least 1
     * @param lo the left edge of the first bin
     * @param hi the right edge of the last bin
     * @return the counts per bin
     * @throws IllegalArgumentException if the column does not exist or is not numeric, bins
     *     &lt;= 0, or the range is not finite and increasing (as {@code Kernels.histogram})
     * @throws java.util.concurrent.CancellationException if the waiting thread is interrupted (the
     *     Spark job is cancelled and the interrupt status set)
     */
    public static SparkHistogram histogram(Dataset<Row> ds, String column, int bins, double lo, double hi) {
        return SparkJobs.await(histogramAsync(ds, column, bins, lo, hi));
    }

    /**
     * {@link #histogram(Dataset, String, int, double, double)}, asynchronously.
     *
     * @param ds the Dataset
     * @param column the numeric column
     * @param bins the number of bins, at least 1
     * @param lo the left edge of the first bin
     * @param hi the right edge of the last bin
     * @return a future of the counts per bin; cancelling it cancels the Spark job
     * @throws IllegalArgumentException if the column does not exist or is not numeric, bins
     *     &lt;= 0, or the range is not finite and increasing
     * @throws NullPointerException if {@code column} is null
     */
    public static CompletableFuture<SparkHistogram> histogramAsync(Dataset<Row> ds, String column, int bins,
                                                                   double lo, double hi) {
        // The single-machine kernel checks the arguments and gives the edges.
        Histogram h = Kernels.histogram(new double[0], bins, lo, hi);
        return histogramJob(ds, column, ScanSpec.histogram(1, null, bins, lo, hi), h.edges());
    }

    /**
     * Histogram of one column over the given bin edges ({@code np.histogram(x, edges)}).
     *
     * @param ds the Dataset
     * @param column the numeric column
     * @param edges the bin edges, at least 2, increasing (copied)
     * @return the counts per bin
     * @throws IllegalArgumentException if the column does not exist or is not numeric, or
     *     there are fewer than 2 edges, an edge is NaN or they decrease
     * @throws java.util.concurrent.CancellationException if the waiting thread is interrupted (the
     *     Spark job is cancelled and the interrupt status set)
     */
    public static SparkHistogram histogram(Dataset<Row> ds, String column, double[] edges) {
        return SparkJobs.await(histogramAsync(ds, column, edges));
    }

    /**
     * {@link #histogram(Dataset, String, double[])}, asynchronously.
     *
     * @param ds the Dataset
     * @param column the numeric column
     * @param edges the bin edges, at least 2, increasing (copied)
     * @return a future of the counts per bin; cancelling it cancels the Spark job
     * @throws IllegalArgumentException if the column does not exist or is not numeric, or
     *     there are fewer than 2 edges, an edge is NaN or they decrease
     * @throws NullPointerException if {@code column} or {@code edges} is null
     */
    public static CompletableFuture<SparkHistogram> histogramAsync(Dataset<Row> ds, String column, double[] edges) {
        Objects.requireNonNull(edges, "edges");
        double[] e = edges.clone();
        Kernels.histogram(new double[0], e);
        return histogramJob(ds, column, ScanSpec.histogram(1, e, 0, 0, 0), e);
    }

    private static CompletableFuture<SparkHistogram> histogramJob(Dataset<Row> ds, String column, ScanSpec spec,
                                                                  double[] edges) {
        Objects.requireNonNull(column, "column");
        List<String> cols = NumericColumns.resolve(ds, new String[] {column}, false);
        Source src = Source.of(ds, cols);
        return SparkJobs.submit(context(ds), "kernels4j histogram " + cols, self -> {
            List<Partial> parts = run(src, spec, self);
            ColumnMoments m = mergeMoments(parts, 1)[0];
            long[] counts = new long[edges.length - 1];
            for (Partial p : parts) {
                long[] c = p.histogram[0];
                for (int b = 0; b < counts.length; b++) {
                    counts[b] += c[b];
                }
            }
            long total = 0;
            for (long c : counts) {
                total += c;
            }
            return new SparkHistogram(cols.getFirst(), edges.clone(), counts, m.missing, m.stats.count() - total,
                    tally(parts, false));
        });
    }

    // ---- quantiles --------------------------------------------------------------------------

    /**
     * Quantiles of numeric columns at the given fractions, from a merged KLL sketch or exactly,
     * as the options say.
     *
     * @param ds the Dataset
     * @param probabilities quantile fractions in [0, 1]
     * @param options how the quantiles are computed (a KLL sketch, or exactly up to a limit)
     * @param columns the numeric columns, in the order wanted; none: every numeric column
     * @return the quantiles of each column
     * @throws IllegalArgumentException if a column does not exist or is not numeric, or a
     *     fraction is outside [0, 1] or NaN
     * @throws IllegalStateException for exact quantiles of a column with more values than the
     *     limit
     * @throws java.util.concurrent.CancellationException if the waiting thread is interrupted (the
     *     Spark job is cancelled and the interrupt status set)
     */
    public static SparkQuantiles quantiles(Dataset<Row> ds, double[] probabilities, QuantileOptions options,
                                           String... columns) {
        return SparkJobs.await(quantilesAsync(ds, probabilities, options, columns));
    }

    /**
     * {@link #quantiles(Dataset, double[], QuantileOptions, String...)}, asynchronously.
     *
     * @param ds the Dataset
     * @param probabilities quantile fractions in [0, 1]
     * @param options how the quantiles are computed (a KLL sketch, or exactly up to a limit)
     * @param columns the numeric columns, in the order wanted; none: every numeric column
     * @return a future of the quantiles of each column; cancelling it cancels the Spark job (an
     *     exact method over its limit completes it with {@link IllegalStateException})
     * @throws IllegalArgumentException if a column does not exist or is not numeric, or a
     *     fraction is outside [0, 1] or NaN
     * @throws NullPointerException if {@code options} or {@code probabilities} is null
     */
    public static CompletableFuture<SparkQuantiles> quantilesAsync(Dataset<Row> ds, double[] probabilities,
                                                                   QuantileOptions options, String... columns) {
        Objects.requireNonNull(options, "options");
        List<String> cols = NumericColumns.resolve(ds, columns, false);
        double[] ps = checkProbabilities(probabilities);
        int k = cols.size();
        ScanSpec spec = options.exact() ? ScanSpec.values(k, options.exactLimit())
                : ScanSpec.sketch(k, options.k(), StridedSketch.strideFromProperty());
        Source src = Source.of(ds, cols);
        return SparkJobs.submit(context(ds), "kernels4j quantiles " + cols, self -> {
            List<Partial> parts = run(src, spec, self);
            ColumnMoments[] m = mergeMoments(parts, k);
            long[] counts = new long[k];
            for (int j = 0; j < k; j++) {
                counts[j] = m[j].stats.count();
            }
            double rankError = options.exact() ? 0.0
                    : StridedSketch.rankError(options.k(), spec.sketchStride(), spec.chunkRows());
            return new SparkQuantiles(List.copyOf(cols), ps, quantiles(parts, k, ps, options, spec, m, cols), counts,
                    label(options, spec), rankError, tally(parts, false));
        });
    }

    // ---- Gram matrix, covariance, correlation -------------------------------------------------

    /**
     * The Gram matrix {@code X^T X} of numeric columns, with means and centred co-moments (so
     * also covariance and correlation): each partition runs kernels4j's GEMM on off-heap chunks
     * of its rows, the k x k partials are summed on the driver. Rows with a missing value in
     * any of the columns are skipped.
     *
     * @param ds the Dataset
     * @param columns the numeric columns, in the order wanted
     * @return the Gram matrix, means and co-moments
     * @throws IllegalArgumentException if no column is given, or one does not exist or is not
     *     numeric
     * @throws java.util.concurrent.CancellationException if the waiting thread is interrupted (the
     *     Spark job is cancelled and the interrupt status set)
     */
    public static SparkGram gram(Dataset<Row> ds, String... columns) {
        return SparkJobs.await(gramAsync(ds, columns));
    }

    /**
     * {@link #gram(Dataset, String...)}, asynchronously.
     *
     * @param ds the Dataset
     * @param columns the numeric columns, in the order wanted
     * @return a future of the Gram matrix, means and co-moments; cancelling it cancels the Spark job
     * @throws IllegalArgumentException if no column is given, or one does not exist or is not
     *     numeric
     */
    public static CompletableFuture<SparkGram> gramAsync(Dataset<Row> ds, String... columns) {
        List<String> cols = NumericColumns.resolve(ds, columns, false);
        int k = cols.size();
        RDD<InternalRow> rdd = NumericColumns.asDoubles(ds, cols);
        ScanSpec spec = ScanSpec.gram(k);
        return SparkJobs.submit(context(ds), "kernels4j gram " + cols, self -> {
            List<Partial> parts = run(rdd, spec, self);
            double[] g = new double[k * k];
            double[] c = new double[k * k];
            double[] mu = new double[k];
            long n = 0;
            long all = 0;
            for (Partial p : parts) {
                all += p.rows;
                if (p.completeRows == 0) {
                    continue;
                }
                for (int i = 0; i < g.length; i++) {
                    g[i] += p.gram[i];
                }
                GramMerge.merge(c, mu, n, p.comoments, p.means, p.completeRows, k);
                n += p.completeRows;
            }
            return new SparkGram(List.copyOf(cols), n, all - n, square(g, k), mu, square(c, k), tally(parts, false),
                    tally(parts, true));
        });
    }

    /**
     * Sample covariance matrix (ddof = 1) of numeric columns; see {@link #gram(Dataset, String...)}.
     *
     * @param ds the Dataset
     * @param columns the numeric columns, in the order wanted
     * @return the k x k covariance matrix ({@code np.cov} of the complete rows)
     * @throws IllegalArgumentException if no column is given, or one does not exist or is not
     *     numeric
     * @throws java.util.concurrent.CancellationException if the waiting thread is interrupted (the
     *     Spark job is cancelled and the interrupt status set)
     */
    public static double[][] covariance(Dataset<Row> ds, String... columns) {
        return gram(ds, columns).covariance(1);
    }

    /**
     * {@link #covariance(Dataset, String...)}, asynchronously.
     *
     * @param ds the Dataset
     * @param columns the numeric columns, in the order wanted
     * @return a future of the k x k covariance matrix; cancelling it cancels the Spark job
     * @throws IllegalArgumentException if no column is given, or one does not exist or is not
     *     numeric
     */
    public static CompletableFuture<double[][]> covarianceAsync(Dataset<Row> ds, String... columns) {
        return cancelThrough(gramAsync(ds, columns), g -> g.covariance(1));
    }

    /**
     * Pearson correlation matrix of numeric columns; see {@link #gram(Dataset, String...)}.
     *
     * @param ds the Dataset
     * @param columns the numeric columns, in the order wanted
     * @return the k x k correlation matrix ({@code np.corrcoef} of the complete rows)
     * @throws IllegalArgumentException if no column is given, or one does not exist or is not
     *     numeric
     * @throws java.util.concurrent.CancellationException if the waiting thread is interrupted (the
     *     Spark job is cancelled and the interrupt status set)
     */
    public static double[][] correlation(Dataset<Row> ds, String... columns) {
        return gram(ds, columns).correlation();
    }

    /**
     * {@link #correlation(Dataset, String...)}, asynchronously.
     *
     * @param ds the Dataset
     * @param columns the numeric columns, in the order wanted
     * @return a future of the k x k correlation matrix; cancelling it cancels the Spark job
     * @throws IllegalArgumentException if no column is given, or one does not exist or is not
     *     numeric
     */
    public static CompletableFuture<double[][]> correlationAsync(Dataset<Row> ds, String... columns) {
        return cancelThrough(gramAsync(ds, columns), SparkGram::correlation);
    }

    // ---- internals ---------------------------------------------------------------------------

    /** A dependent future whose cancellation also cancels the source (and so its Spark job). */
    private static <A, B> CompletableFuture<B> cancelThrough(CompletableFuture<A> src,
                                                             java.util.function.Function<A, B> f) {
        CompletableFuture<B> out = new CompletableFuture<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                boolean c = super.cancel(mayInterruptIfRunning);
                src.cancel(mayInterruptIfRunning);
                return c;
            }
        };
        src.whenComplete((a, e) -> {
            if (e != null) {
                out.completeExceptionally(e instanceof java.util.concurrent.CompletionException ce && ce.getCause() != null
                        ? ce.getCause() : e);
            } else {
                try {
                    out.complete(f.apply(a));
                } catch (RuntimeException ex) {
                    out.completeExceptionally(ex);
                }
            }
        });
        return out;
    }

    private static SparkContext context(Dataset<Row> ds) {
        return ds.sparkSession().sparkContext();
    }

    /**
     * One Spark job: the scan of every partition, results in partition order. Submitted as an
     * async action from the operation's job thread (so in its job group, interrupt on cancel);
     * the check after submission closes the window where the future is cancelled after the
     * last check and before the job exists, when cancelling the job group finds nothing.
     */
    private static List<Partial> run(RDD<InternalRow> rdd, ScanSpec spec, SparkJobs.JobFuture<?> self)
            throws Exception {
        return run(new Source(rdd, null), spec, self);
    }

    /**
     * Where a column-mode scan reads: Spark's column batches when the plan has a columnar
     * source for the columns ({@link ColumnarScan}), else the columns cast to double as rows.
     */
    private record Source(RDD<InternalRow> rows, ColumnarScan columnar) {
        static Source of(Dataset<Row> ds, List<String> cols) {
            ColumnarScan c = ColumnarScan.of(ds, cols);
            return c != null ? new Source(null, c) : new Source(NumericColumns.asDoubles(ds, cols), null);
        }
    }

    private static List<Partial> run(Source src, ScanSpec spec, SparkJobs.JobFuture<?> self) throws Exception {
        JavaRDD<Partial> partials;
        if (src.columnar() != null && src.columnar().cached() != null) {
            int[] bufs = src.columnar().ordinals();
            byte[] kinds = src.columnar().kinds();
            DataType[] types = src.columnar().types();
            FlatMapFunction<Iterator<CachedBatch>, Partial> scan = batches ->
                    PartitionScanner.scanCached(batches, bufs, kinds, types, spec);
            partials = src.columnar().cached().toJavaRDD().mapPartitions(scan);
        } else if (src.columnar() != null) {
            int[] ords = src.columnar().ordinals();
            byte[] kinds = src.columnar().kinds();
            FlatMapFunction<Iterator<ColumnarBatch>, Partial> scan = batches ->
                    PartitionScanner.scanBatches(batches, ords, kinds, spec);
            partials = src.columnar().batches().toJavaRDD().mapPartitions(scan);
        } else {
            FlatMapFunction<Iterator<InternalRow>, Partial> scan = rows -> PartitionScanner.scan(rows, spec);
            partials = src.rows().toJavaRDD().mapPartitions(scan);
        }
        self.checkNotCancelled();
        JavaFutureAction<List<Partial>> job = partials.collectAsync();
        if (self.isCancelled()) {
            job.cancel(true);
        }
        try {
            return job.get();
        } catch (java.util.concurrent.ExecutionException e) {
            self.checkNotCancelled();
            throw e.getCause() instanceof Exception ex ? ex : e;
        }
    }

    private static ColumnMoments[] mergeMoments(List<Partial> parts, int k) {
        ColumnMoments[] m = new ColumnMoments[k];
        for (int j = 0; j < k; j++) {
            m[j] = new ColumnMoments();
            for (Partial p : parts) {
                m[j].merge(p.moments[j]);
            }
        }
        return m;
    }

    private static double[][] quantiles(List<Partial> parts, int k, double[] ps, QuantileOptions o, ScanSpec spec,
                                        ColumnMoments[] m, List<String> cols) {
        double[][] q = new double[k][];
        for (int j = 0; j < k; j++) {
            q[j] = o.exact() ? exactQuantiles(parts, j, ps, o.exactLimit(), cols.get(j))
                    : sketchQuantiles(parts, j, ps, o.k(), spec.sketchStride(), m[j]);
        }
        return q;
    }

    /** The quantile method's label: the options' own, or for a sketch with its stride and chunk. */
    private static String label(QuantileOptions o, ScanSpec spec) {
        return o.exact() ? o.label() : StridedSketch.label(o.k(), spec.sketchStride(), spec.chunkRows());
    }

    private static double[] sketchQuantiles(List<Partial> parts, int j, double[] ps, int kll, int stride,
                                            ColumnMoments m) {
        KllDoublesSketch strided = KllDoublesSketch.newHeapInstance(kll);
        KllDoublesSketch rest = KllDoublesSketch.newHeapInstance(kll);
        for (Partial p : parts) {
            strided.merge(KllDoublesSketch.heapify(Memory.wrap(p.sketches[j])));
            rest.merge(KllDoublesSketch.heapify(Memory.wrap(p.restSketches[j])));
        }
        if (ps.length == 0 || m.stats.count() == 0) {
            return nans(ps.length);
        }
        return StridedSketch.quantiles(strided, rest, stride, ps, m.stats.min(), m.stats.max());
    }

    private static double[] exactQuantiles(List<Partial> parts, int j, double[] ps, long limit, String column) {
        long n = 0;
        boolean over = false;
        for (Partial p : parts) {
            n += p.moments[j].stats.count();
            over |= p.values[j] == null;
        }
        if (over || n > limit) {
            throw new IllegalStateException("column '" + column + "' has " + n + " values, more than the limit of "
                    + limit + " for exact quantiles; use QuantileOptions.sketch(...) or a larger limit");
        }
        double[] all = new double[(int) n];
        int at = 0;
        for (Partial p : parts) {
            double[] v = p.values[j];
            System.arraycopy(v, 0, all, at, v.length);
            at += v.length;
        }
        if (n == 0 || ps.length == 0) {
            return nans(ps.length);
        }
        return Kernels.quantile(all, ps, QuantileMethod.LINEAR);
    }

    private static double[] nans(int n) {
        double[] d = new double[n];
        java.util.Arrays.fill(d, Double.NaN);
        return d;
    }

    private static double[] checkProbabilities(double[] ps) {
        Objects.requireNonNull(ps, "probabilities");
        for (double p : ps) {
            if (!(p >= 0.0 && p <= 1.0)) {
                throw new IllegalArgumentException("quantile fraction must be in [0, 1]: " + p);
            }
        }
        return ps.clone();
    }

    private static long rows(List<Partial> parts) {
        long n = 0;
        for (Partial p : parts) {
            n += p.rows;
        }
        return n;
    }

    private static Map<String, Integer> tally(List<Partial> parts, boolean isa) {
        BackendTally t = new BackendTally();
        for (Partial p : parts) {
            t.add(isa ? p.isa : p.backend);
        }
        return t.toMap();
    }

    /** "columnar" / "rows" to the number of partitions read that way. */
    private static Map<String, Integer> reads(List<Partial> parts) {
        BackendTally t = new BackendTally();
        for (Partial p : parts) {
            t.add(p.columnar ? "columnar" : "rows");
        }
        return t.toMap();
    }

    private static double[][] square(double[] a, int k) {
        double[][] m = new double[k][k];
        for (int i = 0; i < k; i++) {
            System.arraycopy(a, i * k, m[i], 0, k);
        }
        return m;
    }
}
