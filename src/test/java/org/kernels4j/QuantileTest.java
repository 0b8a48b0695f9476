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
import org.kernels4j.planner.Quantiles;

/**
 * Selection, partition and quantiles: native (every ISA path) against Java and against a full
 * sort; NumPy 2.4.6 values pasted as literals; bad input.
 */
class QuantileTest {
    // python3: rng=np.random.default_rng(5); x=np.round(rng.normal(size=37)*100)/7; x[3]=nan; x[10]=-0.0; x[11]=inf
    static final double NAN = Double.NaN;
    static final double INF = Double.POSITIVE_INFINITY;
    static final double[] X = {-11.428571428571429, -18.857142857142858, -3.5714285714285716, NAN, 16.285714285714285,
        1.5714285714285714, -7.857142857142857, -11.142857142857142, 10.714285714285714, 23.285714285714285, -0.0, INF,
        -13.714285714285714, 22.857142857142858, 2.857142857142857, -24.714285714285715, -1.1428571428571428,
        -16.571428571428573, -9.0, -7.0, -10.142857142857142, 7.857142857142857, -0.8571428571428571,
        -8.428571428571429, 5.857142857142857, 11.857142857142858, -23.428571428571427, -3.7142857142857144, -14.0,
        -2.4285714285714284, -18.428571428571427, 0.2857142857142857, -0.5714285714285714, -4.285714285714286, -15.0,
        -5.714285714285714, -15.571428571428571};
    static final double[] Q = {0, 0.01, 0.1, 0.25, 0.5, 0.333, 0.75, 0.9, 0.99, 1.0};
    // np.nanquantile(X, Q, method=m)
    static final double[][] EXPECTED = {
        {-24.714285714285715, -24.264285714285716, -17.5, -12.0, -4.0, -9.394285714285713, 1.8928571428571428,
            14.071428571428571, NAN, NAN},
        {-24.714285714285715, -24.714285714285715, -18.428571428571427, -13.714285714285714, -4.285714285714286,
            -10.142857142857142, 1.5714285714285714, 11.857142857142858, 23.285714285714285, INF},
        {-24.714285714285715, -23.428571428571427, -16.571428571428573, -11.428571428571429, -3.7142857142857144, -9.0,
            2.857142857142857, 16.285714285714285, INF, INF},
        {-24.714285714285715, -24.714285714285715, -16.571428571428573, -11.428571428571429, -3.7142857142857144, -9.0,
            1.5714285714285714, 16.285714285714285, INF, INF},
        {-24.714285714285715, -24.07142857142857, -17.5, -12.571428571428571, -4.0, -9.571428571428571,
            2.2142857142857144, 14.071428571428571, NAN, NAN},
        // inverted_cdf, averaged_inverted_cdf, closest_observation, interpolated_inverted_cdf, hazen,
        // weibull, median_unbiased, normal_unbiased
        {-24.714285714285715, -24.714285714285715, -18.428571428571427, -13.714285714285714, -4.285714285714286,
            -10.142857142857142, 1.5714285714285714, 16.285714285714285, INF, INF},
        {-24.714285714285715, -24.714285714285715, -18.428571428571427, -12.571428571428571, -4.0,
            -10.142857142857142, 2.2142857142857144, 16.285714285714285, NAN, NAN},
        {-24.714285714285715, -24.714285714285715, -18.428571428571427, -13.714285714285714, -4.285714285714286,
            -10.142857142857142, 1.5714285714285714, 11.857142857142858, INF, INF},
        {-24.714285714285715, -24.714285714285715, -18.599999999999998, -13.714285714285714, -4.285714285714286,
            -10.154857142857141, 1.5714285714285714, 13.628571428571423, NAN, NAN},
        {-24.714285714285715, -24.714285714285715, -18.242857142857144, -12.571428571428571, -4.0, -9.585142857142856,
            2.2142857142857144, 15.842857142857136, NAN, NAN},
        {-24.714285714285715, -24.714285714285715, -18.557142857142857, -13.142857142857142, -4.0, -9.775999999999998,
            2.5357142857142856, 18.25714285714284, NAN, NAN},
        {-24.714285714285715, -24.714285714285715, -18.442857142857143, -12.761904761904763, -4.0, -9.648761904761903,
            2.32142857142857, 16.504761904761892, NAN, NAN},
        {-24.714285714285715, -24.714285714285715, -18.428571428571427, -12.714285714285714, -4.0, -9.63285714285714,
            2.294642857142857, 16.285714285714285, NAN, NAN}};

    @Test
    void matchesNumpyLiterals() {
        QuantileMethod[] ms = QuantileMethod.values();
        for (int i = 0; i < ms.length; i++) {
            assertArrayEquals(EXPECTED[i], Kernels.nanquantile(X, Q, ms[i]), ms[i].toString());
            for (int j = 0; j < Q.length; j++) {
                assertEquals(EXPECTED[i][j], Kernels.nanquantile(X, Q[j], ms[i]), ms[i] + " q=" + Q[j]);
            }
        }
        assertEquals(-9.394285714285715, Kernels.nanpercentile(X, 33.3)); // np.nanpercentile(X, 33.3)
        assertEquals(-4.0, Kernels.nanmedian(X));
        assertTrue(Double.isNaN(Kernels.median(X)));
        assertTrue(Double.isNaN(Kernels.quantile(X, 0.5)));
        // np.quantile([0.1, 0.7, 0.35, 2.5] as float32, 0.3), np.median(same), np.quantile(same, [0.3])
        float[] f = {0.1f, 0.7f, 0.35f, 2.5f};
        assertEquals(0.32499998807907104, Kernels.quantile(f, 0.3));
        assertEquals(0.5249999761581421, Kernels.median(f));
        assertEquals(0.3249999940395355, Kernels.quantile(f, new double[] {0.3}, QuantileMethod.LINEAR)[0]);
        // np.quantile([1., inf], 1.0) is nan (NumPy's lerp of inf and inf)
        assertTrue(Double.isNaN(Kernels.quantile(new double[] {1, INF}, 1.0)));
        assertTrue(Double.isNaN(Kernels.nanmedian(new double[] {NAN, NAN})));
        assertEquals(4.5, Kernels.percentile(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, 50));
    }

    @Test
    void partitionAndSelect() {
        double[] x = {5, 1, NAN, 4, -0.0, 0.0, 3, 2};
        Kernels.partition(x, 3, -1);
        assertEquals(2.0, x[3]);
        assertTrue(Double.isNaN(x[7]));
        for (int i = 0; i < 3; i++) {
            assertTrue(x[i] <= 2.0);
        }
        assertArrayEquals(new double[] {-0.0, 5.0, 0.0}, Kernels.select(DoubleArray.wrap(x), 0, 6, 1));
        long[] r = Kernels.argpartition(new double[] {3, 1, 2}, 1);
        assertArrayEquals(new long[] {1, 2, 0}, r);
    }

    @Test
    void badInputLeavesDataAlone() {
        double[] x = {3, 1, 2};
        assertThrows(IllegalArgumentException.class, () -> Kernels.quantile(x, 1.5));
        assertThrows(IllegalArgumentException.class, () -> Kernels.quantile(x, -0.1));
        assertThrows(IllegalArgumentException.class, () -> Kernels.quantile(x, NAN));
        assertThrows(IllegalArgumentException.class, () -> Kernels.percentile(x, 101));
        assertThrows(IllegalArgumentException.class, () -> Kernels.quantile(new double[0], 0.5));
        assertThrows(IllegalArgumentException.class, () -> Kernels.median(new double[0]));
        assertThrows(IndexOutOfBoundsException.class, () -> Kernels.partition(x, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> Kernels.partition(x, -4));
        assertArrayEquals(new double[] {3, 1, 2}, x);
    }

    @Test
    void indexMathHasNoOverflow() {
        long n = 1L << 62;
        Quantiles.Plan p = Quantiles.plan(n, 1.0, QuantileMethod.LINEAR);
        assertEquals(n - 1, p.lo());
        assertEquals(n - 1, p.hi());
        p = Quantiles.plan(n, 0.5, QuantileMethod.LINEAR);
        assertTrue(p.lo() > 0 && p.lo() < n && p.hi() <= n - 1 && p.hi() >= p.lo());
        for (QuantileMethod m : QuantileMethod.values()) {
            for (double q : new double[] {0, 1e-300, 0.3, 0.5, 0.999999, 1}) {
                Quantiles.Plan pl = Quantiles.plan(Long.MAX_VALUE, q, m);
                assertTrue(pl.lo() >= 0 && pl.lo() <= Long.MAX_VALUE - 1 && pl.hi() >= 0 && pl.hi() <= Long.MAX_VALUE - 1,
                        m + " " + q + " " + pl);
            }
        }
        assertEquals(0, Quantiles.plan(1, 0.7, QuantileMethod.LINEAR).lo());
    }

    // ---- properties: native (all ISAs) == Java == sorted definition --------------------------

    @Provide
    Arbitrary<SortTest.Data> data() {
        return Arbitraries.randomValue(SortTest::generate).withoutEdgeCases();
    }

    @Property(tries = 40)
    void selectAndPartitionAgreeWithTheSort(@ForAll("data") SortTest.Data d) {
        int n = d.n();
        if (n == 0) {
            return;
        }
        long[] sorted = SortTest.expectedSorted(d);
        Random r = new Random(n);
        long[] ks = r.longs(1 + r.nextInt(5), 0, n).sorted().toArray();
        List<Backend> backends = new ArrayList<>(SortTest.natives());
        backends.add(JavaBackend.INSTANCE);
        int es = (int) d.type().byteSize();
        for (Backend b : backends) {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment x = SortTest.segment(d, arena);
                MemorySegment vals = arena.allocate((long) ks.length * es, 8);
                b.select(d.type(), x, n, ks, vals);
                assertArrayEquals(d.bits(), SortTest.bitsOf(x, d.type(), n), "select leaves x alone");
                long[] got = SortTest.bitsOf(vals, d.type(), ks.length);
                for (int j = 0; j < ks.length; j++) {
                    assertEquals(sorted[(int) ks[j]], got[j], b.isa() + " rank " + ks[j] + " " + d);
                }
                b.partition(d.type(), x, n, ks);
                long[] part = SortTest.bitsOf(x, d.type(), n);
                for (long k : ks) {
                    assertEquals(sorted[(int) k], part[(int) k], "partition kth " + b.isa());
                    long kk = SortTest.keyOf(d.type(), part[(int) k]);
                    for (int i = 0; i < n; i++) {
                        long ki = SortTest.keyOf(d.type(), part[i]);
                        assertTrue(i < k ? Long.compareUnsigned(ki, kk) <= 0 : i > k ? Long.compareUnsigned(ki, kk) >= 0 : true,
                                "partition sides " + b.isa() + " " + d);
                    }
                }
                // a permutation of the input
                b.sort(d.type(), x, n);
                assertArrayEquals(sorted, SortTest.bitsOf(x, d.type(), n));
            }
        }
    }

    @Property(tries = 30)
    void quantilesFollowTheFormulaOnTheSortedValues(@ForAll("data") SortTest.Data d) {
        int n = d.n();
        if (n == 0 || d.type() != DType.F64) {
            return;
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Double.longBitsToDouble(d.bits()[i]);
        }
        double[] s = Kernels.sorted(x);
        int valid = n;
        while (valid > 0 && Double.isNaN(s[valid - 1])) {
            valid--;
        }
        double[] qs = {0, 0.1, 0.25, 0.5, 0.77, 1};
        double[] got = Kernels.nanquantile(x, qs, QuantileMethod.LINEAR);
        for (int i = 0; i < qs.length; i++) {
            double want;
            if (valid == 0) {
                want = NAN;
            } else {
                double v = (valid - 1) * qs[i];
                int lo = (int) Math.floor(v);
                int hi = Math.min(lo + 1, valid - 1);
                double g = v >= valid - 1 ? v + 1 : v - lo;
                if (v >= valid - 1) {
                    lo = valid - 1;
                    hi = valid - 1;
                }
                double diff = s[hi] - s[lo];
                want = g >= 0.5 ? s[hi] - diff * (1 - g) : s[lo] + diff * g;
            }
            assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got[i]), "q=" + qs[i] + " " + d);
        }
    }
}
