package org.kernels4j;

import java.util.Arrays;
import java.util.Locale;

/**
 * Summary statistics as pandas' {@code Series.describe()} reports them: count of non-NaN
 * values, their mean, standard deviation with ddof = 1 (NaN for fewer than two values), min,
 * the requested percentiles (linear interpolation, NaNs ignored) and max. With no non-NaN
 * value every statistic but count is NaN.
 *
 * <p>A value type: two descriptions are {@linkplain #equals equal} when every statistic is, the
 * doubles compared by bit pattern as {@link Double#equals} does ({@code Double.compare(a, b) == 0}:
 * a NaN equals a NaN, -0.0 differs from +0.0), so a description of all-NaN data equals another.
 * The record holds the arrays it was given, not copies.
 *
 * @param count the number of non-NaN values
 * @param mean their mean
 * @param std their standard deviation, ddof = 1
 * @param min the smallest of them
 * @param percentiles the fractions asked for (default 0.25, 0.5, 0.75)
 * @param values the value at each of {@code percentiles}
 * @param max the largest of them
 */
public record Description(long count, double mean, double std, double min, double[] percentiles, double[] values,
                          double max) {

    /**
     * The value at fraction p, if p was asked for.
     *
     * @param p one of {@link #percentiles()}
     * @return the value at p
     * @throws IllegalArgumentException if p was not asked for
     */
    public double at(double p) {
        for (int i = 0; i < percentiles.length; i++) {
            if (percentiles[i] == p) {
                return values[i];
            }
        }
        throw new IllegalArgumentException("percentile " + p + " was not computed");
    }

    /**
     * Value equality of every statistic (doubles by bit pattern, see the class comment).
     *
     * @param o the object to compare with
     * @return whether o is a Description with the same statistics
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Description d && count == d.count && Double.compare(mean, d.mean) == 0
                && Double.compare(std, d.std) == 0 && Double.compare(min, d.min) == 0
                && Double.compare(max, d.max) == 0 && Arrays.equals(percentiles, d.percentiles)
                && Arrays.equals(values, d.values);
    }

    /**
     * A hash code consistent with {@link #equals}.
     *
     * @return a hash of every statistic
     */
    @Override
    public int hashCode() {
        int h = Long.hashCode(count);
        h = 31 * h + Double.hashCode(mean);
        h = 31 * h + Double.hashCode(std);
        h = 31 * h + Double.hashCode(min);
        h = 31 * h + Double.hashCode(max);
        h = 31 * h + Arrays.hashCode(percentiles);
        return 31 * h + Arrays.hashCode(values);
    }

    /**
     * The statistics one per line as pandas prints {@code describe()} (6 significant digits),
     * e.g. {@code count 4}, {@code mean  2.50000}, ..., {@code 25%   1.75000}, ..., {@code max   4.00000}.
     *
     * @return the statistics as text
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "count %d%nmean  %.6g%nstd   %.6g%nmin   %.6g%n", count, mean, std, min));
        for (int i = 0; i < percentiles.length; i++) {
            b.append(String.format(Locale.ROOT, "%-5s %.6g%n", trim(percentiles[i] * 100) + "%", values[i]));
        }
        return b.append(String.format(Locale.ROOT, "max   %.6g", max)).toString();
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
