package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.JavaBackend;
import org.kernels4j.backend.SortKeys;
import org.kernels4j.backend.TestBackends;

/**
 * sort and argsort: every native ISA path against the Java backend (bit for bit) and against
 * the definitions (a sort by the documented key with a comparison sort; argsort a stable
 * permutation), on random data of every dtype with duplicates, NaN, ±Inf, ±0, all-equal,
 * sorted and reversed runs.
 */
class SortTest {
    /** Sample data: raw bits of each element (as long), its dtype, memory kind. */
    record Data(long[] bits, DType type, boolean offHeap) {
        int n() {
            return bits.length;
        }

        @Override
        public String toString() {
            return "Data[n=" + bits.length + ", " + type + (offHeap ? ", off-heap" : ", heap") + "]";
        }
    }

    static final int[] SIZES = {0, 1, 2, 3, 16, 17, 100, 384, 385, 1000, 1024, 1025, 4097, 65537, 200_000};

    static List<Backend> natives() {
        return TestBackends.natives();
    }

    static long specialBits(DType t, Random r) {
        double v = switch (r.nextInt(7)) {
            case 0 -> Double.NaN;
            case 1 -> Double.POSITIVE_INFINITY;
            case 2 -> Double.NEGATIVE_INFINITY;
            case 3 -> -0.0;
            case 4 -> 0.0;
            case 5 -> Double.MIN_VALUE;
            default -> -Double.MAX_VALUE;
        };
        return switch (t) {
            case F64 -> {
                long b = Double.doubleToRawLongBits(v);
                // odd NaNs: negative and payload-carrying, which must survive the sort
                yield Double.isNaN(v) && r.nextBoolean() ? b | Long.MIN_VALUE | r.nextInt(1000) : b;
            }
            case F32 -> {
                int b = Float.floatToRawIntBits((float) v);
                yield Float.isNaN((float) v) && r.nextBoolean() ? b | Integer.MIN_VALUE | r.nextInt(1000) : b;
            }
            case I64 -> r.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE;
            case I32 -> r.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
        };
    }

    static long valueBits(DType t, double v) {
        return switch (t) {
            case F64 -> Double.doubleToRawLongBits(v);
            case F32 -> Float.floatToRawIntBits((float) v);
            case I64 -> (long) v;
            case I32 -> (int) (long) v;
        };
    }

    static Data generate(Random r) {
        int n = r.nextInt(3) == 0 ? SIZES[r.nextInt(SIZES.length)] : r.nextInt(r.nextBoolean() ? 2000 : 100_000);
        DType t = DType.values()[r.nextInt(4)];
        int shape = r.nextInt(6);
        double special = r.nextInt(3) == 0 ? 0 : 0.05;
        long[] bits = new long[n];
        for (int i = 0; i < n; i++) {
            if (r.nextDouble() < special) {
                bits[i] = specialBits(t, r);
                continue;
            }
            double v = switch (shape) {
                case 0 -> r.nextGaussian() * 1e6;
                case 1 -> r.nextInt(10) - 5;          // many duplicates
                case 2 -> 42;                          // all equal
                case 3 -> i;                           // sorted
                case 4 -> n - i;                       // reversed
                default -> r.nextDouble();             // [0, 1): skewed exponents
            };
            bits[i] = t == DType.I64 && shape == 0 ? r.nextLong() : t == DType.I32 && shape == 0 ? r.nextInt()
                    : valueBits(t, v);
        }
        return new Data(bits, t, r.nextBoolean());
    }

    @Provide
    Arbitrary<Data> data() {
        return Arbitraries.randomValue(SortTest::generate).withoutEdgeCases();
    }

    static MemorySegment segment(Data d, Arena arena) {
        int n = d.n();
        MemorySegment s = switch (d.type()) {
            case F64, I64 -> d.offHeap() ? arena.allocate(Math.max(8, 8L * n), 64).asSlice(0, 8L * n)
                    : MemorySegment.ofArray(new long[n]);
            case F32, I32 -> d.offHeap() ? arena.allocate(Math.max(4, 4L * n), 64).asSlice(0, 4L * n)
                    : MemorySegment.ofArray(new int[n]);
        };
        for (int i = 0; i < n; i++) {
            if (d.type().byteSize() == 8) {
                s.setAtIndex(ValueLayout.JAVA_LONG, i, d.bits()[i]);
            } else {
                s.setAtIndex(ValueLayout.JAVA_INT, i, (int) d.bits()[i]);
            }
        }
        return s;
    }

    static long[] bitsOf(MemorySegment s, DType t, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = t.byteSize() == 8 ? s.getAtIndex(ValueLayout.JAVA_LONG, i) : s.getAtIndex(ValueLayout.JAVA_INT, i);
        }
        return out;
    }

    /** The sort key of raw element bits. */
    static long keyOf(DType t, long bits) {
        return switch (t) {
            case F64 -> SortKeys.keyF64(bits);
            case F32 -> SortKeys.keyF32((int) bits);
            case I64 -> bits ^ Long.MIN_VALUE;
            case I32 -> ((int) bits ^ Integer.MIN_VALUE) & 0xffffffffL;
        };
    }

    /** The definition: a comparison sort by the sort key (Long.compareUnsigned). */
    static long[] expectedSorted(Data d) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = segment(d, arena);
            Long[] keys = new Long[d.n()];
            for (int i = 0; i < d.n(); i++) {
                keys[i] = SortKeys.key(d.type(), s, i);
            }
            Arrays.sort(keys, Long::compareUnsigned);
            for (int i = 0; i < d.n(); i++) {
                SortKeys.store(d.type(), s, i, keys[i]);
            }
            return bitsOf(s, d.type(), d.n());
        }
    }

    /** The definition of a stable argsort: indices sorted by (canonical key, index). */
    static long[] expectedArgsort(Data d) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = segment(d, arena);
            long[] canon = new long[d.n()];
            Integer[] idx = new Integer[d.n()];
            for (int i = 0; i < d.n(); i++) {
                canon[i] = SortKeys.canonical(d.type(), s, i);
                idx[i] = i;
            }
            Arrays.sort(idx, Comparator.<Integer>comparingLong(i -> canon[i] ^ Long.MIN_VALUE)); // stable
            return Arrays.stream(idx).mapToLong(Integer::longValue).toArray();
        }
    }

    @Property(tries = 60)
    void sortMatchesDefinitionOnEveryBackend(@ForAll("data") Data d) {
        long[] expected = expectedSorted(d);
        List<Backend> backends = new ArrayList<>(natives());
        backends.add(JavaBackend.INSTANCE);
        for (Backend b : backends) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment s = segment(d, arena);
                b.sort(d.type(), s, d.n());
                assertArrayEquals(expected, bitsOf(s, d.type(), d.n()), b.name() + "/" + b.isa() + " " + d);
            }
        }
    }

    /**
     * sortInto (the backend's np.sort into an array of the caller's, no copy of x first on the
     * native backend): out of either memory kind, three elements longer than n; x must come out
     * unchanged, out[0, n) sorted and out[n, n + 3) untouched.
     */
    @Property(tries = 40)
    void sortIntoMatchesDefinitionOnEveryBackend(@ForAll("data") Data d, @ForAll boolean outOffHeap) {
        long[] expected = expectedSorted(d);
        List<Backend> backends = new ArrayList<>(natives());
        backends.add(JavaBackend.INSTANCE);
        Data tail = new Data(new long[] {1, 2, 3}, d.type(), outOffHeap);
        for (Backend b : backends) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment x = segment(d, arena);
                Data outData = new Data(new long[d.n() + 3], d.type(), outOffHeap);
                MemorySegment out = segment(outData, arena);
                long es = d.type().byteSize();
                MemorySegment.copy(segment(tail, arena), 0, out, d.n() * es, 3 * es);
                b.sortInto(d.type(), x, out.asSlice(0, d.n() * es), d.n());
                String what = b.name() + "/" + b.isa() + " " + d + (outOffHeap ? " into off-heap" : " into heap");
                assertArrayEquals(d.bits(), bitsOf(x, d.type(), d.n()), "x unchanged: " + what);
                long[] got = bitsOf(out, d.type(), d.n() + 3);
                assertArrayEquals(expected, Arrays.copyOf(got, d.n()), what);
                assertArrayEquals(new long[] {1, 2, 3}, Arrays.copyOfRange(got, d.n(), d.n() + 3), "tail: " + what);
            }
        }
    }

    @Property(tries = 40)
    void argsortIsTheStablePermutationOnEveryBackend(@ForAll("data") Data d) {
        long[] expected = expectedArgsort(d);
        List<Backend> backends = new ArrayList<>(natives());
        backends.add(JavaBackend.INSTANCE);
        for (Backend b : backends) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment s = segment(d, arena);
                MemorySegment out = d.offHeap() ? arena.allocate(Math.max(8, 8L * d.n()), 64)
                        : MemorySegment.ofArray(new long[d.n()]);
                b.argsort(d.type(), s, d.n(), out);
                long[] got = new long[d.n()];
                MemorySegment.copy(out, ValueLayout.JAVA_LONG, 0, got, 0, d.n());
                assertArrayEquals(expected, got, b.name() + "/" + b.isa() + " " + d);
            }
        }
    }

    @Test
    void publicApiOnHeapAndOffHeap() {
        double[] x = {3, Double.NaN, -0.0, 0.0, -1, Double.NEGATIVE_INFINITY, 0.0, -0.0, 2};
        double[] s = Kernels.sorted(x);
        assertEquals("[-Infinity, -1.0, -0.0, -0.0, 0.0, 0.0, 2.0, 3.0, NaN]", Arrays.toString(s));
        assertEquals(3.0, x[0], "sorted() leaves x alone");
        // NumPy: np.argsort([3, nan, -0., 0., -1, -inf, 0., -0., 2], kind="stable")
        assertArrayEquals(new long[] {5, 4, 2, 3, 6, 7, 8, 0, 1}, Kernels.argsort(x));
        int[] xi = {5, -3, Integer.MIN_VALUE, 7, 5};
        Kernels.sort(xi);
        assertArrayEquals(new int[] {Integer.MIN_VALUE, -3, 5, 5, 7}, xi);
        long[] xl = {5, -3, Long.MIN_VALUE, Long.MAX_VALUE};
        assertArrayEquals(new long[] {2, 1, 0, 3}, Kernels.argsort(xl));
        try (Arena arena = Arena.ofConfined()) {
            Random r = new Random(7);
            double[] big = r.doubles(300_000).toArray();
            DoubleArray off = DoubleArray.copyOf(arena, big);
            LongArray idx = Kernels.argsort(off, arena);
            Kernels.sort(off);
            double[] ref = big.clone();
            Arrays.sort(ref);
            assertArrayEquals(ref, off.toArray());
            for (int i = 0; i < big.length; i++) {
                assertEquals(ref[i], big[(int) idx.get(i)]);
            }
            DoubleArray out = DoubleArray.allocate(arena, big.length);
            Kernels.sort(DoubleArray.wrap(big), out);
            assertArrayEquals(ref, out.toArray());
            Kernels.sort(big, 10, 100);
            for (int i = 11; i < 110; i++) {
                assertTrue(big[i - 1] <= big[i]);
            }
        }
    }

    @Test
    void tenMillionOffHeap() {
        try (Arena arena = Arena.ofConfined()) {
            int n = 10_000_000;
            DoubleArray x = DoubleArray.allocate(arena, n);
            Random r = new Random(1);
            for (long i = 0; i < n; i++) {
                x.set(i, r.nextGaussian());
            }
            Kernels.sort(x);
            for (long i = 1; i < n; i++) {
                if (x.get(i - 1) > x.get(i)) {
                    throw new AssertionError("unsorted at " + i);
                }
            }
        }
    }

    @Test
    void badInput() {
        assertThrows(NullPointerException.class, () -> Kernels.sort((double[]) null));
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray x = DoubleArray.copyOf(arena, new double[] {2, 1});
            DoubleArray ro = DoubleArray.wrap(x.segment().asReadOnly());
            assertThrows(IllegalArgumentException.class, () -> Kernels.sort(ro));
            assertEquals(2.0, x.get(0));
            LongArray shortOut = LongArray.allocate(arena, 1);
            assertThrows(IllegalArgumentException.class, () -> Kernels.argsort(x, shortOut));
            assertThrows(IllegalArgumentException.class, () -> Kernels.sort(x, FloatArray.allocate(arena, 2)));
            assertThrows(IllegalArgumentException.class, () -> Kernels.sort(x, LongArray.allocate(arena, 2)));
        }
        Arena closed = Arena.ofConfined();
        DoubleArray gone = DoubleArray.allocate(closed, 3);
        closed.close();
        assertThrows(IllegalStateException.class, () -> Kernels.sort(gone));
    }
}
