package org.kernels4j.backend;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.kernels4j.DType;

/**
 * The packed argsort (key prefix above the index, one Arrays.sort, runs of equal prefixes
 * sorted again) against the LSD radix argsort, which is stable by construction: the same
 * permutation for keys that differ only in the bits the packing drops, for ±0 (equal), NaNs
 * of any sign and payload (all equal), long runs of equal keys, and spread data.
 */
class PackedArgsortTest {

    private static MemorySegment fill(DType t, int n, SplittableRandom r, int kind, Arena arena) {
        MemorySegment s = arena.allocate(Math.max(1, n) * t.byteSize(), 8);
        for (int i = 0; i < n; i++) {
            switch (t) {
                case F64 -> s.setAtIndex(JAVA_DOUBLE, i, switch (kind) {
                    // all keys share their top bits: only the low mantissa bits differ
                    case 0 -> Double.longBitsToDouble(Double.doubleToRawLongBits(1.0) + r.nextInt(1 << 20));
                    case 1 -> r.nextInt(8) == 0 ? (r.nextBoolean() ? -0.0 : 0.0)
                            : r.nextInt(8) == 0 ? Double.longBitsToDouble(0x7ff0000000000001L + r.nextInt(1000) | (r.nextBoolean() ? Long.MIN_VALUE : 0))
                            : r.nextInt(5);
                    default -> (r.nextDouble() - 0.5) * 1e9;
                });
                case F32 -> s.setAtIndex(JAVA_FLOAT, i, switch (kind) {
                    case 0 -> Float.intBitsToFloat(Float.floatToRawIntBits(1.0f) + r.nextInt(1 << 10));
                    case 1 -> r.nextInt(8) == 0 ? (r.nextBoolean() ? -0.0f : 0.0f)
                            : r.nextInt(8) == 0 ? Float.intBitsToFloat(0x7f800001 + r.nextInt(1000) | (r.nextBoolean() ? Integer.MIN_VALUE : 0))
                            : r.nextInt(5);
                    default -> (float) ((r.nextDouble() - 0.5) * 1e9);
                });
                case I64 -> s.setAtIndex(JAVA_LONG, i, switch (kind) {
                    case 0 -> 0x123456789L << 24 | r.nextInt(1 << 20);
                    case 1 -> r.nextInt(4) == 0 ? (r.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE) : r.nextInt(5);
                    default -> r.nextLong();
                });
                case I32 -> s.setAtIndex(JAVA_INT, i, switch (kind) {
                    case 0 -> 1 << 24 | r.nextInt(1 << 10);
                    case 1 -> r.nextInt(4) == 0 ? (r.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE) : r.nextInt(5);
                    default -> r.nextInt();
                });
            }
        }
        return s;
    }

    @ParameterizedTest
    @EnumSource(DType.class)
    void samePermutationAsTheRadixArgsort(DType t) {
        SplittableRandom r = new SplittableRandom(31 + t.ordinal());
        for (int n : new int[] {0, 1, 2, 3, 100, 4095, 4097, 70_000}) {
            for (int kind = 0; kind < 3; kind++) {
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment x = fill(t, n, r, kind, arena);
                    long[] want = new long[n];
                    long[] got = new long[n];
                    JavaSort.radixArgsort(t, x, n, MemorySegment.ofArray(want));
                    PackedArgsort.argsort(t, x, n, MemorySegment.ofArray(got));
                    assertArrayEquals(want, got, t + " n=" + n + " kind " + kind);
                    MemorySegment off = arena.allocate(Math.max(8, 8L * n), 8);
                    PackedArgsort.argsort(t, x, n, off);
                    long[] gotOff = new long[n];
                    MemorySegment.copy(off, JAVA_LONG, 0, gotOff, 0, n);
                    assertArrayEquals(want, gotOff, "off-heap output " + t + " n=" + n + " kind " + kind);
                }
            }
        }
    }
}
