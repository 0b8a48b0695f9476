/* What the CPU is and how big its caches are, asked once per question through
 * CPUID. Compiled once for baseline x86-64 (like dispatch.c); the per-ISA GEMM
 * tuning (gemm.c) derives its block sizes from this at library load.
 *
 * Cache sizes: AMD's leaf 0x8000001D (cache topology) or Intel's leaf 4
 * (deterministic cache parameters); when a hypervisor hides both, AMD's legacy
 * leaves 0x80000005/6 for L1d/L2, and a per-family table (as BLIS keeps one
 * configuration per microarchitecture) for what is still unknown or implausible. */
#include <string.h>

#include "k4j_internal.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>

static int k4j_cpuid(unsigned leaf, unsigned sub, unsigned r[4]) {
    unsigned max = __get_cpuid_max(leaf & 0x80000000u, NULL);
    if (max < leaf) {
        r[0] = r[1] = r[2] = r[3] = 0;
        return 0;
    }
    __cpuid_count(leaf, sub, r[0], r[1], r[2], r[3]);
    return 1;
}

/* Leaf 4 and 0x8000001D share one layout: EAX type/level, EBX ways/partitions/line, ECX sets. */
static void k4j_cache_leaf(unsigned leaf, int64_t *l1d, int64_t *l2, int64_t *l3) {
    unsigned r[4];
    for (unsigned i = 0; i < 16; i++) {
        if (!k4j_cpuid(leaf, i, r)) return;
        unsigned type = r[0] & 31u, level = (r[0] >> 5) & 7u;
        if (type == 0) return;
        if (type == 2) continue; /* instruction cache */
        int64_t bytes = (int64_t)(((r[1] >> 22) & 0x3ffu) + 1) * (((r[1] >> 12) & 0x3ffu) + 1) *
                        ((r[1] & 0xfffu) + 1) * ((int64_t)r[2] + 1);
        if (level == 1) *l1d = bytes;
        if (level == 2) *l2 = bytes;
        if (level == 3) *l3 = bytes;
    }
}

void k4j_cpu_detect(struct k4j_cpu *cpu) {
    unsigned r[4];
    memset(cpu, 0, sizeof *cpu);
    k4j_cpuid(0, 0, r);
    char vendor[13];
    memcpy(vendor, &r[1], 4);
    memcpy(vendor + 4, &r[3], 4);
    memcpy(vendor + 8, &r[2], 4);
    vendor[12] = 0;
    cpu->amd = strcmp(vendor, "AuthenticAMD") == 0 || strcmp(vendor, "HygonGenuine") == 0;
    cpu->intel = strcmp(vendor, "GenuineIntel") == 0;
    if (k4j_cpuid(1, 0, r)) {
        unsigned base = (r[0] >> 8) & 15u;
        cpu->family = (int32_t)(base + (base == 15 ? ((r[0] >> 20) & 255u) : 0));
        cpu->model = (int32_t)(((r[0] >> 4) & 15u) | ((base == 6 || base == 15) ? ((r[0] >> 16) & 15u) << 4 : 0));
    }
    if (cpu->amd) {
        k4j_cache_leaf(0x8000001Du, &cpu->l1d, &cpu->l2, &cpu->l3);
        if (cpu->l1d == 0 && k4j_cpuid(0x80000005u, 0, r)) cpu->l1d = (int64_t)(r[2] >> 24) << 10;
        if (cpu->l2 == 0 && k4j_cpuid(0x80000006u, 0, r)) cpu->l2 = (int64_t)(r[2] >> 16) << 10;
        cpu->source = cpu->l1d > 0 ? 1 : 0;
    } else {
        k4j_cache_leaf(4, &cpu->l1d, &cpu->l2, &cpu->l3);
        cpu->source = cpu->l1d > 0 ? 1 : 0;
    }
    /* The family table: what a core of that generation has, for the sizes the
     * CPUID of a virtual machine left out or got wrong. */
    int64_t t1 = 32 << 10, t2 = 512 << 10, t3 = 8 << 20;
    if (cpu->amd && cpu->family == 26) { t1 = 48 << 10; t2 = 1 << 20; t3 = 32 << 20; }      /* Zen 5 */
    else if (cpu->amd && cpu->family == 25) { t1 = 32 << 10; t2 = 1 << 20; t3 = 32 << 20; } /* Zen 3/4 */
    else if (cpu->amd && cpu->family == 23) { t1 = 32 << 10; t2 = 512 << 10; t3 = 16 << 20; } /* Zen 1/2 */
    else if (cpu->intel) { t1 = 48 << 10; t2 = 2 << 20; t3 = 16 << 20; } /* Ice Lake and later server cores */
    if (cpu->l1d < (16 << 10) || cpu->l1d > (256 << 10)) { cpu->l1d = t1; cpu->source = 2; }
    if (cpu->l2 < (128 << 10) || cpu->l2 > (8 << 20)) { cpu->l2 = t2; cpu->source = 2; }
    if (cpu->l3 < cpu->l2 || cpu->l3 > (1LL << 30)) cpu->l3 = t3;
}

#else

void k4j_cpu_detect(struct k4j_cpu *cpu) {
    memset(cpu, 0, sizeof *cpu);
    cpu->l1d = 32 << 10;
    cpu->l2 = 512 << 10;
    cpu->l3 = 8 << 20;
    cpu->source = 2;
}

#endif
