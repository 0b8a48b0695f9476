package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.kernels4j.GemmSupport.backends;
import static org.kernels4j.GemmSupport.checkGemm;
import static org.kernels4j.GemmSupport.place;
import static org.kernels4j.GemmSupport.toRows;

import java.lang.foreign.Arena;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kernels4j.GemmSupport.Placed;
import org.kernels4j.backend.Backend;
import org.kernels4j.planner.LinearAlgebra;

/**
 * 1 x n and m x 1 products, which the native backend hands to gemv when the vector operand
 * and C are contiguous (and to gemm when they are strided): every transpose combination,
 * views with padding (strided vectors), heap and off-heap, every path, against the error
 * bound; and the pool's blocks give the same bits as one call.
 */
class GemmVectorShapeTest {

    @Test
    void rowAndColumnProductsOnEveryPath() {
        Random r = new Random(21);
        int[][] shapes = {{1, 777, 301}, {523, 1, 289}, {1, 1, 1000}, {1, 70000, 3}, {65600, 1, 2}};
        for (Backend be : backends()) {
            for (int[] s : shapes) {
                if (be.name().equals("java") && (long) s[0] * s[1] * s[2] > 300_000) {
                    continue;
                }
                for (DType t : DType.values()) {
                    for (int variant = 0; variant < 8; variant++) {
                        boolean ta = (variant & 1) != 0;
                        boolean tb = (variant & 2) != 0;
                        boolean offHeap = (variant & 4) != 0;
                        // Padding 0 keeps the vectors contiguous (the gemv route); variant 3 pads: strided.
                        int pad = variant == 3 ? 2 : 0;
                        double beta = variant % 3 == 0 ? 0.0 : -0.75;
                        try (Arena arena = Arena.ofConfined()) {
                            Placed a = place(t, ta ? s[2] : s[0], ta ? s[0] : s[2], 0, 0, pad, offHeap, arena, r, false);
                            Placed b = place(t, tb ? s[1] : s[2], tb ? s[2] : s[1], 0, 0, pad, offHeap, arena, r, false);
                            Placed c = place(t, s[0], s[1], 0, 0, pad, offHeap, arena, r, beta == 0);
                            double[][] c0 = toRows(c.view());
                            double[] cBefore = c.snapshot();
                            LinearAlgebra.gemm(be, ta, tb, 1.5, a.view(), b.view(), beta, c.view());
                            checkGemm(be.isa() + " " + t + " " + java.util.Arrays.toString(s) + " variant " + variant,
                                    ta, tb, 1.5, a.view(), b.view(), beta, c0, c, cBefore);
                        }
                    }
                }
            }
        }
    }

    @Test
    void poolBlocksOfAVectorProductMatchOneCall() throws Exception {
        Random r = new Random(5);
        try (ComputePool pool = ComputePool.create(2)) {
            for (int[] s : new int[][] {{1, 9000, 700}, {9000, 1, 700}}) {
                for (DType t : DType.values()) {
                    Placed a = place(t, s[0], s[2], 0, 0, 0, false, null, r, false);
                    Placed b = place(t, s[2], s[1], 0, 0, 0, false, null, r, false);
                    NumericMatrix one = GemmSupport.allocate(t, s[0], s[1], false, null);
                    NumericMatrix two = GemmSupport.allocate(t, s[0], s[1], false, null);
                    if (t == DType.F64) {
                        Kernels.gemm(false, false, 1.0, (DoubleMatrix) a.view(), (DoubleMatrix) b.view(), 0.0,
                                (DoubleMatrix) one);
                        pool.gemm(false, false, 1.0, (DoubleMatrix) a.view(), (DoubleMatrix) b.view(),
                                0.0, (DoubleMatrix) two).get();
                    } else {
                        Kernels.gemm(false, false, 1.0f, (FloatMatrix) a.view(), (FloatMatrix) b.view(), 0.0f,
                                (FloatMatrix) one);
                        pool.gemm(false, false, 1.0f, (FloatMatrix) a.view(), (FloatMatrix) b.view(),
                                0.0f, (FloatMatrix) two).get();
                    }
                    assertArrayEquals(GemmSupport.values(one), GemmSupport.values(two), t + " " + s[0] + "x" + s[1]);
                }
            }
        }
    }
}
