package org.kernels4j.backend;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.MemorySegment;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.kernels4j.DType;

/**
 * The accuracy promise of the k4j tree (DESIGN.md: "at least as accurate as NumPy's
 * pairwise summation"), measured against exact sums on ill-conditioned data: x, -x pairs
 * of large values plus small positive values, condition number Σ|x| / |Σx| near 1e12.
 */
class SumAccuracyTest {

    private static final JavaBackend B = JavaBackend.INSTANCE;
    private static final double U = 0x1p-53;

    private static double ours(double[] x) {
        return B.sum(DType.F64, MemorySegment.ofArray(x), x.length);
    }

    private static double absError(double computed, BigDecimal exact) {
        return new BigDecimal(computed).subtract(exact).abs().doubleValue();
    }

    private static double sumAbs(double[] x) {
        double s = 0;
        for (double v : x) {
            s += Math.abs(v);
        }
        return s;
    }

    @Test
    void withinThePairwiseBoundAndBetterThanANaiveLoop() {
        int n = 1_000_000;
        // 16 sequential adds per lane, 5 lane halvings, log2(n / 512) tree levels.
        double depth = 16 + 5 + Math.log(n / 512.0) / Math.log(2);
        double oursTotal = 0;
        double naiveTotal = 0;
        int seeds = 5;
        StringBuilder report = new StringBuilder();
        for (int seed = 1; seed <= seeds; seed++) {
            double[] x = Reference.illConditioned(seed, n);
            BigDecimal exact = Reference.exactSum(x);
            double abs = sumAbs(x);
            double condition = abs / Math.abs(exact.doubleValue());
            double bound = depth * U * abs;
            double e = absError(ours(x), exact);
            double naive = absError(Reference.naiveSum(x), exact);
            report.append(String.format("seed %d: cond %.2e, bound %.3e, k4j %.3e, naive %.3e%n",
                    seed, condition, bound, e, naive));
            assertTrue(condition > 1e11, () -> "data not ill-conditioned: " + condition);
            assertTrue(e <= bound, "error " + e + " above the bound " + bound);
            oursTotal += e;
            naiveTotal += naive;
        }
        report.append(String.format("mean |error|: k4j %.3e, naive %.3e%n", oursTotal / seeds, naiveTotal / seeds));
        System.out.print("[SumAccuracyTest] n=10^6 ill-conditioned\n" + report);
        assertTrue(oursTotal < naiveTotal, report::toString);
    }

    @Test
    void atLeastAsAccurateAsNumPysPairwiseSum() {
        int arrays = 50;
        double oursTotal = 0;
        double numpyTotal = 0;
        double naiveTotal = 0;
        int oursBetter = 0;
        for (int seed = 100; seed < 100 + arrays; seed++) {
            int n = 50_000 + (seed * 7919) % 100_000;
            double[] x = Reference.illConditioned(seed, n);
            BigDecimal exact = Reference.exactSum(x);
            double e = absError(ours(x), exact);
            double np = absError(Reference.numpyPairwise(x, 0, n), exact);
            oursTotal += e;
            numpyTotal += np;
            naiveTotal += absError(Reference.naiveSum(x), exact);
            oursBetter += e <= np ? 1 : 0;
        }
        String report = String.format(
                "[SumAccuracyTest] %d arrays, n 5e4..1.5e5: mean |error| k4j %.3e, NumPy pairwise %.3e, naive %.3e;"
                        + " k4j <= NumPy on %d of %d%n",
                arrays, oursTotal / arrays, numpyTotal / arrays, naiveTotal / arrays, oursBetter, arrays);
        System.out.print(report);
        assertTrue(oursTotal <= numpyTotal * 1.1, report);
    }
}
