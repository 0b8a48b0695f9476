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

    static void uniform(int code, MemorySegment x, long n, double first, double last, double[] edges, long[] counts) {
        MemorySegment e = MemorySegment.ofArray(edges);
        MemorySegment c = MemorySegment.ofArray(counts);
        for (long off = 0; off < n; off += CHUNK) {
            NativeSort.check(k4j_hist_uniform_f64$critical(code, at(x, off, 8), Math.min(CHUNK, n - off), first, last, e,
                    counts.length, c));
        }
    }

    static void edges(int code, MemorySegment x, long n, double[] edges, long[] counts) {
        MemorySegment e = MemorySegment.ofArray(edges);
        MemorySegment c = MemorySegment.ofArray(counts);
        for (long off = 0; off < n; off += CHUNK) {
            NativeSort.check(k4j_hist_edges_f64$critical(code, at(x, off, 8), Math.min(CHUNK, n - off), e, edges.length, c));
        }
    }

    static void bincount(int code, DType t, MemorySegment x, long n, long[] counts) {
        MemorySegment c = MemorySegment.ofArray(counts);
        long es = t.byteSize();
        for (long off = 0; off < n; off += CHUNK) {
            MemorySegment xs = at(x, off, es);
            long len = Math.min(CHUNK, n - off);
            NativeSort.check(t == DType.I64 ? k4j_hist_bincount_i64$critical(code, xs, len, c, counts.length)
                    : k4j_hist_bincount_i32$critical(code, xs, len, c, counts.length));
        }
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
