package org.kernels4j.backend;

/**
 * The elementwise kernels of {@link JavaBackend} in plain loops over Java arrays (from an offset
 * each), which C2 vectorizes itself where it can: the path without the Vector API, and the
 * reference {@link VectorElementwise} is tested against.
 *
 * <p>The comparisons are compare-and-select, as native/src/ufunc.c: minimum and maximum give a
 * when a wins the comparison or is NaN, fmin and fmax give a when a wins or b is NaN, and b
 * otherwise, so equal operands (-0.0 and +0.0 too) give b. Each output element is written after
 * its inputs are read, so o may be exactly a or b (the same array and offset).
 */
final class ScalarElementwise {
    private ScalarElementwise() {
    }

    /** o[oo + i] = op(a[ao + i], b[bo + i]) for i in [0, len). */
    static void binary(BinaryOp op, double[] a, int ao, double[] b, int bo, double[] o, int oo, int len) {
        switch (op) {
            case ADD -> {
                if (ao == bo && bo == oo) {
                    // one index for all three: C2 proves the loop free of dependences and vectorizes it
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = a[i] + b[i];
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = a[ao + i] + b[bo + i];
                    }
                }
            }
            case SUB -> {
                if (ao == bo && bo == oo) {
                    // one index for all three: C2 proves the loop free of dependences and vectorizes it
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = a[i] - b[i];
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = a[ao + i] - b[bo + i];
                    }
                }
            }
            case MUL -> {
                if (ao == bo && bo == oo) {
                    // one index for all three: C2 proves the loop free of dependences and vectorizes it
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = a[i] * b[i];
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = a[ao + i] * b[bo + i];
                    }
                }
            }
            case DIV -> {
                if (ao == bo && bo == oo) {
                    // one index for all three: C2 proves the loop free of dependences and vectorizes it
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = a[i] / b[i];
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = a[ao + i] / b[bo + i];
                    }
                }
            }
            case MINIMUM -> {
                for (int i = 0; i < len; i++) {
                    double x = a[ao + i];
                    double y = b[bo + i];
                    o[oo + i] = (x < y || x != x) ? x : y;
                }
            }
            case MAXIMUM -> {
                for (int i = 0; i < len; i++) {
                    double x = a[ao + i];
                    double y = b[bo + i];
                    o[oo + i] = (x > y || x != x) ? x : y;
                }
            }
            case FMIN -> {
                for (int i = 0; i < len; i++) {
                    double x = a[ao + i];
                    double y = b[bo + i];
                    o[oo + i] = (x < y || y != y) ? x : y;
                }
            }
            case FMAX -> {
                for (int i = 0; i < len; i++) {
                    double x = a[ao + i];
                    double y = b[bo + i];
                    o[oo + i] = (x > y || y != y) ? x : y;
                }
            }
            default -> {
                for (int i = 0; i < len; i++) {
                    o[oo + i] = JavaUfunc.binary(op, a[ao + i], b[bo + i]);
                }
            }
        }
    }

    /** o[oo + i] = op(a[ao + i], s) for i in [0, len); op is add, sub, mul or div. */
    static void binaryScalar(BinaryOp op, double[] a, int ao, double s, double[] o, int oo, int len) {
        switch (op) {
            case ADD -> {
                if (ao == oo) {
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = a[i] + s;
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = a[ao + i] + s;
                    }
                }
            }
            case SUB -> {
                if (ao == oo) {
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = a[i] - s;
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = a[ao + i] - s;
                    }
                }
            }
            case MUL -> {
                if (ao == oo) {
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = a[i] * s;
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = a[ao + i] * s;
                    }
                }
            }
            case DIV -> {
                if (ao == oo) {
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = a[i] / s;
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = a[ao + i] / s;
                    }
                }
            }
            default -> throw new IllegalArgumentException(op + " has no scalar form");
        }
    }

    /** o[oo + i] = op(a[ao + i]) for i in [0, len). */
    static void unary(UnaryOp op, double[] a, int ao, double[] o, int oo, int len) {
        switch (op) {
            case ABS -> {
                if (ao == oo) {
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = Math.abs(a[i]);
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = Math.abs(a[ao + i]);
                    }
                }
            }
            case NEG -> {
                if (ao == oo) {
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = -a[i];
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = -a[ao + i];
                    }
                }
            }
            case SQRT -> {
                if (ao == oo) {
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = Math.sqrt(a[i]);
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = Math.sqrt(a[ao + i]);
                    }
                }
            }
            case EXP -> {
                for (int i = 0; i < len; i++) {
                    o[oo + i] = Math.exp(a[ao + i]);
                }
            }
            case LOG -> {
                for (int i = 0; i < len; i++) {
                    o[oo + i] = Math.log(a[ao + i]);
                }
            }
            default -> {
                for (int i = 0; i < len; i++) {
                    o[oo + i] = JavaUfunc.unary(op, a[ao + i]);
                }
            }
        }
    }

    /** The float32 form: arithmetic in float (one rounding), the ufunc functions as {@link JavaUfunc}. */
    static void binary(BinaryOp op, float[] a, int ao, float[] b, int bo, float[] o, int oo, int len) {
        switch (op) {
            case ADD -> {
                if (ao == bo && bo == oo) {
                    // one index for all three: C2 proves the loop free of dependences and vectorizes it
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = a[i] + b[i];
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = a[ao + i] + b[bo + i];
                    }
                }
            }
            case SUB -> {
                if (ao == bo && bo == oo) {
                    // one index for all three: C2 proves the loop free of dependences and vectorizes it
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = a[i] - b[i];
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = a[ao + i] - b[bo + i];
                    }
                }
            }
            case MUL -> {
                if (ao == bo && bo == oo) {
                    // one index for all three: C2 proves the loop free of dependences and vectorizes it
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = a[i] * b[i];
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = a[ao + i] * b[bo + i];
                    }
                }
            }
            case DIV -> {
                if (ao == bo && bo == oo) {
                    // one index for all three: C2 proves the loop free of dependences and vectorizes it
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = a[i] / b[i];
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = a[ao + i] / b[bo + i];
                    }
                }
            }
            case MINIMUM -> {
                for (int i = 0; i < len; i++) {
                    float x = a[ao + i];
                    float y = b[bo + i];
                    o[oo + i] = (x < y || x != x) ? x : y;
                }
            }
            case MAXIMUM -> {
                for (int i = 0; i < len; i++) {
                    float x = a[ao + i];
                    float y = b[bo + i];
                    o[oo + i] = (x > y || x != x) ? x : y;
                }
            }
            case FMIN -> {
                for (int i = 0; i < len; i++) {
                    float x = a[ao + i];
                    float y = b[bo + i];
                    o[oo + i] = (x < y || y != y) ? x : y;
                }
            }
            case FMAX -> {
                for (int i = 0; i < len; i++) {
                    float x = a[ao + i];
                    float y = b[bo + i];
                    o[oo + i] = (x > y || y != y) ? x : y;
                }
            }
            default -> {
                for (int i = 0; i < len; i++) {
                    o[oo + i] = JavaUfunc.binary(op, a[ao + i], b[bo + i]);
                }
            }
        }
    }

    /** The float32 form. */
    static void binaryScalar(BinaryOp op, float[] a, int ao, float s, float[] o, int oo, int len) {
        switch (op) {
            case ADD -> {
                if (ao == oo) {
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = a[i] + s;
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = a[ao + i] + s;
                    }
                }
            }
            case SUB -> {
                if (ao == oo) {
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = a[i] - s;
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = a[ao + i] - s;
                    }
                }
            }
            case MUL -> {
                if (ao == oo) {
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = a[i] * s;
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = a[ao + i] * s;
                    }
                }
            }
            case DIV -> {
                if (ao == oo) {
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = a[i] / s;
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = a[ao + i] / s;
                    }
                }
            }
            default -> throw new IllegalArgumentException(op + " has no scalar form");
        }
    }

    /** The float32 form: sqrt, exp and log in double, rounded once to float. */
    static void unary(UnaryOp op, float[] a, int ao, float[] o, int oo, int len) {
        switch (op) {
            case ABS -> {
                if (ao == oo) {
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = Math.abs(a[i]);
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = Math.abs(a[ao + i]);
                    }
                }
            }
            case NEG -> {
                if (ao == oo) {
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = -a[i];
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = -a[ao + i];
                    }
                }
            }
            case SQRT -> {
                if (ao == oo) {
                    for (int i = ao; i < ao + len; i++) {
                        o[i] = (float) Math.sqrt(a[i]);
                    }
                } else {
                    for (int i = 0; i < len; i++) {
                        o[oo + i] = (float) Math.sqrt(a[ao + i]);
                    }
                }
            }
            case EXP -> {
                for (int i = 0; i < len; i++) {
                    o[oo + i] = (float) Math.exp(a[ao + i]);
                }
            }
            case LOG -> {
                for (int i = 0; i < len; i++) {
                    o[oo + i] = (float) Math.log(a[ao + i]);
                }
            }
            default -> {
                for (int i = 0; i < len; i++) {
                    o[oo + i] = JavaUfunc.unary(op, a[ao + i]);
                }
            }
        }
    }
}
