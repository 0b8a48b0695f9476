package org.kernels4j.examples.spark;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.kernels4j.spark.QuantileOptions;
import org.kernels4j.spark.SparkDescription;
import org.kernels4j.spark.SparkHistogram;
import org.kernels4j.spark.SparkKernels;
import org.kernels4j.spark.SparkQuantiles;

/**
 * A Spark application that describes a table of taxi trips with kernels4j-spark: per-column
 * statistics, a histogram and quantiles of the fare, and the correlation matrix, each computed
 * by the native kernels inside the executors and merged on the driver.
 *
 * <p>Submit the application jar this project builds ({@code target/spark-app-1.0.jar}: this
 * class with kernels4j-spark and kernels4j inside, Spark left out):
 * <pre>
 * spark-submit --class org.kernels4j.examples.spark.TripReport \
 *   --conf spark.driver.extraJavaOptions=--enable-native-access=ALL-UNNAMED \
 *   --conf spark.executor.extraJavaOptions=--enable-native-access=ALL-UNNAMED \
 *   target/spark-app-1.0.jar [rows]
 * </pre>
 */
public final class TripReport {

    /**
     * What the report computed.
     *
     * @param description count, mean, std, min, quartiles, max and missing of each column
     * @param fareHistogram the fare in 12 bins over [0, 60)
     * @param fareQuantiles the fare's 50%, 90% and 99% quantiles (KLL sketch)
     * @param correlation the correlation matrix of distance_km, minutes and fare
     */
    public record Report(SparkDescription description, SparkHistogram fareHistogram, SparkQuantiles fareQuantiles,
                         double[][] correlation) {
    }

    private TripReport() {
    }

    /**
     * Runs the report on a generated table of trips and prints it.
     *
     * @param args optionally the number of trips (default 1,000,000)
     * @throws IOException if closing the session fails
     */
    public static void main(String[] args) throws IOException {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        try (SparkSession spark = SparkSession.builder().appName("kernels4j trip report").getOrCreate()) {
            print(run(spark, rows));
        }
    }

    /**
     * The trips: distance log-normal, duration about 2 to 4.5 minutes per km, fare 3.00 + 1.80
     * per km + 0.35 per minute plus noise; every 50th fare is missing (null).
     *
     * @param spark the session
     * @param rows the number of trips
     * @return the table, in 8 partitions
     */
    public static Dataset<Row> trips(SparkSession spark, long rows) {
        return spark.range(0, rows, 1, 8)
                .selectExpr("id", "round(exp(1.2 + 0.6 * randn(7)), 2) as distance_km", "rand(11) as pace")
                .selectExpr("id", "distance_km",
                        "round(greatest(2.0, distance_km * (2.0 + 2.5 * pace) + 3.0), 1) as minutes")
                .selectExpr("distance_km", "minutes",
                        "case when id % 50 = 0 then null "
                                + "else round(3.0 + 1.8 * distance_km + 0.35 * minutes + 0.8 * randn(13), 2) end as fare");
    }

    /**
     * Computes the report.
     *
     * @param spark the session
     * @param rows the number of trips
     * @return the statistics
     */
    public static Report run(SparkSession spark, long rows) {
        Dataset<Row> trips = trips(spark, rows).cache();
        SparkDescription d = SparkKernels.describe(trips, "distance_km", "minutes", "fare");
        SparkHistogram h = SparkKernels.histogram(trips, "fare", 12, 0, 60);
        SparkQuantiles q = SparkKernels.quantiles(trips, new double[] {0.5, 0.9, 0.99}, QuantileOptions.sketch(), "fare");
        double[][] corr = SparkKernels.correlation(trips, "distance_km", "minutes", "fare");
        trips.unpersist();
        return new Report(d, h, q, corr);
    }

    /**
     * Prints the report.
     *
     * @param r the report
     */
    public static void print(Report r) {
        System.out.println(r.description());
        SparkHistogram h = r.fareHistogram();
        System.out.printf(Locale.ROOT, "%nfare histogram (%d missing, %d outside)%n", h.missing(), h.outside());
        for (int b = 0; b < h.counts().length; b++) {
            System.out.printf(Locale.ROOT, "  [%4.0f, %4.0f) %8d%n", h.edges()[b], h.edges()[b + 1], h.counts()[b]);
        }
        double[] q = r.fareQuantiles().of("fare");
        System.out.printf(Locale.ROOT, "%nfare quantiles (%s): median %.2f, 90%% %.2f, 99%% %.2f%n",
                r.fareQuantiles().method(), q[0], q[1], q[2]);
        System.out.println("\ncorrelation (distance_km, minutes, fare)");
        for (double[] row : r.correlation()) {
            System.out.printf(Locale.ROOT, "  %7.4f %7.4f %7.4f%n", row[0], row[1], row[2]);
        }
        Map<String, Integer> backends = r.description().backends();
        System.out.println("\npartitions per kernels4j backend: " + backends);
    }
}
