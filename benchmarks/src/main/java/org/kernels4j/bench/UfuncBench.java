package org.kernels4j.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.kernels4j.DType;
import org.kernels4j.DoubleArray;
import org.kernels4j.Kernels;
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

/**
 * The ufunc family, float64 into an output array: sin and pow (a C library call per element
 * natively, StrictMath in Java), floor and minimum (inline, vectorized). Not in the default run:
 * {@code --kernels sin,pow,floor,minimum}.
 */
@BenchFamily(name = "ufunc", order = 22, ops = {
    @BenchFamily.Op(name = "sin", bytes = 16, quick = false),
    @BenchFamily.Op(name = "pow", bytes = 24, quick = false),
    @BenchFamily.Op(name = "floor", bytes = 16, quick = false),
    @BenchFamily.Op(name = "minimum", bytes = 24, quick = false),
})
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class UfuncBench {
    @Param({"1000", "100000", "10000000"})
    public int n;

    double[] x;
    double[] y;
    double[] base;
    MemorySegment hbase;
    DoubleArray obase;
    double[] out;
    MemorySegment hx;
    MemorySegment hy;
    MemorySegment hout;
    Arena arena;
    DoubleArray ox;
    DoubleArray oy;
    DoubleArray oout;

    @Setup(Level.Trial)
    public void setUp() {
        // The same data as numpy_peer.py's: x and y in [-1, 1), pow's base x + 2 in [1, 3).
        x = BenchData.uniform(n, 42, -1, 1);
        y = BenchData.uniform(n, 43, -1, 1);
        base = new double[n];
        for (int i = 0; i < n; i++) {
            base[i] = x[i] + 2;
        }
        out = new double[n];
        hbase = MemorySegment.ofArray(base);
        hx = MemorySegment.ofArray(x);
        hy = MemorySegment.ofArray(y);
        hout = MemorySegment.ofArray(out);
        arena = Arena.ofShared();
        ox = DoubleArray.copyOf(arena, x);
        oy = DoubleArray.copyOf(arena, y);
        oout = DoubleArray.allocate(arena, n);
        obase = DoubleArray.copyOf(arena, base);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    @Benchmark public void sin_ffmHeap() { Kernels.sin(x, out); }
    @Benchmark public void sin_ffmOffHeap() { Kernels.sin(ox, oout); }
    @Benchmark public void sin_java() { JavaBackend.INSTANCE.unary(UnaryOp.SIN, DType.F64, hx, hout, n); }

    @Benchmark
    public void sin_javaLoop() {
        for (int i = 0; i < n; i++) {
            out[i] = Math.sin(x[i]);
        }
    }

    @Benchmark public void pow_ffmHeap() { Kernels.pow(base, y, out); }
    @Benchmark public void pow_ffmOffHeap() { Kernels.pow(obase, oy, oout); }
    @Benchmark public void pow_java() { JavaBackend.INSTANCE.binary(BinaryOp.POW, DType.F64, hbase, hy, hout, n); }

    @Benchmark
    public void pow_javaLoop() {
        for (int i = 0; i < n; i++) {
            out[i] = Math.pow(base[i], y[i]);
        }
    }

    @Benchmark public void floor_ffmHeap() { Kernels.floor(x, out); }
    @Benchmark public void floor_ffmOffHeap() { Kernels.floor(ox, oout); }
    @Benchmark public void floor_java() { JavaBackend.INSTANCE.unary(UnaryOp.FLOOR, DType.F64, hx, hout, n); }

    @Benchmark
    public void floor_javaLoop() {
        for (int i = 0; i < n; i++) {
            out[i] = Math.floor(x[i]);
        }
    }

    @Benchmark public void minimum_ffmHeap() { Kernels.minimum(x, y, out); }
    @Benchmark public void minimum_ffmOffHeap() { Kernels.minimum(ox, oy, oout); }
    @Benchmark public void minimum_java() { JavaBackend.INSTANCE.binary(BinaryOp.MINIMUM, DType.F64, hx, hy, hout, n); }

    @Benchmark
    public void minimum_javaLoop() {
        for (int i = 0; i < n; i++) {
            double a = x[i];
            double b = y[i];
            out[i] = (a < b || a != a) ? a : b;
        }
    }
}
