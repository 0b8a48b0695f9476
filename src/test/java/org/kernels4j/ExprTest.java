package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleBinaryOperator;
import org.junit.jupiter.api.Test;

/** Fused expressions: the parser's errors, and results bit for bit those of the step-by-step evaluation. */
class ExprTest {

    static double[] data(SplittableRandom r, int n, boolean specials) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble(-10, 10);
            if (specials && i % 97 == 5) {
                x[i] = new double[] {Double.NaN, Double.POSITIVE_INFINITY, -0.0, 0.0, Double.NEGATIVE_INFINITY}[i % 5];
            }
        }
        return x;
    }

    static void assertBits(double[] want, double[] got, String what) {
        assertEquals(want.length, got.length, what);
        for (int i = 0; i < want.length; i++) {
            if (Double.doubleToLongBits(want[i]) != Double.doubleToLongBits(got[i])) {
                throw new AssertionError(what + " element " + i + ": want " + want[i] + " got " + got[i]);
            }
        }
    }

    interface Ref3 {
        double at(double a, double b, double c);
    }

    @Test
    void matchesTheStepByStepEvaluationBitForBit() {
        SplittableRandom r = new SplittableRandom(1);
        Object[][] cases = {
            {"a * b * (1 - c)", (Ref3) (a, b, c) -> a * b * (1 - c)},
            {"(a + b) / (c - 2)", (Ref3) (a, b, c) -> (a + b) / (c - 2)},
            {"-a + sqrt(abs(b)) * c", (Ref3) (a, b, c) -> -a + Math.sqrt(Math.abs(b)) * c},
            {"1 / a - b / c", (Ref3) (a, b, c) -> 1 / a - b / c},
            {"2 - a * (3 * 0.5) + c*c*c - b", (Ref3) (a, b, c) -> 2 - a * (3 * 0.5) + c * c * c - b},
            {"a", (Ref3) (a, b, c) -> a},
        };
        for (int n : new int[] {0, 1, 4095, 4096, 4097, 100_003}) {
            double[] a = data(r, n, true);
            double[] b = data(r, n, true);
            double[] c = data(r, n, false);
            for (Object[] k : cases) {
                Expr e = Expr.parse((String) k[0]);
                Ref3 f = (Ref3) k[1];
                double[] want = new double[n];
                for (int i = 0; i < n; i++) {
                    want[i] = f.at(a[i], e.variables().size() > 1 ? b[i] : 0, e.variables().size() > 2 ? c[i] : 0);
                }
                double[] got = new double[n];
                java.util.Map<String, double[]> byName = java.util.Map.of("a", a, "b", b, "c", c);
                double[][] in = e.variables().stream().map(byName::get).toArray(double[][]::new);
                e.evaluate(got, in);
                assertBits(want, got, k[0] + " n=" + n);
            }
        }
    }

    @Test
    void transcendentalsAreTheirKernels() {
        SplittableRandom r = new SplittableRandom(2);
        double[] a = data(r, 10_000, true);
        double[] want = new double[a.length];
        Kernels.exp(a, want);
        for (int i = 0; i < want.length; i++) {
            want[i] = want[i] * 0.5;
        }
        double[] got = new double[a.length];
        Expr.parse("exp(a) * 0.5").evaluate(got, a);
        assertBits(want, got, "exp(a) * 0.5");
    }

    @Test
    void float32ComputesInFloat32() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 9000;
        float[] a = new float[n];
        float[] b = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) r.nextDouble(-5, 5);
            b[i] = (float) r.nextDouble(-5, 5);
        }
        float[] got = new float[n];
        Expr.parse("a * b * (1 - 0.1) / b").evaluate(got, a, b);
        for (int i = 0; i < n; i++) {
            float want = a[i] * b[i] * (1 - 0.1f) / b[i];
            assertEquals(Float.floatToIntBits(want), Float.floatToIntBits(got[i]), "element " + i);
        }
    }

    @Test
    void outMayBeAnInputButNotAShiftedView() {
        double[] a = {1, 2, 3, 4};
        double[] b = {10, 20, 30, 40};
        Expr.parse("a * b + a").evaluate(a, a, b);
        assertArrayEquals(new double[] {11, 42, 93, 164}, a, 0);
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray x = DoubleArray.copyOf(arena, new double[] {1, 2, 3, 4, 5});
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Expr.parse("x * 2").evaluate(x.slice(1, 4), x.slice(0, 4)));
            assertTrue(e.getMessage().contains("partly overlaps"), e.getMessage());
        }
    }

    @Test
    void badExpressionsAndArgumentsSayWhatIsWrong() {
        for (String[] bad : new String[][] {{"", "text ends"}, {"a *", "text ends"}, {"a * (b", "expected ')'"},
                {"2 * 3", "no variable"}, {"foo(a)", "unknown function 'foo'"}, {"sqrt + a", "is a function"},
                {"a $ b", "unexpected '$'"}, {"a b", "unexpected 'b'"}, {"1.2.3 * a", "malformed number"},
                {"(".repeat(300) + "a" + ")".repeat(300), "nesting deeper"}}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Expr.parse(bad[0]), bad[0]);
            assertTrue(e.getMessage().contains(bad[1]), bad[0] + ": " + e.getMessage());
        }
        assertThrows(NullPointerException.class, () -> Expr.parse(null));
        Expr e = Expr.parse("price * qty * (1 - disc)");
        assertEquals(List.of("price", "qty", "disc"), e.variables());
        assertEquals("price * qty * (1 - disc)", e.toString());
        double[] x = new double[3];
        assertThrows(IllegalArgumentException.class, () -> e.evaluate(x, x, x), "two inputs for three variables");
        assertThrows(IllegalArgumentException.class, () -> e.evaluate(x, x, x, new double[2]), "lengths differ");
        assertThrows(NullPointerException.class, () -> e.evaluate(x, x, null, x));
        assertThrows(IllegalArgumentException.class,
                () -> e.evaluate(DoubleArray.wrap(x), DoubleArray.wrap(x), FloatArray.wrap(new float[3]), DoubleArray.wrap(x)));
    }

    @Test
    void onAPoolTheSameBits() throws Exception {
        SplittableRandom r = new SplittableRandom(4);
        int n = 1_000_003;
        double[] a = data(r, n, true);
        double[] b = data(r, n, true);
        double[] c = data(r, n, false);
        Expr e = Expr.parse("a * b * (1 - c)");
        double[] want = new double[n];
        e.evaluate(want, a, b, c);
        try (ComputePool pool = ComputePool.create(2)) {
            double[] got = new double[n];
            e.evaluate(pool, DoubleArray.wrap(got), DoubleArray.wrap(a), DoubleArray.wrap(b), DoubleArray.wrap(c)).get();
            assertBits(want, got, "pool");
            try (Arena confined = Arena.ofConfined()) {
                DoubleArray x = DoubleArray.copyOf(confined, new double[] {1, 2});
                assertThrows(IllegalArgumentException.class, () -> Expr.parse("x + 1").evaluate(pool, x, x));
            }
        }
    }
}
