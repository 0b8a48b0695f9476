package org.kernels4j.planner;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.LongFunction;
import org.kernels4j.backend.Selection;
import org.kernels4j.DType;
import org.kernels4j.QuantileMethod;

/**
 * Quantiles and medians from one selection: which ranks to select once the NaN count is known,
 * and NumPy's arithmetic on the selected elements. Shared by {@link Kernels} and the pool forms
 * ({@link ComputePool#quantile}), so both give the same bits.
 */
public final class QuantileMath {
    private QuantileMath() {
    }

    /** qs checked against [0, scale] (scale 1 or 100) and divided by it (NumPy: true_divide(q, 100)). */
    public static double[] checkedQ(double[] qs, double scale, String what) {
        Objects.requireNonNull(qs, what);
        double[] q = new double[qs.length];
        for (int i = 0; i < qs.length; i++) {
            Quantiles.checkQ(qs[i], scale, what);
            q[i] = scale == 1 ? qs[i] : qs[i] / 100;
        }
        return q;
    }

    /** No selection when the result is NaN regardless: NaN present and not skipped, or nothing valid. */
    private static boolean allNaN(long n, long nan, boolean skipNaN) {
        return (nan > 0 && !skipNaN) || n - nan == 0;
    }

    /** The ranks the quantiles qs of n values need, given the NaN count (which sort last). */
    public static LongFunction<long[]> quantileRanks(long n, double[] qs, QuantileMethod m, boolean skipNaN) {
        return nan -> {
            if (allNaN(n, nan, skipNaN) || qs.length == 0) {
                return null;
            }
            Quantiles.Plan[] plans = new Quantiles.Plan[qs.length];
            for (int i = 0; i < qs.length; i++) {
                plans[i] = Quantiles.plan(n - nan, qs[i], m);
            }
            return Quantiles.ranks(plans);
        };
    }

    /**
     * NumPy's quantiles from the selection. scalarQ: float32 input interpolates in float32, as
     * NumPy does for a Python scalar q; an array of q interpolates in float64.
     */
    public static double[] quantiles(DType t, long n, Selection s, double[] qs, QuantileMethod m, boolean skipNaN,
                              boolean scalarQ) {
        double[] out = new double[qs.length];
        if (allNaN(n, s.nan(), skipNaN) || s.values() == null) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        long valid = n - s.nan();
        long[] ks = s.ranks();
        double[] v = s.values();
        for (int i = 0; i < qs.length; i++) {
            Quantiles.Plan p = Quantiles.plan(valid, qs[i], m);
            double a = v[Arrays.binarySearch(ks, p.lo())];
            double b = v[Arrays.binarySearch(ks, p.hi())];
            if (!p.interpolate()) {
                out[i] = a;
            } else if (t == DType.F32 && scalarQ) {
                out[i] = Quantiles.lerpF32((float) a, (float) b, p.gamma());
            } else if (t == DType.F32) {
                out[i] = Quantiles.lerpF32Wide((float) a, (float) b, p.gamma());
            } else {
                out[i] = Quantiles.lerp(a, b, p.gamma());
            }
        }
        return out;
    }

    /** The ranks of the median: the middle one or the middle two of the valid values. */
    public static LongFunction<long[]> medianRanks(long n, boolean skipNaN) {
        return nan -> {
            if (allNaN(n, nan, skipNaN)) {
                return null;
            }
            long m = n - nan;
            return m % 2 == 1 ? new long[] {(m - 1) / 2} : new long[] {m / 2 - 1, m / 2};
        };
    }

    /**
     * NumPy's median formula: the middle element, or the mean of the two middle ones ((a + b) / 2,
     * in float32 for float input as NumPy's mean does); NaN as {@link #quantiles}.
     */
    public static double median(DType t, long n, Selection s, boolean skipNaN) {
        if (allNaN(n, s.nan(), skipNaN) || s.values() == null) {
            return Double.NaN;
        }
        double[] v = s.values();
        if (v.length == 1) {
            return v[0];
        }
        if (t == DType.F32) {
            return ((float) v[0] + (float) v[1]) / 2f;
        }
        return (v[0] + v[1]) / 2;
    }

    /** kth of partition checked against n: negative counts from the end; ascending. */
    public static long[] checkedRanks(long[] kth, long n) {
        Objects.requireNonNull(kth, "kth");
        long[] ks = kth.clone();
        for (int j = 0; j < ks.length; j++) {
            long k = ks[j] < 0 ? ks[j] + n : ks[j]; // NumPy: negative kth counts from the end
            if (k < 0 || k >= n) {
                throw new IndexOutOfBoundsException("kth " + kth[j] + " is out of bounds for length " + n);
            }
            ks[j] = k;
        }
        java.util.Arrays.sort(ks);
        return ks;
    }
}
