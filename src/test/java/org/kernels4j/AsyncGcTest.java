package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A long async kernel on a large heap array does not hold off the garbage collector.
 *
 * <p>Heap arrays reach C through critical downcalls, during which the calling thread cannot
 * reach a safepoint, so no GC can start: one critical call over a 2 GiB array would stall every
 * allocating thread of the JVM for the whole call (measured here: a single critical exp over
 * 2^28 doubles, ~370 ms, held a concurrent {@code System.gc()} for ~280 ms). The kernels cap
 * each critical call at {@link org.kernels4j.backend.NativeBackend#CRITICAL_CHUNK} elements
 * (2^14 for exp), so while one runs for seconds, another thread keeps allocating and completes
 * GC after GC, each promptly.
 *
 * <p>Needs a 2 GiB array: the surefire JVM runs with {@code -Xmx4g} (pom, {@code k4j.argLine}).
 */
class AsyncGcTest {
    static final int N = 1 << 28; // 2 GiB of doubles
    static final long GC_PERIOD_NANOS = 50_000_000L;

    static long gcCount() {
        long c = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            c += Math.max(0, b.getCollectionCount());
        }
        return c;
    }

    /** An allocation-heavy thread that also asks for a full GC every 50 ms, and times everything. */
    static final class Allocator extends Thread {
        final AtomicBoolean measuring = new AtomicBoolean();
        final AtomicBoolean stop = new AtomicBoolean();
        volatile long iterations;
        volatile long gcRequests;
        /** Longest time the loop went without progress while measuring (allocation or System.gc()). */
        volatile long longestStallNanos;

        Allocator() {
            super("gc-test-allocator");
            setDaemon(true);
        }

        @Override
        public void run() {
            Object[] ring = new Object[16];
            long last = System.nanoTime();
            long lastGc = last;
            int k = 0;
            while (!stop.get()) {
                ring[k++ & 15] = new long[32 * 1024]; // 256 KiB, below G1's humongous size
                long now = System.nanoTime();
                if (now - lastGc > GC_PERIOD_NANOS) {
                    System.gc(); // needs a safepoint: waits for any critical call in progress
                    lastGc = System.nanoTime();
                    if (measuring.get()) {
                        gcRequests++;
                    }
                    now = lastGc;
                }
                if (measuring.get()) {
                    iterations++;
                    longestStallNanos = Math.max(longestStallNanos, now - last);
                }
                last = now;
            }
        }
    }

    @Test
    void garbageCollectionProceedsWhileALongHeapKernelRuns() throws Exception {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = (i & 1023) * 1e-3;
        }
        double[] probe = {0.5, 1.5};
        Allocator allocator = new Allocator();
        // One worker: the kernel is one long task, and the other core is left to the allocator.
        try (ComputePool pool = ComputePool.create(1)) {
            pool.exp(probe, probe.clone()).get(); // link the downcalls outside the measurement
            allocator.start();
            Thread.sleep(200);

            long gcBefore = gcCount();
            allocator.measuring.set(true);
            long t0 = System.nanoTime();
            CompletableFuture<Void> kernel = pool.exp(x, x);
            kernel.get(60, TimeUnit.SECONDS);
            long kernelNanos = System.nanoTime() - t0;
            allocator.measuring.set(false);
            long gcDuring = gcCount() - gcBefore;

            allocator.stop.set(true);
            allocator.join(10_000);
            long stallMs = allocator.longestStallNanos / 1_000_000;
            long kernelMs = kernelNanos / 1_000_000;
            System.out.printf("[async-gc] exp over 2^28 heap doubles on 1 worker: %d ms; meanwhile %d GCs, %d"
                    + " allocations, %d System.gc() calls, longest stall of the allocating thread %d ms%n",
                    kernelMs, gcDuring, allocator.iterations, allocator.gcRequests, stallMs);

            assertEquals(Math.exp(1e-3), x[1], 1e-12, "the kernel ran");
            assertTrue(gcDuring >= 3, "GCs completed during the kernel: " + gcDuring);
            assertTrue(allocator.iterations >= 20, "allocations during the kernel: " + allocator.iterations);
            // One critical call over the whole array would stall the allocator for most of the
            // kernel; chunked, it waits for one GC at a time (tens of ms, more on a loaded host).
            assertTrue(stallMs < Math.max(kernelMs / 2, 150),
                    "the allocating thread stalled " + stallMs + " ms during a " + kernelMs + " ms kernel");
        } finally {
            allocator.stop.set(true);
        }
    }
}
