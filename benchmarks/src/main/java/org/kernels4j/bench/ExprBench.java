package org.kernels4j.bench;

import java.lang.foreign.Arena;
import java.util.concurrent.TimeUnit;
import org.kernels4j.DoubleArray;
import org.kernels4j.Expr;
import org.kernels4j.Kernels;
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
 * The fused expression {@code x * y * (1 - u)} over three float64 arrays into a fourth: one
 * pass over cache-sized blocks (ffm-heap, ffm-off-heap), the same expression as four library
 * calls with two full-size temporaries (ffm-steps: as NumPy evaluates it, step by step), and a
 * plain Java loop. NumPy's peer is {@code x * y * (1 - u)}, which allocates two temporaries per call.
 * Bytes per element: three reads and one write.
 */
@BenchFamily(name = "expr", order = 25, ops = {
    @BenchFamily.Op(name = "expr", bytes = 32),
})
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED", "--add-modules=jdk.incubator.vector"})
public class ExprBench {
    @Param({"1000", "100000", "10000000"})
    public int n;

    static final Expr EXPR = Expr.parse("x * y * (1 - u)");

    double[] x;
    double[] y;
    double[] u;
    double[] out;
    double[] t1;
    double[] t2;
    Arena arena;
    DoubleArray ox;
    DoubleArray oy;
    DoubleArray ou;
    DoubleArray oout;

    @Setup(Level.Trial)
    public void setup() {
        x = BenchData.uniform(n, 42, -1, 1);
        y = BenchData.uniform(n, 43, -1, 1);
        u = BenchData.uniform(n, 44, 0, 1);
        out = new double[n];
        t1 = new double[n];
        t2 = new double[n];
        arena = Arena.ofShared();
        ox = DoubleArray.copyOf(arena, x);
        oy = DoubleArray.copyOf(arena, y);
        ou = DoubleArray.copyOf(arena, u);
        oout = DoubleArray.allocate(arena, n);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    public double[] expr_ffmHeap() {
        EXPR.evaluate(out, x, y, u);
        return out;
    }

    @Benchmark
    public DoubleArray expr_ffmOffHeap() {
        EXPR.evaluate(oout, ox, oy, ou);
        return oout;
    }

    /** Step by step with the library's kernels and two full-size temporaries, as NumPy evaluates it. */
    @Benchmark
    public double[] expr_ffmSteps() {
        Kernels.mul(x, y, t1);
        Kernels.neg(u, t2);
        Kernels.add(t2, 1.0, t2);
        Kernels.mul(t1, t2, out);
        return out;
    }

    @Benchmark
    public double[] expr_javaLoop() {
        for (int i = 0; i < n; i++) {
            out[i] = x[i] * y[i] * (1 - u[i]);
        }
        return out;
    }
}
