/* Internal to the native library: per-ISA symbol naming shared by the kernel
 * family files (compiled once per ISA with K4J_ISA_NAME set) and dispatch.c. */
#ifndef K4J_INTERNAL_H
#define K4J_INTERNAL_H

#include <stdint.h>
#include "k4j.h"

#define K4J_CAT_(a, b, c) a##_##b##_##c
#define K4J_CAT(a, b, c) K4J_CAT_(a, b, c)

/* Inside a family file: K4J_FN(reduce_sum_f64) names k4j_<isa>_reduce_sum_f64. */
#ifdef K4J_ISA_NAME
#define K4J_FN(name) K4J_CAT(k4j, K4J_ISA_NAME, name)
#endif

#endif
