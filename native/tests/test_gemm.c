/* C tests of the gemm family on every ISA path this CPU has: gemm and gemv against
 * a double-accumulated (long double) triple loop on random shapes, transposes,
 * leading dimensions larger than the columns (the padding must stay untouched),
 * the BLAS special cases (beta == 0 with NaN in C, alpha == 0, k == 0), an exact
 * workspace (ASan sees any overrun), NULL workspace, and argument rejection. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "k4j.h"

#include "test_isa.h"
#include "test_util.h"

static double uniform(void) { return (double)(rnd() >> 11) * 0x1p-53 * 2.0 - 1.0; }
static int64_t below(int64_t n) { return (int64_t)(rnd() % (uint64_t)n); }

static const double SENTINEL = 12345.0;

/* One gemm case in both dtypes; C lives in a buffer with ldc > n and sentinels in the padding. */
#define DEFINE_GEMM_CASE(T, SFX, U)                                                                     \
    static void gemm_case_##SFX(int isa, int ta, int tb, int64_t m, int64_t n, int64_t k, double alpha,  \
                                double beta, int nan_c, int pad, int use_ws) {                          \
        int64_t ar = ta ? k : m, ac = ta ? m : k, br = tb ? n : k, bc = tb ? k : n;                       \
        int64_t lda = ac + pad, ldb = bc + pad, ldc = n + pad;                                          \
        if (lda < 1) lda = 1;                                                                           \
        if (ldb < 1) ldb = 1;                                                                           \
        if (ldc < 1) ldc = 1;                                                                           \
        size_t asz = (size_t)(ar * lda), bsz = (size_t)(br * ldb), csz = (size_t)(m * ldc);             \
        T *a = malloc((asz ? asz : 1) * sizeof(T)), *b = malloc((bsz ? bsz : 1) * sizeof(T));           \
        T *c = malloc((csz ? csz : 1) * sizeof(T));                                                     \
        long double *want = malloc((size_t)(m * n + 1) * sizeof(long double));                          \
        long double *mag = malloc((size_t)(m * n + 1) * sizeof(long double));                           \
        for (size_t i = 0; i < asz; i++) a[i] = (T)uniform();                                           \
        for (size_t i = 0; i < bsz; i++) b[i] = (T)uniform();                                           \
        for (int64_t i = 0; i < m; i++)                                                                 \
            for (int64_t j = 0; j < ldc; j++)                                                           \
                c[i * ldc + j] = j < n ? (nan_c ? (T)NAN : (T)uniform()) : (T)SENTINEL;                 \
        for (int64_t i = 0; i < m; i++)                                                                 \
            for (int64_t j = 0; j < n; j++) {                                                           \
                long double s = 0, g = 0;                                                               \
                if (alpha != 0)                                                                         \
                    for (int64_t p = 0; p < k; p++) {                                                   \
                        long double x = ta ? a[p * lda + i] : a[i * lda + p];                           \
                        long double y = tb ? b[j * ldb + p] : b[p * ldb + j];                           \
                        s += x * y;                                                                     \
                        g += fabsl(x * y);                                                              \
                    }                                                                                   \
                long double c0 = beta == 0 ? 0 : (long double)c[i * ldc + j];                           \
                want[i * n + j] = (long double)alpha * s + (long double)beta * c0;                      \
                mag[i * n + j] = fabsl((long double)alpha) * g + fabsl((long double)beta * c0);         \
            }                                                                                           \
        void *ws = NULL;                                                                                \
        int64_t wsz = k4j_gemm_workspace_size_##SFX(isa, m, n, k);                                      \
        CHECK(wsz >= 0, "workspace size %lld", (long long)wsz);                                          \
        if (use_ws && wsz > 0) ws = malloc((size_t)wsz);                                                \
        int32_t st = k4j_gemm_gemm_##SFX(isa, ta, tb, m, n, k, (T)alpha, a, lda, b, ldb, (T)beta, c, ldc, ws); \
        CHECK(st == K4J_OK, "status %d", st);                                                           \
        for (int64_t i = 0; i < m; i++)                                                                 \
            for (int64_t j = 0; j < ldc; j++) {                                                         \
                T got = c[i * ldc + j];                                                                 \
                if (j >= n) {                                                                           \
                    CHECK(got == (T)SENTINEL, "padding (%lld,%lld) overwritten", (long long)i, (long long)j); \
                    continue;                                                                           \
                }                                                                                       \
                long double err = fabsl((long double)got - want[i * n + j]);                            \
                long double bound = (long double)(k + 3) * U * mag[i * n + j];                          \
                if (!(err <= bound)) {                                                                  \
                    CHECK(0, #SFX " isa %d ta %d tb %d m %lld n %lld k %lld alpha %g beta %g: C(%lld,%lld) = %g, want %Lg (err %Lg > %Lg)", \
                          isa, ta, tb, (long long)m, (long long)n, (long long)k, alpha, beta, (long long)i,    \
                          (long long)j, (double)got, want[i * n + j], err, bound);                     \
                    goto done;                                                                          \
                }                                                                                       \
            }                                                                                           \
    done:                                                                                               \
        free(ws);                                                                                       \
        free(a);                                                                                        \
        free(b);                                                                                        \
        free(c);                                                                                        \
        free(want);                                                                                     \
        free(mag);                                                                                      \
    }

DEFINE_GEMM_CASE(double, f64, 0x1p-53L)
DEFINE_GEMM_CASE(float, f32, 0x1p-24L)

#define DEFINE_GEMV_CASE(T, SFX, U)                                                                     \
    static void gemv_case_##SFX(int isa, int ta, int64_t m, int64_t n, double alpha, double beta, int nan_y) { \
        int64_t lda = n + 3, xl = ta ? m : n, yl = ta ? n : m;                                          \
        T *a = malloc((size_t)(m * lda + 1) * sizeof(T));                                               \
        T *x = malloc((size_t)(xl + 1) * sizeof(T)), *y = malloc((size_t)(yl + 1) * sizeof(T));         \
        for (int64_t i = 0; i < m * lda; i++) a[i] = (T)uniform();                                      \
        for (int64_t i = 0; i < xl; i++) x[i] = (T)uniform();                                           \
        for (int64_t i = 0; i < yl; i++) y[i] = nan_y ? (T)NAN : (T)uniform();                          \
        y[yl] = (T)SENTINEL;                                                                            \
        int ok = 1;                                                                                     \
        long double *want = malloc((size_t)(yl + 1) * sizeof(long double));                             \
        long double *mag = malloc((size_t)(yl + 1) * sizeof(long double));                              \
        for (int64_t r = 0; r < yl; r++) {                                                              \
            long double s = 0, g = 0;                                                                   \
            if (alpha != 0)                                                                             \
                for (int64_t p = 0; p < xl; p++) {                                                      \
                    long double v = (ta ? a[p * lda + r] : a[r * lda + p]) * (long double)x[p];         \
                    s += v;                                                                             \
                    g += fabsl(v);                                                                      \
                }                                                                                       \
            long double y0 = beta == 0 ? 0 : (long double)y[r];                                         \
            want[r] = (long double)alpha * s + (long double)beta * y0;                                  \
            mag[r] = fabsl((long double)alpha) * g + fabsl((long double)beta * y0);                     \
        }                                                                                               \
        int32_t st = k4j_gemm_gemv_##SFX(isa, ta, m, n, (T)alpha, a, lda, x, (T)beta, y);               \
        CHECK(st == K4J_OK, "gemv status %d", st);                                                      \
        for (int64_t r = 0; r < yl && ok; r++) {                                                        \
            long double err = fabsl((long double)y[r] - want[r]);                                       \
            if (!(err <= (long double)(xl + 3) * U * mag[r])) {                                         \
                CHECK(0, "gemv " #SFX " isa %d ta %d m %lld n %lld: y[%lld] = %g, want %Lg", isa, ta,    \
                      (long long)m, (long long)n, (long long)r, (double)y[r], want[r]);                 \
                ok = 0;                                                                                 \
            }                                                                                           \
        }                                                                                               \
        CHECK(y[yl] == (T)SENTINEL, "gemv wrote past y");                                               \
        free(a);                                                                                        \
        free(x);                                                                                        \
        free(y);                                                                                        \
        free(want);                                                                                     \
        free(mag);                                                                                      \
    }

DEFINE_GEMV_CASE(double, f64, 0x1p-53L)
DEFINE_GEMV_CASE(float, f32, 0x1p-24L)

static void test_rejects(void) {
    double a[4] = {0}, b[4] = {0}, c[4] = {0};
    CHECK(k4j_gemm_gemm_f64(K4J_ISA_AUTO, 0, 0, -1, 2, 2, 1, a, 2, b, 2, 0, c, 2, NULL) == K4J_EINVAL, "m < 0");
    CHECK(k4j_gemm_gemm_f64(K4J_ISA_AUTO, 0, 0, 2, 2, 2, 1, a, 1, b, 2, 0, c, 2, NULL) == K4J_EINVAL, "lda < k");
    CHECK(k4j_gemm_gemm_f64(K4J_ISA_AUTO, 1, 0, 2, 2, 1, 1, a, 1, b, 2, 0, c, 2, NULL) == K4J_EINVAL, "lda < m (transA)");
    CHECK(k4j_gemm_gemm_f64(K4J_ISA_AUTO, 0, 1, 2, 2, 2, 1, a, 2, b, 1, 0, c, 2, NULL) == K4J_EINVAL, "ldb < k (transB)");
    CHECK(k4j_gemm_gemm_f64(K4J_ISA_AUTO, 0, 0, 2, 2, 2, 1, a, 2, b, 2, 0, c, 1, NULL) == K4J_EINVAL, "ldc < n");
    CHECK(k4j_gemm_gemm_f64(K4J_ISA_AUTO, 0, 0, 2, 2, 2, 1, NULL, 2, b, 2, 0, c, 2, NULL) == K4J_EINVAL, "NULL a");
    CHECK(k4j_gemm_gemm_f64(K4J_ISA_AUTO, 0, 0, 2, 2, 2, 1, a, 2, b, 2, 0, NULL, 2, NULL) == K4J_EINVAL, "NULL c");
    CHECK(k4j_gemm_gemm_f64(K4J_ISA_AUTO, 0, 0, 0, 0, 0, 1, NULL, 1, NULL, 1, 0, NULL, 1, NULL) == K4J_OK, "empty");
    CHECK(k4j_gemm_gemm_f64(K4J_ISA_AUTO, 0, 0, 2, 2, 0, 1, NULL, 1, NULL, 2, 0, c, 2, NULL) == K4J_OK, "k == 0");
    CHECK(k4j_gemm_workspace_size_f64(K4J_ISA_AUTO, -1, 1, 1) == -1, "negative workspace shape");
    CHECK(k4j_gemm_workspace_size_f64(K4J_ISA_AUTO, 0, 5, 5) == 0, "empty workspace");
    CHECK(k4j_gemm_workspace_size_f32(K4J_ISA_AUTO, 1L << 40, 1L << 40, 1L << 40) < (64L << 20),
          "workspace bounded for any shape");
    CHECK(k4j_gemm_gemv_f64(K4J_ISA_AUTO, 0, 2, 2, 1, a, 1, b, 0, c) == K4J_EINVAL, "gemv lda < n");
    CHECK(k4j_gemm_gemv_f64(K4J_ISA_AUTO, 0, 2, 2, 1, a, 2, NULL, 0, c) == K4J_EINVAL, "gemv NULL x");
    CHECK(k4j_gemm_gemv_f32(K4J_ISA_AUTO, 1, 2, 2, 1, (float *)a, 2, (float *)b, 0, NULL) == K4J_EINVAL, "gemv NULL y");
}

/* BLAS special cases on exact data: alpha == 0 and k == 0 must not read A or B
 * (NaN there must not show), beta == 0 must not read C. */
static void test_special(int isa) {
    double a[6], b[6], c[4];
    for (int i = 0; i < 6; i++) a[i] = b[i] = NAN;
    for (int i = 0; i < 4; i++) c[i] = 2.0;
    CHECK(k4j_gemm_gemm_f64(isa, 0, 0, 2, 2, 3, 0.0, a, 3, b, 2, 0.5, c, 2, NULL) == K4J_OK, "alpha 0");
    for (int i = 0; i < 4; i++) CHECK(c[i] == 1.0, "alpha == 0: C = beta C, got %g", c[i]);
    for (int i = 0; i < 4; i++) c[i] = NAN;
    CHECK(k4j_gemm_gemm_f64(isa, 0, 0, 2, 2, 3, 0.0, a, 3, b, 2, 0.0, c, 2, NULL) == K4J_OK, "alpha 0 beta 0");
    for (int i = 0; i < 4; i++) CHECK(c[i] == 0.0 && !signbit(c[i]), "alpha == beta == 0: C = +0, got %g", c[i]);
    for (int i = 0; i < 4; i++) c[i] = 3.0;
    CHECK(k4j_gemm_gemm_f64(isa, 0, 0, 2, 2, 0, 1.0, a, 1, b, 2, 1.0, c, 2, NULL) == K4J_OK, "k 0");
    for (int i = 0; i < 4; i++) CHECK(c[i] == 3.0, "k == 0, beta == 1: C unchanged, got %g", c[i]);
    for (int i = 0; i < 6; i++) a[i] = b[i] = 1.0;
    for (int i = 0; i < 4; i++) c[i] = NAN;
    CHECK(k4j_gemm_gemm_f64(isa, 0, 0, 2, 2, 3, 1.0, a, 3, b, 2, 0.0, c, 2, NULL) == K4J_OK, "beta 0");
    for (int i = 0; i < 4; i++) CHECK(c[i] == 3.0, "beta == 0 with NaN in C: got %g", c[i]);
    float y[3] = {NAN, NAN, NAN}, fx[2] = {1, 1}, fa[6] = {1, 2, 3, 4, 5, 6};
    CHECK(k4j_gemm_gemv_f32(isa, 1, 2, 3, 1.0f, fa, 3, fx, 0.0f, y) == K4J_OK, "gemv beta 0");
    CHECK(y[0] == 5 && y[1] == 7 && y[2] == 9, "gemv^T beta == 0 with NaN in y: %g %g %g", y[0], y[1], y[2]);
}

/* gemm on a shared packed B: packed in two panel ranges (as two workers would), then rows
 * of C computed in two row blocks against it; every element must have gemm's bits. The
 * packed buffer is exactly packb_size bytes at a 64-byte boundary (ASan sees an overrun). */
#define PACKED_CASE(T, SFX)                                                                            \
    static void packed_case_##SFX(int isa, int ta, int tb, int64_t m, int64_t n, int64_t k, double alpha, \
                                  double beta) {                                                       \
        int64_t lda = (ta ? m : k) + 1, ldb = (tb ? k : n) + 2, ldc = n + 1;                           \
        int64_t arows = ta ? k : m, brows = tb ? n : k;                                                \
        T *a = malloc(sizeof(T) * (size_t)(arows * lda + 1));                                          \
        T *b = malloc(sizeof(T) * (size_t)(brows * ldb + 1));                                          \
        T *c1 = malloc(sizeof(T) * (size_t)(m * ldc + 1));                                             \
        T *c2 = malloc(sizeof(T) * (size_t)(m * ldc + 1));                                             \
        for (int64_t i = 0; i < arows * lda; i++) a[i] = (T)uniform();                                 \
        for (int64_t i = 0; i < brows * ldb; i++) b[i] = (T)uniform();                                 \
        for (int64_t i = 0; i < m * ldc; i++) c1[i] = c2[i] = (T)uniform();                            \
        int64_t size = k4j_gemm_packb_size_##SFX(isa, k, n);                                           \
        int64_t panels = k4j_gemm_packb_panels_##SFX(isa, k, n);                                       \
        CHECK(size >= (int64_t)sizeof(T) * k * n && panels >= 1, "packb size/panels");                 \
        void *dst = aligned_alloc(64, (size_t)((size + 63) / 64 * 64));                                \
        CHECK(k4j_gemm_packb_##SFX(isa, tb, k, n, b, ldb, 0, panels + 1, dst, size) == K4J_EINVAL,    \
              "packb past the last panel");                                                            \
        CHECK(k4j_gemm_packb_##SFX(isa, tb, k, n, b, ldb, 0, panels, dst, size - 1) == K4J_EINVAL,    \
              "packb short buffer");                                                                   \
        CHECK(k4j_gemm_packb_##SFX(isa, tb, k, n, b, ldb, panels / 2, panels, dst, size) == K4J_OK,   \
              "packb upper half");                                                                     \
        CHECK(k4j_gemm_packb_##SFX(isa, tb, k, n, b, ldb, 0, panels / 2, dst, size) == K4J_OK,        \
              "packb lower half");                                                                     \
        CHECK(k4j_gemm_gemm_##SFX(isa, ta, tb, m, n, k, (T)alpha, a, lda, b, ldb, (T)beta, c1, ldc, NULL) \
                  == K4J_OK, "gemm reference");                                                        \
        int64_t half = m / 2;                                                                          \
        const T *a2 = ta ? a + half : a + half * lda;                                                  \
        CHECK(k4j_gemm_gemm_packed_##SFX(isa, ta, half, n, k, (T)alpha, a, lda, dst, size, (T)beta, c2, \
                                         ldc, NULL) == K4J_OK, "gemm_packed first rows");              \
        CHECK(k4j_gemm_gemm_packed_##SFX(isa, ta, m - half, n, k, (T)alpha, a2, lda, dst, size, (T)beta, \
                                         c2 + half * ldc, ldc, NULL) == K4J_OK, "gemm_packed last rows"); \
        CHECK(k4j_gemm_gemm_packed_##SFX(isa, ta, m, n, k, (T)alpha, a, lda, dst, size - 1, (T)beta, c2, \
                                         ldc, NULL) == K4J_EINVAL, "gemm_packed short buffer");        \
        CHECK(k4j_gemm_gemm_packed_##SFX(isa, ta, m, n, k, (T)alpha, a, lda, (char *)dst + 8, size,    \
                                         (T)beta, c2, ldc, NULL) == K4J_EINVAL, "gemm_packed misaligned"); \
        CHECK(memcmp(c1, c2, sizeof(T) * (size_t)(m * ldc)) == 0, "gemm_packed bits differ from gemm"); \
        free(dst);                                                                                     \
        free(a);                                                                                       \
        free(b);                                                                                       \
        free(c1);                                                                                      \
        free(c2);                                                                                      \
    }
PACKED_CASE(double, f64)
PACKED_CASE(float, f32)

int main(void) {
    test_rejects();
    int best = k4j_info_best_isa();
    static const int64_t edge[] = {1, 2, 3, 5, 7, 8, 13, 16, 17, 31, 33, 63, 65, 97};
    const int nedge = (int)(sizeof edge / sizeof edge[0]);
    for (int isa = K4J_ISA_BASELINE; isa >= 0 && isa <= best; isa = next_isa(isa)) {
        test_special(isa);
        for (int ta = 0; ta < 2; ta++)
            for (int tb = 0; tb < 2; tb++)
                for (int rep = 0; rep < 25; rep++) {
                    int64_t m = edge[below(nedge)], n = edge[below(nedge)], k = edge[below(nedge)];
                    if (rep == 0) m = 1;
                    if (rep == 1) n = 1;
                    if (rep == 2) k = 0;
                    double alpha = rep == 3 ? 0.0 : (rep % 4 == 0 ? 1.0 : uniform() * 2);
                    double beta = rep % 3 == 0 ? 0.0 : (rep % 3 == 1 ? 1.0 : uniform());
                    int nan_c = beta == 0.0 && rep % 2 == 0;
                    gemm_case_f64(isa, ta, tb, m, n, k, alpha, beta, nan_c, (int)below(4), rep % 5 != 0);
                    gemm_case_f32(isa, ta, tb, m, n, k, alpha, beta, nan_c, (int)below(4), rep % 5 != 0);
                }
        /* Several blocks in every dimension: m past MC, k past KC, n past NC. Under an
         * emulator (the aarch64 build runs its tests in qemu, where the long double
         * reference is software floating point) m stays below MC: crossing MC runs the
         * same portable blocking code that the native x86-64 run covers. */
        const int emulated = getenv("K4J_TEST_EMULATED") != NULL;
        gemm_case_f64(isa, 0, 0, emulated ? 41 : 1201, 300, 530, 1.5, 0.5, 0, 1, 1);
        gemm_case_f64(isa, 1, 1, 37, 517, emulated ? 300 : 1030, -1.0, 0.0, 1, 2, 1);
        gemm_case_f32(isa, 0, 1, emulated ? 23 : 1163, 263, emulated ? 400 : 1100, 1.0, 1.0, 0, 0, 1);
        gemm_case_f32(isa, 1, 0, emulated ? 31 : 131, 529, 517, 0.25, 0.0, 1, 3, 0);
        if (!emulated) {
            /* Rows just past MC: one A block a little larger than MC (its workspace too). */
            int64_t cfg[11];
            CHECK(k4j_gemm_config_f64(isa, cfg) == K4J_OK, "gemm config");
            gemm_case_f64(isa, 0, 0, cfg[4] + 5, 70, 90, 1.0, 0.5, 0, 1, 1);
            gemm_case_f64(isa, 1, 0, cfg[4] + 1, 33, 20, 1.0, 0.0, 0, 0, 0);
        }
        for (int ta = 0; ta < 2; ta++)
            for (int rep = 0; rep < 20; rep++) {
                int64_t m = rep == 0 ? 0 : 1 + below(70), n = rep == 1 ? 0 : 1 + below(70);
                double alpha = rep == 2 ? 0.0 : uniform();
                double beta = rep % 3 == 0 ? 0.0 : uniform();
                gemv_case_f64(isa, ta, m, n, alpha, beta, beta == 0.0);
                gemv_case_f32(isa, ta, m, n, alpha, beta, beta == 0.0);
            }
        for (int ta = 0; ta < 2; ta++)
            for (int tb = 0; tb < 2; tb++) {
                packed_case_f64(isa, ta, tb, 2 + below(90), 1 + below(200), 1 + below(200), uniform(), 0.5);
                packed_case_f32(isa, ta, tb, 2 + below(90), 1 + below(200), 1 + below(200), uniform(), 0.0);
            }
        packed_case_f64(isa, 0, 0, emulated ? 30 : 700, 700, emulated ? 300 : 900, 1.0, 0.0);
        packed_case_f32(isa, 1, 1, emulated ? 30 : 500, 1100, emulated ? 200 : 600, -0.5, 1.0);
        CHECK(k4j_gemm_packb_size_f64(isa, 0, 5) == 0 && k4j_gemm_packb_panels_f32(isa, 5, 0) == 0, "empty packb");
        CHECK(k4j_gemm_packb_size_f64(isa, -1, 5) == -1, "negative packb shape");
        CHECK(k4j_gemm_packb_size_f64(isa, 1L << 40, 1L << 40) == -1, "packb size overflow");
        gemv_case_f64(isa, 0, 300, 1000, 1.0, 0.5, 0);
        gemv_case_f32(isa, 1, 1000, 300, 2.0, 0.0, 1);
    }
    if (failures) {
        fprintf(stderr, "%d failure(s)\n", failures);
        return 1;
    }
    printf("test_gemm: ok (ISA paths 0..%d)\n", best);
    return 0;
}
