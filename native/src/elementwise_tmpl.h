/* The elementwise kernels of one dtype; included by elementwise.c once per
 * dtype with
 *   K4J_T              the element type (double, float)
 *   K4J_SFX            its suffix in function names (f64, f32)
 *   K4J_BITS           the unsigned integer type of the same width
 *   K4J_SIGN_BIT       the sign bit in K4J_BITS
 *   K4J_MIN_SUBNORMAL  the smallest positive value of K4J_T
 *   K4J_FABS, K4J_SQRT, K4J_EXP, K4J_LOG  the <math.h> functions for K4J_T
 * defined; they are undefined again at the end. No include guard on purpose.
 * Arithmetic is in K4J_T (float32 kernels compute in float, as Java and NumPy
 * do), every operation rounded once: no FMA contraction. */

#define K4J_OP(op) K4J_FN(K4J_PASTE(op, K4J_SFX))
#define K4J_LOCAL(name) K4J_PASTE(name, K4J_SFX)

#define K4J_DEFINE_BINARY(op, OPER)                                                   \
    int32_t K4J_OP(ew_##op)(const K4J_T *a, const K4J_T *b, K4J_T *out, int64_t n) { \
        K4J_IVDEP for (int64_t i = 0; i < n; i++) out[i] = a[i] OPER b[i];            \
        return K4J_OK;                                                                \
    }

#define K4J_DEFINE_SCALAR(op, OPER)                                                \
    int32_t K4J_OP(ew_##op)(const K4J_T *a, K4J_T s, K4J_T *out, int64_t n) {     \
        K4J_IVDEP for (int64_t i = 0; i < n; i++) out[i] = a[i] OPER s;            \
        return K4J_OK;                                                             \
    }

/* LOOP is K4J_IVDEP for inline arithmetic, K4J_SIMD where a libmvec call must
 * be vectorized (ivdep alone does not enable simd clones). */
#define K4J_DEFINE_UNARY(op, LOOP, F)                                       \
    int32_t K4J_OP(ew_##op)(const K4J_T *x, K4J_T *out, int64_t n) {        \
        LOOP for (int64_t i = 0; i < n; i++) out[i] = F(x[i]);              \
        return K4J_OK;                                                      \
    }

#define K4J_NEGATE(v) (-(v))

K4J_DEFINE_BINARY(add, +)
K4J_DEFINE_BINARY(sub, -)
K4J_DEFINE_BINARY(mul, *)
K4J_DEFINE_BINARY(div, /)
K4J_DEFINE_SCALAR(adds, +)
K4J_DEFINE_SCALAR(subs, -)
K4J_DEFINE_SCALAR(muls, *)
K4J_DEFINE_SCALAR(divs, /)
/* fabs and unary minus compile to a sign-bit and / xor: abs(-0.0) = +0.0,
 * NaN keeps its payload and only loses (abs) or flips (neg) its sign. */
K4J_DEFINE_UNARY(abs, K4J_IVDEP, K4J_FABS)
K4J_DEFINE_UNARY(neg, K4J_IVDEP, K4J_NEGATE)
K4J_DEFINE_UNARY(sqrt, K4J_IVDEP, K4J_SQRT)
K4J_DEFINE_UNARY(exp, K4J_SIMD, K4J_EXP)
K4J_DEFINE_UNARY(log, K4J_SIMD, K4J_LOG)

int32_t K4J_OP(ew_axpy)(K4J_T alpha, const K4J_T *x, K4J_T *y, int64_t n) {
    K4J_IVDEP for (int64_t i = 0; i < n; i++) y[i] = alpha * x[i] + y[i];
    return K4J_OK;
}

static int K4J_LOCAL(has_bits)(K4J_T v, K4J_BITS bits) {
    K4J_BITS u;
    memcpy(&u, &v, sizeof u);
    return u == bits;
}

/* clip = Java's Math.min(Math.max(x, lo), hi): IEEE 754-2019 maximum and
 * minimum, NaN from any operand propagating and -0.0 < +0.0.
 *
 * With NaN-free bounds each step is one compare-select whose else-branch is
 * x, so a NaN x (every compare false) passes through unchanged. The only
 * case where "v < lo ? lo : v" differs from maximum is max(-0.0, +0.0) = +0.0;
 * comparing against the next value above +0.0 instead of +0.0 fixes it, and
 * symmetrically for hi = -0.0. A NaN bound makes every output NaN: Java
 * returns x if x is NaN, else lo if lo is NaN, else hi, and so do we. */
int32_t K4J_OP(ew_clip)(const K4J_T *x, K4J_T lo, K4J_T hi, K4J_T *out, int64_t n) {
    if (lo != lo || hi != hi) {
        const K4J_T bound_nan = lo != lo ? lo : hi;
        K4J_IVDEP for (int64_t i = 0; i < n; i++) out[i] = x[i] != x[i] ? x[i] : bound_nan;
        return K4J_OK;
    }
    const K4J_T lo_edge = K4J_LOCAL(has_bits)(lo, 0) ? K4J_MIN_SUBNORMAL : lo;
    const K4J_T hi_edge = K4J_LOCAL(has_bits)(hi, K4J_SIGN_BIT) ? -K4J_MIN_SUBNORMAL : hi;
    K4J_IVDEP for (int64_t i = 0; i < n; i++) {
        K4J_T v = x[i];
        v = v < lo_edge ? lo : v;
        out[i] = v > hi_edge ? hi : v;
    }
    return K4J_OK;
}

#undef K4J_DEFINE_BINARY
#undef K4J_DEFINE_SCALAR
#undef K4J_DEFINE_UNARY
#undef K4J_NEGATE
#undef K4J_OP
#undef K4J_LOCAL
#undef K4J_T
#undef K4J_SFX
#undef K4J_BITS
#undef K4J_SIGN_BIT
#undef K4J_MIN_SUBNORMAL
#undef K4J_FABS
#undef K4J_SQRT
#undef K4J_EXP
#undef K4J_LOG
