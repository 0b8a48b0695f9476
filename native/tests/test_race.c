/* Memory safety of the kernels whose passes could disagree about the data:
 * the input changes between the passes of the sort family's pass kernels
 * (plan / count, then scatter / argscatter / gather / buckets / argbuckets /
 * keyselect on data that no longer matches), the offsets and bounds hold
 * anything, and a writer thread rewrites the arrays while the whole kernels
 * (sort, argsort, partition, select, histograms, bincount, argmin / argmax)
 * and the pass pipeline run on them. Every dtype, every ISA path the CPU has.
 *
 * What is checked: nothing outside the arrays is read or written (canary
 * bytes on both sides of every buffer here; AddressSanitizer catches the rest
 * in the sanitizer build), every call returns, and a call on fresh data
 * afterwards is correct. The results under a race are unspecified and not
 * checked.
 *
 * K4J_RACE_MS (environment) sets the writer-thread time per kernel and dtype
 * in milliseconds (default 60). */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "k4j.h"

#include "test_util.h"

enum { F64, F32, I64, I32, NDT };
static const char *dt_name[NDT] = {"f64", "f32", "i64", "i32"};
static const size_t dt_size[NDT] = {8, 4, 8, 4};

/* ---- guarded buffers: canaries on both sides ------------------------------------------ */

#define GUARD 64
static void *galloc(size_t bytes) {
    unsigned char *p = malloc(bytes + 2 * GUARD);
    if (p == NULL) abort();
    memset(p, 0xA5, GUARD);
    memset(p + GUARD, 0, bytes);
    memset(p + GUARD + bytes, 0x5A, GUARD);
    return p + GUARD;
}
static void gcheck(const void *q, size_t bytes, const char *what) {
    const unsigned char *p = (const unsigned char *)q - GUARD;
    int ok = 1;
    for (int i = 0; i < GUARD; i++) ok &= p[i] == 0xA5 && p[GUARD + bytes + (size_t)i] == 0x5A;
    CHECK(ok, "canary of %s overwritten", what);
}
static void gfree(void *q) { free((unsigned char *)q - GUARD); }

/* ---- sort keys (k4j.h "sort"), widened to 64 bits --------------------------------------- */

static const int ref_kind[NDT] = {REF_F64, REF_F32, REF_I64, REF_I32};
static uint64_t key_of(int dt, const void *p) { return ref_key((const unsigned char *)p, ref_kind[dt]); }
/* argsort's canonical key: every NaN the top key, -0.0 that of +0.0. */
static uint64_t canon_of(int dt, const void *p) {
    if (dt == F64) {
        double v;
        memcpy(&v, p, 8);
        if (v != v) return UINT64_MAX;
        if (v == 0) return key_of(dt, &(double){0.0});
    } else if (dt == F32) {
        float v;
        memcpy(&v, p, 4);
        if (v != v) return UINT32_MAX;
        if (v == 0) return key_of(dt, &(float){0.0f});
    }
    return key_of(dt, p);
}

/* ---- contents: random and adversarial ------------------------------------------------ */

enum { M_RANDOM, M_CONST, M_ASCENDING, M_DESCENDING, M_ONES, M_SPLIT, M_SMALL, M_NAN_INF, NMODES };

static uint64_t value_bits(int dt, double v) {
    switch (dt) {
    case F64: { uint64_t b; memcpy(&b, &v, 8); return b; }
    case F32: { float f = (float)v; uint32_t b; memcpy(&b, &f, 4); return b; }
    case I64: return (uint64_t)(int64_t)v;
    default: return (uint32_t)(int32_t)v;
    }
}

/* Fills x[0, n) (volatile stores: the writer thread's stores must happen). */
static void fill_mode(int dt, void *x, int64_t n, int mode, uint64_t *state) {
    uint64_t s = *state;
#define NEXT() (s ^= s << 13, s ^= s >> 7, s ^= s << 17, s)
    uint64_t c = NEXT(), d = NEXT();
    volatile unsigned char *vx = x;
    for (int64_t i = 0; i < n; i++) {
        uint64_t b;
        switch (mode) {
        case M_RANDOM: b = NEXT(); break;
        case M_CONST: b = c; break;
        case M_ASCENDING: b = value_bits(dt, (double)i); break;
        case M_DESCENDING: b = value_bits(dt, (double)(n - i)); break;
        case M_ONES: b = ~UINT64_C(0); break;
        case M_SPLIT: b = i < n / 2 ? c : d; break;
        case M_SMALL: b = value_bits(dt, (double)(NEXT() % 40) - 4.0); break;
        default: {
            static const double sp[] = {NAN, -NAN, INFINITY, -INFINITY, 0.0, -0.0, 1e308, -1e308};
            b = value_bits(dt, dt <= F32 ? sp[NEXT() % 8] : (double)(int64_t)(NEXT() % 7) - 3.0);
        }
        }
        if (dt_size[dt] == 8) {
            for (int k = 0; k < 8; k++) vx[8 * i + k] = (unsigned char)(b >> (8 * k));
        } else {
            for (int k = 0; k < 4; k++) vx[4 * i + k] = (unsigned char)(b >> (8 * k));
        }
    }
#undef NEXT
    *state = s;
}

/* ---- the kernels, by dtype ------------------------------------------------------------- */

#define DT_SWITCH(dt, F, ...)                                          \
    switch (dt) {                                                       \
    case F64: return k4j_##F##_f64(__VA_ARGS__);                        \
    case F32: return k4j_##F##_f32(__VA_ARGS__);                        \
    case I64: return k4j_##F##_i64(__VA_ARGS__);                        \
    default: return k4j_##F##_i32(__VA_ARGS__);                         \
    }

static int32_t c_sort(int dt, int32_t isa, void *x, int64_t n, void *scratch) { DT_SWITCH(dt, sort_sort, isa, x, n, scratch) }
static int32_t c_argsort(int dt, int32_t isa, const void *x, int64_t n, int64_t *out, void *scratch) {
    DT_SWITCH(dt, sort_argsort, isa, x, n, 0, out, NULL, scratch)
}
static int32_t c_partition(int dt, int32_t isa, void *x, int64_t n, const int64_t *ks, int64_t nk) {
    DT_SWITCH(dt, sort_partition, isa, x, n, ks, nk)
}
static int32_t c_select(int dt, int32_t isa, const void *x, int64_t n, const int64_t *ks, int64_t nk, void *vals,
                        void *scratch) {
    DT_SWITCH(dt, sort_select, isa, x, n, ks, nk, vals, scratch)
}
static int32_t c_plan(int dt, int32_t isa, const void *x, int64_t n, int canon, int bits, int64_t *plan) {
    DT_SWITCH(dt, sort_plan, isa, x, n, canon, bits, plan)
}
static int64_t c_count(int dt, int32_t isa, const void *x, int64_t n, const int64_t *plan, int64_t *counts) {
    DT_SWITCH(dt, sort_count, isa, x, n, plan, counts)
}
static int32_t c_scatter(int dt, int32_t isa, const void *x, int64_t n, const int64_t *plan, int64_t *off, void *dst,
                         int64_t cap) {
    DT_SWITCH(dt, sort_scatter, isa, x, n, plan, off, dst, cap)
}
static int32_t c_argscatter(int dt, int32_t isa, const void *x, int64_t n, int64_t base, const int64_t *plan,
                            int64_t *off, void *kdst, int64_t *idst, int64_t cap) {
    DT_SWITCH(dt, sort_argscatter, isa, x, n, base, plan, off, kdst, idst, cap)
}
static int32_t c_gather(int dt, int32_t isa, const void *x, int64_t n, const int64_t *plan, int64_t *off, void *dst,
                        int64_t cap) {
    DT_SWITCH(dt, sort_gather, isa, x, n, plan, off, dst, cap)
}
static int32_t c_buckets(int dt, int32_t isa, void *keys, int64_t nkeys, void *dst, const int64_t *bounds, int64_t nb,
                         void *tmp, int64_t ntmp, int64_t *work) {
    DT_SWITCH(dt, sort_buckets, isa, keys, nkeys, dst, bounds, nb, tmp, ntmp, work)
}
static int32_t c_buckets_at(int dt, int32_t isa, void *keys, int64_t nkeys, const int64_t *kstart, void *dst,
                            int64_t ndst, const int64_t *bounds, int64_t nb, void *tmp, int64_t ntmp, int64_t *work) {
    DT_SWITCH(dt, sort_buckets_at, isa, keys, nkeys, kstart, dst, ndst, bounds, nb, tmp, ntmp, work)
}
static int32_t c_argbuckets(int dt, int32_t isa, void *keys, int64_t *idx, int64_t nkeys, const int64_t *bounds,
                            int64_t nb, void *ktmp, int64_t *itmp, int64_t ntmp, int64_t *work) {
    DT_SWITCH(dt, sort_argbuckets, isa, keys, idx, nkeys, bounds, nb, ktmp, itmp, ntmp, work)
}
static int32_t c_keyselect(int dt, int32_t isa, void *keys, int64_t n, const int64_t *ks, int64_t nk, void *vals) {
    DT_SWITCH(dt, sort_keyselect, isa, keys, n, ks, nk, vals)
}
static int32_t c_edges(int dt, int32_t isa, const void *x, int64_t n, const double *e, int64_t ne, int64_t *counts) {
    DT_SWITCH(dt, hist_edges, isa, x, n, e, ne, counts)
}
/* Uniform bins over [-2, 30] (numpy's linspace edges). */
static int32_t c_uniform(int dt, int32_t isa, const void *x, int64_t n, int64_t bins, const double *e64,
                         const float *e32, int64_t *counts) {
    switch (dt) {
    case F64: return k4j_hist_uniform_f64(isa, x, n, -2.0, 30.0, e64, bins, counts);
    case F32: return k4j_hist_uniform_f32(isa, x, n, -2.0f, 30.0f, 32.0, (int32_t)(n & 1), e32, bins, counts);
    case I64: return k4j_hist_uniform_i64(isa, x, n, -2.0, 30.0, 32.0, e64, bins, counts);
    default: return k4j_hist_uniform_i32(isa, x, n, -2.0, 30.0, 32.0, e64, bins, counts);
    }
}

static int32_t isas[3];
static int nisa;

/* ---- 1. the input changes between the passes -------------------------------------------- */

/* Counts of 3 uneven pieces turned into per-piece offsets (bucket-major, as the
 * Java planner does); bounds[nb + 1] of the buckets. */
static void offsets_from_rows(int64_t *rows, int64_t nb, int64_t *bounds) {
    int64_t sum = 0;
    for (int64_t b = 0; b < nb; b++) {
        bounds[b] = sum;
        for (int p = 0; p < 3; p++) {
            int64_t c = rows[p * nb + b];
            rows[p * nb + b] = sum;
            sum += c;
        }
    }
    bounds[nb] = sum;
}

static void pass_race(int dt, int32_t isa, int64_t n, int canon, int before, int after, uint64_t *state) {
    size_t es = dt_size[dt];
    void *x = galloc(es * (size_t)n);
    fill_mode(dt, x, n, before, state);
    int64_t plan[K4J_SORT_PLAN_WORDS];
    CHECK(c_plan(dt, isa, x, n, canon, 0, plan) == K4J_OK, "plan");
    int64_t nb = (int64_t)1 << plan[1];
    int64_t cuts[4] = {0, n / 3, n / 3 + n / 5, n};
    int64_t *rows = calloc((size_t)(3 * nb), 8), *counts = calloc((size_t)nb, 8), *bounds = malloc(8 * (size_t)(nb + 1));
    for (int p = 0; p < 3; p++)
        CHECK(c_count(dt, isa, (char *)x + es * (size_t)cuts[p], cuts[p + 1] - cuts[p], plan, rows + p * nb) >= 0, "count");
    for (int64_t b = 0; b < nb; b++) counts[b] = rows[b] + rows[nb + b] + rows[2 * nb + b];
    offsets_from_rows(rows, nb, bounds);
    CHECK(bounds[nb] == n, "counts add up to n");

    /* x changes: the counts no longer describe it */
    fill_mode(dt, x, n, after, state);

    void *keys = galloc(es * (size_t)n), *keys2 = galloc(es * (size_t)n);
    int64_t *idx = galloc(8 * (size_t)n);
    for (int p = 0; p < 3; p++) {
        const void *xp = (char *)x + es * (size_t)cuts[p];
        int64_t len = cuts[p + 1] - cuts[p];
        int32_t st = canon ? c_argscatter(dt, isa, xp, len, cuts[p], plan, rows + p * nb, keys, idx, n)
                           : c_scatter(dt, isa, xp, len, plan, rows + p * nb, keys, n);
        CHECK(st == K4J_OK, "scatter status %d", st);
    }
    gcheck(keys, es * (size_t)n, "scatter keys");
    gcheck(idx, 8 * (size_t)n, "argscatter indices");
    memcpy(keys2, keys, es * (size_t)n);

    int64_t *work = malloc(8 * K4J_SORT_WORK_WORDS);
    void *ktmp = galloc(8 * K4J_SORT_STACK_MAX);
    int64_t *itmp = galloc(8 * K4J_SORT_STACK_MAX);
    for (int64_t j = 0; j < nb;) { /* uneven groups, the smallest scratch */
        int64_t g = 1 + (j % 4);
        if (j + g > nb) g = nb - j;
        int32_t st = canon ? c_argbuckets(dt, isa, keys, idx, n, bounds + j, g, ktmp, itmp, K4J_SORT_STACK_MAX, work)
                           : c_buckets(dt, isa, keys, n, NULL, bounds + j, g, ktmp, K4J_SORT_STACK_MAX, work);
        CHECK(st == K4J_OK, "buckets status %d", st);
        j += g;
    }
    /* the other mode of buckets: sorted elements into x, which changes again meanwhile (below, threaded) */
    CHECK(c_buckets(dt, isa, keys2, n, x, bounds, nb, NULL, 0, work) == K4J_OK, "buckets into dst");
    gcheck(keys, es * (size_t)n, "bucket keys");
    gcheck(keys2, es * (size_t)n, "bucket keys (into)");
    gcheck(idx, 8 * (size_t)n, "bucket indices");
    gcheck(ktmp, 8 * K4J_SORT_STACK_MAX, "bucket tmp");
    gcheck(itmp, 8 * K4J_SORT_STACK_MAX, "bucket itmp");
    gcheck(x, es * (size_t)n, "x");

    /* selection: the counts from before, the gather from the changed x into exactly the wanted regions */
    fill_mode(dt, x, n, (after + 3) % NMODES, state);
    int64_t ranks[3] = {0, n / 2, n - 1}, start = 0, filled = 0;
    int64_t *goff = malloc(8 * (size_t)nb);
    int j = 0;
    for (int64_t b = 0; b < nb; b++) {
        int64_t end = start + counts[b];
        goff[b] = -1;
        if (j < 3 && ranks[j] < end) {
            goff[b] = filled;
            filled += counts[b];
            while (j < 3 && ranks[j] < end) j++;
        }
        start = end;
    }
    void *gathered = galloc(es * (size_t)(filled > 0 ? filled : 1));
    CHECK(c_gather(dt, isa, x, n, plan, goff, gathered, filled) == K4J_OK, "gather");
    gcheck(gathered, es * (size_t)(filled > 0 ? filled : 1), "gathered");
    start = 0;
    filled = 0;
    j = 0;
    for (int64_t b = 0; b < nb && j < 3; b++) {
        int64_t end = start + counts[b];
        if (ranks[j] < end) {
            int64_t local[3], first = j;
            while (j < 3 && ranks[j] < end) {
                local[j - first] = ranks[j] - start;
                j++;
            }
            uint64_t vals[3];
            CHECK(c_keyselect(dt, isa, (char *)gathered + es * (size_t)filled, counts[b], local, j - first, vals) ==
                      K4J_OK, "keyselect");
            filled += counts[b];
        }
        start = end;
    }
    gcheck(gathered, es * (size_t)(filled > 0 ? filled : 1), "keyselect keys");

    gfree(x);
    gfree(keys);
    gfree(keys2);
    gfree(idx);
    gfree(ktmp);
    gfree(itmp);
    gfree(gathered);
    free(rows);
    free(counts);
    free(bounds);
    free(goff);
    free(work);
}

/* Offsets and bounds with arbitrary contents: the writes stay in [0, cap). */
static void arbitrary_offsets(int dt, int32_t isa, uint64_t *state) {
    size_t es = dt_size[dt];
    int64_t n = 5000, cap = 777;
    void *x = galloc(es * (size_t)n);
    fill_mode(dt, x, n, M_RANDOM, state);
    int64_t plan[K4J_SORT_PLAN_WORDS];
    for (int canon = 0; canon < 2; canon++) {
        CHECK(c_plan(dt, isa, x, n, canon, 7, plan) == K4J_OK, "plan");
        int64_t nb = (int64_t)1 << plan[1];
        int64_t *off = malloc(8 * (size_t)nb);
        void *dst = galloc(es * (size_t)cap);
        int64_t *idst = galloc(8 * (size_t)cap);
        for (int round = 0; round < 6; round++) {
            for (int64_t b = 0; b < nb; b++) {
                uint64_t r = rnd();
                switch (round) {
                case 0: off[b] = (int64_t)r; break;                         /* anything */
                case 1: off[b] = (int64_t)(r % (uint64_t)(3 * cap)) - cap; break; /* around the buffer */
                case 2: off[b] = INT64_MAX - (int64_t)(r % 3); break;        /* cursors that would overflow */
                case 3: off[b] = INT64_MIN + (int64_t)(r % 3); break;
                case 4: off[b] = cap - 1; break;                            /* everything past the end */
                default: off[b] = 0; break;                                 /* everything in one place */
                }
            }
            int64_t off2[1 << 7];
            memcpy(off2, off, 8 * (size_t)nb);
            CHECK(c_scatter(dt, isa, x, n, plan, off, dst, cap) == K4J_OK, "scatter arbitrary offsets");
            CHECK(c_argscatter(dt, isa, x, n, 3, plan, off2, dst, idst, cap) == K4J_OK, "argscatter arbitrary");
            memcpy(off2, off, 8 * (size_t)nb);
            CHECK(c_gather(dt, isa, x, n, plan, off2, dst, cap) == K4J_OK, "gather arbitrary offsets");
            gcheck(dst, es * (size_t)cap, "scatter dst");
            gcheck(idst, 8 * (size_t)cap, "argscatter idst");
        }
        free(off);
        gfree(dst);
        gfree(idst);
    }
    /* bounds beyond the keys, decreasing, negative: rejected before anything is touched */
    void *keys = galloc(es * 100);
    int64_t *idx = galloc(8 * 100);
    int64_t *work = malloc(8 * K4J_SORT_WORK_WORDS);
    void *tmp = galloc(8 * K4J_SORT_STACK_MAX);
    int64_t *itmp = galloc(8 * K4J_SORT_STACK_MAX);
    int64_t bad[4][3] = {{0, 50, 101}, {0, 60, 40}, {-1, 5, 10}, {0, INT64_MAX, INT64_MAX}};
    for (int k = 0; k < 4; k++) {
        CHECK(c_buckets(dt, isa, keys, 100, NULL, bad[k], 2, tmp, K4J_SORT_STACK_MAX, work) == K4J_EINVAL, "bounds %d", k);
        CHECK(c_buckets(dt, isa, keys, 100, x, bad[k], 2, NULL, 0, work) == K4J_EINVAL, "bounds into %d", k);
        CHECK(c_argbuckets(dt, isa, keys, idx, 100, bad[k], 2, tmp, itmp, K4J_SORT_STACK_MAX, work) == K4J_EINVAL,
              "argbounds %d", k);
    }
    /* key starts of any value (buckets_at): a bucket whose keys would leave keys[0, 100) is
     * skipped, the others sorted; nothing outside keys and dst is touched */
    void *into = galloc(es * 100);
    const int64_t okb[4] = {0, 30, 70, 100};
    for (int round = 0; round < 6; round++) {
        int64_t ks[3];
        for (int j = 0; j < 3; j++) {
            uint64_t r = rnd();
            switch (round) {
            case 0: ks[j] = (int64_t)r; break;
            case 1: ks[j] = (int64_t)(r % 300) - 100; break;
            case 2: ks[j] = INT64_MAX - (int64_t)(r % 3); break;
            case 3: ks[j] = INT64_MIN + (int64_t)(r % 3); break;
            case 4: ks[j] = 71; break;  /* past the end for every bucket */
            default: ks[j] = 0; break;  /* all three overlapping */
            }
        }
        CHECK(c_buckets_at(dt, isa, keys, 100, ks, into, 100, okb, 3, tmp, K4J_SORT_STACK_MAX, work) == K4J_OK,
              "buckets_at key starts, round %d", round);
        CHECK(c_buckets_at(dt, isa, keys, 100, ks, into, 99, okb, 3, tmp, K4J_SORT_STACK_MAX, work) == K4J_EINVAL,
              "buckets_at bounds past dst, round %d", round);
        gcheck(into, es * 100, "buckets_at dst");
    }
    gfree(into);
    /* a plan with fields out of range */
    int64_t badplan[K4J_SORT_PLAN_WORDS] = {2, 40, 7, 99, 0, 0, 0, 0};
    int64_t counts[1 << 16];
    CHECK(c_count(dt, isa, x, n, badplan, counts) < 0, "bad plan rejected");
    gcheck(keys, es * 100, "keys");
    gfree(keys);
    gfree(idx);
    gfree(tmp);
    gfree(itmp);
    free(work);
    gfree(x);
}

/* ---- 2. a writer thread rewrites the arrays during the calls ---------------------------- */

typedef struct {
    int dt;
    void *x;
    int64_t n;
    atomic_int stop;
    uint64_t state;
} writer_t;

static void *writer_main(void *arg) {
    writer_t *w = arg;
    while (!atomic_load_explicit(&w->stop, memory_order_relaxed)) {
        int mode = (int)(w->state % NMODES);
        /* a rewrite of the whole array or of a random window of it */
        int64_t from = (w->state >> 8) % 2 ? 0 : (int64_t)((w->state >> 16) % (uint64_t)w->n);
        fill_mode(w->dt, (char *)w->x + dt_size[w->dt] * (size_t)from, w->n - from, mode, &w->state);
    }
    return NULL;
}

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + 1e-9 * (double)t.tv_nsec;
}

enum { K_SORT, K_ARGSORT, K_PARTITION, K_SELECT, K_PIPELINE, K_ARGPIPELINE, K_KEYS, K_UNIFORM, K_EDGES, K_BINCOUNT,
       K_ARGEXT, NKERNELS };
static const char *k_name[NKERNELS] = {"sort", "argsort", "partition", "select", "pass pipeline",
                                       "arg pass pipeline", "buckets/argbuckets/keyselect on changing keys",
                                       "uniform histogram", "edges histogram", "bincount/range", "argmin/argmax"};

typedef struct {
    void *scratch;   /* 3n words: sort, argsort, select */
    int64_t *out;    /* n */
    void *keys;      /* n keys */
    int64_t *idx;    /* n */
    int64_t *work;
    void *tmp;       /* K4J_SORT_STACK_MAX keys */
    void *stage_mem; /* guarded block holding stage */
    void *stage;     /* 2^15 keys, 64-byte aligned: buckets' staging buffer when given as tmp */
    unsigned round;  /* pipelines run so far: every other one passes the staging buffer */
    int64_t *itmp;
    int64_t *counts; /* 2^16 */
    double e64[33];
    float e32[33];
} bufs_t;

/* One call of kernel k on x (which the writer is rewriting). */
static void run_kernel(int k, int dt, int32_t isa, void *x, int64_t n, bufs_t *b) {
    size_t es = dt_size[dt];
    int64_t ks[4] = {0, n / 3, n / 2, n - 1};
    uint64_t vals[4];
    int32_t st = K4J_OK;
    switch (k) {
    case K_SORT: st = c_sort(dt, isa, x, n, b->scratch); break;
    case K_ARGSORT: st = c_argsort(dt, isa, x, n, b->out, b->scratch); break;
    case K_PARTITION: st = c_partition(dt, isa, x, n, ks, 4); break;
    case K_SELECT: st = c_select(dt, isa, x, n, ks, 4, vals, b->scratch); break;
    case K_PIPELINE:
    case K_ARGPIPELINE: {
        /* the Java planner's sequence, with x changing throughout (also while buckets writes x) */
        int canon = k == K_ARGPIPELINE;
        int64_t plan[K4J_SORT_PLAN_WORDS], bounds[(1 << 11) + 1];
        c_plan(dt, isa, x, n, canon, 0, plan);
        int64_t nb = (int64_t)1 << plan[1];
        memset(b->counts, 0, 8 * (size_t)nb);
        c_count(dt, isa, x, n, plan, b->counts);
        int64_t sum = 0;
        for (int64_t j = 0; j < nb; j++) {
            bounds[j] = sum;
            sum += b->counts[j];
            b->counts[j] = bounds[j];
        }
        bounds[nb] = sum;
        if (canon) {
            c_argscatter(dt, isa, x, n, 0, plan, b->counts, b->keys, b->idx, n);
            st = c_argbuckets(dt, isa, b->keys, b->idx, n, bounds, nb, b->tmp, b->itmp, K4J_SORT_STACK_MAX, b->work);
        } else {
            c_scatter(dt, isa, x, n, plan, b->counts, b->keys, n);
            /* without a tmp (the buffer is allocated), or with one the kernel may stage in */
            int staged = (b->round++ & 1u) != 0;
            st = c_buckets(dt, isa, b->keys, n, x, bounds, nb, staged ? b->stage : NULL, staged ? (int64_t)1 << 15 : 0,
                           b->work);
        }
        break;
    }
    case K_KEYS: {
        /* x itself as the keys (same width): the buckets and the selection work on memory that changes */
        int64_t bounds[4] = {0, n / 3, n / 3 + 7, n};
        st = c_buckets(dt, isa, x, n, NULL, bounds, 3, b->tmp, K4J_SORT_STACK_MAX, b->work);
        CHECK(st == K4J_OK, "buckets in place");
        st = c_argbuckets(dt, isa, x, b->idx, n, bounds, 3, b->tmp, b->itmp, K4J_SORT_STACK_MAX, b->work);
        CHECK(st == K4J_OK, "argbuckets in place");
        st = c_keyselect(dt, isa, x, n, ks, 4, vals);
        break;
    }
    case K_UNIFORM: st = c_uniform(dt, isa, x, n, 32, b->e64, b->e32, b->counts); break;
    case K_EDGES: st = c_edges(dt, isa, x, n, b->e64, 33, b->counts); break;
    case K_BINCOUNT:
        if (dt == I64 || dt == I32) {
            int64_t mm[2];
            st = dt == I64 ? k4j_hist_range_i64(isa, x, n, mm) : k4j_hist_range_i32(isa, x, n, mm);
            CHECK(st == K4J_OK, "range");
            /* the Java layer's sequence: range, then bincount sized by it; x changes in between */
            int64_t nbins = mm[0] >= 0 && mm[1] < (1 << 16) ? mm[1] + 1 : 40;
            st = dt == I64 ? k4j_hist_bincount_i64(isa, x, n, b->counts, nbins)
                           : k4j_hist_bincount_i32(isa, x, n, b->counts, nbins);
            if (st == K4J_ERANGE) st = K4J_OK;
        }
        break;
    default:
        if (dt == F64) {
            int64_t i = k4j_reduce_argmin_f64(isa, x, n), j = k4j_reduce_argmax_f64(isa, x, n);
            CHECK(i >= 0 && i < n && j >= 0 && j < n, "argmin/argmax f64 gave %lld %lld", (long long)i, (long long)j);
        } else if (dt == F32) {
            int64_t i = k4j_reduce_argmin_f32(isa, x, n), j = k4j_reduce_argmax_f32(isa, x, n);
            CHECK(i >= 0 && i < n && j >= 0 && j < n, "argmin/argmax f32 gave %lld %lld", (long long)i, (long long)j);
        }
    }
    CHECK(st == K4J_OK, "%s %s status %d", k_name[k], dt_name[dt], st);
    (void)es;
}

static void check_bufs(int dt, int64_t n, bufs_t *b, void *x) {
    size_t es = dt_size[dt];
    gcheck(x, es * (size_t)n, "x");
    gcheck(b->scratch, 24 * (size_t)n, "scratch");
    gcheck(b->out, 8 * (size_t)n, "out");
    gcheck(b->keys, es * (size_t)n, "keys");
    gcheck(b->idx, 8 * (size_t)n, "idx");
    gcheck(b->tmp, 8 * K4J_SORT_STACK_MAX, "tmp");
    gcheck(b->itmp, 8 * K4J_SORT_STACK_MAX, "itmp");
    gcheck(b->counts, 8 << 16, "counts");
}

/* Sort, argsort, select and bincount on fresh data are right. */
static void check_fresh(int dt, int32_t isa, int64_t n, bufs_t *b, uint64_t *state) {
    size_t es = dt_size[dt];
    void *x = galloc(es * (size_t)n), *ref = malloc(es * (size_t)n), *orig = malloc(es * (size_t)n);
    fill_mode(dt, x, n, M_RANDOM, state);
    if (rnd() % 2) fill_mode(dt, x, n / 2, M_NAN_INF, state);
    memcpy(orig, x, es * (size_t)n);
    memcpy(ref, x, es * (size_t)n);
    ref_sort(ref, n, ref_kind[dt]);
    int64_t ks[3] = {0, n / 2, n - 1};
    uint64_t vals[3] = {0, 0, 0};
    CHECK(c_select(dt, isa, x, n, ks, 3, vals, b->scratch) == K4J_OK, "fresh select");
    for (int j = 0; j < 3; j++)
        CHECK(memcmp((char *)vals + es * (size_t)j, (char *)ref + es * (size_t)ks[j], es) == 0,
              "select after the race %s rank %lld", dt_name[dt], (long long)ks[j]);
    CHECK(c_argsort(dt, isa, x, n, b->out, b->scratch) == K4J_OK, "fresh argsort");
    int ok = 1;
    for (int64_t i = 0; i < n && ok; i++) {
        int64_t j = b->out[i];
        ok = j >= 0 && j < n && canon_of(dt, (char *)ref + es * (size_t)i) == canon_of(dt, (char *)x + es * (size_t)j);
        if (ok && i > 0) { /* stable: tied canonical keys in increasing index */
            int64_t p = b->out[i - 1];
            ok = canon_of(dt, (char *)x + es * (size_t)p) != canon_of(dt, (char *)x + es * (size_t)j) || p < j;
        }
    }
    CHECK(ok, "argsort after the race %s", dt_name[dt]);
    CHECK(c_sort(dt, isa, x, n, b->scratch) == K4J_OK, "fresh sort");
    CHECK(memcmp(x, ref, es * (size_t)n) == 0, "sort after the race %s", dt_name[dt]);
    if (dt == I64 || dt == I32) {
        fill_mode(dt, x, n, M_SMALL, state);
        int64_t *want = calloc(64, 8);
        for (int64_t i = 0; i < n; i++) {
            int64_t v = dt == I64 ? ((int64_t *)x)[i] : ((int32_t *)x)[i];
            if (v < 0) {
                v = -v;
                if (dt == I64) ((int64_t *)x)[i] = v;
                else ((int32_t *)x)[i] = (int32_t)v;
            }
            want[v]++;
        }
        memset(b->counts, 0, 8 * 64);
        int32_t st = dt == I64 ? k4j_hist_bincount_i64(isa, x, n, b->counts, 64) : k4j_hist_bincount_i32(isa, x, n, b->counts, 64);
        CHECK(st == K4J_OK && memcmp(b->counts, want, 8 * 64) == 0, "bincount after the race %s", dt_name[dt]);
        free(want);
    }
    (void)orig;
    gfree(x);
    free(ref);
    free(orig);
}

static void thread_race(int dt, int32_t isa, int64_t n, double seconds, uint64_t *state) {
    size_t es = dt_size[dt];
    bufs_t b;
    b.scratch = galloc(24 * (size_t)n);
    b.out = galloc(8 * (size_t)n);
    b.keys = galloc(es * (size_t)n);
    b.idx = galloc(8 * (size_t)n);
    b.work = malloc(8 * K4J_SORT_WORK_WORDS);
    b.tmp = galloc(8 * K4J_SORT_STACK_MAX);
    b.stage_mem = galloc((8u << 15) + 64);
    b.stage = (void *)(((uintptr_t)b.stage_mem + 63) & ~(uintptr_t)63);
    b.round = 0;
    b.itmp = galloc(8 * K4J_SORT_STACK_MAX);
    b.counts = galloc(8 << 16);
    for (int i = 0; i <= 32; i++) {
        b.e64[i] = i == 32 ? 30.0 : (double)i * 1.0 - 2.0;
        b.e32[i] = (float)b.e64[i];
    }
    void *x = galloc(es * (size_t)n);
    for (int k = 0; k < NKERNELS; k++) {
        fill_mode(dt, x, n, M_RANDOM, state);
        writer_t w = {dt, x, n, 0, *state | 1};
        pthread_t t;
        if (pthread_create(&t, NULL, writer_main, &w) != 0) abort();
        double end = now() + seconds;
        int calls = 0;
        do {
            memset(b.counts, 0, 8 << 16);
            run_kernel(k, dt, isa, x, n, &b);
            calls++;
        } while (now() < end);
        atomic_store(&w.stop, 1);
        pthread_join(t, NULL);
        check_bufs(dt, n, &b, x);
        if (getenv("K4J_RACE_VERBOSE")) printf("  %s %s: %d calls under the writer\n", dt_name[dt], k_name[k], calls);
    }
    check_fresh(dt, isa, n, &b, state);
    gfree(x);
    gfree(b.scratch);
    gfree(b.out);
    gfree(b.keys);
    gfree(b.idx);
    free(b.work);
    gfree(b.tmp);
    gfree(b.stage_mem);
    gfree(b.itmp);
    gfree(b.counts);
}

int main(void) {
    int32_t best = k4j_info_best_isa();
    for (int32_t isa = K4J_ISA_BASELINE; isa <= best; isa++) isas[nisa++] = isa;
    const char *ms = getenv("K4J_RACE_MS");
    double seconds = (ms != NULL ? atof(ms) : 60.0) / 1000.0;
    uint64_t state = 0x2545F4914F6CDD1Du;
    int cases = 0;
    for (int dt = 0; dt < NDT; dt++) {
        for (int i = 0; i < nisa; i++) {
            int32_t isa = isas[i];
            /* every pair of (contents at count, contents at scatter) once per canon, random and adversarial */
            for (int canon = 0; canon < 2; canon++)
                for (int before = 0; before < NMODES; before++)
                    for (int after = 0; after < NMODES; after++) {
                        /* every pair on the best path, a quarter of them on the others */
                        if (isa != best && rnd() % 4 != 0) continue;
                        int64_t n = 2000 + (int64_t)(rnd() % 30000);
                        pass_race(dt, isa, n, canon, before, after, &state);
                        cases++;
                    }
            arbitrary_offsets(dt, isa, &state);
        }
        /* threads: the best path only (the passes above cover every path) */
        thread_race(dt, best, 1 << 17, seconds, &state);
    }
    printf("%d pass-race cases, %d kernels x %d dtypes under a writer thread: %d failed\n", cases, NKERNELS, NDT,
           failures);
    return failures == 0 ? 0 : 1;
}
