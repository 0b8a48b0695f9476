package org.kernels4j.backend;

import static org.kernels4j.ffi.k4j_h.*;

import java.lang.foreign.MemorySegment;
import org.kernels4j.DType;

/**
 * Histogram calls of {@link NativeBackend}. The kernels add to their counts, so every input
 * (heap or off-heap) is fed in chunks of {@link NativeBackend#CRITICAL_CHUNK} elements, each a
 * short critical downcall that reads the Java arrays of edges and counts in place.
 */
final class NativeHist {
    private static final long CHUNK = NativeBackend.CRITICAL_CHUNK;

    private NativeHist() {
    }

    private static MemorySegment at(MemorySegment s, long index, long es) {
        return index == 0 ? s : s.asSlice(index * es);
    }

    static void uniform(int code, MemorySegment x, long n, HistBins u, long[] counts) {
        MemorySegment e = edgeSegment(u);
        MemorySegment c = MemorySegment.ofArray(counts);
        long es = u.dtype().byteSize();
        for (long off = 0; off < n; off += CHUNK) {
            uniformPiece(code, u, at(x, off, es), Math.min(CHUNK, n - off), e, c);
        }
    }

    /** The edges a uniform kernel reads: the float edges for F32, else the double ones. */
    static MemorySegment edgeSegment(HistBins u) {
        return u.dtype() == DType.F32 ? MemorySegment.ofArray(u.edges32()) : MemorySegment.ofArray(u.edges());
    }

    /**
     * Adds the m values at xs to counts c (a heap long[] of u.bins()), one critical downcall:
     * callers keep m within {@link NativeBackend#CRITICAL_CHUNK}. e is {@link #edgeSegment}.
     */
    static void uniformPiece(int code, HistBins u, MemorySegment xs, long m, MemorySegment e, MemorySegment c) {
        int bins = u.bins();
        NativeSort.check(switch (u.dtype()) {
            case F64 -> k4j_hist_uniform_f64$critical(code, xs, m, u.first(), u.last(), e, bins, c);
            case F32 -> k4j_hist_uniform_f32$critical(code, xs, m, (float) u.first(), (float) u.last(), u.denom(),
                    u.wide() ? 1 : 0, e, bins, c);
            case I64 -> k4j_hist_uniform_i64$critical(code, xs, m, u.first(), u.last(), u.denom(), e, bins, c);
            case I32 -> k4j_hist_uniform_i32$critical(code, xs, m, u.first(), u.last(), u.denom(), e, bins, c);
        });
    }

    static void edges(int code, DType t, MemorySegment x, long n, double[] edges, long[] counts) {
        MemorySegment e = MemorySegment.ofArray(edges);
        MemorySegment c = MemorySegment.ofArray(counts);
        long es = t.byteSize();
        for (long off = 0; off < n; off += CHUNK) {
            edgesPiece(code, t, at(x, off, es), Math.min(CHUNK, n - off), e, edges.length, c);
        }
    }

    /** Adds the m values at xs to counts c by explicit edges e (nedges of them); one critical downcall. */
    static void edgesPiece(int code, DType t, MemorySegment xs, long m, MemorySegment e, long nedges, MemorySegment c) {
        NativeSort.check(switch (t) {
            case F64 -> k4j_hist_edges_f64$critical(code, xs, m, e, nedges, c);
            case F32 -> k4j_hist_edges_f32$critical(code, xs, m, e, nedges, c);
            case I64 -> k4j_hist_edges_i64$critical(code, xs, m, e, nedges, c);
            case I32 -> k4j_hist_edges_i32$critical(code, xs, m, e, nedges, c);
        });
    }

    /** k4j.h K4J_ERANGE: a value outside [0, nbins) was skipped. */
    private static final int ERANGE = -3;

    /**
     * Adds the occurrences of each value of x to counts. The caller sized counts from a range
     * pass; the kernel checks every value against counts.length all the same and skips any
     * outside it, which can only mean that x changed since that pass: reported as a
     * {@link java.util.ConcurrentModificationException} once the whole of x has been read.
     */
    static void bincount(int code, DType t, MemorySegment x, long n, long[] counts) {
        MemorySegment c = MemorySegment.ofArray(counts);
        long es = t.byteSize();
        boolean skipped = false;
        for (long off = 0; off < n; off += CHUNK) {
            MemorySegment xs = at(x, off, es);
            long len = Math.min(CHUNK, n - off);
            int status = t == DType.I64 ? k4j_hist_bincount_i64$critical(code, xs, len, c, counts.length)
                    : k4j_hist_bincount_i32$critical(code, xs, len, c, counts.length);
            if (status == ERANGE) {
                skipped = true;
            } else {
                NativeSort.check(status);
            }
        }
        if (skipped) {
            throw JavaHist.changedDuringBincount(counts.length);
        }
    }

    static void bincount(int code, DType t, MemorySegment x, MemorySegment w, long n, double[] sums) {
        MemorySegment c = MemorySegment.ofArray(sums);
        long es = t.byteSize();
        boolean skipped = false;
        for (long off = 0; off < n; off += CHUNK) {
            MemorySegment xs = at(x, off, es);
            MemorySegment ws = at(w, off, Double.BYTES);
            long len = Math.min(CHUNK, n - off);
            int status = t == DType.I64 ? k4j_hist_wbincount_i64$critical(code, xs, ws, len, c, sums.length)
                    : k4j_hist_wbincount_i32$critical(code, xs, ws, len, c, sums.length);
            if (status == ERANGE) {
                skipped = true;
            } else {
                NativeSort.check(status);
            }
        }
        if (skipped) {
            throw JavaHist.changedDuringBincount(sums.length);
        }
    }

    /**
     * Adds the weights of the values of x to their bins' sums, in index order: critical
     * downcalls of at most {@link NativeBackend#CRITICAL_CHUNK} elements, each continuing the
     * sums of the one before (so the same bits as one call over all of x).
     */
    static void uniformWeighted(int code, MemorySegment x, MemorySegment w, long n, HistBins u, double[] sums) {
        MemorySegment e = edgeSegment(u);
        MemorySegment s = MemorySegment.ofArray(sums);
        long es = u.dtype().byteSize();
        int bins = u.bins();
        for (long off = 0; off < n; off += CHUNK) {
            MemorySegment xs = at(x, off, es);
            MemorySegment ws = at(w, off, Double.BYTES);
            long m = Math.min(CHUNK, n - off);
            NativeSort.check(switch (u.dtype()) {
                case F64 -> k4j_hist_wuniform_f64$critical(code, xs, ws, m, u.first(), u.last(), e, bins, s);
                case F32 -> k4j_hist_wuniform_f32$critical(code, xs, ws, m, (float) u.first(), (float) u.last(),
                        u.denom(), u.wide() ? 1 : 0, e, bins, s);
                case I64 -> k4j_hist_wuniform_i64$critical(code, xs, ws, m, u.first(), u.last(), u.denom(), e, bins, s);
                case I32 -> k4j_hist_wuniform_i32$critical(code, xs, ws, m, u.first(), u.last(), u.denom(), e, bins, s);
            });
        }
    }

    /** One part of a weighted bincount split by value, in critical pieces that continue each other's sums. */
    static long bincountPart(int code, DType t, MemorySegment x, MemorySegment w, long n, double[] sums, long lo) {
        MemorySegment s = MemorySegment.ofArray(sums);
        long es = t.byteSize();
        long hi = lo + sums.length;
        long added = 0;
        for (long off = 0; off < n; off += CHUNK) {
            MemorySegment xs = at(x, off, es);
            MemorySegment ws = at(w, off, Double.BYTES);
            long m = Math.min(CHUNK, n - off);
            long a = t == DType.I64 ? k4j_hist_wbincount_part_i64$critical(code, xs, ws, m, s, lo, hi)
                    : k4j_hist_wbincount_part_i32$critical(code, xs, ws, m, s, lo, hi);
            if (a < 0) {
                throw new IllegalStateException("k4j_hist_wbincount_part rejected its arguments");
            }
            added += a;
        }
        return added;
    }

    static long[] range(int code, DType t, MemorySegment x, long n) {
        long[] mm = new long[2];
        long[] part = new long[2];
        MemorySegment p = MemorySegment.ofArray(part);
        long es = t.byteSize();
        for (long off = 0; off < n; off += CHUNK) {
            MemorySegment xs = at(x, off, es);
            long len = Math.min(CHUNK, n - off);
            NativeSort.check(t == DType.I64 ? k4j_hist_range_i64$critical(code, xs, len, p)
                    : k4j_hist_range_i32$critical(code, xs, len, p));
            mm[0] = off == 0 ? part[0] : Math.min(mm[0], part[0]);
            mm[1] = off == 0 ? part[1] : Math.max(mm[1], part[1]);
        }
        return mm;
    }
}
