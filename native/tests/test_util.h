/* What the family tests (test_sort.c, test_hist.c, test_gemm.c, ...) share: a failure
 * counter, CHECK (prints the first 30 failures with file and line, counts all), a
 * xorshift64 generator whose state a test may reseed, and the sorts' reference order
 * (ref_key, ref_sort). Header-only; the
 * test_*.c glob of CMakeLists.txt does not pick it up as a test program. */
#ifndef K4J_TEST_UTIL_H
#define K4J_TEST_UTIL_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures = 0;

#define CHECK(cond, ...)                                                 \
    do {                                                                 \
        if (!(cond)) {                                                   \
            failures++;                                                  \
            if (failures <= 30) {                                        \
                fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);     \
                fprintf(stderr, __VA_ARGS__);                            \
                fprintf(stderr, "\n");                                   \
            }                                                            \
        }                                                                \
    } while (0)

static uint64_t rng_state = 0x9e3779b97f4a7c15u;

/* xorshift64 (13, 7, 17): never returns 0 from a non-zero state. */
static inline uint64_t rnd(void) {
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* Uniform in [0, 1), 53 random bits. */
static inline double unit(void) { return (double)(rnd() >> 11) * 0x1p-53; }

/* ---- the reference order of the sorts (k4j.h "sort"), for the tests' oracles -------
 * Floats by their sort key (NaNs last, ordered by payload, negative NaNs after positive;
 * -0.0 before +0.0), integers by value. The key of each is a bijection of the bits, so
 * elements of equal key are identical and any correct sort gives the same bytes. */
enum { REF_F64, REF_I64, REF_F32, REF_I32 };

static inline uint64_t ref_key(const unsigned char *p, int kind) {
    if (kind == REF_F64 || kind == REF_I64) {
        uint64_t b;
        memcpy(&b, p, 8);
        if (kind == REF_I64) return b ^ (UINT64_C(1) << 63);
        uint64_t s = (b >> 63) ? ~b : (b ^ (UINT64_C(1) << 63));
        return s - ((UINT64_C(1) << 52) - 1);
    }
    uint32_t b;
    memcpy(&b, p, 4);
    if (kind == REF_I32) return b ^ (UINT32_C(1) << 31);
    uint32_t s = (b >> 31) ? ~b : (b ^ (UINT32_C(1) << 31));
    return (uint32_t)(s - ((UINT32_C(1) << 23) - 1));
}

/* The bits of the element whose key is k (ref_key's inverse). */
static inline void ref_unkey(unsigned char *p, uint64_t k, int kind) {
    if (kind == REF_F64 || kind == REF_I64) {
        uint64_t b = k ^ (UINT64_C(1) << 63);
        if (kind == REF_F64) {
            uint64_t s = k + ((UINT64_C(1) << 52) - 1);
            b = (s >> 63) ? s ^ (UINT64_C(1) << 63) : ~s;
        }
        memcpy(p, &b, 8);
        return;
    }
    uint32_t b = (uint32_t)k ^ (UINT32_C(1) << 31);
    if (kind == REF_F32) {
        uint32_t s = (uint32_t)k + ((UINT32_C(1) << 23) - 1);
        b = (s >> 31) ? s ^ (UINT32_C(1) << 31) : ~s;
    }
    memcpy(p, &b, 4);
}

/* Sorts a[0, n) (float64, int64, float32 or int32 by kind) into the reference order: the
 * keys are sorted by a stable LSD radix sort (8-bit digits, 16-bit from 2^16 keys; a pass
 * whose digit is the same for every key is skipped) and written back as elements. An
 * algorithm the library does not use, in linear time (qsort with a comparator took a third
 * of the sort tests' time under the sanitizers). Its buffers are kept from call to call
 * (fresh large blocks cost page faults on every call); they stay reachable until exit. */
static inline void ref_sort(void *a, int64_t n, int kind) {
    static uint64_t *k, *t, *start;
    static int64_t cap;
    const size_t w = kind == REF_F64 || kind == REF_I64 ? 8 : 4;
    if (n < 2) return;
    if (n > cap) {
        free(k);
        free(t);
        k = (uint64_t *)malloc(8 * (size_t)n);
        t = (uint64_t *)malloc(8 * (size_t)n);
        cap = n;
    }
    if (start == NULL) start = (uint64_t *)malloc(8 * ((size_t)1 << 16) + 8);
    if (k == NULL || t == NULL || start == NULL) {
        fprintf(stderr, "ref_sort: out of memory\n");
        exit(2);
    }
    const int bits = n >= (1 << 16) ? 16 : 8;
    const uint64_t mask = ((uint64_t)1 << bits) - 1;
    uint64_t *x = k, *y = t;
    unsigned char *p = (unsigned char *)a;
    for (int64_t i = 0; i < n; i++) x[i] = ref_key(p + (size_t)i * w, kind);
    for (int shift = 0; shift < (int)(8 * w); shift += bits) {
        memset(start, 0, 8 * ((size_t)mask + 2));
        for (int64_t i = 0; i < n; i++) start[((x[i] >> shift) & mask) + 1]++;
        if (start[((x[0] >> shift) & mask) + 1] == (uint64_t)n) continue; /* one digit: nothing moves */
        for (uint64_t d = 0; d <= mask; d++) start[d + 1] += start[d];
        for (int64_t i = 0; i < n; i++) y[start[(x[i] >> shift) & mask]++] = x[i];
        uint64_t *s = x;
        x = y;
        y = s;
    }
    for (int64_t i = 0; i < n; i++) ref_unkey(p + (size_t)i * w, x[i], kind);
}

#endif
