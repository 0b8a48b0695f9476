package org.kernels4j.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.kernels4j.DType;
import org.kernels4j.backend.JavaBackend;
import org.kernels4j.backend.Selection;
import org.kernels4j.DoubleArray;
import org.kernels4j.Kernels;
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
 * copy (as {@code np.sort(x)}: the copy is part of each call), percentile 50 and a 100-bin
 * histogram, of uniform [0, 1) float64. SortBench holds the fixed 10^7 comparison.
 */
@BenchFamily(name = "sort", order = 40, ops = {
    @BenchFamily.Op(name = "sort", elements = 1),
    // Not in the default run (kernels4j bench -k sort runs them).
    @BenchFamily.Op(name = "percentile", elements = 1, quick = false),
    @BenchFamily.Op(name = "histogram", elements = 1, quick = false),
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

    @Setup(Level.Trial)
    public void setup() {
        x = BenchData.uniform(n, 42, 0, 1);
        work = new double[n];
        arena = Arena.ofShared();
        off = DoubleArray.copyOf(arena, x);
        offWork = DoubleArray.allocate(arena, n);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    public double[] sort_ffmHeap() {
        System.arraycopy(x, 0, work, 0, n);
        Kernels.sort(work);
        return work;
    }

    @Benchmark
    public DoubleArray sort_ffmOffHeap() {
        offWork.segment().copyFrom(off.segment());
        Kernels.sort(offWork);
        return offWork;
    }

    /** The library's plain-Java backend (the fallback without the native library), on a heap array. */
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
}
