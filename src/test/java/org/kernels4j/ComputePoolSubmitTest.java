package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Python's {@code submit}, {@code Future.cancel} and worker threads, mapped onto ComputePool. */
class ComputePoolSubmitTest {

    @Test
    void submitCallableCompletesWithItsValue() throws Exception {
        try (ComputePool pool = ComputePool.create(2)) {
            CompletableFuture<Integer> f = pool.submit(() -> 6 * 7);
            assertEquals(42, f.get(30, TimeUnit.SECONDS));
        }
    }

    /**
     * A worker that has just finished a task watches the queue before it blocks, and a task it
     * will take wakes no blocked worker; tasks beyond the watching workers must still wake the
     * blocked ones. Two tasks that can only finish together (each waits for the other at a
     * barrier) are submitted right after a task ends, while its worker watches, and after the
     * pool has gone idle: each time both must run at once.
     */
    @Test
    void tasksBeyondTheWatchingWorkersWakeBlockedOnes() throws Exception {
        try (ComputePool pool = ComputePool.create(2)) {
            for (int round = 0; round < 200; round++) {
                if (round % 50 == 49) {
                    Thread.sleep(2); // past the watch: every worker blocked
                } else {
                    pool.submit(() -> 0).get(30, TimeUnit.SECONDS); // a worker watching now
                }
                java.util.concurrent.CyclicBarrier both = new java.util.concurrent.CyclicBarrier(2);
                Callable<Integer> meet = () -> both.await(10, TimeUnit.SECONDS);
                CompletableFuture<Integer> a = pool.submit(meet), b = pool.submit(meet);
                assertEquals(1, a.get(30, TimeUnit.SECONDS) + b.get(30, TimeUnit.SECONDS), "round " + round);
            }
        }
    }

    @Test
    void submitRunnableCompletesWithNullOrTheGivenResult() throws Exception {
        try (ComputePool pool = ComputePool.create(1)) {
            AtomicInteger runs = new AtomicInteger();
            CompletableFuture<Void> f = pool.submit((Runnable) runs::incrementAndGet);
            CompletableFuture<String> g = pool.submit(runs::incrementAndGet, "done");
            assertNull(f.get(30, TimeUnit.SECONDS));
            assertEquals("done", g.get(30, TimeUnit.SECONDS));
            assertEquals(2, runs.get());
        }
    }

    @Test
    void aTaskExceptionCompletesItsFutureExceptionally() throws Exception {
        IllegalStateException boom = new IllegalStateException("boom");
        try (ComputePool pool = ComputePool.create(1)) {
            CompletableFuture<Object> f = pool.submit(() -> {
                throw boom;
            });
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));
            assertSame(boom, e.getCause());
            assertEquals(Future.State.FAILED, f.state());
            // The worker survives a failing task.
            assertEquals(1, pool.submit(() -> 1).get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void cancellingAQueuedTaskMeansItNeverRuns() throws Exception {
        try (ComputePool pool = ComputePool.create(1)) {
            Gate release = new Gate();
            Gate blockerStarted = new Gate();
            CompletableFuture<Void> blocker = pool.submit(() -> {
                blockerStarted.open();
                release.await();
            });
            AtomicBoolean ran = new AtomicBoolean();
            CompletableFuture<Void> queued = pool.submit(() -> ran.set(true));
            blockerStarted.await();

            assertTrue(queued.cancel(false));
            assertTrue(queued.isCancelled());
            assertTrue(queued.isDone());
            assertThrows(CancellationException.class, queued::join);
            assertTrue(((PoolTask<?>) queued).wasCancelledWhileQueued());

            release.open();
            blocker.get(30, TimeUnit.SECONDS);
            pool.submit(() -> null).get(30, TimeUnit.SECONDS); // the worker has passed the cancelled task
            assertFalse(ran.get());
        }
    }

    @Test
    void cancelAfterCompletionReturnsFalseAndCancelTwiceReturnsTrue() throws Exception {
        try (ComputePool pool = ComputePool.create(1)) {
            CompletableFuture<Integer> done = pool.submit(() -> 1);
            assertEquals(1, done.get(30, TimeUnit.SECONDS));
            assertFalse(done.cancel(true));
            assertFalse(done.isCancelled());
            assertEquals(1, done.join());

            CompletableFuture<Object> failed = pool.submit(() -> {
                throw new IllegalArgumentException();
            });
            assertThrows(ExecutionException.class, () -> failed.get(30, TimeUnit.SECONDS));
            assertFalse(failed.cancel(false));

            // As Python's Future.cancel(): cancelling a cancelled future reports true again.
            Gate release = new Gate();
            pool.submit(release::await);
            CompletableFuture<Integer> queued = pool.submit(() -> 2);
            assertTrue(queued.cancel(false));
            assertTrue(queued.cancel(false));
            release.open();
        }
    }

    @Test
    void cancellingARunningTaskCompletesItAtOnceAndTheTaskSeesItsToken() throws Exception {
        try (ComputePool pool = ComputePool.create(1)) {
            Gate started = new Gate();
            AtomicBoolean sawCancellation = new AtomicBoolean();
            CompletableFuture<String> running = pool.submit(() -> {
                started.open();
                Gate.spinUntilCancelled();
                sawCancellation.set(true);
                return "ignored";
            });
            started.await();
            assertTrue(running.cancel(false));
            // Completed as cancelled at once, before the body has noticed.
            assertTrue(running.isCancelled());
            assertFalse(((PoolTask<?>) running).wasCancelledWhileQueued());
            // The body stops and the worker takes the next task.
            assertEquals("next", pool.submit(() -> "next").get(30, TimeUnit.SECONDS));
            assertTrue(sawCancellation.get());
            assertThrows(CancellationException.class, running::join);
        }
    }

    @Test
    void workersArePlatformDaemonThreadsNamedKernels4jWorkerN() throws Exception {
        try (ComputePool pool = ComputePool.create(2)) {
            assertEquals(2, pool.workerCount());
            Set<String> names = ConcurrentHashMap.newKeySet();
            // Both tasks wait for each other, so they must run on two different workers.
            java.util.concurrent.CyclicBarrier bothRunning = new java.util.concurrent.CyclicBarrier(2);
            Callable<Void> probe = () -> {
                Thread t = Thread.currentThread();
                assertTrue(t.isDaemon());
                assertFalse(t.isVirtual());
                names.add(t.getName());
                bothRunning.await(30, TimeUnit.SECONDS);
                return null;
            };
            List<Future<Void>> fs = pool.invokeAll(List.of(probe, probe));
            for (Future<Void> f : fs) {
                f.get();
            }
            assertEquals(2, names.size(), names::toString);
            for (String name : names) {
                assertTrue(name.matches("kernels4j-worker-\\d+"), name);
            }
        }
    }

    @Test
    void threadNamesAreUniqueAcrossPools() throws Exception {
        try (ComputePool a = ComputePool.create(1); ComputePool b = ComputePool.create(1)) {
            String nameA = a.submit(() -> Thread.currentThread().getName()).get(30, TimeUnit.SECONDS);
            String nameB = b.submit(() -> Thread.currentThread().getName()).get(30, TimeUnit.SECONDS);
            assertNotEquals(nameA, nameB);
        }
    }

    @Test
    void createRejectsFewerThanOneWorker() {
        assertThrows(IllegalArgumentException.class, () -> ComputePool.create(0));
        assertThrows(IllegalArgumentException.class, () -> ComputePool.create(-3));
    }

    @Test
    void executeReportsAFailureToTheWorkersUncaughtExceptionHandlerAndTheWorkerSurvives() throws Exception {
        LinkedBlockingQueue<Throwable> reported = new LinkedBlockingQueue<>();
        try (ComputePool pool = ComputePool.create(1,
                i -> Thread.currentThread().setUncaughtExceptionHandler((t, e) -> reported.add(e)))) {
            IllegalStateException boom = new IllegalStateException("from execute");
            pool.execute(() -> {
                throw boom;
            });
            assertSame(boom, reported.poll(30, TimeUnit.SECONDS));
            assertEquals(3, pool.submit(() -> 3).get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void invokeAllAndInvokeAnyRunOnThePool() throws Exception {
        try (ComputePool pool = ComputePool.create(2)) {
            List<Future<String>> all = pool.invokeAll(List.of(
                    () -> Thread.currentThread().getName(), () -> Thread.currentThread().getName()));
            for (Future<String> f : all) {
                assertTrue(f.get().startsWith(ComputePool.threadNamePrefix()));
                assertInstanceOf(CompletableFuture.class, f);
            }
            String any = pool.invokeAny(List.of(() -> "x", () -> "x"));
            assertEquals("x", any);
        }
    }

    @Test
    void theCurrentTokenIsNeverCancelledOffThePoolAndIsTheTasksOwnOnIt() throws Exception {
        assertSame(CancellationToken.never(), CancellationToken.current());
        assertFalse(ComputePool.currentTaskCancelled());
        try (ComputePool pool = ComputePool.create(1)) {
            CompletableFuture<CancellationToken> f = pool.submit(CancellationToken::current);
            assertSame(f, f.get(30, TimeUnit.SECONDS)); // a task's token is its own future's state
        }
    }
}
