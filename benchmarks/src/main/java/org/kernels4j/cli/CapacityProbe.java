package org.kernels4j.cli;

import java.lang.foreign.Arena;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.kernels4j.DoubleArray;
import org.kernels4j.Kernels;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.Backends;
import org.kernels4j.backend.NativeBackend;
import org.kernels4j.backend.NativeTuning;

/**
 * What the machine gives right now: the float64 FMA rate of one thread and of two threads
 * at once (the library's register-only probe on the path in use), and the read bandwidth of
 * one thread (Kernels.sum over 64 MiB, far beyond the caches). Taken at the start and the end
 * of a run: a second thread that adds little, or figures that moved between the two probes,
 * mean the machine was shared while the bench ran, and its ratios carry that noise.
 *
 * @param fma1 GFLOP/s of one thread
 * @param fma2 GFLOP/s of two threads together (their sum)
 * @param readGBs GB/s read by one thread
 * @param problem why the FMA figures are missing (NaN), or null
 */
record CapacityProbe(double fma1, double fma2, double readGBs, String problem) {
    /** Wall time per measurement. */
    static final long SLICE_NANOS = 250_000_000L;
    /** Probe rounds per native call: about a millisecond. */
    static final long ROUNDS = 500_000;

    static CapacityProbe measure() {
        double f1 = Double.NaN;
        double f2 = Double.NaN;
        String problem = null;
        Backend b = Backends.choice().backend();
        if (b instanceof NativeBackend nb) {
            int code = nb.isaCode();
            NativeTuning.probeFma(code, true, ROUNDS); // page in, clock up
            f1 = fma(code, 1);
            f2 = fma(code, 2);
        } else {
            problem = "the native library is not in use";
        }
        return new CapacityProbe(f1, f2, read(), problem);
    }

    /** GFLOP/s of {@code threads} threads running the probe at once for one slice. */
    static double fma(int code, int threads) {
        AtomicLong flops = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        Thread[] ts = new Thread[threads];
        long[] wall = new long[1];
        for (int i = 0; i < threads; i++) {
            ts[i] = Thread.ofPlatform().daemon().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                long t0 = System.nanoTime();
                long done = 0;
                while (System.nanoTime() - t0 < SLICE_NANOS) {
                    done += NativeTuning.probeFma(code, true, ROUNDS);
                }
                flops.addAndGet(done);
            });
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread t : ts) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Double.NaN;
            }
        }
        wall[0] = System.nanoTime() - t0;
        return flops.get() / (double) wall[0];
    }

    /** GB/s of Kernels.sum over 64 MiB, one thread, after one warm pass. */
    static double read() {
        long n = 8L << 20;
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray x = DoubleArray.allocate(arena, n);
            x.segment().fill((byte) 1);
            double sink = Kernels.sum(x);
            long calls = 0;
            long t0 = System.nanoTime();
            long t;
            do {
                sink += Kernels.sum(x);
                calls++;
                t = System.nanoTime() - t0;
            } while (t < SLICE_NANOS);
            if (sink == 42) {
                System.err.print("");
            }
            return calls * n * 8.0 / t;
        }
    }

    /** "FMA 1 thread 105 GFLOP/s, 2 threads 168 (1.60x); read 31.2 GB/s". */
    String summary() {
        String fma = problem != null ? "FMA probe absent (" + problem + ")"
                : String.format(Locale.ROOT, "FMA float64 1 thread %.0f GFLOP/s, 2 threads %.0f (%.2fx)", fma1, fma2,
                        fma2 / fma1);
        return fma + String.format(Locale.ROOT, "; read 1 thread %.1f GB/s", readGBs);
    }
}
