package org.kernels4j;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Run in a forked JVM by {@link LeakSoakTest} (or by hand, see docs/leak-soak.md): allocate and
 * close typed arrays in arenas, cancel pool kernels, create and close pools, and print the
 * resident set size and thread counts after each phase, one line each:
 * {@code PHASE name cycles ms rssKiB javaThreads osThreads}.
 *
 * <p>Arguments: the number of allocate/close cycles, cancelled kernels and pool cycles
 * (defaults 100000, 10000, 1000).
 */
public final class LeakSoakProbe {
    private LeakSoakProbe() {
    }

    public static void main(String[] args) throws Exception {
        int allocCycles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int cancelCycles = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int poolCycles = args.length > 2 ? Integer.parseInt(args[2]) : 1_000;
        System.out.println("INFO " + Kernels.info());

        // Warm up every path once (class loading, the native library, JIT) before the baseline.
        allocate(2_000);
        cancelKernels(200);
        pools(20);
        report("baseline", 0, 0);

        long t = System.nanoTime();
        allocate(allocCycles);
        report("allocate-close", allocCycles, t);

        t = System.nanoTime();
        cancelKernels(cancelCycles);
        report("cancelled-kernels", cancelCycles, t);

        t = System.nanoTime();
        pools(poolCycles);
        report("pool-create-close", poolCycles, t);
    }

    /** Typed arrays in confined and shared arenas, each touched by a kernel, then closed. */
    static void allocate(int cycles) {
        double sink = 0;
        for (int i = 0; i < cycles; i++) {
            int n = 256 + (i & 1023);
            try (Arena arena = (i & 1) == 0 ? Arena.ofConfined() : Arena.ofShared()) {
                switch (i & 3) {
                    case 0 -> {
                        DoubleArray x = DoubleArray.allocate(arena, n);
                        x.set(0, i);
                        sink += Kernels.sum(x);
                    }
                    case 1 -> {
                        FloatArray x = FloatArray.allocate(arena, n);
                        x.set(n - 1, 1f);
                        sink += Kernels.max(x);
                    }
                    case 2 -> {
                        LongArray x = LongArray.allocate(arena, n);
                        x.set(1, i & 3);
                        sink += Kernels.histogram(x, 4, 0, 4).counts()[0];
                    }
                    default -> {
                        DoubleMatrix m = DoubleMatrix.allocate(arena, 16, n / 16);
                        m.set(0, 0, 1);
                        sink += Kernels.sum(m.row(0));
                    }
                }
            }
        }
        if (sink == Double.MIN_VALUE) {
            System.out.println(sink);
        }
    }

    /** Kernels big enough to split across the pool, each cancelled right after it is submitted. */
    static void cancelKernels(int cycles) throws Exception {
        double[] big = new double[1 << 20];
        java.util.Arrays.fill(big, 1.0);
        DoubleArray x = DoubleArray.wrap(big);
        try (ComputePool pool = ComputePool.create(2)) {
            List<CompletableFuture<?>> recent = new ArrayList<>();
            for (int i = 0; i < cycles; i++) {
                CompletableFuture<?> f = switch (i % 3) {
                    case 0 -> pool.sum(x);
                    case 1 -> pool.std(x, 1);
                    default -> pool.histogram(x, 64, 0, 2);
                };
                f.cancel(true);
                recent.add(f);
                if (recent.size() == 64) {
                    // Let the chunks already claimed finish before piling up more.
                    Futures.await(recent);
                    recent.clear();
                }
            }
            Futures.await(recent);
        }
    }

    /** Pools created, used once, and closed. */
    static void pools(int cycles) throws Exception {
        for (int i = 0; i < cycles; i++) {
            try (ComputePool pool = ComputePool.create(2)) {
                pool.submit(() -> 1).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static void report(String phase, int cycles, long startNanos) throws IOException {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long ms = startNanos == 0 ? 0 : TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
        System.out.println("PHASE " + phase + " " + cycles + " " + ms + " " + status("VmRSS") + " "
                + Thread.getAllStackTraces().size() + " " + status("Threads"));
    }

    /** A number from /proc/self/status (kB for sizes), or -1 where there is none. */
    private static long status(String key) throws IOException {
        Path p = Path.of("/proc/self/status");
        if (!Files.isReadable(p)) {
            return -1;
        }
        for (String line : Files.readAllLines(p)) {
            if (line.startsWith(key + ":")) {
                return Long.parseLong(line.substring(key.length() + 1).trim().split("\\s+")[0]);
            }
        }
        return -1;
    }
}
