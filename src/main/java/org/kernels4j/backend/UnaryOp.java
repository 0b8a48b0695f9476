package org.kernels4j.backend;

/** Elementwise functions of one operand. */
public enum UnaryOp {
    ABS, NEG, SQRT, EXP, LOG
}
