/* The reductions of one dtype; included by reduce.c once per dtype with
 *   K4J_T         the element type (double, float)
 *   K4J_SFX       its suffix in function names (f64, f32)
 *   K4J_BITS      the unsigned integer type of the same width
 *   K4J_SIGN_BIT  the sign bit in K4J_BITS
 *   K4J_FABS      fabs or fabsf
 * defined; they are undefined again at the end. No include guard on purpose. */

#define K4J_OP(op) K4J_FN(K4J_PASTE(op, K4J_SFX))  /* exported per-ISA kernel */
#define K4J_LOCAL(name) K4J_PASTE(name, K4J_SFX)   /* file-local helper */

/* ---- k4j tree sums ----------------------------------------------------------
 *
 * K4J_DEFINE_TREE_SUM(name, TERM) defines
 *   static double name(const T *x, const T *y, double c, int64_t n)
 * returning the k4j tree sum of TERM(k), k < n. y and c are the optional
 * second operand and scalar of TERM (unary sums pass y = x, c = 0).
 *
 * Full blocks and the last, short block are separate functions on purpose:
 * with the constant trip count and the loop fully unrolled, gcc keeps the 32
 * lanes in registers on every path; inlined with a variable count (or left to
 * gcc's own unrolling) it spilled the lanes to the stack on AVX2 and SSE2 and
 * ran 1.3-1.6x slower on L1-resident data. The short block runs at most once
 * per call and stays out of line. */
#define K4J_DEFINE_TREE_SUM(NAME, TERM)                                                 \
    K4J_ALWAYS_INLINE double K4J_PASTE(NAME, full_block)(const K4J_T *x, const K4J_T *y, \
                                                         double c) {                    \
        (void)y;                                                                        \
        (void)c;                                                                        \
        double acc[K4J_SUM_LANES];                                                      \
        for (int j = 0; j < K4J_SUM_LANES; j++) acc[j] = -0.0;                          \
        K4J_UNROLL_BLOCK                                                                \
        for (int i = 0; i < K4J_SUM_BLOCK; i += K4J_SUM_LANES)                          \
            for (int j = 0; j < K4J_SUM_LANES; j++) acc[j] += TERM(i + j);              \
        return k4j_lanes_fold(acc);                                                     \
    }                                                                                   \
    __attribute__((noinline)) static double K4J_PASTE(NAME, short_block)(               \
        const K4J_T *x, const K4J_T *y, double c, int64_t m) {                          \
        (void)y;                                                                        \
        (void)c;                                                                        \
        double acc[K4J_SUM_LANES];                                                      \
        for (int j = 0; j < K4J_SUM_LANES; j++) acc[j] = -0.0;                          \
        int64_t i = 0;                                                                  \
        for (; m - i >= K4J_SUM_LANES; i += K4J_SUM_LANES)                              \
            for (int j = 0; j < K4J_SUM_LANES; j++) acc[j] += TERM(i + j);              \
        for (int j = 0; j < m - i; j++) acc[j] += TERM(i + j);                          \
        return k4j_lanes_fold(acc);                                                     \
    }                                                                                   \
    static double NAME(const K4J_T *x, const K4J_T *y, double c, int64_t n) {           \
        k4j_tree t;                                                                     \
        k4j_tree_init(&t);                                                              \
        int64_t i = 0;                                                                  \
        for (; n - i >= K4J_SUM_BLOCK; i += K4J_SUM_BLOCK)                              \
            k4j_tree_push(&t, K4J_PASTE(NAME, full_block)(x + i, y + i, c));            \
        if (i < n) k4j_tree_push(&t, K4J_PASTE(NAME, short_block)(x + i, y + i, c, n - i)); \
        return k4j_tree_fold(&t);                                                       \
    }

K4J_DEFINE_TREE_SUM(K4J_LOCAL(tree_sum), K4J_TERM_SUM)
K4J_DEFINE_TREE_SUM(K4J_LOCAL(tree_nansum), K4J_TERM_NANSUM)
K4J_DEFINE_TREE_SUM(K4J_LOCAL(tree_dot), K4J_TERM_DOT)
K4J_DEFINE_TREE_SUM(K4J_LOCAL(tree_sumsq), K4J_TERM_SQUARE)
K4J_DEFINE_TREE_SUM(K4J_LOCAL(tree_sqdev), K4J_TERM_SQDEV)
K4J_DEFINE_TREE_SUM(K4J_LOCAL(tree_scaled_sumsq), K4J_TERM_SCALED_SQUARE)

double K4J_OP(reduce_sum)(const K4J_T *x, int64_t n) {
    return K4J_LOCAL(tree_sum)(x, x, 0.0, n);
}

double K4J_OP(reduce_nansum)(const K4J_T *x, int64_t n) {
    return K4J_LOCAL(tree_nansum)(x, x, 0.0, n);
}

double K4J_OP(reduce_dot)(const K4J_T *x, const K4J_T *y, int64_t n) {
    return K4J_LOCAL(tree_dot)(x, y, 0.0, n);
}

double K4J_OP(reduce_sqdev)(const K4J_T *x, int64_t n, double mean) {
    return K4J_LOCAL(tree_sqdev)(x, x, mean, n);
}

int64_t K4J_OP(reduce_nancount)(const K4J_T *x, int64_t n) {
    /* Count in an integer as wide as the element so the compare mask is added
     * directly; chunks keep a 32-bit count from overflowing. */
    int64_t total = 0;
    for (int64_t i = 0; i < n; i += INT64_C(1) << 24) {
        int64_t end = n - i > (INT64_C(1) << 24) ? i + (INT64_C(1) << 24) : n;
        K4J_BITS count = 0;
        for (int64_t k = i; k < end; k++) count += (K4J_BITS)(x[k] != x[k]);
        total += (int64_t)count;
    }
    return total;
}

/* ---- min / max ----------------------------------------------------------------
 *
 * One compare-select pass over K4J_MM_LANES independent lanes (4 vector
 * registers on AVX-512) keeps a running extreme per lane; TAKE(v, a) says
 * when the new value v replaces the lane's a. NaN handling is folded into
 * TAKE so no separate flag pass is needed:
 *   min/max:       take v if it is better or NaN; a NaN lane then stays NaN.
 *   nanmin/nanmax: take v if it is better or the lane is still NaN (lanes start
 *                  at NaN), so the result is NaN only when every element is.
 * Between +0.0 and -0.0 the pass keeps whichever came first in its lane; the
 * callers settle the sign of a zero result with a second, integer pass. */
#define K4J_MM_LANES ((int)(256 / sizeof(K4J_T)))

#define K4J_TAKE_MIN(v, a) (((v) < (a)) | ((v) != (v)))
#define K4J_TAKE_MAX(v, a) (((v) > (a)) | ((v) != (v)))
#define K4J_TAKE_NANMIN(v, a) (((v) < (a)) | ((a) != (a)))
#define K4J_TAKE_NANMAX(v, a) (((v) > (a)) | ((a) != (a)))
#define K4J_IDENTITY(v) (v)

#define K4J_DEFINE_EXTREME(NAME, TAKE, VALUE)                                   \
    static K4J_T NAME(const K4J_T *x, int64_t n, K4J_T init) {                  \
        K4J_T acc[K4J_MM_LANES];                                                \
        for (int j = 0; j < K4J_MM_LANES; j++) acc[j] = init;                   \
        int64_t i = 0;                                                          \
        for (; n - i >= K4J_MM_LANES; i += K4J_MM_LANES)                        \
            for (int j = 0; j < K4J_MM_LANES; j++) {                            \
                K4J_T v = VALUE(x[i + j]), a = acc[j];                          \
                acc[j] = TAKE(v, a) ? v : a;                                    \
            }                                                                   \
        for (int j = 0; j < n - i; j++) {                                       \
            K4J_T v = VALUE(x[i + j]), a = acc[j];                              \
            acc[j] = TAKE(v, a) ? v : a;                                        \
        }                                                                       \
        K4J_T r = acc[0];                                                       \
        for (int j = 1; j < K4J_MM_LANES; j++) r = TAKE(acc[j], r) ? acc[j] : r; \
        return r;                                                               \
    }

K4J_DEFINE_EXTREME(K4J_LOCAL(min_pass), K4J_TAKE_MIN, K4J_IDENTITY)
K4J_DEFINE_EXTREME(K4J_LOCAL(max_pass), K4J_TAKE_MAX, K4J_IDENTITY)
K4J_DEFINE_EXTREME(K4J_LOCAL(nanmin_pass), K4J_TAKE_NANMIN, K4J_IDENTITY)
K4J_DEFINE_EXTREME(K4J_LOCAL(nanmax_pass), K4J_TAKE_NANMAX, K4J_IDENTITY)
K4J_DEFINE_EXTREME(K4J_LOCAL(maxabs_pass), K4J_TAKE_MAX, K4J_FABS)

/* Whether some element has exactly the bit pattern `bits` (+0.0 or -0.0).
 * Chunked so the common case (found early) stops early while each chunk
 * still runs as a vector loop. */
static int K4J_LOCAL(contains_bits)(const K4J_T *x, int64_t n, K4J_BITS bits) {
    for (int64_t i = 0; i < n; i += 1024) {
        int64_t end = n - i > 1024 ? i + 1024 : n;
        K4J_BITS hit = 0;
        for (int64_t k = i; k < end; k++) {
            K4J_BITS u;
            memcpy(&u, &x[k], sizeof u);
            hit |= (K4J_BITS)(u == bits);
        }
        if (hit) return 1;
    }
    return 0;
}

/* IEEE 754-2019 minimum/maximum of a zero result: -0.0 < +0.0. */
static K4J_T K4J_LOCAL(zero_of_min)(const K4J_T *x, int64_t n) {
    return K4J_LOCAL(contains_bits)(x, n, K4J_SIGN_BIT) ? (K4J_T)-0.0 : (K4J_T)0.0;
}

static K4J_T K4J_LOCAL(zero_of_max)(const K4J_T *x, int64_t n) {
    return K4J_LOCAL(contains_bits)(x, n, 0) ? (K4J_T)0.0 : (K4J_T)-0.0;
}

double K4J_OP(reduce_min)(const K4J_T *x, int64_t n) {
    if (n == 0) return NAN;
    K4J_T r = K4J_LOCAL(min_pass)(x, n, (K4J_T)INFINITY);
    return r == 0 ? K4J_LOCAL(zero_of_min)(x, n) : r;
}

double K4J_OP(reduce_max)(const K4J_T *x, int64_t n) {
    if (n == 0) return NAN;
    K4J_T r = K4J_LOCAL(max_pass)(x, n, (K4J_T)-INFINITY);
    return r == 0 ? K4J_LOCAL(zero_of_max)(x, n) : r;
}

double K4J_OP(reduce_nanmin)(const K4J_T *x, int64_t n) {
    K4J_T r = K4J_LOCAL(nanmin_pass)(x, n, (K4J_T)NAN);
    return r == 0 ? K4J_LOCAL(zero_of_min)(x, n) : r;
}

double K4J_OP(reduce_nanmax)(const K4J_T *x, int64_t n) {
    K4J_T r = K4J_LOCAL(nanmax_pass)(x, n, (K4J_T)NAN);
    return r == 0 ? K4J_LOCAL(zero_of_max)(x, n) : r;
}

/* ---- argmin / argmax --------------------------------------------------------
 * Two passes: the extreme m (a vector pass), then the first index that matches
 * it: x[k] == m (so -0.0 matches +0.0), or x[k] is NaN when m is NaN. */
static int64_t K4J_LOCAL(first_match)(const K4J_T *x, int64_t n, K4J_T m) {
    const K4J_BITS m_is_nan = (K4J_BITS)(m != m);
    for (int64_t i = 0; i < n; i += 256) {
        int64_t end = n - i > 256 ? i + 256 : n;
        K4J_BITS hit = 0;
        for (int64_t k = i; k < end; k++)
            hit |= (K4J_BITS)(x[k] == m) | ((K4J_BITS)(x[k] != x[k]) & m_is_nan);
        if (!hit) continue;
        for (int64_t k = i; k < end; k++)
            if (x[k] == m || (m_is_nan && x[k] != x[k])) return k;
    }
    return -1; /* unreachable for the m of a min/max pass over x */
}

int64_t K4J_OP(reduce_argmin)(const K4J_T *x, int64_t n) {
    if (n == 0) return -1;
    return K4J_LOCAL(first_match)(x, n, K4J_LOCAL(min_pass)(x, n, (K4J_T)INFINITY));
}

int64_t K4J_OP(reduce_argmax)(const K4J_T *x, int64_t n) {
    if (n == 0) return -1;
    return K4J_LOCAL(first_match)(x, n, K4J_LOCAL(max_pass)(x, n, (K4J_T)-INFINITY));
}

/* ---- norm2 -----------------------------------------------------------------
 * s = tree sum of x[k]^2 (in double). s is NaN exactly when x holds a NaN, and
 * +Inf when x holds an Inf or the squares overflow. Below 2^-970
 * (= DBL_MIN * 2^52) squares may have lost bits to subnormal rounding or
 * flushed to zero; above it their absolute error (<= 2^-1075 each) stays far
 * below an ulp of s. In both cases the sum is redone on x[k] / m, m = max |x[k]|,
 * which cannot overflow and keeps the largest term at 1. */
double K4J_OP(reduce_norm2)(const K4J_T *x, int64_t n) {
    double s = K4J_LOCAL(tree_sumsq)(x, x, 0.0, n);
    if (s != s) return s;
    if (s == INFINITY || s < 0x1p-970) {
        double m = (double)K4J_LOCAL(maxabs_pass)(x, n, (K4J_T)0.0);
        if (m == INFINITY) return m;
        if (m > 0.0) return m * sqrt(K4J_LOCAL(tree_scaled_sumsq)(x, x, m, n));
    }
    return sqrt(s);
}

#undef K4J_DEFINE_TREE_SUM
#undef K4J_DEFINE_EXTREME
#undef K4J_MM_LANES
#undef K4J_TAKE_MIN
#undef K4J_TAKE_MAX
#undef K4J_TAKE_NANMIN
#undef K4J_TAKE_NANMAX
#undef K4J_IDENTITY
#undef K4J_OP
#undef K4J_LOCAL
#undef K4J_T
#undef K4J_SFX
#undef K4J_BITS
#undef K4J_SIGN_BIT
#undef K4J_FABS
