package org.kernels4j.backend;

import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;
import java.util.function.LongFunction;
import org.kernels4j.DType;

/**
 * Order statistics for {@link JavaBackend} by radix selection on signed sort keys (the
 * {@link SortKeys} key, top bit flipped for 64-bit keys, so that the signed order of
 * {@code long} is the sort order: NaN payloads and ±0 come out exactly, and the result is the
 * unique element of each rank, as native gives).
 *
 * <p>Two reads of x, none of which writes anything per element: a histogram of 2^11 equal
 * buckets over the range of a sample of 4096 keys (plus one bucket below it and one above,
 * NaN included; the same read counts the NaNs, which the quantiles need to know their
 * ranks), then a gather of only the keys of the buckets that hold a wanted rank. Those few
 * candidates (about n / 2048 per rank on spread data) are selected in an array: by the same
 * radix step over their exact range while there are many of them (each step narrows the range
 * by 11 bits, so skewed data or an unrepresentative sample costs a few more steps over the
 * candidates, never a full sort), by quickselect once few. When the sample holds a single key
 * the exact range is read first (three reads). A quickselect over all n keys instead copies
 * every key into an n-long array and walks it several times; that measured about ten times
 * slower than native at 10^7.
 */
final class RadixSelect {
    private static final int BITS = 11;
    private static final int BUCKETS = 1 << BITS;

    /** Keys handled per block of the passes over x (two small buffers stay in L1/L2). */
    private static final int BLOCK = 2048;

    /** Below this many candidates, quickselect ({@link JavaArraySort#selectRange}). */
    private static final int SMALL = 1 << 13;

    /** At or below this length the whole input is selected in one array by quickselect. */
    private static final long DIRECT = 1 << 12;

    private RadixSelect() {
    }

    /** The signed key of +Inf: keys above it are NaN (none for integers). */
    private static long nanAbove(DType t) {
        return switch (t) {
            case F64 -> SortKeys.keyF64(Double.doubleToRawLongBits(Double.POSITIVE_INFINITY)) ^ Long.MIN_VALUE;
            case F32 -> SortKeys.keyF32(Float.floatToRawIntBits(Float.POSITIVE_INFINITY));
            case I64, I32 -> Long.MAX_VALUE;
        };
    }

    /** Signed keys of x[start, start + len) into k[0, len); ib is scratch for 32-bit types. */
    private static void loadKeys(DType t, MemorySegment x, long start, int len, long[] k, int[] ib) {
        switch (t) {
            case F64 -> {
                MemorySegment.copy(x, JAVA_LONG_UNALIGNED, start * Long.BYTES, k, 0, len);
                for (int i = 0; i < len; i++) {
                    k[i] = SortKeys.keyF64(k[i]) ^ Long.MIN_VALUE;
                }
            }
            case I64 -> MemorySegment.copy(x, JAVA_LONG_UNALIGNED, start * Long.BYTES, k, 0, len);
            case F32 -> {
                MemorySegment.copy(x, JAVA_INT_UNALIGNED, start * Integer.BYTES, ib, 0, len);
                for (int i = 0; i < len; i++) {
                    k[i] = SortKeys.keyF32(ib[i]);
                }
            }
            case I32 -> {
                MemorySegment.copy(x, JAVA_INT_UNALIGNED, start * Integer.BYTES, ib, 0, len);
                for (int i = 0; i < len; i++) {
                    k[i] = ib[i];
                }
            }
        }
    }

    /** The element of signed key s, widened to double (exact for F64, F32, I32). */
    static double valueOf(DType t, long s) {
        return switch (t) {
            case F64 -> Double.longBitsToDouble(SortKeys.unkeyF64(s ^ Long.MIN_VALUE));
            case F32 -> Float.intBitsToFloat(SortKeys.unkeyF32(s));
            case I64, I32 -> (double) s;
        };
    }

    /** Bits as {@link Selection#bits} holds them: F64 bits, F32 bits zero-extended, integer values. */
    private static long bitsOf(DType t, long s) {
        return switch (t) {
            case F64 -> SortKeys.unkeyF64(s ^ Long.MIN_VALUE);
            case F32 -> SortKeys.unkeyF32(s) & 0xffffffffL;
            case I64, I32 -> s;
        };
    }

    /** See {@link Backend#selectRanks}. */
    static Selection selectRanks(DType t, MemorySegment x, long n, LongFunction<long[]> ranksFor) {
        if (n <= DIRECT) {
            long[] k = JavaArraySort.signedKeys(t, x, (int) n);
            long above = nanAbove(t);
            long nan = 0;
            for (long v : k) {
                nan += v > above ? 1 : 0;
            }
            long[] ks = ranksFor.apply(nan);
            if (ks == null || ks.length == 0) {
                return new Selection(nan, new long[0], null);
            }
            JavaArraySort.selectRanks(k, ks);
            long[] keys = new long[ks.length];
            for (int j = 0; j < ks.length; j++) {
                keys[j] = k[(int) ks[j]];
            }
            return selection(t, nan, ks, keys);
        }
        Sampled sm = sample(t, x, n);
        if (sm == null) {
            Range r = range(t, x, n);
            long[] ks = ranksFor.apply(r.nan);
            if (ks == null || ks.length == 0) {
                return new Selection(r.nan, new long[0], null);
            }
            return selection(t, r.nan, ks, select(t, x, n, r, ks));
        }
        long nan = sampledHistogram(t, x, n, sm);
        long[] ks = ranksFor.apply(nan);
        if (ks == null || ks.length == 0) {
            return new Selection(nan, new long[0], null);
        }
        return selection(t, nan, ks, sampledSelect(t, x, n, sm, ks));
    }

    // ---- two reads: the range from a sample --------------------------------------------------

    /** Elements in the sample that sets the buckets' range. */
    private static final int SAMPLE = 4096;

    /**
     * Buckets over [min, min + span] of the sample's keys: bucket 0 holds the keys below
     * it, buckets 1 .. 2^11 the range in equal widths of 2^shift, the last one the keys above
     * (NaN included). {@code counts} is filled by {@link #sampledHistogram}.
     */
    private record Sampled(long min, long span, int shift, long[] counts) {
        int bucket(long k) {
            long d = k - min;
            if (Long.compareUnsigned(d, span) <= 0) {
                return 1 + (int) (d >>> shift);
            }
            return k < min ? 0 : BUCKETS + 1;
        }
    }

    /** The sample's range, or null when it is empty or a single key (then the exact range is read). */
    private static Sampled sample(DType t, MemorySegment x, long n) {
        long step = n / SAMPLE;
        long above = nanAbove(t);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long j = 0; j < SAMPLE; j++) {
            long k = keyAt(t, x, j * step);
            if (k <= above) {
                min = Math.min(min, k);
                max = Math.max(max, k);
            }
        }
        if (min >= max) {
            return null;
        }
        return new Sampled(min, max - min, shiftFor(min, max), new long[BUCKETS + 2]);
    }

    private static long keyAt(DType t, MemorySegment x, long i) {
        return switch (t) {
            case F64 -> SortKeys.keyF64(x.get(JAVA_LONG_UNALIGNED, i * Long.BYTES)) ^ Long.MIN_VALUE;
            case I64 -> x.get(JAVA_LONG_UNALIGNED, i * Long.BYTES);
            case F32 -> SortKeys.keyF32(x.get(JAVA_INT_UNALIGNED, i * Integer.BYTES));
            case I32 -> x.get(JAVA_INT_UNALIGNED, i * Integer.BYTES);
        };
    }

    /** Fills sm.counts from one read of x; returns the NaN count. */
    private static long sampledHistogram(DType t, MemorySegment x, long n, Sampled sm) {
        long[] k = new long[BLOCK];
        int[] ib = t.byteSize() == 4 ? new int[BLOCK] : null;
        long above = nanAbove(t);
        long[] counts = sm.counts;
        long nan = 0;
        for (long start = 0; start < n; start += BLOCK) {
            int len = (int) Math.min(BLOCK, n - start);
            loadKeys(t, x, start, len, k, ib);
            int c = 0;
            for (int i = 0; i < len; i++) {
                long v = k[i];
                counts[sm.bucket(v)]++;
                c += v > above ? 1 : 0;
            }
            nan += c;
        }
        return nan;
    }

    /** The keys of ranks ks, from the histogram of sm and one more read of x. */
    private static long[] sampledSelect(DType t, MemorySegment x, long n, Sampled sm, long[] ks) {
        Plan p = plan(sm.counts, ks, 0);
        if (p.total > JavaArraySort.MAX) {
            return selectBySorting(t, x, n, ks);
        }
        long[] k = new long[BLOCK];
        int[] ib = t.byteSize() == 4 ? new int[BLOCK] : null;
        long[] cand = new long[(int) p.total];
        int[] cursor = p.offsets.clone();
        int[] slot = p.slot;
        for (long start = 0; start < n; start += BLOCK) {
            int len = (int) Math.min(BLOCK, n - start);
            loadKeys(t, x, start, len, k, ib);
            for (int i = 0; i < len; i++) {
                long v = k[i];
                int w = slot[sm.bucket(v)];
                if (w >= 0) {
                    cand[cursor[w]++] = v;
                }
            }
        }
        long[] out = new long[ks.length];
        selectBuckets(cand, p, ks, out);
        return out;
    }

    private static Selection selection(DType t, long nan, long[] ks, long[] keys) {
        double[] values = new double[ks.length];
        long[] bits = new long[ks.length];
        for (int j = 0; j < ks.length; j++) {
            values[j] = valueOf(t, keys[j]);
            bits[j] = bitsOf(t, keys[j]);
        }
        return new Selection(nan, ks, values, bits);
    }

    /** See {@link Backend#select}: vals[j] = the element of rank ks[j]; x unchanged. */
    static void select(DType t, MemorySegment x, long n, long[] ks, MemorySegment vals) {
        if (ks.length == 0) {
            return;
        }
        long[] keys;
        if (n <= DIRECT) {
            long[] k = JavaArraySort.signedKeys(t, x, (int) n);
            JavaArraySort.selectRanks(k, ks);
            keys = new long[ks.length];
            for (int j = 0; j < ks.length; j++) {
                keys[j] = k[(int) ks[j]];
            }
        } else {
            Sampled sm = sample(t, x, n);
            if (sm == null) {
                keys = select(t, x, n, range(t, x, n), ks);
            } else {
                sampledHistogram(t, x, n, sm);
                keys = sampledSelect(t, x, n, sm, ks);
            }
        }
        for (int j = 0; j < ks.length; j++) {
            JavaArraySort.store(t, vals, j, keys[j]);
        }
    }

    /** The smallest and largest signed key and the NaN count of x[0, n), n >= 1. */
    private record Range(long min, long max, long nan) {
    }

    private static Range range(DType t, MemorySegment x, long n) {
        long[] k = new long[BLOCK];
        int[] ib = t.byteSize() == 4 ? new int[BLOCK] : null;
        long above = nanAbove(t);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        long nan = 0;
        for (long start = 0; start < n; start += BLOCK) {
            int len = (int) Math.min(BLOCK, n - start);
            loadKeys(t, x, start, len, k, ib);
            long lo = min;
            long hi = max;
            int c = 0;
            for (int i = 0; i < len; i++) {
                long v = k[i];
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
                c += v > above ? 1 : 0;
            }
            min = lo;
            max = hi;
            nan += c;
        }
        return new Range(min, max, nan);
    }

    /** The bucket width in bits for keys in [min, max]: at most {@link #BUCKETS} buckets. */
    private static int shiftFor(long min, long max) {
        long span = max - min; // unsigned: the width of the range minus one
        return Math.max(0, 64 - Long.numberOfLeadingZeros(span) - BITS);
    }

    /** The keys of ranks ks (ascending, in [0, n)) of x, whose keys span r. */
    private static long[] select(DType t, MemorySegment x, long n, Range r, long[] ks) {
        long[] out = new long[ks.length];
        if (r.min == r.max) {
            java.util.Arrays.fill(out, r.min);
            return out;
        }
        long min = r.min;
        int shift = shiftFor(min, r.max);
        long[] k = new long[BLOCK];
        int[] ib = t.byteSize() == 4 ? new int[BLOCK] : null;
        long[] counts = new long[BUCKETS];
        for (long start = 0; start < n; start += BLOCK) {
            int len = (int) Math.min(BLOCK, n - start);
            loadKeys(t, x, start, len, k, ib);
            histogram(k, 0, len, min, shift, counts);
        }
        Plan p = plan(counts, ks, 0);
        if (p.total > JavaArraySort.MAX) {
            // More candidates than a Java array holds (x beyond 2^31 elements, nearly all in
            // the wanted buckets): select in a radix-sorted copy instead.
            return selectBySorting(t, x, n, ks);
        }
        long[] cand = new long[(int) p.total];
        int[] cursor = p.offsets.clone();
        for (long start = 0; start < n; start += BLOCK) {
            int len = (int) Math.min(BLOCK, n - start);
            loadKeys(t, x, start, len, k, ib);
            gather(k, 0, len, min, shift, p.slot, cursor, cand);
        }
        selectBuckets(cand, p, ks, out);
        return out;
    }

    private static long[] selectBySorting(DType t, MemorySegment x, long n, long[] ks) {
        long es = t.byteSize();
        long[] out = new long[ks.length];
        try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
            MemorySegment copy = arena.allocate(n * es, 8);
            MemorySegment.copy(x, 0, copy, 0, n * es);
            JavaSort.radixSort(t, copy, n);
            for (int j = 0; j < ks.length; j++) {
                long key = SortKeys.key(t, copy, ks[j]);
                out[j] = es == 8 ? key ^ Long.MIN_VALUE : (t == DType.I32 ? (int) key ^ Integer.MIN_VALUE : key);
            }
        }
        return out;
    }

    /** Which buckets hold a wanted rank, where their candidates go, and the ranks within them. */
    private record Plan(int[] slot, int[] offsets, long[] starts, int[] sizes, int[] bucketOfRank, long total) {
    }

    /**
     * From the counts of the buckets of a range whose first rank is {@code base}: slot[b] is the
     * index of bucket b among the wanted ones, or -1.
     */
    private static Plan plan(long[] counts, long[] ks, long base) {
        int[] slot = new int[counts.length];
        java.util.Arrays.fill(slot, -1);
        int[] offsets = new int[ks.length];
        long[] starts = new long[ks.length];
        int[] sizes = new int[ks.length];
        int[] bucketOfRank = new int[ks.length];
        int wanted = 0;
        long total = 0;
        long start = base;
        int j = 0;
        for (int b = 0; b < counts.length && j < ks.length; b++) {
            long end = start + counts[b];
            if (ks[j] < end) {
                slot[b] = wanted;
                offsets[wanted] = (int) Math.min(total, Integer.MAX_VALUE);
                starts[wanted] = start;
                sizes[wanted] = (int) Math.min(counts[b], Integer.MAX_VALUE);
                total += counts[b];
                while (j < ks.length && ks[j] < end) {
                    bucketOfRank[j++] = wanted;
                }
                wanted++;
            }
            start = end;
        }
        return new Plan(slot, offsets, starts, sizes, bucketOfRank, total);
    }

    private static void histogram(long[] k, int from, int to, long min, int shift, long[] counts) {
        for (int i = from; i < to; i++) {
            counts[(int) ((k[i] - min) >>> shift)]++;
        }
    }

    private static void gather(long[] k, int from, int to, long min, int shift, int[] slot, int[] cursor, long[] cand) {
        for (int i = from; i < to; i++) {
            long v = k[i];
            int s = slot[(int) ((v - min) >>> shift)];
            if (s >= 0) {
                cand[cursor[s]++] = v;
            }
        }
    }

    /** Selects, bucket by bucket, the ranks ks (global) among the gathered candidates of plan p. */
    private static void selectBuckets(long[] cand, Plan p, long[] ks, long[] out) {
        int j = 0;
        while (j < ks.length) {
            int w = p.bucketOfRank[j];
            int first = j;
            while (j < ks.length && p.bucketOfRank[j] == w) {
                j++;
            }
            int from = p.offsets[w];
            int size = p.sizes[w];
            long[] local = new long[j - first];
            for (int i = first; i < j; i++) {
                local[i - first] = ks[i] - p.starts[w] + from;
            }
            long[] got = selectIn(cand, from, from + size, local);
            System.arraycopy(got, 0, out, first, got.length);
        }
    }

    /**
     * The keys of ranks ks (ascending, absolute indices in [from, to)) of a[from, to), which may
     * be rearranged.
     */
    private static long[] selectIn(long[] a, int from, int to, long[] ks) {
        long[] out = new long[ks.length];
        if (to - from <= SMALL) {
            JavaArraySort.selectRange(a, from, to, ks);
            for (int j = 0; j < ks.length; j++) {
                out[j] = a[(int) ks[j]];
            }
            return out;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = from; i < to; i++) {
            min = Math.min(min, a[i]);
            max = Math.max(max, a[i]);
        }
        if (min == max) {
            java.util.Arrays.fill(out, min);
            return out;
        }
        int shift = shiftFor(min, max);
        long[] counts = new long[BUCKETS];
        histogram(a, from, to, min, shift, counts);
        Plan p = plan(counts, ks, from);
        long[] cand = new long[(int) p.total];
        int[] cursor = p.offsets.clone();
        gather(a, from, to, min, shift, p.slot, cursor, cand);
        // Ranks relative to the candidates' array start at the bucket's first rank.
        selectBuckets(cand, p, ks, out);
        return out;
    }
}
