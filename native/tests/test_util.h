/* What the family tests (test_sort.c, test_hist.c, test_gemm.c) share: a failure
 * counter, CHECK (prints the first 30 failures with file and line, counts all),
 * and a xorshift64 generator whose state a test may reseed. Header-only; the
 * test_*.c glob of CMakeLists.txt does not pick it up as a test program. */
#ifndef K4J_TEST_UTIL_H
#define K4J_TEST_UTIL_H

#include <stdint.h>
#include <stdio.h>

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

#endif
