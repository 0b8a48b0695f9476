/* Internal to the native library: per-ISA symbol naming shared by the kernel
 * family files (compiled once per ISA with K4J_ISA_NAME set) and dispatch.c. */
#ifndef K4J_INTERNAL_H
#define K4J_INTERNAL_H

#include <float.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "k4j.h"

#define K4J_CAT_(a, b, c) a##_##b##_##c
#define K4J_CAT(a, b, c) K4J_CAT_(a, b, c)

/* Inside a family file: K4J_FN(reduce_sum_f64) names k4j_<isa>_reduce_sum_f64. */
#ifdef K4J_ISA_NAME
#define K4J_FN(name) K4J_CAT(k4j, K4J_ISA_NAME, name)
#endif

/* K4J_PASTE(reduce_sum, K4J_SFX) -> reduce_sum_f64 once K4J_SFX is expanded;
 * the dtype templates build their function names with it. */
#define K4J_PASTE_(a, b) a##_##b
#define K4J_PASTE(a, b) K4J_PASTE_(a, b)

#define K4J_HIDDEN __attribute__((visibility("hidden")))

/* The CPU as cpu.c sees it: vendor, family/model and per-core cache sizes in bytes.
 * source: 1 when the sizes came from CPUID's cache leaves, 2 when (some) came from
 * the family table because the CPUID of this machine (often a VM) did not give them. */
struct k4j_cpu {
    int32_t amd, intel, family, model, source;
    int64_t l1d, l2, l3;
};
K4J_HIDDEN void k4j_cpu_detect(struct k4j_cpu *cpu);

/* gemm_config: what k4j_gemm_config_* writes, K4J_GEMM_CONFIG_LEN values. */
#define K4J_GEMM_CONFIG_LEN 11

/* ---- the kernel list ------------------------------------------------------
 *
 * One row per public function of k4j.h except the info family:
 *   X(return type, name, (parameters after isa), (argument names), invalid, value)
 * `invalid` is the argument check done once in dispatch.c; `value` is what the
 * public function returns when it holds. The per-ISA kernels
 * k4j_<isa>_<name> take the same parameters minus isa and may assume valid
 * arguments. This list generates the per-ISA prototypes below and the
 * dispatchers in dispatch.c, so a kernel signature is written once here and
 * the compiler checks it against k4j.h (dispatch.c) and against every family
 * file (which sees these prototypes).
 */

/* n < 0, or a NULL pointer with n > 0. */
#define K4J_BAD_N(n) ((n) < 0)
#define K4J_BAD_P(p, n) ((n) > 0 && (p) == NULL)
#define K4J_BAD1(p, n) (K4J_BAD_N(n) || K4J_BAD_P(p, n))
#define K4J_BAD2(p, q, n) (K4J_BAD1(p, n) || K4J_BAD_P(q, n))
#define K4J_BAD3(p, q, r, n) (K4J_BAD2(p, q, n) || K4J_BAD_P(r, n))

#define K4J_NAN_VALUE __builtin_nan("")

#define K4J_REDUCE_KERNELS(X, T, SFX) \
    X(double, reduce_sum_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), K4J_NAN_VALUE) \
    X(double, reduce_nansum_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), K4J_NAN_VALUE) \
    X(int64_t, reduce_nancount_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), -1) \
    X(double, reduce_dot_##SFX, (const T *x, const T *y, int64_t n), (x, y, n), K4J_BAD2(x, y, n), K4J_NAN_VALUE) \
    X(double, reduce_norm2_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), K4J_NAN_VALUE) \
    X(double, reduce_sqdev_##SFX, (const T *x, int64_t n, double mean), (x, n, mean), K4J_BAD1(x, n), K4J_NAN_VALUE) \
    X(double, reduce_nansqdev_##SFX, (const T *x, int64_t n, double mean), (x, n, mean), K4J_BAD1(x, n), K4J_NAN_VALUE) \
    X(double, reduce_min_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), K4J_NAN_VALUE) \
    X(double, reduce_max_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), K4J_NAN_VALUE) \
    X(double, reduce_nanmin_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), K4J_NAN_VALUE) \
    X(double, reduce_nanmax_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), K4J_NAN_VALUE) \
    X(int64_t, reduce_argmin_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), -1) \
    X(int64_t, reduce_argmax_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), -1)

#define K4J_EW_BINARY_KERNEL(X, T, SFX, op) \
    X(int32_t, ew_##op##_##SFX, (const T *a, const T *b, T *out, int64_t n), (a, b, out, n), \
      K4J_BAD3(a, b, out, n), K4J_EINVAL)
#define K4J_EW_SCALAR_KERNEL(X, T, SFX, op) \
    X(int32_t, ew_##op##_##SFX, (const T *a, T s, T *out, int64_t n), (a, s, out, n), \
      K4J_BAD2(a, out, n), K4J_EINVAL)
#define K4J_EW_UNARY_KERNEL(X, T, SFX, op) \
    X(int32_t, ew_##op##_##SFX, (const T *x, T *out, int64_t n), (x, out, n), \
      K4J_BAD2(x, out, n), K4J_EINVAL)

#define K4J_EW_KERNELS(X, T, SFX) \
    K4J_EW_BINARY_KERNEL(X, T, SFX, add) \
    K4J_EW_BINARY_KERNEL(X, T, SFX, sub) \
    K4J_EW_BINARY_KERNEL(X, T, SFX, mul) \
    K4J_EW_BINARY_KERNEL(X, T, SFX, div) \
    K4J_EW_SCALAR_KERNEL(X, T, SFX, adds) \
    K4J_EW_SCALAR_KERNEL(X, T, SFX, subs) \
    K4J_EW_SCALAR_KERNEL(X, T, SFX, muls) \
    K4J_EW_SCALAR_KERNEL(X, T, SFX, divs) \
    X(int32_t, ew_axpy_##SFX, (T alpha, const T *x, T *y, int64_t n), (alpha, x, y, n), \
      K4J_BAD2(x, y, n), K4J_EINVAL) \
    K4J_EW_UNARY_KERNEL(X, T, SFX, abs) \
    K4J_EW_UNARY_KERNEL(X, T, SFX, neg) \
    K4J_EW_UNARY_KERNEL(X, T, SFX, sqrt) \
    K4J_EW_UNARY_KERNEL(X, T, SFX, exp) \
    K4J_EW_UNARY_KERNEL(X, T, SFX, log) \
    X(int32_t, ew_clip_##SFX, (const T *x, T lo, T hi, T *out, int64_t n), (x, lo, hi, out, n), \
      K4J_BAD2(x, out, n), K4J_EINVAL)

#define K4J_SCAN_KERNELS(X, T, SFX) \
    X(double, scan_cumsum_##SFX, (const T *x, T *out, int64_t n, double carry), (x, out, n, carry), \
      K4J_BAD2(x, out, n), K4J_NAN_VALUE)

/* Sort family. Ranks: each in [0, n), ascending. */
static inline int k4j_bad_ranks(const int64_t *ks, int64_t nk, int64_t n) {
    for (int64_t j = 0; j < nk; j++)
        if (ks[j] < 0 || ks[j] >= n || (j > 0 && ks[j] < ks[j - 1])) return 1;
    return 0;
}
#define K4J_SORT_NEEDS_SCRATCH(n, scratch) ((n) > K4J_SORT_STACK_MAX && (scratch) == NULL)
static inline int k4j_bad_plan(const int64_t *plan, int keybits) {
    return plan == NULL || (plan[0] != 0 && plan[0] != 1) || plan[1] < 1 || plan[1] > K4J_SORT_PLAN_MAX_BITS ||
           (plan[2] != 0 && plan[2] != 1) || plan[3] < 0 || plan[3] >= keybits;
}
static inline int k4j_bad_bounds(const int64_t *bounds, int64_t nb, int64_t nkeys) {
    if (nb < 0 || bounds == NULL || bounds[0] < 0 || nkeys < 0 || bounds[nb] > nkeys) return 1;
    for (int64_t j = 0; j < nb; j++)
        if (bounds[j + 1] < bounds[j]) return 1;
    return 0;
}
/* base + i (i < n) must not overflow int64. */
#define K4J_BAD_BASE(base, n) ((base) < 0 || (base) > INT64_MAX - (n))
#define K4J_BAD_TMP(tmp, ntmp) ((tmp) == NULL || (ntmp) < K4J_SORT_STACK_MAX)
#define K4J_SORT_KERNELS(X, T, K, SFX) \
    X(int32_t, sort_config_##SFX, (int64_t *config), (config), (config) == NULL, K4J_EINVAL) \
    X(int32_t, sort_bits_##SFX, (int64_t n, int32_t canon), (n, canon), (n) < 0 || ((canon) != 0 && (canon) != 1), \
      K4J_EINVAL) \
    X(int32_t, sort_direct_##SFX, (int64_t n), (n), (n) < 0, K4J_EINVAL) \
    X(int32_t, sort_tokeys_##SFX, (const T *x, int64_t n, K *keys), (x, n, keys), K4J_BAD2(x, keys, n), K4J_EINVAL) \
    X(int32_t, sort_keysort_##SFX, (K *keys, int64_t n, K *tmp, int64_t ntmp, int64_t *work), (keys, n, tmp, ntmp, work), \
      K4J_BAD1(keys, n) || K4J_BAD_TMP(tmp, ntmp) || work == NULL, K4J_EINVAL) \
    X(int32_t, sort_fromkeys_##SFX, (const K *keys, int64_t n, T *x), (keys, n, x), K4J_BAD2(keys, x, n), K4J_EINVAL) \
    X(int32_t, sort_sort_##SFX, (T *x, int64_t n, T *scratch), (x, n, scratch), \
      K4J_BAD1(x, n) || K4J_SORT_NEEDS_SCRATCH(n, scratch), K4J_EINVAL) \
    X(int32_t, sort_argsort_##SFX, (const T *x, int64_t n, int64_t base, int64_t *out, K *keys_out, void *scratch), \
      (x, n, base, out, keys_out, scratch), \
      K4J_BAD2(x, out, n) || K4J_BAD_BASE(base, n) || K4J_SORT_NEEDS_SCRATCH(n, scratch), K4J_EINVAL) \
    X(int32_t, sort_partition_##SFX, (T *x, int64_t n, const int64_t *ks, int64_t nk), (x, n, ks, nk), \
      K4J_BAD1(x, n) || K4J_BAD1(ks, nk) || k4j_bad_ranks(ks, nk, n), K4J_EINVAL) \
    X(int32_t, sort_select_##SFX, (const T *x, int64_t n, const int64_t *ks, int64_t nk, T *vals, K *scratch), \
      (x, n, ks, nk, vals, scratch), \
      K4J_BAD2(x, scratch, n) || K4J_BAD2(ks, vals, nk) || k4j_bad_ranks(ks, nk, n), K4J_EINVAL) \
    X(int64_t, sort_corank_##SFX, (const T *a, int64_t na, const T *b, int64_t nb, int64_t k), (a, na, b, nb, k), \
      K4J_BAD1(a, na) || K4J_BAD1(b, nb) || k < 0 || k > na + nb, -1) \
    X(int32_t, sort_merge_##SFX, (const T *a, int64_t na, const T *b, int64_t nb, T *out), (a, na, b, nb, out), \
      K4J_BAD1(a, na) || K4J_BAD1(b, nb) || K4J_BAD_P(out, na + nb), K4J_EINVAL) \
    X(int64_t, sort_keycorank_##SFX, (const K *ka, int64_t na, const K *kb, int64_t nb, int64_t k), (ka, na, kb, nb, k), \
      K4J_BAD1(ka, na) || K4J_BAD1(kb, nb) || k < 0 || k > na + nb, -1) \
    X(int32_t, sort_argmerge_##SFX, (const K *ka, const int64_t *ia, int64_t na, const K *kb, const int64_t *ib, \
      int64_t nb, int64_t *out), (ka, ia, na, kb, ib, nb, out), \
      K4J_BAD2(ka, ia, na) || K4J_BAD2(kb, ib, nb) || K4J_BAD_P(out, na + nb), K4J_EINVAL) \
    X(int32_t, sort_plan_##SFX, (const T *x, int64_t n, int32_t canon, int32_t bits, int64_t *plan), \
      (x, n, canon, bits, plan), K4J_BAD1(x, n) || plan == NULL || (canon != 0 && canon != 1) || \
      bits > K4J_SORT_PLAN_MAX_BITS, K4J_EINVAL) \
    X(int64_t, sort_count_##SFX, (const T *x, int64_t n, const int64_t *plan, int64_t *counts), (x, n, plan, counts), \
      K4J_BAD1(x, n) || k4j_bad_plan(plan, 8 * (int)sizeof(K)) || counts == NULL, -1) \
    X(int32_t, sort_scatter_##SFX, (const T *x, int64_t n, const int64_t *plan, int64_t *offsets, K *dst, \
      int64_t cap), (x, n, plan, offsets, dst, cap), \
      K4J_BAD1(x, n) || K4J_BAD1(dst, cap) || k4j_bad_plan(plan, 8 * (int)sizeof(K)) || offsets == NULL, K4J_EINVAL) \
    X(int32_t, sort_scatter_piece_##SFX, (const T *x, int64_t n, const int64_t *plan, int64_t *offsets, K *dst, \
      int64_t cap, void *state, int64_t state_bytes, int32_t flags), \
      (x, n, plan, offsets, dst, cap, state, state_bytes, flags), \
      K4J_BAD1(x, n) || K4J_BAD1(dst, cap) || k4j_bad_plan(plan, 8 * (int)sizeof(K)) || offsets == NULL || \
      state_bytes < 0 || (state == NULL && state_bytes != 0) || (flags & ~3) != 0, K4J_EINVAL) \
    X(int32_t, sort_argscatter_##SFX, (const T *x, int64_t n, int64_t base, const int64_t *plan, int64_t *offsets, \
      K *kdst, int64_t *idst, int64_t cap), (x, n, base, plan, offsets, kdst, idst, cap), \
      K4J_BAD1(x, n) || K4J_BAD2(kdst, idst, cap) || K4J_BAD_BASE(base, n) || \
      k4j_bad_plan(plan, 8 * (int)sizeof(K)) || offsets == NULL, K4J_EINVAL) \
    X(int32_t, sort_argscatter_piece_##SFX, (const T *x, int64_t n, int64_t base, const int64_t *plan, \
      int64_t *offsets, K *kdst, int64_t *idst, int64_t cap, void *state, int64_t state_bytes, int32_t flags), \
      (x, n, base, plan, offsets, kdst, idst, cap, state, state_bytes, flags), \
      K4J_BAD1(x, n) || K4J_BAD2(kdst, idst, cap) || K4J_BAD_BASE(base, n) || \
      k4j_bad_plan(plan, 8 * (int)sizeof(K)) || offsets == NULL || state_bytes < 0 || \
      (state == NULL && state_bytes != 0) || (flags & ~3) != 0, K4J_EINVAL) \
    X(int32_t, sort_gather_##SFX, (const T *x, int64_t n, const int64_t *plan, int64_t *offsets, K *dst, \
      int64_t cap), (x, n, plan, offsets, dst, cap), \
      K4J_BAD1(x, n) || K4J_BAD1(dst, cap) || k4j_bad_plan(plan, 8 * (int)sizeof(K)) || offsets == NULL, K4J_EINVAL) \
    X(int32_t, sort_buckets_##SFX, (K *keys, int64_t nkeys, T *dst, const int64_t *bounds, int64_t nb, K *tmp, \
      int64_t ntmp, int64_t *work), (keys, nkeys, dst, bounds, nb, tmp, ntmp, work), \
      k4j_bad_bounds(bounds, nb, nkeys) || K4J_BAD_P(keys, nkeys) || work == NULL || \
      (dst == NULL && K4J_BAD_TMP(tmp, ntmp)), K4J_EINVAL) \
    X(int32_t, sort_buckets_at_##SFX, (K *keys, int64_t nkeys, const int64_t *kstart, T *dst, int64_t ndst, \
      const int64_t *bounds, int64_t nb, K *tmp, int64_t ntmp, int64_t *work), \
      (keys, nkeys, kstart, dst, ndst, bounds, nb, tmp, ntmp, work), \
      k4j_bad_bounds(bounds, nb, ndst) || K4J_BAD1(keys, nkeys) || K4J_BAD1(dst, ndst) || dst == NULL || \
      (nb > 0 && kstart == NULL) || work == NULL, K4J_EINVAL) \
    X(int32_t, sort_argbuckets_##SFX, (K *keys, int64_t *idx, int64_t nkeys, const int64_t *bounds, int64_t nb, \
      K *ktmp, int64_t *itmp, int64_t ntmp, int64_t *work), (keys, idx, nkeys, bounds, nb, ktmp, itmp, ntmp, work), \
      k4j_bad_bounds(bounds, nb, nkeys) || K4J_BAD2(keys, idx, nkeys) || work == NULL || \
      K4J_BAD_TMP(ktmp, ntmp) || itmp == NULL, K4J_EINVAL) \
    X(int32_t, sort_keyselect_##SFX, (K *keys, int64_t n, const int64_t *ks, int64_t nk, T *vals), \
      (keys, n, ks, nk, vals), \
      K4J_BAD1(keys, n) || K4J_BAD1(ks, nk) || K4J_BAD_P(vals, nk) || k4j_bad_ranks(ks, nk, n), K4J_EINVAL)

#define K4J_HIST_INT_KERNELS(X, T, SFX) \
    X(int32_t, hist_bincount_##SFX, (const T *x, int64_t n, int64_t *counts, int64_t nbins), (x, n, counts, nbins), \
      K4J_BAD1(x, n) || K4J_BAD_P(counts, nbins) || nbins < 0, K4J_EINVAL) \
    X(int32_t, hist_wbincount_##SFX, (const T *x, const double *w, int64_t n, double *sums, int64_t nbins), \
      (x, w, n, sums, nbins), K4J_BAD2(x, w, n) || K4J_BAD_P(sums, nbins) || nbins < 0, K4J_EINVAL) \
    X(int32_t, hist_range_##SFX, (const T *x, int64_t n, int64_t *minmax), (x, n, minmax), \
      n <= 0 || x == NULL || minmax == NULL, K4J_EINVAL)

#define K4J_HIST_KERNELS(X) \
    X(int32_t, hist_uniform_f64, (const double *x, int64_t n, double first, double last, const double *edges, \
      int64_t bins, int64_t *counts), (x, n, first, last, edges, bins, counts), \
      K4J_BAD1(x, n) || bins <= 0 || bins > INT32_MAX || edges == NULL || counts == NULL || !(first < last), K4J_EINVAL) \
    X(int32_t, hist_uniform_f32, (const float *x, int64_t n, float first, float last, double denom, int32_t wide, \
      const float *edges, int64_t bins, int64_t *counts), (x, n, first, last, denom, wide, edges, bins, counts), \
      K4J_BAD1(x, n) || bins <= 0 || bins > INT32_MAX || (!wide && bins > (1 << 24)) || edges == NULL || \
      counts == NULL || !(first < last) || !(denom > 0) || !(denom <= DBL_MAX), K4J_EINVAL) \
    X(int32_t, hist_uniform_i64, (const int64_t *x, int64_t n, double first, double last, double denom, \
      const double *edges, int64_t bins, int64_t *counts), (x, n, first, last, denom, edges, bins, counts), \
      K4J_BAD1(x, n) || bins <= 0 || bins > INT32_MAX || edges == NULL || counts == NULL || !(first < last) || \
      !(denom > 0) || !(denom <= DBL_MAX), K4J_EINVAL) \
    X(int32_t, hist_uniform_i32, (const int32_t *x, int64_t n, double first, double last, double denom, \
      const double *edges, int64_t bins, int64_t *counts), (x, n, first, last, denom, edges, bins, counts), \
      K4J_BAD1(x, n) || bins <= 0 || bins > INT32_MAX || edges == NULL || counts == NULL || !(first < last) || \
      !(denom > 0) || !(denom <= DBL_MAX), K4J_EINVAL) \
    K4J_HIST_EDGE_KERNELS(X, double, f64) \
    K4J_HIST_EDGE_KERNELS(X, float, f32) \
    K4J_HIST_EDGE_KERNELS(X, int64_t, i64) \
    K4J_HIST_EDGE_KERNELS(X, int32_t, i32) \
    K4J_HIST_INT_KERNELS(X, int64_t, i64) \
    K4J_HIST_INT_KERNELS(X, int32_t, i32) \
    K4J_HIST_WEIGHTED_KERNELS(X) \
    K4J_HIST_WPART_KERNELS(X, int64_t, i64) \
    K4J_HIST_WPART_KERNELS(X, int32_t, i32)

/* A weighted bincount of the values in [lo, hi) only: one part of a split by value. */
#define K4J_HIST_WPART_KERNELS(X, T, SFX) \
    X(int64_t, hist_wbincount_part_##SFX, (const T *x, const double *w, int64_t n, double *sums, int64_t lo, \
      int64_t hi), (x, w, n, sums, lo, hi), K4J_BAD2(x, w, n) || lo < 0 || hi < lo || K4J_BAD_P(sums, hi - lo), -1)

/* Weighted histograms: the uniform kernels' checks plus the weights. */
#define K4J_HIST_WEIGHTED_KERNELS(X) \
    X(int32_t, hist_wuniform_f64, (const double *x, const double *w, int64_t n, double first, double last, \
      const double *edges, int64_t bins, double *sums), (x, w, n, first, last, edges, bins, sums), \
      K4J_BAD2(x, w, n) || bins <= 0 || bins > INT32_MAX || edges == NULL || sums == NULL || !(first < last), \
      K4J_EINVAL) \
    X(int32_t, hist_wuniform_f32, (const float *x, const double *w, int64_t n, float first, float last, double denom, \
      int32_t wide, const float *edges, int64_t bins, double *sums), \
      (x, w, n, first, last, denom, wide, edges, bins, sums), \
      K4J_BAD2(x, w, n) || bins <= 0 || bins > INT32_MAX || (!wide && bins > (1 << 24)) || edges == NULL || \
      sums == NULL || !(first < last) || !(denom > 0) || !(denom <= DBL_MAX), K4J_EINVAL) \
    X(int32_t, hist_wuniform_i64, (const int64_t *x, const double *w, int64_t n, double first, double last, \
      double denom, const double *edges, int64_t bins, double *sums), \
      (x, w, n, first, last, denom, edges, bins, sums), \
      K4J_BAD2(x, w, n) || bins <= 0 || bins > INT32_MAX || edges == NULL || sums == NULL || !(first < last) || \
      !(denom > 0) || !(denom <= DBL_MAX), K4J_EINVAL) \
    X(int32_t, hist_wuniform_i32, (const int32_t *x, const double *w, int64_t n, double first, double last, \
      double denom, const double *edges, int64_t bins, double *sums), \
      (x, w, n, first, last, denom, edges, bins, sums), \
      K4J_BAD2(x, w, n) || bins <= 0 || bins > INT32_MAX || edges == NULL || sums == NULL || !(first < last) || \
      !(denom > 0) || !(denom <= DBL_MAX), K4J_EINVAL)

#define K4J_HIST_EDGE_KERNELS(X, T, SFX) \
    X(int32_t, hist_edges_##SFX, (const T *x, int64_t n, const double *edges, int64_t nedges, int64_t *counts), \
      (x, n, edges, nedges, counts), K4J_BAD1(x, n) || nedges < 2 || edges == NULL || counts == NULL, K4J_EINVAL)

/* gemm family: the leading-dimension and NULL checks of k4j.h's gemm section. */
#define K4J_MAX1(x) ((x) > 1 ? (x) : 1)
#define K4J_GEMM_BAD(ta, tb, m, n, k, a, lda, b, ldb, c, ldc)                                   \
    ((m) < 0 || (n) < 0 || (k) < 0 || (lda) < K4J_MAX1((ta) ? (m) : (k)) ||                    \
     (ldb) < K4J_MAX1((tb) ? (k) : (n)) || (ldc) < K4J_MAX1(n) ||                               \
     ((m) > 0 && (n) > 0 && (c) == NULL) ||                                                     \
     ((m) > 0 && (n) > 0 && (k) > 0 && ((a) == NULL || (b) == NULL)))
/* gemv: x has (ta ? m : n) elements, y has (ta ? n : m). */
#define K4J_GEMV_BAD(ta, m, n, a, lda, x, y)                                                    \
    ((m) < 0 || (n) < 0 || (lda) < K4J_MAX1(n) ||                                               \
     (((ta) ? (n) : (m)) > 0 && (y) == NULL) ||                                                 \
     ((m) > 0 && (n) > 0 && ((a) == NULL || (x) == NULL)))

#define K4J_GEMM_KERNELS(X, T, SFX)                                                             \
    X(int32_t, gemm_config_##SFX, (int64_t *config), (config), (config) == NULL, K4J_EINVAL)      \
    X(int64_t, probe_fma_##SFX, (int64_t rounds), (rounds), (rounds) < 0, -1)                   \
    X(int64_t, gemm_workspace_size_##SFX, (int64_t m, int64_t n, int64_t k), (m, n, k),          \
      ((m) < 0 || (n) < 0 || (k) < 0), -1)                                                      \
    X(int32_t, gemm_gemm_##SFX,                                                                 \
      (int32_t transA, int32_t transB, int64_t m, int64_t n, int64_t k, T alpha, const T *a,    \
       int64_t lda, const T *b, int64_t ldb, T beta, T *c, int64_t ldc, void *workspace),       \
      (transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, workspace),                \
      K4J_GEMM_BAD(transA, transB, m, n, k, a, lda, b, ldb, c, ldc), K4J_EINVAL)                \
    X(int64_t, gemm_packb_size_##SFX, (int64_t k, int64_t n), (k, n), ((k) < 0 || (n) < 0), -1)     \
    X(int64_t, gemm_packb_panels_##SFX, (int64_t k, int64_t n), (k, n), ((k) < 0 || (n) < 0), -1)   \
    X(int32_t, gemm_packb_##SFX,                                                                \
      (int32_t transB, int64_t k, int64_t n, const T *b, int64_t ldb, int64_t q0, int64_t q1,     \
       void *dst, int64_t dst_bytes),                                                           \
      (transB, k, n, b, ldb, q0, q1, dst, dst_bytes),                                           \
      ((k) < 0 || (n) < 0 || (ldb) < K4J_MAX1((transB) ? (k) : (n)) || (q0) < 0 || (q1) < (q0) ||  \
       ((k) > 0 && (n) > 0 && ((b) == NULL || (dst) == NULL)) || (dst_bytes) < 0), K4J_EINVAL)      \
    X(int32_t, gemm_gemm_packed_##SFX,                                                          \
      (int32_t transA, int64_t m, int64_t n, int64_t k, T alpha, const T *a, int64_t lda,         \
       const void *bpacked, int64_t bpacked_bytes, T beta, T *c, int64_t ldc, void *workspace),   \
      (transA, m, n, k, alpha, a, lda, bpacked, bpacked_bytes, beta, c, ldc, workspace),          \
      ((m) < 0 || (n) < 0 || (k) < 0 || (lda) < K4J_MAX1((transA) ? (m) : (k)) ||                \
       (ldc) < K4J_MAX1(n) || ((m) > 0 && (n) > 0 && (c) == NULL) || (bpacked_bytes) < 0 ||       \
       ((m) > 0 && (n) > 0 && (k) > 0 && ((a) == NULL || (bpacked) == NULL))), K4J_EINVAL)         \
    X(int32_t, gemm_gemv_##SFX,                                                                 \
      (int32_t transA, int64_t m, int64_t n, T alpha, const T *a, int64_t lda, const T *x,      \
       T beta, T *y),                                                                           \
      (transA, m, n, alpha, a, lda, x, beta, y), K4J_GEMV_BAD(transA, m, n, a, lda, x, y),      \
      K4J_EINVAL)

/* ufunc family (ufunc.c): NumPy's elementwise functions beyond + - * /. */
#define K4J_UFUNC_KERNELS(X, T, SFX) \
    K4J_EW_UNARY_KERNEL(X, T, SFX, sin) \
    K4J_EW_UNARY_KERNEL(X, T, SFX, cos) \
    K4J_EW_UNARY_KERNEL(X, T, SFX, tan) \
    K4J_EW_UNARY_KERNEL(X, T, SFX, tanh) \
    K4J_EW_UNARY_KERNEL(X, T, SFX, log1p) \
    K4J_EW_UNARY_KERNEL(X, T, SFX, expm1) \
    K4J_EW_UNARY_KERNEL(X, T, SFX, log2) \
    K4J_EW_UNARY_KERNEL(X, T, SFX, log10) \
    K4J_EW_UNARY_KERNEL(X, T, SFX, floor) \
    K4J_EW_UNARY_KERNEL(X, T, SFX, ceil) \
    K4J_EW_UNARY_KERNEL(X, T, SFX, rint) \
    K4J_EW_UNARY_KERNEL(X, T, SFX, sign) \
    K4J_EW_BINARY_KERNEL(X, T, SFX, pow) \
    K4J_EW_BINARY_KERNEL(X, T, SFX, atan2) \
    K4J_EW_BINARY_KERNEL(X, T, SFX, minimum) \
    K4J_EW_BINARY_KERNEL(X, T, SFX, maximum) \
    K4J_EW_BINARY_KERNEL(X, T, SFX, fmin) \
    K4J_EW_BINARY_KERNEL(X, T, SFX, fmax)

/* The reduce, elementwise and scan families: their arguments follow one naming scheme,
 * which test_kernels.c's generic argument-validation sweep relies on. */
#define K4J_BASIC_KERNELS(X) \
    K4J_REDUCE_KERNELS(X, double, f64) \
    K4J_REDUCE_KERNELS(X, float, f32) \
    K4J_EW_KERNELS(X, double, f64) \
    K4J_EW_KERNELS(X, float, f32) \
    K4J_SCAN_KERNELS(X, double, f64) \
    K4J_SCAN_KERNELS(X, float, f32) \
    K4J_UFUNC_KERNELS(X, double, f64) \
    K4J_UFUNC_KERNELS(X, float, f32)

/* Integer reductions (NumPy's rules): sum and prod in int64, wrapping; the exact sum
 * rounded once to double (mean's numerator); the first index of the minimum/maximum. */
#define K4J_IREDUCE_KERNELS(X, T, SFX) \
    X(int64_t, reduce_isum_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), 0) \
    X(int64_t, reduce_iprod_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), 0) \
    X(double, reduce_exactsum_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), K4J_NAN_VALUE) \
    X(int64_t, reduce_iargmin_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), -1) \
    X(int64_t, reduce_iargmax_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), -1)

/* ---- mask family (mask.c): comparisons into byte masks, where, predicates, truth reductions ---- */
#define K4J_BAD_CMP(op) ((op) < K4J_CMP_LT || (op) > K4J_CMP_GE)
#define K4J_MASK_COMMON_KERNELS(X, T, SFX) \
    X(int32_t, mask_cmp_##SFX, (int32_t op, const T *a, const T *b, uint8_t *out, int64_t n), (op, a, b, out, n), \
      K4J_BAD_CMP(op) || K4J_BAD3(a, b, out, n), K4J_EINVAL) \
    X(int32_t, mask_cmps_##SFX, (int32_t op, const T *a, T s, uint8_t *out, int64_t n), (op, a, s, out, n), \
      K4J_BAD_CMP(op) || K4J_BAD2(a, out, n), K4J_EINVAL) \
    X(int32_t, mask_where_##SFX, (const uint8_t *m, const T *a, const T *b, T *out, int64_t n), (m, a, b, out, n), \
      K4J_BAD3(m, a, b, n) || K4J_BAD_P(out, n), K4J_EINVAL) \
    X(int32_t, mask_wheres_##SFX, (const uint8_t *m, const T *a, T s, int32_t swap, T *out, int64_t n), \
      (m, a, s, swap, out, n), K4J_BAD3(m, a, out, n), K4J_EINVAL) \
    X(int32_t, mask_wheress_##SFX, (const uint8_t *m, T s, T u, T *out, int64_t n), (m, s, u, out, n), \
      K4J_BAD2(m, out, n), K4J_EINVAL) \
    X(int64_t, mask_countnz_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), -1) \
    X(int32_t, mask_any_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), K4J_EINVAL) \
    X(int32_t, mask_all_##SFX, (const T *x, int64_t n), (x, n), K4J_BAD1(x, n), K4J_EINVAL)
#define K4J_MASK_FLOAT_KERNELS(X, T, SFX) \
    K4J_MASK_COMMON_KERNELS(X, T, SFX) \
    X(int32_t, mask_isnan_##SFX, (const T *x, uint8_t *out, int64_t n), (x, out, n), K4J_BAD2(x, out, n), K4J_EINVAL) \
    X(int32_t, mask_isinf_##SFX, (const T *x, uint8_t *out, int64_t n), (x, out, n), K4J_BAD2(x, out, n), K4J_EINVAL) \
    X(int32_t, mask_isfinite_##SFX, (const T *x, uint8_t *out, int64_t n), (x, out, n), K4J_BAD2(x, out, n), \
      K4J_EINVAL) \
    X(int32_t, mask_nantonum_##SFX, (const T *x, T nan, T posinf, T neginf, T *out, int64_t n), \
      (x, nan, posinf, neginf, out, n), K4J_BAD2(x, out, n), K4J_EINVAL)
#define K4J_MASK_KERNELS(X) \
    K4J_MASK_FLOAT_KERNELS(X, double, f64) \
    K4J_MASK_FLOAT_KERNELS(X, float, f32) \
    K4J_MASK_COMMON_KERNELS(X, int64_t, i64) \
    K4J_MASK_COMMON_KERNELS(X, int32_t, i32) \
    X(int64_t, mask_countnz_b8, (const uint8_t *x, int64_t n), (x, n), K4J_BAD1(x, n), -1) \
    X(int32_t, mask_any_b8, (const uint8_t *x, int64_t n), (x, n), K4J_BAD1(x, n), K4J_EINVAL) \
    X(int32_t, mask_all_b8, (const uint8_t *x, int64_t n), (x, n), K4J_BAD1(x, n), K4J_EINVAL)

/* ---- axis family (axis.c): column reductions of a row-major block ---- */
static inline int k4j_bad_block(const void *x, int64_t rows, int64_t cols, int64_t ld) {
    if (rows < 0 || cols < 0 || ld < cols) return 1;
    if (rows == 0 || cols == 0) return 0;
    return x == NULL || cols > INT64_MAX / 8 || rows - 1 > (INT64_MAX / 8 - cols) / ld;
}
#define K4J_AXIS_KERNELS(X, T, SFX) \
    X(int32_t, axis_colsum_##SFX, (const T *x, int64_t rows, int64_t cols, int64_t ld, int32_t term, \
      const double *center, double *out, int64_t *nancount), (x, rows, cols, ld, term, center, out, nancount), \
      k4j_bad_block(x, rows, cols, ld) || (cols > 0 && out == NULL) || term < K4J_AXIS_SUM || \
      term > K4J_AXIS_NANSQDEV || (term >= K4J_AXIS_SQDEV && cols > 0 && center == NULL), K4J_EINVAL) \
    X(int32_t, axis_colext_##SFX, (const T *x, int64_t rows, int64_t cols, int64_t ld, int32_t op, double *out), \
      (x, rows, cols, ld, op, out), \
      k4j_bad_block(x, rows, cols, ld) || (cols > 0 && out == NULL) || op < K4J_AXIS_MIN || op > K4J_AXIS_NANMAX, \
      K4J_EINVAL)

#define K4J_KERNELS(X) \
    K4J_HIST_KERNELS(X) \
    K4J_IREDUCE_KERNELS(X, int64_t, i64) \
    K4J_IREDUCE_KERNELS(X, int32_t, i32) \
    K4J_SORT_KERNELS(X, double, uint64_t, f64) \
    K4J_SORT_KERNELS(X, float, uint32_t, f32) \
    K4J_SORT_KERNELS(X, int64_t, uint64_t, i64) \
    K4J_SORT_KERNELS(X, int32_t, uint32_t, i32) \
    K4J_BASIC_KERNELS(X) \
    K4J_GEMM_KERNELS(X, double, f64) \
    K4J_GEMM_KERNELS(X, float, f32) \
    K4J_MASK_KERNELS(X) \
    K4J_AXIS_KERNELS(X, double, f64) \
    K4J_AXIS_KERNELS(X, float, f32)

/* Per-ISA prototypes; the ISA names match CMake's K4J_ISA_NAME values, which
 * depend on the target architecture (CMakeLists.txt, K4J_ISA_PATHS). */
#define K4J_DECLARE_ONE_(isa, ret, name, params) K4J_HIDDEN ret k4j_##isa##_##name params;
#if defined(__aarch64__)
#define K4J_DECLARE_ALL_ISAS_(ret, name, params, args, invalid, value) \
    K4J_DECLARE_ONE_(baseline, ret, name, params) \
    K4J_DECLARE_ONE_(neon, ret, name, params)
#elif defined(__x86_64__)
#define K4J_DECLARE_ALL_ISAS_(ret, name, params, args, invalid, value) \
    K4J_DECLARE_ONE_(baseline, ret, name, params) \
    K4J_DECLARE_ONE_(avx2, ret, name, params) \
    K4J_DECLARE_ONE_(avx512, ret, name, params)
#else
#error "kernels4j's native build targets x86-64 and aarch64"
#endif
/* The summands of the NaN-skipping sums, shared by reduce.c and axis.c so that a column's
 * result keeps the 1-D kernel's bits: nansum adds -0.0 (the additive identity) for a NaN,
 * and the NaN-variant of the squared deviation too. A select on the bits, because gcc 12
 * miscompiles the plain `v == v ? v : -0.0` inside an add on AVX-512 (reduce.c explains
 * how); the bit form is correct on every path (vectorized on AVX2 / AVX-512). */
static inline double k4j_nan_to_neg_zero(double v) {
    uint64_t u;
    memcpy(&u, &v, sizeof u);
    const uint64_t keep = (uint64_t)0 - (uint64_t)(v == v); /* all ones unless NaN */
    u = (u & keep) | (~keep & UINT64_C(0x8000000000000000));
    memcpy(&v, &u, sizeof v);
    return v;
}

/* (v - c)^2, or -0.0 where v (not the square: an infinite c may make a number's square NaN,
 * which must stay) is NaN. */
static inline double k4j_square_unless_nan(double v, double c) {
    const double d = (v - c) * (v - c);
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    const uint64_t keep = (uint64_t)0 - (uint64_t)(v == v);
    u = (u & keep) | (~keep & UINT64_C(0x8000000000000000));
    double r;
    memcpy(&r, &u, sizeof r);
    return r;
}

K4J_KERNELS(K4J_DECLARE_ALL_ISAS_)

#endif
