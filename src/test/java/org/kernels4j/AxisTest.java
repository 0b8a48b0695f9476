package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.Random;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/**
 * The public matrix API along an axis: each result equals the public 1-D call on the copied row
 * or column; NumPy's empty-axis rules; the async forms equal the synchronous ones; broadcasting,
 * cumsum, column copies and the transpose; and the refusals of bad input.
 */
class AxisTest {

    static DoubleMatrix randomMatrix(int rows, int cols, long seed) {
        Random r = new Random(seed);
        DoubleMatrix m = DoubleMatrix.zeros(rows, cols);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m.set(i, j, r.nextInt(50) == 0 ? Double.NaN : r.nextGaussian() * 100);
            }
        }
        return m;
    }

    static FloatMatrix toFloat(DoubleMatrix d) {
        FloatMatrix f = FloatMatrix.zeros((int) d.rows(), (int) d.cols());
        for (int i = 0; i < d.rows(); i++) {
            for (int j = 0; j < d.cols(); j++) {
                f.set(i, j, (float) d.get(i, j));
            }
        }
        return f;
    }

    static void assertBits(double[] want, double[] got, String what) {
        assertEquals(want.length, got.length, what + ": length");
        for (int i = 0; i < want.length; i++) {
            assertEquals(Double.doubleToLongBits(want[i]), Double.doubleToLongBits(got[i]),
                    what + " [" + i + "]: want " + want[i] + ", got " + got[i]);
        }
    }

    /** Line i of m along axis as a new array. */
    static NumericArray line(NumericMatrix m, int axis, int i) {
        if (m instanceof DoubleMatrix d) {
            return axis == 0 ? d.column(i) : DoubleArray.wrap(d.row(i).toArray());
        }
        FloatMatrix f = (FloatMatrix) m;
        return axis == 0 ? f.column(i) : FloatArray.wrap(f.row(i).toArray());
    }

    interface AxisCall {
        double[] apply(NumericMatrix m, int axis);
    }

    void check(String name, NumericMatrix m, AxisCall axisCall, java.util.function.ToDoubleFunction<NumericArray> oneD) {
        for (int axis = 0; axis < 2; axis++) {
            double[] got = axisCall.apply(m, axis);
            int lines = (int) (axis == 0 ? m.cols() : m.rows());
            double[] want = new double[lines];
            for (int i = 0; i < lines; i++) {
                want[i] = oneD.applyAsDouble(line(m, axis, i));
            }
            assertBits(want, got, name + " axis " + axis + " of " + m);
        }
    }

    @Test
    void everyReductionIsTheOneDimensionalCallOnTheLine() {
        DoubleMatrix big = randomMatrix(1300, 97, 1);
        // a padded view: leading dimension 97, 40 columns from column 30
        DoubleMatrix view = big.view(100, 30, 1100, 40);
        for (NumericMatrix m : new NumericMatrix[] {big, view, toFloat(big), randomMatrix(3, 2000, 2), randomMatrix(1, 9, 3),
            randomMatrix(9, 1, 4)}) {
            check("sum", m, (a, ax) -> Kernels.sum(a, ax).toArray(), Kernels::sum);
            check("mean", m, (a, ax) -> Kernels.mean(a, ax).toArray(), Kernels::mean);
            check("nansum", m, (a, ax) -> Kernels.nansum(a, ax).toArray(), Kernels::nansum);
            check("nanmean", m, (a, ax) -> Kernels.nanmean(a, ax).toArray(), Kernels::nanmean);
            check("var", m, (a, ax) -> Kernels.var(a, ax, 1).toArray(), x -> x.length() <= 1 ? Double.NaN : Kernels.var(x, 1));
            check("std", m, (a, ax) -> Kernels.std(a, ax, 0).toArray(), x -> Kernels.std(x, 0));
            check("nanvar", m, (a, ax) -> Kernels.nanvar(a, ax, 1).toArray(), x -> Kernels.nanvar(x, 1));
            check("nanstd", m, (a, ax) -> Kernels.nanstd(a, ax, 0).toArray(), x -> Kernels.nanstd(x, 0));
            check("min", m, (a, ax) -> Kernels.min(a, ax).toArray(), Kernels::min);
            check("max", m, (a, ax) -> Kernels.max(a, ax).toArray(), Kernels::max);
            check("nanmin", m, (a, ax) -> Kernels.nanmin(a, ax).toArray(), Kernels::nanmin);
            check("nanmax", m, (a, ax) -> Kernels.nanmax(a, ax).toArray(), Kernels::nanmax);
            check("argmin", m, (a, ax) -> toDouble(Kernels.argmin(a, ax).toArray()), Kernels::argmin);
            check("argmax", m, (a, ax) -> toDouble(Kernels.argmax(a, ax).toArray()), Kernels::argmax);
            check("median", m, (a, ax) -> Kernels.median(a, ax).toArray(), Kernels::median);
            for (QuantileMethod q : QuantileMethod.values()) {
                check("quantile " + q, m, (a, ax) -> Kernels.quantile(a, ax, 0.3, q).toArray(), x -> Kernels.quantile(x, 0.3, q));
                check("percentile " + q, m, (a, ax) -> Kernels.percentile(a, ax, 91.0, q).toArray(),
                        x -> Kernels.percentile(x, 91.0, q));
            }
            check("nanquantile", m, (a, ax) -> Kernels.nanquantile(a, ax, 0.7, QuantileMethod.HAZEN).toArray(),
                    x -> Kernels.nanquantile(x, 0.7, QuantileMethod.HAZEN));
            check("nanpercentile", m, (a, ax) -> Kernels.nanpercentile(a, ax, 12.5, QuantileMethod.WEIBULL).toArray(),
                    x -> Kernels.nanpercentile(x, 12.5, QuantileMethod.WEIBULL));
        }
    }

    static double[] toDouble(long[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }

    @Test
    void severalQuantilesHaveNumpysShape() {
        DoubleMatrix m = randomMatrix(50, 7, 9);
        double[] qs = {0.1, 0.5, 0.9};
        DoubleMatrix r = Kernels.quantile(m, 0, qs, QuantileMethod.LINEAR);
        assertEquals(3, r.rows());
        assertEquals(7, r.cols());
        for (int j = 0; j < 7; j++) {
            assertBits(Kernels.quantile(m.column(j), qs, QuantileMethod.LINEAR),
                    new double[] {r.get(0, j), r.get(1, j), r.get(2, j)}, "column " + j);
        }
    }

    @Test
    void emptyAxesFollowNumpy() {
        DoubleMatrix zeroRows = DoubleMatrix.zeros(0, 3);
        assertArrayEquals(new double[] {0, 0, 0}, Kernels.sum(zeroRows, 0).toArray());
        assertEquals(0, Kernels.sum(zeroRows, 1).length());
        assertTrue(Double.isNaN(Kernels.mean(zeroRows, 0).get(2)));
        assertTrue(Double.isNaN(Kernels.var(zeroRows, 0, 0).get(0)));
        assertTrue(Double.isNaN(Kernels.nanmean(zeroRows, 0).get(0)));
        assertTrue(Double.isNaN(Kernels.median(zeroRows, 0).get(1)));
        assertArrayEquals(new double[] {0, 0, 0}, Kernels.nansum(zeroRows, 0).toArray());
        assertThrows(IllegalArgumentException.class, () -> Kernels.min(zeroRows, 0));
        assertThrows(IllegalArgumentException.class, () -> Kernels.argmax(zeroRows, 0));
        assertThrows(IllegalArgumentException.class, () -> Kernels.nanmin(zeroRows, 0));
        assertThrows(IllegalArgumentException.class, () -> Kernels.quantile(zeroRows, 0, 0.5, QuantileMethod.LINEAR));
        assertEquals(0, Kernels.min(zeroRows, 1).length()); // no results: nothing is undefined
        assertEquals(0, Kernels.argmin(zeroRows, 1).length());
        assertThrows(IllegalArgumentException.class, () -> Kernels.min(DoubleMatrix.zeros(0, 0), 0));
        DoubleMatrix zeroCols = DoubleMatrix.zeros(4, 0);
        assertArrayEquals(new double[] {0, 0, 0, 0}, Kernels.sum(zeroCols, 1).toArray());
        assertEquals(0, Kernels.max(zeroCols, 0).length());
        assertThrows(IllegalArgumentException.class, () -> Kernels.argmin(zeroCols, 1));
        // var with no more elements than ddof: NaN along an axis (the 1-D call throws)
        DoubleMatrix two = DoubleMatrix.of(new double[] {1, 2}, new double[] {3, 5});
        assertTrue(Double.isNaN(Kernels.var(two, 1, 2).get(0)));
        assertBits(new double[] {2, 4.5}, Kernels.var(two, 0, 1).toArray(), "var ddof 1");
    }

    @Test
    void nanRules() {
        double nan = Double.NaN;
        DoubleMatrix m = DoubleMatrix.of(new double[] {1, nan, -0.0}, new double[] {nan, nan, 0.0}, new double[] {3, nan, 0.0});
        assertBits(new double[] {nan, nan, 0.0}, Kernels.sum(m, 0).toArray(), "sum");
        assertBits(new double[] {4, 0.0, 0.0}, Kernels.nansum(m, 0).toArray(), "nansum");
        assertBits(new double[] {2, nan, 0.0}, Kernels.nanmean(m, 0).toArray(), "nanmean");
        assertBits(new double[] {1, nan, -0.0}, Kernels.nanmin(m, 0).toArray(), "nanmin");
        assertBits(new double[] {nan, nan, -0.0}, Kernels.min(m, 0).toArray(), "min");
        assertArrayEquals(new long[] {1, 0, 0}, Kernels.argmin(m, 0).toArray(), "first NaN wins; -0.0 equals 0.0");
        assertArrayEquals(new long[] {1, 0, 1}, Kernels.argmax(m, 1).toArray());
        assertBits(new double[] {2, nan, 0.0}, Kernels.nanmedian(m, 0).toArray(), "nanmedian");
    }

    @Test
    void asyncFormsEqualTheSynchronousOnes() throws Exception {
        DoubleMatrix d = randomMatrix(700, 333, 5);
        FloatMatrix f = toFloat(d);
        try (ComputePool pool = ComputePool.create(2)) {
            for (NumericMatrix m : new NumericMatrix[] {d, f, d.view(1, 1, 600, 300), randomMatrix(20, 20, 6)}) {
                for (int axis = 0; axis < 2; axis++) {
                    int ax = axis;
                    assertBits(Kernels.sum(m, ax).toArray(), pool.sum(m, ax).get().toArray(), "sum");
                    assertBits(Kernels.mean(m, ax).toArray(), pool.mean(m, ax).get().toArray(), "mean");
                    assertBits(Kernels.nansum(m, ax).toArray(), pool.nansum(m, ax).get().toArray(), "nansum");
                    assertBits(Kernels.nanmean(m, ax).toArray(), pool.nanmean(m, ax).get().toArray(), "nanmean");
                    assertBits(Kernels.var(m, ax, 1).toArray(), pool.var(m, ax, 1).get().toArray(), "var");
                    assertBits(Kernels.std(m, ax, 0).toArray(), pool.std(m, ax, 0).get().toArray(), "std");
                    assertBits(Kernels.nanvar(m, ax, 0).toArray(), pool.nanvar(m, ax, 0).get().toArray(), "nanvar");
                    assertBits(Kernels.nanstd(m, ax, 1).toArray(), pool.nanstd(m, ax, 1).get().toArray(), "nanstd");
                    assertBits(Kernels.min(m, ax).toArray(), pool.min(m, ax).get().toArray(), "min");
                    assertBits(Kernels.max(m, ax).toArray(), pool.max(m, ax).get().toArray(), "max");
                    assertBits(Kernels.nanmin(m, ax).toArray(), pool.nanmin(m, ax).get().toArray(), "nanmin");
                    assertBits(Kernels.nanmax(m, ax).toArray(), pool.nanmax(m, ax).get().toArray(), "nanmax");
                    assertArrayEquals(Kernels.argmin(m, ax).toArray(), pool.argmin(m, ax).get().toArray(), "argmin");
                    assertArrayEquals(Kernels.argmax(m, ax).toArray(), pool.argmax(m, ax).get().toArray(), "argmax");
                    assertBits(Kernels.median(m, ax).toArray(), pool.median(m, ax).get().toArray(), "median");
                    assertBits(Kernels.nanmedian(m, ax).toArray(), pool.nanmedian(m, ax).get().toArray(), "nanmedian");
                    assertBits(Kernels.quantile(m, ax, 0.2, QuantileMethod.NEAREST).toArray(),
                            pool.quantile(m, ax, 0.2, QuantileMethod.NEAREST).get().toArray(), "quantile");
                    assertBits(Kernels.percentile(m, ax, 20, QuantileMethod.LOWER).toArray(),
                            pool.percentile(m, ax, 20, QuantileMethod.LOWER).get().toArray(), "percentile");
                    assertBits(Kernels.nanquantile(m, ax, 0.2, QuantileMethod.MIDPOINT).toArray(),
                            pool.nanquantile(m, ax, 0.2, QuantileMethod.MIDPOINT).get().toArray(), "nanquantile");
                    assertBits(Kernels.nanpercentile(m, ax, 2, QuantileMethod.LINEAR).toArray(),
                            pool.nanpercentile(m, ax, 2, QuantileMethod.LINEAR).get().toArray(), "nanpercentile");
                }
            }
            // the refusals of the async forms: on the calling thread
            try (Arena confined = Arena.ofConfined()) {
                DoubleMatrix c = DoubleMatrix.allocate(confined, 10, 10);
                assertThrows(IllegalArgumentException.class, () -> pool.sum(c, 0));
            }
            assertThrows(IllegalArgumentException.class, () -> pool.sum(d, 2));
            assertThrows(IllegalArgumentException.class, () -> pool.var(d, 0, -1));
        }
        ComputePool closed = ComputePool.create(1);
        closed.shutdown();
        assertThrows(RejectedExecutionException.class, () -> closed.sum(d, 0));
    }

    @Test
    void badInput() {
        DoubleMatrix m = randomMatrix(4, 3, 7);
        for (int axis : new int[] {-1, 2, 3}) {
            assertThrows(IllegalArgumentException.class, () -> Kernels.sum(m, axis));
            assertThrows(IllegalArgumentException.class, () -> Kernels.argmin(m, axis));
            assertThrows(IllegalArgumentException.class, () -> Kernels.median(m, axis));
            assertThrows(IllegalArgumentException.class, () -> Kernels.cumsum(m, axis));
        }
        assertThrows(NullPointerException.class, () -> Kernels.sum((NumericMatrix) null, 0));
        assertThrows(IllegalArgumentException.class, () -> Kernels.var(m, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> Kernels.quantile(m, 0, 1.5, QuantileMethod.LINEAR));
        assertThrows(IllegalArgumentException.class, () -> Kernels.percentile(m, 1, Double.NaN, QuantileMethod.LINEAR));
        assertThrows(NullPointerException.class, () -> Kernels.quantile(m, 0, 0.5, null));
        // broadcast vectors of the wrong length or type, outputs of the wrong shape or read-only
        DoubleMatrix out = DoubleMatrix.zeros(4, 3);
        double[] before = m.toArray();
        assertThrows(IllegalArgumentException.class, () -> Kernels.add(m, DoubleArray.wrap(new double[4]), out));
        assertThrows(IllegalArgumentException.class, () -> Kernels.addColumn(m, DoubleArray.wrap(new double[3]), out));
        assertThrows(IllegalArgumentException.class, () -> Kernels.mul(m, FloatArray.wrap(new float[3]), out));
        assertThrows(IllegalArgumentException.class, () -> Kernels.sub(m, DoubleArray.wrap(new double[3]), DoubleMatrix.zeros(3, 4)));
        assertThrows(IllegalArgumentException.class, () -> Kernels.div(m, 2.0, FloatMatrix.zeros(4, 3)));
        DoubleMatrix readOnly = DoubleMatrix.wrap(out.segment().asReadOnly(), 4, 3);
        assertThrows(IllegalArgumentException.class, () -> Kernels.add(m, 1.0, readOnly));
        assertThrows(IllegalArgumentException.class, () -> Kernels.cumsum(m, 0, readOnly));
        assertThrows(IllegalArgumentException.class, () -> Kernels.cumsum(m, 0, DoubleMatrix.zeros(3, 4)));
        assertArrayEquals(before, m.toArray(), "the input is untouched");
        assertArrayEquals(new double[12], out.toArray(), "the output is untouched");
        // a closed arena
        Arena arena = Arena.ofShared();
        DoubleMatrix gone = DoubleMatrix.allocate(arena, 5, 5);
        DoubleArray vec = DoubleArray.allocate(arena, 5);
        arena.close();
        assertThrows(IllegalStateException.class, () -> Kernels.sum(gone, 0));
        assertThrows(IllegalStateException.class, () -> Kernels.argmax(gone, 1));
        assertThrows(IllegalStateException.class, () -> Kernels.median(gone, 0));
        assertThrows(IllegalStateException.class, () -> Kernels.cumsum(gone, 0));
        assertThrows(IllegalStateException.class, () -> Kernels.add(DoubleMatrix.zeros(5, 5), vec, DoubleMatrix.zeros(5, 5)));
        assertThrows(IllegalStateException.class, () -> Kernels.add(gone, 1.0));
        assertThrows(IllegalStateException.class, gone::transpose);
        assertThrows(IllegalStateException.class, () -> gone.column(0));
        assertThrows(IndexOutOfBoundsException.class, () -> m.column(3));
    }

    @Test
    void broadcastingCumsumTransposeAndColumns() {
        DoubleMatrix m = DoubleMatrix.of(new double[] {1, 2, 3}, new double[] {4, 5, 6});
        DoubleArray row = DoubleArray.wrap(new double[] {10, 20, 30});
        DoubleArray col = DoubleArray.wrap(new double[] {100, 200});
        assertArrayEquals(new double[] {11, 22, 33, 14, 25, 36}, Kernels.add(m, row).toArray());
        assertArrayEquals(new double[] {101, 102, 103, 204, 205, 206}, Kernels.addColumn(m, col).toArray());
        assertArrayEquals(new double[] {-9, -18, -27, -6, -15, -24}, Kernels.sub(m, row).toArray());
        assertArrayEquals(new double[] {0.01, 0.02, 0.03, 0.02, 0.025, 0.03}, Kernels.divColumn(m, col).toArray());
        assertArrayEquals(new double[] {2, 4, 6, 8, 10, 12}, Kernels.mul(m, 2.0).toArray());
        assertArrayEquals(new double[] {1, 2, 3, 5, 7, 9}, Kernels.cumsum(m, 0).toArray());
        assertArrayEquals(new double[] {1, 3, 6, 4, 9, 15}, Kernels.cumsum(m, 1).toArray());
        FloatMatrix fm = FloatMatrix.of(new float[] {1, 2}, new float[] {3, 4});
        FloatMatrix fsum = Kernels.add(fm, FloatArray.wrap(new float[] {0.5f, 0.25f}));
        assertArrayEquals(new float[] {1.5f, 2.25f, 3.5f, 4.25f}, fsum.toArray());
        // in place: out is a
        DoubleMatrix c = m.copy();
        Kernels.cumsum(c, 0, c);
        assertArrayEquals(new double[] {1, 2, 3, 5, 7, 9}, c.toArray());
        DoubleMatrix d = m.copy();
        Kernels.mul(d, row, d);
        assertArrayEquals(new double[] {10, 40, 90, 40, 100, 180}, d.toArray());
        // out overlapping a shifted by one element: as if a were read first
        double[] backing = {1, 2, 3, 4, 5, 6, 7};
        DoubleMatrix a = DoubleMatrix.wrap(backing, 0, 2, 3, 3);
        DoubleMatrix shifted = DoubleMatrix.wrap(backing, 1, 2, 3, 3);
        Kernels.add(a, 10.0, shifted);
        assertArrayEquals(new double[] {1, 11, 12, 13, 14, 15, 16}, backing);
        // transpose and columns
        DoubleMatrix big = randomMatrix(70, 45, 8);
        DoubleMatrix t = big.transpose();
        assertEquals(45, t.rows());
        assertEquals(70, t.cols());
        for (int i = 0; i < 70; i++) {
            for (int j = 0; j < 45; j++) {
                assertEquals(Double.doubleToRawLongBits(big.get(i, j)), Double.doubleToRawLongBits(t.get(j, i)));
            }
        }
        try (Arena arena = Arena.ofConfined()) {
            FloatMatrix ft = toFloat(big).view(3, 4, 50, 30).transpose(arena);
            assertEquals(30, ft.rows());
            assertEquals((float) big.get(10, 20), ft.get(16, 7));
            assertTrue(ft.isNative());
        }
        assertArrayEquals(new double[] {2, 5}, m.column(1).toArray());
        assertEquals(0, DoubleMatrix.zeros(0, 4).column(2).length());
        assertEquals(0, DoubleMatrix.zeros(0, 4).transpose().rows() - 4);
    }

    @Test
    void broadcastVectorInsideTheOutputIsReadFirst() {
        DoubleMatrix m = DoubleMatrix.of(new double[] {1, 2}, new double[] {3, 4});
        DoubleMatrix out = m.copy();
        // v is row 0 of out itself: every row must see the old row 0
        Kernels.add(out, out.row(0), out);
        assertArrayEquals(new double[] {2, 4, 4, 6}, out.toArray());
    }
}
