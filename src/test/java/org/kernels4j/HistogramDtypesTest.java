package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

/**
 * Histograms of float32, int32 and int64 input: NumPy 2.4.6 literals (arithmetic that differs
 * by dtype), native (every ISA) == Java on random data with edge values, the bins' defining
 * property, pool == sync, bad input.
 */
class HistogramDtypesTest {
    static final double NAN = Double.NaN;

    @Test
    void float32MatchesNumpy() {
        float[] x = {0.1f, 0.2f, 0.3f, 0.7f, 0.70000005f, 0.6999999f, Float.NaN, Float.POSITIVE_INFINITY, -0.0f,
            0.0999999f, 0.45f, 0.5f};
        float[] before = x.clone();
        // range=(0.1000000005, 0.7): 0.1f lies below the double 0.1000000005 but equals it as a
        // float32, and NumPy compares in float32: 0.1f is counted
        Histogram h = Kernels.histogram(x, 3, 0.1000000005, 0.7);
        assertArrayEquals(new long[] {2, 2, 3}, h.counts());
        assertArrayEquals(new double[] {0.1f, 0.3f, 0.5f, 0.7f}, h.edges());
        float[] finite = {0.1f, 0.2f, 0.3f, 0.7f, 0.70000005f, 0.6999999f, -0.0f, 0.0999999f, 0.45f, 0.5f};
        Histogram auto = Kernels.histogram(finite, 4); // float32 throughout
        assertArrayEquals(new long[] {3, 2, 2, 3}, auto.counts());
        assertArrayEquals(new double[] {0.0, 0.17500001192092896, 0.3500000238418579, 0.5250000357627869,
            0.7000000476837158}, auto.edges());
        assertArrayEquals(new long[] {2, 1, 3, 3}, Kernels.histogram(x, new double[] {0.0, 0.1, 0.1000000015, 0.5, 0.7}));
        assertArrayEquals(before, x);
    }

    @Test
    void integersMatchNumpy() {
        int[] xi = {-5, 0, 3, 3, 7, 10, 11, Integer.MAX_VALUE, Integer.MIN_VALUE};
        assertArrayEquals(new long[] {1, 2, 1, 1}, Kernels.histogram(xi, 4, 0.0, 10.0).counts());
        Histogram hi = Kernels.histogram(xi, 3);
        assertArrayEquals(new long[] {1, 7, 1}, hi.counts());
        assertArrayEquals(new double[] {-2147483648.0, -715827883.0, 715827882.0, 2147483647.0}, hi.edges());
        long p62 = 1L << 62;
        // the divisor is the exact integer max - min (NumPy's unsigned subtraction), while the
        // values and edges are rounded to double
        long[] xl = {p62 + 1, p62 + 3000, p62 + 7777777, p62 + (1 << 20), p62 + 5555555};
        Histogram hl = Kernels.histogram(xl, 5);
        assertArrayEquals(new long[] {3, 0, 0, 1, 1}, hl.counts());
        assertArrayEquals(new double[] {4.611686018427388e+18, 4.611686018428943e+18, 4.611686018430499e+18,
            4.611686018432054e+18, 4.61168601843361e+18, 4.611686018435165e+18}, hl.edges());
        long p53 = 1L << 53;
        long[] xl2 = {p53 + 1, p53, p53 + 2, p53 + 3, p53 - 1, 0, p53 + 5};
        assertArrayEquals(new long[] {1, 2, 3}, Kernels.histogram(xl2, 3, p53 - 2.0, p53 + 4.0).counts());
        assertArrayEquals(new long[] {2, 3}, Kernels.histogram(xl2, new double[] {0, p53, p53 + 2.0}));
        // min == max: the range is [(double) m - 0.5, (double) m + 0.5], empty in double here
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(new long[] {1L << 60, 1L << 60}, 2));
        assertArrayEquals(new long[] {0, 2, 0}, Kernels.histogram(new long[] {7, 7}, 3).counts());
    }

    @Test
    void badInput() {
        float[] f = {1, 2, 3};
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(f, (1 << 24) + 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(f, 2, 0, 1e39)); // not a float
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(f, 2, -3e38, 3e38)); // width overflows float
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(new float[] {-3e38f, 3e38f}, 2));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(new double[] {1}, 1, -1.7e308, 1.7e308));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(new float[] {1, Float.NaN}, 2));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(new int[] {1}, 0));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(new long[] {1}, new double[] {2, 1}));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(new int[] {1}, new double[] {NAN, 1}));
        assertArrayEquals(new float[] {1, 2, 3}, f);
        try (ComputePool pool = ComputePool.create(2); Arena confined = Arena.ofConfined()) {
            FloatArray c = FloatArray.allocate(confined, 4);
            assertThrows(IllegalArgumentException.class, () -> pool.histogram(c, 2, 0, 1));
            assertThrows(IllegalArgumentException.class, () -> pool.histogram(f, 0, 0, 1));
            assertThrows(IllegalArgumentException.class, () -> pool.histogram(FloatArray.wrap(f), new double[] {1}));
            // a range the data decides is checked by the task
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> pool.histogram(new float[] {1, Float.POSITIVE_INFINITY}, 3).get());
            assertTrue(e.getCause() instanceof IllegalArgumentException, e.toString());
            pool.shutdown();
            assertThrows(java.util.concurrent.RejectedExecutionException.class, () -> pool.histogram(f, 2, 0, 1));
        }
    }

    record Sample(DType type, double[] values, boolean offHeap) {
        @Override
        public String toString() {
            return "Sample[" + type + ", n=" + values.length + (offHeap ? ", off-heap" : ", heap") + "]";
        }
    }

    static MemorySegment segment(Sample s, Arena arena) {
        int n = s.values().length;
        MemorySegment m = arena.allocate(Math.max(1, n * s.type().byteSize()), 8);
        for (int i = 0; i < n; i++) {
            double v = s.values()[i];
            switch (s.type()) {
                case F64 -> m.setAtIndex(ValueLayout.JAVA_DOUBLE, i, v);
                case F32 -> m.setAtIndex(ValueLayout.JAVA_FLOAT, i, (float) v);
                case I64 -> m.setAtIndex(ValueLayout.JAVA_LONG, i, (long) v);
                case I32 -> m.setAtIndex(ValueLayout.JAVA_INT, i, (int) v);
            }
        }
        if (!s.offHeap()) {
            MemorySegment heap = switch (s.type()) {
                case F64 -> MemorySegment.ofArray(new double[n]);
                case F32 -> MemorySegment.ofArray(new float[n]);
                case I64 -> MemorySegment.ofArray(new long[n]);
                case I32 -> MemorySegment.ofArray(new int[n]);
            };
            heap.copyFrom(m.asSlice(0, n * s.type().byteSize()));
            return heap;
        }
        return m.asSlice(0, n * s.type().byteSize());
    }

    static NumericArray array(Sample s, Arena arena) {
        MemorySegment m = segment(s, arena);
        return switch (s.type()) {
            case F64 -> DoubleArray.wrap(m);
            case F32 -> FloatArray.wrap(m);
            case I64 -> LongArray.wrap(m);
            case I32 -> IntArray.wrap(m);
        };
    }

    /** Random values, a fifth of them on, just beside, or far from the edges (and NaN, ±Inf, ±0). */
    static double[] values(DType t, int n, double lo, double hi, double[] edges, Random r) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double v;
            if (r.nextInt(5) == 0) {
                double e = edges[r.nextInt(edges.length)];
                v = switch (r.nextInt(6)) {
                    case 0 -> e;
                    case 1 -> Math.nextUp(e);
                    case 2 -> Math.nextDown(e);
                    case 3 -> t == DType.F32 ? Math.nextUp((float) e) : lo;
                    case 4 -> t == DType.F32 ? Math.nextDown((float) e) : hi;
                    default -> new double[] {NAN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
                        1e300, -1e300}[r.nextInt(7)];
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
            if (t == DType.I64 && r.nextInt(50) == 0) {
                x[i] = Long.MAX_VALUE - r.nextInt(3000); // rounds when converted
            }
        }
        return x;
    }

    @Provide
    Arbitrary<Sample> samples() {
        return Arbitraries.randomValue(r -> {
            DType t = DType.values()[r.nextInt(4)];
            int n = r.nextInt(4) == 0 ? 100_000 + r.nextInt(100) : r.nextInt(3000);
            double scale = Math.pow(10, r.nextInt(12) - 4);
            double lo = (r.nextDouble() - 0.5) * scale;
            double hi = lo + scale * (0.01 + r.nextDouble());
            return new Sample(t, values(t, n, lo, hi, HistBinning.linspace(16, lo, hi), r), r.nextBoolean());
        }).withoutEdgeCases();
    }

    /** numpy's keep test and edge comparisons in the dtype's own terms. */
    static double asCompared(DType t, double v) {
        return t == DType.F32 ? (float) v : v;
    }

    @Property(tries = 40)
    void nativeAgreesWithJavaAndEdges(@ForAll("samples") Sample s) {
        Random r = new Random(s.values().length * 31L + s.type().ordinal());
        DType t = s.type();
        double[] finite = Arrays.stream(s.values()).filter(Double::isFinite).toArray();
        double lo = finite.length == 0 ? 0 : Arrays.stream(finite).min().getAsDouble();
        double hi = finite.length == 0 ? 1 : Arrays.stream(finite).max().getAsDouble();
        double a = lo + (hi - lo) * r.nextDouble() * 0.3;
        double b = hi - (hi - lo) * r.nextDouble() * 0.3;
        int bins = 1 + r.nextInt(r.nextBoolean() ? 40 : 3000);
        HistBins u;
        try {
            u = HistBinning.forRange(t, bins, a, b);
        } catch (IllegalArgumentException tooNarrow) {
            return;
        }
        double[] explicit = r.doubles(2 + r.nextInt(30), u.first(), u.last()).sorted().toArray();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment x = segment(s, arena);
            long n = s.values().length;
            long[] want = new long[bins];
            JavaBackend.INSTANCE.histUniform(x, n, u, want);
            long[] wantE = new long[explicit.length - 1];
            JavaBackend.INSTANCE.histEdges(t, x, n, explicit, wantE);
            // the bins numpy takes from the data (float32: all-float arithmetic), over all of x
            HistBins fromData = null;
            if (finite.length > 0) {
                try {
                    fromData = HistBinning.forData(JavaBackend.INSTANCE, array(new Sample(t, finite, true), arena), bins);
                } catch (IllegalArgumentException tooNarrow) {
                    fromData = null;
                }
            }
            long[] wantD = new long[bins];
            if (fromData != null) {
                JavaBackend.INSTANCE.histUniform(x, n, fromData, wantD);
            }
            for (Backend be : SortTest.natives()) {
                long[] got = new long[bins];
                be.histUniform(x, n, u, got);
                assertArrayEquals(want, got, be.isa() + " uniform " + s);
                long[] gotE = new long[explicit.length - 1];
                be.histEdges(t, x, n, explicit, gotE);
                assertArrayEquals(wantE, gotE, be.isa() + " edges " + s);
                if (fromData != null) {
                    long[] gotD = new long[bins];
                    be.histUniform(x, n, fromData, gotD);
                    assertArrayEquals(wantD, gotD, be.isa() + " range from the data " + s);
                }
            }
            // the definitions: every kept value (first <= v <= last in the compared type) is
            // counted once, in a bin whose edges hold it (last bin closed); so the counts are
            // the number of kept values between consecutive edges
            double first = u.first();
            double last = u.last();
            long[] byEdges = new long[bins];
            long[] byExplicit = new long[explicit.length - 1];
            for (double v0 : s.values()) {
                double v = asCompared(t, v0);
                if (v >= first && v <= last) {
                    int bin = 0;
                    while (bin < bins - 1 && v >= u.edges()[bin + 1]) {
                        bin++;
                    }
                    byEdges[bin]++;
                }
                if (v >= explicit[0] && v <= explicit[explicit.length - 1]) {
                    int bin = 0;
                    while (bin < explicit.length - 2 && v >= explicit[bin + 1]) {
                        bin++;
                    }
                    byExplicit[bin]++;
                }
            }
            assertArrayEquals(byExplicit, wantE, "explicit edges " + s);
            // the uniform counts follow the edges except where NumPy's one-step correction cannot
            // reach (never seen for these ranges): compare totals exactly and bins exactly
            assertEquals(Arrays.stream(byEdges).sum(), Arrays.stream(want).sum(), "kept values " + s);
            assertArrayEquals(byEdges, want, "uniform bins by their edges " + s);
        }
    }

    @Test
    void poolEqualsSync() throws Exception {
        Random r = new Random(42);
        int n = (1 << 20) + 12345;
        for (DType t : DType.values()) {
            Sample s = new Sample(t, values(t, n, -3, 5, HistBinning.linspace(100, -3, 5), r), t.ordinal() % 2 == 0);
            double[] edges = {-2.5, -1, 0, 0, 0.5, 4.75};
            try (Arena arena = Arena.ofShared()) {
                NumericArray x = array(s, arena);
                Histogram want = Kernels.histogram(x, 100, -3, 5);
                long[] wantE = Kernels.histogram(x, edges);
                for (int workers = 1; workers <= 3; workers++) {
                    try (ComputePool pool = ComputePool.create(workers)) {
                        Histogram got = pool.histogram(x, 100, -3, 5).get();
                        assertArrayEquals(want.counts(), got.counts(), t + " workers " + workers);
                        assertArrayEquals(want.edges(), got.edges());
                        assertArrayEquals(want.counts(), Kernels.histogram(x, 100, -3, 5, pool).counts());
                        assertArrayEquals(wantE, pool.histogram(x, edges).get(), t + " edges, workers " + workers);
                        if (t.isFloating()) {
                            continue; // the values hold NaN and infinities: no range from the data
                        }
                        Histogram autoWant = Kernels.histogram(x, 77);
                        Histogram auto = pool.histogram(x, 77).get();
                        assertArrayEquals(autoWant.counts(), auto.counts(), t + " auto, workers " + workers);
                        assertArrayEquals(autoWant.edges(), auto.edges());
                    }
                }
            }
        }
    }
}
