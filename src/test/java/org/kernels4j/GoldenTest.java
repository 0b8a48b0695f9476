package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Checks the kernels against NumPy's answers, committed in {@code golden/numpy_golden.txt} by
 * {@code src/test/resources/golden/make_golden.py} (its header gives the file format and how to
 * add an operation). No NumPy is needed at test time.
 *
 * <p>Comparisons follow the README's semantics table: bit for bit where the library promises
 * NumPy's bits (quantile, percentile, median and their nan-forms; cumsum, whose order is
 * sequential in both; histogram counts and edges; the values of sort and unique), within a
 * stated number of ulps where the library sums in another order than NumPy's pairwise
 * summation (mean, var, std), and with -0.0 equal to +0.0 where NumPy leaves the sign of a
 * zero unspecified (sort order of ±0, the zero unique reports).
 *
 * <p>Tagged {@code isa}: the build runs it again on the avx2 and baseline paths. It uses the
 * public facade, so {@code -Dkernels4j.backend=java} runs it on the Java backend.
 */
@Tag("isa")
class GoldenTest {

    private static final String RESOURCE = "/golden/numpy_golden.txt";

    /**
     * mean, var and std: the library's tree summation and NumPy's pairwise summation round
     * differently; on these inputs (up to 301 values) each result must lie within this many ulps
     * of NumPy's. Observed on 2026-12-04 (NumPy 2.4.6, every ISA path): at most 4 ulps for mean,
     * 2 for var, 1 for std.
     */
    static final long MOMENT_ULPS = 8;

    /** One case of the file: its op, label and keyed values (raw tokens). */
    record Case(String op, String label, Map<String, String[]> keys) {
        String[] raw(String k) {
            String[] v = keys.get(k);
            assertNotNull(v, () -> "case " + op + " " + label + " has no key " + k);
            return v;
        }

        boolean wantsError() {
            String[] w = keys.get("want");
            return w != null && w.length == 1 && w[0].equals("error");
        }

        double[] d(String k) {
            String[] v = raw(k);
            double[] r = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                r[i] = Double.parseDouble(v[i]);
            }
            return r;
        }

        float[] f(String k) {
            double[] v = d(k);
            float[] r = new float[v.length];
            for (int i = 0; i < v.length; i++) {
                r[i] = (float) v[i];
                assertEquals(Double.doubleToLongBits(v[i]), Double.doubleToLongBits(r[i]), "float32 value not exact: " + v[i]);
            }
            return r;
        }

        long[] l(String k) {
            String[] v = raw(k);
            long[] r = new long[v.length];
            for (int i = 0; i < v.length; i++) {
                r[i] = Long.parseLong(v[i]);
            }
            return r;
        }

        double one(String k) {
            double[] v = d(k);
            assertEquals(1, v.length, k);
            return v[0];
        }

        QuantileMethod method() {
            return QuantileMethod.valueOf(raw("method")[0].toUpperCase(Locale.ROOT));
        }
    }

    static List<Case> load() throws IOException {
        List<Case> cases = new ArrayList<>();
        Map<String, String[]> inputs = new HashMap<>();
        try (InputStream in = GoldenTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " is missing: run make_golden.py");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            String op = null;
            String label = null;
            Map<String, String[]> keys = null;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] t = line.split(" ");
                if (t[0].equals("input")) {
                    inputs.put(t[1], java.util.Arrays.copyOfRange(t, 2, t.length));
                } else if (t[0].equals("case")) {
                    if (keys != null) {
                        throw new IOException("line " + no + ": case inside a case");
                    }
                    op = t[1];
                    label = t[2];
                    keys = new LinkedHashMap<>();
                } else if (t[0].equals("end")) {
                    if (keys == null) {
                        throw new IOException("line " + no + ": end outside a case");
                    }
                    cases.add(new Case(op, label, keys));
                    keys = null;
                } else {
                    if (keys == null) {
                        throw new IOException("line " + no + ": key outside a case");
                    }
                    String[] v = java.util.Arrays.copyOfRange(t, 1, t.length);
                    if (v.length == 1 && v[0].startsWith("@")) {
                        v = inputs.get(v[0].substring(1));
                        if (v == null) {
                            throw new IOException("line " + no + ": unknown input " + t[1]);
                        }
                    }
                    keys.put(t[0], v);
                }
            }
            if (keys != null) {
                throw new IOException("unterminated case " + op + " " + label);
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> numpyGoldens() throws IOException {
        return load().stream().map(c -> DynamicTest.dynamicTest(c.op() + " " + c.label() + describeKeys(c), () -> check(c)));
    }

    private static String describeKeys(Case c) {
        StringBuilder b = new StringBuilder();
        for (String k : new String[] {"method", "ddof", "bins"}) {
            if (c.keys().containsKey(k)) {
                b.append(' ').append(k).append('=').append(c.keys().get(k)[0]);
            }
        }
        return b.toString();
    }

    @Test
    void everyOperationIsCovered() throws IOException {
        List<Case> cases = load();
        assertTrue(cases.size() > 250, "cases: " + cases.size());
        for (String op : new String[] {"quantile", "percentile", "nanquantile", "median", "moments", "cumsum", "sort",
                "sort_f32", "histogram_range", "histogram_auto", "histogram_edges", "histogram_range_f32",
                "histogram_auto_f32", "unique", "binrule", "binrule_range", "binrule_i64", "cov", "corrcoef", "nanvar", "average", "bincount_w",
                "int_reduce", "histogram_w", "histogram_w_auto", "histogram_w_f32", "histogram_w_f32_auto",
                "histogram_w_gen", "unique_f32", "unique_i32"}) {
            assertTrue(cases.stream().anyMatch(c -> c.op().equals(op)), op);
        }
        for (QuantileMethod m : QuantileMethod.values()) {
            String name = m.name().toLowerCase(Locale.ROOT);
            assertTrue(cases.stream().anyMatch(c -> c.op().equals("quantile") && c.raw("method")[0].equals(name)), name);
        }
    }

    @Test
    void maskOperationsAreCovered() throws IOException {
        List<Case> cases = load();
        for (String op : new String[] {"mask_cmp", "mask_cmp_f32", "mask_cmp_scalar", "mask_where", "mask_predicates",
                "mask_int"}) {
            assertTrue(cases.stream().anyMatch(c -> c.op().equals(op)), op);
        }
        assertTrue(cases.stream().anyMatch(c -> c.op().equals("mask_cmp") && c.label().equals("empty")), "empty");
    }

    static void assertMask(long[] want, BoolArray got, String what) {
        assertEquals(want.length, got.length(), what + ": length");
        for (int i = 0; i < want.length; i++) {
            assertEquals(want[i] != 0, got.get(i), what + " at " + i);
        }
    }

    static void assertComparisons(Case c, String prefix, NumericArray x, NumericArray y) {
        assertMask(c.l(prefix + "lt"), Kernels.less(x, y), "lt");
        assertMask(c.l(prefix + "le"), Kernels.lessEqual(x, y), "le");
        assertMask(c.l(prefix + "eq"), Kernels.equal(x, y), "eq");
        assertMask(c.l(prefix + "ne"), Kernels.notEqual(x, y), "ne");
        assertMask(c.l(prefix + "gt"), Kernels.greater(x, y), "gt");
        assertMask(c.l(prefix + "ge"), Kernels.greaterEqual(x, y), "ge");
    }

    static double[] nanToNumArgs(double[] x) {
        double[] out = new double[x.length];
        Kernels.nanToNum(x, -1.0, 7.0, -7.0, out);
        return out;
    }

    static void check(Case c) {
        if (c.wantsError()) {
            assertThrows(IllegalArgumentException.class, call(c), "NumPy rejects this input");
            return;
        }
        try {
            call(c).execute();
        } catch (Throwable t) {
            if (t instanceof AssertionError a) {
                throw a;
            }
            throw new AssertionError("kernels4j threw where NumPy answered", t);
        }
    }

    /** The kernels4j call of a case, with its comparison. */
    static Executable call(Case c) {
        return switch (c.op()) {
            case "quantile" -> () -> assertQuantileBits(c, Kernels.quantile(c.d("x"), c.d("q"), c.method()));
            case "percentile" -> () -> assertQuantileBits(c, Kernels.percentile(c.d("x"), c.d("p"), c.method()));
            case "nanquantile" -> () -> assertQuantileBits(c, Kernels.nanquantile(c.d("x"), c.d("q"), c.method()));
            case "median" -> () -> assertQuantileBits(c, new double[] {Kernels.median(c.d("x"))});
            case "moments" -> () -> {
                double[] x = c.d("x");
                int ddof = (int) c.one("ddof");
                assertUlps(c.one("want_mean"), Kernels.mean(x), MOMENT_ULPS, "mean");
                assertUlps(c.one("want_var"), Kernels.var(x, ddof), MOMENT_ULPS, "var");
                assertUlps(c.one("want_std"), Kernels.std(x, ddof), MOMENT_ULPS, "std");
            };
            case "cumsum" -> () -> {
                double[] x = c.d("x");
                double[] out = new double[x.length];
                Kernels.cumsum(x, out);
                assertBits(c.d("want"), out);
            };
            case "sort" -> () -> {
                double[] x = c.d("x");
                Kernels.sort(x);
                assertSameValuesZeroSignFree(c.d("want"), x);
                assertZerosNegativeFirst(x);
            };
            case "sort_f32" -> () -> {
                float[] x = c.f("x");
                Kernels.sort(x);
                double[] got = new double[x.length];
                for (int i = 0; i < x.length; i++) {
                    got[i] = x[i];
                }
                assertSameValuesZeroSignFree(c.d("want"), got);
                assertZerosNegativeFirst(got);
            };
            case "histogram_range" -> () -> assertHistogram(c,
                    Kernels.histogram(c.d("x"), (int) c.one("bins"), c.one("lo"), c.one("hi")));
            case "histogram_range_f32" -> () -> assertHistogram(c,
                    Kernels.histogram(c.f("x"), (int) c.one("bins"), c.one("lo"), c.one("hi")));
            case "histogram_auto" -> () -> assertHistogram(c, Kernels.histogram(c.d("x"), (int) c.one("bins")));
            case "histogram_auto_f32" -> () -> assertHistogram(c, Kernels.histogram(c.f("x"), (int) c.one("bins")));
            case "histogram_edges" -> () -> assertArrayEquals(c.l("want_counts"), Kernels.histogram(c.d("x"), c.d("edges")));
            case "unique" -> () -> {
                Unique u = Kernels.unique(c.d("x"));
                assertSameValuesZeroSignFree(c.d("want_values"), u.values());
                assertArrayEquals(c.l("want_counts"), u.counts());
            };
            case "unique_f32" -> () -> {
                Unique u = Kernels.unique(c.f("x"));
                assertSameValuesZeroSignFree(c.d("want_values"), u.values());
                assertArrayEquals(c.l("want_counts"), u.counts());
            };
            case "unique_i32" -> () -> {
                long[] want = c.l("x");
                int[] x = new int[want.length];
                for (int i = 0; i < x.length; i++) {
                    x[i] = Math.toIntExact(want[i]);
                }
                UniqueLongs u = Kernels.unique(x);
                assertArrayEquals(c.l("want_values"), u.values());
                assertArrayEquals(c.l("want_counts"), u.counts());
            };
            case "binrule" -> () -> assertBinRule(c, DoubleArray.wrap(c.d("x")), false);
            case "binrule_range" -> () -> assertBinRule(c, DoubleArray.wrap(c.d("x")), true);
            case "binrule_i64" -> () -> assertBinRule(c, LongArray.wrap(java.util.Arrays.stream(c.d("x")).mapToLong(v -> (long) v).toArray()), false);
            case "cov", "corrcoef" -> () -> assertCov(c);
            case "nanvar" -> () -> {
                double[] x = c.d("x");
                int ddof = (int) c.one("ddof");
                assertUlps(c.one("want_var"), Kernels.nanvar(x, ddof), MOMENT_ULPS, "nanvar");
                assertUlps(c.one("want_std"), Kernels.nanstd(x, ddof), MOMENT_ULPS, "nanstd");
            };
            case "average" -> () -> assertUlps(c.one("want"), Kernels.average(c.d("x"), c.d("w")), MOMENT_ULPS, "average");
            case "histogram_w" -> () -> assertDoubleHistogram(c, Kernels.histogram(c.d("x"), (int) c.one("bins"),
                    c.one("lo"), c.one("hi"), weightsOf(c), c.one("density") != 0));
            case "histogram_w_auto" -> () -> assertDoubleHistogram(c, Kernels.histogram(c.d("x"), (int) c.one("bins"),
                    weightsOf(c), c.one("density") != 0));
            case "histogram_w_f32" -> () -> assertDoubleHistogram(c, Kernels.histogram(c.f("x"), (int) c.one("bins"),
                    c.one("lo"), c.one("hi"), weightsOf(c), c.one("density") != 0));
            case "histogram_w_f32_auto" -> () -> assertDoubleHistogram(c, Kernels.histogram(c.f("x"),
                    (int) c.one("bins"), weightsOf(c), c.one("density") != 0));
            case "histogram_w_gen" -> () -> {
                // x and the weights by make_golden.py's formula, each element one IEEE operation
                int n = (int) c.one("n");
                double[] x = new double[n];
                double[] w = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = (double) ((i * 7919L) % 10007) / 1000.0 - 5.0;
                    w[i] = 1.0 / (1 + (i % 97));
                }
                assertDoubleHistogram(c, Kernels.histogram(x, (int) c.one("bins"), c.one("lo"), c.one("hi"), w,
                        c.one("density") != 0));
            };
            case "bincount_w" -> () -> assertBits(c.d("want"),
                    Kernels.bincount(c.l("x"), c.d("w"), (int) c.one("minlength")));
            case "int_reduce" -> () -> {
                long[] x = c.l("x");
                assertEquals(c.l("want_sum")[0], Kernels.sum(x), "sum");
                assertEquals(c.l("want_prod")[0], Kernels.prod(x), "prod");
                // the exact sum rounded, then divided: within an ulp of the exact mean; NumPy's float64
                // pairwise sum of large values may be further off
                assertUlps(c.one("want_mean_exact"), Kernels.mean(x), 1, "mean against the exact mean");
                assertUlps(c.one("want_mean"), Kernels.mean(x), 64, "mean against NumPy's");
                assertEquals(c.l("want_min")[0], Kernels.min(x), "min");
                assertEquals(c.l("want_max")[0], Kernels.max(x), "max");
                assertEquals(c.l("want_argmin")[0], Kernels.argmin(x), "argmin");
                assertEquals(c.l("want_argmax")[0], Kernels.argmax(x), "argmax");
            };
            // ---- mask family: bytes and bits exactly as NumPy's
            case "mask_cmp" -> () -> assertComparisons(c, "want_", DoubleArray.wrap(c.d("x")), DoubleArray.wrap(c.d("y")));
            case "mask_cmp_f32" -> () -> assertComparisons(c, "want_", FloatArray.wrap(c.f("x")), FloatArray.wrap(c.f("y")));
            case "mask_cmp_scalar" -> () -> {
                double s = c.one("s");
                double[] x = c.d("x");
                float[] xf = new float[x.length];
                for (int i = 0; i < x.length; i++) {
                    xf[i] = (float) x[i];
                }
                assertMask(c.l("want_lt"), Kernels.less(x, s), "lt");
                assertMask(c.l("want_le"), Kernels.lessEqual(x, s), "le");
                assertMask(c.l("want_eq"), Kernels.equal(x, s), "eq");
                assertMask(c.l("want_ne"), Kernels.notEqual(x, s), "ne");
                assertMask(c.l("want_gt"), Kernels.greater(DoubleArray.wrap(x), s), "gt");
                assertMask(c.l("want_ge"), Kernels.greaterEqual(DoubleArray.wrap(x), s), "ge");
                FloatArray f = FloatArray.wrap(xf);
                assertMask(c.l("want32_lt"), Kernels.less(f, s), "f32 lt");
                assertMask(c.l("want32_le"), Kernels.lessEqual(f, s), "f32 le");
                assertMask(c.l("want32_eq"), Kernels.equal(f, s), "f32 eq");
                assertMask(c.l("want32_ne"), Kernels.notEqual(f, s), "f32 ne");
                assertMask(c.l("want32_gt"), Kernels.greater(f, s), "f32 gt");
                assertMask(c.l("want32_ge"), Kernels.greaterEqual(xf, (float) s), "f32 ge");
            };
            case "mask_where" -> () -> {
                long[] ml = c.l("m");
                boolean[] mb = new boolean[ml.length];
                for (int i = 0; i < ml.length; i++) {
                    mb[i] = ml[i] != 0;
                }
                BoolArray m = BoolArray.of(mb);
                double[] x = c.d("x");
                double[] y = c.d("y");
                assertBits(c.d("want"), Kernels.where(m, x, y));
                assertBits(c.d("want_xs"), Kernels.where(m, x, -0.0));
                assertBits(c.d("want_sy"), Kernels.where(m, 2.5, y));
                double[] out = new double[x.length];
                Kernels.where(m, 1.0, Double.NaN, out);
                assertBits(c.d("want_ss"), out);
            };
            case "mask_predicates" -> () -> {
                double[] x = c.d("x");
                assertMask(c.l("want_isnan"), Kernels.isnan(x), "isnan");
                assertMask(c.l("want_isinf"), Kernels.isinf(x), "isinf");
                assertMask(c.l("want_isfinite"), Kernels.isfinite(x), "isfinite");
                assertBits(c.d("want_nan_to_num"), Kernels.nanToNum(x));
                assertBits(c.d("want_nan_to_num_args"), nanToNumArgs(x));
                float[] xf = new float[x.length];
                for (int i = 0; i < x.length; i++) {
                    xf[i] = (float) x[i];
                }
                float[] nf = Kernels.nanToNum(xf);
                double[] nd = new double[nf.length];
                for (int i = 0; i < nf.length; i++) {
                    nd[i] = nf[i];
                }
                assertBits(c.d("want_nan_to_num_f32"), nd);
                assertEquals(c.l("want_count")[0], Kernels.countNonzero(x), "count_nonzero");
                assertEquals(c.l("want_any")[0] != 0, Kernels.any(x), "any");
                assertEquals(c.l("want_all")[0] != 0, Kernels.all(x), "all");
                boolean exact = true; // float32 holds every value (not so for 1e308 or 5e-324)
                for (int i = 0; i < x.length; i++) {
                    exact &= Double.isNaN(x[i]) || (double) xf[i] == x[i];
                }
                if (exact) {
                    assertMask(c.l("want_isnan"), Kernels.isnan(FloatArray.wrap(xf)), "isnan f32");
                    assertMask(c.l("want_isfinite"), Kernels.isfinite(xf), "isfinite f32");
                    assertEquals(c.l("want_count")[0], Kernels.countNonzero(xf), "count_nonzero f32");
                    assertEquals(c.l("want_any")[0] != 0, Kernels.any(xf), "any f32");
                    assertEquals(c.l("want_all")[0] != 0, Kernels.all(xf), "all f32");
                }
                BoolArray nonzero = Kernels.notEqual(x, 0.0);
                assertEquals(c.l("want_count")[0], Kernels.countNonzero(nonzero), "count_nonzero of the mask x != 0");
                assertEquals(c.l("want_any")[0] != 0, Kernels.any(nonzero), "any of the mask");
                assertEquals(c.l("want_all")[0] != 0, Kernels.all(nonzero), "all of the mask");
            };
            case "mask_int" -> () -> {
                long[] x = c.l("x");
                long[] y = c.l("y");
                int[] xi = new int[x.length];
                boolean fitsInt = true;
                for (int i = 0; i < x.length; i++) {
                    xi[i] = (int) x[i];
                    fitsInt &= xi[i] == x[i];
                }
                assertComparisons(c, "want_", LongArray.wrap(x), LongArray.wrap(y));
                assertEquals(c.l("want_count")[0], Kernels.countNonzero(x), "count_nonzero");
                assertEquals(c.l("want_any")[0] != 0, Kernels.any(x), "any");
                assertEquals(c.l("want_all")[0] != 0, Kernels.all(x), "all");
                for (double s : new double[] {2.5, -0.5, 3.0}) {
                    String k = "_s" + String.valueOf(s).replace(".", "p").replace("-", "m");
                    if (s == 3.0) {
                        k = "_s3p0";
                    }
                    assertMask(c.l("want_lt" + k), Kernels.less(LongArray.wrap(x), s), "lt " + s);
                    assertMask(c.l("want_le" + k), Kernels.lessEqual(LongArray.wrap(x), s), "le " + s);
                    assertMask(c.l("want_eq" + k), Kernels.equal(LongArray.wrap(x), s), "eq " + s);
                    assertMask(c.l("want_ne" + k), Kernels.notEqual(LongArray.wrap(x), s), "ne " + s);
                    assertMask(c.l("want_gt" + k), Kernels.greater(LongArray.wrap(x), s), "gt " + s);
                    assertMask(c.l("want_ge" + k), Kernels.greaterEqual(LongArray.wrap(x), s), "ge " + s);
                    if (fitsInt) {
                        assertMask(c.l("want_lt" + k), Kernels.less(IntArray.wrap(xi), s), "int32 lt " + s);
                        assertMask(c.l("want_ge" + k), Kernels.greaterEqual(IntArray.wrap(xi), s), "int32 ge " + s);
                    }
                }
            };
            default -> () -> fail("no check for op " + c.op() + ": add one to GoldenTest.call");
        };
    }

    /**
     * NumPy's bits, except the sign of a zero result when x holds both -0.0 and +0.0: NumPy's
     * partition leaves the order of equal zeros unspecified, so which zero it picks is an accident
     * of that order (kernels4j sorts -0.0 first and returns it).
     */
    static void assertQuantileBits(Case c, double[] got) {
        double[] want = c.d("want");
        boolean neg = false;
        boolean pos = false;
        for (double v : c.d("x")) {
            neg |= v == 0 && Double.doubleToRawLongBits(v) != 0;
            pos |= Double.doubleToRawLongBits(v) == 0;
        }
        if (neg && pos) {
            assertEquals(want.length, got.length, "length");
            for (int i = 0; i < want.length; i++) {
                if (want[i] == 0 && got[i] == 0) {
                    got[i] = want[i];
                }
            }
        }
        assertBits(want, got);
    }

    /** The rule's histogram: NumPy's bin count, edges and counts (through the public API). */
    static void assertBinRule(Case c, NumericArray x, boolean range) {
        BinRule rule = BinRule.valueOf(c.raw("rule")[0].toUpperCase(Locale.ROOT));
        Histogram h = range ? Kernels.histogram(x, rule, c.one("lo"), c.one("hi")) : Kernels.histogram(x, rule);
        assertEquals((int) c.one("want_bins"), h.counts().length, "bins");
        assertHistogram(c, h);
    }

    /**
     * cov and corrcoef within a tolerance: GEMM sums in another order than NumPy's BLAS, so an
     * entry may differ by a few rounding errors of the products it sums, relative to
     * sqrt(c_ii c_jj) (for corrcoef, whose diagonal is 1, absolutely).
     */
    static void assertCov(Case c) {
        int rows = (int) c.one("rows");
        int cols = (int) c.one("cols");
        boolean rowvar = c.one("rowvar") != 0;
        DoubleMatrix m = DoubleMatrix.wrap(c.d("x"), rows, cols);
        int v = rowvar ? rows : cols;
        boolean corr = c.op().equals("corrcoef");
        double[] got = (corr ? Kernels.corrcoef(m, rowvar) : Kernels.cov(m, rowvar, (int) c.one("ddof"))).toArray();
        double[] want = c.d("want");
        assertEquals(want.length, got.length, "entries");
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < v; j++) {
                double w = want[i * v + j];
                double scale = corr ? 1 : Math.sqrt(Math.abs(want[i * v + i] * want[j * v + j]));
                assertEquals(w, got[i * v + j], 1e-13 * scale, "entry " + i + "," + j);
                assertEquals(got[i * v + j], got[j * v + i], corr ? 1e-15 : 0, "symmetry " + i + "," + j);
            }
        }
    }

    static void assertHistogram(Case c, Histogram h) {
        assertArrayEquals(c.l("want_counts"), h.counts(), "counts");
        assertBits(c.d("want_edges"), h.edges());
    }

    static double[] weightsOf(Case c) {
        String[] w = c.raw("w");
        return w.length == 1 && w[0].equals("none") ? null : c.d("w");
    }

    static void assertDoubleHistogram(Case c, DoubleHistogram h) {
        assertBits(c.d("want_counts"), h.counts());
        assertBits(c.d("want_edges"), h.edges());
    }

    static void assertBits(double[] want, double[] got) {
        assertEquals(want.length, got.length, "length");
        for (int i = 0; i < want.length; i++) {
            if (Double.doubleToLongBits(want[i]) != Double.doubleToLongBits(got[i])) {
                fail("element " + i + ": NumPy " + want[i] + " (" + Double.toHexString(want[i]) + "), kernels4j " + got[i]
                        + " (" + Double.toHexString(got[i]) + ")");
            }
        }
    }

    /** Equal values, NaN equal to NaN and -0.0 equal to +0.0 (NumPy leaves a zero's sign or order unspecified here). */
    static void assertSameValuesZeroSignFree(double[] want, double[] got) {
        assertEquals(want.length, got.length, "length");
        for (int i = 0; i < want.length; i++) {
            boolean same = want[i] == got[i] || (Double.isNaN(want[i]) && Double.isNaN(got[i]));
            if (!same) {
                fail("element " + i + ": NumPy " + want[i] + ", kernels4j " + got[i]);
            }
        }
    }

    /** The library's own promise beyond NumPy's: among equal zeros, -0.0 sorts before +0.0. */
    static void assertZerosNegativeFirst(double[] sorted) {
        boolean seenPositiveZero = false;
        for (double v : sorted) {
            if (v == 0) {
                boolean negative = Double.doubleToRawLongBits(v) != 0;
                assertTrue(!negative || !seenPositiveZero, "-0.0 after +0.0");
                seenPositiveZero |= !negative;
            }
        }
    }

    static void assertUlps(double want, double got, long ulps, String what) {
        if (Double.isNaN(want) || Double.isInfinite(want) || want == 0) {
            assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got), what + ": NumPy " + want + ", kernels4j " + got);
            return;
        }
        long d = Math.abs(ordered(want) - ordered(got));
        assertTrue(d <= ulps, what + ": NumPy " + want + ", kernels4j " + got + " differ by " + d + " ulps (at most " + ulps + ")");
    }

    /** Maps doubles to longs whose order and differences count ulps across zero. */
    private static long ordered(double v) {
        long b = Double.doubleToRawLongBits(v);
        return b < 0 ? Long.MIN_VALUE - b : b;
    }

    @Test
    void ulpDistanceCountsAcrossZero() {
        assertEquals(1, ordered(Math.nextUp(1.0)) - ordered(1.0));
        assertEquals(2, ordered(Double.MIN_VALUE) - ordered(-Double.MIN_VALUE));
        assertEquals(0, ordered(0.0) - ordered(-0.0));
    }
}
