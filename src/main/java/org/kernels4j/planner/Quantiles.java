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
        switch (m) {
            case LOWER:
                return new Plan(clampIndex(Math.floor(v), n), clampIndex(Math.floor(v), n), 0, false);
            case HIGHER:
                return new Plan(clampIndex(Math.ceil(v), n), clampIndex(Math.ceil(v), n), 0, false);
            case NEAREST:
                return new Plan(clampIndex(Math.rint(v), n), clampIndex(Math.rint(v), n), 0, false);
            case MIDPOINT: {
                double virt = 0.5 * (Math.floor(v) + Math.ceil(v));
                long[] idx = neighbours(virt, n);
                double gamma = virt % 1 == 0 ? 0.0 : 0.5;
                return new Plan(idx[0], idx[1], gamma, true);
            }
            default: {
                long[] idx = neighbours(v, n);
                // NumPy takes gamma = virtual - previous index AFTER clamping, where an index past
                // the end is -1: keep that (it matters for infinities and signed zeros).
                double prev = v >= n - 1 ? -1 : Math.floor(v);
                return new Plan(idx[0], idx[1], v - prev, true);
            }
        }
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
