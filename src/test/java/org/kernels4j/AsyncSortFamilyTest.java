package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sort family's async forms on {@link AsyncKernels} (every pool and chunk-size view has them):
 * results equal the synchronous kernels' for 1 to 3 workers, on arrays small enough for one task
 * and large enough to be split; cancellation, a shut-down pool, and bad input rejected before
 * anything is submitted.
 */
class AsyncSortFamilyTest {
    static final int BIG = (1 << 21) + 4321;
    static ComputePool[] pools;
    static Arena shared;

    @BeforeAll
    static void pools() {
        pools = new ComputePool[3];
        for (int w = 1; w <= 3; w++) {
            pools[w - 1] = ComputePool.create(w);
        }
        shared = Arena.ofShared();
    }

    @AfterAll
    static void close() {
        for (ComputePool p : pools) {
            p.close();
        }
        shared.close();
    }

    static double[] data(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = switch (r.nextInt(40)) {
                case 0 -> Double.NaN;
                case 1 -> -0.0;
                case 2 -> Double.POSITIVE_INFINITY;
                case 3 -> r.nextInt(5);
                default -> r.nextGaussian() * 100;
            };
        }
        return x;
    }

    static void assertSameDescription(Description want, Description got, String what) {
        assertEquals(want.count(), got.count(), what);
        assertEquals(Double.doubleToRawLongBits(want.mean()), Double.doubleToRawLongBits(got.mean()), what + " mean");
        assertEquals(Double.doubleToRawLongBits(want.std()), Double.doubleToRawLongBits(got.std()), what + " std");
        assertEquals(want.min(), got.min(), what);
        assertEquals(want.max(), got.max(), what);
        assertArrayEquals(want.values(), got.values(), what);
    }

    @Test
    void asyncEqualsSync() {
        for (int n : new int[] {1, 1000, BIG}) {
            double[] x = data(n, n);
            double[] qs = {0, 0.1, 0.5, 0.77, 1};
            for (AsyncKernels k : new AsyncKernels[] {pools[0], pools[1], pools[2], pools[1].withChunkSize(1 << 16)}) {
                String what = "n " + n + " " + k;
                double[] s = x.clone();
                k.sort(s).join();
                assertArrayEquals(Kernels.sorted(x), s, what);
                float[] f = new float[n];
                for (int i = 0; i < n; i++) {
                    f[i] = (float) x[i];
                }
                float[] fs = f.clone();
                k.sort(fs).join();
                float[] fsync = f.clone();
                Kernels.sort(fsync);
                assertArrayEquals(fsync, fs, what);
                assertArrayEquals(Kernels.argsort(x), k.argsort(x).join(), what);
                long[] kth = {0, n / 3, n - 1};
                double[] p = x.clone();
                k.partition(p, kth).join();
                double[] psync = x.clone();
                Kernels.partition(psync, kth);
                assertArrayEquals(psync, p, what + " partition");
                long[] ap = k.argpartition(x, kth).join();
                assertArrayEquals(Kernels.argpartition(x, kth), ap, what + " argpartition");
                double[] sortedX = Kernels.sorted(x);
                for (long kk : kth) {
                    assertEquals(sortedX[(int) kk], x[(int) ap[(int) kk]], what + " argpartition rank " + kk);
                }
                try (Arena a = Arena.ofShared()) {
                    LongArray apOut = LongArray.allocate(a, n);
                    k.argpartition(DoubleArray.wrap(x), apOut, kth).join();
                    assertArrayEquals(ap, apOut.toArray(), what + " argpartition into a LongArray");
                }
                DoubleArray xa = DoubleArray.wrap(x);
                assertArrayEquals(Kernels.quantile(xa, qs, QuantileMethod.LINEAR), k.quantile(xa, qs, QuantileMethod.LINEAR).join());
                assertArrayEquals(Kernels.nanquantile(xa, qs, QuantileMethod.MIDPOINT),
                        k.nanquantile(xa, qs, QuantileMethod.MIDPOINT).join(), what);
                assertEquals(Kernels.nanpercentile(x, 37.5), k.nanpercentile(x, 37.5).join(), what);
                assertEquals(Kernels.nanquantile(x, 0.9), k.nanquantile(x, 0.9).join(), what);
                assertEquals(Kernels.nanmedian(x), k.nanmedian(x).join(), what);
                assertEquals(Kernels.median(x), k.median(x).join(), what); // NaN: x holds NaN
                assertEquals(Kernels.percentile(f, 50), k.percentile(f, 50).join(), what);
                assertEquals(Kernels.median(f), k.median(f).join(), what);
                assertArrayEquals(Kernels.histogram(x, 64, -200, 200).counts(), k.histogram(x, 64, -200, 200).join().counts());
                assertArrayEquals(Kernels.histogram(f, 64, -200, 200).counts(), k.histogram(f, 64, -200, 200).join().counts());
                assertSameDescription(Kernels.describe(x), k.describe(x).join(), what);
                assertSameDescription(Kernels.describe(f), k.describe(f).join(), what + " f32");
                assertSameDescription(Kernels.describe(xa, 0.05, 0.95), k.describe(xa, 0.05, 0.95).join(), what);
                assertSameDescription(Kernels.describe(xa), k.describe(xa).join(), what + " no percentiles");
            }
        }
    }

    @Test
    void describeIsAccurateAndChunkIndependent() {
        // values around 1e9 with small spread: a one-pass sum of squares would lose every digit
        int n = BIG;
        double[] x = new double[n];
        Random r = new Random(3);
        for (int i = 0; i < n; i++) {
            x[i] = i % 1000 == 7 ? Double.NaN : 1e9 + r.nextDouble();
        }
        Description d = Kernels.describe(x);
        double[] valid = Arrays.stream(x).filter(v -> v == v).toArray();
        double mean = Arrays.stream(valid).map(v -> v - 1e9).sum() / valid.length + 1e9;
        double ss = 0;
        for (double v : valid) {
            ss += (v - mean) * (v - mean);
        }
        assertEquals(valid.length, d.count());
        assertEquals(mean, d.mean(), 1e-6);
        assertEquals(Math.sqrt(ss / (valid.length - 1)), d.std(), 1e-9);
        for (ComputePool p : pools) {
            assertSameDescription(d, p.describe(x).join(), p.toString());
        }
    }

    @Test
    void cancellationAndShutdown() throws Exception {
        double[] x = data(4 * BIG, 11);
        double[] copy = x.clone();
        ComputePool pool = ComputePool.create(2);
        CompletableFuture<Description> d = pool.describe(x);
        CompletableFuture<double[]> q = pool.nanquantile(DoubleArray.wrap(x), new double[] {0.5}, QuantileMethod.LINEAR);
        CompletableFuture<Histogram> h = pool.histogram(DoubleArray.wrap(x), 10, 0, 1);
        CompletableFuture<long[]> he = pool.histogram(x, new double[] {0, 1, 2});
        Thread.sleep(3);
        assertTrue(d.cancel(false) || d.isDone());
        q.cancel(false);
        h.cancel(false);
        he.cancel(false);
        assertTrue(d.isCancelled() || !d.isCompletedExceptionally());
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertArrayEquals(copy, x, "describe, selections and histograms only read x");
        // a partition cancelled before its task starts leaves x untouched
        ComputePool one = ComputePool.create(1);
        CompletableFuture<Void> blocker = one.submit(() -> {
            Thread.sleep(200);
            return null;
        });
        // (more than 2^15 values: a smaller partition runs on the calling thread, done at return)
        double[] y = data(40_000, 5);
        double[] yCopy = y.clone();
        CompletableFuture<Void> p = one.partition(y, 500);
        assertTrue(p.cancel(false));
        blocker.join();
        one.shutdown();
        assertTrue(one.awaitTermination(30, TimeUnit.SECONDS));
        assertArrayEquals(yCopy, y);
        // a shut-down pool rejects every form at the call, and nothing is touched
        assertThrows(RejectedExecutionException.class, () -> one.partition(y, 3));
        assertThrows(RejectedExecutionException.class, () -> one.describe(y));
        assertThrows(RejectedExecutionException.class, () -> one.nanmedian(y));
        assertThrows(RejectedExecutionException.class, () -> one.histogram(y, 4));
        assertThrows(RejectedExecutionException.class, () -> one.histogram(y, new double[] {0, 1}));
        assertArrayEquals(yCopy, y);
    }

    @Test
    void badInputIsRejectedBeforeSubmission() {
        ComputePool pool = pools[1];
        double[] x = data(5000, 9);
        double[] before = x.clone();
        assertThrows(IndexOutOfBoundsException.class, () -> pool.partition(x, 5000));
        assertThrows(IndexOutOfBoundsException.class, () -> pool.partition(x, -5001));
        assertThrows(IndexOutOfBoundsException.class, () -> pool.argpartition(x, 5000));
        assertThrows(IndexOutOfBoundsException.class, () -> pool.argpartition(new float[3], -4));
        assertThrows(IllegalArgumentException.class, () -> pool.describe(DoubleArray.wrap(x), 1.5));
        assertThrows(IllegalArgumentException.class, () -> pool.describe(IntArray.wrap(new int[3])));
        assertThrows(IllegalArgumentException.class, () -> pool.nanquantile(x, -0.1));
        assertThrows(IllegalArgumentException.class, () -> pool.nanpercentile(x, 100.5));
        assertThrows(IllegalArgumentException.class, () -> pool.nanmedian(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> pool.histogram(x, 0));
        assertThrows(IllegalArgumentException.class, () -> pool.histogram(x, new double[] {2, 1}));
        assertThrows(NullPointerException.class, () -> pool.partition((double[]) null, 1));
        try (Arena confined = Arena.ofConfined()) {
            DoubleArray c = DoubleArray.copyOf(confined, x);
            assertThrows(IllegalArgumentException.class, () -> pool.describe(c));
            assertThrows(IllegalArgumentException.class, () -> pool.partition(c, 1));
            assertThrows(IllegalArgumentException.class, () -> pool.nanmedian(c));
            assertThrows(IllegalArgumentException.class, () -> pool.histogram(c, new double[] {0, 1}));
        }
        DoubleArray ro = DoubleArray.wrap(DoubleArray.copyOf(shared, x).segment().asReadOnly());
        assertThrows(IllegalArgumentException.class, () -> pool.partition(ro, 1));
        Arena gone = Arena.ofShared();
        DoubleArray dead = DoubleArray.allocate(gone, 4);
        gone.close();
        assertThrows(IllegalStateException.class, () -> pool.describe(dead));
        assertThrows(IllegalStateException.class, () -> pool.partition(dead, 1));
        assertArrayEquals(before, x);
    }
}
