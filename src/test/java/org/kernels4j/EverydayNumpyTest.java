package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import org.junit.jupiter.api.Test;

/**
 * Integer reductions, nanvar/nanstd, weights, bin rules and covariance through the public API:
 * edge cases and bad input, and the async forms agreeing with the synchronous ones. NumPy's
 * values for ordinary data are in GoldenTest.
 */
class EverydayNumpyTest {

    @Test
    void integerReductions() {
        int[] x = {5, -3, 7, -3, 7, 0};
        assertEquals(13L, Kernels.sum(x));
        assertEquals(0L, Kernels.prod(x));
        assertEquals(13.0 / 6, Kernels.mean(x));
        assertEquals(-3, Kernels.min(x));
        assertEquals(7, Kernels.max(x));
        assertEquals(1L, Kernels.argmin(x), "the first of equal minima");
        assertEquals(2L, Kernels.argmax(x), "the first of equal maxima");
        assertEquals(0L, Kernels.sum(new int[0]));
        assertEquals(1L, Kernels.prod(new long[0]));
        assertTrue(Double.isNaN(Kernels.mean(new long[0])));
        assertThrows(IllegalArgumentException.class, () -> Kernels.min(new int[0]));
        assertThrows(IllegalArgumentException.class, () -> Kernels.argmax(new long[0]));
        // int32 values accumulate in int64: no int32 overflow
        assertEquals(2L * Integer.MAX_VALUE, Kernels.sum(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE}));
        // int64 wraps as NumPy's accumulator does, while mean uses the exact sum
        long[] big = {Long.MAX_VALUE, 1};
        assertEquals(Long.MIN_VALUE, Kernels.sum(big));
        assertEquals(0x1p63 / 2, Kernels.mean(big));
        assertEquals(Long.MAX_VALUE, Kernels.max(LongArray.wrap(big)));
        assertEquals(13L, Kernels.sum(IntArray.wrap(x)));
    }

    @Test
    void nanVarianceAndWeights() {
        double[] x = {1, Double.NaN, 3, 5, Double.NaN};
        assertEquals(8.0 / 3, Kernels.nanvar(x), 0);
        assertEquals(4.0, Kernels.nanvar(x, 1), 0);
        assertEquals(2.0, Kernels.nanstd(x, 1), 0);
        assertTrue(Double.isNaN(Kernels.nanvar(x, 3)), "count <= ddof gives NaN, as NumPy");
        assertTrue(Double.isNaN(Kernels.nanvar(new double[] {Double.NaN, Double.NaN})));
        assertThrows(IllegalArgumentException.class, () -> Kernels.nanvar(x, -1));
        assertEquals(2.5, Kernels.average(new double[] {1, 2, 3}, new double[] {0, 1, 1}), 0);
        assertThrows(IllegalArgumentException.class, () -> Kernels.average(new double[] {1, 2}, new double[] {1, -1}));
        assertThrows(IllegalArgumentException.class, () -> Kernels.average(new double[] {1, 2}, new double[] {1}));
        assertArrayEquals(new double[] {0.5, 0, 2.75, 0}, Kernels.bincount(new int[] {0, 2, 2}, new double[] {0.5, 1, 1.75}, 4), 0);
        assertThrows(IllegalArgumentException.class, () -> Kernels.bincount(new int[] {0, -1}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> Kernels.bincount(new long[] {0, 1}, new double[] {1}));
    }

    @Test
    void binRulesAndCovariance() {
        double[] x = new java.util.Random(5).doubles(2000).toArray();
        Histogram h = Kernels.histogram(x, BinRule.STURGES);
        assertEquals(12, h.counts().length, "ceil(log2(2000) + 1) bins over the data's range");
        assertEquals(2000L, java.util.Arrays.stream(h.counts()).sum());
        assertThrows(IllegalArgumentException.class, () -> Kernels.histogram(new double[] {1, Double.NaN}, BinRule.FD));
        Histogram r = Kernels.histogram(new double[] {1, 2, Double.NaN, 3, Double.POSITIVE_INFINITY}, BinRule.SQRT, 0, 4);
        assertEquals(3L, java.util.Arrays.stream(r.counts()).sum(), "NaN and Inf lie outside any range");

        double[][] rows = {{1, 2, 3, 4}, {2, 4, 6, 8.5}, {4, 3, 2, 1}};
        DoubleMatrix m = DoubleMatrix.of(rows);
        DoubleMatrix c = Kernels.cov(m);
        assertEquals(3, c.rows());
        assertEquals(5.0 / 3, c.get(0, 0), 1e-15);
        assertEquals(c.get(0, 2), c.get(2, 0), 0.0);
        DoubleMatrix k = Kernels.corrcoef(m);
        assertEquals(-1.0, k.get(0, 2), 1e-15);
        assertEquals(1.0, k.get(1, 1), 1e-15);
        FloatMatrix f = FloatMatrix.allocate(Arena.ofAuto(), 3, 4);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 4; j++) {
                f.set(i, j, (float) rows[i][j]);
            }
        }
        assertArrayEquals(c.toArray(), Kernels.cov(f).toArray(), 0.0, "float32 data is widened, then as float64");
        assertThrows(IllegalArgumentException.class, () -> Kernels.cov(m, true, 4));
        assertThrows(IllegalArgumentException.class, () -> Kernels.corrcoef(DoubleMatrix.of(new double[] {1}, new double[] {2})));
        assertTrue(Double.isNaN(Kernels.corrcoef(DoubleMatrix.of(new double[] {1, 1, 1}, new double[] {1, 2, 3})).get(0, 1)),
                "a constant variable has no correlation");
    }

    @Test
    void asyncFormsAgreeAndRefuseConfinedMemory() throws Exception {
        long[] v = new java.util.Random(2).longs(50_000, -1_000_000, 1_000_000).toArray();
        double[] x = new java.util.Random(3).doubles(50_000).toArray();
        x[17] = Double.NaN;
        try (ComputePool pool = ComputePool.create(2); Arena shared = Arena.ofShared()) {
            assertEquals(Kernels.sum(v), pool.sum(v).get());
            assertEquals(Kernels.argmax(LongArray.wrap(v)), pool.argmax(LongArray.wrap(v)).get());
            assertEquals(Kernels.mean(v), pool.mean(v).get());
            assertEquals(Kernels.nanstd(x, 1), pool.nanstd(x, 1).get());
            assertEquals(Kernels.histogram(v, BinRule.AUTO), pool.histogram(LongArray.wrap(v), BinRule.AUTO).get());
            DoubleArray off = DoubleArray.copyOf(shared, x);
            assertEquals(Kernels.nanvar(off, 0), pool.nanvar(off, 0).get());
            DoubleMatrix m = DoubleMatrix.wrap(x, 500, 100);
            assertArrayEquals(Kernels.cov(m, false, 1).toArray(), pool.cov(m, false, 1).get().toArray(), 0.0);
            assertArrayEquals(Kernels.corrcoef(m, true).toArray(), pool.corrcoef(m, true).get().toArray(), 0.0);
            try (Arena confined = Arena.ofConfined()) {
                DoubleMatrix cm = DoubleMatrix.allocate(confined, 3, 3);
                assertThrows(IllegalArgumentException.class, () -> pool.cov(cm, true, 1));
                LongArray c = LongArray.copyOf(confined, v);
                assertThrows(IllegalArgumentException.class, () -> pool.sum(c));
            }
        }
    }
}
