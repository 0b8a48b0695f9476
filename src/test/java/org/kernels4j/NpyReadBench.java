package org.kernels4j;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: the cost of the safe read paths against mmap on a page-cached file (see
 * docs/io.md). Usage: {@code java --enable-native-access=ALL-UNNAMED -cp ... org.kernels4j.NpyReadBench FILE.npy ROUNDS}
 * where FILE.npy is a 1-D float64 .npy (made by the caller; it is read, never changed).
 * Each round runs every way once, in rotating order; prints the median seconds per way and
 * the ratio to mmap.
 */
public final class NpyReadBench {
    private NpyReadBench() {
    }

    public static void main(String[] args) throws IOException {
        Path f = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        NpyHeader h = Npy.readHeader(f);
        String[] ways = {"mmap+sum", "Npy.read+sum", "chunked pread+sum"};
        List<List<Double>> times = new ArrayList<>();
        for (String w : ways) {
            times.add(new ArrayList<>());
        }
        double check = Double.NaN;
        for (int r = 0; r < rounds + 1; r++) {
            for (int k = 0; k < ways.length; k++) {
                int w = (k + r) % ways.length;
                long t0 = System.nanoTime();
                double s = switch (w) {
                    case 0 -> mmapSum(f, h);
                    case 1 -> readSum(f);
                    default -> chunkedSum(f, h);
                };
                double sec = (System.nanoTime() - t0) / 1e9;
                if (Double.isNaN(check)) {
                    check = s;
                } else if (Math.abs(s - check) > 1e-6 * Math.abs(check)) {
                    throw new IllegalStateException("sums differ: " + s + " vs " + check);
                }
                if (r > 0) {
                    times.get(w).add(sec);
                }
            }
        }
        double base = median(times.get(0));
        for (int w = 0; w < ways.length; w++) {
            double m = median(times.get(w));
            System.out.printf(Locale.ROOT, "%-20s median %.3f s  (%.2f GB/s)  %.2fx mmap  all %s%n", ways[w], m,
                    h.dataBytes() / m / 1e9, m / base, times.get(w));
        }
    }

    static double median(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    static double mmapSum(Path f, NpyHeader h) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            return Kernels.sum(DoubleArray.mapFile(f, h.dataOffset(), h.elementCount(), FileChannel.MapMode.READ_ONLY, arena));
        }
    }

    static double readSum(Path f) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            return Kernels.sum(Npy.read(f, arena).data());
        }
    }

    /** Positional reads into one reused 8 MiB off-heap chunk, summed chunk by chunk. */
    static double chunkedSum(Path f, NpyHeader h) throws IOException {
        try (Arena arena = Arena.ofConfined(); FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            DoubleArray chunk = DoubleArray.allocate(arena, 1 << 20);
            MemorySegment seg = chunk.segment();
            long bytes = h.dataBytes();
            double total = 0;
            for (long off = 0; off < bytes; ) {
                int len = (int) Math.min(seg.byteSize(), bytes - off);
                ByteBuffer bb = seg.asSlice(0, len).asByteBuffer();
                while (bb.hasRemaining()) {
                    if (ch.read(bb, h.dataOffset() + off + bb.position()) < 0) {
                        throw new IOException("truncated");
                    }
                }
                total += Kernels.sum(chunk.slice(0, len / 8));
                off += len;
            }
            return total;
        }
    }
}
