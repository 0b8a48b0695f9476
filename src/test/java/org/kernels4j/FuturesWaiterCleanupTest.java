package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CPython removes the waiter that {@code wait} and {@code as_completed} install on each future
 * when they return. These tests check that {@link Futures#await} and {@link Futures#asCompleted}
 * leave no dependents on futures that are still pending, whichever way the wait ends.
 */
class FuturesWaiterCleanupTest {

    @Test
    void aHundredThousandTimedOutAwaitsLeaveNoDependents() throws Exception {
        CompletableFuture<Integer> pending = new CompletableFuture<>();
        for (int i = 0; i < 100_000; i++) {
            DoneAndNotDone<CompletableFuture<Integer>> r =
                    Futures.await(List.of(pending), Duration.ofNanos(1), ReturnWhen.ALL_COMPLETED);
            if (i == 0) {
                assertEquals(Set.of(pending), r.notDone());
            }
        }
        assertEquals(0, pending.getNumberOfDependents());
        // The future still works as before: completing it notifies a later waiter.
        CompletableFuture<Integer> later = pending.thenApply(v -> v + 1);
        pending.complete(41);
        assertEquals(42, later.join());
    }

    @Test
    void aThousandTimedOutAsCompletedLeaveNoDependents() {
        CompletableFuture<Integer> pending = new CompletableFuture<>();
        CompletableFuture<Integer> done = CompletableFuture.completedFuture(1);
        for (int i = 0; i < 1000; i++) {
            CompletionOrder<CompletableFuture<Integer>> order =
                    Futures.asCompleted(List.of(pending, done), Duration.ofNanos(1));
            assertSame(done, order.next());
            assertThrows(UncheckedTimeoutException.class, order::next);
        }
        assertEquals(0, pending.getNumberOfDependents());
    }

    @ParameterizedTest
    @EnumSource(ReturnWhen.class)
    void everyReturnWhenDetachesFromThePendingFutures(ReturnWhen when) throws Exception {
        CompletableFuture<String> a = new CompletableFuture<>();
        CompletableFuture<String> b = new CompletableFuture<>();
        CompletableFuture<String> c = new CompletableFuture<>();
        Thread caller = Thread.currentThread();
        Thread completer = Thread.ofPlatform().start(() -> {
            Gate.awaitBlocked(caller);
            b.completeExceptionally(new IllegalStateException("b"));
        });
        DoneAndNotDone<CompletableFuture<String>> r = Futures.await(List.of(a, b, c), Duration.ofMillis(300), when);
        completer.join();
        assertTrue(r.done().contains(b));
        assertTrue(r.notDone().containsAll(List.of(a, c)));
        assertEquals(0, a.getNumberOfDependents());
        assertEquals(0, c.getNumberOfDependents());
    }

    @Test
    void anInterruptedAwaitDetaches() {
        CompletableFuture<String> pending = new CompletableFuture<>();
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> Futures.await(List.of(pending), null, ReturnWhen.ALL_COMPLETED));
        assertFalse(Thread.interrupted(), "InterruptedException clears the status");
        assertEquals(0, pending.getNumberOfDependents());
    }

    @Test
    void anInterruptWhileBlockedInAwaitDetaches() throws Exception {
        CompletableFuture<String> pending = new CompletableFuture<>();
        Thread caller = Thread.currentThread();
        Thread interrupter = Thread.ofPlatform().start(() -> {
            Gate.awaitBlocked(caller);
            caller.interrupt();
        });
        assertThrows(InterruptedException.class, () -> Futures.await(List.of(pending)));
        interrupter.join();
        assertEquals(0, pending.getNumberOfDependents());
    }

    @Test
    void anInterruptedAsCompletedDetaches() {
        CompletableFuture<String> pending = new CompletableFuture<>();
        CompletionOrder<CompletableFuture<String>> order = Futures.asCompleted(List.of(pending));
        assertEquals(1, pending.getNumberOfDependents());
        Thread.currentThread().interrupt();
        assertThrows(CancellationException.class, order::next);
        assertTrue(Thread.interrupted());
        assertEquals(0, pending.getNumberOfDependents());
    }

    @Test
    void closingAnAsCompletedIteratorMidWayDetachesAndEndsIt() {
        CompletableFuture<String> first = new CompletableFuture<>();
        CompletableFuture<String> pending = new CompletableFuture<>();
        CompletableFuture<String> pendingToo = new CompletableFuture<>();
        CompletionOrder<CompletableFuture<String>> order = Futures.asCompleted(List.of(first, pending, pendingToo));
        first.complete("x");
        assertSame(first, order.next());
        assertEquals(1, pending.getNumberOfDependents());
        order.close();
        assertFalse(order.hasNext());
        assertThrows(NoSuchElementException.class, order::next);
        assertEquals(0, pending.getNumberOfDependents());
        assertEquals(0, pendingToo.getNumberOfDependents());
        assertEquals(0, first.getNumberOfDependents());
        order.close(); // a second close is harmless
    }

    @Test
    void closingTheStreamClosesTheIterator() {
        CompletableFuture<String> pending = new CompletableFuture<>();
        CompletionOrder<CompletableFuture<String>> order = Futures.asCompleted(List.of(pending));
        try (var s = order.stream()) {
            assertTrue(s.iterator() != null);
            assertEquals(1, pending.getNumberOfDependents());
        }
        assertFalse(order.hasNext());
        assertEquals(0, pending.getNumberOfDependents());
    }

    @Test
    void anExhaustedIteratorLeavesNothingBehind() {
        List<CompletableFuture<Integer>> fs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            fs.add(new CompletableFuture<>());
        }
        int n = 0;
        CompletionOrder<CompletableFuture<Integer>> order = Futures.asCompleted(fs);
        for (int i = fs.size() - 1; i >= 0; i--) {
            fs.get(i).complete(i);
            assertSame(fs.get(i), order.next());
            n++;
        }
        assertEquals(5, n);
        assertFalse(order.hasNext());
        for (CompletableFuture<Integer> f : fs) {
            assertEquals(0, f.getNumberOfDependents());
        }
    }

    @Test
    void anAbandonedIteratorDetachesOnceCollected() throws Exception {
        CompletableFuture<String> pending = new CompletableFuture<>();
        abandon(pending);
        assertEquals(1, pending.getNumberOfDependents());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (pending.getNumberOfDependents() != 0 && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(10);
            // Detaching happens at the next call; a call on an empty collection is enough.
            Futures.asCompleted(List.<CompletableFuture<String>>of());
        }
        assertEquals(0, pending.getNumberOfDependents());
    }

    private static void abandon(CompletableFuture<String> pending) {
        CompletionOrder<CompletableFuture<String>> order =
                Futures.asCompleted(List.of(pending, CompletableFuture.completedFuture("x")));
        assertEquals("x", order.next().join());
    }

    @Test
    void dependentsOfOthersAreLeftAlone() throws Exception {
        CompletableFuture<String> pending = new CompletableFuture<>();
        CompletableFuture<Integer> mine = pending.thenApply(String::length);
        for (int i = 0; i < 1000; i++) {
            Futures.await(List.of(pending), Duration.ofNanos(1), ReturnWhen.FIRST_COMPLETED);
        }
        assertEquals(1, pending.getNumberOfDependents());
        pending.complete("four");
        assertEquals(4, mine.join());
    }

    @Test
    void concurrentWaitersOnOneFutureLeaveNoneOnceAllReturn() throws Exception {
        CompletableFuture<String> pending = new CompletableFuture<>();
        int threads = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            ts.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    for (int i = 0; i < 2000; i++) {
                        Futures.await(List.of(pending), Duration.ofNanos(1), ReturnWhen.ALL_COMPLETED);
                    }
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }));
        }
        start.countDown();
        for (Thread t : ts) {
            t.join();
        }
        // Concurrent waiters can leave a dead waiter below a live one for a moment; any later
        // wait unlinks dead ones, so one more round from a single thread must leave none.
        for (int i = 0; i < threads * 2; i++) {
            Futures.await(List.of(pending), Duration.ofNanos(1), ReturnWhen.ALL_COMPLETED);
        }
        assertTrue(pending.getNumberOfDependents() <= threads,
                "dependents left: " + pending.getNumberOfDependents());
    }

    @Test
    void poolFuturesStillPendingAreLeftWithoutWaiters() throws Exception {
        try (ComputePool pool = ComputePool.create(1)) {
            Gate gate = new Gate();
            PoolFuture<Integer> running = pool.submit(() -> {
                gate.await();
                return 1;
            });
            PoolFuture<Integer> queued = pool.submit(() -> 2);
            for (int i = 0; i < 1000; i++) {
                Futures.await(List.of(running, queued), Duration.ofNanos(1), ReturnWhen.FIRST_COMPLETED);
                try (CompletionOrder<PoolFuture<Integer>> order = Futures.asCompleted(List.of(running, queued))) {
                    assertTrue(order.hasNext());
                }
            }
            assertEquals(0, running.getNumberOfDependents());
            assertEquals(0, queued.getNumberOfDependents());
            gate.open();
            assertEquals(2, queued.get(30, TimeUnit.SECONDS));
        }
    }
}
