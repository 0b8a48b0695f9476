package org.kernels4j.cli;

/**
 * pandas-style describe() of one column: NaN excluded from every statistic, std with
 * ddof = 1, percentiles with NumPy's default linear interpolation.
 */
record ColumnStats(String name, String dtype, long count, long nan, double mean, double std, double min, double p25,
                   double p50, double p75, double max) {
}
