package org.kernels4j.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.kernels4j.DType;
import org.kernels4j.DoubleArray;
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
 * cumsum of float64 into an output array. No Vector API variant: a sequential running sum
 * (NumPy's order, which the kernels keep) has no lane parallelism to give it.
 */
@BenchFamily(name = "cumsum", order = 30, ops = {
    @BenchFamily.Op(name = "cumsum", bytes = 16),
})
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class ScanBench {
    @Param({"1000", "100000", "10000000"})
    public int n;

    double[] x;
    double[] out;
    MemorySegment hx;
    MemorySegment hout;
    Arena arena;
    DoubleArray ox;
    DoubleArray oout;
    int isa;

    @Setup(Level.Trial)
    public void setup() {
        x = BenchData.uniform(n, 42, -1, 1);
        out = new double[n];
        hx = MemorySegment.ofArray(x);
        hout = MemorySegment.ofArray(out);
        arena = Arena.ofShared();
        ox = DoubleArray.copyOf(arena, x);
        oout = DoubleArray.allocate(arena, n);
        isa = BenchData.isaCode();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    @Benchmark public double cumsum_ffmHeap() { return Kernels.cumsum(x, out); }
    @Benchmark public double cumsum_ffmOffHeap() { return Kernels.cumsum(ox, oout); }
    @Benchmark public double cumsum_jni() { return JniKernels.cumsum(isa, x, out, n); }
    @Benchmark public double cumsum_java() { return JavaBackend.INSTANCE.cumsum(DType.F64, hx, hout, n, -0.0); }

    @Benchmark
    public double cumsum_javaLoop() {
        double acc = 0;
        for (int i = 0; i < n; i++) {
            acc += x[i];
            out[i] = acc;
        }
        return acc;
    }
}
