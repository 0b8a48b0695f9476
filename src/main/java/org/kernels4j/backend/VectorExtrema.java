package org.kernels4j.backend;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Minimum and maximum of a block of doubles on the Vector API, for {@link JavaBackend}'s
 * min, max, nanmin, nanmax, argmin and argmax. Lane-wise {@code min}/{@code max} are
 * {@link Math#min}/{@link Math#max} (NaN absorbs, -0.0 orders below +0.0), which are
 * associative and commutative, so any grouping of the terms gives the bits of a scalar loop;
 * the lanes are folded with {@link Math#min}/{@link Math#max} themselves.
 *
 * <p>Like {@link VectorBlockSum}, only touched when {@link #AVAILABLE} (the class links against
 * {@code jdk.incubator.vector}, which the module requires statically, i.e. optionally).
 */
final class VectorExtrema {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorExtrema() {
    }

    /** Whether this JVM has a usable Vector API (same probe as {@link VectorBlockSum}). */
    static final boolean AVAILABLE = VectorBlockSum.AVAILABLE && L >= 2;

    /** Math.min of acc and v[from, to). */
    static double min(double[] v, int from, int to, double acc) {
        int i = from;
        if (to - from >= 4 * L) {
            DoubleVector a0 = DoubleVector.fromArray(S, v, from);
            DoubleVector a1 = DoubleVector.fromArray(S, v, from + L);
            DoubleVector a2 = DoubleVector.fromArray(S, v, from + 2 * L);
            DoubleVector a3 = DoubleVector.fromArray(S, v, from + 3 * L);
            for (i = from + 4 * L; i <= to - 4 * L; i += 4 * L) {
                a0 = a0.min(DoubleVector.fromArray(S, v, i));
                a1 = a1.min(DoubleVector.fromArray(S, v, i + L));
                a2 = a2.min(DoubleVector.fromArray(S, v, i + 2 * L));
                a3 = a3.min(DoubleVector.fromArray(S, v, i + 3 * L));
            }
            acc = foldMin(a0.min(a1).min(a2.min(a3)), acc);
        }
        for (; i < to; i++) {
            acc = Math.min(acc, v[i]);
        }
        return acc;
    }

    /** Math.max of acc and v[from, to). */
    static double max(double[] v, int from, int to, double acc) {
        int i = from;
        if (to - from >= 4 * L) {
            DoubleVector a0 = DoubleVector.fromArray(S, v, from);
            DoubleVector a1 = DoubleVector.fromArray(S, v, from + L);
            DoubleVector a2 = DoubleVector.fromArray(S, v, from + 2 * L);
            DoubleVector a3 = DoubleVector.fromArray(S, v, from + 3 * L);
            for (i = from + 4 * L; i <= to - 4 * L; i += 4 * L) {
                a0 = a0.max(DoubleVector.fromArray(S, v, i));
                a1 = a1.max(DoubleVector.fromArray(S, v, i + L));
                a2 = a2.max(DoubleVector.fromArray(S, v, i + 2 * L));
                a3 = a3.max(DoubleVector.fromArray(S, v, i + 3 * L));
            }
            acc = foldMax(a0.max(a1).max(a2.max(a3)), acc);
        }
        for (; i < to; i++) {
            acc = Math.max(acc, v[i]);
        }
        return acc;
    }

    /** Math.min of acc and the non-NaN elements of v[from, to) (NaN lanes count as +Inf). */
    static double nanmin(double[] v, int from, int to, double acc) {
        int i = from;
        if (to - from >= 2 * L) {
            DoubleVector inf = DoubleVector.broadcast(S, Double.POSITIVE_INFINITY);
            DoubleVector a0 = inf;
            DoubleVector a1 = inf;
            for (; i <= to - 2 * L; i += 2 * L) {
                DoubleVector u = DoubleVector.fromArray(S, v, i);
                DoubleVector w = DoubleVector.fromArray(S, v, i + L);
                a0 = a0.min(u.blend(inf, u.test(VectorOperators.IS_NAN)));
                a1 = a1.min(w.blend(inf, w.test(VectorOperators.IS_NAN)));
            }
            acc = foldMin(a0.min(a1), acc);
        }
        for (; i < to; i++) {
            double e = v[i];
            if (e == e) {
                acc = Math.min(acc, e);
            }
        }
        return acc;
    }

    /** Math.max of acc and the non-NaN elements of v[from, to) (NaN lanes count as -Inf). */
    static double nanmax(double[] v, int from, int to, double acc) {
        int i = from;
        if (to - from >= 2 * L) {
            DoubleVector inf = DoubleVector.broadcast(S, Double.NEGATIVE_INFINITY);
            DoubleVector a0 = inf;
            DoubleVector a1 = inf;
            for (; i <= to - 2 * L; i += 2 * L) {
                DoubleVector u = DoubleVector.fromArray(S, v, i);
                DoubleVector w = DoubleVector.fromArray(S, v, i + L);
                a0 = a0.max(u.blend(inf, u.test(VectorOperators.IS_NAN)));
                a1 = a1.max(w.blend(inf, w.test(VectorOperators.IS_NAN)));
            }
            acc = foldMax(a0.max(a1), acc);
        }
        for (; i < to; i++) {
            double e = v[i];
            if (e == e) {
                acc = Math.max(acc, e);
            }
        }
        return acc;
    }

    private static double foldMin(DoubleVector a, double acc) {
        for (int l = 0; l < L; l++) {
            acc = Math.min(acc, a.lane(l));
        }
        return acc;
    }

    private static double foldMax(DoubleVector a, double acc) {
        for (int l = 0; l < L; l++) {
            acc = Math.max(acc, a.lane(l));
        }
        return acc;
    }
}
