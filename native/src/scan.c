/* Scans: the running sum (NumPy's cumsum), compiled once per ISA path.
 *
 * The order is sequential by definition (acc += x[i]), so the loop is bound by
 * the latency of one double addition per element; everything else (loads,
 * float conversions, stores) runs beside that chain. There is nothing to
 * vectorize without changing the rounding, which we must not do. */
#include "k4j_internal.h"

/* float32 keeps the accumulator in double and stores each rounded value, so
 * rounding errors do not accumulate in the carried sum. */
#define K4J_DEFINE_CUMSUM(T, SFX)                                                        \
    double K4J_FN(scan_cumsum_##SFX)(const T *x, T *out, int64_t n, double carry) {    \
        double acc = carry;                                                            \
        for (int64_t i = 0; i < n; i++) {                                              \
            acc += (double)x[i];                                                       \
            out[i] = (T)acc;                                                           \
        }                                                                              \
        return acc;                                                                    \
    }

K4J_DEFINE_CUMSUM(double, f64)
K4J_DEFINE_CUMSUM(float, f32)
