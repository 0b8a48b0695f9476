/* The column reductions of one dtype; included by axis.c once per dtype with
 *   K4J_T         the element type (double, float)
 *   K4J_SFX       its suffix in function names (f64, f32)
 *   K4J_BITS      the unsigned integer type of the same width
 *   K4J_SIGN_BIT  the sign bit in K4J_BITS
 * defined; they are undefined again at the end. No include guard on purpose. */

#define K4J_OP(op) K4J_FN(K4J_PASTE(op, K4J_SFX))
#define K4J_LOCAL(name) K4J_PASTE(name, K4J_SFX)

/* NAME(x, rows, ld, w, center, out, nan): the k4j tree sums of TERM over the
 * w <= K4J_AXIS_STRIP columns at x (see axis.c); nan (when not NULL) gets the
 * NaN count of each column. Every element is read once. */
/* The block's value (the w doubles at V, overwritten) into the binary counter of k4j.h step
 * 3, one shape for all columns (the names of the strip's code below). */
#define K4J_AXIS_PUSH_BLOCK(V)                                                                 \
    do {                                                                                       \
        pushes++;                                                                              \
        for (uint64_t k = pushes; (k & 1) == 0; k >>= 1) {                                     \
            top--;                                                                             \
            for (int j = 0; j < w; j++) (V)[j] = tree[top][j] + (V)[j];                        \
        }                                                                                      \
        memcpy(tree[top], (V), (size_t)w * sizeof(double));                                    \
        top++;                                                                                 \
    } while (0)

#define K4J_DEFINE_COLSUM_STRIP(NAME, TERM, PLAIN)                                             \
    static void NAME(const K4J_T *x, int64_t rows, int64_t ld, int w, const double *center,    \
                     double *out, int64_t *nan) {                                              \
        double lanes[K4J_SUM_LANES][K4J_AXIS_STRIP];                                           \
        double bv[K4J_AXIS_STRIP];                                                             \
        double tree[64][K4J_AXIS_STRIP];                                                       \
        double c[K4J_AXIS_STRIP];                                                              \
        int64_t count[K4J_AXIS_STRIP];                                                         \
        for (int j = 0; j < w; j++) {                                                          \
            c[j] = center != NULL ? center[j] : 0.0;                                           \
            count[j] = 0;                                                                      \
        }                                                                                      \
        (void)c; /* read by the SQDEV terms only */                                           \
        int top = 0;                                                                           \
        uint64_t pushes = 0;                                                                   \
        for (int64_t b0 = 0; b0 < rows; b0 += K4J_SUM_BLOCK) {                                 \
            const int64_t bl = rows - b0 < K4J_SUM_BLOCK ? rows - b0 : K4J_SUM_BLOCK;          \
            /* Lane l starts at -0.0 and its first term t makes it -0.0 + t == t (bit for      \
             * bit, +-0 included): the first row of each lane is stored, not added, so no      \
             * lane is filled, and lanes a short block never reached (still -0.0) are left     \
             * out of the halving, where adding them would change nothing. */                  \
            const int used = bl < K4J_SUM_LANES ? (int)bl : K4J_SUM_LANES;                     \
            if (PLAIN && sizeof(K4J_T) == sizeof(double) && used == K4J_SUM_LANES &&           \
                bl <= 2 * K4J_SUM_LANES && nan == NULL) {                                      \
                /* float64 sums of 32 to 64 rows: lane l < extra is rows l and l + 32 added,   \
                 * every other lane is row l itself, read in place by the halving */           \
                const int extra = (int)bl - K4J_SUM_LANES;                                     \
                const double *p[K4J_SUM_LANES];                                                \
                for (int l = 0; l < K4J_SUM_LANES; l++) {                                      \
                    const double *r1 = (const double *)(const void *)(x + (b0 + l) * ld);      \
                    if (l < extra) {                                                           \
                        const double *r2 = r1 + K4J_SUM_LANES * ld;                            \
                        for (int j = 0; j < w; j++) lanes[l][j] = r1[j] + r2[j];               \
                        p[l] = lanes[l];                                                       \
                    } else {                                                                   \
                        p[l] = r1;                                                             \
                    }                                                                          \
                }                                                                              \
                /* into bv: p[0] may be lanes[0] */                                           \
                for (int j = 0; j < w; j++) bv[j] = K4J_AXIS_HALVE1(p, j);                     \
                K4J_AXIS_PUSH_BLOCK(bv);                                                       \
                continue;                                                                      \
            }                                                                                  \
            for (int64_t i = 0; i < bl; i++) {                                                 \
                const K4J_T *r = x + (b0 + i) * ld;                                            \
                double *lane = lanes[i & (K4J_SUM_LANES - 1)];                                 \
                if (K4J_AXIS_PREFETCH > 0 && b0 + i + K4J_AXIS_PREFETCH < rows)                \
                    for (int j = 0; j < w; j += (int)(64 / sizeof(K4J_T)))                     \
                        __builtin_prefetch(r + K4J_AXIS_PREFETCH * ld + j);                    \
                if (i < used) {                                                                \
                    for (int j = 0; j < w; j++) lane[j] = TERM((double)r[j], c[j]);            \
                } else if (w == K4J_AXIS_STRIP) {                                              \
                    for (int j = 0; j < K4J_AXIS_STRIP; j++) lane[j] += TERM((double)r[j], c[j]);\
                } else {                                                                       \
                    for (int j = 0; j < w; j++) lane[j] += TERM((double)r[j], c[j]);           \
                }                                                                              \
                if (nan != NULL)                                                               \
                    for (int j = 0; j < w; j++) count[j] += r[j] != r[j];                      \
            }                                                                                  \
            if (used == K4J_SUM_LANES) {                                                       \
                /* every lane live: the halving's 31 additions per column as one expression    \
                 * (the same pairs, in the same order), kept in registers */                    \
                for (int j = 0; j < w; j++) lanes[0][j] = K4J_AXIS_HALVE1(lanes, j);          \
            } else {                                                                           \
                int live = used;                                                               \
                for (int h = K4J_SUM_LANES / 2; h >= 1; h /= 2) {                              \
                    for (int l = 0; l < h && l + h < live; l++)                                \
                        for (int j = 0; j < w; j++) lanes[l][j] = lanes[l][j] + lanes[l + h][j];\
                    if (live > h) live = h;                                                    \
                }                                                                              \
            }                                                                                  \
            K4J_AXIS_PUSH_BLOCK(lanes[0]);                                                     \
        }                                                                                      \
        if (top == 0) {                                                                        \
            for (int j = 0; j < w; j++) out[j] = 0.0;                                          \
        } else {                                                                               \
            for (int j = 0; j < w; j++) {                                                      \
                double s = tree[top - 1][j];                                                   \
                for (int t = top - 2; t >= 0; t--) s = tree[t][j] + s;                         \
                out[j] = s;                                                                    \
            }                                                                                  \
        }                                                                                      \
        if (nan != NULL) memcpy(nan, count, (size_t)w * sizeof(int64_t));                      \
    }

K4J_DEFINE_COLSUM_STRIP(K4J_LOCAL(colsum_strip), K4J_AXIS_TERM_SUM, 1)
K4J_DEFINE_COLSUM_STRIP(K4J_LOCAL(colnansum_strip), K4J_AXIS_TERM_NANSUM, 0)
K4J_DEFINE_COLSUM_STRIP(K4J_LOCAL(colsqdev_strip), K4J_AXIS_TERM_SQDEV, 0)
K4J_DEFINE_COLSUM_STRIP(K4J_LOCAL(colnansqdev_strip), K4J_AXIS_TERM_NANSQDEV, 0)

int32_t K4J_OP(axis_colsum)(const K4J_T *x, int64_t rows, int64_t cols, int64_t ld, int32_t term,
                            const double *center, double *out, int64_t *nancount) {
    for (int64_t c0 = 0; c0 < cols; c0 += K4J_AXIS_STRIP) {
        const int w = (int)(cols - c0 < K4J_AXIS_STRIP ? cols - c0 : K4J_AXIS_STRIP);
        const K4J_T *xs = rows > 0 ? x + c0 : x;
        const double *cs = center != NULL ? center + c0 : NULL;
        int64_t *ns = nancount != NULL ? nancount + c0 : NULL;
        switch (term) {
        case K4J_AXIS_SUM: K4J_LOCAL(colsum_strip)(xs, rows, ld, w, cs, out + c0, ns); break;
        case K4J_AXIS_NANSUM: K4J_LOCAL(colnansum_strip)(xs, rows, ld, w, cs, out + c0, ns); break;
        case K4J_AXIS_SQDEV: K4J_LOCAL(colsqdev_strip)(xs, rows, ld, w, cs, out + c0, ns); break;
        default: K4J_LOCAL(colnansqdev_strip)(xs, rows, ld, w, cs, out + c0, ns); break;
        }
    }
    return K4J_OK;
}

/* ---- extremes -------------------------------------------------------------------
 * One pass per strip keeps, per column, the running extreme with "v < a ? v : a"
 * (or >), which a NaN v leaves unchanged, and (for min/max) whether a NaN was
 * seen: one compare-and-select and one compare-and-or per element. The rare
 * results that need more are settled by a second, scalar read of that column
 * only: the sign of a zero result (IEEE 754-2019: -0.0 < +0.0), and for
 * nanmin/nanmax a result still at its +-Inf start (an Inf or an all-NaN column).
 * If the column changed in between, the result is one of its values or NaN. */
#define K4J_DEFINE_COLEXT_STRIP(NAME, TAKE, START)                                             \
    static void NAME(const K4J_T *x, int64_t rows, int64_t ld, int w, K4J_T *acc,              \
                     K4J_BITS *seen_nan) {                                                     \
        for (int j = 0; j < w; j++) acc[j] = START, seen_nan[j] = 0;                           \
        for (int64_t i = 0; i < rows; i++) {                                                   \
            const K4J_T *r = x + i * ld;                                                       \
            for (int j = 0; j < w; j++) {                                                      \
                const K4J_T v = r[j];                                                          \
                acc[j] = v TAKE acc[j] ? v : acc[j];                                           \
                seen_nan[j] |= (K4J_BITS)(v != v);                                             \
            }                                                                                  \
        }                                                                                      \
    }

K4J_DEFINE_COLEXT_STRIP(K4J_LOCAL(colmin_strip), <, (K4J_T)INFINITY)
K4J_DEFINE_COLEXT_STRIP(K4J_LOCAL(colmax_strip), >, (K4J_T)-INFINITY)

/* Whether column x[i * ld], i < rows, holds the bit pattern `bits`. */
static int K4J_LOCAL(column_has_bits)(const K4J_T *x, int64_t rows, int64_t ld, K4J_BITS bits) {
    for (int64_t i = 0; i < rows; i++) {
        K4J_BITS u;
        memcpy(&u, &x[i * ld], sizeof u);
        if (u == bits) return 1;
    }
    return 0;
}

/* Whether column x[i * ld], i < rows, holds a value that is not NaN. */
static int K4J_LOCAL(column_has_number)(const K4J_T *x, int64_t rows, int64_t ld) {
    for (int64_t i = 0; i < rows; i++)
        if (x[i * ld] == x[i * ld]) return 1;
    return 0;
}

int32_t K4J_OP(axis_colext)(const K4J_T *x, int64_t rows, int64_t cols, int64_t ld, int32_t op,
                            double *out) {
    K4J_T acc[K4J_AXIS_STRIP];
    K4J_BITS seen_nan[K4J_AXIS_STRIP];
    const int is_min = op == K4J_AXIS_MIN || op == K4J_AXIS_NANMIN;
    const int skip_nan = op == K4J_AXIS_NANMIN || op == K4J_AXIS_NANMAX;
    const K4J_T start = is_min ? (K4J_T)INFINITY : (K4J_T)-INFINITY;
    for (int64_t c0 = 0; c0 < cols; c0 += K4J_AXIS_STRIP) {
        const int w = (int)(cols - c0 < K4J_AXIS_STRIP ? cols - c0 : K4J_AXIS_STRIP);
        if (rows == 0) {
            for (int j = 0; j < w; j++) out[c0 + j] = NAN;
            continue;
        }
        if (is_min)
            K4J_LOCAL(colmin_strip)(x + c0, rows, ld, w, acc, seen_nan);
        else
            K4J_LOCAL(colmax_strip)(x + c0, rows, ld, w, acc, seen_nan);
        for (int j = 0; j < w; j++) {
            const K4J_T *col = x + c0 + j;
            double r;
            if (!skip_nan && seen_nan[j])
                r = NAN;
            else if (acc[j] == 0) /* min: -0.0 if the column holds one; max: +0.0 if it holds one */
                r = is_min ? (K4J_LOCAL(column_has_bits)(col, rows, ld, K4J_SIGN_BIT) ? -0.0 : 0.0)
                           : (K4J_LOCAL(column_has_bits)(col, rows, ld, 0) ? 0.0 : -0.0);
            else if (skip_nan && acc[j] == start) /* that Inf, or nothing but NaN */
                r = K4J_LOCAL(column_has_number)(col, rows, ld) ? (double)start : NAN;
            else
                r = (double)acc[j]; /* for min/max a column of +-Inf leaves the start: the answer */
            out[c0 + j] = r;
        }
    }
    return K4J_OK;
}

#undef K4J_DEFINE_COLSUM_STRIP
#undef K4J_AXIS_PUSH_BLOCK
#undef K4J_DEFINE_COLEXT_STRIP
#undef K4J_OP
#undef K4J_LOCAL
#undef K4J_T
#undef K4J_SFX
#undef K4J_BITS
#undef K4J_SIGN_BIT
