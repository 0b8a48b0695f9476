package org.kernels4j;

import java.io.Serial;
import java.io.Serializable;

/**
 * Mergeable summary statistics of some numbers: how many, their mean, the sum of squared
 * deviations from the mean ({@code m2}), their minimum and maximum. Parts computed separately
 * (chunks of an array, partitions of a data set, files) merge into the moments of the whole by
 * {@link #merge}, Chan, Golub and LeVeque's pairwise update, which stays accurate where the
 * textbook sum of squares cancels catastrophically.
 *
 * <p>{@link Kernels#moments(NumericArray)} computes them for an array, leaving NaN out (as
 * NumPy's {@code nan*} functions and pandas' {@code describe} do). Instances are immutable,
 * thread-safe and {@link Serializable}, so they can travel between processes (for example from
 * Spark executors to the driver).
 *
 * @param count how many numbers (NaN not counted), at least 0
 * @param mean their mean; NaN when {@code count == 0}
 * @param m2 the sum of their squared deviations from the mean; 0 when {@code count <= 1}
 * @param min the smallest (-0.0 below +0.0); NaN when {@code count == 0}
 * @param max the largest; NaN when {@code count == 0}
 */
public record Moments(long count, double mean, double m2, double min, double max) implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The moments of no numbers: count 0, the rest NaN but {@code m2} 0. */
    public static final Moments EMPTY = new Moments(0, Double.NaN, 0, Double.NaN, Double.NaN);

    /**
     * Checks the count.
     *
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Moments {
        if (count < 0) {
            throw new IllegalArgumentException("negative count " + count);
        }
    }

    /**
     * The moments of these numbers followed by {@code later}'s: Chan et al.'s update of count,
     * mean and {@code m2}; min and max by {@link Math#min}/{@link Math#max}. Merging parts in
     * the same order always gives the same bits; {@link #EMPTY} is the identity.
     *
     * @param later the moments of the numbers after these
     * @return the moments of both
     * @throws NullPointerException if {@code later} is null
     */
    public Moments merge(Moments later) {
        if (later.count == 0) {
            return this;
        }
        if (count == 0) {
            return later;
        }
        long n = count + later.count;
        double d = later.mean - mean;
        double mean2 = mean + d * ((double) later.count / n);
        double m22 = m2 + later.m2 + d * d * ((double) count * later.count / n);
        return new Moments(n, mean2, m22, Math.min(min, later.min), Math.max(max, later.max));
    }

    /**
     * The variance with {@code ddof} delta degrees of freedom: {@code m2 / (count - ddof)}.
     *
     * @param ddof 0 for the population variance, 1 for the sample variance
     * @return the variance; NaN when {@code count <= ddof}
     * @throws IllegalArgumentException if {@code ddof} is negative
     */
    public double variance(int ddof) {
        if (ddof < 0) {
            throw new IllegalArgumentException("ddof must be >= 0, got " + ddof);
        }
        return count > ddof ? m2 / (count - ddof) : Double.NaN;
    }

    /**
     * The standard deviation, the square root of {@link #variance(int)}.
     *
     * @param ddof 0 for the population, 1 for the sample standard deviation
     * @return the standard deviation; NaN when {@code count <= ddof}
     * @throws IllegalArgumentException if {@code ddof} is negative
     */
    public double std(int ddof) {
        return Math.sqrt(variance(ddof));
    }
}
