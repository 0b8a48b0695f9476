package org.kernels4j.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.kernels4j.DType;

/**
 * The column kernels ({@link Backend#columnSums}, {@link Backend#columnExtremes}): on every
 * backend (plain Java, native on each ISA path of this CPU) each column's result equals, bit
 * for bit, the 1-D kernel of the Java backend on that column copied into an array, and the
 * NaN counts are exact; over 1x1, tall, wide and odd shapes, shapes that make the native
 * backend cut heap calls into chunks both ways, views with a padded row stride, NaN, ±Inf
 * and ±0, float64 and float32, heap and off-heap memory (short and long, ordinary calls).
 * Bad arguments are refused before anything is read or written.
 */
class ColumnSumsTest {

    static final Backend ORACLE = JavaBackend.INSTANCE;

    /** rows, cols, extra stride. Includes the chunk boundaries of NativeBackend (2^16 elements, 512-row blocks, 128 columns). */
    static final int[][] SHAPES = {{1, 1}, {1, 7}, {7, 1}, {2, 3}, {33, 65}, {511, 64}, {512, 128}, {513, 129},
        {1025, 3}, {3000, 1}, {70000, 1}, {20000, 5}, {1537, 200}, {100, 700}, {2, 40000}, {600, 130}, {0, 5}, {5, 0}};

    static double draw(Random r, int mode) {
        double[] special = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0, 1e300, -1e-300,
            Double.MIN_VALUE};
        return switch (mode) {
            case 0 -> r.nextGaussian() * 100;
            case 1 -> r.nextInt(6) == 0 ? special[r.nextInt(special.length)] : r.nextDouble() - 0.5;
            case 2 -> r.nextBoolean() ? 0.0 : -0.0;
            default -> r.nextInt(50) == 0 ? r.nextDouble() : Double.NaN;
        };
    }

    static MemorySegment fill(DType t, long n, boolean offHeap, Arena arena, Random r, int mode) {
        MemorySegment s;
        if (offHeap) {
            s = arena.allocate(Math.max(1, n) * t.byteSize(), 64).asSlice(0, n * t.byteSize());
        } else {
            s = t == DType.F64 ? MemorySegment.ofArray(new double[(int) n]) : MemorySegment.ofArray(new float[(int) n]);
        }
        for (long k = 0; k < n; k++) {
            double v = draw(r, mode);
            if (t == DType.F64) {
                s.setAtIndex(ValueLayout.JAVA_DOUBLE, k, v);
            } else {
                s.setAtIndex(ValueLayout.JAVA_FLOAT, k, (float) v);
            }
        }
        return s;
    }

    /** Column j of the block copied into a heap array. */
    static MemorySegment column(DType t, MemorySegment x, long rows, long ld, long j) {
        if (t == DType.F64) {
            double[] c = new double[(int) rows];
            for (int i = 0; i < rows; i++) {
                c[i] = x.getAtIndex(ValueLayout.JAVA_DOUBLE, i * ld + j);
            }
            return MemorySegment.ofArray(c);
        }
        float[] c = new float[(int) rows];
        for (int i = 0; i < rows; i++) {
            c[i] = x.getAtIndex(ValueLayout.JAVA_FLOAT, i * ld + j);
        }
        return MemorySegment.ofArray(c);
    }

    static void assertSame(double want, double got, String what) {
        if (Double.isNaN(want) && Double.isNaN(got)) {
            return; // a NaN's sign and payload are not specified
        }
        assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got),
                () -> what + ": want " + want + ", got " + got);
    }

    @Test
    void columnsEqualThe1DKernels() {
        Random r = new Random(20261206);
        List<Backend> backends = TestBackends.all();
        int caseNo = 0;
        try (Arena arena = Arena.ofConfined()) {
            for (int[] shape : SHAPES) {
                for (DType t : new DType[] {DType.F64, DType.F32}) {
                    caseNo++;
                    long rows = shape[0];
                    long cols = shape[1];
                    long ld = cols + (caseNo % 3 == 0 ? 3 : 0);
                    boolean offHeap = caseNo % 2 == 0;
                    int mode = caseNo % 4;
                    long n = rows == 0 || cols == 0 ? 0 : (rows - 1) * ld + cols;
                    MemorySegment x = fill(t, n, offHeap, arena, r, mode);
                    double[] center = new double[(int) cols];
                    for (int j = 0; j < cols; j++) {
                        center[j] = r.nextGaussian();
                    }
                    // the oracle: the Java backend's 1-D kernels per column
                    double[][] want = new double[4][(int) cols];
                    double[][] wantExt = new double[4][(int) cols];
                    long[] wantNan = new long[(int) cols];
                    for (int j = 0; j < cols; j++) {
                        MemorySegment c = column(t, x, rows, ld, j);
                        want[0][j] = ORACLE.sum(t, c, rows);
                        want[1][j] = ORACLE.nansum(t, c, rows);
                        want[2][j] = ORACLE.sqdev(t, c, rows, center[j]);
                        want[3][j] = ORACLE.nansqdev(t, c, rows, center[j]);
                        wantNan[j] = ORACLE.nancount(t, c, rows);
                        if (rows > 0) {
                            wantExt[0][j] = ORACLE.min(t, c, rows);
                            wantExt[1][j] = ORACLE.max(t, c, rows);
                            wantExt[2][j] = ORACLE.nanmin(t, c, rows);
                            wantExt[3][j] = ORACLE.nanmax(t, c, rows);
                        } else {
                            Arrays.fill(wantExt, null);
                        }
                    }
                    for (Backend b : backends) {
                        String what = b.name() + "/" + b.isa() + " " + rows + "x" + cols + " ld " + ld + " " + t
                                + (offHeap ? " off-heap" : " heap") + " mode " + mode;
                        for (ColumnTerm term : ColumnTerm.values()) {
                            double[] out = new double[(int) cols + 2];
                            Arrays.fill(out, 4242.0);
                            long[] nan = new long[(int) cols];
                            Arrays.fill(nan, -9);
                            b.columnSums(t, x, rows, cols, ld, term, center, out, nan);
                            for (int j = 0; j < cols; j++) {
                                assertSame(want[term.ordinal()][j], out[j], what + " " + term + " column " + j);
                                assertEquals(wantNan[j], nan[j], what + " NaN count of column " + j);
                            }
                            assertEquals(4242.0, out[(int) cols], what + ": wrote past cols");
                        }
                        double[] out = new double[(int) cols];
                        b.columnSums(t, x, rows, cols, ld, ColumnTerm.NANSUM, null, out, null);
                        for (int j = 0; j < cols; j++) {
                            assertSame(want[1][j], out[j], what + " nansum without counts, column " + j);
                        }
                        if (rows > 0) {
                            for (ColumnExtreme op : ColumnExtreme.values()) {
                                b.columnExtremes(t, x, rows, cols, ld, op, out);
                                for (int j = 0; j < cols; j++) {
                                    assertSame(wantExt[op.ordinal()][j], out[j], what + " " + op + " column " + j);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void aLongOffHeapBlockTakesOneOrdinaryCallWithTheSameBits() {
        Random r = new Random(7);
        try (Arena arena = Arena.ofConfined()) {
            long rows = 3000;
            long cols = 300;
            long ld = 301;
            MemorySegment x = fill(DType.F64, (rows - 1) * ld + cols, true, arena, r, 1);
            double[] java = new double[(int) cols];
            ORACLE.columnSums(DType.F64, x, rows, cols, ld, ColumnTerm.SUM, null, java, null);
            for (Backend b : TestBackends.all()) {
                double[] out = new double[(int) cols];
                b.columnSums(DType.F64, x, rows, cols, ld, ColumnTerm.SUM, null, out, null);
                for (int j = 0; j < cols; j++) {
                    assertSame(java[j], out[j], b.isa() + " column " + j);
                }
            }
        }
    }

    @Test
    void badArgumentsAreRefusedBeforeAnyRead() {
        double[] data = new double[20];
        MemorySegment x = MemorySegment.ofArray(data);
        for (Backend b : TestBackends.all()) {
            double[] out = new double[5];
            Arrays.fill(out, 7.0);
            assertThrows(IllegalArgumentException.class,
                    () -> b.columnSums(DType.F64, x, -1, 2, 2, ColumnTerm.SUM, null, out, null));
            assertThrows(IllegalArgumentException.class,
                    () -> b.columnSums(DType.F64, x, 2, 3, 2, ColumnTerm.SUM, null, out, null)); // ld < cols
            assertThrows(IllegalArgumentException.class,
                    () -> b.columnSums(DType.F64, x, 2, 6, 6, ColumnTerm.SUM, null, out, null)); // out too short
            assertThrows(IllegalArgumentException.class,
                    () -> b.columnSums(DType.F64, x, 2, 2, 2, ColumnTerm.SQDEV, null, out, null)); // no center
            assertThrows(IllegalArgumentException.class,
                    () -> b.columnSums(DType.F64, x, 2, 2, 2, ColumnTerm.SQDEV, new double[1], out, null));
            assertThrows(IllegalArgumentException.class,
                    () -> b.columnSums(DType.F64, x, 2, 2, 2, ColumnTerm.SUM, null, out, new long[1]));
            assertThrows(IllegalArgumentException.class,
                    () -> b.columnSums(DType.I64, x, 2, 2, 2, ColumnTerm.SUM, null, out, null));
            assertThrows(IndexOutOfBoundsException.class,
                    () -> b.columnSums(DType.F64, x, 5, 4, 5, ColumnTerm.SUM, null, out, null)); // 24 > 20 elements
            assertThrows(IndexOutOfBoundsException.class,
                    () -> b.columnExtremes(DType.F64, x, 11, 1, 2, ColumnExtreme.MIN, out)); // 21 > 20
            assertThrows(IllegalArgumentException.class,
                    () -> b.columnSums(DType.F64, x, Long.MAX_VALUE, 2, 2, ColumnTerm.SUM, null, out, null));
            assertThrows(IllegalArgumentException.class,
                    () -> b.columnExtremes(DType.F64, x, 2, 2, 2, ColumnExtreme.MAX, null));
            assertThrows(IllegalArgumentException.class,
                    () -> b.columnExtremes(DType.F32, x, 2, 2, 1, ColumnExtreme.MAX, out));
            for (double v : out) {
                assertEquals(7.0, v, b.isa() + ": a refused call wrote out");
            }
            // the empty cases are fine: no rows gives +0.0 sums, NaN extremes
            b.columnSums(DType.F64, MemorySegment.ofArray(new double[0]), 0, 3, 3, ColumnTerm.SUM, null, out, null);
            assertEquals(0L, Double.doubleToRawLongBits(out[2]));
            b.columnExtremes(DType.F64, MemorySegment.ofArray(new double[0]), 0, 3, 3, ColumnExtreme.MIN, out);
            assertTrue(Double.isNaN(out[1]));
            b.columnSums(DType.F32, MemorySegment.ofArray(new float[0]), 4, 0, 0, ColumnTerm.SUM, null, out, null);
        }
    }
}
