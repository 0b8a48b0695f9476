package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The pool's futures against CPython's {@code concurrent.futures} ({@code _base.py},
 * {@code thread.py}): {@code running()}, {@code add_done_callback}, {@code cancel()}, and the
 * corners of {@code wait} and {@code as_completed}. Where the pool deliberately differs, the
 * test pins the documented behaviour (see docs/futures.md).
 */
class PoolFuturePythonContractTest {

    // ------------------------------------------------------------------ running()

    @Test
    void runningIsTrueOnlyWhileAWorkerRunsTheTask() throws Exception {
        try (ComputePool pool = ComputePool.create(1)) {
            Gate started = new Gate();
            Gate release = new Gate();
            PoolFuture<Integer> first = pool.submit(() -> {
                started.open();
                release.await();
                return 1;
            });
            PoolFuture<Integer> queued = pool.submit(() -> 2);
            started.await();
            assertTrue(first.isRunning(), "running");
            assertFalse(queued.isRunning(), "queued is not running");
            assertFalse(queued.isDone());
            // Future.state() cannot tell them apart: both report RUNNING.
            assertEquals(Future.State.RUNNING, queued.state());
            release.open();
            assertEquals(1, first.get(30, TimeUnit.SECONDS));
            assertEquals(2, queued.get(30, TimeUnit.SECONDS));
            assertFalse(first.isRunning(), "done is not running");
            assertFalse(queued.isRunning());
        }
    }

    @Test
    void runningIsFalseForACancelledTaskQueuedOrRunningAndForAFailedOne() throws Exception {
        try (ComputePool pool = ComputePool.create(1)) {
            Gate started = new Gate();
            PoolFuture<Integer> loop = pool.submit(() -> {
                started.open();
                while (!ComputePool.currentTaskCancelled()) {
                    Thread.onSpinWait();
                }
                return 0;
            });
            PoolFuture<Integer> queued = pool.submit(() -> 2);
            started.await();
            assertTrue(queued.cancel(false));
            assertFalse(queued.isRunning());
            assertTrue(loop.isRunning());
            assertTrue(loop.cancel(false), "the documented difference: a running task can be cancelled");
            assertFalse(loop.isRunning());
            assertTrue(loop.isCancelled());
            PoolFuture<Object> fails = pool.submit(() -> {
                throw new IllegalStateException("boom");
            });
            ExecutionException e = assertThrows(ExecutionException.class, () -> fails.get(30, TimeUnit.SECONDS));
            assertInstanceOf(IllegalStateException.class, e.getCause());
            assertFalse(fails.isRunning());
        }
    }

    // ------------------------------------------------------------------ add_done_callback

    @Test
    void callbacksRunInTheOrderAddedOnTheCompletingThread() throws Exception {
        try (ComputePool pool = ComputePool.create(1)) {
            Gate release = new Gate();
            PoolFuture<Integer> f = pool.submit(() -> {
                release.await();
                return 7;
            });
            List<String> calls = Collections.synchronizedList(new ArrayList<>());
            List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
            for (int i = 0; i < 20; i++) {
                int k = i;
                assertSame(f, f.addDoneCallback(g -> {
                    assertSame(f, g);
                    calls.add("cb" + k + "=" + g.join());
                    threads.add(Thread.currentThread());
                }));
            }
            assertEquals(0, f.getNumberOfDependents(), "no dependent stage: the completing call runs the callbacks");
            release.open();
            assertEquals(7, f.get(30, TimeUnit.SECONDS));
            Gate.awaitCondition("callbacks ran", () -> calls.size() == 20);
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                expected.add("cb" + i + "=7");
            }
            assertEquals(expected, calls);
            for (Thread t : threads) {
                assertTrue(pool.isWorker(t), "callbacks ran on the worker that completed the task");
            }
        }
    }

    @Test
    void aCallbackAddedAfterCompletionRunsAtOnceInTheAddingThread() throws Exception {
        try (ComputePool pool = ComputePool.create(1)) {
            PoolFuture<String> f = pool.submit(() -> "v");
            f.get(30, TimeUnit.SECONDS);
            Thread me = Thread.currentThread();
            List<Thread> ran = new ArrayList<>();
            f.addDoneCallback(g -> ran.add(Thread.currentThread()));
            assertEquals(List.of(me), ran, "ran before addDoneCallback returned, on the caller");
            assertEquals(0, f.getNumberOfDependents());
        }
    }

    @Test
    void aThrowingCallbackIsLoggedAndTheOthersStillRun() throws Exception {
        Logger logger = Logger.getLogger("org.kernels4j.PoolFuture");
        List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        boolean parents = logger.getUseParentHandlers();
        logger.addHandler(capture);
        logger.setUseParentHandlers(false);
        try (ComputePool pool = ComputePool.create(1)) {
            Gate release = new Gate();
            PoolFuture<Integer> f = pool.submit(() -> {
                release.await();
                return 1;
            });
            List<Integer> calls = Collections.synchronizedList(new ArrayList<>());
            f.addDoneCallback(g -> calls.add(1));
            f.addDoneCallback(g -> {
                throw new IllegalStateException("callback two fails");
            });
            f.addDoneCallback(g -> calls.add(3));
            release.open();
            assertEquals(1, f.get(30, TimeUnit.SECONDS));
            Gate.awaitCondition("third callback", () -> calls.size() == 2);
            assertEquals(List.of(1, 3), calls);
            // After completion too: the throw is logged, the caller does not see it.
            f.addDoneCallback(g -> {
                throw new IllegalArgumentException("late callback fails");
            });
            Gate.awaitCondition("two log records", () -> records.size() == 2);
            assertEquals(Level.SEVERE, records.get(0).getLevel());
            assertEquals("callback two fails", records.get(0).getThrown().getMessage());
            assertEquals("late callback fails", records.get(1).getThrown().getMessage());
            assertTrue(f.isDone() && !f.isCompletedExceptionally(), "the future is unaffected");
        } finally {
            logger.removeHandler(capture);
            logger.setUseParentHandlers(parents);
        }
    }

    @Test
    void callbacksRunWhenTheFutureIsCancelledOrDroppedByShutdown() throws Exception {
        ComputePool pool = ComputePool.create(1);
        Gate started = new Gate();
        Gate release = new Gate();
        PoolFuture<Integer> blocker = pool.submit(() -> {
            started.open();
            release.await();
            return 1;
        });
        started.await();
        PoolFuture<Integer> cancelled = pool.submit(() -> 2);
        PoolFuture<Integer> dropped = pool.submit(() -> 3);
        List<String> calls = Collections.synchronizedList(new ArrayList<>());
        cancelled.addDoneCallback(g -> calls.add("cancelled:" + g.isCancelled()));
        dropped.addDoneCallback(g -> calls.add("dropped:" + g.isCancelled()));
        assertTrue(cancelled.cancel(false));
        pool.shutdown(false, true);
        release.open();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals(List.of("cancelled:true", "dropped:true"), calls);
        assertEquals(1, blocker.join());
    }

    // ------------------------------------------------------------------ cancel()

    @Test
    void cancelFollowsPythonExceptForARunningTask() throws Exception {
        try (ComputePool pool = ComputePool.create(1)) {
            PoolFuture<Integer> done = pool.submit(() -> 1);
            done.get(30, TimeUnit.SECONDS);
            assertFalse(done.cancel(false), "cancel on a finished future returns false");
            assertFalse(done.isCancelled());
            PoolFuture<Object> failed = pool.submit(() -> {
                throw new IllegalStateException();
            });
            assertThrows(ExecutionException.class, () -> failed.get(30, TimeUnit.SECONDS));
            assertFalse(failed.cancel(true), "cancel on a failed future returns false");
            Gate release = new Gate();
            pool.submit(release::await);
            PoolFuture<Integer> queued = pool.submit(() -> 2);
            assertTrue(queued.cancel(false));
            assertTrue(queued.cancel(false), "cancel on a cancelled future returns true again");
            assertThrows(CancellationException.class, queued::get);
            release.open();
        }
    }

    // ------------------------------------------------------------------ shutdown, submit

    @Test
    void submitAfterShutdownIsRejected() {
        ComputePool pool = ComputePool.create(1);
        pool.shutdown(true, false);
        assertThrows(RejectedExecutionException.class, () -> pool.submit(() -> 1));
        assertThrows(RejectedExecutionException.class, () -> pool.map(x -> x, List.of()));
    }

    // ------------------------------------------------------------------ wait, as_completed

    @Test
    void waitOnNothingReturnsTwoEmptySetsAtOnce() throws Exception {
        DoneAndNotDone<Future<?>> r = Futures.await(List.of(), Duration.ofDays(1), ReturnWhen.FIRST_COMPLETED);
        assertEquals(Set.of(), r.done());
        assertEquals(Set.of(), r.notDone());
    }

    @Test
    void firstExceptionWithoutAFailureWaitsForAllAndCancellationIsNotAFailure() throws Exception {
        try (ComputePool pool = ComputePool.create(2)) {
            Gate release = new Gate();
            PoolFuture<Integer> slow = pool.submit(() -> {
                release.await();
                return 1;
            });
            PoolFuture<Integer> quick = pool.submit(() -> 2);
            CompletableFuture<Integer> cancelled = new CompletableFuture<>();
            cancelled.cancel(false);
            quick.get(30, TimeUnit.SECONDS);
            DoneAndNotDone<CompletableFuture<Integer>> r =
                    Futures.await(List.of(slow, quick, cancelled), Duration.ofMillis(200), ReturnWhen.FIRST_EXCEPTION);
            assertEquals(Set.of(quick, cancelled), r.done(), "neither a result nor a cancel stops FIRST_EXCEPTION");
            assertEquals(Set.of(slow), r.notDone());
            release.open();
            r = Futures.await(List.of(slow, quick, cancelled), null, ReturnWhen.FIRST_EXCEPTION);
            assertEquals(Set.of(slow, quick, cancelled), r.done());
        }
    }

    @Test
    void aZeroTimeoutWaitReportsWithoutWaitingAndDuplicatesCountOnce() throws Exception {
        CompletableFuture<Integer> done = CompletableFuture.completedFuture(1);
        CompletableFuture<Integer> pending = new CompletableFuture<>();
        long t0 = System.nanoTime();
        DoneAndNotDone<CompletableFuture<Integer>> r =
                Futures.await(List.of(pending, done, pending, done), Duration.ZERO, ReturnWhen.ALL_COMPLETED);
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5));
        assertEquals(Set.of(done), r.done());
        assertEquals(Set.of(pending), r.notDone());
        assertEquals(0, pending.getNumberOfDependents());
    }

    @Test
    void asCompletedOverPoolFuturesYieldsFinishedOnesFirst() throws Exception {
        try (ComputePool pool = ComputePool.create(1)) {
            PoolFuture<Integer> finished = pool.submit(() -> 1);
            finished.get(30, TimeUnit.SECONDS);
            Gate release = new Gate();
            PoolFuture<Integer> blocked = pool.submit(() -> {
                release.await();
                return 2;
            });
            try (CompletionOrder<PoolFuture<Integer>> order =
                         Futures.asCompleted(List.of(blocked, finished, blocked), Duration.ofSeconds(30))) {
                assertSame(finished, order.next());
                release.open();
                assertSame(blocked, order.next());
                assertFalse(order.hasNext());
            }
        }
    }

    @Test
    void mapTimeoutIsMeasuredFromTheCallAndCancelsTheRest() throws Exception {
        try (ComputePool pool = ComputePool.create(1)) {
            Gate release = new Gate();
            MapIterator<Integer> it = pool.map(x -> {
                if (x == 0) {
                    release.await();
                }
                return x;
            }, List.of(0, 1, 2), MapOptions.defaults().withTimeout(Duration.ofMillis(100)));
            Thread.sleep(150);
            long t0 = System.nanoTime();
            assertThrows(UncheckedTimeoutException.class, it::next);
            assertTrue(System.nanoTime() - t0 < TimeUnit.MILLISECONDS.toNanos(1000),
                    "the deadline had passed already: no further wait");
            release.open();
            it.close();
        }
    }

    @Test
    void resultWithTimeoutRaisesTimeout() {
        try (ComputePool pool = ComputePool.create(1)) {
            Gate release = new Gate();
            PoolFuture<Object> f = pool.submit(() -> {
                release.await();
                return null;
            });
            assertThrows(TimeoutException.class, () -> f.get(10, TimeUnit.MILLISECONDS));
            release.open();
        }
    }
}
