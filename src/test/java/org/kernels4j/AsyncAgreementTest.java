package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kernels4j.planner.ChunkPlanner;

/**
 * Every async kernel returns the bits of its synchronous twin, whatever the worker count (1..4)
 * and chunk size (512 .. 2^16, and automatic), on heap and off-heap arrays of both types, with
 * NaN, ±Inf, ±0 and ties placed across chunk boundaries; the results do not change from run to
 * run; concurrent kernels on shared inputs agree.
 */
class AsyncAgreementTest {
    static final int[] WORKERS = {1, 2, 3, 4};
    static final long[] CHUNKS = {0, 512, 2048, 1 << 16};
    static final int[] SIZES = {0, 1, 511, 512, 513, 5000, 70_001, 300_000};

    static final List<ComputePool> POOLS = new ArrayList<>();
    static Arena shared;

    @BeforeAll
    static void pools() {
        for (int w : WORKERS) {
            POOLS.add(ComputePool.create(w));
        }
        shared = Arena.ofShared();
    }

    @AfterAll
    static void close() {
        POOLS.forEach(ComputePool::close);
        shared.close();
    }

    static List<AsyncKernels> allConfigurations() {
        List<AsyncKernels> list = new ArrayList<>();
        for (ComputePool p : POOLS) {
            for (long c : CHUNKS) {
                list.add(p.withChunkSize(c));
            }
        }
        return list;
    }

    static String describe(AsyncKernels k) {
        return "workers=" + FixedChunkKernels.poolOf(k).workerCount() + " chunk=" + k.chunkSize();
    }

    // ---- data --------------------------------------------------------------------------

    enum Flavour { PLAIN, SPECIAL, TIES, TINY, HUGE }

    static double[] values(int n, Flavour f, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = switch (f) {
                case PLAIN -> r.nextDouble(-2, 2);
                case SPECIAL -> switch (r.nextInt(200)) {
                    case 0 -> Double.NaN;
                    case 1 -> Double.POSITIVE_INFINITY;
                    case 2 -> Double.NEGATIVE_INFINITY;
                    case 3 -> -0.0;
                    case 4 -> 0.0;
                    default -> r.nextDouble(-1e3, 1e3);
                };
                case TIES -> r.nextInt(-3, 4); // many equal minima and maxima in every chunk
                case TINY -> r.nextDouble(-1, 1) * 1e-200; // norm2's underflow rescue
                case HUGE -> r.nextDouble(-1, 1) * 1e200;  // norm2's overflow rescue
            };
        }
        if (f == Flavour.SPECIAL && n > 4000) {
            // NaN only late in the array, and a NaN-free prefix: argmin/argmax must find the first.
            v[n - 3] = Double.NaN;
        }
        return v;
    }

    /** An array in one of four memory kinds: heap/off-heap x F64/F32. */
    static NumericArray array(double[] v, DType t, boolean offHeap) {
        if (t == DType.F64) {
            return offHeap ? DoubleArray.copyOf(shared, v) : DoubleArray.wrap(v.clone());
        }
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        return offHeap ? FloatArray.copyOf(shared, f) : FloatArray.wrap(f);
    }

    static NumericArray like(NumericArray x, boolean offHeap) {
        int n = (int) x.length();
        if (x.dtype() == DType.F64) {
            return offHeap ? DoubleArray.allocate(shared, n) : DoubleArray.wrap(new double[n]);
        }
        return offHeap ? FloatArray.allocate(shared, n) : FloatArray.wrap(new float[n]);
    }

    static void assertSameBits(Object expected, Object actual, String what) {
        if (expected instanceof Double e && actual instanceof Double a) {
            if (Double.doubleToLongBits(e) != Double.doubleToLongBits(a)) {
                fail(what + ": expected " + e + " (" + Long.toHexString(Double.doubleToRawLongBits(e)) + ") but was "
                        + a + " (" + Long.toHexString(Double.doubleToRawLongBits(a)) + ")");
            }
        } else {
            assertEquals(expected, actual, what);
        }
    }

    static void assertSameContents(NumericArray expected, NumericArray actual, String what) {
        assertEquals(expected.length(), actual.length());
        if (MemorySegment.mismatch(expected.segment(), 0, expected.segment().byteSize(),
                actual.segment(), 0, actual.segment().byteSize()) < 0) {
            return; // identical bytes
        }
        for (long i = 0; i < expected.length(); i++) {
            double e = expected.getAsDouble(i);
            double a = actual.getAsDouble(i);
            if (Double.doubleToLongBits(e) != Double.doubleToLongBits(a)) {
                fail(what + ": element " + i + " expected " + e + " but was " + a);
            }
        }
    }

    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    // ---- the kernels, as pairs -----------------------------------------------------------

    record Reduction(String name, Function<NumericArray, Object> sync,
                     BiFunction<AsyncKernels, NumericArray, CompletableFuture<?>> async, boolean needsNonEmpty) {
    }

    static final List<Reduction> REDUCTIONS = List.of(
            new Reduction("sum", Kernels::sum, AsyncKernels::sum, false),
            new Reduction("mean", Kernels::mean, AsyncKernels::mean, false),
            new Reduction("nansum", Kernels::nansum, AsyncKernels::nansum, false),
            new Reduction("nanmean", Kernels::nanmean, AsyncKernels::nanmean, false),
            new Reduction("norm2", Kernels::norm2, AsyncKernels::norm2, false),
            new Reduction("dot", x -> Kernels.dot(x, x.slice(0, x.length())), (k, x) -> k.dot(x, x), false),
            new Reduction("var0", x -> Kernels.var(x, 0), (k, x) -> k.var(x, 0), true),
            new Reduction("std0", x -> Kernels.std(x), (k, x) -> k.std(x), true),
            new Reduction("min", Kernels::min, AsyncKernels::min, true),
            new Reduction("max", Kernels::max, AsyncKernels::max, true),
            new Reduction("nanmin", Kernels::nanmin, AsyncKernels::nanmin, true),
            new Reduction("nanmax", Kernels::nanmax, AsyncKernels::nanmax, true),
            new Reduction("argmin", Kernels::argmin, AsyncKernels::argmin, true),
            new Reduction("argmax", Kernels::argmax, AsyncKernels::argmax, true));

    @FunctionalInterface
    interface AsyncElementwise {
        CompletableFuture<?> run(AsyncKernels k, NumericArray x, NumericArray y, NumericArray out);
    }

    @FunctionalInterface
    interface SyncElementwise {
        void run(NumericArray x, NumericArray y, NumericArray out);
    }

    record Elementwise(String name, SyncElementwise sync, AsyncElementwise async) {
    }

    static final List<Elementwise> ELEMENTWISE = List.of(
            new Elementwise("add", Kernels::add, AsyncKernels::add),
            new Elementwise("sub", Kernels::sub, AsyncKernels::sub),
            new Elementwise("mul", Kernels::mul, AsyncKernels::mul),
            new Elementwise("div", Kernels::div, AsyncKernels::div),
            new Elementwise("adds", (x, y, o) -> Kernels.add(x, 1.5, o), (k, x, y, o) -> k.add(x, 1.5, o)),
            new Elementwise("subs", (x, y, o) -> Kernels.sub(x, 0.25, o), (k, x, y, o) -> k.sub(x, 0.25, o)),
            new Elementwise("muls", (x, y, o) -> Kernels.mul(x, -3.0, o), (k, x, y, o) -> k.mul(x, -3.0, o)),
            new Elementwise("divs", (x, y, o) -> Kernels.div(x, 7.0, o), (k, x, y, o) -> k.div(x, 7.0, o)),
            new Elementwise("scale", (x, y, o) -> Kernels.scale(0.1, x, o), (k, x, y, o) -> k.scale(0.1, x, o)),
            new Elementwise("abs", (x, y, o) -> Kernels.abs(x, o), (k, x, y, o) -> k.abs(x, o)),
            new Elementwise("neg", (x, y, o) -> Kernels.neg(x, o), (k, x, y, o) -> k.neg(x, o)),
            new Elementwise("sqrt", (x, y, o) -> Kernels.sqrt(x, o), (k, x, y, o) -> k.sqrt(x, o)),
            new Elementwise("exp", (x, y, o) -> Kernels.exp(x, o), (k, x, y, o) -> k.exp(x, o)),
            new Elementwise("log", (x, y, o) -> Kernels.log(x, o), (k, x, y, o) -> k.log(x, o)),
            new Elementwise("clip", (x, y, o) -> Kernels.clip(x, -0.5, 0.75, o), (k, x, y, o) -> k.clip(x, -0.5, 0.75, o)),
            new Elementwise("cumsum", (x, y, o) -> Kernels.cumsum(x, o), (k, x, y, o) -> k.cumsum(x, o)),
            // axpy updates its second operand: out starts as a copy of y (see run below).
            new Elementwise("axpy", (x, y, o) -> Kernels.axpy(0.5, x, o), (k, x, y, o) -> k.axpy(0.5, x, o)));

    // ---- tests ---------------------------------------------------------------------------

    @Test
    void everyReductionMatchesTheSynchronousKernelBitForBit() {
        int checked = 0;
        for (Flavour f : Flavour.values()) {
            for (int n : SIZES) {
                double[] v = values(n, f, 31L * n + f.ordinal());
                for (DType t : new DType[] {DType.F64, DType.F32}) {
                    for (boolean offHeap : new boolean[] {false, true}) {
                        NumericArray x = array(v, t, offHeap);
                        for (Reduction r : REDUCTIONS) {
                            if (r.needsNonEmpty() && n == 0) {
                                continue;
                            }
                            Object expected = r.sync().apply(x);
                            for (AsyncKernels k : allConfigurations()) {
                                Object actual = join(r.async().apply(k, x));
                                assertSameBits(expected, actual, r.name() + " n=" + n + " " + f + " " + t
                                        + (offHeap ? " off-heap " : " heap ") + describe(k));
                                checked++;
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 10_000, "checked " + checked);
    }

    @Test
    void everyElementwiseKernelWritesWhatTheSynchronousKernelWrites() {
        for (int n : new int[] {0, 1, 513, 70_001, 200_000}) {
            double[] v = values(n, Flavour.SPECIAL, n);
            double[] w = values(n, Flavour.PLAIN, n + 1);
            for (DType t : new DType[] {DType.F64, DType.F32}) {
                for (boolean offHeap : new boolean[] {false, true}) {
                    NumericArray x = array(v, t, offHeap);
                    NumericArray y = array(w, t, offHeap);
                    NumericArray initial = array(w, t, offHeap);
                    NumericArray expected = array(w, t, offHeap);
                    NumericArray actual = array(w, t, offHeap);
                    for (Elementwise e : ELEMENTWISE) {
                        MemorySegment.copy(initial.segment(), 0, expected.segment(), 0, initial.segment().byteSize());
                        e.sync().run(x, y, expected);
                        for (AsyncKernels k : allConfigurations()) {
                            // out starts as y's values (axpy's operand), then takes the results
                            MemorySegment.copy(initial.segment(), 0, actual.segment(), 0, initial.segment().byteSize());
                            join(e.async().run(k, x, y, actual));
                            assertSameContents(expected, actual, e.name() + " n=" + n + " " + t
                                    + (offHeap ? " off-heap " : " heap ") + describe(k));
                        }
                    }
                }
            }
        }
    }

    @Test
    void cumsumReturnsTheSynchronousTotal() {
        double[] v = values(300_000, Flavour.PLAIN, 5);
        double expected = Kernels.cumsum(v, new double[v.length]);
        for (AsyncKernels k : allConfigurations()) {
            assertSameBits(expected, join(k.cumsum(v, new double[v.length])), describe(k));
        }
        assertSameBits(0.0, join(POOLS.get(1).cumsum(new double[0], new double[0])), "empty");
    }

    @Test
    void javaArrayFormsAndVarianceWithDdof() {
        double[] v = values(100_000, Flavour.PLAIN, 11);
        float[] f = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            f[i] = (float) v[i];
        }
        AsyncKernels k = POOLS.get(3).withChunkSize(1024);
        for (int ddof : new int[] {0, 1, 5}) {
            assertSameBits(Kernels.var(v, ddof), join(k.var(v, ddof)), "var ddof " + ddof);
            assertSameBits(Kernels.std(f, ddof), join(k.std(f, ddof)), "std ddof " + ddof);
        }
        assertSameBits(Kernels.sum(f), join(k.sum(f)), "sum float[]");
        assertSameBits(Kernels.dot(v, v), join(k.dot(v, v)), "dot double[]");
        assertSameBits(Kernels.argmax(f), join(k.argmax(f)), "argmax float[]");
        double[] out1 = new double[v.length];
        double[] out2 = new double[v.length];
        Kernels.exp(v, out1);
        join(k.exp(v, out2));
        assertTrue(java.util.Arrays.equals(out1, out2), "exp double[]");
        Kernels.add(v, 2.0, out1);
        join(k.add(v, 2.0, out2));
        assertTrue(java.util.Arrays.equals(out1, out2), "add scalar double[]");
    }

    @Test
    void partiallyOverlappingOperandsAreReadBeforeWritten() {
        double[] v = values(200_001, Flavour.PLAIN, 17);
        for (AsyncKernels k : List.of(POOLS.get(1).withChunkSize(512), POOLS.get(3))) {
            // out starts 1000 elements into the input: without a copy, later chunks would read results.
            double[] expected = new double[v.length + 1000];
            double[] actual = new double[v.length + 1000];
            System.arraycopy(v, 0, expected, 0, v.length);
            System.arraycopy(v, 0, actual, 0, v.length);
            Kernels.add(DoubleArray.wrap(expected, 0, v.length), 1.0, DoubleArray.wrap(expected, 1000, v.length));
            join(k.add(DoubleArray.wrap(actual, 0, v.length), 1.0, DoubleArray.wrap(actual, 1000, v.length)));
            assertTrue(java.util.Arrays.equals(expected, actual), describe(k));
            // In place (out is exactly the input) needs no copy and is just as exact.
            double[] inPlace = v.clone();
            double[] reference = v.clone();
            Kernels.exp(reference, reference);
            join(k.exp(inPlace, inPlace));
            assertTrue(java.util.Arrays.equals(reference, inPlace), "in place " + describe(k));
        }
    }

    @Test
    void repeatedRunsGiveIdenticalBits() {
        double[] v = values(1_000_003, Flavour.SPECIAL, 99); // NaN to skip for nanmean
        double[] p = values(1_000_003, Flavour.PLAIN, 98);
        DoubleArray x = DoubleArray.copyOf(shared, p);
        AsyncKernels k = POOLS.get(3).withChunkSize(512);
        double sum = join(k.sum(x));
        double var = join(k.var(x, 1));
        double nanmean = join(k.nanmean(DoubleArray.wrap(v)));
        for (int run = 0; run < 20; run++) {
            assertSameBits(sum, join(k.sum(x)), "sum, run " + run);
            assertSameBits(var, join(k.var(x, 1)), "var, run " + run);
            assertSameBits(nanmean, join(k.nanmean(DoubleArray.wrap(v))), "nanmean, run " + run);
        }
        assertSameBits(Kernels.sum(x), sum, "sum equals the synchronous sum");
    }

    @Test
    void concurrentKernelsOnSharedReadOnlyInputsAgree() throws Exception {
        double[] p = values(400_000, Flavour.PLAIN, 7);
        DoubleArray x = DoubleArray.copyOf(shared, p);
        double expectedSum = Kernels.sum(x);
        double expectedNorm = Kernels.norm2(p);
        double[] expectedExp = new double[p.length];
        Kernels.exp(p, expectedExp);
        ComputePool pool = POOLS.get(3);
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                int id = c;
                done.add(callers.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        AsyncKernels k = pool.withChunkSize(512L << (id % 4));
                        CompletableFuture<Double> s = k.sum(x);
                        CompletableFuture<Double> nrm = k.norm2(p);
                        double[] out = new double[p.length];
                        CompletableFuture<Void> e = k.exp(x, DoubleArray.wrap(out));
                        assertSameBits(expectedSum, join(s), "sum");
                        assertSameBits(expectedNorm, join(nrm), "norm2");
                        join(e);
                        assertTrue(java.util.Arrays.equals(expectedExp, out), "exp");
                        // and the synchronous kernel on the same input at the same time
                        assertSameBits(expectedSum, Kernels.sum(x), "sync sum");
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void theCommonPoolRunsKernelsToo() {
        double[] p = values(300_000, Flavour.PLAIN, 3);
        assertSameBits(Kernels.sum(p), join(ComputePool.common().sum(p)), "common pool sum");
    }

    @Test
    void automaticChunkSizesArePowerOfTwoMultiplesOf512WithinBounds() {
        for (ChunkPlanner.Cost c : ChunkPlanner.Cost.values()) {
            for (int w = 1; w <= 64; w *= 2) {
                for (long n : new long[] {0, 1, 1000, 1 << 20, 10_000_000, 1L << 34}) {
                    long chunk = ChunkPlanner.automaticChunk(n, c, w);
                    assertTrue(org.kernels4j.backend.SumTree.levelOf(chunk) >= 0, "512*2^k: " + chunk);
                    assertTrue(chunk >= c.minChunk && chunk <= c.maxChunk, c + " n=" + n + " w=" + w + ": " + chunk);
                }
            }
        }
        // 1e7 doubles on 2 workers: ~16 chunks of 2^19.
        assertEquals(1L << 19, ChunkPlanner.automaticChunk(10_000_000, ChunkPlanner.Cost.STREAM, 2));
        ChunkPlanner.Plan plan = ChunkPlanner.plan(1_000_000, ChunkPlanner.Cost.STREAM, 2, 1L << 16);
        assertEquals(16, plan.count());
        assertEquals(1_000_000 - 15 * 65536, plan.size(15));
        assertEquals(1, ChunkPlanner.plan(0, ChunkPlanner.Cost.STREAM, 2, 0).count());
    }

}
