package org.kernels4j.planner;

import java.util.concurrent.CompletableFuture;
import org.kernels4j.ComputePool;
import org.kernels4j.planner.ChunkJob.Done;
import org.kernels4j.planner.ChunkJob.Phase;
import org.kernels4j.planner.ChunkJob.Step;
import org.kernels4j.planner.ChunkPlanner.Cost;
import org.kernels4j.planner.ChunkPlanner.Plan;

/**
 * The chunk jobs behind the async mask kernels of {@link org.kernels4j.AsyncKernels}
 * (comparisons, where, the predicates, nan_to_num: independent chunks; count_nonzero, any,
 * all: pool reductions). The public layer checks the arguments and resolves the memory; this
 * class only cuts {@code [0, n)} into the planner's chunks and merges their results: counts
 * add (exactly, in any order), any is true once a chunk finds a true element and all is false
 * once a chunk finds a false one, after which the chunks not yet started return at once.
 */
public final class PoolMasks {
    private PoolMasks() {
    }

    /** The work of elements [from, from + length). */
    @FunctionalInterface
    public interface Chunk {
        void run(long from, long length);
    }

    /** A chunk's count, or its truth (1 or 0). */
    @FunctionalInterface
    public interface ChunkCount {
        long count(long from, long length);
    }

    private static Plan plan(ComputePool pool, long chunkSize, long n) {
        return ChunkPlanner.plan(n, Cost.STREAM, pool.workerCount(), chunkSize);
    }

    /** An elementwise kernel over n elements, split into independent chunks. */
    public static CompletableFuture<Void> elementwise(ComputePool pool, long chunkSize, long n, Chunk body) {
        return ChunkJob.start(pool, new Phase<Void>(plan(pool, chunkSize, n)) {
            @Override
            void chunk(int index, long from, long length) {
                body.run(from, length);
            }

            @Override
            Step<Void> complete() {
                return new Done<>(null);
            }
        }, false);
    }

    /** The sum of the chunk counts. */
    public static CompletableFuture<Long> count(ComputePool pool, long chunkSize, long n, ChunkCount piece) {
        Plan plan = plan(pool, chunkSize, n);
        long[] partial = new long[(int) plan.count()];
        return ChunkJob.start(pool, new Phase<Long>(plan) {
            @Override
            void chunk(int index, long from, long length) {
                partial[index] = piece.count(from, length);
            }

            @Override
            Step<Long> complete() {
                long total = 0;
                for (long c : partial) {
                    total += c;
                }
                return new Done<>(total);
            }
        }, false);
    }

    /**
     * any (decisive = true: the answer is true once a chunk says 1) or all (decisive = false:
     * false once a chunk says 0); {@code piece} gives a chunk's own any or all as 1 or 0.
     */
    public static CompletableFuture<Boolean> decide(ComputePool pool, long chunkSize, long n, boolean decisive,
                                                   ChunkCount piece) {
        return ChunkJob.start(pool, new Phase<Boolean>(plan(pool, chunkSize, n)) {
            private volatile boolean decided;

            @Override
            void chunk(int index, long from, long length) {
                if (!decided && (piece.count(from, length) == 1) == decisive) {
                    decided = true;
                }
            }

            @Override
            Step<Boolean> complete() {
                return new Done<>(decided == decisive);
            }
        }, false);
    }
}
