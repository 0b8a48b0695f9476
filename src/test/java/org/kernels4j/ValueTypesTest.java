package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Value equality, hash codes and printed form of the result records. */
class ValueTypesTest {

    private static final double NAN = Double.NaN;
    /** A NaN with another payload than Double.NaN. */
    private static final double OTHER_NAN = Double.longBitsToDouble(0x7ff8_0000_0000_0001L);

    @Test
    void histogramEqualityIsByValue() {
        Histogram a = new Histogram(new long[] {2, 0, 1}, new double[] {0, 1, 2, 3});
        Histogram b = new Histogram(new long[] {2, 0, 1}, new double[] {0, 1, 2, 3});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new Histogram(new long[] {2, 1, 1}, new double[] {0, 1, 2, 3}));
        assertNotEquals(a, new Histogram(new long[] {2, 0, 1}, new double[] {0, 1, 2, 3.5}));
        assertNotEquals(a, new Histogram(new long[] {2, 0}, new double[] {0, 1, 2}));
        assertNotEquals(a, null);
        assertNotEquals(a, (Object) new Unique(new double[] {0, 1, 2}, new long[] {2, 0, 1}));
        // NaN equals NaN (any payload), -0.0 is not +0.0: Double.equals semantics
        Histogram n1 = new Histogram(new long[] {1}, new double[] {NAN, 1});
        Histogram n2 = new Histogram(new long[] {1}, new double[] {OTHER_NAN, 1});
        assertEquals(n1, n2);
        assertEquals(n1.hashCode(), n2.hashCode());
        assertNotEquals(new Histogram(new long[] {1}, new double[] {-0.0, 1}),
                new Histogram(new long[] {1}, new double[] {0.0, 1}));
        // the same call twice gives equal, separate results
        double[] x = {0.5, 0.25, 3, 7, NAN, 2};
        Histogram h1 = Kernels.histogram(x, 4, 0, 8);
        Histogram h2 = Kernels.histogram(x, 4, 0, 8);
        assertEquals(h1, h2);
        assertEquals(h1.hashCode(), h2.hashCode());
        assertFalse(h1.counts() == h2.counts());
    }

    @Test
    void uniqueEqualityIsByValue() {
        Unique a = Kernels.unique(new double[] {3, NAN, -0.0, 0.0, 3, NAN});
        Unique b = new Unique(new double[] {-0.0, 3, OTHER_NAN}, new long[] {2, 2, 2});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new Unique(new double[] {0.0, 3, NAN}, new long[] {2, 2, 2}));
        assertNotEquals(a, new Unique(new double[] {-0.0, 3, NAN}, new long[] {2, 2, 1}));
        assertNotEquals(a, new Unique(new double[] {-0.0, 3}, new long[] {2, 2}));

        UniqueLongs l = Kernels.unique(new long[] {7, -3, 7, 7, 7});
        assertEquals(new UniqueLongs(new long[] {-3, 7}, new long[] {1, 4}), l);
        assertEquals(new UniqueLongs(new long[] {-3, 7}, new long[] {1, 4}).hashCode(), l.hashCode());
        assertNotEquals(new UniqueLongs(new long[] {-3, 8}, new long[] {1, 4}), l);
        assertNotEquals(new UniqueLongs(new long[] {-3, 7}, new long[] {4, 1}), l);
    }

    @Test
    void descriptionEqualityIsByValue() {
        double[] x = {1.5, NAN, 2.5, -1, 4, 4, 0.25};
        Description a = Kernels.describe(x);
        Description b = Kernels.describe(x.clone());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, Kernels.describe(new double[] {1.5, NAN, 2.5, -1, 4, 4, 0.5}));
        assertNotEquals(a, Kernels.describe(DoubleArray.wrap(x), 0.25, 0.5));
        assertNotEquals(a, Kernels.describe(DoubleArray.wrap(x), 0.25, 0.5, 0.8));
        // all-NaN data: every statistic but count is NaN, and two such descriptions are equal
        Description n1 = Kernels.describe(new double[] {NAN, NAN});
        Description n2 = new Description(0, OTHER_NAN, NAN, NAN, new double[] {0.25, 0.5, 0.75},
                new double[] {NAN, OTHER_NAN, NAN}, NAN);
        assertEquals(n1, n2);
        assertEquals(n1.hashCode(), n2.hashCode());
        assertEquals(n1, Kernels.describe(new double[] {NAN}));
        // each field takes part
        Description base = new Description(3, 1, 2, 0, new double[] {0.5}, new double[] {1}, 4);
        assertEquals(base, new Description(3, 1, 2, 0, new double[] {0.5}, new double[] {1}, 4));
        assertNotEquals(base, new Description(4, 1, 2, 0, new double[] {0.5}, new double[] {1}, 4));
        assertNotEquals(base, new Description(3, 1.5, 2, 0, new double[] {0.5}, new double[] {1}, 4));
        assertNotEquals(base, new Description(3, 1, 2.5, 0, new double[] {0.5}, new double[] {1}, 4));
        assertNotEquals(base, new Description(3, 1, 2, -0.0, new double[] {0.5}, new double[] {1}, 4));
        assertNotEquals(base, new Description(3, 1, 2, 0, new double[] {0.6}, new double[] {1}, 4));
        assertNotEquals(base, new Description(3, 1, 2, 0, new double[] {0.5}, new double[] {1.5}, 4));
        assertNotEquals(base, new Description(3, 1, 2, 0, new double[] {0.5}, new double[] {1}, 5));
    }

    @Test
    void toStringShowsTheValues() {
        assertEquals("Histogram[counts=[2, 0, 1], edges=[0.0, 1.0, 2.5, 3.0]]",
                new Histogram(new long[] {2, 0, 1}, new double[] {0, 1, 2.5, 3}).toString());
        assertEquals("Unique[values=[-0.0, 0.1, Infinity, NaN], counts=[2, 1, 1, 3]]",
                new Unique(new double[] {-0.0, 0.1, Double.POSITIVE_INFINITY, NAN}, new long[] {2, 1, 1, 3}).toString());
        assertEquals("UniqueLongs[values=[-3, 7], counts=[1, 4]]",
                new UniqueLongs(new long[] {-3, 7}, new long[] {1, 4}).toString());
        assertEquals("Unique[values=[], counts=[]]", new Unique(new double[0], new long[0]).toString());
        String d = new Description(4, 2.5, 1.2909944487358056, 1, new double[] {0.25, 0.5, 0.75},
                new double[] {1.75, 2.5, 3.25}, 4).toString();
        assertTrue(d.contains("count 4"), d);
        assertTrue(d.contains("mean  2.50000"), d);
        assertTrue(d.contains("std   1.29099"), d);
        assertTrue(d.contains("25%   1.75000"), d);
        assertTrue(d.contains("50%   2.50000"), d);
        assertTrue(d.contains("75%   3.25000"), d);
        assertTrue(d.contains("max   4.00000"), d);
    }

    @Test
    void longArraysAreSummarisedAsNumPyPrintsThem() {
        // 1000 elements: printed in full (NumPy summarises only above its threshold of 1000)
        long[] full = LongStream.range(0, 1000).toArray();
        String s = new UniqueLongs(full, full).toString();
        assertFalse(s.contains("..."), s);
        assertEquals(Arrays.toString(full), s.substring("UniqueLongs[values=".length(), s.indexOf(", counts=")));
        // 1001 elements: first three, "...", last three
        long[] counts = LongStream.range(0, 1001).toArray();
        double[] edges = new double[1002];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = i * 0.5;
        }
        assertEquals("Histogram[counts=[0, 1, 2, ..., 998, 999, 1000], edges=[0.0, 0.5, 1.0, ..., 499.5, 500.0, 500.5]]",
                new Histogram(counts, edges).toString());
        double[] v = new double[5000];
        Arrays.fill(v, NAN);
        v[0] = -0.0;
        assertEquals("Unique[values=[-0.0, NaN, NaN, ..., NaN, NaN, NaN], counts=[]]",
                new Unique(v, new long[0]).toString());
    }
}
