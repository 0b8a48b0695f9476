/* Histograms: uniform bins with NumPy's index arithmetic and edge correction,
 * explicit edges by binary search, bincount, the integer range bincount needs.
 * Every histogram kernel ADDS to counts, so a caller can split the input into
 * chunks (short critical calls, or one partial histogram per worker) and get
 * the same counts. Compiled once per ISA path. */
#include <string.h>

#include "k4j_internal.h"

/* numpy.histogram, equal bins (numpy/lib/_histograms_impl.py, 2.4):
 *   keep v if first <= v <= last (NaN never);
 *   i = (intp)(((v - first) / (last - first)) * bins); i == bins -> bins - 1;
 *   v < edges[i] -> i - 1; else v >= edges[i + 1] and i != bins - 1 -> i + 1.
 * The correction makes the bin agree with the edges within the last ulp.
 *
 * Two steps per block of K4J_HIST_BLOCK values: the bin numbers, computed
 * without branches (the compiler vectorizes the arithmetic and the two edge
 * lookups), values not kept going to a spare bin; then the counting, spread
 * over four sub-histograms so that runs of equal bins do not wait on each
 * other's increments. Up to K4J_HIST_LOCAL_BINS bins the sub-histograms are
 * 32-bit and on the stack, added to counts every 2^31 values.
 *
 * Memory safety, whatever x and the edges hold and even while another thread
 * writes them: each value is read once per step, and every bin number is
 * clamped to [0, bins - 1] (or is the spare bin) before it indexes anything;
 * bincount checks each value against nbins. Under such a race the counts are
 * unspecified, the memory touched is not. */
#define K4J_HIST_BLOCK 512
#define K4J_HIST_LOCAL_BINS 2048

/* The edges as numpy.linspace makes them (and HistBinning.linspace in Java):
 * edges[i] = i * step + first, step = (last - first) / bins, the last one
 * exactly last. When the caller's edges are these (checked: bins + 1
 * comparisons), the kernel recomputes them in registers instead of loading
 * them by index: gathers are slow, and the values are bit for bit the same
 * (two roundings, no fused multiply-add: this file is plain C11). */
static int k4j_hist_edges_are_linear(double first, double last, const double *edges, int64_t bins, double *step) {
    double st = (last - first) / (double)bins;
    if (!(st > 0) || edges[bins] != last) return 0;
    for (int64_t i = 0; i < bins; i++)
        if (edges[i] != (double)i * st + first) return 0;
    *step = st;
    return 1;
}

/* One block of bin numbers. V is the type compared with the edges (the value
 * as numpy's tmp_a.astype(edges.dtype) holds it), W the type of numpy's index
 * arithmetic ((V)(v - first) / denom * nb). The index is clamped in W before
 * the conversion, so that no input (e.g. a float32 range whose rounded ends
 * lie outside [first, first + denom]) can make an index outside [0, bins). */
#define K4J_HIST_BIN_BODY(V, W, EDGE_LO, EDGE_HI)                                                    \
    for (int64_t k = 0; k < m; k++) {                                                                 \
        V v = (V)x[k];                                                                                \
        int32_t keep = (v >= first) & (v <= last);                                                    \
        W f = ((W)(v - first) / denom) * nb;                                                          \
        f = f < nb ? f : nb;                                                                          \
        f = keep ? f : (W)0; /* NaN and out-of-range values must not reach the conversion */          \
        int32_t i = (int32_t)f;                                                                       \
        i = i > lastbin ? lastbin : i;                                                                \
        int32_t down = v < (EDGE_LO);                                                                 \
        int32_t up = (v >= (EDGE_HI)) & (i != lastbin);                                               \
        i = i - down + up;                                                                            \
        i = i < 0 ? 0 : i; /* edges[0] > first: only with edges other than numpy's */                 \
        idx[k] = keep ? i : spare;                                                                    \
    }

/* Bin numbers in double arithmetic: float64 input, and integers as numpy
 * computes them (converted to float64, rounding int64 beyond 2^53). */
#define K4J_DEFINE_HIST_BINS_D(T, SFX)                                                               \
    static inline void k4j_hist_bins_##SFX(const T *x, int64_t m, double first, double last, double denom, \
                                           const double *edges, int64_t bins, int linear, double step,  \
                                           int32_t *idx) {                                              \
        const double nb = (double)bins;                                                                 \
        const int32_t lastbin = (int32_t)(bins - 1), spare = (int32_t)bins;                             \
        if (linear) {                                                                                   \
            _Pragma("omp simd")                                                                         \
            K4J_HIST_BIN_BODY(double, double, (double)i * step + first,                                 \
                              i == lastbin ? last : (double)(i + 1) * step + first)                     \
        } else {                                                                                        \
            _Pragma("omp simd")                                                                         \
            K4J_HIST_BIN_BODY(double, double, edges[i], edges[i + 1])                                   \
        }                                                                                               \
    }
K4J_DEFINE_HIST_BINS_D(double, f64)
K4J_DEFINE_HIST_BINS_D(int64_t, i64)
K4J_DEFINE_HIST_BINS_D(int32_t, i32)

/* float32 input: the keep test, the subtraction and the edge comparisons in
 * float32; the index arithmetic in float64 (wide: numpy's range given as
 * Python floats, a float64 denominator) or in float32 (the range taken from
 * the data as numpy.float32 scalars). When the edges are numpy's linspace of
 * this range (checked once per call), they are recomputed in registers:
 * wide, (float)(i * step + first) in double with step = denom / bins (the
 * range's start must be first itself, a float); narrow, i * step + first in
 * float with step = (float)denom / bins. Otherwise they are loaded by index. */
static int k4j_hist_f32_linear(float first, float last, double denom, int32_t wide, const float *edges,
                               int64_t bins, double *step64, float *step32) {
    if (edges[bins] != last) return 0;
    if (wide) {
        double st = denom / (double)bins;
        if (!(st > 0)) return 0;
        for (int64_t i = 0; i < bins; i++)
            if (edges[i] != (float)((double)i * st + (double)first)) return 0;
        *step64 = st;
    } else {
        float st = (float)denom / (float)bins;
        if (!(st > 0)) return 0;
        for (int64_t i = 0; i < bins; i++)
            if (edges[i] != (float)i * st + first) return 0;
        *step32 = st;
    }
    return 1;
}

static inline void k4j_hist_bins_f32(const float *x, int64_t m, float first, float last, double denom64,
                                     int32_t wide, const float *edges, int64_t bins, int linear, double step64,
                                     float step32, int32_t *idx) {
    const int32_t lastbin = (int32_t)(bins - 1), spare = (int32_t)bins;
    const double first64 = (double)first;
    if (wide) {
        const double denom = denom64, nb = (double)bins;
        if (linear) {
#pragma omp simd
            K4J_HIST_BIN_BODY(float, double, (float)((double)i * step64 + first64),
                              i == lastbin ? last : (float)((double)(i + 1) * step64 + first64))
        } else {
#pragma omp simd
            K4J_HIST_BIN_BODY(float, double, edges[i], edges[i + 1])
        }
    } else {
        const float denom = (float)denom64, nb = (float)bins;
        if (linear) {
#pragma omp simd
            K4J_HIST_BIN_BODY(float, float, (float)i * step32 + first,
                              i == lastbin ? last : (float)(i + 1) * step32 + first)
        } else {
#pragma omp simd
            K4J_HIST_BIN_BODY(float, float, edges[i], edges[i + 1])
        }
    }
}

/* Counting the bin numbers of all values, block by block: up to
 * K4J_HIST_LOCAL_BINS bins into four 32-bit sub-histograms on the stack
 * (runs of equal bins do not wait on each other's increments), added to counts
 * every 2^31 values; more bins straight into counts. BINS(b, m) fills idx for
 * x[b .. b + m). */
#define K4J_HIST_COUNT(BINS)                                                                         \
    do {                                                                                             \
        int32_t idx[K4J_HIST_BLOCK];                                                                 \
        if (bins <= K4J_HIST_LOCAL_BINS) {                                                           \
            uint32_t sub[4][K4J_HIST_LOCAL_BINS + 1];                                                \
            const int64_t flush = INT64_C(1) << 31;                                                  \
            for (int64_t start = 0; start < n; start += flush) {                                     \
                int64_t end = n - start > flush ? start + flush : n;                                 \
                for (int r = 0; r < 4; r++) /* only the bins in use and the spare one */             \
                    memset(sub[r], 0, sizeof(uint32_t) * (size_t)(bins + 1));                        \
                for (int64_t b = start; b < end; b += K4J_HIST_BLOCK) {                              \
                    int64_t m = end - b < K4J_HIST_BLOCK ? end - b : K4J_HIST_BLOCK;                 \
                    BINS(b, m);                                                                      \
                    int64_t k = 0;                                                                   \
                    for (; k + 4 <= m; k += 4) {                                                     \
                        sub[0][idx[k]]++;                                                            \
                        sub[1][idx[k + 1]]++;                                                        \
                        sub[2][idx[k + 2]]++;                                                        \
                        sub[3][idx[k + 3]]++;                                                        \
                    }                                                                                \
                    for (; k < m; k++) sub[0][idx[k]]++;                                             \
                }                                                                                    \
                for (int64_t j = 0; j < bins; j++)                                                   \
                    counts[j] += (int64_t)sub[0][j] + sub[1][j] + sub[2][j] + sub[3][j];             \
            }                                                                                        \
        } else {                                                                                     \
            for (int64_t b = 0; b < n; b += K4J_HIST_BLOCK) {                                        \
                int64_t m = n - b < K4J_HIST_BLOCK ? n - b : K4J_HIST_BLOCK;                         \
                BINS(b, m);                                                                          \
                for (int64_t k = 0; k < m; k++)                                                      \
                    if (idx[k] < bins) counts[idx[k]]++;                                             \
            }                                                                                        \
        }                                                                                            \
    } while (0)

#define K4J_HIST_CALL_F64(b, m) k4j_hist_bins_f64(x + (b), (m), first, last, last - first, edges, bins, linear, step, idx)
#define K4J_HIST_CALL_I64(b, m) k4j_hist_bins_i64(x + (b), (m), first, last, denom, edges, bins, linear, step, idx)
#define K4J_HIST_CALL_I32(b, m) k4j_hist_bins_i32(x + (b), (m), first, last, denom, edges, bins, linear, step, idx)
#define K4J_HIST_CALL_F32(b, m) \
    k4j_hist_bins_f32(x + (b), (m), first, last, denom, wide, edges, bins, linear, step64, step32, idx)

int32_t K4J_FN(hist_uniform_f64)(const double *x, int64_t n, double first, double last, const double *edges,
                                 int64_t bins, int64_t *counts) {
    double step = 0;
    int linear = k4j_hist_edges_are_linear(first, last, edges, bins, &step);
    K4J_HIST_COUNT(K4J_HIST_CALL_F64);
    return K4J_OK;
}

int32_t K4J_FN(hist_uniform_i64)(const int64_t *x, int64_t n, double first, double last, double denom,
                                 const double *edges, int64_t bins, int64_t *counts) {
    double step = 0;
    int linear = k4j_hist_edges_are_linear(first, last, edges, bins, &step);
    K4J_HIST_COUNT(K4J_HIST_CALL_I64);
    return K4J_OK;
}

int32_t K4J_FN(hist_uniform_i32)(const int32_t *x, int64_t n, double first, double last, double denom,
                                 const double *edges, int64_t bins, int64_t *counts) {
    double step = 0;
    int linear = k4j_hist_edges_are_linear(first, last, edges, bins, &step);
    K4J_HIST_COUNT(K4J_HIST_CALL_I32);
    return K4J_OK;
}

int32_t K4J_FN(hist_uniform_f32)(const float *x, int64_t n, float first, float last, double denom, int32_t wide,
                                 const float *edges, int64_t bins, int64_t *counts) {
    double step64 = 0;
    float step32 = 0;
    int linear = k4j_hist_f32_linear(first, last, denom, wide, edges, bins, &step64, &step32);
    K4J_HIST_COUNT(K4J_HIST_CALL_F32);
    return K4J_OK;
}

/* Explicit, non-decreasing edges e[0..m]: v (converted to double, exact for
 * float32 and int32, rounded for int64 beyond 2^53, as numpy's searchsorted
 * compares them) counts in the largest bin i with e[i] <= v (i < m), the last
 * bin closed: v == e[m] counts in bin m - 1; v outside [e[0], e[m]] and NaN
 * are not counted (numpy's searchsorted rule). */
#define K4J_DEFINE_HIST_EDGES(T, SFX)                                                                \
    int32_t K4J_FN(hist_edges_##SFX)(const T *x, int64_t n, const double *edges, int64_t nedges,   \
                                     int64_t *counts) {                                             \
        const int64_t m = nedges - 1;                                                               \
        const double lo = edges[0], hi = edges[m];                                                  \
        for (int64_t k = 0; k < n; k++) {                                                           \
            double v = (double)x[k];                                                                \
            if (!(v >= lo && v <= hi)) continue;                                                    \
            int64_t a = 0, b = nedges; /* first index with e[idx] > v */                            \
            while (a < b) {                                                                         \
                int64_t mid = a + (b - a) / 2;                                                      \
                if (edges[mid] <= v) a = mid + 1;                                                   \
                else b = mid;                                                                       \
            }                                                                                       \
            int64_t i = a - 1;                                                                      \
            if (i >= m) i = m - 1;                                                                  \
            if (i < 0) i = 0; /* edges not sorted, or rewritten during the call */                  \
            counts[i]++;                                                                            \
        }                                                                                           \
        return K4J_OK;                                                                              \
    }
K4J_DEFINE_HIST_EDGES(double, f64)
K4J_DEFINE_HIST_EDGES(float, f32)
K4J_DEFINE_HIST_EDGES(int64_t, i64)
K4J_DEFINE_HIST_EDGES(int32_t, i32)

#define K4J_DEFINE_INT_HIST(T, SFX)                                                                  \
    int32_t K4J_FN(hist_bincount_##SFX)(const T *x, int64_t n, int64_t *counts, int64_t nbins) {    \
        /* The caller found 0 <= x[k] < nbins in an earlier pass; x may have changed since. */     \
        int64_t skipped = 0;                                                                        \
        for (int64_t k = 0; k < n; k++) {                                                           \
            int64_t v = (int64_t)x[k];                                                              \
            if (__builtin_expect((uint64_t)v < (uint64_t)nbins, 1)) counts[v]++;                    \
            else skipped++;                                                                         \
        }                                                                                           \
        return skipped == 0 ? K4J_OK : K4J_ERANGE;                                                  \
    }                                                                                               \
    /* As bincount, adding w[k] instead of 1, in index order (NumPy's order, so its bits). */      \
    int32_t K4J_FN(hist_wbincount_##SFX)(const T *x, const double *w, int64_t n, double *sums,      \
                                         int64_t nbins) {                                           \
        int64_t skipped = 0;                                                                        \
        for (int64_t k = 0; k < n; k++) {                                                           \
            int64_t v = (int64_t)x[k];                                                              \
            if (__builtin_expect((uint64_t)v < (uint64_t)nbins, 1)) sums[v] += w[k];                \
            else skipped++;                                                                         \
        }                                                                                           \
        return skipped == 0 ? K4J_OK : K4J_ERANGE;                                                  \
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

/* ---- weighted histograms (numpy.histogram(a, bins, range, weights=w)) ------
 * The bin of each value exactly as the uniform kernels above find it (the same
 * block functions, so the same clamped bin numbers, the spare bin for values
 * not kept), then sums[bin] += w[k] in index order: NumPy's bincount(indices,
 * weights) within one of its 65536-element blocks, which the Java planner
 * feeds one at a time into a zeroed partial and merges in block order. Each
 * weight of a kept value is read once, in the same step as its bin is used;
 * the weight of a value not kept is not read. */
#define K4J_WHIST_ADD(BINS)                                                                          \
    do {                                                                                             \
        int32_t idx[K4J_HIST_BLOCK];                                                                 \
        for (int64_t b = 0; b < n; b += K4J_HIST_BLOCK) {                                            \
            int64_t m = n - b < K4J_HIST_BLOCK ? n - b : K4J_HIST_BLOCK;                             \
            BINS(b, m);                                                                              \
            const double *wb = w + b;                                                                \
            for (int64_t k = 0; k < m; k++) {                                                        \
                int32_t i = idx[k];                                                                  \
                if (i < bins) sums[i] += wb[k];                                                      \
            }                                                                                        \
        }                                                                                            \
    } while (0)

int32_t K4J_FN(hist_wuniform_f64)(const double *x, const double *w, int64_t n, double first, double last,
                                  const double *edges, int64_t bins, double *sums) {
    double step = 0;
    int linear = k4j_hist_edges_are_linear(first, last, edges, bins, &step);
    K4J_WHIST_ADD(K4J_HIST_CALL_F64);
    return K4J_OK;
}

int32_t K4J_FN(hist_wuniform_f32)(const float *x, const double *w, int64_t n, float first, float last,
                                  double denom, int32_t wide, const float *edges, int64_t bins, double *sums) {
    double step64 = 0;
    float step32 = 0;
    int linear = k4j_hist_f32_linear(first, last, denom, wide, edges, bins, &step64, &step32);
    K4J_WHIST_ADD(K4J_HIST_CALL_F32);
    return K4J_OK;
}

int32_t K4J_FN(hist_wuniform_i64)(const int64_t *x, const double *w, int64_t n, double first, double last,
                                  double denom, const double *edges, int64_t bins, double *sums) {
    double step = 0;
    int linear = k4j_hist_edges_are_linear(first, last, edges, bins, &step);
    K4J_WHIST_ADD(K4J_HIST_CALL_I64);
    return K4J_OK;
}

int32_t K4J_FN(hist_wuniform_i32)(const int32_t *x, const double *w, int64_t n, double first, double last,
                                  double denom, const double *edges, int64_t bins, double *sums) {
    double step = 0;
    int linear = k4j_hist_edges_are_linear(first, last, edges, bins, &step);
    K4J_WHIST_ADD(K4J_HIST_CALL_I32);
    return K4J_OK;
}

/* A weighted bincount split by value: each part adds only the values in
 * [lo, hi), in index order, so every bin sums exactly the terms of the whole
 * wbincount in the same order. The bound test is one unsigned comparison per
 * value (v - lo computed in uint64, so values below lo wrap above hi - lo). */
#define K4J_DEFINE_WPART(T, SFX)                                                                     \
    int64_t K4J_FN(hist_wbincount_part_##SFX)(const T *x, const double *w, int64_t n, double *sums,  \
                                               int64_t lo, int64_t hi) {                             \
        const uint64_t width = (uint64_t)(hi - lo);                                                  \
        int64_t added = 0;                                                                           \
        for (int64_t k = 0; k < n; k++) {                                                            \
            uint64_t d = (uint64_t)(int64_t)x[k] - (uint64_t)lo;                                     \
            if (d < width) {                                                                         \
                sums[d] += w[k];                                                                     \
                added++;                                                                             \
            }                                                                                        \
        }                                                                                            \
        return added;                                                                                \
    }
K4J_DEFINE_WPART(int64_t, i64)
K4J_DEFINE_WPART(int32_t, i32)
