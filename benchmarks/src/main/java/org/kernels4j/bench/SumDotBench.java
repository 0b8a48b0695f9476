package org.kernels4j.bench;

import java.lang.foreign.Arena;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.kernels4j.DoubleArray;
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
 * sum and dot of float64: the native kernels on a heap {@code double[]} (critical downcalls)
 * and on off-heap memory, against plain Java loops (the loop a user would write, and an
 * 8-accumulator loop that is not latency-bound). GB/s = bytes read / time.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar SumDotBench</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class SumDotBench {
    @Param({"1000", "100000", "10000000"})
    public int n;

    double[] x;
    double[] y;
    Arena arena;
    DoubleArray ox;
    DoubleArray oy;

    @Setup(Level.Trial)
    public void setup() {
        SplittableRandom r = new SplittableRandom(42);
        x = new double[n];
        y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble() - 0.5;
            y[i] = r.nextDouble() - 0.5;
        }
        arena = Arena.ofShared();
        ox = DoubleArray.copyOf(arena, x);
        oy = DoubleArray.copyOf(arena, y);
        if (!Kernels.info().backend().equals("native")) {
            throw new IllegalStateException("native backend expected: " + Kernels.info());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    public double sumNativeHeap() {
        return Kernels.sum(x);
    }

    @Benchmark
    public double sumNativeOffHeap() {
        return Kernels.sum(ox);
    }

    @Benchmark
    public double sumJavaLoop() {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s;
    }

    @Benchmark
    public double sumJava8Acc() {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int i = 0;
        for (; i + 8 <= n; i += 8) {
            s0 += x[i];
            s1 += x[i + 1];
            s2 += x[i + 2];
            s3 += x[i + 3];
            s4 += x[i + 4];
            s5 += x[i + 5];
            s6 += x[i + 6];
            s7 += x[i + 7];
        }
        for (; i < n; i++) {
            s0 += x[i];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    @Benchmark
    public double dotNativeHeap() {
        return Kernels.dot(x, y);
    }

    @Benchmark
    public double dotNativeOffHeap() {
        return Kernels.dot(ox, oy);
    }

    @Benchmark
    public double dotJavaLoop() {
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += x[i] * y[i];
        }
        return s;
    }
}
