package org.kernels4j.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.kernels4j.DType;
import org.kernels4j.DoubleArray;
import org.kernels4j.Kernels;
import org.apache.commons.math3.stat.StatUtils;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.mult.VectorVectorMult_DDRM;
import org.kernels4j.backend.JavaBackend;
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

/**
 * Reductions of float64: sum, dot, min, argmax and the sample standard deviation, through
 * every backend. Method names are {@code <op>_<backend>} (see {@link BenchFamily}).
 */
@BenchFamily(name = "reductions", order = 10, ops = {
    @BenchFamily.Op(name = "sum", bytes = 8),
    @BenchFamily.Op(name = "dot", bytes = 16),
    // One pass like sum: not in the default run (kernels4j bench -k reductions or -k min,argmax).
    @BenchFamily.Op(name = "min", bytes = 8, quick = false),
    @BenchFamily.Op(name = "argmax", bytes = 8, quick = false),
    // The other extrema and the NaN-skipping forms: native against the plain-Java backend only.
    @BenchFamily.Op(name = "max", bytes = 8, quick = false),
    @BenchFamily.Op(name = "argmin", bytes = 8, quick = false),
    @BenchFamily.Op(name = "nanmin", bytes = 8, quick = false),
    @BenchFamily.Op(name = "nansum", bytes = 8, quick = false),
    // Input bytes (the C and Java kernels read them twice: mean, then squared deviations).
    @BenchFamily.Op(name = "std", bytes = 8),
})
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class ReduceBench {
    @Param({"1000", "100000", "10000000"})
    public int n;

    double[] x;
    double[] y;
    MemorySegment hx;
    MemorySegment hy;
    Arena arena;
    DoubleArray ox;
    DoubleArray oy;
    DMatrixRMaj ex;
    DMatrixRMaj ey;
    int isa;

    @Setup(Level.Trial)
    public void setup() {
        x = BenchData.uniform(n, 42, -1, 1);
        y = BenchData.uniform(n, 43, -1, 1);
        hx = MemorySegment.ofArray(x);
        hy = MemorySegment.ofArray(y);
        arena = Arena.ofShared();
        ox = DoubleArray.copyOf(arena, x);
        oy = DoubleArray.copyOf(arena, y);
        // EJML's column vectors over the same heap arrays (wrap copies nothing).
        ex = DMatrixRMaj.wrap(n, 1, x);
        ey = DMatrixRMaj.wrap(n, 1, y);
        isa = BenchData.isaCode();
    }

    /** The Vector API backend gets its code compiled before JMH's warmup (see VectorKernels.warmUp). */
    @Setup(Level.Trial)
    public void warmVectorApi(org.openjdk.jmh.infra.BenchmarkParams params) {
        if (params.getBenchmark().endsWith("_vector")) {
            VectorKernels.warmUp(VectorKernels.opOf(params.getBenchmark()), 300);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    // ---- sum ----
    @Benchmark public double sum_ffmHeap() { return Kernels.sum(x); }
    @Benchmark public double sum_ffmOffHeap() { return Kernels.sum(ox); }
    @Benchmark public double sum_jni() { return JniKernels.sum(isa, x, n); }
    @Benchmark public double sum_java() { return JavaBackend.INSTANCE.sum(DType.F64, hx, n); }
    @Benchmark public double sum_vector() { return VectorKernels.sum(x, n); }
    @Benchmark public double sum_pool(PoolState p) { return p.sum(ox); }
    @Benchmark public double sum_pool1(PoolState p) { return p.sum1(ox); }
    @Benchmark public double sum_ejml() { return CommonOps_DDRM.elementSum(ex); }
    @Benchmark public double sum_commonsMath() { return StatUtils.sum(x); }

    @Benchmark
    public double sum_javaLoop() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[i];
        }
        return s;
    }

    // ---- dot ----
    @Benchmark public double dot_ffmHeap() { return Kernels.dot(x, y); }
    @Benchmark public double dot_ffmOffHeap() { return Kernels.dot(ox, oy); }
    @Benchmark public double dot_jni() { return JniKernels.dot(isa, x, y, n); }
    @Benchmark public double dot_java() { return JavaBackend.INSTANCE.dot(DType.F64, hx, hy, n); }
    @Benchmark public double dot_vector() { return VectorKernels.dot(x, y, n); }
    @Benchmark public double dot_pool(PoolState p) { return p.dot(ox, oy); }
    @Benchmark public double dot_pool1(PoolState p) { return p.dot1(ox, oy); }
    @Benchmark public double dot_ejml() { return VectorVectorMult_DDRM.innerProd(ex, ey); }

    @Benchmark
    public double dot_javaLoop() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    // ---- min ----
    @Benchmark public double min_ffmHeap() { return Kernels.min(x); }
    @Benchmark public double min_ffmOffHeap() { return Kernels.min(ox); }
    @Benchmark public double min_jni() { return JniKernels.min(isa, x, n); }
    @Benchmark public double min_java() { return JavaBackend.INSTANCE.min(DType.F64, hx, n); }
    @Benchmark public double min_vector() { return VectorKernels.min(x, n); }

    @Benchmark
    public double min_javaLoop() {
        double m = x[0];
        for (int i = 1; i < n; i++) {
            m = Math.min(m, x[i]);
        }
        return m;
    }

    // ---- argmax ----
    @Benchmark public long argmax_ffmHeap() { return Kernels.argmax(x); }
    @Benchmark public long argmax_ffmOffHeap() { return Kernels.argmax(ox); }
    @Benchmark public long argmax_jni() { return JniKernels.argmax(isa, x, n); }
    @Benchmark public long argmax_java() { return JavaBackend.INSTANCE.argmax(DType.F64, hx, n); }
    @Benchmark public long argmax_vector() { return VectorKernels.argmax(x, n); }

    @Benchmark
    public long argmax_javaLoop() {
        // The loop a user writes (no NaN handling: the data has none).
        int best = 0;
        double m = x[0];
        for (int i = 1; i < n; i++) {
            if (x[i] > m) {
                m = x[i];
                best = i;
            }
        }
        return best;
    }

    // ---- max, argmin, nanmin, nansum: native and the plain-Java backend ----
    @Benchmark public double max_ffmHeap() { return Kernels.max(x); }
    @Benchmark public double max_java() { return JavaBackend.INSTANCE.max(DType.F64, hx, n); }
    @Benchmark public long argmin_ffmHeap() { return Kernels.argmin(x); }
    @Benchmark public long argmin_java() { return JavaBackend.INSTANCE.argmin(DType.F64, hx, n); }
    @Benchmark public double nanmin_ffmHeap() { return Kernels.nanmin(x); }
    @Benchmark public double nanmin_java() { return JavaBackend.INSTANCE.nanmin(DType.F64, hx, n); }
    @Benchmark public double nansum_ffmHeap() { return Kernels.nansum(x); }
    @Benchmark public double nansum_java() { return JavaBackend.INSTANCE.nansum(DType.F64, hx, n); }

    // ---- std (ddof 1) ----
    @Benchmark public double std_ffmHeap() { return Kernels.std(x, 1); }
    @Benchmark public double std_ffmOffHeap() { return Kernels.std(ox, 1); }
    @Benchmark public double std_jni() { return JniKernels.std(isa, x, n); }
    @Benchmark public double std_vector() { return VectorKernels.std(x, n); }
    @Benchmark public double std_pool(PoolState p) { return p.std(ox); }
    @Benchmark public double std_pool1(PoolState p) { return p.std1(ox); }
    /** Commons Math's bias-corrected variance (two passes, with its correction term), then sqrt. */
    @Benchmark public double std_commonsMath() { return Math.sqrt(StatUtils.variance(x)); }

    @Benchmark
    public double std_java() {
        JavaBackend b = JavaBackend.INSTANCE;
        double mean = b.sum(DType.F64, hx, n) / n;
        return Math.sqrt(b.sqdev(DType.F64, hx, n, mean) / (n - 1));
    }

    @Benchmark
    public double std_javaLoop() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[i];
        }
        double mean = s / n;
        double q = 0;
        for (int i = 0; i < n; i++) {
            double d = x[i] - mean;
            q += d * d;
        }
        return Math.sqrt(q / (n - 1));
    }
}
