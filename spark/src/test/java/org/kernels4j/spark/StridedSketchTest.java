package org.kernels4j.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;

import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.memory.Memory;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The strided sketch as the executors feed it (sorted chunks, several partitions) and the
 * driver merges it, against exact quantiles: the normalized rank of every answer lies within
 * the documented bound {@code ε + stride / (2 * chunkRows)}.
 */
class StridedSketchTest {
    private static final int K = 200;
    private static final double[] PS = {0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99, 0.999};

    @AfterEach
    void clearProperty() {
        System.clearProperty(StridedSketch.STRIDE_PROPERTY);
    }

    /** What the driver does with the partitions' sketches. */
    private record Merged(KllDoublesSketch strided, KllDoublesSketch rest) {
        double[] quantiles(int stride, double[] ps, double min, double max) {
            return StridedSketch.quantiles(strided, rest, stride, ps, min, max);
        }
    }

    /**
     * Splits values into partitions, each into chunks of chunkRows, sorts each chunk (NaN last,
     * as the scanner's sort) and feeds it; merges the serialised sketches as the driver does.
     */
    private static Merged sketch(double[] values, int partitions, int chunkRows, int stride) {
        KllDoublesSketch strided = KllDoublesSketch.newHeapInstance(K);
        KllDoublesSketch rest = KllDoublesSketch.newHeapInstance(K);
        int per = Math.max(1, (values.length + partitions - 1) / partitions);
        for (int from = 0; from < Math.max(1, values.length); from += per) {
            StridedSketch s = new StridedSketch(K, stride);
            int end = Math.min(values.length, from + per);
            for (int c = from; c < end; c += chunkRows) {
                int n = Math.min(chunkRows, end - c);
                double[] chunk = Arrays.copyOfRange(values, c, c + n);
                Arrays.sort(chunk);
                s.addSorted(chunk, n, n == chunkRows);
            }
            strided.merge(KllDoublesSketch.heapify(Memory.wrap(s.stridedBytes())));
            rest.merge(KllDoublesSketch.heapify(Memory.wrap(s.restBytes())));
        }
        return new Merged(strided, rest);
    }

    private static double[] finite(double[] x) {
        return Arrays.stream(x).filter(v -> !Double.isNaN(v)).sorted().toArray();
    }

    /** The normalized rank of v among the sorted values lies within eps of q. */
    private static void assertRankWithin(double[] sorted, double q, double v, double eps, String what) {
        int lo = 0;
        while (lo < sorted.length && sorted[lo] < v) {
            lo++;
        }
        int hi = lo;
        while (hi < sorted.length && sorted[hi] == v) {
            hi++;
        }
        assertTrue(hi > lo, what + ": " + v + " is not one of the values");
        double n = sorted.length;
        assertTrue(q >= lo / n - eps && q <= hi / n + eps,
                what + ": value " + v + " has rank [" + lo / n + ", " + hi / n + "], asked " + q + " +- " + eps);
    }

    private static void checkDistribution(String name, double[] values, int partitions, int chunkRows, int stride) {
        Merged m = sketch(values, partitions, chunkRows, stride);
        double[] sorted = finite(values);
        double[] q = m.quantiles(stride, PS, sorted[0], sorted[sorted.length - 1]);
        double bound = StridedSketch.rankError(K, stride, chunkRows);
        for (int i = 0; i < PS.length; i++) {
            assertRankWithin(sorted, PS[i], q[i], bound, name + " stride " + stride + " chunk " + chunkRows + " q" + PS[i]);
        }
    }

    @Test
    void rankErrorWithinTheBoundOnSeveralDistributions() {
        int n = 400_000;
        Random r = new Random(42);
        List<String> names = new ArrayList<>();
        List<double[]> data = new ArrayList<>();
        names.add("uniform");
        data.add(r.doubles(n).toArray());
        names.add("normal");
        data.add(r.doubles(n).map(x -> r.nextGaussian()).toArray());
        names.add("lognormal");
        data.add(r.doubles(n).map(x -> Math.exp(r.nextGaussian() * 2)).toArray());
        names.add("duplicates (7 values)");
        data.add(r.ints(n, 0, 7).asDoubleStream().toArray());
        names.add("one value");
        data.add(new double[n]);
        names.add("sorted ascending");
        data.add(java.util.stream.IntStream.range(0, n).asDoubleStream().toArray());
        names.add("two clusters, one rare");
        data.add(r.doubles(n).map(x -> x < 0.03 ? 1e9 + x : x).toArray());
        for (int i = 0; i < names.size(); i++) {
            for (int stride : new int[] {1, 16, 256}) {
                checkDistribution(names.get(i), data.get(i), 3, 4096, stride);
            }
            checkDistribution(names.get(i), data.get(i), 2, 1 << 16, 16);
        }
    }

    @Test
    void nanIsLeftOut() {
        Random r = new Random(7);
        double[] x = r.doubles(300_000).map(v -> v < 0.2 ? Double.NaN : v).toArray();
        checkDistribution("uniform with 20% NaN", x, 4, 4096, 16);
        Merged m = sketch(new double[] {Double.NaN, Double.NaN}, 1, 4096, 16);
        assertTrue(m.strided().isEmpty() && m.rest().isEmpty());
    }

    @Test
    void tinyInputs() {
        IntFunction<double[]> ramp = n -> java.util.stream.IntStream.range(0, n).mapToDouble(i -> 3.0 * i - 1).toArray();
        for (int n : new int[] {1, 2, 3, 15, 16, 17, 33}) {
            for (int stride : new int[] {1, 16}) {
                // Chunks of 16: full chunks are strided even at these sizes.
                checkDistribution("ramp of " + n, ramp.apply(n), 2, 16, stride);
            }
        }
        Merged empty = sketch(new double[0], 1, 16, 16);
        double[] q = empty.quantiles(16, new double[] {0.5}, Double.NaN, Double.NaN);
        assertTrue(Double.isNaN(q[0]));
        Merged one = sketch(new double[] {4.5}, 1, 16, 16);
        assertArrayEquals(new double[] {4.5, 4.5, 4.5}, one.quantiles(16, new double[] {0, 0.5, 1}, 4.5, 4.5));
    }

    @Test
    void extremeFractionsAreTheColumnsMinAndMax() {
        double[] x = new Random(3).doubles(100_000).toArray();
        Merged m = sketch(x, 2, 4096, 64);
        double[] s = finite(x);
        double[] q = m.quantiles(64, new double[] {0.0, 1.0}, s[0], s[s.length - 1]);
        assertEquals(s[0], q[0]);
        assertEquals(s[s.length - 1], q[1]);
    }

    /**
     * Full chunks of small values are strided (one item per 16 values), a partial chunk of large
     * values is not: with each strided item weighing 16 the median is a small value; weighing 1,
     * the 40,000 large values would outnumber the 16,384 strided items and the median would be
     * a large one.
     */
    @Test
    void stridedItemsCarryTheirWeight() {
        int chunk = 1 << 16;
        Random r = new Random(11);
        double[] x = new double[4 * chunk + 40_000];
        for (int i = 0; i < 4 * chunk; i++) {
            x[i] = r.nextDouble();
        }
        for (int i = 4 * chunk; i < x.length; i++) {
            x[i] = 10 + r.nextDouble();
        }
        Merged m = sketch(x, 1, chunk, 16);
        assertEquals(4 * chunk / 16, m.strided().getN());
        assertEquals(40_000, m.rest().getN());
        double[] s = finite(x);
        double[] q = m.quantiles(16, new double[] {0.5, 0.8, 0.9}, s[0], s[s.length - 1]);
        assertTrue(q[0] < 1 && q[1] < 1, Arrays.toString(q));
        assertTrue(q[2] > 10, Arrays.toString(q));
        double bound = StridedSketch.rankError(K, 16, chunk);
        assertRankWithin(s, 0.5, q[0], bound, "median");
        assertRankWithin(s, 0.8, q[1], bound, "q0.8");
        assertRankWithin(s, 0.9, q[2], bound, "q0.9");
    }

    /** At stride 1 the answers are the KLL sketch's own (DataSketches' INCLUSIVE rule). */
    @Test
    void strideOneAnswersAsTheSketch() {
        double[] x = new Random(5).doubles(250_000).map(v -> Math.floor(v * 5000)).toArray();
        Merged m = sketch(x, 3, 4096, 1);
        assertTrue(m.rest().isEmpty());
        double[] ps = {0.001, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999};
        double[] s = finite(x);
        assertArrayEquals(m.strided().getQuantiles(ps, QuantileSearchCriteria.INCLUSIVE),
                m.quantiles(1, ps, s[0], s[s.length - 1]));
    }

    @Test
    void strideIsAPowerOfTwoUpTo65536() {
        for (int bad : new int[] {0, -1, 3, 24, 65537, 1 << 17, Integer.MIN_VALUE}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StridedSketch.checkStride(bad));
            assertTrue(e.getMessage().contains(StridedSketch.STRIDE_PROPERTY), e.getMessage());
        }
        for (int good : new int[] {1, 2, 16, 1024, 65536}) {
            assertEquals(good, StridedSketch.checkStride(good));
        }
        assertEquals(StridedSketch.DEFAULT_STRIDE, StridedSketch.strideFromProperty());
        System.setProperty(StridedSketch.STRIDE_PROPERTY, " 64 ");
        assertEquals(64, StridedSketch.strideFromProperty());
        for (String bad : new String[] {"sixteen", "12", "0", "1e3", "131072"}) {
            System.setProperty(StridedSketch.STRIDE_PROPERTY, bad);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, StridedSketch::strideFromProperty);
            assertTrue(e.getMessage().contains(StridedSketch.STRIDE_PROPERTY), e.getMessage());
        }
    }

    @Test
    void boundAndLabel() {
        double eps = StridedSketch.rankError(K, 1, 1 << 16);
        assertEquals(eps + 1.0 / 8192, StridedSketch.rankError(K, 16, 1 << 16), 1e-15);
        assertTrue(StridedSketch.label(K, 16, 1 << 16).contains("every 16th"), StridedSketch.label(K, 16, 1 << 16));
        assertTrue(!StridedSketch.label(K, 1, 1 << 16).contains("every"));
    }
}
