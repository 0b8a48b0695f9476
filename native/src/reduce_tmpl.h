/* The reductions of one dtype; included by reduce.c once per dtype with
 *   K4J_T         the element type (double, float)
 *   K4J_SFX       its suffix in function names (f64, f32)
 *   K4J_BITS      the unsigned integer type of the same width
 *   K4J_SIGN_BIT  the sign bit in K4J_BITS
 *   K4J_FABS      fabs or fabsf
 * defined; they are undefined again at the end. No include guard on purpose. */

#define K4J_OP(op) K4J_FN(K4J_PASTE(op, K4J_SFX))  /* exported per-ISA kernel */
#define K4J_LOCAL(name) K4J_PASTE(name, K4J_SFX)   /* file-local helper */

/* Lanes of the non-sum passes (count, min/max): 4 zmm / 8 ymm / 16 xmm. */
#define K4J_MM_LANES ((int)(256 / sizeof(K4J_T)))

/* ---- k4j tree sums ----------------------------------------------------------
 *
 * K4J_DEFINE_TREE_SUM(name, TERM) defines
 *   static double name(const T *x, const T *y, double c, int64_t n)
 * returning the k4j tree sum of TERM(k), k < n. y and c are the optional
 * second operand and scalar of TERM (unary sums pass y = x, c = 0).
 *
 * Full blocks (constant trip count, inlined into the block loop) and the
 * last, short block (at most once per call, out of line) are separate
 * functions so the hot loop carries no tail handling. */
#define K4J_DEFINE_TREE_SUM(NAME, TERM)                                                 \
    K4J_ALWAYS_INLINE double K4J_PASTE(NAME, full_block)(const K4J_T *x, const K4J_T *y, \
                                                         double c) {                    \
        (void)y;                                                                        \
        (void)c;                                                                        \
        double acc[K4J_SUM_LANES];                                                      \
        for (int j = 0; j < K4J_SUM_LANES; j++) acc[j] = -0.0;                          \
        K4J_KEEP_LOOP                                                                   \
        for (int i = 0; i < K4J_SUM_BLOCK; i += K4J_SUM_LANES) {                        \
            K4J_UNROLL_LANES                                                            \
            for (int j = 0; j < K4J_SUM_LANES; j++) acc[j] += TERM(i + j);              \
        }                                                                               \
        return k4j_lanes_fold(acc);                                                     \
    }                                                                                   \
    __attribute__((noinline)) static double K4J_PASTE(NAME, short_block)(               \
        const K4J_T *x, const K4J_T *y, double c, int64_t m) {                          \
        (void)y;                                                                        \
        (void)c;                                                                        \
        double acc[K4J_SUM_LANES];                                                      \
        for (int j = 0; j < K4J_SUM_LANES; j++) acc[j] = -0.0;                          \
        int64_t i = 0;                                                                  \
        for (; m - i >= K4J_SUM_LANES; i += K4J_SUM_LANES) {                            \
            K4J_UNROLL_LANES                                                            \
            for (int j = 0; j < K4J_SUM_LANES; j++) acc[j] += TERM(i + j);              \
        }                                                                               \
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
K4J_DEFINE_TREE_SUM(K4J_LOCAL(tree_nansqdev), K4J_TERM_NANSQDEV)
K4J_DEFINE_TREE_SUM(K4J_LOCAL(tree_scaled_sumsq), K4J_TERM_SCALED_SQUARE)

double K4J_OP(reduce_sum)(const K4J_T *x, int64_t n) {
    return K4J_LOCAL(tree_sum)(x, x, 0.0, n);
}

double K4J_OP(reduce_nansum)(const K4J_T *x, int64_t n) {
    if (K4J_NANSUM_TRIES_SUM_FIRST) {
        double s = K4J_LOCAL(tree_sum)(x, x, 0.0, n);
        if (s == s) return s;
    }
    return K4J_LOCAL(tree_nansum)(x, x, 0.0, n);
}

double K4J_OP(reduce_dot)(const K4J_T *x, const K4J_T *y, int64_t n) {
    return K4J_LOCAL(tree_dot)(x, y, 0.0, n);
}

double K4J_OP(reduce_sqdev)(const K4J_T *x, int64_t n, double mean) {
    return K4J_LOCAL(tree_sqdev)(x, x, mean, n);
}

double K4J_OP(reduce_nansqdev)(const K4J_T *x, int64_t n, double mean) {
    return K4J_LOCAL(tree_nansqdev)(x, x, mean, n);
}

/* Counted in K4J_MM_LANES lanes of K4J_T, adding 1 per NaN: a floating-point
 * select and add vectorize on every path (SSE2 cannot vectorize the compare
 * converted to an integer). Chunks of 2^20 keep every lane count and their
 * sum below 2^24, exact even in float. */
int64_t K4J_OP(reduce_nancount)(const K4J_T *x, int64_t n) {
    int64_t total = 0;
    for (int64_t start = 0; start < n; start += INT64_C(1) << 20) {
        const int64_t m = n - start > (INT64_C(1) << 20) ? (INT64_C(1) << 20) : n - start;
        const K4J_T *p = x + start;
        K4J_T count[K4J_MM_LANES];
        for (int j = 0; j < K4J_MM_LANES; j++) count[j] = 0;
        int64_t i = 0;
        for (; m - i >= K4J_MM_LANES; i += K4J_MM_LANES)
            for (int j = 0; j < K4J_MM_LANES; j++) count[j] += p[i + j] != p[i + j] ? 1 : 0;
        for (; i < m; i++) count[0] += p[i] != p[i] ? 1 : 0;
        K4J_T chunk = 0;
        for (int j = 0; j < K4J_MM_LANES; j++) chunk += count[j];
        total += (int64_t)chunk;
    }
    return total;
}

/* ---- min / max ----------------------------------------------------------------
 *
 * One pass over K4J_MM_LANES independent lanes (4 vector registers on
 * AVX-512) keeps a running extreme per lane with "v < a ? v : a" (or >),
 * which is exactly minpd/maxpd: a NaN v leaves the lane unchanged. NaN is
 * detected beside it, in a second set of lanes summing v * 0, which stays
 * +-0 unless some v is NaN or +-Inf; only when that sum is NaN is x searched
 * for a real NaN. This costs one multiply and one add per vector, against
 * two compares, a mask merge and a blend for a NaN-propagating select
 * (1.3x slower on L1-resident data, Zen 4). Between +0.0 and -0.0 a lane keeps
 * whichever came first; callers settle the sign of a zero result with a
 * second, integer pass. The lane loop is left to gcc's loop vectorizer,
 * which handles these selects better than its straight-line vectorizer. */
#define K4J_TAKE_LESS(v, a) ((v) < (a))
#define K4J_TAKE_GREATER(v, a) ((v) > (a))
#define K4J_IDENTITY(v) (v)

/* NAME(x, n, init, nan_suspect): the extreme of VALUE(x[k]) over the non-NaN
 * elements (init if none); with WATCH, *nan_suspect is set when x may hold a
 * NaN (it does if it holds no +-Inf). */
#define K4J_DEFINE_EXTREME(NAME, TAKE, VALUE, WATCH)                                  \
    static K4J_T NAME(const K4J_T *x, int64_t n, K4J_T init, int *nan_suspect) {      \
        K4J_T acc[K4J_MM_LANES], watch[K4J_MM_LANES];                                 \
        for (int j = 0; j < K4J_MM_LANES; j++) acc[j] = init, watch[j] = 0;           \
        int64_t i = 0;                                                                \
        for (; n - i >= K4J_MM_LANES; i += K4J_MM_LANES)                              \
            for (int j = 0; j < K4J_MM_LANES; j++) {                                  \
                K4J_T v = VALUE(x[i + j]), a = acc[j];                                \
                acc[j] = TAKE(v, a) ? v : a;                                          \
                if (WATCH) watch[j] = watch[j] + v * 0;                               \
            }                                                                         \
        for (int j = 0; j < n - i; j++) {                                             \
            K4J_T v = VALUE(x[i + j]), a = acc[j];                                    \
            acc[j] = TAKE(v, a) ? v : a;                                              \
            if (WATCH) watch[j] = watch[j] + v * 0;                                   \
        }                                                                             \
        /* Lanes hold no NaN: combining them in a tree is exact. */                 \
        for (int w = K4J_MM_LANES / 2; w >= 1; w /= 2)                                \
            for (int j = 0; j < w; j++) {                                             \
                acc[j] = TAKE(acc[j + w], acc[j]) ? acc[j + w] : acc[j];              \
                watch[j] = watch[j] + watch[j + w];                                   \
            }                                                                         \
        *nan_suspect = watch[0] != watch[0];                                          \
        return acc[0];                                                                \
    }

K4J_DEFINE_EXTREME(K4J_LOCAL(min_pass), K4J_TAKE_LESS, K4J_IDENTITY, 1)
K4J_DEFINE_EXTREME(K4J_LOCAL(max_pass), K4J_TAKE_GREATER, K4J_IDENTITY, 1)
K4J_DEFINE_EXTREME(K4J_LOCAL(nanmin_pass), K4J_TAKE_LESS, K4J_IDENTITY, 0)
K4J_DEFINE_EXTREME(K4J_LOCAL(nanmax_pass), K4J_TAKE_GREATER, K4J_IDENTITY, 0)
K4J_DEFINE_EXTREME(K4J_LOCAL(maxabs_pass), K4J_TAKE_GREATER, K4J_FABS, 0)

/* Index of the first NaN in x, -1 if none. Chunked so that a NaN early in x
 * stops early while each chunk still runs as a vector loop. */
static int64_t K4J_LOCAL(first_nan)(const K4J_T *x, int64_t n) {
    for (int64_t i = 0; i < n; i += 1024) {
        int64_t end = n - i > 1024 ? i + 1024 : n;
        K4J_BITS hit = 0;
        for (int64_t k = i; k < end; k++) hit |= (K4J_BITS)(x[k] != x[k]);
        if (!hit) continue;
        for (int64_t k = i; k < end; k++)
            if (x[k] != x[k]) return k;
    }
    return -1;
}

/* Whether some element has exactly the bit pattern `bits` (+0.0 or -0.0). */
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

/* min/max ignoring zero signs: NaN if x holds one. */
static K4J_T K4J_LOCAL(min_any_zero)(const K4J_T *x, int64_t n) {
    int nan_suspect;
    K4J_T r = K4J_LOCAL(min_pass)(x, n, (K4J_T)INFINITY, &nan_suspect);
    if (nan_suspect && K4J_LOCAL(first_nan)(x, n) >= 0) return (K4J_T)NAN;
    return r;
}

static K4J_T K4J_LOCAL(max_any_zero)(const K4J_T *x, int64_t n) {
    int nan_suspect;
    K4J_T r = K4J_LOCAL(max_pass)(x, n, (K4J_T)-INFINITY, &nan_suspect);
    if (nan_suspect && K4J_LOCAL(first_nan)(x, n) >= 0) return (K4J_T)NAN;
    return r;
}

double K4J_OP(reduce_min)(const K4J_T *x, int64_t n) {
    if (n == 0) return NAN;
    K4J_T r = K4J_LOCAL(min_any_zero)(x, n);
    return r == 0 ? K4J_LOCAL(zero_of_min)(x, n) : r;
}

double K4J_OP(reduce_max)(const K4J_T *x, int64_t n) {
    if (n == 0) return NAN;
    K4J_T r = K4J_LOCAL(max_any_zero)(x, n);
    return r == 0 ? K4J_LOCAL(zero_of_max)(x, n) : r;
}

/* An extreme still at its +-Inf start means no element was below it: the
 * answer is that Inf if some element is not NaN, else NaN. */
double K4J_OP(reduce_nanmin)(const K4J_T *x, int64_t n) {
    int unused;
    K4J_T r = K4J_LOCAL(nanmin_pass)(x, n, (K4J_T)INFINITY, &unused);
    if (r == INFINITY) return K4J_OP(reduce_nancount)(x, n) == n ? NAN : r;
    return r == 0 ? K4J_LOCAL(zero_of_min)(x, n) : r;
}

double K4J_OP(reduce_nanmax)(const K4J_T *x, int64_t n) {
    int unused;
    K4J_T r = K4J_LOCAL(nanmax_pass)(x, n, (K4J_T)-INFINITY, &unused);
    if (r == -INFINITY) return K4J_OP(reduce_nancount)(x, n) == n ? NAN : r;
    return r == 0 ? K4J_LOCAL(zero_of_max)(x, n) : r;
}

/* ---- argmin / argmax --------------------------------------------------------
 * Two passes: the extreme m of x, then the first index k with x[k] == m (so
 * -0.0 matches +0.0), or the first NaN when m is NaN. The second pass finds
 * the chunk holding m by the chunks' own extremes (a chunk holds an element
 * == m exactly when its extreme == m), reusing the vectorized extreme pass:
 * chunks of 2048, then 128 elements inside the one that holds m, then a
 * scalar scan of at most 128 elements. If x changes between the passes the
 * second may find no such element: the result is then 0 (unspecified, but an
 * index of x). */
#define K4J_DEFINE_ARG_EXTREME(NAME, ANY_ZERO_PASS, CHUNK_PASS, START)               \
    int64_t NAME(const K4J_T *x, int64_t n) {                                        \
        if (n == 0) return -1;                                                       \
        const K4J_T m = ANY_ZERO_PASS(x, n);                                         \
        if (m != m) {                                                                \
            int64_t f = K4J_LOCAL(first_nan)(x, n);                                  \
            return f >= 0 ? f : 0;                                                   \
        }                                                                            \
        int unused;                                                                  \
        for (int64_t i = 0; i < n; i += 2048) {                                      \
            int64_t end = n - i > 2048 ? i + 2048 : n;                               \
            if (CHUNK_PASS(x + i, end - i, START, &unused) != m) continue;           \
            for (int64_t j = i; j < end; j += 128) {                                 \
                int64_t end2 = end - j > 128 ? j + 128 : end;                        \
                if (CHUNK_PASS(x + j, end2 - j, START, &unused) != m) continue;      \
                for (int64_t k = j; k < end2; k++)                                   \
                    if (x[k] == m) return k;                                         \
            }                                                                        \
        }                                                                            \
        return 0; /* only when x changed after the first pass */                     \
    }

K4J_DEFINE_ARG_EXTREME(K4J_OP(reduce_argmin), K4J_LOCAL(min_any_zero), K4J_LOCAL(nanmin_pass),
                       (K4J_T)INFINITY)
K4J_DEFINE_ARG_EXTREME(K4J_OP(reduce_argmax), K4J_LOCAL(max_any_zero), K4J_LOCAL(nanmax_pass),
                       (K4J_T)-INFINITY)

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
        int unused;
        double m = (double)K4J_LOCAL(maxabs_pass)(x, n, (K4J_T)0.0, &unused);
        if (m == INFINITY) return m;
        if (m > 0.0) return m * sqrt(K4J_LOCAL(tree_scaled_sumsq)(x, x, m, n));
    }
    return sqrt(s);
}

#undef K4J_DEFINE_TREE_SUM
#undef K4J_DEFINE_EXTREME
#undef K4J_DEFINE_ARG_EXTREME
#undef K4J_MM_LANES
#undef K4J_TAKE_LESS
#undef K4J_TAKE_GREATER
#undef K4J_IDENTITY
#undef K4J_OP
#undef K4J_LOCAL
#undef K4J_T
#undef K4J_SFX
#undef K4J_BITS
#undef K4J_SIGN_BIT
#undef K4J_FABS
