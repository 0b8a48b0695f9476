package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Python's {@code shutdown(wait, cancel_futures)} and the with-statement, plus ExecutorService's own. */
class ComputePoolShutdownTest {

    /** One worker held by a task until {@code release} opens, so later submits stay queued. */
    private static CompletableFuture<String> occupyTheWorker(ComputePool pool, Gate release) {
        Gate started = new Gate();
        CompletableFuture<String> f = pool.submit(() -> {
            started.open();
            release.await();
            return "running task finished";
        });
        started.await();
        return f;
    }

    static long liveWorkerThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(ComputePool.threadNamePrefix()))
                .count();
    }

    @Test
    void shutdownWithoutCancelFuturesStillRunsQueuedTasks() throws Exception {
        ComputePool pool = ComputePool.create(1);
        Gate release = new Gate();
        CompletableFuture<String> running = occupyTheWorker(pool, release);
        List<CompletableFuture<Integer>> queued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int v = i;
            queued.add(pool.submit(() -> v));
        }
        pool.shutdown(false, false);
        assertTrue(pool.isShutdown());
        assertFalse(pool.isTerminated());
        assertThrows(RejectedExecutionException.class, () -> pool.submit(() -> 9));

        release.open();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals("running task finished", running.join());
        for (int i = 0; i < 3; i++) {
            assertEquals(i, queued.get(i).join());
        }
    }

    @Test
    void shutdownWithCancelFuturesCancelsQueuedTasksAndLetsTheRunningOneFinish() throws Exception {
        ComputePool pool = ComputePool.create(1);
        Gate release = new Gate();
        CompletableFuture<String> running = occupyTheWorker(pool, release);
        AtomicInteger queuedRuns = new AtomicInteger();
        List<CompletableFuture<Integer>> queued = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            queued.add(pool.submit(queuedRuns::incrementAndGet));
        }
        pool.shutdown(false, true);
        for (CompletableFuture<Integer> f : queued) {
            assertTrue(f.isCancelled());
        }
        assertFalse(running.isDone());

        release.open();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertEquals("running task finished", running.join()); // not cancelled: it was running
        assertEquals(0, queuedRuns.get());
    }

    @Test
    void shutdownWithWaitReturnsOnlyAfterTheRunningTaskFinished() throws Exception {
        ComputePool pool = ComputePool.create(1);
        Gate release = new Gate();
        List<String> events = new CopyOnWriteArrayList<>();
        Gate started = new Gate();
        pool.submit(() -> {
            started.open();
            release.await();
            events.add("task finished");
        });
        started.await();
        Thread closer = Thread.ofPlatform().start(() -> {
            pool.shutdown(true, true);
            events.add("shutdown returned");
        });
        Gate.awaitCondition("shutdown begun", pool::isShutdown);
        Gate.awaitBlocked(closer);
        assertTrue(events.isEmpty());
        release.open();
        closer.join(Gate.PATIENCE);
        assertEquals(List.of("task finished", "shutdown returned"), events);
        assertTrue(pool.isTerminated());
        assertEquals(0, pool.queuedTaskCount());
    }

    @Test
    void shutdownWithoutWaitReturnsWhileATaskStillRuns() throws Exception {
        ComputePool pool = ComputePool.create(1);
        Gate release = new Gate();
        CompletableFuture<String> running = occupyTheWorker(pool, release);
        pool.shutdown(false, false);
        assertFalse(running.isDone());
        assertFalse(pool.isTerminated());
        assertFalse(pool.awaitTermination(10, TimeUnit.MILLISECONDS));
        release.open();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(running.isDone());
    }

    @Test
    void interruptingShutdownWithWaitStopsWaitingButNotTheShutdown() throws Exception {
        ComputePool pool = ComputePool.create(1);
        Gate release = new Gate();
        occupyTheWorker(pool, release);
        AtomicBoolean interruptedAfterReturn = new AtomicBoolean();
        Thread closer = Thread.ofPlatform().start(() -> {
            pool.shutdown(true, false);
            interruptedAfterReturn.set(Thread.currentThread().isInterrupted());
        });
        Gate.awaitCondition("shutdown begun", pool::isShutdown);
        Gate.awaitBlocked(closer);
        closer.interrupt();
        closer.join(Gate.PATIENCE);
        assertFalse(closer.isAlive());
        assertTrue(interruptedAfterReturn.get());
        assertFalse(pool.isTerminated());
        release.open();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }

    @Test
    void shutdownNowCancelsQueuedAndRunningTasksAndReturnsTheQueuedOnes() throws Exception {
        ComputePool pool = ComputePool.create(1);
        Gate started = new Gate();
        AtomicBoolean runningSawCancel = new AtomicBoolean();
        CompletableFuture<Void> running = pool.submit(() -> {
            started.open();
            Gate.spinUntilCancelled();
            runningSawCancel.set(true);
        });
        AtomicBoolean queuedRan = new AtomicBoolean();
        CompletableFuture<Void> queued = pool.submit(() -> queuedRan.set(true));
        started.await();

        List<Runnable> dropped = pool.shutdownNow();
        assertEquals(List.of(queued), dropped);
        assertTrue(queued.isCancelled());
        assertTrue(running.isCancelled());
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(runningSawCancel.get());
        assertFalse(queuedRan.get());
        dropped.get(0).run(); // running a dropped task does nothing
        assertFalse(queuedRan.get());
    }

    @Test
    void shutdownNowInterruptsATaskBlockedInAnInterruptibleWait() throws Exception {
        ComputePool pool = ComputePool.create(1);
        Gate started = new Gate();
        CompletableFuture<Object> sleeper = pool.submit(() -> {
            started.open();
            Thread.sleep(Gate.PATIENCE.toMillis());
            return "slept";
        });
        started.await();
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(sleeper.isCancelled());
    }

    @Test
    void closeWaitsForQueuedTasksLikeAPythonWithBlock() {
        List<CompletableFuture<Integer>> fs = new ArrayList<>();
        ComputePool pool = ComputePool.create(2);
        try (pool) {
            for (int i = 0; i < 50; i++) {
                int v = i;
                fs.add(pool.submit(() -> v * v));
            }
        }
        assertTrue(pool.isTerminated());
        for (int i = 0; i < 50; i++) {
            assertTrue(fs.get(i).isDone());
            assertEquals(i * i, fs.get(i).join());
        }
    }

    @Test
    void closeInterruptedCallsShutdownNowAndKeepsTheInterruptStatus() throws Exception {
        ComputePool pool = ComputePool.create(1);
        Gate started = new Gate();
        CompletableFuture<Void> endless = pool.submit(() -> {
            started.open();
            Gate.spinUntilCancelled(); // a chunked kernel: only a cancel stops it
        });
        CompletableFuture<Integer> queued = pool.submit(() -> 1);
        started.await();
        AtomicBoolean interruptedAfterClose = new AtomicBoolean();
        Thread closer = Thread.ofPlatform().start(() -> {
            pool.close();
            interruptedAfterClose.set(Thread.currentThread().isInterrupted());
        });
        Gate.awaitCondition("close begun", pool::isShutdown);
        Gate.awaitBlocked(closer);
        closer.interrupt();
        closer.join(Gate.PATIENCE);
        assertFalse(closer.isAlive());
        assertTrue(interruptedAfterClose.get());
        assertTrue(pool.isTerminated());
        assertTrue(endless.isCancelled());
        assertTrue(queued.isCancelled());
    }

    @Test
    void waitingForThePoolFromItsOwnWorkerIsRefused() throws Exception {
        ComputePool pool = ComputePool.create(1);
        CompletableFuture<Void> selfWait = pool.submit(() -> pool.shutdown(true, false));
        ExecutionException e = assertThrows(ExecutionException.class, () -> selfWait.get(30, TimeUnit.SECONDS));
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertTrue(pool.isShutdown());
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
    }

    @Test
    void submitAndMapAfterShutdownAreRejected() {
        ComputePool pool = ComputePool.create(1);
        pool.shutdown();
        assertThrows(RejectedExecutionException.class, () -> pool.submit(() -> 1));
        assertThrows(RejectedExecutionException.class, () -> pool.submit(() -> { }));
        assertThrows(RejectedExecutionException.class, () -> pool.submit(() -> { }, 1));
        assertThrows(RejectedExecutionException.class, () -> pool.execute(() -> { }));
        assertThrows(RejectedExecutionException.class, () -> pool.submitChunked(1, 1, (a, b) -> { }));
        assertThrows(RejectedExecutionException.class, () -> pool.map(x -> x, List.of(1, 2)));
        assertThrows(RejectedExecutionException.class, () -> pool.map(x -> x, List.of()));
        pool.close();
    }

    @Test
    void shutdownTwiceAndCloseAfterShutdownAreHarmless() throws Exception {
        ComputePool pool = ComputePool.create(2);
        pool.shutdown();
        pool.shutdown(true, true);
        pool.shutdownNow();
        pool.close();
        assertTrue(pool.isTerminated());
        assertTrue(pool.awaitTermination(0, TimeUnit.SECONDS));
    }

    @Test
    void workerThreadsAreGoneWhenCloseReturns() {
        long before = liveWorkerThreads();
        ComputePool pool = ComputePool.create(3);
        assertEquals(before + 3, liveWorkerThreads());
        pool.close();
        assertEquals(before, liveWorkerThreads());
    }

    @Test
    void theCommonPoolIsSharedSizedToTheProcessorsAndCannotBeShutDown() throws Exception {
        ComputePool common = ComputePool.common();
        assertSame(common, ComputePool.common());
        assertEquals(Runtime.getRuntime().availableProcessors(), common.workerCount());

        common.close();
        common.shutdown();
        common.shutdown(true, true);
        assertEquals(List.of(), common.shutdownNow());
        assertFalse(common.isShutdown());
        assertFalse(common.awaitTermination(1, TimeUnit.MILLISECONDS));
        assertEquals(5, common.submit(() -> 5).get(30, TimeUnit.SECONDS));
        try (ComputePool alsoCommon = ComputePool.common()) {
            assertFalse(alsoCommon.isShutdown());
        }
        assertFalse(common.isShutdown());
    }

    @Test
    void cancelledFuturesReportCancellationThroughJoinAndGet() throws Exception {
        ComputePool pool = ComputePool.create(1);
        Gate release = new Gate();
        occupyTheWorker(pool, release);
        CompletableFuture<Integer> queued = pool.submit(() -> 1);
        pool.shutdown(false, true);
        assertThrows(CancellationException.class, queued::join);
        assertThrows(CancellationException.class, () -> queued.get(1, TimeUnit.SECONDS));
        release.open();
        pool.close();
    }
}
