package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.kernels4j.planner.ChunkPlanner;

/**
 * Bad arguments make the async call itself throw, with the exception the synchronous kernel
 * throws, before anything is submitted; the caller's data is untouched.
 */
class AsyncBadInputTest {
    final double[] x = {1, 2, 3, 4, 5};
    final double[] xCopy = x.clone();
    ComputePool pool;
    /** A pool whose only worker is held, so that anything submitted to it stays in its queue. */
    ComputePool held;
    Gate release;

    @BeforeEach
    void pools() {
        pool = ComputePool.create(2);
        held = ComputePool.create(1);
        release = new Gate();
        held.submit(release::await);
        Gate.awaitCondition("the held worker is busy", () -> held.queuedTaskCount() == 0);
    }

    @AfterEach
    void close() {
        release.open();
        held.close();
        pool.close();
    }

    void unchanged() {
        assertArrayEquals(xCopy, x, "the caller's data was modified");
    }

    @FunctionalInterface
    interface AsyncCall {
        void call(AsyncKernels k) throws Throwable;
    }

    /**
     * The synchronous and the async form throw {@code type} with the same message, the async one
     * from the call itself and without submitting anything.
     */
    <T extends Throwable> void bothThrow(Class<T> type, Executable sync, AsyncCall async) {
        T s = assertThrows(type, sync);
        for (AsyncKernels k : new AsyncKernels[] {held, held.withChunkSize(512)}) {
            T a = assertThrows(type, () -> async.call(k));
            assertEquals(s.getMessage(), a.getMessage(), "same message as the synchronous kernel");
            assertEquals(0, held.queuedTaskCount(), "nothing was submitted");
        }
    }

    @Test
    void nullArguments() {
        bothThrow(NullPointerException.class, () -> Kernels.sum((double[]) null), k -> k.sum((double[]) null));
        bothThrow(NullPointerException.class, () -> Kernels.sum((NumericArray) null), k -> k.sum((NumericArray) null));
        bothThrow(NullPointerException.class, () -> Kernels.dot(x, null), k -> k.dot(x, null));
        bothThrow(NullPointerException.class, () -> Kernels.add(x, x, null), k -> k.add(x, x, null));
        bothThrow(NullPointerException.class, () -> Kernels.exp((float[]) null, new float[5]),
                k -> k.exp((float[]) null, new float[5]));
        bothThrow(NullPointerException.class, () -> Kernels.cumsum(x, null), k -> k.cumsum(x, null));
        unchanged();
    }

    @Test
    void mismatchedShapesShortOrReadOnlyOutputs() {
        double[] shortOut = {7, 7};
        bothThrow(IllegalArgumentException.class, () -> Kernels.add(x, x, shortOut), k -> k.add(x, x, shortOut));
        bothThrow(IllegalArgumentException.class, () -> Kernels.exp(x, shortOut), k -> k.exp(x, shortOut));
        bothThrow(IllegalArgumentException.class, () -> Kernels.cumsum(x, shortOut), k -> k.cumsum(x, shortOut));
        bothThrow(IllegalArgumentException.class, () -> Kernels.add(x, new double[4], new double[5]),
                k -> k.add(x, new double[4], new double[5]));
        bothThrow(IllegalArgumentException.class, () -> Kernels.dot(x, new double[4]), k -> k.dot(x, new double[4]));
        bothThrow(IllegalArgumentException.class, () -> Kernels.axpy(2.0, x, new double[6]),
                k -> k.axpy(2.0, x, new double[6]));
        bothThrow(IllegalArgumentException.class, () -> Kernels.mul(x, 2.0, shortOut), k -> k.mul(x, 2.0, shortOut));
        assertArrayEquals(new double[] {7, 7}, shortOut);
        try (Arena arena = Arena.ofShared()) {
            DoubleArray d = DoubleArray.copyOf(arena, x);
            FloatArray f = FloatArray.allocate(arena, 5);
            bothThrow(IllegalArgumentException.class, () -> Kernels.add(d, d, f), k -> k.add(d, d, f));
            bothThrow(IllegalArgumentException.class, () -> Kernels.dot(d, f), k -> k.dot(d, f));
            DoubleArray readOnly = DoubleArray.wrap(d.segment().asReadOnly());
            bothThrow(IllegalArgumentException.class, () -> Kernels.neg(d, readOnly), k -> k.neg(d, readOnly));
            // A read-only input is fine.
            assertEquals(15.0, pool.sum(readOnly).join());
        }
        unchanged();
    }

    @Test
    void emptyInputWhereUndefinedAndBadDdofOrBounds() {
        double[] e = {};
        bothThrow(IllegalArgumentException.class, () -> Kernels.min(e), k -> k.min(e));
        bothThrow(IllegalArgumentException.class, () -> Kernels.max(e), k -> k.max(e));
        bothThrow(IllegalArgumentException.class, () -> Kernels.argmin(e), k -> k.argmin(e));
        bothThrow(IllegalArgumentException.class, () -> Kernels.argmax(new float[0]), k -> k.argmax(new float[0]));
        bothThrow(IllegalArgumentException.class, () -> Kernels.nanmin(e), k -> k.nanmin(e));
        bothThrow(IllegalArgumentException.class, () -> Kernels.nanmax(e), k -> k.nanmax(e));
        bothThrow(IllegalArgumentException.class, () -> Kernels.var(e), k -> k.var(e));
        bothThrow(IllegalArgumentException.class, () -> Kernels.var(x, 5), k -> k.var(x, 5));
        bothThrow(IllegalArgumentException.class, () -> Kernels.std(x, -1), k -> k.std(x, -1));
        bothThrow(IllegalArgumentException.class, () -> Kernels.clip(x, 2, 1, new double[5]),
                k -> k.clip(x, 2, 1, new double[5]));
        bothThrow(IllegalArgumentException.class, () -> Kernels.clip(x, Double.NaN, 1, new double[5]),
                k -> k.clip(x, Double.NaN, 1, new double[5]));
        // Defined on empty input, as synchronously.
        assertEquals(0.0, pool.sum(e).join());
        assertTrue(Double.isNaN(pool.mean(e).join()));
        assertTrue(Double.isNaN(pool.nanmean(e).join()));
        assertEquals(0.0, pool.norm2(e).join());
        unchanged();
    }

    @Test
    void integerArraysAreNotFloatingOperands() {
        IntArray ints = IntArray.wrap(new int[] {1, 2, 3, 4, 5});
        NumericArray asNumeric = ints;
        double[] o = new double[5];
        // Integer reductions have their own overloads (int64 accumulation, as NumPy's) ...
        assertEquals(15L, Kernels.sum(ints));
        assertEquals(15L, held.sum(ints).join());
        assertEquals(4L, Kernels.argmax(ints));
        // ... but the floating-point kernels still refuse an integer array, before any work.
        bothThrow(IllegalArgumentException.class, () -> Kernels.var(asNumeric), k -> k.var(asNumeric));
        bothThrow(IllegalArgumentException.class, () -> Kernels.norm2(asNumeric), k -> k.norm2(asNumeric));
        bothThrow(IllegalArgumentException.class, () -> Kernels.exp(ints, DoubleArray.wrap(o)),
                k -> k.exp(ints, DoubleArray.wrap(o)));
    }

    @Test
    void closedArena() {
        Arena arena = Arena.ofShared();
        DoubleArray d = DoubleArray.copyOf(arena, x);
        DoubleArray o = DoubleArray.allocate(Arena.ofAuto(), 5);
        arena.close();
        bothThrow(IllegalStateException.class, () -> Kernels.sum(d), k -> k.sum(d));
        bothThrow(IllegalStateException.class, () -> Kernels.exp(o, d), k -> k.exp(o, d));
    }

    @Test
    void confinedArenasAreRefusedBecauseOnlyTheirOwnerMayTouchThem() throws Exception {
        try (Arena confined = Arena.ofConfined()) {
            DoubleArray d = DoubleArray.copyOf(confined, x);
            DoubleArray out = DoubleArray.allocate(Arena.ofAuto(), 5);
            for (AsyncCall call : new AsyncCall[] {k -> k.sum(d), k -> k.exp(out, d), k -> k.exp(d, out),
                    k -> k.dot(out, d), k -> k.cumsum(d, out), k -> k.var(d, 1)}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call.call(held));
                assertTrue(e.getMessage().contains("confined arena"), e.getMessage());
                assertEquals(0, held.queuedTaskCount(), "nothing was submitted");
            }
            // What the check prevents: the FFM runtime refusing the memory on a pool thread.
            CompletableFuture<Double> direct = pool.submit(() -> Kernels.sum(d));
            ExecutionException wrong = assertThrows(ExecutionException.class, () -> direct.get(5, TimeUnit.SECONDS));
            assertTrue(wrong.getCause() instanceof WrongThreadException, String.valueOf(wrong.getCause()));
            // The owner thread still uses it synchronously.
            assertEquals(15.0, Kernels.sum(d));
        }
    }

    @Test
    void chunkSizeMustBeZeroOrAPowerOfTwoMultipleOf512() {
        for (long bad : new long[] {-512, 1, 511, 1000, 1536, 3 * 1024}) {
            assertThrows(IllegalArgumentException.class, () -> pool.withChunkSize(bad), "chunk " + bad);
        }
        assertSame(pool, pool.withChunkSize(0));
        assertEquals(0, pool.chunkSize());
        AsyncKernels k = pool.withChunkSize(1024);
        assertEquals(1024, k.chunkSize());
        assertEquals(4096, k.withChunkSize(4096).chunkSize());
        assertSame(pool, k.withChunkSize(0));
        // Too many chunks for one call (2^25 chunks of 512 for 2^34 elements): refused by the
        // planner, which every async kernel consults before it submits anything.
        assertThrows(IllegalArgumentException.class,
                () -> ChunkPlanner.plan(1L << 34, ChunkPlanner.Cost.STREAM, 2, 512));
        assertEquals(1L << 24, ChunkPlanner.plan(1L << 34, ChunkPlanner.Cost.STREAM, 2, 1024).count());
    }

    @Test
    void aShutDownOrBrokenPoolRejectsKernels() {
        pool.shutdown();
        assertThrows(RejectedExecutionException.class, () -> pool.sum(x));
        assertThrows(RejectedExecutionException.class, () -> pool.withChunkSize(512).exp(x, new double[5]));
        assertThrows(RejectedExecutionException.class, () -> pool.cumsum(x, new double[5]));
        ComputePool broken = ComputePool.create(1, i -> {
            throw new IllegalStateException("no");
        });
        try {
            Gate.awaitCondition("the pool breaks", broken::isBroken);
            assertThrows(BrokenPoolException.class, () -> broken.sum(x));
        } finally {
            broken.close();
        }
        unchanged();
    }
}
