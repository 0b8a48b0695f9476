/* Sorting: MSD radix sort on order-preserving unsigned keys, stable radix
 * argsort, the pass kernels the Java layer chunks for heap arrays, and the
 * merge kernels of the two-worker sorts.
 *
 * Keys (k4j.h, "sort"): a float's bits are mapped to an unsigned integer of the
 * same width whose unsigned order is the sort order: negative values get all
 * bits flipped, the others the sign bit flipped; the result is then rotated
 * down by 2^m - 1 (m = mantissa bits) so that the NaNs that sat below -Inf
 * (negative sign) wrap round to the top, next to the positive NaNs: every NaN
 * sorts after +Inf, -0.0 before +0.0, and the map stays a bijection, so values
 * come back bit for bit (NaN payloads included). argsort uses "canonical"
 * keys instead, where every NaN has the top key and -0.0 the key of +0.0, so
 * that ties are exactly NumPy's (its stable argsort compares with <).
 *
 * Radix (sort_tmpl.h, "MSD radix sort"): most significant digit first. Each
 * level skips the bits its bucket's keys share (the common prefix of their
 * minimum and maximum), takes the next digit (5 to 11 bits, from the bucket
 * size; the first level 6 to 11 bits so that its buckets hold about 64 KiB
 * of keys), counts, scatters stably, and recurses into the buckets; only that
 * first level streams through memory, the buckets below it sort in cache.
 * Buckets of at most K4J_SORT_CMP_MAX keys are finished by a comparison sort
 * on the keys (insertion sort up to K4J_SORT_INSERTION_MAX, else a
 * median-of-3 quicksort; a stable merge sort for argsort). Where the scratch
 * is smaller than the input, a larger bucket first gets in-place levels
 * (American flag sort), so the extra memory stays bounded.
 *
 * Compiled once per ISA path; the dtype variants come from sort_tmpl.h. */
#include <stdlib.h>
#include <string.h>

#include "k4j_internal.h"

#define K4J_ALWAYS_INLINE static inline __attribute__((always_inline))

#include "vsort.h"

#ifndef K4J_RADIX_BITS
#define K4J_RADIX_BITS 13
#endif
#define K4J_TOP_BITS 11
#ifndef K4J_DIGIT_EXTRA
#define K4J_DIGIT_EXTRA 1
#endif
#define K4J_RADIX (1 << K4J_RADIX_BITS)
#define K4J_RADIX_MASK (K4J_RADIX - 1)

/* Below this size a comparison sort on keys beats the radix passes (their
 * fixed cost is a few 2048-entry count arrays per digit). */
#define K4J_SORT_CMP_MAX 384
#define K4J_SORT_INSERTION_MAX 16

_Static_assert(K4J_SORT_WORK_WORDS >= (16 + 3) * K4J_RADIX, "work holds the counters of every level");

/* Buckets of the first level: about 64 KiB of keys each (2^13 eight-byte or
 * 2^14 four-byte keys: they then sort in L2), 2^6 to 2^11 buckets. Measured at
 * 10^7 elements (AMD Zen 4, and float64 on an Intel Sapphire Rapids class
 * Xeon): the scatter slows down by 1.5 to 2.7 times once a bucket's stretch of
 * the output drops to about 40 KiB, whether the keys are 4 or 8 bytes wide, so
 * the rule is in bytes rather than keys. The passes the Java layer runs ask for
 * it (k4j_sort_bits_*, SortCalls.bits), so there is one copy of it. */
/* The exception: a sort of 8-byte keys below about 2^21 of them takes up to 2^8 buckets
 * of at most 2^12 keys (32 KiB) instead, 2^7 buckets at 10^6: there the scatter costs the
 * same for 2^6 to 2^8 buckets and the smaller buckets sort faster (Intel SPR-class Xeon,
 * C harness, medians of 4-5 alternated runs, whole sort of 10^6 keys: float64 8.38 -> 7.92
 * ns per key on AVX-512, 9.35 -> 8.96 on AVX2; int64 8.10 -> 7.90 and 9.52 -> 9.09; at
 * 10^5 more buckets were slower). key_bytes 0: argsort's pairs, the 8-byte rule without
 * the exception (not measured with it). */
/* On AMD Zen 5 (family 0x1A only, the one measured; its plain scatter, L1d 48 KiB, L2 1 MiB) the rule is
 * another: smaller buckets up to 2^9 (4-byte keys) or 2^9..2^10 (8-byte keys), never more.
 * There the scatter slows down sharply past 2^9 buckets of 4-byte keys or 2^10 of 8-byte
 * keys (10^7 float32 3.81 -> 4.76 ns per key at 2^10, 2*10^7 float64 5.71 -> 7.4-9.8 at
 * 2^11), while below that more, smaller buckets sort faster: float32 at 10^6 2^6 -> 2^9
 * buckets 3.38 -> 2.95 ns per key, at 2*10^6 4.44 (2^7) -> 3.40; float64 at 10^6 6.46 (2^7)
 * -> 5.48 (2^9). C harness, AVX-512 path, medians of 4-8 alternated runs; the AVX2 path
 * the same way (float32 2*10^6 2^8 -> 2^9 5.13 -> 4.75, 2*10^7 2^10 -> 2^9 5.86 -> 4.61;
 * float64 2*10^7 2^11 -> 2^10 8.42 -> 6.79). argsort's pairs (key_bytes 0) take the 4-byte
 * rule there, since their scatter writes a key and an index per element: float64 10^6 2^6
 * -> 2^9 9.99 -> 6.82 ns per pair, 10^7 2^10 -> 2^9 9.98 -> 7.79, 2*10^7 2^11 -> 2^9 10.43
 * -> 8.28, 2.5*10^5 2^6 -> 2^8 8.16 -> 7.06; float32 10^7 8.74 -> 6.64 (AVX-512); AVX2
 * float64 10^6 15.00 -> 12.41, 10^7 14.07 -> 12.44. Set by the constructor below (AVX2 and
 * AVX-512 paths only; the baseline keeps the general rule). */
static int k4j_sort_zen5;
static inline int k4j_sort_first_bits(int64_t n, int key_bytes) {
    int lg = 63 - __builtin_clzll((unsigned long long)(n | 1));
    if (k4j_sort_zen5) {
        int z = key_bytes == 8 ? lg - 10 : lg - 9;
        int cap = key_bytes == 8 && lg >= 23 ? 10 : 9;
        return z < 6 ? 6 : z > cap ? cap : z;
    }
    int b = lg - (key_bytes == 4 ? 14 : 13);
    if (key_bytes == 8 && b < (lg - 12 < 8 ? lg - 12 : 8)) b = lg - 12 < 8 ? lg - 12 : 8;
    return b < 6 ? 6 : b > 11 ? 11 : b;
}

/* Write-combined first-level scatter (sort_tmpl.h, scatter_wc_run): each bucket's keys
 * are gathered in a small buffer (K4J_WC_LINES lines of 64 bytes) and whole lines are
 * written with one non-temporal store each, instead of one store per key that first reads
 * the line. The figures below are from one line per bucket.
 * Measured at 10^7 keys and 2^10 buckets (micro-benchmark, same run): an Intel
 * Sapphire Rapids class Xeon scatters in 2.6-2.9 ns per key this way against 4.0-4.4
 * with plain stores; on AMD Zen 4 the plain scatter was the faster one, and on AMD Zen 5
 * too (10^7 keys, whole sort, AVX-512 path, medians of 8 alternated runs: float64 5.78
 * plain against 5.83 write-combined, float32 3.88 against 4.46). So the CPU
 * decides when the library loads: on for Intel, off otherwise. The environment
 * variable K4J_SORT_SCATTER (wc or plain) overrides it, so the tests run both. */
#if defined(__AVX2__)
#include <immintrin.h>
#define K4J_SORT_HAVE_WC 1
static int k4j_sort_wc;
/* 32-bit buckets on AVX-512 (K4J_RNET32_ON, vsort.h): the radix level and windows of
 * networks (measured faster on an Intel Xeon) or the vectorised quicksort (faster on AMD
 * Zen 4 without windows, not measured against windows there; faster on AMD Zen 5 than the
 * windows: 10^7 keys, whole sort, medians of 8 alternated runs, float32 3.88 against 4.11
 * ns per key, int32 3.74 against 4.01). K4J_SORT_BUCKETS32=radix or
 * quicksort overrides it, so the tests run both. */
static int k4j_sort_rnet32;
__attribute__((constructor)) static void k4j_sort_tune(void) {
    struct k4j_cpu cpu;
    k4j_cpu_detect(&cpu);
    k4j_sort_wc = cpu.intel;
    k4j_sort_rnet32 = cpu.intel;
    k4j_sort_zen5 = cpu.amd && cpu.family == 0x1A;
    const char *e = getenv("K4J_SORT_SCATTER");
    if (e != NULL && strcmp(e, "wc") == 0) k4j_sort_wc = 1;
    if (e != NULL && strcmp(e, "plain") == 0) k4j_sort_wc = 0;
    e = getenv("K4J_SORT_BUCKETS32");
    if (e != NULL && strcmp(e, "radix") == 0) k4j_sort_rnet32 = 1;
    if (e != NULL && strcmp(e, "quicksort") == 0) k4j_sort_rnet32 = 0;
}
/* Each bucket gathers its keys in a block of this many lines, written (line by line,
 * non-temporal) when the block's last slot fills: one unpredictable branch per block
 * instead of per line. Measured at 10^7 keys (Intel Xeon, Sapphire Rapids class, C
 * harness, two rounds): scatter ns per key for 1 / 2 / 4 / 8 lines, AVX-512 path,
 * float64 3.33 / 2.85 / 2.75 / 2.83, float32 2.08 / 1.92 / 1.66 / 1.86; AVX2 path
 * (1 / 4) float64 3.29 / 2.93, int32 1.99 / 1.55. 2^11 buckets then hold 512 KiB of
 * blocks (L2). k4j.h K4J_SORT_SCATTER_STATE_BYTES is 64 * K4J_WC_LINES + 8 per bucket. */
#define K4J_WC_LINES 4
_Static_assert(K4J_SORT_SCATTER_STATE_BYTES(0) == 64 * K4J_WC_LINES + 8, "scatter state: blocks and cursors");
/* Buckets up to this many keys are sorted in a buffer in cache and then written to their
 * place (sort_buckets, staging): 128 KiB of 4-byte keys, 256 KiB of 8-byte ones. */
#define K4J_STAGE_MAX (1 << 15)
/* The sorted buckets are streamed to the output only when the sort is larger than this
 * (bytes of keys): a smaller one may still be in cache when the caller reads it, and
 * streaming evicts it. Measured with write-combining on (Intel SPR-class Xeon, C harness,
 * medians of 3 alternated runs, whole sort ns per key, streamed -> plain output): float32
 * 10^6 (4 MB) 5.19 -> 4.85, 2*10^6 5.04 -> 4.92, 4*10^6 5.04 -> 5.38, 10^7 5.01 -> 5.86;
 * float64 10^6 (8 MB) 7.78 -> 7.36, 2*10^6 7.70 -> 7.60, 4*10^6 7.57 -> 8.98. */
#define K4J_STREAM_OUT_MIN ((int64_t)8 << 20)
/* 64 bytes to an aligned line without reading it first. */
static inline void k4j_stream_line(void *dst, const void *src) {
#if defined(__AVX512F__)
    _mm512_stream_si512((__m512i *)dst, _mm512_load_si512(src));
#else
    _mm256_stream_si256((__m256i *)dst, _mm256_load_si256((const __m256i *)src));
    _mm256_stream_si256((__m256i *)((char *)dst + 32), _mm256_load_si256((const __m256i *)((const char *)src + 32)));
#endif
}
/* Whether the line of w slots at position l of a write-combined run goes out whole: it lies
 * in [0, cap) and starts at or after c0 (where the run's cursor of its bucket began, so
 * every slot of it was filled in this run). Otherwise its slots go one by one, only those
 * at or after c0 and inside [0, cap) (the first line of a bucket's stretch, and any cursor
 * that stale offsets sent astray). */
static inline int k4j_wc_whole(uint64_t l, int64_t c0, int64_t cap, int64_t w) {
    return (int64_t)l >= c0 && cap >= w && l <= (uint64_t)cap - (uint64_t)w;
}
/* Index slots [0, m) of a line at position l, one by one (see k4j_wc_whole). */
static void k4j_wc_idx(const int64_t *line, int64_t m, int64_t *dst, int64_t cap, uint64_t l, int64_t c0) {
    for (int64_t j = 0; j < m; j++) {
        uint64_t q = l + (uint64_t)j;
        if ((int64_t)q >= c0 && q < (uint64_t)cap) dst[q] = line[j];
    }
}
/* A line of 8 indices at position l: whole or slot by slot (k4j_wc_whole). */
static inline void k4j_wc_flush_idx(const int64_t *line, int64_t *dst, int64_t cap, uint64_t l, int64_t c0) {
    if (k4j_wc_whole(l, c0, cap, 8)) k4j_stream_line(dst + l, line);
    else k4j_wc_idx(line, 8, dst, cap, l, c0);
}
#else
#define K4J_SORT_HAVE_WC 0
#endif

/* The radix level in cache and its sub-bucket sorts (rnet_into in sort_tmpl.h, and
 * argsort's packed words), per key width. */
#if K4J_HAVE_RNET64
#define RL_W 64
#include "rnet_tmpl.h"
#endif
#if K4J_HAVE_RNET32
#define RL_W 32
#include "rnet_tmpl.h"
#endif

/* Buckets of a selection's counting pass: 2^10 int64 counters stay in L1 (2^12 would fill it). */
#define K4J_SELECT_BITS 10

/* ---- float64 / int64 keys --------------------------------------------------- */

#define K4J_F64_ROT ((UINT64_C(1) << 52) - 1)
#define K4J_F32_ROT ((UINT32_C(1) << 23) - 1)

K4J_ALWAYS_INLINE uint64_t k4j_key_f64(uint64_t b) {
    uint64_t mask = (uint64_t)(-(int64_t)(b >> 63)) | UINT64_C(0x8000000000000000);
    return (b ^ mask) - K4J_F64_ROT;
}
K4J_ALWAYS_INLINE uint64_t k4j_unkey_f64(uint64_t k) {
    uint64_t s = k + K4J_F64_ROT;
    uint64_t mask = ((s >> 63) - 1) | UINT64_C(0x8000000000000000);
    return s ^ mask;
}
/* NaN (exponent all ones, mantissa non-zero) -> top key; -0.0 -> key of +0.0. */
K4J_ALWAYS_INLINE uint64_t k4j_canon_f64(uint64_t b) {
    uint64_t mag = b & UINT64_C(0x7fffffffffffffff);
    if (mag > UINT64_C(0x7ff0000000000000)) return UINT64_MAX;
    if (mag == 0) b = 0;
    return k4j_key_f64(b);
}

K4J_ALWAYS_INLINE uint32_t k4j_key_f32(uint32_t b) {
    uint32_t mask = (uint32_t)(-(int32_t)(b >> 31)) | UINT32_C(0x80000000);
    return (b ^ mask) - K4J_F32_ROT;
}
K4J_ALWAYS_INLINE uint32_t k4j_unkey_f32(uint32_t k) {
    uint32_t s = k + K4J_F32_ROT;
    uint32_t mask = ((s >> 31) - 1) | UINT32_C(0x80000000);
    return s ^ mask;
}
K4J_ALWAYS_INLINE uint32_t k4j_canon_f32(uint32_t b) {
    uint32_t mag = b & UINT32_C(0x7fffffff);
    if (mag > UINT32_C(0x7f800000)) return UINT32_MAX;
    if (mag == 0) b = 0;
    return k4j_key_f32(b);
}

K4J_ALWAYS_INLINE uint64_t k4j_key_i64(uint64_t b) { return b ^ UINT64_C(0x8000000000000000); }
K4J_ALWAYS_INLINE uint64_t k4j_unkey_i64(uint64_t k) { return k ^ UINT64_C(0x8000000000000000); }
K4J_ALWAYS_INLINE uint64_t k4j_canon_i64(uint64_t b) { return k4j_key_i64(b); }
K4J_ALWAYS_INLINE uint32_t k4j_key_i32(uint32_t b) { return b ^ UINT32_C(0x80000000); }
K4J_ALWAYS_INLINE uint32_t k4j_unkey_i32(uint32_t k) { return k ^ UINT32_C(0x80000000); }
K4J_ALWAYS_INLINE uint32_t k4j_canon_i32(uint32_t b) { return k4j_key_i32(b); }

/* The direct sort: up to this many elements a one-thread sort skips the first-level count
 * and scatter, turns the elements into keys (sort_tokeys) and sorts them as one bucket
 * (sort_buckets, or into a heap array sort_keysort then sort_fromkeys), 0 where it never does. Measured on AMD Zen 5 only (k4j_perf, bucket sorts of
 * 2 buckets of n / 2 against the whole pass sort, same process, ns per key): on the AVX-512
 * path the vectorised quicksort of 4-byte keys beats the passes at every size (float32 10^4
 * 1.46 vs 3.59, 10^5 1.81 vs 2.65, 10^6 2.63 vs 3.02, 10^7 3.12 vs 3.92; int32 alike), while
 * 8-byte keys (radix level and networks) win up to a few 10^5 only (float64 10^5 2.79 vs 4.31,
 * 3*10^5 3.96 vs 4.52, 10^6 5.36 vs 5.53, 3*10^6 6.51 vs 5.58); on the AVX2 path all four
 * dtypes win at 10^4 (float32 4.08 vs 5.83, float64 4.72 vs 7.51) and lose or tie at 10^6.
 * Elsewhere the passes stay until measured. The environment variable K4J_SORT_DIRECT (on:
 * every size; off: never) overrides it, so the tests run both on any CPU. */
static int k4j_sort_direct_env; /* K4J_SORT_DIRECT: 1 "on" (every size), 0 "off", -1 unset */
__attribute__((constructor)) static void k4j_sort_direct_tune(void) {
    const char *e = getenv("K4J_SORT_DIRECT");
    k4j_sort_direct_env = e != NULL && strcmp(e, "on") == 0 ? 1 : e != NULL && strcmp(e, "off") == 0 ? 0 : -1;
}
static inline int64_t k4j_sort_direct_max(int key_bytes) {
    if (k4j_sort_direct_env >= 0) return k4j_sort_direct_env ? INT64_MAX : 0;
#if defined(__AVX512F__)
    /* 4-byte keys: where their buckets take the quicksort (K4J_SORT_BUCKETS32) */
    if (k4j_sort_zen5) return key_bytes == 4 ? (k4j_sort_rnet32 ? 0 : INT64_MAX) : (int64_t)1 << 19;
#elif defined(__AVX2__)
    if (k4j_sort_zen5) return (int64_t)1 << 14;
#endif
    (void)key_bytes;
    return 0;
}

/* ---- dtype instantiations -------------------------------------------------- */

#define K4J_T double
#define K4J_FLOATING 1
#define K4J_INF_BITS UINT64_C(0x7ff0000000000000)
#define K4J_SFX f64
#define K4J_VSORT vsort_u64
#define K4J_USE_VSORT K4J_HAVE_VSORT64
#define K4J_USE_RNET K4J_HAVE_RNET64
#define K4J_RNET_ON 1
#define K4J_RNET_W 64
#define K4J_K uint64_t
#define K4J_KEY k4j_key_f64
#define K4J_UNKEY k4j_unkey_f64
#define K4J_CANON k4j_canon_f64
#include "sort_tmpl.h"

#define K4J_T float
#define K4J_FLOATING 1
#define K4J_INF_BITS UINT32_C(0x7f800000)
#define K4J_SFX f32
#define K4J_VSORT vsort_u32
#define K4J_USE_VSORT K4J_HAVE_VSORT32
#define K4J_USE_RNET K4J_HAVE_RNET32
#define K4J_RNET_ON K4J_RNET32_ON
#define K4J_RNET_W 32
#define K4J_K uint32_t
#define K4J_KEY k4j_key_f32
#define K4J_UNKEY k4j_unkey_f32
#define K4J_CANON k4j_canon_f32
#include "sort_tmpl.h"

#define K4J_T int64_t
#define K4J_FLOATING 0
#define K4J_SFX i64
#define K4J_VSORT vsort_u64
#define K4J_USE_VSORT K4J_HAVE_VSORT64
#define K4J_USE_RNET K4J_HAVE_RNET64
#define K4J_RNET_ON 1
#define K4J_RNET_W 64
#define K4J_K uint64_t
#define K4J_KEY k4j_key_i64
#define K4J_UNKEY k4j_unkey_i64
#define K4J_CANON k4j_canon_i64
#include "sort_tmpl.h"

#define K4J_T int32_t
#define K4J_FLOATING 0
#define K4J_SFX i32
#define K4J_VSORT vsort_u32
#define K4J_USE_VSORT K4J_HAVE_VSORT32
#define K4J_USE_RNET K4J_HAVE_RNET32
#define K4J_RNET_ON K4J_RNET32_ON
#define K4J_RNET_W 32
#define K4J_K uint32_t
#define K4J_KEY k4j_key_i32
#define K4J_UNKEY k4j_unkey_i32
#define K4J_CANON k4j_canon_i32
#include "sort_tmpl.h"
