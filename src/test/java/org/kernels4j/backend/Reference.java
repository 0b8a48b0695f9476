package org.kernels4j.backend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Plain definitions of what the kernels compute, written independently of
 * {@link JavaBackend} (top-down and recursive where the backend is iterative) so that
 * the two can check each other.
 */
final class Reference {
    private Reference() {
    }

    /**
     * The k4j tree sum of precomputed terms (native/include/k4j.h), top-down: a block's
     * lanes are summed one lane at a time then halved recursively; the binary counter's
     * final stack is the binary decomposition of the block count (largest subtree first),
     * each entry a perfect pairwise tree, folded from the right.
     */
    static double tree(double[] terms) {
        int n = terms.length;
        if (n == 0) {
            return 0.0;
        }
        int blocks = (n + 511) / 512;
        double[] blockValues = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            blockValues[b] = block(terms, b * 512, Math.min(512, n - b * 512));
        }
        List<Double> stack = new ArrayList<>();
        int lo = 0;
        for (int bit = 30; bit >= 0; bit--) {
            int size = 1 << bit;
            if ((blocks & size) != 0) {
                stack.add(perfect(blockValues, lo, size));
                lo += size;
            }
        }
        double r = stack.get(stack.size() - 1);
        for (int i = stack.size() - 2; i >= 0; i--) {
            r = stack.get(i) + r;
        }
        return r;
    }

    private static double block(double[] terms, int off, int len) {
        double[] lanes = new double[32];
        for (int lane = 0; lane < 32; lane++) {
            double acc = -0.0;
            for (int i = lane; i < len; i += 32) {
                acc += terms[off + i];
            }
            lanes[lane] = acc;
        }
        return halve(lanes);
    }

    private static double halve(double[] v) {
        if (v.length == 1) {
            return v[0];
        }
        double[] h = new double[v.length / 2];
        for (int j = 0; j < h.length; j++) {
            h[j] = v[j] + v[j + h.length];
        }
        return halve(h);
    }

    private static double perfect(double[] values, int lo, int size) {
        if (size == 1) {
            return values[lo];
        }
        return perfect(values, lo, size / 2) + perfect(values, lo + size / 2, size / 2);
    }

    static double[] widen(float[] x) {
        double[] d = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            d[i] = x[i];
        }
        return d;
    }

    static double sum(double[] x) {
        return tree(x.clone());
    }

    static double nansum(double[] x) {
        double[] t = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            t[i] = Double.isNaN(x[i]) ? -0.0 : x[i];
        }
        return tree(t);
    }

    static double dot(double[] x, double[] y) {
        double[] t = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            t[i] = x[i] * y[i];
        }
        return tree(t);
    }

    static double sqdev(double[] x, double mean) {
        double[] t = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double d = x[i] - mean;
            t[i] = d * d;
        }
        return tree(t);
    }

    /** The norm2 rule documented on {@link JavaBackend#norm2}. */
    static double norm2(double[] x) {
        double[] sq = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            sq[i] = x[i] * x[i];
        }
        double s = tree(sq);
        boolean allFinite = Arrays.stream(x).allMatch(Double::isFinite);
        double m = Arrays.stream(x).map(Math::abs).max().orElse(0.0);
        if ((s == Double.POSITIVE_INFINITY || s < 0x1p-970) && allFinite && m > 0) {
            double[] scaled = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double q = x[i] / m;
                scaled[i] = q * q;
            }
            return m * Math.sqrt(tree(scaled));
        }
        return Math.sqrt(s);
    }

    static boolean anyNaN(double[] x) {
        return Arrays.stream(x).anyMatch(Double::isNaN);
    }

    /** Arrays.sort orders -0.0 before +0.0, which is the order min/max use. */
    static double min(double[] x) {
        if (x.length == 0 || anyNaN(x)) {
            return Double.NaN;
        }
        double[] s = x.clone();
        Arrays.sort(s);
        return s[0];
    }

    static double max(double[] x) {
        if (x.length == 0 || anyNaN(x)) {
            return Double.NaN;
        }
        double[] s = x.clone();
        Arrays.sort(s);
        return s[s.length - 1];
    }

    static double[] withoutNaN(double[] x) {
        return Arrays.stream(x).filter(v -> !Double.isNaN(v)).toArray();
    }

    static long firstNaN(double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                return i;
            }
        }
        return -1;
    }

    static long firstEqual(double[] x, double v) {
        for (int i = 0; i < x.length; i++) {
            if (x[i] == v) {
                return i;
            }
        }
        return -1;
    }

    static long argmin(double[] x) {
        long nan = firstNaN(x);
        return nan >= 0 ? nan : firstEqual(x, min(x));
    }

    static long argmax(double[] x) {
        long nan = firstNaN(x);
        return nan >= 0 ? nan : firstEqual(x, max(x));
    }

    /** The exact sum of doubles. */
    static BigDecimal exactSum(double[] x) {
        BigDecimal s = BigDecimal.ZERO;
        for (double v : x) {
            s = s.add(new BigDecimal(v));
        }
        return s;
    }

    /** Left to right with one accumulator: what a naive loop computes. */
    static double naiveSum(double[] x) {
        double s = 0.0;
        for (double v : x) {
            s += v;
        }
        return s;
    }

    /**
     * NumPy's pairwise summation of a contiguous float64 array, as its documentation and
     * source describe it: under 8 elements a plain loop; up to 128 elements 8 accumulators
     * seeded with the first 8 elements and combined as ((r0+r1)+(r2+r3))+((r4+r5)+(r6+r7)),
     * then a plain loop over the tail; above 128 the array is split at n/2 rounded down to
     * a multiple of 8 and both halves are summed recursively.
     */
    static double numpyPairwise(double[] a, int off, int n) {
        if (n < 8) {
            double res = -0.0;
            for (int i = 0; i < n; i++) {
                res += a[off + i];
            }
            return res;
        }
        if (n <= 128) {
            double[] r = new double[8];
            System.arraycopy(a, off, r, 0, 8);
            int i = 8;
            for (; i < n - n % 8; i += 8) {
                for (int k = 0; k < 8; k++) {
                    r[k] += a[off + i + k];
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[off + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return numpyPairwise(a, off, n2) + numpyPairwise(a, off + n2, n - n2);
    }

    /**
     * An ill-conditioned array: pairs x, -x of large values, plus small positive values,
     * shuffled. The exact sum is about 0.4 and the sum of magnitudes about 4e11 (for
     * n = 10^6), a condition number near 1e12.
     */
    static double[] illConditioned(long seed, int n) {
        Random r = new Random(seed);
        int pairs = (int) (n * 0.4);
        double[] x = new double[n];
        int k = 0;
        for (int p = 0; p < pairs; p++) {
            double v = r.nextDouble() * 1e6;
            x[k++] = v;
            x[k++] = -v;
        }
        while (k < n) {
            x[k++] = r.nextDouble() * 4e-6;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            double t = x[i];
            x[i] = x[j];
            x[j] = t;
        }
        return x;
    }
}
