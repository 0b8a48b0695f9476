package org.kernels4j.spark;

/**
 * Chan's pairwise merge of co-moment matrices:
 * {@code C = Ca + Cb + d d^T * na nb / n}, {@code mean = ma + d nb / n}, {@code d = mb - ma}.
 */
final class GramMerge {
    private GramMerge() {
    }

    /** Merges (cb, mb, nb) into (ca, ma, na) in place; k x k row-major. */
    static void merge(double[] ca, double[] ma, long na, double[] cb, double[] mb, long nb, int k) {
        if (nb == 0) {
            return;
        }
        if (na == 0) {
            System.arraycopy(cb, 0, ca, 0, k * k);
            System.arraycopy(mb, 0, ma, 0, k);
            return;
        }
        double n = (double) na + nb;
        double f = (double) na * nb / n;
        double[] d = new double[k];
        for (int j = 0; j < k; j++) {
            d[j] = mb[j] - ma[j];
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                ca[i * k + j] += cb[i * k + j] + d[i] * d[j] * f;
            }
        }
        for (int j = 0; j < k; j++) {
            ma[j] += d[j] * (nb / n);
        }
    }
}
