package org.kernels4j.spark.bench;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.stddev;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.kernels4j.Kernels;
import org.kernels4j.spark.QuantileOptions;
import org.kernels4j.spark.SparkDescription;
import org.kernels4j.spark.SparkKernels;
import org.kernels4j.spark.SparkQuantiles;

/**
 * describe of 4 numeric columns x N rows (generated, cached in memory) on local[2]:
 * kernels4j-spark against Spark's own statistics, side by side in one JVM on the same cached
 * data, in alternating rounds after a warm-up round on 2x10^6 rows. Statistics: count, mean, stddev,
 * min, 25%, 50%, 75%, max.
 *
 * <ul>
 *   <li>{@code kernels4j}: {@code SparkKernels.describe} with a KLL sketch, k = 200, at the
 *       default sketch stride (16): normalized rank error 1.33% + 16 / 2^17 = 1.34% (99%
 *       confidence), as {@code SparkQuantiles.rankError()} reports it.
 *   <li>{@code kernels4j-stride1}: the same with {@code -Dkernels4j.spark.sketchStride=1} (every
 *       value fed to the sketch, rank error 1.33%).
 *   <li>{@code spark-agg}: the same aggregates as {@code Dataset.summary()} builds, in one
 *       {@code agg}, with {@code percentile_approx} at accuracy {@code ceil(1 / e)} for the
 *       rank error e of the strided sketch (its relative error 1/accuracy is then at most e).
 *   <li>{@code spark-summary}: {@code Dataset.summary(...)} itself (its percentiles are fixed
 *       at accuracy 10000, relative error 1e-4).
 * </ul>
 *
 * <p>A capacity probe (a fixed arithmetic loop timed on one thread, then on two at once) is
 * printed before and after the rounds with the load average: on a shared machine two threads
 * are not always two cores, and the probe tells how much of the two the run had.
 *
 * <p>Not JMH: the data set (4 x 5x10^7 doubles cached by Spark) takes longer to build than a
 * round, and JMH would rebuild it in every fork; alternating the contenders in one JVM gives
 * the ratio on this shared, noisy machine. Usage: {@code SparkDescribeBench [rows [rounds
 * [contenders]]]}, contenders a comma-separated subset of the names above, or {@code all}
 * (the default).
 */
public final class SparkDescribeBench {
    private SparkDescribeBench() {
    }

    public static void main(String[] args) {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 50_000_000L;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Set<String> only = args.length > 2 && !args[2].isBlank() && !"all".equals(args[2])
                ? Set.of(args[2].split(",")) : null;
        SparkSession spark = SparkSession.builder().master("local[2]").appName("SparkDescribeBench")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            run(spark, rows, rounds, only);
        } finally {
            spark.stop();
        }
    }

    private static void run(SparkSession spark, long rows, int rounds, Set<String> only) {
        String[] cols = {"a", "b", "c", "d"};
        long t0 = System.nanoTime();
        Dataset<Row> ds = data(spark, rows);
        long n = ds.count();
        System.out.printf(Locale.ROOT, "SparkDescribeBench %s: %d rows x 4 double columns, 8 partitions, cached in %.1f s; "
                        + "local[2], %d cores available; Java %s; %s%n",
                Instant.now(), n, (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().availableProcessors(),
                Runtime.version(), Kernels.info());

        QuantileOptions sketch = QuantileOptions.sketch();
        // The strided sketch's bound, as kernels4j reports it (the small data set's chunks are
        // the same 64 Ki rows as the big one's). The small data set must not be the same plan as
        // the big one: unpersisting it would uncache both.
        Dataset<Row> small = data(spark, Math.min(rows / 2, 2_000_000L));
        SparkQuantiles probeQ = SparkKernels.quantiles(small, new double[] {0.5}, sketch, "a");
        double eps = probeQ.rankError();
        int accuracy = (int) Math.ceil(1 / eps);
        System.out.printf(Locale.ROOT, "kernels4j quantiles: %s; kernels4j-stride1: %s; spark-agg: percentile_approx "
                + "accuracy %d (relative error %.5f <= %.5f); spark-summary: accuracy 10000 (relative error 1e-4)%n",
                probeQ.method(), sketch.label(), accuracy, 1.0 / accuracy, eps);
        probe("before");

        List<Column> aggs = new ArrayList<>();
        for (String c : cols) {
            aggs.add(count(col(c)));
            aggs.add(avg(col(c)));
            aggs.add(stddev(col(c)));
            aggs.add(min(col(c)));
            aggs.add(percentile_approx(col(c), lit(new double[] {0.25, 0.5, 0.75}), lit(accuracy)));
            aggs.add(max(col(c)));
        }
        Column first = aggs.getFirst();
        Column[] rest = aggs.subList(1, aggs.size()).toArray(new Column[0]);

        String[] allNames = {"kernels4j", "kernels4j-stride1", "spark-agg", "spark-summary"};
        List<java.util.function.Function<Dataset<Row>, Object>> allBodies = List.of(
                x -> SparkKernels.describe(x, sketch, cols),
                x -> {
                    System.setProperty(STRIDE, "1");
                    try {
                        return SparkKernels.describe(x, sketch, cols);
                    } finally {
                        System.clearProperty(STRIDE);
                    }
                },
                x -> x.agg(first, rest).collectAsList(),
                x -> x.summary("count", "mean", "stddev", "min", "25%", "50%", "75%", "max").collectAsList());
        List<String> nameList = new ArrayList<>();
        List<java.util.function.Function<Dataset<Row>, Object>> bodies = new ArrayList<>();
        for (int i = 0; i < allNames.length; i++) {
            if (only == null || only.contains(allNames[i])) {
                nameList.add(allNames[i]);
                bodies.add(allBodies.get(i));
            }
        }
        String[] names = nameList.toArray(new String[0]);
        // Warm-up (JIT, Spark's code generation) on a small data set of the same shape, then
        // the measured rounds on the big one.
        double[][] secs = new double[names.length][rounds];
        Object[] last = new Object[names.length];
        for (int r = -1; r < rounds; r++) {
            if (r == 0) {
                small.unpersist(true);
            }
            for (int i = 0; i < names.length; i++) {
                long s = System.nanoTime();
                last[i] = bodies.get(i).apply(r < 0 ? small : ds);
                double t = (System.nanoTime() - s) / 1e9;
                if (r >= 0) {
                    secs[i][r] = t;
                }
                System.out.printf(Locale.ROOT, "  %s %-17s %7.2f s%n", r < 0 ? "warm-up (small)" : "round " + (r + 1), names[i], t);
            }
        }
        probe("after");
        double k4j = median(secs[0]);
        System.out.printf(Locale.ROOT, "%nmedian of %d rounds:%n", rounds);
        for (int i = 0; i < names.length; i++) {
            System.out.printf(Locale.ROOT, "  %-17s %7.2f s  (%.1f Mrows/s)  %s%n", names[i], median(secs[i]),
                    n / median(secs[i]) / 1e6, i == 0 ? "" : String.format(Locale.ROOT, "%s is %.2fx faster",
                            names[0], median(secs[i]) / k4j));
        }
        System.out.println();
        for (int i = 0; i < names.length; i++) {
            System.out.println(names[i] + ": " + last[i]);
            if (last[i] instanceof SparkDescription d) {
                System.out.println(names[i] + " partitions by backend: " + d.backends() + ", by CPU path: " + d.isas()
                        + ", reads: " + d.reads());
            }
        }
        ds.unpersist(true);
    }

    private static final String STRIDE = "kernels4j.spark.sketchStride";
    /** Keeps the probe's loops from being optimised away. */
    private static volatile double sinkAll;

    /**
     * Times a fixed arithmetic loop on one thread, then on two threads at once, and prints the
     * ratio (about 2 when two cores are free, about 1 when only one is) and the load average.
     */
    private static void probe(String when) {
        double one = spin(1);
        double two = spin(2);
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.printf(Locale.ROOT, "capacity probe (%s): 1 thread %.0f ms, 2 threads %.0f ms: %.2f cores available; "
                + "load average %.2f; %s%n", when, one * 1e3, two * 1e3, 2 * one / two, load, Instant.now());
    }

    /** Seconds for {@code threads} threads to run the same fixed loop each (the slowest). */
    private static double spin(int threads) {
        Thread[] ts = new Thread[threads];
        double[] sink = new double[threads];
        long s = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int id = t;
            ts[t] = Thread.ofPlatform().start(() -> {
                double x = 1.0 + id;
                for (int i = 0; i < 200_000_000; i++) {
                    x = x * 0.9999999 + 1e-7;
                }
                sink[id] = x;
            });
        }
        for (Thread t : ts) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        double secs = (System.nanoTime() - s) / 1e9;
        sinkAll = sink[0] + sink[threads - 1];
        return secs;
    }

    private static Dataset<Row> data(SparkSession spark, long rows) {
        Dataset<Row> ds = spark.range(0, rows, 1, 8)
                .selectExpr("rand(1) * 100 as a", "randn(2) as b", "cast(id % 1000 as double) as c",
                        "exp(randn(3)) as d")
                .persist(StorageLevel.MEMORY_ONLY());
        ds.count();
        return ds;
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
