package org.kernels4j.backend;

/** The comparisons of the mask family, with their codes in k4j.h (K4J_CMP_*). */
public enum CompareOp {
    LT(0, "<"), LE(1, "<="), EQ(2, "=="), NE(3, "!="), GT(4, ">"), GE(5, ">=");

    private final int code;
    private final String symbol;

    CompareOp(int code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    /** The K4J_CMP_* code. */
    public int code() {
        return code;
    }

    /** The operator as written in Java or C. */
    public String symbol() {
        return symbol;
    }

    /** The comparison of doubles (IEEE: false when either side is NaN, except NE). */
    public boolean test(double a, double b) {
        return switch (this) {
            case LT -> a < b;
            case LE -> a <= b;
            case EQ -> a == b;
            case NE -> a != b;
            case GT -> a > b;
            case GE -> a >= b;
        };
    }

    /** The comparison of floats, in float (the same answers as widened to double). */
    public boolean test(float a, float b) {
        return test((double) a, (double) b);
    }

    /** The comparison of integers. */
    public boolean test(long a, long b) {
        return switch (this) {
            case LT -> a < b;
            case LE -> a <= b;
            case EQ -> a == b;
            case NE -> a != b;
            case GT -> a > b;
            case GE -> a >= b;
        };
    }
}
