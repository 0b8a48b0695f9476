package org.kernels4j.cli;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import org.kernels4j.ComputePool;
import org.kernels4j.DType;
import org.kernels4j.DoubleArray;
import org.kernels4j.Kernels;
import org.kernels4j.NumericArray;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.Backends;

/**
 * Computes {@link ColumnStats} of columns chunk by chunk on a {@link ComputePool}, with the
 * native kernels, never holding a column in the Java heap.
 *
 * <p>Pass 1 (one read of the data): per chunk the NaN count (native), then min, max, mean
 * and variance of the non-NaN values (native; a chunk with NaN is first compacted into
 * off-heap scratch); chunks are merged in chunk order with Chan's formula, so the result
 * does not depend on which worker ran what.
 *
 * <p>Percentiles: an exact radix selection in the CLI layer, because the quantile /
 * describe() kernels of the sort branch are not on main yet (switch to them when they land).
 * Each pass histograms 16 bits of an order-preserving 64-bit key of every non-NaN value
 * (parallel per chunk, histograms added), narrowing each wanted rank to one bucket; four
 * passes determine the exact values of the ranks that NumPy's linear interpolation needs.
 * Reads the data four more times but needs no copy of it, so a memory-mapped file of any
 * size is described in constant memory.
 */
final class StatsEngine implements AutoCloseable {
    private static final double[] QS = {0.25, 0.5, 0.75};

    private final ComputePool pool;
    private final Arena arena = Arena.ofShared();
    private final ConcurrentLinkedQueue<DoubleArray> scratch = new ConcurrentLinkedQueue<>();
    private final Backend backend = Backends.current();
    private final ProgressBar progress;

    StatsEngine(int workers, ProgressBar progress) {
        this.pool = ComputePool.create(workers);
        this.progress = progress;
    }

    /** Passes over the data per column, for progress accounting. */
    static final int PASSES = 5;

    private DoubleArray takeScratch() {
        DoubleArray s = scratch.poll();
        return s != null ? s : DoubleArray.allocate(arena, DataColumn.CHUNK);
    }

    private void giveBack(DoubleArray s) {
        scratch.add(s);
    }

    private record Part(long count, long nan, double mean, double m2, double min, double max) {
    }

    ColumnStats describe(DataColumn col) throws InterruptedException {
        int chunks = col.chunkCount();
        long bytesPerChunk = Math.max(1, col.inputBytes() / Math.max(1, chunks));
        List<CompletableFuture<Part>> parts = new ArrayList<>(chunks);
        for (int i = 0; i < chunks; i++) {
            final int ci = i;
            parts.add(pool.submit(() -> {
                try {
                    return partOf(col, ci);
                } finally {
                    progress.advance(bytesPerChunk);
                }
            }));
        }
        long count = 0;
        long nan = 0;
        double mean = 0;
        double m2 = 0;
        double min = Double.NaN;
        double max = Double.NaN;
        for (CompletableFuture<Part> f : parts) {
            Part p = join(f);
            nan += p.nan;
            if (p.count == 0) {
                continue;
            }
            if (count == 0) {
                mean = p.mean;
                m2 = p.m2;
                min = p.min;
                max = p.max;
                count = p.count;
                continue;
            }
            // Chan et al.: merge (count, mean, M2) of two parts.
            long nab = count + p.count;
            double delta = p.mean - mean;
            mean = mean + delta * ((double) p.count / nab);
            m2 = m2 + p.m2 + delta * delta * ((double) count * p.count / nab);
            count = nab;
            min = Math.min(min, p.min);
            max = Math.max(max, p.max);
        }
        double std = count > 1 ? Math.sqrt(m2 / (count - 1)) : Double.NaN;
        if (count == 0) {
            mean = Double.NaN;
        }
        double[] q = quantiles(col, count, bytesPerChunk);
        return new ColumnStats(col.name, col.dtype, count, nan, mean, std, min, q[0], q[1], q[2], max);
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

    private Part partOf(DataColumn col, int ci) {
        DoubleArray s = takeScratch();
        DoubleArray s2 = null;
        try {
            NumericArray c = col.chunk(ci, s);
            long len = c.length();
            long nan = backend.nancount(c.dtype(), c.segment(), len);
            NumericArray v = c;
            if (nan > 0) {
                s2 = takeScratch();
                MemorySegment dst = s2.segment();
                long k = 0;
                for (long j = 0; j < len; j++) {
                    double x = c.getAsDouble(j);
                    if (x == x) {
                        dst.setAtIndex(ValueLayout.JAVA_DOUBLE, k++, x);
                    }
                }
                v = s2.slice(0, k);
            }
            long cnt = len - nan;
            if (cnt == 0) {
                return new Part(0, nan, Double.NaN, 0, Double.NaN, Double.NaN);
            }
            double mn = Kernels.min(v);
            double mx = Kernels.max(v);
            double mean = Kernels.mean(v);
            double m2 = cnt > 1 ? Kernels.var(v, 0) * cnt : 0.0;
            return new Part(cnt, nan, mean, m2, mn, mx);
        } finally {
            giveBack(s);
            if (s2 != null) {
                giveBack(s2);
            }
        }
    }

    // ---- percentiles: exact radix selection ----------------------------------------------

    /** An order-preserving map of doubles (not NaN) to unsigned 64-bit keys. */
    static long key(double d) {
        long b = Double.doubleToRawLongBits(d);
        return b ^ ((b >> 63) | Long.MIN_VALUE);
    }

    static double value(long key) {
        long b = key < 0 ? key ^ Long.MIN_VALUE : ~key;
        return Double.longBitsToDouble(b);
    }

    /** NumPy's _lerp: a + (b-a)t, or b - (b-a)(1-t) when t >= 0.5. */
    static double lerp(double a, double b, double t) {
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }

    private double[] quantiles(DataColumn col, long count, long bytesPerChunk) throws InterruptedException {
        double[] out = {Double.NaN, Double.NaN, Double.NaN};
        if (count == 0) {
            progress.advance(4L * bytesPerChunk * col.chunkCount());
            return out;
        }
        // Ranks NumPy's linear method reads: floor(h) and floor(h) + 1, h = (count - 1) q.
        long[] lo = new long[QS.length];
        long[] hi = new long[QS.length];
        double[] t = new double[QS.length];
        Map<Long, Long> rankKey = new LinkedHashMap<>();
        for (int i = 0; i < QS.length; i++) {
            double h = count * QS[i] + (1 - QS[i]) - 1;   // NumPy's virtual index, same rounding
            double fl = Math.floor(h);
            t[i] = h - fl;
            if (h >= count - 1) {
                lo[i] = hi[i] = count - 1;
            } else {
                lo[i] = (long) fl;
                hi[i] = lo[i] + 1;
            }
            rankKey.put(lo[i], null);
            rankKey.put(hi[i], null);
        }
        long[] ranks = rankKey.keySet().stream().mapToLong(Long::longValue).toArray();
        long[] keys = select(col, ranks, bytesPerChunk);
        for (int r = 0; r < ranks.length; r++) {
            rankKey.put(ranks[r], keys[r]);
        }
        for (int i = 0; i < QS.length; i++) {
            double a = value(rankKey.get(lo[i]));
            double b = value(rankKey.get(hi[i]));
            out[i] = lerp(a, b, t[i]);
        }
        return out;
    }

    /** The keys of the given ranks (0-based, in the sorted non-NaN values). */
    private long[] select(DataColumn col, long[] ranks, long bytesPerChunk) throws InterruptedException {
        int nt = ranks.length;
        long[] prefix = new long[nt];      // key bits decided so far
        long[] remaining = ranks.clone();  // rank within the current bucket
        for (int pass = 0; pass < 4; pass++) {
            final int shift = 48 - 16 * pass;
            final int prefixShift = 64 - 16 * pass;
            // Targets sharing a prefix share a histogram.
            List<Long> groups = new ArrayList<>();
            int[] groupOf = new int[nt];
            for (int k = 0; k < nt; k++) {
                int g = groups.indexOf(prefix[k]);
                if (g < 0) {
                    g = groups.size();
                    groups.add(prefix[k]);
                }
                groupOf[k] = g;
            }
            final long[] gp = groups.stream().mapToLong(Long::longValue).toArray();
            long[][] hist = new long[gp.length][65536];
            // A window of chunks in flight: each holds up to 6 x 256 KiB of counts until merged,
            // so the heap needed does not grow with the input.
            int window = Math.max(2, 2 * pool.workerCount());
            for (int start = 0; start < col.chunkCount(); start += window) {
                List<CompletableFuture<int[][]>> fs = new ArrayList<>();
                for (int i = start; i < Math.min(col.chunkCount(), start + window); i++) {
                    final int ci = i;
                    fs.add(pool.submit(() -> {
                        try {
                            return histogram(col, ci, pass0(prefixShift), prefixShift, shift, gp);
                        } finally {
                            progress.advance(bytesPerChunk);
                        }
                    }));
                }
                for (CompletableFuture<int[][]> f : fs) {
                    int[][] h = join(f);
                    for (int g = 0; g < gp.length; g++) {
                        for (int d = 0; d < 65536; d++) {
                            hist[g][d] += h[g][d];
                        }
                    }
                }
            }
            for (int k = 0; k < nt; k++) {
                long[] h = hist[groupOf[k]];
                long r = remaining[k];
                int d = 0;
                while (d < 65535 && r >= h[d]) {
                    r -= h[d];
                    d++;
                }
                remaining[k] = r;
                prefix[k] = (prefix[k] << 16) | d;
            }
        }
        return prefix;
    }

    private static boolean pass0(int prefixShift) {
        return prefixShift == 64;
    }

    private int[][] histogram(DataColumn col, int ci, boolean first, int prefixShift, int shift, long[] gp) {
        DoubleArray s = takeScratch();
        try {
            NumericArray c = col.chunk(ci, s);
            MemorySegment seg = c.segment();
            long len = c.length();
            boolean f32 = c.dtype() == DType.F32;
            int[][] h = new int[gp.length][65536];
            if (first) {
                int[] h0 = h[0];
                for (long j = 0; j < len; j++) {
                    double x = f32 ? seg.getAtIndex(ValueLayout.JAVA_FLOAT, j) : seg.getAtIndex(ValueLayout.JAVA_DOUBLE, j);
                    if (x == x) {
                        h0[(int) (key(x) >>> shift)]++;
                    }
                }
                return h;
            }
            for (long j = 0; j < len; j++) {
                double x = f32 ? seg.getAtIndex(ValueLayout.JAVA_FLOAT, j) : seg.getAtIndex(ValueLayout.JAVA_DOUBLE, j);
                if (x != x) {
                    continue;
                }
                long k = key(x);
                long top = k >>> prefixShift;
                for (int g = 0; g < gp.length; g++) {
                    if (gp[g] == top) {
                        h[g][(int) ((k >>> shift) & 0xFFFF)]++;
                        break;
                    }
                }
            }
            return h;
        } finally {
            giveBack(s);
        }
    }

    @Override
    public void close() {
        pool.close();
        arena.close();
    }
}
