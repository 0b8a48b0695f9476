package org.kernels4j.planner;

import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.kernels4j.ComputePool;
import org.kernels4j.DType;
import org.kernels4j.NumericMatrix;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.Scratch;

/**
 * gemm on the workers of a {@link ComputePool}: C is cut into blocks of whole rows (when it has
 * at least as many rows as columns) or of whole columns, each block a whole number of
 * micro-tiles, and every block is one task computing {@code C_block = alpha op(A)_rows op(B) +
 * beta C_block} (or with a column slice of op(B)). Each element of C is then computed by exactly
 * the same arithmetic as in the one-thread call (the native kernels and the Java loops compute
 * every element independently of where its block starts), so the parallel result equals the
 * serial one bit for bit, for any worker count.
 *
 * <p>Blocks: one per worker, or up to four per worker for load balance when the blocks still
 * have {@link #BLOCK_LINES} rows; never below {@link #MIN_BLOCK_WORK} multiply-adds. Blocks are
 * queued, so a worker that finishes early takes the next.
 *
 * <p>Packing B once. When the backend can (the native one) and C is cut into blocks of rows
 * with at least {@link #SHARED_B_MIN_COLS} columns, op(B) is packed once, into one buffer of at
 * most {@link #SHARED_B_MAX_BYTES} bytes that every block reads: the workers first pack its
 * panels together, then compute their blocks. Otherwise (column blocks, a larger B, the plain
 * Java backend) every block packs all of the other operand again into its worker's own
 * workspace, which costs about 25 / rows of the block's time (see {@link #BLOCK_LINES}).
 */
public final class PoolGemm {
    /**
     * Most multiply-adds run on the calling thread (an already completed future): 2^21, about
     * 20-40 microseconds on the vector paths, no more than the hand-off to a worker costs
     * (orders up to 128).
     */
    static final long INLINE_MAX_WORK = 1L << 21;
    /** Fewest multiply-adds worth a task of its own (~100 microseconds on the AVX-512 path). */
    public static final long MIN_BLOCK_WORK = 1L << 22;
    /** Block sizes are multiples of these, so that blocks hold whole micro-tiles on every path. */
    public static final long ROW_UNIT = 24;
    public static final long COL_UNIT = 64;
    /**
     * Preferred rows (or columns) per block. Every block packs all of the other operand again:
     * k*n elements copied at roughly 0.3-1 ns each, against rows*n*k multiply-adds at ~25 per ns,
     * so the repacking costs about 25/rows of the block's time: 3-5% at 512 rows (and the
     * workers' repacking competes for memory bandwidth). Measured on 2 workers at n = 2048:
     * blocks of 256 rows spent ~7% more CPU time in total than the serial call.
     */
    public static final long BLOCK_LINES = 512;
    /** Fewest rows (or columns) worth a block at all. */
    public static final long MIN_BLOCK_LINES = 64;

    private static final Thread PROBE = Thread.ofPlatform().unstarted(() -> { });

    private PoolGemm() {
    }

    public static void requireShared(NumericMatrix x, String name) {
        if (!x.segment().isAccessibleBy(PROBE)) {
            throw new IllegalArgumentException(name + " lives in a confined arena, which pool workers may not touch;"
                    + " use Arena.ofShared(), Arena.ofAuto(), Arena.global() or a Java array");
        }
    }

    /** The block boundaries along a dimension of length {@code len}: {@code parts} blocks of whole units. */
    public static long[] cuts(long len, long unit, int parts) {
        long units = (len + unit - 1) / unit;
        parts = (int) Math.max(1, Math.min(parts, units));
        long[] at = new long[parts + 1];
        for (int i = 0; i <= parts; i++) {
            at[i] = Math.min(len, units * i / parts * unit);
        }
        at[parts] = len;
        return at;
    }

    /** How many blocks a product of this shape is worth on {@code workers} workers. */
    public static int blocks(long m, long n, long k, int workers) {
        long len = Math.max(m, n);
        long byWork = (long) Math.max(1, Math.min(Integer.MAX_VALUE, (double) m * n * k / MIN_BLOCK_WORK));
        long parts;
        if (len >= (long) workers * BLOCK_LINES) {
            // Blocks of at least BLOCK_LINES, a whole number (up to four) per worker.
            parts = (long) workers * Math.min(4, len / ((long) workers * BLOCK_LINES));
        } else if (len >= (long) workers * MIN_BLOCK_LINES) {
            parts = workers; // one block each: the least repacking
        } else {
            parts = Math.max(1, len / MIN_BLOCK_LINES);
        }
        return (int) Math.min(parts, byWork);
    }

    /** Fewest columns of C for which the blocks share one packed B (fewer: each block packs its own). */
    public static final long SHARED_B_MIN_COLS = 64;
    /**
     * Largest packed B the blocks share (256 MiB: op(B) of about 5800 x 5800 doubles); a larger B
     * is packed by each block for itself, a panel at a time, as before.
     */
    public static final long SHARED_B_MAX_BYTES = 256L << 20;

    private static long minBlock(long[] at) {
        long min = Long.MAX_VALUE;
        for (int p = 0; p + 1 < at.length; p++) {
            min = Math.min(min, at[p + 1] - at[p]);
        }
        return min;
    }

    /**
     * The packed B of a pool gemm: taken from the backend's scratch cache (no page faults
     * once warm) and given back exactly once, when the product is over and no task body is
     * inside it. A cancelled future completes before its running task stops, so the tasks
     * count themselves in and out: a body that starts after the product is over does nothing.
     */
    private static final class SharedB {
        private final Scratch scratch;
        private int active;
        private boolean over;

        SharedB(long bytes) {
            this.scratch = Scratch.acquire(bytes);
        }

        /** The buffer for a task body, or null when the product is already over. */
        synchronized MemorySegment enter() {
            if (over) {
                return null;
            }
            active++;
            return scratch.segment();
        }

        void exit() {
            boolean free;
            synchronized (this) {
                free = --active == 0 && over;
            }
            if (free) {
                scratch.close();
            }
        }

        void finish() {
            boolean free;
            synchronized (this) {
                if (over) {
                    return;
                }
                over = true;
                free = active == 0;
            }
            if (free) {
                scratch.close();
            }
        }
    }

    /**
     * Blocks of rows sharing one packed op(B): first the workers pack its panels together
     * (one contiguous range of panels per worker), then each block computes its rows against
     * it. The micro-kernels see the same packed values in the same order as in the one-thread
     * call, so C has the same bits for any worker count.
     */
    private static CompletableFuture<Void> sharedB(ComputePool pool, Backend backend, boolean ta, boolean tb,
                                                   double alpha, NumericMatrix a, NumericMatrix b, double beta,
                                                   NumericMatrix c, long m, long n, long k, long[] at, long bytes) {
        DType t = c.dtype();
        long panels = backend.gemmPackedBPanels(t, k, n);
        int packers = (int) Math.max(1, Math.min(pool.workerCount(), panels));
        SharedB shared = new SharedB(bytes);
        CompletableFuture<Void> result = new CompletableFuture<>();
        List<CompletableFuture<Void>> tasks = new ArrayList<>();
        try {
            List<CompletableFuture<Void>> packs = new ArrayList<>(packers);
            for (int w = 0; w < packers; w++) {
                long q0 = panels * w / packers;
                long q1 = panels * (w + 1) / packers;
                packs.add(pool.submit(() -> {
                    MemorySegment buf = shared.enter();
                    if (buf == null) {
                        return;
                    }
                    try {
                        backend.gemmPackB(t, tb, k, n, b.segment(), b.leadingDimension(), q0, q1, buf);
                    } finally {
                        shared.exit();
                    }
                }));
            }
            synchronized (tasks) {
                tasks.addAll(packs);
            }
            CompletableFuture.allOf(packs.toArray(new CompletableFuture<?>[0])).whenComplete((v, e) -> {
                if (e != null) {
                    fail(result, e);
                    return;
                }
                List<CompletableFuture<Void>> rows = new ArrayList<>(at.length - 1);
                try {
                    for (int p = 0; p + 1 < at.length; p++) {
                        long from = at[p];
                        long len = at[p + 1] - from;
                        NumericMatrix pa = ta ? a.view(0, from, k, len) : a.view(from, 0, len, k);
                        NumericMatrix pc = c.view(from, 0, len, n);
                        rows.add(pool.submit(() -> {
                            MemorySegment buf = shared.enter();
                            if (buf == null) {
                                return;
                            }
                            try {
                                backend.gemmWithPackedB(t, ta, len, n, k, alpha, pa.segment(), pa.leadingDimension(),
                                        buf, beta, pc.segment(), pc.leadingDimension());
                            } finally {
                                shared.exit();
                            }
                        }));
                    }
                } catch (RuntimeException | Error ex) {
                    // The pool was shut down between the phases: what was queued is cancelled below.
                    synchronized (tasks) {
                        tasks.addAll(rows);
                    }
                    fail(result, ex);
                    return;
                }
                synchronized (tasks) {
                    tasks.addAll(rows);
                }
                CompletableFuture.allOf(rows.toArray(new CompletableFuture<?>[0])).whenComplete((v2, e2) -> {
                    if (e2 == null) {
                        result.complete(null);
                    } else {
                        fail(result, e2);
                    }
                });
            });
        } catch (RuntimeException | Error e) {
            fail(result, e);
        }
        result.whenComplete((v, e) -> {
            shared.finish();
            if (e != null) {
                List<CompletableFuture<Void>> all;
                synchronized (tasks) {
                    all = new ArrayList<>(tasks);
                }
                for (CompletableFuture<Void> task : all) {
                    task.cancel(false);
                }
            }
        });
        return result;
    }

    private static void fail(CompletableFuture<Void> result, Throwable e) {
        result.completeExceptionally(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
    }

    public static CompletableFuture<Void> gemm(ComputePool pool, Backend backend, boolean ta, boolean tb, double alpha,
                                        NumericMatrix a, NumericMatrix b, double beta, NumericMatrix c) {
        LinearAlgebra.checkGemm(ta, tb, a, b, c);
        requireShared(a, "a");
        requireShared(b, "b");
        requireShared(c, "c");
        long m = ta ? a.cols() : a.rows();
        long k = ta ? a.rows() : a.cols();
        long n = tb ? b.rows() : b.cols();
        if ((double) m * n * k <= INLINE_MAX_WORK && !pool.isShutdown() && !pool.isBroken()) {
            // Less work than handing it to a worker: on the caller, an already completed future.
            try {
                backend.gemm(c.dtype(), ta, tb, m, n, k, alpha, a.segment(), a.leadingDimension(), b.segment(),
                        b.leadingDimension(), beta, c.segment(), c.leadingDimension());
                return CompletableFuture.completedFuture(null);
            } catch (RuntimeException | Error e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        int parts = blocks(m, n, k, pool.workerCount());
        boolean byRows = m >= n;
        long[] at = cuts(byRows ? m : n, byRows ? ROW_UNIT : COL_UNIT, parts);
        if (byRows && at.length > 2 && n >= SHARED_B_MIN_COLS && k > 0
                && (c.dtype() == DType.F64 ? alpha != 0 : (float) alpha != 0)) {
            long bytes = backend.gemmPackedBBytes(c.dtype(), k, n);
            if (bytes > 0 && bytes <= SHARED_B_MAX_BYTES && minBlock(at) >= 2) {
                return sharedB(pool, backend, ta, tb, alpha, a, b, beta, c, m, n, k, at, bytes);
            }
        }
        List<CompletableFuture<Void>> tasks = new ArrayList<>(at.length - 1);
        for (int p = 0; p + 1 < at.length; p++) {
            long from = at[p];
            long len = at[p + 1] - from;
            if (len == 0) {
                continue;
            }
            NumericMatrix pa = a;
            NumericMatrix pb = b;
            NumericMatrix pc;
            long pm = m;
            long pn = n;
            if (byRows) {
                pa = ta ? a.view(0, from, k, len) : a.view(from, 0, len, k);
                pc = c.view(from, 0, len, n);
                pm = len;
            } else {
                pb = tb ? b.view(from, 0, len, k) : b.view(0, from, k, len);
                pc = c.view(0, from, m, len);
                pn = len;
            }
            NumericMatrix fa = pa;
            NumericMatrix fb = pb;
            long bm = pm;
            long bn = pn;
            tasks.add(pool.submit(() -> backend.gemm(c.dtype(), ta, tb, bm, bn, k, alpha, fa.segment(), fa.leadingDimension(),
                    fb.segment(), fb.leadingDimension(), beta, pc.segment(), pc.leadingDimension())));
        }
        CompletableFuture<Void> result = new CompletableFuture<>();
        CompletableFuture.allOf(tasks.toArray(new CompletableFuture<?>[0])).whenComplete((v, e) -> {
            if (e == null) {
                result.complete(null);
            } else {
                result.completeExceptionally(e instanceof CompletionException && e.getCause() != null ? e.getCause() : e);
            }
        });
        result.whenComplete((v, e) -> {
            if (result.isCancelled()) {
                for (CompletableFuture<Void> t : tasks) {
                    t.cancel(false);
                }
            }
        });
        return result;
    }
}
