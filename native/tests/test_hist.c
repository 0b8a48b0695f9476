/* Histogram family: the uniform and explicit-edge kernels of every dtype, on
 * every ISA path the CPU has, against a one-value-at-a-time reference of
 * numpy.histogram's arithmetic (k4j.h "hist"), plus argument checks. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "k4j.h"

#include "test_isa.h"
#include "test_util.h"

#define N 5000
#define BINS 37

/* numpy's edges: linspace in double. */
static void linspace(double *e, int64_t bins, double first, double last) {
    double step = (last - first) / (double)bins;
    for (int64_t i = 0; i < bins; i++) e[i] = (double)i * step + first;
    e[bins] = last;
}

/* The reference: one value at a time, in the arithmetic k4j.h states. */
static int64_t ref_bin_d(double v, double first, double last, double denom, const double *e, int64_t bins) {
    if (!(v >= first && v <= last)) return -1;
    double f = ((v - first) / denom) * (double)bins;
    int64_t i = (int64_t)(f < (double)bins ? f : (double)bins);
    if (i >= bins) i = bins - 1;
    if (v < e[i]) i--;
    else if (i != bins - 1 && v >= e[i + 1]) i++;
    return i;
}
static int64_t ref_bin_f(float v, float first, float last, double denom, int wide, const float *e, int64_t bins) {
    if (!(v >= first && v <= last)) return -1;
    float d = v - first;
    int64_t i;
    if (wide) {
        double f = ((double)d / denom) * (double)bins;
        i = (int64_t)(f < (double)bins ? f : (double)bins);
    } else {
        float f = (d / (float)denom) * (float)bins;
        i = (int64_t)(f < (float)bins ? f : (float)bins);
    }
    if (i >= bins) i = bins - 1;
    if (v < e[i]) i--;
    else if (i != bins - 1 && v >= e[i + 1]) i++;
    return i;
}
static int64_t ref_edges(double v, const double *e, int64_t nedges) {
    if (!(v >= e[0] && v <= e[nedges - 1])) return -1;
    int64_t i = 0;
    while (i < nedges - 2 && v >= e[i + 1]) i++;
    return i;
}

static double special(double first, double last, const double *e) {
    switch (rnd() % 8) {
    case 0: return e[rnd() % (BINS + 1)];
    case 1: return nextafter(e[rnd() % (BINS + 1)], INFINITY);
    case 2: return nextafter(e[rnd() % (BINS + 1)], -INFINITY);
    case 3: return NAN;
    case 4: return (rnd() & 1) ? INFINITY : -INFINITY;
    case 5: return (rnd() & 1) ? -0.0 : 0.0;
    case 6: return (rnd() & 1) ? first : last;
    default: return first + (last - first) * (unit() * 1.4 - 0.2);
    }
}

static void run(int32_t isa, double first, double last) {
    static double xd[N];
    static float xf[N];
    static int64_t xl[N];
    static int32_t xi[N];
    double e[BINS + 1], ex[6];
    float e32[BINS + 1];
    int64_t got[BINS], want[BINS];
    linspace(e, BINS, first, last);
    for (int i = 0; i <= BINS; i++) e32[i] = (float)e[i];
    for (int i = 0; i < 6; i++) ex[i] = first + (last - first) * (i / 5.0);
    ex[2] = ex[3]; /* an empty bin */
    for (int i = 0; i < N; i++) {
        double v = special(first, last, e);
        xd[i] = v;
        xf[i] = (float)v;
        xl[i] = isfinite(v) && fabs(v) < 9e18 ? (int64_t)v : (int64_t)(rnd() >> 1);
        xi[i] = isfinite(v) && fabs(v) < 2e9 ? (int32_t)v : (int32_t)rnd();
    }

#define COMPARE(NAME)                                                                                   \
    CHECK(memcmp(got, want, sizeof got) == 0, "%s isa %d range [%g, %g]", NAME, isa, first, last)

    memset(got, 0, sizeof got);
    memset(want, 0, sizeof want);
    CHECK(k4j_hist_uniform_f64(isa, xd, N, first, last, e, BINS, got) == K4J_OK, "f64 status");
    for (int i = 0; i < N; i++) {
        int64_t b = ref_bin_d(xd[i], first, last, last - first, e, BINS);
        if (b >= 0) want[b]++;
    }
    COMPARE("uniform f64");

    for (int wide = 0; wide <= 1; wide++) {
        float f0 = e32[0], f1 = e32[BINS];
        double denom = wide ? last - first : (double)(f1 - f0);
        float e32n[BINS + 1];
        if (!wide) { /* numpy's float32 linspace: the kernel's recomputed-edge path */
            float st = (f1 - f0) / (float)BINS;
            for (int i = 0; i < BINS; i++) e32n[i] = (float)i * st + f0;
            e32n[BINS] = f1;
        }
        const float *ef = wide ? e32 : e32n;
        memset(got, 0, sizeof got);
        memset(want, 0, sizeof want);
        CHECK(k4j_hist_uniform_f32(isa, xf, N, f0, f1, denom, wide, ef, BINS, got) == K4J_OK, "f32 status");
        for (int i = 0; i < N; i++) {
            int64_t b = ref_bin_f(xf[i], f0, f1, denom, wide, ef, BINS);
            if (b >= 0) want[b]++;
        }
        COMPARE(wide ? "uniform f32 wide" : "uniform f32 narrow");
    }

    memset(got, 0, sizeof got);
    memset(want, 0, sizeof want);
    CHECK(k4j_hist_uniform_i64(isa, xl, N, first, last, last - first, e, BINS, got) == K4J_OK, "i64 status");
    for (int i = 0; i < N; i++) {
        int64_t b = ref_bin_d((double)xl[i], first, last, last - first, e, BINS);
        if (b >= 0) want[b]++;
    }
    COMPARE("uniform i64");

    memset(got, 0, sizeof got);
    memset(want, 0, sizeof want);
    CHECK(k4j_hist_uniform_i32(isa, xi, N, first, last, last - first, e, BINS, got) == K4J_OK, "i32 status");
    for (int i = 0; i < N; i++) {
        int64_t b = ref_bin_d((double)xi[i], first, last, last - first, e, BINS);
        if (b >= 0) want[b]++;
    }
    COMPARE("uniform i32");

#define EDGES(SFX, X, NAME)                                                                \
    memset(got, 0, sizeof got);                                                            \
    memset(want, 0, sizeof want);                                                          \
    CHECK(k4j_hist_edges_##SFX(isa, X, N, ex, 6, got) == K4J_OK, NAME " status");         \
    for (int i = 0; i < N; i++) {                                                          \
        int64_t b = ref_edges((double)X[i], ex, 6);                                        \
        if (b >= 0) want[b]++;                                                             \
    }                                                                                      \
    COMPARE(NAME);
    EDGES(f64, xd, "edges f64")
    EDGES(f32, xf, "edges f32")
    EDGES(i64, xl, "edges i64")
    EDGES(i32, xi, "edges i32")
}

/* Weighted bincount: in index order, so exactly the sequential sums per bin; an out-of-range
 * value is skipped and reported. */
static void weighted_bincount(int32_t isa) {
    enum { WN = 5000, WBINS = 37 };
    static int64_t xl[WN];
    static int32_t xi[WN];
    static double w[WN], want[WBINS], got[WBINS];
    for (int k = 0; k < WN; k++) {
        xl[k] = (int64_t)(rnd() % WBINS);
        xi[k] = (int32_t)xl[k];
        w[k] = (double)(int64_t)(rnd() % 2001 - 1000) / 7.0;
    }
    memset(want, 0, sizeof want);
    for (int k = 0; k < WN; k++) want[xl[k]] += w[k];
    memset(got, 0, sizeof got);
    CHECK(k4j_hist_wbincount_i64(isa, xl, w, WN, got, WBINS) == K4J_OK, "wbincount i64 status");
    CHECK(memcmp(got, want, sizeof got) == 0, "wbincount i64 sums");
    memset(got, 0, sizeof got);
    CHECK(k4j_hist_wbincount_i32(isa, xi, w, WN, got, WBINS) == K4J_OK, "wbincount i32 status");
    CHECK(memcmp(got, want, sizeof got) == 0, "wbincount i32 sums");
    xl[17] = WBINS;
    xl[18] = -1;
    memset(got, 0, sizeof got);
    CHECK(k4j_hist_wbincount_i64(isa, xl, w, WN, got, WBINS) == K4J_ERANGE, "wbincount out of range reported");
    CHECK(k4j_hist_wbincount_i32(isa, xi, NULL, WN, got, WBINS) == K4J_EINVAL, "wbincount without weights");
    /* split by value: the parts [0, 10), [10, 30), [30, WBINS) give the whole sums bit for bit */
    xl[17] = 3;
    xl[18] = 4;
    for (int k = 0; k < WN; k++) xi[k] = (int32_t)xl[k];
    memset(want, 0, sizeof want);
    for (int k = 0; k < WN; k++) want[xl[k]] += w[k];
    const int64_t cuts[] = {0, 10, 30, WBINS};
    for (int t = 0; t < 2; t++) {
        int64_t added = 0;
        memset(got, 0, sizeof got);
        for (int p = 0; p < 3; p++) {
            int64_t a = t == 0 ? k4j_hist_wbincount_part_i64(isa, xl, w, WN, got + cuts[p], cuts[p], cuts[p + 1])
                               : k4j_hist_wbincount_part_i32(isa, xi, w, WN, got + cuts[p], cuts[p], cuts[p + 1]);
            CHECK(a >= 0, "wbincount_part status");
            added += a;
        }
        CHECK(added == WN, "wbincount_part adds every value once (t %d)", t);
        CHECK(memcmp(got, want, sizeof got) == 0, "wbincount_part sums (t %d, isa %d)", t, isa);
    }
    xl[5] = -7;
    xl[6] = INT64_MIN;
    xl[7] = INT64_MAX;
    memset(got, 0, sizeof got);
    CHECK(k4j_hist_wbincount_part_i64(isa, xl, w, WN, got, 0, WBINS) == WN - 3, "wbincount_part skips outside values");
    CHECK(k4j_hist_wbincount_part_i64(isa, xl, w, WN, got, 5, 4) == -1, "wbincount_part hi < lo");
    CHECK(k4j_hist_wbincount_part_i32(isa, xi, w, WN, NULL, 0, 3) == -1, "wbincount_part no sums");
    CHECK(k4j_hist_wbincount_part_i32(isa, xi, w, WN, NULL, 3, 3) == 0, "wbincount_part empty part");
}

/* Weighted uniform histograms: the bins of the unweighted reference, each kept value adding
 * its weight in index order (NaN, infinite and signed-zero weights among them); the weights of
 * values not kept are never added (a NaN there changes nothing). */
static void weighted_uniform(int32_t isa, double first, double last) {
    static double xd[N], w[N];
    static float xf[N];
    static int64_t xl[N];
    static int32_t xi[N];
    double e[BINS + 1], got[BINS], want[BINS], again[BINS];
    float e32[BINS + 1];
    linspace(e, BINS, first, last);
    for (int i = 0; i <= BINS; i++) e32[i] = (float)e[i];
    for (int i = 0; i < N; i++) {
        double v = special(first, last, e);
        xd[i] = v;
        xf[i] = (float)v;
        xl[i] = isfinite(v) && fabs(v) < 9e18 ? (int64_t)v : (int64_t)(rnd() >> 1);
        xi[i] = isfinite(v) && fabs(v) < 2e9 ? (int32_t)v : (int32_t)rnd();
        switch (rnd() % 64) {
        case 0: w[i] = NAN; break;
        case 1: w[i] = (rnd() & 1) ? INFINITY : -INFINITY; break;
        case 2: w[i] = -0.0; break;
        default: w[i] = (unit() - 0.3) * 1e3;
        }
    }
#define WCOMPARE(NAME)                                                                                  \
    CHECK(memcmp(got, want, sizeof got) == 0, "%s isa %d range [%g, %g]", NAME, isa, first, last)
#define WREF(BINOF)                                                                                     \
    memset(want, 0, sizeof want);                                                                       \
    for (int i = 0; i < N; i++) {                                                                       \
        int64_t b = BINOF;                                                                              \
        if (b >= 0) want[b] += w[i];                                                                    \
    }
    memset(got, 0, sizeof got);
    CHECK(k4j_hist_wuniform_f64(isa, xd, w, N, first, last, e, BINS, got) == K4J_OK, "wf64 status");
    WREF(ref_bin_d(xd[i], first, last, last - first, e, BINS))
    WCOMPARE("wuniform f64");
    for (int wide = 0; wide <= 1; wide++) {
        float f0 = e32[0], f1 = e32[BINS];
        double denom = wide ? last - first : (double)(f1 - f0);
        float e32n[BINS + 1];
        if (!wide) {
            float st = (f1 - f0) / (float)BINS;
            for (int i = 0; i < BINS; i++) e32n[i] = (float)i * st + f0;
            e32n[BINS] = f1;
        }
        const float *ef = wide ? e32 : e32n;
        memset(got, 0, sizeof got);
        CHECK(k4j_hist_wuniform_f32(isa, xf, w, N, f0, f1, denom, wide, ef, BINS, got) == K4J_OK, "wf32 status");
        WREF(ref_bin_f(xf[i], f0, f1, denom, wide, ef, BINS))
        WCOMPARE(wide ? "wuniform f32 wide" : "wuniform f32 narrow");
    }
    memset(got, 0, sizeof got);
    CHECK(k4j_hist_wuniform_i64(isa, xl, w, N, first, last, last - first, e, BINS, got) == K4J_OK, "wi64 status");
    WREF(ref_bin_d((double)xl[i], first, last, last - first, e, BINS))
    WCOMPARE("wuniform i64");
    memset(got, 0, sizeof got);
    CHECK(k4j_hist_wuniform_i32(isa, xi, w, N, first, last, last - first, e, BINS, got) == K4J_OK, "wi32 status");
    WREF(ref_bin_d((double)xi[i], first, last, last - first, e, BINS))
    WCOMPARE("wuniform i32");
    /* adds to what sums held: a second call continues each bin's sum in index order */
    memcpy(again, got, sizeof got);
    CHECK(k4j_hist_wuniform_i32(isa, xi, w, N, first, last, last - first, e, BINS, again) == K4J_OK, "wi32 again");
    memcpy(want, got, sizeof got);
    for (int i = 0; i < N; i++) {
        int64_t b = ref_bin_d((double)xi[i], first, last, last - first, e, BINS);
        if (b >= 0) want[b] += w[i];
    }
    CHECK(memcmp(again, want, sizeof want) == 0, "wuniform adds to sums isa %d", isa);
}

static void bad_arguments(void) {
    double x[2] = {0, 1}, e[3] = {0, 0.5, 1};
    float xf[2] = {0, 1}, ef[3] = {0, 0.5f, 1};
    int64_t c[2] = {0, 0};
    CHECK(k4j_hist_uniform_f32(K4J_ISA_AUTO, xf, 2, 1, 0, 1, 1, ef, 2, c) == K4J_EINVAL, "f32 first > last");
    CHECK(k4j_hist_uniform_f32(K4J_ISA_AUTO, xf, 2, 0, 1, INFINITY, 1, ef, 2, c) == K4J_EINVAL, "f32 inf denom");
    CHECK(k4j_hist_uniform_f32(K4J_ISA_AUTO, xf, 2, 0, 1, 1, 1, NULL, 2, c) == K4J_EINVAL, "f32 no edges");
    CHECK(k4j_hist_uniform_i64(K4J_ISA_AUTO, NULL, 2, 0, 1, 1, e, 2, c) == K4J_EINVAL, "i64 no x");
    CHECK(k4j_hist_uniform_i32(K4J_ISA_AUTO, NULL, 0, 0, 1, 0, e, 2, c) == K4J_EINVAL, "i32 zero denom");
    CHECK(k4j_hist_uniform_f64(K4J_ISA_AUTO, x, 2, 0, 1, e, 0, c) == K4J_EINVAL, "f64 no bins");
    CHECK(k4j_hist_edges_f32(K4J_ISA_AUTO, xf, 2, e, 1, c) == K4J_EINVAL, "edges f32 one edge");
    CHECK(k4j_hist_edges_i64(K4J_ISA_AUTO, NULL, 1, e, 3, c) == K4J_EINVAL, "edges i64 no x");
    CHECK(c[0] == 0 && c[1] == 0, "counts untouched");
    CHECK(k4j_hist_edges_i32(K4J_ISA_AUTO, NULL, 0, e, 3, c) == K4J_OK, "edges i32 empty");
    double ws[2] = {0, 0}, wt[2] = {1, 2};
    CHECK(k4j_hist_wuniform_f64(K4J_ISA_AUTO, x, NULL, 2, 0, 1, e, 2, ws) == K4J_EINVAL, "wf64 no weights");
    CHECK(k4j_hist_wuniform_f64(K4J_ISA_AUTO, x, wt, 2, 1, 0, e, 2, ws) == K4J_EINVAL, "wf64 first > last");
    CHECK(k4j_hist_wuniform_f32(K4J_ISA_AUTO, xf, wt, 2, 0, 1, 1, 0, ef, 1 << 25, ws) == K4J_EINVAL, "wf32 narrow bins");
    CHECK(k4j_hist_wuniform_i64(K4J_ISA_AUTO, NULL, wt, 2, 0, 1, 1, e, 2, ws) == K4J_EINVAL, "wi64 no x");
    CHECK(k4j_hist_wuniform_i32(K4J_ISA_AUTO, NULL, NULL, 0, 0, 1, 1, e, 2, NULL) == K4J_EINVAL, "wi32 no sums");
    CHECK(ws[0] == 0 && ws[1] == 0, "sums untouched");
    CHECK(k4j_hist_wuniform_i32(K4J_ISA_AUTO, NULL, NULL, 0, 0, 1, 1, e, 2, ws) == K4J_OK, "wi32 empty");
}

int main(void) {
    rng_state = 0x2545f4914f6cdd1du;
    int32_t best = k4j_info_best_isa();
    const double ranges[][2] = {{0, 1}, {-3.3, 2.9}, {0.1, 0.7}, {-1e6, 1e6 + 0.5}, {123456.7, 123999.1}, {1e-3, 1.001e-3}};
    for (int32_t isa = K4J_ISA_BASELINE; isa >= 0 && isa <= best; isa = next_isa(isa))
        for (size_t r = 0; r < sizeof ranges / sizeof ranges[0]; r++) run(isa, ranges[r][0], ranges[r][1]);
    for (int32_t isa = K4J_ISA_BASELINE; isa >= 0 && isa <= best; isa = next_isa(isa)) weighted_bincount(isa);
    for (int32_t isa = K4J_ISA_BASELINE; isa >= 0 && isa <= best; isa = next_isa(isa))
        for (size_t r = 0; r < sizeof ranges / sizeof ranges[0]; r++) weighted_uniform(isa, ranges[r][0], ranges[r][1]);
    bad_arguments();
    if (failures) {
        fprintf(stderr, "%d failures\n", failures);
        return 1;
    }
    printf("test_hist: ok\n");
    return 0;
}
