package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Submits, cancels (queued and running), timeouts (get, orTimeout, await, asCompleted, map) and a
 * shutdown of a random kind, all racing. Then it checks that no future was lost, that no body ran
 * after a cancel beat the worker to it, and that the worker threads are gone.
 */
class ComputePoolStressTest {
    private static final int ROUNDS = 4;
    private static final int SUBMITS_PER_ROUND = 30_000;
    private static final int SUBMITTERS = 2;
    private static final int MIN_ACCEPTED_TOTAL = 100_000;

    private enum ShutdownKind { ORDERLY, CANCEL_FUTURES, NOW, CLOSE }

    /** What one round saw, summed over rounds for the report. */
    private static final class Tally {
        final AtomicLong accepted = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();
        final AtomicLong completedNormally = new AtomicLong();
        final AtomicLong cancelledWhileQueued = new AtomicLong();
        final AtomicLong cancelledWhileRunning = new AtomicLong();
        final AtomicLong failed = new AtomicLong();
        final AtomicLong mapTimeouts = new AtomicLong();

        @Override
        public String toString() {
            return "accepted=" + accepted + " rejected=" + rejected + " completed=" + completedNormally
                    + " cancelledWhileQueued=" + cancelledWhileQueued + " cancelledWhileRunning=" + cancelledWhileRunning
                    + " failed=" + failed + " mapTimeouts=" + mapTimeouts;
        }
    }

    @Test
    void racingSubmitsCancelsTimeoutsAndShutdownLoseNoFutureAndLeaveNoThread() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // Start CompletableFuture's delay thread (orTimeout) now, so it is part of the baseline.
        new CompletableFuture<>().orTimeout(1, TimeUnit.MILLISECONDS);
        long workerBaseline = ComputePoolShutdownTest.liveWorkerThreads();
        int threadBaseline = threads.getThreadCount();

        Tally tally = new Tally();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (int round = 0; round < ROUNDS; round++) {
                runRound(ShutdownKind.values()[round % ShutdownKind.values().length], tally);
            }
        });
        System.out.println("ComputePoolStressTest: " + tally);
        assertTrue(tally.accepted.get() >= MIN_ACCEPTED_TOTAL, tally::toString);
        assertTrue(tally.completedNormally.get() > 0, tally::toString);
        assertTrue(tally.cancelledWhileQueued.get() > 0, tally::toString);

        assertEquals(workerBaseline, ComputePoolShutdownTest.liveWorkerThreads());
        // Other helper threads (ours, JUnit's timeout thread) exit asynchronously after join/shutdown.
        Gate.awaitCondition("thread count back to " + threadBaseline,
                () -> threads.getThreadCount() <= threadBaseline);
    }

    private static void runRound(ShutdownKind shutdownKind, Tally tally) throws Exception {
        ComputePool pool = ComputePool.create(2);
        AtomicReferenceArray<CompletableFuture<Integer>> futures = new AtomicReferenceArray<>(SUBMITS_PER_ROUND);
        AtomicIntegerArray bodyRan = new AtomicIntegerArray(SUBMITS_PER_ROUND);
        AtomicIntegerArray cancelSucceeded = new AtomicIntegerArray(SUBMITS_PER_ROUND);
        AtomicInteger nextIndex = new AtomicInteger();
        AtomicInteger published = new AtomicInteger(); // futures[0..published) are set or rejected
        int shutdownAt = (int) (SUBMITS_PER_ROUND * ThreadLocalRandom.current().nextDouble(0.9, 1.0));
        CountDownLatch shutdownPoint = new CountDownLatch(1);
        CountDownLatch submittersDone = new CountDownLatch(SUBMITTERS);

        Runnable submitter = () -> {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            int i;
            while ((i = nextIndex.getAndIncrement()) < SUBMITS_PER_ROUND) {
                if (i == shutdownAt) {
                    shutdownPoint.countDown();
                }
                int index = i;
                int kind = rnd.nextInt(100);
                try {
                    CompletableFuture<Integer> f = pool.submit(() -> body(index, kind, bodyRan));
                    futures.set(index, f);
                    tally.accepted.incrementAndGet();
                    if (kind == 1) {
                        f.orTimeout(rnd.nextInt(1, 200), TimeUnit.MICROSECONDS);
                    } else if (kind == 2) {
                        waitBriefly(f);
                    }
                } catch (RejectedExecutionException e) {
                    tally.rejected.incrementAndGet();
                }
                published.incrementAndGet();
            }
            submittersDone.countDown();
        };
        Runnable canceller = () -> {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            while (submittersDone.getCount() > 0) {
                int n = published.get();
                if (n == 0) {
                    Thread.onSpinWait();
                    continue;
                }
                int i = rnd.nextInt(n);
                CompletableFuture<Integer> f = futures.get(i);
                if (f != null && rnd.nextInt(3) == 0 && f.cancel(rnd.nextBoolean())) {
                    cancelSucceeded.set(i, 1);
                }
            }
        };
        Runnable waiter = () -> {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            while (submittersDone.getCount() > 0) {
                List<Future<Integer>> sample = new ArrayList<>();
                int n = published.get();
                for (int k = 0; k < 16 && n > 0; k++) {
                    CompletableFuture<Integer> f = futures.get(rnd.nextInt(n));
                    if (f != null) {
                        sample.add(f);
                        sample.add(f); // duplicates must be harmless
                    }
                }
                try {
                    exerciseWaiting(pool, sample, rnd, tally);
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        };

        List<Thread> helpers = new ArrayList<>();
        for (int s = 0; s < SUBMITTERS; s++) {
            helpers.add(Thread.ofPlatform().name("stress-submitter-" + s).start(submitter));
        }
        helpers.add(Thread.ofPlatform().name("stress-canceller").start(canceller));
        helpers.add(Thread.ofPlatform().name("stress-waiter").start(waiter));

        shutdownPoint.await();
        switch (shutdownKind) {
            case ORDERLY -> pool.shutdown(false, false);
            case CANCEL_FUTURES -> pool.shutdown(false, true);
            case NOW -> pool.shutdownNow();
            case CLOSE -> pool.close();
        }
        for (Thread t : helpers) {
            t.join();
        }
        pool.close();
        assertTrue(pool.isTerminated());

        for (int i = 0; i < SUBMITS_PER_ROUND; i++) {
            CompletableFuture<Integer> f = futures.get(i);
            if (f == null) {
                continue; // rejected
            }
            PoolTask<?> task = (PoolTask<?>) f;
            assertTrue(f.isDone(), "future " + i + " never reached a terminal state");
            boolean ran = bodyRan.get(i) == 1;
            if (task.wasCancelledWhileQueued()) {
                assertFalse(ran, "task " + i + " ran although a cancel claimed it while it was queued");
                // Cancelled, unless orTimeout had completed it a moment before the cancel.
                assertTrue(f.isCancelled() || f.isCompletedExceptionally());
                tally.cancelledWhileQueued.incrementAndGet();
            }
            if (cancelSucceeded.get(i) == 1) {
                assertTrue(f.isCancelled());
                if (ran) {
                    // Only possible if the worker had claimed the task before the cancel.
                    assertTrue(task.hasStarted(), "task " + i);
                    tally.cancelledWhileRunning.incrementAndGet();
                }
            }
            if (!f.isCompletedExceptionally()) {
                assertTrue(ran, "task " + i + " completed normally without running");
                assertEquals(i, f.join());
                tally.completedNormally.incrementAndGet();
            } else if (!f.isCancelled()) {
                tally.failed.incrementAndGet();
            }
        }
    }

    /** A task body: mostly trivial; some fail; some are chunked kernels that stop when cancelled. */
    private static int body(int index, int kind, AtomicIntegerArray bodyRan) throws Exception {
        bodyRan.set(index, 1);
        if (kind == 3) {
            throw new IllegalStateException("task " + index + " fails on purpose");
        }
        if (kind >= 95) {
            ChunkedTask.forEachChunk(64, 1, (from, to) -> {
                for (int spin = 0; spin < 200; spin++) {
                    Thread.onSpinWait();
                }
            });
        }
        return index;
    }

    private static void waitBriefly(Future<Integer> f) {
        try {
            f.get(ThreadLocalRandom.current().nextInt(1, 100), TimeUnit.MICROSECONDS);
        } catch (TimeoutException | ExecutionException | CancellationException expected) {
            // Any of these is a legal outcome of a short wait in this race.
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static void exerciseWaiting(ComputePool pool, List<Future<Integer>> sample, ThreadLocalRandom rnd,
            Tally tally) throws InterruptedException {
        ReturnWhen when = ReturnWhen.values()[rnd.nextInt(ReturnWhen.values().length)];
        DoneAndNotDone<Future<Integer>> r = Futures.await(sample, Duration.ofMillis(rnd.nextInt(0, 3)), when);
        for (Future<Integer> f : r.done()) {
            assertTrue(f.isDone());
        }
        assertEquals(sample.stream().distinct().count(), r.done().size() + r.notDone().size());
        int yielded = 0;
        try {
            for (Future<Integer> f : Futures.asCompleted(sample, Duration.ofMillis(rnd.nextInt(0, 3)))) {
                assertTrue(f.isDone());
                yielded++;
            }
            assertEquals(sample.stream().distinct().count(), yielded);
        } catch (UncheckedTimeoutException expected) {
            // The sample had futures still queued behind thousands of others.
        }
        MapOptions options = MapOptions.defaults()
                .withTimeout(Duration.ofMillis(rnd.nextInt(1, 20)))
                .withChunksize(rnd.nextInt(1, 6))
                .withBuffersize(rnd.nextInt(0, 4));
        try (MapIterator<Integer> it = pool.map(x -> x + 1, IntStream.range(0, 40).boxed().toList(), options)) {
            int expected = 1;
            while (it.hasNext()) {
                assertEquals(expected++, it.next());
            }
        } catch (UncheckedTimeoutException e) {
            tally.mapTimeouts.incrementAndGet();
        } catch (RejectedExecutionException | CancellationException | CompletionException afterShutdown) {
            // Rejected once the pool shut down; cancelled by shutdown(cancelFutures) or shutdownNow.
        }
    }
}
