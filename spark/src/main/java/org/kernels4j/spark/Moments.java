package org.kernels4j.spark;

import java.io.Serial;
import java.io.Serializable;

/**
 * Mergeable moments of one column over part of a data set: count of values, count of missing
 * values (null or NaN), compensated sum, mean and sum of squared deviations (Chan et al.'s
 * pairwise update), min and max.
 *
 * <p>The sum is kept as an unevaluated pair {@code hi + lo} (Neumaier's compensated addition of
 * the chunk and partition sums), so merging partitions adds no more rounding error than one
 * addition to the tree sums the kernels compute inside each chunk.
 */
final class Moments implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    long count;
    long missing;
    double sumHi;
    double sumLo;
    double mean;
    double m2;
    double min = Double.NaN;
    double max = Double.NaN;

    /** Adds a chunk of {@code n > 0} values with the given sum, sum of squared deviations, min and max. */
    void addChunk(long n, double sum, double m2Chunk, double minChunk, double maxChunk) {
        merge(n, sum, sum / n, m2Chunk, minChunk, maxChunk);
    }

    /** Merges another part into this one. */
    void merge(Moments o) {
        missing += o.missing;
        if (o.count > 0) {
            merge(o.count, o.sumHi, o.mean, o.m2, o.min, o.max);
            addSum(o.sumLo);
        }
    }

    private void merge(long nb, double sumB, double meanB, double m2B, double minB, double maxB) {
        if (count == 0) {
            count = nb;
            sumHi = sumB;
            sumLo = 0;
            mean = meanB;
            m2 = m2B;
            min = minB;
            max = maxB;
            return;
        }
        long na = count;
        long n = na + nb;
        double delta = meanB - mean;
        mean += delta * ((double) nb / n);
        m2 += m2B + delta * delta * ((double) na * nb / n);
        count = n;
        addSum(sumB);
        min = Math.min(min, minB);
        max = Math.max(max, maxB);
    }

    /** Neumaier's compensated addition into (sumHi, sumLo). */
    private void addSum(double v) {
        double t = sumHi + v;
        if (Math.abs(sumHi) >= Math.abs(v)) {
            sumLo += (sumHi - t) + v;
        } else {
            sumLo += (v - t) + sumHi;
        }
        sumHi = t;
    }

    double sum() {
        return sumHi + sumLo;
    }
}
