/* The ISA paths of the architecture the tests are built for (k4j.h K4J_ISA_*),
 * lowest first, so the C tests walk the paths of x86-64 (baseline, avx2, avx512)
 * or of aarch64 (baseline, neon) with one loop:
 *   for (int isa = K4J_ISA_BASELINE; isa >= 0 && isa <= best; isa = next_isa(isa))
 * Header-only; the test_*.c glob of CMakeLists.txt does not pick it up. */
#ifndef K4J_TEST_ISA_H
#define K4J_TEST_ISA_H

#include <stdint.h>
#include "k4j.h"

#if defined(__aarch64__)
static const int32_t test_isa_paths[] = {K4J_ISA_BASELINE, K4J_ISA_NEON};
static const int32_t test_foreign_isa_paths[] = {K4J_ISA_AVX2, K4J_ISA_AVX512};
#else
static const int32_t test_isa_paths[] = {K4J_ISA_BASELINE, K4J_ISA_AVX2, K4J_ISA_AVX512};
static const int32_t test_foreign_isa_paths[] = {K4J_ISA_NEON};
#endif
#define TEST_ISA_COUNT ((int)(sizeof test_isa_paths / sizeof test_isa_paths[0]))
#define TEST_FOREIGN_ISA_COUNT ((int)(sizeof test_foreign_isa_paths / sizeof test_foreign_isa_paths[0]))

/* The path after isa on this architecture, or -1 after the last. */
static inline int next_isa(int isa) {
    for (int i = 0; i + 1 < TEST_ISA_COUNT; i++)
        if (test_isa_paths[i] == isa) return test_isa_paths[i + 1];
    return -1;
}

/* The highest path of this architecture (supported by the CPU or not). */
#define TEST_ISA_TOP (test_isa_paths[TEST_ISA_COUNT - 1])

#endif
