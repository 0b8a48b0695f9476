/* Column (axis-0) reductions of a row-major block: per column, the k4j tree
 * sums of reduce.c and the extremes, computed by walking the rows in order.
 *
 * A column of a row-major matrix is strided; reading it element by element
 * touches one cache line per element. Instead the columns are taken in strips
 * of K4J_AXIS_STRIP, and each strip is walked row by row, so every read is a
 * contiguous run of the strip's width. For the sums each column keeps the 32
 * lane accumulators of the k4j tree (k4j.h): row i of a 512-row block is added
 * to lane (i mod 32) of every column of the strip (an elementwise add of two
 * runs, which vectorizes across columns without reordering any column's
 * additions), the lanes are halved at the end of the block and the block
 * values go through the binary counter, whose shape is the same for every
 * column of the strip. That is the 1-D order exactly, so column j gets the
 * bits reduce_sum gives the copied column. The lanes (32 x strip doubles) and
 * the counter (64 x strip doubles) stay in the L1/L2 cache.
 *
 * Compiled once per ISA path; the dtype variants come from axis_tmpl.h. */
#include <math.h>
#include <string.h>

#include "k4j_internal.h"

/* Columns per strip. 64 float64 lanes x 32 = 16 KiB, the counter 32 KiB. */
/* Rows ahead whose strip runs are prefetched (0: none): the runs are 20 KB apart in a
 * wide matrix, a pattern the hardware prefetchers follow poorly. 8 rows ahead measured
 * 0.46 against 0.55 ns per element for a 4000 x 2500 float64 column sum (0 and 4 rows:
 * 0.55, 0.52), 0.18 against 0.16 at 40 x 2500; Intel Xeon family 6 model 167, one run
 * of a C harness, 2026-12-06. */
#ifndef K4J_AXIS_PREFETCH
#define K4J_AXIS_PREFETCH 8
#endif
#ifndef K4J_AXIS_STRIP
#define K4J_AXIS_STRIP 64
#endif

/* The halving of 32 live lanes (k4j.h step 2) for column j, as one expression: lane l after
 * the step that adds lane l + h is K4J_AXIS_Hh(L, j, l) = (lane l after the step before) +
 * (lane l + h after the step before), the first step (h = 16) reading the lanes themselves;
 * lane 0 after the last step (h = 1) is the block's value. Written out so the additions stay
 * in registers instead of 31 passes over the lanes in memory; no addition is reordered. */
_Static_assert(K4J_SUM_LANES == 32, "K4J_AXIS_HALVE1 spells out the halving of 32 lanes");
#define K4J_AXIS_H16(L, j, l) ((L)[l][j] + (L)[(l) + 16][j])
#define K4J_AXIS_H8(L, j, l) (K4J_AXIS_H16(L, j, l) + K4J_AXIS_H16(L, j, (l) + 8))
#define K4J_AXIS_H4(L, j, l) (K4J_AXIS_H8(L, j, l) + K4J_AXIS_H8(L, j, (l) + 4))
#define K4J_AXIS_H2(L, j, l) (K4J_AXIS_H4(L, j, l) + K4J_AXIS_H4(L, j, (l) + 2))
#define K4J_AXIS_HALVE1(L, j) (K4J_AXIS_H2(L, j, 0) + K4J_AXIS_H2(L, j, 1))

/* The summands of reduce.c (k4j_internal.h), in double. */

#define K4J_AXIS_TERM_SUM(v, c) (v)
#define K4J_AXIS_TERM_NANSUM(v, c) k4j_nan_to_neg_zero(v)
#define K4J_AXIS_TERM_SQDEV(v, c) (((v) - (c)) * ((v) - (c)))
#define K4J_AXIS_TERM_NANSQDEV(v, c) k4j_square_unless_nan((v), (c))

#define K4J_T double
#define K4J_SFX f64
#define K4J_BITS uint64_t
#define K4J_SIGN_BIT UINT64_C(0x8000000000000000)
#include "axis_tmpl.h"

#define K4J_T float
#define K4J_SFX f32
#define K4J_BITS uint32_t
#define K4J_SIGN_BIT UINT32_C(0x80000000)
#include "axis_tmpl.h"
