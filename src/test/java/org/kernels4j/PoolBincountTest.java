package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.JavaBackend;

/**
 * bincount on a pool: the counts and the weighted sums (split by value) equal the synchronous
 * ones bit for bit for 1 to 3 workers; the value-split kernel on every ISA path against the Java
 * backend and against the whole weighted bincount; bad input.
 */
class PoolBincountTest {

    static void assertBits(double[] want, double[] got, String what) {
        assertEquals(want.length, got.length, what);
        for (int i = 0; i < want.length; i++) {
            assertEquals(Double.doubleToLongBits(want[i]), Double.doubleToLongBits(got[i]), what + ": bin " + i);
        }
    }

    @Test
    void poolFormsEqualTheSynchronousResult() throws Exception {
        SplittableRandom r = new SplittableRandom(3);
        int n = 3 * (1 << 20) + 777;
        for (int bins : new int[] {1, 5, 1000, 200_000}) {
            int[] xi = new int[n];
            long[] xl = new long[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                // skewed: low bins far more often, so a split by value is uneven
                xi[i] = (int) Math.min(bins - 1, (long) (bins * Math.pow(r.nextDouble(), 3)));
                xl[i] = xi[i];
                w[i] = r.nextDouble(-10, 10) / 3;
            }
            w[17] = Double.NaN;
            int[] xb = xi.clone();
            double[] wb = w.clone();
            long[] counts = Kernels.bincount(xi);
            double[] sums = Kernels.bincount(xi, w);
            double[] sumsMin = Kernels.bincount(xl, w, bins + 3);
            for (int workers : new int[] {1, 2, 3}) {
                try (ComputePool pool = ComputePool.create(workers)) {
                    String what = "bins " + bins + " workers " + workers;
                    assertArrayEquals(counts, pool.bincount(xi).get(), what);
                    assertArrayEquals(counts, pool.bincount(xl).get(), what);
                    assertArrayEquals(Kernels.bincount(xi, bins + 9), pool.bincount(xi, bins + 9).get(), what);
                    assertBits(sums, pool.bincount(xi, w).get(), what);
                    assertBits(sums, pool.bincount(xl, w).get(), what);
                    assertBits(sumsMin, pool.bincount(LongArray.wrap(xl), DoubleArray.wrap(w), bins + 3).get(), what);
                }
            }
            assertArrayEquals(xb, xi);
            assertArrayEquals(wb, w);
            long total = 0;
            for (long c : counts) {
                total += c;
            }
            assertEquals(n, total);
        }
    }

    @Test
    void valueSplitKernelOnEveryPath() {
        SplittableRandom r = new SplittableRandom(5);
        for (int n : new int[] {0, 1, 100, 70_000, 200_001}) {
            int bins = 1 + r.nextInt(500);
            long[] x = new long[n];
            int[] xi = new int[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = r.nextInt(bins + 20) - 10; // some outside [0, bins)
                xi[i] = (int) x[i];
                w[i] = r.nextInt(40) == 0 ? Double.NaN : r.nextDouble(-1e3, 1e3) / 7;
            }
            int lo = r.nextInt(bins);
            int hi = lo + r.nextInt(bins - lo + 1);
            double[] want = new double[hi - lo];
            long wantAdded = 0;
            for (int i = 0; i < n; i++) {
                if (x[i] >= lo && x[i] < hi) {
                    want[(int) x[i] - lo] += w[i];
                    wantAdded++;
                }
            }
            java.util.List<Backend> all = new java.util.ArrayList<>(SortTest.natives());
            all.add(JavaBackend.INSTANCE);
            for (Backend b : all) {
                double[] got = new double[hi - lo];
                assertEquals(wantAdded, b.bincountPart(DType.I64, MemorySegment.ofArray(x), MemorySegment.ofArray(w), n,
                        got, lo), b.name() + " " + b.isa());
                assertBits(want, got, b.name() + " " + b.isa() + " i64");
                got = new double[hi - lo];
                assertEquals(wantAdded, b.bincountPart(DType.I32, MemorySegment.ofArray(xi), MemorySegment.ofArray(w), n,
                        got, lo));
                assertBits(want, got, b.name() + " " + b.isa() + " i32");
            }
        }
    }

    @Test
    void badInput() throws Exception {
        int[] x = {0, 3, 1};
        double[] w = {1, 2, 3};
        try (ComputePool pool = ComputePool.create(2)) {
            assertThrows(IllegalArgumentException.class, () -> pool.bincount(x, new double[2]));
            assertThrows(IllegalArgumentException.class, () -> pool.bincount(x, -1));
            assertThrows(IllegalArgumentException.class, () -> pool.bincount(DoubleArray.wrap(new double[2]), 0));
            assertThrows(IllegalArgumentException.class, () -> pool.bincount(IntArray.wrap(x),
                    FloatArray.wrap(new float[3]), 0));
            assertThrows(NullPointerException.class, () -> pool.bincount((int[]) null));
            int[] neg = {0, -4, 2};
            ExecutionException e = assertThrows(ExecutionException.class, () -> pool.bincount(neg).get());
            assertTrue(e.getCause() instanceof IllegalArgumentException, e.toString());
            e = assertThrows(ExecutionException.class, () -> pool.bincount(neg, w).get());
            assertTrue(e.getCause() instanceof IllegalArgumentException, e.toString());
            assertArrayEquals(new int[] {0, -4, 2}, neg);
            try (Arena confined = Arena.ofConfined()) {
                IntArray cx = IntArray.copyOf(confined, x);
                assertThrows(IllegalArgumentException.class, () -> pool.bincount(cx, 0));
            }
            Arena shared = Arena.ofShared();
            IntArray sx = IntArray.copyOf(shared, x);
            DoubleArray sw = DoubleArray.copyOf(shared, w);
            assertArrayEquals(new double[] {1, 3, 0, 2}, pool.bincount(sx, sw, 0).get(), 0.0);
            assertArrayEquals(new long[] {1, 1, 0, 1, 0}, pool.bincount(sx, 5).get());
            shared.close();
            assertThrows(IllegalStateException.class, () -> pool.bincount(sx, 0));
            assertThrows(IllegalStateException.class, () -> pool.bincount(IntArray.wrap(x), sw, 0));
            assertArrayEquals(new long[0], pool.bincount(new int[0]).get());
        }
        assertArrayEquals(new int[] {0, 3, 1}, x);
        assertArrayEquals(new double[] {1, 2, 3}, w, 0.0);
        assertTrue(Arrays.equals(new double[0], Kernels.bincount(new int[0], new double[0])));
    }
}
