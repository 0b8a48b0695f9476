package org.kernels4j.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The Vector API block sum gives the plain loop's bits (the k4j tree's order is part of the
 * results), for every block length, with cancellation-prone data, ±0, infinities and NaN.
 * The build runs the tests with {@code --add-modules jdk.incubator.vector}, so the Java
 * backend's sums in every other test run on the Vector API too.
 */
class VectorBlockSumTest {

    @Test
    void theBuildRunsTheVectorPath() {
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(),
                "tests are meant to run with --add-modules jdk.incubator.vector");
        assertTrue(JavaBackend.VECTOR_SUMS, "the Java backend did not pick the Vector API");
    }

    @Test
    void sameBitsAsThePlainLoop() {
        assumeTrue(VectorBlockSum.AVAILABLE);
        SplittableRandom r = new SplittableRandom(2026_12_04L);
        double[] t = new double[SumTree.BLOCK];
        for (int trial = 0; trial < 3000; trial++) {
            int len = trial < SumTree.BLOCK + 1 ? trial : 1 + r.nextInt(SumTree.BLOCK);
            for (int i = 0; i < len; i++) {
                int pick = r.nextInt(100);
                t[i] = switch (pick) {
                    case 0 -> -0.0;
                    case 1 -> 0.0;
                    case 2 -> trial % 7 == 0 ? Double.POSITIVE_INFINITY : 1e300;
                    case 3 -> trial % 11 == 0 ? Double.NaN : -1e300;
                    default -> (r.nextDouble() - 0.5) * Math.scalb(1.0, r.nextInt(-30, 30));
                };
            }
            double want = JavaBackend.scalarBlockSum(t, len, new double[SumTree.LANES]);
            double got = VectorBlockSum.blockSum(t, len, new double[SumTree.LANES]);
            assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got),
                    "len " + len + ": " + want + " vs " + got);
        }
    }
}
