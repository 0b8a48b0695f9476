package org.kernels4j.planner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;
import org.kernels4j.DType;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.Backends;
import org.kernels4j.backend.JavaBackend;

/** Bin rules on edge cases; NumPy's counts for ordinary data are in GoldenTest. */
class BinRulesTest {
    static final Backend NATIVE = Backends.current();

    static int bins(Backend b, double[] x, BinRules.Rule r) {
        return BinRules.bins(b, DType.F64, MemorySegment.ofArray(x), x.length, r);
    }

    @Test
    void emptyAndConstantInputsHaveOneBin() {
        for (BinRules.Rule r : BinRules.Rule.values()) {
            assertEquals(1, bins(NATIVE, new double[0], r), r.name());
            assertEquals(1, BinRules.bins(NATIVE, DType.F64, MemorySegment.ofArray(new double[] {5, 6}), 2, r, 10, 20),
                    "no value in range: " + r);
        }
        // ptp, IQR and std are all 0, so every width is 0: one bin (numpy.histogram(np.full(5, 3.25), bins=r))
        for (BinRules.Rule r : BinRules.Rule.values()) {
            assertEquals(1, bins(NATIVE, new double[] {3.25, 3.25, 3.25, 3.25, 3.25}, r), r.name());
        }
    }

    @Test
    void nonFiniteDataRangeIsRejectedButARangeFiltersIt() {
        double[] x = {1, 2, Double.NaN, 4};
        for (BinRules.Rule r : BinRules.Rule.values()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bins(NATIVE, x, r));
            assertTrue(e.getMessage().contains("not finite"), e.getMessage());
        }
        double[] y = {1, 2, 3, Double.POSITIVE_INFINITY, Double.NaN, 4, 5, 6, 7, 8};
        double[] finite = {1, 2, 3, 4, 5, 6, 7, 8};
        for (BinRules.Rule r : BinRules.Rule.values()) {
            assertEquals(BinRules.bins(NATIVE, DType.F64, MemorySegment.ofArray(finite), finite.length, r, 1, 8),
                    BinRules.bins(NATIVE, DType.F64, MemorySegment.ofArray(y), y.length, r, 1, 8), r.name());
        }
    }

    @Test
    void badRangesAndHugeBinCountsThrow() {
        double[] x = {1, 2, 3};
        assertThrows(IllegalArgumentException.class,
                () -> BinRules.bins(NATIVE, DType.F64, MemorySegment.ofArray(x), 3, BinRules.Rule.FD, 2, 1));
        assertThrows(IllegalArgumentException.class,
                () -> BinRules.bins(NATIVE, DType.F64, MemorySegment.ofArray(x), 3, BinRules.Rule.FD, 0, Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> BinRules.bins(NATIVE, DType.F64, MemorySegment.ofArray(x), 3, BinRules.Rule.FD, -Double.MAX_VALUE,
                        Double.MAX_VALUE));
        // a tight cluster and one far outlier: FD's width is tiny against the range
        double[] spike = new double[1000];
        for (int i = 0; i < spike.length; i++) {
            spike[i] = 1 + i * 1e-12;
        }
        spike[999] = 1e12;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> bins(NATIVE, spike, BinRules.Rule.FD));
        assertTrue(e.getMessage().contains("bin rule fd asks for"), e.getMessage());
    }

    @Test
    void backendsAgree() {
        java.util.Random rnd = new java.util.Random(3);
        for (int n : new int[] {1, 2, 3, 7, 100, 1001}) {
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = Math.exp(rnd.nextGaussian());
            }
            for (BinRules.Rule r : BinRules.Rule.values()) {
                assertEquals(bins(JavaBackend.INSTANCE, x, r), bins(NATIVE, x, r), r + " n=" + n);
            }
        }
    }

    @Test
    void floatAndIntInputs() {
        float[] f = {0.5f, 1.5f, 2.25f, 9f, 3f, 3f, 4f};
        double[] d = {0.5, 1.5, 2.25, 9, 3, 3, 4};
        for (BinRules.Rule r : BinRules.Rule.values()) {
            int got = BinRules.bins(NATIVE, DType.F32, MemorySegment.ofArray(f), f.length, r);
            assertTrue(Math.abs(got - bins(NATIVE, d, r)) <= 1, r.name());
        }
        // integer data: a width under 1 becomes 1, so never more bins than the range holds
        int[] small = {0, 1, 1, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 4};
        for (BinRules.Rule r : BinRules.Rule.values()) {
            int got = BinRules.bins(NATIVE, DType.I32, MemorySegment.ofArray(small), small.length, r);
            assertTrue(got >= 1 && got <= 4, r + " " + got);
        }
    }
}
