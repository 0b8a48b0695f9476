/* Dense linear algebra, row-major: gemm and gemv (see the gemm section of k4j.h).
 *
 * Compiled once per ISA path. gemm follows BLIS: a register micro-kernel per
 * ISA (the only code that differs between paths), wrapped in portable packing
 * and cache blocking (gemm_tmpl.h). Row-major C = A B is column-major
 * C^T = B^T A^T, so the BLIS roles are transposed: the micro-tile is MR rows by
 * NR = NV vectors of columns, B is the vector operand (a packed micro-panel is
 * kc rows of NR contiguous values) and A the broadcast operand (kc columns of
 * MR contiguous values). Loops, outermost first:
 *
 *   i3  over m by MC   pack op(A)[i3.., p..] into MR-row micro-panels   (L2/L3)
 *   p   over k by KC
 *   j2  over n by NC   pack op(B)[p.., j2..] into NR-column micro-panels (L2)
 *   ir  over MC by MR  one A micro-panel, MR x kc, stays in L1 ...
 *   jr  over NC by NR  ... while B micro-panels stream from L2 through it
 *
 * Edge tiles run the same micro-kernel: packing pads A and B with zeros up to
 * whole micro-panels, the kernel computes a full MR x NR tile, and only the
 * write-back is bounded (masked vector stores on AVX2/AVX-512).
 *
 * Block sizes are chosen at run time, once, when the library loads (a
 * constructor per path and dtype, gemm_tmpl.h), from the caches of the CPU at
 * hand (cpu.c: CPUID, else a per-family table, as BLIS keeps a configuration
 * per microarchitecture); afterwards they are only read:
 *  - KC: an A micro-panel (MR x KC) takes 3/8 of L1d, so it survives while the
 *    B micro-panels stream past it (Zen 4 f64: 256; Zen 5, 48 KiB L1d: 384);
 *  - NC: the packed B block (KC x NC) takes about half of L2, leaving room for
 *    the A micro-panels and C tiles passing through;
 *  - MC: the packed A block (MC x KC) is an eighth of L3 (between L2 and 3 MiB):
 *    it bounds the workspace and the times B is repacked (once per A block). The m
 *    rows are cut into balanced blocks, one of which may exceed MC by an eighth
 *    rather than leave a thin remainder that packs all of B again (mc_for).
 * k4j_gemm_config_* reports the choice. The register tile (MR x NR) is fixed
 * per path: the micro-kernel is the one piece of code that differs by ISA.
 *
 * Nothing here allocates except when the caller passes no workspace. */
#include <stdlib.h>
#include <string.h>

#include "k4j_internal.h"

#if defined(__AVX512F__) || defined(__AVX2__)
#include <immintrin.h>
#endif

#define K4J_INLINE static inline __attribute__((always_inline))

/* ---- vector layer -------------------------------------------------------------
 * Per path and dtype:
 *   K4J_V, K4J_VL      vector type and its number of lanes
 *   K4J_V_ZERO()       all lanes 0
 *   K4J_V_LOAD(p)      load from a 64-byte aligned packed buffer
 *   K4J_V_LOADU(p)     unaligned load; K4J_V_STOREU(p, v) unaligned store
 *   K4J_V_LOADN(p, r)  first r < VL lanes from p, the others 0, reading only r
 *   K4J_V_STOREN(p, v, r)  stores only the first r < VL lanes
 *   K4J_V_SET1(x)      broadcast
 *   K4J_V_FMA(a, b, c) a * b + c (fused on AVX2/AVX-512)
 *   K4J_V_MUL(a, b)    a * b
 *   K4J_V_HSUM(v)      sum of the lanes
 * and the micro-tile MR x NV vectors with the block sizes KC, NC, MC. */

#if defined(__AVX512F__)

#define K4J_ISA_LABEL "avx512"

typedef __m512d k4j_vf64;
#define K4J_VL_f64 8
#define K4J_V_ZERO_f64() _mm512_setzero_pd()
#define K4J_V_LOAD_f64(p) _mm512_load_pd(p)
#define K4J_V_LOADU_f64(p) _mm512_loadu_pd(p)
#define K4J_V_STOREU_f64(p, v) _mm512_storeu_pd(p, v)
#define K4J_V_LOADN_f64(p, r) _mm512_maskz_loadu_pd((__mmask8)((1u << (r)) - 1u), p)
#define K4J_V_STOREN_f64(p, v, r) _mm512_mask_storeu_pd(p, (__mmask8)((1u << (r)) - 1u), v)
#define K4J_V_SET1_f64(x) _mm512_set1_pd(x)
#define K4J_V_FMA_f64(a, b, c) _mm512_fmadd_pd(a, b, c)
#define K4J_V_MUL_f64(a, b) _mm512_mul_pd(a, b)
#define K4J_V_HSUM_f64(v) _mm512_reduce_add_pd(v)

typedef __m512 k4j_vf32;
#define K4J_VL_f32 16
#define K4J_V_ZERO_f32() _mm512_setzero_ps()
#define K4J_V_LOAD_f32(p) _mm512_load_ps(p)
#define K4J_V_LOADU_f32(p) _mm512_loadu_ps(p)
#define K4J_V_STOREU_f32(p, v) _mm512_storeu_ps(p, v)
#define K4J_V_LOADN_f32(p, r) _mm512_maskz_loadu_ps((__mmask16)((1u << (r)) - 1u), p)
#define K4J_V_STOREN_f32(p, v, r) _mm512_mask_storeu_ps(p, (__mmask16)((1u << (r)) - 1u), v)
#define K4J_V_SET1_f32(x) _mm512_set1_ps(x)
#define K4J_V_FMA_f32(a, b, c) _mm512_fmadd_ps(a, b, c)
#define K4J_V_MUL_f32(a, b) _mm512_mul_ps(a, b)
#define K4J_V_HSUM_f32(v) _mm512_reduce_add_ps(v)

/* 6 x 32 doubles: 24 zmm accumulators + 4 for a row of B + 1 broadcast of 32
 * registers; per k step 4 loads and 6 broadcasts feed 24 FMAs, within Zen 4's
 * two loads per cycle while its one 512-bit FMA per cycle stays busy. */
#ifndef K4J_GEMM_MR_f64
#define K4J_GEMM_MR_f64 6
#define K4J_GEMM_NV_f64 4
#endif
#ifndef K4J_GEMM_MR_f32
#define K4J_GEMM_MR_f32 6
#define K4J_GEMM_NV_f32 4
#endif

#elif defined(__AVX2__) && defined(__FMA__)

#define K4J_ISA_LABEL "avx2"

K4J_INLINE __m256i k4j_mask_i64x4(int r) {
    return _mm256_cmpgt_epi64(_mm256_set1_epi64x(r), _mm256_setr_epi64x(0, 1, 2, 3));
}
K4J_INLINE __m256i k4j_mask_i32x8(int r) {
    return _mm256_cmpgt_epi32(_mm256_set1_epi32(r), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
}
K4J_INLINE double k4j_hsum_f64x4(__m256d v) {
    __m128d s = _mm_add_pd(_mm256_castpd256_pd128(v), _mm256_extractf128_pd(v, 1));
    return _mm_cvtsd_f64(_mm_add_sd(s, _mm_unpackhi_pd(s, s)));
}
K4J_INLINE float k4j_hsum_f32x8(__m256 v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    return _mm_cvtss_f32(_mm_add_ss(s, _mm_movehdup_ps(s)));
}

typedef __m256d k4j_vf64;
#define K4J_VL_f64 4
#define K4J_V_ZERO_f64() _mm256_setzero_pd()
#define K4J_V_LOAD_f64(p) _mm256_load_pd(p)
#define K4J_V_LOADU_f64(p) _mm256_loadu_pd(p)
#define K4J_V_STOREU_f64(p, v) _mm256_storeu_pd(p, v)
#define K4J_V_LOADN_f64(p, r) _mm256_maskload_pd(p, k4j_mask_i64x4(r))
#define K4J_V_STOREN_f64(p, v, r) _mm256_maskstore_pd(p, k4j_mask_i64x4(r), v)
#define K4J_V_SET1_f64(x) _mm256_set1_pd(x)
#define K4J_V_FMA_f64(a, b, c) _mm256_fmadd_pd(a, b, c)
#define K4J_V_MUL_f64(a, b) _mm256_mul_pd(a, b)
#define K4J_V_HSUM_f64(v) k4j_hsum_f64x4(v)

typedef __m256 k4j_vf32;
#define K4J_VL_f32 8
#define K4J_V_ZERO_f32() _mm256_setzero_ps()
#define K4J_V_LOAD_f32(p) _mm256_load_ps(p)
#define K4J_V_LOADU_f32(p) _mm256_loadu_ps(p)
#define K4J_V_STOREU_f32(p, v) _mm256_storeu_ps(p, v)
#define K4J_V_LOADN_f32(p, r) _mm256_maskload_ps(p, k4j_mask_i32x8(r))
#define K4J_V_STOREN_f32(p, v, r) _mm256_maskstore_ps(p, k4j_mask_i32x8(r), v)
#define K4J_V_SET1_f32(x) _mm256_set1_ps(x)
#define K4J_V_FMA_f32(a, b, c) _mm256_fmadd_ps(a, b, c)
#define K4J_V_MUL_f32(a, b) _mm256_mul_ps(a, b)
#define K4J_V_HSUM_f32(v) k4j_hsum_f32x8(v)

/* 6 x 8 doubles: 12 ymm accumulators + 2 for B + 1 broadcast of 16. */
#ifndef K4J_GEMM_MR_f64
#define K4J_GEMM_MR_f64 6
#define K4J_GEMM_NV_f64 2
#endif
#ifndef K4J_GEMM_MR_f32
#define K4J_GEMM_MR_f32 6
#define K4J_GEMM_NV_f32 2
#endif

#else /* baseline x86-64: SSE2 through gcc's generic vectors; no FMA */

#define K4J_ISA_LABEL "baseline"

typedef double k4j_vf64 __attribute__((vector_size(16)));
typedef float k4j_vf32 __attribute__((vector_size(16)));

#define K4J_DEFINE_PORTABLE_VECTOR_OPS(T, SFX, VL)                                       \
    K4J_INLINE k4j_v##SFX k4j_loadu_##SFX(const T *p) {                                  \
        k4j_v##SFX v;                                                                    \
        memcpy(&v, p, sizeof v);                                                         \
        return v;                                                                        \
    }                                                                                    \
    K4J_INLINE void k4j_storeu_##SFX(T *p, k4j_v##SFX v) { memcpy(p, &v, sizeof v); }    \
    K4J_INLINE k4j_v##SFX k4j_loadn_##SFX(const T *p, int r) {                           \
        T t[VL] = {0};                                                                   \
        for (int l = 0; l < r; l++) t[l] = p[l];                                         \
        return k4j_loadu_##SFX(t);                                                       \
    }                                                                                    \
    K4J_INLINE void k4j_storen_##SFX(T *p, k4j_v##SFX v, int r) {                        \
        T t[VL];                                                                         \
        memcpy(t, &v, sizeof v);                                                         \
        for (int l = 0; l < r; l++) p[l] = t[l];                                         \
    }                                                                                    \
    K4J_INLINE T k4j_hsum_##SFX(k4j_v##SFX v) {                                          \
        T s = v[0];                                                                      \
        for (int l = 1; l < VL; l++) s += v[l];                                          \
        return s;                                                                        \
    }

K4J_DEFINE_PORTABLE_VECTOR_OPS(double, f64, 2)
K4J_DEFINE_PORTABLE_VECTOR_OPS(float, f32, 4)

#define K4J_VL_f64 2
#define K4J_V_ZERO_f64() ((k4j_vf64){0.0, 0.0})
#define K4J_V_LOAD_f64(p) (*(const k4j_vf64 *)(p))
#define K4J_V_LOADU_f64(p) k4j_loadu_f64(p)
#define K4J_V_STOREU_f64(p, v) k4j_storeu_f64(p, v)
#define K4J_V_LOADN_f64(p, r) k4j_loadn_f64(p, r)
#define K4J_V_STOREN_f64(p, v, r) k4j_storen_f64(p, v, r)
#define K4J_V_SET1_f64(x) ((k4j_vf64){0.0, 0.0} + (x))
#define K4J_V_FMA_f64(a, b, c) ((a) * (b) + (c))
#define K4J_V_MUL_f64(a, b) ((a) * (b))
#define K4J_V_HSUM_f64(v) k4j_hsum_f64(v)

#define K4J_VL_f32 4
#define K4J_V_ZERO_f32() ((k4j_vf32){0.0f, 0.0f, 0.0f, 0.0f})
#define K4J_V_LOAD_f32(p) (*(const k4j_vf32 *)(p))
#define K4J_V_LOADU_f32(p) k4j_loadu_f32(p)
#define K4J_V_STOREU_f32(p, v) k4j_storeu_f32(p, v)
#define K4J_V_LOADN_f32(p, r) k4j_loadn_f32(p, r)
#define K4J_V_STOREN_f32(p, v, r) k4j_storen_f32(p, v, r)
#define K4J_V_SET1_f32(x) (K4J_V_ZERO_f32() + (x))
#define K4J_V_FMA_f32(a, b, c) ((a) * (b) + (c))
#define K4J_V_MUL_f32(a, b) ((a) * (b))
#define K4J_V_HSUM_f32(v) k4j_hsum_f32(v)

/* 4 x 4 doubles: 8 xmm accumulators + 2 for B + 1 broadcast + 1 product of 16. */
#ifndef K4J_GEMM_MR_f64
#define K4J_GEMM_MR_f64 4
#define K4J_GEMM_NV_f64 2
#endif
#ifndef K4J_GEMM_MR_f32
#define K4J_GEMM_MR_f32 4
#define K4J_GEMM_NV_f32 2
#endif

#endif

/* ---- dtype instantiations ----------------------------------------------------- */

#define K4J_T double
#define K4J_SFX f64
#include "gemm_tmpl.h"

#define K4J_T float
#define K4J_SFX f32
#include "gemm_tmpl.h"
