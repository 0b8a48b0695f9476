package org.kernels4j.spark;

import org.apache.datasketches.kll.KllSketch;

/**
 * How quantiles are computed: from a mergeable KLL sketch (Apache DataSketches
 * {@code KllDoublesSketch}, approximate, any data size) or exactly (every value brought to the
 * driver, for data up to a limit).
 *
 * <p><b>Sketch error.</b> A KLL sketch with parameter k answers a quantile query at fraction q
 * with a value whose normalized rank is within ε of q with 99% confidence, where ε is
 * DataSketches' {@code KllSketch.getNormalizedRankError(k, false)} ("single-sided" rank
 * error): about 1.33% for the default k = 200, 0.68% for k = 400, 0.28% for k = 1000 (ε
 * scales roughly as 1/k). The bound holds for merged sketches as well, so it does not depend on
 * the number of partitions. The result is one of the column's values (no interpolation).
 *
 * <p><b>Sketch stride.</b> The executors sort each chunk of 64 Ki values and feed the sketch
 * only every {@code stride}-th order statistic of each full chunk (the middle of each group of
 * {@code stride} sorted values, weighing {@code stride}; a partition's last, partial chunk is
 * fed value by value into a second sketch, and a query weighs both). In one sorted chunk only
 * the group that straddles a value is miscounted, by at most {@code stride / 2}, so the bound
 * becomes {@code ε + stride / (2 * 65536)}: 1.33% + 0.012% at the default stride 16. The
 * stride is the driver's system property {@code kernels4j.spark.sketchStride}, read at each
 * call: a power of two from 1 to 65536, default 16; 1 feeds every value. Results report the
 * total ({@link SparkQuantiles#rankError()}, the method label); {@link #rankError()} here is
 * the sketch's own ε. Fractions 0 and 1 give the column's exact minimum and maximum.
 *
 * <p><b>Exact.</b> Every non-missing value of the column is sent to the driver and the quantile
 * is NumPy's default (linear interpolation, {@code np.nanquantile}), computed by the
 * single-machine kernels4j {@code Kernels.quantile}; equal to it bit for bit. If a column holds
 * more than {@code exactLimit} values the operation fails with {@link IllegalStateException}
 * instead of filling the driver's memory.
 *
 * @param exact true for exact quantiles
 * @param k the KLL parameter (8 to 65535) when not exact
 * @param exactLimit the most values per column the exact method accepts
 */
public record QuantileOptions(boolean exact, int k, long exactLimit) {

    /** DataSketches' default KLL parameter: about 1.33% normalized rank error (99% confidence). */
    public static final int DEFAULT_K = 200;

    /**
     * Checks the options.
     *
     * @param exact true for exact quantiles
     * @param k the KLL parameter (8 to 65535) when not exact; ignored when exact
     * @param exactLimit the most values per column the exact method accepts (1 to
     *     {@code Integer.MAX_VALUE - 16}) when exact; ignored otherwise
     * @throws IllegalArgumentException if k is out of 8..65535 (sketch) or exactLimit is out of
     *     its range (exact)
     */
    public QuantileOptions {
        if (!exact && (k < 8 || k > 65535)) {
            throw new IllegalArgumentException("KLL k must be in 8..65535: " + k);
        }
        if (exact && (exactLimit <= 0 || exactLimit > Integer.MAX_VALUE - 16)) {
            throw new IllegalArgumentException("exactLimit must be in 1.." + (Integer.MAX_VALUE - 16) + ": " + exactLimit);
        }
    }

    /**
     * A KLL sketch with k = {@value #DEFAULT_K}.
     *
     * @return the options
     */
    public static QuantileOptions sketch() {
        return new QuantileOptions(false, DEFAULT_K, 0);
    }

    /**
     * A KLL sketch with the given k (larger k: smaller error, bigger sketches).
     *
     * @param k the KLL parameter, 8 to 65535
     * @return the options
     * @throws IllegalArgumentException if k is out of 8..65535
     */
    public static QuantileOptions sketch(int k) {
        return new QuantileOptions(false, k, 0);
    }

    /**
     * A KLL sketch with the smallest k whose normalized rank error is at most epsilon.
     *
     * @param epsilon the normalized rank error wanted (99% confidence), for example 0.01; an
     *     error smaller than k = 65535 reaches gives k = 65535
     * @return the options
     * @throws IllegalArgumentException if epsilon is NaN or so large that its k is below 8
     */
    public static QuantileOptions sketchWithError(double epsilon) {
        return new QuantileOptions(false, KllSketch.getKFromEpsilon(epsilon, false), 0);
    }

    /**
     * Exact quantiles (linear interpolation) for columns of at most {@code limit} values.
     *
     * @param limit the most values per column, 1 to {@code Integer.MAX_VALUE - 16}
     * @return the options
     * @throws IllegalArgumentException if limit is out of that range
     */
    public static QuantileOptions exact(long limit) {
        return new QuantileOptions(true, 0, limit);
    }

    /**
     * The KLL sketch's own normalized rank error bound ε (99% confidence), or 0 for exact
     * quantiles; the sketch stride adds {@code stride / (2 * 65536)} to it (see the class comment).
     *
     * @return the rank error bound
     */
    public double rankError() {
        return exact ? 0.0 : KllSketch.getNormalizedRankError(k, false);
    }

    /**
     * A short label of the method, for reports.
     *
     * @return "exact (linear interpolation)" or, for a sketch, its k and rank error bound
     */
    public String label() {
        return exact ? "exact (linear interpolation)"
                : String.format(java.util.Locale.ROOT, "KLL sketch k=%d, normalized rank error %.4f (99%% confidence)",
                        k, rankError());
    }
}
