package org.kernels4j.spark;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of {@link SparkKernels#describe}: one {@link ColumnSummary} per column, in the
 * order asked for.
 *
 * @param columns per-column statistics
 * @param rows number of rows scanned
 * @param quantileMethod how the quantiles were computed ({@link QuantileOptions#label()}, with the
 *     sketch stride, chunk size and total rank error bound when strided)
 * @param backends kernels4j backend ("native" or "java") to the number of partitions it
 *     scanned; a partition scanned twice (task retry, speculation) counts once per attempt
 *     that reported
 * @param isas CPU path ("avx512", "avx2", "baseline", or "java") to number of partitions
 * @param reads how the partitions were read: "columnar" (a cached Dataset's column buffers or
 *     Spark's column batches, directly) or "rows" (Spark's internal rows) to the number of
 *     partitions
 */
public record SparkDescription(List<ColumnSummary> columns, long rows, String quantileMethod,
                               Map<String, Integer> backends, Map<String, Integer> isas,
                               Map<String, Integer> reads) {

    /**
     * The summary of the named column.
     *
     * @param name the column name
     * @return its statistics
     * @throws IllegalArgumentException if the column was not described
     */
    public ColumnSummary column(String name) {
        for (ColumnSummary c : columns) {
            if (c.column().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("column '" + name + "' was not described");
    }

    /**
     * A pandas-like table: one line per statistic, one column per input column.
     *
     * @return the table, then a line on the method and the partitions
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%-8s", ""));
        for (ColumnSummary c : columns) {
            b.append(String.format(Locale.ROOT, " %14s", c.column()));
        }
        b.append('\n');
        line(b, "count", c -> (double) c.count());
        line(b, "mean", ColumnSummary::mean);
        line(b, "std", ColumnSummary::std);
        line(b, "min", ColumnSummary::min);
        if (!columns.isEmpty()) {
            double[] ps = columns.getFirst().probabilities();
            for (int i = 0; i < ps.length; i++) {
                int idx = i;
                line(b, trim(ps[i] * 100) + "%", c -> c.quantiles()[idx]);
            }
        }
        line(b, "max", ColumnSummary::max);
        line(b, "missing", c -> (double) c.missing());
        b.append("(").append(rows).append(" rows; quantiles: ").append(quantileMethod)
                .append("; partitions by backend: ").append(backends).append(", by CPU path: ").append(isas).append(", read as: ").append(reads).append(')');
        return b.toString();
    }

    private void line(StringBuilder b, String label, java.util.function.ToDoubleFunction<ColumnSummary> f) {
        b.append(String.format(Locale.ROOT, "%-8s", label));
        for (ColumnSummary c : columns) {
            b.append(String.format(Locale.ROOT, " %14.6g", f.applyAsDouble(c)));
        }
        b.append('\n');
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
