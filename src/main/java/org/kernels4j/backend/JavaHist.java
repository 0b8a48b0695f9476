package org.kernels4j.backend;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.MemorySegment;
import org.kernels4j.DType;

/** The histogram kernels of k4j.h ("hist") in plain Java, operation for operation. */
final class JavaHist {
    private JavaHist() {
    }

    static void uniform(MemorySegment x, long n, double first, double last, double[] edges, long[] counts) {
        double denom = last - first;
        int bins = counts.length;
        double nb = bins;
        for (long k = 0; k < n; k++) {
            double v = x.getAtIndex(JAVA_DOUBLE, k);
            if (!(v >= first && v <= last)) {
                continue;
            }
            long i = (long) (((v - first) / denom) * nb);
            if (i >= bins) {
                i = bins - 1;
            }
            if (v < edges[(int) i]) {
                i--;
            } else if (i != bins - 1 && v >= edges[(int) i + 1]) {
                i++;
            }
            counts[(int) i]++;
        }
    }

    static void edges(MemorySegment x, long n, double[] edges, long[] counts) {
        int m = edges.length - 1;
        double lo = edges[0];
        double hi = edges[m];
        for (long k = 0; k < n; k++) {
            double v = x.getAtIndex(JAVA_DOUBLE, k);
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

    static void bincount(DType t, MemorySegment x, long n, long[] counts) {
        for (long k = 0; k < n; k++) {
            counts[(int) (t == DType.I64 ? x.getAtIndex(JAVA_LONG, k) : x.getAtIndex(JAVA_INT, k))]++;
        }
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
