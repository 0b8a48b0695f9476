/* The public entry points of k4j.h: validate the arguments once, resolve the
 * requested ISA path against this CPU, call that path's kernel. Compiled once
 * for the architecture's baseline (x86-64, armv8-a) so it runs everywhere.
 *
 * The CPU is asked on every call rather than cached: __builtin_cpu_supports
 * (x86) reads libgcc's feature words (filled by its load-time constructor),
 * getauxval(AT_HWCAP) (aarch64) a word glibc keeps; a couple of loads and a
 * test, and this keeps the library free of mutable state. */
#include "k4j_internal.h"

#if defined(__x86_64__)
/* The per-ISA objects are compiled with -march=x86-64-v3 / -march=x86-64-v4,
 * which lets gcc use every instruction of that level (BMI1/2, LZCNT, MOVBE and
 * F16C besides AVX2+FMA; AVX512CD besides F/BW/DQ/VL), so a path is only run
 * when the whole level is present. libgcc sets the level bits only when the OS
 * also saves the YMM / ZMM state (XGETBV). */
static inline int32_t k4j_best(void) {
    if (__builtin_cpu_supports("x86-64-v4")) return K4J_ISA_AVX512;
    if (__builtin_cpu_supports("x86-64-v3")) return K4J_ISA_AVX2;
    return K4J_ISA_BASELINE;
}

/* Whether isa names a path of this architecture; its paths are ordered by code. */
static inline int k4j_on_arch(int32_t isa) { return isa >= K4J_ISA_BASELINE && isa <= K4J_ISA_AVX512; }

#elif defined(__aarch64__)
#include <sys/auxv.h>
#ifndef HWCAP_ASIMD
#define HWCAP_ASIMD (1UL << 1)
#endif
/* Advanced SIMD is part of every armv8-a CPU that Linux runs on, but the kernel
 * says so in HWCAP_ASIMD, and that is what is asked: glibc's getauxval answers
 * AT_HWCAP from a word it keeps, without walking the auxiliary vector. */
static inline int32_t k4j_best(void) {
    return (getauxval(AT_HWCAP) & HWCAP_ASIMD) ? K4J_ISA_NEON : K4J_ISA_BASELINE;
}

static inline int k4j_on_arch(int32_t isa) { return isa == K4J_ISA_BASELINE || isa == K4J_ISA_NEON; }
#endif

/* Inlined into every dispatcher: calling the exported k4j_info_resolve_isa
 * would go through the PLT (it may be interposed) and cost ~1.5 ns a call. */
static inline int32_t k4j_resolve(int32_t isa) {
    int32_t best = k4j_best();
    return (k4j_on_arch(isa) && isa <= best) ? isa : best;
}

int32_t k4j_info_best_isa(void) { return k4j_best(); }

int32_t k4j_info_resolve_isa(int32_t isa) { return k4j_resolve(isa); }

/* Bumped whenever a signature or a documented result in k4j.h changes, or functions are added
 * (bindings written for a newer library must not load an older one and fail at the first
 * missing symbol). 4: the axis family. 5: sort_config's window, sort_direct and sort_tokeys. 6:
 * sort_buckets_at. */
int32_t k4j_info_abi_version(void) { return 6; }

#define K4J_WITH_ISA_(...) (int32_t isa, __VA_ARGS__)

#if defined(__aarch64__)
#define K4J_DEFINE_DISPATCHER_(ret, name, params, args, invalid, value) \
    ret k4j_##name K4J_WITH_ISA_ params {                                 \
        if (invalid) return value;                                        \
        switch (k4j_resolve(isa)) {                                       \
        case K4J_ISA_NEON: return k4j_neon_##name args;                   \
        default: return k4j_baseline_##name args;                         \
        }                                                                 \
    }
#else
#define K4J_DEFINE_DISPATCHER_(ret, name, params, args, invalid, value) \
    ret k4j_##name K4J_WITH_ISA_ params {                                 \
        if (invalid) return value;                                        \
        switch (k4j_resolve(isa)) {                                       \
        case K4J_ISA_AVX512: return k4j_avx512_##name args;               \
        case K4J_ISA_AVX2: return k4j_avx2_##name args;                   \
        default: return k4j_baseline_##name args;                         \
        }                                                                 \
    }
#endif
K4J_KERNELS(K4J_DEFINE_DISPATCHER_)
