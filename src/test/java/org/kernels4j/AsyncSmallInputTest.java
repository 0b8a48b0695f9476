package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.kernels4j.planner.ChunkJob;
import org.kernels4j.planner.ChunkPlanner;

/**
 * Async kernels on inputs too small to pay for a hand-off run on the calling thread: the future
 * is already done when the method returns, with the same bits as the synchronous call; larger
 * inputs still go to the workers; a shut-down pool still rejects.
 */
class AsyncSmallInputTest {

    /**
     * Occupies the only worker of {@code pool} with a task that waits for the returned latch, and
     * returns once the worker has taken it off the queue (else the queued count would include it,
     * a race an earlier version lost under load).
     */
    private static java.util.concurrent.CountDownLatch holdTheOnlyWorker(ComputePool pool) throws InterruptedException {
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        pool.submit(() -> {
            started.countDown();
            release.await();
            return null;
        });
        assertTrue(started.await(30, java.util.concurrent.TimeUnit.SECONDS), "the worker took the task");
        return release;
    }

    @Test
    void smallInputsCompleteBeforeTheCallReturns() throws Exception {
        Random r = new Random(3);
        int small = (int) ChunkJob.INLINE_MAX_ELEMENTS;
        double[] x = new double[small];
        for (int i = 0; i < x.length; i++) {
            x[i] = r.nextDouble() - 0.5;
        }
        try (ComputePool pool = ComputePool.create(2)) {
            CompletableFuture<Double> s = pool.sum(x);
            assertTrue(s.isDone(), "ran on the caller");
            assertEquals(Kernels.sum(x), s.get());
            CompletableFuture<Double> v = pool.var(x, 1);
            assertTrue(v.isDone());
            assertEquals(Kernels.var(x, 1), v.get());
            assertFalse(s.cancel(true), "a done future cannot be cancelled");

            double[] out = new double[small];
            CompletableFuture<?> e = pool.exp(DoubleArray.wrap(x), DoubleArray.wrap(out));
            assertTrue(e.isDone());
            double[] want = new double[small];
            Kernels.exp(DoubleArray.wrap(x), DoubleArray.wrap(want));
            assertTrue(java.util.Arrays.equals(want, out));

            DoubleMatrix a = DoubleMatrix.wrap(x.clone(), 128, 256);
            DoubleMatrix b = DoubleMatrix.wrap(x.clone(), 256, 128);
            DoubleMatrix c1 = DoubleMatrix.zeros(128, 128);
            DoubleMatrix c2 = DoubleMatrix.zeros(128, 128);
            CompletableFuture<Void> g = pool.gemm(false, false, 1.0, a, b, 0.0, c1);
            g.get();
            Kernels.gemm(false, false, 1.0, a, b, 0.0, c2);
            for (int i = 0; i < 128; i++) {
                for (int j = 0; j < 128; j++) {
                    assertEquals(Double.doubleToLongBits(c2.get(i, j)), Double.doubleToLongBits(c1.get(i, j)));
                }
            }
            DoubleMatrix sa = DoubleMatrix.wrap(java.util.Arrays.copyOf(x, 64 * 64), 64, 64);
            DoubleMatrix sc = DoubleMatrix.zeros(64, 64);
            assertTrue(pool.gemm(false, false, 1.0, sa, sa, 0.0, sc).isDone(), "a 64^3 product ran on the caller");

            // One element more than the limit: the workers' path, same bits.
            double[] big = new double[small + 1];
            System.arraycopy(x, 0, big, 0, small);
            big[small] = 0.25;
            assertEquals(Kernels.sum(big), pool.sum(big).get());
        }
    }

    @Test
    void theLimitFollowsTheKernelsCostPerElement() throws Exception {
        assertEquals(1L << 17, ChunkPlanner.plan(5, ChunkPlanner.Cost.STREAM, 2, 0).inlineMax());
        assertEquals(1L << 17, ChunkPlanner.plan(5, ChunkPlanner.Cost.TRANSCENDENTAL, 2, 0).inlineMax());
        assertEquals(1L << 13, ChunkPlanner.plan(5, ChunkPlanner.Cost.LIBM, 2, 0).inlineMax());
        assertEquals(ChunkJob.INLINE_MAX_ELEMENTS, new ChunkPlanner.Plan(5, 512).inlineMax());
        // the constant the bench tool reads (it cannot link to the enum from outside the module)
        assertEquals(java.util.Arrays.stream(ChunkPlanner.Cost.values()).mapToLong(c -> c.inlineMax).max().orElseThrow(),
                ChunkPlanner.LARGEST_INLINE_MAX);
        // A pool whose only worker is held: a job handed to it would stay queued, so a done
        // future proves the caller ran it, and a pending one that it went to the queue.
        try (ComputePool held = ComputePool.create(1)) {
            java.util.concurrent.CountDownLatch release = holdTheOnlyWorker(held);
            try {
                Random r = new Random(5);
                double[] x = new double[1 << 17];
                for (int i = 0; i < x.length; i++) {
                    x[i] = r.nextDouble() - 0.5;
                }
                double[] out = new double[x.length];
                CompletableFuture<Double> s = held.sum(x);
                assertTrue(s.isDone(), "a memory-bound kernel of 2^17 elements ran on the caller");
                assertEquals(Kernels.sum(x), s.get());
                assertTrue(held.exp(x, out).isDone(), "exp of 2^17 elements ran on the caller");
                double[] sinIn = java.util.Arrays.copyOf(x, 1 << 13);
                double[] sinOut = new double[sinIn.length];
                assertTrue(held.sin(sinIn, sinOut).isDone(), "sin of 2^13 elements ran on the caller");
                double[] want = new double[sinIn.length];
                Kernels.sin(sinIn, want);
                assertTrue(java.util.Arrays.equals(want, sinOut));
                // one element past each limit: queued behind the held task
                double[] sinBig = java.util.Arrays.copyOf(x, (1 << 13) + 1);
                CompletableFuture<Void> pendingSin = held.sin(sinBig, new double[sinBig.length]);
                double[] big = java.util.Arrays.copyOf(x, (1 << 17) + 1);
                CompletableFuture<Double> pendingSum = held.sum(big);
                assertFalse(pendingSin.isDone(), "sin past its limit went to the worker");
                assertFalse(pendingSum.isDone(), "a sum past its limit went to the worker");
                release.countDown();
                assertEquals(Kernels.sum(big), pendingSum.get());
                pendingSin.get();
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    void aShutDownPoolStillRejectsSmallInputs() {
        ComputePool pool = ComputePool.create(2);
        pool.shutdown(true, false);
        assertThrows(RejectedExecutionException.class, () -> pool.sum(new double[10]));
        assertThrows(RejectedExecutionException.class, () -> pool.gemm(false, false, 1.0, DoubleMatrix.zeros(2, 2),
                DoubleMatrix.zeros(2, 2), 0.0, DoubleMatrix.zeros(2, 2)));
    }

    @Test
    void singleTaskKernelsOnSmallInputsAlsoRunOnTheCaller() throws Exception {
        // A pool whose only worker is held: anything handed to it would stay queued.
        try (ComputePool held = ComputePool.create(1)) {
            java.util.concurrent.CountDownLatch release = holdTheOnlyWorker(held);
            try {
                int[] ints = {3, -1, 4, 1, -5, 9};
                CompletableFuture<Long> sum = held.sum(ints);
                assertTrue(sum.isDone(), "int sum ran on the caller");
                assertEquals(11L, sum.get());
                assertEquals(Kernels.argmax(IntArray.wrap(ints)), held.argmax(IntArray.wrap(ints)).get());
                double[] x = {0.5, -2, 7, Double.NaN, 1};
                assertEquals(Double.doubleToLongBits(Kernels.nanvar(x, 1)),
                        Double.doubleToLongBits(held.nanvar(x, 1).get()));
                double[] y = {5, 3, 1, 4, 2};
                CompletableFuture<?> sorted = held.sort(y);
                assertTrue(sorted.isDone(), "a small sort ran on the caller");
                double[] q = {9, 8, 7, 6, 5, 4};
                assertTrue(held.partition(q, 2).isDone(), "a small partition ran on the caller");
                assertEquals(6.0, q[2]);
                // The kernel's own exception fails the returned future; nothing is queued.
                CompletableFuture<Long> bad = held.argmin(IntArray.wrap(new int[0]));
                assertTrue(bad.isCompletedExceptionally());
                assertEquals(0, held.queuedTaskCount());
            } finally {
                release.countDown();
            }
        }
    }
}
