package org.kernels4j.backend;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.kernels4j.DType;

/**
 * The fast paths of {@link JavaSort} for inputs that fit one Java array (at most
 * {@link #MAX} elements): sorting through {@link Arrays#sort} (the JDK's dual-pivot
 * quicksort, with its SIMD intrinsics where the JVM has them), and selection (quantiles,
 * partition) by a multi-rank quickselect, not a full sort.
 *
 * <p>Order: {@code Arrays.sort(double[])} already orders -0.0 before +0.0 and moves every
 * NaN, bits kept, after +Inf, which is {@link SortKeys}' order except among the NaNs; their
 * tail is then sorted by key, so the result is the same unique arrangement, bit for bit, as
 * the native sort's. Integers sort as Java's signed order, which is the key order.
 * Selection works on signed keys ({@link SortKeys} keys with the top bit flipped for
 * 64-bit keys), where the signed order of {@code long} is the sort order, so NaN payloads
 * and ±0 come out exactly.
 *
 * <p>A writable heap segment over an array of the element type is sorted in place; anything
 * else is copied into an array and back (a read-only segment then fails on the write back,
 * as every other path does).
 */
final class JavaArraySort {
    /** The longest input these paths take (a Java array's practical limit). */
    static final long MAX = Integer.MAX_VALUE - 16;

    /** Below this many elements a range is sorted rather than partitioned further. */
    private static final int SMALL = 40;

    private JavaArraySort() {
    }

    // ---- sort -------------------------------------------------------------------------

    /** Sorts x[0, n) in place; n <= MAX. */
    static void sort(DType t, MemorySegment x, long n) {
        int len = (int) n;
        switch (t) {
            case F64 -> {
                Object base = x.heapBase().orElse(null);
                if (!x.isReadOnly() && base instanceof double[] a && x.address() % Double.BYTES == 0) {
                    int from = (int) (x.address() / Double.BYTES);
                    sortDoubles(a, from, from + len);
                } else {
                    double[] a = new double[len];
                    MemorySegment.copy(x, JAVA_DOUBLE_UNALIGNED, 0, a, 0, len);
                    sortDoubles(a, 0, len);
                    MemorySegment.copy(a, 0, x, JAVA_DOUBLE_UNALIGNED, 0, len);
                }
            }
            case F32 -> {
                Object base = x.heapBase().orElse(null);
                if (!x.isReadOnly() && base instanceof float[] a && x.address() % Float.BYTES == 0) {
                    int from = (int) (x.address() / Float.BYTES);
                    sortFloats(a, from, from + len);
                } else {
                    float[] a = new float[len];
                    MemorySegment.copy(x, JAVA_FLOAT_UNALIGNED, 0, a, 0, len);
                    sortFloats(a, 0, len);
                    MemorySegment.copy(a, 0, x, JAVA_FLOAT_UNALIGNED, 0, len);
                }
            }
            case I64 -> {
                Object base = x.heapBase().orElse(null);
                if (!x.isReadOnly() && base instanceof long[] a && x.address() % Long.BYTES == 0) {
                    int from = (int) (x.address() / Long.BYTES);
                    Arrays.sort(a, from, from + len);
                } else {
                    long[] a = new long[len];
                    MemorySegment.copy(x, JAVA_LONG_UNALIGNED, 0, a, 0, len);
                    Arrays.sort(a);
                    MemorySegment.copy(a, 0, x, JAVA_LONG_UNALIGNED, 0, len);
                }
            }
            case I32 -> {
                Object base = x.heapBase().orElse(null);
                if (!x.isReadOnly() && base instanceof int[] a && x.address() % Integer.BYTES == 0) {
                    int from = (int) (x.address() / Integer.BYTES);
                    Arrays.sort(a, from, from + len);
                } else {
                    int[] a = new int[len];
                    MemorySegment.copy(x, JAVA_INT_UNALIGNED, 0, a, 0, len);
                    Arrays.sort(a);
                    MemorySegment.copy(a, 0, x, JAVA_INT_UNALIGNED, 0, len);
                }
            }
        }
    }

    /** Arrays.sort, then the NaN tail in key order (positive NaNs by payload, then negative). */
    static void sortDoubles(double[] a, int from, int to) {
        Arrays.sort(a, from, to);
        int nanStart = to;
        while (nanStart > from && Double.isNaN(a[nanStart - 1])) {
            nanStart--;
        }
        if (to - nanStart > 1) {
            long[] k = new long[to - nanStart];
            for (int i = 0; i < k.length; i++) {
                k[i] = SortKeys.keyF64(Double.doubleToRawLongBits(a[nanStart + i])) ^ Long.MIN_VALUE;
            }
            Arrays.sort(k);
            for (int i = 0; i < k.length; i++) {
                a[nanStart + i] = Double.longBitsToDouble(SortKeys.unkeyF64(k[i] ^ Long.MIN_VALUE));
            }
        }
    }

    /** As {@link #sortDoubles} for float. */
    static void sortFloats(float[] a, int from, int to) {
        Arrays.sort(a, from, to);
        int nanStart = to;
        while (nanStart > from && Float.isNaN(a[nanStart - 1])) {
            nanStart--;
        }
        if (to - nanStart > 1) {
            long[] k = new long[to - nanStart];
            for (int i = 0; i < k.length; i++) {
                k[i] = SortKeys.keyF32(Float.floatToRawIntBits(a[nanStart + i]));
            }
            Arrays.sort(k);
            for (int i = 0; i < k.length; i++) {
                a[nanStart + i] = Float.intBitsToFloat(SortKeys.unkeyF32(k[i]));
            }
        }
    }

    // ---- keys -------------------------------------------------------------------------

    private static final int KEY_CHUNK = 4096;

    /** Signed keys of x[0, n): the signed order of the result is the sort order. */
    static long[] signedKeys(DType t, MemorySegment x, int n) {
        long[] k = new long[n];
        switch (t) {
            case F64 -> {
                MemorySegment.copy(x, JAVA_LONG_UNALIGNED, 0, k, 0, n);
                for (int i = 0; i < n; i++) {
                    k[i] = SortKeys.keyF64(k[i]) ^ Long.MIN_VALUE;
                }
            }
            case I64 -> MemorySegment.copy(x, JAVA_LONG_UNALIGNED, 0, k, 0, n);
            case F32, I32 -> {
                int[] buf = new int[Math.min(n, KEY_CHUNK)];
                for (int start = 0; start < n; start += KEY_CHUNK) {
                    int len = Math.min(KEY_CHUNK, n - start);
                    MemorySegment.copy(x, JAVA_INT_UNALIGNED, (long) start * Integer.BYTES, buf, 0, len);
                    if (t == DType.F32) {
                        for (int i = 0; i < len; i++) {
                            k[start + i] = SortKeys.keyF32(buf[i]);
                        }
                    } else {
                        for (int i = 0; i < len; i++) {
                            k[start + i] = buf[i];
                        }
                    }
                }
            }
        }
        return k;
    }

    /** Stores the element with signed key s at index i of x. */
    static void store(DType t, MemorySegment x, long i, long s) {
        switch (t) {
            case F64 -> x.setAtIndex(JAVA_DOUBLE, i, Double.longBitsToDouble(SortKeys.unkeyF64(s ^ Long.MIN_VALUE)));
            case F32 -> x.setAtIndex(JAVA_FLOAT, i, Float.intBitsToFloat(SortKeys.unkeyF32(s)));
            case I64 -> x.setAtIndex(JAVA_LONG, i, s);
            case I32 -> x.setAtIndex(JAVA_INT, i, (int) s);
        }
    }

    /** Writes every key back as its element, in array order. */
    private static void storeAll(DType t, MemorySegment x, long[] k) {
        int n = k.length;
        switch (t) {
            case F64 -> {
                long[] buf = new long[Math.min(n, KEY_CHUNK)];
                for (int start = 0; start < n; start += KEY_CHUNK) {
                    int len = Math.min(KEY_CHUNK, n - start);
                    for (int i = 0; i < len; i++) {
                        buf[i] = SortKeys.unkeyF64(k[start + i] ^ Long.MIN_VALUE);
                    }
                    MemorySegment.copy(buf, 0, x, JAVA_LONG_UNALIGNED, (long) start * Long.BYTES, len);
                }
            }
            case I64 -> MemorySegment.copy(k, 0, x, JAVA_LONG_UNALIGNED, 0, n);
            case F32, I32 -> {
                int[] buf = new int[Math.min(n, KEY_CHUNK)];
                for (int start = 0; start < n; start += KEY_CHUNK) {
                    int len = Math.min(KEY_CHUNK, n - start);
                    if (t == DType.F32) {
                        for (int i = 0; i < len; i++) {
                            buf[i] = SortKeys.unkeyF32(k[start + i]);
                        }
                    } else {
                        for (int i = 0; i < len; i++) {
                            buf[i] = (int) k[start + i];
                        }
                    }
                    MemorySegment.copy(buf, 0, x, JAVA_INT_UNALIGNED, (long) start * Integer.BYTES, len);
                }
            }
        }
    }

    // ---- selection --------------------------------------------------------------------

    /** Order statistics ks (ascending ranks in [0, n)) of x into vals; x unchanged; n <= MAX. */
    static void select(DType t, MemorySegment x, long n, long[] ks, MemorySegment vals) {
        long[] k = signedKeys(t, x, (int) n);
        selectRanks(k, ks);
        for (int j = 0; j < ks.length; j++) {
            store(t, vals, j, k[(int) ks[j]]);
        }
    }

    /**
     * NumPy's partition contract: for each rank r of ks, x[r] is the element of rank r, every
     * element before it is not above it and every element after it is not below it; n <= MAX.
     */
    static void partition(DType t, MemorySegment x, long n, long[] ks) {
        long[] k = signedKeys(t, x, (int) n);
        selectRanks(k, ks);
        storeAll(t, x, k);
    }

    /** Rearranges a so that every rank of ks (ascending, in range) holds its order statistic. */
    static void selectRanks(long[] a, long[] ks) {
        if (ks.length == 0 || a.length < 2) {
            return;
        }
        int depth = 2 * (64 - Long.numberOfLeadingZeros(a.length));
        select(a, 0, a.length, ks, 0, ks.length, depth);
    }

    /** Rearranges a[lo, hi) so that every index of ks (ascending, in [lo, hi)) holds its order statistic. */
    static void selectRange(long[] a, int lo, int hi, long[] ks) {
        if (ks.length == 0 || hi - lo < 2) {
            return;
        }
        int depth = 2 * (64 - Long.numberOfLeadingZeros(hi - lo));
        select(a, lo, hi, ks, 0, ks.length, depth);
    }

    /**
     * Quickselect for the ranks ks[kLo, kHi), all within [lo, hi): three-way partition around
     * a median-of-three (ninther for large ranges) pivot, so runs of equal keys end the
     * recursion at once; after {@code depth} levels a range is sorted instead (n log n bound).
     */
    private static void select(long[] a, int lo, int hi, long[] ks, int kLo, int kHi, int depth) {
        while (kLo < kHi) {
            if (hi - lo <= SMALL || depth-- <= 0) {
                Arrays.sort(a, lo, hi);
                return;
            }
            long p = pivot(a, lo, hi);
            // Dijkstra: [lo, lt) < p, [lt, i) == p, (gt, hi - 1] > p.
            int lt = lo;
            int i = lo;
            int gt = hi - 1;
            while (i <= gt) {
                long v = a[i];
                if (v < p) {
                    a[i++] = a[lt];
                    a[lt++] = v;
                } else if (v > p) {
                    a[i] = a[gt];
                    a[gt--] = v;
                } else {
                    i++;
                }
            }
            // Ranks below lt go left, ranks above gt go right, the rest are done.
            int kMid = kLo;
            while (kMid < kHi && ks[kMid] < lt) {
                kMid++;
            }
            int kRight = kMid;
            while (kRight < kHi && ks[kRight] <= gt) {
                kRight++;
            }
            if (kMid - kLo <= kHi - kRight) {
                select(a, lo, lt, ks, kLo, kMid, depth);
                lo = gt + 1;
                kLo = kRight;
            } else {
                select(a, gt + 1, hi, ks, kRight, kHi, depth);
                hi = lt;
                kHi = kMid;
            }
        }
    }

    private static long pivot(long[] a, int lo, int hi) {
        int n = hi - lo;
        int mid = lo + (n >>> 1);
        if (n < 1024) {
            return median(a[lo], a[mid], a[hi - 1]);
        }
        int s = n >>> 3;
        return median(median(a[lo], a[lo + s], a[lo + 2 * s]),
                median(a[mid - s], a[mid], a[mid + s]),
                median(a[hi - 1 - 2 * s], a[hi - 1 - s], a[hi - 1]));
    }

    private static long median(long x, long y, long z) {
        return Math.max(Math.min(x, y), Math.min(Math.max(x, y), z));
    }
}
