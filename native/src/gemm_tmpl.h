/* gemm and gemv of one dtype; included by gemm.c once per dtype with
 *   K4J_T    the element type (double, float)
 *   K4J_SFX  its suffix (f64, f32)
 * defined, and the vector layer of the current ISA path (gemm.c). They are
 * undefined again at the end. No include guard on purpose. */

#define K4J_OP(op) K4J_FN(K4J_PASTE(op, K4J_SFX)) /* exported per-ISA kernel */
#define K4J_LOCAL(name) K4J_PASTE(name, K4J_SFX)  /* file-local helper */
#define K4J_J_(a, b) a##b
#define K4J_J(a, b) K4J_J_(a, b)

#define T K4J_T
#define V K4J_J(k4j_v, K4J_SFX)
#define VL K4J_J(K4J_VL_, K4J_SFX)
#define V_ZERO K4J_J(K4J_V_ZERO_, K4J_SFX)
#define V_LOAD K4J_J(K4J_V_LOAD_, K4J_SFX)
#define V_LOADU K4J_J(K4J_V_LOADU_, K4J_SFX)
#define V_STOREU K4J_J(K4J_V_STOREU_, K4J_SFX)
#define V_LOADN K4J_J(K4J_V_LOADN_, K4J_SFX)
#define V_STOREN K4J_J(K4J_V_STOREN_, K4J_SFX)
#define V_SET1 K4J_J(K4J_V_SET1_, K4J_SFX)
#define V_FMA K4J_J(K4J_V_FMA_, K4J_SFX)
#define V_MUL K4J_J(K4J_V_MUL_, K4J_SFX)
#define V_HSUM K4J_J(K4J_V_HSUM_, K4J_SFX)
#define MR K4J_J(K4J_GEMM_MR_, K4J_SFX)
#define NV K4J_J(K4J_GEMM_NV_, K4J_SFX)
#define NR (NV * VL)
#define KC (K4J_LOCAL(blocks).kc)
#define NC (K4J_LOCAL(blocks).nc)
#define MC (K4J_LOCAL(blocks).mc)

#ifndef K4J_GEMM_COMMON_
#define K4J_GEMM_COMMON_
#define K4J_GEMM_ALIGN 64
#define K4J_UNROLL_ALL _Pragma("GCC unroll 64")
static inline int64_t k4j_min64(int64_t a, int64_t b) { return a < b ? a : b; }
static inline int64_t k4j_round_up(int64_t x, int64_t q) { return (x + q - 1) / q * q; }
static inline void *k4j_align_up(void *p) {
    uintptr_t u = (uintptr_t)p;
    return (void *)((u + K4J_GEMM_ALIGN - 1) & ~(uintptr_t)(K4J_GEMM_ALIGN - 1));
}
#endif

/* ---- block sizes -------------------------------------------------------------------
 * Written once by the constructor below when the library loads (before any call can
 * run) and only read afterwards. The initial values are the fallback should a
 * platform not run constructors: they suit a core with 32 KiB L1d and 1 MiB L2. */
static struct {
    int64_t kc, nc, mc;
} K4J_LOCAL(blocks) = {256, 8 * NR, 192 * MR};

static int64_t K4J_LOCAL(clamp)(int64_t v, int64_t lo, int64_t hi) { return v < lo ? lo : v > hi ? hi : v; }

/* KC: an A micro-panel in 3/8 of L1d; NC: the B block in half of L2; MC: the A block
 * in an eighth of L3, at least L2 and at most 3 MiB. NC and MC whole micro-panels. */
static void K4J_LOCAL(choose_blocks)(const struct k4j_cpu *cpu, int64_t *kc, int64_t *nc, int64_t *mc) {
    int64_t s = (int64_t)sizeof(T);
    *kc = K4J_LOCAL(clamp)(cpu->l1d * 3 / 8 / (MR * s) / 16 * 16, 64, 512);
    *nc = K4J_LOCAL(clamp)(cpu->l2 / 2 / (*kc * s) / NR * NR, NR, 4096 / NR * NR);
    int64_t abytes = K4J_LOCAL(clamp)(cpu->l3 / 8, cpu->l2, 3 << 20);
    *mc = K4J_LOCAL(clamp)(abytes / (*kc * s) / MR * MR, MR, 4096 / MR * MR);
}

__attribute__((constructor)) static void K4J_LOCAL(tune)(void) {
    struct k4j_cpu cpu;
    k4j_cpu_detect(&cpu);
    K4J_LOCAL(choose_blocks)(&cpu, &K4J_LOCAL(blocks).kc, &K4J_LOCAL(blocks).nc, &K4J_LOCAL(blocks).mc);
}

int32_t K4J_OP(gemm_config)(int64_t *config) {
    struct k4j_cpu cpu;
    k4j_cpu_detect(&cpu);
    int64_t v[K4J_GEMM_CONFIG_LEN] = {MR, NR, KC, NC, MC, cpu.l1d, cpu.l2, cpu.l3, cpu.family, cpu.model, cpu.source};
    for (int i = 0; i < K4J_GEMM_CONFIG_LEN; i++) config[i] = v[i];
    return K4J_OK;
}

/* The capacity probe: `rounds` steps of 12 independent multiply-adds on whole vectors,
 * the most this path can issue (no loads; 12 chains hide the latency of two pipes,
 * and 12 accumulators plus two constants fit the 16 registers of AVX2). Returns the
 * floating-point operations done, 2 per lane per multiply-add. */
int64_t K4J_OP(probe_fma)(int64_t rounds) {
    V acc[12];
    V m = V_SET1((T)0.999999), c = V_SET1((T)1e-7);
    K4J_UNROLL_ALL
    for (int i = 0; i < 12; i++) acc[i] = V_SET1((T)i);
    for (int64_t r = 0; r < rounds; r++) {
        K4J_UNROLL_ALL
        for (int i = 0; i < 12; i++) acc[i] = V_FMA(acc[i], m, c);
    }
    K4J_UNROLL_ALL
    for (int i = 0; i < 12; i++) {
#if defined(__x86_64__) || defined(__i386__)
        __asm__ volatile("" : : "x"(acc[i]));
#else
        /* aarch64 (and the scalar baseline there): a memory operand works for any type. */
        __asm__ volatile("" : : "m"(acc[i]));
#endif
    }
    return rounds * 12 * VL * 2;
}

/* ---- workspace ------------------------------------------------------------------
 * [pad to 64 B][A block: MC' x KC' rounded to 64 B][B block: KC' x NC'], where the
 * primes are the blocks actually used by this shape (smaller for small matrices). */

/* Rows of op(A) per A block for m rows. B is packed again for every A block, so the blocks
 * are balanced and one may grow by up to an eighth over MC rather than leave a thin
 * remainder (m = 1024 against MC = 1020 would pack all of B twice for 4 rows). */
static int64_t K4J_LOCAL(mc_for)(int64_t m) {
    int64_t cap = MC + MC / 8 / MR * MR;
    int64_t blocks = (m + cap - 1) / cap;
    return k4j_round_up((m + blocks - 1) / blocks, MR);
}

static void K4J_LOCAL(workspace_parts)(int64_t m, int64_t n, int64_t k, int64_t *abytes, int64_t *bbytes) {
    int64_t kc = k4j_min64(k, KC);
    *abytes = k4j_round_up(K4J_LOCAL(mc_for)(m) * kc * (int64_t)sizeof(T), K4J_GEMM_ALIGN);
    *bbytes = k4j_round_up(k4j_min64(n, NC), NR) * kc * (int64_t)sizeof(T);
}

int64_t K4J_OP(gemm_workspace_size)(int64_t m, int64_t n, int64_t k) {
    if (m == 0 || n == 0 || k == 0) return 0;
    int64_t abytes, bbytes;
    K4J_LOCAL(workspace_parts)(m, n, k, &abytes, &bbytes);
    return abytes + bbytes + K4J_GEMM_ALIGN;
}

/* ---- packing ----------------------------------------------------------------------
 * A block: rows [i0, i0+mc) x depth [p0, p0+kc) of op(A), as micro-panels of MR rows;
 * in a micro-panel, depth step p holds the MR values op(A)[i0+ir+0..MR-1][p0+p].
 * Rows past mc are zeros. */
static void K4J_LOCAL(pack_a)(int ta, const T *a, int64_t lda, int64_t i0, int64_t p0, int64_t mc, int64_t kc,
                              T *restrict dst) {
    for (int64_t ir = 0; ir < mc; ir += MR) {
        int64_t mr = k4j_min64(MR, mc - ir);
        T *restrict d = dst + ir * kc;
        if (!ta) {
            /* op(A)(i, p) = a[i * lda + p]: MR row streams, one element each per step. */
            const T *rows[MR];
            for (int i = 0; i < MR; i++) rows[i] = a + (i0 + ir + (i < mr ? i : 0)) * lda + p0;
            if (mr == MR) {
                /* Each micro-panel reads MR short row streams (kc values each), too short
                 * for the hardware prefetcher to ramp up: fetch four lines ahead of each. */
                const int64_t line = 64 / (int64_t)sizeof(T);
                for (int64_t p = 0; p < kc; p++) {
                    if ((p & (line - 1)) == 0) {
                        K4J_UNROLL_ALL
                        for (int i = 0; i < MR; i++) __builtin_prefetch(rows[i] + p + 4 * line, 0, 3);
                    }
                    K4J_UNROLL_ALL
                    for (int i = 0; i < MR; i++) d[p * MR + i] = rows[i][p];
                }
            } else {
                for (int64_t p = 0; p < kc; p++)
                    for (int i = 0; i < MR; i++) d[p * MR + i] = i < mr ? rows[i][p] : (T)0;
            }
        } else {
            /* op(A)(i, p) = a[p * lda + i]: MR contiguous values per step. */
            const T *src = a + p0 * lda + i0 + ir;
            if (mr == MR) {
                for (int64_t p = 0; p < kc; p++) {
                    K4J_UNROLL_ALL
                    for (int i = 0; i < MR; i++) d[p * MR + i] = src[p * lda + i];
                }
            } else {
                for (int64_t p = 0; p < kc; p++)
                    for (int i = 0; i < MR; i++) d[p * MR + i] = i < mr ? src[p * lda + i] : (T)0;
            }
        }
    }
}

/* B block: depth [p0, p0+kc) x columns [j0, j0+nc) of op(B), as micro-panels of NR
 * columns; depth step p of a micro-panel holds op(B)[p0+p][j0+jr+0..NR-1]. Columns
 * past nc are zeros. */
static void K4J_LOCAL(pack_b)(int tb, const T *b, int64_t ldb, int64_t p0, int64_t j0, int64_t kc, int64_t nc,
                              T *restrict dst) {
    for (int64_t jr = 0; jr < nc; jr += NR) {
        int64_t nr = k4j_min64(NR, nc - jr);
        T *restrict d = dst + jr * kc;
        if (!tb) {
            /* op(B)(p, j) = b[p * ldb + j]: a contiguous run of NR per step. */
            const T *src = b + p0 * ldb + j0 + jr;
            if (nr == NR) {
                for (int64_t p = 0; p < kc; p++) {
                    K4J_UNROLL_ALL
                    for (int v = 0; v < NV; v++) V_STOREU(d + p * NR + v * VL, V_LOADU(src + p * ldb + v * VL));
                }
            } else {
                for (int64_t p = 0; p < kc; p++) {
                    K4J_UNROLL_ALL
                    for (int v = 0; v < NV; v++) {
                        int64_t r = nr - v * VL;
                        V x = r >= VL ? V_LOADU(src + p * ldb + v * VL)
                                      : r > 0 ? V_LOADN(src + p * ldb + v * VL, (int)r) : V_ZERO();
                        V_STOREU(d + p * NR + v * VL, x);
                    }
                }
            }
        } else {
            /* op(B)(p, j) = b[j * ldb + p]: a transpose. In tiles of 8 depth steps, so that
             * each source row gives one cache line per tile and the 8 destination rows
             * (8 x NR values) stay in L1; the whole micro-panel (KC x NR) would not. */
            const T *src = b + (j0 + jr) * ldb + p0;
            for (int64_t p8 = 0; p8 < kc; p8 += 8) {
                int64_t pe = k4j_min64(8, kc - p8);
                for (int64_t j = 0; j < nr; j++) {
                    const T *s = src + j * ldb + p8;
                    for (int64_t p = 0; p < pe; p++) d[(p8 + p) * NR + j] = s[p];
                }
                for (int64_t p = 0; p < pe; p++)
                    for (int64_t j = nr; j < NR; j++) d[(p8 + p) * NR + j] = (T)0;
            }
        }
    }
}

/* ---- micro-kernel ------------------------------------------------------------------
 * C[0..mr) x [0..nr) = alpha * (A micro-panel x B micro-panel) + beta * C, computing
 * the full MR x NR tile in registers (padding rows and columns are zeros in the
 * packed panels) and writing back only the mr x nr corner. beta == 0: C not read. */
__attribute__((noinline)) static void K4J_LOCAL(ukernel)(int64_t kc, const T *restrict ap, const T *restrict bp,
                                                         T *restrict c, int64_t ldc, int mr, int nr, T alpha,
                                                         T beta) {
    V acc[MR][NV];
    K4J_UNROLL_ALL
    for (int i = 0; i < MR; i++) {
        K4J_UNROLL_ALL
        for (int v = 0; v < NV; v++) acc[i][v] = V_ZERO();
    }
    /* Warm the C tile's lines while the products are summed: every line of each row (a
     * row of NR values spans two to four lines). Fetching only each row's first and last
     * line left the loads of the middle ones waiting on memory after the loop: measured on
     * AMD Zen 5 with perf, dgemm n = 1024, the code outside the k loop took 3.4% of the
     * micro-kernel's samples with the two lines per row, 1.6% with every line. */
    for (int i = 0; i < mr; i++) {
        for (int j = 0; j < nr; j += 64 / (int)sizeof(T)) __builtin_prefetch(c + i * ldc + j, 1, 3);
        __builtin_prefetch(c + i * ldc + nr - 1, 1, 3);
    }
    _Pragma("GCC unroll 4")
    for (int64_t p = 0; p < kc; p++) {
        V bv[NV];
        K4J_UNROLL_ALL
        for (int v = 0; v < NV; v++) bv[v] = V_LOAD(bp + v * VL);
        K4J_UNROLL_ALL
        for (int i = 0; i < MR; i++) {
            V av = V_SET1(ap[i]);
            K4J_UNROLL_ALL
            for (int v = 0; v < NV; v++) acc[i][v] = V_FMA(av, bv[v], acc[i][v]);
        }
        ap += MR;
        bp += NR;
    }

    V va = V_SET1(alpha);
    if (mr == MR && nr == NR) {
        if (beta == (T)0) {
            K4J_UNROLL_ALL
            for (int i = 0; i < MR; i++) {
                K4J_UNROLL_ALL
                for (int v = 0; v < NV; v++) V_STOREU(c + i * ldc + v * VL, V_MUL(va, acc[i][v]));
            }
        } else if (beta == (T)1) {
            K4J_UNROLL_ALL
            for (int i = 0; i < MR; i++) {
                K4J_UNROLL_ALL
                for (int v = 0; v < NV; v++) {
                    T *q = c + i * ldc + v * VL;
                    V_STOREU(q, V_FMA(va, acc[i][v], V_LOADU(q)));
                }
            }
        } else {
            V vb = V_SET1(beta);
            K4J_UNROLL_ALL
            for (int i = 0; i < MR; i++) {
                K4J_UNROLL_ALL
                for (int v = 0; v < NV; v++) {
                    T *q = c + i * ldc + v * VL;
                    V_STOREU(q, V_FMA(va, acc[i][v], V_MUL(vb, V_LOADU(q))));
                }
            }
        }
        return;
    }
    /* Edge tile: the same sums, stores bounded to mr rows and nr columns. */
    V vb = V_SET1(beta);
    K4J_UNROLL_ALL
    for (int i = 0; i < MR; i++) {
        if (i >= mr) break;
        K4J_UNROLL_ALL
        for (int v = 0; v < NV; v++) {
            int r = nr - v * VL;
            if (r <= 0) break;
            T *q = c + i * ldc + v * VL;
            V x;
            if (r >= VL) {
                x = beta == (T)0 ? V_MUL(va, acc[i][v]) : V_FMA(va, acc[i][v], V_MUL(vb, V_LOADU(q)));
                V_STOREU(q, x);
            } else {
                x = beta == (T)0 ? V_MUL(va, acc[i][v]) : V_FMA(va, acc[i][v], V_MUL(vb, V_LOADN(q, r)));
                V_STOREN(q, x, r);
            }
        }
    }
}

/* ---- gemm ---------------------------------------------------------------------------- */

/* Columns of a packed op(B): n rounded up to whole micro-panels. */
static int64_t K4J_LOCAL(packb_np)(int64_t n) { return k4j_round_up(n, NR); }


/* C = beta * C without reading C when beta == 0 (the alpha == 0 or k == 0 case). */
static void K4J_LOCAL(scale_c)(int64_t m, int64_t n, T beta, T *c, int64_t ldc) {
    if (beta == (T)1) return;
    for (int64_t i = 0; i < m; i++) {
        T *row = c + i * ldc;
        if (beta == (T)0) {
            for (int64_t j = 0; j < n; j++) row[j] = (T)0;
        } else {
            for (int64_t j = 0; j < n; j++) row[j] = beta * row[j];
        }
    }
}

static void K4J_LOCAL(gemm_blocked)(int ta, int tb, int64_t m, int64_t n, int64_t k, T alpha, const T *a,
                                    int64_t lda, const T *b, int64_t ldb, T beta, T *c, int64_t ldc,
                                    T *restrict apack, T *restrict bpack, const T *bshared) {
    const int64_t mcb = K4J_LOCAL(mc_for)(m);
    for (int64_t i3 = 0; i3 < m; i3 += mcb) {
        int64_t mc = k4j_min64(mcb, m - i3);
        for (int64_t p0 = 0; p0 < k; p0 += KC) {
            int64_t kc = k4j_min64(KC, k - p0);
            /* Later depth blocks add to what the first one wrote. */
            T beta_p = p0 == 0 ? beta : (T)1;
            K4J_LOCAL(pack_a)(ta, a, lda, i3, p0, mc, kc, apack);
            for (int64_t j2 = 0; j2 < n; j2 += NC) {
                int64_t nc = k4j_min64(NC, n - j2);
                const T *bp;
                if (bshared != NULL) {
                    bp = bshared + p0 * K4J_LOCAL(packb_np)(n) + j2 * kc; /* packed already */
                } else {
                    K4J_LOCAL(pack_b)(tb, b, ldb, p0, j2, kc, nc, bpack);
                    bp = bpack;
                }
                for (int64_t ir = 0; ir < mc; ir += MR) {
                    int mr = (int)k4j_min64(MR, mc - ir);
                    const T *ap = apack + ir * kc;
                    T *crow = c + (i3 + ir) * ldc + j2;
                    for (int64_t jr = 0; jr < nc; jr += NR) {
                        int nr = (int)k4j_min64(NR, nc - jr);
                        K4J_LOCAL(ukernel)(kc, ap, bp + jr * kc, crow + jr, ldc, mr, nr, alpha, beta_p);
                    }
                }
            }
        }
    }
}

int32_t K4J_OP(gemm_gemm)(int32_t transA, int32_t transB, int64_t m, int64_t n, int64_t k, T alpha, const T *a,
                          int64_t lda, const T *b, int64_t ldb, T beta, T *c, int64_t ldc, void *workspace) {
    if (m == 0 || n == 0) return K4J_OK;
    if (alpha == (T)0 || k == 0) {
        K4J_LOCAL(scale_c)(m, n, beta, c, ldc);
        return K4J_OK;
    }
    int64_t abytes, bbytes;
    K4J_LOCAL(workspace_parts)(m, n, k, &abytes, &bbytes);
    void *owned = NULL;
    if (workspace == NULL) {
        owned = malloc((size_t)(abytes + bbytes + K4J_GEMM_ALIGN));
        if (owned == NULL) return K4J_ENOMEM;
        workspace = owned;
    }
    char *base = k4j_align_up(workspace);
    K4J_LOCAL(gemm_blocked)(transA != 0, transB != 0, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, (T *)base,
                            (T *)(base + abytes), NULL);
    free(owned);
    return K4J_OK;
}

/* ---- gemm on a shared packed B --------------------------------------------------------
 * The whole op(B) packed once, as gemm_blocked packs it one panel at a time, so that the
 * workers of a pool share one copy instead of each packing all of B again. Panel (pb, jb)
 * holds depth block [pb KC, +kc) x column block [jb NC, +nc) as micro-panels of NR columns
 * (kc x round_up(nc, NR) values) and starts at element p0 * NP + j2 * kc, NP = round_up(n, NR):
 * the panels of a depth block tile its kc x NP rows, and the depth blocks follow each other.
 * Panels are numbered q = pb * (column blocks) + jb. The buffer must be 64-byte aligned (the
 * micro-kernel loads B with aligned loads). Every offset is computed from k, n and the path's
 * block sizes, never read from the buffer, so what another thread writes into the buffer or
 * into B can change the numbers but not which memory is touched. */
static int64_t K4J_LOCAL(packb_panels)(int64_t k, int64_t n) {
    return (k + KC - 1) / KC * ((n + NC - 1) / NC);
}

int64_t K4J_OP(gemm_packb_size)(int64_t k, int64_t n) {
    if (k == 0 || n == 0) return 0;
    int64_t np = K4J_LOCAL(packb_np)(n);
    if (np > INT64_MAX / (int64_t)sizeof(T) / k) return -1;
    return k * np * (int64_t)sizeof(T);
}

int64_t K4J_OP(gemm_packb_panels)(int64_t k, int64_t n) {
    if (k == 0 || n == 0) return 0;
    return K4J_LOCAL(packb_panels)(k, n);
}

int32_t K4J_OP(gemm_packb)(int32_t transB, int64_t k, int64_t n, const T *b, int64_t ldb, int64_t q0, int64_t q1,
                           void *dst, int64_t dst_bytes) {
    if (k == 0 || n == 0) return q0 == 0 && q1 == 0 ? K4J_OK : K4J_EINVAL;
    int64_t size = K4J_OP(gemm_packb_size)(k, n);
    if (size < 0 || dst_bytes < size || ((uintptr_t)dst & (K4J_GEMM_ALIGN - 1)) != 0 ||
        q1 > K4J_LOCAL(packb_panels)(k, n)) {
        return K4J_EINVAL;
    }
    int64_t nb = (n + NC - 1) / NC, np = K4J_LOCAL(packb_np)(n);
    T *base = (T *)dst;
    for (int64_t q = q0; q < q1; q++) {
        int64_t p0 = q / nb * KC, j2 = q % nb * NC;
        int64_t kc = k4j_min64(KC, k - p0), nc = k4j_min64(NC, n - j2);
        K4J_LOCAL(pack_b)(transB != 0, b, ldb, p0, j2, kc, nc, base + p0 * np + j2 * kc);
    }
    return K4J_OK;
}

int32_t K4J_OP(gemm_gemm_packed)(int32_t transA, int64_t m, int64_t n, int64_t k, T alpha, const T *a, int64_t lda,
                                 const void *bpacked, int64_t bpacked_bytes, T beta, T *c, int64_t ldc,
                                 void *workspace) {
    if (m == 0 || n == 0) return K4J_OK;
    if (alpha == (T)0 || k == 0) {
        K4J_LOCAL(scale_c)(m, n, beta, c, ldc);
        return K4J_OK;
    }
    int64_t size = K4J_OP(gemm_packb_size)(k, n);
    if (size < 0 || bpacked_bytes < size || ((uintptr_t)bpacked & (K4J_GEMM_ALIGN - 1)) != 0) return K4J_EINVAL;
    int64_t abytes, bbytes;
    K4J_LOCAL(workspace_parts)(m, n, k, &abytes, &bbytes);
    void *owned = NULL;
    if (workspace == NULL) {
        owned = malloc((size_t)(abytes + K4J_GEMM_ALIGN));
        if (owned == NULL) return K4J_ENOMEM;
        workspace = owned;
    }
    char *base = k4j_align_up(workspace);
    K4J_LOCAL(gemm_blocked)(transA != 0, 0, m, n, k, alpha, a, lda, NULL, 1, beta, c, ldc, (T *)base, NULL,
                            (const T *)bpacked);
    free(owned);
    return K4J_OK;
}

/* ---- gemv ----------------------------------------------------------------------------
 * Memory-bound: every element of A is read once. y = A x takes four rows at a time
 * (x loaded once per four rows), two vector accumulators per row; y = A^T x adds four
 * scaled rows of A into y per pass (y loaded and stored once per four rows). */

static void K4J_LOCAL(gemv_n)(int64_t m, int64_t n, T alpha, const T *a, int64_t lda, const T *x, T beta, T *y) {
    int64_t i = 0;
    for (; i + 4 <= m; i += 4) {
        const T *r0 = a + i * lda, *r1 = r0 + lda, *r2 = r1 + lda, *r3 = r2 + lda;
        V s0 = V_ZERO(), s1 = V_ZERO(), s2 = V_ZERO(), s3 = V_ZERO();
        V u0 = V_ZERO(), u1 = V_ZERO(), u2 = V_ZERO(), u3 = V_ZERO();
        int64_t j = 0;
        for (; j + 2 * VL <= n; j += 2 * VL) {
            V x0 = V_LOADU(x + j), x1 = V_LOADU(x + j + VL);
            s0 = V_FMA(V_LOADU(r0 + j), x0, s0);
            s1 = V_FMA(V_LOADU(r1 + j), x0, s1);
            s2 = V_FMA(V_LOADU(r2 + j), x0, s2);
            s3 = V_FMA(V_LOADU(r3 + j), x0, s3);
            u0 = V_FMA(V_LOADU(r0 + j + VL), x1, u0);
            u1 = V_FMA(V_LOADU(r1 + j + VL), x1, u1);
            u2 = V_FMA(V_LOADU(r2 + j + VL), x1, u2);
            u3 = V_FMA(V_LOADU(r3 + j + VL), x1, u3);
        }
        for (; j < n; j += VL) {
            int r = (int)k4j_min64(VL, n - j);
            V x0 = V_LOADN(x + j, r);
            s0 = V_FMA(V_LOADN(r0 + j, r), x0, s0);
            s1 = V_FMA(V_LOADN(r1 + j, r), x0, s1);
            s2 = V_FMA(V_LOADN(r2 + j, r), x0, s2);
            s3 = V_FMA(V_LOADN(r3 + j, r), x0, s3);
        }
        T d[4] = {V_HSUM(s0) + V_HSUM(u0), V_HSUM(s1) + V_HSUM(u1), V_HSUM(s2) + V_HSUM(u2),
                  V_HSUM(s3) + V_HSUM(u3)};
        for (int q = 0; q < 4; q++) y[i + q] = beta == (T)0 ? alpha * d[q] : alpha * d[q] + beta * y[i + q];
    }
    for (; i < m; i++) {
        const T *r0 = a + i * lda;
        V s0 = V_ZERO(), u0 = V_ZERO();
        int64_t j = 0;
        for (; j + 2 * VL <= n; j += 2 * VL) {
            s0 = V_FMA(V_LOADU(r0 + j), V_LOADU(x + j), s0);
            u0 = V_FMA(V_LOADU(r0 + j + VL), V_LOADU(x + j + VL), u0);
        }
        for (; j < n; j += VL) {
            int r = (int)k4j_min64(VL, n - j);
            s0 = V_FMA(V_LOADN(r0 + j, r), V_LOADN(x + j, r), s0);
        }
        T d = V_HSUM(s0) + V_HSUM(u0);
        y[i] = beta == (T)0 ? alpha * d : alpha * d + beta * y[i];
    }
}

static void K4J_LOCAL(gemv_t)(int64_t m, int64_t n, T alpha, const T *a, int64_t lda, const T *x, T *y) {
    int64_t i = 0;
    for (; i + 4 <= m; i += 4) {
        const T *r0 = a + i * lda, *r1 = r0 + lda, *r2 = r1 + lda, *r3 = r2 + lda;
        V t0 = V_SET1(alpha * x[i]), t1 = V_SET1(alpha * x[i + 1]);
        V t2 = V_SET1(alpha * x[i + 2]), t3 = V_SET1(alpha * x[i + 3]);
        int64_t j = 0;
        for (; j + VL <= n; j += VL) {
            V s = V_LOADU(y + j);
            s = V_FMA(t0, V_LOADU(r0 + j), s);
            s = V_FMA(t1, V_LOADU(r1 + j), s);
            s = V_FMA(t2, V_LOADU(r2 + j), s);
            s = V_FMA(t3, V_LOADU(r3 + j), s);
            V_STOREU(y + j, s);
        }
        if (j < n) {
            int r = (int)(n - j);
            V s = V_LOADN(y + j, r);
            s = V_FMA(t0, V_LOADN(r0 + j, r), s);
            s = V_FMA(t1, V_LOADN(r1 + j, r), s);
            s = V_FMA(t2, V_LOADN(r2 + j, r), s);
            s = V_FMA(t3, V_LOADN(r3 + j, r), s);
            V_STOREN(y + j, s, r);
        }
    }
    for (; i < m; i++) {
        const T *r0 = a + i * lda;
        V t0 = V_SET1(alpha * x[i]);
        int64_t j = 0;
        for (; j + VL <= n; j += VL) V_STOREU(y + j, V_FMA(t0, V_LOADU(r0 + j), V_LOADU(y + j)));
        if (j < n) {
            int r = (int)(n - j);
            V_STOREN(y + j, V_FMA(t0, V_LOADN(r0 + j, r), V_LOADN(y + j, r)), r);
        }
    }
}

int32_t K4J_OP(gemm_gemv)(int32_t transA, int64_t m, int64_t n, T alpha, const T *a, int64_t lda, const T *x,
                          T beta, T *y) {
    int64_t ylen = transA ? n : m, xlen = transA ? m : n;
    if (ylen == 0) return K4J_OK;
    if (alpha == (T)0 || xlen == 0) {
        K4J_LOCAL(scale_c)(1, ylen, beta, y, ylen);
        return K4J_OK;
    }
    if (!transA) {
        K4J_LOCAL(gemv_n)(m, n, alpha, a, lda, x, beta, y);
    } else {
        K4J_LOCAL(scale_c)(1, n, beta, y, n);
        K4J_LOCAL(gemv_t)(m, n, alpha, a, lda, x, y);
    }
    return K4J_OK;
}

#undef K4J_OP
#undef K4J_LOCAL
#undef K4J_J_
#undef K4J_J
#undef T
#undef V
#undef VL
#undef V_ZERO
#undef V_LOAD
#undef V_LOADU
#undef V_STOREU
#undef V_LOADN
#undef V_STOREN
#undef V_SET1
#undef V_FMA
#undef V_MUL
#undef V_HSUM
#undef MR
#undef NV
#undef NR
#undef KC
#undef NC
#undef MC
#undef K4J_T
#undef K4J_SFX
