package org.kernels4j.planner;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Objects;
import org.kernels4j.DType;
import org.kernels4j.QuantileMethod;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.Selection;

/**
 * The number of equal-width bins a bin rule chooses: numpy.histogram_bin_edges with a
 * string {@code bins} (numpy/lib/_histograms_impl.py, 2.4), its selectors repeated in float64.
 * The histogram itself is then the ordinary uniform one over the same range, so its edges and
 * counts are NumPy's once the bin count agrees.
 */
public final class BinRules {
    /** The most bins a rule may choose; more throws (NumPy would try to allocate them). */
    public static final int MAX_BINS = 1 << 24;

    private static final double[] IQR_Q = {0.75, 0.25};

    /**
     * The rules, as the public {@code org.kernels4j.BinRule} names them (the facade maps one to
     * the other by name, so this layer does not depend on the API's types).
     */
    public enum Rule { AUTO, FD, STURGES, SQRT, SCOTT, RICE, DOANE }

    private BinRules() {
    }

    /**
     * Bins for x over the range of its data (min to max, widened by 0.5 each side when they are
     * equal; one bin when x is empty).
     *
     * @throws IllegalArgumentException if x holds NaN or an infinity (the range is not finite),
     *     or the rule asks for more than {@link #MAX_BINS} bins
     */
    public static int bins(Backend b, DType t, MemorySegment x, long n, Rule rule) {
        Objects.requireNonNull(rule, "rule");
        if (n == 0) {
            return 1;
        }
        double span = dataSpan(b, t, x, n);
        return count(rule, span, width(b, t, x, n, rule));
    }

    /**
     * Bins for x over [lo, hi] (widened by 0.5 each side when lo == hi): the rule sees only the
     * values inside the range, as NumPy's does.
     *
     * @throws IllegalArgumentException if lo or hi is not finite, lo &gt; hi, or the rule asks for
     *     more than {@link #MAX_BINS} bins
     */
    public static int bins(Backend b, DType t, MemorySegment x, long n, Rule rule, double lo, double hi) {
        Objects.requireNonNull(rule, "rule");
        if (!(Double.isFinite(lo) && Double.isFinite(hi))) {
            throw new IllegalArgumentException("range [" + lo + ", " + hi + "] is not finite");
        }
        if (lo > hi) {
            throw new IllegalArgumentException("range max must be larger than min: [" + lo + ", " + hi + "]");
        }
        if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        double span = hi - lo;
        if (!Double.isFinite(span)) {
            throw new IllegalArgumentException("range [" + lo + ", " + hi + "] is wider than a double holds");
        }
        long es = t.byteSize();
        try (Arena arena = Arena.ofConfined()) {
            long kept = 0;
            MemorySegment in = null;
            for (long i = 0; i < n; i++) {
                double v = get(t, x, i);
                if (v >= lo && v <= hi) {
                    if (in == null) {
                        in = arena.allocate(Math.max(es, (n - i) * es), 64);
                    }
                    MemorySegment.copy(x, i * es, in, kept * es, es);
                    kept++;
                }
            }
            if (kept == 0) {
                return 1;
            }
            return count(rule, span, width(b, t, in, kept, rule));
        }
    }

    /** numpy: ceil(span / width) bins, or one when the width is 0. */
    private static int count(Rule rule, double span, double width) {
        if (width == 0 || Double.isNaN(width)) {
            return 1;
        }
        double bins = Math.ceil(span / width);
        if (!(bins <= MAX_BINS)) {
            throw new IllegalArgumentException("bin rule " + rule.name().toLowerCase(java.util.Locale.ROOT)
                    + " asks for " + bins + " bins (width " + width + " over a range of " + span
                    + "), more than " + MAX_BINS + "; give a bin count or a narrower range");
        }
        return Math.max(1, (int) bins);
    }

    /** max - min of the data as NumPy's _get_outer_edges and _unsigned_subtract see it. */
    private static double dataSpan(Backend b, DType t, MemorySegment x, long n) {
        switch (t) {
            case F64: {
                double lo = b.min(t, x, n);
                double hi = b.max(t, x, n);
                finite(lo, hi);
                return lo == hi ? 1.0 : hi - lo;
            }
            case F32: {
                float lo = (float) b.min(t, x, n);
                float hi = (float) b.max(t, x, n);
                finite(lo, hi);
                if (lo == hi) {
                    return (hi + 0.5f) - (lo - 0.5f);
                }
                return hi - lo; // float32 subtraction, as NumPy's
            }
            case I32:
            case I64: {
                long[] mm = b.intRange(t, x, n);
                if (mm[0] == mm[1]) {
                    return ((double) mm[1] + 0.5) - ((double) mm[0] - 0.5);
                }
                return HistBinning.unsignedToDouble(mm[1] - mm[0]);
            }
            default:
                throw new IllegalArgumentException("bin rules take F64, F32, I32 or I64 arrays, got " + t);
        }
    }

    private static void finite(double lo, double hi) {
        if (!(Double.isFinite(lo) && Double.isFinite(hi))) {
            throw new IllegalArgumentException("autodetected range of [" + lo + ", " + hi + "] is not finite");
        }
    }

    /** The rule's bin width for the n values of x (all finite); integer widths below 1 become 1. */
    static double width(Backend b, DType t, MemorySegment x, long n, Rule rule) {
        double w = switch (rule) {
            case SQRT -> ptp(b, t, x, n) / Math.sqrt(n);
            case STURGES -> sturges(b, t, x, n);
            case RICE -> ptp(b, t, x, n) / (2.0 * Math.pow(n, 1.0 / 3));
            case SCOTT -> Math.pow(24.0 * Math.pow(Math.PI, 0.5) / n, 1.0 / 3.0) * std(b, t, x, n);
            case FD -> fd(b, t, x, n);
            case AUTO -> {
                // NumPy 2: FD relaxed to at least half the sqrt width, then the smaller of that and Sturges
                double fd = fd(b, t, x, n);
                double st = sturges(b, t, x, n);
                double sq = ptp(b, t, x, n) / Math.sqrt(n);
                double fdRelaxed = sq / 2 > fd ? sq / 2 : fd;
                yield st < fdRelaxed ? st : fdRelaxed;
            }
            case DOANE -> doane(b, t, x, n);
        };
        if ((t == DType.I32 || t == DType.I64) && w != 0 && w < 1) {
            return 1;
        }
        return w;
    }

    private static double sturges(Backend b, DType t, MemorySegment x, long n) {
        return ptp(b, t, x, n) / (log2(n) + 1.0);
    }

    private static double fd(Backend b, DType t, MemorySegment x, long n) {
        Selection s = b.selectRanks(t, x, n, QuantileMath.quantileRanks(n, IQR_Q, QuantileMethod.LINEAR, false));
        double[] p = QuantileMath.quantiles(t, n, s, IQR_Q, QuantileMethod.LINEAR, false, false);
        double iqr = p[0] - p[1];
        return 2.0 * iqr * Math.pow(n, -1.0 / 3.0);
    }

    private static double doane(Backend b, DType t, MemorySegment x, long n) {
        if (n <= 2) {
            return 0.0;
        }
        double sg1 = Math.sqrt(6.0 * (n - 2) / ((n + 1.0) * (n + 3)));
        double mean = mean(b, t, x, n);
        double sigma = std(b, t, x, n);
        if (!(sigma > 0.0)) {
            return 0.0;
        }
        double acc = 0;
        for (long i = 0; i < n; i++) {
            double z = (get(t, x, i) - mean) / sigma;
            acc += z * z * z;
        }
        double g1 = acc / n;
        return ptp(b, t, x, n) / (1.0 + log2(n) + log2(1.0 + Math.abs(g1) / sg1));
    }

    /** log2 exact for powers of two (as C's log2), else within an ulp or two of it. */
    static double log2(double v) {
        int e = Math.getExponent(v);
        double m = v / Math.scalb(1.0, e); // [1, 2)
        return m == 1.0 ? e : e + Math.log(m) / Math.log(2.0);
    }

    private static double ptp(Backend b, DType t, MemorySegment x, long n) {
        switch (t) {
            case F64:
                return b.max(t, x, n) - b.min(t, x, n);
            case F32:
                return (float) b.max(t, x, n) - (float) b.min(t, x, n);
            default: {
                long[] mm = b.intRange(t, x, n);
                return HistBinning.unsignedToDouble(mm[1] - mm[0]);
            }
        }
    }

    private static double mean(Backend b, DType t, MemorySegment x, long n) {
        if (t == DType.F64 || t == DType.F32) {
            return b.sum(t, x, n) / n;
        }
        double s = 0;
        for (long i = 0; i < n; i++) {
            s += get(t, x, i);
        }
        return s / n;
    }

    /** np.std(x) (ddof 0). */
    private static double std(Backend b, DType t, MemorySegment x, long n) {
        double mean = mean(b, t, x, n);
        if (t == DType.F64 || t == DType.F32) {
            return Math.sqrt(b.sqdev(t, x, n, mean) / n);
        }
        double s = 0;
        for (long i = 0; i < n; i++) {
            double d = get(t, x, i) - mean;
            s += d * d;
        }
        return Math.sqrt(s / n);
    }

    private static double get(DType t, MemorySegment x, long i) {
        return switch (t) {
            case F64 -> x.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, i);
            case F32 -> x.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, i);
            case I32 -> x.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, i);
            case I64 -> x.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, i);
            default -> throw new IllegalArgumentException("bin rules take F64, F32, I32 or I64 arrays, got " + t);
        };
    }
}
