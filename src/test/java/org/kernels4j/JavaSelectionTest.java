package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.LongFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.JavaBackend;
import org.kernels4j.backend.Selection;

/**
 * The Java backend's selection (radix select: range, histogram, candidates of the wanted
 * buckets, again inside a bucket while it is large) gives the element of each rank exactly,
 * as the sorted definition and every native path do: NaN count, values and bits, on spread,
 * skewed, huge-range, all-equal and NaN-heavy inputs of every dtype, with one rank, a few, or
 * many, and x left as it was.
 */
class JavaSelectionTest {

    /** Ranks a caller could ask for once the NaN count is known: quantile neighbours, ends, NaN ranks. */
    static long[] ranks(int n, long nan, Random r) {
        if (n == 0) {
            return new long[0];
        }
        long valid = n - nan;
        List<Long> ks = new ArrayList<>();
        ks.add(0L);
        ks.add((long) n - 1);
        if (valid > 0) {
            ks.add((valid - 1) / 2);
            ks.add(valid / 2);
            ks.add(valid - 1);
            for (int j = 0; j < 1 + r.nextInt(6); j++) {
                ks.add((long) r.nextInt((int) valid));
            }
        }
        if (r.nextInt(4) == 0) {
            for (long k = 0; k < n; k += Math.max(1, n / 97)) {
                ks.add(k);
            }
        }
        return ks.stream().mapToLong(Long::longValue).distinct().sorted().toArray();
    }

    static long nanCount(SortTest.Data d) {
        long nan = 0;
        for (long b : d.bits()) {
            nan += switch (d.type()) {
                case F64 -> Double.isNaN(Double.longBitsToDouble(b)) ? 1 : 0;
                case F32 -> Float.isNaN(Float.intBitsToFloat((int) b)) ? 1 : 0;
                case I64, I32 -> 0;
            };
        }
        return nan;
    }

    static double widened(DType t, long bits) {
        return switch (t) {
            case F64 -> Double.longBitsToDouble(bits);
            case F32 -> Float.intBitsToFloat((int) bits);
            case I64 -> (double) bits;
            case I32 -> (double) (int) bits;
        };
    }

    /** Java's selection against the sorted definition, and against every native path. */
    static void check(SortTest.Data d, Random r) {
        int n = d.n();
        long[] sorted = SortTest.expectedSorted(d);
        long nan = nanCount(d);
        long[] ks = ranks(n, nan, r);
        LongFunction<long[]> ranksFor = seen -> {
            assertEquals(nan, seen, "NaN count given to ranksFor " + d);
            return ks;
        };
        List<Backend> backends = new ArrayList<>();
        backends.add(JavaBackend.INSTANCE);
        backends.addAll(SortTest.natives());
        for (Backend b : backends) {
            String what = b.name() + "/" + b.isa() + " " + d;
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment x = SortTest.segment(d, arena);
                Selection s = b.selectRanks(d.type(), x, n, ranksFor);
                assertArrayEquals(d.bits(), SortTest.bitsOf(x, d.type(), n), "selectRanks leaves x alone " + what);
                assertEquals(nan, s.nan(), "nan " + what);
                assertArrayEquals(ks, s.ranks(), "ranks " + what);
                if (ks.length == 0) {
                    assertNull(s.values(), "no values without ranks " + what);
                    continue;
                }
                for (int j = 0; j < ks.length; j++) {
                    long want = sorted[(int) ks[j]];
                    double wantValue = widened(d.type(), want);
                    assertEquals(Double.doubleToRawLongBits(wantValue), Double.doubleToRawLongBits(s.values()[j]),
                            "value of rank " + ks[j] + " " + what);
                    if (s.bits() != null) {
                        long mask = d.type().byteSize() == 4 && d.type() != DType.I32 ? 0xffffffffL : -1L;
                        long wantBits = d.type() == DType.I32 ? (int) want : want & mask;
                        assertEquals(wantBits, s.bits()[j], "bits of rank " + ks[j] + " " + what);
                    }
                }
                MemorySegment vals = arena.allocate(Math.max(1, ks.length) * d.type().byteSize(), 8);
                b.select(d.type(), x, n, ks, vals);
                long[] got = SortTest.bitsOf(vals, d.type(), ks.length);
                for (int j = 0; j < ks.length; j++) {
                    assertEquals(sorted[(int) ks[j]], got[j], "select rank " + ks[j] + " " + what);
                }
            }
        }
    }

    @Provide
    Arbitrary<SortTest.Data> data() {
        return Arbitraries.randomValue(SortTest::generate).withoutEdgeCases();
    }

    @Property(tries = 40)
    void selectRanksAgreesWithTheSortOnEveryBackend(@ForAll("data") SortTest.Data d) {
        check(d, new Random(d.n() * 31L + d.type().ordinal()));
    }

    /** Data of type t from doubles (integer types take the values truncated). */
    static SortTest.Data of(DType t, double[] v, boolean offHeap) {
        long[] bits = new long[v.length];
        for (int i = 0; i < v.length; i++) {
            bits[i] = SortTest.valueBits(t, v[i]);
        }
        return new SortTest.Data(bits, t, offHeap);
    }

    @Test
    void edgeShapes() {
        Random r = new Random(2026_12_04L);
        int n = 60_000;
        for (DType t : DType.values()) {
            boolean floating = t == DType.F64 || t == DType.F32;
            List<double[]> shapes = new ArrayList<>();
            // all equal
            double[] equal = new double[n];
            Arrays.fill(equal, 7);
            shapes.add(equal);
            // nearly all in one bucket of the first range: outliers far out on both sides
            double[] skewed = new double[n];
            for (int i = 0; i < n; i++) {
                skewed[i] = 1000 + r.nextInt(50);
            }
            skewed[17] = floating ? -Double.MAX_VALUE : (t == DType.I32 ? Integer.MIN_VALUE : -9e18);
            skewed[n - 3] = floating ? Double.MAX_VALUE : (t == DType.I32 ? Integer.MAX_VALUE : 9e18);
            shapes.add(skewed);
            // huge range: magnitudes from 1e-300 to 1e300, both signs (integers: the full range)
            double[] huge = new double[n];
            for (int i = 0; i < n; i++) {
                huge[i] = floating ? (r.nextBoolean() ? 1 : -1) * Math.pow(10, r.nextInt(601) - 300)
                        : (r.nextDouble() - 0.5) * (t == DType.I32 ? 4.2e9 : 1.8e19);
            }
            shapes.add(huge);
            // two values only, and ranks right at their boundary
            double[] two = new double[n];
            for (int i = 0; i < n; i++) {
                two[i] = i % 3 == 0 ? -1 : 1;
            }
            shapes.add(two);
            // what a strided sample sees (every n / 4096-th element) is a narrow cluster; the
            // rest lies below and above it
            double[] missed = new double[n];
            int step = n / 4096;
            for (int i = 0; i < n; i++) {
                missed[i] = i % step == 0 ? 1000 + i % 7 : (r.nextBoolean() ? -1 : 1) * (2000 + r.nextInt(1_000_000));
            }
            shapes.add(missed);
            for (double[] v : shapes) {
                check(of(t, v, false), r);
                check(of(t, v, true), r);
            }
        }
    }

    @Test
    void signedZerosNaNPayloadsAndInfinities() {
        Random r = new Random(5);
        int n = 100_000;
        long[] f64 = new long[n];
        long[] f32 = new long[n];
        for (int i = 0; i < n; i++) {
            switch (i % 6) {
                case 0 -> {
                    f64[i] = Double.doubleToRawLongBits(-0.0);
                    f32[i] = Float.floatToRawIntBits(-0.0f);
                }
                case 1 -> {
                    f64[i] = Double.doubleToRawLongBits(0.0);
                    f32[i] = Float.floatToRawIntBits(0.0f);
                }
                case 2 -> { // NaNs of both signs with payloads
                    f64[i] = 0x7ff0000000000001L + r.nextInt(1 << 20) | (r.nextBoolean() ? Long.MIN_VALUE : 0);
                    f32[i] = 0x7f800001 + r.nextInt(1 << 20) | (r.nextBoolean() ? Integer.MIN_VALUE : 0);
                }
                case 3 -> {
                    f64[i] = Double.doubleToRawLongBits(r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
                    f32[i] = Float.floatToRawIntBits(r.nextBoolean() ? Float.POSITIVE_INFINITY : Float.NEGATIVE_INFINITY);
                }
                default -> {
                    double v = Double.MIN_VALUE * r.nextInt(5) * (r.nextBoolean() ? 1 : -1);
                    f64[i] = Double.doubleToRawLongBits(v);
                    f32[i] = Float.floatToRawIntBits(Float.MIN_VALUE * r.nextInt(5) * (r.nextBoolean() ? 1 : -1));
                }
            }
        }
        for (boolean off : new boolean[] {false, true}) {
            check(new SortTest.Data(f64, DType.F64, off), r);
            check(new SortTest.Data(f32, DType.F32, off), r);
        }
        long[] allNaN = new long[50_000];
        Arrays.fill(allNaN, Double.doubleToRawLongBits(Double.NaN));
        allNaN[123] = 0xfff8000000000abcL;
        check(new SortTest.Data(allNaN, DType.F64, false), r);
    }

    @Test
    void emptyAndTinyInputs() {
        Random r = new Random(9);
        for (DType t : DType.values()) {
            for (int n : new int[] {0, 1, 2, 3, 4096, 4097}) {
                double[] v = new double[n];
                for (int i = 0; i < n; i++) {
                    v[i] = r.nextInt(100) - 50;
                }
                check(of(t, v, false), r);
            }
        }
    }
}
