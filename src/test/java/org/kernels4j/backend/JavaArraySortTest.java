package org.kernels4j.backend;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kernels4j.DType;

/**
 * The Arrays.sort and quickselect paths of the Java backend against its radix sort, whose
 * order is the specified one: same bits after sorting (NaN payloads of both signs, ±0,
 * runs of equal values), selection equal to the sorted ranks, partition around its ranks.
 */
class JavaArraySortTest {

    private static final int[] SIZES = {0, 1, 2, 3, 7, 40, 41, 100, 1000, 4097, 50_000};

    /** Random elements of type t with special values mixed in, as raw bits in a long[]. */
    private static long[] data(DType t, int n, SplittableRandom r, int kind) {
        long[] bits = new long[n];
        for (int i = 0; i < n; i++) {
            long b;
            int pick = r.nextInt(20);
            if (kind == 1) {
                pick = r.nextInt(3); // few distinct values: long runs of equal keys
            }
            switch (t) {
                case F64 -> {
                    double v = switch (pick) {
                        case 0 -> 0.0;
                        case 1 -> -0.0;
                        case 2 -> Double.longBitsToDouble(0x7ff8000000000000L | r.nextLong(1L << 51));
                        case 3 -> Double.longBitsToDouble(0xfff0000000000001L + r.nextLong(1L << 51));
                        case 4 -> Double.POSITIVE_INFINITY;
                        case 5 -> Double.NEGATIVE_INFINITY;
                        default -> (r.nextDouble() - 0.5) * 1e6;
                    };
                    b = Double.doubleToRawLongBits(v);
                }
                case F32 -> {
                    float v = switch (pick) {
                        case 0 -> 0.0f;
                        case 1 -> -0.0f;
                        case 2 -> Float.intBitsToFloat(0x7fc00000 | r.nextInt(1 << 22));
                        case 3 -> Float.intBitsToFloat(0xff800001 + r.nextInt(1 << 22));
                        case 4 -> Float.NEGATIVE_INFINITY;
                        default -> (float) ((r.nextDouble() - 0.5) * 1e4);
                    };
                    b = Float.floatToRawIntBits(v) & 0xffffffffL;
                }
                case I64 -> b = pick < 3 ? new long[] {Long.MIN_VALUE, Long.MAX_VALUE, 0}[pick] : r.nextLong();
                case I32 -> b = pick < 3 ? new int[] {Integer.MIN_VALUE, Integer.MAX_VALUE, 0}[pick] : r.nextInt(-50, 50);
                default -> throw new AssertionError(t);
            }
            bits[i] = b;
        }
        return bits;
    }

    private static MemorySegment segment(DType t, long[] bits, Arena arena) {
        MemorySegment s = arena.allocate(Math.max(1, bits.length) * t.byteSize(), 8);
        for (int i = 0; i < bits.length; i++) {
            switch (t) {
                case F64 -> s.setAtIndex(JAVA_DOUBLE, i, Double.longBitsToDouble(bits[i]));
                case F32 -> s.setAtIndex(JAVA_FLOAT, i, Float.intBitsToFloat((int) bits[i]));
                case I64 -> s.setAtIndex(JAVA_LONG, i, bits[i]);
                case I32 -> s.setAtIndex(JAVA_INT, i, (int) bits[i]);
            }
        }
        return s;
    }

    /** A heap segment over an array of the element type, starting 3 elements into it. */
    private static MemorySegment heapSlice(DType t, long[] bits) {
        int n = bits.length;
        MemorySegment whole = switch (t) {
            case F64 -> MemorySegment.ofArray(new double[n + 5]);
            case F32 -> MemorySegment.ofArray(new float[n + 5]);
            case I64 -> MemorySegment.ofArray(new long[n + 5]);
            case I32 -> MemorySegment.ofArray(new int[n + 5]);
        };
        MemorySegment s = whole.asSlice(3 * t.byteSize(), n * t.byteSize());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment.copy(segment(t, bits, arena), 0, s, 0, n * t.byteSize());
        }
        return s;
    }

    private static long[] bitsOf(DType t, MemorySegment s, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = switch (t) {
                case F64 -> Double.doubleToRawLongBits(s.getAtIndex(JAVA_DOUBLE, i));
                case F32 -> Float.floatToRawIntBits(s.getAtIndex(JAVA_FLOAT, i)) & 0xffffffffL;
                case I64 -> s.getAtIndex(JAVA_LONG, i);
                case I32 -> s.getAtIndex(JAVA_INT, i);
            };
        }
        return out;
    }

    private static long key(DType t, MemorySegment s, int i) {
        return SortKeys.key(t, s, i);
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void sortGivesTheRadixSortsBitsOnHeapSlicesAndOffHeap(DType t) {
        SplittableRandom r = new SplittableRandom(20261204L + t.ordinal());
        for (int n : SIZES) {
            for (int kind = 0; kind < 2; kind++) {
                long[] bits = data(t, n, r, kind);
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment want = segment(t, bits, arena);
                    JavaSort.radixSort(t, want, n);
                    long[] expected = bitsOf(t, want, n);
                    MemorySegment off = segment(t, bits, arena);
                    JavaArraySort.sort(t, off, n);
                    assertArrayEquals(expected, bitsOf(t, off, n), t + " off-heap n=" + n);
                    MemorySegment heap = heapSlice(t, bits);
                    JavaArraySort.sort(t, heap, n);
                    assertArrayEquals(expected, bitsOf(t, heap, n), t + " heap slice n=" + n);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void selectionMatchesTheSortedRanksAndLeavesTheInput(DType t) {
        SplittableRandom r = new SplittableRandom(7L + t.ordinal());
        for (int n : SIZES) {
            if (n == 0) {
                continue;
            }
            for (int kind = 0; kind < 2; kind++) {
                long[] bits = data(t, n, r, kind);
                long[] ks = r.longs(1 + r.nextInt(5), 0, n).sorted().toArray();
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment sorted = segment(t, bits, arena);
                    JavaSort.radixSort(t, sorted, n);
                    MemorySegment x = segment(t, bits, arena);
                    MemorySegment vals = arena.allocate(ks.length * t.byteSize(), 8);
                    JavaArraySort.select(t, x, n, ks, vals);
                    assertArrayEquals(bits, bitsOf(t, x, n), "input changed");
                    for (int j = 0; j < ks.length; j++) {
                        assertEquals(key(t, sorted, (int) ks[j]), key(t, vals, j), t + " rank " + ks[j] + " n=" + n);
                    }
                    MemorySegment p = segment(t, bits, arena);
                    JavaArraySort.partition(t, p, n, ks);
                    long[] pk = new long[n];
                    for (int i = 0; i < n; i++) {
                        pk[i] = key(t, p, i);
                    }
                    long[] sortedKeys = pk.clone();
                    Arrays.sort(sortedKeys);
                    long[] expectKeys = new long[n];
                    for (int i = 0; i < n; i++) {
                        expectKeys[i] = key(t, sorted, i);
                    }
                    long[] expectSorted = expectKeys.clone();
                    Arrays.sort(expectSorted); // both in signed order: a multiset comparison
                    assertArrayEquals(expectSorted, sortedKeys, "partition is a permutation");
                    for (long k : ks) {
                        long kth = pk[(int) k];
                        assertEquals(expectKeys[(int) k], kth, "partition rank " + k);
                        for (int i = 0; i < n; i++) {
                            assertTrue(i < k ? Long.compareUnsigned(pk[i], kth) <= 0
                                    : Long.compareUnsigned(pk[i], kth) >= 0, "partition sides at " + i + " rank " + k);
                        }
                    }
                }
            }
        }
    }
}
