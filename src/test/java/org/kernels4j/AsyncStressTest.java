package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Async kernels of every kind (reductions with one and two phases, elementwise, cumsum) on
 * shared inputs, cut into many small chunks, submitted from two threads while a third cancels
 * them at random, some with timeouts, and a shutdown of a random kind races them all. Every
 * future must reach a terminal state; every one that completed normally has the synchronous
 * result; no worker thread is left.
 */
class AsyncStressTest {
    static final int ROUNDS = 4;
    static final int KERNELS_PER_ROUND = 1_200;
    // Above every cost's inline limit (ChunkPlanner.Cost.inlineMax), so the kernels go to the
    // workers (smaller ones run on the caller).
    static final int N = 140_000; // 274 chunks of 512

    enum ShutdownKind { ORDERLY, CANCEL_FUTURES, NOW, CLOSE }

    record Submitted(int kind, CompletableFuture<?> future, double[] out) {
    }

    @Test
    void racingKernelsCancelsTimeoutsAndShutdownLoseNoFuture() {
        double[] x = new double[N];
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < N; i++) {
            x[i] = r.nextDouble(-1, 1);
        }
        double sum = Kernels.sum(x);
        double var = Kernels.var(x, 1);
        long argmax = Kernels.argmax(x);
        double[] exp = new double[N];
        Kernels.exp(x, exp);
        double[] cumsum = new double[N];
        Kernels.cumsum(x, cumsum);
        long workerBaseline = ComputePoolShutdownTest.liveWorkerThreads();
        AtomicLong completed = new AtomicLong();
        AtomicLong cancelled = new AtomicLong();
        AtomicLong timedOut = new AtomicLong();
        AtomicLong rejected = new AtomicLong();

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Arena arena = Arena.ofShared()) {
                DoubleArray shared = DoubleArray.copyOf(arena, x);
                for (int round = 0; round < ROUNDS; round++) {
                    ShutdownKind kind = ShutdownKind.values()[round];
                    ComputePool pool = ComputePool.create(3);
                    AsyncKernels k = pool.withChunkSize(512);
                    List<Submitted> all = java.util.Collections.synchronizedList(new ArrayList<>());
                    int shutdownAt = (int) (KERNELS_PER_ROUND * 0.8);
                    Runnable submitter = () -> {
                        ThreadLocalRandom rnd = ThreadLocalRandom.current();
                        for (int i = 0; i < KERNELS_PER_ROUND / 2; i++) {
                            int kernel = rnd.nextInt(5);
                            double[] out = kernel >= 3 ? new double[N] : null;
                            try {
                                CompletableFuture<?> f = switch (kernel) {
                                    case 0 -> k.sum(shared);
                                    case 1 -> k.var(x, 1);
                                    case 2 -> k.argmax(shared);
                                    case 3 -> k.exp(shared, DoubleArray.wrap(out));
                                    default -> k.cumsum(x, out);
                                };
                                if (rnd.nextInt(10) == 0) {
                                    f = f.orTimeout(rnd.nextInt(1, 500), TimeUnit.MICROSECONDS);
                                }
                                all.add(new Submitted(kernel, f, out));
                            } catch (RejectedExecutionException e) {
                                rejected.incrementAndGet();
                            }
                        }
                    };
                    Thread s1 = Thread.ofPlatform().name("async-stress-submitter-1").start(submitter);
                    Thread s2 = Thread.ofPlatform().name("async-stress-submitter-2").start(submitter);
                    Thread canceller = Thread.ofPlatform().name("async-stress-canceller").start(() -> {
                        ThreadLocalRandom rnd = ThreadLocalRandom.current();
                        while (s1.isAlive() || s2.isAlive()) {
                            int n = all.size();
                            if (n > 0 && rnd.nextInt(4) == 0) {
                                all.get(rnd.nextInt(n)).future().cancel(rnd.nextBoolean());
                            }
                            Thread.onSpinWait();
                        }
                    });
                    Gate.awaitCondition("kernels submitted", () -> all.size() >= shutdownAt || !s1.isAlive());
                    switch (kind) {
                        case ORDERLY -> pool.shutdown(false, false);
                        case CANCEL_FUTURES -> pool.shutdown(false, true);
                        case NOW -> pool.shutdownNow();
                        case CLOSE -> pool.close();
                    }
                    s1.join();
                    s2.join();
                    canceller.join();
                    pool.close();
                    assertTrue(pool.isTerminated());

                    for (Submitted sub : all) {
                        CompletableFuture<?> f = sub.future();
                        // orTimeout's future may complete just after termination (its timer thread).
                        Object value;
                        try {
                            value = f.get(5, TimeUnit.SECONDS);
                        } catch (CancellationException e) {
                            cancelled.incrementAndGet();
                            continue;
                        } catch (java.util.concurrent.ExecutionException e) {
                            assertTrue(e.getCause() instanceof TimeoutException, "only timeouts fail: " + e.getCause());
                            timedOut.incrementAndGet();
                            continue;
                        } catch (CompletionException e) {
                            throw new AssertionError(e);
                        }
                        completed.incrementAndGet();
                        switch (sub.kind()) {
                            case 0 -> assertEquals(sum, (Double) value);
                            case 1 -> assertEquals(var, (Double) value);
                            case 2 -> assertEquals(argmax, (Long) value);
                            case 3 -> assertTrue(java.util.Arrays.equals(exp, sub.out()), "exp output");
                            default -> {
                                assertEquals(cumsum[N - 1], (Double) value);
                                assertTrue(java.util.Arrays.equals(cumsum, sub.out()), "cumsum output");
                            }
                        }
                    }
                }
            }
        });
        System.out.println("[async-stress] completed=" + completed + " cancelled=" + cancelled + " timedOut="
                + timedOut + " rejected=" + rejected);
        assertTrue(completed.get() > 0 && cancelled.get() > 0, "both outcomes occurred");
        assertEquals(workerBaseline, ComputePoolShutdownTest.liveWorkerThreads(), "no worker thread left");
    }
}
