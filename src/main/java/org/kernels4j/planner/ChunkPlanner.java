package org.kernels4j.planner;

import org.kernels4j.backend.NativeBackend;
import org.kernels4j.backend.SumTree;

/**
 * Layer 2 of the design: how an async kernel call is cut into chunks.
 *
 * <p>A chunk is the unit of scheduling, of cancellation (work stops only between chunks) and of
 * merging (one partial result per chunk, merged in chunk order). Chunk sizes are always
 * {@code 512 * 2^k} elements, so a chunk that starts at a multiple of its size is a complete
 * subtree of the k4j summation tree (native/include/k4j.h) and the partial sums combine through
 * {@link SumTree} into the very bits of a single-call sum, whatever the chunk size.
 *
 * <p>The automatic size aims at {@value #CHUNKS_PER_WORKER} chunks per worker, so that a worker
 * slowed by another process (the machines are shared) simply claims fewer chunks, within bounds
 * set by the kernel's cost per element:
 * <ul>
 * <li>at least {@link Cost#minChunk}: a chunk costs a claim (one atomic add), a slice and one
 *     downcall, ~100 ns in all, which must stay well under 1% of its work (2^16 doubles take
 *     ~25 us to stream, 2^14 take ~30 us through exp);</li>
 * <li>at most {@link Cost#maxChunk}: how long a cancelled kernel goes on running, and how
 *     coarse the load balancing gets; ~0.5 ms of work.</li>
 * </ul>
 * An array no longer than the minimum is one chunk. On heap arrays each chunk is further cut by
 * {@link NativeBackend} into critical downcalls of at most {@link NativeBackend#CRITICAL_CHUNK}
 * elements, so the garbage collector never waits for more than one of those.
 */
public final class ChunkPlanner {
    /** Target number of chunks per worker for the automatic size. */
    public static final int CHUNKS_PER_WORKER = 8;
    /**
     * At most this many chunks per call: the merge keeps one partial result per chunk. Only an
     * explicit, tiny chunk size on a huge array reaches it.
     */
    public static final long MAX_CHUNKS = 1L << 24;

    /**
     * The largest {@link Cost#inlineMax} of any cost, as a compile-time constant: code outside
     * the module (the bench tool, whose JVM does not open this package) reads it without a
     * reflective or linked access to this class at run time.
     */
    public static final long LARGEST_INLINE_MAX = 1L << 17;

    /**
     * What one element costs a kernel, which bounds the automatic chunk size and sets how large
     * a job still runs on the calling thread ({@link #inlineMax}).
     *
     * <p>The inline limits were measured on an AMD Zen 5 virtual machine with 2 vCPUs far
     * apart (2026-12-07; medians of back-to-back calls, synchronous against a pool of 2, us):
     * sum 2^16 3.5 / 37, 2^17 10 / 69, 2^18 24 / 72, 2^19 50 / 104; add 2^17 38 / 71, 2^18 76 /
     * 98, 2^19 193 / 172; exp 2^16 45 / 85, 2^17 90 / 91, 2^18 166 / 139; sin 2^16 629 / 366.
     * Below the limit two workers could at best break even there; on machines whose cores
     * share a cache the pool would win a little earlier, by far less than it loses here.
     */
    public enum Cost {
        /** Memory-bound: reductions, arithmetic, abs/neg/sqrt/clip, cumsum. */
        STREAM(NativeBackend.CRITICAL_CHUNK, 1L << 20, LARGEST_INLINE_MAX),
        /** exp and log: ~10x the work per element. */
        TRANSCENDENTAL(NativeBackend.CRITICAL_CHUNK_SLOW, 1L << 17, LARGEST_INLINE_MAX),
        /** sin, pow, ...: a C library call per element, a few times exp's work. */
        LIBM(NativeBackend.CRITICAL_CHUNK_LIBM, 1L << 15, 1L << 13);

        public final long minChunk;
        public final long maxChunk;
        /** Largest job (elements of its first pass) that runs on the calling thread. */
        public final long inlineMax;

        Cost(long minChunk, long maxChunk, long inlineMax) {
            this.minChunk = minChunk;
            this.maxChunk = maxChunk;
            this.inlineMax = inlineMax;
        }
    }

    private ChunkPlanner() {
    }

    /**
     * The plan for {@code n} elements.
     *
     * @param fixedChunk the caller's chunk size ({@link #checkChunkSize valid}), or 0 to choose
     * @throws IllegalArgumentException if the fixed size would make more than {@link #MAX_CHUNKS} chunks
     */
    public static Plan plan(long n, Cost cost, int workers, long fixedChunk) {
        long chunk = fixedChunk != 0 ? fixedChunk : automaticChunk(n, cost, workers);
        Plan p = new Plan(n, chunk, cost.inlineMax);
        if (p.count() > MAX_CHUNKS) {
            throw new IllegalArgumentException("a chunk size of " + chunk + " cuts " + n + " elements into "
                    + p.count() + " chunks, more than " + MAX_CHUNKS + "; use a larger chunk size");
        }
        return p;
    }

    /** The automatic chunk size: {@code 512 * 2^k} within the cost's bounds. */
    public static long automaticChunk(long n, Cost cost, int workers) {
        long target = n / ((long) workers * CHUNKS_PER_WORKER);
        long c = target < SumTree.BLOCK ? SumTree.BLOCK : Long.highestOneBit(target / SumTree.BLOCK) * SumTree.BLOCK;
        return Math.clamp(c, cost.minChunk, cost.maxChunk);
    }

    /**
     * Checks an explicit chunk size: 0 (automatic) or {@code 512 * 2^k}, k >= 0.
     *
     * @throws IllegalArgumentException otherwise
     */
    public static long checkChunkSize(long chunk) {
        if (chunk != 0 && SumTree.levelOf(chunk) < 0) {
            throw new IllegalArgumentException("chunk size must be 0 (automatic) or 512 * 2^k elements, got " + chunk);
        }
        return chunk;
    }

    /**
     * {@code length} elements cut into {@link #count()} chunks of {@code chunk} elements (the
     * last may be shorter; an empty array is one empty chunk). A job whose first pass has at
     * most {@code inlineMax} elements runs on the calling thread ({@link ChunkJob#start}).
     */
    public record Plan(long length, long chunk, long inlineMax) {
        /** A plan whose job runs on the caller up to {@link ChunkJob#INLINE_MAX_ELEMENTS}. */
        public Plan(long length, long chunk) {
            this(length, chunk, ChunkJob.INLINE_MAX_ELEMENTS);
        }

        /** Number of chunks, at least 1. */
        public long count() {
            return length == 0 ? 1 : (length - 1) / chunk + 1;
        }

        /** First element of chunk {@code i}. */
        public long from(long i) {
            return i * chunk;
        }

        /** Length of chunk {@code i}. */
        public long size(long i) {
            return Math.min(chunk, length - i * chunk);
        }

        /** Level at which chunk {@code i} enters a {@link SumTree}: the last one as the short tail. */
        public int level(long i) {
            return i == count() - 1 ? SumTree.PARTIAL : SumTree.levelOf(chunk);
        }
    }
}
