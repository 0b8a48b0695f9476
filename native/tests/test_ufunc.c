/* The ufunc family (ufunc.c) on every ISA path against a scalar reference written
 * here: bit for bit, since each path calls the same C library function (the
 * transcendental ones, float32 through double) or computes an exact function.
 * Inputs mix NaN of both signs, +-Inf, +-0, subnormals, huge values, halves and
 * random bit patterns; lengths cover the vector remainders; outputs are separate
 * or exactly an input (in place). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "k4j.h"
#include "test_isa.h"
#include "test_util.h"

typedef int32_t (*un64)(int32_t, const double *, double *, int64_t);
typedef int32_t (*un32)(int32_t, const float *, float *, int64_t);
typedef int32_t (*bin64)(int32_t, const double *, const double *, double *, int64_t);
typedef int32_t (*bin32)(int32_t, const float *, const float *, float *, int64_t);

static double sign64(double v) { return v > 0 ? 1.0 : v < 0 ? -1.0 : v == 0 ? 0.0 : v; }
static double min64(double a, double b) { return isnan(a) ? a : isnan(b) ? b : a < b ? a : b; }
static double max64(double a, double b) { return isnan(a) ? a : isnan(b) ? b : a > b ? a : b; }
static double fmin64(double a, double b) { return isnan(b) ? a : isnan(a) ? b : a < b ? a : b; }
static double fmax64(double a, double b) { return isnan(b) ? a : isnan(a) ? b : a > b ? a : b; }

static const char *const un_names[12] = {"sin", "cos", "tan", "tanh", "log1p", "expm1",
                                         "log2", "log10", "floor", "ceil", "rint", "sign"};
static const un64 un_k64[12] = {k4j_ew_sin_f64, k4j_ew_cos_f64, k4j_ew_tan_f64, k4j_ew_tanh_f64,
                                k4j_ew_log1p_f64, k4j_ew_expm1_f64, k4j_ew_log2_f64, k4j_ew_log10_f64,
                                k4j_ew_floor_f64, k4j_ew_ceil_f64, k4j_ew_rint_f64, k4j_ew_sign_f64};
static const un32 un_k32[12] = {k4j_ew_sin_f32, k4j_ew_cos_f32, k4j_ew_tan_f32, k4j_ew_tanh_f32,
                                k4j_ew_log1p_f32, k4j_ew_expm1_f32, k4j_ew_log2_f32, k4j_ew_log10_f32,
                                k4j_ew_floor_f32, k4j_ew_ceil_f32, k4j_ew_rint_f32, k4j_ew_sign_f32};
static double (*const un_ref[12])(double) = {sin, cos, tan, tanh, log1p, expm1, log2, log10,
                                             floor, ceil, rint, sign64};

static const char *const bin_names[6] = {"pow", "atan2", "minimum", "maximum", "fmin", "fmax"};
static const bin64 bin_k64[6] = {k4j_ew_pow_f64, k4j_ew_atan2_f64, k4j_ew_minimum_f64,
                                 k4j_ew_maximum_f64, k4j_ew_fmin_f64, k4j_ew_fmax_f64};
static const bin32 bin_k32[6] = {k4j_ew_pow_f32, k4j_ew_atan2_f32, k4j_ew_minimum_f32,
                                 k4j_ew_maximum_f32, k4j_ew_fmin_f32, k4j_ew_fmax_f32};
static double (*const bin_ref[6])(double, double) = {pow, atan2, min64, max64, fmin64, fmax64};

static int same64(double a, double b) {
    uint64_t u, v;
    memcpy(&u, &a, 8);
    memcpy(&v, &b, 8);
    return u == v || (isnan(a) && isnan(b));
}
static int same32(float a, float b) {
    uint32_t u, v;
    memcpy(&u, &a, 4);
    memcpy(&v, &b, 4);
    return u == v || (isnan(a) && isnan(b));
}

/* A value: special, small, huge, a half, or a random bit pattern. */
static double value(void) {
    static const double specials[] = {0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, -2.5, 2.5, 3.5,
                                      INFINITY, -INFINITY, 0x1p-1074, -0x1p-1074, 0x1p-1022, 1e300,
                                      -1e300, 0x1p52, 0x1p52 + 1, 4503599627370495.5, 0x1p23 + 0.5,
                                      0x1p-149, 1e-40, 3.4e38, 1e39, 710.0, -745.5, 89.0, -104.0};
    uint64_t r = rnd();
    switch (r % 6) {
    case 0: {
        double v = specials[(r >> 8) % (sizeof specials / sizeof specials[0])];
        return ((r >> 40) & 1) ? -v : v;
    }
    case 1: return ((r >> 9) & 1) ? NAN : -NAN;
    case 2: return (unit() - 0.5) * 20.0;
    case 3: return ldexp(unit() - 0.5, (int)((rnd() % 2200)) - 1100);
    case 4: return (double)((int64_t)(rnd() % 21) - 10) * 0.5;
    default: {
        uint64_t b = rnd();
        double v;
        memcpy(&v, &b, 8);
        return v;
    }
    }
}

static double xd[1100], yd[1100], od[1100], rd[1100];
static float xf[1100], yf[1100], of[1100], rf[1100];

static void run(int isa, int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        xd[i] = value(), yd[i] = value();
        xf[i] = (float)value(), yf[i] = (float)value();
    }
    for (int op = 0; op < 12; op++) {
        for (int64_t i = 0; i < n; i++) rd[i] = un_ref[op](xd[i]), rf[i] = (float)un_ref[op]((double)xf[i]);
        for (int alias = 0; alias < 2; alias++) {
            double *x = alias ? od : xd;
            float *xs = alias ? of : xf;
            if (alias) memcpy(od, xd, sizeof(double) * (size_t)n), memcpy(of, xf, sizeof(float) * (size_t)n);
            CHECK(un_k64[op](isa, x, od, n) == K4J_OK && un_k32[op](isa, xs, of, n) == K4J_OK, "%s status",
                  un_names[op]);
            for (int64_t i = 0; i < n; i++) {
                CHECK(same64(od[i], rd[i]), "isa %d %s_f64(%a) = %a, want %a (n %lld alias %d)", isa,
                      un_names[op], xd[i], od[i], rd[i], (long long)n, alias);
                CHECK(same32(of[i], rf[i]), "isa %d %s_f32(%a) = %a, want %a (n %lld alias %d)", isa,
                      un_names[op], (double)xf[i], (double)of[i], (double)rf[i], (long long)n, alias);
            }
        }
    }
    for (int op = 0; op < 6; op++) {
        for (int64_t i = 0; i < n; i++) {
            rd[i] = bin_ref[op](xd[i], yd[i]);
            rf[i] = (float)bin_ref[op]((double)xf[i], (double)yf[i]);
        }
        for (int alias = 0; alias < 3; alias++) {
            double *a = xd, *b = yd;
            float *af = xf, *bf = yf;
            if (alias) {
                memcpy(od, alias == 1 ? xd : yd, sizeof(double) * (size_t)n);
                memcpy(of, alias == 1 ? xf : yf, sizeof(float) * (size_t)n);
                if (alias == 1) a = od, af = of;
                else b = od, bf = of;
            }
            CHECK(bin_k64[op](isa, a, b, od, n) == K4J_OK && bin_k32[op](isa, af, bf, of, n) == K4J_OK,
                  "%s status", bin_names[op]);
            for (int64_t i = 0; i < n; i++) {
                CHECK(same64(od[i], rd[i]), "isa %d %s_f64(%a, %a) = %a, want %a (n %lld alias %d)", isa,
                      bin_names[op], xd[i], yd[i], od[i], rd[i], (long long)n, alias);
                CHECK(same32(of[i], rf[i]), "isa %d %s_f32(%a, %a) = %a, want %a (n %lld alias %d)", isa,
                      bin_names[op], (double)xf[i], (double)yf[i], (double)of[i], (double)rf[i], (long long)n,
                      alias);
            }
        }
    }
}

/* The signed-zero and NaN rules that same64 would blur: exact bits. */
static void edges(int isa) {
    double a[4] = {0.0, -0.0, NAN, 1.0}, b[4] = {-0.0, 0.0, 2.0, NAN}, o[4];
    k4j_ew_minimum_f64(isa, a, b, o, 4);
    CHECK(o[0] == 0 && signbit(o[0]) && o[1] == 0 && !signbit(o[1]) && isnan(o[2]) && isnan(o[3]),
          "isa %d minimum: b when equal, NaN propagates", isa);
    k4j_ew_maximum_f64(isa, a, b, o, 4);
    CHECK(signbit(o[0]) && !signbit(o[1]) && isnan(o[2]) && isnan(o[3]), "isa %d maximum", isa);
    k4j_ew_fmin_f64(isa, a, b, o, 4);
    CHECK(signbit(o[0]) && !signbit(o[1]) && o[2] == 2.0 && o[3] == 1.0, "isa %d fmin", isa);
    k4j_ew_fmax_f64(isa, a, b, o, 4);
    CHECK(signbit(o[0]) && !signbit(o[1]) && o[2] == 2.0 && o[3] == 1.0, "isa %d fmax", isa);
    float s[4] = {-0.0f, 0.0f, -NAN, -0x1p-149f}, so[4];
    k4j_ew_sign_f32(isa, s, so, 4);
    CHECK(so[0] == 0 && !signbit(so[0]) && so[1] == 0 && !signbit(so[1]) && isnan(so[2]) && signbit(so[2]) &&
              so[3] == -1.0f,
          "isa %d sign: +0.0 for both zeros, NaN kept, -1 for a negative subnormal", isa);
    double r[6] = {0.5, 1.5, 2.5, -0.5, -2.5, 4503599627370495.5}, ro[6];
    k4j_ew_rint_f64(isa, r, ro, 6);
    CHECK(ro[0] == 0 && !signbit(ro[0]) && ro[1] == 2 && ro[2] == 2 && ro[3] == 0 && signbit(ro[3]) &&
              ro[4] == -2 && ro[5] == 4503599627370496.0,
          "isa %d rint: half to even, -0.5 -> -0.0", isa);
    /* floor, ceil, rint of a signalling NaN: quiet, payload and sign kept, on every path
     * (17 values, so the vector loops and their tails both see them) */
    const uint64_t nb64[3] = {UINT64_C(0x7ff0000000000137), UINT64_C(0xfff0000000000001), UINT64_C(0x7ff8000000000005)};
    const uint32_t nb32[3] = {UINT32_C(0x7f800137), UINT32_C(0xff800001), UINT32_C(0x7fc00005)};
    for (int f = 8; f < 11; f++) { /* un_k64/un_k32[8..10]: floor, ceil, rint */
        double q[17], qo[17];
        float qf[17], qfo[17];
        for (int i = 0; i < 17; i++) {
            memcpy(&q[i], &nb64[i % 3], 8);
            memcpy(&qf[i], &nb32[i % 3], 4);
        }
        un_k64[f](isa, q, qo, 17);
        un_k32[f](isa, qf, qfo, 17);
        for (int i = 0; i < 17; i++) {
            uint64_t g;
            uint32_t gf;
            memcpy(&g, &qo[i], 8);
            memcpy(&gf, &qfo[i], 4);
            CHECK(g == (nb64[i % 3] | UINT64_C(0x0008000000000000)), "isa %d %s f64 NaN %d: %016llx", isa,
                  un_names[f], i, (unsigned long long)g);
            CHECK(gf == (nb32[i % 3] | UINT32_C(0x00400000)), "isa %d %s f32 NaN %d: %08x", isa, un_names[f], i,
                  (unsigned)gf);
        }
    }
}

int main(void) {
    int32_t best = k4j_info_best_isa();
    for (int isa = K4J_ISA_BASELINE; isa >= 0 && isa <= best; isa = next_isa(isa)) {
        rng_state = 20261205u + (uint64_t)isa;
        for (int64_t n = 0; n <= 40; n++) run(isa, n);
        for (int rep = 0; rep < 10; rep++) run(isa, 1000 + (int64_t)(rnd() % 100));
        edges(isa);
        /* NULL with n == 0 is valid; a negative n is refused. */
        CHECK(k4j_ew_sin_f64(isa, NULL, NULL, 0) == K4J_OK, "sin of nothing");
        CHECK(k4j_ew_pow_f32(isa, NULL, NULL, NULL, 0) == K4J_OK, "pow of nothing");
        CHECK(k4j_ew_fmax_f64(isa, xd, yd, od, -1) == K4J_EINVAL, "fmax n < 0");
    }
    if (failures) {
        fprintf(stderr, "%d failures\n", failures);
        return 1;
    }
    printf("test_ufunc: ok\n");
    return 0;
}
