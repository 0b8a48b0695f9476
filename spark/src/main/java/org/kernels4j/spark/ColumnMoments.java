package org.kernels4j.spark;

import java.io.Serial;
import java.io.Serializable;
import org.kernels4j.Moments;

/**
 * Mergeable statistics of one column over part of a data set: the library's {@link Moments}
 * (count, mean, sum of squared deviations, min and max of the values, merged by Chan et al.'s
 * pairwise update), the count of missing values (null or NaN), and a compensated sum.
 *
 * <p>The sum is kept as an unevaluated pair {@code hi + lo} (Neumaier's compensated addition of
 * the chunk and partition sums), so merging partitions adds no more rounding error than one
 * addition to the tree sums the kernels compute inside each chunk.
 */
final class ColumnMoments implements Serializable {
    @Serial private static final long serialVersionUID = 2L;

    Moments stats = Moments.EMPTY;
    long missing;
    double sumHi;
    double sumLo;

    /** Adds a chunk of {@code n > 0} values with the given sum, sum of squared deviations, min and max. */
    void addChunk(long n, double sum, double m2Chunk, double minChunk, double maxChunk) {
        stats = stats.merge(new Moments(n, sum / n, m2Chunk, minChunk, maxChunk));
        addSum(sum);
    }

    /** Merges another part (the one after this) into this one. */
    void merge(ColumnMoments o) {
        missing += o.missing;
        if (o.stats.count() > 0) {
            stats = stats.merge(o.stats);
            addSum(o.sumHi);
            addSum(o.sumLo);
        }
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
