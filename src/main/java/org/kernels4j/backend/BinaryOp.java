package org.kernels4j.backend;

/** Elementwise arithmetic of two operands. */
public enum BinaryOp {
    ADD, SUB, MUL, DIV,
    // ---- ufunc family (native/src/ufunc.c; JavaUfunc); no scalar-operand kernels ----
    POW, ATAN2, MINIMUM, MAXIMUM, FMIN, FMAX;

    /** The operation on doubles, as the kernels define it (IEEE, one rounding). */
    public double apply(double a, double b) {
        return switch (this) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            default -> JavaUfunc.binary(this, a, b);
        };
    }

    /** The operation on floats (IEEE binary32, one rounding). */
    public float apply(float a, float b) {
        return switch (this) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
            default -> JavaUfunc.binary(this, a, b);
        };
    }

    /** Whether a kernel with a scalar right operand exists for this op (add, sub, mul, div). */
    public boolean hasScalarForm() {
        return compareTo(DIV) <= 0;
    }

    /** Whether the native kernel calls a C library function for each element (pow, atan2). */
    public boolean callsLibm() {
        return this == POW || this == ATAN2;
    }
}
