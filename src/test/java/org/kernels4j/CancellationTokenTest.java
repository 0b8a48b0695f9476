package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Cancelling running work at a chunk boundary: what Python's cancel() cannot do. */
class CancellationTokenTest {

    @Test
    void aRunningChunkedTaskStopsAtItsNextChunkBoundaryWhenItsFutureIsCancelled() throws Exception {
        try (ComputePool pool = ComputePool.create(1)) {
            Gate firstChunkStarted = new Gate();
            Gate finishFirstChunk = new Gate();
            AtomicInteger chunksRun = new AtomicInteger();
            CompletableFuture<Void> kernel = pool.submitChunked(1_000_000, 1_000, (from, to) -> {
                chunksRun.incrementAndGet();
                if (from == 0) {
                    firstChunkStarted.open();
                    finishFirstChunk.await();
                }
            });
            firstChunkStarted.await();
            assertTrue(kernel.cancel(true));
            assertTrue(kernel.isCancelled()); // at once, while chunk 0 is still running
            finishFirstChunk.open();
            // The worker is free again: chunk 0 finished, and chunk 1 never started.
            assertEquals("free", pool.submit(() -> "free").get(30, TimeUnit.SECONDS));
            assertEquals(1, chunksRun.get());
        }
    }

    @Test
    void aChunkedTaskCoversTheRangeInOrderAndCompletesWithNull() throws Exception {
        List<long[]> chunks = new ArrayList<>();
        try (ComputePool pool = ComputePool.create(1)) {
            assertEquals(null, pool.submitChunked(10, 4, (from, to) -> chunks.add(new long[] {from, to}))
                    .get(30, TimeUnit.SECONDS));
        }
        assertEquals(3, chunks.size());
        assertEquals(List.of(0L, 4L, 4L, 8L, 8L, 10L),
                chunks.stream().flatMap(c -> java.util.stream.Stream.of(c[0], c[1])).toList());
    }

    @Test
    void aFailingChunkFailsTheFutureAndSkipsTheRest() {
        AtomicLong lastFrom = new AtomicLong(-1);
        try (ComputePool pool = ComputePool.create(1)) {
            CompletableFuture<Void> f = pool.submitChunked(100, 10, (from, to) -> {
                lastFrom.set(from);
                if (from == 30) {
                    throw new IllegalStateException("chunk 3");
                }
            });
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));
            assertEquals("chunk 3", e.getCause().getMessage());
        }
        assertEquals(30, lastFrom.get());
    }

    @Test
    void offThePoolEveryChunkRuns() throws Exception {
        AtomicLong covered = new AtomicLong();
        ChunkedTask.forEachChunk(1001, 100, (from, to) -> covered.addAndGet(to - from));
        assertEquals(1001, covered.get());
        ChunkedTask.forEachChunk(0, 1, (from, to) -> covered.set(-1));
        assertEquals(1001, covered.get());
        assertThrows(IllegalArgumentException.class, () -> ChunkedTask.forEachChunk(-1, 1, (a, b) -> { }));
        assertThrows(IllegalArgumentException.class, () -> ChunkedTask.forEachChunk(1, 0, (a, b) -> { }));
    }

    @Test
    void theTokenFiresWhenTheFutureIsCompletedByAnyOtherRouteToo() throws Exception {
        try (ComputePool pool = ComputePool.create(1)) {
            Gate started = new Gate();
            CompletableFuture<String> f = pool.submit(() -> {
                started.open();
                Gate.spinUntilCancelled();
                return "computed";
            });
            started.await();
            assertTrue(f.complete("supplied by the caller"));
            assertEquals("free", pool.submit(() -> "free").get(30, TimeUnit.SECONDS));
            assertEquals("supplied by the caller", f.join());

            Gate started2 = new Gate();
            CompletableFuture<String> timed = pool.submit(() -> {
                started2.open();
                Gate.spinUntilCancelled();
                return "computed";
            }).orTimeout(10, TimeUnit.MILLISECONDS);
            started2.await();
            assertThrows(ExecutionException.class, () -> timed.get(30, TimeUnit.SECONDS));
            assertEquals("free", pool.submit(() -> "free").get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void tokenCombinators() {
        CompletableFuture<Void> job = new CompletableFuture<>();
        CancellationToken ofJob = CancellationToken.of(job);
        assertFalse(ofJob.isCancellationRequested());
        CancellationToken either = CancellationToken.never().or(ofJob);
        assertFalse(either.isCancellationRequested());
        either.throwIfCancellationRequested();
        job.cancel(false);
        assertTrue(ofJob.isCancellationRequested());
        assertTrue(either.isCancellationRequested());
        assertThrows(CancellationException.class, either::throwIfCancellationRequested);
        assertSame(CancellationToken.never(), CancellationToken.current());
    }
}
