package org.kernels4j.cli;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.kernels4j.DType;
import org.kernels4j.DoubleArray;
import org.kernels4j.Kernels;
import org.kernels4j.KernelsInfo;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.Backends;
import org.kernels4j.backend.JavaBackend;
import org.kernels4j.backend.UnaryOp;

/**
 * A quick tour of the library: runs every kernel family on a data set, through the native
 * backend and the plain-Java backend, and prints results, times and which backend and CPU
 * path ran. {@code java -cp benchmarks/target/kernels4j-cli.jar org.kernels4j.cli.KernelTour [n]}
 *
 * <p>With no argument the data set is 10 million doubles drawn from a fixed seed (normal,
 * mean 3, sd 2), the same on every run. An argument sets the element count. Times are the
 * best of a few runs of one call: an indication, not a benchmark (JMH in benchmarks/ is).
 */
public final class KernelTour {
    private KernelTour() {
    }

    private record Row(String kernel, String backend, double result, double bestNanos) {
    }

    public static void main(String[] args) {
        long n = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000_000L;
        if (n < 1 || n > Integer.MAX_VALUE - 8) {
            System.err.println("element count must be between 1 and " + (Integer.MAX_VALUE - 8));
            System.exit(2);
        }
        KernelsInfo info = Kernels.info();
        System.out.println(info);
        System.out.printf(Locale.ROOT, "data: %,d float64 from a fixed seed (normal, mean 3, sd 2), %.1f MB%n", n, n * 8 / 1e6);

        double[] heap = new double[(int) n];
        SplittableRandom rnd = new SplittableRandom(20261126L);
        for (int i = 0; i < heap.length; i++) {
            heap[i] = 3.0 + 2.0 * gaussian(rnd);
        }
        List<Backend> backends = new ArrayList<>();
        if (info.backend().equals("native")) {
            backends.add(Backends.current());
        }
        backends.add(JavaBackend.INSTANCE);

        List<Row> rows = new ArrayList<>();
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray off = DoubleArray.copyOf(arena, heap);
            DoubleArray out = DoubleArray.allocate(arena, n);
            MemorySegment x = off.segment();
            MemorySegment o = out.segment();
            MemorySegment h = MemorySegment.ofArray(heap);
            DType t = DType.F64;
            for (Backend b : backends) {
                String name = b.name() + "/" + b.isa();
                rows.add(time("sum", name, bb -> bb.sum(t, x, n), b));
                if (b.name().equals("native")) {
                    rows.add(time("sum (heap double[])", name, bb -> bb.sum(t, h, n), b));
                }
                rows.add(time("mean", name, bb -> bb.sum(t, x, n) / n, b));
                rows.add(time("std", name, bb -> Math.sqrt(bb.sqdev(t, x, n, bb.sum(t, x, n) / n) / n), b));
                rows.add(time("min", name, bb -> bb.min(t, x, n), b));
                rows.add(time("max", name, bb -> bb.max(t, x, n), b));
                rows.add(time("argmax", name, bb -> bb.argmax(t, x, n), b));
                rows.add(time("dot", name, bb -> bb.dot(t, x, x, n), b));
                rows.add(time("norm2", name, bb -> bb.norm2(t, x, n), b));
                rows.add(time("exp -> out, sum(out)", name, bb -> {
                    bb.unary(UnaryOp.EXP, t, x, o, n);
                    return bb.sum(t, o, n);
                }, b));
                rows.add(time("cumsum -> out, last", name, bb -> bb.cumsum(t, x, o, n, -0.0), b));
            }
        }
        print(rows, backends.size() > 1);
    }

    private static double gaussian(SplittableRandom rnd) {
        // Box-Muller: deterministic from the seed, unlike Random.nextGaussian's hidden state across JDKs.
        double u = 1.0 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    private static Row time(String kernel, String backend, ToDoubleFunction<Backend> f, Backend b) {
        double result = 0;
        long best = Long.MAX_VALUE;
        for (int rep = 0; rep < 5; rep++) {
            long t0 = System.nanoTime();
            result = f.applyAsDouble(b);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return new Row(kernel, backend, result, best);
    }

    private static void print(List<Row> rows, boolean compare) {
        System.out.printf(Locale.ROOT, "%-22s %-16s %26s %12s%s%n", "kernel", "backend", "result", "best ms",
                compare ? "   vs java" : "");
        for (Row r : rows) {
            String ratio = "";
            if (compare && !r.backend().startsWith("java")) {
                String base = r.kernel().replace(" (heap double[])", "");
                for (Row j : rows) {
                    if (j.backend().startsWith("java") && j.kernel().equals(base)) {
                        ratio = String.format(Locale.ROOT, "   %6.1fx faster", j.bestNanos() / r.bestNanos());
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%-22s %-16s %26.17g %12.3f%s%n", r.kernel(), r.backend(), r.result(),
                    r.bestNanos() / 1e6, ratio);
        }
        System.out.println("(times: best of 5 single calls; JMH figures: see README)");
    }
}
