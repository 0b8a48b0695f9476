package org.kernels4j.backend;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import org.kernels4j.DType;

/** The histogram kernels of k4j.h ("hist") in plain Java, operation for operation. */
final class JavaHist {
    private JavaHist() {
    }

    private static double valueAt(DType t, MemorySegment x, long k) {
        return switch (t) {
            case F64 -> x.getAtIndex(JAVA_DOUBLE, k);
            case F32 -> x.getAtIndex(JAVA_FLOAT, k);
            case I64 -> (double) x.getAtIndex(JAVA_LONG, k);
            case I32 -> x.getAtIndex(JAVA_INT, k);
        };
    }

    static void uniform(MemorySegment x, long n, HistBins u, long[] counts) {
        if (u.dtype() == DType.F32) {
            uniformF32(x, n, u, counts);
            return;
        }
        DType t = u.dtype();
        double first = u.first();
        double last = u.last();
        double denom = u.denom();
        double[] edges = u.edges();
        int bins = u.bins();
        double nb = bins;
        for (long k = 0; k < n; k++) {
            double v = valueAt(t, x, k);
            if (!(v >= first && v <= last)) {
                continue;
            }
            double f = ((v - first) / denom) * nb;
            int i = (int) Math.min(f, nb);
            if (i >= bins) { // numpy: index bins (v == last) goes to the last bin
                i = bins - 1;
            }
            if (v < edges[i]) { // numpy's one-step correction against the edges
                i--;
            } else if (i != bins - 1 && v >= edges[i + 1]) {
                i++;
            }
            counts[i]++;
        }
    }

    private static void uniformF32(MemorySegment x, long n, HistBins u, long[] counts) {
        float first = (float) u.first();
        float last = (float) u.last();
        float[] edges = u.edges32();
        int bins = u.bins();
        boolean wide = u.wide();
        double denom = u.denom();
        float denom32 = (float) denom;
        float nb32 = bins;
        for (long k = 0; k < n; k++) {
            float v = x.getAtIndex(JAVA_FLOAT, k);
            if (!(v >= first && v <= last)) {
                continue;
            }
            float d = v - first;
            int i;
            if (wide) {
                double f = ((double) d / denom) * bins;
                i = (int) Math.min(f, bins);
            } else {
                float f = (d / denom32) * nb32;
                i = (int) Math.min(f, nb32);
            }
            if (i >= bins) {
                i = bins - 1;
            }
            if (v < edges[i]) {
                i--;
            } else if (i != bins - 1 && v >= edges[i + 1]) {
                i++;
            }
            counts[i]++;
        }
    }

    /**
     * The bin of element k as {@link #uniform} and {@link #uniformF32} find it, or -1 when the
     * value is not counted (outside the range, NaN).
     */
    static int binOf(MemorySegment x, long k, HistBins u) {
        int bins = u.bins();
        int i;
        if (u.dtype() == DType.F32) {
            float first = (float) u.first();
            float v = x.getAtIndex(JAVA_FLOAT, k);
            if (!(v >= first && v <= (float) u.last())) {
                return -1;
            }
            float d = v - first;
            if (u.wide()) {
                i = (int) Math.min(((double) d / u.denom()) * bins, bins);
            } else {
                float nb32 = bins;
                i = (int) Math.min((d / (float) u.denom()) * nb32, nb32);
            }
            i = Math.min(i, bins - 1);
            float[] edges = u.edges32();
            if (v < edges[i]) {
                i--;
            } else if (i != bins - 1 && v >= edges[i + 1]) {
                i++;
            }
            return i;
        }
        double first = u.first();
        double v = valueAt(u.dtype(), x, k);
        if (!(v >= first && v <= u.last())) {
            return -1;
        }
        double nb = bins;
        i = (int) Math.min(((v - first) / u.denom()) * nb, nb);
        i = Math.min(i, bins - 1);
        double[] edges = u.edges();
        if (v < edges[i]) {
            i--;
        } else if (i != bins - 1 && v >= edges[i + 1]) {
            i++;
        }
        return i;
    }

    /** As the native kernel: the values in [lo, lo + sums.length) add their weights in index order. */
    static long bincountPart(DType t, MemorySegment x, MemorySegment w, long n, double[] sums, long lo) {
        long added = 0;
        for (long k = 0; k < n; k++) {
            long v = t == DType.I64 ? x.getAtIndex(JAVA_LONG, k) : x.getAtIndex(JAVA_INT, k);
            long d = v - lo;
            if (d >= 0 && d < sums.length && v >= lo) {
                sums[(int) d] += w.getAtIndex(java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED, k);
                added++;
            }
        }
        return added;
    }

    /** As the native kernel: each counted value's weight added to its bin in index order. */
    static void uniformWeighted(MemorySegment x, MemorySegment w, long n, HistBins u, double[] sums) {
        for (long k = 0; k < n; k++) {
            int i = binOf(x, k, u);
            if (i >= 0) {
                sums[i] += w.getAtIndex(java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED, k);
            }
        }
    }

    static void edges(DType t, MemorySegment x, long n, double[] edges, long[] counts) {
        int m = edges.length - 1;
        double lo = edges[0];
        double hi = edges[m];
        for (long k = 0; k < n; k++) {
            double v = valueAt(t, x, k);
            if (!(v >= lo && v <= hi)) {
                continue;
            }
            int a = 0;
            int b = edges.length;
            while (a < b) {
                int mid = (a + b) >>> 1;
                if (edges[mid] <= v) {
                    a = mid + 1;
                } else {
                    b = mid;
                }
            }
            counts[Math.min(a - 1, m - 1)]++;
        }
    }

    /** As the native kernel: values outside [0, counts.length) skipped, then reported. */
    static void bincount(DType t, MemorySegment x, long n, long[] counts) {
        boolean skipped = false;
        for (long k = 0; k < n; k++) {
            long v = t == DType.I64 ? x.getAtIndex(JAVA_LONG, k) : x.getAtIndex(JAVA_INT, k);
            if (v >= 0 && v < counts.length) {
                counts[(int) v]++;
            } else {
                skipped = true;
            }
        }
        if (skipped) {
            throw changedDuringBincount(counts.length);
        }
    }

    /** As the native kernel: weights added in index order, values outside [0, sums.length) skipped, then reported. */
    static void bincount(DType t, MemorySegment x, MemorySegment w, long n, double[] sums) {
        boolean skipped = false;
        for (long k = 0; k < n; k++) {
            long v = t == DType.I64 ? x.getAtIndex(JAVA_LONG, k) : x.getAtIndex(JAVA_INT, k);
            if (v >= 0 && v < sums.length) {
                sums[(int) v] += w.getAtIndex(java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED, k);
            } else {
                skipped = true;
            }
        }
        if (skipped) {
            throw changedDuringBincount(sums.length);
        }
    }

    /** A value outside the range a bincount's first pass found: x changed during the call. */
    static java.util.ConcurrentModificationException changedDuringBincount(int nbins) {
        return new java.util.ConcurrentModificationException(
                "x changed during bincount: a value outside [0, " + nbins + "), the range found by its first pass");
    }

    static long[] range(DType t, MemorySegment x, long n) {
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (long k = 0; k < n; k++) {
            long v = t == DType.I64 ? x.getAtIndex(JAVA_LONG, k) : x.getAtIndex(JAVA_INT, k);
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return new long[] {lo, hi};
    }
}
