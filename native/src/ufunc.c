/* The everyday NumPy ufuncs beyond + - * / (the "ufunc" family): trigonometric,
 * hyperbolic, logarithmic and rounding functions of one operand, and pow, atan2,
 * minimum, maximum, fmin, fmax of two. Compiled once per ISA path, as
 * elementwise.c, whose aliasing rules (out may be exactly an input) hold here.
 *
 * Exact functions (floor, ceil, rint, sign, minimum, maximum, fmin, fmax) are
 * inline arithmetic that the vectorizer handles; their bits are NumPy's.
 *
 * The transcendental functions call the C library's scalar double functions,
 * one element at a time: no libmvec (its vector variants of these functions
 * exist only from glibc 2.35 on and would raise the library's glibc floor).
 * float32 values are widened, passed to the double function and the result
 * rounded once to float: the double result is within about 1 ulp of double,
 * i.e. 2^-29 ulp of float, so the float result is the correctly rounded one
 * except where the exact value lies within that distance of a midpoint between
 * two floats (then it may be the other neighbour): within 1 ulp, practically
 * always correctly rounded. The accuracy of each double function is that of
 * glibc (its manual's table of known maximum errors; see docs/semantics.md for
 * the bounds this library states and tests). */
#include <math.h>
#include <string.h>

#include "k4j_internal.h"

/* glibc 2.29 gave pow and log2 (with exp, log, exp2) new symbol versions; bind
 * the references to the older ones, which every newer glibc still exports and
 * which compute the same values (see glibc_compat.h). The other functions used
 * here have kept their first version. */
#if defined(__GLIBC__) && !defined(K4J_NO_GLIBC_COMPAT)
#if defined(__x86_64__)
__asm__(".symver pow,pow@GLIBC_2.2.5");
__asm__(".symver log2,log2@GLIBC_2.2.5");
#elif defined(__aarch64__)
__asm__(".symver pow,pow@GLIBC_2.17");
__asm__(".symver log2,log2@GLIBC_2.17");
#endif
#endif

#define K4J_IVDEP _Pragma("GCC ivdep")

#define K4J_T double
#define K4J_SFX f64
#define K4J_WIDE(f, v) f(v)
#define K4J_WIDE2(f, a, b) f(a, b)
#define K4J_FLOOR floor
#define K4J_CEIL ceil
#define K4J_RINT rint
#include "ufunc_tmpl.h"

#define K4J_T float
#define K4J_SFX f32
#define K4J_WIDE(f, v) ((float)f((double)(v)))
#define K4J_WIDE2(f, a, b) ((float)f((double)(a), (double)(b)))
#define K4J_FLOOR floorf
#define K4J_CEIL ceilf
#define K4J_RINT rintf
#include "ufunc_tmpl.h"
