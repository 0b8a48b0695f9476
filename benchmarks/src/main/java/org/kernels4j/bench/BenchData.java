package org.kernels4j.bench;

import java.util.SplittableRandom;

/** Deterministic inputs shared by the families. */
final class BenchData {
    private BenchData() {
    }

    /** n uniform values in [lo, hi) from a fixed seed. */
    static double[] uniform(int n, long seed, double lo, double hi) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = lo + (hi - lo) * r.nextDouble();
        }
        return x;
    }

    /** The ISA path the FFM backend runs, as the K4J_ISA_* code the JNI shim takes. */
    static int isaCode() {
        return switch (org.kernels4j.Kernels.info().isa()) {
            case "avx512" -> 2;
            case "avx2" -> 1;
            case "baseline" -> 0;
            default -> -1;
        };
    }
}
