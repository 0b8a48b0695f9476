/* A fuzz driver over every entry point of k4j.h: random sizes, contents
 * (NaN / Inf / -0.0 / denormal patterns, constants, runs), scalar arguments
 * (valid and not) and ISA paths. It checks memory safety only: every buffer
 * has canary bytes on both sides (AddressSanitizer and UBSan, in the
 * sanitizer build, check the rest), every call returns, and a status is one
 * the header documents. Correctness is the other tests' business.
 *
 * Seeded and plain C (gcc is enough): K4J_FUZZ_ITERS (default 2500) calls
 * from seed K4J_FUZZ_SEED (default fixed), so a failure replays. The same
 * file is a libFuzzer target when built with -DK4J_LIBFUZZER and clang
 * (-fsanitize=fuzzer,address,undefined): libFuzzer's bytes then drive the
 * same choices. docs/memory-safety.md has the commands for a long run. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "k4j.h"
#include "k4j_internal.h" /* the kernel list of the reduce, elementwise and scan families */
#include "test_util.h"    /* CHECK, failures, the xorshift64 rnd() */

static long calls;

/* ---- the random source: libFuzzer's bytes, else test_util.h's xorshift64 ------------------ */

static const uint8_t *fz_data;
static size_t fz_size, fz_pos;
#define FUZZ_DEFAULT_SEED 0x853c49e6748fea9bu

static uint64_t u64(void) {
    if (fz_data != NULL) {
        uint64_t v = 0;
        for (int i = 0; i < 8; i++) v = (v << 8) | (fz_pos < fz_size ? fz_data[fz_pos++] : 0);
        return v ^ (rng_state += 0x9e3779b97f4a7c15u); /* past the end: still varied */
    }
    return rnd();
}
static int64_t below(int64_t m) { return m > 0 ? (int64_t)(u64() % (uint64_t)m) : 0; }
static int chance(int percent) { return below(100) < percent; }

/* Sizes: mostly small, some around the sort's thresholds (384, 1024), some large. */
static int64_t pick_n(void) {
    switch (below(10)) {
    case 0: return below(3);
    case 1: case 2: case 3: return below(64);
    case 4: case 5: return below(1500);
    case 6: return 380 + below(10);
    case 7: return 1020 + below(10);
    case 8: return below(20000);
    default: return 20000 + below(60000);
    }
}

static double special(void) {
    static const double sp[] = {NAN, -NAN, INFINITY, -INFINITY, 0.0, -0.0, 1e-310, -4.9e-324, 1.7976931348623157e308,
                                -1.7976931348623157e308, 1.0, -1.0, 0.5, 3.0, 2.2250738585072014e-308, 1e38, 3.4e38};
    return sp[below((int64_t)(sizeof sp / sizeof sp[0]))];
}
static double scalar(void) {
    return chance(40) ? special() : chance(50) ? (double)(below(2001) - 1000) / 8.0 : (double)(int64_t)u64() * 1e-12;
}
static int32_t pick_isa(void) {
    switch (below(8)) {
    case 0: return K4J_ISA_AUTO;
    case 1: return (int32_t)u64();
    default: return (int32_t)below(3);
    }
}

/* ---- guarded buffers ------------------------------------------------------------------ */

#define GUARD 32
static void *galloc(size_t bytes) {
    unsigned char *p = malloc(bytes + 2 * GUARD);
    if (p == NULL) abort();
    memset(p, 0xA5, GUARD);
    memset(p + GUARD + bytes, 0x5A, GUARD);
    return p + GUARD;
}
static size_t gsize[64];
static void *gptr[64];
static int gcount;
/* A buffer of `bytes` that gfree_all checks and frees. */
static void *buf(size_t bytes) {
    void *p = galloc(bytes);
    gptr[gcount] = p;
    gsize[gcount++] = bytes;
    return p;
}
static void gfree_all(const char *what) {
    for (int i = 0; i < gcount; i++) {
        const unsigned char *p = (const unsigned char *)gptr[i] - GUARD;
        int ok = 1;
        for (int k = 0; k < GUARD; k++) ok &= p[k] == 0xA5 && p[GUARD + gsize[i] + (size_t)k] == 0x5A;
        CHECK(ok, "%s: canary of buffer %d (%zu bytes) overwritten", what, i, gsize[i]);
        free((void *)p);
    }
    gcount = 0;
}

/* Contents of n elements of width es (floating or not). */
static void fill(void *p, int64_t n, int es, int floating) {
    int mode = (int)below(7);
    uint64_t c = u64();
    for (int64_t i = 0; i < n; i++) {
        uint64_t b;
        switch (mode) {
        case 0: b = u64(); break;
        case 1: b = c; break;
        case 2: b = (uint64_t)i; break;
        case 3: b = (uint64_t)(n - i); break;
        case 4: b = (uint64_t)below(40) - 4; break;
        default:
            if (floating) {
                double v = chance(30) ? special() : scalar();
                if (es == 8) memcpy(&b, &v, 8);
                else {
                    float f = (float)v;
                    uint32_t u;
                    memcpy(&u, &f, 4);
                    b = u;
                }
            } else b = chance(20) ? (uint64_t)1 << (u64() % 64) : (uint64_t)below(100000) - 500;
        }
        if (floating && mode == 2) { /* ascending values, not bit patterns */
            double v = (double)i;
            if (es == 8) memcpy(&b, &v, 8);
            else {
                float f = (float)v;
                uint32_t u;
                memcpy(&u, &f, 4);
                b = u;
            }
        }
        memcpy((char *)p + (size_t)es * (size_t)i, &b, (size_t)es);
    }
}
/* A buffer of n elements with contents; NULL now and then (calls must then reject n > 0). */
static void *data(int64_t n, int es, int floating) {
    if (chance(2)) return NULL;
    void *p = buf((size_t)es * (size_t)(n > 0 ? n : 0));
    fill(p, n, es, floating);
    return p;
}

/* ---- reduce, elementwise, scan: the kernel list of k4j_internal.h -------------------------- */

#define WITH_ISA(...) (isa, __VA_ARGS__)
#define FUZZ_BASIC(ret, name, params, args, invalid, value)                                  \
    static void fuzz_##name(void) {                                                          \
        int es = strstr(#name, "_f32") != NULL ? 4 : 8;                                      \
        int32_t isa = pick_isa();                                                            \
        int64_t n = chance(3) ? -1 - below(5) : pick_n();                                    \
        int64_t m = n > 0 ? n : 0;                                                           \
        void *x = data(m, es, 1), *y = data(m, es, 1), *a = data(m, es, 1), *b = data(m, es, 1); \
        void *out = chance(20) ? x : chance(2) ? NULL : buf((size_t)es * (size_t)m);         \
        double s = scalar(), alpha = scalar(), lo = scalar(), hi = scalar(), mean = scalar(); \
        double carry = scalar();                                                             \
        (void)x, (void)y, (void)a, (void)b, (void)out, (void)s, (void)alpha, (void)lo;       \
        (void)hi, (void)mean, (void)carry;                                                   \
        ret r = k4j_##name WITH_ISA args;                                                    \
        (void)r;                                                                             \
        gfree_all(#name);                                                                    \
    }
K4J_BASIC_KERNELS(FUZZ_BASIC)
#define LIST_BASIC(ret, name, params, args, invalid, value) fuzz_##name,
static void (*const basic[])(void) = {K4J_BASIC_KERNELS(LIST_BASIC)};

/* ---- sort family -------------------------------------------------------------------------- */

enum { F64, F32, I64, I32 };
#define DT_CALL(dt, F, ...)                                                    \
    ((dt) == F64 ? k4j_##F##_f64(__VA_ARGS__) : (dt) == F32 ? k4j_##F##_f32(__VA_ARGS__) \
     : (dt) == I64 ? k4j_##F##_i64(__VA_ARGS__) : k4j_##F##_i32(__VA_ARGS__))

static int status_ok(int64_t st) { return st == K4J_OK || st == K4J_EINVAL || st == K4J_ENOMEM; }

/* nk ranks in [0, n), ascending; sometimes not (must be rejected). */
static int64_t *ranks(int64_t n, int64_t *nk) {
    *nk = below(6);
    int64_t *ks = buf(8 * (size_t)(*nk > 0 ? *nk : 1));
    for (int64_t j = 0; j < *nk; j++) ks[j] = n > 0 ? below(n) : 0;
    for (int64_t i = 1; i < *nk; i++)
        for (int64_t j = i; j > 0 && ks[j - 1] > ks[j]; j--) {
            int64_t t = ks[j];
            ks[j] = ks[j - 1];
            ks[j - 1] = t;
        }
    if (chance(10) && *nk > 0) ks[below(*nk)] = chance(50) ? -1 : n + below(3);
    if (chance(5) && *nk > 1) ks[0] = ks[*nk - 1] + 1;
    return ks;
}

/* Monotone bounds[nb + 1] within [0, nkeys]; sometimes broken (must be rejected). */
static int64_t *bounds_of(int64_t nkeys, int64_t nb) {
    int64_t *bd = buf(8 * (size_t)(nb + 1));
    for (int64_t j = 0; j <= nb; j++) bd[j] = nkeys > 0 ? below(nkeys + 1) : 0;
    for (int64_t i = 1; i <= nb; i++)
        for (int64_t j = i; j > 0 && bd[j - 1] > bd[j]; j--) {
            int64_t t = bd[j];
            bd[j] = bd[j - 1];
            bd[j - 1] = t;
        }
    if (chance(10)) bd[below(nb + 1)] = chance(50) ? -1 : nkeys + 1 + below(5);
    return bd;
}

static void fuzz_sort(void) {
    int dt = (int)below(4), es = dt == F64 || dt == I64 ? 8 : 4, fl = dt <= F32;
    int32_t isa = pick_isa();
    int64_t n = chance(3) ? -1 : pick_n(), m = n > 0 ? n : 0, st = 0;
    void *x = data(m, es, fl);
    int64_t nk;
    switch (below(12)) {
    case 0: st = DT_CALL(dt, sort_sort, isa, x, n, chance(10) && m <= K4J_SORT_STACK_MAX ? NULL : buf((size_t)es * (size_t)m)); break;
    case 1: {
        int64_t base = chance(5) ? INT64_MAX - below(3) : below(1000);
        void *keys_out = chance(50) ? NULL : buf((size_t)es * (size_t)m);
        void *scratch = chance(10) && m <= K4J_SORT_STACK_MAX ? NULL : buf((size_t)(2 * es + 8) * (size_t)m);
        st = DT_CALL(dt, sort_argsort, isa, x, n, base, buf(8 * (size_t)m), keys_out, scratch);
        break;
    }
    case 2: { int64_t *ks = ranks(m, &nk); st = DT_CALL(dt, sort_partition, isa, x, n, ks, nk); break; }
    case 3: {
        int64_t *ks = ranks(m, &nk);
        st = DT_CALL(dt, sort_select, isa, x, n, ks, nk, buf((size_t)es * (size_t)(nk + 1)), buf((size_t)es * (size_t)m));
        break;
    }
    case 4: case 5: {
        int64_t na = below(m + 1), nb = m - na, k = chance(10) ? m + 1 : below(m + 1);
        void *xb = x != NULL ? (void *)((char *)x + (size_t)es * (size_t)na) : NULL;
        if (below(2)) st = DT_CALL(dt, sort_corank, isa, x, na, xb, nb, k);
        else st = DT_CALL(dt, sort_keycorank, isa, x, na, xb, nb, k);
        CHECK(st >= -1 && st <= m, "corank %lld", (long long)st);
        st = below(2) ? DT_CALL(dt, sort_merge, isa, x, na, xb, nb, buf((size_t)es * (size_t)m))
                      : DT_CALL(dt, sort_argmerge, isa, x, data(na, 8, 0), na, xb,
                                data(nb, 8, 0), nb, buf(8 * (size_t)m));
        if (x == NULL) st = 0;
        break;
    }
    default: {
        /* the pass kernels: plan (or a random plan), count, then any of the rest */
        int64_t plan[K4J_SORT_PLAN_WORDS];
        int canon = chance(5) ? 2 : (int)below(2);
        int bits = chance(10) ? (int)below(40) - 10 : (int)below(K4J_SORT_PLAN_MAX_BITS + 1);
        st = DT_CALL(dt, sort_plan, isa, x, n, canon, bits, plan);
        CHECK(status_ok(st), "plan status %lld", (long long)st);
        if (st != K4J_OK || chance(10))
            for (int w = 0; w < K4J_SORT_PLAN_WORDS; w++) plan[w] = chance(50) ? (int64_t)u64() : below(20);
        int64_t pb = plan[1] >= 1 && plan[1] <= K4J_SORT_PLAN_MAX_BITS ? plan[1] : 1;
        int64_t nbk = (int64_t)1 << pb;
        int64_t *counts = buf(8 * (size_t)nbk);
        memset(counts, 0, 8 * (size_t)nbk);
        st = DT_CALL(dt, sort_count, isa, x, n, plan, counts);
        CHECK(st >= -1 && st <= m, "count returned %lld", (long long)st);
        int64_t *off = buf(8 * (size_t)nbk);
        int64_t sum = 0;
        for (int64_t j = 0; j < nbk; j++) {
            off[j] = chance(90) ? sum : chance(50) ? -1 : (int64_t)u64();
            sum += counts[j];
        }
        int64_t cap = chance(80) ? m : below(m + 1);
        void *dst = buf((size_t)es * (size_t)cap);
        int64_t *idst = buf(8 * (size_t)cap);
        switch (below(6)) {
        case 0: st = DT_CALL(dt, sort_scatter, isa, x, n, plan, off, chance(3) ? NULL : dst, cap); break;
        case 1: st = DT_CALL(dt, sort_argscatter, isa, x, n, chance(5) ? -1 : below(50), plan, off, dst, idst, cap); break;
        case 2: st = DT_CALL(dt, sort_gather, isa, x, n, plan, off, dst, cap); break;
        case 3: case 4: {
            fill(dst, cap, es, fl);
            int64_t nb = below(8), ntmp = chance(10) ? below(K4J_SORT_STACK_MAX) : K4J_SORT_STACK_MAX + below(100);
            int64_t *bd = bounds_of(cap, nb);
            int64_t *work = buf(8 * K4J_SORT_WORK_WORDS);
            void *tmp = buf((size_t)es * (size_t)(ntmp > 0 ? ntmp : 0));
            if (below(2)) {
                void *into = chance(50) ? NULL : buf((size_t)es * (size_t)cap);
                st = DT_CALL(dt, sort_buckets, isa, dst, cap, into, bd, nb, tmp, ntmp, work);
            } else {
                fill(idst, cap, 8, 0);
                st = DT_CALL(dt, sort_argbuckets, isa, dst, idst, cap, bd, nb, tmp, buf(8 * (size_t)(ntmp > 0 ? ntmp : 0)),
                             ntmp, work);
            }
            break;
        }
        default: {
            fill(dst, cap, es, fl);
            int64_t *ks = ranks(cap, &nk);
            st = DT_CALL(dt, sort_keyselect, isa, dst, cap, ks, nk, buf((size_t)es * (size_t)(nk + 1)));
        }
        }
    }
    }
    CHECK(status_ok(st) || st >= 0, "sort family status %lld", (long long)st);
    gfree_all("sort family");
}

/* ---- histograms --------------------------------------------------------------------------- */

static void fuzz_hist(void) {
    int dt = (int)below(4), es = dt == F64 || dt == I64 ? 8 : 4, fl = dt <= F32;
    int32_t isa = pick_isa();
    int64_t n = chance(3) ? -1 : pick_n(), m = n > 0 ? n : 0;
    void *x = data(m, es, fl);
    int32_t st = 0;
    switch (below(4)) {
    case 0: {
        /* bins usable with the buffers, or rejected ones (never a buffer sized by them) */
        int64_t bins = chance(90) ? 1 + below(3000) : chance(50) ? -below(3) : (int64_t)INT32_MAX + 1 + below(3);
        int64_t eb = bins >= 1 && bins <= 3000 ? bins : 0;
        double first = chance(80) ? scalar() : special(), last = chance(20) ? first : first + fabs(scalar());
        double denom = chance(80) ? last - first : scalar();
        int64_t *counts = buf(8 * (size_t)(eb > 0 ? eb : 1));
        memset(counts, 0, 8 * (size_t)(eb > 0 ? eb : 1));
        if (eb == 0) counts = chance(50) ? NULL : counts;
        if (dt == F32) {
            float *e = buf(4 * (size_t)(eb + 1));
            for (int64_t i = 0; i <= eb; i++) e[i] = chance(95) ? (float)(first + (double)i * (last - first) / (double)(eb ? eb : 1)) : (float)special();
            st = k4j_hist_uniform_f32(isa, x, n, (float)first, (float)last, denom, (int32_t)below(2), eb ? e : NULL, bins, counts);
        } else {
            double *e = buf(8 * (size_t)(eb + 1));
            for (int64_t i = 0; i <= eb; i++) e[i] = chance(95) ? (double)i * ((last - first) / (double)(eb ? eb : 1)) + first : special();
            if (eb) e[eb] = last;
            const double *ep = eb ? e : NULL;
            st = dt == F64 ? k4j_hist_uniform_f64(isa, x, n, first, last, ep, bins, counts)
                 : dt == I64 ? k4j_hist_uniform_i64(isa, x, n, first, last, denom, ep, bins, counts)
                             : k4j_hist_uniform_i32(isa, x, n, first, last, denom, ep, bins, counts);
        }
        break;
    }
    case 1: {
        int64_t ne = chance(5) ? below(2) : 2 + below(60);
        double *e = buf(8 * (size_t)(ne > 0 ? ne : 1));
        fill(e, ne, 8, 1);
        if (chance(70)) /* sorted, mostly */
            for (int64_t i = 1; i < ne; i++)
                for (int64_t j = i; j > 0 && e[j - 1] > e[j]; j--) {
                    double t = e[j];
                    e[j] = e[j - 1];
                    e[j - 1] = t;
                }
        int64_t *counts = buf(8 * (size_t)(ne > 1 ? ne - 1 : 1));
        st = DT_CALL(dt, hist_edges, isa, x, n, e, ne, counts);
        break;
    }
    default: {
        if (dt <= F32) dt = dt + 2;
        es = dt == I64 ? 8 : 4;
        void *xi = data(m, es, 0);
        int64_t nbins = chance(5) ? -1 : below(200);
        int64_t *counts = buf(8 * (size_t)(nbins > 0 ? nbins : 1));
        st = dt == I64 ? k4j_hist_bincount_i64(isa, xi, n, counts, nbins) : k4j_hist_bincount_i32(isa, xi, n, counts, nbins);
        CHECK(st == K4J_OK || st == K4J_EINVAL || st == K4J_ERANGE, "bincount status %d", st);
        double *w = data(m, 8, 1);
        double *sums = buf(8 * (size_t)(nbins > 0 ? nbins : 1));
        memset(sums, 0, 8 * (size_t)(nbins > 0 ? nbins : 1));
        st = dt == I64 ? k4j_hist_wbincount_i64(isa, xi, w, n, chance(3) ? NULL : sums, nbins)
                       : k4j_hist_wbincount_i32(isa, xi, w, n, sums, nbins);
        CHECK(st == K4J_OK || st == K4J_EINVAL || st == K4J_ERANGE, "wbincount status %d", st);
        int64_t *mm = buf(16);
        st = dt == I64 ? k4j_hist_range_i64(isa, xi, n, chance(3) ? NULL : mm) : k4j_hist_range_i32(isa, xi, n, mm);
    }
    }
    CHECK(st == K4J_OK || st == K4J_EINVAL, "hist status %d", st);
    gfree_all("hist");
}

/* ---- gemm, mem, info ---------------------------------------------------------------------------- */

static void fuzz_gemm(void) {
    int f32 = (int)below(2), es = f32 ? 4 : 8;
    int32_t isa = pick_isa();
    int64_t m = chance(3) ? -1 : below(40), n = below(40), k = chance(5) ? below(300) : below(40);
    int32_t ta = chance(10) ? 7 : (int32_t)below(2), tb = (int32_t)below(2);
    int64_t mm = m > 0 ? m : 0;
    int64_t ar = ta ? k : mm, ac = ta ? mm : k, br = tb ? n : k, bc = tb ? k : n;
    int64_t lda = (ac > 1 ? ac : 1) + (chance(10) ? -1 : below(3)), ldb = (bc > 1 ? bc : 1) + (chance(10) ? -1 : below(3));
    int64_t ldc = (n > 1 ? n : 1) + (chance(10) ? -1 : below(3));
    size_t asz = (size_t)es * (size_t)(ar * (lda > 0 ? lda : 0)), bsz = (size_t)es * (size_t)(br * (ldb > 0 ? ldb : 0));
    size_t csz = (size_t)es * (size_t)(mm * (ldc > 0 ? ldc : 0));
    void *a = buf(asz), *b = buf(bsz), *c = buf(csz);
    fill(a, (int64_t)(asz / (size_t)es), es, 1);
    fill(b, (int64_t)(bsz / (size_t)es), es, 1);
    fill(c, (int64_t)(csz / (size_t)es), es, 1);
    double alpha = chance(20) ? special() : scalar(), beta = chance(30) ? (double)below(2) : scalar();
    int64_t ws = f32 ? k4j_gemm_workspace_size_f32(isa, m, n, k) : k4j_gemm_workspace_size_f64(isa, m, n, k);
    void *w = ws > 0 && chance(50) ? buf((size_t)ws) : NULL;
    int32_t st = f32 ? k4j_gemm_gemm_f32(isa, ta, tb, m, n, k, (float)alpha, a, lda, b, ldb, (float)beta, c, ldc, w)
                     : k4j_gemm_gemm_f64(isa, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, w);
    CHECK(st == K4J_OK || st == K4J_EINVAL || st == K4J_ENOMEM, "gemm status %d", st);
    /* gemv on A as an m x n matrix with lda >= n */
    int64_t gn = ac, glda = lda;
    if (mm * glda * es <= (int64_t)asz || mm == 0) {
        int64_t xl = ta ? mm : gn, yl = ta ? gn : mm;
        void *xv = buf((size_t)es * (size_t)(xl > 0 ? xl : 0)), *yv = buf((size_t)es * (size_t)(yl > 0 ? yl : 0));
        fill(xv, xl, es, 1);
        fill(yv, yl, es, 1);
        st = f32 ? k4j_gemm_gemv_f32(isa, ta, m, gn, (float)alpha, ar == mm ? a : NULL, glda, xv, (float)beta, yv)
                 : k4j_gemm_gemv_f64(isa, ta, m, gn, alpha, ar == mm ? a : NULL, glda, xv, beta, yv);
        CHECK(st == K4J_OK || st == K4J_EINVAL, "gemv status %d", st);
    }
    gfree_all("gemm");
}

static void fuzz_mem_info(void) {
    int64_t bytes = chance(20) ? -below(3) : 1 + below(3 << 20);
    unsigned char *p = k4j_mem_alloc_huge(bytes);
    if (bytes <= 0) CHECK(p == NULL, "alloc of %lld bytes", (long long)bytes);
    if (p != NULL) {
        p[0] = 1;
        p[bytes - 1] = 2;
        CHECK(k4j_mem_free_huge(p, bytes) == K4J_OK, "free");
    }
    CHECK(k4j_mem_free_huge(NULL, bytes) == K4J_EINVAL, "free NULL");
    int32_t best = k4j_info_best_isa(), r = k4j_info_resolve_isa((int32_t)u64());
    CHECK(best >= 0 && best <= K4J_ISA_NEON && r >= 0 && r <= best, "isa %d %d", best, r);
    CHECK(k4j_info_abi_version() > 0, "abi");
}

/* The integer reductions: any n, NULL data, either width. */
static void fuzz_ireduce(void) {
    int i64 = (int)below(2), es = i64 ? 8 : 4;
    int32_t isa = pick_isa();
    int64_t n = chance(3) ? -1 - below(5) : pick_n(), m = n > 0 ? n : 0;
    void *x = data(m, es, 0);
    if (i64) {
        (void)k4j_reduce_isum_i64(isa, x, n);
        (void)k4j_reduce_iprod_i64(isa, x, n);
        (void)k4j_reduce_exactsum_i64(isa, x, n);
        int64_t a = k4j_reduce_iargmin_i64(isa, x, n), b = k4j_reduce_iargmax_i64(isa, x, n);
        CHECK(a >= -1 && a < (m > 0 ? m : 1) && b >= -1 && b < (m > 0 ? m : 1), "iarg %lld %lld", (long long)a, (long long)b);
    } else {
        (void)k4j_reduce_isum_i32(isa, x, n);
        (void)k4j_reduce_iprod_i32(isa, x, n);
        (void)k4j_reduce_exactsum_i32(isa, x, n);
        int64_t a = k4j_reduce_iargmin_i32(isa, x, n), b = k4j_reduce_iargmax_i32(isa, x, n);
        CHECK(a >= -1 && a < (m > 0 ? m : 1) && b >= -1 && b < (m > 0 ? m : 1), "iarg %lld %lld", (long long)a, (long long)b);
    }
    gfree_all("ireduce");
}

static void one_call(void) {
    calls++;
    switch (below(11)) {
    case 10: fuzz_ireduce(); break;
    case 0: case 1: case 2: basic[below((int64_t)(sizeof basic / sizeof basic[0]))](); break;
    case 3: case 4: case 5: fuzz_sort(); break;
    case 6: case 7: fuzz_hist(); break;
    case 8: fuzz_gemm(); break;
    default: fuzz_mem_info();
    }
}

#ifdef K4J_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fz_data = data;
    fz_size = size;
    fz_pos = 0;
    rng_state = FUZZ_DEFAULT_SEED;
    one_call();
    if (failures) abort();
    return 0;
}
#else
int main(void) {
    const char *it = getenv("K4J_FUZZ_ITERS"), *seed = getenv("K4J_FUZZ_SEED");
    long iters = it != NULL ? atol(it) : 2500;
    rng_state = seed != NULL ? strtoull(seed, NULL, 0) | 1 : FUZZ_DEFAULT_SEED;
    printf("fuzz: %ld calls from seed 0x%llx\n", iters, (unsigned long long)rng_state);
    for (long i = 0; i < iters; i++) one_call();
    printf("%ld calls, %d failed\n", calls, failures);
    return failures == 0 ? 0 : 1;
}
#endif
