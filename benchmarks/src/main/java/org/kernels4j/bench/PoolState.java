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
 * so that only the pool benchmarks vary with {@code workers}.
 *
 * <p>The control ("pool1") is the same call on a pool of one worker, built by this same
 * state in the same kind of fork: the same submit, planning and join, only without a second
 * worker, so pool / pool1 is the speed-up the workers bring. (JMH runs each benchmark method
 * in a fork of its own, so the two cannot share one process without giving up JMH's
 * isolation; ffm-offheap, the synchronous call, is the other control.) The pool1 forks still
 * carry the {@code workers} parameter in JMH's output and progress line; they ignore it.
 */
@State(Scope.Benchmark)
public class PoolState {
    @Param({"2"})
    public int workers;

    ComputePool pool;
    ComputePool pool1;

    @Setup(Level.Trial)
    public void setup(org.openjdk.jmh.infra.BenchmarkParams params) {
        // Only the pool a benchmark uses: an idle second pool would still be threads in the fork.
        if (params.getBenchmark().endsWith("_pool1")) {
            pool1 = ComputePool.create(1);
        } else {
            pool = ComputePool.create(workers);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (pool != null) {
            pool.close();
        }
        if (pool1 != null) {
            pool1.close();
        }
    }

    double sum1(DoubleArray x) {
        return pool1.sum(x).join();
    }

    double dot1(DoubleArray x, DoubleArray y) {
        return pool1.dot(x, y).join();
    }

    double std1(DoubleArray x) {
        return pool1.std(x, 1).join();
    }

    void add1(DoubleArray a, DoubleArray b, DoubleArray out) {
        pool1.add(a, b, out).join();
    }

    void exp1(DoubleArray x, DoubleArray out) {
        pool1.exp(x, out).join();
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
