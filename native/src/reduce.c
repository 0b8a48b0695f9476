/* Reductions: sums in the k4j tree order (see k4j.h), NaN count, norm2,
 * min/max with IEEE 754-2019 semantics, NumPy's argmin/argmax.
 *
 * Compiled once per ISA path. The sums are written as plain C over an array of
 * K4J_SUM_LANES accumulators: gcc keeps the array in vector registers (4 zmm,
 * 8 ymm, or 16 xmm with a few spills) and, as we compile without -ffast-math
 * and without FP contraction, it never reorders the additions, so every path
 * (and the Java backend) produces the same bits. The dtype variants come from
 * reduce_tmpl.h, included once per dtype. */
#include <math.h>
#include <string.h>

#include "k4j_internal.h"

#define K4J_ALWAYS_INLINE static inline __attribute__((always_inline))

/* ---- the binary-counter stack of block values (k4j.h, step 3) -------------
 *
 * After the c-th push (c = 1, 2, ...) the stack holds one entry per set bit
 * of c, so the number of merges a push makes is the number of trailing zero
 * bits of c: no levels need to be stored. 64 entries cover any int64 n. */
typedef struct {
    double value[64];
    int top;            /* entries in use */
    uint64_t pushes;
} k4j_tree;

K4J_ALWAYS_INLINE void k4j_tree_init(k4j_tree *t) {
    t->top = 0;
    t->pushes = 0;
}

K4J_ALWAYS_INLINE void k4j_tree_push(k4j_tree *t, double v) {
    t->pushes++;
    for (uint64_t c = t->pushes; (c & 1) == 0; c >>= 1)
        v = t->value[--t->top] + v;       /* below + top */
    t->value[t->top++] = v;
}

/* r = top; r = below + r; ... ; an empty tree is +0.0 (n == 0). */
K4J_ALWAYS_INLINE double k4j_tree_fold(const k4j_tree *t) {
    if (t->top == 0) return 0.0;
    int i = t->top - 1;
    double r = t->value[i];
    while (i > 0) r = t->value[--i] + r;
    return r;
}

/* Step 2's lane halving, lane[j] = lane[j] + lane[j + w] for w = 16, 8, 4, 2, 1.
 * Written with gcc's generic 4-double vectors (q[k] = lanes 4k..4k+3) because
 * gcc 12 turns the plain-C form, once inlined after the lane loop, into 31
 * scalar additions and as many lane extractions per block, which cost 10-25%
 * of a sum on L1-resident data. Same additions, same operands, same order of
 * rounding: only the instruction selection changes. */
typedef double k4j_f64x4 __attribute__((vector_size(32)));

K4J_ALWAYS_INLINE double k4j_lanes_fold(const double acc[K4J_SUM_LANES]) {
    _Static_assert(K4J_SUM_LANES == 32, "the halving below is written for 32 lanes");
    k4j_f64x4 q[8];
    memcpy(q, acc, sizeof q);
    for (int k = 0; k < 4; k++) q[k] = q[k] + q[k + 4]; /* w = 16 */
    for (int k = 0; k < 2; k++) q[k] = q[k] + q[k + 2]; /* w = 8 */
    q[0] = q[0] + q[1];                                 /* w = 4 */
    return (q[0][0] + q[0][2]) + (q[0][1] + q[0][3]);   /* w = 2, then w = 1 */
}

/* Loop shape of the sum lane loops (measured on Zen 4 with gcc 12, sum of
 * doubles): the inner loop over the 32 lanes is unrolled completely before
 * vectorization, so the lanes become 32 scalars that gcc keeps in registers
 * and packs into 4 zmm / 8 ymm / 16 xmm additions; left as a loop, gcc kept
 * them in memory on AVX2 and SSE2 (a store-forwarding round trip on every
 * step, 1.3-1.8x slower in L1). The loop over a block's 16 steps stays a
 * loop: fully unrolled, each load instruction runs once per 4 KiB block, the
 * hardware prefetcher that tracks loads by instruction no longer follows the
 * stream, and sums of arrays in DRAM ran 1.7-3x slower. */
_Static_assert(K4J_SUM_LANES <= 32, "K4J_UNROLL_LANES must unroll the lane loop completely");
#define K4J_UNROLL_LANES _Pragma("GCC unroll 32")
#define K4J_KEEP_LOOP _Pragma("GCC unroll 1")

/* ---- summands ---------------------------------------------------------------
 * Each names the term added for element k, in double; x, y and c are the
 * parameters of the block function (K4J_DEFINE_TREE_SUM in the template). */
#define K4J_TERM_SUM(k) ((double)x[k])
/* nansum adds -0.0 for a NaN: -0.0 is the additive identity (also for a -0.0
 * or +0.0 lane). Which way of writing that select is both vectorized and
 * compiled correctly by gcc 12 depends on the ISA:
 *  - `v == v ? v : -0.0` is miscompiled for AVX-512: gcc turns
 *    "lane + (v == v ? v : -0.0)" into a conditional add, and if-conversion
 *    then re-adds +0.0 for the NaN elements (a masked add of zeros), which
 *    turns a -0.0 lane into +0.0. On AVX2 it is compiled correctly but not
 *    vectorized.
 *  - The same select on the bits (k4j_internal.h) is vectorized and correct on AVX2
 *    and AVX-512, but not vectorized for SSE2.
 * So AVX2 / AVX-512 use the bit select; the baseline path uses the plain
 * select and first tries the ordinary sum, which has the same terms, hence
 * the same bits, whenever x holds no NaN (a sum that is not NaN proves it). */
#if defined(__AVX2__)
#define K4J_TERM_NANSUM(k) k4j_nan_to_neg_zero((double)x[k])
#define K4J_NANSUM_TRIES_SUM_FIRST 0
#else
#define K4J_TERM_NANSUM(k) (x[k] == x[k] ? (double)x[k] : -0.0)
#define K4J_NANSUM_TRIES_SUM_FIRST 1
#endif
#define K4J_TERM_NANSQDEV(k) k4j_square_unless_nan((double)x[k], c)
#define K4J_TERM_DOT(k) ((double)x[k] * (double)y[k])
#define K4J_TERM_SQUARE(k) ((double)x[k] * (double)x[k])
#define K4J_TERM_SQDEV(k) (((double)x[k] - c) * ((double)x[k] - c))
#define K4J_TERM_SCALED_SQUARE(k) (((double)x[k] / c) * ((double)x[k] / c))

/* ---- dtype instantiations -------------------------------------------------- */

#define K4J_T double
#define K4J_SFX f64
#define K4J_BITS uint64_t
#define K4J_SIGN_BIT UINT64_C(0x8000000000000000)
#define K4J_FABS fabs
#include "reduce_tmpl.h"

#define K4J_T float
#define K4J_SFX f32
#define K4J_BITS uint32_t
#define K4J_SIGN_BIT UINT32_C(0x80000000)
#define K4J_FABS fabsf
#include "reduce_tmpl.h"

/* ---- integer reductions ------------------------------------------------------
 *
 * Every pass reads each element once, so another thread rewriting x during the
 * call changes the answer, never the memory touched. argmin/argmax copy each
 * chunk before looking at it twice (its extreme, then where it is). */

#define K4J_ICHUNK 2048

#define K4J_DEFINE_IREDUCE(T, SFX)                                                        \
    int64_t K4J_FN(reduce_isum_##SFX)(const T *x, int64_t n) {                            \
        uint64_t s = 0; /* unsigned: wrap-around without undefined behaviour */            \
        for (int64_t i = 0; i < n; i++) s += (uint64_t)(int64_t)x[i];                     \
        return (int64_t)s;                                                                \
    }                                                                                     \
    int64_t K4J_FN(reduce_iprod_##SFX)(const T *x, int64_t n) {                           \
        uint64_t p = 1;                                                                   \
        for (int64_t i = 0; i < n; i++) p *= (uint64_t)(int64_t)x[i];                     \
        return (int64_t)p;                                                                \
    }                                                                                     \
    /* High and low 32-bit halves summed apart in int64 (exact for 2^30 elements), */     \
    /* then into a 128-bit total: the exact sum, rounded to double once. */               \
    double K4J_FN(reduce_exactsum_##SFX)(const T *x, int64_t n) {                         \
        __int128 total = 0;                                                               \
        for (int64_t i = 0; i < n; i += (int64_t)1 << 30) {                               \
            int64_t m = n - i < ((int64_t)1 << 30) ? n - i : ((int64_t)1 << 30);          \
            int64_t hi = 0, lo = 0;                                                       \
            for (int64_t k = 0; k < m; k++) {                                             \
                int64_t v = (int64_t)x[i + k];                                            \
                hi += v >> 32;                                                            \
                lo += (int64_t)(v & INT64_C(0xffffffff));                                 \
            }                                                                             \
            total += (__int128)hi * ((__int128)1 << 32) + lo;                             \
        }                                                                                 \
        return (double)total;                                                             \
    }                                                                                     \
    static int64_t k4j_iarg_##SFX(const T *x, int64_t n, int want_max) {                  \
        if (n <= 0) return -1;                                                            \
        T buf[K4J_ICHUNK];                                                                \
        T best = 0;                                                                       \
        int64_t where = -1;                                                               \
        for (int64_t i = 0; i < n; i += K4J_ICHUNK) {                                     \
            int64_t m = n - i < K4J_ICHUNK ? n - i : K4J_ICHUNK;                          \
            memcpy(buf, x + i, (size_t)m * sizeof(T));                                    \
            T e = buf[0];                                                                 \
            if (want_max) {                                                               \
                for (int64_t k = 1; k < m; k++) e = buf[k] > e ? buf[k] : e;              \
            } else {                                                                      \
                for (int64_t k = 1; k < m; k++) e = buf[k] < e ? buf[k] : e;              \
            }                                                                             \
            if (where >= 0 && (want_max ? !(e > best) : !(e < best))) continue;           \
            int64_t k = 0;                                                                \
            while (k < m - 1 && buf[k] != e) k++; /* e is in buf: found by k < m */      \
            best = e;                                                                     \
            where = i + k;                                                                \
        }                                                                                 \
        return where;                                                                     \
    }                                                                                     \
    int64_t K4J_FN(reduce_iargmin_##SFX)(const T *x, int64_t n) {                         \
        return k4j_iarg_##SFX(x, n, 0);                                                   \
    }                                                                                     \
    int64_t K4J_FN(reduce_iargmax_##SFX)(const T *x, int64_t n) {                         \
        return k4j_iarg_##SFX(x, n, 1);                                                   \
    }

K4J_DEFINE_IREDUCE(int64_t, i64)
K4J_DEFINE_IREDUCE(int32_t, i32)
#undef K4J_DEFINE_IREDUCE
#undef K4J_ICHUNK
