package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kernels4j.backend.Scratch;

/**
 * The pool forms of sort, argsort, quantiles and histograms: the same results as the
 * single-threaded kernels for 1 to 4 workers (arrays above the parallel threshold, so the work
 * really is split into chunks and bucket groups), async and sync, heap and off-heap, every dtype,
 * NaN and skewed data (buckets larger than a worker's scratch); cancellation leaves x unchanged
 * or sorted; bad input is thrown by the call.
 */
class SortPoolTest {
    /** Three chunks of the passes, the last one short. */
    static final int N = (1 << 21) + 12_345;
    static final Random RANDOM = new Random(20261127);
    static ComputePool[] pools;
    static Arena shared;

    @BeforeAll
    static void pools() {
        pools = new ComputePool[4];
        for (int w = 1; w <= 4; w++) {
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

    enum Shape { UNIFORM, GAUSS_NAN, FEW, SKEWED }

    static double value(Shape s, Random r) {
        return switch (s) {
            case UNIFORM -> r.nextDouble();
            case GAUSS_NAN -> r.nextInt(50) == 0 ? (r.nextBoolean() ? Double.NaN : -0.0) : r.nextGaussian() * 1e3;
            case FEW -> r.nextInt(7) - 3;
            // 90% in a cluster far narrower than the range: first-level buckets far above 64 Ki
            case SKEWED -> r.nextInt(10) != 0 ? 1.0 + r.nextInt(1000) * 1e-12 : r.nextDouble() * 1e9;
        };
    }

    static double[] doubles(Shape s, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = value(s, RANDOM);
        }
        return x;
    }

    static long[] bits(NumericArray a) {
        long[] out = new long[(int) a.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.dtype().byteSize() == 8 ? a.segment().getAtIndex(ValueLayout.JAVA_LONG, i)
                    : a.segment().getAtIndex(ValueLayout.JAVA_INT, i);
        }
        return out;
    }

    /** x as dtype t, on the heap or in the shared arena. */
    static NumericArray array(double[] x, DType t, boolean offHeap) {
        NumericArray a = switch (t) {
            case F64 -> offHeap ? DoubleArray.copyOf(shared, x) : DoubleArray.wrap(x.clone());
            case F32 -> {
                float[] f = new float[x.length];
                for (int i = 0; i < f.length; i++) {
                    f[i] = (float) x[i];
                }
                yield offHeap ? FloatArray.copyOf(shared, f) : FloatArray.wrap(f);
            }
            case I64 -> {
                long[] l = new long[x.length];
                for (int i = 0; i < l.length; i++) {
                    l[i] = Double.isNaN(x[i]) ? Long.MIN_VALUE : (long) (x[i] * 1e6);
                }
                yield offHeap ? LongArray.copyOf(shared, l) : LongArray.wrap(l);
            }
            case I32 -> {
                int[] v = new int[x.length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = Double.isNaN(x[i]) ? Integer.MAX_VALUE : (int) (x[i] * 1e3);
                }
                yield offHeap ? IntArray.wrap(copyToShared(v)) : IntArray.wrap(v);
            }
        };
        return a;
    }

    static MemorySegment copyToShared(int[] v) {
        MemorySegment s = shared.allocate(4L * v.length, 64);
        MemorySegment.copy(v, 0, s, ValueLayout.JAVA_INT, 0, v.length);
        return s;
    }

    static NumericArray copy(NumericArray a, boolean offHeap) {
        long bytes = a.length() * a.dtype().byteSize();
        MemorySegment s = offHeap ? shared.allocate(Math.max(8, bytes), 64).asSlice(0, bytes)
                : MemorySegment.ofArray(new long[(int) ((bytes + 7) / 8)]).asSlice(0, bytes);
        MemorySegment.copy(a.segment(), 0, s, 0, bytes);
        return switch (a.dtype()) {
            case F64 -> DoubleArray.wrap(s);
            case F32 -> FloatArray.wrap(s);
            case I64 -> LongArray.wrap(s);
            case I32 -> IntArray.wrap(s);
        };
    }

    @Test
    void sortAndArgsortEqualSerialForOneToFourWorkers() {
        DType[] types = DType.values();
        Shape[] shapes = Shape.values();
        for (int c = 0; c < 6; c++) {
            DType t = types[c % types.length];
            Shape shape = shapes[c % shapes.length];
            boolean offHeap = c % 2 == 1;
            NumericArray x = array(doubles(shape, N), t, offHeap);
            NumericArray serial = copy(x, false);
            Kernels.sort(serial);
            long[] expected = bits(serial);
            long[] expectedIdx = Kernels.argsort(x, Arena.ofAuto()).toArray();
            for (ComputePool pool : pools) {
                String what = t + " " + shape + (offHeap ? " off-heap" : " heap") + ", " + pool.workerCount() + " workers";
                NumericArray a = copy(x, offHeap);
                pool.sort(a).join();
                assertArrayEquals(expected, bits(a), "async sort " + what);
                NumericArray b = copy(x, offHeap);
                Kernels.sort(b, pool);
                assertArrayEquals(expected, bits(b), "sync sort " + what);
                // np.sort into an array of ours: x read in place (unchanged), out of the other
                // memory kind; and with out == x (the copy-then-sort-in-place route)
                long[] before = bits(x);
                NumericArray into = copy(x, !offHeap);
                pool.sort(x, into).join();
                assertArrayEquals(expected, bits(into), "async sort into " + what);
                assertArrayEquals(before, bits(x), "x unchanged by sort into " + what);
                NumericArray self = copy(x, offHeap);
                pool.sort(self, self).join();
                assertArrayEquals(expected, bits(self), "async sort into itself " + what);
                LongArray idx = offHeap ? LongArray.allocate(shared, x.length()) : LongArray.wrap(new long[(int) x.length()]);
                pool.argsort(x, idx).join();
                assertArrayEquals(expectedIdx, idx.toArray(), "async argsort " + what);
                assertArrayEquals(expectedIdx, Kernels.argsort(x, pool), "sync argsort " + what);
            }
        }
    }

    @Test
    void quantilesAndHistogramsEqualSerialForOneToFourWorkers() {
        double[] qs = {0, 0.001, 0.25, 0.5, 0.5, 0.75, 0.999, 1};
        for (Shape shape : Shape.values()) {
            double[] raw = doubles(shape, N);
            for (DType t : DType.values()) {
                NumericArray x = array(raw, t, t.ordinal() % 2 == 0);
                double[] expected = Kernels.quantile(x, qs, QuantileMethod.LINEAR);
                double[] lower = Kernels.quantile(x, qs, QuantileMethod.LOWER);
                double median = Kernels.median(x);
                for (ComputePool pool : pools) {
                    String what = t + " " + shape + ", " + pool.workerCount() + " workers";
                    assertArrayEquals(expected, pool.quantile(x, qs, QuantileMethod.LINEAR).join(), what);
                    assertArrayEquals(lower, Kernels.quantile(x, qs, QuantileMethod.LOWER, pool), what);
                    assertEquals(Double.doubleToRawLongBits(median), Double.doubleToRawLongBits(pool.median(x).join()), what);
                }
            }
            DoubleArray x = DoubleArray.wrap(raw);
            Histogram h = Kernels.histogram(x, 97, -2.5, 3.5);
            for (ComputePool pool : pools) {
                assertArrayEquals(h.counts(), pool.histogram(raw, 97, -2.5, 3.5).join().counts(), shape + " histogram");
                assertArrayEquals(h.counts(), Kernels.histogram(raw, 97, -2.5, 3.5, pool).counts(), shape + " histogram");
                assertArrayEquals(h.edges(), pool.histogram(raw, 97, -2.5, 3.5).join().edges());
            }
        }
        double[] raw = doubles(Shape.UNIFORM, N);
        double p50 = Kernels.percentile(raw, 50);
        for (ComputePool pool : pools) {
            assertEquals(p50, pool.percentile(raw, 50).join());
            assertEquals(p50, Kernels.percentile(raw, 50, pool));
            assertEquals(Kernels.quantile(raw, 0.3), pool.quantile(raw, 0.3).join());
        }
    }

    @Test
    void smallArraysAndOneWorkerPoolsTakeTheSingleTaskPath() {
        double[] x = doubles(Shape.GAUSS_NAN, 5000);
        double[] ref = Kernels.sorted(x);
        for (ComputePool pool : pools) {
            double[] a = x.clone();
            pool.sort(a).join();
            assertArrayEquals(ref, a);
            assertArrayEquals(Kernels.argsort(x), pool.argsort(x).join());
            assertEquals(Kernels.median(x), pool.median(x).join());
        }
    }

    /**
     * Cancelling at various moments: the future is cancelled, and once the pool has run down, x
     * is exactly what it was or exactly sorted, never a mixture; the scratch is returned.
     */
    @Test
    void cancelledSortLeavesXUnchangedOrSorted() throws Exception {
        double[] original = doubles(Shape.UNIFORM, 4 * N);
        double[] sorted = Kernels.sorted(original);
        cancelAtVariousMoments(2, 8, offHeap -> offHeap ? DoubleArray.copyOf(shared, original)
                : DoubleArray.wrap(original.clone()), bytes(MemorySegment.ofArray(original)), bytes(MemorySegment.ofArray(sorted)));
    }

    /**
     * The same on one worker with float32, which on CPUs that sort 4-byte keys without buckets
     * (AMD Zen 5) takes that route: keys, key sort, keys back into x (a heap x in pieces).
     */
    @Test
    void cancelledSortOnOneWorkerLeavesXUnchangedOrSorted() throws Exception {
        double[] d = doubles(Shape.UNIFORM, 4 * N);
        float[] original = new float[d.length];
        for (int i = 0; i < d.length; i++) {
            original[i] = (float) (d[i] - 0.5);
        }
        float[] sorted = original.clone();
        Kernels.sort(FloatArray.wrap(sorted));
        cancelAtVariousMoments(1, 4, offHeap -> offHeap ? FloatArray.copyOf(shared, original)
                : FloatArray.wrap(original.clone()), bytes(MemorySegment.ofArray(original)), bytes(MemorySegment.ofArray(sorted)));
    }

    private static byte[] bytes(MemorySegment s) {
        return s.toArray(ValueLayout.JAVA_BYTE);
    }

    /**
     * Eight sorts on pools of {@code workers}, each of a fresh x from {@code make} (off-heap on
     * odd trials), cancelled at once or after trial * {@code sleepMillis} ms: the future is
     * cancelled, and x ends with exactly the bytes of {@code original} or of {@code sorted};
     * at least the sorts cancelled at once leave it unchanged.
     */
    private static void cancelAtVariousMoments(int workers, long sleepMillis,
            java.util.function.Function<Boolean, NumericArray> make, byte[] original, byte[] sorted) throws Exception {
        int unchanged = 0;
        int done = 0;
        for (int trial = 0; trial < 8; trial++) {
            ComputePool pool = ComputePool.create(workers);
            NumericArray x = make.apply(trial % 2 == 1);
            CompletableFuture<Void> f = pool.sort(x);
            if (trial > 1) {
                Thread.sleep(trial * sleepMillis);
            }
            boolean cancelled = f.cancel(true);
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
            byte[] after = bytes(x.segment());
            if (cancelled) {
                assertTrue(f.isCancelled());
                assertThrows(CancellationException.class, f::join);
            }
            if (Arrays.equals(after, original)) {
                unchanged++;
            } else {
                assertArrayEquals(sorted, after, "a cancelled sort leaves x unchanged or sorted (trial " + trial + ")");
                done++;
            }
        }
        assertTrue(unchanged > 0, "cancelling at once leaves x unchanged");
        assertTrue(unchanged + done == 8);
        assertTrue(Scratch.cachedBytes() <= Scratch.cacheLimit());
    }

    @Test
    void cancelledQuantileArgsortAndHistogramStop() throws Exception {
        double[] x = doubles(Shape.UNIFORM, 4 * N);
        double[] copy = x.clone();
        ComputePool pool = ComputePool.create(2);
        CompletableFuture<long[]> a = pool.argsort(x);
        CompletableFuture<double[]> q = pool.quantile(DoubleArray.wrap(x), new double[] {0.5}, QuantileMethod.LINEAR);
        CompletableFuture<Histogram> h = pool.histogram(x, 10, 0, 1);
        Thread.sleep(5);
        a.cancel(false);
        q.cancel(false);
        h.cancel(false);
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(a.isCancelled() || a.isDone());
        assertArrayEquals(copy, x, "argsort and the selection only read x");
    }

    @Test
    void shutdownNowCancelsARunningSort() throws Exception {
        double[] original = doubles(Shape.GAUSS_NAN, 4 * N);
        double[] x = original.clone();
        ComputePool pool = ComputePool.create(2);
        CompletableFuture<Void> f = pool.sort(x);
        Thread.sleep(10);
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(f.isDone(), "the future reaches a terminal state");
        if (!f.isCompletedExceptionally()) {
            assertArrayEquals(Kernels.sorted(original), x);
        } else if (!Arrays.equals(original, x)) {
            assertArrayEquals(Kernels.sorted(original), x);
        }
    }

    @Test
    void syncFormFinishesFromInsideItsOwnOneWorkerPool() {
        double[] x = doubles(Shape.UNIFORM, N);
        double[] ref = Kernels.sorted(x);
        ComputePool one = pools[0];
        one.submit(() -> Kernels.sort(x, one)).join();
        assertArrayEquals(ref, x);
        ComputePool two = pools[1];
        // Both workers busy with calls that need helpers: the callers do the work themselves.
        double[] y = doubles(Shape.FEW, N);
        double[] z = y.clone();
        CompletableFuture<?> f1 = two.submit(() -> Kernels.sort(y, two));
        CompletableFuture<?> f2 = two.submit(() -> Kernels.sort(z, two));
        f1.join();
        f2.join();
        assertArrayEquals(y, z);
        assertArrayEquals(Kernels.sorted(y.clone()), y);
    }

    @Test
    void badInputIsThrownByTheCall() {
        ComputePool pool = pools[1];
        try (Arena confined = Arena.ofConfined()) {
            DoubleArray c = DoubleArray.copyOf(confined, doubles(Shape.UNIFORM, 3000));
            assertThrows(IllegalArgumentException.class, () -> pool.sort(c));
            assertThrows(IllegalArgumentException.class, () -> pool.quantile(c, 0.5, QuantileMethod.LINEAR));
            assertThrows(IllegalArgumentException.class, () -> pool.histogram(c, 10, 0, 1));
            // the synchronous forms run a confined array on the calling thread
            Kernels.sort(c, pool);
            double[] s = c.toArray();
            for (int i = 1; i < s.length; i++) {
                assertTrue(s[i - 1] <= s[i]);
            }
            DoubleArray ro = DoubleArray.wrap(DoubleArray.copyOf(shared, new double[] {2, 1}).segment().asReadOnly());
            assertThrows(IllegalArgumentException.class, () -> pool.sort(ro));
        }
        Arena gone = Arena.ofShared();
        DoubleArray dead = DoubleArray.allocate(gone, 4);
        gone.close();
        assertThrows(IllegalStateException.class, () -> pool.sort(dead));
        assertThrows(IllegalArgumentException.class, () -> pool.percentile(new double[0], 50));
        assertThrows(IllegalArgumentException.class, () -> pool.percentile(new double[] {1}, 101));
        assertThrows(IllegalArgumentException.class, () -> pool.histogram(new double[] {1}, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> pool.histogram(new double[] {1}, 3, 0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> pool.argsort(DoubleArray.wrap(new double[4]),
                LongArray.wrap(new long[3])));
        assertThrows(NullPointerException.class, () -> pool.sort((double[]) null));
        ComputePool down = ComputePool.create(2);
        down.shutdown();
        double[] big = doubles(Shape.UNIFORM, N);
        double[] before = big.clone();
        assertThrows(RejectedExecutionException.class, () -> down.sort(big));
        assertArrayEquals(before, big);
        assertThrows(RejectedExecutionException.class, () -> down.sort(new double[10]));
    }

    @Test
    void aFailingChunkFailsTheFuture() {
        // An arena closed while the sort runs: the chunk's access throws, the future fails with
        // IllegalStateException (or the sort finished first).
        Arena a = Arena.ofShared();
        DoubleArray x = DoubleArray.copyOf(a, doubles(Shape.UNIFORM, 4 * N));
        CompletableFuture<Void> f = pools[1].sort(x);
        while (true) {
            try {
                a.close();
                break;
            } catch (IllegalStateException busy) {
                Thread.onSpinWait(); // a native call holds the memory at this instant
            }
        }
        try {
            f.join();
        } catch (CompletionException e) {
            assertTrue(e.getCause() instanceof IllegalStateException, e.toString());
        }
    }
}
