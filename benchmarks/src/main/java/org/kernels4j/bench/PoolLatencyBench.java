package org.kernels4j.bench;

import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.kernels4j.ComputePool;
import org.kernels4j.Kernels;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Submit-to-completion latency of one task, measured from the submitting thread: submit, then
 * wait for the result. An empty task, and a native sum of 10^3 doubles (heap array, one
 * critical downcall), on a {@link ComputePool} of 2 workers ({@code pool.submit} and the async
 * kernel {@code pool.sum}), a plain {@link ThreadPoolExecutor} of 2 threads, and
 * {@link ForkJoinPool#commonPool()} (its parallelism is the CPU count minus one). The
 * {@code direct*} rows run the same work on the calling thread: the cost of the pool is the
 * difference. Mode.SampleTime gives the percentiles (p50, p99).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar PoolLatencyBench</pre>
 *
 * Between two submits the workers go idle, so each submit also pays for waking a parked worker,
 * as a call from a request handler would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED"})
public class PoolLatencyBench {
    static final int N = 1000;
    static final int WORKERS = 2;

    double[] x;
    ComputePool pool;
    ThreadPoolExecutor tpe;
    ForkJoinPool fjp;
    Callable<Object> empty;
    Callable<Double> sum;

    @Setup(Level.Trial)
    public void setup() {
        SplittableRandom r = new SplittableRandom(42);
        x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = r.nextDouble() - 0.5;
        }
        if (!Kernels.info().backend().equals("native")) {
            throw new IllegalStateException("native backend expected: " + Kernels.info());
        }
        pool = ComputePool.create(WORKERS);
        tpe = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
        tpe.prestartAllCoreThreads();
        fjp = ForkJoinPool.commonPool();
        empty = () -> Boolean.TRUE;
        sum = () -> Kernels.sum(x);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.close();
        tpe.shutdown();
    }

    // ---- empty task -------------------------------------------------------------------

    @Benchmark
    public Object emptyComputePool() {
        return pool.submit(empty).join();
    }

    @Benchmark
    public Object emptyThreadPoolExecutor() throws ExecutionException, InterruptedException {
        return tpe.submit(empty).get();
    }

    @Benchmark
    public Object emptyForkJoinCommon() throws ExecutionException, InterruptedException {
        return fjp.submit(empty).get();
    }

    // ---- native sum of 10^3 doubles ------------------------------------------------------

    @Benchmark
    public double sumDirect() {
        return Kernels.sum(x);
    }

    @Benchmark
    public double sumComputePoolAsyncKernel() {
        return pool.sum(x).join();
    }

    @Benchmark
    public double sumComputePoolSubmit() {
        return pool.submit(sum).join();
    }

    @Benchmark
    public double sumThreadPoolExecutor() throws ExecutionException, InterruptedException {
        return tpe.submit(sum).get();
    }

    @Benchmark
    public double sumForkJoinCommon() throws ExecutionException, InterruptedException {
        return fjp.submit(sum).get();
    }
}
