package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Python's {@code initializer} and {@code BrokenThreadPool}. */
class ComputePoolBrokenTest {

    @Test
    void theInitializerRunsOnceOnEachWorkerWithItsIndexBeforeAnyTask() throws Exception {
        Set<Integer> indices = ConcurrentHashMap.newKeySet();
        Set<String> initThreads = ConcurrentHashMap.newKeySet();
        ThreadLocal<Boolean> initialized = ThreadLocal.withInitial(() -> false);
        try (ComputePool pool = ComputePool.create(3, i -> {
            indices.add(i);
            initThreads.add(Thread.currentThread().getName());
            initialized.set(true);
        })) {
            List<CompletableFuture<Boolean>> fs = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                fs.add(pool.submit(initialized::get));
            }
            for (CompletableFuture<Boolean> f : fs) {
                assertTrue(f.get(30, TimeUnit.SECONDS));
            }
        }
        assertEquals(Set.of(0, 1, 2), indices);
        assertEquals(3, initThreads.size());
        for (String name : initThreads) {
            assertTrue(name.startsWith(ComputePool.threadNamePrefix()), name);
        }
    }

    @Test
    void aFailingInitializerFailsEveryPendingFutureAndEveryLaterSubmit() throws Exception {
        IllegalStateException boom = new IllegalStateException("no GPU here");
        Gate fail = new Gate();
        ComputePool pool = ComputePool.create(1, i -> {
            fail.await(); // keep tasks queued until the test has submitted them
            throw boom;
        });
        List<CompletableFuture<Integer>> pending = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pending.add(pool.submit(() -> 1));
        }
        fail.open();
        for (CompletableFuture<Integer> f : pending) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));
            BrokenPoolException broken = assertInstanceOf(BrokenPoolException.class, e.getCause());
            assertSame(boom, broken.getCause());
        }
        assertTrue(pool.isBroken());
        assertTrue(pool.isShutdown());

        BrokenPoolException later = assertThrows(BrokenPoolException.class, () -> pool.submit(() -> 2));
        assertSame(boom, later.getCause());
        assertInstanceOf(RejectedExecutionException.class, later);
        assertThrows(BrokenPoolException.class, () -> pool.execute(() -> { }));
        assertThrows(BrokenPoolException.class, () -> pool.map(x -> x, List.of(1)));

        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        pool.close();
    }

    @Test
    void oneFailingWorkerBreaksThePoolWhileAnotherWorkersRunningTaskFinishes() throws Exception {
        Gate fail = new Gate();
        Gate release = new Gate();
        CountDownLatch healthyRunning = new CountDownLatch(1);
        ComputePool pool = ComputePool.create(2, i -> {
            if (i == 1) {
                fail.await();
                throw new UnsupportedOperationException("worker 1 cannot start");
            }
        });
        CompletableFuture<String> running = pool.submit(() -> {
            healthyRunning.countDown();
            release.await();
            return "finished";
        });
        assertTrue(healthyRunning.await(30, TimeUnit.SECONDS));
        CompletableFuture<String> queued = pool.submit(() -> "never");
        fail.open();
        ExecutionException e = assertThrows(ExecutionException.class, () -> queued.get(30, TimeUnit.SECONDS));
        assertInstanceOf(BrokenPoolException.class, e.getCause());
        release.open();
        assertEquals("finished", running.get(30, TimeUnit.SECONDS));
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(pool.toString().contains("broken"), pool.toString());
    }
}
