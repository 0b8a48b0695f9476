/* C tests of every kernel of k4j.h on every ISA path, against plain scalar
 * reference implementations written here as directly as the header words
 * them. Sums (and everything else except exp/log) are compared bit for bit.
 * Prints failures to stderr and ends with "N passed, M failed"; the exit
 * status is non-zero on any failure. */
#include <float.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "k4j.h"
#include "k4j_internal.h" /* the kernel list, to sweep argument validation over all */
#include "test_isa.h"

/* ---- bookkeeping ------------------------------------------------------------ */

static long passed, failed;
static const char *context = ""; /* what is being tested, for failure messages */

static void check(int ok, const char *fmt, ...) {
    if (ok) {
        passed++;
        return;
    }
    failed++;
    if (failed <= 60) {
        va_list ap;
        va_start(ap, fmt);
        fprintf(stderr, "FAIL [%s] ", context);
        vfprintf(stderr, fmt, ap);
        fputc('\n', stderr);
        va_end(ap);
    }
}

static uint64_t bits64(double v) {
    uint64_t u;
    memcpy(&u, &v, sizeof u);
    return u;
}

static uint32_t bits32(float v) {
    uint32_t u;
    memcpy(&u, &v, sizeof u);
    return u;
}

/* Identical bits, or both NaN (NaN payloads are not part of the contract). */
static int same64(double a, double b) { return (a != a && b != b) || bits64(a) == bits64(b); }
static int same32(float a, float b) { return (a != a && b != b) || bits32(a) == bits32(b); }

/* ---- deterministic data ------------------------------------------------------ */

static uint64_t rng_state;

static uint64_t rng_next(void) { /* splitmix64 */
    uint64_t z = (rng_state += UINT64_C(0x9E3779B97F4A7C15));
    z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
    return z ^ (z >> 31);
}

static double rng_unit(void) { return (double)(rng_next() >> 11) * 0x1p-53; }

static int64_t rng_below(int64_t n) { return (int64_t)(rng_next() % (uint64_t)n); }

/* Signed values spread over 2^-20 .. 2^20 so that any change of summation
 * order almost surely changes the rounded result. */
static double rng_spread(void) {
    double v = (1.0 + rng_unit()) * ldexp(1.0, (int)rng_below(41) - 20);
    return (rng_next() & 1) ? -v : v;
}

enum scenario {
    SC_RANDOM,      /* wide-range finite values */
    SC_ONE_NAN,     /* plus one NaN */
    SC_SPECIALS,    /* NaN, +Inf, -Inf, +0.0, -0.0 scattered */
    SC_INF,         /* +Inf and -Inf, no NaN */
    SC_POS_INF,     /* +Inf only */
    SC_ZEROS,       /* only +0.0 / -0.0, random signs */
    SC_NEG_ZEROS,   /* only -0.0 */
    SC_ALL_NAN,     /* only NaN */
    SC_DUPLICATES,  /* few distinct values: ties for argmin/argmax */
    SC_COUNT
};

static const char *scenario_name[SC_COUNT] = {"random", "one-nan", "specials", "inf", "pos-inf",
                                              "zeros", "neg-zeros", "all-nan", "duplicates"};

static void fill(double *x, int64_t n, enum scenario sc) {
    for (int64_t i = 0; i < n; i++) {
        switch (sc) {
        case SC_ZEROS: x[i] = (rng_next() & 1) ? -0.0 : 0.0; break;
        case SC_NEG_ZEROS: x[i] = -0.0; break;
        case SC_ALL_NAN: x[i] = NAN; break;
        case SC_DUPLICATES: x[i] = (double)(rng_below(5) - 2); break;
        default: x[i] = rng_spread(); break;
        }
    }
    if (n == 0) return;
    switch (sc) {
    case SC_ONE_NAN: x[rng_below(n)] = NAN; break;
    case SC_SPECIALS: {
        static const double specials[] = {NAN, INFINITY, -INFINITY, 0.0, -0.0};
        for (int k = 0; k < 5; k++) x[rng_below(n)] = specials[k];
        x[0] = -0.0;
        x[n - 1] = NAN;
        break;
    }
    case SC_INF:
        x[rng_below(n)] = INFINITY;
        x[rng_below(n)] = -INFINITY;
        break;
    case SC_POS_INF: x[n - 1] = INFINITY; break;
    case SC_DUPLICATES: x[rng_below(n)] = 0.0; x[rng_below(n)] = -0.0; break;
    default: break;
    }
}

/* ---- reference implementations ----------------------------------------------- */

/* The k4j tree exactly as k4j.h words it: blocks of 512, 32 lanes from -0.0,
 * lane halving, a stack of (value, level) merged while the two top levels are
 * equal, folded from the top. */
static double ref_tree(const double *t, int64_t n) {
    if (n == 0) return 0.0;
    double value[80];
    int level[80];
    int sp = 0;
    for (int64_t start = 0; start < n; start += 512) {
        int64_t len = n - start < 512 ? n - start : 512;
        double lane[32];
        for (int j = 0; j < 32; j++) lane[j] = -0.0;
        for (int64_t i = 0; i < len; i++) lane[i % 32] = lane[i % 32] + t[start + i];
        for (int w = 16; w >= 1; w /= 2)
            for (int j = 0; j < w; j++) lane[j] = lane[j] + lane[j + w];
        value[sp] = lane[0];
        level[sp] = 0;
        sp++;
        while (sp >= 2 && level[sp - 1] == level[sp - 2]) {
            value[sp - 2] = value[sp - 2] + value[sp - 1];
            level[sp - 2]++;
            sp--;
        }
    }
    double r = value[sp - 1];
    for (int k = sp - 2; k >= 0; k--) r = value[k] + r;
    return r;
}

/* Java's Math.min / Math.max (IEEE 754-2019 minimum / maximum). */
static double java_min(double a, double b) {
    if (a != a) return a;
    if (b != b) return b;
    if (a == 0.0 && b == 0.0) return signbit(a) ? a : b;
    return a < b ? a : b;
}

static double java_max(double a, double b) {
    if (a != a) return a;
    if (b != b) return b;
    if (a == 0.0 && b == 0.0) return signbit(a) ? b : a;
    return a > b ? a : b;
}

static double ref_extreme(const double *x, int64_t n, int is_max, int skip_nan) {
    double r = NAN;
    int have = 0;
    for (int64_t i = 0; i < n; i++) {
        if (skip_nan && x[i] != x[i]) continue;
        r = !have ? x[i] : is_max ? java_max(r, x[i]) : java_min(r, x[i]);
        have = 1;
    }
    return r;
}

static int64_t ref_arg(const double *x, int64_t n, int is_max) {
    if (n <= 0) return -1;
    for (int64_t i = 0; i < n; i++)
        if (x[i] != x[i]) return i;
    double m = ref_extreme(x, n, is_max, 0);
    for (int64_t i = 0; i < n; i++)
        if (x[i] == m) return i;
    return -2;
}

/* norm2 as specified in reduce_tmpl.h (the Java backend mirrors this). */
static double ref_norm2(const double *x, int64_t n, double *scratch) {
    for (int64_t i = 0; i < n; i++) scratch[i] = x[i] * x[i];
    double s = ref_tree(scratch, n);
    if (s != s) return s;
    if (s == INFINITY || s < 0x1p-970) {
        double m = 0.0;
        for (int64_t i = 0; i < n; i++) m = fabs(x[i]) > m ? fabs(x[i]) : m;
        if (m == INFINITY) return m;
        if (m > 0.0) {
            for (int64_t i = 0; i < n; i++) scratch[i] = (x[i] / m) * (x[i] / m);
            return m * sqrt(ref_tree(scratch, n));
        }
    }
    return sqrt(s);
}

/* ---- reductions ---------------------------------------------------------------- */

static const int64_t sizes[] = {0, 1, 2, 31, 32, 33, 511, 512, 513, 1023, 1024, 1025, 512 * 3 + 7, 100003};
#define NSIZES ((int)(sizeof sizes / sizeof sizes[0]))
#define MAXN 100003

/* Buffers the kernels see, allocated to the exact length of each case (one
 * more element when the data starts misaligned) so that AddressSanitizer
 * catches any read or write past the end. */
static double *xd, *yd, *od;
static float *xf, *yf, *of;
/* Scratch of the references, never passed to a kernel. */
static double td[MAXN + 1], rd[MAXN + 1];
static float rf[MAXN + 1];

static void *exact_alloc(size_t count, size_t size) {
    void *p = malloc(count ? count * size : 1);
    if (!p) {
        fprintf(stderr, "out of memory\n");
        exit(2);
    }
    return p;
}

static void set_buffers(int64_t count) {
    free(xd), free(yd), free(od), free(xf), free(yf), free(of);
    xd = exact_alloc((size_t)count, sizeof *xd), yd = exact_alloc((size_t)count, sizeof *yd);
    od = exact_alloc((size_t)count, sizeof *od);
    xf = exact_alloc((size_t)count, sizeof *xf), yf = exact_alloc((size_t)count, sizeof *yf);
    of = exact_alloc((size_t)count, sizeof *of);
}

/* Every float64 reduction on x (and y for dot) against the references. */
static void check_reductions_f64(int isa, const double *x, const double *y, int64_t n) {
    for (int64_t i = 0; i < n; i++) td[i] = x[i];
    double r = k4j_reduce_sum_f64(isa, x, n), e = ref_tree(td, n);
    check(same64(r, e), "sum_f64 n=%lld: %a != %a", (long long)n, r, e);

    for (int64_t i = 0; i < n; i++) td[i] = x[i] == x[i] ? x[i] : -0.0;
    r = k4j_reduce_nansum_f64(isa, x, n), e = ref_tree(td, n);
    check(same64(r, e), "nansum_f64 n=%lld: %a != %a", (long long)n, r, e);

    int64_t nan_count = 0;
    for (int64_t i = 0; i < n; i++) nan_count += x[i] != x[i];
    check(k4j_reduce_nancount_f64(isa, x, n) == nan_count, "nancount_f64 n=%lld", (long long)n);

    for (int64_t i = 0; i < n; i++) td[i] = x[i] * y[i];
    r = k4j_reduce_dot_f64(isa, x, y, n), e = ref_tree(td, n);
    check(same64(r, e), "dot_f64 n=%lld: %a != %a", (long long)n, r, e);

    const double mean = 0.3125;
    for (int64_t i = 0; i < n; i++) td[i] = (x[i] - mean) * (x[i] - mean);
    r = k4j_reduce_sqdev_f64(isa, x, n, mean), e = ref_tree(td, n);
    check(same64(r, e), "sqdev_f64 n=%lld: %a != %a", (long long)n, r, e);

    for (int64_t i = 0; i < n; i++) td[i] = x[i] == x[i] ? (x[i] - mean) * (x[i] - mean) : -0.0;
    r = k4j_reduce_nansqdev_f64(isa, x, n, mean), e = ref_tree(td, n);
    check(same64(r, e), "nansqdev_f64 n=%lld: %a != %a", (long long)n, r, e);
    /* an infinite mean: a number's square is NaN and stays, a NaN element still adds nothing */
    for (int64_t i = 0; i < n; i++) td[i] = x[i] == x[i] ? (x[i] - INFINITY) * (x[i] - INFINITY) : -0.0;
    r = k4j_reduce_nansqdev_f64(isa, x, n, INFINITY), e = ref_tree(td, n);
    check(same64(r, e), "nansqdev_f64 inf mean n=%lld: %a != %a", (long long)n, r, e);

    r = k4j_reduce_norm2_f64(isa, x, n), e = ref_norm2(x, n, td);
    check(same64(r, e), "norm2_f64 n=%lld: %a != %a", (long long)n, r, e);

    struct { const char *name; double (*fn)(int32_t, const double *, int64_t); int is_max, skip_nan; } ext[] = {
        {"min_f64", k4j_reduce_min_f64, 0, 0}, {"max_f64", k4j_reduce_max_f64, 1, 0},
        {"nanmin_f64", k4j_reduce_nanmin_f64, 0, 1}, {"nanmax_f64", k4j_reduce_nanmax_f64, 1, 1}};
    for (int k = 0; k < 4; k++) {
        r = ext[k].fn(isa, x, n), e = ref_extreme(x, n, ext[k].is_max, ext[k].skip_nan);
        check(same64(r, e), "%s n=%lld: %a != %a", ext[k].name, (long long)n, r, e);
    }

    int64_t a = k4j_reduce_argmin_f64(isa, x, n), ea = ref_arg(x, n, 0);
    check(a == ea, "argmin_f64 n=%lld: %lld != %lld", (long long)n, (long long)a, (long long)ea);
    a = k4j_reduce_argmax_f64(isa, x, n), ea = ref_arg(x, n, 1);
    check(a == ea, "argmax_f64 n=%lld: %lld != %lld", (long long)n, (long long)a, (long long)ea);
}

/* The float32 kernels against the same references on the values widened to
 * double (exact), so accumulation in double is what is checked. */
static void check_reductions_f32(int isa, const float *x, const float *y, int64_t n) {
    static double xw[MAXN + 1], yw[MAXN + 1];
    for (int64_t i = 0; i < n; i++) xw[i] = x[i], yw[i] = y[i];

    for (int64_t i = 0; i < n; i++) td[i] = xw[i];
    double r = k4j_reduce_sum_f32(isa, x, n), e = ref_tree(td, n);
    check(same64(r, e), "sum_f32 n=%lld: %a != %a", (long long)n, r, e);

    for (int64_t i = 0; i < n; i++) td[i] = xw[i] == xw[i] ? xw[i] : -0.0;
    r = k4j_reduce_nansum_f32(isa, x, n), e = ref_tree(td, n);
    check(same64(r, e), "nansum_f32 n=%lld: %a != %a", (long long)n, r, e);

    int64_t nan_count = 0;
    for (int64_t i = 0; i < n; i++) nan_count += x[i] != x[i];
    check(k4j_reduce_nancount_f32(isa, x, n) == nan_count, "nancount_f32 n=%lld", (long long)n);

    for (int64_t i = 0; i < n; i++) td[i] = xw[i] * yw[i];
    r = k4j_reduce_dot_f32(isa, x, y, n), e = ref_tree(td, n);
    check(same64(r, e), "dot_f32 n=%lld: %a != %a", (long long)n, r, e);

    const double mean = -0.7;
    for (int64_t i = 0; i < n; i++) td[i] = (xw[i] - mean) * (xw[i] - mean);
    r = k4j_reduce_sqdev_f32(isa, x, n, mean), e = ref_tree(td, n);
    check(same64(r, e), "sqdev_f32 n=%lld: %a != %a", (long long)n, r, e);

    for (int64_t i = 0; i < n; i++) td[i] = xw[i] == xw[i] ? (xw[i] - mean) * (xw[i] - mean) : -0.0;
    r = k4j_reduce_nansqdev_f32(isa, x, n, mean), e = ref_tree(td, n);
    check(same64(r, e), "nansqdev_f32 n=%lld: %a != %a", (long long)n, r, e);

    r = k4j_reduce_norm2_f32(isa, x, n), e = ref_norm2(xw, n, td);
    check(same64(r, e), "norm2_f32 n=%lld: %a != %a", (long long)n, r, e);

    struct { const char *name; double (*fn)(int32_t, const float *, int64_t); int is_max, skip_nan; } ext[] = {
        {"min_f32", k4j_reduce_min_f32, 0, 0}, {"max_f32", k4j_reduce_max_f32, 1, 0},
        {"nanmin_f32", k4j_reduce_nanmin_f32, 0, 1}, {"nanmax_f32", k4j_reduce_nanmax_f32, 1, 1}};
    for (int k = 0; k < 4; k++) {
        r = ext[k].fn(isa, x, n), e = ref_extreme(xw, n, ext[k].is_max, ext[k].skip_nan);
        check(same64(r, e), "%s n=%lld: %a != %a", ext[k].name, (long long)n, r, e);
    }

    int64_t a = k4j_reduce_argmin_f32(isa, x, n), ea = ref_arg(xw, n, 0);
    check(a == ea, "argmin_f32 n=%lld: %lld != %lld", (long long)n, (long long)a, (long long)ea);
    a = k4j_reduce_argmax_f32(isa, x, n), ea = ref_arg(xw, n, 1);
    check(a == ea, "argmax_f32 n=%lld: %lld != %lld", (long long)n, (long long)a, (long long)ea);
}

static void test_reductions(int isa) {
    char ctx[128];
    for (int si = 0; si < NSIZES; si++) {
        int64_t n = sizes[si];
        for (int sc = 0; sc < SC_COUNT; sc++) {
            for (int offset = 0; offset <= (n > 0 && n < 2000 ? 1 : 0); offset++) {
                snprintf(ctx, sizeof ctx, "isa=%d reduce %s offset=%d", isa, scenario_name[sc], offset);
                context = ctx;
                set_buffers(n + offset);
                double *x = xd + offset, *y = yd + offset;
                fill(x, n, (enum scenario)sc);
                fill(y, n, SC_RANDOM);
                check_reductions_f64(isa, x, y, n);

                float *xs = xf + offset, *ys = yf + offset;
                for (int64_t i = 0; i < n; i++) xs[i] = (float)x[i], ys[i] = (float)y[i];
                check_reductions_f32(isa, xs, ys, n);
            }
        }
    }
}

/* The integer reductions against plain references: wrapping sum and product,
 * the exact sum (long double has a 64-bit mantissa on x86 but not everywhere,
 * so the reference adds in __int128), first index of the extremes. */
static void test_int_reductions(int isa) {
    static const int64_t isizes[] = {0, 1, 2, 3, 2047, 2048, 2049, 4096 * 3 + 5, 100003};
    static int64_t x64[100003];
    static int32_t x32[100003];
    char ctx[128];
    for (int si = 0; si < (int)(sizeof isizes / sizeof isizes[0]); si++) {
        int64_t n = isizes[si];
        for (int kind = 0; kind < 4; kind++) {
            snprintf(ctx, sizeof ctx, "isa=%d int reductions n=%lld kind=%d", isa, (long long)n, kind);
            context = ctx;
            for (int64_t i = 0; i < n; i++) {
                uint64_t r = rng_next();
                x64[i] = kind == 0 ? (int64_t)(r % 1000) - 500          /* small */
                       : kind == 1 ? (int64_t)r                          /* full range: sums wrap */
                       : kind == 2 ? INT64_MAX - (int64_t)(r % 3)        /* near the top */
                       : (int64_t)(r % 7) - 3;                           /* many ties */
                x32[i] = (int32_t)(kind == 1 ? (int64_t)(uint32_t)r - INT64_C(2147483648) : x64[i] % 100000);
            }
            uint64_t s = 0, p = 1;
            __int128 exact = 0;
            int64_t amin = n ? 0 : -1, amax = n ? 0 : -1;
            for (int64_t i = 0; i < n; i++) {
                s += (uint64_t)x64[i];
                p *= (uint64_t)x64[i];
                exact += x64[i];
                if (x64[i] < x64[amin]) amin = i;
                if (x64[i] > x64[amax]) amax = i;
            }
            check(k4j_reduce_isum_i64(isa, x64, n) == (int64_t)s, "isum_i64");
            check(k4j_reduce_iprod_i64(isa, x64, n) == (int64_t)p, "iprod_i64");
            check(same64(k4j_reduce_exactsum_i64(isa, x64, n), (double)exact), "exactsum_i64");
            check(k4j_reduce_iargmin_i64(isa, x64, n) == amin, "iargmin_i64 %lld != %lld",
                  (long long)k4j_reduce_iargmin_i64(isa, x64, n), (long long)amin);
            check(k4j_reduce_iargmax_i64(isa, x64, n) == amax, "iargmax_i64");

            s = 0, p = 1, exact = 0, amin = n ? 0 : -1, amax = n ? 0 : -1;
            for (int64_t i = 0; i < n; i++) {
                s += (uint64_t)(int64_t)x32[i];
                p *= (uint64_t)(int64_t)x32[i];
                exact += x32[i];
                if (x32[i] < x32[amin]) amin = i;
                if (x32[i] > x32[amax]) amax = i;
            }
            check(k4j_reduce_isum_i32(isa, x32, n) == (int64_t)s, "isum_i32");
            check(k4j_reduce_iprod_i32(isa, x32, n) == (int64_t)p, "iprod_i32");
            check(same64(k4j_reduce_exactsum_i32(isa, x32, n), (double)exact), "exactsum_i32");
            check(k4j_reduce_iargmin_i32(isa, x32, n) == amin, "iargmin_i32");
            check(k4j_reduce_iargmax_i32(isa, x32, n) == amax, "iargmax_i32");
        }
    }
    context = "int reductions by hand";
    const int64_t big[] = {INT64_MAX, INT64_MAX, 1};
    check(k4j_reduce_isum_i64(isa, big, 3) == -1, "int64 sum wraps as NumPy's does (2^64 - 1 is -1)");
    check(k4j_reduce_exactsum_i64(isa, big, 3) == 0x1p64, "exact sum past int64: 2^64 - 1 rounds to 2^64");
    check(k4j_reduce_isum_i64(isa, NULL, 0) == 0 && k4j_reduce_iprod_i64(isa, NULL, 0) == 1, "empty sum and product");
    check(k4j_reduce_iargmin_i64(isa, NULL, 0) == -1, "argmin of nothing");
    check(k4j_reduce_isum_i64(isa, NULL, 5) == 0 && k4j_reduce_iargmax_i32(isa, NULL, 5) == -1, "NULL refused");
}

/* norm2 around overflow and underflow, where the rescaled sum takes over. */
static void test_norm2_range(int isa) {
    char ctx[64];
    snprintf(ctx, sizeof ctx, "isa=%d norm2 range", isa);
    context = ctx;
    static const double scales[] = {1e-320, 1e-300, 1e-200, 1e-160, 0x1p-485, 1.0, 1e150, 1e200, 1e300};
    for (int k = 0; k < (int)(sizeof scales / sizeof scales[0]); k++) {
        for (int si = 1; si < NSIZES; si++) {
            int64_t n = sizes[si];
            set_buffers(n);
            fill(xd, n, SC_RANDOM);
            for (int64_t i = 0; i < n; i++) xd[i] *= scales[k];
            double r = k4j_reduce_norm2_f64(isa, xd, n), e = ref_norm2(xd, n, td);
            check(same64(r, e), "norm2 scale=%g n=%lld: %a != %a", scales[k], (long long)n, r, e);
            double m = 0.0;
            for (int64_t i = 0; i < n; i++) m = fmax(m, fabs(xd[i]));
            check(isfinite(r) && (r > 0) == (m > 0) && r >= m, "norm2 scale=%g n=%lld: %a", scales[k],
                  (long long)n, r);
        }
    }
    /* Values with a known answer. */
    double v[2] = {3e-300, 4e-300};
    double r = k4j_reduce_norm2_f64(isa, v, 2);
    check(fabs(r - 5e-300) <= 2 * (nextafter(5e-300, 1) - 5e-300), "norm2(3e-300, 4e-300) = %a", r);
    v[0] = 3e300, v[1] = 4e300;
    r = k4j_reduce_norm2_f64(isa, v, 2);
    check(fabs(r - 5e300) <= 2 * (nextafter(5e300, INFINITY) - 5e300), "norm2(3e300, 4e300) = %a", r);
    v[0] = 0x1p-1074, v[1] = 0.0;
    check(k4j_reduce_norm2_f64(isa, v, 2) == 0x1p-1074, "norm2(min subnormal)");
    v[0] = DBL_MAX;
    v[1] = DBL_MAX;
    check(k4j_reduce_norm2_f64(isa, v, 2) == INFINITY, "norm2 above DBL_MAX is +Inf");
    v[0] = INFINITY, v[1] = NAN;
    check(isnan(k4j_reduce_norm2_f64(isa, v, 2)), "norm2 Inf and NaN is NaN");
    v[0] = -INFINITY, v[1] = 1.0;
    check(k4j_reduce_norm2_f64(isa, v, 2) == INFINITY, "norm2 -Inf is +Inf");
    check(bits64(k4j_reduce_norm2_f64(isa, v, 0)) == 0, "norm2 of nothing is +0.0");
    v[0] = -0.0;
    check(bits64(k4j_reduce_norm2_f64(isa, v, 1)) == 0, "norm2(-0.0) is +0.0");
}

/* min/max and friends on hand-picked cases, zero signs in particular. */
static void test_extremes_by_hand(int isa) {
    char ctx[64];
    snprintf(ctx, sizeof ctx, "isa=%d extremes by hand", isa);
    context = ctx;
    double z[100];
    for (int i = 0; i < 100; i++) z[i] = 0.0;
    z[77] = -0.0;
    check(bits64(k4j_reduce_min_f64(isa, z, 100)) == bits64(-0.0), "min(+0..,-0) is -0.0");
    check(bits64(k4j_reduce_max_f64(isa, z, 100)) == bits64(0.0), "max(+0..,-0) is +0.0");
    check(bits64(k4j_reduce_nanmin_f64(isa, z, 100)) == bits64(-0.0), "nanmin zero sign");
    check(k4j_reduce_argmin_f64(isa, z, 100) == 0, "argmin first of == zeros");
    for (int i = 0; i < 100; i++) z[i] = -0.0;
    z[3] = 0.0;
    check(bits64(k4j_reduce_max_f64(isa, z, 100)) == bits64(0.0), "max(-0..,+0) is +0.0");
    check(bits64(k4j_reduce_min_f64(isa, z, 100)) == bits64(-0.0), "min(-0..,+0) is -0.0");
    check(bits64(k4j_reduce_nanmax_f64(isa, z, 100)) == bits64(0.0), "nanmax zero sign");
    z[50] = NAN;
    check(isnan(k4j_reduce_min_f64(isa, z, 100)) && isnan(k4j_reduce_max_f64(isa, z, 100)), "NaN wins");
    check(bits64(k4j_reduce_nanmax_f64(isa, z, 100)) == bits64(0.0), "nanmax skips NaN");
    check(k4j_reduce_argmax_f64(isa, z, 100) == 50 && k4j_reduce_argmin_f64(isa, z, 100) == 50,
          "arg* point at the first NaN");
    check(isnan(k4j_reduce_min_f64(isa, z, 0)) && isnan(k4j_reduce_nanmax_f64(isa, z, 0)), "empty is NaN");
    check(k4j_reduce_argmin_f64(isa, z, 0) == -1, "argmin of nothing is -1");
    double inf[3] = {NAN, INFINITY, NAN};
    check(k4j_reduce_nanmin_f64(isa, inf, 3) == INFINITY, "nanmin(NaN, +Inf) is +Inf");
    float f[3] = {-0.0f, 0.0f, NAN};
    check(bits64(k4j_reduce_nanmax_f32(isa, f, 3)) == bits64(0.0), "nanmax_f32 zero sign");
    check(bits64(k4j_reduce_nanmin_f32(isa, f, 3)) == bits64(-0.0), "nanmin_f32 zero sign");
    check(k4j_reduce_min_f32(isa, f, 2) == 0.0 && signbit(k4j_reduce_min_f32(isa, f, 2)), "min_f32 -0.0");
}

/* A caller that sums chunks of 512 * 2^k elements with k4j_reduce_sum_f64 and
 * combines the chunk values with the counter (the last, shorter chunk pushed
 * without merging, then folded) gets the bits of the whole-array sum. */
static double combine_chunks(int isa, const double *x, int64_t n, int64_t chunk) {
    double value[80];
    int sp = 0;
    uint64_t pushes = 0;
    int64_t i = 0;
    for (; n - i >= chunk; i += chunk) {
        double v = k4j_reduce_sum_f64(isa, x + i, chunk);
        pushes++;
        for (uint64_t c = pushes; (c & 1) == 0; c >>= 1) v = value[--sp] + v;
        value[sp++] = v;
    }
    if (i < n) value[sp++] = k4j_reduce_sum_f64(isa, x + i, n - i);
    if (sp == 0) return 0.0;
    double r = value[sp - 1];
    for (int k = sp - 2; k >= 0; k--) r = value[k] + r;
    return r;
}

static void test_chunk_property(int isa) {
    char ctx[64];
    snprintf(ctx, sizeof ctx, "isa=%d chunks", isa);
    context = ctx;
    const int64_t n = 512 * 8 * 5 + 123;
    set_buffers(512 * 8 * 7 + 5);
    fill(xd, n, SC_RANDOM);
    double whole = k4j_reduce_sum_f64(isa, xd, n);
    check(same64(whole, combine_chunks(isa, xd, n, 512 * 8)), "chunks of 4096 != whole");
    static const int64_t more[] = {512 * 8 * 5, 512 * 8 * 5 + 512 * 3 + 1, 512 * 8 * 7 + 5};
    for (int k = 0; k < 3; k++)
        for (int64_t chunk = 512; chunk <= 512 * 16; chunk *= 2) {
            fill(xd, more[k], SC_RANDOM);
            double w = k4j_reduce_sum_f64(isa, xd, more[k]);
            check(same64(w, combine_chunks(isa, xd, more[k], chunk)), "n=%lld chunk=%lld", (long long)more[k],
                  (long long)chunk);
        }
}

/* The reference must be order-sensitive on this data, or the bit-for-bit
 * comparisons above would prove little. */
static void test_reference_has_teeth(void) {
    context = "reference sensitivity";
    set_buffers(MAXN);
    fill(xd, MAXN, SC_RANDOM);
    double tree = ref_tree(xd, MAXN), seq = 0.0;
    for (int64_t i = 0; i < MAXN; i++) seq += xd[i];
    double lanes64 = 0.0; /* a plausible wrong reading: 64 lanes */
    {
        double l[64] = {0};
        for (int64_t i = 0; i < MAXN; i++) l[i % 64] += xd[i];
        for (int j = 0; j < 64; j++) lanes64 += l[j];
    }
    check(!same64(tree, seq) && !same64(tree, lanes64), "test data does not distinguish summation orders");
    double t[3] = {1.0, 2.0, 3.0};
    check(ref_tree(t, 3) == 6.0 && bits64(ref_tree(t, 0)) == 0, "ref_tree basics");
    double nz[2] = {-0.0, -0.0};
    check(bits64(ref_tree(nz, 2)) == bits64(-0.0), "ref_tree keeps -0.0");
}

/* ---- elementwise ---------------------------------------------------------------- */

/* Distance in units in the last place, on the sign-magnitude order of the
 * bits; computed unsigned so that far-apart values cannot overflow. */
static uint64_t ulp_distance64(double a, double b) {
    uint64_t ua = bits64(a), ub = bits64(b);
    ua = (ua >> 63) ? UINT64_C(0x8000000000000000) - (ua & ~UINT64_C(0x8000000000000000))
                    : UINT64_C(0x8000000000000000) + ua;
    ub = (ub >> 63) ? UINT64_C(0x8000000000000000) - (ub & ~UINT64_C(0x8000000000000000))
                    : UINT64_C(0x8000000000000000) + ub;
    return ua > ub ? ua - ub : ub - ua;
}

static uint64_t ulp_distance32(float a, float b) {
    uint64_t ua = bits32(a), ub = bits32(b);
    ua = (ua >> 31) ? 0x80000000u - (ua & 0x7fffffffu) : 0x80000000u + ua;
    ub = (ub >> 31) ? 0x80000000u - (ub & 0x7fffffffu) : 0x80000000u + ub;
    return ua > ub ? ua - ub : ub - ua;
}

/* libmvec promises a few ulp; special values must match exactly. */
static int close64(double got, double want) {
    if (want != want || isinf(want) || want == 0.0) return same64(got, want);
    return ulp_distance64(got, want) <= 4;
}

static int close32(float got, float want) {
    if (want != want || isinf(want) || want == 0.0f) return same32(got, want);
    return ulp_distance32(got, want) <= 4;
}

static void fill_elementwise(double *a, double *b, int64_t n) {
    fill(a, n, SC_SPECIALS);
    fill(b, n, SC_SPECIALS);
    if (n > 2) b[n / 2] = 0.0, b[n / 3] = -0.0; /* division by zeros */
}

typedef int32_t (*ew2_f64)(int32_t, const double *, const double *, double *, int64_t);
typedef int32_t (*ew2_f32)(int32_t, const float *, const float *, float *, int64_t);
typedef int32_t (*ews_f64)(int32_t, const double *, double, double *, int64_t);
typedef int32_t (*ews_f32)(int32_t, const float *, float, float *, int64_t);
typedef int32_t (*ew1_f64)(int32_t, const double *, double *, int64_t);
typedef int32_t (*ew1_f32)(int32_t, const float *, float *, int64_t);

static double op_f64(int op, double a, double b) {
    switch (op) {
    case 0: return a + b;
    case 1: return a - b;
    case 2: return a * b;
    default: return a / b;
    }
}

static float op_f32(int op, float a, float b) {
    switch (op) {
    case 0: return a + b;
    case 1: return a - b;
    case 2: return a * b;
    default: return a / b;
    }
}

static void test_binary(int isa, int64_t n, int offset) {
    static const char *names[4] = {"add", "sub", "mul", "div"};
    static const ew2_f64 vv64[4] = {k4j_ew_add_f64, k4j_ew_sub_f64, k4j_ew_mul_f64, k4j_ew_div_f64};
    static const ew2_f32 vv32[4] = {k4j_ew_add_f32, k4j_ew_sub_f32, k4j_ew_mul_f32, k4j_ew_div_f32};
    static const ews_f64 vs64[4] = {k4j_ew_adds_f64, k4j_ew_subs_f64, k4j_ew_muls_f64, k4j_ew_divs_f64};
    static const ews_f32 vs32[4] = {k4j_ew_adds_f32, k4j_ew_subs_f32, k4j_ew_muls_f32, k4j_ew_divs_f32};
    double *a = xd + offset, *b = yd + offset, *o = od + offset;
    float *af = xf + offset, *bf = yf + offset, *ofp = of + offset;
    const double s = -1.7;
    for (int op = 0; op < 4; op++) {
        /* out separate, out == a, out == b */
        for (int alias = 0; alias < 3; alias++) {
            fill_elementwise(a, b, n);
            for (int64_t i = 0; i < n; i++) rd[i] = op_f64(op, a[i], b[i]);
            double *out = alias == 0 ? o : alias == 1 ? a : b;
            check(vv64[op](isa, a, b, out, n) == K4J_OK, "%s_f64 status", names[op]);
            int ok = 1;
            for (int64_t i = 0; i < n; i++) ok &= same64(out[i], rd[i]);
            check(ok, "%s_f64 n=%lld alias=%d", names[op], (long long)n, alias);

            fill_elementwise(a, b, n);
            for (int64_t i = 0; i < n; i++) af[i] = (float)a[i], bf[i] = (float)b[i];
            for (int64_t i = 0; i < n; i++) rf[i] = op_f32(op, af[i], bf[i]);
            float *outf = alias == 0 ? ofp : alias == 1 ? af : bf;
            check(vv32[op](isa, af, bf, outf, n) == K4J_OK, "%s_f32 status", names[op]);
            ok = 1;
            for (int64_t i = 0; i < n; i++) ok &= same32(outf[i], rf[i]);
            check(ok, "%s_f32 n=%lld alias=%d", names[op], (long long)n, alias);
        }
        for (int alias = 0; alias < 2; alias++) {
            fill_elementwise(a, b, n);
            for (int64_t i = 0; i < n; i++) rd[i] = op_f64(op, a[i], s);
            double *out = alias ? a : o;
            check(vs64[op](isa, a, s, out, n) == K4J_OK, "%ss_f64 status", names[op]);
            int ok = 1;
            for (int64_t i = 0; i < n; i++) ok &= same64(out[i], rd[i]);
            check(ok, "%ss_f64 n=%lld alias=%d", names[op], (long long)n, alias);

            for (int64_t i = 0; i < n; i++) af[i] = (float)a[i];
            for (int64_t i = 0; i < n; i++) rf[i] = op_f32(op, af[i], (float)s);
            float *outf = alias ? af : ofp;
            check(vs32[op](isa, af, (float)s, outf, n) == K4J_OK, "%ss_f32 status", names[op]);
            ok = 1;
            for (int64_t i = 0; i < n; i++) ok &= same32(outf[i], rf[i]);
            check(ok, "%ss_f32 n=%lld alias=%d", names[op], (long long)n, alias);
        }
    }
    /* axpy: y separate from x, and x == y */
    for (int alias = 0; alias < 2; alias++) {
        const double alpha = 0.375;
        fill_elementwise(a, b, n);
        double *x = alias ? b : a;
        for (int64_t i = 0; i < n; i++) rd[i] = alpha * x[i] + b[i];
        check(k4j_ew_axpy_f64(isa, alpha, x, b, n) == K4J_OK, "axpy_f64 status");
        int ok = 1;
        for (int64_t i = 0; i < n; i++) ok &= same64(b[i], rd[i]);
        check(ok, "axpy_f64 n=%lld alias=%d", (long long)n, alias);

        fill_elementwise(a, b, n);
        for (int64_t i = 0; i < n; i++) af[i] = (float)a[i], bf[i] = (float)b[i];
        float *xs = alias ? bf : af;
        for (int64_t i = 0; i < n; i++) rf[i] = (float)alpha * xs[i] + bf[i];
        check(k4j_ew_axpy_f32(isa, (float)alpha, xs, bf, n) == K4J_OK, "axpy_f32 status");
        ok = 1;
        for (int64_t i = 0; i < n; i++) ok &= same32(bf[i], rf[i]);
        check(ok, "axpy_f32 n=%lld alias=%d", (long long)n, alias);
    }
}

static double neg64(double v) { return -v; }
static float neg32(float v) { return -v; }

static void test_unary(int isa, int64_t n, int offset) {
    static const char *names[5] = {"abs", "neg", "sqrt", "exp", "log"};
    static const ew1_f64 k64[5] = {k4j_ew_abs_f64, k4j_ew_neg_f64, k4j_ew_sqrt_f64, k4j_ew_exp_f64, k4j_ew_log_f64};
    static const ew1_f32 k32[5] = {k4j_ew_abs_f32, k4j_ew_neg_f32, k4j_ew_sqrt_f32, k4j_ew_exp_f32, k4j_ew_log_f32};
    double (*const r64[5])(double) = {fabs, neg64, sqrt, exp, log};
    float (*const r32[5])(float) = {fabsf, neg32, sqrtf, expf, logf};
    double *x = xd + offset, *o = od + offset;
    float *xs = xf + offset, *os = of + offset;
    for (int op = 0; op < 5; op++) {
        for (int alias = 0; alias < 2; alias++) {
            fill(x, n, SC_SPECIALS);
            for (int64_t i = 0; i < n; i++) {
                if (op == 3 && isfinite(x[i])) x[i] = (rng_unit() - 0.5) * 1500.0; /* exp over/underflow too */
                if (op == 4 && i % 7 == 1) x[i] = ldexp(rng_unit(), (int)rng_below(2100) - 1074);
                xs[i] = (float)x[i];
                if (op == 3 && isfinite(xs[i])) xs[i] = (float)((rng_unit() - 0.5) * 220.0);
            }
            if (n > 3) x[1] = 1.0, x[2] = -1.0, xs[1] = 1.0f, xs[2] = -1.0f;
            for (int64_t i = 0; i < n; i++) rd[i] = r64[op](x[i]), rf[i] = r32[op](xs[i]);
            double *out = alias ? x : o;
            float *outs = alias ? xs : os;
            check(k64[op](isa, x, out, n) == K4J_OK && k32[op](isa, xs, outs, n) == K4J_OK, "%s status",
                  names[op]);
            int ok64 = 1, ok32 = 1;
            int64_t bad = -1;
            for (int64_t i = 0; i < n; i++) {
                int e64 = op < 3 ? same64(out[i], rd[i]) : close64(out[i], rd[i]);
                int e32 = op < 3 ? same32(outs[i], rf[i]) : close32(outs[i], rf[i]);
                if (!e64 && bad < 0) bad = i;
                ok64 &= e64, ok32 &= e32;
            }
            check(ok64, "%s_f64 n=%lld alias=%d first bad %lld", names[op], (long long)n, alias, (long long)bad);
            check(ok32, "%s_f32 n=%lld alias=%d", names[op], (long long)n, alias);
        }
    }
    /* abs and neg are sign-bit operations, NaN included. */
    if (n >= 4) {
        x[0] = -0.0, x[1] = -NAN, x[2] = NAN, x[3] = -INFINITY;
        k4j_ew_abs_f64(isa, x, o, 4);
        check(bits64(o[0]) == 0 && !signbit(o[1]) && isnan(o[1]) && !signbit(o[2]) && o[3] == INFINITY,
              "abs clears the sign bit");
        k4j_ew_neg_f64(isa, x, o, 4);
        check(bits64(o[0]) == 0 && !signbit(o[1]) && signbit(o[2]) && o[3] == INFINITY, "neg flips the sign bit");
        xs[0] = -0.0f, xs[1] = -NAN;
        k4j_ew_abs_f32(isa, xs, os, 2);
        check(bits32(os[0]) == 0 && !signbit(os[1]), "abs_f32 clears the sign bit");
    }
}

static void test_clip(int isa, int64_t n, int offset) {
    static const double bounds[][2] = {{-0.5, 0.5}, {0.0, 1.0}, {-0.0, 0.0}, {-1.0, -0.0}, {0.0, -0.0},
                                       {-0.0, -0.0}, {0.0, 0.0}, {1.0, -1.0}, {NAN, 1.0}, {0.0, NAN},
                                       {-INFINITY, INFINITY}, {-1e300, 1e-300}};
    double *x = xd + offset, *o = od + offset;
    float *xs = xf + offset, *os = of + offset;
    for (int k = 0; k < (int)(sizeof bounds / sizeof bounds[0]); k++) {
        double lo = bounds[k][0], hi = bounds[k][1];
        for (int alias = 0; alias < 2; alias++) {
            fill(x, n, SC_SPECIALS);
            for (int64_t i = 0; i < n; i++) {
                if (i % 5 == 0) x[i] = (i % 10 == 0) ? 0.0 : -0.0;
                else if (isfinite(x[i])) x[i] = x[i] * 1e-6 - 0.25; /* mostly within a bound or two */
                xs[i] = (float)x[i];
            }
            for (int64_t i = 0; i < n; i++)
                rd[i] = java_min(java_max(x[i], lo), hi), rf[i] = (float)java_min(java_max(xs[i], (float)lo), (float)hi);
            double *out = alias ? x : o;
            float *outs = alias ? xs : os;
            check(k4j_ew_clip_f64(isa, x, lo, hi, out, n) == K4J_OK, "clip status");
            check(k4j_ew_clip_f32(isa, xs, (float)lo, (float)hi, outs, n) == K4J_OK, "clip status");
            int ok64 = 1, ok32 = 1;
            for (int64_t i = 0; i < n; i++) ok64 &= same64(out[i], rd[i]), ok32 &= same32(outs[i], rf[i]);
            check(ok64, "clip_f64 [%g, %g] n=%lld alias=%d", lo, hi, (long long)n, alias);
            check(ok32, "clip_f32 [%g, %g] n=%lld alias=%d", lo, hi, (long long)n, alias);
        }
    }
}

static void test_elementwise(int isa) {
    char ctx[64];
    for (int si = 0; si < NSIZES; si++) {
        int64_t n = sizes[si];
        for (int offset = 0; offset <= (n > 0 && n < 2000 ? 1 : 0); offset++) {
            snprintf(ctx, sizeof ctx, "isa=%d elementwise offset=%d", isa, offset);
            context = ctx;
            set_buffers(n + offset);
            test_binary(isa, n, offset);
            test_unary(isa, n, offset);
            test_clip(isa, n, offset);
        }
    }
}

/* ---- scan -------------------------------------------------------------------------- */

static void test_cumsum(int isa) {
    char ctx[64];
    snprintf(ctx, sizeof ctx, "isa=%d cumsum", isa);
    context = ctx;
    for (int si = 0; si < NSIZES; si++) {
        int64_t n = sizes[si];
        set_buffers(n);
        for (int sc = 0; sc < SC_COUNT; sc++) {
            for (int alias = 0; alias < 2; alias++) {
                const double carry = sc == SC_RANDOM ? 0.0 : 12.5;
                fill(xd, n, (enum scenario)sc);
                for (int64_t i = 0; i < n; i++) xf[i] = (float)xd[i];
                double acc = carry, accf = carry;
                for (int64_t i = 0; i < n; i++) {
                    acc += xd[i], rd[i] = acc;
                    accf += (double)xf[i], rf[i] = (float)accf;
                }
                double *out = alias ? xd : od;
                float *outf = alias ? xf : of;
                double r = k4j_scan_cumsum_f64(isa, xd, out, n, carry);
                double rf32 = k4j_scan_cumsum_f32(isa, xf, outf, n, carry);
                int ok64 = same64(r, acc), ok32 = same64(rf32, accf);
                for (int64_t i = 0; i < n; i++) ok64 &= same64(out[i], rd[i]), ok32 &= same32(outf[i], rf[i]);
                check(ok64, "cumsum_f64 %s n=%lld alias=%d", scenario_name[sc], (long long)n, alias);
                check(ok32, "cumsum_f32 %s n=%lld alias=%d", scenario_name[sc], (long long)n, alias);
            }
        }
    }
    double x = 1.0;
    check(bits64(k4j_scan_cumsum_f64(isa, &x, &x, 0, -0.0)) == bits64(-0.0), "cumsum n=0 returns the carry");
}

/* ---- dispatch and argument validation ------------------------------------------------ */

static void test_info(void) {
    context = "info";
    int32_t best = k4j_info_best_isa();
    check(best >= K4J_ISA_BASELINE && best <= TEST_ISA_TOP, "best isa %d", best);
    check(k4j_info_resolve_isa(K4J_ISA_AUTO) == best, "AUTO resolves to best");
    check(k4j_info_resolve_isa(99) == best && k4j_info_resolve_isa(-7) == best, "unknown resolves to best");
    for (int32_t isa = K4J_ISA_BASELINE; isa >= 0; isa = next_isa(isa))
        check(k4j_info_resolve_isa(isa) == (isa <= best ? isa : best), "resolve(%d)", isa);
    /* A path of the other architecture is lowered to the best one of this. */
    for (int i = 0; i < TEST_FOREIGN_ISA_COUNT; i++)
        check(k4j_info_resolve_isa(test_foreign_isa_paths[i]) == best, "resolve(%d)", test_foreign_isa_paths[i]);
    check(k4j_info_abi_version() == 6, "abi version");
}

/* Whether the stringized argument list `(a, b, out, n)` names `name`. */
static int names_argument(const char *args, const char *name) {
    size_t len = strlen(name);
    for (const char *p = args; *p; p++)
        if ((p == args || strchr("(, ", p[-1])) && strncmp(p, name, len) == 0 && strchr("), ", p[len])) return 1;
    return 0;
}

#define RESULT_IS(r, value) _Generic((r), double: isnan((double)(r)), default: (r) == (value))
#define WITH_ISA(...) (isa, __VA_ARGS__)

/* Every kernel of the list: n < 0, then each pointer NULL with n > 0 (which
 * must be rejected exactly when that pointer is a parameter). */
#define CHECK_VALIDATION(ret, name, params, args, invalid, value)                             \
    {                                                                                         \
        ret r;                                                                                \
        void *x = buffer, *y = buffer, *a = buffer, *b = buffer, *out = buffer;               \
        int64_t n = -1;                                                                       \
        double mean = 0.5, s = 1.0, alpha = 2.0, lo = 0.0, hi = 1.0, carry = 0.0;             \
        (void)x, (void)y, (void)a, (void)b, (void)out, (void)mean, (void)s, (void)alpha;      \
        (void)lo, (void)hi, (void)carry;                                                      \
        r = k4j_##name WITH_ISA args;                                                         \
        check(RESULT_IS(r, value), #name " rejects n < 0");                                   \
        n = INT64_MIN;                                                                        \
        r = k4j_##name WITH_ISA args;                                                         \
        check(RESULT_IS(r, value), #name " rejects INT64_MIN");                               \
        static const char *pointer_names[5] = {"x", "y", "a", "b", "out"};                    \
        for (int k = 0; k < 5; k++) {                                                         \
            x = k == 0 ? NULL : buffer, y = k == 1 ? NULL : buffer;                           \
            a = k == 2 ? NULL : buffer, b = k == 3 ? NULL : buffer;                           \
            out = k == 4 ? NULL : buffer;                                                     \
            n = 3;                                                                            \
            r = k4j_##name WITH_ISA args;                                                     \
            if (names_argument(#args, pointer_names[k]))                                      \
                check(RESULT_IS(r, value), #name " rejects NULL %s", pointer_names[k]);       \
            n = 0;                                                                            \
            x = y = a = b = out = NULL;                                                       \
            r = k4j_##name WITH_ISA args; /* valid: nothing to read, must not crash */        \
        }                                                                                     \
    }

static void test_validation(int isa) {
    char ctx[64];
    snprintf(ctx, sizeof ctx, "isa=%d validation", isa);
    context = ctx;
    static double buffer[16];
    K4J_BASIC_KERNELS(CHECK_VALIDATION)
    /* n == 0 with NULL is valid: the documented empty results. */
    check(bits64(k4j_reduce_sum_f64(isa, NULL, 0)) == 0, "sum of nothing is +0.0");
    check(bits64(k4j_reduce_nansum_f32(isa, NULL, 0)) == 0, "nansum of nothing is +0.0");
    check(bits64(k4j_reduce_dot_f64(isa, NULL, NULL, 0)) == 0, "dot of nothing is +0.0");
    check(bits64(k4j_reduce_sqdev_f32(isa, NULL, 0, 1.0)) == 0, "sqdev of nothing is +0.0");
    check(bits64(k4j_reduce_nansqdev_f64(isa, NULL, 0, 1.0)) == 0, "nansqdev of nothing is +0.0");
    check(k4j_reduce_nancount_f64(isa, NULL, 0) == 0, "nancount of nothing is 0");
    check(isnan(k4j_reduce_max_f32(isa, NULL, 0)), "max of nothing is NaN");
    check(k4j_reduce_argmax_f32(isa, NULL, 0) == -1, "argmax of nothing is -1");
    check(k4j_ew_add_f64(isa, NULL, NULL, NULL, 0) == K4J_OK, "add of nothing is OK");
    check(k4j_ew_clip_f32(isa, NULL, 0.0f, 1.0f, NULL, 0) == K4J_OK, "clip of nothing is OK");
    check(k4j_scan_cumsum_f32(isa, NULL, NULL, 0, 2.5) == 2.5, "cumsum of nothing returns the carry");
}

int main(void) {
    rng_state = 20261126;
    test_info();
    test_reference_has_teeth();
    int32_t best = k4j_info_best_isa();
    printf("best ISA path on this CPU: %d\n", best);
    for (int isa = K4J_ISA_BASELINE; isa >= 0; isa = next_isa(isa)) {
        if (isa > best) printf("isa %d not supported here: calls run path %d\n", isa, k4j_info_resolve_isa(isa));
        test_reductions(isa);
        test_int_reductions(isa);
        test_norm2_range(isa);
        test_extremes_by_hand(isa);
        test_chunk_property(isa);
        test_elementwise(isa);
        test_cumsum(isa);
        test_validation(isa);
    }
    test_validation(K4J_ISA_AUTO);
    set_buffers(0);
    printf("%ld passed, %ld failed\n", passed, failed);
    return failed ? 1 : 0;
}
