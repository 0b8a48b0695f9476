package org.kernels4j.planner;

import java.util.Arrays;
import org.kernels4j.QuantileMethod;

/**
 * NumPy's quantile arithmetic (numpy/lib/_function_base_impl.py, 2.4): which order
 * statistics a quantile needs, and how they are combined, reproduced operation for
 * operation so that results match NumPy's bits.
 *
 * <p>Index arithmetic is in {@code long} (never {@code int}); the virtual index (n-1)q is a
 * double as in NumPy, and its floor and ceiling are clamped to [0, n-1] before conversion,
 * so no length overflows (see QuantileIndexTest, which checks lengths near 2^62 without
 * allocating them).
 */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * What one quantile needs: the ranks of its two order statistics, the interpolation
     * weight, and whether to interpolate at all (the integer-index methods take v[lo]).
     */
    public record Plan(long lo, long hi, double gamma, boolean interpolate) {
    }

    public static void checkQ(double q, double scale, String what) {
        if (!(q >= 0 && q <= scale)) {
            throw new IllegalArgumentException(what + " must be in [0, " + (scale == 1 ? "1" : "100") + "], got " + q);
        }
    }

    private static long clampIndex(double v, long n) {
        if (v <= 0) {
            return 0;
        }
        if (v >= n - 1) {
            return n - 1;
        }
        return (long) v;
    }

    /** The plan of quantile q (in [0, 1]) of n >= 1 values. */
    public static Plan plan(long n, double q, QuantileMethod m) {
        double v = (double) (n - 1) * q;
        double nd = n; // NumPy: the Python int n times a float64 q
        switch (m) {
            case LOWER:
                return take(clampIndex(Math.floor(v), n));
            case HIGHER:
                return take(clampIndex(Math.ceil(v), n));
            case NEAREST:
                return take(clampIndex(Math.rint(v), n));
            case INVERTED_CDF:
                return take(discrete(nd * q - 1, false, n));
            case CLOSEST_OBSERVATION:
                return take(discrete(nd * q - 1 - 0.5, true, n));
            case MIDPOINT: {
                double virt = 0.5 * (Math.floor(v) + Math.ceil(v));
                long[] idx = neighbours(virt, n);
                double gamma = virt % 1 == 0 ? 0.0 : 0.5;
                return new Plan(idx[0], idx[1], gamma, true);
            }
            case AVERAGED_INVERTED_CDF: {
                double virt = nd * q - 1;
                double gamma = virt - previous(virt, n);
                return continuous(virt, n, gamma == 0 ? 0.5 : 1.0);
            }
            case INTERPOLATED_INVERTED_CDF:
                return continuous(virtualIndex(nd, q, 0, 1), n);
            case HAZEN:
                return continuous(virtualIndex(nd, q, 0.5, 0.5), n);
            case WEIBULL:
                return continuous(virtualIndex(nd, q, 0, 0), n);
            case MEDIAN_UNBIASED:
                return continuous(virtualIndex(nd, q, 1 / 3.0, 1 / 3.0), n);
            case NORMAL_UNBIASED:
                return continuous(virtualIndex(nd, q, 3 / 8.0, 3 / 8.0), n);
            case LINEAR:
            default:
                return continuous(v, n);
        }
    }

    private static Plan take(long k) {
        return new Plan(k, k, 0, false);
    }

    /** numpy _compute_virtual_index, operation for operation: n q + (alpha + q (1 - alpha - beta)) - 1. */
    private static double virtualIndex(double n, double q, double alpha, double beta) {
        return n * q + (alpha + q * (1 - alpha - beta)) - 1;
    }

    /**
     * numpy _discrete_interpolation_to_boundaries: floor(j) when the fraction of j is 0 (and,
     * for closest_observation, floor(j) is odd), else floor(j) + 1; clipped to [0, n - 1]
     * (NumPy clips below only; above cannot happen for q <= 1, the clamp is a guard).
     */
    private static long discrete(double j, boolean oddOnly, long n) {
        double prev = Math.floor(j);
        boolean takePrev = j - prev == 0;
        if (oddOnly) {
            double r = prev % 2; // Python's float modulo takes the divisor's sign
            takePrev &= (r < 0 ? r + 2 : r) == 1;
        }
        return clampIndex(takePrev ? prev : prev + 1, n);
    }

    /**
     * The previous index NumPy's _get_indexes leaves, as a double: -1 (the last element) at or
     * past the end, 0 below the start, else floor(v). The weight is v minus this, before any
     * method's fix (it matters for infinities and signed zeros).
     */
    private static double previous(double v, long n) {
        if (v >= n - 1) {
            return -1;
        }
        if (v < 0) {
            return 0;
        }
        return Math.floor(v);
    }

    /** A continuous method with NumPy's weight v - previous. */
    private static Plan continuous(double v, long n) {
        return continuous(v, n, v - previous(v, n));
    }

    private static Plan continuous(double v, long n, double gamma) {
        long[] idx = neighbours(v, n);
        return new Plan(idx[0], idx[1], gamma, true);
    }

    /** numpy _get_indexes: floor and floor + 1, both n-1 when v >= n-1, both 0 when v < 0. */
    private static long[] neighbours(double v, long n) {
        if (v >= n - 1) {
            return new long[] {n - 1, n - 1};
        }
        if (v < 0) {
            return new long[] {0, 0};
        }
        long lo = (long) Math.floor(v);
        return new long[] {lo, Math.min(lo + 1, n - 1)};
    }

    /** The distinct ranks all plans need, ascending. */
    public static long[] ranks(Plan[] plans) {
        long[] r = new long[plans.length * 2];
        for (int i = 0; i < plans.length; i++) {
            r[2 * i] = plans[i].lo();
            r[2 * i + 1] = plans[i].hi();
        }
        return Arrays.stream(r).sorted().distinct().toArray();
    }

    /** numpy _lerp in double: a + (b-a) t, or b - (b-a)(1-t) when t >= 0.5. */
    public static double lerp(double a, double b, double t) {
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }

    /** _lerp in float32 arithmetic (float input, a scalar q: NumPy's weak scalar promotion). */
    public static double lerpF32(float a, float b, double t) {
        float diff = b - a;
        return t >= 0.5 ? b - diff * (float) (1 - t) : a + diff * (float) t;
    }

    /** _lerp of float32 order statistics with a float64 weight array: b - a in float32, the rest in float64. */
    public static double lerpF32Wide(float a, float b, double t) {
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }
}
