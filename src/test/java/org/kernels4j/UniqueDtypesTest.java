package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** unique of every dtype, heap and off-heap, synchronous and on a pool; NumPy's values are in GoldenTest. */
class UniqueDtypesTest {

    @Test
    void rulesForFloats() {
        float[] f = {2f, Float.NaN, -0.0f, 0.0f, 2f, Float.NaN, Float.NEGATIVE_INFINITY, 0.0f};
        float[] before = f.clone();
        Unique u = Kernels.unique(f);
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY, -0.0, 2.0, Double.NaN}, u.values(), 0.0);
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(u.values()[1]), "-0.0 reported");
        assertArrayEquals(new long[] {1, 3, 2, 2}, u.counts());
        assertArrayEquals(before, f);
        assertEquals(new Unique(new double[] {0.0}, new long[] {2}), Kernels.unique(new float[] {0f, 0f}));
        assertEquals("Unique[values=[NaN], counts=[2]]", Kernels.unique(new float[] {Float.NaN, Float.NaN}).toString());
        UniqueLongs i = Kernels.unique(new int[] {Integer.MAX_VALUE, -3, Integer.MIN_VALUE, -3});
        assertEquals(new UniqueLongs(new long[] {Integer.MIN_VALUE, -3, Integer.MAX_VALUE}, new long[] {1, 2, 1}), i);
        assertEquals(new UniqueLongs(new long[0], new long[0]), Kernels.unique(new int[0]));
    }

    @Test
    void offHeapAndPoolEqualTheHeapForms() throws Exception {
        SplittableRandom r = new SplittableRandom(2);
        for (int n : new int[] {0, 1, 1000, (1 << 20) + 4321}) {
            double[] d = new double[n];
            float[] f = new float[n];
            int[] i = new int[n];
            long[] l = new long[n];
            for (int k = 0; k < n; k++) {
                d[k] = switch (r.nextInt(50)) {
                    case 0 -> Double.NaN;
                    case 1 -> -0.0;
                    case 2 -> Double.POSITIVE_INFINITY;
                    default -> r.nextInt(5000) / 8.0;
                };
                f[k] = (float) d[k];
                i[k] = r.nextInt(3000) - 1500;
                l[k] = r.nextLong(-100_000, 100_000) * 1_000_003L;
            }
            Unique ud = Kernels.unique(d);
            Unique uf = Kernels.unique(f);
            UniqueLongs ui = Kernels.unique(i);
            UniqueLongs ul = Kernels.unique(l);
            try (Arena arena = Arena.ofShared(); ComputePool pool = ComputePool.create(2)) {
                DoubleArray od = DoubleArray.copyOf(arena, d);
                FloatArray of = FloatArray.copyOf(arena, f);
                IntArray oi = IntArray.copyOf(arena, i);
                LongArray ol = LongArray.copyOf(arena, l);
                assertEquals(ud, Kernels.unique(od));
                assertEquals(uf, Kernels.unique(of));
                assertEquals(ui, Kernels.unique(oi));
                assertEquals(ul, Kernels.unique(ol));
                assertEquals(ud, pool.unique(d).get());
                assertEquals(uf, pool.unique(f).get());
                assertEquals(ui, pool.unique(i).get());
                assertEquals(ul, pool.unique(l).get());
                assertEquals(ud, pool.unique(od).get());
                assertEquals(uf, pool.unique(of).get());
                assertEquals(ui, pool.unique(oi).get());
                assertEquals(ul, pool.unique(ol).get());
                assertArrayEquals(d, od.toArray(), 0.0);
            }
            long total = 0;
            for (long c : ud.counts()) {
                total += c;
            }
            assertEquals(n, total);
        }
    }

    @Test
    void badInput() {
        Arena arena = Arena.ofShared();
        DoubleArray x = DoubleArray.copyOf(arena, new double[] {1, 2});
        arena.close();
        assertThrows(IllegalStateException.class, () -> Kernels.unique(x));
        assertThrows(NullPointerException.class, () -> Kernels.unique((float[]) null));
        try (ComputePool pool = ComputePool.create(1); Arena confined = Arena.ofConfined()) {
            IntArray c = IntArray.copyOf(confined, new int[] {3, 1});
            assertThrows(IllegalArgumentException.class, () -> pool.unique(c));
            assertThrows(IllegalStateException.class, () -> pool.unique(x));
            assertEquals(new UniqueLongs(new long[] {1, 3}, new long[] {1, 1}), Kernels.unique(c));
            assertArrayEquals(new int[] {3, 1}, c.toArray());
        }
    }
}
