package org.kernels4j;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The JVM {@link NativeRaceTest} forks: a writer thread rewrites the input of each multi-pass
 * kernel while it runs, for every dtype, heap and off-heap, synchronous and on a pool, cases
 * side by side. Exceptions are allowed (results under a race are unspecified; a detected
 * change may be reported); a crash kills this JVM, which the parent sees. Exits 0 only if every
 * case ran and the same kernels are then right on fresh data.
 */
public final class RaceChild {
    enum Kernel { SORT, ARGSORT, MEDIAN, QUANTILES, PARTITION, HISTOGRAM_FROM_DATA, DESCRIBE, BINCOUNT }

    /** Elements per case: above the pool's parallel threshold (2^20), so the pool splits the passes. */
    static final int N = (1 << 20) + 4096;

    private RaceChild() {
    }

    public static void main(String[] args) {
        try {
            run();
        } catch (Throwable e) {
            e.printStackTrace(System.out);
            System.out.flush();
            Runtime.getRuntime().halt(2);
        }
    }

    static void run() throws Exception {
        long millis = Long.getLong("k4j.race.ms", 100);
        int threads = Integer.getInteger("k4j.race.threads", 2);
        Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        AtomicLong calls = new AtomicLong();
        List<Runnable> cases = new ArrayList<>();
        try (ComputePool pool = ComputePool.create(2)) {
            for (DType t : DType.values()) {
                for (Kernel k : Kernel.values()) {
                    if ((k == Kernel.DESCRIBE && !t.isFloating()) || (k == Kernel.BINCOUNT && t.isFloating())) {
                        continue;
                    }
                    for (boolean offHeap : new boolean[] {false, true}) {
                        for (boolean onPool : new boolean[] {false, true}) {
                            cases.add(() -> raceCase(t, k, offHeap, onPool ? pool : null, millis, outcomes, calls));
                        }
                    }
                }
            }
            ExecutorService ex = Executors.newFixedThreadPool(threads);
            List<Future<?>> fs = new ArrayList<>();
            for (Runnable r : cases) {
                fs.add(ex.submit(r));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            ex.shutdown();
            ex.awaitTermination(1, TimeUnit.MINUTES);
            System.out.println(cases.size() + " cases, " + calls.get() + " calls under a writer; outcomes " + outcomes);
            int bad = freshChecks(pool);
            System.out.println(bad == 0 ? "fresh data: all right" : "fresh data: " + bad + " wrong");
            System.exit(bad == 0 ? 0 : 1);
        }
    }

    static NumericArray array(DType t, boolean offHeap, Arena arena) {
        return switch (t) {
            case F64 -> offHeap ? DoubleArray.allocate(arena, N) : DoubleArray.wrap(new double[N]);
            case F32 -> offHeap ? FloatArray.allocate(arena, N) : FloatArray.wrap(new float[N]);
            case I64 -> offHeap ? LongArray.allocate(arena, N) : LongArray.wrap(new long[N]);
            case I32 -> offHeap ? IntArray.allocate(arena, N) : IntArray.wrap(new int[N]);
        };
    }

    /** Random or adversarial contents (one bucket, two values, ramps, NaN/Inf, small ints) into s. */
    static void fill(DType t, MemorySegment s, long from, long n, int mode, SplittableRandom r) {
        long c = r.nextLong();
        long d = r.nextLong();
        for (long i = from; i < n; i++) {
            long b = switch (mode) {
                case 0 -> r.nextLong();
                case 1 -> c;
                case 2 -> i < n / 2 ? c : d;
                case 3 -> i;
                case 4 -> n - i;
                case 5 -> r.nextInt(40) - 4;
                default -> -1L;
            };
            switch (t) {
                case F64 -> s.setAtIndex(ValueLayout.JAVA_DOUBLE, i, mode >= 3 && mode <= 5 ? (double) b
                        : mode == 7 ? specials[(int) (i % specials.length)] : Double.longBitsToDouble(b));
                case F32 -> s.setAtIndex(ValueLayout.JAVA_FLOAT, i, mode >= 3 && mode <= 5 ? (float) b
                        : mode == 7 ? (float) specials[(int) (i % specials.length)] : Float.intBitsToFloat((int) b));
                case I64 -> s.setAtIndex(ValueLayout.JAVA_LONG, i, b);
                case I32 -> s.setAtIndex(ValueLayout.JAVA_INT, i, (int) b);
            }
        }
    }

    static final double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0, 1e300, -1e300};
    static final int MODES = 8;

    static void raceCase(DType t, Kernel k, boolean offHeap, ComputePool pool, long millis, Map<String, AtomicLong> outcomes,
                         AtomicLong calls) {
        try (Arena arena = Arena.ofShared()) {
            NumericArray x = array(t, offHeap, arena);
            LongArray out = offHeap ? LongArray.allocate(arena, N) : LongArray.wrap(new long[N]);
            SplittableRandom r = new SplittableRandom(k.ordinal() * 31L + t.ordinal());
            fill(t, x.segment(), 0, N, 5, r);
            AtomicBoolean stop = new AtomicBoolean();
            SplittableRandom wr = r.split();
            Thread writer = new Thread(() -> {
                while (!stop.get()) {
                    long from = wr.nextBoolean() ? 0 : wr.nextLong(N);
                    // bincount sizes its counts by the maximum: keep the values small (a random
                    // int64 maximum would be an honest OutOfMemoryError, not a race)
                    int mode = k == Kernel.BINCOUNT ? 3 + wr.nextInt(3) : wr.nextInt(MODES);
                    fill(t, x.segment(), from, N, mode, wr);
                }
            }, "race-writer");
            writer.setDaemon(true);
            writer.start();
            long end = System.nanoTime() + millis * 1_000_000;
            int i = 0;
            try {
            do {
                String outcome;
                try {
                    call(k, x, out, pool, i++);
                    outcome = "ok";
                } catch (RuntimeException e) {
                    Throwable c = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
                    outcome = c.getClass().getSimpleName();
                }
                outcomes.computeIfAbsent(outcome, o -> new AtomicLong()).incrementAndGet();
                calls.incrementAndGet();
            } while (System.nanoTime() < end);
            } finally {
                stop.set(true);
                writer.join();
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static void call(Kernel k, NumericArray x, LongArray out, ComputePool pool, int i) {
        boolean async = pool != null && i % 2 == 0;
        switch (k) {
            case SORT -> {
                if (pool == null) Kernels.sort(x);
                else if (async) pool.sort(x).join();
                else Kernels.sort(x, pool);
            }
            case ARGSORT -> {
                if (pool == null) Kernels.argsort(x, out);
                else if (async) pool.argsort(x, out).join();
                else Kernels.argsort(x, out, pool);
            }
            case MEDIAN -> {
                if (pool == null) Kernels.median(x);
                else pool.median(x).join();
            }
            case QUANTILES -> {
                double[] qs = {0.0, 0.1, 0.5, 0.99, 1.0};
                if (pool == null) Kernels.quantile(x, qs, QuantileMethod.LINEAR);
                else if (async) pool.quantile(x, qs, QuantileMethod.LINEAR).join();
                else Kernels.quantile(x, qs, QuantileMethod.LINEAR, pool);
            }
            case PARTITION -> {
                long[] kth = {0, N / 3, N - 1};
                if (pool == null) Kernels.partition(x, kth);
                else pool.partition(x, kth).join();
            }
            case HISTOGRAM_FROM_DATA -> {
                if (pool == null) Kernels.histogram(x, 64);
                else pool.histogram(x, 64).join();
            }
            case DESCRIBE -> {
                if (pool == null) Kernels.describe(x);
                else pool.describe(x).join();
            }
            case BINCOUNT -> Kernels.bincount(x, 0);
        }
    }

    /** The kernels on fresh data after all that: sort, argsort, median, bincount, histogram. */
    static int freshChecks(ComputePool pool) {
        int bad = 0;
        SplittableRandom r = new SplittableRandom(7);
        for (DType t : DType.values()) {
            for (boolean offHeap : new boolean[] {false, true}) {
                try (Arena arena = Arena.ofShared()) {
                    NumericArray x = array(t, offHeap, arena);
                    fill(t, x.segment(), 0, N, t.isFloating() ? 0 : 5, r);
                    if (t.isFloating()) { // finite values: Arrays.sort is the reference
                        for (long i = 0; i < N; i++) {
                            double v = t == DType.F64 ? x.segment().getAtIndex(ValueLayout.JAVA_DOUBLE, i)
                                    : x.segment().getAtIndex(ValueLayout.JAVA_FLOAT, i);
                            if (!Double.isFinite(v)) {
                                fill(t, x.segment(), i, i + 1, 3, r);
                            }
                        }
                    }
                    if (!t.isFloating()) { // small non-negative values, for bincount
                        for (long i = 0; i < N; i++) {
                            fill(t, x.segment(), i, i + 1, 3, r);
                            if (t == DType.I64) {
                                x.segment().setAtIndex(ValueLayout.JAVA_LONG, i, r.nextInt(1000));
                            } else {
                                x.segment().setAtIndex(ValueLayout.JAVA_INT, i, r.nextInt(1000));
                            }
                        }
                    }
                    double[] ref = new double[N];
                    for (int i = 0; i < N; i++) {
                        ref[i] = value(t, x.segment(), i);
                    }
                    Arrays.sort(ref);
                    double median = (ref[N / 2 - 1] + ref[N / 2]) / 2;
                    if (Kernels.median(x) != median || pool.median(x).join() != median) {
                        bad++;
                        System.out.println("median wrong for " + t + (offHeap ? " off-heap" : " heap"));
                    }
                    LongArray out = offHeap ? LongArray.allocate(arena, N) : LongArray.wrap(new long[N]);
                    pool.argsort(x, out).join();
                    MemorySegment idx = out.segment();
                    for (int i = 1; i < N; i++) {
                        if (value(t, x.segment(), idx.getAtIndex(ValueLayout.JAVA_LONG, i - 1))
                                > value(t, x.segment(), idx.getAtIndex(ValueLayout.JAVA_LONG, i))) {
                            bad++;
                            System.out.println("argsort wrong for " + t);
                            break;
                        }
                    }
                    if (!t.isFloating()) {
                        long[] counts = Kernels.bincount(x, 0);
                        long[] want = new long[counts.length];
                        for (int i = 0; i < N; i++) {
                            long v = (long) value(t, x.segment(), i);
                            if (v >= 0) {
                                want[(int) v]++;
                            }
                        }
                        if (ref[0] >= 0 && !Arrays.equals(counts, want)) {
                            bad++;
                            System.out.println("bincount wrong for " + t);
                        }
                    }
                    pool.sort(x).join();
                    for (int i = 0; i < N; i++) {
                        if (value(t, x.segment(), i) != ref[i]) {
                            bad++;
                            System.out.println("sort wrong for " + t + " at " + i);
                            break;
                        }
                    }
                }
            }
        }
        return bad;
    }

    static double value(DType t, MemorySegment s, long i) {
        return switch (t) {
            case F64 -> s.getAtIndex(ValueLayout.JAVA_DOUBLE, i);
            case F32 -> s.getAtIndex(ValueLayout.JAVA_FLOAT, i);
            case I64 -> s.getAtIndex(ValueLayout.JAVA_LONG, i);
            case I32 -> s.getAtIndex(ValueLayout.JAVA_INT, i);
        };
    }
}
