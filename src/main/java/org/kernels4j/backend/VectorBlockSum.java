package org.kernels4j.backend;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The block sum of the k4j tree ({@link JavaBackend}, native/include/k4j.h step 2) on the
 * Vector API: the 32 lane accumulators are 32 / L vectors of L lanes, and row r of the
 * block adds elements 32r .. 32r + 31 to them lane for lane, so every lane receives the
 * same terms in the same order as the scalar code and the bits are identical.
 *
 * <p>Only touched through {@link #AVAILABLE}'s holder: this class links against
 * {@code jdk.incubator.vector}, which the module requires statically (optionally), so it is
 * loaded only when that module is in the boot layer ({@code --add-modules
 * jdk.incubator.vector}); otherwise the plain loops run.
 */
final class VectorBlockSum {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    private static final int LANES = SumTree.LANES;

    private VectorBlockSum() {
    }

    /** Whether this JVM has a usable Vector API for the block sum. */
    static final boolean AVAILABLE = Probe.OK;

    private static final class Probe {
        static final boolean OK = probe();

        private static boolean probe() {
            if (Boolean.getBoolean("kernels4j.noVectorApi")) {
                return false;
            }
            if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
                return false;
            }
            try {
                int l = DoubleVector.SPECIES_PREFERRED.length();
                return l >= 2 && l <= LANES && LANES % l == 0;
            } catch (LinkageError e) {
                return false;
            }
        }
    }

    /** lanes[0, 32) receive the block's terms t[0, len) as the scalar code adds them; returns the block value. */
    static double blockSum(double[] t, int len, double[] lanes) {
        return blockSum(t, 0, len, lanes);
    }

    /** As {@link #blockSum(double[], int, double[])} for the terms t[off, off + len). */
    static double blockSum(double[] t, int off, int len, double[] lanes) {
        int full = len & -LANES;
        if (L == 8) {
            DoubleVector a0 = DoubleVector.broadcast(S, -0.0);
            DoubleVector a1 = a0;
            DoubleVector a2 = a0;
            DoubleVector a3 = a0;
            for (int i = off; i < off + full; i += LANES) {
                a0 = a0.add(DoubleVector.fromArray(S, t, i));
                a1 = a1.add(DoubleVector.fromArray(S, t, i + 8));
                a2 = a2.add(DoubleVector.fromArray(S, t, i + 16));
                a3 = a3.add(DoubleVector.fromArray(S, t, i + 24));
            }
            a0.intoArray(lanes, 0);
            a1.intoArray(lanes, 8);
            a2.intoArray(lanes, 16);
            a3.intoArray(lanes, 24);
        } else {
            for (int l = 0; l < LANES; l += L) {
                DoubleVector a = DoubleVector.broadcast(S, -0.0);
                for (int i = off + l; i < off + full; i += LANES) {
                    a = a.add(DoubleVector.fromArray(S, t, i));
                }
                a.intoArray(lanes, l);
            }
        }
        for (int i = full; i < len; i++) {
            lanes[i - full] += t[off + i];
        }
        return SumTree.reduceLanes(lanes);
    }

    /** Replaces every NaN of t[0, len) by -0.0 (nansum's terms: -0.0 leaves any sum unchanged). */
    static void zeroNaNs(double[] t, int len) {
        DoubleVector zero = DoubleVector.broadcast(S, -0.0);
        int i = 0;
        for (int bound = S.loopBound(len); i < bound; i += L) {
            DoubleVector v = DoubleVector.fromArray(S, t, i);
            v.blend(zero, v.test(VectorOperators.IS_NAN)).intoArray(t, i);
        }
        for (; i < len; i++) {
            double e = t[i];
            t[i] = e == e ? e : -0.0;
        }
    }

    /**
     * t[i] = (t[i] - mean)^2 for i in [0, len), and -0.0 where t[i] is NaN (nanvar's terms; a
     * NaN that comes from an infinite mean, not from the element, stays NaN).
     */
    static void nanSquares(double[] t, int len, double mean) {
        DoubleVector zero = DoubleVector.broadcast(S, -0.0);
        int i = 0;
        for (int bound = S.loopBound(len); i < bound; i += L) {
            DoubleVector v = DoubleVector.fromArray(S, t, i);
            DoubleVector d = v.sub(mean);
            d.mul(d).blend(zero, v.test(VectorOperators.IS_NAN)).intoArray(t, i);
        }
        for (; i < len; i++) {
            double d = t[i] - mean;
            t[i] = t[i] != t[i] ? -0.0 : d * d;
        }
    }
}
