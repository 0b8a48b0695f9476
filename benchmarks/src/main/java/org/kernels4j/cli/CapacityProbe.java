package org.kernels4j.cli;

import java.lang.foreign.Arena;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.LongUnaryOperator;
import org.kernels4j.DoubleArray;
import org.kernels4j.FloatArray;
import org.kernels4j.Kernels;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.Backends;
import org.kernels4j.backend.NativeBackend;
import org.kernels4j.backend.NativeTuning;

/**
 * What the machine gives right now: the float64 FMA rate of one thread and of two threads at
 * once (the library's register-only probe on the path in use), and the read bandwidth of one
 * thread and of two threads at once (Kernels.sum, each thread over its own 64 MiB, far beyond
 * the caches), the rate of a sort that stays in a core's own caches (Kernels.sort of 2^16
 * float32 into a second array, 512 KiB in all, one thread and two at once, each its own
 * arrays), and the round trip of a value between two threads. Taken at the start and the end
 * of a run.
 *
 * <p>Each two-thread figure is kept per thread. Two free and equal cores give two rates near
 * that of one thread. A second thread that adds little means a shared machine; one rate well
 * below the other means one of the two cores is slower (on a virtual machine, one virtual CPU
 * may share its physical core or its caches with other work). Either way, work split between
 * two workers cannot run twice as fast as on one, and the bench's two-worker ratios carry
 * that. The in-cache sort shows what the FMA probe cannot: a core whose caches are shared with
 * other work (its twin on the same physical core, on a virtual machine) keeps its FMA rate but
 * sorts more slowly, and so does every single-thread figure timed on it. Figures that moved between the two probes mean the machine changed during the run.
 * One thread runs on whichever core the system picks.
 *
 * @param fma1 GFLOP/s of one thread
 * @param fma2 GFLOP/s of each of two threads running at once, the faster first
 * @param readGBs GB/s read by one thread
 * @param read2 GB/s read by each of two threads running at once, the faster first
 * @param sort1 million keys per second of the in-cache sort on one thread
 * @param sort2 the same for each of two threads running at once, the faster first
 * @param roundTripNanos ns for a value to go from one thread to another and back (two threads
 *     spinning on one shared word; NaN with fewer than two processors)
 * @param problem why the FMA figures are missing (NaN), or null
 */
record CapacityProbe(double fma1, double[] fma2, double readGBs, double[] read2, double sort1, double[] sort2,
        double roundTripNanos, String problem) {
    /** Wall time per measurement. */
    static final long SLICE_NANOS = 250_000_000L;
    /** Probe rounds per native call: about a millisecond. */
    static final long ROUNDS = 500_000;
    /** float64 elements each reading thread sums: 64 MiB. */
    static final long READ_ELEMENTS = 8L << 20;
    /** float32 keys each in-cache sort sorts: 256 KiB, and as much again for its output. */
    static final int SORT_KEYS = 1 << 16;

    static CapacityProbe measure() {
        double[] f1 = {Double.NaN};
        double[] f2 = {Double.NaN, Double.NaN};
        String problem = null;
        Backend b = Backends.choice().backend();
        if (b instanceof NativeBackend nb) {
            int code = nb.isaCode();
            NativeTuning.probeFma(code, true, ROUNDS); // page in, clock up
            LongUnaryOperator fma = ignored -> NativeTuning.probeFma(code, true, ROUNDS);
            f1 = run(1, fma, null);
            f2 = run(2, fma, null);
        } else {
            problem = "the native library is not in use";
        }
        double[] r1 = read(1);
        double[] r2 = read(2);
        cacheSort(1); // a first round, not kept: its figure came out a third low, the JIT still at work
        double[] s1 = cacheSort(1);
        double[] s2 = cacheSort(2);
        return new CapacityProbe(f1[0], f2, r1[0], r2, s1[0], s2, roundTrip(), problem);
    }

    /**
     * {@code threads} threads at once, each calling {@code step} (which returns the work it did:
     * flops or bytes) for one slice. Returns each thread's rate in units per ns (G/s), the fastest
     * first; NaNs when interrupted.
     *
     * @param step the work of one call; its argument is the thread's number
     * @param ready called by each thread (with its number) before the start, or null
     */
    static double[] run(int threads, LongUnaryOperator step, LongConsumer ready) {
        CountDownLatch prepared = new CountDownLatch(threads);
        CountDownLatch start = new CountDownLatch(1);
        double[] rate = new double[threads];
        Thread[] ts = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            final int id = i;
            ts[i] = Thread.ofPlatform().daemon().start(() -> {
                try {
                    if (ready != null) {
                        ready.accept(id);
                    }
                } finally {
                    prepared.countDown();
                }
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long t0 = System.nanoTime();
                long done = 0;
                long t;
                do {
                    done += step.applyAsLong(id);
                    t = System.nanoTime() - t0;
                } while (t < SLICE_NANOS);
                rate[id] = done / (double) t;
            });
        }
        try {
            prepared.await();
            start.countDown();
            for (Thread t : ts) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            double[] nan = new double[threads];
            Arrays.fill(nan, Double.NaN);
            return nan;
        }
        Arrays.sort(rate);
        for (int i = 0, j = threads - 1; i < j; i++, j--) {
            double t = rate[i];
            rate[i] = rate[j];
            rate[j] = t;
        }
        return rate;
    }

    /** The sum of the rates. */
    static double sum(double[] rates) {
        return Arrays.stream(rates).sum();
    }

    /** GB/s of each of {@code threads} threads (the fastest first), each summing its own 64 MiB (after one warm pass). */
    static double[] read(int threads) {
        try (Arena arena = Arena.ofShared()) {
            DoubleArray[] xs = new DoubleArray[threads];
            for (int i = 0; i < threads; i++) {
                xs[i] = DoubleArray.allocate(arena, READ_ELEMENTS);
            }
            double[] sink = new double[threads];
            double[] r = run(threads, id -> {
                sink[(int) id] += Kernels.sum(xs[(int) id]);
                return READ_ELEMENTS * 8;
            }, id -> {
                // Each thread writes its own array first: its pages are then its own (the first
                // touch), as with data a worker produces, and the warm pass reads them once.
                xs[(int) id].segment().fill((byte) 1);
                sink[(int) id] += Kernels.sum(xs[(int) id]);
            });
            if (sink[0] == 42) {
                System.err.print("");
            }
            return r;
        }
    }

    /**
     * Million keys per second of each of {@code threads} threads (the fastest first), each
     * sorting its own {@link #SORT_KEYS} uniform float32 into its own output array, again and
     * again (after 300 warm sorts): work that lives in the core's own caches.
     */
    static double[] cacheSort(int threads) {
        try (Arena arena = Arena.ofShared()) {
            FloatArray[] xs = new FloatArray[threads];
            FloatArray[] outs = new FloatArray[threads];
            double[] r = run(threads, id -> {
                Kernels.sort(xs[(int) id], outs[(int) id]);
                return SORT_KEYS;
            }, id -> {
                int i = (int) id;
                xs[i] = FloatArray.allocate(arena, SORT_KEYS);
                outs[i] = FloatArray.allocate(arena, SORT_KEYS);
                java.util.SplittableRandom random = new java.util.SplittableRandom(42 + i);
                for (int k = 0; k < SORT_KEYS; k++) {
                    xs[i].set(k, random.nextFloat());
                }
                // warm: the Java side of the call compiled before the clock starts
                for (int w = 0; w < 300; w++) {
                    Kernels.sort(xs[i], outs[i]);
                }
            });
            for (int i = 0; i < r.length; i++) {
                r[i] *= 1000; // keys per ns -> million keys per s
            }
            return r;
        }
    }

    /**
     * Nanoseconds per round trip of a counter between two threads, each waiting (spinning) for
     * the other's increment, over one slice: what a cache line takes to go from one core to
     * the other and back. Cores that share a cache do it in tens of ns; cores far apart (on a
     * virtual machine, virtual CPUs on different parts of the host) in hundreds, and then work
     * that passes data between workers, as a sort's scatter does, gains less from a second
     * one. NaN with fewer than two processors (two spinning threads would share one).
     */
    static double roundTrip() {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return Double.NaN;
        }
        AtomicLong word = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        Thread echo = Thread.ofPlatform().daemon().start(() -> {
            long expect = 1;
            while (!stop.get()) {
                if (word.get() == expect) {
                    word.set(expect + 1);
                    expect += 2;
                } else {
                    Thread.onSpinWait();
                }
            }
        });
        long rounds = 0;
        long t0 = System.nanoTime();
        long t;
        do {
            // Batches of 100 between clock reads: a read costs tens of ns, a round trip not much
            // more, and a batch stays short even where the two threads must take turns on one
            // processor (a container's CPU quota: then a round trip is a scheduling slice).
            for (int i = 0; i < 100; i++) {
                long v = 2 * rounds + 1;
                word.set(v);
                long spins = 0;
                while (word.get() != v + 1) {
                    Thread.onSpinWait();
                    if (++spins == 10_000_000L) { // the echo thread is not running: give up
                        stop.set(true);
                        return Double.NaN;
                    }
                }
                rounds++;
            }
            t = System.nanoTime() - t0;
        } while (t < SLICE_NANOS / 2);
        stop.set(true);
        try {
            echo.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return t / (double) rounds;
    }

    /** GFLOP/s of two threads together. */
    double fma2Sum() {
        return sum(fma2);
    }

    /** GB/s read by two threads together. */
    double read2Sum() {
        return sum(read2);
    }

    /** Million keys per second sorted in cache by two threads together. */
    double sort2Sum() {
        return sum(sort2);
    }

    /**
     * "FMA float64 1 thread 105 GFLOP/s, 2 threads 105 + 103 (1.98x); read 1 thread 34.0 GB/s,
     * 2 threads 34.6 + 27.1 (1.81x); sort in cache 1 thread 310 Mkey/s, 2 threads 305 + 228
     * (1.72x); round trip between 2 threads 480 ns": each of the two
     * threads, the faster first, and their sum over one thread.
     */
    String summary() {
        String fma = problem != null ? "FMA probe absent (" + problem + ")"
                : String.format(Locale.ROOT, "FMA float64 1 thread %.0f GFLOP/s, 2 threads %.0f + %.0f (%.2fx)",
                        fma1, fma2[0], fma2[1], fma2Sum() / fma1);
        String trip = Double.isNaN(roundTripNanos) ? "" : String.format(Locale.ROOT, "; round trip between 2 threads %.0f ns", roundTripNanos);
        return fma + String.format(Locale.ROOT, "; read 1 thread %.1f GB/s, 2 threads %.1f + %.1f (%.2fx)",
                readGBs, read2[0], read2[1], read2Sum() / readGBs)
                + String.format(Locale.ROOT, "; sort in cache 1 thread %.0f Mkey/s, 2 threads %.0f + %.0f (%.2fx)",
                        sort1, sort2[0], sort2[1], sort2Sum() / sort1) + trip;
    }
}
