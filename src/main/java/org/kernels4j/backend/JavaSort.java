package org.kernels4j.backend;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.kernels4j.DType;

/**
 * Sorting in plain Java for {@link JavaBackend}. Inputs that fit a Java array sort through
 * {@link java.util.Arrays#sort} ({@link JavaArraySort}), argsort as packed (key, index) longs
 * ({@link PackedArgsort}); selection is a radix select ({@link RadixSelect}). Longer inputs
 * use an LSD radix sort (8-bit digits, constant digits skipped) of the
 * {@link SortKeys} over memory segments, so it works for any {@code long} length; it needs
 * 2n 64-bit words of scratch (4n for argsort) from a confined arena. The sorted result is
 * unique, so it equals the native one bit for bit; argsort is stable, as the native one is,
 * so indices agree too.
 */
final class JavaSort {
    private static final int BITS = 8;
    private static final int RADIX = 1 << BITS;

    private JavaSort() {
    }

    private static int digits(DType t) {
        return (int) (t.byteSize() * 8 / BITS);
    }

    /** Counts of every digit of keys[0, n); returns the digits that vary. */
    private static int[] plan(MemorySegment keys, long n, int nd, long[][] counts) {
        if (n < 2) {
            return new int[0];
        }
        for (long i = 0; i < n; i++) {
            long k = keys.getAtIndex(JAVA_LONG, i);
            for (int d = 0; d < nd; d++) {
                counts[d][(int) (k >>> (d * BITS)) & (RADIX - 1)]++;
            }
        }
        int[] passes = new int[nd];
        int p = 0;
        for (int d = 0; d < nd; d++) {
            int b = 0;
            while (counts[d][b] == 0) {
                b++;
            }
            if (counts[d][b] != n) {
                passes[p++] = d;
            }
        }
        return java.util.Arrays.copyOf(passes, p);
    }

    private static long[] offsets(long[] c) {
        long[] off = new long[RADIX];
        long sum = 0;
        for (int b = 0; b < RADIX; b++) {
            off[b] = sum;
            sum += c[b];
        }
        return off;
    }

    static void sort(DType t, MemorySegment x, long n) {
        if (n < 2) {
            return;
        }
        if (n <= JavaArraySort.MAX) {
            JavaArraySort.sort(t, x, n);
            return;
        }
        radixSort(t, x, n);
    }

    /** The LSD radix sort, for inputs longer than a Java array. */
    static void radixSort(DType t, MemorySegment x, long n) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment a = arena.allocate(n * 8, 8);
            MemorySegment b = arena.allocate(n * 8, 8);
            for (long i = 0; i < n; i++) {
                a.setAtIndex(JAVA_LONG, i, SortKeys.key(t, x, i));
            }
            int nd = digits(t);
            long[][] counts = new long[nd][RADIX];
            for (int d : plan(a, n, nd, counts)) {
                long[] off = offsets(counts[d]);
                for (long i = 0; i < n; i++) {
                    long k = a.getAtIndex(JAVA_LONG, i);
                    b.setAtIndex(JAVA_LONG, off[(int) (k >>> (d * BITS)) & (RADIX - 1)]++, k);
                }
                MemorySegment s = a;
                a = b;
                b = s;
            }
            for (long i = 0; i < n; i++) {
                SortKeys.store(t, x, i, a.getAtIndex(JAVA_LONG, i));
            }
        }
    }

    static void argsort(DType t, MemorySegment x, long n, MemorySegment out) {
        if (n <= JavaArraySort.MAX) {
            PackedArgsort.argsort(t, x, (int) n, out);
            return;
        }
        radixArgsort(t, x, n, out);
    }

    /** The LSD radix argsort, for inputs longer than a Java array. */
    static void radixArgsort(DType t, MemorySegment x, long n, MemorySegment out) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ka = arena.allocate(Math.max(1, n) * 8, 8);
            MemorySegment kb = arena.allocate(Math.max(1, n) * 8, 8);
            MemorySegment ia = arena.allocate(Math.max(1, n) * 8, 8);
            MemorySegment ib = arena.allocate(Math.max(1, n) * 8, 8);
            for (long i = 0; i < n; i++) {
                ka.setAtIndex(JAVA_LONG, i, SortKeys.canonical(t, x, i));
                ia.setAtIndex(JAVA_LONG, i, i);
            }
            int nd = digits(t);
            long[][] counts = new long[nd][RADIX];
            for (int d : plan(ka, n, nd, counts)) {
                long[] off = offsets(counts[d]);
                for (long i = 0; i < n; i++) {
                    long k = ka.getAtIndex(JAVA_LONG, i);
                    long o = off[(int) (k >>> (d * BITS)) & (RADIX - 1)]++;
                    kb.setAtIndex(JAVA_LONG, o, k);
                    ib.setAtIndex(JAVA_LONG, o, ia.getAtIndex(JAVA_LONG, i));
                }
                MemorySegment s = ka;
                ka = kb;
                kb = s;
                s = ia;
                ia = ib;
                ib = s;
            }
            MemorySegment.copy(ia, 0, out, 0, n * 8);
        }
    }

    /**
     * NumPy's partition contract, by quickselect (beyond a Java array's length by a full
     * sort); the arrangement around the ranks differs from native.
     */
    static void partition(DType t, MemorySegment x, long n, long[] ks) {
        if (n <= JavaArraySort.MAX) {
            JavaArraySort.partition(t, x, n, ks);
        } else {
            radixSort(t, x, n);
        }
    }

    /** Order statistics by radix selection ({@link RadixSelect}); x unchanged. */
    static void select(DType t, MemorySegment x, long n, long[] ks, MemorySegment vals) {
        RadixSelect.select(t, x, n, ks, vals);
    }
}
