/* Vectorised sorts of unsigned keys for sort.c: vsort_u64 and vsort_u32 sort
 * an array of keys in place (vsort_tmpl.h: quicksort with compress-store
 * partitions, bitonic networks for ranges of up to 16 vectors). Defined where
 * the ISA path has the instructions (K4J_HAVE_VSORT set to 1): AVX-512
 * (F/BW/DQ/VL; sort.c's avx512 object is compiled with -march=x86-64-v4) and
 * AVX2 (the avx2 object, -march=x86-64-v3). Other paths keep the radix sort. */
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

#else
#define K4J_HAVE_VSORT 0
#endif

#endif
