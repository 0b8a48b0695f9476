package org.kernels4j.backend;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The elementwise kernels of {@link JavaBackend} that map onto single vector instructions, on the
 * Vector API: add, sub, mul, div (array and scalar right operand), minimum, maximum, fmin, fmax,
 * abs, neg and sqrt, for float64 and float32. Each lane computes what
 * {@link ScalarElementwise} computes for its element, with the same bits: the arithmetic and sqrt
 * are correctly rounded IEEE operations in the element type either way (for float32 sqrt, the
 * double square root rounded to float is the correctly rounded float square root), abs clears and
 * neg flips the sign bit, and the four comparisons are the same compare-and-select (minimum:
 * a where {@code a < b} or a is NaN, else b; fmin: a where {@code a < b} or b is NaN, else b;
 * maximum and fmax with {@code >}), not the lanewise MIN/MAX operators, whose ±0 rule differs.
 * The elements past the last full vector run through {@link ScalarElementwise}.
 *
 * <p>Like {@link VectorBlockSum}, only touched when {@link #AVAILABLE} is true (the class links
 * against {@code jdk.incubator.vector}, which the module requires statically, i.e. optionally),
 * and {@code -Dkernels4j.noVectorApi=true} turns it off.
 */
final class VectorElementwise {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
    private static final int FL = F.length();

    private VectorElementwise() {
    }

    /** Whether this JVM has a usable Vector API (the probe of {@link VectorBlockSum}, which honours the switch). */
    static final boolean AVAILABLE = VectorBlockSum.AVAILABLE && L >= 2 && FL >= 2;

    /** Whether {@link #binary} takes op (add, sub, mul, div, minimum, maximum, fmin, fmax). */
    static boolean supports(BinaryOp op) {
        return switch (op) {
            case ADD, SUB, MUL, DIV, MINIMUM, MAXIMUM, FMIN, FMAX -> true;
            default -> false;
        };
    }

    /**
     * Whether op is one of the comparisons (minimum, maximum, fmin, fmax), which C2 does not
     * vectorize in a plain loop. The arithmetic ops it does vectorize when one index serves every
     * array (equal offsets), and that loop measured as fast as or faster than the Vector API one
     * on heap arrays in L1 (JIT-aligned stores), so {@link JavaBackend} takes the Vector API for
     * them only where the offsets differ.
     */
    static boolean selects(BinaryOp op) {
        return op == BinaryOp.MINIMUM || op == BinaryOp.MAXIMUM || op == BinaryOp.FMIN || op == BinaryOp.FMAX;
    }

    /** Whether {@link #unary} takes op (abs, neg, sqrt). */
    static boolean supports(UnaryOp op) {
        return op == UnaryOp.ABS || op == UnaryOp.NEG || op == UnaryOp.SQRT;
    }

    /**
     * o[oo + i] = op(a[ao + i], b[bo + i]) for i in [0, len), with the bits of
     * {@link ScalarElementwise#binary(BinaryOp, double[], int, double[], int, double[], int, int)}.
     *
     * @throws IllegalArgumentException if {@link #supports(BinaryOp)} is false for op
     */
    static void binary(BinaryOp op, double[] a, int ao, double[] b, int bo, double[] o, int oo, int len) {
        switch (op) {
            case ADD -> add(a, ao, b, bo, o, oo, len);
            case SUB -> sub(a, ao, b, bo, o, oo, len);
            case MUL -> mul(a, ao, b, bo, o, oo, len);
            case DIV -> div(a, ao, b, bo, o, oo, len);
            case MINIMUM -> minimum(a, ao, b, bo, o, oo, len);
            case MAXIMUM -> maximum(a, ao, b, bo, o, oo, len);
            case FMIN -> fmin(a, ao, b, bo, o, oo, len);
            case FMAX -> fmax(a, ao, b, bo, o, oo, len);
            default -> throw new IllegalArgumentException(op + " has no Vector API form");
        }
    }

    /** o[oo + i] = op(a[ao + i], s) for i in [0, len), op add, sub, mul or div. */
    static void binaryScalar(BinaryOp op, double[] a, int ao, double s, double[] o, int oo, int len) {
        switch (op) {
            case ADD -> addScalar(a, ao, s, o, oo, len);
            case SUB -> subScalar(a, ao, s, o, oo, len);
            case MUL -> mulScalar(a, ao, s, o, oo, len);
            case DIV -> divScalar(a, ao, s, o, oo, len);
            default -> throw new IllegalArgumentException(op + " has no scalar form");
        }
    }

    /**
     * o[oo + i] = op(a[ao + i]) for i in [0, len), op abs, neg or sqrt.
     *
     * @throws IllegalArgumentException if {@link #supports(UnaryOp)} is false for op
     */
    static void unary(UnaryOp op, double[] a, int ao, double[] o, int oo, int len) {
        switch (op) {
            case ABS -> abs(a, ao, o, oo, len);
            case NEG -> neg(a, ao, o, oo, len);
            case SQRT -> sqrt(a, ao, o, oo, len);
            default -> throw new IllegalArgumentException(op + " has no Vector API form");
        }
    }

    private static void add(double[] a, int ao, double[] b, int bo, double[] o, int oo, int len) {
        int i = 0;
        for (int bound = len - 2 * L; i <= bound; i += 2 * L) {
            DoubleVector x0 = DoubleVector.fromArray(S, a, ao + i);
            DoubleVector y0 = DoubleVector.fromArray(S, b, bo + i);
            DoubleVector x1 = DoubleVector.fromArray(S, a, ao + i + L);
            DoubleVector y1 = DoubleVector.fromArray(S, b, bo + i + L);
            x0.add(y0).intoArray(o, oo + i);
            x1.add(y1).intoArray(o, oo + i + L);
        }
        for (int bound = S.loopBound(len); i < bound; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, a, ao + i);
            DoubleVector y = DoubleVector.fromArray(S, b, bo + i);
            x.add(y).intoArray(o, oo + i);
        }
        ScalarElementwise.binary(BinaryOp.ADD, a, ao + i, b, bo + i, o, oo + i, len - i);
    }

    private static void sub(double[] a, int ao, double[] b, int bo, double[] o, int oo, int len) {
        int i = 0;
        for (int bound = len - 2 * L; i <= bound; i += 2 * L) {
            DoubleVector x0 = DoubleVector.fromArray(S, a, ao + i);
            DoubleVector y0 = DoubleVector.fromArray(S, b, bo + i);
            DoubleVector x1 = DoubleVector.fromArray(S, a, ao + i + L);
            DoubleVector y1 = DoubleVector.fromArray(S, b, bo + i + L);
            x0.sub(y0).intoArray(o, oo + i);
            x1.sub(y1).intoArray(o, oo + i + L);
        }
        for (int bound = S.loopBound(len); i < bound; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, a, ao + i);
            DoubleVector y = DoubleVector.fromArray(S, b, bo + i);
            x.sub(y).intoArray(o, oo + i);
        }
        ScalarElementwise.binary(BinaryOp.SUB, a, ao + i, b, bo + i, o, oo + i, len - i);
    }

    private static void mul(double[] a, int ao, double[] b, int bo, double[] o, int oo, int len) {
        int i = 0;
        for (int bound = len - 2 * L; i <= bound; i += 2 * L) {
            DoubleVector x0 = DoubleVector.fromArray(S, a, ao + i);
            DoubleVector y0 = DoubleVector.fromArray(S, b, bo + i);
            DoubleVector x1 = DoubleVector.fromArray(S, a, ao + i + L);
            DoubleVector y1 = DoubleVector.fromArray(S, b, bo + i + L);
            x0.mul(y0).intoArray(o, oo + i);
            x1.mul(y1).intoArray(o, oo + i + L);
        }
        for (int bound = S.loopBound(len); i < bound; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, a, ao + i);
            DoubleVector y = DoubleVector.fromArray(S, b, bo + i);
            x.mul(y).intoArray(o, oo + i);
        }
        ScalarElementwise.binary(BinaryOp.MUL, a, ao + i, b, bo + i, o, oo + i, len - i);
    }

    private static void div(double[] a, int ao, double[] b, int bo, double[] o, int oo, int len) {
        int i = 0;
        for (int bound = len - 2 * L; i <= bound; i += 2 * L) {
            DoubleVector x0 = DoubleVector.fromArray(S, a, ao + i);
            DoubleVector y0 = DoubleVector.fromArray(S, b, bo + i);
            DoubleVector x1 = DoubleVector.fromArray(S, a, ao + i + L);
            DoubleVector y1 = DoubleVector.fromArray(S, b, bo + i + L);
            x0.div(y0).intoArray(o, oo + i);
            x1.div(y1).intoArray(o, oo + i + L);
        }
        for (int bound = S.loopBound(len); i < bound; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, a, ao + i);
            DoubleVector y = DoubleVector.fromArray(S, b, bo + i);
            x.div(y).intoArray(o, oo + i);
        }
        ScalarElementwise.binary(BinaryOp.DIV, a, ao + i, b, bo + i, o, oo + i, len - i);
    }

    private static void minimum(double[] a, int ao, double[] b, int bo, double[] o, int oo, int len) {
        int i = 0;
        for (int bound = len - 2 * L; i <= bound; i += 2 * L) {
            DoubleVector x0 = DoubleVector.fromArray(S, a, ao + i);
            DoubleVector y0 = DoubleVector.fromArray(S, b, bo + i);
            DoubleVector x1 = DoubleVector.fromArray(S, a, ao + i + L);
            DoubleVector y1 = DoubleVector.fromArray(S, b, bo + i + L);
            y0.blend(x0, x0.lt(y0).or(x0.test(VectorOperators.IS_NAN))).intoArray(o, oo + i);
            y1.blend(x1, x1.lt(y1).or(x1.test(VectorOperators.IS_NAN))).intoArray(o, oo + i + L);
        }
        for (int bound = S.loopBound(len); i < bound; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, a, ao + i);
            DoubleVector y = DoubleVector.fromArray(S, b, bo + i);
            y.blend(x, x.lt(y).or(x.test(VectorOperators.IS_NAN))).intoArray(o, oo + i);
        }
        ScalarElementwise.binary(BinaryOp.MINIMUM, a, ao + i, b, bo + i, o, oo + i, len - i);
    }

    private static void maximum(double[] a, int ao, double[] b, int bo, double[] o, int oo, int len) {
        int i = 0;
        for (int bound = len - 2 * L; i <= bound; i += 2 * L) {
            DoubleVector x0 = DoubleVector.fromArray(S, a, ao + i);
            DoubleVector y0 = DoubleVector.fromArray(S, b, bo + i);
            DoubleVector x1 = DoubleVector.fromArray(S, a, ao + i + L);
            DoubleVector y1 = DoubleVector.fromArray(S, b, bo + i + L);
            y0.blend(x0, x0.compare(VectorOperators.GT, y0).or(x0.test(VectorOperators.IS_NAN))).intoArray(o, oo + i);
            y1.blend(x1, x1.compare(VectorOperators.GT, y1).or(x1.test(VectorOperators.IS_NAN))).intoArray(o, oo + i + L);
        }
        for (int bound = S.loopBound(len); i < bound; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, a, ao + i);
            DoubleVector y = DoubleVector.fromArray(S, b, bo + i);
            y.blend(x, x.compare(VectorOperators.GT, y).or(x.test(VectorOperators.IS_NAN))).intoArray(o, oo + i);
        }
        ScalarElementwise.binary(BinaryOp.MAXIMUM, a, ao + i, b, bo + i, o, oo + i, len - i);
    }

    private static void fmin(double[] a, int ao, double[] b, int bo, double[] o, int oo, int len) {
        int i = 0;
        for (int bound = len - 2 * L; i <= bound; i += 2 * L) {
            DoubleVector x0 = DoubleVector.fromArray(S, a, ao + i);
            DoubleVector y0 = DoubleVector.fromArray(S, b, bo + i);
            DoubleVector x1 = DoubleVector.fromArray(S, a, ao + i + L);
            DoubleVector y1 = DoubleVector.fromArray(S, b, bo + i + L);
            y0.blend(x0, x0.lt(y0).or(y0.test(VectorOperators.IS_NAN))).intoArray(o, oo + i);
            y1.blend(x1, x1.lt(y1).or(y1.test(VectorOperators.IS_NAN))).intoArray(o, oo + i + L);
        }
        for (int bound = S.loopBound(len); i < bound; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, a, ao + i);
            DoubleVector y = DoubleVector.fromArray(S, b, bo + i);
            y.blend(x, x.lt(y).or(y.test(VectorOperators.IS_NAN))).intoArray(o, oo + i);
        }
        ScalarElementwise.binary(BinaryOp.FMIN, a, ao + i, b, bo + i, o, oo + i, len - i);
    }

    private static void fmax(double[] a, int ao, double[] b, int bo, double[] o, int oo, int len) {
        int i = 0;
        for (int bound = len - 2 * L; i <= bound; i += 2 * L) {
            DoubleVector x0 = DoubleVector.fromArray(S, a, ao + i);
            DoubleVector y0 = DoubleVector.fromArray(S, b, bo + i);
            DoubleVector x1 = DoubleVector.fromArray(S, a, ao + i + L);
            DoubleVector y1 = DoubleVector.fromArray(S, b, bo + i + L);
            y0.blend(x0, x0.compare(VectorOperators.GT, y0).or(y0.test(VectorOperators.IS_NAN))).intoArray(o, oo + i);
            y1.blend(x1, x1.compare(VectorOperators.GT, y1).or(y1.test(VectorOperators.IS_NAN))).intoArray(o, oo + i + L);
        }
        for (int bound = S.loopBound(len); i < bound; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, a, ao + i);
            DoubleVector y = DoubleVector.fromArray(S, b, bo + i);
            y.blend(x, x.compare(VectorOperators.GT, y).or(y.test(VectorOperators.IS_NAN))).intoArray(o, oo + i);
        }
        ScalarElementwise.binary(BinaryOp.FMAX, a, ao + i, b, bo + i, o, oo + i, len - i);
    }

    private static void addScalar(double[] a, int ao, double s, double[] o, int oo, int len) {
        DoubleVector y = DoubleVector.broadcast(S, s);
        int i = 0;
        for (int bound = S.loopBound(len); i < bound; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, a, ao + i);
            x.add(y).intoArray(o, oo + i);
        }
        ScalarElementwise.binaryScalar(BinaryOp.ADD, a, ao + i, s, o, oo + i, len - i);
    }

    private static void subScalar(double[] a, int ao, double s, double[] o, int oo, int len) {
        DoubleVector y = DoubleVector.broadcast(S, s);
        int i = 0;
        for (int bound = S.loopBound(len); i < bound; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, a, ao + i);
            x.sub(y).intoArray(o, oo + i);
        }
        ScalarElementwise.binaryScalar(BinaryOp.SUB, a, ao + i, s, o, oo + i, len - i);
    }

    private static void mulScalar(double[] a, int ao, double s, double[] o, int oo, int len) {
        DoubleVector y = DoubleVector.broadcast(S, s);
        int i = 0;
        for (int bound = S.loopBound(len); i < bound; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, a, ao + i);
            x.mul(y).intoArray(o, oo + i);
        }
        ScalarElementwise.binaryScalar(BinaryOp.MUL, a, ao + i, s, o, oo + i, len - i);
    }

    private static void divScalar(double[] a, int ao, double s, double[] o, int oo, int len) {
        DoubleVector y = DoubleVector.broadcast(S, s);
        int i = 0;
        for (int bound = S.loopBound(len); i < bound; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, a, ao + i);
            x.div(y).intoArray(o, oo + i);
        }
        ScalarElementwise.binaryScalar(BinaryOp.DIV, a, ao + i, s, o, oo + i, len - i);
    }

    private static void abs(double[] a, int ao, double[] o, int oo, int len) {
        int i = 0;
        for (int bound = S.loopBound(len); i < bound; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, a, ao + i);
            x.abs().intoArray(o, oo + i);
        }
        ScalarElementwise.unary(UnaryOp.ABS, a, ao + i, o, oo + i, len - i);
    }

    private static void neg(double[] a, int ao, double[] o, int oo, int len) {
        int i = 0;
        for (int bound = S.loopBound(len); i < bound; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, a, ao + i);
            x.neg().intoArray(o, oo + i);
        }
        ScalarElementwise.unary(UnaryOp.NEG, a, ao + i, o, oo + i, len - i);
    }

    private static void sqrt(double[] a, int ao, double[] o, int oo, int len) {
        int i = 0;
        for (int bound = S.loopBound(len); i < bound; i += L) {
            DoubleVector x = DoubleVector.fromArray(S, a, ao + i);
            x.sqrt().intoArray(o, oo + i);
        }
        ScalarElementwise.unary(UnaryOp.SQRT, a, ao + i, o, oo + i, len - i);
    }

    /**
     * o[oo + i] = op(a[ao + i], b[bo + i]) for i in [0, len), with the bits of
     * {@link ScalarElementwise#binary(BinaryOp, float[], int, float[], int, float[], int, int)} (float32).
     *
     * @throws IllegalArgumentException if {@link #supports(BinaryOp)} is false for op
     */
    static void binary(BinaryOp op, float[] a, int ao, float[] b, int bo, float[] o, int oo, int len) {
        switch (op) {
            case ADD -> add(a, ao, b, bo, o, oo, len);
            case SUB -> sub(a, ao, b, bo, o, oo, len);
            case MUL -> mul(a, ao, b, bo, o, oo, len);
            case DIV -> div(a, ao, b, bo, o, oo, len);
            case MINIMUM -> minimum(a, ao, b, bo, o, oo, len);
            case MAXIMUM -> maximum(a, ao, b, bo, o, oo, len);
            case FMIN -> fmin(a, ao, b, bo, o, oo, len);
            case FMAX -> fmax(a, ao, b, bo, o, oo, len);
            default -> throw new IllegalArgumentException(op + " has no Vector API form");
        }
    }

    /** o[oo + i] = op(a[ao + i], s) for i in [0, len), op add, sub, mul or div. */
    static void binaryScalar(BinaryOp op, float[] a, int ao, float s, float[] o, int oo, int len) {
        switch (op) {
            case ADD -> addScalar(a, ao, s, o, oo, len);
            case SUB -> subScalar(a, ao, s, o, oo, len);
            case MUL -> mulScalar(a, ao, s, o, oo, len);
            case DIV -> divScalar(a, ao, s, o, oo, len);
            default -> throw new IllegalArgumentException(op + " has no scalar form");
        }
    }

    /**
     * o[oo + i] = op(a[ao + i]) for i in [0, len), op abs, neg or sqrt.
     *
     * @throws IllegalArgumentException if {@link #supports(UnaryOp)} is false for op
     */
    static void unary(UnaryOp op, float[] a, int ao, float[] o, int oo, int len) {
        switch (op) {
            case ABS -> abs(a, ao, o, oo, len);
            case NEG -> neg(a, ao, o, oo, len);
            case SQRT -> sqrt(a, ao, o, oo, len);
            default -> throw new IllegalArgumentException(op + " has no Vector API form");
        }
    }

    private static void add(float[] a, int ao, float[] b, int bo, float[] o, int oo, int len) {
        int i = 0;
        for (int bound = len - 2 * FL; i <= bound; i += 2 * FL) {
            FloatVector x0 = FloatVector.fromArray(F, a, ao + i);
            FloatVector y0 = FloatVector.fromArray(F, b, bo + i);
            FloatVector x1 = FloatVector.fromArray(F, a, ao + i + FL);
            FloatVector y1 = FloatVector.fromArray(F, b, bo + i + FL);
            x0.add(y0).intoArray(o, oo + i);
            x1.add(y1).intoArray(o, oo + i + FL);
        }
        for (int bound = F.loopBound(len); i < bound; i += FL) {
            FloatVector x = FloatVector.fromArray(F, a, ao + i);
            FloatVector y = FloatVector.fromArray(F, b, bo + i);
            x.add(y).intoArray(o, oo + i);
        }
        ScalarElementwise.binary(BinaryOp.ADD, a, ao + i, b, bo + i, o, oo + i, len - i);
    }

    private static void sub(float[] a, int ao, float[] b, int bo, float[] o, int oo, int len) {
        int i = 0;
        for (int bound = len - 2 * FL; i <= bound; i += 2 * FL) {
            FloatVector x0 = FloatVector.fromArray(F, a, ao + i);
            FloatVector y0 = FloatVector.fromArray(F, b, bo + i);
            FloatVector x1 = FloatVector.fromArray(F, a, ao + i + FL);
            FloatVector y1 = FloatVector.fromArray(F, b, bo + i + FL);
            x0.sub(y0).intoArray(o, oo + i);
            x1.sub(y1).intoArray(o, oo + i + FL);
        }
        for (int bound = F.loopBound(len); i < bound; i += FL) {
            FloatVector x = FloatVector.fromArray(F, a, ao + i);
            FloatVector y = FloatVector.fromArray(F, b, bo + i);
            x.sub(y).intoArray(o, oo + i);
        }
        ScalarElementwise.binary(BinaryOp.SUB, a, ao + i, b, bo + i, o, oo + i, len - i);
    }

    private static void mul(float[] a, int ao, float[] b, int bo, float[] o, int oo, int len) {
        int i = 0;
        for (int bound = len - 2 * FL; i <= bound; i += 2 * FL) {
            FloatVector x0 = FloatVector.fromArray(F, a, ao + i);
            FloatVector y0 = FloatVector.fromArray(F, b, bo + i);
            FloatVector x1 = FloatVector.fromArray(F, a, ao + i + FL);
            FloatVector y1 = FloatVector.fromArray(F, b, bo + i + FL);
            x0.mul(y0).intoArray(o, oo + i);
            x1.mul(y1).intoArray(o, oo + i + FL);
        }
        for (int bound = F.loopBound(len); i < bound; i += FL) {
            FloatVector x = FloatVector.fromArray(F, a, ao + i);
            FloatVector y = FloatVector.fromArray(F, b, bo + i);
            x.mul(y).intoArray(o, oo + i);
        }
        ScalarElementwise.binary(BinaryOp.MUL, a, ao + i, b, bo + i, o, oo + i, len - i);
    }

    private static void div(float[] a, int ao, float[] b, int bo, float[] o, int oo, int len) {
        int i = 0;
        for (int bound = len - 2 * FL; i <= bound; i += 2 * FL) {
            FloatVector x0 = FloatVector.fromArray(F, a, ao + i);
            FloatVector y0 = FloatVector.fromArray(F, b, bo + i);
            FloatVector x1 = FloatVector.fromArray(F, a, ao + i + FL);
            FloatVector y1 = FloatVector.fromArray(F, b, bo + i + FL);
            x0.div(y0).intoArray(o, oo + i);
            x1.div(y1).intoArray(o, oo + i + FL);
        }
        for (int bound = F.loopBound(len); i < bound; i += FL) {
            FloatVector x = FloatVector.fromArray(F, a, ao + i);
            FloatVector y = FloatVector.fromArray(F, b, bo + i);
            x.div(y).intoArray(o, oo + i);
        }
        ScalarElementwise.binary(BinaryOp.DIV, a, ao + i, b, bo + i, o, oo + i, len - i);
    }

    private static void minimum(float[] a, int ao, float[] b, int bo, float[] o, int oo, int len) {
        int i = 0;
        for (int bound = len - 2 * FL; i <= bound; i += 2 * FL) {
            FloatVector x0 = FloatVector.fromArray(F, a, ao + i);
            FloatVector y0 = FloatVector.fromArray(F, b, bo + i);
            FloatVector x1 = FloatVector.fromArray(F, a, ao + i + FL);
            FloatVector y1 = FloatVector.fromArray(F, b, bo + i + FL);
            y0.blend(x0, x0.lt(y0).or(x0.test(VectorOperators.IS_NAN))).intoArray(o, oo + i);
            y1.blend(x1, x1.lt(y1).or(x1.test(VectorOperators.IS_NAN))).intoArray(o, oo + i + FL);
        }
        for (int bound = F.loopBound(len); i < bound; i += FL) {
            FloatVector x = FloatVector.fromArray(F, a, ao + i);
            FloatVector y = FloatVector.fromArray(F, b, bo + i);
            y.blend(x, x.lt(y).or(x.test(VectorOperators.IS_NAN))).intoArray(o, oo + i);
        }
        ScalarElementwise.binary(BinaryOp.MINIMUM, a, ao + i, b, bo + i, o, oo + i, len - i);
    }

    private static void maximum(float[] a, int ao, float[] b, int bo, float[] o, int oo, int len) {
        int i = 0;
        for (int bound = len - 2 * FL; i <= bound; i += 2 * FL) {
            FloatVector x0 = FloatVector.fromArray(F, a, ao + i);
            FloatVector y0 = FloatVector.fromArray(F, b, bo + i);
            FloatVector x1 = FloatVector.fromArray(F, a, ao + i + FL);
            FloatVector y1 = FloatVector.fromArray(F, b, bo + i + FL);
            y0.blend(x0, x0.compare(VectorOperators.GT, y0).or(x0.test(VectorOperators.IS_NAN))).intoArray(o, oo + i);
            y1.blend(x1, x1.compare(VectorOperators.GT, y1).or(x1.test(VectorOperators.IS_NAN))).intoArray(o, oo + i + FL);
        }
        for (int bound = F.loopBound(len); i < bound; i += FL) {
            FloatVector x = FloatVector.fromArray(F, a, ao + i);
            FloatVector y = FloatVector.fromArray(F, b, bo + i);
            y.blend(x, x.compare(VectorOperators.GT, y).or(x.test(VectorOperators.IS_NAN))).intoArray(o, oo + i);
        }
        ScalarElementwise.binary(BinaryOp.MAXIMUM, a, ao + i, b, bo + i, o, oo + i, len - i);
    }

    private static void fmin(float[] a, int ao, float[] b, int bo, float[] o, int oo, int len) {
        int i = 0;
        for (int bound = len - 2 * FL; i <= bound; i += 2 * FL) {
            FloatVector x0 = FloatVector.fromArray(F, a, ao + i);
            FloatVector y0 = FloatVector.fromArray(F, b, bo + i);
            FloatVector x1 = FloatVector.fromArray(F, a, ao + i + FL);
            FloatVector y1 = FloatVector.fromArray(F, b, bo + i + FL);
            y0.blend(x0, x0.lt(y0).or(y0.test(VectorOperators.IS_NAN))).intoArray(o, oo + i);
            y1.blend(x1, x1.lt(y1).or(y1.test(VectorOperators.IS_NAN))).intoArray(o, oo + i + FL);
        }
        for (int bound = F.loopBound(len); i < bound; i += FL) {
            FloatVector x = FloatVector.fromArray(F, a, ao + i);
            FloatVector y = FloatVector.fromArray(F, b, bo + i);
            y.blend(x, x.lt(y).or(y.test(VectorOperators.IS_NAN))).intoArray(o, oo + i);
        }
        ScalarElementwise.binary(BinaryOp.FMIN, a, ao + i, b, bo + i, o, oo + i, len - i);
    }

    private static void fmax(float[] a, int ao, float[] b, int bo, float[] o, int oo, int len) {
        int i = 0;
        for (int bound = len - 2 * FL; i <= bound; i += 2 * FL) {
            FloatVector x0 = FloatVector.fromArray(F, a, ao + i);
            FloatVector y0 = FloatVector.fromArray(F, b, bo + i);
            FloatVector x1 = FloatVector.fromArray(F, a, ao + i + FL);
            FloatVector y1 = FloatVector.fromArray(F, b, bo + i + FL);
            y0.blend(x0, x0.compare(VectorOperators.GT, y0).or(y0.test(VectorOperators.IS_NAN))).intoArray(o, oo + i);
            y1.blend(x1, x1.compare(VectorOperators.GT, y1).or(y1.test(VectorOperators.IS_NAN))).intoArray(o, oo + i + FL);
        }
        for (int bound = F.loopBound(len); i < bound; i += FL) {
            FloatVector x = FloatVector.fromArray(F, a, ao + i);
            FloatVector y = FloatVector.fromArray(F, b, bo + i);
            y.blend(x, x.compare(VectorOperators.GT, y).or(y.test(VectorOperators.IS_NAN))).intoArray(o, oo + i);
        }
        ScalarElementwise.binary(BinaryOp.FMAX, a, ao + i, b, bo + i, o, oo + i, len - i);
    }

    private static void addScalar(float[] a, int ao, float s, float[] o, int oo, int len) {
        FloatVector y = FloatVector.broadcast(F, s);
        int i = 0;
        for (int bound = F.loopBound(len); i < bound; i += FL) {
            FloatVector x = FloatVector.fromArray(F, a, ao + i);
            x.add(y).intoArray(o, oo + i);
        }
        ScalarElementwise.binaryScalar(BinaryOp.ADD, a, ao + i, s, o, oo + i, len - i);
    }

    private static void subScalar(float[] a, int ao, float s, float[] o, int oo, int len) {
        FloatVector y = FloatVector.broadcast(F, s);
        int i = 0;
        for (int bound = F.loopBound(len); i < bound; i += FL) {
            FloatVector x = FloatVector.fromArray(F, a, ao + i);
            x.sub(y).intoArray(o, oo + i);
        }
        ScalarElementwise.binaryScalar(BinaryOp.SUB, a, ao + i, s, o, oo + i, len - i);
    }

    private static void mulScalar(float[] a, int ao, float s, float[] o, int oo, int len) {
        FloatVector y = FloatVector.broadcast(F, s);
        int i = 0;
        for (int bound = F.loopBound(len); i < bound; i += FL) {
            FloatVector x = FloatVector.fromArray(F, a, ao + i);
            x.mul(y).intoArray(o, oo + i);
        }
        ScalarElementwise.binaryScalar(BinaryOp.MUL, a, ao + i, s, o, oo + i, len - i);
    }

    private static void divScalar(float[] a, int ao, float s, float[] o, int oo, int len) {
        FloatVector y = FloatVector.broadcast(F, s);
        int i = 0;
        for (int bound = F.loopBound(len); i < bound; i += FL) {
            FloatVector x = FloatVector.fromArray(F, a, ao + i);
            x.div(y).intoArray(o, oo + i);
        }
        ScalarElementwise.binaryScalar(BinaryOp.DIV, a, ao + i, s, o, oo + i, len - i);
    }

    private static void abs(float[] a, int ao, float[] o, int oo, int len) {
        int i = 0;
        for (int bound = F.loopBound(len); i < bound; i += FL) {
            FloatVector x = FloatVector.fromArray(F, a, ao + i);
            x.abs().intoArray(o, oo + i);
        }
        ScalarElementwise.unary(UnaryOp.ABS, a, ao + i, o, oo + i, len - i);
    }

    private static void neg(float[] a, int ao, float[] o, int oo, int len) {
        int i = 0;
        for (int bound = F.loopBound(len); i < bound; i += FL) {
            FloatVector x = FloatVector.fromArray(F, a, ao + i);
            x.neg().intoArray(o, oo + i);
        }
        ScalarElementwise.unary(UnaryOp.NEG, a, ao + i, o, oo + i, len - i);
    }

    private static void sqrt(float[] a, int ao, float[] o, int oo, int len) {
        int i = 0;
        for (int bound = F.loopBound(len); i < bound; i += FL) {
            FloatVector x = FloatVector.fromArray(F, a, ao + i);
            x.sqrt().intoArray(o, oo + i);
        }
        ScalarElementwise.unary(UnaryOp.SQRT, a, ao + i, o, oo + i, len - i);
    }
}
