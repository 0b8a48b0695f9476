/* Mask kernels: comparisons into boolean masks, where, the NaN/infinity
 * predicates, nan_to_num, and the truth reductions (count_nonzero, any, all).
 *
 * A mask is one byte per element, as NumPy's bool. Compiled once per ISA
 * path; the dtype variants come from mask_tmpl.h, included once per dtype.
 * As in elementwise.c, an output may be the very same memory as an input of
 * its own type (in place), so the loops use `GCC ivdep` rather than restrict. */
#include <math.h>

#include "k4j_internal.h"

#define K4J_IVDEP _Pragma("GCC ivdep")

/* Elements per block of the truth reductions: a 32-bit count per block cannot
 * overflow, and any/all look at whole blocks between their early exits. */
#define K4J_MASK_BLOCK 4096

#define K4J_T double
#define K4J_SFX f64
#define K4J_FLOAT 1
#define K4J_INF HUGE_VAL
#include "mask_tmpl.h"

#define K4J_T float
#define K4J_SFX f32
#define K4J_FLOAT 1
#define K4J_INF HUGE_VALF
#include "mask_tmpl.h"

#define K4J_T int64_t
#define K4J_SFX i64
#define K4J_FLOAT 0
#include "mask_tmpl.h"

#define K4J_T int32_t
#define K4J_SFX i32
#define K4J_FLOAT 0
#include "mask_tmpl.h"

/* The truth reductions of a mask itself. */
#define K4J_T uint8_t
#define K4J_SFX b8
int64_t K4J_FN(mask_countnz_b8)(const uint8_t *x, int64_t n) {
    int64_t count = 0;
    for (int64_t start = 0; start < n; start += K4J_MASK_BLOCK) {
        int64_t end = n - start < K4J_MASK_BLOCK ? n : start + K4J_MASK_BLOCK;
        uint32_t c = 0;
        for (int64_t i = start; i < end; i++) c += (uint32_t)(x[i] != 0);
        count += c;
    }
    return count;
}

int32_t K4J_FN(mask_any_b8)(const uint8_t *x, int64_t n) {
    for (int64_t start = 0; start < n; start += K4J_MASK_BLOCK) {
        int64_t end = n - start < K4J_MASK_BLOCK ? n : start + K4J_MASK_BLOCK;
        uint8_t c = 0;
        for (int64_t i = start; i < end; i++) c |= x[i];
        if (c) return 1;
    }
    return 0;
}

int32_t K4J_FN(mask_all_b8)(const uint8_t *x, int64_t n) {
    for (int64_t start = 0; start < n; start += K4J_MASK_BLOCK) {
        int64_t end = n - start < K4J_MASK_BLOCK ? n : start + K4J_MASK_BLOCK;
        uint32_t c = 0;
        for (int64_t i = start; i < end; i++) c |= (uint32_t)(x[i] == 0);
        if (c) return 0;
    }
    return 1;
}
#undef K4J_T
#undef K4J_SFX
