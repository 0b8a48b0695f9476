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
/* The same, starting on a 64-byte line (the guard then starts 32 bytes into the
 * allocation's first line). */
static void *galloc64(size_t bytes) {
    unsigned char *base = aligned_alloc(64, (64 + bytes + GUARD + 63) / 64 * 64);
    if (base == NULL) abort();
    unsigned char *p = base + 64;
    memset(p - GUARD, 0xA5, GUARD);
    memset(p + bytes, 0x5A, GUARD);
    return p;
}
static size_t gsize[64];
static void *gptr[64];
static int galigned[64];
static int gcount;
static void *track(void *p, size_t bytes, int aligned) {
    if (gcount == 64) abort();
    gptr[gcount] = p;
    galigned[gcount] = aligned;
    gsize[gcount++] = bytes;
    return p;
}
/* A buffer of `bytes` that gfree_all checks and frees; buf64: 64-byte aligned. */
static void *buf(size_t bytes) { return track(galloc(bytes), bytes, 0); }
static void *buf64(size_t bytes) { return track(galloc64(bytes), bytes, 1); }
static void gfree_all(const char *what) {
    for (int i = 0; i < gcount; i++) {
        const unsigned char *p = (const unsigned char *)gptr[i] - GUARD;
        int ok = 1;
        for (int k = 0; k < GUARD; k++) ok &= p[k] == 0xA5 && p[GUARD + gsize[i] + (size_t)k] == 0x5A;
        CHECK(ok, "%s: canary of buffer %d (%zu bytes) overwritten", what, i, gsize[i]);
        free((void *)((const unsigned char *)gptr[i] - (galigned[i] ? 64 : GUARD)));
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
    switch (below(13)) {
    case 0: st = DT_CALL(dt, sort_sort, isa, x, n, chance(10) && m <= K4J_SORT_STACK_MAX ? NULL : buf((size_t)es * (size_t)m)); break;
    case 1: {
        int64_t base = chance(5) ? INT64_MAX - below(3) : below(1000);
        void *keys_out = chance(50) ? NULL : buf((size_t)es * (size_t)m);
        void *scratch = chance(10) && m <= K4J_SORT_STACK_MAX ? NULL : buf((size_t)(2 * es + 8) * (size_t)m);
        st = DT_CALL(dt, sort_argsort, isa, x, n, base, buf(8 * (size_t)m), keys_out, scratch);
        break;
    }
    case 2: { int64_t *ks = ranks(m, &nk); st = DT_CALL(dt, sort_partition, isa, x, n, ks, nk); break; }
    case 6: {
        int64_t *cfg = buf(8 * K4J_SORT_CONFIG_LEN);
        st = DT_CALL(dt, sort_config, isa, chance(10) ? NULL : cfg);
        if (st == K4J_OK) CHECK(cfg[0] >= 0 && cfg[0] <= 1 && cfg[1] >= 0 && cfg[1] <= 2 && cfg[2] >= 0 && cfg[2] <= 64,
                                "sort config %lld %lld %lld", (long long)cfg[0], (long long)cfg[1], (long long)cfg[2]);
        int64_t bn = chance(10) ? -1 - below(1000) : chance(10) ? INT64_MAX - below(3) : (int64_t)(u64() >> below(64));
        int32_t canon = chance(10) ? (int32_t)below(7) - 3 : (int32_t)below(2);
        int32_t bits = DT_CALL(dt, sort_bits, isa, bn, canon);
        if (bn < 0 || (canon != 0 && canon != 1)) CHECK(bits == K4J_EINVAL, "sort bits n %lld canon %d: %d", (long long)bn, canon, bits);
        else CHECK(bits >= 6 && bits <= 11, "sort bits n %lld canon %d: %d", (long long)bn, canon, bits);
        break;
    }
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
        switch (below(8)) {
        case 0: st = DT_CALL(dt, sort_scatter, isa, x, n, plan, off, chance(3) ? NULL : dst, cap); break;
        case 6: case 7: {
            /* a run in 1-4 pieces through the state carried between them: any contents, and now
             * and then too small, misaligned, NULL or with bad flags */
            int arg = (int)below(2), pieces = 1 + (int)below(4);
            int64_t full = K4J_SORT_SCATTER_STATE_BYTES(pb);
            int64_t sbytes = chance(80) ? full : chance(50) ? below(full + 1) : -1 - below(3);
            int mis = chance(10) ? 8 : 0;
            char *state = chance(5) ? NULL : (char *)buf64((size_t)(sbytes > 0 ? sbytes : 0) + (size_t)mis) + mis;
            if (state != NULL && chance(50)) fill(state, (sbytes > 0 ? (sbytes < (1 << 16) ? sbytes : 1 << 16) : 0) / 8, 8, 0);
            int64_t at = 0, base = below(50);
            for (int q = 0; q < pieces; q++) {
                int64_t len = q == pieces - 1 ? m - at : below(m - at + 1);
                int32_t flags = (q == 0 ? K4J_SCATTER_FIRST : 0) | (q == pieces - 1 ? K4J_SCATTER_LAST : 0);
                if (chance(5)) flags = (int32_t)below(8);
                const void *xp = x != NULL ? (const char *)x + (size_t)es * (size_t)at : NULL;
                int64_t ln = n < 0 ? n : len;
                st = arg ? DT_CALL(dt, sort_argscatter_piece, isa, xp, ln, base + at, plan, off, dst, idst, cap, state,
                                   sbytes, flags)
                         : DT_CALL(dt, sort_scatter_piece, isa, xp, ln, plan, off, dst, cap, state, sbytes, flags);
                CHECK(status_ok(st), "scatter piece status %lld", (long long)st);
                at += len;
            }
            break;
        }
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
        if (chance(40)) { /* weighted: the same checks plus the weights */
            const double *w = data(m, 8, 1);
            double *sums = buf(8 * (size_t)(eb > 0 ? eb : 1));
            memset(sums, 0, 8 * (size_t)(eb > 0 ? eb : 1));
            if (eb == 0) sums = chance(50) ? NULL : sums;
            if (dt == F32) {
                float *e = buf(4 * (size_t)(eb + 1));
                for (int64_t i = 0; i <= eb; i++) e[i] = (float)(first + (double)i * (last - first) / (double)(eb ? eb : 1));
                st = k4j_hist_wuniform_f32(isa, x, w, n, (float)first, (float)last, denom, (int32_t)below(2), eb ? e : NULL,
                                           bins, sums);
            } else {
                double *e = buf(8 * (size_t)(eb + 1));
                for (int64_t i = 0; i <= eb; i++) e[i] = chance(95) ? (double)i * ((last - first) / (double)(eb ? eb : 1)) + first : special();
                const double *ep = eb ? e : NULL;
                st = dt == F64 ? k4j_hist_wuniform_f64(isa, x, w, n, first, last, ep, bins, sums)
                     : dt == I64 ? k4j_hist_wuniform_i64(isa, x, w, n, first, last, denom, ep, bins, sums)
                                 : k4j_hist_wuniform_i32(isa, x, w, n, first, last, denom, ep, bins, sums);
            }
            break;
        }
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
        int64_t lo = chance(5) ? -1 - below(3) : below(300), hi = lo + (chance(5) ? -1 : below(200));
        double *part = buf(8 * (size_t)(hi > lo ? hi - lo : 1));
        memset(part, 0, 8 * (size_t)(hi > lo ? hi - lo : 1));
        int64_t added = dt == I64 ? k4j_hist_wbincount_part_i64(isa, xi, w, n, chance(3) ? NULL : part, lo, hi)
                                  : k4j_hist_wbincount_part_i32(isa, xi, w, n, part, lo, hi);
        CHECK(added >= -1 && added <= m, "wbincount_part returned %lld", (long long)added);
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
    if (chance(50)) { /* op(B) packed in panel ranges (some out of range), then gemm on it */
        int64_t psz = f32 ? k4j_gemm_packb_size_f32(isa, k, n) : k4j_gemm_packb_size_f64(isa, k, n);
        int64_t np = f32 ? k4j_gemm_packb_panels_f32(isa, k, n) : k4j_gemm_packb_panels_f64(isa, k, n);
        CHECK(psz >= 0 && np >= 0, "packb size %lld panels %lld", (long long)psz, (long long)np);
        int64_t db = chance(90) ? psz : below(psz + 1);
        int mis = chance(10) ? 8 : 0;
        char *pk = (char *)buf64((size_t)db + (size_t)mis) + mis;
        if (chance(50)) fill(pk, db / es, es, 1);
        for (int64_t q0 = chance(5) ? -1 : 0; q0 < np;) {
            int64_t q1 = chance(5) ? np + 1 : q0 + 1 + below(np - q0);
            st = f32 ? k4j_gemm_packb_f32(isa, tb, k, n, b, ldb, q0, q1, pk, db)
                     : k4j_gemm_packb_f64(isa, tb, k, n, b, ldb, q0, q1, pk, db);
            CHECK(st == K4J_OK || st == K4J_EINVAL, "packb status %d", st);
            q0 = q1 > q0 ? q1 : q0 + 1;
        }
        st = f32 ? k4j_gemm_gemm_packed_f32(isa, ta, m, n, k, (float)alpha, a, lda, pk, db, (float)beta, c, ldc, w)
                 : k4j_gemm_gemm_packed_f64(isa, ta, m, n, k, alpha, a, lda, pk, db, beta, c, ldc, w);
        CHECK(st == K4J_OK || st == K4J_EINVAL || st == K4J_ENOMEM, "gemm_packed status %d", st);
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
    int32_t pisa = pick_isa();
    int64_t rounds = chance(10) ? -1 - below(3) : below(200);
    int64_t flops = below(2) ? k4j_probe_fma_f64(pisa, rounds) : k4j_probe_fma_f32(pisa, rounds);
    CHECK(rounds < 0 ? flops == -1 : flops >= 0, "probe %lld rounds: %lld", (long long)rounds, (long long)flops);
    int64_t *cfg = buf(8 * 11);
    int32_t st = below(2) ? k4j_gemm_config_f64(pisa, chance(10) ? NULL : cfg) : k4j_gemm_config_f32(pisa, cfg);
    CHECK(st == K4J_OK || st == K4J_EINVAL, "gemm config status %d", st);
    gfree_all("probe");
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

/* ---- mask and axis families ---------------------------------------------------------------- */

static double fz_f64(void) { return chance(30) ? special() : scalar(); }
static float fz_f32(void) { return (float)fz_f64(); }
static int64_t fz_i64(void) { return chance(30) ? (int64_t)u64() : below(200) - 100; }
static int32_t fz_i32(void) { return (int32_t)fz_i64(); }

/* One call of the mask kernels common to all dtypes: typed scalars, masks of any bytes,
 * outputs NULL now and then (rejected when n > 0). */
#define FUZZ_MASK_COMMON(SFX, T, FL)                                                                  \
    static int64_t fuzz_mask_##SFX(int32_t isa, int64_t n, int64_t m, int pick) {                   \
        T *a = data(m, (int)sizeof(T), FL), *b = data(m, (int)sizeof(T), FL);                          \
        uint8_t *mk = data(m, 1, 0), *mo = chance(2) ? NULL : buf((size_t)m);                         \
        T *out = chance(2) ? NULL : buf(sizeof(T) * (size_t)m);                                        \
        T s = fz_##SFX(), u = fz_##SFX();                                                             \
        int32_t op = chance(5) ? (int32_t)below(20) - 7 : (int32_t)below(6);                          \
        switch (pick) {                                                                               \
        case 0: return k4j_mask_cmp_##SFX(isa, op, a, b, mo, n);                                     \
        case 1: return k4j_mask_cmps_##SFX(isa, op, a, s, mo, n);                                    \
        case 2: return k4j_mask_where_##SFX(isa, mk, a, b, out, n);                                  \
        case 3: return k4j_mask_wheres_##SFX(isa, mk, a, s, (int32_t)below(3), out, n);              \
        case 4: return k4j_mask_wheress_##SFX(isa, mk, s, u, out, n);                                \
        case 5: {                                                                                     \
            int64_t c = k4j_mask_countnz_##SFX(isa, a, n);                                           \
            CHECK(c >= -1 && c <= m, "countnz %lld of %lld", (long long)c, (long long)m);            \
            return K4J_OK;                                                                            \
        }                                                                                             \
        default: {                                                                                    \
            int32_t r = pick == 6 ? k4j_mask_any_##SFX(isa, a, n) : k4j_mask_all_##SFX(isa, a, n);  \
            CHECK(r == 0 || r == 1 || r == K4J_EINVAL, "any/all %d", r);                            \
            return K4J_OK;                                                                            \
        }                                                                                             \
        }                                                                                             \
    }
FUZZ_MASK_COMMON(f64, double, 1)
FUZZ_MASK_COMMON(f32, float, 1)
FUZZ_MASK_COMMON(i64, int64_t, 0)
FUZZ_MASK_COMMON(i32, int32_t, 0)

/* The predicates of the floating dtypes. */
#define FUZZ_MASK_FLOAT(SFX, T)                                                                       \
    static int64_t fuzz_maskf_##SFX(int32_t isa, int64_t n, int64_t m, int pick) {                  \
        T *x = data(m, (int)sizeof(T), 1), *out = chance(2) ? NULL : buf(sizeof(T) * (size_t)m);       \
        uint8_t *mo = chance(2) ? NULL : buf((size_t)m);                                              \
        switch (pick) {                                                                               \
        case 0: return k4j_mask_isnan_##SFX(isa, x, mo, n);                                          \
        case 1: return k4j_mask_isinf_##SFX(isa, x, mo, n);                                          \
        case 2: return k4j_mask_isfinite_##SFX(isa, x, mo, n);                                       \
        default: return k4j_mask_nantonum_##SFX(isa, x, fz_##SFX(), fz_##SFX(), fz_##SFX(), out, n);  \
        }                                                                                             \
    }
FUZZ_MASK_FLOAT(f64, double)
FUZZ_MASK_FLOAT(f32, float)

static void fuzz_mask(void) {
    int32_t isa = pick_isa();
    int64_t n = chance(3) ? -1 - below(5) : pick_n(), m = n > 0 ? n : 0, st;
    int pick = (int)below(8);
    switch (below(7)) {
    case 0: st = fuzz_mask_f64(isa, n, m, pick); break;
    case 1: st = fuzz_mask_f32(isa, n, m, pick); break;
    case 2: st = fuzz_mask_i64(isa, n, m, pick); break;
    case 3: st = fuzz_mask_i32(isa, n, m, pick); break;
    case 4: st = fuzz_maskf_f64(isa, n, m, pick % 4); break;
    case 5: st = fuzz_maskf_f32(isa, n, m, pick % 4); break;
    default: {
        uint8_t *x = data(m, 1, 0);
        int64_t c = k4j_mask_countnz_b8(isa, x, n);
        CHECK(c >= -1 && c <= m, "countnz_b8 %lld", (long long)c);
        int32_t r = below(2) ? k4j_mask_any_b8(isa, x, n) : k4j_mask_all_b8(isa, x, n);
        CHECK(r == 0 || r == 1 || r == K4J_EINVAL, "any/all b8 %d", r);
        st = K4J_OK;
    }
    }
    CHECK(status_ok(st), "mask status %lld", (long long)st);
    gfree_all("mask");
}

/* Column reductions of a rows x cols block with leading dimension ld: the buffer holds
 * exactly the (rows - 1) * ld + cols elements the arguments describe (when valid). */
static void fuzz_axis(void) {
    int f32 = (int)below(2), es = f32 ? 4 : 8;
    int32_t isa = pick_isa();
    int64_t rows = chance(3) ? -1 - below(3) : chance(10) ? 0 : below(300);
    int64_t cols = chance(3) ? -1 - below(3) : chance(5) ? 0 : below(200);
    int64_t ld = (cols > 0 ? cols : 0) + (chance(40) ? below(20) : 0) - (chance(5) ? 1 : 0);
    int64_t need = rows > 0 && cols > 0 && ld >= cols ? (rows - 1) * ld + cols : 0, cn = cols > 0 ? cols : 0;
    void *x = chance(3) ? NULL : buf((size_t)es * (size_t)need);
    if (x != NULL) fill(x, need, es, 1);
    double *out = chance(3) ? NULL : buf(8 * (size_t)cn), *center = chance(10) ? NULL : data(cn, 8, 1);
    int64_t *nanc = chance(50) ? NULL : buf(8 * (size_t)cn);
    int32_t term = chance(5) ? (int32_t)below(12) - 4 : (int32_t)below(4), st;
    if (below(2))
        st = f32 ? k4j_axis_colsum_f32(isa, x, rows, cols, ld, term, center, out, nanc)
                 : k4j_axis_colsum_f64(isa, x, rows, cols, ld, term, center, out, nanc);
    else
        st = f32 ? k4j_axis_colext_f32(isa, x, rows, cols, ld, term, out)
                 : k4j_axis_colext_f64(isa, x, rows, cols, ld, term, out);
    CHECK(st == K4J_OK || st == K4J_EINVAL, "axis status %d", st);
    gfree_all("axis");
}

static void one_call(void) {
    calls++;
    switch (below(13)) {
    case 10: fuzz_ireduce(); break;
    case 11: fuzz_mask(); break;
    case 12: fuzz_axis(); break;
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
