package org.kernels4j;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;

/**
 * Run in a forked JVM by {@link NpyFileFaultTest}: reads .npy files while another thread
 * truncates or rewrites them. Prints one summary line; exits 3 on anything but a clean
 * result or a clean {@link NpyFormatException}.
 */
public final class NpyFaultProbe {
    private NpyFaultProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String mode = args[1];
        if (mode.equals("read")) {
            read(dir, Integer.parseInt(args[2]));
        } else {
            mappedCopy(dir);
        }
    }

    static void read(Path dir, int rounds) throws Exception {
        Path f = dir.resolve("victim.npy");
        int n = 2 << 20; // 16 MiB of float64
        SplittableRandom rnd = new SplittableRandom(42);
        int ok = 0;
        int errors = 0;
        try (Arena data = Arena.ofConfined()) {
            DoubleArray x = DoubleArray.allocate(data, n);
            for (long i = 0; i < n; i++) {
                x.set(i, i);
            }
            for (int r = 0; r < rounds; r++) {
                Npy.write(f, x);
                int delayMicros = rnd.nextInt(4000);
                boolean rewrite = rnd.nextBoolean();
                long cut = rnd.nextLong(16L << 20);
                CountDownLatch go = new CountDownLatch(1);
                Thread t = Thread.ofPlatform().start(() -> {
                    try {
                        go.await();
                        Thread.sleep(0, 0);
                        long end = System.nanoTime() + delayMicros * 1000L;
                        while (System.nanoTime() < end) {
                            Thread.onSpinWait();
                        }
                        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
                            ch.truncate(cut);
                            if (rewrite) {
                                ch.write(java.nio.ByteBuffer.allocate(1 << 20), cut);
                            }
                        }
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
                try (Arena arena = Arena.ofConfined()) {
                    go.countDown();
                    double s;
                    if (r % 2 == 0) {
                        s = Kernels.sum(Npy.read(f, arena).data());
                    } else {
                        double[] acc = {0};
                        Npy.forEachChunk(f, 1 << 18, (chunk, first) -> acc[0] += Kernels.sum(chunk));
                        s = acc[0];
                    }
                    if (s != (double) n * (n - 1) / 2) {
                        System.out.println("WRONG SUM " + s + " without an error");
                        System.exit(3);
                    }
                    ok++;
                } catch (NpyFormatException e) {
                    errors++;
                    if (errors <= 3) {
                        System.out.println("error: " + e.getMessage());
                    }
                }
                t.join();
            }
        }
        System.out.println("rounds=" + rounds + " ok=" + ok + " errors=" + errors);
    }

    /** What JDK code does when a Java-side copy reads a mapping whose file was truncated. */
    static void mappedCopy(Path dir) throws Exception {
        Path f = dir.resolve("mapped.f64");
        Files.write(f, new byte[8 << 20]);
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray m = DoubleArray.mapFile(f, FileChannel.MapMode.READ_ONLY, arena);
            MemorySegment dst = arena.allocate(8 << 20, 64);
            try (FileChannel ch = FileChannel.open(f, StandardOpenOption.WRITE)) {
                ch.truncate(4096);
            }
            try {
                MemorySegment.copy(m.segment(), 0, dst, 0, 8 << 20);
                System.out.println("copy: no fault");
            } catch (Throwable e) {
                System.out.println("copy: " + e.getClass().getName() + ": " + e.getMessage());
            }
            try {
                double v = m.segment().get(ValueLayout.JAVA_DOUBLE, 4L << 20);
                System.out.println("get: no fault " + v);
            } catch (Throwable e) {
                System.out.println("get: " + e.getClass().getName() + ": " + e.getMessage());
            }
        }
    }
}
