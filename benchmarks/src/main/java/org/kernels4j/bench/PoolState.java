package org.kernels4j.bench;

import org.kernels4j.ComputePool;
import org.kernels4j.DoubleArray;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The "pool" backend: the library's async kernels ({@code pool.sum(x)}, ...) on off-heap
 * memory, split by its planner across the workers of a {@link ComputePool}. Its own state,
 * so that only the pool benchmarks vary with {@code workers}; the single-thread control in
 * the same run is {@code ffm-offheap}.
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
        return pool.sum(x).join();
    }

    double dot(DoubleArray x, DoubleArray y) {
        return pool.dot(x, y).join();
    }

    double std(DoubleArray x) {
        return pool.std(x, 1).join();
    }

    void add(DoubleArray a, DoubleArray b, DoubleArray out) {
        pool.add(a, b, out).join();
    }

    void exp(DoubleArray x, DoubleArray out) {
        pool.exp(x, out).join();
    }
}
