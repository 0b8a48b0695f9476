package org.kernels4j.backend;

/**
 * What {@link Backend#columnSums} adds up per column: the summands of the 1-D sum kernels
 * ({@code K4J_AXIS_*} in native/include/k4j.h, whose values {@link #code()} gives).
 */
public enum ColumnTerm {
    /** x, as {@link Backend#sum}. */
    SUM(0),
    /** x, a NaN adding nothing, as {@link Backend#nansum}. */
    NANSUM(1),
    /** (x - center)^2, as {@link Backend#sqdev}. */
    SQDEV(2),
    /** (x - center)^2, a NaN x adding nothing, as {@link Backend#nansqdev}. */
    NANSQDEV(3);

    private final int code;

    ColumnTerm(int code) {
        this.code = code;
    }

    /** The K4J_AXIS_* value of k4j.h. */
    public int code() {
        return code;
    }

    /** Whether the term reads a per-column center. */
    public boolean needsCenter() {
        return this == SQDEV || this == NANSQDEV;
    }
}
