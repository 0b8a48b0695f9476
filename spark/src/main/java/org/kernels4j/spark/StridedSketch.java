package org.kernels4j.spark;

import java.util.Arrays;
import java.util.Locale;

import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.kll.KllSketch;
import org.apache.datasketches.quantilescommon.DoublesSketchSortedView;

/**
 * A column's quantile sketch on an executor, fed sorted chunks: of each full chunk only every
 * {@code stride}-th order statistic (the middle of each group of {@code stride} consecutive
 * sorted values) goes into a KLL sketch, standing for its group (weight {@code stride}); the
 * values of a partial chunk, and the few values of a full chunk past its last whole group, go
 * one by one into a second, unstrided KLL sketch (weight 1). The driver merges each kind
 * across partitions and answers a quantile query over both, the strided sketch's weights
 * multiplied by the stride ({@link #quantiles}).
 *
 * <p><b>Error.</b> Within one sorted chunk, the groups lying wholly at or below a value x are
 * counted exactly (stride values each) and so are the groups wholly above it; only the one
 * group that straddles x is off, by at most {@code stride / 2} values, since its middle stands
 * for it. Over the m full chunks of {@code chunkRows} values that is at most
 * {@code m * stride / 2 <= n * stride / (2 * chunkRows)} for n values, on top of the KLL
 * sketches' own error (normalized rank error ε on the weighted stream, which both sketches keep
 * under merging). So the normalized rank of a returned quantile is within
 * {@code ε + stride / (2 * chunkRows)} of the fraction asked: for the default k = 200, stride
 * 16 and 64 Ki-row chunks, 0.01329 + 0.00012. Stride 1 is the unstrided sketch, every value fed
 * (one sketch only, as before striding).
 *
 * <p>The stride is the driver's system property {@value #STRIDE_PROPERTY}, read at each call
 * ({@link #strideFromProperty()}): a power of two from 1 to 65536, default
 * {@value #DEFAULT_STRIDE}.
 */
final class StridedSketch {
    /** The system property (driver side, read per call) giving the stride. */
    static final String STRIDE_PROPERTY = "kernels4j.spark.sketchStride";
    /** The default stride: at 64 Ki-row chunks it adds 1/8192 to the rank error. */
    static final int DEFAULT_STRIDE = 16;
    /** The largest stride (a whole default chunk as one group). */
    static final int MAX_STRIDE = 1 << 16;

    private final KllDoublesSketch strided;
    private final KllDoublesSketch rest;
    private final int stride;
    private double[] picks = new double[0];

    /**
     * An empty pair of sketches.
     *
     * @param k the KLL parameter of both sketches
     * @param stride the stride (checked by {@link #checkStride})
     */
    StridedSketch(int k, int stride) {
        this.stride = checkStride(stride);
        this.strided = KllDoublesSketch.newHeapInstance(k);
        this.rest = KllDoublesSketch.newHeapInstance(k);
    }

    /**
     * The stride the driver's system property asks for, or the default when it is not set.
     *
     * @return the stride
     * @throws IllegalArgumentException if the property is not an integer power of two in 1..65536
     */
    static int strideFromProperty() {
        String s = System.getProperty(STRIDE_PROPERTY);
        if (s == null || s.isBlank()) {
            return DEFAULT_STRIDE;
        }
        int v;
        try {
            v = Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(STRIDE_PROPERTY + " must be a power of two in 1.." + MAX_STRIDE
                    + ": '" + s + "'", e);
        }
        return checkStride(v);
    }

    /**
     * Checks a stride.
     *
     * @param stride the stride
     * @return the stride
     * @throws IllegalArgumentException if it is not a power of two in 1..65536
     */
    static int checkStride(int stride) {
        if (stride < 1 || stride > MAX_STRIDE || Integer.bitCount(stride) != 1) {
            throw new IllegalArgumentException(STRIDE_PROPERTY + " must be a power of two in 1.." + MAX_STRIDE
                    + ": " + stride);
        }
        return stride;
    }

    /**
     * The normalized rank error bound of quantiles from KLL parameter k at this stride over
     * chunks of chunkRows values (99% confidence, as the KLL bound).
     *
     * @param k the KLL parameter
     * @param stride the stride
     * @param chunkRows the values per full chunk
     * @return {@code ε(k) + stride / (2 * chunkRows)}, with ε(k) DataSketches' single-sided
     *     normalized rank error; just ε(k) at stride 1
     */
    static double rankError(int k, int stride, int chunkRows) {
        double eps = KllSketch.getNormalizedRankError(k, false);
        return stride == 1 ? eps : eps + stride / (2.0 * chunkRows);
    }

    /**
     * The label of the method, for results and reports.
     *
     * @param k the KLL parameter
     * @param stride the stride
     * @param chunkRows the values per full chunk
     * @return the label
     */
    static String label(int k, int stride, int chunkRows) {
        if (stride == 1) {
            return String.format(Locale.ROOT, "KLL sketch k=%d, normalized rank error %.4f (99%% confidence)", k,
                    rankError(k, 1, chunkRows));
        }
        return String.format(Locale.ROOT, "KLL sketch k=%d of every %dth order statistic of each sorted %d-row chunk, "
                + "normalized rank error %.4f (99%% confidence)", k, stride, chunkRows, rankError(k, stride, chunkRows));
    }

    /**
     * Adds the first n values of a chunk sorted in ascending order (NaN, if any, last: they are
     * left out). A full chunk is strided; a partial one goes value by value into the unstrided
     * sketch. At stride 1 every value goes into the one sketch. An unsorted chunk gives a less
     * accurate sketch, nothing worse.
     *
     * @param sorted the chunk, sorted
     * @param n number of values in it
     * @param full whether the chunk is a full one (strided)
     */
    void addSorted(double[] sorted, int n, boolean full) {
        while (n > 0 && Double.isNaN(sorted[n - 1])) {
            n--;
        }
        if (stride == 1) {
            strided.update(sorted, 0, n);
            return;
        }
        if (!full) {
            rest.update(sorted, 0, n);
            return;
        }
        int groups = n / stride;
        if (picks.length < groups) {
            picks = new double[groups];
        }
        int half = stride >>> 1;
        for (int g = 0, at = half; g < groups; g++, at += stride) {
            picks[g] = sorted[at];
        }
        strided.update(picks, 0, groups);
        int tail = groups * stride;
        if (tail < n) {
            rest.update(sorted, tail, n - tail);
        }
    }

    /** The strided sketch, serialised. */
    byte[] stridedBytes() {
        return strided.toByteArray();
    }

    /** The unstrided sketch, serialised. */
    byte[] restBytes() {
        return rest.toByteArray();
    }

    /**
     * Quantiles over the merged sketches: strided items weigh {@code stride} times their weight
     * in their sketch. Fraction 0 gives {@code min} and 1 gives {@code max} (the column's exact
     * extremes, which group middles need not contain); every answer is clamped into
     * [min, max]. The rank rule is DataSketches' {@code INCLUSIVE} one: the first item whose
     * cumulative weight reaches {@code ceil(q * n)}, so at stride 1 with an empty second sketch
     * the answers are the KLL sketch's own.
     *
     * @param strided the merged strided sketch
     * @param rest the merged unstrided sketch
     * @param stride the stride the executors used
     * @param ps fractions in [0, 1]
     * @param min the smallest value of the column
     * @param max the largest value of the column
     * @return one quantile per fraction; NaN for all when both sketches are empty
     */
    static double[] quantiles(KllDoublesSketch strided, KllDoublesSketch rest, int stride, double[] ps,
                              double min, double max) {
        double[] out = new double[ps.length];
        if (strided.isEmpty() && rest.isEmpty()) {
            Arrays.fill(out, Double.NaN);
            return out;
        }
        double[] qa = new double[0];
        long[] ca = new long[0];
        double[] qb = new double[0];
        long[] cb = new long[0];
        if (!strided.isEmpty()) {
            DoublesSketchSortedView v = strided.getSortedView();
            qa = v.getQuantiles();
            ca = v.getCumulativeWeights();
        }
        if (!rest.isEmpty()) {
            DoublesSketchSortedView v = rest.getSortedView();
            qb = v.getQuantiles();
            cb = v.getCumulativeWeights();
        }
        int na = qa.length;
        int nb = qb.length;
        double[] q = new double[na + nb];
        long[] cum = new long[na + nb];
        long total = 0;
        int i = 0;
        int j = 0;
        for (int o = 0; o < q.length; o++) {
            if (j >= nb || (i < na && qa[i] <= qb[j])) {
                total += (ca[i] - (i == 0 ? 0 : ca[i - 1])) * stride;
                q[o] = qa[i++];
            } else {
                total += cb[j] - (j == 0 ? 0 : cb[j - 1]);
                q[o] = qb[j++];
            }
            cum[o] = total;
        }
        for (int p = 0; p < ps.length; p++) {
            double f = ps[p];
            double v;
            if (f <= 0.0) {
                v = min;
            } else if (f >= 1.0) {
                v = max;
            } else {
                long rank = naturalRank(f, total);
                int at = firstAtLeast(cum, rank);
                v = at < 0 ? q[q.length - 1] : q[at];
            }
            out[p] = Math.min(max, Math.max(min, v));
        }
        return out;
    }

    /** DataSketches' natural rank for INCLUSIVE search (QuantilesUtil.getNaturalRank). */
    private static long naturalRank(double f, long n) {
        double r = f * n;
        if (n <= 10_000_000L) {
            r = Math.round(r * 1e7) / 1e7;
        }
        return (long) Math.ceil(r);
    }

    /** The first index with cum[i] >= rank, or -1. */
    private static int firstAtLeast(long[] cum, long rank) {
        int lo = 0;
        int hi = cum.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] >= rank) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo == cum.length ? -1 : lo;
    }
}
