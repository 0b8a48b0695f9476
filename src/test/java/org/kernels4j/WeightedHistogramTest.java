package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.HistBins;
import org.kernels4j.backend.JavaBackend;
import org.kernels4j.planner.HistBinning;
import org.kernels4j.planner.WeightedHistograms;

/**
 * numpy.histogram with weights and density: the native kernels on every ISA path against the
 * Java backend, the definitions (weights of 1 give the counts; density integrates to 1), the
 * pool forms against the synchronous bits, and bad input. NumPy's own values are in GoldenTest.
 */
class WeightedHistogramTest {

    @Test
    void smallExampleByHand() {
        double[] x = {0.5, 1.5, 1.5, 2.5, Double.NaN, 5, 3.0, -0.0};
        double[] w = {1, 2, 0.5, 4, 100, 100, 0.25, 8};
        double[] xBefore = x.clone();
        double[] wBefore = w.clone();
        DoubleHistogram h = Kernels.histogram(x, 3, 0.0, 3.0, w, false);
        assertArrayEquals(new double[] {9, 2.5, 4.25}, h.counts(), 0.0);
        assertArrayEquals(new double[] {0, 1, 2, 3}, h.edges(), 0.0);
        DoubleHistogram d = Kernels.histogram(x, 3, 0.0, 3.0, w, true);
        double total = 9 + 2.5 + 4.25;
        assertArrayEquals(new double[] {9 / 1.0 / total, 2.5 / 1.0 / total, 4.25 / 1.0 / total}, d.counts(), 0.0);
        DoubleHistogram c = Kernels.histogram(x, 3, 0.0, 3.0, null, false);
        assertArrayEquals(new double[] {2, 2, 2}, c.counts(), 0.0);
        DoubleHistogram cd = Kernels.histogram(x, 3, 0.0, 3.0, null, true);
        assertArrayEquals(new double[] {2.0 / 6, 2.0 / 6, 2.0 / 6}, cd.counts(), 0.0);
        assertArrayEquals(xBefore, x);
        assertArrayEquals(wBefore, w);
        // a NaN weight inside the range: its bin NaN, and every density NaN
        w[1] = Double.NaN;
        DoubleHistogram n = Kernels.histogram(x, 3, 0.0, 3.0, w, false);
        assertTrue(Double.isNaN(n.counts()[1]) && n.counts()[0] == 9 && n.counts()[2] == 4.25, n.toString());
        assertTrue(Arrays.stream(Kernels.histogram(x, 3, 0.0, 3.0, w, true).counts()).allMatch(Double::isNaN));
        // empty: zeros, and a density of 0 / 0
        DoubleHistogram e = Kernels.histogram(new double[0], 2, new double[0], false);
        assertArrayEquals(new double[] {0, 0}, e.counts(), 0.0);
        assertArrayEquals(new double[] {0, 0.5, 1}, e.edges(), 0.0);
        assertTrue(Arrays.stream(Kernels.histogram(new double[0], 2, new double[0], true).counts()).allMatch(Double::isNaN));
    }

    @Test
    void valueType() {
        DoubleHistogram a = new DoubleHistogram(new double[] {0.5, Double.NaN}, new double[] {0, 1, 2});
        DoubleHistogram b = new DoubleHistogram(new double[] {0.5, Double.NaN}, new double[] {0, 1, 2});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new DoubleHistogram(new double[] {0.5, -0.0}, new double[] {0, 1, 2}));
        assertNotEquals(new DoubleHistogram(new double[] {0.0}, new double[] {0, 1}),
                new DoubleHistogram(new double[] {-0.0}, new double[] {0, 1}));
        assertEquals("DoubleHistogram[counts=[0.5, NaN], edges=[0.0, 1.0, 2.0]]", a.toString());
    }

    @Test
    void definitions() {
        Random r = new Random(5);
        double[] x = r.doubles(70_000, -3, 3).toArray();
        double[] ones = new double[x.length];
        Arrays.fill(ones, 1.0);
        Histogram plain = Kernels.histogram(x, 17, -2.0, 2.5);
        DoubleHistogram weighted = Kernels.histogram(x, 17, -2.0, 2.5, ones, false);
        assertArrayEquals(Arrays.stream(plain.counts()).asDoubleStream().toArray(), weighted.counts(), 0.0);
        assertArrayEquals(plain.edges(), weighted.edges(), 0.0);
        // a density integrates to 1 (within rounding)
        DoubleHistogram d = Kernels.histogram(x, 17, -2.0, 2.5, r.doubles(x.length, 0, 2).toArray(), true);
        double integral = 0;
        for (int i = 0; i < 17; i++) {
            integral += d.counts()[i] * (d.edges()[i + 1] - d.edges()[i]);
        }
        assertEquals(1.0, integral, 1e-12);
        // float32 input: float32 edges
        float[] f = new float[x.length];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) x[i];
        }
        DoubleHistogram df = Kernels.histogram(f, 5, -1.0, 1.0, ones, false);
        assertArrayEquals(Kernels.histogram(f, 5, -1.0, 1.0).edges(), df.edges(), 0.0);
        assertArrayEquals(Arrays.stream(Kernels.histogram(f, 5, -1.0, 1.0).counts()).asDoubleStream().toArray(),
                df.counts(), 0.0);
    }

    record Sample(DType type, double[] values, double[] weights, int bins, double lo, double hi) {
        @Override
        public String toString() {
            return type + " n=" + values.length + " bins=" + bins + " [" + lo + ", " + hi + "]";
        }
    }

    @Provide
    Arbitrary<Sample> samples() {
        return Arbitraries.randomValue(r -> {
            DType t = DType.values()[r.nextInt(4)];
            int n = r.nextInt(5) == 0 ? 65_536 * 2 + r.nextInt(1000) : r.nextInt(3000);
            double scale = Math.pow(10, r.nextInt(10) - 3);
            double lo = (r.nextDouble() - 0.5) * scale;
            double hi = lo + scale * (0.01 + r.nextDouble());
            double[] edges = HistBinning.linspace(16, lo, hi);
            double[] x = new double[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                double v;
                if (r.nextInt(5) == 0) {
                    double e = edges[r.nextInt(edges.length)];
                    v = switch (r.nextInt(5)) {
                        case 0 -> e;
                        case 1 -> Math.nextUp(e);
                        case 2 -> Math.nextDown(e);
                        default -> new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                            -0.0, 0.0}[r.nextInt(5)];
                    };
                } else {
                    v = lo + (hi - lo) * (r.nextDouble() * 1.2 - 0.1);
                }
                x[i] = switch (t) {
                    case F64 -> v;
                    case F32 -> (float) v;
                    case I64 -> Double.isNaN(v) ? 0 : (double) (long) v;
                    case I32 -> Double.isNaN(v) ? 0 : (double) (int) v;
                };
                w[i] = switch (r.nextInt(40)) {
                    case 0 -> Double.NaN;
                    case 1 -> Double.POSITIVE_INFINITY;
                    case 2 -> -0.0;
                    default -> r.nextGaussian() * 100;
                };
            }
            return new Sample(t, x, w, 1 + r.nextInt(r.nextBoolean() ? 40 : 3000), lo, hi);
        }).withoutEdgeCases();
    }

    static MemorySegment segment(DType t, double[] v, Arena arena) {
        MemorySegment s = arena.allocate(Math.max(8, v.length * t.byteSize()), 64);
        for (int i = 0; i < v.length; i++) {
            switch (t) {
                case F64 -> s.setAtIndex(ValueLayout.JAVA_DOUBLE, i, v[i]);
                case F32 -> s.setAtIndex(ValueLayout.JAVA_FLOAT, i, (float) v[i]);
                case I64 -> s.setAtIndex(ValueLayout.JAVA_LONG, i, (long) v[i]);
                case I32 -> s.setAtIndex(ValueLayout.JAVA_INT, i, (int) v[i]);
            }
        }
        return s;
    }

    static NumericArray array(DType t, MemorySegment s, long n) {
        MemorySegment v = s.asSlice(0, n * t.byteSize());
        return switch (t) {
            case F64 -> DoubleArray.wrap(v);
            case F32 -> FloatArray.wrap(v);
            case I64 -> LongArray.wrap(v);
            case I32 -> IntArray.wrap(v);
        };
    }

    @Property(tries = 30)
    void nativeAgreesWithJavaOnEveryPath(@ForAll("samples") Sample s) {
        HistBins u;
        try {
            u = HistBinning.forRange(s.type(), s.bins(), s.lo(), s.hi());
        } catch (IllegalArgumentException tooNarrow) {
            return;
        }
        int n = s.values().length;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment xs = segment(s.type(), s.values(), arena);
            MemorySegment ws = segment(DType.F64, s.weights(), arena);
            double[] want = new double[s.bins()];
            JavaBackend.INSTANCE.histUniformWeighted(xs, ws, n, u, want);
            // the definition: each counted value (the unweighted kernel's bins) adds its weight in order
            long[] counts = new long[s.bins()];
            JavaBackend.INSTANCE.histUniform(xs, n, u, counts);
            long counted = 0;
            for (long c : counts) {
                counted += c;
            }
            double[] ones = new double[n];
            Arrays.fill(ones, 1.0);
            double[] byOnes = new double[s.bins()];
            JavaBackend.INSTANCE.histUniformWeighted(xs, segment(DType.F64, ones, arena), n, u, byOnes);
            assertArrayEquals(Arrays.stream(counts).asDoubleStream().toArray(), byOnes, 0.0, "weights of 1 " + s);
            NumericArray x = array(s.type(), xs, n);
            NumericArray w = DoubleArray.wrap(ws.asSlice(0, 8L * n));
            DoubleHistogram wantH = WeightedHistograms.histogram(JavaBackend.INSTANCE, x, w, u, true);
            DoubleHistogram wantC = WeightedHistograms.histogram(JavaBackend.INSTANCE, x, null, u, true);
            for (Backend be : SortTest.natives()) {
                double[] got = new double[s.bins()];
                be.histUniformWeighted(xs, ws, n, u, got);
                assertBits(want, got, be.isa() + " sums " + s);
                assertEquals(wantH, WeightedHistograms.histogram(be, x, w, u, true), be.isa() + " density " + s);
                assertEquals(wantC, WeightedHistograms.histogram(be, x, null, u, true), be.isa() + " count density " + s);
            }
            assertTrue(counted <= n);
        }
    }

    static void assertBits(double[] want, double[] got, String what) {
        assertEquals(want.length, got.length, what);
        for (int i = 0; i < want.length; i++) {
            assertEquals(Double.doubleToLongBits(want[i]), Double.doubleToLongBits(got[i]),
                    what + ": bin " + i + " " + want[i] + " vs " + got[i]);
        }
    }

    @Test
    void poolFormsGiveTheSynchronousBitsForAnyWorkerCount() throws Exception {
        Random r = new Random(11);
        int n = 3 * (1 << 20) + 12345;
        double[] x = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextGaussian();
            w[i] = r.nextDouble() * 10 / 3;
        }
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) x[i];
        }
        for (int bins : new int[] {7, 300, 1 << 18}) {
            for (boolean density : new boolean[] {false, true}) {
                DoubleHistogram sync = Kernels.histogram(x, bins, -2.5, 3.0, w, density);
                DoubleHistogram syncCounts = Kernels.histogram(x, bins, -2.5, 3.0, null, density);
                DoubleHistogram syncAuto = Kernels.histogram(x, bins, w, density);
                DoubleHistogram syncF = Kernels.histogram(f, bins, -2.5, 3.0, w, density);
                for (int workers : new int[] {1, 2, 3}) {
                    try (ComputePool pool = ComputePool.create(workers)) {
                        String what = "bins " + bins + " density " + density + " workers " + workers;
                        assertEquals(sync, pool.histogram(x, bins, -2.5, 3.0, w, density).get(), what);
                        assertEquals(syncCounts, pool.histogram(x, bins, -2.5, 3.0, null, density).get(), what);
                        assertEquals(syncAuto, pool.histogram(x, bins, w, density).get(), what);
                        assertEquals(syncF, pool.histogram(f, bins, -2.5, 3.0, w, density).get(), what);
                        assertEquals(sync, Kernels.histogram(DoubleArray.wrap(x), bins, -2.5, 3.0, DoubleArray.wrap(w),
                                density, pool), what);
                    }
                }
            }
        }
    }

    @Test
    void badInputLeavesTheDataUntouched() {
        double[] x = {1, 2, 3, Double.NaN};
        double[] w = {1, 2, 3, 4};
        double[] xb = x.clone();
        double[] wb = w.clone();
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(x, 2, 0, 4, new double[3], false));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(x, 0, 0, 4, w, false));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(x, 2, 4, 0, w, true));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(x, 2, 0, Double.NaN, w, true));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(x, 2, w, true)); // NaN: no range
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(DoubleArray.wrap(x), 2, 0, 4,
                FloatArray.wrap(new float[4]), false));
        assertThrows(NullPointerException.class, () -> Kernels.histogram((double[]) null, 2, 0, 4, w, false));
        try (ComputePool pool = ComputePool.create(2)) {
            assertThrows(IllegalArgumentException.class, () -> pool.histogram(x, 2, 0, 4, new double[5], false));
            assertThrows(IllegalArgumentException.class, () -> pool.histogram(x, -1, w, false));
            ExecutionException e = assertThrows(ExecutionException.class, () -> pool.histogram(x, 2, w, false).get());
            assertTrue(e.getCause() instanceof IllegalArgumentException, e.toString());
            try (Arena confined = Arena.ofConfined()) {
                DoubleArray cx = DoubleArray.copyOf(confined, new double[] {1, 2});
                DoubleArray cw = DoubleArray.copyOf(confined, new double[] {1, 2});
                assertThrows(IllegalArgumentException.class, () -> pool.histogram(cx, 2, 0, 4, null, false));
                assertThrows(IllegalArgumentException.class, () -> pool.histogram(DoubleArray.wrap(new double[2]), 2, 0,
                        4, cw, false));
            }
        }
        Arena arena = Arena.ofShared();
        DoubleArray ox = DoubleArray.copyOf(arena, x);
        DoubleArray ow = DoubleArray.copyOf(arena, w);
        assertEquals(Kernels.histogram(x, 2, 0, 4, w, true), Kernels.histogram(ox, 2, 0, 4, ow, true));
        arena.close();
        assertThrows(IllegalStateException.class, () -> Kernels.histogram(ox, 2, 0, 4, DoubleArray.wrap(w), true));
        assertThrows(IllegalStateException.class, () -> Kernels.histogram(DoubleArray.wrap(x), 2, 0, 4, ow, true));
        assertArrayEquals(xb, x);
        assertArrayEquals(wb, w);
    }
}
