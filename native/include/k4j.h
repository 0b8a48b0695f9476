/*
 * kernels4j: the one public header of the native kernels.
 *
 * Every exported function is declared here and named k4j_<family>_<op>_<dtype>
 * (functions of the "info" and "mem" families take no dtype). The Java bindings in
 * org.kernels4j.ffi.k4j_h mirror this file one to one; a test parses this file
 * and fails when the two disagree, so keep one declaration per line:
 *   <return type> k4j_<name>(<param type> <name>, ...);
 *
 * Conventions
 *  - isa: the instruction-set path to run: K4J_ISA_BASELINE (x86-64: SSE2;
 *    aarch64: scalar armv8-a, no Advanced SIMD), K4J_ISA_AVX2 (AVX2 + FMA),
 *    K4J_ISA_AVX512 (AVX-512 F/BW/DQ/VL), K4J_ISA_NEON (aarch64 Advanced SIMD),
 *    or K4J_ISA_AUTO for the best this CPU supports. A path the CPU does not
 *    support, one of the other architecture, or an unknown value, is lowered to
 *    the best supported one: a kernel never executes an instruction the CPU lacks.
 *  - n: element count, int64_t. Callers (the Java layer) check every bound
 *    before the call; the kernels still reject n < 0 and NULL pointers with
 *    n > 0 (status K4J_EINVAL, or NaN / -1 for value-returning kernels).
 *  - Outputs of elementwise kernels may be the very same pointer as an input
 *    (in place). Partial overlap is not supported here; the Java layer copies
 *    the input first in that case.
 *  - float32 reductions accumulate in float64 and return a double.
 *
 * Summation order (sum, nansum, dot, norm2's sum of squares, variance's sum of
 * squared deviations): the "k4j tree", identical on every ISA path and in the
 * Java backend, so results are bit-for-bit equal everywhere:
 *  1. x is cut into blocks of K4J_SUM_BLOCK = 512 elements (the last may be short).
 *  2. In a block, 32 lane accumulators start at -0.0; element i of the block is
 *     added to lane (i mod 32), in increasing i. The lanes are then reduced by
 *     halving: for w = 16, 8, 4, 2, 1: lane[j] = lane[j] + lane[j + w], j < w.
 *     The block's value is lane[0].
 *  3. Block values are combined with a binary counter: each block value is
 *     pushed at level 0; while the two top entries have equal level they are
 *     replaced by (below + top) at level + 1. At the end the stack is folded
 *     from the top: r = top; r = below + r; ... down to the bottom.
 *  4. n == 0 gives +0.0.
 * A chunk of 512 * 2^k elements starting at a multiple of that size is a
 * complete subtree, so a caller that splits x that way and combines the chunk
 * values with the same counter (the last, shorter chunk folded and pushed
 * last) obtains the identical bits. The error bound is that of NumPy's
 * pairwise summation or better (16 sequential additions per lane, then a
 * balanced tree).
 */
#ifndef K4J_H
#define K4J_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(K4J_BUILDING) && defined(__GNUC__)
#define K4J_API __attribute__((visibility("default")))
#else
#define K4J_API
#endif

#define K4J_ISA_AUTO (-1)
#define K4J_ISA_BASELINE 0
#define K4J_ISA_AVX2 1
#define K4J_ISA_AVX512 2
#define K4J_ISA_NEON 3

#define K4J_OK 0
#define K4J_EINVAL (-1)
/* A kernel could not allocate its working memory (sort family). */
#define K4J_ENOMEM (-2)
/* Some input value lay outside the range the caller promised (bincount: an
 * x[i] outside [0, nbins), e.g. x changed after the caller's range pass);
 * such values were skipped, everything else was done. */
#define K4J_ERANGE (-3)

#define K4J_SUM_BLOCK 512
#define K4J_SUM_LANES 32

/* Sort family: up to K4J_SORT_STACK_MAX elements the sorts need no scratch. */
#define K4J_SORT_STACK_MAX 1024

/* ---- info ---------------------------------------------------------------- */

/* Best ISA path this CPU (and OS) supports: one of K4J_ISA_*. */
K4J_API int32_t k4j_info_best_isa(void);
/* The path a kernel called with `isa` actually runs (after lowering). */
K4J_API int32_t k4j_info_resolve_isa(int32_t isa);
/* ABI version of this library; the Java bindings refuse a mismatch. */
K4J_API int32_t k4j_info_abi_version(void);

/* ---- mem ------------------------------------------------------------------ */

/* Zero-filled memory of `bytes` bytes (> 0) aligned to 2 MiB and advised for
 * transparent huge pages (MADV_HUGEPAGE) before first touch, as NumPy does for
 * large arrays: streaming kernels read it ~25% faster than 4 KiB pages. Pages
 * are zero-filled lazily by the kernel, so allocation itself is cheap. NULL on
 * failure. Release with k4j_mem_free and the same byte count. */
K4J_API void *k4j_mem_alloc_huge(int64_t bytes);
/* Releases memory from k4j_mem_alloc_huge; `bytes` as given there. */
K4J_API int32_t k4j_mem_free_huge(void *p, int64_t bytes);

/* ---- reduce: float64 ----------------------------------------------------- */

/* k4j tree sum; +0.0 when n == 0; NaN/Inf propagate by IEEE arithmetic. */
K4J_API double k4j_reduce_sum_f64(int32_t isa, const double *x, int64_t n);
/* k4j tree sum with NaN treated as -0.0 (no effect on the sum). */
K4J_API double k4j_reduce_nansum_f64(int32_t isa, const double *x, int64_t n);
/* Number of NaN elements. */
K4J_API int64_t k4j_reduce_nancount_f64(int32_t isa, const double *x, int64_t n);
/* k4j tree sum of x[i] * y[i] (product rounded, no FMA). */
K4J_API double k4j_reduce_dot_f64(int32_t isa, const double *x, const double *y, int64_t n);
/* sqrt(k4j tree sum of x[i]^2); when that overflows or underflows it is
 * recomputed as m * sqrt(tree sum of (x[i]/m)^2), m = max |x[i]|. NaN if any NaN. */
K4J_API double k4j_reduce_norm2_f64(int32_t isa, const double *x, int64_t n);
/* k4j tree sum of (x[i] - mean)^2: the second pass of a two-pass variance. */
K4J_API double k4j_reduce_sqdev_f64(int32_t isa, const double *x, int64_t n, double mean);
/* As sqdev, with each NaN element adding -0.0 (nothing): the second pass of nanvar. */
K4J_API double k4j_reduce_nansqdev_f64(int32_t isa, const double *x, int64_t n, double mean);
/* IEEE 754-2019 minimum / maximum (as Java's Math.min/max): NaN if any NaN,
 * -0.0 < +0.0. NaN when n == 0 (the caller rejects empty input). */
K4J_API double k4j_reduce_min_f64(int32_t isa, const double *x, int64_t n);
K4J_API double k4j_reduce_max_f64(int32_t isa, const double *x, int64_t n);
/* As min/max, ignoring NaN; NaN when every element is NaN or n == 0. */
K4J_API double k4j_reduce_nanmin_f64(int32_t isa, const double *x, int64_t n);
K4J_API double k4j_reduce_nanmax_f64(int32_t isa, const double *x, int64_t n);
/* NumPy's argmin/argmax: index of the first NaN if any, else the first index
 * whose value compares == to the minimum (maximum); -1 when n <= 0. */
K4J_API int64_t k4j_reduce_argmin_f64(int32_t isa, const double *x, int64_t n);
K4J_API int64_t k4j_reduce_argmax_f64(int32_t isa, const double *x, int64_t n);

/* ---- reduce: float32 (accumulate and return in float64) ------------------- */

K4J_API double k4j_reduce_sum_f32(int32_t isa, const float *x, int64_t n);
K4J_API double k4j_reduce_nansum_f32(int32_t isa, const float *x, int64_t n);
K4J_API int64_t k4j_reduce_nancount_f32(int32_t isa, const float *x, int64_t n);
K4J_API double k4j_reduce_dot_f32(int32_t isa, const float *x, const float *y, int64_t n);
K4J_API double k4j_reduce_norm2_f32(int32_t isa, const float *x, int64_t n);
K4J_API double k4j_reduce_sqdev_f32(int32_t isa, const float *x, int64_t n, double mean);
K4J_API double k4j_reduce_nansqdev_f32(int32_t isa, const float *x, int64_t n, double mean);
K4J_API double k4j_reduce_min_f32(int32_t isa, const float *x, int64_t n);
K4J_API double k4j_reduce_max_f32(int32_t isa, const float *x, int64_t n);
K4J_API double k4j_reduce_nanmin_f32(int32_t isa, const float *x, int64_t n);
K4J_API double k4j_reduce_nanmax_f32(int32_t isa, const float *x, int64_t n);
K4J_API int64_t k4j_reduce_argmin_f32(int32_t isa, const float *x, int64_t n);
K4J_API int64_t k4j_reduce_argmax_f32(int32_t isa, const float *x, int64_t n);

/* ---- reduce: int64 and int32 (NumPy's integer rules) --------------------------- */

/* Sum and product in int64, wrapping around on overflow (two's complement, as
 * NumPy's int64 accumulator); 0 and 1 when n == 0. */
K4J_API int64_t k4j_reduce_isum_i64(int32_t isa, const int64_t *x, int64_t n);
K4J_API int64_t k4j_reduce_iprod_i64(int32_t isa, const int64_t *x, int64_t n);
/* The exact sum, rounded once to the nearest double (ties to even): the numerator
 * of mean. +0.0 when n == 0. */
K4J_API double k4j_reduce_exactsum_i64(int32_t isa, const int64_t *x, int64_t n);
/* The first index of the minimum / maximum; -1 when n <= 0. */
K4J_API int64_t k4j_reduce_iargmin_i64(int32_t isa, const int64_t *x, int64_t n);
K4J_API int64_t k4j_reduce_iargmax_i64(int32_t isa, const int64_t *x, int64_t n);
K4J_API int64_t k4j_reduce_isum_i32(int32_t isa, const int32_t *x, int64_t n);
K4J_API int64_t k4j_reduce_iprod_i32(int32_t isa, const int32_t *x, int64_t n);
K4J_API double k4j_reduce_exactsum_i32(int32_t isa, const int32_t *x, int64_t n);
K4J_API int64_t k4j_reduce_iargmin_i32(int32_t isa, const int32_t *x, int64_t n);
K4J_API int64_t k4j_reduce_iargmax_i32(int32_t isa, const int32_t *x, int64_t n);

/* ---- elementwise: float64 (status K4J_OK or K4J_EINVAL) ------------------- */

/* out[i] = a[i] op b[i] */
K4J_API int32_t k4j_ew_add_f64(int32_t isa, const double *a, const double *b, double *out, int64_t n);
K4J_API int32_t k4j_ew_sub_f64(int32_t isa, const double *a, const double *b, double *out, int64_t n);
K4J_API int32_t k4j_ew_mul_f64(int32_t isa, const double *a, const double *b, double *out, int64_t n);
K4J_API int32_t k4j_ew_div_f64(int32_t isa, const double *a, const double *b, double *out, int64_t n);
/* out[i] = a[i] op s */
K4J_API int32_t k4j_ew_adds_f64(int32_t isa, const double *a, double s, double *out, int64_t n);
K4J_API int32_t k4j_ew_subs_f64(int32_t isa, const double *a, double s, double *out, int64_t n);
K4J_API int32_t k4j_ew_muls_f64(int32_t isa, const double *a, double s, double *out, int64_t n);
K4J_API int32_t k4j_ew_divs_f64(int32_t isa, const double *a, double s, double *out, int64_t n);
/* y[i] = alpha * x[i] + y[i] (two roundings, no FMA, as NumPy's a*x+y) */
K4J_API int32_t k4j_ew_axpy_f64(int32_t isa, double alpha, const double *x, double *y, int64_t n);
/* out[i] = f(x[i]) */
K4J_API int32_t k4j_ew_abs_f64(int32_t isa, const double *x, double *out, int64_t n);
K4J_API int32_t k4j_ew_neg_f64(int32_t isa, const double *x, double *out, int64_t n);
K4J_API int32_t k4j_ew_sqrt_f64(int32_t isa, const double *x, double *out, int64_t n);
K4J_API int32_t k4j_ew_exp_f64(int32_t isa, const double *x, double *out, int64_t n);
K4J_API int32_t k4j_ew_log_f64(int32_t isa, const double *x, double *out, int64_t n);
/* out[i] = min(max(x[i], lo), hi) with NaN in x propagating (NumPy's clip). */
K4J_API int32_t k4j_ew_clip_f64(int32_t isa, const double *x, double lo, double hi, double *out, int64_t n);

/* ---- elementwise: float32 ------------------------------------------------- */

K4J_API int32_t k4j_ew_add_f32(int32_t isa, const float *a, const float *b, float *out, int64_t n);
K4J_API int32_t k4j_ew_sub_f32(int32_t isa, const float *a, const float *b, float *out, int64_t n);
K4J_API int32_t k4j_ew_mul_f32(int32_t isa, const float *a, const float *b, float *out, int64_t n);
K4J_API int32_t k4j_ew_div_f32(int32_t isa, const float *a, const float *b, float *out, int64_t n);
K4J_API int32_t k4j_ew_adds_f32(int32_t isa, const float *a, float s, float *out, int64_t n);
K4J_API int32_t k4j_ew_subs_f32(int32_t isa, const float *a, float s, float *out, int64_t n);
K4J_API int32_t k4j_ew_muls_f32(int32_t isa, const float *a, float s, float *out, int64_t n);
K4J_API int32_t k4j_ew_divs_f32(int32_t isa, const float *a, float s, float *out, int64_t n);
K4J_API int32_t k4j_ew_axpy_f32(int32_t isa, float alpha, const float *x, float *y, int64_t n);
K4J_API int32_t k4j_ew_abs_f32(int32_t isa, const float *x, float *out, int64_t n);
K4J_API int32_t k4j_ew_neg_f32(int32_t isa, const float *x, float *out, int64_t n);
K4J_API int32_t k4j_ew_sqrt_f32(int32_t isa, const float *x, float *out, int64_t n);
K4J_API int32_t k4j_ew_exp_f32(int32_t isa, const float *x, float *out, int64_t n);
K4J_API int32_t k4j_ew_log_f32(int32_t isa, const float *x, float *out, int64_t n);
K4J_API int32_t k4j_ew_clip_f32(int32_t isa, const float *x, float lo, float hi, float *out, int64_t n);

/* ---- ufunc: NumPy's elementwise functions beyond + - * / ------------------ */

/* out[i] = f(x[i]) and out[i] = f(a[i], b[i]); status K4J_OK or K4J_EINVAL; out may be
 * the very same pointer as an input. float32 transcendental functions are computed in
 * double and rounded once. Exact: floor, ceil, rint (half to even), sign (np.sign: +-1,
 * +0.0 for either zero, NaN unchanged), minimum/maximum (NaN propagates; b when equal),
 * fmin/fmax (NaN ignored; b when equal). The ulp bounds are in docs/semantics.md. */
K4J_API int32_t k4j_ew_sin_f64(int32_t isa, const double *x, double *out, int64_t n);
K4J_API int32_t k4j_ew_cos_f64(int32_t isa, const double *x, double *out, int64_t n);
K4J_API int32_t k4j_ew_tan_f64(int32_t isa, const double *x, double *out, int64_t n);
K4J_API int32_t k4j_ew_tanh_f64(int32_t isa, const double *x, double *out, int64_t n);
K4J_API int32_t k4j_ew_log1p_f64(int32_t isa, const double *x, double *out, int64_t n);
K4J_API int32_t k4j_ew_expm1_f64(int32_t isa, const double *x, double *out, int64_t n);
K4J_API int32_t k4j_ew_log2_f64(int32_t isa, const double *x, double *out, int64_t n);
K4J_API int32_t k4j_ew_log10_f64(int32_t isa, const double *x, double *out, int64_t n);
K4J_API int32_t k4j_ew_floor_f64(int32_t isa, const double *x, double *out, int64_t n);
K4J_API int32_t k4j_ew_ceil_f64(int32_t isa, const double *x, double *out, int64_t n);
K4J_API int32_t k4j_ew_rint_f64(int32_t isa, const double *x, double *out, int64_t n);
K4J_API int32_t k4j_ew_sign_f64(int32_t isa, const double *x, double *out, int64_t n);
K4J_API int32_t k4j_ew_pow_f64(int32_t isa, const double *a, const double *b, double *out, int64_t n);
K4J_API int32_t k4j_ew_atan2_f64(int32_t isa, const double *a, const double *b, double *out, int64_t n);
K4J_API int32_t k4j_ew_minimum_f64(int32_t isa, const double *a, const double *b, double *out, int64_t n);
K4J_API int32_t k4j_ew_maximum_f64(int32_t isa, const double *a, const double *b, double *out, int64_t n);
K4J_API int32_t k4j_ew_fmin_f64(int32_t isa, const double *a, const double *b, double *out, int64_t n);
K4J_API int32_t k4j_ew_fmax_f64(int32_t isa, const double *a, const double *b, double *out, int64_t n);
K4J_API int32_t k4j_ew_sin_f32(int32_t isa, const float *x, float *out, int64_t n);
K4J_API int32_t k4j_ew_cos_f32(int32_t isa, const float *x, float *out, int64_t n);
K4J_API int32_t k4j_ew_tan_f32(int32_t isa, const float *x, float *out, int64_t n);
K4J_API int32_t k4j_ew_tanh_f32(int32_t isa, const float *x, float *out, int64_t n);
K4J_API int32_t k4j_ew_log1p_f32(int32_t isa, const float *x, float *out, int64_t n);
K4J_API int32_t k4j_ew_expm1_f32(int32_t isa, const float *x, float *out, int64_t n);
K4J_API int32_t k4j_ew_log2_f32(int32_t isa, const float *x, float *out, int64_t n);
K4J_API int32_t k4j_ew_log10_f32(int32_t isa, const float *x, float *out, int64_t n);
K4J_API int32_t k4j_ew_floor_f32(int32_t isa, const float *x, float *out, int64_t n);
K4J_API int32_t k4j_ew_ceil_f32(int32_t isa, const float *x, float *out, int64_t n);
K4J_API int32_t k4j_ew_rint_f32(int32_t isa, const float *x, float *out, int64_t n);
K4J_API int32_t k4j_ew_sign_f32(int32_t isa, const float *x, float *out, int64_t n);
K4J_API int32_t k4j_ew_pow_f32(int32_t isa, const float *a, const float *b, float *out, int64_t n);
K4J_API int32_t k4j_ew_atan2_f32(int32_t isa, const float *a, const float *b, float *out, int64_t n);
K4J_API int32_t k4j_ew_minimum_f32(int32_t isa, const float *a, const float *b, float *out, int64_t n);
K4J_API int32_t k4j_ew_maximum_f32(int32_t isa, const float *a, const float *b, float *out, int64_t n);
K4J_API int32_t k4j_ew_fmin_f32(int32_t isa, const float *a, const float *b, float *out, int64_t n);
K4J_API int32_t k4j_ew_fmax_f32(int32_t isa, const float *a, const float *b, float *out, int64_t n);

/* ---- scan ------------------------------------------------------------------ */

/* Running sum, sequential as NumPy's cumsum: acc = carry; out[i] = acc += x[i].
 * Returns the final accumulator (carry for the next chunk); out may equal x.
 * float32 accumulates in float64 and stores each rounded value. NaN when the
 * arguments are invalid. */
K4J_API double k4j_scan_cumsum_f64(int32_t isa, const double *x, double *out, int64_t n, double carry);
K4J_API double k4j_scan_cumsum_f32(int32_t isa, const float *x, float *out, int64_t n, double carry);

/* ---- sort --------------------------------------------------------------------
 *
 * Order (sort): ascending by the "sort key", a bijection from the bits of an
 * element to an unsigned integer of the same width: integers by value; floats
 * by value with -0.0 before +0.0 and every NaN after +Inf (NaNs ordered by
 * their bits: positive NaNs by payload, then negative NaNs), so the sorted
 * array is unique bit for bit and holds exactly the input's bits.
 *   f64 key(b) = (b ^ (b >> 63 ? ~0 : 1 << 63)) - (2^52 - 1)   (mod 2^64)
 *   f32 key(b) = (b ^ (b >> 31 ? ~0 : 1 << 31)) - (2^23 - 1)   (mod 2^32)
 *   int key(b) = b ^ sign bit
 * Order (argsort): the "canonical key": as above except that every NaN has the
 * key 2^w - 1 and -0.0 the key of +0.0, so elements NumPy compares as equal
 * are ties; argsort is stable (ties in increasing index), which is NumPy's
 * argsort(kind="stable").
 *
 * sort: in place; scratch holds n elements (NULL allowed when
 * n <= K4J_SORT_STACK_MAX). argsort: out[i] = base + (index of the i-th
 * element); keys_out (optional, NULL) receives the sorted canonical keys;
 * scratch holds 2n keys followed by n int64 (NULL allowed when
 * n <= K4J_SORT_STACK_MAX). Both also allocate up to 1.4 MiB of counters;
 * status K4J_OK, K4J_EINVAL, or K4J_ENOMEM when that allocation fails.
 *
 * Selection. ks: nk ranks (0-based positions in sorted order), each in
 * [0, n), ascending (repeats allowed). partition: in place, NumPy's partition
 * contract: each x[ks[j]] is the element the sort would put there, the
 * elements before it sort no later and those after no earlier (the
 * arrangement within the pieces is unspecified). select: vals[j] = the
 * element of rank ks[j]; x is only read; scratch holds n keys (of the key
 * width). Order as sort.
 *
 * Two-worker sorts merge two sorted runs: corank gives how many of the first k
 * merged elements come from a (ties taken from a first); merge writes the
 * merge of a and b (sort keys) to out; keycorank / argmerge do the same on
 * canonical keys, argmerge writing the indices ia / ib of the merged order.
 *
 * Pass kernels: the steps of sort, argsort and select as separate calls, so a
 * caller can split the reads of x into pieces (short calls on memory it may
 * only lend briefly, or one piece per worker) and sort buckets in parallel.
 *   plan: reads a fixed sample of x (at most 4096 elements at i * (n / s)) and
 *     fills plan[K4J_SORT_PLAN_WORDS]: a bucketing of keys (canon = 0: sort
 *     keys, 1: canonical keys) into B = 2^plan[1] buckets that is monotone
 *     (every key of bucket j sorts before every key of bucket j + 1), with
 *     plan[1] = bits, or chosen from n when bits <= 0 (what bits returns).
 *     Only plan[1] is meant for the caller; the rest is private.
 *   bits: the number of first-level bucket bits (6..11) a sort (canon = 0) or an
 *     argsort (canon = 1) of n elements takes on this path and CPU: tens of KiB
 *     of keys a bucket, the exact rule chosen per CPU when the library loads
 *     (see sort.c). K4J_EINVAL for n < 0 or another canon.
 *   direct: 1 when a one-thread sort of n elements on this path and CPU is faster
 *     without first-level buckets: tokeys, then buckets with the whole array as its one
 *     bucket (bounds {0, n}); 0 when it takes plan, count, scatter and buckets (see
 *     sort.c; env K4J_SORT_DIRECT=on|off forces it for every n above 384 or for none).
 *     sort does so itself. K4J_EINVAL for n < 0.
 *   tokeys: keys[i] = the sort key of x[i] (the key scatter files for a sort, canon 0).
 *     x and keys may be the same memory. fromkeys: the inverse, x[i] = the element whose
 *     key is keys[i]. keysort: sorts n keys in place, as keys (the vectorised quicksort
 *     where the path has one, else radix levels with tmp, ntmp >= K4J_SORT_STACK_MAX, and
 *     work: K4J_SORT_WORK_WORDS int64). A direct sort of a heap array: tokeys in pieces,
 *     keysort, fromkeys in pieces.
 *   count: counts[j] += number of elements in bucket j (counts holds B);
 *     returns the number of NaN elements (0 for integers).
 *   scatter: the key of each x[i], in order, to dst[offsets[j]++] (j its
 *     bucket), dst holding cap keys. argscatter: the same with the index
 *     base + i to idst (kdst and idst hold cap each). Piece by piece with
 *     offsets advanced by the counts of the earlier pieces, the result is
 *     that of one call: keys grouped by bucket, in index order within a
 *     bucket. A key whose offset is outside [0, cap) is not written (its
 *     offset still advances): with offsets from a count of other data (x
 *     changed since), some keys are lost and some places keep old contents,
 *     but nothing outside dst[0, cap) is touched.
 *   scatter_piece: scatter for a run of x read in pieces (one call per piece,
 *     offsets carried over as for scatter), which writes dst as one scatter
 *     call of the whole run would. flags: K4J_SCATTER_FIRST on the run's first
 *     piece, K4J_SCATTER_LAST on its last (both for a run in one piece).
 *     state: caller memory for the run, 64-byte aligned and at least
 *     K4J_SORT_SCATTER_STATE_BYTES(plan[1]) bytes, kept untouched by the
 *     caller between the pieces of a run (contents need no initialisation;
 *     any contents are safe: they can only decide which of dst[0, cap) are
 *     written). Where the scatter is write-combined (sort.c), keys of lines
 *     not yet full are held there between the calls, and the last piece
 *     writes them: until then dst is incomplete, and a run left unfinished
 *     (no last piece) leaves some of its keys unwritten. state NULL (with
 *     state_bytes 0), or too small: each piece as scatter. argscatter_piece:
 *     the same for argscatter (the same state size).
 *   gather: as scatter for the buckets with offsets[j] >= 0; the others skipped.
 *   buckets: sorts each bucket [bounds[j], bounds[j+1]) (j < nb, bounds
 *     non-decreasing, bounds[nb] <= nkeys) of keys (nkeys of them); with
 *     dst == NULL the sorted elements replace the keys in place, using tmp
 *     (ntmp >= K4J_SORT_STACK_MAX keys; larger buckets are first split in
 *     place); else they go to dst (nkeys elements) at the same positions and
 *     keys is clobbered, and so is tmp (may be NULL) when it serves as a
 *     staging buffer (2^15 keys or more, 64-byte aligned: then no call
 *     allocates one). buckets_at: the same into dst (non-NULL, ndst elements),
 *     bucket j's keys being keys[kstart[j], kstart[j] + bounds[j+1] - bounds[j])
 *     (inside keys[0, nkeys); a bucket whose keys are not is skipped) and its
 *     elements going to dst[bounds[j], bounds[j+1]) (bounds[nb] <= ndst): the
 *     keys may lie apart, in any order. argbuckets: the same on (key, index)
 *     pairs in place (keys and idx hold nkeys), ties in increasing index, with
 *     ntmp keys and ntmp int64 of scratch. work: K4J_SORT_WORK_WORDS int64.
 *   keyselect: vals[j] = the element of rank ks[j] among keys[0, n) (sort
 *     keys), which are permuted.
 *
 * config: what the library chose for this dtype on the path when it loaded,
 *   K4J_SORT_CONFIG_LEN values: [0] 1 when the first-level scatter writes whole lines
 *   through write-combining blocks, 0 for plain stores (env K4J_SORT_SCATTER=wc|plain);
 *   [1] how buckets are sorted: 1 a radix level in cache and vector networks, 2 the
 *   vectorised quicksort, 0 scalar radix levels (env K4J_SORT_BUCKETS32=radix|quicksort for
 *   4-byte keys on AVX-512); [2] with [1] = 1, the most sub-buckets sorted together as
 *   one network (the window: 32 or 64, chosen by the CPU), else 0.
 *
 * Concurrent modification (every kernel of this family): another thread may
 * write x, keys, dst, out or any array argument while a kernel runs (a data
 * race the caller chose). The results are then unspecified (a sort may hold
 * values that were never in x, an argsort repeated indices), but every read
 * and write stays inside the arrays as their lengths describe them, every
 * loop ends in O(n log n) steps, and the next call on unchanged data is
 * correct: no count, offset or bound measured by an earlier pass is trusted
 * to size a write. work and the plan are read as the kernel's own. */
#define K4J_SORT_PLAN_WORDS 8
#define K4J_SORT_CONFIG_LEN 3
#define K4J_SORT_PLAN_MAX_BITS 16
#define K4J_SCATTER_FIRST 1
#define K4J_SCATTER_LAST 2
#define K4J_SORT_SCATTER_STATE_BYTES(bits) ((int64_t)264 << (bits))
#define K4J_SORT_WORK_WORDS 155648

K4J_API int32_t k4j_sort_config_f64(int32_t isa, int64_t *config);
K4J_API int32_t k4j_sort_bits_f64(int32_t isa, int64_t n, int32_t canon);
K4J_API int32_t k4j_sort_direct_f64(int32_t isa, int64_t n);
K4J_API int32_t k4j_sort_tokeys_f64(int32_t isa, const double *x, int64_t n, uint64_t *keys);
K4J_API int32_t k4j_sort_keysort_f64(int32_t isa, uint64_t *keys, int64_t n, uint64_t *tmp, int64_t ntmp, int64_t *work);
K4J_API int32_t k4j_sort_fromkeys_f64(int32_t isa, const uint64_t *keys, int64_t n, double *x);
K4J_API int32_t k4j_sort_sort_f64(int32_t isa, double *x, int64_t n, double *scratch);
K4J_API int32_t k4j_sort_argsort_f64(int32_t isa, const double *x, int64_t n, int64_t base, int64_t *out, uint64_t *keys_out, void *scratch);
K4J_API int32_t k4j_sort_partition_f64(int32_t isa, double *x, int64_t n, const int64_t *ks, int64_t nk);
K4J_API int32_t k4j_sort_select_f64(int32_t isa, const double *x, int64_t n, const int64_t *ks, int64_t nk, double *vals, uint64_t *scratch);
K4J_API int64_t k4j_sort_corank_f64(int32_t isa, const double *a, int64_t na, const double *b, int64_t nb, int64_t k);
K4J_API int32_t k4j_sort_merge_f64(int32_t isa, const double *a, int64_t na, const double *b, int64_t nb, double *out);
K4J_API int64_t k4j_sort_keycorank_f64(int32_t isa, const uint64_t *ka, int64_t na, const uint64_t *kb, int64_t nb, int64_t k);
K4J_API int32_t k4j_sort_argmerge_f64(int32_t isa, const uint64_t *ka, const int64_t *ia, int64_t na, const uint64_t *kb, const int64_t *ib, int64_t nb, int64_t *out);
K4J_API int32_t k4j_sort_plan_f64(int32_t isa, const double *x, int64_t n, int32_t canon, int32_t bits, int64_t *plan);
K4J_API int64_t k4j_sort_count_f64(int32_t isa, const double *x, int64_t n, const int64_t *plan, int64_t *counts);
K4J_API int32_t k4j_sort_scatter_f64(int32_t isa, const double *x, int64_t n, const int64_t *plan, int64_t *offsets, uint64_t *dst, int64_t cap);
K4J_API int32_t k4j_sort_scatter_piece_f64(int32_t isa, const double *x, int64_t n, const int64_t *plan, int64_t *offsets, uint64_t *dst, int64_t cap, void *state, int64_t state_bytes, int32_t flags);
K4J_API int32_t k4j_sort_argscatter_f64(int32_t isa, const double *x, int64_t n, int64_t base, const int64_t *plan, int64_t *offsets, uint64_t *kdst, int64_t *idst, int64_t cap);
K4J_API int32_t k4j_sort_argscatter_piece_f64(int32_t isa, const double *x, int64_t n, int64_t base, const int64_t *plan, int64_t *offsets, uint64_t *kdst, int64_t *idst, int64_t cap, void *state, int64_t state_bytes, int32_t flags);
K4J_API int32_t k4j_sort_gather_f64(int32_t isa, const double *x, int64_t n, const int64_t *plan, int64_t *offsets, uint64_t *dst, int64_t cap);
K4J_API int32_t k4j_sort_buckets_f64(int32_t isa, uint64_t *keys, int64_t nkeys, double *dst, const int64_t *bounds, int64_t nb, uint64_t *tmp, int64_t ntmp, int64_t *work);
K4J_API int32_t k4j_sort_buckets_at_f64(int32_t isa, uint64_t *keys, int64_t nkeys, const int64_t *kstart, double *dst, int64_t ndst, const int64_t *bounds, int64_t nb, uint64_t *tmp, int64_t ntmp, int64_t *work);
K4J_API int32_t k4j_sort_argbuckets_f64(int32_t isa, uint64_t *keys, int64_t *idx, int64_t nkeys, const int64_t *bounds, int64_t nb, uint64_t *ktmp, int64_t *itmp, int64_t ntmp, int64_t *work);
K4J_API int32_t k4j_sort_keyselect_f64(int32_t isa, uint64_t *keys, int64_t n, const int64_t *ks, int64_t nk, double *vals);

K4J_API int32_t k4j_sort_config_f32(int32_t isa, int64_t *config);
K4J_API int32_t k4j_sort_bits_f32(int32_t isa, int64_t n, int32_t canon);
K4J_API int32_t k4j_sort_direct_f32(int32_t isa, int64_t n);
K4J_API int32_t k4j_sort_tokeys_f32(int32_t isa, const float *x, int64_t n, uint32_t *keys);
K4J_API int32_t k4j_sort_keysort_f32(int32_t isa, uint32_t *keys, int64_t n, uint32_t *tmp, int64_t ntmp, int64_t *work);
K4J_API int32_t k4j_sort_fromkeys_f32(int32_t isa, const uint32_t *keys, int64_t n, float *x);
K4J_API int32_t k4j_sort_sort_f32(int32_t isa, float *x, int64_t n, float *scratch);
K4J_API int32_t k4j_sort_argsort_f32(int32_t isa, const float *x, int64_t n, int64_t base, int64_t *out, uint32_t *keys_out, void *scratch);
K4J_API int32_t k4j_sort_partition_f32(int32_t isa, float *x, int64_t n, const int64_t *ks, int64_t nk);
K4J_API int32_t k4j_sort_select_f32(int32_t isa, const float *x, int64_t n, const int64_t *ks, int64_t nk, float *vals, uint32_t *scratch);
K4J_API int64_t k4j_sort_corank_f32(int32_t isa, const float *a, int64_t na, const float *b, int64_t nb, int64_t k);
K4J_API int32_t k4j_sort_merge_f32(int32_t isa, const float *a, int64_t na, const float *b, int64_t nb, float *out);
K4J_API int64_t k4j_sort_keycorank_f32(int32_t isa, const uint32_t *ka, int64_t na, const uint32_t *kb, int64_t nb, int64_t k);
K4J_API int32_t k4j_sort_argmerge_f32(int32_t isa, const uint32_t *ka, const int64_t *ia, int64_t na, const uint32_t *kb, const int64_t *ib, int64_t nb, int64_t *out);
K4J_API int32_t k4j_sort_plan_f32(int32_t isa, const float *x, int64_t n, int32_t canon, int32_t bits, int64_t *plan);
K4J_API int64_t k4j_sort_count_f32(int32_t isa, const float *x, int64_t n, const int64_t *plan, int64_t *counts);
K4J_API int32_t k4j_sort_scatter_f32(int32_t isa, const float *x, int64_t n, const int64_t *plan, int64_t *offsets, uint32_t *dst, int64_t cap);
K4J_API int32_t k4j_sort_scatter_piece_f32(int32_t isa, const float *x, int64_t n, const int64_t *plan, int64_t *offsets, uint32_t *dst, int64_t cap, void *state, int64_t state_bytes, int32_t flags);
K4J_API int32_t k4j_sort_argscatter_f32(int32_t isa, const float *x, int64_t n, int64_t base, const int64_t *plan, int64_t *offsets, uint32_t *kdst, int64_t *idst, int64_t cap);
K4J_API int32_t k4j_sort_argscatter_piece_f32(int32_t isa, const float *x, int64_t n, int64_t base, const int64_t *plan, int64_t *offsets, uint32_t *kdst, int64_t *idst, int64_t cap, void *state, int64_t state_bytes, int32_t flags);
K4J_API int32_t k4j_sort_gather_f32(int32_t isa, const float *x, int64_t n, const int64_t *plan, int64_t *offsets, uint32_t *dst, int64_t cap);
K4J_API int32_t k4j_sort_buckets_f32(int32_t isa, uint32_t *keys, int64_t nkeys, float *dst, const int64_t *bounds, int64_t nb, uint32_t *tmp, int64_t ntmp, int64_t *work);
K4J_API int32_t k4j_sort_buckets_at_f32(int32_t isa, uint32_t *keys, int64_t nkeys, const int64_t *kstart, float *dst, int64_t ndst, const int64_t *bounds, int64_t nb, uint32_t *tmp, int64_t ntmp, int64_t *work);
K4J_API int32_t k4j_sort_argbuckets_f32(int32_t isa, uint32_t *keys, int64_t *idx, int64_t nkeys, const int64_t *bounds, int64_t nb, uint32_t *ktmp, int64_t *itmp, int64_t ntmp, int64_t *work);
K4J_API int32_t k4j_sort_keyselect_f32(int32_t isa, uint32_t *keys, int64_t n, const int64_t *ks, int64_t nk, float *vals);

K4J_API int32_t k4j_sort_config_i64(int32_t isa, int64_t *config);
K4J_API int32_t k4j_sort_bits_i64(int32_t isa, int64_t n, int32_t canon);
K4J_API int32_t k4j_sort_direct_i64(int32_t isa, int64_t n);
K4J_API int32_t k4j_sort_tokeys_i64(int32_t isa, const int64_t *x, int64_t n, uint64_t *keys);
K4J_API int32_t k4j_sort_keysort_i64(int32_t isa, uint64_t *keys, int64_t n, uint64_t *tmp, int64_t ntmp, int64_t *work);
K4J_API int32_t k4j_sort_fromkeys_i64(int32_t isa, const uint64_t *keys, int64_t n, int64_t *x);
K4J_API int32_t k4j_sort_sort_i64(int32_t isa, int64_t *x, int64_t n, int64_t *scratch);
K4J_API int32_t k4j_sort_argsort_i64(int32_t isa, const int64_t *x, int64_t n, int64_t base, int64_t *out, uint64_t *keys_out, void *scratch);
K4J_API int32_t k4j_sort_partition_i64(int32_t isa, int64_t *x, int64_t n, const int64_t *ks, int64_t nk);
K4J_API int32_t k4j_sort_select_i64(int32_t isa, const int64_t *x, int64_t n, const int64_t *ks, int64_t nk, int64_t *vals, uint64_t *scratch);
K4J_API int64_t k4j_sort_corank_i64(int32_t isa, const int64_t *a, int64_t na, const int64_t *b, int64_t nb, int64_t k);
K4J_API int32_t k4j_sort_merge_i64(int32_t isa, const int64_t *a, int64_t na, const int64_t *b, int64_t nb, int64_t *out);
K4J_API int64_t k4j_sort_keycorank_i64(int32_t isa, const uint64_t *ka, int64_t na, const uint64_t *kb, int64_t nb, int64_t k);
K4J_API int32_t k4j_sort_argmerge_i64(int32_t isa, const uint64_t *ka, const int64_t *ia, int64_t na, const uint64_t *kb, const int64_t *ib, int64_t nb, int64_t *out);
K4J_API int32_t k4j_sort_plan_i64(int32_t isa, const int64_t *x, int64_t n, int32_t canon, int32_t bits, int64_t *plan);
K4J_API int64_t k4j_sort_count_i64(int32_t isa, const int64_t *x, int64_t n, const int64_t *plan, int64_t *counts);
K4J_API int32_t k4j_sort_scatter_i64(int32_t isa, const int64_t *x, int64_t n, const int64_t *plan, int64_t *offsets, uint64_t *dst, int64_t cap);
K4J_API int32_t k4j_sort_scatter_piece_i64(int32_t isa, const int64_t *x, int64_t n, const int64_t *plan, int64_t *offsets, uint64_t *dst, int64_t cap, void *state, int64_t state_bytes, int32_t flags);
K4J_API int32_t k4j_sort_argscatter_i64(int32_t isa, const int64_t *x, int64_t n, int64_t base, const int64_t *plan, int64_t *offsets, uint64_t *kdst, int64_t *idst, int64_t cap);
K4J_API int32_t k4j_sort_argscatter_piece_i64(int32_t isa, const int64_t *x, int64_t n, int64_t base, const int64_t *plan, int64_t *offsets, uint64_t *kdst, int64_t *idst, int64_t cap, void *state, int64_t state_bytes, int32_t flags);
K4J_API int32_t k4j_sort_gather_i64(int32_t isa, const int64_t *x, int64_t n, const int64_t *plan, int64_t *offsets, uint64_t *dst, int64_t cap);
K4J_API int32_t k4j_sort_buckets_i64(int32_t isa, uint64_t *keys, int64_t nkeys, int64_t *dst, const int64_t *bounds, int64_t nb, uint64_t *tmp, int64_t ntmp, int64_t *work);
K4J_API int32_t k4j_sort_buckets_at_i64(int32_t isa, uint64_t *keys, int64_t nkeys, const int64_t *kstart, int64_t *dst, int64_t ndst, const int64_t *bounds, int64_t nb, uint64_t *tmp, int64_t ntmp, int64_t *work);
K4J_API int32_t k4j_sort_argbuckets_i64(int32_t isa, uint64_t *keys, int64_t *idx, int64_t nkeys, const int64_t *bounds, int64_t nb, uint64_t *ktmp, int64_t *itmp, int64_t ntmp, int64_t *work);
K4J_API int32_t k4j_sort_keyselect_i64(int32_t isa, uint64_t *keys, int64_t n, const int64_t *ks, int64_t nk, int64_t *vals);

K4J_API int32_t k4j_sort_config_i32(int32_t isa, int64_t *config);
K4J_API int32_t k4j_sort_bits_i32(int32_t isa, int64_t n, int32_t canon);
K4J_API int32_t k4j_sort_direct_i32(int32_t isa, int64_t n);
K4J_API int32_t k4j_sort_tokeys_i32(int32_t isa, const int32_t *x, int64_t n, uint32_t *keys);
K4J_API int32_t k4j_sort_keysort_i32(int32_t isa, uint32_t *keys, int64_t n, uint32_t *tmp, int64_t ntmp, int64_t *work);
K4J_API int32_t k4j_sort_fromkeys_i32(int32_t isa, const uint32_t *keys, int64_t n, int32_t *x);
K4J_API int32_t k4j_sort_sort_i32(int32_t isa, int32_t *x, int64_t n, int32_t *scratch);
K4J_API int32_t k4j_sort_argsort_i32(int32_t isa, const int32_t *x, int64_t n, int64_t base, int64_t *out, uint32_t *keys_out, void *scratch);
K4J_API int32_t k4j_sort_partition_i32(int32_t isa, int32_t *x, int64_t n, const int64_t *ks, int64_t nk);
K4J_API int32_t k4j_sort_select_i32(int32_t isa, const int32_t *x, int64_t n, const int64_t *ks, int64_t nk, int32_t *vals, uint32_t *scratch);
K4J_API int64_t k4j_sort_corank_i32(int32_t isa, const int32_t *a, int64_t na, const int32_t *b, int64_t nb, int64_t k);
K4J_API int32_t k4j_sort_merge_i32(int32_t isa, const int32_t *a, int64_t na, const int32_t *b, int64_t nb, int32_t *out);
K4J_API int64_t k4j_sort_keycorank_i32(int32_t isa, const uint32_t *ka, int64_t na, const uint32_t *kb, int64_t nb, int64_t k);
K4J_API int32_t k4j_sort_argmerge_i32(int32_t isa, const uint32_t *ka, const int64_t *ia, int64_t na, const uint32_t *kb, const int64_t *ib, int64_t nb, int64_t *out);
K4J_API int32_t k4j_sort_plan_i32(int32_t isa, const int32_t *x, int64_t n, int32_t canon, int32_t bits, int64_t *plan);
K4J_API int64_t k4j_sort_count_i32(int32_t isa, const int32_t *x, int64_t n, const int64_t *plan, int64_t *counts);
K4J_API int32_t k4j_sort_scatter_i32(int32_t isa, const int32_t *x, int64_t n, const int64_t *plan, int64_t *offsets, uint32_t *dst, int64_t cap);
K4J_API int32_t k4j_sort_scatter_piece_i32(int32_t isa, const int32_t *x, int64_t n, const int64_t *plan, int64_t *offsets, uint32_t *dst, int64_t cap, void *state, int64_t state_bytes, int32_t flags);
K4J_API int32_t k4j_sort_argscatter_i32(int32_t isa, const int32_t *x, int64_t n, int64_t base, const int64_t *plan, int64_t *offsets, uint32_t *kdst, int64_t *idst, int64_t cap);
K4J_API int32_t k4j_sort_argscatter_piece_i32(int32_t isa, const int32_t *x, int64_t n, int64_t base, const int64_t *plan, int64_t *offsets, uint32_t *kdst, int64_t *idst, int64_t cap, void *state, int64_t state_bytes, int32_t flags);
K4J_API int32_t k4j_sort_gather_i32(int32_t isa, const int32_t *x, int64_t n, const int64_t *plan, int64_t *offsets, uint32_t *dst, int64_t cap);
K4J_API int32_t k4j_sort_buckets_i32(int32_t isa, uint32_t *keys, int64_t nkeys, int32_t *dst, const int64_t *bounds, int64_t nb, uint32_t *tmp, int64_t ntmp, int64_t *work);
K4J_API int32_t k4j_sort_buckets_at_i32(int32_t isa, uint32_t *keys, int64_t nkeys, const int64_t *kstart, int32_t *dst, int64_t ndst, const int64_t *bounds, int64_t nb, uint32_t *tmp, int64_t ntmp, int64_t *work);
K4J_API int32_t k4j_sort_argbuckets_i32(int32_t isa, uint32_t *keys, int64_t *idx, int64_t nkeys, const int64_t *bounds, int64_t nb, uint32_t *ktmp, int64_t *itmp, int64_t ntmp, int64_t *work);
K4J_API int32_t k4j_sort_keyselect_i32(int32_t isa, uint32_t *keys, int64_t n, const int64_t *ks, int64_t nk, int32_t *vals);

/* ---- hist ------------------------------------------------------------------
 * Every kernel ADDS to counts (chunks and workers can share or merge them).
 * uniform: numpy.histogram with equal bins over [first, last] (first < last,
 *   both finite), numpy 2.4's arithmetic for each dtype; edges[0..bins] are the
 *   edges numpy computes (linspace). A value v with first <= v <= last goes to
 *   bin i = (int64)(((v - first) / denom) * bins), clamped to bins - 1, then
 *   i - 1 if v < edges[i], else i + 1 if i != bins - 1 and v >= edges[i + 1];
 *   other values and NaN are not counted.
 *   f64: denom = last - first, all in double.
 *   i64, i32: v = (double)x (int64 beyond 2^53 rounds), all in double, denom
 *     given (numpy: the range's float difference, or for a range taken from
 *     int64 data the exact integer max - min rounded once to double).
 *   f32 (bins <= 2^24 when wide == 0): keep test, v - first and the edge comparisons in float; then
 *     wide != 0: ((double)(v - first) / denom) * (double)bins in double;
 *     wide == 0: ((v - first) / (float)denom) * (float)bins in float.
 * edges: explicit non-decreasing edges[0..nedges-1]: v (converted to double)
 *   in the largest bin i with edges[i] <= v, the last bin closed; outside
 *   values and NaN skipped.
 * bincount: counts[x[i]]++ for each 0 <= x[i] < nbins; any other x[i] is
 *   skipped and the status is K4J_ERANGE (the caller's range pass found every
 *   value in range, so x changed in between).
 * wbincount: as bincount, sums[x[i]] += w[i] in index order (NumPy's order).
 * range: minmax[0] = min, minmax[1] = max of x (n >= 1). */
K4J_API int32_t k4j_hist_uniform_f64(int32_t isa, const double *x, int64_t n, double first, double last, const double *edges, int64_t bins, int64_t *counts);
K4J_API int32_t k4j_hist_uniform_f32(int32_t isa, const float *x, int64_t n, float first, float last, double denom, int32_t wide, const float *edges, int64_t bins, int64_t *counts);
K4J_API int32_t k4j_hist_uniform_i64(int32_t isa, const int64_t *x, int64_t n, double first, double last, double denom, const double *edges, int64_t bins, int64_t *counts);
K4J_API int32_t k4j_hist_uniform_i32(int32_t isa, const int32_t *x, int64_t n, double first, double last, double denom, const double *edges, int64_t bins, int64_t *counts);
K4J_API int32_t k4j_hist_edges_f64(int32_t isa, const double *x, int64_t n, const double *edges, int64_t nedges, int64_t *counts);
K4J_API int32_t k4j_hist_edges_f32(int32_t isa, const float *x, int64_t n, const double *edges, int64_t nedges, int64_t *counts);
K4J_API int32_t k4j_hist_edges_i64(int32_t isa, const int64_t *x, int64_t n, const double *edges, int64_t nedges, int64_t *counts);
K4J_API int32_t k4j_hist_edges_i32(int32_t isa, const int32_t *x, int64_t n, const double *edges, int64_t nedges, int64_t *counts);
K4J_API int32_t k4j_hist_bincount_i64(int32_t isa, const int64_t *x, int64_t n, int64_t *counts, int64_t nbins);
K4J_API int32_t k4j_hist_wbincount_i64(int32_t isa, const int64_t *x, const double *w, int64_t n, double *sums, int64_t nbins);
K4J_API int32_t k4j_hist_range_i64(int32_t isa, const int64_t *x, int64_t n, int64_t *minmax);
K4J_API int32_t k4j_hist_bincount_i32(int32_t isa, const int32_t *x, int64_t n, int64_t *counts, int64_t nbins);
K4J_API int32_t k4j_hist_wbincount_i32(int32_t isa, const int32_t *x, const double *w, int64_t n, double *sums, int64_t nbins);
K4J_API int32_t k4j_hist_range_i32(int32_t isa, const int32_t *x, int64_t n, int64_t *minmax);
/* weighted histograms: wuniform is uniform with float64 weights w[0..n-1]:
 *   each value counted by uniform adds its weight, sums[bin] += w[k], in
 *   index order (numpy.bincount(indices, weights) within a block); values not
 *   counted (outside, NaN) leave their weight unread. Adds to sums, as
 *   uniform adds to counts; the same dtype rules and checks, plus w. */
K4J_API int32_t k4j_hist_wuniform_f64(int32_t isa, const double *x, const double *w, int64_t n, double first, double last, const double *edges, int64_t bins, double *sums);
K4J_API int32_t k4j_hist_wuniform_f32(int32_t isa, const float *x, const double *w, int64_t n, float first, float last, double denom, int32_t wide, const float *edges, int64_t bins, double *sums);
K4J_API int32_t k4j_hist_wuniform_i64(int32_t isa, const int64_t *x, const double *w, int64_t n, double first, double last, double denom, const double *edges, int64_t bins, double *sums);
/* wbincount_part: the weighted bincount of the values v with lo <= v < hi only,
 *   sums[v - lo] += w[k] in index order (so each bin gets the bits of the whole
 *   wbincount: a split by value ranges, one part per thread); other values are
 *   skipped. Returns how many values were added (-1 for bad arguments: n < 0,
 *   lo < 0, hi < lo, NULL pointers), so parts that do not add up to n tell the
 *   caller that x changed between its range pass and this one. */
K4J_API int64_t k4j_hist_wbincount_part_i64(int32_t isa, const int64_t *x, const double *w, int64_t n, double *sums, int64_t lo, int64_t hi);
K4J_API int64_t k4j_hist_wbincount_part_i32(int32_t isa, const int32_t *x, const double *w, int64_t n, double *sums, int64_t lo, int64_t hi);
K4J_API int32_t k4j_hist_wuniform_i32(int32_t isa, const int32_t *x, const double *w, int64_t n, double first, double last, double denom, const double *edges, int64_t bins, double *sums);
/* ---- gemm: dense linear algebra, row-major ---------------------------------
 *
 * Matrices are row-major: element (i, j) of a matrix with leading dimension ld
 * is at p[i * ld + j], ld >= max(1, columns). trans != 0 means "use the
 * transpose of the stored matrix", as BLAS's 'T'.
 *
 * gemm:  C = alpha * op(A) * op(B) + beta * C, op(A) m x k, op(B) k x n, C m x n.
 *   A is stored m x k (lda >= max(1, k)) or, when transA, k x m (lda >= max(1, m));
 *   B is stored k x n (ldb >= max(1, n)) or, when transB, n x k (ldb >= max(1, k));
 *   ldc >= max(1, n). As in BLAS: beta == 0 means C is not read (NaN or Inf in
 *   C does not propagate); alpha == 0 or k == 0 means A and B are not read and
 *   C = beta * C (C unchanged when beta == 1, zero-filled when beta == 0).
 *   C must not overlap A, B or the workspace. Products are accumulated with
 *   FMA on the AVX2 and AVX-512 paths, with a multiply and an add on the
 *   baseline path; each element of C is the sum of its k products in
 *   increasing k order, in depth blocks (KC, per path and CPU, chosen once
 *   when the library loads: k4j_gemm_config_*) that are
 *   scaled by alpha and added to C in turn, so elementwise
 *   |C - C_exact| <= (k + 3) * u * (|alpha| |op(A)| |op(B)| + |beta| |C0|)
 *   (u = 2^-53 for f64, 2^-24 for f32). An element's value depends only on
 *   the ISA path and KC, not on where it lies in C: computing C by blocks of rows
 *   or columns (as the Java pool does) gives the same bits.
 *   workspace: packing buffers of at least k4j_gemm_workspace_size_*(isa, m, n,
 *   k) bytes, any alignment, reused across calls (no allocation in the call);
 *   NULL makes the call allocate and free its own (status K4J_ENOMEM if that
 *   fails). Status K4J_OK, K4J_EINVAL for a negative size, a too small leading
 *   dimension or a NULL matrix with m, n, k > 0.
 *
 * gemv:  y = alpha * op(A) * x + beta * y, A stored m x n (lda >= max(1, n));
 *   op(A) = A (x has n elements, y has m) or, when transA, A^T (x has m, y has
 *   n). beta == 0: y is not read; alpha == 0: A and x are not read. y must not
 *   overlap A or x. Same error bound with k = the length of x.
 */

/* Bytes of workspace a gemm of this shape needs on this path (0 when m, n or
 * k is 0; -1 for negative sizes). Bounded for any shape: a few MiB at most. */
K4J_API int64_t k4j_gemm_workspace_size_f64(int32_t isa, int64_t m, int64_t n, int64_t k);
K4J_API int64_t k4j_gemm_workspace_size_f32(int32_t isa, int64_t m, int64_t n, int64_t k);
K4J_API int32_t k4j_gemm_gemm_f64(int32_t isa, int32_t transA, int32_t transB, int64_t m, int64_t n, int64_t k, double alpha, const double *a, int64_t lda, const double *b, int64_t ldb, double beta, double *c, int64_t ldc, void *workspace);
K4J_API int32_t k4j_gemm_gemm_f32(int32_t isa, int32_t transA, int32_t transB, int64_t m, int64_t n, int64_t k, float alpha, const float *a, int64_t lda, const float *b, int64_t ldb, float beta, float *c, int64_t ldc, void *workspace);
K4J_API int32_t k4j_gemm_gemv_f64(int32_t isa, int32_t transA, int64_t m, int64_t n, double alpha, const double *a, int64_t lda, const double *x, double beta, double *y);
K4J_API int32_t k4j_gemm_gemv_f32(int32_t isa, int32_t transA, int64_t m, int64_t n, float alpha, const float *a, int64_t lda, const float *x, float beta, float *y);
/* gemm on a shared packed B: the workers of a pool pack op(B) once, together,
 * and then each computes its rows of C against that one copy (instead of each
 * packing all of B again).
 *   packb_size: bytes of the whole packed op(B) (k x n) on this path (0 when k or
 *     n is 0; -1 for negative sizes or an overflow).
 *   packb_panels: how many panels it is packed in (0 when k or n is 0).
 *   packb: packs panels [q0, q1) of op(B) into dst, which must be 64-byte
 *     aligned and hold dst_bytes >= packb_size bytes; op(B) as for gemm (B
 *     stored k x n, or n x k when transB). Disjoint panel ranges may be packed
 *     by different threads at the same time. K4J_EINVAL for q1 > packb_panels,
 *     a short or misaligned dst, and gemm's checks on B.
 *   gemm_packed: gemm with op(B) taken from a buffer packb filled completely
 *     for the same k and n on the same path (bpacked_bytes >= packb_size,
 *     64-byte aligned). Every element of C gets the bits gemm gives it.
 *     workspace as for gemm (k4j_gemm_workspace_size_* bytes suffice), or NULL.
 * Offsets into the packed buffer come from k, n and the path's block sizes only:
 * a buffer or B changed by another thread meanwhile gives other numbers, never
 * an access outside the buffers. */
K4J_API int64_t k4j_gemm_packb_size_f64(int32_t isa, int64_t k, int64_t n);
K4J_API int64_t k4j_gemm_packb_size_f32(int32_t isa, int64_t k, int64_t n);
K4J_API int64_t k4j_gemm_packb_panels_f64(int32_t isa, int64_t k, int64_t n);
K4J_API int64_t k4j_gemm_packb_panels_f32(int32_t isa, int64_t k, int64_t n);
K4J_API int32_t k4j_gemm_packb_f64(int32_t isa, int32_t transB, int64_t k, int64_t n, const double *b, int64_t ldb, int64_t q0, int64_t q1, void *dst, int64_t dst_bytes);
K4J_API int32_t k4j_gemm_packb_f32(int32_t isa, int32_t transB, int64_t k, int64_t n, const float *b, int64_t ldb, int64_t q0, int64_t q1, void *dst, int64_t dst_bytes);
K4J_API int32_t k4j_gemm_gemm_packed_f64(int32_t isa, int32_t transA, int64_t m, int64_t n, int64_t k, double alpha, const double *a, int64_t lda, const void *bpacked, int64_t bpacked_bytes, double beta, double *c, int64_t ldc, void *workspace);
K4J_API int32_t k4j_gemm_gemm_packed_f32(int32_t isa, int32_t transA, int64_t m, int64_t n, int64_t k, float alpha, const float *a, int64_t lda, const void *bpacked, int64_t bpacked_bytes, float beta, float *c, int64_t ldc, void *workspace);

/* The configuration gemm uses on the path `isa` resolves to, chosen when the
 * library loaded from this CPU's caches (CPUID, else a per-family table). Writes
 * 11 values to config: MR and NR (the register tile: rows of C by columns),
 * KC, NC, MC (depth, column and row block sizes), the L1d, L2 and L3 bytes per
 * core it assumed, the CPU family and model, and where the cache sizes came from
 * (1 CPUID's cache leaves, 2 the family table). K4J_EINVAL for a NULL config. */
K4J_API int32_t k4j_gemm_config_f64(int32_t isa, int64_t *config);
K4J_API int32_t k4j_gemm_config_f32(int32_t isa, int64_t *config);
/* Capacity probe: `rounds` steps of 12 independent vector multiply-adds on the
 * path `isa` resolves to, from registers only; returns the floating-point
 * operations done (2 per lane per multiply-add), so their rate is this core's
 * peak as the caller times it. -1 for negative rounds. */
K4J_API int64_t k4j_probe_fma_f64(int32_t isa, int64_t rounds);
K4J_API int64_t k4j_probe_fma_f32(int32_t isa, int64_t rounds);

/* ---- mask: comparisons, where, predicates, truth reductions -----------------
 *
 * A mask is one byte per element, as NumPy's bool: the kernels write 0 or 1
 * and read any non-zero byte as true. Status K4J_OK, or K4J_EINVAL for bad
 * arguments (count_nonzero: -1).
 * cmp / cmps: out[i] = a[i] op b[i] (or op s), op one of K4J_CMP_*: IEEE
 *   comparisons, NumPy's: false when either side is NaN except NE (true);
 *   -0.0 == +0.0.
 * where: out[i] = m[i] ? a[i] : b[i]; wheres: out[i] = m[i] ? a[i] : s, or
 *   with swap != 0, m[i] ? s : a[i]; wheress: m[i] ? s : u. out may be a or b
 *   itself; it must not overlap m.
 * isnan, isinf, isfinite: out[i] = the predicate of x[i] (a NaN is neither
 *   infinite nor finite).
 * nantonum: NumPy's nan_to_num: NaN -> nan, +Inf -> posinf, -Inf -> neginf,
 *   other values (-0.0 included) unchanged; out may be x.
 * countnz: the number of elements != 0 (NaN counts, -0.0 does not);
 * any / all: 1 if some / every element is != 0, else 0 (any of nothing is 0,
 *   all of nothing is 1); the b8 forms read a mask. */
#define K4J_CMP_LT 0
#define K4J_CMP_LE 1
#define K4J_CMP_EQ 2
#define K4J_CMP_NE 3
#define K4J_CMP_GT 4
#define K4J_CMP_GE 5
K4J_API int32_t k4j_mask_cmp_f64(int32_t isa, int32_t op, const double *a, const double *b, uint8_t *out, int64_t n);
K4J_API int32_t k4j_mask_cmps_f64(int32_t isa, int32_t op, const double *a, double s, uint8_t *out, int64_t n);
K4J_API int32_t k4j_mask_where_f64(int32_t isa, const uint8_t *m, const double *a, const double *b, double *out, int64_t n);
K4J_API int32_t k4j_mask_wheres_f64(int32_t isa, const uint8_t *m, const double *a, double s, int32_t swap, double *out, int64_t n);
K4J_API int32_t k4j_mask_wheress_f64(int32_t isa, const uint8_t *m, double s, double u, double *out, int64_t n);
K4J_API int64_t k4j_mask_countnz_f64(int32_t isa, const double *x, int64_t n);
K4J_API int32_t k4j_mask_any_f64(int32_t isa, const double *x, int64_t n);
K4J_API int32_t k4j_mask_all_f64(int32_t isa, const double *x, int64_t n);
K4J_API int32_t k4j_mask_isnan_f64(int32_t isa, const double *x, uint8_t *out, int64_t n);
K4J_API int32_t k4j_mask_isinf_f64(int32_t isa, const double *x, uint8_t *out, int64_t n);
K4J_API int32_t k4j_mask_isfinite_f64(int32_t isa, const double *x, uint8_t *out, int64_t n);
K4J_API int32_t k4j_mask_nantonum_f64(int32_t isa, const double *x, double nan, double posinf, double neginf, double *out, int64_t n);
K4J_API int32_t k4j_mask_cmp_f32(int32_t isa, int32_t op, const float *a, const float *b, uint8_t *out, int64_t n);
K4J_API int32_t k4j_mask_cmps_f32(int32_t isa, int32_t op, const float *a, float s, uint8_t *out, int64_t n);
K4J_API int32_t k4j_mask_where_f32(int32_t isa, const uint8_t *m, const float *a, const float *b, float *out, int64_t n);
K4J_API int32_t k4j_mask_wheres_f32(int32_t isa, const uint8_t *m, const float *a, float s, int32_t swap, float *out, int64_t n);
K4J_API int32_t k4j_mask_wheress_f32(int32_t isa, const uint8_t *m, float s, float u, float *out, int64_t n);
K4J_API int64_t k4j_mask_countnz_f32(int32_t isa, const float *x, int64_t n);
K4J_API int32_t k4j_mask_any_f32(int32_t isa, const float *x, int64_t n);
K4J_API int32_t k4j_mask_all_f32(int32_t isa, const float *x, int64_t n);
K4J_API int32_t k4j_mask_isnan_f32(int32_t isa, const float *x, uint8_t *out, int64_t n);
K4J_API int32_t k4j_mask_isinf_f32(int32_t isa, const float *x, uint8_t *out, int64_t n);
K4J_API int32_t k4j_mask_isfinite_f32(int32_t isa, const float *x, uint8_t *out, int64_t n);
K4J_API int32_t k4j_mask_nantonum_f32(int32_t isa, const float *x, float nan, float posinf, float neginf, float *out, int64_t n);
K4J_API int32_t k4j_mask_cmp_i64(int32_t isa, int32_t op, const int64_t *a, const int64_t *b, uint8_t *out, int64_t n);
K4J_API int32_t k4j_mask_cmps_i64(int32_t isa, int32_t op, const int64_t *a, int64_t s, uint8_t *out, int64_t n);
K4J_API int32_t k4j_mask_where_i64(int32_t isa, const uint8_t *m, const int64_t *a, const int64_t *b, int64_t *out, int64_t n);
K4J_API int32_t k4j_mask_wheres_i64(int32_t isa, const uint8_t *m, const int64_t *a, int64_t s, int32_t swap, int64_t *out, int64_t n);
K4J_API int32_t k4j_mask_wheress_i64(int32_t isa, const uint8_t *m, int64_t s, int64_t u, int64_t *out, int64_t n);
K4J_API int64_t k4j_mask_countnz_i64(int32_t isa, const int64_t *x, int64_t n);
K4J_API int32_t k4j_mask_any_i64(int32_t isa, const int64_t *x, int64_t n);
K4J_API int32_t k4j_mask_all_i64(int32_t isa, const int64_t *x, int64_t n);
K4J_API int32_t k4j_mask_cmp_i32(int32_t isa, int32_t op, const int32_t *a, const int32_t *b, uint8_t *out, int64_t n);
K4J_API int32_t k4j_mask_cmps_i32(int32_t isa, int32_t op, const int32_t *a, int32_t s, uint8_t *out, int64_t n);
K4J_API int32_t k4j_mask_where_i32(int32_t isa, const uint8_t *m, const int32_t *a, const int32_t *b, int32_t *out, int64_t n);
K4J_API int32_t k4j_mask_wheres_i32(int32_t isa, const uint8_t *m, const int32_t *a, int32_t s, int32_t swap, int32_t *out, int64_t n);
K4J_API int32_t k4j_mask_wheress_i32(int32_t isa, const uint8_t *m, int32_t s, int32_t u, int32_t *out, int64_t n);
K4J_API int64_t k4j_mask_countnz_i32(int32_t isa, const int32_t *x, int64_t n);
K4J_API int32_t k4j_mask_any_i32(int32_t isa, const int32_t *x, int64_t n);
K4J_API int32_t k4j_mask_all_i32(int32_t isa, const int32_t *x, int64_t n);
K4J_API int64_t k4j_mask_countnz_b8(int32_t isa, const uint8_t *x, int64_t n);
K4J_API int32_t k4j_mask_any_b8(int32_t isa, const uint8_t *x, int64_t n);
K4J_API int32_t k4j_mask_all_b8(int32_t isa, const uint8_t *x, int64_t n);

/* ---- axis: column reductions of a row-major block ---------------------------
 *
 * x holds a rows x cols block, row-major: element (i, j) at x[i * ld + j]; the
 * kernels read exactly those elements, each once, walking the rows in order
 * through strips of columns (contiguous runs of each row). rows >= 0, cols >= 0,
 * ld >= cols, (rows - 1) * ld + cols elements addressable (their byte count fits
 * int64_t), x and out not NULL when rows > 0 and cols > 0 (out also when rows == 0).
 * Status K4J_OK or K4J_EINVAL (bad arguments: nothing is written).
 *
 * colsum: out[j] = the k4j tree sum (the order above) of term(x[i * ld + j]),
 *   i = 0 .. rows - 1, in float64: bit for bit the 1-D kernel on column j
 *   (K4J_AXIS_SUM: reduce_sum; NANSUM: reduce_nansum; SQDEV: reduce_sqdev with
 *   mean = center[j]; NANSQDEV: reduce_nansqdev with mean = center[j]). center
 *   (cols values) is read only by the SQDEV terms and may be NULL for the others.
 *   nancount, when not NULL, receives the number of NaNs of each column (cols
 *   values). out and nancount are written, not added to; +0.0 when rows == 0.
 * colext: out[j] = the extreme of column j as reduce_min / max / nanmin / nanmax
 *   (K4J_AXIS_MIN / MAX / NANMIN / NANMAX): IEEE 754-2019, -0.0 < +0.0, NaN if
 *   the column holds one (min, max) or holds nothing else (nanmin, nanmax); NaN
 *   when rows == 0. */
#define K4J_AXIS_SUM 0
#define K4J_AXIS_NANSUM 1
#define K4J_AXIS_SQDEV 2
#define K4J_AXIS_NANSQDEV 3
#define K4J_AXIS_MIN 0
#define K4J_AXIS_MAX 1
#define K4J_AXIS_NANMIN 2
#define K4J_AXIS_NANMAX 3
K4J_API int32_t k4j_axis_colsum_f64(int32_t isa, const double *x, int64_t rows, int64_t cols, int64_t ld, int32_t term, const double *center, double *out, int64_t *nancount);
K4J_API int32_t k4j_axis_colsum_f32(int32_t isa, const float *x, int64_t rows, int64_t cols, int64_t ld, int32_t term, const double *center, double *out, int64_t *nancount);
K4J_API int32_t k4j_axis_colext_f64(int32_t isa, const double *x, int64_t rows, int64_t cols, int64_t ld, int32_t op, double *out);
K4J_API int32_t k4j_axis_colext_f32(int32_t isa, const float *x, int64_t rows, int64_t cols, int64_t ld, int32_t op, double *out);

#ifdef __cplusplus
}
#endif

#endif /* K4J_H */
