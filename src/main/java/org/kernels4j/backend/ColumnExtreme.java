package org.kernels4j.backend;

/**
 * Which extreme {@link Backend#columnExtremes} takes per column, with the rules of the 1-D
 * kernel of the same name ({@code K4J_AXIS_MIN} ... in native/include/k4j.h, whose values
 * {@link #code()} gives).
 */
public enum ColumnExtreme {
    /** As {@link Backend#min}: NaN if the column holds one, -0.0 below +0.0. */
    MIN(0),
    /** As {@link Backend#max}. */
    MAX(1),
    /** As {@link Backend#nanmin}: NaN only when the column holds nothing else. */
    NANMIN(2),
    /** As {@link Backend#nanmax}. */
    NANMAX(3);

    private final int code;

    ColumnExtreme(int code) {
        this.code = code;
    }

    /** The K4J_AXIS_* value of k4j.h. */
    public int code() {
        return code;
    }

    /** Whether this extreme is a minimum. */
    public boolean isMin() {
        return this == MIN || this == NANMIN;
    }

    /**
     * The extreme of two partial results of this kind over disjoint parts of one column, as
     * the 1-D kernel on the whole column: a NaN part of nanmin/nanmax held only NaNs.
     */
    public double merge(double a, double b) {
        return switch (this) {
            case MIN -> Math.min(a, b);
            case MAX -> Math.max(a, b);
            case NANMIN -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
            case NANMAX -> Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
        };
    }
}
