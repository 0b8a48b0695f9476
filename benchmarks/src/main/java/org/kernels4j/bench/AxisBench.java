package org.kernels4j.bench;

import java.lang.foreign.Arena;
import java.util.concurrent.TimeUnit;
import org.kernels4j.DoubleArray;
import org.kernels4j.DoubleMatrix;
import org.kernels4j.Kernels;
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
 * Reductions of a row-major float64 matrix along an axis: n elements as a {@code (n / 2500) x
 * 2500} matrix (n = 10^7: 4000 x 2500). colsum and colmean are NumPy's {@code a.sum(axis=0)}
 * and {@code a.mean(axis=0)} (one result per column), rowsum is {@code a.sum(axis=1)}. The
 * plain Java loop adds each row into one accumulator per column (a different summation order
 * from the library's, shown for scale). Bytes per element: one read.
 */
@BenchFamily(name = "axis", order = 55, sizes = {"100000", "10000000"}, ops = {
    @BenchFamily.Op(name = "colsum", bytes = 8),
    @BenchFamily.Op(name = "colmean", bytes = 8),
    @BenchFamily.Op(name = "rowsum", bytes = 8),
})
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class AxisBench {
    /** Columns of the matrix; rows are n / COLS. */
    static final int COLS = 2500;

    @Param({"100000", "10000000"})
    public int n;

    int rows;
    double[] x;
    DoubleMatrix heap;
    Arena arena;
    DoubleMatrix offHeap;

    @Setup(Level.Trial)
    public void setup() {
        rows = Math.max(1, n / COLS);
        x = BenchData.uniform(rows * COLS, 42, -1, 1);
        heap = DoubleMatrix.wrap(x, rows, COLS);
        arena = Arena.ofShared();
        offHeap = heap.copy(arena);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    public DoubleArray colsum_ffmHeap() {
        return Kernels.sum(heap, 0);
    }

    @Benchmark
    public DoubleArray colsum_ffmOffHeap() {
        return Kernels.sum(offHeap, 0);
    }

    @Benchmark
    public double[] colsum_javaLoop() {
        double[] acc = new double[COLS];
        for (int i = 0; i < rows; i++) {
            int base = i * COLS;
            for (int j = 0; j < COLS; j++) {
                acc[j] += x[base + j];
            }
        }
        return acc;
    }

    @Benchmark
    public DoubleArray colmean_ffmHeap() {
        return Kernels.mean(heap, 0);
    }

    @Benchmark
    public DoubleArray colmean_ffmOffHeap() {
        return Kernels.mean(offHeap, 0);
    }

    @Benchmark
    public DoubleArray rowsum_ffmHeap() {
        return Kernels.sum(heap, 1);
    }

    @Benchmark
    public DoubleArray rowsum_ffmOffHeap() {
        return Kernels.sum(offHeap, 1);
    }
}
