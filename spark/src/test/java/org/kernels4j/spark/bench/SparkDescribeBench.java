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

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.kernels4j.Kernels;
import org.kernels4j.spark.QuantileOptions;
import org.kernels4j.spark.SparkDescription;
import org.kernels4j.spark.SparkKernels;

/**
 * describe of 4 numeric columns x N rows (generated, cached in memory) on local[2]:
 * kernels4j-spark against Spark's own statistics, side by side in one JVM on the same cached
 * data, in alternating rounds after a warm-up round on 2x10^6 rows. Statistics: count, mean, stddev,
 * min, 25%, 50%, 75%, max.
 *
 * <ul>
 *   <li>{@code kernels4j}: {@code SparkKernels.describe} with a KLL sketch, k = 200 (normalized
 *       rank error 1.33%, 99% confidence).
 *   <li>{@code spark-agg}: the same aggregates as {@code Dataset.summary()} builds, in one
 *       {@code agg}, with {@code percentile_approx} at accuracy {@code ceil(1 / 0.0133)}, i.e.
 *       the same relative error as the sketch.
 *   <li>{@code spark-summary}: {@code Dataset.summary(...)} itself (its percentiles are fixed
 *       at accuracy 10000, relative error 1e-4).
 * </ul>
 *
 * <p>Not JMH: the data set (4 x 5x10^7 doubles cached by Spark) takes longer to build than a
 * round, and JMH would rebuild it in every fork; alternating the contenders in one JVM gives
 * the ratio on this shared, noisy machine. Usage: {@code SparkDescribeBench [rows [rounds]]}.
 */
public final class SparkDescribeBench {
    private SparkDescribeBench() {
    }

    public static void main(String[] args) {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 50_000_000L;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        SparkSession spark = SparkSession.builder().master("local[2]").appName("SparkDescribeBench")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        try {
            run(spark, rows, rounds);
        } finally {
            spark.stop();
        }
    }

    private static void run(SparkSession spark, long rows, int rounds) {
        String[] cols = {"a", "b", "c", "d"};
        long t0 = System.nanoTime();
        Dataset<Row> ds = data(spark, rows);
        long n = ds.count();
        System.out.printf(Locale.ROOT, "SparkDescribeBench %s: %d rows x 4 double columns, 8 partitions, cached in %.1f s; "
                        + "local[2], %d cores available; Java %s; %s%n",
                Instant.now(), n, (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().availableProcessors(),
                Runtime.version(), Kernels.info());

        QuantileOptions sketch = QuantileOptions.sketch();
        double eps = sketch.rankError();
        int accuracy = (int) Math.ceil(1 / eps);
        System.out.printf(Locale.ROOT, "kernels4j quantiles: %s; spark-agg: percentile_approx accuracy %d "
                + "(relative error %.4f); spark-summary: accuracy 10000 (relative error 1e-4)%n", sketch.label(),
                accuracy, 1.0 / accuracy);

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

        String[] names = {"kernels4j", "spark-agg", "spark-summary"};
        // Warm-up (JIT, Spark's code generation) on a small data set of the same shape, then
        // the measured rounds on the big one.
        Dataset<Row> small = data(spark, Math.min(rows, 2_000_000L));
        List<java.util.function.Function<Dataset<Row>, Object>> bodies = List.of(
                x -> SparkKernels.describe(x, sketch, cols),
                x -> x.agg(first, rest).collectAsList(),
                x -> x.summary("count", "mean", "stddev", "min", "25%", "50%", "75%", "max").collectAsList());
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
                System.out.printf(Locale.ROOT, "  %s %-13s %7.2f s%n", r < 0 ? "warm-up (small)" : "round " + (r + 1), names[i], t);
            }
        }
        double k4j = median(secs[0]);
        System.out.printf(Locale.ROOT, "%nmedian of %d rounds:%n", rounds);
        for (int i = 0; i < names.length; i++) {
            System.out.printf(Locale.ROOT, "  %-13s %7.2f s  (%.1f Mrows/s)  %s%n", names[i], median(secs[i]),
                    n / median(secs[i]) / 1e6, i == 0 ? "" : String.format(Locale.ROOT, "kernels4j is %.2fx faster",
                            median(secs[i]) / k4j));
        }
        System.out.println();
        System.out.println(last[0]);
        System.out.println("spark-agg: " + last[1]);
        System.out.println("spark-summary: " + last[2]);
        SparkDescription d = (SparkDescription) last[0];
        System.out.println("kernels4j partitions by backend: " + d.backends() + ", by CPU path: " + d.isas());
        ds.unpersist(true);
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
