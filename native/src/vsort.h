/* Vectorised sorts of unsigned keys for sort.c: vsort_u64 and vsort_u32 sort
 * an array of keys in place (vsort_tmpl.h: quicksort with compress-store
 * partitions, bitonic networks for ranges of up to 16 vectors). Defined where
 * the ISA path has the instructions (K4J_HAVE_VSORT set to 1): AVX-512
 * (F/BW/DQ/VL; sort.c's avx512 object is compiled with -march=x86-64-v4) and
 * AVX2 with BMI2 (the avx2 object, -march=x86-64-v3) only when built with
 * -DK4J_VSORT_AVX2 (see below). Other paths keep the radix sort. */
#ifndef K4J_VSORT_H
#define K4J_VSORT_H

#if defined(__AVX512F__) && defined(__AVX512BW__) && defined(__AVX512DQ__) && defined(__AVX512VL__)
#include <immintrin.h>
#define K4J_HAVE_VSORT 1

#define K4J_VS_IOTA64 _mm512_set_epi64(7, 6, 5, 4, 3, 2, 1, 0)
#define K4J_VS_IOTA32 _mm512_set_epi32(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)

/* lane l of the result is lane l ^ c; the common cases as in-lane shuffles */
K4J_ALWAYS_INLINE __m512i k4j_vs_xperm64(__m512i v, int c) {
    switch (c) {
    case 1: return _mm512_shuffle_epi32(v, (_MM_PERM_ENUM)0x4E);
    case 2: return _mm512_permutex_epi64(v, 0x4E);
    case 3: return _mm512_permutex_epi64(v, 0x1B);
    case 4: return _mm512_shuffle_i64x2(v, v, 0x4E);
    default: return _mm512_permutexvar_epi64(_mm512_xor_si512(K4J_VS_IOTA64, _mm512_set1_epi64(c)), v);
    }
}
K4J_ALWAYS_INLINE __m512i k4j_vs_xperm32(__m512i v, int c) {
    switch (c) {
    case 1: return _mm512_shuffle_epi32(v, (_MM_PERM_ENUM)0xB1);
    case 2: return _mm512_shuffle_epi32(v, (_MM_PERM_ENUM)0x4E);
    case 3: return _mm512_shuffle_epi32(v, (_MM_PERM_ENUM)0x1B);
    case 4: return _mm512_shuffle_i32x4(v, v, 0xB1);
    case 8: return _mm512_shuffle_i32x4(v, v, 0x4E);
    default: return _mm512_permutexvar_epi32(_mm512_xor_si512(K4J_VS_IOTA32, _mm512_set1_epi32(c)), v);
    }
}

#define VS_SFX u64
#define VS_K uint64_t
#define VS_V __m512i
#define VS_W 8
#define VS_ONES _mm512_set1_epi64(-1)
#define VS_LOWEST _mm512_setzero_si512()
#define VS_FULL_STORES 0
#define VS_PACK_HI(v, m) (v)
#define VS_SET1(k) _mm512_set1_epi64((long long)(k))
#define VS_LOADU(p) _mm512_loadu_si512((const void *)(p))
#define VS_LOADN(p, c) _mm512_mask_loadu_epi64(_mm512_set1_epi64(-1), (__mmask8)((1u << (c)) - 1u), (const void *)(p))
#define VS_LOADN_PAD(p, c, pad) _mm512_mask_loadu_epi64((pad), (__mmask8)((1u << (c)) - 1u), (const void *)(p))
#define VS_STOREU(p, v) _mm512_storeu_si512((void *)(p), (v))
#define VS_STOREN(p, v, c) _mm512_mask_storeu_epi64((void *)(p), (__mmask8)((1u << (c)) - 1u), (v))
#define VS_GT(v, p) ((unsigned)_mm512_cmpgt_epu64_mask((v), (p)))
#define VS_MIN _mm512_min_epu64
#define VS_MAX _mm512_max_epu64
#define VS_XOR_PERM(v, c) k4j_vs_xperm64((v), (c))
#define VS_BLEND(m, a, b) _mm512_mask_blend_epi64((__mmask8)(m), (a), (b))
#define VS_PACK_LO(v, m) _mm512_maskz_compress_epi64((__mmask8)(m), (v))
#define VS_REDUCE_MIN(v) ((uint64_t)_mm512_reduce_min_epu64(v))
#define VS_REDUCE_MAX(v) ((uint64_t)_mm512_reduce_max_epu64(v))
#include "vsort_tmpl.h"
#undef VS_SFX
#undef VS_K
#undef VS_V
#undef VS_W
#undef VS_ONES
#undef VS_LOWEST
#undef VS_FULL_STORES
#undef VS_PACK_HI
#undef VS_SET1
#undef VS_LOADU
#undef VS_LOADN
#undef VS_LOADN_PAD
#undef VS_STOREU
#undef VS_STOREN
#undef VS_GT
#undef VS_MIN
#undef VS_MAX
#undef VS_XOR_PERM
#undef VS_BLEND
#undef VS_PACK_LO
#undef VS_REDUCE_MIN
#undef VS_REDUCE_MAX

#define VS_SFX u32
#define VS_K uint32_t
#define VS_V __m512i
#define VS_W 16
#define VS_ONES _mm512_set1_epi32(-1)
#define VS_LOWEST _mm512_setzero_si512()
#define VS_FULL_STORES 0
#define VS_PACK_HI(v, m) (v)
#define VS_SET1(k) _mm512_set1_epi32((int)(k))
#define VS_LOADU(p) _mm512_loadu_si512((const void *)(p))
#define VS_LOADN(p, c) _mm512_mask_loadu_epi32(_mm512_set1_epi32(-1), (__mmask16)((1u << (c)) - 1u), (const void *)(p))
#define VS_LOADN_PAD(p, c, pad) _mm512_mask_loadu_epi32((pad), (__mmask16)((1u << (c)) - 1u), (const void *)(p))
#define VS_STOREU(p, v) _mm512_storeu_si512((void *)(p), (v))
#define VS_STOREN(p, v, c) _mm512_mask_storeu_epi32((void *)(p), (__mmask16)((1u << (c)) - 1u), (v))
#define VS_GT(v, p) ((unsigned)_mm512_cmpgt_epu32_mask((v), (p)))
#define VS_MIN _mm512_min_epu32
#define VS_MAX _mm512_max_epu32
#define VS_XOR_PERM(v, c) k4j_vs_xperm32((v), (c))
#define VS_BLEND(m, a, b) _mm512_mask_blend_epi32((__mmask16)(m), (a), (b))
#define VS_PACK_LO(v, m) _mm512_maskz_compress_epi32((__mmask16)(m), (v))
#define VS_REDUCE_MIN(v) ((uint32_t)_mm512_reduce_min_epu32(v))
#define VS_REDUCE_MAX(v) ((uint32_t)_mm512_reduce_max_epu32(v))
#include "vsort_tmpl.h"
#undef VS_SFX
#undef VS_K
#undef VS_V
#undef VS_W
#undef VS_ONES
#undef VS_LOWEST
#undef VS_FULL_STORES
#undef VS_PACK_HI
#undef VS_SET1
#undef VS_LOADU
#undef VS_LOADN
#undef VS_LOADN_PAD
#undef VS_STOREU
#undef VS_STOREN
#undef VS_GT
#undef VS_MIN
#undef VS_MAX
#undef VS_XOR_PERM
#undef VS_BLEND
#undef VS_PACK_LO
#undef VS_REDUCE_MIN
#undef VS_REDUCE_MAX

#elif defined(K4J_VSORT_AVX2) && defined(__AVX2__) && defined(__BMI2__)
/* Off by default: measured at 10^7 elements on AMD Zen 5 this AVX2 form was
 * slower than the radix bucket sort (about 23 against 15 ns per float64
 * element), so the avx2 path keeps the radix sort; -DK4J_VSORT_AVX2 turns it
 * on (test_vsort then covers it). */
#include <immintrin.h>
#define K4J_HAVE_VSORT 1

/* AVX2 has signed compares only (and no 64-bit min/max): the keys are sorted
 * as signed integers, biased by their top bit on the way in and out (vsort_u64,
 * vsort_u32 below). No compress instruction either: the packing permutation
 * comes from the mask by pdep/pext (BMI2, part of x86-64-v3). */

#define K4J_VS2_IOTA32 _mm256_set_epi32(7, 6, 5, 4, 3, 2, 1, 0)
#define K4J_VS2_IOTA64 _mm256_set_epi64x(3, 2, 1, 0)

/* dword lanes selected by the 8-bit mask m, in order, in the low lanes */
K4J_ALWAYS_INLINE __m256i k4j_vs2_pack32(__m256i v, unsigned m) {
    uint64_t bytes = _pdep_u64(m, UINT64_C(0x0101010101010101)) * 0xFF;
    uint64_t idx = _pext_u64(UINT64_C(0x0706050403020100), bytes);
    return _mm256_permutevar8x32_epi32(v, _mm256_cvtepu8_epi32(_mm_cvtsi64_si128((long long)idx)));
}
/* the same in the high lanes */
K4J_ALWAYS_INLINE __m256i k4j_vs2_pack32_hi(__m256i v, unsigned m) {
    uint64_t bytes = _pdep_u64(m, UINT64_C(0x0101010101010101)) * 0xFF;
    uint64_t idx = _pext_u64(UINT64_C(0x0706050403020100), bytes);
    int shift = 8 * (8 - __builtin_popcount(m));
    idx = shift >= 64 ? 0 : idx << shift;
    return _mm256_permutevar8x32_epi32(v, _mm256_cvtepu8_epi32(_mm_cvtsi64_si128((long long)idx)));
}
/* a qword mask as the dword mask of the same lanes */
K4J_ALWAYS_INLINE unsigned k4j_vs2_dwords(unsigned m) { return (unsigned)_pdep_u32(m, 0x55u) * 3u; }

K4J_ALWAYS_INLINE __m256i k4j_vs2_min64(__m256i a, __m256i b) {
    return _mm256_blendv_epi8(a, b, _mm256_cmpgt_epi64(a, b));
}
K4J_ALWAYS_INLINE __m256i k4j_vs2_max64(__m256i a, __m256i b) {
    return _mm256_blendv_epi8(b, a, _mm256_cmpgt_epi64(a, b));
}
K4J_ALWAYS_INLINE __m256i k4j_vs2_lanes64(int c) { return _mm256_cmpgt_epi64(_mm256_set1_epi64x(c), K4J_VS2_IOTA64); }
K4J_ALWAYS_INLINE __m256i k4j_vs2_lanes32(int c) { return _mm256_cmpgt_epi32(_mm256_set1_epi32(c), K4J_VS2_IOTA32); }
K4J_ALWAYS_INLINE __m256i k4j_vs2_xperm64(__m256i v, int c) {
    __m256i q = _mm256_xor_si256(K4J_VS2_IOTA64, _mm256_set1_epi64x(c));
    /* qword index q -> dword indices 2q, 2q + 1 */
    __m256i d = _mm256_or_si256(_mm256_slli_epi64(q, 1), _mm256_slli_epi64(_mm256_or_si256(_mm256_slli_epi64(q, 1), _mm256_set1_epi64x(1)), 32));
    return _mm256_permutevar8x32_epi32(v, d);
}
K4J_ALWAYS_INLINE __m256i k4j_vs2_blend64(unsigned m, __m256i a, __m256i b) {
    __m256i bit = _mm256_and_si256(_mm256_set1_epi64x((long long)m), _mm256_sllv_epi64(_mm256_set1_epi64x(1), K4J_VS2_IOTA64));
    return _mm256_blendv_epi8(a, b, _mm256_cmpeq_epi64(bit, _mm256_sllv_epi64(_mm256_set1_epi64x(1), K4J_VS2_IOTA64)));
}
K4J_ALWAYS_INLINE __m256i k4j_vs2_blend32(unsigned m, __m256i a, __m256i b) {
    __m256i one = _mm256_sllv_epi32(_mm256_set1_epi32(1), K4J_VS2_IOTA32);
    __m256i bit = _mm256_and_si256(_mm256_set1_epi32((int)m), one);
    return _mm256_blendv_epi8(a, b, _mm256_cmpeq_epi32(bit, one));
}
K4J_ALWAYS_INLINE int64_t k4j_vs2_hmin64(__m256i v) {
    int64_t t[4];
    _mm256_storeu_si256((__m256i *)(void *)t, v);
    int64_t r = t[0];
    for (int i = 1; i < 4; i++) r = t[i] < r ? t[i] : r;
    return r;
}
K4J_ALWAYS_INLINE int64_t k4j_vs2_hmax64(__m256i v) {
    int64_t t[4];
    _mm256_storeu_si256((__m256i *)(void *)t, v);
    int64_t r = t[0];
    for (int i = 1; i < 4; i++) r = t[i] > r ? t[i] : r;
    return r;
}
K4J_ALWAYS_INLINE int32_t k4j_vs2_hmin32(__m256i v) {
    int32_t t[8];
    _mm256_storeu_si256((__m256i *)(void *)t, v);
    int32_t r = t[0];
    for (int i = 1; i < 8; i++) r = t[i] < r ? t[i] : r;
    return r;
}
K4J_ALWAYS_INLINE int32_t k4j_vs2_hmax32(__m256i v) {
    int32_t t[8];
    _mm256_storeu_si256((__m256i *)(void *)t, v);
    int32_t r = t[0];
    for (int i = 1; i < 8; i++) r = t[i] > r ? t[i] : r;
    return r;
}

#define VS_SFX s64
#define VS_K int64_t
#define VS_V __m256i
#define VS_W 4
#define VS_ONES _mm256_set1_epi64x(INT64_MAX)
#define VS_LOWEST _mm256_set1_epi64x(INT64_MIN)
#define VS_FULL_STORES 1
#define VS_SET1(k) _mm256_set1_epi64x((long long)(k))
#define VS_LOADU(p) _mm256_loadu_si256((const __m256i *)(const void *)(p))
#define VS_LOADN_PAD(p, c, pad) \
    _mm256_blendv_epi8((pad), _mm256_maskload_epi64((const long long *)(const void *)(p), k4j_vs2_lanes64(c)), k4j_vs2_lanes64(c))
#define VS_LOADN(p, c) VS_LOADN_PAD(p, c, VS_ONES)
#define VS_STOREU(p, v) _mm256_storeu_si256((__m256i *)(void *)(p), (v))
#define VS_STOREN(p, v, c) _mm256_maskstore_epi64((long long *)(void *)(p), k4j_vs2_lanes64(c), (v))
#define VS_GT(v, p) ((unsigned)_mm256_movemask_pd(_mm256_castsi256_pd(_mm256_cmpgt_epi64((v), (p)))))
#define VS_MIN k4j_vs2_min64
#define VS_MAX k4j_vs2_max64
#define VS_XOR_PERM(v, c) k4j_vs2_xperm64((v), (c))
#define VS_BLEND(m, a, b) k4j_vs2_blend64((m), (a), (b))
#define VS_PACK_LO(v, m) k4j_vs2_pack32((v), k4j_vs2_dwords(m))
#define VS_PACK_HI(v, m) k4j_vs2_pack32_hi((v), k4j_vs2_dwords(m))
#define VS_REDUCE_MIN(v) k4j_vs2_hmin64(v)
#define VS_REDUCE_MAX(v) k4j_vs2_hmax64(v)
#include "vsort_tmpl.h"
#undef VS_SFX
#undef VS_K
#undef VS_V
#undef VS_W
#undef VS_ONES
#undef VS_LOWEST
#undef VS_FULL_STORES
#undef VS_PACK_HI
#undef VS_SET1
#undef VS_LOADU
#undef VS_LOADN
#undef VS_LOADN_PAD
#undef VS_STOREU
#undef VS_STOREN
#undef VS_GT
#undef VS_MIN
#undef VS_MAX
#undef VS_XOR_PERM
#undef VS_BLEND
#undef VS_PACK_LO
#undef VS_REDUCE_MIN
#undef VS_REDUCE_MAX

#define VS_SFX s32
#define VS_K int32_t
#define VS_V __m256i
#define VS_W 8
#define VS_ONES _mm256_set1_epi32(INT32_MAX)
#define VS_LOWEST _mm256_set1_epi32(INT32_MIN)
#define VS_FULL_STORES 1
#define VS_SET1(k) _mm256_set1_epi32((int)(k))
#define VS_LOADU(p) _mm256_loadu_si256((const __m256i *)(const void *)(p))
#define VS_LOADN_PAD(p, c, pad) \
    _mm256_blendv_epi8((pad), _mm256_maskload_epi32((const int *)(const void *)(p), k4j_vs2_lanes32(c)), k4j_vs2_lanes32(c))
#define VS_LOADN(p, c) VS_LOADN_PAD(p, c, VS_ONES)
#define VS_STOREU(p, v) _mm256_storeu_si256((__m256i *)(void *)(p), (v))
#define VS_STOREN(p, v, c) _mm256_maskstore_epi32((int *)(void *)(p), k4j_vs2_lanes32(c), (v))
#define VS_GT(v, p) ((unsigned)_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpgt_epi32((v), (p)))))
#define VS_MIN _mm256_min_epi32
#define VS_MAX _mm256_max_epi32
#define VS_XOR_PERM(v, c) _mm256_permutevar8x32_epi32((v), _mm256_xor_si256(K4J_VS2_IOTA32, _mm256_set1_epi32(c)))
#define VS_BLEND(m, a, b) k4j_vs2_blend32((m), (a), (b))
#define VS_PACK_LO(v, m) k4j_vs2_pack32((v), (m))
#define VS_PACK_HI(v, m) k4j_vs2_pack32_hi((v), (m))
#define VS_REDUCE_MIN(v) k4j_vs2_hmin32(v)
#define VS_REDUCE_MAX(v) k4j_vs2_hmax32(v)
#include "vsort_tmpl.h"
#undef VS_SFX
#undef VS_K
#undef VS_V
#undef VS_W
#undef VS_ONES
#undef VS_LOWEST
#undef VS_FULL_STORES
#undef VS_PACK_HI
#undef VS_SET1
#undef VS_LOADU
#undef VS_LOADN
#undef VS_LOADN_PAD
#undef VS_STOREU
#undef VS_STOREN
#undef VS_GT
#undef VS_MIN
#undef VS_MAX
#undef VS_XOR_PERM
#undef VS_BLEND
#undef VS_PACK_LO
#undef VS_REDUCE_MIN
#undef VS_REDUCE_MAX

/* unsigned keys through the signed sorts: the top bit flipped in and out */
static void vsort_u64(uint64_t *a, int64_t n) {
    for (int64_t i = 0; i < n; i++) a[i] ^= UINT64_C(0x8000000000000000);
    vsort_s64((int64_t *)a, n);
    for (int64_t i = 0; i < n; i++) a[i] ^= UINT64_C(0x8000000000000000);
}
static void vsort_u32(uint32_t *a, int64_t n) {
    for (int64_t i = 0; i < n; i++) a[i] ^= UINT32_C(0x80000000);
    vsort_s32((int32_t *)a, n);
    for (int64_t i = 0; i < n; i++) a[i] ^= UINT32_C(0x80000000);
}

#else
#define K4J_HAVE_VSORT 0
#endif

#endif
