package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Python's {@code wait(fs, timeout, return_when)}. */
class FuturesAwaitTest {

    /** Completes {@code action} from another thread once the caller is blocked in await. */
    private static Thread completeWhenBlocked(Runnable action) {
        Thread caller = Thread.currentThread();
        return Thread.ofPlatform().start(() -> {
            Gate.awaitBlocked(caller);
            action.run();
        });
    }

    @Test
    void allCompletedWaitsForEveryFuture() throws Exception {
        try (ComputePool pool = ComputePool.create(2)) {
            Gate release = new Gate();
            CompletableFuture<Integer> a = pool.submit(() -> 1);
            CompletableFuture<Integer> b = pool.submit(() -> {
                release.await();
                return 2;
            });
            Thread releaser = completeWhenBlocked(release::open);
            DoneAndNotDone<CompletableFuture<Integer>> r = Futures.await(List.of(a, b), null, ReturnWhen.ALL_COMPLETED);
            assertEquals(Set.of(a, b), r.done());
            assertEquals(Set.of(), r.notDone());
            releaser.join();
        }
    }

    @Test
    void firstCompletedReturnsAsSoonAsOneIsDone() throws Exception {
        CompletableFuture<String> a = new CompletableFuture<>();
        CompletableFuture<String> b = new CompletableFuture<>();
        Thread completer = completeWhenBlocked(() -> b.complete("b"));
        DoneAndNotDone<CompletableFuture<String>> r = Futures.await(List.of(a, b), null, ReturnWhen.FIRST_COMPLETED);
        assertEquals(Set.of(b), r.done());
        assertEquals(Set.of(a), r.notDone());
        completer.join();
    }

    @Test
    void firstExceptionReturnsAtTheFirstFailure() throws Exception {
        CompletableFuture<String> a = new CompletableFuture<>();
        CompletableFuture<String> b = new CompletableFuture<>();
        CompletableFuture<String> c = CompletableFuture.completedFuture("c");
        Thread completer = completeWhenBlocked(() -> b.completeExceptionally(new IllegalStateException()));
        DoneAndNotDone<CompletableFuture<String>> r = Futures.await(List.of(a, b, c), null, ReturnWhen.FIRST_EXCEPTION);
        assertEquals(Set.of(b, c), r.done());
        assertEquals(Set.of(a), r.notDone());
        completer.join();
    }

    @Test
    void firstExceptionReturnsAtOnceWhenAFailureIsAlreadyThere() throws Exception {
        CompletableFuture<String> failed = CompletableFuture.failedFuture(new IllegalStateException());
        CompletableFuture<String> pending = new CompletableFuture<>();
        DoneAndNotDone<CompletableFuture<String>> r = Futures.await(List.of(pending, failed), null, ReturnWhen.FIRST_EXCEPTION);
        assertEquals(Set.of(failed), r.done());
        assertEquals(Set.of(pending), r.notDone());
    }

    @Test
    void firstExceptionDoesNotCountCancellationAndWithoutFailuresWaitsForAll() throws Exception {
        CompletableFuture<String> cancelled = new CompletableFuture<>();
        cancelled.cancel(false);
        CompletableFuture<String> ok = CompletableFuture.completedFuture("ok");
        CompletableFuture<String> pending = new CompletableFuture<>();
        Thread completer = completeWhenBlocked(() -> pending.complete("late"));
        DoneAndNotDone<CompletableFuture<String>> r =
                Futures.await(List.of(cancelled, ok, pending), null, ReturnWhen.FIRST_EXCEPTION);
        assertEquals(Set.of(cancelled, ok, pending), r.done());
        assertEquals(Set.of(), r.notDone());
        completer.join();
    }

    @Test
    void aTimeoutReturnsWhatIsDoneSoFarWithoutAnException() throws Exception {
        CompletableFuture<String> done = CompletableFuture.completedFuture("done");
        CompletableFuture<String> never = new CompletableFuture<>();
        long start = System.nanoTime();
        DoneAndNotDone<CompletableFuture<String>> r =
                Futures.await(List.of(done, never), Duration.ofMillis(100), ReturnWhen.ALL_COMPLETED);
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(100).toNanos());
        assertEquals(Set.of(done), r.done());
        assertEquals(Set.of(never), r.notDone());
    }

    @Test
    void aZeroTimeoutDoesNotWait() throws Exception {
        CompletableFuture<String> never = new CompletableFuture<>();
        DoneAndNotDone<CompletableFuture<String>> r = Futures.await(List.of(never), Duration.ZERO, ReturnWhen.FIRST_COMPLETED);
        assertEquals(Set.of(never), r.notDone());
    }

    @Test
    void duplicatesCountOnce() throws Exception {
        CompletableFuture<Integer> a = CompletableFuture.completedFuture(1);
        CompletableFuture<Integer> b = new CompletableFuture<>();
        DoneAndNotDone<CompletableFuture<Integer>> r =
                Futures.await(List.of(a, b, a, b, b), Duration.ZERO, ReturnWhen.ALL_COMPLETED);
        assertEquals(List.of(a), List.copyOf(r.done()));
        assertEquals(List.of(b), List.copyOf(r.notDone()));
        // Waiting for all of [a, a, b, b] ends when b completes: b is counted once, not twice.
        Thread completer = completeWhenBlocked(() -> b.complete(2));
        r = Futures.await(List.of(a, a, b, b), null, ReturnWhen.ALL_COMPLETED);
        assertEquals(Set.of(a, b), r.done());
        completer.join();
    }

    @ParameterizedTest
    @EnumSource(ReturnWhen.class)
    void anEmptyCollectionReturnsAtOnce(ReturnWhen when) throws Exception {
        DoneAndNotDone<Future<?>> r = Futures.await(List.of(), null, when);
        assertTrue(r.done().isEmpty());
        assertTrue(r.notDone().isEmpty());
    }

    @Test
    void anInterruptedWaiterGetsInterruptedException() {
        CompletableFuture<String> never = new CompletableFuture<>();
        Thread.currentThread().interrupt();
        assertThrows(InterruptedException.class, () -> Futures.await(List.of(never), null, ReturnWhen.ALL_COMPLETED));
        assertTrue(!Thread.currentThread().isInterrupted());
    }

    @Test
    void plainFuturesWithoutCallbacksArePolled() throws Exception {
        FutureTask<String> task = new FutureTask<>(() -> {
            throw new IllegalStateException("task failed");
        });
        Thread runner = completeWhenBlocked(task);
        DoneAndNotDone<FutureTask<String>> r = Futures.await(List.of(task), null, ReturnWhen.FIRST_EXCEPTION);
        assertEquals(Set.of(task), r.done());
        runner.join();
    }

    @Test
    void theSetsAreUnmodifiable() throws Exception {
        CompletableFuture<Integer> a = CompletableFuture.completedFuture(1);
        DoneAndNotDone<CompletableFuture<Integer>> r = Futures.await(List.of(a));
        assertThrows(UnsupportedOperationException.class, () -> r.done().clear());
        assertThrows(UnsupportedOperationException.class, () -> r.notDone().add(a));
    }
}
