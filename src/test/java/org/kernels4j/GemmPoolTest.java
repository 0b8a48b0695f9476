package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kernels4j.GemmSupport.*;

import java.lang.foreign.Arena;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.kernels4j.backend.Backend;
import org.kernels4j.planner.LinearAlgebra;
import org.kernels4j.planner.PoolGemm;

/**
 * gemm on the pool: the result equals the one-thread result bit for bit for 1, 2 and 3 workers,
 * on every backend and path, row and column splits, transposes, views, heap and off-heap; the
 * checks happen before anything is queued; the block plan covers C exactly.
 */
class GemmPoolTest {

    @Test
    void cutsCoverTheRangeInWholeUnits() {
        for (long len : new long[] {1, 23, 24, 25, 96, 1000, 1001}) {
            for (int parts = 1; parts <= 13; parts++) {
                long[] at = PoolGemm.cuts(len, 24, parts);
                assertEquals(0, at[0]);
                assertEquals(len, at[at.length - 1]);
                for (int i = 1; i < at.length; i++) {
                    assertTrue(at[i] > at[i - 1], "non-empty blocks " + len + " " + parts);
                    if (i < at.length - 1) {
                        assertEquals(0, at[i] % 24, "whole units");
                    }
                }
            }
        }
        assertEquals(1, PoolGemm.blocks(64, 64, 64, 8), "a small product is one task");
        assertEquals(4, PoolGemm.blocks(2048, 2048, 2048, 2), "blocks of 512 rows, two per worker");
        assertEquals(8, PoolGemm.blocks(8192, 8192, 8192, 2), "at most four blocks per worker");
        assertEquals(2, PoolGemm.blocks(1024, 1024, 1024, 2), "one block per worker");
        assertEquals(2, PoolGemm.blocks(512, 512, 512, 2), "one block per worker");
        assertEquals(4, PoolGemm.blocks(300, 300, 300, 8), "fewer blocks than workers when small");
    }

    @Test
    void parallelEqualsSerialBitForBit() throws Exception {
        Random r = new Random(5);
        int[][] shapes = {{700, 301, 150}, {190, 900, 120}, {600, 520, 64}, {1100, 700, 900}, {259, 2, 70}};
        for (int workers = 1; workers <= 3; workers++) {
            try (ComputePool pool = ComputePool.create(workers); Arena arena = Arena.ofShared()) {
                for (Backend be : backends()) {
                    for (int[] s : shapes) {
                        DType t = r.nextBoolean() ? DType.F64 : DType.F32;
                        boolean ta = r.nextBoolean();
                        boolean tb = r.nextBoolean();
                        boolean off = r.nextBoolean();
                        if (be.name().equals("java") && s[0] * s[1] > 300_000) {
                            continue;
                        }
                        Placed a = place(t, ta ? s[2] : s[0], ta ? s[0] : s[2], 1, 0, 2, off, arena, r, false);
                        Placed b = place(t, tb ? s[1] : s[2], tb ? s[2] : s[1], 0, 1, 1, !off, arena, r, false);
                        Placed c1 = place(t, s[0], s[1], 0, 1, 3, off, arena, r, false);
                        NumericMatrix c2 = allocate(t, s[0], s[1], off, arena);
                        NumericMatrix.copyRows(c1.view(), c2);
                        double[] before = c1.snapshot();
                        LinearAlgebra.gemm(be, ta, tb, 0.5, a.view(), b.view(), -1.5, c2);
                        PoolGemm.gemm(pool, be, ta, tb, 0.5, a.view(), b.view(), -1.5, c1.view()).get(2, TimeUnit.MINUTES);
                        String what = be.isa() + " " + t + " workers " + workers + " " + java.util.Arrays.toString(s);
                        for (int i = 0; i < s[0]; i++) {
                            for (int j = 0; j < s[1]; j++) {
                                double x = c1.view().getAsDouble(i, j);
                                double y = c2.getAsDouble(i, j);
                                if (Double.doubleToLongBits(x) != Double.doubleToLongBits(y)) {
                                    throw new AssertionError(what + ": C(" + i + "," + j + ") parallel " + x
                                            + " serial " + y);
                                }
                            }
                        }
                        assertParentUntouched(what, c1, before);
                    }
                }
            }
        }
    }

    /** The shared packed B directly: packed in two ranges, then rows in two blocks, against gemm's bits. */
    @Test
    void packedBEqualsGemmAndRefusesBadBuffers() {
        Random r = new Random(11);
        for (Backend be : backends()) {
            if (be.gemmPackedBBytes(DType.F64, 10, 10) < 0) {
                continue;
            }
            for (DType t : new DType[] {DType.F64, DType.F32}) {
                for (int rep = 0; rep < 6; rep++) {
                    int m = 2 + r.nextInt(300);
                    int n = 1 + r.nextInt(600);
                    int k = 1 + r.nextInt(900);
                    boolean ta = r.nextBoolean();
                    boolean tb = r.nextBoolean();
                    boolean off = r.nextBoolean();
                    try (Arena arena = Arena.ofShared()) {
                        Placed a = place(t, ta ? k : m, ta ? m : k, 1, 0, 2, off, arena, r, false);
                        Placed b = place(t, tb ? n : k, tb ? k : n, 0, 1, 1, !off, arena, r, false);
                        Placed c1 = place(t, m, n, 0, 1, 3, off, arena, r, false);
                        NumericMatrix c2 = allocate(t, m, n, !off, arena);
                        NumericMatrix.copyRows(c1.view(), c2);
                        LinearAlgebra.gemm(be, ta, tb, 0.75, a.view(), b.view(), 0.5, c2);
                        long bytes = be.gemmPackedBBytes(t, k, n);
                        long panels = be.gemmPackedBPanels(t, k, n);
                        var buf = arena.allocate(bytes, 64);
                        NumericMatrix bv = b.view();
                        be.gemmPackB(t, tb, k, n, bv.segment(), bv.leadingDimension(), panels / 2, panels, buf);
                        be.gemmPackB(t, tb, k, n, bv.segment(), bv.leadingDimension(), 0, panels / 2, buf);
                        int half = m / 2;
                        NumericMatrix av = a.view();
                        NumericMatrix a1 = ta ? av.view(0, 0, k, half) : av.view(0, 0, half, k);
                        NumericMatrix a2 = ta ? av.view(0, half, k, m - half) : av.view(half, 0, m - half, k);
                        NumericMatrix cv = c1.view();
                        NumericMatrix top = cv.view(0, 0, half, n);
                        NumericMatrix bottom = cv.view(half, 0, m - half, n);
                        be.gemmWithPackedB(t, ta, half, n, k, 0.75, a1.segment(), a1.leadingDimension(), buf, 0.5,
                                top.segment(), top.leadingDimension());
                        be.gemmWithPackedB(t, ta, m - half, n, k, 0.75, a2.segment(), a2.leadingDimension(), buf, 0.5,
                                bottom.segment(), bottom.leadingDimension());
                        String what = be.isa() + " " + t + " " + m + "x" + n + "x" + k + " ta " + ta + " tb " + tb;
                        for (int i = 0; i < m; i++) {
                            for (int j = 0; j < n; j++) {
                                assertEquals(Double.doubleToLongBits(c2.getAsDouble(i, j)),
                                        Double.doubleToLongBits(cv.getAsDouble(i, j)), what + " C(" + i + "," + j + ")");
                            }
                        }
                        int kk = k;
                        int nn = n;
                        assertThrows(IllegalArgumentException.class, () -> be.gemmPackB(t, tb, kk, nn, bv.segment(),
                                bv.leadingDimension(), 0, panels + 1, buf), "past the last panel");
                        assertThrows(IllegalArgumentException.class, () -> be.gemmPackB(t, tb, kk, nn, bv.segment(),
                                bv.leadingDimension(), 0, panels, buf.asSlice(0, bytes - 1)), "short buffer");
                        assertThrows(IllegalArgumentException.class, () -> be.gemmPackB(t, tb, kk, nn, bv.segment(),
                                bv.leadingDimension(), 0, panels, arena.allocate(bytes + 64, 64).asSlice(8, bytes)),
                                "misaligned buffer");
                        assertThrows(IllegalArgumentException.class, () -> be.gemmPackB(t, tb, kk + 1, nn,
                                bv.segment(), bv.leadingDimension(), 0, 1, arena.allocate(
                                        be.gemmPackedBBytes(t, kk + 1, nn), 64)), "B too small for the shape");
                    }
                }
            }
        }
    }

    /** Cancelling a shared-B product at once, again and again: no crash, no failure left behind. */
    @Test
    void cancelledSharedProductsLeaveNothingBehind() throws Exception {
        // The arena is declared first so that it closes last: a cancelled future completes at
        // once while its chunk in progress still runs, and closing a shared arena that a worker
        // holds fails ("Session is acquired"). Closing the pool first waits for the workers.
        try (Arena arena = Arena.ofShared(); ComputePool pool = ComputePool.create(2)) {
            DoubleMatrix a = DoubleMatrix.allocate(arena, 600, 400);
            DoubleMatrix b = DoubleMatrix.allocate(arena, 400, 300);
            DoubleMatrix c = DoubleMatrix.allocate(arena, 600, 300);
            for (int i = 0; i < 50; i++) {
                var f = pool.gemm(false, false, 1.0, a, b, 0.0, c);
                if (i % 2 == 0) {
                    f.cancel(true);
                }
            }
            pool.gemm(false, false, 1.0, a, b, 0.0, c).get(1, TimeUnit.MINUTES);
            for (int i = 0; i < 600; i++) {
                for (int j = 0; j < 300; j++) {
                    assertEquals(0.0, c.get(i, j));
                }
            }
        }
    }

    @Test
    void facadeAndChecks() throws Exception {
        try (ComputePool pool = ComputePool.create(2)) {
            DoubleMatrix a = DoubleMatrix.of(new double[] {1, 2}, new double[] {3, 4});
            DoubleMatrix c = DoubleMatrix.zeros(2, 2);
            pool.gemm(false, false, 1.0, a, a, 0.0, c).get(1, TimeUnit.MINUTES);
            assertArrayEquals(new double[] {7, 10, 15, 22}, c.toArray());
            FloatMatrix f = FloatMatrix.of(new float[] {2});
            FloatMatrix g = FloatMatrix.zeros(1, 1);
            pool.gemm(false, false, 1f, f, f, 0f, g).get(1, TimeUnit.MINUTES);
            assertEquals(4f, g.get(0, 0));
            assertThrows(IllegalArgumentException.class, () -> pool.gemm(false, false, 1.0, a, a, 0.0, a));
            assertThrows(IllegalArgumentException.class,
                    () -> pool.gemm(false, false, 1.0, a, DoubleMatrix.zeros(3, 2), 0.0, c));
            try (Arena confined = Arena.ofConfined()) {
                DoubleMatrix x = DoubleMatrix.allocate(confined, 2, 2);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> pool.gemm(false, false, 1.0, x, a, 0.0, c));
                assertTrue(e.getMessage().contains("confined"), e.getMessage());
            }
        }
    }
}
