package org.kernels4j.backend;

/** The floating-point predicates of the mask family: NumPy's isnan, isinf, isfinite. */
public enum ValueTest {
    ISNAN, ISINF, ISFINITE;

    /** The predicate of a double (a float widens exactly, so it serves both types). */
    public boolean test(double v) {
        return switch (this) {
            case ISNAN -> Double.isNaN(v);
            case ISINF -> Double.isInfinite(v);
            case ISFINITE -> Double.isFinite(v);
        };
    }
}
