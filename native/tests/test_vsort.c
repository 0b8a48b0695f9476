/* The vectorised sorts (vsort.h) through sort and sort_buckets, for every
 * dtype on every ISA path the CPU has: adversarial inputs (all equal, sorted,
 * reversed, few distinct values, organ pipe, NaNs of both signs, +-0, +-Inf,
 * int min/max) at every size 0..300 and around each network and partition
 * block size, against the documented order (k4j.h "sort"; test_util.h ref_sort). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "k4j.h"

#include "test_isa.h"
#include "test_util.h"

#define KINDS 10

/* Bits of a float64 of the given kind at position i of n. */
static double gen_f64(int kind, int64_t i, int64_t n) {
    switch (kind) {
    case 0: return (double)(int64_t)rnd() * 1e-9;
    case 1: return 3.5;                                          /* all equal */
    case 2: return (double)i;                                    /* sorted */
    case 3: return (double)(n - i);                              /* reversed */
    case 4: return (double)(rnd() % 4);                          /* few distinct */
    case 5: return (double)(i < n / 2 ? i : n - i);              /* organ pipe */
    case 6: {                                                     /* specials */
        static const double sp[] = {NAN, -NAN, INFINITY, -INFINITY, 0.0, -0.0, 1.0, -1.0, 5e-324, -5e-324};
        return sp[rnd() % 10];
    }
    case 7: {                                                     /* NaN payloads */
        uint64_t b = UINT64_C(0x7ff0000000000000) | (rnd() & UINT64_C(0x800fffffffffffff));
        if ((b & UINT64_C(0x000fffffffffffff)) == 0) b |= 1;
        double v;
        memcpy(&v, &b, 8);
        return (rnd() & 1) ? v : (double)(int64_t)(rnd() % 1000) - 500;
    }
    case 8: return (rnd() % 64) ? 2.0 : (double)(int64_t)rnd();  /* one value dominating */
    default: {                                                    /* any bits */
        uint64_t b = rnd();
        double v;
        memcpy(&v, &b, 8);
        return v;
    }
    }
}

static int64_t gen_i64(int kind, int64_t i, int64_t n) {
    switch (kind) {
    case 0: return (int64_t)rnd();
    case 1: return -7;
    case 2: return i - n / 2;
    case 3: return n - i;
    case 4: return (int64_t)(rnd() % 3) - 1;
    case 5: return i < n / 2 ? i : n - i;
    case 6: {
        static const int64_t sp[] = {INT64_MIN, INT64_MAX, 0, -1, 1, INT64_MIN + 1, INT64_MAX - 1};
        return sp[rnd() % 7];
    }
    case 7: return (rnd() & 1) ? INT64_MAX : INT64_MIN;
    case 8: return (rnd() % 64) ? 2 : (int64_t)rnd();
    default: return (int64_t)(rnd() % 1000);
    }
}

static int32_t gen_i32(int kind, int64_t i, int64_t n) {
    switch (kind) {
    case 6: {
        static const int32_t sp[] = {INT32_MIN, INT32_MAX, 0, -1, 1, INT32_MIN + 1, INT32_MAX - 1};
        return sp[rnd() % 7];
    }
    case 7: return (rnd() & 1) ? INT32_MAX : INT32_MIN;
    case 0: return (int32_t)(uint32_t)rnd();
    default: return (int32_t)gen_i64(kind, i, n);
    }
}

/* The bucket sort's work words and scratch keys, of fixed size: allocated once in main (1.2 MiB
 * mapped and unmapped per case made the sanitizer run spend most of its time in page faults). */
static int64_t *work;
static uint64_t *tmp_keys64; /* exactly K4J_SORT_STACK_MAX + 1 keys of each width, so a write past */
static uint32_t *tmp_keys32; /* the scratch still lands in the sanitizer's redzone */

/* One dtype: fill, sort through k4j_sort_sort and through one k4j_sort_buckets
 * bucket (keys in place), compare with the reference order. */
#define TEST_DTYPE(name, T, K, GEN, REF)                                                                    \
    static void test_##name(int32_t isa, int64_t n, int kind) {                                    \
        T *x = malloc(sizeof(T) * (size_t)(n + 1));                                                \
        T *ref = malloc(sizeof(T) * (size_t)(n + 1));                                              \
        T *scratch = malloc(sizeof(T) * (size_t)(n + 1));                                          \
        T *orig = malloc(sizeof(T) * (size_t)(n + 1));                                             \
        for (int64_t i = 0; i < n; i++) {                                                          \
            x[i] = GEN(kind, i, n);                                                                \
            ref[i] = x[i];                                                                         \
            orig[i] = x[i];                                                                        \
        }                                                                                          \
        ref_sort(ref, n, REF);                                                                     \
        int32_t st = k4j_sort_sort_##name(isa, x, n, n > K4J_SORT_STACK_MAX ? scratch : NULL);     \
        CHECK(st == K4J_OK, "sort %s status %d", #name, st);                                       \
        CHECK(memcmp(x, ref, sizeof(T) * (size_t)n) == 0, "sort %s isa %d n %lld kind %d", #name, \
              isa, (long long)n, kind);                                                            \
        /* one bucket of keys, sorted in place by sort_buckets */                                  \
        K *keys = malloc(sizeof(K) * (size_t)(n + 1));                                             \
        for (int64_t i = 0; i < n; i++) {                                                          \
            keys[i] = (K)ref_key((const unsigned char *)&orig[i], REF);                            \
        }                                                                                          \
        int64_t bounds[2] = {0, n};                                                                \
        K *tmp = sizeof(K) == 8 ? (K *)(void *)tmp_keys64 : (K *)(void *)tmp_keys32;               \
        if (n > 0) {                                                                               \
            st = k4j_sort_buckets_##name(isa, keys, n, NULL, bounds, 1, tmp, K4J_SORT_STACK_MAX,   \
                                         work);                                                    \
            CHECK(st == K4J_OK, "buckets %s status %d", #name, st);                                \
            int ok = 1;                                                                            \
            for (int64_t i = 1; i < n; i++) /* keys now holds the elements */                     \
                if (ref_key((const unsigned char *)&keys[i - 1], REF) >                            \
                    ref_key((const unsigned char *)&keys[i], REF))                                 \
                    ok = 0;                                                                        \
            CHECK(ok, "buckets %s isa %d n %lld kind %d unsorted", #name, isa, (long long)n, kind); \
            CHECK(memcmp(keys, ref, sizeof(T) * (size_t)n) == 0, "buckets %s isa %d n %lld kind %d", \
                  #name, isa, (long long)n, kind);                                                 \
        }                                                                                          \
        free(keys);                                                                                \
        free(orig);                                                                                \
        free(x);                                                                                   \
        free(ref);                                                                                 \
        free(scratch);                                                                             \
    }

TEST_DTYPE(f64, double, uint64_t, gen_f64, REF_F64)
TEST_DTYPE(f32, float, uint32_t, (float)gen_f64, REF_F32)
TEST_DTYPE(i64, int64_t, uint64_t, gen_i64, REF_I64)
TEST_DTYPE(i32, int32_t, uint32_t, gen_i32, REF_I32)

static void one(int32_t isa, int64_t n) {
    for (int kind = 0; kind < KINDS; kind++) {
        test_f64(isa, n, kind);
        test_f32(isa, n, kind);
        test_i64(isa, n, kind);
        test_i32(isa, n, kind);
    }
}

int main(void) {
    /* network sizes (multiples of 4, 8 and 16 lanes up to 16 vectors), the partition's
     * blocks (4 vectors from each end), the radix threshold, the stack limit */
    static const int64_t around[] = {384, 512, 1024, 2048, 4096, 65536};
    work = malloc(sizeof(int64_t) * K4J_SORT_WORK_WORDS);
    tmp_keys64 = malloc(sizeof(uint64_t) * (size_t)(K4J_SORT_STACK_MAX + 1));
    tmp_keys32 = malloc(sizeof(uint32_t) * (size_t)(K4J_SORT_STACK_MAX + 1));
    for (int32_t isa = K4J_ISA_BASELINE; isa >= 0 && isa <= k4j_info_best_isa(); isa = next_isa(isa)) {
        for (int64_t n = 0; n <= 300; n++) one(isa, n);
        for (size_t s = 0; s < sizeof around / sizeof *around; s++)
            for (int64_t d = -2; d <= 2; d++) one(isa, around[s] + d);
        one(isa, 100003);
    }
    free(work);
    free(tmp_keys64);
    free(tmp_keys32);
    if (failures) {
        fprintf(stderr, "%d failures\n", failures);
        return 1;
    }
    printf("test_vsort: ok\n");
    return 0;
}
