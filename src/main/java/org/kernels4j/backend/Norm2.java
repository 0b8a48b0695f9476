package org.kernels4j.backend;

/**
 * The rescue rule of norm2 shared by both backends (k4j.h): the plain sqrt of the sum of
 * squares is used unless that sum overflowed or may have lost precision to underflow
 * (native/src/reduce_tmpl.h applies the same threshold).
 */
final class Norm2 {
    /**
     * Below 2^-970 (the smallest normal double times 2^52) squares may have lost bits to
     * subnormal rounding or flushed to zero (1e-200 squares to 0); above it each such
     * square's absolute error (at most 2^-1075) stays far below an ulp of the sum.
     */
    static final double TINY = 0x1p-970;

    private Norm2() {
    }

    /** Whether a sum of squares must be recomputed with scaling. */
    static boolean needsRescale(double sumOfSquares) {
        // Zero is included: every square may have underflowed to zero while x is not all zeros.
        return sumOfSquares == Double.POSITIVE_INFINITY || sumOfSquares < TINY;
    }
}
