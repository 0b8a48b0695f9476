package org.kernels4j.backend;

/**
 * The rescue rule of norm2 shared by both backends (k4j.h): the plain sqrt of the sum of
 * squares is used unless that sum overflowed or may have lost precision to underflow.
 */
final class Norm2 {
    /** Below this, squares of small elements may have flushed toward zero or lost bits. */
    static final double TINY = 0x1p-968;

    private Norm2() {
    }

    /** Whether a sum of squares must be recomputed with scaling. */
    static boolean needsRescale(double sumOfSquares) {
        return sumOfSquares == Double.POSITIVE_INFINITY || (sumOfSquares > 0.0 && sumOfSquares < TINY);
    }
}
