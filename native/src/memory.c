/* Large-array memory: 2 MiB aligned anonymous mappings advised for transparent
 * huge pages. Compiled once (no ISA variants): it only makes system calls. */
#define _DEFAULT_SOURCE
#include <stddef.h>
#include <stdint.h>
#include <sys/mman.h>

#include "k4j.h"

#define K4J_HUGE_PAGE ((uintptr_t)2 << 20)

static uintptr_t k4j_round_up(uintptr_t v, uintptr_t to) { return (v + to - 1) & ~(to - 1); }

void *k4j_mem_alloc_huge(int64_t bytes) {
    if (bytes <= 0 || (uint64_t)bytes > (UINTPTR_MAX >> 2)) return NULL;
    uintptr_t len = k4j_round_up((uintptr_t)bytes, K4J_HUGE_PAGE);
    /* Over-map by one huge page, then trim both ends to an aligned window: mmap
     * itself only promises 4 KiB alignment. */
    uintptr_t span = len + K4J_HUGE_PAGE;
    void *map = mmap(NULL, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (map == MAP_FAILED) return NULL;
    uintptr_t start = (uintptr_t)map;
    uintptr_t aligned = k4j_round_up(start, K4J_HUGE_PAGE);
    if (aligned > start) munmap(map, aligned - start);
    uintptr_t end = start + span;
    if (end > aligned + len) munmap((void *)(aligned + len), end - (aligned + len));
    /* Advice, not a requirement: without THP support the memory is still valid. */
    (void)madvise((void *)aligned, len, MADV_HUGEPAGE);
    return (void *)aligned;
}

int32_t k4j_mem_free_huge(void *p, int64_t bytes) {
    if (p == NULL || bytes <= 0 || ((uintptr_t)p & (K4J_HUGE_PAGE - 1)) != 0) return K4J_EINVAL;
    uintptr_t len = k4j_round_up((uintptr_t)bytes, K4J_HUGE_PAGE);
    return munmap(p, len) == 0 ? K4J_OK : K4J_EINVAL;
}
