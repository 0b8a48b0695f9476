package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mask family through the public facade: the mask type, comparisons, where, the
 * predicates, nan_to_num and the truth reductions, synchronous and on a pool; bad input gives
 * a clear exception and leaves the caller's data untouched; overlapping outputs read as if
 * every input was read first.
 */
class MaskTest {
    static ComputePool pool;

    @BeforeAll
    static void start() {
        pool = ComputePool.create(2);
    }

    @AfterAll
    static void stop() {
        pool.shutdown(true, true);
    }

    static final double NAN = Double.NaN;
    static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void boolArrayBasics() {
        BoolArray m = BoolArray.of(true, false, true);
        assertEquals(3, m.length());
        assertTrue(m.get(0));
        assertFalse(m.get(1));
        m.set(1, true);
        assertArrayEquals(new boolean[] {true, true, true}, m.toArray());
        assertEquals("BoolArray[length=3, heap]", m.toString());
        assertTrue(m.contentEquals(BoolArray.wrap(new byte[] {1, 7, -1})), "any non-zero byte is true");
        assertFalse(m.contentEquals(BoolArray.of(true, true)));
        assertNotSame(m, BoolArray.of(true, true, true));
        assertFalse(m.equals(BoolArray.of(true, true, true)), "identity equality, as the numeric arrays");
        assertThrows(IndexOutOfBoundsException.class, () -> m.get(3));
        assertThrows(IndexOutOfBoundsException.class, () -> m.set(-1, true));
        assertThrows(IllegalArgumentException.class, () -> BoolArray.zeros(-1));
        assertEquals(2, m.slice(1, 2).length());
        try (Arena arena = Arena.ofConfined()) {
            BoolArray n = BoolArray.copyOf(arena, new boolean[] {false, true});
            assertTrue(n.isNative());
            assertEquals("BoolArray[length=2, native]", n.toString());
            assertArrayEquals(new boolean[] {false, true}, n.toArray());
            BoolArray z = BoolArray.allocate(arena, 5);
            assertEquals(0, Kernels.countNonzero(z));
        }
    }

    @Test
    void comparisonsFollowNumpy() {
        double[] a = {NAN, 1.0, -0.0, INF, 2.0};
        double[] b = {NAN, 2.0, 0.0, INF, NAN};
        assertArrayEquals(new boolean[] {false, true, false, false, false}, Kernels.less(a, b).toArray());
        assertArrayEquals(new boolean[] {false, true, true, true, false}, Kernels.lessEqual(a, b).toArray());
        assertArrayEquals(new boolean[] {false, false, true, true, false}, Kernels.equal(a, b).toArray());
        assertArrayEquals(new boolean[] {true, true, false, false, true}, Kernels.notEqual(a, b).toArray());
        assertArrayEquals(new boolean[] {false, false, false, false, false}, Kernels.greater(a, b).toArray());
        assertArrayEquals(new boolean[] {false, false, true, true, false}, Kernels.greaterEqual(a, b).toArray());
        assertArrayEquals(new boolean[] {true, true, true, true, true}, Kernels.notEqual(a, NAN).toArray());
        assertArrayEquals(new boolean[] {false, false, true, false, false}, Kernels.equal(a, 0.0).toArray());
        assertEquals(0, Kernels.less(new double[0], new double[0]).length());
    }

    @Test
    void integerScalarsCompareExactly() {
        long[] x = {Long.MIN_VALUE, -3, 2, 3, Long.MAX_VALUE};
        assertArrayEquals(new boolean[] {true, true, true, false, false}, Kernels.less(LongArray.wrap(x), 2.5).toArray());
        assertArrayEquals(new boolean[] {false, false, false, true, true}, Kernels.greater(LongArray.wrap(x), 2.5).toArray());
        assertArrayEquals(new boolean[] {false, false, false, false, false}, Kernels.equal(LongArray.wrap(x), 2.5).toArray());
        assertArrayEquals(new boolean[] {false, false, false, true, false}, Kernels.equal(LongArray.wrap(x), 3.0).toArray());
        assertArrayEquals(new boolean[] {true, true, true, true, true}, Kernels.less(LongArray.wrap(x), 1e300).toArray());
        assertArrayEquals(new boolean[] {false, false, false, false, false}, Kernels.less(LongArray.wrap(x), NAN).toArray());
        assertArrayEquals(new boolean[] {true, true, true, true, true}, Kernels.notEqual(LongArray.wrap(x), NAN).toArray());
        // 2^63 is above every int64; NumPy (through float64) would call Long.MAX_VALUE equal to it
        assertArrayEquals(new boolean[] {false, false, false, false, false},
                Kernels.equal(LongArray.wrap(x), 0x1p63).toArray());
        int[] xi = {Integer.MIN_VALUE, 0, Integer.MAX_VALUE};
        assertArrayEquals(new boolean[] {true, true, false}, Kernels.less(xi, Integer.MAX_VALUE).toArray());
        assertArrayEquals(new boolean[] {true, true, true}, Kernels.less(IntArray.wrap(xi), 3e9).toArray());
        assertArrayEquals(new boolean[] {false, false, false}, Kernels.lessEqual(IntArray.wrap(xi), -3e9).toArray());
        assertArrayEquals(new boolean[] {false, true, false}, Kernels.equal(new long[] {1, 0, -1}, 0L).toArray());
    }

    @Test
    void float32RoundsTheScalar() {
        float[] x = {0.1f, 3e38f};
        assertArrayEquals(new boolean[] {true, false}, Kernels.equal(FloatArray.wrap(x), 0.1).toArray());
        assertArrayEquals(new boolean[] {true, true}, Kernels.less(FloatArray.wrap(x), 1e300).toArray(),
                "1e300 rounds to +Inf in float32");
    }

    @Test
    void whereAndScalars() {
        BoolArray m = BoolArray.of(true, false, true, false);
        double[] a = {1, 2, 3, -0.0};
        double[] b = {-1, -2, NAN, 0.0};
        assertArrayEquals(new double[] {1, -2, 3, 0.0}, Kernels.where(m, a, b));
        assertArrayEquals(new double[] {1, 9, 3, 9}, Kernels.where(m, a, 9.0));
        assertArrayEquals(new double[] {9, -2, 9, 0.0}, Kernels.where(m, 9.0, b));
        double[] out = new double[4];
        Kernels.where(m, 1.0, 0.0, out);
        assertArrayEquals(new double[] {1, 0, 1, 0}, out);
        long[] la = {1, 2, 3, 4};
        assertArrayEquals(new long[] {1, Long.MIN_VALUE, 3, Long.MIN_VALUE}, Kernels.where(m, la, Long.MIN_VALUE));
        int[] ia = {1, 2, 3, 4};
        assertArrayEquals(new int[] {7, 2, 7, 4}, Kernels.where(m, 7, ia));
        NumericArray r = Kernels.where(m, FloatArray.wrap(new float[] {1, 2, 3, 4}), 0.5);
        assertInstanceOf(FloatArray.class, r);
        assertArrayEquals(new float[] {1, 0.5f, 3, 0.5f}, ((FloatArray) r).toArray());
        assertThrows(IllegalArgumentException.class, () -> Kernels.where(m, IntArray.wrap(ia), 0.5),
                "0.5 is not an int32");
        // in place
        Kernels.where(m, a, b, b);
        assertArrayEquals(new double[] {1, -2, 3, 0.0}, b);
        try (Arena arena = Arena.ofConfined()) {
            NumericArray w = Kernels.where(m, DoubleArray.wrap(a), DoubleArray.wrap(a), arena);
            assertTrue(w.isNative());
            assertArrayEquals(a, ((DoubleArray) w).toArray());
        }
    }

    @Test
    void predicatesAndNanToNum() {
        double[] x = {NAN, INF, -INF, -0.0, 1.0};
        assertArrayEquals(new boolean[] {true, false, false, false, false}, Kernels.isnan(x).toArray());
        assertArrayEquals(new boolean[] {false, true, true, false, false}, Kernels.isinf(x).toArray());
        assertArrayEquals(new boolean[] {false, false, false, true, true}, Kernels.isfinite(x).toArray());
        assertArrayEquals(new double[] {0.0, Double.MAX_VALUE, -Double.MAX_VALUE, -0.0, 1.0}, Kernels.nanToNum(x));
        float[] f = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        assertArrayEquals(new float[] {0f, Float.MAX_VALUE, -Float.MAX_VALUE}, Kernels.nanToNum(f));
        double[] y = x.clone();
        Kernels.nanToNum(y, -1, 5, -5, y);
        assertArrayEquals(new double[] {-1, 5, -5, -0.0, 1.0}, y);
        assertArrayEquals(new boolean[] {true, true}, Kernels.isfinite(new long[] {1, 2}).toArray());
        assertArrayEquals(new boolean[] {false, false}, Kernels.isnan(new int[] {1, 2}).toArray());
        assertThrows(IllegalArgumentException.class, () -> Kernels.nanToNum(LongArray.wrap(new long[2])));
    }

    @Test
    void truthReductions() {
        assertEquals(3, Kernels.countNonzero(new double[] {NAN, -0.0, 0.0, 1, -INF}));
        assertTrue(Kernels.any(new double[] {0.0, NAN}));
        assertFalse(Kernels.any(new double[] {0.0, -0.0}));
        assertTrue(Kernels.all(new double[] {NAN, 1}));
        assertFalse(Kernels.all(new float[] {1, -0.0f}));
        assertFalse(Kernels.any(new double[0]));
        assertTrue(Kernels.all(new double[0]));
        assertEquals(0, Kernels.countNonzero(new long[0]));
        assertEquals(2, Kernels.countNonzero(BoolArray.wrap(new byte[] {0, 2, 0, -1})));
        assertTrue(Kernels.all(BoolArray.of()));
        assertFalse(Kernels.any(BoolArray.of()));
    }

    @Test
    void badInputIsRefusedAndDataUntouched() {
        double[] a = {1, 2, 3};
        double[] b = {1, 2};
        BoolArray out = BoolArray.of(true, true, true);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Kernels.less(a, b, out));
        assertTrue(e.getMessage().contains("lengths"), e.getMessage());
        assertArrayEquals(new boolean[] {true, true, true}, out.toArray(), "out untouched");
        assertThrows(IllegalArgumentException.class, () -> Kernels.less(DoubleArray.wrap(a), FloatArray.wrap(new float[3])));
        assertThrows(IllegalArgumentException.class, () -> Kernels.less(a, a, BoolArray.of(true)), "out too short");
        assertThrows(IllegalArgumentException.class,
                () -> Kernels.less(a, a, BoolArray.wrap(MemorySegment.ofArray(new byte[3]).asReadOnly())), "read-only");
        assertThrows(NullPointerException.class, () -> Kernels.less(a, (double[]) null));
        assertThrows(NullPointerException.class, () -> Kernels.less(a, a, (BoolArray) null));
        BoolArray shortMask = BoolArray.of(true, false);
        double[] w = {7, 7, 7};
        e = assertThrows(IllegalArgumentException.class, () -> Kernels.where(shortMask, a, a, w));
        assertTrue(e.getMessage().contains("mask"), e.getMessage());
        assertArrayEquals(new double[] {7, 7, 7}, w, "out untouched");
        assertThrows(IllegalArgumentException.class, () -> Kernels.where(BoolArray.of(true, true, true), DoubleArray.wrap(a), DoubleArray.wrap(a),
                FloatArray.wrap(new float[3])), "out of another type");
        Arena arena = Arena.ofConfined();
        DoubleArray x = DoubleArray.copyOf(arena, a);
        BoolArray m = BoolArray.allocate(arena, 3);
        arena.close();
        assertThrows(IllegalStateException.class, () -> Kernels.isnan(x));
        assertThrows(IllegalStateException.class, () -> Kernels.countNonzero(m));
        assertThrows(IllegalStateException.class, () -> Kernels.isnan(a, m));
        assertThrows(IllegalStateException.class, () -> Kernels.where(m, a, a, new double[3]));
    }

    @Test
    void overlappingOutputsReadInputsFirst() {
        // a mask written over the bytes of its own input: the input is copied first
        double[] v = {1.0, NAN, -INF, 0.0, 3.0, NAN, 2.0, -1.0};
        MemorySegment seg = MemorySegment.ofArray(v.clone());
        DoubleArray x = DoubleArray.wrap(seg);
        BoolArray m = BoolArray.wrap(seg.asSlice(0, v.length));
        Kernels.isnan(x, m);
        assertArrayEquals(new boolean[] {false, true, false, false, false, true, false, false}, m.toArray());
        MemorySegment seg2 = MemorySegment.ofArray(v.clone());
        Kernels.greater(DoubleArray.wrap(seg2), 0.5, BoolArray.wrap(seg2.asSlice(3, v.length)));
        assertArrayEquals(new boolean[] {true, false, false, false, true, false, true, false},
                BoolArray.wrap(seg2.asSlice(3, v.length)).toArray());
        // where: the output shifted by one element over a
        double[] buf = {1, 2, 3, 4, 5};
        DoubleArray a = DoubleArray.wrap(buf, 0, 4);
        DoubleArray out = DoubleArray.wrap(buf, 1, 4);
        Kernels.where(BoolArray.of(true, true, true, true), a, DoubleArray.wrap(new double[4]), out);
        assertArrayEquals(new double[] {1, 1, 2, 3, 4}, buf);
    }

    @Test
    void asyncFormsMatchTheSynchronousOnes() throws Exception {
        int n = 3_000_000;
        double[] x = new double[n];
        java.util.Random r = new java.util.Random(5);
        for (int i = 0; i < n; i++) {
            x[i] = r.nextInt(50) == 0 ? NAN : r.nextInt(3) - 1;
        }
        BoolArray want = Kernels.greater(x, 0.0);
        BoolArray got = BoolArray.zeros(n);
        pool.greater(x, 0.0, got).get(30, TimeUnit.SECONDS);
        assertTrue(want.contentEquals(got));
        pool.isnan(x, got).get(30, TimeUnit.SECONDS);
        assertTrue(Kernels.isnan(x).contentEquals(got));
        assertEquals(Kernels.countNonzero(x), pool.countNonzero(x).get(30, TimeUnit.SECONDS));
        assertEquals(Kernels.countNonzero(want), pool.countNonzero(want).get(30, TimeUnit.SECONDS));
        assertEquals(true, pool.any(want).get(30, TimeUnit.SECONDS));
        assertEquals(false, pool.all(want).get(30, TimeUnit.SECONDS));
        assertEquals(true, pool.all(x).get(30, TimeUnit.SECONDS) == Kernels.all(x));
        double[] w = new double[n];
        pool.where(want, x, new double[n], w).get(30, TimeUnit.SECONDS);
        assertArrayEquals(Kernels.where(want, x, new double[n]), w);
        double[] z = new double[n];
        pool.nanToNum(DoubleArray.wrap(x), DoubleArray.wrap(z)).get(30, TimeUnit.SECONDS);
        assertArrayEquals(Kernels.nanToNum(x), z);
        try (Arena confined = Arena.ofConfined()) {
            BoolArray cm = BoolArray.allocate(confined, n);
            assertThrows(IllegalArgumentException.class, () -> pool.greater(x, 0.0, cm));
        }
        assertEquals(false, pool.any(new double[0]).get());
        assertEquals(true, pool.all(BoolArray.of()).get());
    }
}
