package org.kernels4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kernels4j.Description;
import org.kernels4j.DoubleMatrix;
import org.kernels4j.Kernels;
import org.kernels4j.QuantileMethod;

/**
 * Every operation on local[2] against single-machine kernels4j on the same values: NaN and
 * null, many partitions (some empty), many chunks per partition (surefire sets
 * kernels4j.spark.chunkRows=1000), an empty dataset, bad arguments, and cancellation.
 */
class SparkKernelsTest {
    private static final int N = 30_000;
    private static final StructType SCHEMA = new StructType()
            .add("a", DataTypes.DoubleType, true)
            .add("b", DataTypes.IntegerType, true)
            .add("c", DataTypes.LongType, false)
            .add("f", DataTypes.FloatType, true)
            .add("s", DataTypes.StringType, true);

    private static SparkSession spark;
    private static Dataset<Row> data;
    private static Dataset<Row> sparse;
    private static double[] a;
    private static double[] b;
    private static double[] c;
    private static double[] f;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("SparkKernelsTest")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        SplittableRandom rnd = new SplittableRandom(20261127);
        a = new double[N];
        b = new double[N];
        c = new double[N];
        f = new double[N];
        List<Row> rows = new ArrayList<>(N);
        for (int i = 0; i < N; i++) {
            Double av = i % 97 == 0 ? null : i % 31 == 0 ? Double.NaN : 1e6 + rnd.nextGaussian() * 3.0;
            Integer bv = i % 50 == 0 ? null : rnd.nextInt(-1000, 1000);
            long cv = rnd.nextLong(0, 1L << 40);
            Float fv = (float) rnd.nextDouble(-1, 1);
            a[i] = av == null ? Double.NaN : av;
            b[i] = bv == null ? Double.NaN : bv;
            c[i] = (double) cv;
            f[i] = fv;
            rows.add(RowFactory.create(av, bv, cv, fv, "r" + i));
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        data = spark.createDataFrame(jsc.parallelize(rows, 7), SCHEMA).cache();
        data.count();
        // 3 rows in 8 partitions: most partitions are empty.
        sparse = spark.createDataFrame(jsc.parallelize(rows.subList(0, 3), 8), SCHEMA);
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static double[] valid(double[] x) {
        return Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
    }

    private static void close(double expected, double actual, double rel, String what) {
        double tol = rel * Math.max(1.0, Math.abs(expected));
        assertTrue(Math.abs(expected - actual) <= tol, what + ": expected " + expected + " got " + actual);
    }

    private static void assertNativePartitions(Map<String, Integer> backends, int partitions) {
        assertEquals(partitions, backends.values().stream().mapToInt(Integer::intValue).sum(), backends.toString());
        assertEquals(Kernels.info().backend(), backends.keySet().iterator().next(), backends.toString());
    }

    /** The normalized rank of v among sorted values lies within eps of q. */
    private static void assertRankWithin(double[] sorted, double q, double v, double eps, String what) {
        int lo = lowerBound(sorted, v);
        int hi = upperBound(sorted, v);
        double n = sorted.length;
        assertTrue(q >= lo / n - eps && q <= hi / n + eps,
                what + ": value " + v + " has rank [" + lo / n + ", " + hi / n + "], asked " + q + " +- " + eps);
    }

    private static int lowerBound(double[] s, double v) {
        int i = Arrays.binarySearch(s, v);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && s[i - 1] == v) {
            i--;
        }
        return i;
    }

    private static int upperBound(double[] s, double v) {
        int i = Arrays.binarySearch(s, v);
        if (i < 0) {
            return -i - 1;
        }
        while (i < s.length && s[i] == v) {
            i++;
        }
        return i;
    }

    @Test
    void describeMatchesSingleMachine() {
        SparkDescription d = SparkKernels.describe(data, "a", "b", "c", "f");
        assertEquals(N, d.rows());
        assertNativePartitions(d.backends(), 7);
        double[][] cols = {a, b, c, f};
        String[] names = {"a", "b", "c", "f"};
        double eps = QuantileOptions.sketch().rankError();
        for (int j = 0; j < 4; j++) {
            double[] x = valid(cols[j]);
            Description e = Kernels.describe(x);
            ColumnSummary s = d.column(names[j]);
            assertEquals(e.count(), s.count(), names[j]);
            assertEquals(N - x.length, s.missing(), names[j]);
            assertEquals(e.min(), s.min(), 0.0, names[j]);
            assertEquals(e.max(), s.max(), 0.0, names[j]);
            close(Kernels.sum(x), s.sum(), 1e-14, names[j] + " sum");
            close(e.mean(), s.mean(), 1e-14, names[j] + " mean");
            close(e.std(), s.std(), 1e-12, names[j] + " std");
            close(Kernels.var(x, 0), s.variance(0), 1e-12, names[j] + " var ddof 0");
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            for (double p : new double[] {0.25, 0.5, 0.75}) {
                assertRankWithin(sorted, p, s.quantile(p), 2 * eps, names[j] + " q" + p);
            }
        }
        assertTrue(d.toString().contains("count"), d.toString());
    }

    @Test
    void cachedDataIsReadAsColumnBatchesAndAgreesWithTheRowPath() {
        QuantileOptions exact = QuantileOptions.exact(N);
        // A plain scan of a cached Dataset reads the cache's own column buffers, even with a
        // string column beside the numeric ones (a: double with nulls and NaN, b: int with
        // nulls, c: long, f: float).
        SparkDescription cached = SparkKernels.describe(data, exact, "a", "b", "c", "f");
        assertEquals(Map.of("columnar", 7), cached.reads());
        SparkDescription columnar;
        Dataset<Row> numeric = data.select("a", "b", "c", "f").cache();
        numeric.count();
        try {
            System.setProperty("kernels4j.spark.cacheBuffers", "false");
            // Through Spark's column batches: its cache gives them only when every cached column
            // is primitive: `data` holds a string column, so it is read as rows; its numeric
            // part cached alone is read as batches.
            assertEquals(Map.of("rows", 7), SparkKernels.describe(data, "a").reads());
            columnar = SparkKernels.describe(numeric, exact, "a", "b", "c", "f");
            assertEquals(Map.of("columnar", 7), columnar.reads());
        } finally {
            System.clearProperty("kernels4j.spark.cacheBuffers");
        }
        SparkDescription sketched = SparkKernels.describe(numeric, "a", "b", "c", "f");
        assertEquals(Map.of("columnar", 7), sketched.reads());
        // The same values through a projection (a + 0.0), which Spark computes on rows: read as rows.
        Dataset<Row> rows = data.select(functions.col("a").plus(0.0).as("a"), functions.col("b"),
                functions.col("c"), functions.col("f"));
        SparkDescription viaRows = SparkKernels.describe(rows, exact, "a", "b", "c", "f");
        assertEquals(Map.of("rows", 7), viaRows.reads());
        for (String col : new String[] {"a", "b", "c", "f"}) {
            ColumnSummary y = viaRows.column(col);
            for (ColumnSummary x : new ColumnSummary[] {columnar.column(col), cached.column(col)}) {
                assertEquals(y.count(), x.count(), col);
                assertEquals(y.missing(), x.missing(), col);
                assertEquals(y.min(), x.min(), 0.0, col);
                assertEquals(y.max(), x.max(), 0.0, col);
                assertArrayEquals(y.quantiles(), x.quantiles(), col);
                close(y.sum(), x.sum(), 1e-14, col + " sum");
                close(y.variance(1), x.variance(1), 1e-12, col + " var");
            }
            double[] q = sketched.column(col).quantiles();
            assertTrue(q[0] <= q[1] && q[1] <= q[2] && q[0] >= y.min() && q[2] <= y.max(), col + " " + Arrays.toString(q));
        }
        numeric.unpersist(true);
    }

    @Test
    void parquetWrittenBySparkIsDescribedFromItsColumnBatches(@TempDir Path dir) {
        String path = dir.resolve("data.parquet").toString();
        data.select("a", "b", "c", "f").write().parquet(path);
        Dataset<Row> pq = spark.read().parquet(path);
        QuantileOptions exact = QuantileOptions.exact(N);
        SparkDescription d = SparkKernels.describe(pq, exact, "a", "b", "c", "f");
        assertEquals(N, d.rows());
        assertEquals(Set.of("columnar"), d.reads().keySet(), d.reads().toString());
        double[][] cols = {a, b, c, f};
        String[] names = {"a", "b", "c", "f"};
        for (int j = 0; j < 4; j++) {
            double[] x = valid(cols[j]);
            Description e = Kernels.describe(x);
            ColumnSummary s = d.column(names[j]);
            assertEquals(e.count(), s.count(), names[j]);
            assertEquals(N - x.length, s.missing(), names[j]);
            assertEquals(e.min(), s.min(), 0.0, names[j]);
            assertEquals(e.max(), s.max(), 0.0, names[j]);
            close(e.mean(), s.mean(), 1e-14, names[j] + " mean");
            close(e.std(), s.std(), 1e-12, names[j] + " std");
            assertArrayEquals(Kernels.nanquantile(cols[j], new double[] {0.25, 0.5, 0.75}, QuantileMethod.LINEAR),
                    s.quantiles(), names[j]);
        }
        SparkHistogram h = SparkKernels.histogram(pq, "b", 20, -1000, 1000);
        assertArrayEquals(Kernels.histogram(valid(b), 20, -1000, 1000).counts(), h.counts());
    }

    @Test
    void describeAllNumericColumnsWhenNoneNamed() {
        SparkDescription d = SparkKernels.describe(data);
        assertEquals(List.of("a", "b", "c", "f"), d.columns().stream().map(ColumnSummary::column).toList());
    }

    @Test
    void exactQuantilesEqualSingleMachine() {
        double[] ps = {0.0, 0.1, 0.25, 0.5, 0.9, 0.999, 1.0};
        SparkQuantiles q = SparkKernels.quantiles(data, ps, QuantileOptions.exact(N), "a", "b");
        assertArrayEquals(Kernels.nanquantile(a, ps, QuantileMethod.LINEAR), q.of("a"));
        assertArrayEquals(Kernels.nanquantile(b, ps, QuantileMethod.LINEAR), q.of("b"));
        assertEquals(valid(a).length, q.counts()[0]);
        SparkDescription d = SparkKernels.describe(data, QuantileOptions.exact(N), "a");
        assertEquals(Kernels.nanquantile(a, 0.5), d.column("a").quantile(0.5));
    }

    @Test
    void exactQuantilesOverTheLimitFail() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> SparkKernels.quantiles(data, new double[] {0.5}, QuantileOptions.exact(1000), "a"));
        assertTrue(e.getMessage().contains("more than the limit"), e.getMessage());
    }

    @Test
    void sketchQuantilesWithinRankError() {
        double[] ps = {0.01, 0.5, 0.99};
        QuantileOptions o = QuantileOptions.sketch(400);
        SparkQuantiles q = SparkKernels.quantiles(data, ps, o, "c");
        double[] sorted = valid(c);
        Arrays.sort(sorted);
        // The reported bound: the sketch's own plus the stride's (16 / (2 * 1000) at the
        // tests' 1000-row chunks).
        assertEquals(o.rankError() + 16 / 2000.0, q.rankError(), 1e-12);
        for (int i = 0; i < ps.length; i++) {
            assertRankWithin(sorted, ps[i], q.values()[0][i], q.rankError(), "c q" + ps[i]);
        }
        assertTrue(o.rankError() > 0.005 && o.rankError() < 0.008, "k=400 rank error " + o.rankError());
        assertEquals(0.0133, QuantileOptions.sketch().rankError(), 0.0005);
        assertTrue(q.method().contains("every 16th"), q.method());
    }

    @Test
    void sketchStrideIsReadPerCallAndChecked() {
        double[] ps = {0.1, 0.5, 0.9};
        double[] sorted = valid(c);
        Arrays.sort(sorted);
        try {
            System.setProperty(StridedSketch.STRIDE_PROPERTY, "1");
            SparkQuantiles one = SparkKernels.quantiles(data, ps, QuantileOptions.sketch(), "c");
            assertEquals(QuantileOptions.sketch().rankError(), one.rankError(), 0.0);
            assertEquals(QuantileOptions.sketch().label(), one.method());
            System.setProperty(StridedSketch.STRIDE_PROPERTY, "256");
            SparkQuantiles wide = SparkKernels.quantiles(data, ps, QuantileOptions.sketch(), "c");
            assertEquals(QuantileOptions.sketch().rankError() + 256 / 2000.0, wide.rankError(), 1e-12);
            for (int i = 0; i < ps.length; i++) {
                assertRankWithin(sorted, ps[i], one.values()[0][i], one.rankError(), "stride 1 q" + ps[i]);
                assertRankWithin(sorted, ps[i], wide.values()[0][i], wide.rankError(), "stride 256 q" + ps[i]);
            }
            System.setProperty(StridedSketch.STRIDE_PROPERTY, "24");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> SparkKernels.describeAsync(data, "c"));
            assertTrue(e.getMessage().contains(StridedSketch.STRIDE_PROPERTY), e.getMessage());
        } finally {
            System.clearProperty(StridedSketch.STRIDE_PROPERTY);
        }
    }

    @Test
    void columnBatchesWithNaNButNoNullAreReadInBulk() {
        // No null in the cached columns: the bulk getters copy them, NaN included, and the NaN
        // are taken out when the chunk is summarised.
        Dataset<Row> ds = spark.range(0, 25_000, 1, 3)
                .selectExpr("case when id % 13 = 0 then double('NaN') else id * 0.5 - 3000 end as x",
                        "cast(case when id % 7 = 0 then float('NaN') else id % 100 end as float) as y",
                        "cast(id % 1000 as int) as z")
                .cache();
        ds.count();
        try {
            SparkDescription d = SparkKernels.describe(ds, QuantileOptions.exact(100_000), "x", "y", "z");
            assertEquals(Map.of("columnar", 3), d.reads());
            double[][] cols = new double[3][25_000];
            for (int i = 0; i < 25_000; i++) {
                cols[0][i] = i % 13 == 0 ? Double.NaN : i * 0.5 - 3000;
                cols[1][i] = i % 7 == 0 ? Double.NaN : i % 100;
                cols[2][i] = i % 1000;
            }
            String[] names = {"x", "y", "z"};
            for (int j = 0; j < 3; j++) {
                double[] x = valid(cols[j]);
                Description e = Kernels.describe(x);
                ColumnSummary s = d.column(names[j]);
                assertEquals(e.count(), s.count(), names[j]);
                assertEquals(25_000 - x.length, s.missing(), names[j]);
                assertEquals(e.min(), s.min(), 0.0, names[j]);
                assertEquals(e.max(), s.max(), 0.0, names[j]);
                close(e.mean(), s.mean(), 1e-14, names[j] + " mean");
                close(e.std(), s.std(), 1e-12, names[j] + " std");
                assertArrayEquals(Kernels.nanquantile(cols[j], new double[] {0.25, 0.5, 0.75}, QuantileMethod.LINEAR),
                        s.quantiles(), names[j]);
            }
            SparkDescription sketched = SparkKernels.describe(ds, "x", "y", "z");
            assertEquals(d.column("x").count(), sketched.column("x").count());
            assertEquals(d.column("y").missing(), sketched.column("y").missing());
            // The same through Spark's column batches (bulk getters) instead of the cache's buffers.
            System.setProperty("kernels4j.spark.cacheBuffers", "false");
            SparkDescription viaBatches = SparkKernels.describe(ds, QuantileOptions.exact(100_000), "x", "y", "z");
            assertEquals(Map.of("columnar", 3), viaBatches.reads());
            for (String name : names) {
                assertEquals(d.column(name).count(), viaBatches.column(name).count(), name);
                assertEquals(d.column(name).missing(), viaBatches.column(name).missing(), name);
                assertArrayEquals(d.column(name).quantiles(), viaBatches.column(name).quantiles(), name);
                assertEquals(d.column(name).min(), viaBatches.column(name).min(), 0.0, name);
                assertEquals(d.column(name).max(), viaBatches.column(name).max(), 0.0, name);
            }
        } finally {
            System.clearProperty("kernels4j.spark.cacheBuffers");
            ds.unpersist(true);
        }
    }

    @Test
    void histogramsEqualSingleMachine() {
        SparkHistogram h = SparkKernels.histogram(data, "a", 40, 1e6 - 8, 1e6 + 8);
        double[] x = valid(a);
        assertArrayEquals(Kernels.histogram(x, 40, 1e6 - 8, 1e6 + 8).counts(), h.counts());
        assertArrayEquals(Kernels.histogram(x, 40, 1e6 - 8, 1e6 + 8).edges(), h.edges());
        assertEquals(N - x.length, h.missing());
        assertEquals(x.length - h.total(), h.outside());
        assertNativePartitions(h.backends(), 7);
        double[] edges = {-1000, -10, 0, 0.5, 3, 999};
        SparkHistogram e = SparkKernels.histogram(data, "b", edges);
        assertArrayEquals(Kernels.histogram(valid(b), edges), e.counts());
    }

    @Test
    void gramCovarianceCorrelationMatchSingleMachine() {
        SparkGram g = SparkKernels.gram(data, "a", "b", "f");
        assertNativePartitions(g.backends(), 7);
        List<double[]> complete = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                complete.add(new double[] {a[i], b[i], f[i]});
            }
        }
        int n = complete.size();
        assertEquals(n, g.rows());
        assertEquals(N - n, g.skippedRows());
        DoubleMatrix x = DoubleMatrix.of(complete.toArray(new double[0][]));
        DoubleMatrix xtx = DoubleMatrix.zeros(3, 3);
        Kernels.gemm(true, false, 1.0, x, x, 0.0, xtx);
        double[][] mu = new double[1][3];
        for (double[] r : complete) {
            for (int j = 0; j < 3; j++) {
                mu[0][j] += r[j] / n;
            }
        }
        double[][] cov = new double[3][3];
        for (double[] r : complete) {
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    cov[i][j] += (r[i] - mu[0][i]) * (r[j] - mu[0][j]) / (n - 1);
                }
            }
        }
        double[][] cv = g.covariance();
        double[][] cr = g.correlation();
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                close(xtx.get(i, j), g.gram()[i][j], 1e-12, "gram " + i + "," + j);
                double scale = Math.sqrt(cov[i][i] * cov[j][j]);
                assertEquals(cov[i][j], cv[i][j], 1e-10 * scale, "cov " + i + "," + j);
                assertEquals(cov[i][j] / scale, cr[i][j], 1e-10, "corr " + i + "," + j);
            }
            assertEquals(1.0, cr[i][i], 1e-15);
        }
        assertArrayEquals(cv[1], SparkKernels.covariance(data, "a", "b", "f")[1]);
        assertArrayEquals(cr[2], SparkKernels.correlation(data, "a", "b", "f")[2]);
    }

    @Test
    void emptyPartitionsAndEmptyDataset() {
        SparkDescription d = SparkKernels.describe(sparse, QuantileOptions.exact(10), "a", "b");
        assertNativePartitions(d.backends(), 8);
        double[] a3 = valid(Arrays.copyOf(a, 3));
        assertEquals(a3.length, d.column("a").count());
        assertEquals(Kernels.mean(a3), d.column("a").mean(), 0.0);
        assertEquals(Kernels.min(a3), d.column("a").min(), 0.0);
        assertEquals(Kernels.percentile(a3, 50), d.column("a").quantile(0.5), 0.0);

        Dataset<Row> empty = data.limit(0);
        SparkDescription e = SparkKernels.describe(empty, "a", "c");
        assertEquals(0, e.rows());
        ColumnSummary ea = e.column("a");
        assertEquals(0, ea.count());
        assertEquals(0, ea.missing());
        assertEquals(0.0, ea.sum());
        assertTrue(Double.isNaN(ea.mean()) && Double.isNaN(ea.std()) && Double.isNaN(ea.min())
                && Double.isNaN(ea.max()) && Double.isNaN(ea.quantile(0.5)));
        SparkGram g = SparkKernels.gram(empty, "a", "c");
        assertEquals(0, g.rows());
        assertEquals(0.0, g.gram()[0][1]);
        assertTrue(Double.isNaN(g.covariance()[0][0]));
        assertEquals(0, SparkKernels.histogram(empty, "c", 4, 0, 1).total());
        assertTrue(Double.isNaN(SparkKernels.quantiles(empty, new double[] {0.5}, QuantileOptions.sketch(), "c").of("c")[0]));
        assertTrue(Double.isNaN(SparkKernels.quantiles(empty, new double[] {0.5}, QuantileOptions.exact(5), "c").of("c")[0]));
    }

    @Test
    void badArgumentsGiveClearExceptions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SparkKernels.describe(data, "a", "nope"));
        assertTrue(e.getMessage().contains("no column 'nope'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SparkKernels.describeAsync(data, "s"));
        assertTrue(e.getMessage().contains("column 's' has type string"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SparkKernels.gram(data));
        assertThrows(IllegalArgumentException.class, () -> SparkKernels.gramAsync(data, "a", "s"));
        assertThrows(IllegalArgumentException.class, () -> SparkKernels.histogram(data, "a", 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> SparkKernels.histogram(data, "a", new double[] {2, 1}));
        assertThrows(IllegalArgumentException.class, () -> SparkKernels.histogram(data, "a", new double[] {Double.NaN, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> SparkKernels.quantiles(data, new double[] {1.5}, QuantileOptions.sketch(), "a"));
        assertThrows(IllegalArgumentException.class, () -> QuantileOptions.sketch(2));
        assertThrows(IllegalArgumentException.class, () -> QuantileOptions.exact(0));
        assertThrows(NullPointerException.class, () -> SparkKernels.describe(null, "a"));
        e = assertThrows(IllegalArgumentException.class, () -> SparkKernels.describe(data.select("s")));
        assertTrue(e.getMessage().contains("no numeric column"), e.getMessage());
    }

    @Test
    void columnNamesWithDotsAndOtherCase() {
        Dataset<Row> odd = data.selectExpr("a as `x.y`", "b as `B``q`");
        SparkDescription d = SparkKernels.describe(odd, "x.y", "b`q");
        assertEquals(valid(a).length, d.column("x.y").count());
        assertEquals(valid(b).length, d.column("B`q").count());
        assertEquals(Kernels.nanmax(b), d.column("B`q").max());
    }

    @Test
    void asyncFormsComplete() throws Exception {
        CompletableFuture<SparkDescription> d = SparkKernels.describeAsync(data, "a");
        CompletableFuture<SparkGram> g = SparkKernels.gramAsync(data, "a", "b");
        CompletableFuture<SparkHistogram> h = SparkKernels.histogramAsync(data, "b", 10, -1000, 1000);
        CompletableFuture<double[][]> r = SparkKernels.correlationAsync(data, "a", "b");
        assertEquals(valid(a).length, d.get(60, TimeUnit.SECONDS).column("a").count());
        assertEquals(2, g.get(60, TimeUnit.SECONDS).gram().length);
        assertEquals(valid(b).length, h.get(60, TimeUnit.SECONDS).total());
        assertEquals(1.0, r.get(60, TimeUnit.SECONDS)[1][1], 1e-15);
    }

    @Test
    void cancellingTheFutureCancelsTheSparkJobAndFreesTheSlots() throws Exception {
        // About 10^11 rows: runs for hours unless cancelled.
        Dataset<Row> endless = spark.range(0, 100_000_000_000L, 1, 2).selectExpr("cast(id as double) as x");
        var tracker = JavaSparkContext.fromSparkContext(spark.sparkContext()).statusTracker();
        CompletableFuture<SparkDescription> f = SparkKernels.describeAsync(endless, "x");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (activeTasks(tracker) < 2) {
            assertTrue(System.nanoTime() < deadline, "the job's tasks never started");
            Thread.sleep(50);
        }
        Thread.sleep(500);
        assertTrue(f.cancel(true));
        assertTrue(f.isCancelled());
        assertThrows(CancellationException.class, f::join);
        long cancelledAt = System.nanoTime();
        while (tracker.getActiveJobIds().length > 0 || activeTasks(tracker) > 0) {
            assertTrue(System.nanoTime() - cancelledAt < TimeUnit.SECONDS.toNanos(30),
                    "tasks still running 30 s after cancel: " + activeTasks(tracker));
            Thread.sleep(50);
        }
        // Both slots are free again: a small job runs at once.
        assertEquals(valid(a).length, SparkKernels.describe(data, "a").column("a").count());
    }

    private static int activeTasks(org.apache.spark.api.java.JavaSparkStatusTracker tracker) {
        int n = 0;
        for (int s : tracker.getActiveStageIds()) {
            var info = tracker.getStageInfo(s);
            if (info != null) {
                n += info.numActiveTasks();
            }
        }
        return n;
    }
}
