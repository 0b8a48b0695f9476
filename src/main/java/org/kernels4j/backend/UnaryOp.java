package org.kernels4j.backend;

/** Elementwise functions of one operand. */
public enum UnaryOp {
    ABS, NEG, SQRT, EXP, LOG,
    // ---- ufunc family (native/src/ufunc.c; JavaUfunc) ----
    SIN, COS, TAN, TANH, LOG1P, EXPM1, LOG2, LOG10, FLOOR, CEIL, RINT, SIGN;

    /**
     * Whether the native kernel calls a C library function for each element (the
     * transcendental functions of the ufunc family): several times the work of exp per
     * element, so heap arrays are lent to C in smaller critical pieces.
     */
    public boolean callsLibm() {
        return compareTo(SIN) >= 0 && compareTo(LOG10) <= 0;
    }

    /** Whether the op is exp, log or one that {@link #callsLibm() calls the C library}. */
    public boolean transcendental() {
        return this == EXP || this == LOG || callsLibm();
    }
}
