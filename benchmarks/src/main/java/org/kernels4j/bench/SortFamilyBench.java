package org.kernels4j.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.kernels4j.DType;
import org.kernels4j.backend.JavaBackend;
import org.kernels4j.backend.Selection;
import org.kernels4j.DoubleArray;
import org.kernels4j.FloatArray;
import org.kernels4j.IntArray;
import org.kernels4j.Kernels;
import org.kernels4j.LongArray;
import org.kernels4j.QuantileMethod;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The sorting family as {@code kernels4j bench} runs it, side by side with NumPy: sort into a
 * copy (as {@code np.sort(x)}: {@code Kernels.sort(x, out)}, which reads x in place and writes
 * the sorted elements into out; the Java columns copy and sort in place), percentile 50 and a 100-bin
 * histogram, of uniform [0, 1) float64. SortBench holds the fixed 10^7 comparison.
 *
 * <p>The float32, int32 and int64 sorts use the same values converted: {@code (float) x},
 * {@code (int) ((x - 0.5) * 4e9)} and {@code (long) ((x - 0.5) * 1.8e19)} (numpy_peer.py makes
 * its arrays the same way). sort and argsort also run on a pool ("pool", {@code --workers})
 * and on a pool of one worker ("pool1"), off-heap, so that pool / pool1 reads the workers'
 * speed-up in one run; ffm-offheap is the synchronous call on the same memory.
 */
@BenchFamily(name = "sort", order = 40, ops = {
    @BenchFamily.Op(name = "sort", elements = 1),
    // Not in the default run (kernels4j bench -k sort runs them).
    @BenchFamily.Op(name = "percentile", elements = 1, quick = false),
    @BenchFamily.Op(name = "histogram", elements = 1, quick = false),
    // Native against the plain-Java backend: five quantiles at once (0.01, 0.25, 0.5, 0.75,
    // 0.99, linear), the stable argsort, and sorts of float32 and int32 copies of the data.
    @BenchFamily.Op(name = "quantiles", elements = 1, quick = false),
    @BenchFamily.Op(name = "argsort", elements = 1, quick = false),
    @BenchFamily.Op(name = "sortf32", elements = 1, quick = false),
    @BenchFamily.Op(name = "sorti32", elements = 1, quick = false),
    @BenchFamily.Op(name = "sorti64", elements = 1, quick = false),
})
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class SortFamilyBench {
    @Param({"1000", "100000", "10000000"})
    public int n;

    double[] x;
    double[] work;
    Arena arena;
    DoubleArray off;
    DoubleArray offWork;
    long[] order;
    float[] xf;
    float[] workF;
    int[] xi;
    int[] workI;
    long[] xl;
    long[] workL;
    LongArray offOrder;

    @Setup(Level.Trial)
    public void setup() {
        x = BenchData.uniform(n, 42, 0, 1);
        work = new double[n];
        arena = Arena.ofShared();
        off = DoubleArray.copyOf(arena, x);
        offWork = DoubleArray.allocate(arena, n);
        order = new long[n];
        xf = new float[n];
        xi = new int[n];
        for (int i = 0; i < n; i++) {
            xf[i] = (float) x[i];
            xi[i] = (int) ((x[i] - 0.5) * 4.0e9);
        }
        workF = new float[n];
        workI = new int[n];
        xl = new long[n];
        for (int i = 0; i < n; i++) {
            xl[i] = (long) ((x[i] - 0.5) * 1.8e19);
        }
        workL = new long[n];
        offOrder = LongArray.allocate(arena, n);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    /** np.sort(x): {@code Kernels.sort(x, out)}, x read in place, the sorted copy in work. */
    @Benchmark
    public double[] sort_ffmHeap() {
        Kernels.sort(DoubleArray.wrap(x), DoubleArray.wrap(work));
        return work;
    }

    @Benchmark
    public DoubleArray sort_ffmOffHeap() {
        Kernels.sort(off, offWork);
        return offWork;
    }

    /** The library's plain-Java backend (the fallback without the native library), on a heap array. */
    /** np.sort's work on a pool: {@code pool.sort(x, out)}, every pass split over the workers. */
    @Benchmark
    public DoubleArray sort_pool(PoolState p) {
        p.pool.sort(off, offWork).join();
        return offWork;
    }

    /** The control of sort_pool: the same call on a pool of one worker. */
    @Benchmark
    public DoubleArray sort_pool1(PoolState p) {
        p.pool1.sort(off, offWork).join();
        return offWork;
    }

    @Benchmark
    public double[] sort_java() {
        System.arraycopy(x, 0, work, 0, n);
        JavaBackend.INSTANCE.sort(DType.F64, MemorySegment.ofArray(work), n);
        return work;
    }

    /** What Java's own sort costs on the same data (no NaN ordering, plain Arrays.sort). */
    @Benchmark
    public double[] sort_javaLoop() {
        System.arraycopy(x, 0, work, 0, n);
        Arrays.sort(work);
        return work;
    }

    @Benchmark public double percentile_ffmHeap() { return Kernels.percentile(x, 50); }

    /** The plain-Java backend's selection of the two middle ranks, interpolated as percentile 50 is. */
    @Benchmark
    public double percentile_java() {
        Selection s = JavaBackend.INSTANCE.selectRanks(DType.F64, MemorySegment.ofArray(x), n,
                nan -> new long[] {(n - nan - 1) / 2, (n - nan) / 2});
        double[] v = s.values();
        return v[0] + (v[1] - v[0]) * (((n - s.nan() - 1) % 2) * 0.5);
    }
    @Benchmark public double percentile_ffmOffHeap() { return Kernels.percentile(off, 50, QuantileMethod.LINEAR); }
    @Benchmark public long[] histogram_ffmHeap() { return Kernels.histogram(x, 100, 0.0, 1.0).counts(); }

    private static final double[] QS = {0.01, 0.25, 0.5, 0.75, 0.99};

    @Benchmark public double[] quantiles_ffmHeap() { return Kernels.quantile(x, QS, QuantileMethod.LINEAR); }

    /** The plain-Java backend's selection of the ten ranks around five quantiles, interpolated linearly. */
    @Benchmark
    public double[] quantiles_java() {
        double[] pos = new double[QS.length];
        Selection s = JavaBackend.INSTANCE.selectRanks(DType.F64, MemorySegment.ofArray(x), n, nan -> {
            long m = n - nan;
            long[] ks = new long[2 * QS.length];
            for (int j = 0; j < QS.length; j++) {
                pos[j] = QS[j] * (m - 1);
                long lo = (long) Math.floor(pos[j]);
                ks[2 * j] = lo;
                ks[2 * j + 1] = Math.min(lo + 1, m - 1);
            }
            return ks;
        });
        double[] v = s.values();
        double[] out = new double[QS.length];
        for (int j = 0; j < QS.length; j++) {
            double lo = v[2 * j];
            out[j] = lo + (v[2 * j + 1] - lo) * (pos[j] - Math.floor(pos[j]));
        }
        return out;
    }

    @Benchmark public long[] argsort_ffmHeap() { return Kernels.argsort(x); }

    /** The stable argsort of the off-heap copy into an off-heap index array (no long[] allocated). */
    @Benchmark
    public LongArray argsort_ffmOffHeap() {
        Kernels.argsort(off, offOrder);
        return offOrder;
    }

    @Benchmark
    public LongArray argsort_pool(PoolState p) {
        p.pool.argsort(off, offOrder).join();
        return offOrder;
    }

    @Benchmark
    public LongArray argsort_pool1(PoolState p) {
        p.pool1.argsort(off, offOrder).join();
        return offOrder;
    }

    @Benchmark
    public long[] argsort_java() {
        JavaBackend.INSTANCE.argsort(DType.F64, MemorySegment.ofArray(x), n, MemorySegment.ofArray(order));
        return order;
    }

    @Benchmark
    public float[] sortf32_ffmHeap() {
        Kernels.sort(FloatArray.wrap(xf), FloatArray.wrap(workF));
        return workF;
    }

    @Benchmark
    public float[] sortf32_java() {
        System.arraycopy(xf, 0, workF, 0, n);
        JavaBackend.INSTANCE.sort(DType.F32, MemorySegment.ofArray(workF), n);
        return workF;
    }

    @Benchmark
    public int[] sorti32_ffmHeap() {
        Kernels.sort(IntArray.wrap(xi), IntArray.wrap(workI));
        return workI;
    }

    @Benchmark
    public int[] sorti32_java() {
        System.arraycopy(xi, 0, workI, 0, n);
        JavaBackend.INSTANCE.sort(DType.I32, MemorySegment.ofArray(workI), n);
        return workI;
    }

    @Benchmark
    public long[] sorti64_ffmHeap() {
        Kernels.sort(LongArray.wrap(xl), LongArray.wrap(workL));
        return workL;
    }

    @Benchmark
    public long[] sorti64_java() {
        System.arraycopy(xl, 0, workL, 0, n);
        JavaBackend.INSTANCE.sort(DType.I64, MemorySegment.ofArray(workL), n);
        return workL;
    }
}
