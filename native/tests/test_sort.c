/* Sort family: sort, argsort, the pass kernels and the merges, on every ISA
 * path the CPU has, against the reference order (test_util.h ref_sort). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "k4j.h"

#include "test_isa.h"
#include "test_util.h"

static uint64_t key64(uint64_t b) { return ref_key((const unsigned char *)&b, REF_F64); }
static uint64_t canon64(double v) {
    if (v != v) return UINT64_MAX;
    if (v == 0) v = 0.0;
    uint64_t b;
    memcpy(&b, &v, 8);
    return key64(b);
}
static double special(void) {
    switch (rnd() % 8) {
    case 0: return NAN;
    case 1: return -NAN;
    case 2: return INFINITY;
    case 3: return -INFINITY;
    case 4: return -0.0;
    case 5: return 0.0;
    case 6: return (double)(rnd() % 5);
    default: return ((double)(int64_t)rnd()) * 1e-300;
    }
}

static void fill(double *x, int64_t n, int kind) {
    for (int64_t i = 0; i < n; i++) {
        switch (kind) {
        case 0: x[i] = (double)(rnd() >> 11) * 0x1p-53; break;          /* uniform [0,1) */
        case 1: x[i] = (rnd() % 16 == 0) ? special() : (double)(int64_t)rnd() * 1e-10; break;
        case 2: x[i] = 7.0; break;                                       /* all equal */
        case 3: x[i] = (double)i; break;                                 /* sorted */
        case 4: x[i] = (double)(n - i); break;                           /* reversed */
        case 5: x[i] = (double)(rnd() % 3) - 1.0; break;                /* few values, ±0 */
        default: x[i] = (rnd() % 10) ? 1.0 + (double)(rnd() % 4) * 0x1p-40 : (double)(rnd() >> 11); break; /* skewed */
        }
    }
}

static void test_sort_f64(int32_t isa, int64_t n, int kind) {
    double *x = malloc(sizeof(double) * (size_t)(n + 1));
    double *ref = malloc(sizeof(double) * (size_t)(n + 1));
    double *scratch = malloc(sizeof(double) * (size_t)(n + 1));
    fill(x, n, kind);
    memcpy(ref, x, sizeof(double) * (size_t)n);
    ref_sort(ref, n, REF_F64);
    int32_t st = k4j_sort_sort_f64(isa, x, n, n > K4J_SORT_STACK_MAX ? scratch : NULL);
    CHECK(st == K4J_OK, "sort status %d", st);
    CHECK(memcmp(x, ref, sizeof(double) * (size_t)n) == 0, "sort f64 isa %d n %lld kind %d", isa, (long long)n, kind);
    free(x);
    free(ref);
    free(scratch);
}

static void test_argsort_f64(int32_t isa, int64_t n, int kind) {
    double *x = malloc(sizeof(double) * (size_t)(n + 1));
    int64_t *out = malloc(sizeof(int64_t) * (size_t)(n + 1));
    uint64_t *keys = malloc(sizeof(uint64_t) * (size_t)(n + 1));
    char *seen = calloc((size_t)n + 1, 1);
    void *scratch = malloc(24 * (size_t)(n + 1));
    fill(x, n, kind);
    int32_t st = k4j_sort_argsort_f64(isa, x, n, 5, out, keys, n > K4J_SORT_STACK_MAX ? scratch : NULL);
    CHECK(st == K4J_OK, "argsort status %d", st);
    int ok = 1;
    for (int64_t i = 0; i < n && ok; i++) {
        int64_t j = out[i] - 5;
        if (j < 0 || j >= n || seen[j]) { ok = 0; break; }
        seen[j] = 1;
        if (keys[i] != canon64(x[j])) ok = 0;
        if (i > 0) {
            int64_t p = out[i - 1] - 5;
            uint64_t a = canon64(x[p]), b = canon64(x[j]);
            if (a > b || (a == b && p > j)) ok = 0; /* order and stability */
        }
    }
    CHECK(ok, "argsort f64 isa %d n %lld kind %d", isa, (long long)n, kind);
    free(x);
    free(out);
    free(keys);
    free(seen);
    free(scratch);
}

/* Integer argsorts (int64 and int32) with key ranges from a few values to the whole
 * type, so that the bucket sorts take every route: pairs packed with their index,
 * with their position, and levels before either fits. Checks a permutation, the
 * order, index order among ties (stable) and the keys returned. */
static int64_t int_value(int64_t i, int64_t n, int kind, int wide) {
    static const uint64_t pool[5] = {UINT64_C(0x8000000000000000), UINT64_C(0x7fffffffffffffff), 0,
                                     UINT64_C(0x123456789abcdef0), UINT64_C(0xfedcba9876543210)};
    uint64_t r = rnd();
    switch (kind) {
    case 0: return wide ? (int64_t)r : (int32_t)(uint32_t)r;           /* whole range */
    case 1: return (int64_t)(r % 1000) - 500;                          /* small range */
    case 2: return wide ? (int64_t)pool[r % 5] : (int32_t)(uint32_t)pool[r % 5]; /* few, far apart */
    case 3: return n - i;                                              /* reversed */
    default: return (r % 8) ? (int64_t)(r % 3) : (wide ? (int64_t)rnd() : (int32_t)(uint32_t)rnd()); /* skewed */
    }
}

static void test_argsort_int(int32_t isa, int64_t n, int kind, int wide) {
    int64_t *x = malloc(sizeof(int64_t) * (size_t)(n + 1));
    int32_t *x32 = malloc(sizeof(int32_t) * (size_t)(n + 1));
    int64_t *out = malloc(sizeof(int64_t) * (size_t)(n + 1));
    uint64_t *keys = malloc(sizeof(uint64_t) * (size_t)(n + 1));
    char *seen = calloc((size_t)n + 1, 1);
    void *scratch = malloc(24 * (size_t)(n + 1));
    for (int64_t i = 0; i < n; i++) {
        x[i] = int_value(i, n, kind, wide);
        x32[i] = (int32_t)x[i];
    }
    void *sc = n > K4J_SORT_STACK_MAX ? scratch : NULL;
    int32_t st = wide ? k4j_sort_argsort_i64(isa, x, n, 3, out, keys, sc)
                      : k4j_sort_argsort_i32(isa, x32, n, 3, out, (uint32_t *)(void *)keys, sc);
    CHECK(st == K4J_OK, "argsort int status %d", st);
    int ok = 1;
    for (int64_t i = 0; i < n && ok; i++) {
        int64_t j = out[i] - 3;
        if (j < 0 || j >= n || seen[j]) { ok = 0; break; }
        seen[j] = 1;
        uint64_t k = wide ? keys[i] : ((uint32_t *)(void *)keys)[i];
        uint64_t want = wide ? (uint64_t)x[j] ^ (UINT64_C(1) << 63) : (uint32_t)x32[j] ^ (UINT32_C(1) << 31);
        if (k != want) ok = 0;
        if (i > 0) {
            int64_t p = out[i - 1] - 3;
            if (x[p] > x[j] || (x[p] == x[j] && p > j)) ok = 0; /* order and stability */
        }
    }
    CHECK(ok, "argsort %s isa %d n %lld kind %d", wide ? "i64" : "i32", isa, (long long)n, kind);
    free(x);
    free(x32);
    free(out);
    free(keys);
    free(seen);
    free(scratch);
}

static void test_sort_i32(int32_t isa, int64_t n) {
    int32_t *x = malloc(sizeof(int32_t) * (size_t)(n + 1));
    int32_t *ref = malloc(sizeof(int32_t) * (size_t)(n + 1));
    int32_t *scratch = malloc(sizeof(int32_t) * (size_t)(n + 1));
    for (int64_t i = 0; i < n; i++) x[i] = (int32_t)rnd();
    memcpy(ref, x, sizeof(int32_t) * (size_t)n);
    ref_sort(ref, n, REF_I32);
    k4j_sort_sort_i32(isa, x, n, scratch);
    CHECK(memcmp(x, ref, sizeof(int32_t) * (size_t)n) == 0, "sort i32 isa %d n %lld", isa, (long long)n);
    free(x);
    free(ref);
    free(scratch);
}

/* int64 keys spread over 2^sh (sh around 52, where AVX2's networks switch between comparing
 * distances as doubles and as integers, and far above), some runs clustered in a narrow range
 * next to wide ones, both ends of the spread present; against the reference order. */
static void test_sort_i64_spread(int32_t isa, int64_t n, int sh, int clustered) {
    int64_t *x = malloc(sizeof(int64_t) * (size_t)(n + 2));
    int64_t *ref = malloc(sizeof(int64_t) * (size_t)(n + 2));
    int64_t *scratch = malloc(sizeof(int64_t) * (size_t)(n + 2));
    const uint64_t mask = sh >= 64 ? ~UINT64_C(0) : (UINT64_C(1) << sh) - 1;
    const int64_t base = sh >= 63 ? INT64_MIN : -(int64_t)(UINT64_C(1) << (sh - 1));
    for (int64_t i = 0; i < n; i++) {
        uint64_t r = rnd() & mask;
        if (clustered && (i & 1)) r = (mask >> 1) + (rnd() & 1023); /* a narrow cluster mid-range */
        x[i] = (int64_t)((uint64_t)base + r);
    }
    if (n >= 2) {
        x[0] = base;
        x[n - 1] = (int64_t)((uint64_t)base + mask);
    }
    memcpy(ref, x, sizeof(int64_t) * (size_t)n);
    ref_sort(ref, n, REF_I64);
    CHECK(k4j_sort_sort_i64(isa, x, n, scratch) == K4J_OK, "sort i64 status");
    CHECK(memcmp(x, ref, sizeof(int64_t) * (size_t)n) == 0, "sort i64 isa %d n %lld spread 2^%d clustered %d", isa,
          (long long)n, sh, clustered);
    free(x);
    free(ref);
    free(scratch);
}

static void test_merge_f64(int32_t isa, int64_t na, int64_t nb) {
    double *a = malloc(sizeof(double) * (size_t)(na + nb + 1));
    double *out = malloc(sizeof(double) * (size_t)(na + nb + 1));
    double *ref = malloc(sizeof(double) * (size_t)(na + nb + 1));
    fill(a, na + nb, 5);
    memcpy(ref, a, sizeof(double) * (size_t)(na + nb));
    ref_sort(ref, na + nb, REF_F64);
    ref_sort(a, na, REF_F64);
    ref_sort(a + na, nb, REF_F64);
    int64_t k = (na + nb) / 2;
    int64_t i = k4j_sort_corank_f64(isa, a, na, a + na, nb, k);
    CHECK(i >= 0 && i <= na && k - i <= nb, "corank %lld", (long long)i);
    k4j_sort_merge_f64(isa, a, i, a + na, k - i, out);
    k4j_sort_merge_f64(isa, a + i, na - i, a + na + (k - i), nb - (k - i), out + k);
    CHECK(memcmp(out, ref, sizeof(double) * (size_t)(na + nb)) == 0, "merge f64 isa %d %lld+%lld", isa,
          (long long)na, (long long)nb);
    free(a);
    free(out);
    free(ref);
}

static void test_select_f64(int32_t isa, int64_t n, int kind) {
    if (n == 0) return;
    double *x = malloc(sizeof(double) * (size_t)n);
    double *ref = malloc(sizeof(double) * (size_t)n);
    double *orig = malloc(sizeof(double) * (size_t)n);
    uint64_t *scratch = malloc(sizeof(uint64_t) * (size_t)n);
    int64_t ks[5] = {0, n / 4, n / 2, n / 2, n - 1};
    double vals[5];
    fill(x, n, kind);
    memcpy(ref, x, sizeof(double) * (size_t)n);
    memcpy(orig, x, sizeof(double) * (size_t)n);
    ref_sort(ref, n, REF_F64);
    CHECK(k4j_sort_select_f64(isa, x, n, ks, 5, vals, scratch) == K4J_OK, "select status");
    CHECK(memcmp(x, orig, sizeof(double) * (size_t)n) == 0, "select modified x");
    for (int j = 0; j < 5; j++)
        CHECK(memcmp(&vals[j], &ref[ks[j]], 8) == 0, "select f64 isa %d n %lld kind %d rank %lld", isa,
              (long long)n, kind, (long long)ks[j]);
    CHECK(k4j_sort_partition_f64(isa, x, n, ks, 5) == K4J_OK, "partition status");
    for (int j = 0; j < 5; j++) {
        int64_t k = ks[j];
        CHECK(memcmp(&x[k], &ref[k], 8) == 0, "partition kth isa %d n %lld kind %d", isa, (long long)n, kind);
        uint64_t kk, b;
        memcpy(&kk, &x[k], 8);
        kk = key64(kk);
        int ok = 1;
        for (int64_t i = 0; i < n; i++) {
            memcpy(&b, &x[i], 8);
            b = key64(b);
            if ((i < k && b > kk) || (i > k && b < kk)) ok = 0;
        }
        CHECK(ok, "partition sides isa %d n %lld kind %d", isa, (long long)n, kind);
    }
    ref_sort(x, n, REF_F64);
    CHECK(memcmp(x, ref, sizeof(double) * (size_t)n) == 0, "partition is a permutation");
    free(x);
    free(ref);
    free(orig);
    free(scratch);
}

/* The pass kernels as a caller splits them: count and scatter in uneven
 * pieces with offsets carried over, buckets sorted in place in groups with
 * the smallest scratch (big buckets take the in-place split). */
static void test_passes_f64(int32_t isa, int64_t n, int kind) {
    double *x = malloc(sizeof(double) * (size_t)(n + 1));
    double *ref = malloc(sizeof(double) * (size_t)(n + 1));
    uint64_t *keys = malloc(sizeof(uint64_t) * (size_t)(n + 1));
    int64_t *idx = malloc(sizeof(int64_t) * (size_t)(n + 1));
    uint64_t *ktmp = malloc(sizeof(uint64_t) * K4J_SORT_STACK_MAX);
    int64_t *itmp = malloc(sizeof(int64_t) * K4J_SORT_STACK_MAX);
    int64_t *work = malloc(sizeof(int64_t) * K4J_SORT_WORK_WORDS);
    fill(x, n, kind);
    memcpy(ref, x, sizeof(double) * (size_t)n);
    ref_sort(ref, n, REF_F64);
    const int64_t cuts[4] = {0, n / 7, n / 7 + n / 2, n};
    /* buckets into a dst, with a staging tmp of 2^15 keys (64-byte aligned) or none, all
     * buckets in one call or one bucket a call (as a caller writing a heap array does);
     * dst offset by 16 bytes from a line, as a Java array's elements are */
    uint64_t *stage = aligned_alloc(64, sizeof(uint64_t) << 15);
    double *outm = aligned_alloc(64, sizeof(double) * (size_t)((n + 2 + 7) / 8 * 8)), *out = outm + 2;
    for (int mode = 0; mode < 4; mode++) {
        int64_t plan[K4J_SORT_PLAN_WORDS];
        CHECK(k4j_sort_plan_f64(isa, x, n, 0, 0, plan) == K4J_OK, "plan");
        int64_t nb = (int64_t)1 << plan[1];
        int64_t *offs = calloc((size_t)nb, sizeof(int64_t));
        int64_t *bounds = malloc(sizeof(int64_t) * (size_t)(nb + 1));
        k4j_sort_count_f64(isa, x, n, plan, offs);
        int64_t sum = 0;
        for (int64_t j = 0; j < nb; j++) {
            bounds[j] = sum;
            sum += offs[j];
            offs[j] = bounds[j];
        }
        bounds[nb] = sum;
        k4j_sort_scatter_f64(isa, x, n, plan, offs, keys, n);
        memset(out, 0, sizeof(double) * (size_t)n);
        if (mode == 0) {
            CHECK(k4j_sort_buckets_f64(isa, keys, n, out, bounds, nb, NULL, 0, work) == K4J_OK, "buckets into");
        } else if (mode == 1) {
            CHECK(k4j_sort_buckets_f64(isa, keys, n, out, bounds, nb, stage, 1 << 15, work) == K4J_OK, "staged");
        } else if (mode == 2) {
            for (int64_t j = 0; j < nb; j++)
                CHECK(k4j_sort_buckets_f64(isa, keys, n, out, bounds + j, 1, stage, 1 << 15, work) == K4J_OK, "one");
        } else {
            /* buckets_at: each bucket's keys in a room of its own, the rooms apart (a gap of
             * 3 + j % 5 keys before each) and in reverse order of the buckets */
            int64_t *kstart = malloc(sizeof(int64_t) * (size_t)(nb + 1));
            int64_t room = 0;
            for (int64_t j = nb - 1; j >= 0; j--) room += 3 + j % 5 + (bounds[j + 1] - bounds[j]);
            uint64_t *rooms = malloc(sizeof(uint64_t) * (size_t)(room + 1));
            int64_t at = 0;
            for (int64_t j = nb - 1; j >= 0; j--) {
                at += 3 + j % 5;
                kstart[j] = at;
                memcpy(rooms + at, keys + bounds[j], sizeof(uint64_t) * (size_t)(bounds[j + 1] - bounds[j]));
                at += bounds[j + 1] - bounds[j];
            }
            CHECK(k4j_sort_buckets_at_f64(isa, rooms, room, kstart, out, n, bounds, nb, stage, 1 << 15, work) == K4J_OK,
                  "buckets_at");
            /* refused: no key starts, no dst, bounds past dst */
            CHECK(k4j_sort_buckets_at_f64(isa, rooms, room, NULL, out, n, bounds, nb, stage, 1 << 15, work) == K4J_EINVAL,
                  "buckets_at without kstart");
            CHECK(k4j_sort_buckets_at_f64(isa, rooms, room, kstart, NULL, n, bounds, nb, stage, 1 << 15, work) == K4J_EINVAL,
                  "buckets_at without dst");
            if (n > 0)
                CHECK(k4j_sort_buckets_at_f64(isa, rooms, room, kstart, out, n - 1, bounds, nb, stage, 1 << 15, work) ==
                          K4J_EINVAL, "buckets_at past dst");
            /* a key start outside the keys: that bucket is skipped, nothing read or written outside */
            if (nb > 0 && bounds[1] > bounds[0]) {
                int64_t saved = kstart[0];
                double first = out[0];
                kstart[0] = room - (bounds[1] - bounds[0]) + 1;
                CHECK(k4j_sort_buckets_at_f64(isa, rooms, room, kstart, out, n, bounds, 1, stage, 1 << 15, work) == K4J_OK,
                      "buckets_at, key start past the keys");
                CHECK(memcmp(&out[0], &first, sizeof first) == 0, "a skipped bucket leaves dst alone");
                kstart[0] = -1;
                CHECK(k4j_sort_buckets_at_f64(isa, rooms, room, kstart, out, n, bounds, 1, stage, 1 << 15, work) == K4J_OK,
                      "buckets_at, negative key start");
                kstart[0] = saved;
            }
            free(rooms);
            free(kstart);
        }
        CHECK(memcmp(out, ref, sizeof(double) * (size_t)n) == 0, "buckets into dst isa %d n %lld kind %d mode %d", isa,
              (long long)n, kind, mode);
        free(offs);
        free(bounds);
    }
    free(stage);
    free(outm);
    for (int canon = 0; canon < 2; canon++) {
        int64_t plan[K4J_SORT_PLAN_WORDS];
        CHECK(k4j_sort_plan_f64(isa, x, n, canon, 0, plan) == K4J_OK, "plan");
        int64_t nb = (int64_t)1 << plan[1];
        int64_t *counts = calloc((size_t)(3 * nb), sizeof(int64_t));
        int64_t *bounds = malloc(sizeof(int64_t) * (size_t)(nb + 1));
        int64_t nan = 0;
        for (int p = 0; p < 3; p++) nan += k4j_sort_count_f64(isa, x + cuts[p], cuts[p + 1] - cuts[p], plan, counts + p * nb);
        int64_t expect_nan = 0;
        for (int64_t i = 0; i < n; i++) expect_nan += x[i] != x[i];
        CHECK(nan == expect_nan, "count returns the NaNs");
        int64_t sum = 0;
        for (int64_t j = 0; j < nb; j++) {
            bounds[j] = sum;
            for (int p = 0; p < 3; p++) {
                int64_t c = counts[p * nb + j];
                counts[p * nb + j] = sum;
                sum += c;
            }
        }
        bounds[nb] = sum;
        CHECK(sum == n, "counts add up to n");
        for (int p = 0; p < 3; p++) {
            if (canon) k4j_sort_argscatter_f64(isa, x + cuts[p], cuts[p + 1] - cuts[p], cuts[p], plan, counts + p * nb, keys, idx, n);
            else k4j_sort_scatter_f64(isa, x + cuts[p], cuts[p + 1] - cuts[p], plan, counts + p * nb, keys, n);
        }
        /* bucket groups of uneven sizes */
        for (int64_t j = 0; j < nb;) {
            int64_t g = 1 + (j % 5);
            if (j + g > nb) g = nb - j;
            int32_t st = canon ? k4j_sort_argbuckets_f64(isa, keys, idx, n, bounds + j, g, ktmp, itmp, K4J_SORT_STACK_MAX, work)
                               : k4j_sort_buckets_f64(isa, keys, n, NULL, bounds + j, g, ktmp, K4J_SORT_STACK_MAX, work);
            CHECK(st == K4J_OK, "buckets status %d", st);
            j += g;
        }
        if (!canon) {
            CHECK(memcmp(keys, ref, sizeof(double) * (size_t)n) == 0, "passes sort isa %d n %lld kind %d", isa,
                  (long long)n, kind);
        } else {
            int ok = 1;
            char *seen = calloc((size_t)n + 1, 1);
            for (int64_t i = 0; i < n && ok; i++) {
                int64_t j = idx[i];
                if (j < 0 || j >= n || seen[j]) { ok = 0; break; }
                seen[j] = 1;
                if (i > 0) {
                    int64_t q = idx[i - 1];
                    uint64_t a = canon64(x[q]), b = canon64(x[j]);
                    if (a > b || (a == b && q > j)) ok = 0;
                }
            }
            free(seen);
            CHECK(ok, "passes argsort isa %d n %lld kind %d", isa, (long long)n, kind);
        }
        free(counts);
        free(bounds);
    }
    free(x);
    free(ref);
    free(keys);
    free(idx);
    free(ktmp);
    free(itmp);
    free(work);
}

/* The plan of x (canon 0: sort keys, 1: canonical) and its bucket counts over all of x
 * (*nb of them, to free); o1 and o2 (when not NULL) get the buckets' starting offsets. */
static int64_t *plan_counts_f64(int32_t isa, const double *x, int64_t n, int32_t canon, int64_t *plan, int64_t *nb,
                                int64_t **o1, int64_t **o2) {
    CHECK(k4j_sort_plan_f64(isa, x, n, canon, 0, plan) == K4J_OK, "plan");
    *nb = (int64_t)1 << plan[1];
    int64_t *counts = calloc((size_t)*nb, sizeof(int64_t));
    k4j_sort_count_f64(isa, x, n, plan, counts);
    *o1 = malloc(sizeof(int64_t) * (size_t)*nb);
    *o2 = malloc(sizeof(int64_t) * (size_t)*nb);
    return counts;
}

static void start_offsets(const int64_t *counts, int64_t nb, int64_t *o1, int64_t *o2) {
    int64_t sum = 0;
    for (int64_t j = 0; j < nb; j++) {
        o1[j] = o2[j] = sum;
        sum += counts[j];
    }
}

/* scatter_piece: a run scattered in uneven pieces (1 to 4999 elements) with its state
 * carried over writes the keys of one scatter call, into a dst 16 bytes off a line; the
 * same with no state; a state of any contents with arbitrary offsets stays inside dst
 * (the sanitizers check); bad arguments are refused. */
static void test_scatter_piece_f64(int32_t isa, int64_t n, int kind) {
    double *x = malloc(sizeof(double) * (size_t)(n + 1));
    fill(x, n, kind);
    int64_t plan[K4J_SORT_PLAN_WORDS], nb, *o1, *o2;
    int64_t *counts = plan_counts_f64(isa, x, n, 0, plan, &nb, &o1, &o2);
    int64_t sb = K4J_SORT_SCATTER_STATE_BYTES(plan[1]);
    unsigned char *state = aligned_alloc(64, (size_t)(sb + 63) / 64 * 64);
    uint64_t *k1m = aligned_alloc(64, sizeof(uint64_t) * (size_t)((n + 2 + 7) / 8 * 8)), *k1 = k1m + 2;
    uint64_t *k2m = aligned_alloc(64, sizeof(uint64_t) * (size_t)((n + 2 + 7) / 8 * 8)), *k2 = k2m + 2;
    for (int with_state = 0; with_state < 2; with_state++) {
        start_offsets(counts, nb, o1, o2);
        memset(k1, 0, sizeof(uint64_t) * (size_t)n);
        memset(k2, 0xa5, sizeof(uint64_t) * (size_t)n);
        memset(state, 0x5a, (size_t)sb); /* contents need no initialisation */
        CHECK(k4j_sort_scatter_f64(isa, x, n, plan, o1, k1, n) == K4J_OK, "scatter");
        int64_t p0 = 0, calls = 0;
        do {
            int64_t len = 1 + (p0 * 7919 + calls * 104729) % 4999;
            if (len > n - p0) len = n - p0;
            int32_t flags = (p0 == 0 ? K4J_SCATTER_FIRST : 0) | (p0 + len == n ? K4J_SCATTER_LAST : 0);
            int32_t st = k4j_sort_scatter_piece_f64(isa, x + p0, len, plan, o2, k2, n, with_state ? state : NULL,
                                                    with_state ? sb : 0, flags);
            CHECK(st == K4J_OK, "scatter_piece status %d", st);
            p0 += len;
            calls++;
        } while (p0 < n);
        CHECK(memcmp(k1, k2, sizeof(uint64_t) * (size_t)n) == 0, "scatter_piece keys isa %d n %lld kind %d state %d",
              isa, (long long)n, kind, with_state);
        CHECK(memcmp(o1, o2, sizeof(int64_t) * (size_t)nb) == 0, "scatter_piece cursors");
    }
    /* arbitrary offsets and state contents, no FIRST: every write inside a dst of cap keys */
    int64_t cap = n / 3 + 1;
    uint64_t *small = malloc(sizeof(uint64_t) * (size_t)cap);
    for (int64_t j = 0; j < nb; j++) o2[j] = (int64_t)(rnd() % (uint64_t)(2 * cap + 20)) - 10;
    for (int64_t b = 0; b < sb; b++) state[b] = (unsigned char)rnd();
    CHECK(k4j_sort_scatter_piece_f64(isa, x, n, plan, o2, small, cap, state, sb, K4J_SCATTER_LAST) == K4J_OK,
          "scatter_piece arbitrary");
    CHECK(k4j_sort_scatter_piece_f64(isa, x, n, plan, o2, small, cap, state, sb, 4) == K4J_EINVAL, "bad flags");
    CHECK(k4j_sort_scatter_piece_f64(isa, x, n, plan, o2, small, cap, NULL, 8, 0) == K4J_EINVAL, "state NULL, bytes");
    CHECK(k4j_sort_scatter_piece_f64(isa, x, n, plan, o2, small, cap, state, -1, 0) == K4J_EINVAL, "negative bytes");
    free(small);
    free(state);
    free(k1m);
    free(k2m);
    free(counts);
    free(o1);
    free(o2);
    free(x);
}

/* argscatter: into key and index arrays at the same place within a line (write-combined where
 * sort.c chooses it) and into arrays that are not (plain): the same keys and indices; arbitrary
 * offsets stay inside a dst of cap entries (the sanitizers check). */
static void test_argscatter_f64(int32_t isa, int64_t n, int kind) {
    double *x = malloc(sizeof(double) * (size_t)(n + 1));
    fill(x, n, kind);
    int64_t plan[K4J_SORT_PLAN_WORDS], nb, *o1, *o2;
    int64_t *counts = plan_counts_f64(isa, x, n, 1, plan, &nb, &o1, &o2);
    size_t words = (size_t)((n + 3 + 7) / 8 * 8);
    uint64_t *k1m = aligned_alloc(64, 8 * words), *k2m = aligned_alloc(64, 8 * words);
    int64_t *i1m = aligned_alloc(64, 8 * words), *i2m = aligned_alloc(64, 8 * words);
    uint64_t *k1 = k1m + 2, *k2 = k2m + 2;
    int64_t *i1 = i1m + 2, *i2 = i2m + 3; /* i2 one entry further into its line than k2 */
    start_offsets(counts, nb, o1, o2);
    CHECK(k4j_sort_argscatter_f64(isa, x, n, 5, plan, o1, k1, i1, n) == K4J_OK, "argscatter aligned");
    CHECK(k4j_sort_argscatter_f64(isa, x, n, 5, plan, o2, k2, i2, n) == K4J_OK, "argscatter unaligned");
    CHECK(memcmp(k1, k2, 8 * (size_t)n) == 0 && memcmp(i1, i2, 8 * (size_t)n) == 0 &&
          memcmp(o1, o2, 8 * (size_t)nb) == 0, "argscatter isa %d n %lld kind %d", isa, (long long)n, kind);
    int ok = 1;
    for (int64_t i = 0; i < n && ok; i++) ok = i1[i] >= 5 && i1[i] < n + 5 && canon64(x[i1[i] - 5]) == k1[i];
    CHECK(ok, "argscatter pairs isa %d n %lld kind %d", isa, (long long)n, kind);
    /* argscatter_piece: the run in uneven pieces, with its state carried over and without
     * one, writes what one call does */
    int64_t sb = K4J_SORT_SCATTER_STATE_BYTES(plan[1]);
    unsigned char *state = aligned_alloc(64, (size_t)(sb + 63) / 64 * 64);
    int64_t *oend = malloc(8 * (size_t)nb);
    memcpy(oend, o1, 8 * (size_t)nb);
    for (int with_state = 0; with_state < 2; with_state++) {
        start_offsets(counts, nb, o1, o2);
        memset(k2m, 0xa5, 8 * words);
        memset(i2m, 0xa5, 8 * words);
        memset(state, 0x5a, (size_t)sb);
        uint64_t *k3 = k2m + 2;
        int64_t *i3 = i2m + 2, p0 = 0, calls = 0;
        do {
            int64_t len = 1 + (p0 * 7919 + calls * 104729) % 4999;
            if (len > n - p0) len = n - p0;
            int32_t flags = (p0 == 0 ? K4J_SCATTER_FIRST : 0) | (p0 + len == n ? K4J_SCATTER_LAST : 0);
            int32_t st = k4j_sort_argscatter_piece_f64(isa, x + p0, len, 5 + p0, plan, o2, k3, i3, n,
                                                       with_state ? state : NULL, with_state ? sb : 0, flags);
            CHECK(st == K4J_OK, "argscatter_piece status %d", st);
            p0 += len;
            calls++;
        } while (p0 < n);
        CHECK(memcmp(k1, k3, 8 * (size_t)n) == 0 && memcmp(i1, i3, 8 * (size_t)n) == 0 &&
              memcmp(oend, o2, 8 * (size_t)nb) == 0, "argscatter_piece isa %d n %lld kind %d state %d", isa,
              (long long)n, kind, with_state);
    }
    int64_t cap = n / 3 + 1;
    uint64_t *ks = malloc(8 * (size_t)cap);
    int64_t *is = malloc(8 * (size_t)cap);
    for (int64_t j = 0; j < nb; j++) o1[j] = (int64_t)(rnd() % (uint64_t)(2 * cap + 20)) - 10;
    CHECK(k4j_sort_argscatter_f64(isa, x, n, 0, plan, o1, ks, is, cap) == K4J_OK, "argscatter arbitrary");
    /* arbitrary offsets and state contents, no FIRST: every write inside kdst and idst */
    for (int64_t j = 0; j < nb; j++) o1[j] = (int64_t)(rnd() % (uint64_t)(2 * cap + 20)) - 10;
    for (int64_t b = 0; b < sb; b++) state[b] = (unsigned char)rnd();
    CHECK(k4j_sort_argscatter_piece_f64(isa, x, n, 0, plan, o1, ks, is, cap, state, sb, K4J_SCATTER_LAST) == K4J_OK,
          "argscatter_piece arbitrary");
    CHECK(k4j_sort_argscatter_piece_f64(isa, x, n, 0, plan, o1, ks, is, cap, state, sb, 8) == K4J_EINVAL,
          "argscatter_piece bad flags");
    CHECK(k4j_sort_argscatter_piece_f64(isa, x, n, 0, plan, o1, ks, is, cap, NULL, 8, 0) == K4J_EINVAL,
          "argscatter_piece state NULL, bytes");
    free(ks);
    free(is);
    free(state);
    free(oend);
    free(k1m);
    free(k2m);
    free(i1m);
    free(i2m);
    free(counts);
    free(o1);
    free(o2);
    free(x);
}

static void test_sort_f32(int32_t isa, int64_t n, int kind) {
    double *d = malloc(sizeof(double) * (size_t)(n + 1));
    float *x = malloc(sizeof(float) * (size_t)(n + 1));
    float *ref = malloc(sizeof(float) * (size_t)(n + 1));
    float *scratch = malloc(sizeof(float) * (size_t)(n + 1));
    fill(d, n, kind);
    for (int64_t i = 0; i < n; i++) x[i] = (float)d[i];
    memcpy(ref, x, sizeof(float) * (size_t)n);
    ref_sort(ref, n, REF_F32);
    CHECK(k4j_sort_sort_f32(isa, x, n, scratch) == K4J_OK, "sort f32 status");
    CHECK(memcmp(x, ref, sizeof(float) * (size_t)n) == 0, "sort f32 isa %d n %lld kind %d", isa, (long long)n, kind);
    free(d);
    free(x);
    free(ref);
    free(scratch);
}

/* float32 values uniform in [lo, hi], both ends present, a NaN and both zeros now and then:
 * the first level maps values to buckets in float arithmetic (sort_tmpl.h, block_keys),
 * so spans past FLT_MAX and spans of a few subnormals are the edges of that mapping. */
static void test_sort_f32_range(int32_t isa, int64_t n, double lo, double hi, int specials) {
    float *x = malloc(sizeof(float) * (size_t)(n + 2));
    float *ref = malloc(sizeof(float) * (size_t)(n + 2));
    float *scratch = malloc(sizeof(float) * (size_t)(n + 2));
    for (int64_t i = 0; i < n; i++) {
        double u = (double)(rnd() >> 11) / 9007199254740992.0;
        x[i] = (float)(lo + (hi - lo) * u);
        if (specials && i % 97 == 5) x[i] = i % 3 == 0 ? NAN : i % 3 == 1 ? 0.0f : -0.0f;
    }
    if (n >= 2) {
        x[0] = (float)lo;
        x[n - 1] = (float)hi;
    }
    memcpy(ref, x, sizeof(float) * (size_t)n);
    ref_sort(ref, n, REF_F32);
    CHECK(k4j_sort_sort_f32(isa, x, n, scratch) == K4J_OK, "sort f32 status");
    CHECK(memcmp(x, ref, sizeof(float) * (size_t)n) == 0, "sort f32 isa %d n %lld range [%g, %g] specials %d", isa,
          (long long)n, lo, hi, specials);
    free(x);
    free(ref);
    free(scratch);
}

/* sort_config: what the library chose at load, and the environment overrides the ctest runs
 * set (K4J_SORT_SCATTER, K4J_SORT_BUCKETS32) are what it reports. */
static void test_config(int32_t isa) {
    int64_t c64[K4J_SORT_CONFIG_LEN], c32[K4J_SORT_CONFIG_LEN];
    CHECK(k4j_sort_config_f64(isa, c64) == K4J_OK && k4j_sort_config_f32(isa, c32) == K4J_OK, "config status");
    CHECK(k4j_sort_config_i64(isa, NULL) == K4J_EINVAL, "config NULL");
    CHECK(c64[0] == c32[0] && (c64[0] == 0 || c64[0] == 1), "config scatter %lld", (long long)c64[0]);
    CHECK(c64[1] >= 0 && c64[1] <= 2 && c32[1] >= 0 && c32[1] <= 2, "config buckets");
    /* a window exactly where buckets take radix+networks, of 32 or 64 sub-buckets */
    CHECK(c64[1] == 1 ? c64[2] == 32 || c64[2] == 64 : c64[2] == 0, "config window 64-bit %lld", (long long)c64[2]);
    CHECK(c32[1] == 1 ? c32[2] == 32 || c32[2] == 64 : c32[2] == 0, "config window 32-bit %lld", (long long)c32[2]);
    const char *sc = getenv("K4J_SORT_SCATTER"), *bk = getenv("K4J_SORT_BUCKETS32");
    if (isa == K4J_ISA_AVX2 || isa == K4J_ISA_AVX512) {
        if (sc != NULL && strcmp(sc, "wc") == 0) CHECK(c64[0] == 1, "config: wc forced");
        if (sc != NULL && strcmp(sc, "plain") == 0) CHECK(c64[0] == 0, "config: plain forced");
        CHECK(c64[1] == 1, "config: 64-bit buckets by radix and networks on isa %d", isa);
        if (isa == K4J_ISA_AVX2) CHECK(c32[1] == 1, "config: 32-bit buckets by radix on AVX2");
        if (isa == K4J_ISA_AVX512 && bk != NULL && strcmp(bk, "radix") == 0) CHECK(c32[1] == 1, "config: radix forced");
        if (isa == K4J_ISA_AVX512 && bk != NULL && strcmp(bk, "quicksort") == 0)
            CHECK(c32[1] == 2, "config: quicksort forced");
    }
    if (isa == K4J_ISA_BASELINE) CHECK(c64[0] == 0 && c64[1] == 0 && c32[1] == 0, "config: baseline");
}

/* sort_bits: 6..11 for any n, never fewer buckets for more elements, what plan chooses when
 * given no bits, and on AMD Zen 5's vector paths that CPU's rule (sort.c). */
static int zen5(void) {
#if defined(__x86_64__)
    unsigned a, b, c, d;
    __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(0u), "c"(0u));
    if (!(b == 0x68747541u && d == 0x69746e65u && c == 0x444d4163u)) return 0; /* AuthenticAMD */
    __asm__ volatile("cpuid" : "=a"(a), "=b"(b), "=c"(c), "=d"(d) : "a"(1u), "c"(0u));
    unsigned base = (a >> 8) & 15u;
    return base + (base == 15 ? (a >> 20) & 255u : 0) == 0x1A;
#else
    return 0;
#endif
}

/* sort_direct: what K4J_SORT_DIRECT forces (the ctest runs set it), or the CPU's rule (sort.c):
 * never at or below 384 elements (sort's comparison sort), never on the baseline path unless
 * forced; sort_tokeys: keys that the bucket sort of one bucket turns into the sorted elements. */
static void test_direct(int32_t isa) {
    CHECK(k4j_sort_direct_f64(isa, -1) == K4J_EINVAL, "direct n < 0");
    CHECK(k4j_sort_tokeys_f32(isa, NULL, 5, NULL) == K4J_EINVAL, "tokeys NULL");
    const char *e = getenv("K4J_SORT_DIRECT");
    int on = e != NULL && strcmp(e, "on") == 0, off = e != NULL && strcmp(e, "off") == 0;
    for (int64_t n = 0; n <= 5000000; n = n < 10 ? n + 1 : n * 3) {
        int32_t d[4] = {k4j_sort_direct_f64(isa, n), k4j_sort_direct_f32(isa, n), k4j_sort_direct_i64(isa, n),
                        k4j_sort_direct_i32(isa, n)};
        for (int k = 0; k < 4; k++) {
            CHECK(d[k] == 0 || d[k] == 1, "direct %d", d[k]);
            if (n <= 384 || off) CHECK(d[k] == 0, "direct at n %lld (off or small)", (long long)n);
            else if (on) CHECK(d[k] == 1, "direct at n %lld forced on", (long long)n);
            if (!on && isa == K4J_ISA_BASELINE) CHECK(d[k] == 0, "direct on the baseline");
        }
    }
    /* keys of every special value, sorted as one bucket: the documented order */
    enum { N = 3000 };
    static double x[N], out[N], ref[N];
    static uint64_t keys[N];
    static int64_t work[K4J_SORT_WORK_WORDS];
    static const double sp[] = {NAN, -NAN, INFINITY, -INFINITY, 0.0, -0.0, 1.5, -1.5, 5e-324, -5e-324};
    for (int i = 0; i < N; i++) x[i] = i % 3 == 0 ? sp[rnd() % 10] : (double)(int64_t)rnd() * 1e-12;
    memcpy(ref, x, sizeof x);
    ref_sort(ref, N, REF_F64);
    CHECK(k4j_sort_tokeys_f64(isa, x, N, keys) == K4J_OK, "tokeys status");
    const int64_t whole[2] = {0, N};
    CHECK(k4j_sort_buckets_f64(isa, keys, N, out, whole, 1, NULL, 0, work) == K4J_OK, "one bucket status");
    CHECK(memcmp(out, ref, sizeof out) == 0, "tokeys + one bucket on isa %d: the sorted bits", isa);
    /* in place (x and keys the same memory); the keys again (the bucket sort clobbered them) */
    CHECK(k4j_sort_tokeys_f64(isa, x, N, keys) == K4J_OK, "tokeys status");
    memcpy(out, x, sizeof x);
    CHECK(k4j_sort_tokeys_f64(isa, out, N, (uint64_t *)(void *)out) == K4J_OK, "tokeys in place");
    CHECK(memcmp(out, keys, sizeof keys) == 0, "tokeys in place gives the same keys");
    /* the heap route: keysort, then fromkeys */
    static uint64_t tmp[K4J_SORT_STACK_MAX];
    CHECK(k4j_sort_keysort_f64(isa, keys, N, tmp, K4J_SORT_STACK_MAX, work) == K4J_OK, "keysort status");
    CHECK(k4j_sort_keysort_f64(isa, keys, N, NULL, 0, work) == K4J_EINVAL, "keysort without tmp");
    for (int i = 1; i < N; i++) CHECK(keys[i - 1] <= keys[i], "keysort order at %d", i);
    memset(out, 0, sizeof out);
    CHECK(k4j_sort_fromkeys_f64(isa, keys, N, out) == K4J_OK, "fromkeys status");
    CHECK(memcmp(out, ref, sizeof out) == 0, "tokeys + keysort + fromkeys on isa %d: the sorted bits", isa);
    /* 4-byte keys the same way */
    static float xf[N], of[N], rf[N];
    static uint32_t kf[N], tf[K4J_SORT_STACK_MAX];
    static const float spf[] = {NAN, -NAN, INFINITY, -INFINITY, 0.0f, -0.0f, 1.5f, -1.5f, 1e-45f, -1e-45f};
    for (int i = 0; i < N; i++) xf[i] = i % 3 == 0 ? spf[rnd() % 10] : (float)(int32_t)rnd() * 1e-6f;
    memcpy(rf, xf, sizeof xf);
    ref_sort(rf, N, REF_F32);
    CHECK(k4j_sort_tokeys_f32(isa, xf, N, kf) == K4J_OK && k4j_sort_keysort_f32(isa, kf, N, tf, K4J_SORT_STACK_MAX, work) == K4J_OK &&
          k4j_sort_fromkeys_f32(isa, kf, N, of) == K4J_OK, "float32 statuses");
    CHECK(memcmp(of, rf, sizeof of) == 0, "float32 tokeys + keysort + fromkeys on isa %d", isa);
}

static void test_bits(int32_t isa) {
    CHECK(k4j_sort_bits_f64(isa, -1, 0) == K4J_EINVAL && k4j_sort_bits_i32(isa, 5, 2) == K4J_EINVAL,
          "bits: bad arguments");
    for (int canon = 0; canon <= 1; canon++) {
        int prev[4] = {0, 0, 0, 0};
        for (int lg = 0; lg <= 62; lg++) {
            for (int step = 0; step < 3; step++) {
                int64_t n = ((int64_t)1 << lg) + step * (((int64_t)1 << lg) / 3); /* 2^lg, 4/3 and 5/3 of it */
                int32_t b[4] = {k4j_sort_bits_f64(isa, n, canon), k4j_sort_bits_f32(isa, n, canon),
                                k4j_sort_bits_i64(isa, n, canon), k4j_sort_bits_i32(isa, n, canon)};
                for (int t = 0; t < 4; t++) {
                    CHECK(b[t] >= 6 && b[t] <= 11 && b[t] >= prev[t], "bits: isa %d canon %d n %lld dtype %d: %d after %d",
                          isa, canon, (long long)n, t, b[t], prev[t]);
                    prev[t] = b[t];
                }
                CHECK(b[0] == b[2] && b[1] == b[3], "bits: same key width, same rule (n %lld)", (long long)n);
            }
        }
    }
    /* plan with bits 0 takes the same number. */
    static const int64_t ns[] = {5000, 300001, 1100000, 2200000};
    double *x = malloc(sizeof(double) * 2200000);
    float *xf = malloc(sizeof(float) * 2200000);
    for (int64_t i = 0; i < 2200000; i++) xf[i] = (float)(x[i] = (double)((i * 2654435761u) % 1000003u));
    for (size_t q = 0; q < sizeof ns / sizeof *ns; q++) {
        for (int canon = 0; canon <= 1; canon++) {
            int64_t plan[K4J_SORT_PLAN_WORDS];
            CHECK(k4j_sort_plan_f64(isa, x, ns[q], canon, 0, plan) == K4J_OK && plan[1] == k4j_sort_bits_f64(isa, ns[q], canon),
                  "bits: plan f64 n %lld canon %d took %lld", (long long)ns[q], canon, (long long)plan[1]);
            CHECK(k4j_sort_plan_f32(isa, xf, ns[q], canon, 0, plan) == K4J_OK && plan[1] == k4j_sort_bits_f32(isa, ns[q], canon),
                  "bits: plan f32 n %lld canon %d took %lld", (long long)ns[q], canon, (long long)plan[1]);
        }
    }
    free(x);
    free(xf);
    /* The rules, at points measured: the general one (sort.c), and Zen 5's on its vector paths. */
    if ((isa == K4J_ISA_AVX2 || isa == K4J_ISA_AVX512) && zen5()) {
        CHECK(k4j_sort_bits_f32(isa, 1000000, 0) == 9 && k4j_sort_bits_f32(isa, 20000000, 0) == 9 &&
              k4j_sort_bits_f32(isa, 250000, 0) == 8, "bits: Zen 5, 4-byte keys");
        CHECK(k4j_sort_bits_f64(isa, 1000000, 0) == 9 && k4j_sort_bits_f64(isa, 4000000, 0) == 9 &&
              k4j_sort_bits_f64(isa, 10000000, 0) == 10 && k4j_sort_bits_f64(isa, 20000000, 0) == 10,
              "bits: Zen 5, 8-byte keys");
        CHECK(k4j_sort_bits_f64(isa, 1000000, 1) == 9 && k4j_sort_bits_f64(isa, 20000000, 1) == 9 &&
              k4j_sort_bits_i32(isa, 250000, 1) == 8, "bits: Zen 5, argsort's rule");
    } else {
        CHECK(k4j_sort_bits_f32(isa, 1000000, 0) == 6 && k4j_sort_bits_f32(isa, 20000000, 0) == 10, "bits: 4-byte keys");
        CHECK(k4j_sort_bits_f64(isa, 1000000, 0) == 7 && k4j_sort_bits_f64(isa, 20000000, 0) == 11, "bits: 8-byte keys");
        CHECK(k4j_sort_bits_f64(isa, 1000000, 1) == 6 && k4j_sort_bits_f64(isa, 20000000, 1) == 11, "bits: argsort's rule");
    }
}

int main(void) {
    static const int64_t sizes[] = {0, 1, 2, 3, 17, 24, 25, 100, 384, 385, 1000, 1024, 1025, 5000, 70000, 300001};
    for (int32_t isa = K4J_ISA_BASELINE; isa >= 0 && isa <= k4j_info_best_isa(); isa = next_isa(isa)) {
        test_config(isa);
        test_direct(isa);
        test_bits(isa);
        for (size_t s = 0; s < sizeof sizes / sizeof *sizes; s++) {
            for (int kind = 0; kind < 7; kind++) {
                test_sort_f64(isa, sizes[s], kind);
                test_argsort_f64(isa, sizes[s], kind);
            }
            test_sort_i32(isa, sizes[s]);
            for (int kind = 0; kind < 5 && sizes[s] <= 70000; kind++) { /* 70000 already takes every route */
                test_argsort_int(isa, sizes[s], kind, 1);
                test_argsort_int(isa, sizes[s], kind, 0);
            }
            for (int kind = 0; kind < 7; kind++) {
                test_passes_f64(isa, sizes[s], kind);
                if (kind <= 1 || kind >= 5) { /* random, specials, few, skewed */
                    test_scatter_piece_f64(isa, sizes[s], kind);
                    test_argscatter_f64(isa, sizes[s], kind);
                }
                test_sort_f32(isa, sizes[s], kind);
            }
            for (int kind = 0; kind < 7; kind++) test_select_f64(isa, sizes[s], kind);
        }
        /* Past 8 MiB of keys the sorted buckets are streamed to x (sort.c, K4J_STREAM_OUT_MIN). */
        test_sort_f64(isa, 1100000, 0);
        test_sort_f64(isa, 1100000, 1);
        test_sort_f32(isa, 2200000, 6);
        static const double ranges[][2] = {{-3.4e38, 3.4e38}, {-1e38, 3.4e38}, {0, 3e-44}, {-2e-45, 3e-44},
                                           {1.0, 1.0 + 1.0 / 1048576}, {-1e-30, 1e30}, {0.5, 1.0}};
        for (size_t r = 0; r < sizeof ranges / sizeof *ranges; r++)
            for (int sp = 0; sp < 2; sp++) {
                test_sort_f32_range(isa, 5000, ranges[r][0], ranges[r][1], sp);
                test_sort_f32_range(isa, 300001, ranges[r][0], ranges[r][1], sp);
            }
        static const int64_t spread_sizes[] = {33, 200, 1000, 5000, 70000};
        static const int spreads[] = {40, 50, 51, 52, 53, 54, 56, 60, 63, 64};
        for (size_t s = 0; s < sizeof spread_sizes / sizeof *spread_sizes; s++)
            for (size_t t = 0; t < sizeof spreads / sizeof *spreads; t++)
                for (int c = 0; c < 2; c++) test_sort_i64_spread(isa, spread_sizes[s], spreads[t], c);
        test_merge_f64(isa, 1000, 777);
        test_merge_f64(isa, 0, 5);
        test_merge_f64(isa, 3000, 3000);
    }
    /* bad arguments */
    CHECK(k4j_sort_sort_f64(K4J_ISA_AUTO, NULL, 5, NULL) == K4J_EINVAL, "NULL x");
    CHECK(k4j_sort_sort_f64(K4J_ISA_AUTO, NULL, -1, NULL) == K4J_EINVAL, "negative n");
    double big[2000] = {0};
    CHECK(k4j_sort_sort_f64(K4J_ISA_AUTO, big, 2000, NULL) == K4J_EINVAL, "missing scratch");
    int64_t bad[2] = {3, 1};
    uint64_t sc[4];
    double v[2];
    CHECK(k4j_sort_select_f64(K4J_ISA_AUTO, big, 4, bad, 2, v, sc) == K4J_EINVAL, "unsorted ranks");
    bad[0] = 0;
    bad[1] = 4;
    CHECK(k4j_sort_partition_f64(K4J_ISA_AUTO, big, 4, bad, 2) == K4J_EINVAL, "rank out of range");
    if (failures) {
        fprintf(stderr, "%d failures\n", failures);
        return 1;
    }
    printf("test_sort: ok\n");
    return 0;
}
