/* The ufunc kernels of one dtype; included by ufunc.c once per dtype with
 *   K4J_T        the element type (double, float)
 *   K4J_SFX      its suffix in function names (f64, f32)
 *   K4J_WIDE(f, v), K4J_WIDE2(f, a, b)
 *                a call of the double function f on v (a, b) in K4J_T: direct
 *                for double, widened and rounded back once for float
 *   K4J_FLOOR, K4J_CEIL, K4J_RINT   the exact rounding functions of K4J_T
 * defined; they are undefined again at the end. No include guard on purpose. */

#define K4J_OP(op) K4J_FN(K4J_PASTE(op, K4J_SFX))

#define K4J_UF_UNARY(op, EXPR)                                                \
    int32_t K4J_OP(ew_##op)(const K4J_T *x, K4J_T *out, int64_t n) {           \
        K4J_IVDEP for (int64_t i = 0; i < n; i++) {                            \
            K4J_T v = x[i];                                                    \
            out[i] = (EXPR);                                                   \
        }                                                                      \
        return K4J_OK;                                                         \
    }

#define K4J_UF_BINARY(op, EXPR)                                                          \
    int32_t K4J_OP(ew_##op)(const K4J_T *a, const K4J_T *b, K4J_T *out, int64_t n) {      \
        K4J_IVDEP for (int64_t i = 0; i < n; i++) {                                       \
            K4J_T u = a[i], w = b[i];                                                     \
            out[i] = (EXPR);                                                              \
        }                                                                                 \
        return K4J_OK;                                                                    \
    }

K4J_UF_UNARY(sin, K4J_WIDE(sin, v))
K4J_UF_UNARY(cos, K4J_WIDE(cos, v))
K4J_UF_UNARY(tan, K4J_WIDE(tan, v))
K4J_UF_UNARY(tanh, K4J_WIDE(tanh, v))
K4J_UF_UNARY(log1p, K4J_WIDE(log1p, v))
K4J_UF_UNARY(expm1, K4J_WIDE(expm1, v))
K4J_UF_UNARY(log2, K4J_WIDE(log2, v))
K4J_UF_UNARY(log10, K4J_WIDE(log10, v))
/* Exact: the rounding functions never round twice; rint rounds half to even (the
 * default rounding mode, which nothing here changes), as np.rint. A NaN comes out quiet,
 * payload and sign kept (v + v), on every path: the rounding instructions of SSE4.1,
 * AVX-512 and AArch64 quiet a signalling NaN, but the baseline path's inline floor (SSE2
 * arithmetic on |v| < 2^52, else v itself) returned it unchanged. */
#define K4J_UF_QUIET(v, e) ((v) != (v) ? (v) + (v) : (e))
K4J_UF_UNARY(floor, K4J_UF_QUIET(v, K4J_FLOOR(v)))
K4J_UF_UNARY(ceil, K4J_UF_QUIET(v, K4J_CEIL(v)))
K4J_UF_UNARY(rint, K4J_UF_QUIET(v, K4J_RINT(v)))
#undef K4J_UF_QUIET
/* np.sign: 1 or -1 by the sign of a nonzero value, +0.0 for either zero, a NaN
 * passed through unchanged. */
K4J_UF_UNARY(sign, v > 0 ? (K4J_T)1 : v < 0 ? (K4J_T)-1 : v == 0 ? (K4J_T)0 : v)

K4J_UF_BINARY(pow, K4J_WIDE2(pow, u, w))
K4J_UF_BINARY(atan2, K4J_WIDE2(atan2, u, w))
/* NumPy's minimum/maximum: a NaN operand gives NaN (a's if both are NaN); otherwise
 * the smaller/larger, and b when they compare equal, so min(+0.0, -0.0) is -0.0 and
 * min(-0.0, +0.0) is +0.0, as NumPy's loops answer for every length. */
K4J_UF_BINARY(minimum, (u < w || u != u) ? u : w)
K4J_UF_BINARY(maximum, (u > w || u != u) ? u : w)
/* fmin/fmax: a NaN operand is ignored (NaN only when both are; then a's); equal
 * operands give b, as NumPy's vector loop (its scalar remainder loop may give a
 * for zeros of opposite signs; see docs/semantics.md). */
K4J_UF_BINARY(fmin, (u < w || w != w) ? u : w)
K4J_UF_BINARY(fmax, (u > w || w != w) ? u : w)

#undef K4J_UF_UNARY
#undef K4J_UF_BINARY
#undef K4J_OP
#undef K4J_T
#undef K4J_SFX
#undef K4J_WIDE
#undef K4J_WIDE2
#undef K4J_FLOOR
#undef K4J_CEIL
#undef K4J_RINT
