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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Python's {@code Executor.map(fn, it, timeout, chunksize, buffersize)}. */
class ComputePoolMapTest {

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    private static <R> List<R> drain(MapIterator<R> results) {
        List<R> out = new ArrayList<>();
        try (results) {
            for (R r : results) {
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void resultsComeInInputOrderEvenWhenLaterInputsFinishFirst() throws Exception {
        CountDownLatch laterDone = new CountDownLatch(1);
        try (ComputePool pool = ComputePool.create(2)) {
            List<Integer> results = drain(pool.map(x -> {
                if (x == 0) {
                    // Input 0 finishes only after input 1 has finished.
                    Gate.awaitLatch(laterDone);
                } else if (x == 1) {
                    laterDone.countDown();
                }
                return x * 10;
            }, range(6)));
            assertEquals(List.of(0, 10, 20, 30, 40, 50), results);
        }
    }

    @Test
    void anEmptyInputGivesNoResults() {
        try (ComputePool pool = ComputePool.create(1); MapIterator<Integer> it = pool.map(x -> x, List.<Integer>of())) {
            assertFalse(it.hasNext());
            assertThrows(NoSuchElementException.class, it::next);
        }
    }

    @Test
    void nullResultsAreDelivered() {
        try (ComputePool pool = ComputePool.create(1)) {
            List<Object> results = drain(pool.map(x -> null, range(3)));
            assertEquals(Collections.nCopies(3, null), results);
        }
    }

    @Test
    void chunksizeGroupsConsecutiveInputsIntoOneTask() {
        Map<Integer, Object> taskOfInput = new ConcurrentHashMap<>();
        try (ComputePool pool = ComputePool.create(2)) {
            List<Integer> results = drain(pool.map(x -> {
                taskOfInput.put(x, CancellationToken.current()); // one token per task
                return x + 1;
            }, range(10), MapOptions.defaults().withChunksize(3)));
            assertEquals(range(10).stream().map(x -> x + 1).toList(), results);
        }
        Map<Object, List<Integer>> groups = new IdentityHashMap<>();
        new TreeMap<>(taskOfInput).forEach((input, task) -> groups.computeIfAbsent(task, k -> new ArrayList<>()).add(input));
        Set<List<Integer>> actual = Set.copyOf(groups.values());
        assertEquals(Set.of(List.of(0, 1, 2), List.of(3, 4, 5), List.of(6, 7, 8), List.of(9)), actual);
    }

    @Test
    void theTimeoutIsRaisedAtTheLateElementAndEarlierResultsAreReturned() throws Exception {
        Gate release = new Gate();
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        AtomicBoolean lateOneSawCancel = new AtomicBoolean();
        ComputePool pool = ComputePool.create(1);
        try (MapIterator<Integer> it = pool.map(x -> {
            ran.add(x);
            if (x == 2) {
                release.await();
                lateOneSawCancel.set(ComputePool.currentTaskCancelled());
            }
            return x;
        }, range(5), MapOptions.defaults().withTimeout(Duration.ofSeconds(2)))) {
            assertEquals(0, it.next());
            assertEquals(1, it.next());
            UncheckedTimeoutException late = assertThrows(UncheckedTimeoutException.class, it::next);
            assertTrue(late.getMessage().contains("result 2"), late.getMessage());
            assertInstanceOf(java.util.concurrent.TimeoutException.class, late.getCause());
            assertFalse(it.hasNext());
            assertThrows(NoSuchElementException.class, it::next);
        }
        release.open();
        pool.close();
        // Inputs 3 and 4 were queued behind the late one on the single worker: cancelled, never run.
        assertEquals(Set.of(0, 1, 2), ran);
        assertTrue(lateOneSawCancel.get());
    }

    @Test
    void theDeadlineIsMeasuredFromTheCallToMapNotFromEachNext() throws Exception {
        Duration timeout = Duration.ofMillis(1500);
        Gate release = new Gate();
        try (ComputePool pool = ComputePool.create(2)) {
            long start = System.nanoTime();
            try (MapIterator<Integer> it = pool.map(x -> {
                if (x == 1) {
                    release.await();
                }
                return x;
            }, range(2), MapOptions.defaults().withTimeout(timeout))) {
                // Let the whole timeout pass before reading anything.
                while (System.nanoTime() - start < timeout.toNanos()) {
                    Thread.sleep(50);
                }
                assertEquals(0, it.next()); // done, so not late
                long before = System.nanoTime();
                assertThrows(UncheckedTimeoutException.class, it::next);
                long waited = System.nanoTime() - before;
                // A per-element timeout would wait another 1.5 s here.
                assertTrue(waited < Duration.ofMillis(1000).toNanos(), "waited " + waited / 1_000_000 + " ms");
            } finally {
                release.open();
            }
        }
    }

    @Test
    void theFirstFailingInputInInputOrderIsThrownEvenIfALaterOneFailedFirst() throws Exception {
        CountDownLatch laterFailed = new CountDownLatch(1);
        IllegalArgumentException one = new IllegalArgumentException("one");
        try (ComputePool pool = ComputePool.create(2); MapIterator<Integer> it = pool.map(x -> {
            if (x == 1) {
                Gate.awaitLatch(laterFailed);
                throw one;
            }
            if (x == 3) {
                laterFailed.countDown();
                throw new IllegalArgumentException("three");
            }
            return x;
        }, range(6))) {
            assertEquals(0, it.next());
            CompletionException e = assertThrows(CompletionException.class, it::next);
            assertSame(one, e.getCause());
            assertFalse(it.hasNext());
        }
    }

    @Test
    void aFailureInsideAChunkComesAfterTheResultsOfTheInputsBeforeIt() {
        Set<Integer> applied = ConcurrentHashMap.newKeySet();
        try (ComputePool pool = ComputePool.create(1); MapIterator<Integer> it = pool.map(x -> {
            applied.add(x);
            if (x == 6) {
                throw new IllegalStateException("six");
            }
            return x;
        }, range(12), MapOptions.defaults().withChunksize(4))) {
            for (int i = 0; i < 6; i++) {
                assertEquals(i, it.next());
            }
            CompletionException e = assertThrows(CompletionException.class, it::next);
            assertEquals("six", e.getCause().getMessage());
            assertTrue(e.getMessage().contains("input 6"), e.getMessage());
        }
        assertFalse(applied.contains(7), "a chunk stops at its first failure");
    }

    @Test
    void anExceptionCancelsEveryTaskNotYetStarted() {
        Gate release = new Gate();
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        ComputePool pool = ComputePool.create(1);
        Gate secondStarted = new Gate();
        try (MapIterator<Integer> it = pool.map(x -> {
            ran.add(x);
            if (x == 0) {
                throw new IllegalStateException("zero");
            }
            if (x == 1) {
                secondStarted.open();
                release.await(); // holds the only worker until the reader has seen the failure
            }
            return x;
        }, range(10))) {
            secondStarted.await();
            assertThrows(CompletionException.class, it::next);
            assertFalse(it.hasNext());
        }
        release.open();
        pool.close();
        assertEquals(Set.of(0, 1), ran);
    }

    @Test
    void closingEarlyCancelsTheTasksNotYetStartedAndStopsTheRunningOne() {
        Gate release = new Gate();
        Gate firstStarted = new Gate();
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        AtomicBoolean firstSawCancel = new AtomicBoolean();
        ComputePool pool = ComputePool.create(1);
        MapIterator<Integer> it = pool.map(x -> {
            ran.add(x);
            if (x == 0) {
                firstStarted.open();
                release.await();
                firstSawCancel.set(ComputePool.currentTaskCancelled());
            }
            return x;
        }, range(10));
        firstStarted.await();
        it.close();
        assertFalse(it.hasNext());
        it.close(); // twice is harmless
        release.open();
        pool.close();
        assertEquals(Set.of(0), ran);
        assertTrue(firstSawCancel.get());
    }

    @Test
    void closingAStreamOfResultsClosesTheMap() {
        Gate release = new Gate();
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        ComputePool pool = ComputePool.create(1);
        List<Integer> firstTwo;
        try (Stream<Integer> results = pool.map(x -> {
            ran.add(x);
            if (x == 2) {
                release.await();
            }
            return x;
        }, range(10)).stream()) {
            firstTwo = results.limit(2).collect(Collectors.toList());
        }
        release.open();
        pool.close();
        assertEquals(List.of(0, 1), firstTwo);
        assertFalse(ran.contains(3));
    }

    @Test
    void buffersizeBoundsTheTasksSubmittedAndNotYetReadAndReadsInputsLazily() {
        int buffersize = 4;
        int chunksize = 2;
        CountingIterable inputs = new CountingIterable(100);
        try (ComputePool pool = ComputePool.create(2); MapIterator<Integer> it = pool.map(x -> x * 2, inputs,
                MapOptions.defaults().withBuffersize(buffersize).withChunksize(chunksize))) {
            assertEquals(buffersize * chunksize, inputs.read.get(), "only the first buffersize tasks at the call");
            int returned = 0;
            while (it.hasNext()) {
                assertEquals(returned * 2, it.next());
                returned++;
                int submittedTasks = (inputs.read.get() + chunksize - 1) / chunksize;
                int readTasks = returned / chunksize;
                assertTrue(submittedTasks - readTasks <= buffersize,
                        "after " + returned + " results: " + submittedTasks + " tasks submitted");
            }
            assertEquals(100, returned);
            assertEquals(Set.of(Thread.currentThread()), inputs.readers, "inputs are read on the reader's thread");
        }
    }

    @Test
    void buffersizeMakesEndlessInputsWork() {
        CountingIterable endless = CountingIterable.endless();
        try (ComputePool pool = ComputePool.create(2); MapIterator<Integer> it = pool.map(x -> x + 1, endless,
                MapOptions.defaults().withBuffersize(3))) {
            for (int i = 0; i < 20; i++) {
                assertEquals(i + 1, it.next());
            }
            assertTrue(it.hasNext());
        }
        assertTrue(endless.read.get() <= 20 + 3, "read " + endless.read.get());
    }

    @Test
    void withoutBuffersizeEveryInputIsReadAtTheCall() {
        CountingIterable inputs = new CountingIterable(50);
        try (ComputePool pool = ComputePool.create(1); MapIterator<Integer> it = pool.map(x -> x, inputs)) {
            assertEquals(50, inputs.read.get());
            assertEquals(range(50), drain(it));
        }
    }

    @Test
    void aShutdownDuringABufferedMapSurfacesAtThePositionThatCouldNotBeSubmitted() {
        ComputePool pool = ComputePool.create(1);
        try (MapIterator<Integer> it = pool.map(x -> x, range(10), MapOptions.defaults().withBuffersize(2))) {
            assertEquals(0, it.next()); // tasks 0,1 were submitted at the call; reading 0 submitted 2
            pool.shutdown(false, false); // submitted tasks still run
            assertEquals(1, it.next()); // reading 1 tries to submit 3: rejected
            assertEquals(2, it.next());
            assertTrue(it.hasNext());
            assertThrows(RejectedExecutionException.class, it::next);
            assertFalse(it.hasNext());
        }
        pool.close();
    }

    @Test
    void aTaskCancelledByShutdownWithCancelFuturesRaisesCancellationAtItsPosition() {
        Gate release = new Gate();
        Gate started = new Gate();
        ComputePool pool = ComputePool.create(1);
        try (MapIterator<Integer> it = pool.map(x -> {
            if (x == 0) {
                started.open();
                release.await();
            }
            return x;
        }, range(4))) {
            started.await();
            pool.shutdown(false, true);
            release.open();
            assertEquals(0, it.next());
            assertThrows(CancellationException.class, it::next);
            assertFalse(it.hasNext());
        }
        pool.close();
    }

    @Test
    void anInterruptedReaderGetsCancellationWithTheInterruptStatusSet() {
        Gate release = new Gate();
        ComputePool pool = ComputePool.create(1);
        try (MapIterator<Integer> it = pool.map(x -> {
            release.await();
            return x;
        }, range(3))) {
            Thread.currentThread().interrupt();
            CancellationException e = assertThrows(CancellationException.class, it::next);
            assertTrue(Thread.interrupted());
            assertInstanceOf(InterruptedException.class, e.getCause());
            assertFalse(it.hasNext());
        } finally {
            release.open();
        }
        pool.close();
    }

    @Test
    void aFailingInputIteratorCancelsWhatWasSubmittedAndPropagates() {
        IllegalStateException broken = new IllegalStateException("bad input");
        Iterable<Integer> inputs = () -> new java.util.Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                if (i == 3) {
                    throw broken;
                }
                return i++;
            }
        };
        try (ComputePool pool = ComputePool.create(1)) {
            assertSame(broken, assertThrows(IllegalStateException.class, () -> pool.map(x -> x, inputs)));
            // With a buffer, the failure surfaces in order, after the results before it.
            try (MapIterator<Integer> it = pool.map(x -> x, inputs, MapOptions.defaults().withBuffersize(2))) {
                assertEquals(0, it.next());
                assertEquals(1, it.next());
                assertEquals(2, it.next());
                assertSame(broken, assertThrows(IllegalStateException.class, it::next));
            }
        }
    }

    @Test
    void optionsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> MapOptions.defaults().withChunksize(0));
        assertThrows(IllegalArgumentException.class, () -> MapOptions.defaults().withBuffersize(-1));
        MapOptions o = MapOptions.defaults().withTimeout(Duration.ofSeconds(1)).withChunksize(5).withBuffersize(2);
        assertEquals(new MapOptions(Duration.ofSeconds(1), 5, 2), o);
        assertEquals(new MapOptions(null, 1, MapOptions.UNBOUNDED), MapOptions.defaults());
    }

    @Test
    void aMapIteratorCanBeIteratedOnlyOnce() {
        try (ComputePool pool = ComputePool.create(1); MapIterator<Integer> it = pool.map(x -> x, range(2))) {
            assertSame(it, it.iterator());
            assertThrows(IllegalStateException.class, it::iterator);
        }
    }
}
