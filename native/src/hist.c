/* Histograms: uniform bins with NumPy's index arithmetic and edge correction,
 * explicit edges by binary search, bincount, the integer range bincount needs.
 * Every histogram kernel ADDS to counts, so a caller can split the input into
 * chunks (short critical calls, or one partial histogram per worker) and get
 * the same counts. Compiled once per ISA path. */
#include "k4j_internal.h"

/* numpy.histogram, equal bins (numpy/lib/_histograms_impl.py, 2.4):
 *   keep v if first <= v <= last (NaN never);
 *   i = (intp)(((v - first) / (last - first)) * bins); i == bins -> bins - 1;
 *   v < edges[i] -> i - 1; else v >= edges[i + 1] and i != bins - 1 -> i + 1.
 * The correction makes the bin agree with the edges within the last ulp. */
int32_t K4J_FN(hist_uniform_f64)(const double *x, int64_t n, double first, double last, const double *edges,
                                 int64_t bins, int64_t *counts) {
    const double denom = last - first;
    const double nb = (double)bins;
    for (int64_t k = 0; k < n; k++) {
        double v = x[k];
        if (!(v >= first && v <= last)) continue;
        int64_t i = (int64_t)(((v - first) / denom) * nb);
        if (i >= bins) i = bins - 1;
        if (v < edges[i]) i--;
        else if (i != bins - 1 && v >= edges[i + 1]) i++;
        counts[i]++;
    }
    return K4J_OK;
}

/* Explicit, non-decreasing edges e[0..m]: v counts in the largest bin i with
 * e[i] <= v (i < m), the last bin closed: v == e[m] counts in bin m - 1; v
 * outside [e[0], e[m]] and NaN are not counted (numpy's searchsorted rule). */
int32_t K4J_FN(hist_edges_f64)(const double *x, int64_t n, const double *edges, int64_t nedges, int64_t *counts) {
    const int64_t m = nedges - 1;
    const double lo = edges[0], hi = edges[m];
    for (int64_t k = 0; k < n; k++) {
        double v = x[k];
        if (!(v >= lo && v <= hi)) continue;
        int64_t a = 0, b = nedges; /* first index with e[idx] > v */
        while (a < b) {
            int64_t mid = a + (b - a) / 2;
            if (edges[mid] <= v) a = mid + 1;
            else b = mid;
        }
        int64_t i = a - 1;
        if (i >= m) i = m - 1;
        counts[i]++;
    }
    return K4J_OK;
}

#define K4J_DEFINE_INT_HIST(T, SFX)                                                                  \
    int32_t K4J_FN(hist_bincount_##SFX)(const T *x, int64_t n, int64_t *counts, int64_t nbins) {    \
        (void)nbins; /* the caller checked 0 <= x[k] < nbins */                                    \
        for (int64_t k = 0; k < n; k++) counts[x[k]]++;                                            \
        return K4J_OK;                                                                              \
    }                                                                                               \
    int32_t K4J_FN(hist_range_##SFX)(const T *x, int64_t n, int64_t *minmax) {                      \
        T lo = x[0], hi = x[0];                                                                     \
        for (int64_t k = 1; k < n; k++) {                                                           \
            lo = x[k] < lo ? x[k] : lo;                                                             \
            hi = x[k] > hi ? x[k] : hi;                                                             \
        }                                                                                           \
        minmax[0] = lo;                                                                             \
        minmax[1] = hi;                                                                             \
        return K4J_OK;                                                                              \
    }
K4J_DEFINE_INT_HIST(int64_t, i64)
K4J_DEFINE_INT_HIST(int32_t, i32)
