package org.kernels4j.examples.spark;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kernels4j.spark.ColumnSummary;
import org.kernels4j.spark.SparkHistogram;

/**
 * Runs the report on a Spark standalone cluster of separate JVMs on loopback: a Master and a
 * Worker forked from Spark's class path (without this project or kernels4j), executors that
 * get the code only from the application jar in {@code spark.jars}. Checks the report against
 * Spark's own aggregates and that every partition ran kernels4j's native backend. Every
 * process it started is stopped, also on failure.
 */
class TripReportClusterIT {
    private static final long ROWS = 400_000;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final List<Process> PROCESSES = Collections.synchronizedList(new ArrayList<>());
    private static Path work;
    private static String masterUrl;

    @BeforeAll
    static void startCluster() throws Exception {
        work = Files.createDirectories(Path.of("target", "cluster").toAbsolutePath());
        Runtime.getRuntime().addShutdownHook(new Thread(TripReportClusterIT::stopCluster));
        Path sparkHome = Files.createDirectories(work.resolve("spark-home"));
        Files.createDirectories(sparkHome.resolve("jars"));
        String java = ProcessHandle.current().info().command().orElseThrow();
        String javaHome = Path.of(java).getParent().getParent().toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String sparkClassPath = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(e -> !e.isBlank())
                .filter(e -> !e.contains(File.separator + "org" + File.separator + "kernels4j" + File.separator))
                .filter(e -> !Path.of(e).toAbsolutePath().normalize().startsWith(Path.of("target").toAbsolutePath()))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> jvmFlags = Arrays.asList(System.getProperty("spark.jvmFlags").trim().split("\\s+"));
        int masterPort = freePort();
        int masterUi = freePort();
        int workerUi = freePort();
        masterUrl = "spark://127.0.0.1:" + masterPort;
        Map<String, String> env = Map.of("SPARK_LOCAL_IP", "127.0.0.1", "SPARK_SCALA_VERSION", "2.13",
                "SPARK_HOME", sparkHome.toString(), "SPARK_DIST_CLASSPATH", sparkClassPath, "JAVA_HOME", javaHome);
        start("master", env, java, jvmFlags, sparkClassPath, "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(masterUi));
        start("worker", env, java, jvmFlags, sparkClassPath, "org.apache.spark.deploy.worker.Worker",
                "--host", "127.0.0.1", "--webui-port", Integer.toString(workerUi), "--cores", "2", "--memory", "2g",
                "--work-dir", Files.createDirectories(work.resolve("worker")).toString(), masterUrl);
        awaitAliveWorker(masterUi);
    }

    @AfterAll
    static synchronized void stopCluster() {
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
    void reportOnTheClusterMatchesSparksOwnAggregates() throws IOException {
        String appJar = System.getProperty("app.jar");
        assertTrue(Files.isRegularFile(Path.of(appJar)), "application jar not built: " + appJar);
        try (SparkSession spark = SparkSession.builder().master(masterUrl).appName("kernels4j-example-it")
                .config("spark.jars", appJar)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.executor.memory", "1g")
                .config("spark.cores.max", "2")
                .config("spark.executor.extraJavaOptions", "--enable-native-access=ALL-UNNAMED")
                .config("spark.sql.shuffle.partitions", "4")
                .getOrCreate()) {
            TripReport.Report r = TripReport.run(spark, ROWS);
            TripReport.print(r);

            assertEquals(Map.of("native", 8), r.description().backends(), "every partition on the native kernels");
            Row agg = TripReport.trips(spark, ROWS).selectExpr("count(fare)", "avg(fare)", "min(fare)", "max(fare)",
                    "stddev_samp(fare)").first();
            ColumnSummary fare = r.description().column("fare");
            long missing = (ROWS + 49) / 50;
            assertEquals(ROWS, r.description().rows());
            assertEquals(missing, fare.missing());
            assertEquals(agg.getLong(0), fare.count());
            // Spark adds the doubles one by one; kernels4j by a tree: equal to rounding.
            assertEquals(agg.getDouble(1), fare.mean(), 1e-10 * Math.abs(agg.getDouble(1)));
            assertEquals(agg.getDouble(2), fare.min(), 0.0);
            assertEquals(agg.getDouble(3), fare.max(), 0.0);
            assertEquals(agg.getDouble(4), fare.std(), 1e-9 * agg.getDouble(4));

            SparkHistogram h = r.fareHistogram();
            assertEquals(fare.count(), h.total() + h.outside(), "every fare is in a bin or outside");
            assertEquals(missing, h.missing());

            double[] q = r.fareQuantiles().of("fare");
            assertTrue(fare.min() <= q[0] && q[0] <= q[1] && q[1] <= q[2] && q[2] <= fare.max(), Arrays.toString(q));
            double[][] c = r.correlation();
            for (int i = 0; i < 3; i++) {
                assertEquals(1.0, c[i][i], 1e-12);
            }
            assertTrue(c[0][2] > 0.9, "the fare follows the distance: " + c[0][2]);
        }
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
        throw new IllegalStateException("no worker registered within " + START_TIMEOUT + "; last answer: " + last
                + "; logs in " + work);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
