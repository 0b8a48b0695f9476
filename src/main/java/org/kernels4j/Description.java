package org.kernels4j;

import java.util.Locale;

/**
 * Summary statistics as pandas' {@code Series.describe()} reports them: count of non-NaN
 * values, their mean, standard deviation with ddof = 1 (NaN for fewer than two values), min,
 * the requested percentiles (linear interpolation, NaNs ignored) and max. With no non-NaN
 * value every statistic but count is NaN.
 *
 * @param count the number of non-NaN values
 * @param mean their mean
 * @param std their standard deviation, ddof = 1
 * @param min the smallest value
 * @param percentiles the fractions asked for (default 0.25, 0.5, 0.75)
 * @param values the value at each of {@code percentiles}
 * @param max the largest value
 */
public record Description(long count, double mean, double std, double min, double[] percentiles, double[] values,
                          double max) {

    /**
     * The value at fraction p, if p was asked for.
     *
     * @param p a fraction among {@link #percentiles()}
     * @return the value at {@code p}
     * @throws IllegalArgumentException if {@code p} was not asked for
     */
    public double at(double p) {
        for (int i = 0; i < percentiles.length; i++) {
            if (percentiles[i] == p) {
                return values[i];
            }
        }
        throw new IllegalArgumentException("percentile " + p + " was not computed");
    }

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
