package org.kernels4j.backend;

/**
 * The ufunc family in plain Java: the twins of native/src/ufunc.c, used by
 * {@link JavaBackend} and by {@link BinaryOp#apply}.
 *
 * <p>The exact functions (floor, ceil, rint, sign, minimum, maximum, fmin, fmax) give the
 * native kernels' bits. The transcendental ones use {@link Math} where the JDK specifies it
 * within 1 ulp and compiles it to a fast intrinsic (sin, cos, tan, log10: 4x faster than
 * {@link StrictMath} here), {@link StrictMath} (fdlibm) for the others (tanh, whose {@code Math}
 * bound is 2.5 ulp; log1p, expm1, atan2; pow, whose intrinsic disagreed with C in the sign of
 * an overflowing result in UfuncAgreementTest: +Inf where C gives -Inf), C's special cases where Java's differ (pow), and a
 * log2 of their own (Java has none); float32 values are computed in double and rounded once.
 * They agree with the native kernels within the ulp bounds of docs/semantics.md, not bit for
 * bit.
 */
public final class JavaUfunc {
    private static final double SQRT2 = 1.4142135623730951;
    /** 1 / ln 2 as a double, and the remainder of the exact value beyond it. */
    private static final double INV_LN2 = 1.4426950408889634;
    private static final double INV_LN2_LO = 2.0355273740931033e-17;

    private JavaUfunc() {
    }

    /** op(v) for a ufunc-family {@link UnaryOp}. */
    public static double unary(UnaryOp op, double v) {
        return switch (op) {
            case SIN -> Math.sin(v);
            case COS -> Math.cos(v);
            case TAN -> Math.tan(v);
            case TANH -> StrictMath.tanh(v);
            case LOG1P -> StrictMath.log1p(v);
            case EXPM1 -> StrictMath.expm1(v);
            case LOG2 -> log2(v);
            case LOG10 -> Math.log10(v);
            case FLOOR -> v != v ? quiet(v) : Math.floor(v);
            case CEIL -> v != v ? quiet(v) : Math.ceil(v);
            case RINT -> v != v ? quiet(v) : Math.rint(v);
            case SIGN -> sign(v);
            default -> throw new IllegalArgumentException(op + " is not of the ufunc family");
        };
    }

    /** op(v) in float32: exact functions in float, the others in double rounded once. */
    public static float unary(UnaryOp op, float v) {
        return switch (op) {
            case FLOOR -> v != v ? quiet(v) : (float) Math.floor(v);
            case CEIL -> v != v ? quiet(v) : (float) Math.ceil(v);
            case RINT -> v != v ? quiet(v) : (float) Math.rint(v);
            case SIGN -> v > 0 ? 1f : v < 0 ? -1f : v == 0 ? 0f : v;
            default -> (float) unary(op, (double) v);
        };
    }

    /**
     * A NaN made quiet, payload and sign kept: what the native kernels (and NumPy) give for
     * floor, ceil and rint of a signalling NaN, whose rounding instruction quiets it. Java's
     * {@code Math.floor} returns its NaN argument unchanged when interpreted but quiet once
     * compiled to that same instruction, so the bits of a signalling NaN depended on whether
     * the loop had been compiled yet.
     */
    static double quiet(double v) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(v) | 0x0008_0000_0000_0000L);
    }

    /** The float32 {@link #quiet(double)}. */
    static float quiet(float v) {
        return Float.intBitsToFloat(Float.floatToRawIntBits(v) | 0x0040_0000);
    }

    /** op(a, b) for a ufunc-family {@link BinaryOp}. */
    public static double binary(BinaryOp op, double a, double b) {
        return switch (op) {
            case POW -> pow(a, b);
            case ATAN2 -> StrictMath.atan2(a, b);
            case MINIMUM -> (a < b || a != a) ? a : b;
            case MAXIMUM -> (a > b || a != a) ? a : b;
            case FMIN -> (a < b || b != b) ? a : b;
            case FMAX -> (a > b || b != b) ? a : b;
            default -> throw new IllegalArgumentException(op + " is not of the ufunc family");
        };
    }

    /** op(a, b) in float32: the comparisons in float, pow and atan2 in double rounded once. */
    public static float binary(BinaryOp op, float a, float b) {
        return switch (op) {
            case MINIMUM -> (a < b || a != a) ? a : b;
            case MAXIMUM -> (a > b || a != a) ? a : b;
            case FMIN -> (a < b || b != b) ? a : b;
            case FMAX -> (a > b || b != b) ? a : b;
            default -> (float) binary(op, (double) a, (double) b);
        };
    }

    /** u[i] = op(u[i]) for i < len. */
    static void unary(UnaryOp op, double[] u, int len) {
        for (int i = 0; i < len; i++) {
            u[i] = unary(op, u[i]);
        }
    }

    static void unary(UnaryOp op, float[] u, int len) {
        for (int i = 0; i < len; i++) {
            u[i] = unary(op, u[i]);
        }
    }

    /** u[i] = op(u[i], w[i]) for i < len. */
    static void binary(BinaryOp op, double[] u, double[] w, int len) {
        for (int i = 0; i < len; i++) {
            u[i] = binary(op, u[i], w[i]);
        }
    }

    static void binary(BinaryOp op, float[] u, float[] w, int len) {
        for (int i = 0; i < len; i++) {
            u[i] = binary(op, u[i], w[i]);
        }
    }

    /** np.sign: 1 or -1 by the sign of a nonzero value, +0.0 for either zero, NaN unchanged. */
    static double sign(double v) {
        return v > 0 ? 1.0 : v < 0 ? -1.0 : v == 0 ? 0.0 : v;
    }

    /**
     * C's pow (glibc's, which NumPy calls): as {@link StrictMath#pow} except pow(1, y) = 1 for
     * every y and pow(x, ±0) = 1 for every x, quiet NaN included (a signaling NaN gives NaN, as
     * in glibc), and pow(-1, ±Inf) = 1, where Java answers NaN.
     */
    static double pow(double a, double b) {
        if (a == 1.0 || b == 0.0) {
            return isSignaling(a) || isSignaling(b) ? Double.NaN : 1.0;
        }
        if (a == -1.0 && Double.isInfinite(b)) {
            return 1.0;
        }
        return StrictMath.pow(a, b);
    }

    /** A NaN whose quiet bit (the top bit of the significand) is clear. */
    private static boolean isSignaling(double v) {
        return v != v && (Double.doubleToRawLongBits(v) & 0x0008000000000000L) == 0;
    }

    /**
     * log2 from the exponent and log1p of the significand: x = 2^e m with m in
     * [sqrt(1/2), sqrt(2)], so m - 1 is exact and log2 x = e + log1p(m - 1) / ln 2, the
     * product carried with an extra word (fma) and added to e without losing it. Exact for
     * powers of two; within 2 ulp otherwise (the error of log1p, about 1 ulp of the
     * fraction, plus the final rounding).
     */
    static double log2(double x) {
        if (!(x > 0.0) || x == Double.POSITIVE_INFINITY) {
            if (x == 0.0) {
                return Double.NEGATIVE_INFINITY;
            }
            return x > 0.0 || x != x ? x : Double.NaN;
        }
        int shift = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            shift = 54;
        }
        int e = Math.getExponent(x);
        double m = Math.scalb(x, -e);
        if (m > SQRT2) {
            m *= 0.5;
            e++;
        }
        e -= shift;
        double f = m - 1.0;
        if (f == 0.0) {
            return e;
        }
        double l = StrictMath.log1p(f);
        double p = l * INV_LN2;
        double pe = Math.fma(l, INV_LN2, -p) + l * INV_LN2_LO;
        if (e == 0) {
            return p + pe;
        }
        double s = e + p;
        double t = (e - s) + p; // exact: |e| >= 1 > |p|
        return s + (t + pe);
    }
}
