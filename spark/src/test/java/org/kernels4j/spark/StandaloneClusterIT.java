package org.kernels4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kernels4j.Description;
import org.kernels4j.DoubleMatrix;
import org.kernels4j.Kernels;

/**
 * A real cluster of separate JVMs on loopback: this test forks a Spark standalone Master and
 * a Worker (on the JDK running the test), runs describe and the Gram matrix through a driver
 * whose executors get kernels4j only from the module jar and the library jar in
 * {@code spark.jars} (as {@code spark-submit --jars} would give them), checks the
 * results against single-machine kernels4j and that the executors ran the native backend,
 * then once more with executors forced to the Java backend. Every process it started is
 * stopped, also on failure.
 */
class StandaloneClusterIT {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final List<Process> PROCESSES = java.util.Collections.synchronizedList(new ArrayList<>());
    private static Path work;
    private static String masterUrl;
    private static String moduleJar;
    private static String libraryJar;

    @BeforeAll
    static void startCluster() throws Exception {
        moduleJar = required("k4j.spark.jar");
        assertTrue(Files.isRegularFile(Path.of(moduleJar)), "module jar not built: " + moduleJar);
        libraryJar = required("k4j.library.jar");
        assertTrue(Files.isRegularFile(Path.of(libraryJar)), "library jar not found: " + libraryJar);
        work = Files.createDirectories(Path.of("target", "cluster-it").toAbsolutePath());
        // Last resort if the test JVM is stopped before @AfterAll runs.
        Runtime.getRuntime().addShutdownHook(new Thread(StandaloneClusterIT::stopCluster));
        Path sparkHome = Files.createDirectories(work.resolve("spark-home"));
        Files.createDirectories(sparkHome.resolve("jars"));
        String java = ProcessHandle.current().info().command().orElseThrow();
        String javaHome = Path.of(java).getParent().getParent().toString();
        String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String sparkClassPath = sparkOnly(testClassPath);
        List<String> jvmFlags = Arrays.asList(required("k4j.sparkJvmFlags").trim().split("\\s+"));

        int masterPort = freePort();
        int masterUi = freePort();
        int workerUi = freePort();
        masterUrl = "spark://127.0.0.1:" + masterPort;
        Map<String, String> env = Map.of(
                "SPARK_LOCAL_IP", "127.0.0.1",
                "SPARK_SCALA_VERSION", "2.13",
                "SPARK_HOME", sparkHome.toString(),
                "SPARK_DIST_CLASSPATH", sparkClassPath,
                "JAVA_HOME", javaHome);
        start("master", env, java, jvmFlags, sparkClassPath, "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(masterUi));
        start("worker", env, java, jvmFlags, sparkClassPath, "org.apache.spark.deploy.worker.Worker",
                "--host", "127.0.0.1", "--webui-port", Integer.toString(workerUi), "--cores", "2", "--memory", "2g",
                "--work-dir", Files.createDirectories(work.resolve("worker")).toString(), masterUrl);
        awaitAliveWorker(masterUi);
    }

    @AfterAll
    static synchronized void stopCluster() {
        // Executors are children of the worker: stop them first, then worker and master.
        for (Process p : PROCESSES.reversed()) {
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
        }
        for (Process p : PROCESSES.reversed()) {
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) {
                    p.descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        PROCESSES.clear();
    }

    @Test
    void describeAndGramOnExecutorsWithTheNativeBackend() throws IOException {
        try (SparkSession spark = session("kernels4j-cluster-it", "")) {
            Dataset<Row> ds = data(spark);
            SparkDescription d = SparkKernels.describe(ds, "a", "b", "c", "d");
            assertEquals(Map.of("native", 4), d.backends(), d.toString());
            double[][] cols = columns(ds, "a", "b", "c", "d");
            String[] names = {"a", "b", "c", "d"};
            for (int j = 0; j < 4; j++) {
                double[] x = Arrays.stream(cols[j]).filter(v -> !Double.isNaN(v)).toArray();
                Description e = Kernels.describe(x);
                ColumnSummary s = d.column(names[j]);
                assertEquals(e.count(), s.count(), names[j]);
                assertEquals(cols[j].length - x.length, s.missing(), names[j]);
                assertEquals(e.min(), s.min(), 0.0, names[j]);
                assertEquals(e.max(), s.max(), 0.0, names[j]);
                assertEquals(e.mean(), s.mean(), 1e-14 * Math.max(1, Math.abs(e.mean())), names[j]);
                assertEquals(e.std(), s.std(), 1e-12 * Math.max(1, e.std()), names[j]);
            }

            SparkGram g = SparkKernels.gram(ds, "a", "b", "c");
            assertEquals(Map.of("native", 4), g.backends());
            assertEquals(cols[0].length, g.rows());
            double[][] rows = new double[cols[0].length][];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = new double[] {cols[0][i], cols[1][i], cols[2][i]};
            }
            DoubleMatrix x = DoubleMatrix.of(rows);
            DoubleMatrix xtx = DoubleMatrix.zeros(3, 3);
            Kernels.gemm(true, false, 1.0, x, x, 0.0, xtx);
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    assertEquals(xtx.get(i, j), g.gram()[i][j], 1e-12 * Math.abs(xtx.get(i, j)), "gram " + i + "," + j);
                }
            }
        }
    }

    @Test
    void executorsThatCannotUseTheNativeLibraryFallBackToJava() throws IOException {
        try (SparkSession spark = session("kernels4j-cluster-it-java", "-Dkernels4j.backend=java")) {
            Dataset<Row> ds = data(spark);
            SparkDescription d = SparkKernels.describe(ds, "a", "d");
            assertEquals(Map.of("java", 4), d.backends(), d.toString());
            double[] a = columns(ds, "a")[0];
            assertEquals(Kernels.min(a), d.column("a").min(), 0.0);
            assertEquals(a.length, d.column("a").count());
        }
    }

    private static SparkSession session(String name, String extraExecutorOptions) {
        return SparkSession.builder().master(masterUrl).appName(name)
                .config("spark.jars", moduleJar + "," + libraryJar)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.executor.memory", "1g")
                .config("spark.executor.cores", "2")
                .config("spark.cores.max", "2")
                .config("spark.executor.extraJavaOptions", ("--enable-native-access=ALL-UNNAMED " + extraExecutorOptions).trim())
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate();
    }

    /** Generated by Spark SQL on the executors (no test class runs there); d has nulls. */
    private static Dataset<Row> data(SparkSession spark) {
        return spark.range(0, 200_000, 1, 4).selectExpr("cast(id as double) * 0.5 as a", "sin(id) * 100 as b",
                "cast(id % 7 as double) as c", "case when id % 13 = 0 then null else cos(id) + 1e3 end as d");
    }

    private static double[][] columns(Dataset<Row> ds, String... names) {
        List<Row> rows = ds.selectExpr(names).collectAsList();
        double[][] out = new double[names.length][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            for (int j = 0; j < names.length; j++) {
                out[j][i] = r.isNullAt(j) ? Double.NaN : r.getDouble(j);
            }
        }
        return out;
    }

    /**
     * The test class path less this module and the kernels4j library, so that executors get
     * kernels4j only from the jars in spark.jars.
     */
    private static String sparkOnly(String classPath) {
        Path library = Path.of(libraryJar).toAbsolutePath().normalize();
        Path module = Path.of(moduleJar).toAbsolutePath().normalize();
        Path target = Path.of("target").toAbsolutePath().normalize();
        return Arrays.stream(classPath.split(File.pathSeparator))
                .filter(e -> !e.isBlank())
                .filter(e -> {
                    Path p = Paths.get(e).toAbsolutePath().normalize();
                    return !p.equals(library) && !p.equals(module) && !p.startsWith(target);
                })
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static void start(String name, Map<String, String> env, String java, List<String> jvmFlags, String cp,
                              String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        cmd.addAll(jvmFlags);
        cmd.add("-Xmx512m");
        cmd.add("-cp");
        cmd.add(cp);
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        pb.environment().putAll(env);
        PROCESSES.add(pb.start());
    }

    private static void awaitAliveWorker(int masterUi) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            for (Process p : PROCESSES) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("a cluster process exited (" + p.exitValue() + "); logs in " + work);
                }
            }
            try {
                last = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
                if (last.contains("\"aliveworkers\" : 1") || last.contains("\"aliveworkers\":1")) {
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("no worker registered with the master within " + START_TIMEOUT
                + "; last answer: " + last + "; logs in " + work);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String required(String property) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set (run through Maven failsafe)");
        }
        return v;
    }
}
