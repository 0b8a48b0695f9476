package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.JavaBackend;
import org.kernels4j.planner.HistBinning;

/** histogram, bincount, unique, describe: NumPy 2.4.6 literals, native (every ISA) == Java, bad input. */
class HistogramTest {
    static final double NAN = Double.NaN;
    static final double INF = Double.POSITIVE_INFINITY;
    // rng=np.random.default_rng(11); x=np.round(rng.normal(size=40)*3,2); x[5]=nan; x[6]=inf; x[7]=-inf; x[8]=2.0; x[9]=-0.0
    static final double[] X = {0.1, 4.08, 3.67, -1.53, -0.89, NAN, INF, -INF, 2.0, -0.0, 4.7, -0.29, 2.04, -0.41, -1.14,
        1.39, 2.47, -0.61, -0.46, 2.06, -2.61, -4.54, 1.18, -2.01, -5.76, -2.44, -1.4, -3.58, -4.48, 0.11, 2.69, -0.7,
        -2.23, 1.15, 2.15, -0.9, 1.63, 3.13, -0.62, -2.44};

    @Test
    void matchesNumpy() {
        Histogram h = Kernels.histogram(X, 7, -3.0, 2.0);
        assertArrayEquals(new long[] {3, 2, 5, 6, 3, 2, 3}, h.counts());
        assertArrayEquals(new double[] {-3.0, -2.2857142857142856, -1.5714285714285714, -0.8571428571428572,
            -0.1428571428571428, 0.5714285714285716, 1.2857142857142856, 2.0}, h.edges());
        assertArrayEquals(new long[] {11, 8, 0, 6, 2}, Kernels.histogram(X, new double[] {-5, -1, 0, 0, 1.5, 2.0}));
        double[] finite = java.util.Arrays.stream(X).filter(Double::isFinite).toArray();
        Histogram auto = Kernels.histogram(finite, 5);
        assertArrayEquals(new long[] {3, 6, 14, 9, 5}, auto.counts());
        assertArrayEquals(new double[] {-5.76, -3.6679999999999997, -1.5759999999999996, 0.516, 2.6080000000000005, 4.7},
                auto.edges());
        double[] tenths = new double[10];
        for (int i = 0; i < 10; i++) {
            tenths[i] = i * 0.1;
        }
        assertArrayEquals(new long[] {3, 3, 4}, Kernels.histogram(tenths, 3, 0, 0.9).counts()); // edge correction
        assertArrayEquals(new long[] {1, 1, 0, 2, 0, 0, 0, 1}, Kernels.bincount(new int[] {0, 3, 3, 1, 7}));
        assertArrayEquals(new long[] {0, 0, 2, 0, 0}, Kernels.bincount(new int[] {2, 2}, 5));
        Unique u = Kernels.unique(new double[] {3, NAN, -0.0, 0.0, 1, 3, NAN});
        assertEquals(4, u.values().length);
        assertTrue(u.values()[0] == 0.0 && u.values()[1] == 1 && u.values()[2] == 3 && Double.isNaN(u.values()[3]));
        assertArrayEquals(new long[] {2, 1, 2, 2}, u.counts());
        UniqueLongs ul = Kernels.unique(new long[] {5, -1, 5, 5});
        assertArrayEquals(new long[] {-1, 5}, ul.values());
        assertArrayEquals(new long[] {1, 3}, ul.counts());
    }

    @Test
    void describeAsPandas() {
        // np.nanstd(z, ddof=1), np.nanmean(z), np.nanquantile(z, [.25, .5, .75]) for the z below
        Description d = Kernels.describe(new double[] {1.5, NAN, 2.5, -1, 4, 4, 0.25});
        assertEquals(6, d.count());
        assertEquals(1.875, d.mean());
        assertEquals(2.023301757029831, d.std(), 1e-15);
        assertEquals(-1.0, d.min());
        assertEquals(4.0, d.max());
        assertArrayEquals(new double[] {0.5625, 2.0, 3.625}, d.values());
        assertEquals(2.0, d.at(0.5));
        Description none = Kernels.describe(new double[] {NAN});
        assertEquals(0, none.count());
        assertTrue(Double.isNaN(none.mean()) && Double.isNaN(none.max()));
        assertTrue(Double.isNaN(Kernels.describe(new double[] {3}).std()));
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray big = DoubleArray.allocate(arena, 100_001);
            for (long i = 0; i < big.length(); i++) {
                big.set(i, (i * 7919) % 100_001);
            }
            Description b = Kernels.describe(big, 0.1, 0.5, 0.9);
            assertEquals(50_000.0, b.at(0.5));
            assertEquals(10_000.0, b.at(0.1));
            assertEquals(0.0, b.min());
            assertEquals(100_000.0, b.max());
        }
    }

    @Test
    void badInput() {
        double[] x = {1, 2, 3};
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(x, 0, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(x, -3, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(x, 5, 0, INF));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(x, 5, NAN, 1));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(x, 5, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(new double[] {1, NAN}, 5));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(x, new double[] {0, 2, 1}));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(x, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(x, 1000, 0, 1e-322));
        int[] neg = {3, -1, 2};
        assertThrows(IllegalArgumentException.class, () -> Kernels.bincount(neg));
        assertArrayEquals(new int[] {3, -1, 2}, neg);
        assertThrows(IllegalArgumentException.class, () -> Kernels.describe(DoubleArray.wrap(x), 1.5));
        assertArrayEquals(new double[] {1, 2, 3}, x);
        assertEquals(0, Kernels.histogram(new double[0], 4).counts()[0]);
        assertEquals(0, Kernels.bincount(new int[0]).length);
    }

    record Sample(double[] x, boolean offHeap) {
        @Override
        public String toString() {
            return "Sample[n=" + x.length + (offHeap ? ", off-heap" : ", heap") + "]";
        }
    }

    @Provide
    Arbitrary<Sample> samples() {
        return Arbitraries.randomValue(r -> {
            int n = r.nextInt(3) == 0 ? 200_000 + r.nextInt(100) : r.nextInt(5000);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = r.nextInt(20) == 0 ? new double[] {NAN, INF, -INF, -0.0, 0.0, 1.0}[r.nextInt(6)]
                        : r.nextGaussian() * 2;
            }
            return new Sample(x, r.nextBoolean());
        }).withoutEdgeCases();
    }

    @Property(tries = 30)
    void nativeAgreesWithJava(@ForAll("samples") Sample s) {
        List<Backend> backends = new ArrayList<>(SortTest.natives());
        Random r = new Random(s.x().length);
        int bins = 1 + r.nextInt(300);
        double lo = -r.nextDouble() * 4;
        double hi = lo + 1e-3 + r.nextDouble() * 8;
        double[] edges = HistBinning.linspace(bins, lo, hi);
        org.kernels4j.backend.HistBins u = HistBinning.forRange(DType.F64, bins, lo, hi);
        double[] explicit = r.doubles(1 + r.nextInt(40), -5, 5).sorted().toArray();
        int[] ints = r.ints(s.x().length, 0, 1000).toArray();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment x = s.offHeap() ? arena.allocateFrom(java.lang.foreign.ValueLayout.JAVA_DOUBLE, s.x())
                    : MemorySegment.ofArray(s.x());
            MemorySegment xi = MemorySegment.ofArray(ints);
            long n = s.x().length;
            long[] want = new long[bins];
            JavaBackend.INSTANCE.histUniform(x, n, u, want);
            long[] wantE = new long[Math.max(1, explicit.length - 1)];
            if (explicit.length >= 2) {
                JavaBackend.INSTANCE.histEdges(DType.F64, x, n, explicit, wantE);
            }
            long[] wantB = new long[1000];
            JavaBackend.INSTANCE.bincount(DType.I32, xi, n, wantB);
            // the definition of the uniform bins: the edges decide
            long inRange = java.util.Arrays.stream(s.x()).filter(v -> v >= lo && v <= hi).count();
            assertEquals(inRange, java.util.Arrays.stream(want).sum());
            for (Backend b : backends) {
                long[] got = new long[bins];
                b.histUniform(x, n, u, got);
                assertArrayEquals(want, got, b.isa() + " uniform " + s);
                if (explicit.length >= 2) {
                    long[] gotE = new long[explicit.length - 1];
                    b.histEdges(DType.F64, x, n, explicit, gotE);
                    assertArrayEquals(wantE, gotE, b.isa() + " edges " + s);
                }
                long[] gotB = new long[1000];
                b.bincount(DType.I32, xi, n, gotB);
                assertArrayEquals(wantB, gotB, b.isa() + " bincount");
                if (n > 0) {
                    assertArrayEquals(JavaBackend.INSTANCE.intRange(DType.I32, xi, n), b.intRange(DType.I32, xi, n));
                }
            }
            for (int i = 0; i < n; i++) {
                double v = s.x()[i];
                if (v >= lo && v <= hi) {
                    // each counted value lies within its bin's edges (last bin closed)
                    int bin = 0;
                    while (bin < bins - 1 && v >= edges[bin + 1]) {
                        bin++;
                    }
                    assertTrue(v >= edges[bin] && (v < edges[bin + 1] || bin == bins - 1));
                }
            }
        }
    }
}
