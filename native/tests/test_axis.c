/* C tests of the axis family (k4j.h "axis") on every ISA path: each column
 * result must equal, bit for bit, the 1-D reduce kernel on that column copied
 * into an array (sum, nansum, sqdev, nansqdev, the NaN counts, min, max,
 * nanmin, nanmax), over shapes around the strip width (64 columns) and the
 * 512-row blocks, leading dimensions larger than the width, NaN, +-Inf and
 * +-0 and float32, plus the argument checks. The block sits in an exactly
 * sized allocation, so under AddressSanitizer a read past its last element
 * fails. Ends with "N passed, M failed"; non-zero exit status on any failure. */
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
#define EXPECT(cond, ...)         \
    do {                          \
        checks++;                 \
        CHECK(cond, __VA_ARGS__); \
    } while (0)

static int same(double a, double b) { return memcmp(&a, &b, sizeof a) == 0; }
/* Equal bits, or both NaN: a NaN's sign and payload are not specified (x86 makes
 * Inf - Inf a negative NaN, and which NaN operand an addition passes on depends
 * on the order of the operands in the instruction, as in the 1-D kernels). */
static int same_value(double a, double b) { return same(a, b) || (isnan(a) && isnan(b)); }

/* mode 0: normal-ish values; 1: with NaN, +-Inf, +-0; 2: mostly zeros of both signs; 3: all NaN */
static double draw(int mode) {
    static const double s[] = {NAN, INFINITY, -INFINITY, 0.0, -0.0, 1.0, -1.0, 1e300, -1e-300, 0x1p-1074};
    switch (mode) {
    case 0: return unit() * 2e3 - 1e3;
    case 1: return rnd() % 5 == 0 ? s[rnd() % 10] : unit() - 0.5;
    case 2: return rnd() % 2 ? 0.0 : -0.0;
    default: return NAN;
    }
}

static const int64_t row_sizes[] = {0, 1, 2, 31, 32, 33, 40, 64, 511, 512, 513, 1024, 1537, 2100};
static const int64_t col_sizes[] = {0, 1, 3, 63, 64, 65, 130};
#define NR ((int)(sizeof row_sizes / sizeof row_sizes[0]))
#define NC ((int)(sizeof col_sizes / sizeof col_sizes[0]))

static void check_shape(int isa, int64_t rows, int64_t cols, int64_t ld, int mode) {
    int64_t n = rows > 0 && cols > 0 ? (rows - 1) * ld + cols : 0;
    double *x = malloc((size_t)(n > 0 ? n : 1) * sizeof(double));
    float *xf = malloc((size_t)(n > 0 ? n : 1) * sizeof(float));
    double *col = malloc((size_t)(rows > 0 ? rows : 1) * sizeof(double));
    float *colf = malloc((size_t)(rows > 0 ? rows : 1) * sizeof(float));
    size_t cb = (size_t)(cols > 0 ? cols : 1);
    double *out = malloc(cb * sizeof(double)), *center = malloc(cb * sizeof(double));
    int64_t *nan = malloc(cb * sizeof(int64_t));
    for (int64_t k = 0; k < n; k++) {
        x[k] = draw(mode);
        xf[k] = (float)x[k];
    }
    for (int64_t j = 0; j < cols; j++) center[j] = unit() * 10 - 5;
    for (int dt = 0; dt < 2; dt++) {
        for (int term = K4J_AXIS_SUM; term <= K4J_AXIS_NANSQDEV; term++) {
            for (int64_t j = 0; j < cols; j++) out[j] = 12345.0, nan[j] = -7;
            int32_t st = dt == 0 ? k4j_axis_colsum_f64(isa, x, rows, cols, ld, term, center, out, nan)
                                 : k4j_axis_colsum_f32(isa, xf, rows, cols, ld, term, center, out, nan);
            EXPECT(st == K4J_OK, "colsum status %d", st);
            for (int64_t j = 0; j < cols; j++) {
                for (int64_t i = 0; i < rows; i++) col[i] = x[i * ld + j], colf[i] = xf[i * ld + j];
                double want;
                int64_t wnan = dt == 0 ? k4j_reduce_nancount_f64(isa, col, rows) : k4j_reduce_nancount_f32(isa, colf, rows);
                if (dt == 0) {
                    want = term == 0 ? k4j_reduce_sum_f64(isa, col, rows)
                         : term == 1 ? k4j_reduce_nansum_f64(isa, col, rows)
                         : term == 2 ? k4j_reduce_sqdev_f64(isa, col, rows, center[j])
                                     : k4j_reduce_nansqdev_f64(isa, col, rows, center[j]);
                } else {
                    want = term == 0 ? k4j_reduce_sum_f32(isa, colf, rows)
                         : term == 1 ? k4j_reduce_nansum_f32(isa, colf, rows)
                         : term == 2 ? k4j_reduce_sqdev_f32(isa, colf, rows, center[j])
                                     : k4j_reduce_nansqdev_f32(isa, colf, rows, center[j]);
                }
                EXPECT(same_value(out[j], want), "isa %d %s term %d %lldx%lld ld %lld mode %d col %lld: %a != %a", isa,
                       dt ? "f32" : "f64", term, (long long)rows, (long long)cols, (long long)ld, mode, (long long)j,
                       out[j], want);
                EXPECT(nan[j] == wnan, "nancount col %lld: %lld != %lld", (long long)j, (long long)nan[j],
                       (long long)wnan);
            }
        }
        /* without nancount and center where they are optional */
        if (cols > 0) {
            double first = out[0];
            int32_t st = dt == 0 ? k4j_axis_colsum_f64(isa, x, rows, cols, ld, K4J_AXIS_NANSUM, NULL, out, NULL)
                                 : k4j_axis_colsum_f32(isa, xf, rows, cols, ld, K4J_AXIS_NANSUM, NULL, out, NULL);
            EXPECT(st == K4J_OK, "colsum without nancount: status %d", st);
            (void)first;
        }
        for (int op = K4J_AXIS_MIN; op <= K4J_AXIS_NANMAX; op++) {
            int32_t st = dt == 0 ? k4j_axis_colext_f64(isa, x, rows, cols, ld, op, out)
                                 : k4j_axis_colext_f32(isa, xf, rows, cols, ld, op, out);
            EXPECT(st == K4J_OK, "colext status %d", st);
            for (int64_t j = 0; j < cols; j++) {
                for (int64_t i = 0; i < rows; i++) col[i] = x[i * ld + j], colf[i] = xf[i * ld + j];
                double want;
                if (dt == 0)
                    want = op == 0 ? k4j_reduce_min_f64(isa, col, rows) : op == 1 ? k4j_reduce_max_f64(isa, col, rows)
                         : op == 2 ? k4j_reduce_nanmin_f64(isa, col, rows) : k4j_reduce_nanmax_f64(isa, col, rows);
                else
                    want = op == 0 ? k4j_reduce_min_f32(isa, colf, rows) : op == 1 ? k4j_reduce_max_f32(isa, colf, rows)
                         : op == 2 ? k4j_reduce_nanmin_f32(isa, colf, rows) : k4j_reduce_nanmax_f32(isa, colf, rows);
                EXPECT(same_value(out[j], want),
                       "isa %d %s ext %d %lldx%lld ld %lld mode %d col %lld: %a != %a", isa, dt ? "f32" : "f64", op,
                       (long long)rows, (long long)cols, (long long)ld, mode, (long long)j, out[j], want);
            }
        }
    }
    free(x), free(xf), free(col), free(colf), free(out), free(center), free(nan);
}

static void check_args(int isa) {
    double x[16] = {0}, out[4] = {0}, c[4] = {0};
    int64_t nan[4];
    /* valid edge cases */
    EXPECT(k4j_axis_colsum_f64(isa, NULL, 0, 0, 0, K4J_AXIS_SUM, NULL, NULL, NULL) == K4J_OK, "0x0");
    EXPECT(k4j_axis_colsum_f64(isa, NULL, 0, 3, 3, K4J_AXIS_SUM, NULL, out, nan) == K4J_OK, "0x3");
    EXPECT(same(out[0], 0.0) && nan[2] == 0, "0x3 gives +0.0 and no NaN");
    EXPECT(k4j_axis_colext_f64(isa, NULL, 0, 2, 2, K4J_AXIS_MIN, out) == K4J_OK && isnan(out[1]), "min of 0 rows");
    EXPECT(k4j_axis_colsum_f64(isa, NULL, 5, 0, 0, K4J_AXIS_SUM, NULL, NULL, NULL) == K4J_OK, "5x0");
    /* invalid: nothing written */
    out[0] = 42.0;
    EXPECT(k4j_axis_colsum_f64(isa, x, -1, 2, 2, K4J_AXIS_SUM, NULL, out, NULL) == K4J_EINVAL, "rows < 0");
    EXPECT(k4j_axis_colsum_f64(isa, x, 2, -1, 2, K4J_AXIS_SUM, NULL, out, NULL) == K4J_EINVAL, "cols < 0");
    EXPECT(k4j_axis_colsum_f64(isa, x, 2, 3, 2, K4J_AXIS_SUM, NULL, out, NULL) == K4J_EINVAL, "ld < cols");
    EXPECT(k4j_axis_colsum_f64(isa, NULL, 2, 2, 2, K4J_AXIS_SUM, NULL, out, NULL) == K4J_EINVAL, "x NULL");
    EXPECT(k4j_axis_colsum_f64(isa, x, 2, 2, 2, K4J_AXIS_SUM, NULL, NULL, NULL) == K4J_EINVAL, "out NULL");
    EXPECT(k4j_axis_colsum_f64(isa, x, 0, 2, 2, K4J_AXIS_SUM, NULL, NULL, NULL) == K4J_EINVAL, "out NULL, 0 rows");
    EXPECT(k4j_axis_colsum_f64(isa, x, 2, 2, 2, K4J_AXIS_SQDEV, NULL, out, NULL) == K4J_EINVAL, "center NULL");
    EXPECT(k4j_axis_colsum_f64(isa, x, 2, 2, 2, K4J_AXIS_NANSQDEV, NULL, out, NULL) == K4J_EINVAL, "center NULL");
    EXPECT(k4j_axis_colsum_f64(isa, x, 2, 2, 2, -1, c, out, NULL) == K4J_EINVAL, "term -1");
    EXPECT(k4j_axis_colsum_f64(isa, x, 2, 2, 2, 4, c, out, NULL) == K4J_EINVAL, "term 4");
    EXPECT(k4j_axis_colsum_f64(isa, x, INT64_MAX, 2, 2, K4J_AXIS_SUM, NULL, out, NULL) == K4J_EINVAL, "overflow");
    EXPECT(k4j_axis_colsum_f64(isa, x, 2, INT64_MAX / 4, INT64_MAX / 4, K4J_AXIS_SUM, NULL, out, NULL) == K4J_EINVAL,
           "huge cols");
    EXPECT(k4j_axis_colsum_f64(isa, x, 1, INT64_MAX / 8 + 1, INT64_MAX / 8 + 1, K4J_AXIS_SUM, NULL, out, NULL) ==
               K4J_EINVAL, "cols past the byte range");
    EXPECT(k4j_axis_colsum_f64(isa, x, (INT64_C(1) << 40), 1024, 1 << 22, K4J_AXIS_SUM, NULL, out, NULL) == K4J_EINVAL,
           "rows * ld past the byte range");
    EXPECT(k4j_axis_colext_f32(isa, (const float *)x, 2, 2, 2, 4, out) == K4J_EINVAL, "op 4");
    EXPECT(k4j_axis_colext_f32(isa, (const float *)x, 2, 2, 2, -1, out) == K4J_EINVAL, "op -1");
    EXPECT(k4j_axis_colext_f32(isa, (const float *)x, 2, 2, 1, K4J_AXIS_MIN, out) == K4J_EINVAL, "ld < cols");
    EXPECT(k4j_axis_colext_f64(isa, x, 2, 2, 2, K4J_AXIS_MAX, NULL) == K4J_EINVAL, "out NULL");
    EXPECT(same(out[0], 42.0), "a rejected call wrote out");
}

int main(void) {
    int32_t best = k4j_info_best_isa();
    for (int isa = K4J_ISA_BASELINE; isa >= 0 && isa <= best; isa = next_isa(isa)) {
        check_args(isa);
        for (int r = 0; r < NR; r++)
            for (int c = 0; c < NC; c++) {
                int64_t rows = row_sizes[r], cols = col_sizes[c];
                check_shape(isa, rows, cols, cols, (int)((r + c) % 4));
                if ((r + c) % 3 == 0) check_shape(isa, rows, cols, cols + 5, 1);
            }
        /* a long column: several levels of the counter, and the short last block */
        check_shape(isa, 512 * 5 + 77, 70, 73, 0);
        check_shape(isa, 512 * 8, 2, 2, 1);
    }
    /* an ISA path of the other architecture is lowered, never run */
    for (int k = 0; k < TEST_FOREIGN_ISA_COUNT; k++) check_shape(test_foreign_isa_paths[k], 33, 5, 5, 1);
    printf("%ld passed, %d failed\n", checks - failures, failures);
    return failures == 0 ? 0 : 1;
}
