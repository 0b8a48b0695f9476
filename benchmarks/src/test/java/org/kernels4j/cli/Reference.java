package org.kernels4j.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;

/** describe() statistics computed the plain way (sorting, BigDecimal sums), as the tests' oracle. */
final class Reference {
    final long count;
    final long nan;
    final double mean;
    final double std;
    final double min;
    final double p25;
    final double p50;
    final double p75;
    final double max;

    Reference(double[] column) {
        double[] v = Arrays.stream(column).filter(x -> !Double.isNaN(x)).sorted().toArray();
        count = v.length;
        nan = column.length - v.length;
        if (v.length == 0) {
            mean = std = min = p25 = p50 = p75 = max = Double.NaN;
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : v) {
            sum = sum.add(new BigDecimal(x));
        }
        BigDecimal m = sum.divide(BigDecimal.valueOf(v.length), MathContext.DECIMAL128);
        mean = m.doubleValue();
        BigDecimal ss = BigDecimal.ZERO;
        for (double x : v) {
            BigDecimal d = new BigDecimal(x).subtract(m);
            ss = ss.add(d.multiply(d));
        }
        std = v.length > 1 ? Math.sqrt(ss.divide(BigDecimal.valueOf(v.length - 1), MathContext.DECIMAL128).doubleValue())
                : Double.NaN;
        min = v[0];
        max = v[v.length - 1];
        p25 = quantile(v, 0.25);
        p50 = quantile(v, 0.5);
        p75 = quantile(v, 0.75);
    }

    /** NumPy's default ("linear"): sorted[i] + (sorted[i+1] - sorted[i]) * frac, index (n - 1) q. */
    static double quantile(double[] sorted, double q) {
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (h - lo);
    }
}
