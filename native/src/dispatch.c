/* The public entry points of k4j.h: validate the arguments once, resolve the
 * requested ISA path against this CPU, call that path's kernel. Compiled once
 * for baseline x86-64 so it runs everywhere.
 *
 * The CPU is asked on every call rather than cached: __builtin_cpu_supports
 * reads libgcc's feature words (filled by its load-time constructor), a couple
 * of loads and a test, and this keeps the library free of mutable state. */
#include "k4j_internal.h"

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

/* Inlined into every dispatcher: calling the exported k4j_info_resolve_isa
 * would go through the PLT (it may be interposed) and cost ~1.5 ns a call. */
static inline int32_t k4j_resolve(int32_t isa) {
    int32_t best = k4j_best();
    return (isa >= K4J_ISA_BASELINE && isa <= best) ? isa : best;
}

int32_t k4j_info_best_isa(void) { return k4j_best(); }

int32_t k4j_info_resolve_isa(int32_t isa) { return k4j_resolve(isa); }

/* Bumped whenever a signature or a documented result in k4j.h changes. */
int32_t k4j_info_abi_version(void) { return 2; }

#define K4J_WITH_ISA_(...) (int32_t isa, __VA_ARGS__)

#define K4J_DEFINE_DISPATCHER_(ret, name, params, args, invalid, value) \
    ret k4j_##name K4J_WITH_ISA_ params {                                 \
        if (invalid) return value;                                        \
        switch (k4j_resolve(isa)) {                                       \
        case K4J_ISA_AVX512: return k4j_avx512_##name args;               \
        case K4J_ISA_AVX2: return k4j_avx2_##name args;                   \
        default: return k4j_baseline_##name args;                         \
        }                                                                 \
    }
K4J_KERNELS(K4J_DEFINE_DISPATCHER_)
