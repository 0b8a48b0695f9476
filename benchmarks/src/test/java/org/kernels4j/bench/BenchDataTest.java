package org.kernels4j.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The inline generator gives the very values SplittableRandom gives, so results stay comparable across versions. */
class BenchDataTest {
    /** The reference of {@link BenchData#uniform}: SplittableRandom itself. */
    private static double[] uniformReference(int n, long seed, double lo, double hi) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * r.nextDouble();
        }
        return x;
    }

    @Test
    void uniformIsSplittableRandom() {
        for (long seed : new long[] {42, 43, 7, -1, 0}) {
            assertArrayEquals(uniformReference(100_003, seed, -2, 2), BenchData.uniform(100_003, seed, -2, 2));
            assertArrayEquals(uniformReference(1000, seed, 0, 1), BenchData.uniform(1000, seed, 0, 1));
        }
    }
}
