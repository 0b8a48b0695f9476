package org.kernels4j.bench;

import java.util.concurrent.CompletableFuture;
import org.kernels4j.ComputePool;
import org.kernels4j.DoubleArray;
import org.kernels4j.Kernels;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The "pool" backend: the native kernels on off-heap memory split into one contiguous slice
 * per worker of a {@link ComputePool}. Its own state, so that only the pool benchmarks vary
 * with {@code workers}; the single-thread control in the same run is {@code ffm-offheap}.
 *
 * <p>Until the async array kernels ({@code pool.sum(x)}, ...) are on main, the split is done
 * here, with {@code submit} per slice; switch to them when they land.
 */
@State(Scope.Benchmark)
public class PoolState {
    @Param({"2"})
    public int workers;

    ComputePool pool;

    @Setup(Level.Trial)
    public void setup() {
        pool = ComputePool.create(workers);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.close();
    }

    double sum(DoubleArray x) {
        long n = x.length();
        @SuppressWarnings("unchecked")
        CompletableFuture<Double>[] parts = new CompletableFuture[workers];
        for (int w = 0; w < workers; w++) {
            long from = n * w / workers;
            long to = n * (w + 1) / workers;
            parts[w] = pool.submit(() -> Kernels.sum(x.slice(from, to - from)));
        }
        double s = 0;
        for (CompletableFuture<Double> p : parts) {
            s += p.join();
        }
        return s;
    }

    void exp(DoubleArray x, DoubleArray out) {
        long n = x.length();
        CompletableFuture<?>[] parts = new CompletableFuture[workers];
        for (int w = 0; w < workers; w++) {
            long from = n * w / workers;
            long to = n * (w + 1) / workers;
            parts[w] = pool.submit(() -> Kernels.exp(x.slice(from, to - from), out.slice(from, to - from)));
        }
        CompletableFuture.allOf(parts).join();
    }
}
