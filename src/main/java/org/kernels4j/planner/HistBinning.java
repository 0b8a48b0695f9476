package org.kernels4j.planner;

import java.util.Objects;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.HistBins;
import org.kernels4j.DType;
import org.kernels4j.Histogram;
import org.kernels4j.NumericArray;

/**
 * The bins of numpy.histogram (NumPy 2.4, {@code numpy/lib/_histograms_impl.py}) for each input
 * dtype, with the checks {@link Kernels#histogram(NumericArray, int, double, double)} and the pool
 * forms share. NumPy's arithmetic differs by dtype and by where the range comes from:
 *
 * <ul>
 * <li>float64, and int32/int64 with a range (Python floats): everything in double, int64 values
 *     rounded to double; edges {@code linspace} in double.</li>
 * <li>int32 with the range from the data: the same (int32 converts exactly).</li>
 * <li>int64 with the range from the data ({@code np.int64} min and max): edges
 *     {@code linspace((double) min, (double) max)}, but the divisor is the exact integer
 *     {@code max - min} (unsigned) rounded once to double.</li>
 * <li>float32 with a range: NumPy's result dtype is float32, so the edges are the double
 *     {@code linspace} rounded to float, the range ends are compared and subtracted as floats,
 *     but the divisor {@code hi - lo} stays a float64 scalar: the index is computed in double
 *     (wide).</li>
 * <li>float32 with the range from the data ({@code np.float32} min and max, an empty range
 *     widened by 0.5 in float): everything in float, edges by {@code linspace} in float32.</li>
 * </ul>
 */
public final class HistBinning {
    /** float32 bins beyond this many are refused: their numbering is not exact in float. */
    public static final int MAX_F32_BINS = 1 << 24;

    private HistBinning() {
    }

    /**
     * numpy.linspace(first, last, bins + 1) in double, as numpy.histogram computes its edges:
     * i * step + first with step = (last - first) / bins (i / bins * (last - first) + first
     * when step underflows to 0), the last edge exactly {@code last}.
     */
    public static double[] linspace(int bins, double first, double last) {
        double delta = last - first;
        double step = delta / bins;
        double[] e = new double[bins + 1];
        for (int i = 0; i < bins; i++) {
            e[i] = step == 0 ? ((double) i / bins) * delta + first : i * step + first;
        }
        e[bins] = last;
        return e;
    }

    /** numpy.linspace(first, last, bins + 1) with float32 start and stop: every step in float. */
    public static float[] linspace32(int bins, float first, float last) {
        float delta = last - first;
        float step = delta / bins;
        float[] e = new float[bins + 1];
        for (int i = 0; i < bins; i++) {
            e[i] = step == 0 ? ((float) i / bins) * delta + first : (float) i * step + first;
        }
        e[bins] = last;
        return e;
    }

    private static void checkBins(DType t, int bins) {
        if (bins <= 0) {
            throw new IllegalArgumentException("bins must be positive, got " + bins);
        }
        if (bins >= SizeLimits.MAX_ARRAY_LENGTH) {
            // bins + 1 edges must fit in a Java array.
            throw new IllegalArgumentException("bins " + bins + " exceeds the largest possible histogram ("
                    + (SizeLimits.MAX_ARRAY_LENGTH - 1) + " bins)");
        }
        if (t == DType.F32 && bins > MAX_F32_BINS) {
            throw new IllegalArgumentException("at most 2^24 bins for F32 input, got " + bins);
        }
    }

    private static void increasing(double[] e, int bins, double first, double last) {
        for (int i = 0; i < bins; i++) {
            if (!(e[i] < e[i + 1])) {
                throw new IllegalArgumentException("too many bins (" + bins + ") for the range [" + first + ", " + last + "]");
            }
        }
    }

    private static void finiteWidth(double width, double first, double last, String type) {
        if (!(width <= Double.MAX_VALUE) || (type.equals("float32") && !(width <= Float.MAX_VALUE))) {
            throw new IllegalArgumentException("the range [" + first + ", " + last + "] is wider than " + type
                    + " can hold");
        }
    }

    /** Bins in double over [first, last] (NumPy already widened an empty range), divisor denom. */
    private static HistBins inDouble(DType t, int bins, double first, double last, double denom) {
        double[] edges = linspace(bins, first, last);
        increasing(edges, bins, first, last);
        finiteWidth(last - first, first, last, "float64");
        return new HistBins(t, bins, first, last, denom, true, edges, null);
    }

    /**
     * numpy.histogram(x, bins, range=(lo, hi)) for x of dtype t: lo and hi as Python floats.
     *
     * @throws IllegalArgumentException if bins &lt;= 0 (or &gt; 2^24 for F32), lo or hi is not
     *     finite (for F32: as a float), lo &gt; hi, hi - lo overflows, or the bins would be
     *     narrower than the dtype of the edges resolves
     */
    public static HistBins forRange(DType t, int bins, double lo, double hi) {
        Objects.requireNonNull(t, "dtype");
        checkBins(t, bins);
        if (!(Double.isFinite(lo) && Double.isFinite(hi))) {
            throw new IllegalArgumentException("range [" + lo + ", " + hi + "] is not finite");
        }
        if (lo > hi) {
            throw new IllegalArgumentException("range max must be larger than min: [" + lo + ", " + hi + "]");
        }
        if (lo == hi) { // NumPy widens an empty range
            lo -= 0.5;
            hi += 0.5;
        }
        if (t != DType.F32) {
            return inDouble(t, bins, lo, hi, hi - lo);
        }
        float lo32 = (float) lo;
        float hi32 = (float) hi;
        if (!(Float.isFinite(lo32) && Float.isFinite(hi32))) {
            throw new IllegalArgumentException("range [" + lo + ", " + hi + "] is not finite in float32");
        }
        finiteWidth(hi - lo, lo, hi, "float64");
        finiteWidth((double) hi32 - lo32, lo, hi, "float32");
        double[] wide = linspace(bins, lo, hi);
        float[] e32 = new float[bins + 1];
        double[] e = new double[bins + 1];
        for (int i = 0; i <= bins; i++) {
            e32[i] = (float) wide[i];
            e[i] = e32[i];
        }
        increasing(e, bins, lo, hi);
        return new HistBins(t, bins, lo32, hi32, hi - lo, true, e, e32);
    }

    /**
     * numpy.histogram(x, bins) for x of dtype t: the range from the data ([0, 1] when empty, as
     * Python ints, which NumPy treats as a range of floats).
     *
     * @throws IllegalArgumentException if bins &lt;= 0 (or &gt; 2^24 for F32), x holds NaN or
     *     infinity, or the bins would be narrower than the dtype of the edges resolves
     */
    public static HistBins forData(Backend b, NumericArray x, int bins) {
        DType t = x.dtype();
        checkBins(t, bins);
        long n = x.length();
        if (n == 0) {
            return forRange(t, bins, 0, 1);
        }
        switch (t) {
            case F64: {
                double lo = b.min(t, x.segment(), n);
                double hi = b.max(t, x.segment(), n);
                notFinite(lo, hi);
                return forRange(t, bins, lo, hi);
            }
            case F32: {
                float lo = (float) b.min(t, x.segment(), n);
                float hi = (float) b.max(t, x.segment(), n);
                notFinite(lo, hi);
                if (lo == hi) { // np.float32 - 0.5: float arithmetic
                    lo -= 0.5f;
                    hi += 0.5f;
                }
                float width = hi - lo;
                finiteWidth(width, lo, hi, "float32");
                float[] e32 = linspace32(bins, lo, hi);
                double[] e = new double[bins + 1];
                for (int i = 0; i <= bins; i++) {
                    e[i] = e32[i];
                }
                increasing(e, bins, lo, hi);
                return new HistBins(t, bins, lo, hi, width, false, e, e32);
            }
            case I32: {
                long[] mm = b.intRange(t, x.segment(), n);
                return forRange(t, bins, mm[0], mm[1]);
            }
            case I64: {
                long[] mm = b.intRange(t, x.segment(), n);
                if (mm[0] == mm[1]) { // np.int64 - 0.5 is a float64
                    return inDouble(t, bins, (double) mm[0] - 0.5, (double) mm[1] + 0.5,
                            ((double) mm[1] + 0.5) - ((double) mm[0] - 0.5));
                }
                double lo = mm[0];
                double hi = mm[1];
                // numpy's _unsigned_subtract: max - min exactly, as uint64, then one rounding
                return inDouble(t, bins, lo, hi, unsignedToDouble(mm[1] - mm[0]));
            }
            default:
                throw new AssertionError(t);
        }
    }

    private static void notFinite(double lo, double hi) {
        if (!(Double.isFinite(lo) && Double.isFinite(hi))) {
            throw new IllegalArgumentException("autodetected range of [" + lo + ", " + hi + "] is not finite");
        }
    }

    /** The uint64 value of bits v, rounded to the nearest double (as C's (double)(uint64_t)). */
    public static double unsignedToDouble(long v) {
        if (v >= 0) {
            return v;
        }
        // halve with the lost bit kept sticky so the one rounding is to nearest-even
        return ((double) ((v >>> 1) | (v & 1))) * 2.0;
    }

    /** Explicit edges: a private copy, checked. */
    public static double[] checkedEdges(double[] edges) {
        Objects.requireNonNull(edges, "edges");
        if (edges.length < 2) {
            throw new IllegalArgumentException("at least 2 edges are needed, got " + edges.length);
        }
        for (int i = 0; i < edges.length; i++) {
            if (Double.isNaN(edges[i]) || (i > 0 && edges[i] < edges[i - 1])) {
                throw new IllegalArgumentException("bins must increase monotonically (edge " + i + ")");
            }
        }
        return edges.clone();
    }

    /** The histogram of x over uniform bins u, on one thread. */
    public static Histogram histogram(Backend b, NumericArray x, HistBins u) {
        long[] counts = new long[u.bins()];
        b.histUniform(x.segment(), x.length(), u, counts);
        return new Histogram(counts, u.edges().clone());
    }
}
