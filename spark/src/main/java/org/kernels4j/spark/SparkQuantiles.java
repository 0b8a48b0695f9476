package org.kernels4j.spark;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link SparkKernels#quantiles}: for each column, the quantile at each fraction.
 *
 * @param columns the columns, in the order asked for
 * @param probabilities the fractions in [0, 1]
 * @param values {@code values[c][i]} is the quantile of column c at {@code probabilities[i]}
 *     (NaN for a column with no value)
 * @param counts number of non-missing values per column
 * @param method how the quantiles were computed: {@link QuantileOptions#label()}, with the
 *     sketch stride and chunk size when strided
 * @param rankError the normalized rank error bound of the values (99% confidence), 0 when exact:
 *     the KLL sketch's own plus that of the sketch stride (see {@link QuantileOptions}), so
 *     {@code QuantileOptions.rankError() + stride / (2 * 65536)} with the default 64 Ki-row
 *     chunks, {@code QuantileOptions.rankError()} at stride 1
 * @param backends kernels4j backend to number of partitions it scanned
 */
public record SparkQuantiles(List<String> columns, double[] probabilities, double[][] values, long[] counts,
                             String method, double rankError, Map<String, Integer> backends) {

    /**
     * The quantiles of the named column, one per probability.
     *
     * @param column the column name
     * @return a copy of its quantiles, in the order of {@link #probabilities()}
     * @throws IllegalArgumentException if the column was not asked for
     */
    public double[] of(String column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("column '" + column + "' not in " + columns);
        }
        return values[i].clone();
    }

    /**
     * The quantiles as text, one line per column.
     *
     * @return the text
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("quantiles at ").append(Arrays.toString(probabilities)).append(" (")
                .append(method).append(")");
        for (int i = 0; i < columns.size(); i++) {
            b.append('\n').append(columns.get(i)).append(": ").append(Arrays.toString(values[i]));
        }
        return b.toString();
    }
}
