/* C tests of the mask family (k4j.h "mask") on every ISA path, against scalar
 * references written here as the header words them: comparisons with NaN,
 * ±Inf and ±0, where in all its forms (in place too), the predicates,
 * nan_to_num, and the truth reductions over sizes around the vector widths
 * and the 4096-element blocks, plus the argument checks. Ends with
 * "N passed, M failed"; the exit status is non-zero on any failure. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "k4j.h"
#include "test_isa.h"
#include "test_util.h"

static long checks;
#define EXPECT(cond, ...) \
    do {                  \
        checks++;         \
        CHECK(cond, __VA_ARGS__); \
    } while (0)

static const int64_t sizes[] = {0, 1, 2, 3, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 65, 127, 129,
                                4095, 4096, 4097, 8192 + 13, 20000};
#define NSIZES ((int)(sizeof sizes / sizeof sizes[0]))
#define MAXN 20000

static double special(void) {
    static const double s[] = {NAN, INFINITY, -INFINITY, 0.0, -0.0, 1.0, -1.0, 0.5, DBL_MAX, -DBL_MAX, 0x1p-1074};
    return s[rnd() % (sizeof s / sizeof s[0])];
}

/* Values drawn from a small set so that equal pairs are frequent. */
static double value(void) {
    if (rnd() % 3 == 0) return special();
    return (double)((int64_t)(rnd() % 7) - 3);
}

static int ref_cmp(int op, double a, double b) {
    switch (op) {
    case K4J_CMP_LT: return a < b;
    case K4J_CMP_LE: return a <= b;
    case K4J_CMP_EQ: return a == b;
    case K4J_CMP_NE: return a != b;
    case K4J_CMP_GT: return a > b;
    default: return a >= b;
    }
}

static int same_bits64(double a, double b) { return memcmp(&a, &b, sizeof a) == 0; }
static int same_bits32(float a, float b) { return memcmp(&a, &b, sizeof a) == 0; }

static double a64[MAXN], b64[MAXN], o64[MAXN];
static float a32[MAXN], b32[MAXN], o32[MAXN];
static int64_t ai64[MAXN], bi64[MAXN], oi64[MAXN];
static int32_t ai32[MAXN], bi32[MAXN], oi32[MAXN];
static uint8_t m[MAXN], mo[MAXN];

static void fill(int64_t n) {
    for (int64_t i = 0; i < n; i++) {
        a64[i] = value();
        b64[i] = rnd() % 4 == 0 ? a64[i] : value();
        a32[i] = (float)a64[i];
        b32[i] = (float)b64[i];
        ai64[i] = (int64_t)(rnd() % 5) - 2;
        bi64[i] = rnd() % 9 == 0 ? (int64_t)rnd() : (int64_t)(rnd() % 5) - 2;
        ai32[i] = (int32_t)ai64[i];
        bi32[i] = (int32_t)bi64[i];
        /* masks with bytes other than 0 and 1: any non-zero byte is true */
        uint64_t r = rnd() % 4;
        m[i] = r == 0 ? 0 : r == 1 ? 1 : r == 2 ? 0 : (uint8_t)(2 + rnd() % 254);
    }
}

static void test_cmp(int isa, int64_t n) {
    for (int op = K4J_CMP_LT; op <= K4J_CMP_GE; op++) {
        EXPECT(k4j_mask_cmp_f64(isa, op, a64, b64, mo, n) == K4J_OK, "cmp_f64 status");
        for (int64_t i = 0; i < n; i++)
            EXPECT(mo[i] == ref_cmp(op, a64[i], b64[i]), "isa %d cmp_f64 op %d n %lld i %lld: %g vs %g -> %d", isa, op,
                   (long long)n, (long long)i, a64[i], b64[i], mo[i]);
        EXPECT(k4j_mask_cmp_f32(isa, op, a32, b32, mo, n) == K4J_OK, "cmp_f32 status");
        for (int64_t i = 0; i < n; i++)
            EXPECT(mo[i] == ref_cmp(op, a32[i], b32[i]), "isa %d cmp_f32 op %d i %lld", isa, op, (long long)i);
        EXPECT(k4j_mask_cmp_i64(isa, op, ai64, bi64, mo, n) == K4J_OK, "cmp_i64 status");
        for (int64_t i = 0; i < n; i++) {
            int64_t x = ai64[i], y = bi64[i];
            int r = op == 0 ? x < y : op == 1 ? x <= y : op == 2 ? x == y : op == 3 ? x != y : op == 4 ? x > y : x >= y;
            EXPECT(mo[i] == r, "isa %d cmp_i64 op %d i %lld", isa, op, (long long)i);
        }
        EXPECT(k4j_mask_cmp_i32(isa, op, ai32, bi32, mo, n) == K4J_OK, "cmp_i32 status");
        for (int64_t i = 0; i < n; i++) {
            int32_t x = ai32[i], y = bi32[i];
            int r = op == 0 ? x < y : op == 1 ? x <= y : op == 2 ? x == y : op == 3 ? x != y : op == 4 ? x > y : x >= y;
            EXPECT(mo[i] == r, "isa %d cmp_i32 op %d i %lld", isa, op, (long long)i);
        }
        static const double scalars[] = {NAN, 0.0, -0.0, INFINITY, -INFINITY, 1.0};
        for (int k = 0; k < 6; k++) {
            double s = scalars[k];
            EXPECT(k4j_mask_cmps_f64(isa, op, a64, s, mo, n) == K4J_OK, "cmps_f64 status");
            for (int64_t i = 0; i < n; i++)
                EXPECT(mo[i] == ref_cmp(op, a64[i], s), "isa %d cmps_f64 op %d s %g i %lld", isa, op, s, (long long)i);
            EXPECT(k4j_mask_cmps_f32(isa, op, a32, (float)s, mo, n) == K4J_OK, "cmps_f32 status");
            for (int64_t i = 0; i < n; i++)
                EXPECT(mo[i] == ref_cmp(op, a32[i], (float)s), "isa %d cmps_f32 op %d i %lld", isa, op, (long long)i);
        }
        EXPECT(k4j_mask_cmps_i64(isa, op, ai64, 0, mo, n) == K4J_OK, "cmps_i64 status");
        for (int64_t i = 0; i < n; i++) EXPECT(mo[i] == ref_cmp(op, (double)ai64[i], 0.0), "cmps_i64 i %lld", (long long)i);
        EXPECT(k4j_mask_cmps_i32(isa, op, ai32, -1, mo, n) == K4J_OK, "cmps_i32 status");
        for (int64_t i = 0; i < n; i++) EXPECT(mo[i] == ref_cmp(op, (double)ai32[i], -1.0), "cmps_i32 i %lld", (long long)i);
    }
}

static void test_where(int isa, int64_t n) {
    EXPECT(k4j_mask_where_f64(isa, m, a64, b64, o64, n) == K4J_OK, "where_f64 status");
    for (int64_t i = 0; i < n; i++) EXPECT(same_bits64(o64[i], m[i] ? a64[i] : b64[i]), "isa %d where_f64 i %lld", isa, (long long)i);
    EXPECT(k4j_mask_wheres_f64(isa, m, a64, -0.0, 0, o64, n) == K4J_OK, "wheres_f64 status");
    for (int64_t i = 0; i < n; i++) EXPECT(same_bits64(o64[i], m[i] ? a64[i] : -0.0), "wheres_f64 i %lld", (long long)i);
    EXPECT(k4j_mask_wheres_f64(isa, m, a64, NAN, 1, o64, n) == K4J_OK, "wheres_f64 swap status");
    for (int64_t i = 0; i < n; i++)
        EXPECT(m[i] ? isnan(o64[i]) : same_bits64(o64[i], a64[i]), "wheres_f64 swap i %lld", (long long)i);
    EXPECT(k4j_mask_wheress_f64(isa, m, 1.5, -0.0, o64, n) == K4J_OK, "wheress_f64 status");
    for (int64_t i = 0; i < n; i++) EXPECT(same_bits64(o64[i], m[i] ? 1.5 : -0.0), "wheress_f64 i %lld", (long long)i);
    /* in place: out is b */
    memcpy(o64, b64, (size_t)n * sizeof *o64);
    EXPECT(k4j_mask_where_f64(isa, m, a64, o64, o64, n) == K4J_OK, "where_f64 in place");
    for (int64_t i = 0; i < n; i++) EXPECT(same_bits64(o64[i], m[i] ? a64[i] : b64[i]), "where_f64 in place i %lld", (long long)i);

    EXPECT(k4j_mask_where_f32(isa, m, a32, b32, o32, n) == K4J_OK, "where_f32 status");
    for (int64_t i = 0; i < n; i++) EXPECT(same_bits32(o32[i], m[i] ? a32[i] : b32[i]), "where_f32 i %lld", (long long)i);
    EXPECT(k4j_mask_wheres_f32(isa, m, a32, 2.0f, 1, o32, n) == K4J_OK, "wheres_f32 status");
    for (int64_t i = 0; i < n; i++) EXPECT(same_bits32(o32[i], m[i] ? 2.0f : a32[i]), "wheres_f32 i %lld", (long long)i);
    EXPECT(k4j_mask_wheress_f32(isa, m, -1.0f, 3.0f, o32, n) == K4J_OK, "wheress_f32 status");
    for (int64_t i = 0; i < n; i++) EXPECT(o32[i] == (m[i] ? -1.0f : 3.0f), "wheress_f32 i %lld", (long long)i);

    EXPECT(k4j_mask_where_i64(isa, m, ai64, bi64, oi64, n) == K4J_OK, "where_i64 status");
    for (int64_t i = 0; i < n; i++) EXPECT(oi64[i] == (m[i] ? ai64[i] : bi64[i]), "where_i64 i %lld", (long long)i);
    EXPECT(k4j_mask_wheres_i64(isa, m, ai64, INT64_MIN, 0, oi64, n) == K4J_OK, "wheres_i64 status");
    for (int64_t i = 0; i < n; i++) EXPECT(oi64[i] == (m[i] ? ai64[i] : INT64_MIN), "wheres_i64 i %lld", (long long)i);
    EXPECT(k4j_mask_wheress_i64(isa, m, 7, -7, oi64, n) == K4J_OK, "wheress_i64 status");
    for (int64_t i = 0; i < n; i++) EXPECT(oi64[i] == (m[i] ? 7 : -7), "wheress_i64 i %lld", (long long)i);
    EXPECT(k4j_mask_where_i32(isa, m, ai32, bi32, oi32, n) == K4J_OK, "where_i32 status");
    for (int64_t i = 0; i < n; i++) EXPECT(oi32[i] == (m[i] ? ai32[i] : bi32[i]), "where_i32 i %lld", (long long)i);
    EXPECT(k4j_mask_wheres_i32(isa, m, ai32, INT32_MAX, 1, oi32, n) == K4J_OK, "wheres_i32 status");
    for (int64_t i = 0; i < n; i++) EXPECT(oi32[i] == (m[i] ? INT32_MAX : ai32[i]), "wheres_i32 i %lld", (long long)i);
    EXPECT(k4j_mask_wheress_i32(isa, m, 1, 0, oi32, n) == K4J_OK, "wheress_i32 status");
    for (int64_t i = 0; i < n; i++) EXPECT(oi32[i] == (m[i] ? 1 : 0), "wheress_i32 i %lld", (long long)i);
}

static void test_predicates(int isa, int64_t n) {
    EXPECT(k4j_mask_isnan_f64(isa, a64, mo, n) == K4J_OK, "isnan_f64 status");
    for (int64_t i = 0; i < n; i++) EXPECT(mo[i] == (isnan(a64[i]) ? 1 : 0), "isnan_f64 i %lld", (long long)i);
    EXPECT(k4j_mask_isinf_f64(isa, a64, mo, n) == K4J_OK, "isinf_f64 status");
    for (int64_t i = 0; i < n; i++) EXPECT(mo[i] == (isinf(a64[i]) ? 1 : 0), "isinf_f64 i %lld", (long long)i);
    EXPECT(k4j_mask_isfinite_f64(isa, a64, mo, n) == K4J_OK, "isfinite_f64 status");
    for (int64_t i = 0; i < n; i++) EXPECT(mo[i] == (isfinite(a64[i]) ? 1 : 0), "isfinite_f64 i %lld", (long long)i);
    EXPECT(k4j_mask_isnan_f32(isa, a32, mo, n) == K4J_OK, "isnan_f32 status");
    for (int64_t i = 0; i < n; i++) EXPECT(mo[i] == (isnan(a32[i]) ? 1 : 0), "isnan_f32 i %lld", (long long)i);
    EXPECT(k4j_mask_isinf_f32(isa, a32, mo, n) == K4J_OK, "isinf_f32 status");
    for (int64_t i = 0; i < n; i++) EXPECT(mo[i] == (isinf(a32[i]) ? 1 : 0), "isinf_f32 i %lld", (long long)i);
    EXPECT(k4j_mask_isfinite_f32(isa, a32, mo, n) == K4J_OK, "isfinite_f32 status");
    for (int64_t i = 0; i < n; i++) EXPECT(mo[i] == (isfinite(a32[i]) ? 1 : 0), "isfinite_f32 i %lld", (long long)i);

    EXPECT(k4j_mask_nantonum_f64(isa, a64, 0.0, DBL_MAX, -DBL_MAX, o64, n) == K4J_OK, "nantonum_f64 status");
    for (int64_t i = 0; i < n; i++) {
        double v = a64[i], e = isnan(v) ? 0.0 : v == INFINITY ? DBL_MAX : v == -INFINITY ? -DBL_MAX : v;
        EXPECT(same_bits64(o64[i], e), "nantonum_f64 i %lld", (long long)i);
    }
    memcpy(o32, a32, (size_t)n * sizeof *o32); /* in place */
    EXPECT(k4j_mask_nantonum_f32(isa, o32, -1.0f, 9.0f, NAN, o32, n) == K4J_OK, "nantonum_f32 status");
    for (int64_t i = 0; i < n; i++) {
        float v = a32[i];
        if (v == -INFINITY)
            EXPECT(isnan(o32[i]), "nantonum_f32 -inf i %lld", (long long)i);
        else
            EXPECT(same_bits32(o32[i], isnan(v) ? -1.0f : v == INFINITY ? 9.0f : v), "nantonum_f32 i %lld", (long long)i);
    }
}

static void test_truth(int isa, int64_t n) {
    int64_t c64 = 0, c32 = 0, ci64 = 0, ci32 = 0, cb = 0;
    for (int64_t i = 0; i < n; i++) {
        c64 += a64[i] != 0;
        c32 += a32[i] != 0;
        ci64 += ai64[i] != 0;
        ci32 += ai32[i] != 0;
        cb += m[i] != 0;
    }
    EXPECT(k4j_mask_countnz_f64(isa, a64, n) == c64, "countnz_f64 n %lld", (long long)n);
    EXPECT(k4j_mask_countnz_f32(isa, a32, n) == c32, "countnz_f32 n %lld", (long long)n);
    EXPECT(k4j_mask_countnz_i64(isa, ai64, n) == ci64, "countnz_i64 n %lld", (long long)n);
    EXPECT(k4j_mask_countnz_i32(isa, ai32, n) == ci32, "countnz_i32 n %lld", (long long)n);
    EXPECT(k4j_mask_countnz_b8(isa, m, n) == cb, "countnz_b8 n %lld", (long long)n);
    EXPECT(k4j_mask_any_f64(isa, a64, n) == (c64 > 0), "any_f64");
    EXPECT(k4j_mask_all_f64(isa, a64, n) == (c64 == n), "all_f64");
    EXPECT(k4j_mask_any_f32(isa, a32, n) == (c32 > 0), "any_f32");
    EXPECT(k4j_mask_all_f32(isa, a32, n) == (c32 == n), "all_f32");
    EXPECT(k4j_mask_any_i64(isa, ai64, n) == (ci64 > 0), "any_i64");
    EXPECT(k4j_mask_all_i64(isa, ai64, n) == (ci64 == n), "all_i64");
    EXPECT(k4j_mask_any_i32(isa, ai32, n) == (ci32 > 0), "any_i32");
    EXPECT(k4j_mask_all_i32(isa, ai32, n) == (ci32 == n), "all_i32");
    EXPECT(k4j_mask_any_b8(isa, m, n) == (cb > 0), "any_b8");
    EXPECT(k4j_mask_all_b8(isa, m, n) == (cb == n), "all_b8");

    /* one decisive element at every position class: first, last, in a later block */
    if (n > 0) {
        int64_t where[] = {0, n - 1, n / 2};
        for (int k = 0; k < 3; k++) {
            int64_t p = where[k];
            for (int64_t i = 0; i < n; i++) { o64[i] = -0.0; mo[i] = 0; }
            o64[p] = NAN;
            mo[p] = 0x80;
            EXPECT(k4j_mask_any_f64(isa, o64, n) == 1, "any_f64 NaN at %lld", (long long)p);
            EXPECT(k4j_mask_countnz_f64(isa, o64, n) == 1, "countnz_f64 NaN at %lld", (long long)p);
            EXPECT(k4j_mask_any_b8(isa, mo, n) == 1, "any_b8 at %lld", (long long)p);
            for (int64_t i = 0; i < n; i++) { o64[i] = NAN; mo[i] = 1; }
            o64[p] = -0.0;
            mo[p] = 0;
            EXPECT(k4j_mask_all_f64(isa, o64, n) == 0, "all_f64 -0.0 at %lld", (long long)p);
            EXPECT(k4j_mask_all_b8(isa, mo, n) == 0, "all_b8 at %lld", (long long)p);
        }
    }
}

static void test_validation(int isa) {
    double d = 0;
    uint8_t b = 0;
    EXPECT(k4j_mask_cmp_f64(isa, -1, &d, &d, &b, 1) == K4J_EINVAL, "bad op");
    EXPECT(k4j_mask_cmp_f64(isa, 6, &d, &d, &b, 1) == K4J_EINVAL, "bad op 6");
    EXPECT(k4j_mask_cmps_i32(isa, 99, NULL, 0, NULL, 0) == K4J_EINVAL, "bad op, n 0");
    EXPECT(k4j_mask_cmp_f64(isa, K4J_CMP_LT, NULL, &d, &b, 1) == K4J_EINVAL, "NULL a");
    EXPECT(k4j_mask_cmp_f64(isa, K4J_CMP_LT, &d, &d, &b, -1) == K4J_EINVAL, "negative n");
    EXPECT(k4j_mask_cmp_f64(isa, K4J_CMP_LT, NULL, NULL, NULL, 0) == K4J_OK, "n 0 with NULLs");
    EXPECT(k4j_mask_where_f64(isa, NULL, &d, &d, &d, 1) == K4J_EINVAL, "NULL mask");
    EXPECT(k4j_mask_where_f64(isa, &b, &d, &d, NULL, 1) == K4J_EINVAL, "NULL out");
    EXPECT(k4j_mask_wheres_f32(isa, &b, NULL, 0, 0, NULL, 1) == K4J_EINVAL, "NULL a (wheres)");
    EXPECT(k4j_mask_wheress_i64(isa, NULL, 0, 0, NULL, 1) == K4J_EINVAL, "NULL mask (wheress)");
    EXPECT(k4j_mask_isnan_f64(isa, &d, NULL, 1) == K4J_EINVAL, "NULL out (isnan)");
    EXPECT(k4j_mask_nantonum_f32(isa, NULL, 0, 0, 0, NULL, 2) == K4J_EINVAL, "NULL (nantonum)");
    EXPECT(k4j_mask_countnz_f64(isa, NULL, 1) == -1, "countnz NULL");
    EXPECT(k4j_mask_countnz_b8(isa, &b, -5) == -1, "countnz_b8 negative n");
    EXPECT(k4j_mask_any_i32(isa, NULL, 3) == K4J_EINVAL, "any NULL");
    EXPECT(k4j_mask_all_b8(isa, NULL, 3) == K4J_EINVAL, "all_b8 NULL");
    EXPECT(k4j_mask_any_b8(isa, NULL, 0) == 0, "any of nothing");
    EXPECT(k4j_mask_all_f32(isa, NULL, 0) == 1, "all of nothing");
}

int main(void) {
    int32_t best = k4j_info_best_isa();
    for (int isa = K4J_ISA_BASELINE; isa >= 0 && isa <= best; isa = next_isa(isa)) {
        for (int s = 0; s < NSIZES; s++) {
            int64_t n = sizes[s];
            fill(n);
            test_cmp(isa, n);
            test_where(isa, n);
            test_predicates(isa, n);
            test_truth(isa, n);
        }
        test_validation(isa);
    }
    /* a path of the other architecture, or an unknown code, is lowered, never run */
    for (int k = 0; k < TEST_FOREIGN_ISA_COUNT; k++) {
        fill(100);
        test_cmp(test_foreign_isa_paths[k], 100);
        test_truth(test_foreign_isa_paths[k], 100);
    }
    printf("%ld passed, %d failed\n", checks - failures, failures);
    return failures == 0 ? 0 : 1;
}
