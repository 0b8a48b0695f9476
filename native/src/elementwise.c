/* Elementwise kernels: out[i] = f(a[i], b[i]) and friends.
 *
 * Compiled once per ISA path. Outputs may be the very same pointer as an
 * input (in place), so the loops cannot use restrict; `GCC ivdep` tells the
 * vectorizer that no iteration depends on another, which holds for exact
 * aliasing (each element is read before it is written, at the same index) and
 * saves the runtime overlap check that would otherwise send in-place calls to
 * a scalar loop. Partial overlap is excluded by the contract (k4j.h).
 *
 * The dtype variants come from elementwise_tmpl.h, included once per dtype. */
#include <math.h>
#include <string.h>

#include "glibc_compat.h"
#include "k4j_internal.h"

/* exp and log run on glibc's libmvec (_ZGV{b,d,e}N{2,4,8}v_exp, ..._expf, ...).
 * glibc's <math.h> announces those vector variants only under -ffast-math
 * (bits/math-vector.h tests __FAST_MATH__), which we must not use, so the
 * four functions are redeclared here with the same attribute glibc would
 * add. With -fopenmp-simd, gcc then calls the variant of the target ISA from
 * the `omp simd` loops: 8 doubles / 16 floats per call on AVX-512. libmvec is
 * accurate to a few ulp, not correctly rounded: exp and log are the kernels
 * exempt from bit-for-bit agreement with the Java backend.
 * aarch64: glibc has vector variants there only from 2.38 on, so the NEON path
 * calls the scalar functions (same accuracy, no vector speed-up). */
#if defined(__x86_64__)
double exp(double) __attribute__((__simd__("notinbranch")));
double log(double) __attribute__((__simd__("notinbranch")));
float expf(float) __attribute__((__simd__("notinbranch")));
float logf(float) __attribute__((__simd__("notinbranch")));
#endif

#define K4J_IVDEP _Pragma("GCC ivdep")
#define K4J_SIMD _Pragma("omp simd")

#define K4J_T double
#define K4J_SFX f64
#define K4J_BITS uint64_t
#define K4J_SIGN_BIT UINT64_C(0x8000000000000000)
#define K4J_MIN_SUBNORMAL 0x1p-1074
#define K4J_FABS fabs
#define K4J_SQRT sqrt
#define K4J_EXP exp
#define K4J_LOG log
#include "elementwise_tmpl.h"

#define K4J_T float
#define K4J_SFX f32
#define K4J_BITS uint32_t
#define K4J_SIGN_BIT UINT32_C(0x80000000)
#define K4J_MIN_SUBNORMAL 0x1p-149f
#define K4J_FABS fabsf
#define K4J_SQRT sqrtf
#define K4J_EXP expf
#define K4J_LOG logf
#include "elementwise_tmpl.h"
