package org.kernels4j.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.kernels4j.DType;
import org.kernels4j.DoubleArray;
import org.kernels4j.Kernels;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.kernels4j.backend.BinaryOp;
import org.kernels4j.backend.JavaBackend;
import org.kernels4j.backend.UnaryOp;
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

/** Elementwise float64 into an output array: add (array + array) and exp. */
@BenchFamily(name = "elementwise", order = 20, ops = {
    @BenchFamily.Op(name = "add", bytes = 24),
    @BenchFamily.Op(name = "exp", bytes = 16),
})
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class ElementwiseBench {
    @Param({"1000", "100000", "10000000"})
    public int n;

    double[] x;
    double[] y;
    double[] out;
    MemorySegment hx;
    MemorySegment hy;
    MemorySegment hout;
    Arena arena;
    DoubleArray ox;
    DoubleArray oy;
    DoubleArray oout;
    DMatrixRMaj ex;
    DMatrixRMaj ey;
    DMatrixRMaj eout;
    int isa;

    @Setup(Level.Trial)
    public void setup() {
        // [-2, 2): exp stays finite and in its main range, as in typical data.
        x = BenchData.uniform(n, 42, -2, 2);
        y = BenchData.uniform(n, 43, -2, 2);
        out = new double[n];
        hx = MemorySegment.ofArray(x);
        hy = MemorySegment.ofArray(y);
        hout = MemorySegment.ofArray(out);
        arena = Arena.ofShared();
        ox = DoubleArray.copyOf(arena, x);
        oy = DoubleArray.copyOf(arena, y);
        oout = DoubleArray.allocate(arena, n);
        // EJML's column vectors over the same heap arrays (wrap copies nothing).
        ex = DMatrixRMaj.wrap(n, 1, x);
        ey = DMatrixRMaj.wrap(n, 1, y);
        eout = DMatrixRMaj.wrap(n, 1, out);
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

    // ---- add ----
    @Benchmark public void add_ffmHeap() { Kernels.add(x, y, out); }
    @Benchmark public void add_ffmOffHeap() { Kernels.add(ox, oy, oout); }
    @Benchmark public void add_jni() { JniKernels.add(isa, x, y, out, n); }
    @Benchmark public void add_java() { JavaBackend.INSTANCE.binary(BinaryOp.ADD, DType.F64, hx, hy, hout, n); }
    @Benchmark public void add_vector() { VectorKernels.add(x, y, out, n); }
    @Benchmark public void add_pool(PoolState p) { p.add(ox, oy, oout); }
    @Benchmark public void add_pool1(PoolState p) { p.add1(ox, oy, oout); }
    @Benchmark public DMatrixRMaj add_ejml() { return CommonOps_DDRM.add(ex, ey, eout); }

    @Benchmark
    public void add_javaLoop() {
        for (int i = 0; i < n; i++) {
            out[i] = x[i] + y[i];
        }
    }

    // ---- exp ----
    @Benchmark public void exp_ffmHeap() { Kernels.exp(x, out); }
    @Benchmark public void exp_ffmOffHeap() { Kernels.exp(ox, oout); }
    @Benchmark public void exp_jni() { JniKernels.exp(isa, x, out, n); }
    @Benchmark public void exp_java() { JavaBackend.INSTANCE.unary(UnaryOp.EXP, DType.F64, hx, hout, n); }
    @Benchmark public void exp_vector() { VectorKernels.exp(x, out, n); }
    @Benchmark public void exp_pool(PoolState p) { p.exp(ox, oout); }
    @Benchmark public void exp_pool1(PoolState p) { p.exp1(ox, oout); }
    @Benchmark public DMatrixRMaj exp_ejml() { return CommonOps_DDRM.elementExp(ex, eout); }

    @Benchmark
    public void exp_javaLoop() {
        for (int i = 0; i < n; i++) {
            out[i] = Math.exp(x[i]);
        }
    }
}
