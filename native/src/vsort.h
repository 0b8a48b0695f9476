/* Vectorised sorts of unsigned keys for sort.c: vsort_u64 and vsort_u32 sort
 * an array of keys in place (vsort_tmpl.h: quicksort with compress-store
 * partitions, bitonic networks for ranges of up to 16 vectors). Defined where
 * they beat the radix sort of the buckets (K4J_HAVE_VSORT64 / K4J_HAVE_VSORT32
 * set to 1): both widths on AVX-512 (F/BW/DQ/VL; sort.c's avx512 object is
 * compiled with -march=x86-64-v4), 4-byte keys on AVX2 (the avx2 object,
 * -march=x86-64-v3; 8-byte keys only when built with -DK4J_VSORT_AVX2_64, see
 * below). Their networks also sort the leaves of sort_tmpl.h's rnet_into
 * (K4J_HAVE_RNET64 / K4J_HAVE_RNET32: vleaf_b*, vsort_b*). Other paths keep
 * the radix sort. */
#ifndef K4J_VSORT_H
#define K4J_VSORT_H

#if defined(__AVX2__) || defined(__AVX512F__)
#include <stdint.h>
/* Partition permutations (generated once by a script, checked by test_vsort):
 * entry m lists, as byte-sized dword indices, the lanes whose bit in m is
 * clear (ascending) and then those whose bit is set: one permute puts a
 * vector's left keys in its low lanes and its right keys in its high lanes.
 * k4j_vs_split8_lut: 8 lanes (AVX2 dwords, AVX-512 qwords); k4j_vs_split4x2_lut:
 * 4 qword lanes of AVX2 as dword pairs. */
static const uint64_t k4j_vs_split8_lut[256] __attribute__((unused)) = {
    UINT64_C(0x0706050403020100), UINT64_C(0x0007060504030201), UINT64_C(0x0107060504030200), UINT64_C(0x0100070605040302),
    UINT64_C(0x0207060504030100), UINT64_C(0x0200070605040301), UINT64_C(0x0201070605040300), UINT64_C(0x0201000706050403),
    UINT64_C(0x0307060504020100), UINT64_C(0x0300070605040201), UINT64_C(0x0301070605040200), UINT64_C(0x0301000706050402),
    UINT64_C(0x0302070605040100), UINT64_C(0x0302000706050401), UINT64_C(0x0302010706050400), UINT64_C(0x0302010007060504),
    UINT64_C(0x0407060503020100), UINT64_C(0x0400070605030201), UINT64_C(0x0401070605030200), UINT64_C(0x0401000706050302),
    UINT64_C(0x0402070605030100), UINT64_C(0x0402000706050301), UINT64_C(0x0402010706050300), UINT64_C(0x0402010007060503),
    UINT64_C(0x0403070605020100), UINT64_C(0x0403000706050201), UINT64_C(0x0403010706050200), UINT64_C(0x0403010007060502),
    UINT64_C(0x0403020706050100), UINT64_C(0x0403020007060501), UINT64_C(0x0403020107060500), UINT64_C(0x0403020100070605),
    UINT64_C(0x0507060403020100), UINT64_C(0x0500070604030201), UINT64_C(0x0501070604030200), UINT64_C(0x0501000706040302),
    UINT64_C(0x0502070604030100), UINT64_C(0x0502000706040301), UINT64_C(0x0502010706040300), UINT64_C(0x0502010007060403),
    UINT64_C(0x0503070604020100), UINT64_C(0x0503000706040201), UINT64_C(0x0503010706040200), UINT64_C(0x0503010007060402),
    UINT64_C(0x0503020706040100), UINT64_C(0x0503020007060401), UINT64_C(0x0503020107060400), UINT64_C(0x0503020100070604),
    UINT64_C(0x0504070603020100), UINT64_C(0x0504000706030201), UINT64_C(0x0504010706030200), UINT64_C(0x0504010007060302),
    UINT64_C(0x0504020706030100), UINT64_C(0x0504020007060301), UINT64_C(0x0504020107060300), UINT64_C(0x0504020100070603),
    UINT64_C(0x0504030706020100), UINT64_C(0x0504030007060201), UINT64_C(0x0504030107060200), UINT64_C(0x0504030100070602),
    UINT64_C(0x0504030207060100), UINT64_C(0x0504030200070601), UINT64_C(0x0504030201070600), UINT64_C(0x0504030201000706),
    UINT64_C(0x0607050403020100), UINT64_C(0x0600070504030201), UINT64_C(0x0601070504030200), UINT64_C(0x0601000705040302),
    UINT64_C(0x0602070504030100), UINT64_C(0x0602000705040301), UINT64_C(0x0602010705040300), UINT64_C(0x0602010007050403),
    UINT64_C(0x0603070504020100), UINT64_C(0x0603000705040201), UINT64_C(0x0603010705040200), UINT64_C(0x0603010007050402),
    UINT64_C(0x0603020705040100), UINT64_C(0x0603020007050401), UINT64_C(0x0603020107050400), UINT64_C(0x0603020100070504),
    UINT64_C(0x0604070503020100), UINT64_C(0x0604000705030201), UINT64_C(0x0604010705030200), UINT64_C(0x0604010007050302),
    UINT64_C(0x0604020705030100), UINT64_C(0x0604020007050301), UINT64_C(0x0604020107050300), UINT64_C(0x0604020100070503),
    UINT64_C(0x0604030705020100), UINT64_C(0x0604030007050201), UINT64_C(0x0604030107050200), UINT64_C(0x0604030100070502),
    UINT64_C(0x0604030207050100), UINT64_C(0x0604030200070501), UINT64_C(0x0604030201070500), UINT64_C(0x0604030201000705),
    UINT64_C(0x0605070403020100), UINT64_C(0x0605000704030201), UINT64_C(0x0605010704030200), UINT64_C(0x0605010007040302),
    UINT64_C(0x0605020704030100), UINT64_C(0x0605020007040301), UINT64_C(0x0605020107040300), UINT64_C(0x0605020100070403),
    UINT64_C(0x0605030704020100), UINT64_C(0x0605030007040201), UINT64_C(0x0605030107040200), UINT64_C(0x0605030100070402),
    UINT64_C(0x0605030207040100), UINT64_C(0x0605030200070401), UINT64_C(0x0605030201070400), UINT64_C(0x0605030201000704),
    UINT64_C(0x0605040703020100), UINT64_C(0x0605040007030201), UINT64_C(0x0605040107030200), UINT64_C(0x0605040100070302),
    UINT64_C(0x0605040207030100), UINT64_C(0x0605040200070301), UINT64_C(0x0605040201070300), UINT64_C(0x0605040201000703),
    UINT64_C(0x0605040307020100), UINT64_C(0x0605040300070201), UINT64_C(0x0605040301070200), UINT64_C(0x0605040301000702),
    UINT64_C(0x0605040302070100), UINT64_C(0x0605040302000701), UINT64_C(0x0605040302010700), UINT64_C(0x0605040302010007),
    UINT64_C(0x0706050403020100), UINT64_C(0x0700060504030201), UINT64_C(0x0701060504030200), UINT64_C(0x0701000605040302),
    UINT64_C(0x0702060504030100), UINT64_C(0x0702000605040301), UINT64_C(0x0702010605040300), UINT64_C(0x0702010006050403),
    UINT64_C(0x0703060504020100), UINT64_C(0x0703000605040201), UINT64_C(0x0703010605040200), UINT64_C(0x0703010006050402),
    UINT64_C(0x0703020605040100), UINT64_C(0x0703020006050401), UINT64_C(0x0703020106050400), UINT64_C(0x0703020100060504),
    UINT64_C(0x0704060503020100), UINT64_C(0x0704000605030201), UINT64_C(0x0704010605030200), UINT64_C(0x0704010006050302),
    UINT64_C(0x0704020605030100), UINT64_C(0x0704020006050301), UINT64_C(0x0704020106050300), UINT64_C(0x0704020100060503),
    UINT64_C(0x0704030605020100), UINT64_C(0x0704030006050201), UINT64_C(0x0704030106050200), UINT64_C(0x0704030100060502),
    UINT64_C(0x0704030206050100), UINT64_C(0x0704030200060501), UINT64_C(0x0704030201060500), UINT64_C(0x0704030201000605),
    UINT64_C(0x0705060403020100), UINT64_C(0x0705000604030201), UINT64_C(0x0705010604030200), UINT64_C(0x0705010006040302),
    UINT64_C(0x0705020604030100), UINT64_C(0x0705020006040301), UINT64_C(0x0705020106040300), UINT64_C(0x0705020100060403),
    UINT64_C(0x0705030604020100), UINT64_C(0x0705030006040201), UINT64_C(0x0705030106040200), UINT64_C(0x0705030100060402),
    UINT64_C(0x0705030206040100), UINT64_C(0x0705030200060401), UINT64_C(0x0705030201060400), UINT64_C(0x0705030201000604),
    UINT64_C(0x0705040603020100), UINT64_C(0x0705040006030201), UINT64_C(0x0705040106030200), UINT64_C(0x0705040100060302),
    UINT64_C(0x0705040206030100), UINT64_C(0x0705040200060301), UINT64_C(0x0705040201060300), UINT64_C(0x0705040201000603),
    UINT64_C(0x0705040306020100), UINT64_C(0x0705040300060201), UINT64_C(0x0705040301060200), UINT64_C(0x0705040301000602),
    UINT64_C(0x0705040302060100), UINT64_C(0x0705040302000601), UINT64_C(0x0705040302010600), UINT64_C(0x0705040302010006),
    UINT64_C(0x0706050403020100), UINT64_C(0x0706000504030201), UINT64_C(0x0706010504030200), UINT64_C(0x0706010005040302),
    UINT64_C(0x0706020504030100), UINT64_C(0x0706020005040301), UINT64_C(0x0706020105040300), UINT64_C(0x0706020100050403),
    UINT64_C(0x0706030504020100), UINT64_C(0x0706030005040201), UINT64_C(0x0706030105040200), UINT64_C(0x0706030100050402),
    UINT64_C(0x0706030205040100), UINT64_C(0x0706030200050401), UINT64_C(0x0706030201050400), UINT64_C(0x0706030201000504),
    UINT64_C(0x0706040503020100), UINT64_C(0x0706040005030201), UINT64_C(0x0706040105030200), UINT64_C(0x0706040100050302),
    UINT64_C(0x0706040205030100), UINT64_C(0x0706040200050301), UINT64_C(0x0706040201050300), UINT64_C(0x0706040201000503),
    UINT64_C(0x0706040305020100), UINT64_C(0x0706040300050201), UINT64_C(0x0706040301050200), UINT64_C(0x0706040301000502),
    UINT64_C(0x0706040302050100), UINT64_C(0x0706040302000501), UINT64_C(0x0706040302010500), UINT64_C(0x0706040302010005),
    UINT64_C(0x0706050403020100), UINT64_C(0x0706050004030201), UINT64_C(0x0706050104030200), UINT64_C(0x0706050100040302),
    UINT64_C(0x0706050204030100), UINT64_C(0x0706050200040301), UINT64_C(0x0706050201040300), UINT64_C(0x0706050201000403),
    UINT64_C(0x0706050304020100), UINT64_C(0x0706050300040201), UINT64_C(0x0706050301040200), UINT64_C(0x0706050301000402),
    UINT64_C(0x0706050302040100), UINT64_C(0x0706050302000401), UINT64_C(0x0706050302010400), UINT64_C(0x0706050302010004),
    UINT64_C(0x0706050403020100), UINT64_C(0x0706050400030201), UINT64_C(0x0706050401030200), UINT64_C(0x0706050401000302),
    UINT64_C(0x0706050402030100), UINT64_C(0x0706050402000301), UINT64_C(0x0706050402010300), UINT64_C(0x0706050402010003),
    UINT64_C(0x0706050403020100), UINT64_C(0x0706050403000201), UINT64_C(0x0706050403010200), UINT64_C(0x0706050403010002),
    UINT64_C(0x0706050403020100), UINT64_C(0x0706050403020001), UINT64_C(0x0706050403020100), UINT64_C(0x0706050403020100),
};
static const uint64_t k4j_vs_split4x2_lut[16] __attribute__((unused)) = {
    UINT64_C(0x0706050403020100), UINT64_C(0x0100070605040302), UINT64_C(0x0302070605040100), UINT64_C(0x0302010007060504),
    UINT64_C(0x0504070603020100), UINT64_C(0x0504010007060302), UINT64_C(0x0504030207060100), UINT64_C(0x0504030201000706),
    UINT64_C(0x0706050403020100), UINT64_C(0x0706010005040302), UINT64_C(0x0706030205040100), UINT64_C(0x0706030201000504),
    UINT64_C(0x0706050403020100), UINT64_C(0x0706050401000302), UINT64_C(0x0706050403020100), UINT64_C(0x0706050403020100),
};
/* Batcher's odd-even merge sort networks on 8 and 16 inputs (19 and 63 compare-exchanges,
 * generated by a script and checked on every 0-1 input): the column sorts of vs_network
 * (vsort_tmpl.h, VS_COLSORT). */
static const unsigned char k4j_vs_oem8[19][2] __attribute__((unused)) = {
    {0, 1}, {2, 3}, {4, 5}, {6, 7}, {0, 2}, {1, 3}, {4, 6}, {5, 7}, {1, 2}, {5, 6},
    {0, 4}, {1, 5}, {2, 6}, {3, 7}, {2, 4}, {3, 5}, {1, 2}, {3, 4}, {5, 6}};
static const unsigned char k4j_vs_oem16[63][2] __attribute__((unused)) = {
    {0, 1},   {2, 3},   {4, 5},  {6, 7},   {8, 9},   {10, 11}, {12, 13}, {14, 15}, {0, 2},   {1, 3},   {4, 6},
    {5, 7},   {8, 10},  {9, 11}, {12, 14}, {13, 15}, {1, 2},   {5, 6},   {9, 10},  {13, 14}, {0, 4},   {1, 5},
    {2, 6},   {3, 7},   {8, 12}, {9, 13},  {10, 14}, {11, 15}, {2, 4},   {3, 5},   {10, 12}, {11, 13}, {1, 2},
    {3, 4},   {5, 6},   {9, 10}, {11, 12}, {13, 14}, {0, 8},   {1, 9},   {2, 10},  {3, 11},  {4, 12},  {5, 13},
    {6, 14},  {7, 15},  {4, 8},  {5, 9},   {6, 10},  {7, 11},  {2, 4},   {3, 5},   {6, 8},   {7, 9},   {10, 12},
    {11, 13}, {1, 2},   {3, 4},  {5, 6},   {7, 8},   {9, 10},  {11, 12}, {13, 14}};

#endif

#if defined(__AVX512F__) && defined(__AVX512BW__) && defined(__AVX512DQ__) && defined(__AVX512VL__)
#include <immintrin.h>
#define K4J_HAVE_VSORT64 1
#define K4J_HAVE_VSORT32 1

#define K4J_VS_IOTA64 _mm512_set_epi64(7, 6, 5, 4, 3, 2, 1, 0)
#define K4J_VS_IOTA32 _mm512_set_epi32(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0)

/* The transpose of r[0, 16) (16 dword lanes each) for vs_network's column sorts
 * (VS_TRANSPOSE): lane l of r[v] becomes lane v of r[l]. Recursively, by halves: for
 * b = 8, 4, 2, 1, vectors v and v + b (bit b of v clear) exchange the lanes l with bit b set
 * of v for those with bit b clear of v + b, by two-source permutes (64 in all). */
K4J_ALWAYS_INLINE void k4j_vs_tr32(__m512i *r) {
#pragma GCC unroll 4
    for (int lb = 3; lb >= 0; lb--) {
        const int b = 1 << lb;
        int ia[16], ib[16];
        for (int l = 0; l < 16; l++) {
            ia[l] = (l & b) ? 16 + l - b : l;
            ib[l] = (l & b) ? 16 + l : l + b;
        }
        const __m512i xa = _mm512_set_epi32(ia[15], ia[14], ia[13], ia[12], ia[11], ia[10], ia[9], ia[8], ia[7],
                                            ia[6], ia[5], ia[4], ia[3], ia[2], ia[1], ia[0]);
        const __m512i xb = _mm512_set_epi32(ib[15], ib[14], ib[13], ib[12], ib[11], ib[10], ib[9], ib[8], ib[7],
                                            ib[6], ib[5], ib[4], ib[3], ib[2], ib[1], ib[0]);
#pragma GCC unroll 16
        for (int v = 0; v < 16; v++) {
            if (v & b) continue;
            __m512i lo = r[v], hi = r[v + b];
            r[v] = _mm512_permutex2var_epi32(lo, xa, hi);
            r[v + b] = _mm512_permutex2var_epi32(lo, xb, hi);
        }
    }
}

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
/* 8 lanes: the partition's permutation from a table, one permute and two whole
 * stores per vector (measured on Zen 4: 0.31 against 0.39 ns per key and pass
 * with two compresses and two masked stores) */
#define VS_SPLIT(v, m) _mm512_permutexvar_epi64(_mm512_cvtepu8_epi64(_mm_loadl_epi64((const __m128i *)(const void *)(k4j_vs_split8_lut + (m)))), (v))
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
#define VS_PACK_LO(v, m) _mm512_mask_compress_epi64((v), (__mmask8)(m), (v))
#define VS_REDUCE_MIN(v) ((uint64_t)_mm512_reduce_min_epu64(v))
#define VS_REDUCE_MAX(v) ((uint64_t)_mm512_reduce_max_epu64(v))
#include "vsort_tmpl.h"
#undef VS_SFX
#ifdef VS_TRANSPOSE
#undef VS_TRANSPOSE
#undef VS_COLSORT
#undef VS_COLSORT_N
#endif
#undef VS_K
#undef VS_V
#undef VS_W
#undef VS_MAXNV
#undef VS_ONES
#undef VS_LOWEST
#undef VS_SPLIT
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
/* Runs of 16 keys by column sorts and a transpose (vs_network). Measured on AMD Zen 5
 * (alternated processes, best of 5 rounds each): a network of 200 keys 139.6 -> 124.9 ns,
 * 256 keys 140.7 -> 126.0 ns (a copy of the keys included); sort of 10^7 float32 (direct)
 * 3.48-3.61 -> 3.39-3.43 ns per key. The same for 8-byte keys (8 x 8 blocks) made the
 * networks alone faster (64 keys 53.0 -> 50.0 ns, 128 keys 122.6 -> 114.8) but the bucket
 * sorts of a 10^7 float64 sort slower (3.17-3.26 -> 3.22-3.39 ns per key in eight
 * alternated rounds), so 8-byte keys keep the permute stages. */
#define VS_TRANSPOSE k4j_vs_tr32
#define VS_COLSORT k4j_vs_oem16
#define VS_COLSORT_N 63
#define VS_W 16
#define VS_ONES _mm512_set1_epi32(-1)
#define VS_LOWEST _mm512_setzero_si512()
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
/* merge-masking compress: the zero-masking form has a false dependency on its
 * output register on Zen 4 and Zen 5 (github.com/llvm/llvm-project/issues/206849;
 * measured on Zen 4: the partition of
 * 16-lane keys 0.19-0.21 -> 0.164-0.167 ns per key and pass) */
#define VS_PACK_LO(v, m) _mm512_mask_compress_epi32((v), (__mmask16)(m), (v))
/* The first nr lanes of x moved to the top nr lanes (0 <= nr <= 16; the lanes below hold
 * other lanes of x, which the store puts in places already read). With it the partition's main
 * loop stores whole vectors on both sides (vsort_tmpl.h, vs_emit) instead of two masked
 * stores. Measured on AMD Zen 5 (k4j_perf, 10^7 keys, 5 alternated rounds, one thread), as a
 * merge-masking expand: bucket sorts of int32 2.48-2.53 -> 2.41-2.44 ns per key, float32
 * 2.45-2.46 -> 2.39-2.40. Then as a rotation by one permute (lane l takes lane (l + nr) mod
 * 16; vpermd reads only the index's low four bits) instead of the expand, alternated
 * processes: the vectorised quicksort of 10^4 keys 1.436-1.450 -> 1.341-1.353 ns per key, of
 * 2000 keys 1.242-1.247 -> 1.192-1.197, the direct float32 sort of 10^7 3.59-3.70 ->
 * 3.43-3.46. Only that CPU measured; on Intel the 32-bit buckets take the radix level by
 * default, which uses this partition only for sub-buckets beyond a network's size. */
#define VS_EXPAND_HI(x, nr) _mm512_permutexvar_epi32(_mm512_add_epi32(K4J_VS_IOTA32, _mm512_set1_epi32((int)(nr))), (x))
#define VS_REDUCE_MIN(v) ((uint32_t)_mm512_reduce_min_epu32(v))
#define VS_REDUCE_MAX(v) ((uint32_t)_mm512_reduce_max_epu32(v))
#include "vsort_tmpl.h"
#undef VS_SFX
#ifdef VS_TRANSPOSE
#undef VS_TRANSPOSE
#undef VS_COLSORT
#undef VS_COLSORT_N
#endif
#undef VS_K
#undef VS_V
#undef VS_W
#undef VS_MAXNV
#undef VS_ONES
#undef VS_LOWEST
#undef VS_SPLIT
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
#undef VS_EXPAND_HI
#undef VS_REDUCE_MIN
#undef VS_REDUCE_MAX

/* The buckets' radix-then-network sort (sort_tmpl.h, rnet_into) on this path, both
 * key widths. 8-byte keys, measured on Zen 4, bucket sorts of a 10^7 sort, side by
 * side: float64 5.4 against 5.6-5.8 ns per key for the quicksort, int64 5.3
 * against 5.7. Sub-buckets of 12 to 24 keys were best on the Intel Xeon (Sapphire
 * Rapids class) with the digits taken from key - mn (which fill the sub-buckets
 * evenly): bucket sorts of a 10^7 float64 sort took 6.0 ns per key at 6, 5.6 at 12
 * to 16, 6.3 at 24 and 7.5 at 4 (on Zen 4, with older digits, 6 was best).
 * Sub-buckets in windows (K4J_RNET_WIN64/32, rnet_tmpl.h): the sub-buckets are
 * in order of their keys, so consecutive ones sort together as one network, and most
 * windows take the same network instead of one of several sizes chosen by an
 * unpredictable branch. On the Intel Xeon (C harness, rounds side by side), bucket
 * sorts of a 10^7 sort:
 * - float64: 4.87-5.14 ns per key as before; windows of 32 with sub-buckets of 8
 *   4.42-4.62 (of 6: 4.44-4.63, of 4: 4.56-4.69; windows of 16 at 8: 4.93-4.99, of 64
 *   at 12: 5.0-5.2);
 * - float32: the quicksort 3.59-3.67 (before windows, the radix level tied with it:
 *   3.4-3.5 either); windows of 64 with sub-buckets of 16 3.00-3.24 (of 12:
 *   3.15-3.20, of 24: 3.42-3.49; windows of 32 at 16: 3.39-3.46, of 128: 3.10-3.38;
 *   no windows: 3.32-3.61).
 * vleaf_b64/32 sort at most K4J_VLEAF_MAX64/32 keys by one network, vsort_b64/32 any
 * number; the keys are plain (bias 0). The AVX2 path's trick of comparing 64-bit distances
 * as doubles (vs_small_d64 there) measured slower here, where the 64-bit minimum and maximum
 * are single instructions: bucket sorts of 10^7 keys 5.0-5.2 against 4.5-4.7 ns per key
 * (float64 and int64, Intel Xeon). */
#define K4J_HAVE_RNET64 1
#define K4J_HAVE_RNET32 1
/* chosen by the CPU when the library loads (sort.c): on AMD Zen 4 the quicksort was
 * faster for 4-byte keys (3.0 against 3.6-3.7 ns per key, before windows) */
#define K4J_RNET32_ON k4j_sort_rnet32
#define K4J_VBIAS64 UINT64_C(0)
#define K4J_VBIAS32 UINT32_C(0)
#define K4J_RNET_TGT64 8
/* Windows of 8-byte keys: 32 (the Intel Xeon figures above), or 64 where sort.c's
 * constructor found AMD Zen 5 (k4j_sort_zen5, declared there before rnet_tmpl.h uses
 * this): k4j_perf at 10^7, 8 alternated rounds, bucket sorts of float64 3.70-4.66 ->
 * 3.23-3.52 ns per key, whole sort 6.10-8.05 -> 5.57-6.11 (sub-buckets of 6 with windows
 * of 64: 3.27-4.48; windows of 128: 3.27-3.33 in a shorter run). K4J_RNET_WIN64_MAX bounds
 * it for the network (rnet_tmpl.h). */
#define K4J_RNET_WIN64 (k4j_sort_zen5 ? 64 : 32)
#define K4J_RNET_WIN64_MAX 64
#define K4J_VLEAF_MAX64 128
#define K4J_RNET_TGT32 16
#define K4J_RNET_WIN32 64
#define K4J_RNET_WIN32_MAX 64
#define K4J_VLEAF_MAX32 256
static inline void vleaf_b64(uint64_t *a, int64_t n) { vs_small_u64(a, n); }
static inline void vsort_b64(uint64_t *a, int64_t n) { vsort_u64(a, n); }
static inline void vleaf_b32(uint32_t *a, int64_t n) { vs_small_u32(a, n); }
static inline void vsort_b32(uint32_t *a, int64_t n) { vsort_u32(a, n); }

#elif defined(__AVX2__)
/* Measured at 10^7 elements on AMD Zen 4 (2026-12-06, after the partition
 * took its permutation from a table): with 4-byte keys this sort of the
 * buckets beats the radix sort (about 7.0 against 8.5 ns per element), with
 * 8-byte keys (4 lanes, min/max emulated) it loses (12.3 against 8.3), so
 * only the 32-bit form is on; -DK4J_VSORT_AVX2_64 turns the 64-bit one on as
 * well (test_vsort then covers it). */
#include <immintrin.h>
#define K4J_HAVE_VSORT32 1
#ifdef K4J_VSORT_AVX2_64
#define K4J_HAVE_VSORT64 1
#else
#define K4J_HAVE_VSORT64 0
#endif

/* AVX2 has signed compares only (and no 64-bit min/max): the keys are sorted
 * as signed integers, biased by their top bit on the way in and out (vsort_u64,
 * vsort_u32 below). No compress instruction either: the packing permutation
 * comes from the comparison mask by a table lookup (k4j_vs2_split*_lut). */

#define K4J_VS2_IOTA32 _mm256_set_epi32(7, 6, 5, 4, 3, 2, 1, 0)
#define K4J_VS2_IOTA64 _mm256_set_epi64x(3, 2, 1, 0)

K4J_ALWAYS_INLINE __m256i k4j_vs2_split(const uint64_t *lut, unsigned m) {
    return _mm256_cvtepu8_epi32(_mm_loadl_epi64((const __m128i *)(const void *)(lut + m)));
}

K4J_ALWAYS_INLINE __m256i k4j_vs2_min64(__m256i a, __m256i b) {
    return _mm256_blendv_epi8(a, b, _mm256_cmpgt_epi64(a, b));
}
K4J_ALWAYS_INLINE __m256i k4j_vs2_max64(__m256i a, __m256i b) {
    return _mm256_blendv_epi8(b, a, _mm256_cmpgt_epi64(a, b));
}
K4J_ALWAYS_INLINE __m256i k4j_vs2_lanes64(int c) { return _mm256_cmpgt_epi64(_mm256_set1_epi64x(c), K4J_VS2_IOTA64); }
K4J_ALWAYS_INLINE __m256i k4j_vs2_lanes32(int c) { return _mm256_cmpgt_epi32(_mm256_set1_epi32(c), K4J_VS2_IOTA32); }
K4J_ALWAYS_INLINE __m256i k4j_vs2_xperm64(__m256i v, int c) {
    /* immediates where one instruction does it (see k4j_vs2_xperm32) */
    if (c == 1) return _mm256_shuffle_epi32(v, 0x4E);
    if (c == 2) return _mm256_permute4x64_epi64(v, 0x4E);
    if (c == 3) return _mm256_permute4x64_epi64(v, 0x1B);
    __m256i q = _mm256_xor_si256(K4J_VS2_IOTA64, _mm256_set1_epi64x(c));
    /* qword index q -> dword indices 2q, 2q + 1 */
    __m256i d = _mm256_or_si256(_mm256_slli_epi64(q, 1), _mm256_slli_epi64(_mm256_or_si256(_mm256_slli_epi64(q, 1), _mm256_set1_epi64x(1)), 32));
    return _mm256_permutevar8x32_epi32(v, d);
}
K4J_ALWAYS_INLINE __m256i k4j_vs2_blend64(unsigned m, __m256i a, __m256i b) {
    if (m == 0xAu) return _mm256_blend_epi32(a, b, 0xCC);
    if (m == 0xCu) return _mm256_blend_epi32(a, b, 0xF0);
    __m256i bit = _mm256_and_si256(_mm256_set1_epi64x((long long)m), _mm256_sllv_epi64(_mm256_set1_epi64x(1), K4J_VS2_IOTA64));
    return _mm256_blendv_epi8(a, b, _mm256_cmpeq_epi64(bit, _mm256_sllv_epi64(_mm256_set1_epi64x(1), K4J_VS2_IOTA64)));
}
K4J_ALWAYS_INLINE __m256i k4j_vs2_blend32(unsigned m, __m256i a, __m256i b) {
    __m256i one = _mm256_sllv_epi32(_mm256_set1_epi32(1), K4J_VS2_IOTA32);
    __m256i bit = _mm256_and_si256(_mm256_set1_epi32((int)m), one);
    return _mm256_blendv_epi8(a, b, _mm256_cmpeq_epi32(bit, one));
}
/* The networks' lane exchanges and blends with constant lanes, as single instructions where
 * one does it: lane l with l ^ c by an in-lane shuffle (c < 4) or a swap of the 128-bit halves
 * (c = 4) instead of a cross-lane permute by an index vector, and a blend by an immediate
 * instead of a byte blend by a mask vector. */
K4J_ALWAYS_INLINE __m256i k4j_vs2_xperm32(__m256i v, int c) {
    if (c == 1) return _mm256_shuffle_epi32(v, 0xB1);
    if (c == 2) return _mm256_shuffle_epi32(v, 0x4E);
    if (c == 3) return _mm256_shuffle_epi32(v, 0x1B);
    if (c == 4) return _mm256_permute4x64_epi64(v, 0x4E);
    return _mm256_permutevar8x32_epi32(v, _mm256_xor_si256(K4J_VS2_IOTA32, _mm256_set1_epi32(c)));
}
K4J_ALWAYS_INLINE __m256i k4j_vs2_blendi32(unsigned m, __m256i a, __m256i b) {
    if (m == 0xAAu) return _mm256_blend_epi32(a, b, 0xAA);
    if (m == 0xCCu) return _mm256_blend_epi32(a, b, 0xCC);
    if (m == 0xF0u) return _mm256_blend_epi32(a, b, 0xF0);
    return k4j_vs2_blend32(m, a, b);
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

/* The transpose of r[0, 8) (8 dword lanes each) for vs_network's column sorts
 * (VS_TRANSPOSE): lane l of r[v] becomes lane v of r[l], by unpacks within 128-bit halves
 * and then exchanges of halves (24 shuffles). */
K4J_ALWAYS_INLINE void k4j_vs2_tr32(__m256i *r) {
    __m256i t[8], u[8];
    for (int i = 0; i < 4; i++) {
        t[2 * i] = _mm256_unpacklo_epi32(r[2 * i], r[2 * i + 1]);
        t[2 * i + 1] = _mm256_unpackhi_epi32(r[2 * i], r[2 * i + 1]);
    }
    for (int g = 0; g < 8; g += 4) {
        u[g] = _mm256_unpacklo_epi64(t[g], t[g + 2]);
        u[g + 1] = _mm256_unpackhi_epi64(t[g], t[g + 2]);
        u[g + 2] = _mm256_unpacklo_epi64(t[g + 1], t[g + 3]);
        u[g + 3] = _mm256_unpackhi_epi64(t[g + 1], t[g + 3]);
    }
    for (int i = 0; i < 4; i++) {
        r[i] = _mm256_permute2x128_si256(u[i], u[i + 4], 0x20);
        r[i + 4] = _mm256_permute2x128_si256(u[i], u[i + 4], 0x31);
    }
}

/* the 64-bit form is always built: its networks sort the leaves of rnet_into */
#define VS_SFX s64
#define VS_K int64_t
#define VS_V __m256i
#define VS_W 4
#define VS_MAXNV 8
#define VS_ONES _mm256_set1_epi64x(INT64_MAX)
#define VS_LOWEST _mm256_set1_epi64x(INT64_MIN)
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
#define VS_PACK_LO(v, m) _mm256_permutevar8x32_epi32((v), k4j_vs2_split(k4j_vs_split4x2_lut, (~(m)) & 0xFu))
#define VS_SPLIT(v, m) _mm256_permutevar8x32_epi32((v), k4j_vs2_split(k4j_vs_split4x2_lut, (m)))
#define VS_REDUCE_MIN(v) k4j_vs2_hmin64(v)
#define VS_REDUCE_MAX(v) k4j_vs2_hmax64(v)
#include "vsort_tmpl.h"
#undef VS_SFX
#ifdef VS_TRANSPOSE
#undef VS_TRANSPOSE
#undef VS_COLSORT
#undef VS_COLSORT_N
#endif
#undef VS_K
#undef VS_V
#undef VS_W
#undef VS_MAXNV
#undef VS_ONES
#undef VS_LOWEST
#undef VS_SPLIT
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
/* Runs of 8 keys by column sorts and a transpose (vs_network). Measured on AMD Zen 5 (AVX2
 * path, alternated processes): bucket sorts of 10^7 float32 2.90-2.97 -> 2.79-2.86 ns per key;
 * networks of 200 and 256 keys 15-23 % faster. (The 64-bit form here, 4 x 4 blocks, changed
 * nothing measurable, and is not used.) */
#define VS_TRANSPOSE k4j_vs2_tr32
#define VS_COLSORT k4j_vs_oem8
#define VS_COLSORT_N 19
#define VS_W 8
/* Measured on Zen 4 (20000 random keys, one side of the other in one run):
 * networks of 16 vectors (128 keys) despite AVX2's 16 registers, 8.2 -> 6.6 ns
 * per key for the whole sort; two vectors a partition step instead of four,
 * 0.48 -> 0.27 ns per key and pass (AVX-512 gains nothing from it). */
#define VS_MAXNV 16
#define VS_U 2
#define VS_ONES _mm256_set1_epi32(INT32_MAX)
#define VS_LOWEST _mm256_set1_epi32(INT32_MIN)
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
#define VS_XOR_PERM(v, c) k4j_vs2_xperm32((v), (c))
#define VS_BLEND(m, a, b) k4j_vs2_blendi32((m), (a), (b))
#define VS_PACK_LO(v, m) _mm256_permutevar8x32_epi32((v), k4j_vs2_split(k4j_vs_split8_lut, (~(m)) & 0xFFu))
#define VS_SPLIT(v, m) _mm256_permutevar8x32_epi32((v), k4j_vs2_split(k4j_vs_split8_lut, (m)))
#define VS_REDUCE_MIN(v) k4j_vs2_hmin32(v)
#define VS_REDUCE_MAX(v) k4j_vs2_hmax32(v)
#include "vsort_tmpl.h"
#undef VS_SFX
#ifdef VS_TRANSPOSE
#undef VS_TRANSPOSE
#undef VS_COLSORT
#undef VS_COLSORT_N
#endif
#undef VS_K
#undef VS_V
#undef VS_W
#undef VS_MAXNV
#undef VS_ONES
#undef VS_LOWEST
#undef VS_SPLIT
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

/* The 64-bit networks once more on doubles, for keys within 2^52 of a base (rnet_tmpl.h):
 * each loaded key k becomes the double with bits 0x4330000000000000 | ((k - sub) & (2^52 - 1)),
 * which is 2^52 + (k - sub): finite, positive and ordered exactly as k while k - sub < 2^52;
 * a compare-exchange is then one vminpd and one vmaxpd instead of a compare and two blends
 * (AVX2 has no 64-bit integer min/max). Each value stored is its low 52 bits + add, biased
 * for the integer networks (so sub = the base of the distances, add = base + the origin they
 * were taken from gives the key back). The transform happens in the registers, on the loads
 * and stores; lane swaps and blends take immediates where the lanes allow. */
#define K4J_VS2_DEXP _mm256_set1_epi64x(0x4330000000000000LL)
#define K4J_VS2_DLOW _mm256_set1_epi64x((1LL << 52) - 1)
K4J_ALWAYS_INLINE __m256d k4j_vs2_din(__m256i k, __m256i sub) {
    return _mm256_castsi256_pd(_mm256_or_si256(_mm256_and_si256(_mm256_sub_epi64(k, sub), K4J_VS2_DLOW), K4J_VS2_DEXP));
}
K4J_ALWAYS_INLINE __m256i k4j_vs2_dout(__m256d v, __m256i add) {
    __m256i t = _mm256_add_epi64(_mm256_and_si256(_mm256_castpd_si256(v), K4J_VS2_DLOW), add);
    return _mm256_xor_si256(t, _mm256_set1_epi64x(INT64_MIN));
}
K4J_ALWAYS_INLINE __m256d k4j_vs2_xpermd(__m256d v, int c) {
    if (c == 1) return _mm256_permute_pd(v, 0x5);
    if (c == 2) return _mm256_permute2f128_pd(v, v, 0x01);
    if (c == 3) return _mm256_permute4x64_pd(v, 0x1B);
    return _mm256_castsi256_pd(k4j_vs2_xperm64(_mm256_castpd_si256(v), c));
}
K4J_ALWAYS_INLINE __m256d k4j_vs2_blendd(unsigned m, __m256d a, __m256d b) {
    if (m == 0xAu) return _mm256_blend_pd(a, b, 0xA);
    if (m == 0xCu) return _mm256_blend_pd(a, b, 0xC);
    return _mm256_castsi256_pd(k4j_vs2_blend64(m, _mm256_castpd_si256(a), _mm256_castpd_si256(b)));
}
#define VS_NETWORK_ONLY 1
#define VS_SFX d64
#define VS_K int64_t
#define VS_V __m256d
#define VS_W 4
#define VS_MAXNV 8
#define VS_XPARAMS , __m256i vs_sub, __m256i vs_add
#define VS_XARGS , vs_sub, vs_add
#define VS_ONES _mm256_set1_pd(__builtin_inf())
#define VS_LOADU(p) k4j_vs2_din(_mm256_loadu_si256((const __m256i *)(const void *)(p)), vs_sub)
#define VS_LOADN(p, c)                                                                                      \
    _mm256_blendv_pd(VS_ONES, k4j_vs2_din(_mm256_maskload_epi64((const long long *)(const void *)(p), k4j_vs2_lanes64(c)), vs_sub), \
                     _mm256_castsi256_pd(k4j_vs2_lanes64(c)))
#define VS_STOREU(p, v) _mm256_storeu_si256((__m256i *)(void *)(p), k4j_vs2_dout((v), vs_add))
#define VS_STOREN(p, v, c) _mm256_maskstore_epi64((long long *)(void *)(p), k4j_vs2_lanes64(c), k4j_vs2_dout((v), vs_add))
#define VS_MIN _mm256_min_pd
#define VS_MAX _mm256_max_pd
#define VS_XOR_PERM(v, c) k4j_vs2_xpermd((v), (c))
#define VS_BLEND(m, a, b) k4j_vs2_blendd((m), (a), (b))
#include "vsort_tmpl.h"
#undef VS_NETWORK_ONLY
#undef VS_SFX
#ifdef VS_TRANSPOSE
#undef VS_TRANSPOSE
#undef VS_COLSORT
#undef VS_COLSORT_N
#endif
#undef VS_K
#undef VS_V
#undef VS_W
#undef VS_MAXNV
#undef VS_XPARAMS
#undef VS_XARGS
#undef VS_ONES
#undef VS_LOADU
#undef VS_LOADN
#undef VS_STOREU
#undef VS_STOREN
#undef VS_MIN
#undef VS_MAX
#undef VS_XOR_PERM
#undef VS_BLEND

/* unsigned keys through the signed sorts: the top bit flipped in and out */
#if K4J_HAVE_VSORT64
static void vsort_u64(uint64_t *a, int64_t n) {
    for (int64_t i = 0; i < n; i++) a[i] ^= UINT64_C(0x8000000000000000);
    vsort_s64((int64_t *)a, n);
    for (int64_t i = 0; i < n; i++) a[i] ^= UINT64_C(0x8000000000000000);
}
#endif
static void vsort_u32(uint32_t *a, int64_t n) {
    for (int64_t i = 0; i < n; i++) a[i] ^= UINT32_C(0x80000000);
    vsort_s32((int32_t *)a, n);
    for (int64_t i = 0; i < n; i++) a[i] ^= UINT32_C(0x80000000);
}

/* rnet_into (sort_tmpl.h) on this path, both widths: keys biased by their top
 * bit (the sorts compare signed). Windows (see the AVX-512 path) of 64 for 4-byte
 * keys: bucket sorts of a 10^7 float32 sort 4.34-4.42 -> 3.84-4.11 ns per key on the
 * Intel Xeon (windows of 32: 4.25-4.28, 128: 4.54-4.61). 8-byte keys are sorted as
 * doubles of their distance from a window's base (vs_small_d64, rnet_tmpl.h), and then
 * sub-buckets of about 8 keys in windows of 32 are best: bucket sorts of a 10^7 float64
 * sort (uniform values) on the Intel Xeon, side by side, 8.4-8.7 ns per key with the integer
 * networks (sub-buckets of 4, no windows), 6.6-7.0 as doubles, 5.5-5.7 as doubles with
 * windows (windows of 16: 6.0; sub-buckets of 6: 5.5, 12: 6.0, 16: 6.0) when the transform
 * was done in the scatter for buckets narrower than 2^52, 5.9-6.0 with the transform in
 * the registers of each window (any bucket whose sub-buckets are narrower than 2^52);
 * int64 over its whole range 8.2-8.4 -> 5.8. Measured on Zen 4, bucket sorts of a 10^7
 * sort, side by side: 4-byte keys 3.9-4.0 against 5.5 ns per key for the
 * quicksort; 8-byte keys 6.6-6.7 against 8.2 for the radix levels (the
 * quicksort takes 12). Sub-buckets of 16 keys (4-byte; and, before the doubles, 4 for 8-byte):
 * on an Intel Xeon (Sapphire Rapids class), with the digits of plan_digit,
 * bucket sorts of 10^7 keys took float64 8.2 ns per key at 4, 8.8 at 2, 8.4 at
 * 8; float32 4.2 at 16, 4.7 at 8, 4.4 at 32 (on Zen 4, with the older digits,
 * 2 and 8 were best). */
#define K4J_HAVE_RNET64 1
#define K4J_HAVE_RNET32 1
#define K4J_RNET32_ON 1
#define K4J_VBIAS64 (UINT64_C(1) << 63)
#define K4J_VBIAS32 (UINT32_C(1) << 31)
_Static_assert(K4J_VBIAS64 == (uint64_t)INT64_MIN, "k4j_vs2_dout stores keys with this bias");
#define K4J_RNET_TGT64 8
#define K4J_RNET_WIN64 32
#define K4J_RNET_WIN64_MAX 32
#define K4J_VLEAF_MAX64 32
#define K4J_RNET_TGT32 16
#define K4J_RNET_WIN32 64
#define K4J_RNET_WIN32_MAX 64
#define K4J_VLEAF_MAX32 128
static inline void vleaf_b64(uint64_t *a, int64_t n) { vs_small_s64((int64_t *)(void *)a, n); }
static inline void vsort_b64(uint64_t *a, int64_t n) { vsort_s64((int64_t *)(void *)a, n); }
/* a[0, n) (n <= K4J_VLEAF_MAX64) sorted as doubles of a[i] - sub, then stored as
 * ((a[i] - sub) mod 2^52) + add, biased (see vs_small_d64 above) */
#define K4J_HAVE_VLEAF_D64 1
static inline void vleaf_d64(uint64_t *a, int64_t n, uint64_t sub, uint64_t add) {
    if (n == 1) a[0] = (((a[0] - sub) & ((UINT64_C(1) << 52) - 1)) + add) ^ K4J_VBIAS64;
    else vs_small_d64((int64_t *)(void *)a, n, _mm256_set1_epi64x((long long)sub), _mm256_set1_epi64x((long long)add));
}
static inline void vleaf_b32(uint32_t *a, int64_t n) { vs_small_s32((int32_t *)(void *)a, n); }
static inline void vsort_b32(uint32_t *a, int64_t n) { vsort_s32((int32_t *)(void *)a, n); }

#else
#define K4J_HAVE_VSORT64 0
#define K4J_HAVE_VSORT32 0
#define K4J_HAVE_RNET64 0
#define K4J_HAVE_RNET32 0
#define K4J_RNET32_ON 0
#endif

#endif
