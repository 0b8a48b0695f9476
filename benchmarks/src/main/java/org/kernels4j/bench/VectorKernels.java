package org.kernels4j.bench;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The same kernels written with the Vector API ({@code jdk.incubator.vector}), as a Java
 * peer of the C kernels. Benchmarks only: the library itself does not use an incubator
 * module. Reductions use four vector accumulators (one would be latency-bound).
 */
final class VectorKernels {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorKernels() {
    }

    /**
     * Calls the kernel of {@code op} (every kernel when op is null or unknown) on small arrays
     * for {@code millis}. Run from a benchmark's setup:
     * before C2 compiles it, Vector API code runs about a thousand times slower than after
     * (vectors are objects until intrinsified), so a short JMH warmup (the quick preset, on a
     * loaded machine) would otherwise measure the interpreter. Compiled code does not depend
     * on the array length, so small arrays suffice. One op per fork: the time goes to the
     * kernel that fork measures (300 ms for one kernel is more than each of the seven got
     * from the 1 s warm-up of all of them that this replaced, at a third of the fork's cost).
     */
    static void warmUp(String op, long millis) {
        double[] a = new double[4096];
        double[] b = new double[4096];
        double[] o = new double[4096];
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.sin(i);
            b[i] = Math.cos(i);
        }
        long end = System.nanoTime() + millis * 1_000_000L;
        double sink = 0;
        while (System.nanoTime() < end) {
            for (int r = 0; r < 50; r++) {
                switch (op == null ? "" : op) {
                    case "sum" -> sink += sum(a, a.length);
                    case "dot" -> sink += dot(a, b, a.length);
                    case "min" -> sink += min(a, a.length);
                    case "argmax" -> sink += argmax(a, a.length);
                    case "std" -> sink += std(a, a.length);
                    case "add" -> add(a, b, o, a.length);
                    case "exp" -> exp(a, o, a.length);
                    default -> {
                        sink += sum(a, a.length) + dot(a, b, a.length) + min(a, a.length) + argmax(a, a.length) + std(a, a.length);
                        add(a, b, o, a.length);
                        exp(a, o, a.length);
                    }
                }
            }
        }
        if (sink == 42.4242) {
            System.out.print("");
        }
    }

    /** The op of a JMH benchmark name ({@code ...ReduceBench.sum_vector} gives {@code sum}). */
    static String opOf(String benchmark) {
        String m = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        int us = m.indexOf('_');
        return us > 0 ? m.substring(0, us) : m;
    }

    static double sum(double[] x, int n) {
        DoubleVector a0 = DoubleVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        int i = 0;
        for (; i + 4 * L <= n; i += 4 * L) {
            a0 = a0.add(DoubleVector.fromArray(S, x, i));
            a1 = a1.add(DoubleVector.fromArray(S, x, i + L));
            a2 = a2.add(DoubleVector.fromArray(S, x, i + 2 * L));
            a3 = a3.add(DoubleVector.fromArray(S, x, i + 3 * L));
        }
        for (; i + L <= n; i += L) {
            a0 = a0.add(DoubleVector.fromArray(S, x, i));
        }
        double s = a0.add(a1).add(a2.add(a3)).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            s += x[i];
        }
        return s;
    }

    static double dot(double[] x, double[] y, int n) {
        DoubleVector a0 = DoubleVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        int i = 0;
        for (; i + 4 * L <= n; i += 4 * L) {
            a0 = DoubleVector.fromArray(S, x, i).fma(DoubleVector.fromArray(S, y, i), a0);
            a1 = DoubleVector.fromArray(S, x, i + L).fma(DoubleVector.fromArray(S, y, i + L), a1);
            a2 = DoubleVector.fromArray(S, x, i + 2 * L).fma(DoubleVector.fromArray(S, y, i + 2 * L), a2);
            a3 = DoubleVector.fromArray(S, x, i + 3 * L).fma(DoubleVector.fromArray(S, y, i + 3 * L), a3);
        }
        for (; i + L <= n; i += L) {
            a0 = DoubleVector.fromArray(S, x, i).fma(DoubleVector.fromArray(S, y, i), a0);
        }
        double s = a0.add(a1).add(a2.add(a3)).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            s += x[i] * y[i];
        }
        return s;
    }

    static double min(double[] x, int n) {
        DoubleVector m0 = DoubleVector.broadcast(S, Double.POSITIVE_INFINITY), m1 = m0;
        int i = 0;
        for (; i + 2 * L <= n; i += 2 * L) {
            m0 = m0.lanewise(VectorOperators.MIN, DoubleVector.fromArray(S, x, i));
            m1 = m1.lanewise(VectorOperators.MIN, DoubleVector.fromArray(S, x, i + L));
        }
        double m = m0.lanewise(VectorOperators.MIN, m1).reduceLanes(VectorOperators.MIN);
        for (; i < n; i++) {
            m = Math.min(m, x[i]);
        }
        return m;
    }

    static double max(double[] x, int n) {
        DoubleVector m0 = DoubleVector.broadcast(S, Double.NEGATIVE_INFINITY), m1 = m0;
        int i = 0;
        for (; i + 2 * L <= n; i += 2 * L) {
            m0 = m0.lanewise(VectorOperators.MAX, DoubleVector.fromArray(S, x, i));
            m1 = m1.lanewise(VectorOperators.MAX, DoubleVector.fromArray(S, x, i + L));
        }
        double m = m0.lanewise(VectorOperators.MAX, m1).reduceLanes(VectorOperators.MAX);
        for (; i < n; i++) {
            m = Math.max(m, x[i]);
        }
        return m;
    }

    /** NumPy's argmax: the first NaN if any, else the first index of the maximum (two passes). */
    static long argmax(double[] x, int n) {
        double m = max(x, n);
        int i = 0;
        if (Double.isNaN(m)) {
            for (; i + L <= n; i += L) {
                DoubleVector v = DoubleVector.fromArray(S, x, i);
                VectorMask<Double> nan = v.test(jdk.incubator.vector.VectorOperators.IS_NAN);
                if (nan.anyTrue()) {
                    return i + nan.firstTrue();
                }
            }
            for (; i < n; i++) {
                if (Double.isNaN(x[i])) {
                    return i;
                }
            }
            return -1;
        }
        DoubleVector vm = DoubleVector.broadcast(S, m);
        for (; i + L <= n; i += L) {
            VectorMask<Double> eq = DoubleVector.fromArray(S, x, i).compare(VectorOperators.EQ, vm);
            if (eq.anyTrue()) {
                return i + eq.firstTrue();
            }
        }
        for (; i < n; i++) {
            if (x[i] == m) {
                return i;
            }
        }
        return -1;
    }

    /** Sample standard deviation (ddof 1), two passes. */
    static double std(double[] x, int n) {
        double mean = sum(x, n) / n;
        DoubleVector vm = DoubleVector.broadcast(S, mean);
        DoubleVector a0 = DoubleVector.zero(S), a1 = a0, a2 = a0, a3 = a0;
        int i = 0;
        for (; i + 4 * L <= n; i += 4 * L) {
            DoubleVector d0 = DoubleVector.fromArray(S, x, i).sub(vm);
            DoubleVector d1 = DoubleVector.fromArray(S, x, i + L).sub(vm);
            DoubleVector d2 = DoubleVector.fromArray(S, x, i + 2 * L).sub(vm);
            DoubleVector d3 = DoubleVector.fromArray(S, x, i + 3 * L).sub(vm);
            a0 = d0.fma(d0, a0);
            a1 = d1.fma(d1, a1);
            a2 = d2.fma(d2, a2);
            a3 = d3.fma(d3, a3);
        }
        for (; i + L <= n; i += L) {
            DoubleVector d = DoubleVector.fromArray(S, x, i).sub(vm);
            a0 = d.fma(d, a0);
        }
        double s = a0.add(a1).add(a2.add(a3)).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            double d = x[i] - mean;
            s += d * d;
        }
        return Math.sqrt(s / (n - 1));
    }

    static void add(double[] a, double[] b, double[] out, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector.fromArray(S, a, i).add(DoubleVector.fromArray(S, b, i)).intoArray(out, i);
        }
        for (; i < n; i++) {
            out[i] = a[i] + b[i];
        }
    }

    static void exp(double[] x, double[] out, int n) {
        int i = 0;
        for (; i < S.loopBound(n); i += L) {
            DoubleVector.fromArray(S, x, i).lanewise(VectorOperators.EXP).intoArray(out, i);
        }
        for (; i < n; i++) {
            out[i] = Math.exp(x[i]);
        }
    }
}
