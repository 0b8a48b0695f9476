package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sweeps the public API with impossible sizes: negative, zero where it is invalid,
 * {@code Integer.MAX_VALUE}, {@code Long.MAX_VALUE}, and products that overflow (rows * cols,
 * elements * element size). Each call must fail with {@link IllegalArgumentException} (or, for
 * an index range, {@link IndexOutOfBoundsException}) before it allocates anything, never with
 * {@link OutOfMemoryError}, {@link NegativeArraySizeException} or {@link ArithmeticException}.
 * Pool calls may also report the IAE through their future.
 */
class HostileSizesTest {
    private static final int[] BAD_INTS = {-1, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE - 1};
    private static final long[] BAD_LONGS = {-1, Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE / 2,
            Long.MAX_VALUE / 8 + 1, Long.MAX_VALUE / 8, 1L << 60};

    @TempDir
    static Path dir;
    static ComputePool pool;
    static Arena arena;

    @BeforeAll
    static void setUp() {
        pool = ComputePool.create(2);
        arena = Arena.ofShared();
    }

    @AfterAll
    static void tearDown() {
        pool.close();
        arena.close();
    }

    interface Call {
        Object run() throws Exception;
    }

    private static final List<DynamicTest> cases = new ArrayList<>();

    private static void iae(String name, Call call) {
        cases.add(DynamicTest.dynamicTest(name, () -> expect(name, call, false)));
    }

    /** An index range: IndexOutOfBoundsException is the documented exception too. */
    private static void range(String name, Call call) {
        cases.add(DynamicTest.dynamicTest(name, () -> expect(name, call, true)));
    }

    private static void expect(String name, Call call, boolean indexOk) {
        Throwable thrown;
        try {
            Object r = call.run();
            if (r instanceof CompletableFuture<?> f) {
                // Pool calls may check on the caller or complete the future exceptionally.
                f.join();
            }
            fail(name + ": accepted");
            return;
        } catch (CompletionException e) {
            thrown = e.getCause();
        } catch (Throwable t) {
            thrown = t;
        }
        boolean ok = thrown instanceof IllegalArgumentException
                || (indexOk && thrown instanceof IndexOutOfBoundsException);
        if (!ok) {
            AssertionError e = new AssertionError(name + ": threw " + thrown);
            e.initCause(thrown);
            throw e;
        }
        assertTrue(thrown.getMessage() != null && !thrown.getMessage().isBlank(), name + ": a message");
    }

    @TestFactory
    List<DynamicTest> impossibleSizesAreRefusedBeforeAllocating() throws Exception {
        cases.clear();
        double[] d = {0.5, 1.5, 2.5, 3.5};
        float[] f = {0.5f, 1.5f, 2.5f};
        int[] ints = {0, 1, 2};
        long[] longs = {0, 1, 2};
        DoubleArray dx = DoubleArray.wrap(d);

        // Typed arrays.
        for (long n : BAD_LONGS) {
            iae("DoubleArray.allocate " + n, () -> DoubleArray.allocate(arena, n));
            iae("FloatArray.allocate " + n, () -> FloatArray.allocate(arena, n));
            iae("IntArray.allocate " + n, () -> IntArray.allocate(arena, n));
            iae("LongArray.allocate " + n, () -> LongArray.allocate(arena, n));
            range("DoubleArray.slice " + n, () -> dx.slice(0, n));
            range("DoubleArray.slice offset " + n, () -> dx.slice(n, 1));
        }
        for (int n : BAD_INTS) {
            range("DoubleArray.wrap offset/length " + n, () -> DoubleArray.wrap(d, 1, n));
            range("FloatArray.wrap offset " + n, () -> FloatArray.wrap(f, n, 1));
            range("IntArray.wrap " + n, () -> IntArray.wrap(ints, n, n));
            range("LongArray.wrap " + n, () -> LongArray.wrap(longs, 0, n));
            range("Kernels.sum(double[], off, len) " + n, () -> Kernels.sum(d, 1, n));
            range("Kernels.dot " + n, () -> Kernels.dot(d, 0, d, 1, n));
            range("Kernels.sort(double[], off, len) " + n, () -> {
                Kernels.sort(d, n, 2);
                return null;
            });
        }
        Path file = dir.resolve("four-doubles.bin");
        Files.write(file, new byte[32]);
        for (long n : BAD_LONGS) {
            iae("DoubleArray.mapFile length " + n, () -> DoubleArray.mapFile(file, 0, n, FileChannel.MapMode.READ_ONLY, arena));
            iae("LongArray.mapFile offset " + n, () -> LongArray.mapFile(file, n, 1, FileChannel.MapMode.READ_ONLY, arena));
        }

        // Matrices: negative, overflowing rows * cols and rows * cols * 8.
        long[][] shapes = {{-1, 4}, {4, -1}, {Long.MAX_VALUE, 2}, {2, Long.MAX_VALUE}, {1L << 32, 1L << 32},
                {Integer.MAX_VALUE, Integer.MAX_VALUE}, {1L << 31, 1L << 30}, {Long.MAX_VALUE / 8, 2}};
        for (long[] s : shapes) {
            String shape = s[0] + "x" + s[1];
            iae("DoubleMatrix.allocate " + shape, () -> DoubleMatrix.allocate(arena, s[0], s[1]));
            iae("FloatMatrix.allocate " + shape, () -> FloatMatrix.allocate(arena, s[0], s[1]));
            iae("DoubleMatrix.wrap(segment) " + shape,
                    () -> DoubleMatrix.wrap(MemorySegment.ofArray(new double[16]), s[0], s[1]));
            range("DoubleMatrix.view " + shape, () -> DoubleMatrix.zeros(4, 4).view(0, 0, s[0], s[1]));
        }
        int[][] intShapes = {{-1, 2}, {2, -1}, {Integer.MAX_VALUE, Integer.MAX_VALUE}, {1 << 16, 1 << 16},
                {Integer.MAX_VALUE, 2}, {Integer.MIN_VALUE, Integer.MIN_VALUE}};
        for (int[] s : intShapes) {
            String shape = s[0] + "x" + s[1];
            iae("DoubleMatrix.zeros " + shape, () -> DoubleMatrix.zeros(s[0], s[1]));
            iae("FloatMatrix.zeros " + shape, () -> FloatMatrix.zeros(s[0], s[1]));
            iae("DoubleMatrix.wrap(double[]) " + shape, () -> DoubleMatrix.wrap(new double[4], s[0], s[1]));
            iae("FloatMatrix.wrap(float[]) " + shape, () -> FloatMatrix.wrap(new float[4], s[0], s[1]));
            iae("DoubleMatrix.wrap(double[], ld) " + shape, () -> DoubleMatrix.wrap(new double[4], 0, s[0], s[1], Integer.MAX_VALUE));
        }
        // An empty off-heap matrix may have more rows than a Java array holds; copying it to the heap may not.
        DoubleMatrix tall = DoubleMatrix.allocate(arena, 1L << 32, 0);
        FloatMatrix tallF = FloatMatrix.allocate(arena, 1L << 32, 0);
        iae("DoubleMatrix.copy of 2^32 rows", tall::copy);
        iae("DoubleMatrix.toRowArrays of 2^32 rows", tall::toRowArrays);
        iae("FloatMatrix.copy of 2^32 rows", tallF::copy);
        iae("FloatMatrix.toRowArrays of 2^32 rows", tallF::toRowArrays);
        iae("matmul into 2^32 rows", () -> Kernels.matmul(tall, DoubleMatrix.zeros(0, 2)));
        iae("DoubleMatrix.wrap ld 0", () -> DoubleMatrix.wrap(new double[4], 0, 2, 2, 0));
        iae("DoubleMatrix.wrap ld MAX", () -> DoubleMatrix.wrap(MemorySegment.ofArray(new double[4]), 2, 2, Long.MAX_VALUE));

        // Histograms and bincount: bins and lengths sized by an argument.
        for (int bins : new int[] {0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 8}) {
            iae("histogram(double[], bins, lo, hi) " + bins, () -> Kernels.histogram(d, bins, 0, 4));
            iae("histogram(float[], bins, lo, hi) " + bins, () -> Kernels.histogram(f, bins, 0, 4));
            iae("histogram(int[], bins, lo, hi) " + bins, () -> Kernels.histogram(ints, bins, 0, 4));
            iae("histogram(long[], bins) " + bins, () -> Kernels.histogram(longs, bins));
            iae("histogram(double[], bins) " + bins, () -> Kernels.histogram(d, bins));
            iae("histogram(x, bins, pool) " + bins, () -> Kernels.histogram(d, bins, 0, 4, pool));
            iae("pool.histogram(x, bins, lo, hi) " + bins, () -> pool.histogram(dx, bins, 0, 4));
            iae("pool.histogram(x, bins) " + bins, () -> pool.histogram(dx, bins));
        }
        for (int m : new int[] {-1, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MAX_VALUE - 7}) {
            iae("bincount minlength " + m, () -> Kernels.bincount(ints, m));
            iae("bincount(long[]) minlength " + m, () -> Kernels.bincount(LongArray.wrap(longs), m));
        }
        iae("bincount of a value too large for a counts array", () -> Kernels.bincount(new int[] {Integer.MAX_VALUE}));
        iae("bincount of a long value too large", () -> Kernels.bincount(new long[] {Long.MAX_VALUE}));
        iae("bincount of Integer.MAX_VALUE - 8", () -> Kernels.bincount(new int[] {Integer.MAX_VALUE - 8}));
        iae("histogram with no edges", () -> Kernels.histogram(d, new double[0]));
        iae("histogram with one edge", () -> Kernels.histogram(d, new double[] {1}));

        // Quantiles, partition, describe: ranks and percentiles out of range.
        // NumPy counts a negative kth from the end, so -1 is valid.
        for (long k : new long[] {-5, Long.MIN_VALUE, 4, Long.MAX_VALUE, Integer.MAX_VALUE}) {
            range("partition kth " + k, () -> {
                Kernels.partition(d.clone(), k);
                return null;
            });
        }
        iae("quantile of nothing", () -> Kernels.quantile(new double[0], 0.5));
        iae("median of nothing", () -> Kernels.median(new double[0]));
        iae("describe percentile 2", () -> Kernels.describe(dx, 2.0));
        iae("quantile q -1", () -> Kernels.quantile(d, -1.0));
        iae("percentile 101", () -> Kernels.percentile(d, 101.0));

        // The pool and map.
        for (int w : new int[] {0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1 << 20}) {
            iae("ComputePool.create " + w, () -> ComputePool.create(w));
        }
        iae("submitChunked length -1", () -> pool.submitChunked(-1, 1, (a, b) -> { }));
        iae("submitChunked chunk 0", () -> pool.submitChunked(1, 0, (a, b) -> { }));
        iae("MapOptions chunksize 0", () -> MapOptions.defaults().withChunksize(0));
        iae("MapOptions chunksize -1", () -> MapOptions.defaults().withChunksize(-1));
        iae("MapOptions buffersize -1", () -> MapOptions.defaults().withBuffersize(-1));
        iae("var ddof MIN", () -> Kernels.var(d, Integer.MIN_VALUE));
        // A timeout is never an impossible size: a huge one waits "forever", a negative one not at all.
        assertTrue(Futures.await(List.of(CompletableFuture.completedFuture(1)), Duration.ofSeconds(Long.MAX_VALUE),
                ReturnWhen.ALL_COMPLETED).notDone().isEmpty());
        return List.copyOf(cases);
    }
}
