package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kernels4j.GemmSupport.*;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kernels4j.backend.Backend;
import org.kernels4j.planner.LinearAlgebra;

/**
 * Behaviour of gemm, gemv, matmul and the matrix views: argument checking (shapes, aliasing,
 * read-only output, closed arenas) before any memory is touched, the BLAS special cases on
 * every backend, and the call shapes of the native backend that small random tests do not
 * reach (heap matrices staged off-heap, long off-heap calls, heap gemv in tiles).
 */
class GemmTest {

    // ---- the special cases of the BLAS contract, every backend ----------------------------

    @Test
    void betaZeroDoesNotReadC() {
        for (Backend be : backends()) {
            DoubleMatrix a = DoubleMatrix.of(new double[] {1, 2}, new double[] {3, 4});
            DoubleMatrix b = DoubleMatrix.of(new double[] {1, 0}, new double[] {0, 1});
            DoubleMatrix c = DoubleMatrix.of(new double[] {Double.NaN, Double.NaN}, new double[] {Double.NaN, Double.NaN});
            LinearAlgebra.gemm(be, false, false, 1.0, a, b, 0.0, c);
            assertArrayEquals(new double[] {1, 2, 3, 4}, c.toArray(), be.isa());
        }
    }

    @Test
    void alphaZeroDoesNotReadAOrB() {
        for (Backend be : backends()) {
            FloatMatrix a = FloatMatrix.of(new float[] {Float.NaN, 1}, new float[] {1, Float.POSITIVE_INFINITY});
            FloatMatrix c = FloatMatrix.of(new float[] {2, 4}, new float[] {6, Float.NaN});
            LinearAlgebra.gemm(be, false, false, 0.0, a, a, 0.5, c);
            float[] got = c.toArray();
            assertEquals(1f, got[0]);
            assertEquals(3f, got[2]);
            assertTrue(Float.isNaN(got[3]), "beta * NaN stays NaN");
            LinearAlgebra.gemm(be, false, false, 0.0, a, a, 0.0, c);
            assertArrayEquals(new float[] {0, 0, 0, 0}, c.toArray(), "alpha == beta == 0 zero-fills C");
        }
    }

    @Test
    void emptyInnerDimensionScalesC() {
        for (Backend be : backends()) {
            DoubleMatrix a = DoubleMatrix.zeros(2, 0);
            DoubleMatrix b = DoubleMatrix.zeros(0, 3);
            DoubleMatrix c = DoubleMatrix.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});
            LinearAlgebra.gemm(be, false, false, 1.0, a, b, 2.0, c);
            assertArrayEquals(new double[] {2, 4, 6, 8, 10, 12}, c.toArray(), be.isa());
            LinearAlgebra.gemm(be, false, false, 1.0, a, b, 1.0, c);
            assertArrayEquals(new double[] {2, 4, 6, 8, 10, 12}, c.toArray(), be.isa());
            LinearAlgebra.gemm(be, false, false, 1.0, a, b, 0.0, c);
            assertArrayEquals(new double[6], c.toArray(), be.isa());
            // Empty C: nothing to do, nothing touched.
            LinearAlgebra.gemm(be, false, false, 1.0, DoubleMatrix.zeros(0, 4), DoubleMatrix.zeros(4, 3), 0.0,
                    DoubleMatrix.zeros(0, 3));
        }
    }

    @Test
    void transposesSmallExact() {
        // A = [[1,2,3],[4,5,6]] (2x3); A A^T = [[14,32],[32,77]]; A^T A is 3x3.
        for (Backend be : backends()) {
            DoubleMatrix a = DoubleMatrix.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});
            DoubleMatrix g = DoubleMatrix.zeros(2, 2);
            LinearAlgebra.gemm(be, false, true, 1.0, a, a, 0.0, g);
            assertArrayEquals(new double[] {14, 32, 32, 77}, g.toArray(), be.isa());
            DoubleMatrix h = DoubleMatrix.zeros(3, 3);
            LinearAlgebra.gemm(be, true, false, 1.0, a, a, 0.0, h);
            assertArrayEquals(new double[] {17, 22, 27, 22, 29, 36, 27, 36, 45}, h.toArray(), be.isa());
            DoubleMatrix i = DoubleMatrix.zeros(3, 2);
            LinearAlgebra.gemm(be, true, true, 2.0, a, DoubleMatrix.of(new double[] {1, 0}, new double[] {0, 1}), 0.0, i);
            assertArrayEquals(new double[] {2, 8, 4, 10, 6, 12}, i.toArray(), be.isa());
        }
    }

    // ---- larger products: the native call shapes --------------------------------------------

    /** Several cache blocks in every dimension, heap and off-heap, views with padding, every path. */
    @Test
    void largeProductsOnEveryCallShape() {
        Random r = new Random(7);
        int[][] shapes = {{301, 263, 149}, {1201, 40, 300}, {37, 530, 700}};
        for (Backend be : backends()) {
            if (be.name().equals("java")) {
                continue; // covered by the random tests; too slow here for nothing new
            }
            for (int[] s : shapes) {
                for (DType t : DType.values()) {
                    for (int mem = 0; mem < 3; mem++) {
                        boolean ta = r.nextBoolean();
                        boolean tb = r.nextBoolean();
                        double beta = mem == 1 ? 0.0 : 0.5;
                        try (Arena arena = Arena.ofConfined()) {
                            // mem 0: all heap (staged); 1: all off-heap (one ordinary call); 2: mixed.
                            boolean ha = mem == 1 || (mem == 2 && r.nextBoolean());
                            Placed a = place(t, ta ? s[2] : s[0], ta ? s[0] : s[2], 1, 2, 3, ha, arena, r, false);
                            Placed b = place(t, tb ? s[1] : s[2], tb ? s[2] : s[1], 2, 0, 1, mem != 0, arena, r, false);
                            Placed c = place(t, s[0], s[1], 1, 1, 2, mem == 1, arena, r, beta == 0);
                            double[][] c0 = toRows(c.view());
                            double[] cBefore = c.snapshot();
                            LinearAlgebra.gemm(be, ta, tb, 1.25, a.view(), b.view(), beta, c.view());
                            checkGemm(be.isa() + " " + t + " " + java.util.Arrays.toString(s) + " mem " + mem + " ta "
                                    + ta + " tb " + tb, ta, tb, 1.25, a.view(), b.view(), beta, c0, c, cBefore);
                        }
                    }
                }
            }
        }
    }

    /** Heap gemv large enough to be split into critical tiles, including rows wider than a tile. */
    @Test
    void heapGemvInTiles() {
        Random r = new Random(11);
        int[][] shapes = {{400, 300}, {1, 70_001}, {70_001, 1}, {3, 150_000}};
        for (Backend be : backends()) {
            for (int[] s : shapes) {
                for (boolean ta : new boolean[] {false, true}) {
                    for (DType t : DType.values()) {
                        try (Arena arena = Arena.ofConfined()) {
                            Placed a = place(t, s[0], s[1], 0, 1, 2, false, arena, r, false);
                            long xl = ta ? s[0] : s[1];
                            long yl = ta ? s[1] : s[0];
                            Placed x = place(t, xl, 1, 0, 0, 0, false, arena, r, false);
                            Placed y = place(t, yl, 1, 0, 0, 0, false, arena, r, false);
                            double[][] y0 = toRows(y.view());
                            LinearAlgebra.gemv(be, ta, -0.75, a.view(), GemmPropertiesTest.vector(x.view()), 0.25,
                                    GemmPropertiesTest.vector(y.view()));
                            checkGemm("gemv " + be.isa() + " " + t + " " + s[0] + "x" + s[1] + " ta " + ta, ta, false,
                                    -0.75, a.view(), x.view(), 0.25, y0, y, y.snapshot());
                        }
                    }
                }
            }
        }
    }

    // ---- argument checking --------------------------------------------------------------------

    @Test
    void shapeMismatchIsRejectedBeforeAnyWrite() {
        DoubleMatrix a = DoubleMatrix.zeros(2, 3);
        DoubleMatrix b = DoubleMatrix.zeros(4, 2);
        DoubleMatrix c = DoubleMatrix.of(new double[] {9, 9}, new double[] {9, 9});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Kernels.gemm(false, false, 1.0, a, b, 0.0, c));
        assertTrue(e.getMessage().contains("inner dimensions"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Kernels.gemm(false, false, 1.0, a, DoubleMatrix.zeros(3, 3), 0.0, c));
        assertTrue(e.getMessage().contains("C is 2x2 but op(A) op(B) is 2x3"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Kernels.gemm(true, false, 1.0, a, DoubleMatrix.zeros(3, 2), 0.0, c));
        assertTrue(e.getMessage().contains("op(X) = X^T for A"), e.getMessage());
        assertArrayEquals(new double[] {9, 9, 9, 9}, c.toArray());
        assertThrows(IllegalArgumentException.class, () -> Kernels.matmul(a, b));
        assertThrows(IllegalArgumentException.class, () -> LinearAlgebra.gemm(backends().get(0), false, false, 1.0,
                FloatMatrix.zeros(2, 2), DoubleMatrix.zeros(2, 2), 0.0, DoubleMatrix.zeros(2, 2)));
        assertThrows(NullPointerException.class, () -> Kernels.gemm(false, false, 1.0, null, b, 0.0, c));
    }

    @Test
    void aliasingOutputIsRejected() {
        DoubleMatrix m = DoubleMatrix.zeros(4, 8);
        DoubleMatrix sq = m.view(0, 0, 4, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Kernels.gemm(false, false, 1.0, sq, DoubleMatrix.zeros(4, 4), 0.0, sq));
        assertTrue(e.getMessage().contains("C overlaps A"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Kernels.gemm(false, false, 1.0, DoubleMatrix.zeros(3, 4), m.view(0, 1, 4, 3), 0.0,
                        m.view(0, 2, 3, 3)));
        assertTrue(e.getMessage().contains("C overlaps B"), e.getMessage());
        // Disjoint blocks of one matrix (same leading dimension) are fine: right half = left half * I.
        Random r = new Random(3);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                m.set(i, j, r.nextInt(10));
            }
        }
        DoubleMatrix id = DoubleMatrix.of(new double[] {1, 0, 0, 0}, new double[] {0, 1, 0, 0},
                new double[] {0, 0, 1, 0}, new double[] {0, 0, 0, 1});
        Kernels.gemm(false, false, 1.0, m.view(0, 0, 4, 4), id, 0.0, m.view(0, 4, 4, 4));
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                assertEquals(m.get(i, j), m.get(i, j + 4));
            }
        }
        // Rows interleaved through different leading dimensions: conservatively an overlap.
        DoubleMatrix flat = DoubleMatrix.wrap(new double[16], 4, 4);
        DoubleMatrix other = DoubleMatrix.wrap(flat.segment(), 2, 2, 8);
        assertThrows(IllegalArgumentException.class,
                () -> Kernels.gemm(false, false, 1.0, other, DoubleMatrix.zeros(2, 2), 0.0, flat.view(0, 2, 2, 2)));
        // gemv: y overlapping x or A.
        double[] v = new double[4];
        DoubleMatrix a = DoubleMatrix.zeros(4, 4);
        assertThrows(IllegalArgumentException.class, () -> Kernels.gemv(false, 1.0, a, v, 0.0, v));
        // A row of the right half does not overlap the left block: allowed.
        Kernels.gemv(false, 1.0, m.view(0, 0, 4, 4), DoubleArray.wrap(new double[] {1, 1, 1, 1}), 0.0,
                m.row(2).slice(4, 4));
        for (int i = 0; i < 4; i++) {
            assertEquals(m.get(i, 0) + m.get(i, 1) + m.get(i, 2) + m.get(i, 3), m.get(2, 4 + i), "row sum " + i);
        }
    }

    @Test
    void readOnlyAndClosedAreRejected() {
        DoubleMatrix a = DoubleMatrix.zeros(2, 2);
        DoubleMatrix ro = DoubleMatrix.wrap(MemorySegment.ofArray(new double[4]).asReadOnly(), 2, 2);
        assertThrows(IllegalArgumentException.class, () -> Kernels.gemm(false, false, 1.0, a, a, 0.0, ro));
        DoubleMatrix closed;
        try (Arena arena = Arena.ofConfined()) {
            closed = DoubleMatrix.allocate(arena, 2, 2);
        }
        assertThrows(IllegalStateException.class, () -> Kernels.gemm(false, false, 1.0, closed, a, 0.0,
                DoubleMatrix.zeros(2, 2)));
        assertThrows(IllegalStateException.class, () -> Kernels.gemm(false, false, 1.0, a, a, 0.0, closed));
        assertThrows(IllegalArgumentException.class, () -> Kernels.gemv(false, 1.0, a, new double[3], 0.0,
                new double[2]));
        assertThrows(IllegalArgumentException.class, () -> Kernels.gemv(true, 1.0, DoubleMatrix.zeros(2, 3),
                new double[2], 0.0, new double[2]));
    }

    // ---- convenience and views --------------------------------------------------------------------

    @Test
    void matmulAllocatesTheResult() {
        FloatMatrix a = FloatMatrix.of(new float[] {1, 2}, new float[] {3, 4}, new float[] {5, 6});
        FloatMatrix b = FloatMatrix.of(new float[] {1, 0, 2}, new float[] {0, 1, 3});
        FloatMatrix c = Kernels.matmul(a, b);
        assertEquals(3, c.rows());
        assertEquals(3, c.cols());
        assertArrayEquals(new float[] {1, 2, 8, 3, 4, 18, 5, 6, 28}, c.toArray());
        try (Arena arena = Arena.ofConfined()) {
            DoubleMatrix d = Kernels.matmul(DoubleMatrix.of(new double[] {2}), DoubleMatrix.of(new double[] {3, 4}),
                    arena);
            assertTrue(d.isNative());
            assertArrayEquals(new double[] {6, 8}, d.toArray());
        }
    }

    @Test
    void gemvOnTheFacade() {
        DoubleMatrix a = DoubleMatrix.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        double[] y = {Double.NaN, Double.NaN};
        Kernels.gemv(false, 1.0, a, new double[] {1, 1, 1}, 0.0, y);
        assertArrayEquals(new double[] {6, 15}, y);
        double[] z = {1, 1, 1};
        Kernels.gemv(true, 2.0, a, new double[] {1, -1}, 1.0, z);
        assertArrayEquals(new double[] {-5, -5, -5}, z);
    }

    @Test
    void viewsShareMemoryAndCheckBounds() {
        DoubleMatrix m = DoubleMatrix.zeros(4, 5);
        DoubleMatrix v = m.view(1, 2, 3, 2);
        assertEquals(5, v.leadingDimension());
        assertFalse(v.isContiguous());
        v.set(2, 1, 42);
        assertEquals(42, m.get(3, 3));
        assertEquals(2 * 5 + 2, v.segment().byteSize() / 8, "span from (0,0) to (2,1) with ld 5");
        assertThrows(IndexOutOfBoundsException.class, () -> m.view(3, 0, 2, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> v.get(3, 0));
        assertThrows(IllegalArgumentException.class, () -> DoubleMatrix.wrap(new double[10], 0, 2, 4, 3));
        assertThrows(IllegalArgumentException.class, () -> DoubleMatrix.wrap(new double[10], 2, 6));
        assertThrows(IllegalArgumentException.class, () -> DoubleMatrix.wrap(new double[10], 3, 2, 4, 5));
        DoubleMatrix w = DoubleMatrix.wrap(new double[12], 1, 2, 4, 5);
        assertEquals(5 + 4, w.segment().byteSize() / 8, "one ld plus one row");
        assertArrayEquals(new double[] {0, 0, 0, 42}, v.view(1, 0, 2, 2).toArray());
        assertEquals(0, DoubleMatrix.zeros(0, 3).segment().byteSize());
    }
}
