package org.kernels4j.cli;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import org.kernels4j.ComputePool;
import org.kernels4j.DType;
import org.kernels4j.DoubleArray;
import org.kernels4j.Kernels;
import org.kernels4j.Moments;
import org.kernels4j.NumericArray;
import org.kernels4j.QuantileMethod;

/**
 * Computes {@link ColumnStats} of columns chunk by chunk on a {@link ComputePool}, with the
 * native kernels, never holding a column in the Java heap.
 *
 * <p>Pass 1 (one read of the data): per chunk the library's {@link Kernels#moments} (count,
 * mean, squared deviations, min and max of the non-NaN values, native); the chunks'
 * {@link Moments} are merged in chunk order, so the result does not depend on which worker ran
 * what. Columns that are not one
 * contiguous array (strided columns of a 2-D file, int columns, CSV blocks) are copied in the
 * same pass, NaNs dropped, into an off-heap float64 array of the column's length.
 *
 * <p>Percentiles: the library's quantile kernel on the pool
 * ({@link Kernels#quantile(NumericArray, double[], QuantileMethod, ComputePool)}, NumPy's
 * "linear" method, a parallel bucket selection that only reads its input). It runs on the
 * mapped file itself when the column is a contiguous float64 run (with NaNs, as
 * {@link org.kernels4j.AsyncKernels#nanquantile(NumericArray, double[], QuantileMethod)}, which
 * skips them); otherwise on the off-heap copy of the non-NaN values (float32 widened exactly),
 * which is freed, by closing its
 * arena, before the next column. So a column of n values needs at most 8n bytes off the heap,
 * and nothing of it in the Java heap.
 */
final class StatsEngine implements AutoCloseable {
    private static final double[] QS = {0.25, 0.5, 0.75};

    private final ComputePool pool;
    private final Arena arena = Arena.ofShared();
    private final ConcurrentLinkedQueue<DoubleArray> scratch = new ConcurrentLinkedQueue<>();
    private final ProgressBar progress;

    StatsEngine(int workers, ProgressBar progress) {
        this.pool = ComputePool.create(workers);
        this.progress = progress;
    }

    /** Progress units per input byte of a column: pass 1, then the percentiles (copy and selection). */
    static final int PASSES = 2;

    private DoubleArray takeScratch() {
        DoubleArray s = scratch.poll();
        return s != null ? s : DoubleArray.allocate(arena, DataColumn.CHUNK);
    }

    private void giveBack(DoubleArray s) {
        scratch.add(s);
    }

    /** Pass 1 over one chunk: the moments of its non-NaN values, and how many were NaN. */
    private record Part(Moments moments, long nan) {
    }

    ColumnStats describe(DataColumn col) throws InterruptedException {
        int chunks = col.chunkCount();
        long bytesPerChunk = Math.max(1, col.inputBytes() / Math.max(1, chunks));
        NumericArray whole = col.whole();
        try (Arena copyArena = Arena.ofShared()) {
            // Non-contiguous columns are copied (NaNs dropped) during pass 1: chunk i's values
            // land at chunkStart(i), compacted after the pass.
            DoubleArray copy = whole == null && col.length() > 0 ? DoubleArray.allocate(copyArena, col.length()) : null;
            List<CompletableFuture<Part>> futures = new ArrayList<>(chunks);
            for (int i = 0; i < chunks; i++) {
                final int ci = i;
                futures.add(pool.submit(() -> {
                    try {
                        return partOf(col, ci, copy);
                    } finally {
                        progress.advance(bytesPerChunk);
                    }
                }));
            }
            List<Part> parts = new ArrayList<>(chunks);
            Moments m = Moments.EMPTY;
            long nan = 0;
            for (CompletableFuture<Part> f : futures) {
                Part p = join(f);
                parts.add(p);
                nan += p.nan;
                m = m.merge(p.moments); // in chunk order: the same bits for any worker count
            }
            long count = m.count();
            double[] q = quantiles(col, whole, copy, copyArena, parts, count, nan, bytesPerChunk);
            return new ColumnStats(col.name, col.dtype, count, nan, m.mean(), m.std(1), m.min(), q[0], q[1], q[2],
                    m.max());
        }
    }

    private static <T> T join(CompletableFuture<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw new IllegalStateException(c);
        }
    }

    /**
     * Pass 1 over chunk ci. With {@code copy}, the chunk's non-NaN values are first written to
     * copy at the chunk's start (as float64) and the statistics read them there.
     */
    private Part partOf(DataColumn col, int ci, DoubleArray copy) {
        DoubleArray s = takeScratch();
        try {
            NumericArray c = col.chunk(ci, s);
            Moments m = Kernels.moments(c); // NaN left out
            long nan = c.length() - m.count();
            if (copy != null) {
                copyNonNaN(c, nan, copy.segment(), col.chunkStart(ci));
            }
            return new Part(m, nan);
        } finally {
            giveBack(s);
        }
    }

    /** Writes the non-NaN values of c (nan of them are NaN) as float64 to dst from index at. */
    private static void copyNonNaN(NumericArray c, long nan, MemorySegment dst, long at) {
        long len = c.length();
        if (nan == 0 && c.dtype() == DType.F64) {
            MemorySegment.copy(c.segment(), ValueLayout.JAVA_DOUBLE, 0, dst, ValueLayout.JAVA_DOUBLE, at * 8, len);
            return;
        }
        MemorySegment src = c.segment();
        long k = at;
        if (c.dtype() == DType.F32) {
            for (long j = 0; j < len; j++) {
                float x = src.getAtIndex(ValueLayout.JAVA_FLOAT, j);
                if (x == x) {
                    dst.setAtIndex(ValueLayout.JAVA_DOUBLE, k++, x);
                }
            }
        } else {
            for (long j = 0; j < len; j++) {
                double x = c.getAsDouble(j);
                if (x == x) {
                    dst.setAtIndex(ValueLayout.JAVA_DOUBLE, k++, x);
                }
            }
        }
    }

    // ---- percentiles: the library's quantile kernel on the pool ----------------------------

    private double[] quantiles(DataColumn col, NumericArray whole, DoubleArray copy, Arena copyArena, List<Part> parts,
                               long count, long nan, long bytesPerChunk) throws InterruptedException {
        int chunks = parts.size();
        long stage = bytesPerChunk * chunks;   // progress units of this stage
        long advanced = 0;
        try {
            if (count == 0) {
                return new double[] {Double.NaN, Double.NaN, Double.NaN};
            }
            if (copy == null && whole.dtype() == DType.F64) {
                // Select on the mapped data itself, no copy: with NaNs, NumPy's nanquantile, which is
                // the linear quantile of the non-NaN values (the selection counts and skips them).
                return nan == 0 ? Kernels.quantile(whole, QS, QuantileMethod.LINEAR, pool)
                        : join(pool.nanquantile(whole, QS, QuantileMethod.LINEAR));
            }
            if (copy == null) {
                // A contiguous float32 run: copy its non-NaN values, widened exactly (parallel).
                DoubleArray dst = DoubleArray.allocate(copyArena, col.length());
                List<CompletableFuture<Void>> fs = new ArrayList<>(chunks);
                long half = bytesPerChunk / 2;
                for (int i = 0; i < chunks; i++) {
                    final int ci = i;
                    final long at = col.chunkStart(i);
                    final long chunkNan = parts.get(i).nan;
                    fs.add(pool.submit(() -> {
                        NumericArray c = col.chunk(ci, null);
                        copyNonNaN(c, chunkNan, dst.segment(), at);
                        progress.advance(half);
                        return null;
                    }));
                }
                for (CompletableFuture<Void> f : fs) {
                    join(f);
                }
                advanced += half * chunks;
                copy = dst;
            }
            if (nan > 0) {
                // Close the gaps the NaNs left: chunk i's values move down to follow chunk i-1's.
                MemorySegment seg = copy.segment();
                long to = 0;
                for (int i = 0; i < chunks; i++) {
                    long from = col.chunkStart(i);
                    long k = parts.get(i).moments.count();
                    if (from != to && k > 0) {
                        MemorySegment.copy(seg, from * 8, seg, to * 8, k * 8);
                    }
                    to += k;
                }
            }
            return Kernels.quantile(copy.slice(0, count), QS, QuantileMethod.LINEAR, pool);
        } finally {
            progress.advance(stage - advanced);
        }
    }

    @Override
    public void close() {
        pool.close();
        arena.close();
    }
}
