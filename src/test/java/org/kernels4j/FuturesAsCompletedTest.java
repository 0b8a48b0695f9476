package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Python's {@code as_completed(fs, timeout)}. */
class FuturesAsCompletedTest {

    @Test
    void futuresAlreadyDoneComeFirstInInputOrderThenTheOthersAsTheyComplete() {
        CompletableFuture<String> a = CompletableFuture.completedFuture("a");
        CompletableFuture<String> b = new CompletableFuture<>();
        CompletableFuture<String> c = CompletableFuture.failedFuture(new IllegalStateException("c"));
        CompletableFuture<String> d = new CompletableFuture<>();
        CompletionOrder<CompletableFuture<String>> order = Futures.asCompleted(List.of(b, a, d, c));
        assertSame(a, order.next());
        assertSame(c, order.next());
        d.complete("d");
        assertSame(d, order.next());
        assertTrue(order.hasNext());
        b.cancel(false); // cancelled counts as completed
        assertSame(b, order.next());
        assertFalse(order.hasNext());
        assertThrows(NoSuchElementException.class, order::next);
    }

    @Test
    void duplicatesAreReturnedOnce() {
        CompletableFuture<Integer> a = CompletableFuture.completedFuture(1);
        CompletableFuture<Integer> b = new CompletableFuture<>();
        List<CompletableFuture<Integer>> seen = new ArrayList<>();
        b.complete(2);
        for (CompletableFuture<Integer> f : Futures.asCompleted(List.of(a, a, b, b, a), Duration.ofSeconds(30))) {
            seen.add(f);
        }
        assertEquals(List.of(a, b), seen);
    }

    @Test
    void anEmptyCollectionYieldsNothing() {
        assertFalse(Futures.asCompleted(List.<Future<?>>of()).hasNext());
        assertEquals(0, Futures.asCompleted(List.<Future<?>>of(), Duration.ZERO).stream().count());
    }

    @Test
    void aTimeoutRaisesAfterTheDoneFuturesWithACountOfTheUnfinished() {
        CompletableFuture<Integer> done = CompletableFuture.completedFuture(1);
        CompletableFuture<Integer> never = new CompletableFuture<>();
        CompletableFuture<Integer> neverEither = new CompletableFuture<>();
        CompletionOrder<CompletableFuture<Integer>> order =
                Futures.asCompleted(List.of(never, done, neverEither), Duration.ofMillis(200));
        assertSame(done, order.next());
        UncheckedTimeoutException e = assertThrows(UncheckedTimeoutException.class, order::next);
        assertTrue(e.getMessage().startsWith("2 (of 3) futures unfinished"), e.getMessage());
        assertInstanceOf(TimeoutException.class, e.getCause());
        assertFalse(order.hasNext());
    }

    @Test
    void theTimeoutIsMeasuredFromTheCall() throws Exception {
        Duration timeout = Duration.ofMillis(1500);
        CompletableFuture<Integer> done = CompletableFuture.completedFuture(1);
        CompletableFuture<Integer> never = new CompletableFuture<>();
        long start = System.nanoTime();
        CompletionOrder<CompletableFuture<Integer>> order = Futures.asCompleted(List.of(done, never), timeout);
        while (System.nanoTime() - start < timeout.toNanos()) {
            Thread.sleep(50);
        }
        assertSame(done, order.next()); // done futures are returned even after the deadline
        long before = System.nanoTime();
        assertThrows(UncheckedTimeoutException.class, order::next);
        long waited = System.nanoTime() - before;
        assertTrue(waited < Duration.ofMillis(1000).toNanos(), "waited " + waited / 1_000_000 + " ms");
    }

    @Test
    void aZeroTimeoutReturnsOnlyWhatIsAlreadyDone() {
        CompletableFuture<Integer> done = CompletableFuture.completedFuture(1);
        CompletionOrder<CompletableFuture<Integer>> order =
                Futures.asCompleted(List.of(new CompletableFuture<>(), done), Duration.ZERO);
        assertSame(done, order.next());
        assertThrows(UncheckedTimeoutException.class, order::next);
    }

    @Test
    void plainFuturesWithoutCallbacksArePolled() throws Exception {
        FutureTask<String> task = new FutureTask<>(() -> "polled");
        CompletionOrder<FutureTask<String>> order = Futures.asCompleted(List.of(task), Duration.ofSeconds(30));
        Thread runner = Thread.ofPlatform().start(task);
        assertSame(task, order.next());
        assertEquals("polled", task.get());
        runner.join();
    }

    @Test
    void anInterruptedReaderGetsCancellationWithTheInterruptStatusSet() {
        CompletionOrder<CompletableFuture<Object>> order = Futures.asCompleted(List.of(new CompletableFuture<>()));
        Thread.currentThread().interrupt();
        CancellationException e = assertThrows(CancellationException.class, order::next);
        assertTrue(Thread.interrupted());
        assertInstanceOf(InterruptedException.class, e.getCause());
        assertFalse(order.hasNext());
    }

    @Test
    void everyPoolFutureIsReturnedExactlyOnceAndDone() {
        try (ComputePool pool = ComputePool.create(2)) {
            List<CompletableFuture<Integer>> fs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int v = i;
                fs.add(pool.submit(() -> v));
            }
            Set<Future<Integer>> seen = new HashSet<>();
            for (CompletableFuture<Integer> f : Futures.asCompleted(fs, Duration.ofSeconds(30))) {
                assertTrue(f.isDone());
                assertTrue(seen.add(f));
            }
            assertEquals(new HashSet<>(fs), seen);
        }
    }

    @Test
    void aCompletionOrderCanBeIteratedOnlyOnce() {
        CompletionOrder<CompletableFuture<Integer>> order = Futures.asCompleted(List.of(CompletableFuture.completedFuture(1)));
        order.iterator();
        assertThrows(IllegalStateException.class, order::iterator);
    }
}
