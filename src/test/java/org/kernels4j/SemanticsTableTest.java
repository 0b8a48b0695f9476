package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The NaN / infinity / signed-zero / empty-input table of {@code docs/semantics.md}, row by
 * row, through the public API (on the native backend, and on the Java backend by the agreement tests). Runs
 * on every forced ISA path.
 */
@Tag("isa")
class SemanticsTableTest {
    static final double NAN = Double.NaN;
    static final double INF = Double.POSITIVE_INFINITY;

    static void same(double expected, double actual) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                () -> "expected " + expected + " got " + actual);
    }

    /** Where each row of the table in docs/semantics.md is checked (this class or another test). */
    static final Map<String, String> ROWS = rows();

    private static Map<String, String> rows() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sum, dot", "SemanticsTableTest.sumsAndMeans");
        m.put("mean", "SemanticsTableTest.sumsAndMeans");
        m.put("nansum", "SemanticsTableTest.sumsAndMeans");
        m.put("nanmean", "SemanticsTableTest.sumsAndMeans");
        m.put("var, std (ddof)", "SemanticsTableTest.varianceAndStd, BadInputTest");
        m.put("min, max", "SemanticsTableTest.extrema");
        m.put("nanmin, nanmax", "SemanticsTableTest.extrema");
        m.put("argmin, argmax", "SemanticsTableTest.extrema");
        m.put("norm2", "SemanticsTableTest.norm2");
        m.put("norm2 of huge or tiny finite values", "SemanticsTableTest.norm2");
        m.put("add, sub, mul, div (array or scalar), axpy, scale", "SemanticsTableTest.elementwise");
        m.put("abs, neg", "SemanticsTableTest.elementwise");
        m.put("sqrt, exp, log", "SemanticsTableTest.elementwise");
        m.put("clip(lo, hi)", "SemanticsTableTest.elementwise");
        m.put("cumsum", "SemanticsTableTest.cumsum");
        m.put("sort, argsort, partition (all dtypes)", "SortTest, SortPoolTest");
        m.put("quantile, percentile, median", "QuantileTest");
        m.put("nanquantile, nanpercentile, nanmedian", "QuantileTest");
        m.put("histogram, range given (all dtypes)", "HistogramTest, HistogramDtypesTest");
        m.put("histogram, range from the data", "HistogramTest, HistogramDtypesTest");
        m.put("histogram, explicit edges", "HistogramTest, HistogramDtypesTest");
        m.put("histogram arguments", "HistogramTest, HistogramDtypesTest");
        m.put("describe (F64, F32)", "HistogramTest, AsyncSortFamilyTest");
        m.put("nanvar, nanstd (ddof)", "EverydayNumpyTest.nanVarianceAndWeights, GoldenTest");
        m.put("sum, prod, mean, min, max, argmin, argmax of int32/int64", "EverydayNumpyTest.integerReductions, GoldenTest");
        m.put("average (weights)", "EverydayNumpyTest.nanVarianceAndWeights, GoldenTest");
        m.put("bincount with weights", "EverydayNumpyTest.nanVarianceAndWeights, GoldenTest");
        m.put("histogram with a bin rule", "EverydayNumpyTest.binRulesAndCovariance, BinRulesTest, GoldenTest");
        m.put("histogram with weights or density", "WeightedHistogramTest, GoldenTest");
        m.put("cov, corrcoef", "EverydayNumpyTest.binRulesAndCovariance, GoldenTest");
        // the mask family
        m.put("less, lessEqual, equal, notEqual, greater, greaterEqual", "SemanticsTableTest.masks, MaskTest, GoldenTest");
        m.put("where", "SemanticsTableTest.masks, MaskTest, GoldenTest");
        m.put("isnan, isinf, isfinite", "SemanticsTableTest.masks, MaskTest, GoldenTest");
        m.put("nanToNum", "SemanticsTableTest.masks, MaskTest, GoldenTest");
        m.put("countNonzero, any, all", "SemanticsTableTest.masks, MaskTest, GoldenTest");
        return m;
    }

    /**
     * The table in docs/semantics.md has exactly the rows this suite checks: a row added to the
     * document without a test (or a row dropped from it) fails here.
     */
    @Test
    void theDocumentedTableHasTheRowsTheTestsCheck() throws IOException {
        List<String> documented = new ArrayList<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(Path.of("docs/semantics.md"))) {
            if (line.startsWith("| kernel |")) {
                inTable = true;
                continue;
            }
            if (inTable && line.startsWith("| ---")) {
                continue;
            }
            if (inTable && line.startsWith("| ")) {
                documented.add(line.substring(2, line.indexOf(" |", 2)).trim());
            } else if (inTable) {
                break;
            }
        }
        assertEquals(List.copyOf(ROWS.keySet()), documented, "rows of the table in docs/semantics.md");
    }

    /** The rows of the mask family. */
    @Test
    void masks() {
        double[] x = {NAN, INF, -INF, -0.0, 0.0, 1.0};
        bools(new boolean[] {false, false, true, true, true, false}, Kernels.less(x, 0.5));
        bools(new boolean[] {true, true, true, true, true, true}, Kernels.notEqual(x, NAN));
        bools(new boolean[] {false, false, false, true, true, false}, Kernels.equal(x, -0.0));
        bools(new boolean[] {false, true, false, false, false, false}, Kernels.equal(x, INF));
        bools(new boolean[] {true, false, false, false, false, false}, Kernels.isnan(x));
        bools(new boolean[] {false, true, true, false, false, false}, Kernels.isinf(x));
        bools(new boolean[] {false, false, false, true, true, true}, Kernels.isfinite(x));
        bools(new boolean[] {true}, Kernels.isfinite(new int[] {7}));
        double[] n = Kernels.nanToNum(x);
        same(0.0, n[0]);
        same(Double.MAX_VALUE, n[1]);
        same(-Double.MAX_VALUE, n[2]);
        same(-0.0, n[3]);
        double[] w = Kernels.where(BoolArray.of(true, false, true, false, true, false), x, 9.0);
        same(NAN, w[0]);
        same(-INF, w[2]);
        same(0.0, w[4]);
        same(-0.0, Kernels.where(BoolArray.of(false), 1.0, new double[] {-0.0})[0]);
        assertEquals(0, Kernels.less(new double[0], 1.0).length());
        assertEquals(4, Kernels.countNonzero(x));
        assertEquals(0, Kernels.countNonzero(new double[0]));
        assertTrue(Kernels.any(new double[] {-0.0, NAN}));
        org.junit.jupiter.api.Assertions.assertFalse(Kernels.any(new double[] {-0.0, 0.0}));
        org.junit.jupiter.api.Assertions.assertFalse(Kernels.all(x));
        assertTrue(Kernels.all(new double[0]));
        org.junit.jupiter.api.Assertions.assertFalse(Kernels.any(new double[0]));
        // exact, where NumPy's float64 conversion calls 2^53 + 1 <= 2^53 true
        bools(new boolean[] {false, true}, Kernels.lessEqual(LongArray.wrap(new long[] {(1L << 53) + 1, 1L << 53}), 0x1p53));
    }

    private static void bools(boolean[] want, BoolArray got) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(want, got.toArray());
    }

    @Test
    void sumsAndMeans() {
        same(0.0, Kernels.sum(new double[0]));
        same(NAN, Kernels.sum(new double[] {1, NAN, 2}));
        same(NAN, Kernels.sum(new double[] {INF, -INF}));
        same(INF, Kernels.sum(new double[] {INF, 1}));
        same(0.0, Kernels.sum(new double[] {-0.0, -0.0, -0.0}));
        same(0.0, Kernels.mean(new double[] {-0.0}));
        same(0.0, Kernels.sum(new double[] {-0.0, 0.0}));
        same(NAN, Kernels.mean(new double[0]));
        same(2.0, Kernels.mean(new float[] {1, 2, 3}));
        same(3.0, Kernels.nansum(new double[] {1, NAN, 2}));
        same(0.0, Kernels.nansum(new double[] {NAN, NAN}));
        same(1.5, Kernels.nanmean(new double[] {1, NAN, 2}));
        same(NAN, Kernels.nanmean(new double[] {NAN}));
        same(0.0, Kernels.dot(new double[0], new double[0]));
        same(NAN, Kernels.dot(new double[] {INF}, new double[] {0}));
    }

    @Test
    void varianceAndStd() {
        same(NAN, Kernels.var(new double[] {1, NAN, 3}));
        same(NAN, Kernels.var(new double[] {1, INF}));
        same(2.0 / 3.0, Kernels.var(new double[] {1, 2, 3}));
        same(1.0, Kernels.std(new double[] {1, 2, 3}, 1));
        same(1.0, Kernels.std(new float[] {1, 2, 3}, 1));
    }

    @Test
    void extrema() {
        same(NAN, Kernels.min(new double[] {1, NAN, -5}));
        same(NAN, Kernels.max(new float[] {1, Float.NaN}));
        same(-0.0, Kernels.min(new double[] {0.0, -0.0}));
        same(-0.0, Kernels.min(new double[] {-0.0, 0.0}));
        same(0.0, Kernels.max(new double[] {-0.0, 0.0}));
        same(0.0, Kernels.max(new double[] {0.0, -0.0}));
        same(-INF, Kernels.min(new double[] {1, -INF}));
        same(-5.0, Kernels.nanmin(new double[] {1, NAN, -5}));
        same(NAN, Kernels.nanmax(new double[] {NAN, NAN}));
        assertEquals(1, Kernels.argmin(new double[] {1, NAN, -5, NAN}));
        assertEquals(0, Kernels.argmin(new double[] {0.0, -0.0}));
        assertEquals(0, Kernels.argmax(new double[] {-0.0, 0.0}));
        assertEquals(2, Kernels.argmax(new double[] {1, 3, INF, INF}));
        assertEquals(1, Kernels.argmin(new float[] {2, 1, 1}));
    }

    @Test
    void norm2() {
        same(0.0, Kernels.norm2(new double[0]));
        same(5.0, Kernels.norm2(new double[] {3, 4}));
        same(NAN, Kernels.norm2(new double[] {3, NAN, INF}));
        same(INF, Kernels.norm2(new double[] {3, INF}));
        double big = Kernels.norm2(new double[] {3e200, 4e200});
        assertEquals(5e200, big, 5e200 * 1e-15, "no overflow");
        double tiny = Kernels.norm2(new double[] {3e-200, 4e-200});
        assertEquals(5e-200, tiny, 5e-200 * 1e-15, "no underflow");
        // Longer than one critical chunk: the heap path splits the work; same rule, same bits.
        double[] many = new double[200_000];
        java.util.Arrays.fill(many, 1e-200);
        assertEquals(1e-200 * Math.sqrt(200_000), Kernels.norm2(many), 1e-200 * 1e-12);
        java.util.Arrays.fill(many, 1e300);
        assertEquals(1e300 * Math.sqrt(200_000), Kernels.norm2(many), 1e300 * 1e-12);
        try (Arena arena = Arena.ofConfined()) {
            same(Kernels.norm2(many), Kernels.norm2(DoubleArray.copyOf(arena, many)));
        }
        double sub = Kernels.norm2(new double[] {3 * Double.MIN_VALUE, 4 * Double.MIN_VALUE});
        assertEquals(5 * Double.MIN_VALUE, sub, Double.MIN_VALUE);
    }

    @Test
    void elementwise() {
        double[] out = new double[6];
        Kernels.div(new double[] {1, -1, 0, NAN, INF, -0.0}, 0.0, out);
        for (int i = 0; i < 6; i++) {
            same(new double[] {INF, -INF, NAN, NAN, INF, NAN}[i], out[i]);
        }
        double[] x = {-0.0, 0.0, -2, NAN, -INF, 4};
        Kernels.abs(x, out);
        same(0.0, out[0]);
        same(NAN, out[3]);
        same(INF, out[4]);
        Kernels.sqrt(x, out);
        same(-0.0, out[0]);
        same(NAN, out[2]);
        same(2.0, out[5]);
        Kernels.log(x, out);
        same(-INF, out[0]);
        same(-INF, out[1]);
        same(NAN, out[2]);
        Kernels.exp(new double[] {-INF, INF, 0, NAN, -1000, 1000}, out);
        same(0.0, out[0]);
        same(INF, out[1]);
        same(1.0, out[2]);
        same(NAN, out[3]);
        same(0.0, out[4]);
        same(INF, out[5]);
        Kernels.clip(new double[] {NAN, -INF, INF, -0.0, 0.5, 3}, -1, 2, out);
        same(NAN, out[0]);
        same(-1.0, out[1]);
        same(2.0, out[2]);
        same(-0.0, out[3]);
        same(0.5, out[4]);
        same(2.0, out[5]);
    }

    @Test
    void cumsum() {
        double[] out = {9, 9, 9, 9};
        same(0.0, Kernels.cumsum(new double[0], new double[0]));
        same(NAN, Kernels.cumsum(new double[] {-0.0, 1, NAN, 2}, out));
        same(-0.0, out[0]);
        same(1.0, out[1]);
        same(NAN, out[2]);
        same(NAN, out[3]);
        float[] f = new float[3];
        // In float the running sum 2^24 + 1 would round away the 1s; in double it does not.
        double total = Kernels.cumsum(new float[] {16777216f, 1f, 1f}, f);
        same(16777218.0, total);
        same(16777218.0, f[2]);
    }

    @Test
    void offHeapAndHeapAgree() {
        double[] v = {3, -1, NAN, 7, -0.0};
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray a = DoubleArray.copyOf(arena, v);
            same(Kernels.nansum(v), Kernels.nansum(a));
            assertEquals(Kernels.argmax(v), Kernels.argmax(a));
            assertTrue(Double.isNaN(Kernels.max(a)));
        }
    }
}
