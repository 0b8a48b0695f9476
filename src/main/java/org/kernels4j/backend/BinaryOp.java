package org.kernels4j.backend;

/** Elementwise arithmetic of two operands. */
public enum BinaryOp {
    ADD, SUB, MUL, DIV;

    /** The operation on doubles, as the kernels define it (IEEE, one rounding). */
    public double apply(double a, double b) {
        return switch (this) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
        };
    }

    /** The operation on floats (IEEE binary32, one rounding). */
    public float apply(float a, float b) {
        return switch (this) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case DIV -> a / b;
        };
    }
}
