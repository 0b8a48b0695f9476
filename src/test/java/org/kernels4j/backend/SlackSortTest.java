package org.kernels4j.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kernels4j.DoubleArray;
import org.kernels4j.FloatArray;
import org.kernels4j.IntArray;
import org.kernels4j.Kernels;
import org.kernels4j.LongArray;

/**
 * The one-slot sort from {@link NativePrograms#SLACK_MIN} elements up, which files the keys into
 * rooms sized from a sample instead of counting them first: against {@code Arrays.sort} on data
 * the sample describes well and on data it does not (one value, a few values, sorted runs, one
 * outlier bucket), heap and off-heap, into another array and in place, and with the rooms made
 * too small on purpose so that every sort takes the counting way after all. Run again on the
 * baseline path and, with first-level buckets at every size (novector), for 4-byte keys too.
 */
@Tag("isa")
@Tag("novector")
class SlackSortTest {
    private static final int N = (int) NativePrograms.SLACK_MIN + 4099;

    private static double[] data(String kind, SplittableRandom r) {
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = switch (kind) {
                case "uniform" -> r.nextDouble();
                case "normal" -> r.nextGaussian() * 1e3;
                case "one" -> 7.0;
                case "few" -> r.nextInt(5);
                case "sorted" -> i;
                case "outlier" -> i % 1000 == 0 ? 1e30 : r.nextDouble();
                case "special" -> switch (i % 11) {
                    case 0 -> Double.NaN;
                    case 1 -> -0.0;
                    case 2 -> 0.0;
                    case 3 -> Double.POSITIVE_INFINITY;
                    case 4 -> Double.NEGATIVE_INFINITY;
                    default -> r.nextGaussian();
                };
                default -> throw new IllegalArgumentException(kind);
            };
        }
        return x;
    }

    private static void sortAll(String kind) {
        SplittableRandom r = new SplittableRandom(kind.hashCode());
        double[] x = data(kind, r);
        double[] ed = x.clone();
        Arrays.sort(ed);
        float[] xf = new float[N];
        int[] xi = new int[N];
        long[] xl = new long[N];
        for (int i = 0; i < N; i++) {
            xf[i] = (float) x[i];
            xi[i] = Double.isNaN(x[i]) ? 3 : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, x[i] * 1e4));
            xl[i] = Double.isNaN(x[i]) ? -3 : (long) (x[i] * 1e12);
        }
        float[] ef = xf.clone();
        Arrays.sort(ef);
        int[] ei = xi.clone();
        Arrays.sort(ei);
        long[] el = xl.clone();
        Arrays.sort(el);

        // heap, into another array
        double[] od = new double[N];
        Kernels.sort(DoubleArray.wrap(x), DoubleArray.wrap(od));
        assertArrayEquals(ed, od, kind + " f64 heap");
        float[] of = new float[N];
        Kernels.sort(FloatArray.wrap(xf), FloatArray.wrap(of));
        assertArrayEquals(ef, of, kind + " f32 heap");
        int[] oi = new int[N];
        Kernels.sort(IntArray.wrap(xi), IntArray.wrap(oi));
        assertArrayEquals(ei, oi, kind + " i32 heap");
        long[] ol = new long[N];
        Kernels.sort(LongArray.wrap(xl), LongArray.wrap(ol));
        assertArrayEquals(el, ol, kind + " i64 heap");

        // off-heap, in place
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray d = DoubleArray.copyOf(arena, x);
            Kernels.sort(d);
            assertArrayEquals(ed, d.toArray(), kind + " f64 off-heap");
            FloatArray f = FloatArray.copyOf(arena, xf);
            Kernels.sort(f);
            assertArrayEquals(ef, f.toArray(), kind + " f32 off-heap");
            IntArray ia = IntArray.copyOf(arena, xi);
            Kernels.sort(ia);
            assertArrayEquals(ei, ia.toArray(), kind + " i32 off-heap");
            LongArray la = LongArray.copyOf(arena, xl);
            Kernels.sort(la);
            assertArrayEquals(el, la.toArray(), kind + " i64 off-heap");
        }
    }

    @Test
    void sortsMatchArraysSortWhateverTheSampleSaw() {
        assertTrue(N >= NativePrograms.SLACK_MIN);
        for (String kind : new String[] {"uniform", "normal", "one", "few", "sorted", "outlier", "special"}) {
            sortAll(kind);
        }
    }

    @Test
    void roomsTooSmallFallBackToCounting() {
        double before = NativePrograms.slackSigmas;
        try {
            // Rooms of the sample's share minus three standard deviations: most buckets outgrow
            // theirs, and every sort must count and scatter again.
            NativePrograms.slackSigmas = -3;
            for (String kind : new String[] {"uniform", "normal", "few"}) {
                sortAll(kind);
            }
            // No room at all: every key is dropped by the first scatter.
            NativePrograms.slackSigmas = -1e9;
            sortAll("uniform");
        } finally {
            NativePrograms.slackSigmas = before;
        }
    }
}
