package org.kernels4j.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.MemorySegment;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kernels4j.DType;

/**
 * The Vector API extrema give the plain loops' bits (Math.min/Math.max: NaN wins, -0.0 below
 * +0.0; the nan forms skip NaN) for every range of a block, and the Java backend's arg-extrema
 * built on them keep NumPy's rules: the first NaN, else the first index equal to the extremum,
 * with -0.0 and +0.0 equal. nansum's and nanvar's vector steps match their scalar forms.
 */
class VectorExtremaTest {

    private static double[] block(SplittableRandom r, int n, int trial) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            int pick = r.nextInt(60);
            t[i] = switch (pick) {
                case 0 -> -0.0;
                case 1 -> 0.0;
                case 2 -> trial % 5 == 0 ? Double.POSITIVE_INFINITY : 1e300;
                case 3 -> trial % 7 == 0 ? Double.NEGATIVE_INFINITY : -1e300;
                case 4 -> trial % 3 == 0 ? Double.longBitsToDouble(0xfff8000000000001L + r.nextInt(99)) : 1.0;
                case 5 -> trial % 4 == 0 ? Double.NaN : 2.0;
                default -> trial % 9 == 0 ? (r.nextBoolean() ? 0.0 : -0.0) : (r.nextDouble() - 0.5) * 1e3;
            };
        }
        return t;
    }

    private static void same(double want, double got, String what) {
        assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got), what + ": " + want + " vs " + got);
    }

    @Test
    void theBuildRunsTheVectorPath() {
        assertTrue(JavaBackend.VECTOR_EXTREMA, "tests run with --add-modules jdk.incubator.vector");
    }

    @Test
    void sameBitsAsThePlainLoops() {
        assumeTrue(VectorExtrema.AVAILABLE);
        SplittableRandom r = new SplittableRandom(2026_12_04L);
        for (int trial = 0; trial < 3000; trial++) {
            int n = trial < 200 ? trial : 1 + r.nextInt(700);
            double[] t = block(r, n, trial);
            int from = n == 0 ? 0 : r.nextInt(Math.min(n, 40));
            int to = from + (n == from ? 0 : r.nextInt(n - from + 1));
            double acc = trial % 2 == 0 ? Double.POSITIVE_INFINITY : (r.nextDouble() - 0.5);
            double mn = acc;
            double mx = -acc;
            double nmn = acc;
            double nmx = -acc;
            for (int i = from; i < to; i++) {
                mn = Math.min(mn, t[i]);
                mx = Math.max(mx, t[i]);
                if (t[i] == t[i]) {
                    nmn = Math.min(nmn, t[i]);
                    nmx = Math.max(nmx, t[i]);
                }
            }
            String what = "trial " + trial + " [" + from + ", " + to + ")";
            same(mn, VectorExtrema.min(t, from, to, acc), "min " + what);
            same(mx, VectorExtrema.max(t, from, to, -acc), "max " + what);
            same(nmn, VectorExtrema.nanmin(t, from, to, acc), "nanmin " + what);
            same(nmx, VectorExtrema.nanmax(t, from, to, -acc), "nanmax " + what);
            double[] z = t.clone();
            VectorBlockSum.zeroNaNs(z, n);
            for (int i = 0; i < n; i++) {
                same(t[i] == t[i] ? t[i] : -0.0, z[i], "zeroNaNs " + what + " at " + i);
            }
            double mean = trial % 13 == 0 ? Double.POSITIVE_INFINITY : r.nextDouble() - 0.5;
            double[] q = t.clone();
            VectorBlockSum.nanSquares(q, n, mean);
            for (int i = 0; i < n; i++) {
                double d = t[i] - mean;
                same(t[i] != t[i] ? -0.0 : d * d, q[i], "nanSquares " + what + " at " + i);
            }
        }
    }

    /** argmin/argmax by the definition: first NaN, else first index equal to the extremum. */
    private static long argExtremum(double[] x, boolean max) {
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) {
                return i;
            }
        }
        long best = -1;
        double b = 0;
        for (int i = 0; i < x.length; i++) {
            if (best < 0 || (max ? x[i] > b : x[i] < b)) {
                b = x[i];
                best = i;
            }
        }
        return best;
    }

    @Test
    void argExtremaAcrossBlocksOfTheJavaBackend() {
        SplittableRandom r = new SplittableRandom(11);
        JavaBackend j = JavaBackend.INSTANCE;
        for (int trial = 0; trial < 60; trial++) {
            int n = new int[] {0, 1, 5, 4095, 4096, 4097, 12_289, 40_000}[trial % 8];
            double[] x = new double[n];
            int kind = trial % 4;
            for (int i = 0; i < n; i++) {
                x[i] = switch (kind) {
                    case 0 -> r.nextDouble();
                    case 1 -> r.nextBoolean() ? 0.0 : -0.0;         // zeros of both signs only
                    case 2 -> (r.nextInt(3) - 1) * 1e308 * 10;       // -Inf, 0, +Inf
                    default -> i;                                  // increasing: every block improves
                };
            }
            if (n > 0 && trial % 3 == 0) {
                x[r.nextInt(n)] = Double.NaN;
            }
            // the same data read in place (heap double[]), as floats, and from a read-only view
            MemorySegment heap = MemorySegment.ofArray(x);
            MemorySegment ro = MemorySegment.ofArray(x.clone()).asReadOnly();
            String what = "trial " + trial + " n=" + n;
            if (n == 0) {
                assertEquals(-1, j.argmin(DType.F64, heap, 0), what);
                continue;
            }
            assertEquals(argExtremum(x, false), j.argmin(DType.F64, heap, n), "argmin " + what);
            assertEquals(argExtremum(x, true), j.argmax(DType.F64, heap, n), "argmax " + what);
            assertEquals(argExtremum(x, false), j.argmin(DType.F64, ro, n), "argmin read-only " + what);
            assertEquals(argExtremum(x, true), j.argmax(DType.F64, ro, n), "argmax read-only " + what);
            float[] f = new float[n];
            double[] widened = new double[n];
            for (int i = 0; i < n; i++) {
                f[i] = (float) x[i];
                widened[i] = f[i];
            }
            MemorySegment fs = MemorySegment.ofArray(f);
            assertEquals(argExtremum(widened, false), j.argmin(DType.F32, fs, n), "argmin f32 " + what);
            assertEquals(argExtremum(widened, true), j.argmax(DType.F32, fs, n), "argmax f32 " + what);
            double mn = Double.POSITIVE_INFINITY;
            boolean any = false;
            for (double v : x) {
                if (v == v) {
                    mn = Math.min(mn, v);
                    any = true;
                }
            }
            same(any ? mn : Double.NaN, j.nanmin(DType.F64, heap, n), "nanmin " + what);
        }
        double[] allNaN = new double[9000];
        java.util.Arrays.fill(allNaN, Double.NaN);
        same(Double.NaN, j.nanmin(DType.F64, MemorySegment.ofArray(allNaN), allNaN.length), "nanmin all NaN");
        same(Double.NaN, j.nanmax(DType.F64, MemorySegment.ofArray(allNaN), allNaN.length), "nanmax all NaN");
        allNaN[8500] = Double.POSITIVE_INFINITY;
        same(Double.POSITIVE_INFINITY, j.nanmin(DType.F64, MemorySegment.ofArray(allNaN), allNaN.length), "nanmin NaN and +Inf");
    }
}
