package org.kernels4j.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.kernels4j.DType;
import org.kernels4j.DoubleMatrix;
import org.kernels4j.FloatMatrix;
import org.kernels4j.Kernels;
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
 * GEMM as a family of {@code kernels4j bench}: square float64 {@code C = A B} (beta = 0) of
 * order n, one thread, in GFLOP/s (2 n^3 per call): kernels4j's C kernel through FFM on off-heap
 * matrices ({@code ffm-offheap}) and on heap arrays ({@code ffm-heap}), the library's plain-Java
 * backend ({@code java}: its i-k-j loops), OpenBLAS's {@code cblas_dgemm} with 1 thread through the
 * benchmark-only binding {@link OpenBlas} on the same off-heap memory, and EJML's
 * {@code CommonOps_DDRM.mult}. {@code sgemm} is the float32 product on the same values (rounded to
 * float), with kernels4j's columns, the pool, OpenBLAS's {@code cblas_sgemm} and NumPy's float32
 * matmul; it is not in the quick run ({@code -k sgemm} or {@code -k gemm} brings it in). When OpenBLAS cannot be loaded the command leaves its column out
 * with the reason ({@link OpenBlas#problem()}).
 *
 * <p>In the default run with its synchronous call on heap arrays ({@code ffm-heap}), the pool
 * ({@code pool}: {@code pool.gemm}, C cut into blocks of rows or columns across the workers)
 * and NumPy's matmul as the peer; {@code kernels4j bench -k gemm} adds the other columns (at
 * n = 1024 one plain-Java call takes about a second). {@code pool1} is the pool's one-worker
 * control. GemmBench keeps the standalone comparison (float32, two threads, CPU-time table).
 */
@BenchFamily(name = "gemm", order = 50, sizes = {"64", "256", "1024"}, ops = {
    @BenchFamily.Op(name = "dgemm", flops = 2, power = 3),
    @BenchFamily.Op(name = "sgemm", flops = 2, power = 3, quick = false),
})
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class GemmFamilyBench {
    @Param({"64", "256", "1024"})
    public int n;

    Arena arena;
    DoubleMatrix ha, hb, hc;
    DoubleMatrix oa, ob, oc;
    MemorySegment ja, jb, jc;
    DMatrixRMaj ea, eb, ec;
    FloatMatrix fha, fhb, fhc;
    FloatMatrix foa, fob, foc;

    @Setup(Level.Trial)
    public void setup() {
        double[] a = BenchData.uniform(n * n, 42, -0.5, 0.5);
        double[] b = BenchData.uniform(n * n, 43, -0.5, 0.5);
        arena = Arena.ofShared();
        ha = DoubleMatrix.wrap(a.clone(), n, n);
        hb = DoubleMatrix.wrap(b.clone(), n, n);
        hc = DoubleMatrix.zeros(n, n);
        oa = ha.copy(arena);
        ob = hb.copy(arena);
        oc = DoubleMatrix.allocate(arena, n, n);
        ja = MemorySegment.ofArray(a.clone());
        jb = MemorySegment.ofArray(b.clone());
        jc = MemorySegment.ofArray(new double[n * n]);
        ea = new DMatrixRMaj(n, n, true, a);
        eb = new DMatrixRMaj(n, n, true, b);
        ec = new DMatrixRMaj(n, n);
        float[] fa = new float[n * n];
        float[] fb = new float[n * n];
        for (int i = 0; i < fa.length; i++) {
            fa[i] = (float) a[i];
            fb[i] = (float) b[i];
        }
        fha = FloatMatrix.wrap(fa, n, n);
        fhb = FloatMatrix.wrap(fb, n, n);
        fhc = FloatMatrix.zeros(n, n);
        foa = fha.copy(arena);
        fob = fhb.copy(arena);
        foc = FloatMatrix.allocate(arena, n, n);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    /** OpenBLAS with 1 thread; the trial fails with the reason when the library is absent. */
    @State(Scope.Benchmark)
    public static class OneThreadBlas {
        @Setup(Level.Trial)
        public void check() {
            if (!OpenBlas.available()) {
                throw new IllegalStateException("skipping the OpenBLAS column: " + OpenBlas.why());
            }
            OpenBlas.setThreads(1);
        }
    }

    @Benchmark
    public DoubleMatrix dgemm_pool(PoolState p) {
        p.pool.gemm(false, false, 1.0, oa, ob, 0.0, oc).join();
        return oc;
    }

    @Benchmark
    public DoubleMatrix dgemm_pool1(PoolState p) {
        p.pool1.gemm(false, false, 1.0, oa, ob, 0.0, oc).join();
        return oc;
    }

    @Benchmark
    public DoubleMatrix dgemm_ffmOffHeap() {
        Kernels.gemm(false, false, 1.0, oa, ob, 0.0, oc);
        return oc;
    }

    @Benchmark
    public DoubleMatrix dgemm_ffmHeap() {
        Kernels.gemm(false, false, 1.0, ha, hb, 0.0, hc);
        return hc;
    }

    @Benchmark
    public MemorySegment dgemm_java() {
        JavaBackend.INSTANCE.gemm(DType.F64, false, false, n, n, n, 1.0, ja, n, jb, n, 0.0, jc, n);
        return jc;
    }

    @Benchmark
    public DoubleMatrix dgemm_openblas(OneThreadBlas blas) {
        OpenBlas.dgemm(false, false, n, n, n, 1.0, oa.segment(), n, ob.segment(), n, 0.0, oc.segment(), n);
        return oc;
    }

    @Benchmark
    public DMatrixRMaj dgemm_ejml() {
        CommonOps_DDRM.mult(ea, eb, ec);
        return ec;
    }

    @Benchmark
    public FloatMatrix sgemm_pool(PoolState p) {
        p.pool.gemm(false, false, 1f, foa, fob, 0f, foc).join();
        return foc;
    }

    @Benchmark
    public FloatMatrix sgemm_pool1(PoolState p) {
        p.pool1.gemm(false, false, 1f, foa, fob, 0f, foc).join();
        return foc;
    }

    @Benchmark
    public FloatMatrix sgemm_ffmOffHeap() {
        Kernels.gemm(false, false, 1f, foa, fob, 0f, foc);
        return foc;
    }

    @Benchmark
    public FloatMatrix sgemm_ffmHeap() {
        Kernels.gemm(false, false, 1f, fha, fhb, 0f, fhc);
        return fhc;
    }

    @Benchmark
    public FloatMatrix sgemm_openblas(OneThreadBlas blas) {
        OpenBlas.sgemm(false, false, n, n, n, 1f, foa.segment(), n, fob.segment(), n, 0f, foc.segment(), n);
        return foc;
    }
}
