package org.kernels4j.bench;

import java.lang.foreign.Arena;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.kernels4j.ComputePool;
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
 * sort, argsort, percentile(50) and histogram(100 bins) of 10^7 uniform random float64 (and the
 * histogram of the same values as float32): the
 * synchronous kernels on the benchmark thread (the single-thread control), the pool forms on
 * a pool of 1 and of 2 workers ({@code pool.sort(x).join()}), and the JDK's Arrays.sort, all in
 * one run; NumPy's figures for the same calls come from benchmarks/numpy_bench.py. Sorts run
 * on a fresh copy per invocation (the copy is outside the timed region).
 *
 * <pre>java -cp target/classes:benchmarks/target/benchmarks.jar org.openjdk.jmh.Main SortBench</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "-Xmx4g"})
public class SortBench {
    @Param({"10000000"})
    public int n;

    double[] x;
    float[] x32;
    double[] work;
    Arena arena;
    DoubleArray off;
    DoubleArray offWork;
    ComputePool pool1;
    ComputePool pool2;

    @Setup(Level.Trial)
    public void setup() {
        SplittableRandom r = new SplittableRandom(42);
        x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble();
        }
        x32 = new float[n];
        for (int i = 0; i < n; i++) {
            x32[i] = (float) x[i];
        }
        work = new double[n];
        arena = Arena.ofShared();
        off = DoubleArray.copyOf(arena, x);
        offWork = DoubleArray.allocate(arena, n);
        if (!Kernels.info().backend().equals("native")) {
            throw new IllegalStateException("native backend expected: " + Kernels.info());
        }
        pool1 = ComputePool.create(1);
        pool2 = ComputePool.create(2);
        System.out.println("kernels4j classes from " + Kernels.class.getProtectionDomain().getCodeSource().getLocation()
                + ", " + Kernels.info());
    }

    @Setup(Level.Invocation)
    public void refill() {
        System.arraycopy(x, 0, work, 0, n);
        offWork.segment().copyFrom(off.segment());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool1.close();
        pool2.close();
        arena.close();
    }

    @Benchmark
    public double[] sortNativeHeap() {
        Kernels.sort(work);
        return work;
    }

    @Benchmark
    public DoubleArray sortNativeOffHeap() {
        Kernels.sort(offWork);
        return offWork;
    }

    @Benchmark
    public double[] sortPool1Heap() {
        pool1.sort(work).join();
        return work;
    }

    @Benchmark
    public double[] sortPool2Heap() {
        pool2.sort(work).join();
        return work;
    }

    @Benchmark
    public DoubleArray sortPool2OffHeap() {
        pool2.sort(offWork).join();
        return offWork;
    }

    @Benchmark
    public double[] sortJdkArrays() {
        Arrays.sort(work);
        return work;
    }

    @Benchmark
    public long[] argsortNativeHeap() {
        return Kernels.argsort(x);
    }

    @Benchmark
    public long[] argsortPool1Heap() {
        return pool1.argsort(x).join();
    }

    @Benchmark
    public long[] argsortPool2Heap() {
        return pool2.argsort(x).join();
    }

    @Benchmark
    public double percentile50NativeHeap() {
        return Kernels.percentile(x, 50);
    }

    @Benchmark
    public double percentile50NativeOffHeap() {
        return Kernels.percentile(off, 50, org.kernels4j.QuantileMethod.LINEAR);
    }

    @Benchmark
    public double percentile50Pool1Heap() {
        return pool1.percentile(x, 50).join();
    }

    @Benchmark
    public double percentile50Pool2Heap() {
        return pool2.percentile(x, 50).join();
    }

    @Benchmark
    public long[] histogram100NativeHeap() {
        return Kernels.histogram(x, 100, 0.0, 1.0).counts();
    }

    @Benchmark
    public long[] histogram100Pool1Heap() {
        return pool1.histogram(x, 100, 0.0, 1.0).join().counts();
    }

    @Benchmark
    public long[] histogram100Pool2Heap() {
        return pool2.histogram(x, 100, 0.0, 1.0).join().counts();
    }

    @Benchmark
    public long[] histogram100F32NativeHeap() {
        return Kernels.histogram(x32, 100, 0.0, 1.0).counts();
    }

    @Benchmark
    public long[] histogram100F32Pool2Heap() {
        return pool2.histogram(x32, 100, 0.0, 1.0).join().counts();
    }
}
