package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Cancelling an async kernel stops it at a chunk boundary and frees its workers; shutdown in
 * each form leaves every kernel future in a terminal state; closing a shared arena under a
 * running kernel fails the kernel, never the JVM.
 */
class AsyncCancellationTest {
    /** 2^25 doubles (256 MiB): ~0.1 s of exp on one core, 2048 chunks of 2^14. */
    static final int N = 1 << 25;
    static final long CHUNK = 1 << 14;
    static final double SENTINEL = -12345.0;

    static double[] input;
    static double[] out;

    @BeforeAll
    static void arrays() {
        input = new double[N];
        for (int i = 0; i < N; i++) {
            input[i] = (i & 1023) * 1e-3;
        }
        out = new double[N];
    }

    @AfterAll
    static void release() {
        input = null;
        out = null;
    }

    static void resetOut() {
        Arrays.fill(out, SENTINEL);
    }

    /** Chunks of {@code out} whose first element was written. */
    static int writtenChunks() {
        int count = 0;
        for (long c = 0; c < N; c += CHUNK) {
            if (out[(int) c] != SENTINEL) {
                count++;
            }
        }
        return count;
    }

    static void awaitFirstChunkWritten() {
        Gate.awaitCondition("the first chunk is written", () -> out[0] != SENTINEL);
    }

    @FunctionalInterface
    interface Attempt {
        /** Returns false if the kernel finished before it could be stopped (then nothing is asserted). */
        boolean run() throws Exception;
    }

    /**
     * Runs a scenario that must stop a kernel while it runs. The kernels here take tens of
     * milliseconds; on a loaded host one may finish before the test thread gets to stop it, so
     * the scenario is retried a few times before that counts as a failure.
     */
    static void whileRunning(Attempt attempt) throws Exception {
        for (int i = 0; i < 5; i++) {
            if (attempt.run()) {
                return;
            }
            System.out.println("[async] the kernel finished before it could be stopped; retrying");
        }
        throw new AssertionError("the kernel always finished before it could be stopped");
    }

    /**
     * Every worker of the pool is soon free: one probe task per worker, each waiting until all
     * are running at once, which means no worker is still inside the stopped kernel.
     */
    static void assertWorkersFreeSoon(ComputePool pool) throws Exception {
        long t0 = System.nanoTime();
        CountDownLatch allRunning = new CountDownLatch(pool.workerCount());
        CompletableFuture<?>[] probes = new CompletableFuture<?>[pool.workerCount()];
        for (int i = 0; i < probes.length; i++) {
            probes[i] = pool.submit(() -> {
                allRunning.countDown();
                return allRunning.await(5, TimeUnit.SECONDS);
            });
        }
        for (CompletableFuture<?> p : probes) {
            assertEquals(Boolean.TRUE, p.get(10, TimeUnit.SECONDS), "every worker took a probe");
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 2000, "the workers were free after " + ms + " ms");
    }

    @Test
    void cancellingARunningElementwiseKernelStopsItAtAChunkBoundary() throws Exception {
        try (ComputePool pool = ComputePool.create(2)) {
            whileRunning(() -> {
                resetOut();
                CompletableFuture<Void> f = pool.withChunkSize(CHUNK).exp(input, out);
                awaitFirstChunkWritten();
                if (!f.cancel(true)) {
                    return false;
                }
                assertTrue(f.isCancelled());
                assertThrows(CancellationException.class, f::join);
                assertWorkersFreeSoon(pool);
                // One chunk per worker may still have been finishing; after that nothing changes.
                int written = writtenChunks();
                Thread.sleep(100);
                assertEquals(written, writtenChunks(), "no chunk is written after the kernel stopped");
                // Whole chunks only: every chunk is all-old or all-new.
                for (long c = 0; c < N; c += CHUNK) {
                    boolean first = out[(int) c] == SENTINEL;
                    boolean last = out[(int) (c + CHUNK - 1)] == SENTINEL;
                    assertEquals(first, last, "chunk at " + c + " is half written");
                }
                return written < N / CHUNK;
            });
        }
    }

    @Test
    void cancellingCumsumLeavesAPrefixOfWholeChunks() throws Exception {
        try (ComputePool pool = ComputePool.create(2)) {
            whileRunning(() -> {
                resetOut();
                CompletableFuture<Double> f = pool.withChunkSize(CHUNK).cumsum(input, out);
                awaitFirstChunkWritten();
                if (!f.cancel(false)) {
                    return false;
                }
                assertWorkersFreeSoon(pool);
                int written = writtenChunks();
                Thread.sleep(50);
                assertEquals(written, writtenChunks());
                for (long c = 0; c < N; c += CHUNK) {
                    assertEquals(c >= written * CHUNK, out[(int) c] == SENTINEL, "prefix at " + c);
                }
                return written < N / CHUNK;
            });
        }
    }

    @Test
    void cancellingARunningReductionCompletesItAsCancelledAndFreesTheWorkers() throws Exception {
        try (ComputePool pool = ComputePool.create(2)) {
            whileRunning(() -> {
                // 65536 chunks of 512, two passes: the kernel is running long after the cancel.
                CompletableFuture<Double> f = pool.withChunkSize(512).var(input, 1);
                Gate.awaitCondition("the kernel's tasks have started", () -> pool.queuedTaskCount() == 0);
                if (!f.cancel(false)) {
                    return false;
                }
                assertThrows(CancellationException.class, () -> f.get(1, TimeUnit.SECONDS));
                assertWorkersFreeSoon(pool);
                return true;
            });
        }
    }

    @Test
    void aKernelCancelledWhileQueuedNeverRuns() throws Exception {
        resetOut();
        try (ComputePool pool = ComputePool.create(1)) {
            Gate gate = new Gate();
            CompletableFuture<?> blocker = pool.submit(() -> {
                gate.await();
                return null;
            });
            CompletableFuture<Void> f = pool.exp(input, out);
            assertTrue(f.cancel(false));
            gate.open();
            blocker.get(5, TimeUnit.SECONDS);
            assertWorkersFreeSoon(pool);
            assertEquals(0, writtenChunks(), "the output is untouched");
        }
    }

    @Test
    void completingTheFutureAnyOtherWayStopsTheKernelLikeACancel() throws Exception {
        try (ComputePool pool = ComputePool.create(2)) {
            whileRunning(() -> {
                resetOut();
                CompletableFuture<Void> f = pool.withChunkSize(CHUNK).exp(input, out);
                awaitFirstChunkWritten();
                // What orTimeout does when its time is up.
                if (!f.completeExceptionally(new TimeoutException("as orTimeout does"))) {
                    return false;
                }
                ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(5, TimeUnit.SECONDS));
                assertInstanceOf(TimeoutException.class, e.getCause());
                assertWorkersFreeSoon(pool);
                int written = writtenChunks();
                Thread.sleep(50);
                assertEquals(written, writtenChunks(), "the kernel stopped");
                return written < N / CHUNK;
            });
            // orTimeout itself, end to end: the future fails with TimeoutException unless the
            // kernel beat the timer, and the pool is free afterwards either way.
            CompletableFuture<Void> g = pool.withChunkSize(CHUNK).exp(input, out).orTimeout(1, TimeUnit.MILLISECONDS);
            try {
                g.get(5, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                assertInstanceOf(TimeoutException.class, e.getCause());
            }
            assertWorkersFreeSoon(pool);
        }
    }

    @Test
    void shutdownNowCancelsARunningKernel() throws Exception {
        whileRunning(() -> {
            resetOut();
            ComputePool pool = ComputePool.create(2);
            CompletableFuture<Void> f = pool.withChunkSize(CHUNK).log(input, out);
            awaitFirstChunkWritten();
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
            if (f.isDone() && !f.isCompletedExceptionally()) {
                return false; // finished before shutdownNow
            }
            assertTrue(f.isCancelled(), "the kernel's future is cancelled: " + f);
            return true;
        });
    }

    @Test
    void shutdownWithCancelFuturesCancelsAKernelWhoseTasksHaveNotStarted() throws Exception {
        resetOut();
        ComputePool pool = ComputePool.create(2);
        Gate gate = new Gate();
        for (int i = 0; i < 2; i++) {
            pool.submit(() -> {
                gate.await();
                return null;
            });
        }
        CompletableFuture<Void> f = pool.exp(input, out);
        pool.shutdown(false, true);
        assertTrue(f.isCancelled(), "cancel_futures cancels a kernel that has not started");
        gate.open();
        assertTrue(pool.awaitTermination(5, TimeUnit.SECONDS));
        assertEquals(0, writtenChunks());
    }

    @Test
    void aRunningKernelFinishesThroughAnOrderlyShutdown() throws Exception {
        // var has two passes: the second starts after shutdown, when the pool refuses new tasks,
        // so the worker that finished the first pass does the second alone.
        double expected = Kernels.var(input, 1);
        ComputePool pool = ComputePool.create(2);
        CompletableFuture<Double> f = pool.withChunkSize(CHUNK).var(input, 1);
        pool.shutdown(true, false);
        assertTrue(pool.isTerminated());
        assertTrue(f.isDone() && !f.isCompletedExceptionally(), "every future is done at termination: " + f);
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(f.join()));
    }

    @Test
    void closingASharedArenaUnderARunningKernelFailsTheKernelNotTheJvm() throws Exception {
        try (ComputePool pool = ComputePool.create(2)) {
            Arena arena = Arena.ofShared();
            DoubleArray x = DoubleArray.allocate(arena, N / 4);
            DoubleArray y = DoubleArray.allocate(arena, N / 4);
            CompletableFuture<Void> f = pool.withChunkSize(1 << 16).exp(x, y);
            int refused = 0;
            while (true) {
                try {
                    arena.close();
                    break;
                } catch (IllegalStateException busy) {
                    refused++; // a native call is using the memory right now
                    Thread.onSpinWait();
                }
            }
            try {
                f.get(5, TimeUnit.SECONDS);
                // Possible only if every chunk ran before the close: then the memory was never
                // touched after it.
            } catch (ExecutionException e) {
                assertInstanceOf(IllegalStateException.class, e.getCause(), "the next chunk finds the arena closed");
            }
            assertFalse(x.isAlive());
            assertWorkersFreeSoon(pool);
            System.out.println("[async] arena.close() refused " + refused + " times while a native call ran");
        }
    }
}
