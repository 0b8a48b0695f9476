package org.kernels4j.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The inline generator gives the very values SplittableRandom gives, so results stay comparable across versions. */
class BenchDataTest {
    @Test
    void uniformIsSplittableRandom() {
        for (long seed : new long[] {42, 43, 7, -1, 0}) {
            assertArrayEquals(BenchData.uniformReference(100_003, seed, -2, 2), BenchData.uniform(100_003, seed, -2, 2));
            assertArrayEquals(BenchData.uniformReference(1000, seed, 0, 1), BenchData.uniform(1000, seed, 0, 1));
        }
    }
}
