package org.kernels4j.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * The async kernels {@code pool.sum} and {@code pool.exp} on 10^7 doubles (off-heap, 80 MB, far
 * beyond the caches) with 1 and 2 workers, next to single-thread controls measured in the same
 * run: the synchronous kernels on the calling thread, and STREAM-like memory passes (a plain
 * 8-accumulator Java read of a heap array, and a bulk copy). A second control, {@code pair*},
 * runs the synchronous kernel on the two halves on two plain threads: what two threads of this
 * host can do at all, whatever the pool. Speed-up = time(1 worker) /
 * time(2 workers); GB/s = bytes / time (sum reads 80 MB, exp reads 80 MB and writes 80 MB,
 * copy reads and writes 80 MB each).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar PoolScalingBench</pre>
 *
 * Two workers are not always two cores on a shared host: read the 2-worker figures against the
 * single-thread controls of the same run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class PoolScalingBench {
    static final int N = 10_000_000;

    @Param({"1", "2"})
    public int workers;

    ComputePool pool;
    Arena arena;
    DoubleArray x;
    DoubleArray out;
    DoubleArray copyTarget;
    double[] heap;
    ExecutorService pair;

    @Setup(Level.Trial)
    public void setup() {
        if (!Kernels.info().backend().equals("native")) {
            throw new IllegalStateException("native backend expected: " + Kernels.info());
        }
        SplittableRandom r = new SplittableRandom(42);
        heap = new double[N];
        for (int i = 0; i < N; i++) {
            heap[i] = r.nextDouble() - 0.5;
        }
        arena = Arena.ofShared();
        x = DoubleArray.copyOf(arena, heap);
        out = DoubleArray.allocate(arena, N);
        copyTarget = DoubleArray.allocate(arena, N);
        pool = ComputePool.create(workers);
        pair = Executors.newFixedThreadPool(2);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.close();
        pair.shutdown();
        arena.close();
    }

    @Benchmark
    public double poolSum() {
        return pool.sum(x).join();
    }

    @Benchmark
    public Object poolExp() {
        return pool.exp(x, out).join();
    }

    /** Control: the synchronous kernel on the calling thread. */
    @Benchmark
    public double syncSum() {
        return Kernels.sum(x);
    }

    /** Control: the synchronous kernel on the calling thread. */
    @Benchmark
    public Object syncExp() {
        Kernels.exp(x, out);
        return out;
    }

    /** Control: the synchronous kernel on each half, on two plain threads. */
    @Benchmark
    public double pairSum() throws ExecutionException, InterruptedException {
        int h = N / 2;
        Future<Double> a = pair.submit(() -> Kernels.sum(x.slice(0, h)));
        Future<Double> b = pair.submit(() -> Kernels.sum(x.slice(h, N - h)));
        return a.get() + b.get();
    }

    /** Control: the synchronous kernel on each half, on two plain threads. */
    @Benchmark
    public Object pairExp() throws ExecutionException, InterruptedException {
        int h = N / 2;
        Future<?> a = pair.submit(() -> Kernels.exp(x.slice(0, h), out.slice(0, h)));
        Future<?> b = pair.submit(() -> Kernels.exp(x.slice(h, N - h), out.slice(h, N - h)));
        a.get();
        b.get();
        return out;
    }

    /** STREAM-like read on one thread: an 8-accumulator sum of a heap double[] (not latency-bound). */
    @Benchmark
    public double streamRead() {
        double[] a = heap;
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
        int i = 0;
        for (; i + 8 <= N; i += 8) {
            s0 += a[i];
            s1 += a[i + 1];
            s2 += a[i + 2];
            s3 += a[i + 3];
            s4 += a[i + 4];
            s5 += a[i + 5];
            s6 += a[i + 6];
            s7 += a[i + 7];
        }
        for (; i < N; i++) {
            s0 += a[i];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** STREAM-like copy on one thread: 80 MB off-heap to off-heap. */
    @Benchmark
    public Object streamCopy() {
        MemorySegment.copy(x.segment(), 0, copyTarget.segment(), 0, 8L * N);
        return copyTarget;
    }
}
