package org.kernels4j.bench;

import java.lang.foreign.Arena;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_FDRM;
import org.kernels4j.ComputePool;
import org.kernels4j.DoubleMatrix;
import org.kernels4j.FloatMatrix;
import org.kernels4j.Kernels;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Square {@code C = A B} (n x n, beta = 0), one thread, side by side: kernels4j on off-heap
 * matrices ({@code k4j}) and on heap arrays ({@code k4jHeap}: copied off-heap around the call
 * above the critical-call size), OpenBLAS's {@code cblas_dgemm}/{@code cblas_sgemm} through a
 * benchmark-only FFM binding on the same off-heap memory (1 thread: {@code
 * openblas_set_num_threads(1)}), EJML's {@code CommonOps_DDRM/FDRM.mult}, and a plain
 * triple loop on {@code double[]} for small n ({@link TripleLoop}, its own sizes); and with two
 * threads: {@code pool.gemm} on a 2-worker {@link ComputePool} ({@code k4jPool2}) against OpenBLAS
 * with 2 threads ({@code openblas2}), the 1-thread columns being the control in the same run.
 *
 * <p>JMH alone (ms/op): {@code java --enable-native-access=ALL-UNNAMED -cp
 * benchmarks/target/kernels4j-cli.jar org.openjdk.jmh.Main GemmBench -p n=512}.
 * GFLOP/s table (best iteration of each column: on a shared machine other processes only
 * ever slow a run down) with the ratios to OpenBLAS, all columns from one run:
 * {@code java --enable-native-access=ALL-UNNAMED -cp benchmarks/target/kernels4j-cli.jar
 * org.kernels4j.bench.GemmBench [n ...]}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class GemmBench {
    @Param({"256", "512", "1024", "2048"})
    public int n;

    @Param({"f64", "f32"})
    public String dtype;

    Arena arena;
    boolean f64;
    DoubleMatrix da, db, dc, ha, hb, hc;
    FloatMatrix fa, fb, fc, hfa, hfb, hfc;
    DMatrixRMaj ea, eb, ec;
    FMatrixRMaj efa, efb, efc;

    @Setup(Level.Trial)
    public void setup() {
        if (!Kernels.info().backend().equals("native")) {
            throw new IllegalStateException("native backend expected: " + Kernels.info());
        }
        f64 = dtype.equals("f64");
        arena = Arena.ofShared();
        SplittableRandom r = new SplittableRandom(42);
        double[] a = new double[n * n];
        double[] b = new double[n * n];
        for (int i = 0; i < a.length; i++) {
            a[i] = r.nextDouble() - 0.5;
            b[i] = r.nextDouble() - 0.5;
        }
        if (f64) {
            ha = DoubleMatrix.wrap(a.clone(), n, n);
            hb = DoubleMatrix.wrap(b.clone(), n, n);
            hc = DoubleMatrix.zeros(n, n);
            da = ha.copy(arena);
            db = hb.copy(arena);
            dc = DoubleMatrix.allocate(arena, n, n);
            ea = new DMatrixRMaj(n, n, true, a);
            eb = new DMatrixRMaj(n, n, true, b);
            ec = new DMatrixRMaj(n, n);
        } else {
            float[] fa32 = new float[a.length];
            float[] fb32 = new float[b.length];
            for (int i = 0; i < a.length; i++) {
                fa32[i] = (float) a[i];
                fb32[i] = (float) b[i];
            }
            hfa = FloatMatrix.wrap(fa32.clone(), n, n);
            hfb = FloatMatrix.wrap(fb32.clone(), n, n);
            hfc = FloatMatrix.zeros(n, n);
            fa = hfa.copy(arena);
            fb = hfb.copy(arena);
            fc = FloatMatrix.allocate(arena, n, n);
            efa = new FMatrixRMaj(n, n, true, fa32);
            efb = new FMatrixRMaj(n, n, true, fb32);
            efc = new FMatrixRMaj(n, n);
        }
        if (OpenBlas.available()) {
            OpenBlas.setThreads(1);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    /** OpenBLAS with 1 thread; refuses to run (with the reason) when the library is absent. */
    @State(Scope.Benchmark)
    public static class OpenBlas1 {
        @Setup(Level.Trial)
        public void check() {
            if (!OpenBlas.available()) {
                throw new IllegalStateException("skipping the OpenBLAS column: " + OpenBlas.why());
            }
        }

        @Setup(Level.Iteration)
        public void threads() {
            OpenBlas.setThreads(1);
        }
    }

    /** OpenBLAS with 2 threads. */
    @State(Scope.Benchmark)
    public static class OpenBlas2 {
        @Setup(Level.Trial)
        public void check() {
            if (!OpenBlas.available()) {
                throw new IllegalStateException("skipping the OpenBLAS column: " + OpenBlas.why());
            }
        }

        @Setup(Level.Iteration)
        public void threads() {
            OpenBlas.setThreads(2);
        }

        @TearDown(Level.Iteration)
        public void back() {
            OpenBlas.setThreads(1);
        }
    }

    /** A pool of 2 workers for the parallel column. */
    @State(Scope.Benchmark)
    public static class Pool2 {
        ComputePool pool;

        @Setup(Level.Trial)
        public void start() {
            pool = ComputePool.create(2);
        }

        @TearDown(Level.Trial)
        public void stop() {
            pool.close();
        }
    }

    /**
     * CPU time of the benchmark thread, per iteration: on a shared machine other processes take
     * the core away for part of the wall-clock time, never CPU time. Only meaningful for the
     * one-thread columns (the pool's workers and OpenBLAS's threads are not this thread).
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
        public long cpuNanos;
        public long calls;
        long start;

        @Setup(Level.Iteration)
        public void reset() {
            cpuNanos = 0;
            calls = 0;
        }

        void begin() {
            start = MX.getCurrentThreadCpuTime();
        }

        void end() {
            cpuNanos += MX.getCurrentThreadCpuTime() - start;
            calls++;
        }
    }

    @Benchmark
    public Object k4j(CpuTime cpu) {
        cpu.begin();
        try {
            return k4jCall();
        } finally {
            cpu.end();
        }
    }

    private Object k4jCall() {
        if (f64) {
            Kernels.gemm(false, false, 1.0, da, db, 0.0, dc);
            return dc;
        }
        Kernels.gemm(false, false, 1f, fa, fb, 0f, fc);
        return fc;
    }

    @Benchmark
    public Object k4jHeap(CpuTime cpu) {
        cpu.begin();
        try {
            return k4jHeapCall();
        } finally {
            cpu.end();
        }
    }

    private Object k4jHeapCall() {
        if (f64) {
            Kernels.gemm(false, false, 1.0, ha, hb, 0.0, hc);
            return hc;
        }
        Kernels.gemm(false, false, 1f, hfa, hfb, 0f, hfc);
        return hfc;
    }

    @Benchmark
    public Object openblas(OpenBlas1 threads, CpuTime cpu) {
        cpu.begin();
        try {
            return openblasCall();
        } finally {
            cpu.end();
        }
    }

    private Object openblasCall() {
        if (f64) {
            OpenBlas.dgemm(false, false, n, n, n, 1.0, da.segment(), n, db.segment(), n, 0.0, dc.segment(), n);
            return dc;
        }
        OpenBlas.sgemm(false, false, n, n, n, 1f, fa.segment(), n, fb.segment(), n, 0f, fc.segment(), n);
        return fc;
    }

    @Benchmark
    public Object k4jPool2(Pool2 p) {
        if (f64) {
            p.pool.gemm(false, false, 1.0, da, db, 0.0, dc).join();
            return dc;
        }
        p.pool.gemm(false, false, 1f, fa, fb, 0f, fc).join();
        return fc;
    }

    @Benchmark
    public Object openblas2(OpenBlas2 threads) {
        if (f64) {
            OpenBlas.dgemm(false, false, n, n, n, 1.0, da.segment(), n, db.segment(), n, 0.0, dc.segment(), n);
            return dc;
        }
        OpenBlas.sgemm(false, false, n, n, n, 1f, fa.segment(), n, fb.segment(), n, 0f, fc.segment(), n);
        return fc;
    }

    @Benchmark
    public Object ejml(CpuTime cpu) {
        cpu.begin();
        try {
            return ejmlCall();
        } finally {
            cpu.end();
        }
    }

    private Object ejmlCall() {
        if (f64) {
            CommonOps_DDRM.mult(ea, eb, ec);
            return ec;
        }
        CommonOps_FDRM.mult(efa, efb, efc);
        return efc;
    }

    /**
     * The plain triple loop a user would write, on double[], at small sizes only (its own class,
     * so that GemmBench's n and dtype do not multiply it).
     */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    @Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
    public static class TripleLoop {
        @Param({"64", "128", "256"})
        public int smallN;

        double[] a;
        double[] b;
        double[] c;

        @Setup(Level.Trial)
        public void setup() {
            SplittableRandom r = new SplittableRandom(7);
            a = new double[smallN * smallN];
            b = new double[smallN * smallN];
            c = new double[smallN * smallN];
            for (int i = 0; i < a.length; i++) {
                a[i] = r.nextDouble() - 0.5;
                b[i] = r.nextDouble() - 0.5;
            }
        }

        @Benchmark
        public double[] tripleLoop() {
            int m = smallN;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    double sum = 0;
                    for (int p = 0; p < m; p++) {
                        sum += a[i * m + p] * b[p * m + j];
                    }
                    c[i * m + j] = sum;
                }
            }
            return c;
        }
    }

    // ---- one run, one table ---------------------------------------------------------------------

    /**
     * Runs every column in one JMH session and prints GFLOP/s (2 n^3 / time) with the ratio
     * k4j / OpenBLAS. Arguments: the sizes n (default 256 512 1024 2048); system properties
     * {@code bench.dtypes} (default "f64,f32"), {@code bench.warmup} and {@code bench.iterations}
     * (default 3 and 5, one second each).
     */
    public static void main(String[] args) throws RunnerException {
        String[] sizes = args.length > 0 ? args : new String[] {"256", "512", "1024", "2048"};
        String[] dtypes = System.getProperty("bench.dtypes", "f64,f32").split(",");
        int warmup = Integer.getInteger("bench.warmup", 3);
        int iterations = Integer.getInteger("bench.iterations", 5);
        String columns = System.getProperty("bench.columns", "k4j|k4jHeap|ejml|tripleLoop|k4jPool2");
        if (OpenBlas.available()) {
            columns += "|openblas|openblas2";
            System.out.println("# OpenBLAS: " + OpenBlas.path() + " (1 thread)");
        } else {
            System.out.println("# " + "skipping the OpenBLAS column: " + OpenBlas.why());
        }
        Options opts = new OptionsBuilder()
                .include(GemmBench.class.getName().replace(".", "\\.") + "[.$]*(TripleLoop\\.)?(" + columns + ")$")
                .param("n", sizes)
                .param("dtype", dtypes)
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .forks(1)
                .jvmArgsAppend("--enable-native-access=ALL-UNNAMED")
                .warmupIterations(warmup)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(1))
                .build();
        Collection<RunResult> results = new Runner(opts).run();
        Map<String, Map<String, Double>> wall = new TreeMap<>();
        Map<String, Map<String, Double>> cpu = new TreeMap<>();
        for (RunResult rr : results) {
            String bench = rr.getParams().getBenchmark();
            String label = bench.substring(bench.lastIndexOf('.') + 1);
            String key;
            int size;
            if (label.equals("tripleLoop")) {
                size = Integer.parseInt(rr.getParams().getParam("smallN"));
                key = "f64 " + String.format(Locale.ROOT, "%5d", size);
            } else {
                size = Integer.parseInt(rr.getParams().getParam("n"));
                key = rr.getParams().getParam("dtype") + " " + String.format(Locale.ROOT, "%5d", size);
            }
            double flop = 2.0 * size * size * (double) size;
            // The best iteration: other processes on a shared machine only ever slow a run down.
            double ms = Double.POSITIVE_INFINITY;
            double cpuNs = Double.POSITIVE_INFINITY;
            for (BenchmarkResult br : rr.getBenchmarkResults()) {
                for (IterationResult ir : br.getIterationResults()) {
                    ms = Math.min(ms, ir.getPrimaryResult().getScore());
                    Result<?> ns = ir.getSecondaryResults().get("cpuNanos");
                    Result<?> calls = ir.getSecondaryResults().get("calls");
                    if (ns != null && calls != null && calls.getScore() > 0) {
                        cpuNs = Math.min(cpuNs, ns.getScore() / calls.getScore());
                    }
                }
            }
            wall.computeIfAbsent(key, x -> new TreeMap<>()).put(label, flop / (ms * 1e-3) / 1e9);
            if (cpuNs < Double.POSITIVE_INFINITY) {
                cpu.computeIfAbsent(key, x -> new TreeMap<>()).put(label, flop / cpuNs);
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append("\nGFLOP/s by CPU time of the calling thread (1 thread; best iteration)\n");
        table(sb, cpu, List.of("k4j", "k4jHeap", "openblas", "ejml"), "k4j", "openblas", null, null);
        sb.append("\nGFLOP/s by wall-clock time (best iteration)\n");
        table(sb, wall, List.of("k4j", "k4jHeap", "openblas", "ejml", "tripleLoop", "k4jPool2", "openblas2"), "k4j",
                "openblas", "k4jPool2", "openblas2");
        sb.append("ratio 1T = k4j / openblas (1 thread each); ratio 2T = k4jPool2 / openblas2 (2 workers, 2 threads)\n");
        System.out.print(sb);
    }

    private static void table(StringBuilder sb, Map<String, Map<String, Double>> t, List<String> cols, String a1,
                              String b1, String a2, String b2) {
        sb.append(String.format(Locale.ROOT, "%-10s", "dtype n"));
        for (String c : cols) {
            sb.append(String.format(Locale.ROOT, " %10s", c));
        }
        sb.append(String.format(Locale.ROOT, " %8s", "ratio 1T"));
        if (a2 != null) {
            sb.append(String.format(Locale.ROOT, " %8s", "ratio 2T"));
        }
        sb.append('\n');
        for (Map.Entry<String, Map<String, Double>> e : t.entrySet()) {
            Map<String, Double> row = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-10s", e.getKey()));
            for (String c : cols) {
                Double v = row.get(c);
                sb.append(v == null ? String.format(Locale.ROOT, " %10s", "-") : String.format(Locale.ROOT, " %10.1f", v));
            }
            sb.append(ratio(row.get(a1), row.get(b1)));
            if (a2 != null) {
                sb.append(ratio(row.get(a2), row.get(b2)));
            }
            sb.append('\n');
        }
    }

    private static String ratio(Double ours, Double theirs) {
        return ours != null && theirs != null ? String.format(Locale.ROOT, " %8.3f", ours / theirs)
                : String.format(Locale.ROOT, " %8s", "-");
    }
}
