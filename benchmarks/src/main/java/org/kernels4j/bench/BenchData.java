package org.kernels4j.bench;

/** Deterministic inputs shared by the families. */
final class BenchData {
    private BenchData() {
    }

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

    /**
     * n uniform values in [lo, hi) from a fixed seed: the values of
     * {@code new SplittableRandom(seed).nextDouble()} called n times, computed inline.
     * SplittableRandom through its interface runs at about 25 ns a value while a fork's
     * setup is still interpreted or C1-compiled, which made the setup of each 10^7 fork
     * take about half a second; this loop (SplitMix64, the same arithmetic) takes a fraction.
     */
    static double[] uniform(int n, long seed, double lo, double hi) {
        double[] x = new double[n];
        double w = hi - lo;
        long s = seed;
        for (int i = 0; i < n; i++) {
            s += GOLDEN_GAMMA;
            long z = s;
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            z ^= z >>> 31;
            x[i] = lo + w * ((z >>> 11) * 0x1.0p-53);
        }
        return x;
    }

    /** The ISA path the FFM backend runs, as the K4J_ISA_* code the JNI shim takes. */
    static int isaCode() {
        return switch (org.kernels4j.Kernels.info().isa()) {
            case "neon" -> 3;
            case "avx512" -> 2;
            case "avx2" -> 1;
            case "baseline" -> 0;
            default -> -1;
        };
    }
}
