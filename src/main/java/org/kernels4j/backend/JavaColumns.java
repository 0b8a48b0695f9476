package org.kernels4j.backend;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import org.kernels4j.DType;

/**
 * The plain-Java column reductions of {@link Backend#columnSums} and
 * {@link Backend#columnExtremes}: the order of the native kernels (native/src/axis.c), so the
 * same bits. The rows are read in order, a run of up to {@link #STRIP} columns of each row at a
 * time; each column keeps the 32 lane accumulators of the k4j tree, row i of a 512-row block
 * going to lane {@code i mod 32}, and the block values go into the column's {@link SumTree}.
 */
final class JavaColumns {
    /** Columns per strip: 32 lanes of this many float64 accumulators (128 KiB). */
    static final int STRIP = 512;

    private JavaColumns() {
    }

    /**
     * The checks of a column call (k4j.h "axis"), done before any element is read: the block
     * fits x, the arrays hold cols values. Throws IllegalArgumentException or
     * IndexOutOfBoundsException.
     */
    static void check(DType t, MemorySegment x, long rows, long cols, long ld, double[] center, boolean needsCenter,
                      double[] out, long[] nan) {
        if (t != DType.F64 && t != DType.F32) {
            throw new IllegalArgumentException("column reductions take F64 or F32, got " + t);
        }
        if (rows < 0 || cols < 0 || ld < cols) {
            throw new IllegalArgumentException("bad block: rows " + rows + ", cols " + cols + ", ld " + ld);
        }
        if (out == null || out.length < cols) {
            throw new IllegalArgumentException("out must hold " + cols + " values");
        }
        if (needsCenter && (center == null || center.length < cols)) {
            throw new IllegalArgumentException("center must hold " + cols + " values");
        }
        if (nan != null && nan.length < cols) {
            throw new IllegalArgumentException("nanCount must hold " + cols + " values");
        }
        if (rows > 0 && cols > 0) {
            long es = t.byteSize();
            if (rows - 1 > (Long.MAX_VALUE / es - cols) / ld) {
                throw new IllegalArgumentException("block of " + rows + " x " + cols + " (ld " + ld + ") overflows");
            }
            long need = ((rows - 1) * ld + cols) * es;
            if (x.byteSize() < need) {
                throw new IndexOutOfBoundsException("block of " + rows + " x " + cols + " (ld " + ld + ") needs " + need
                        + " bytes, the segment has " + x.byteSize());
            }
        }
    }

    /** Reads row i's run of w elements (from column 0 of x) into row. */
    private static void readRow(DType t, MemorySegment x, long base, int w, double[] row) {
        if (t == DType.F64) {
            MemorySegment.copy(x, ValueLayout.JAVA_DOUBLE, base * 8, row, 0, w);
        } else {
            for (int j = 0; j < w; j++) {
                row[j] = x.getAtIndex(ValueLayout.JAVA_FLOAT, base + j);
            }
        }
    }

    static void sums(DType t, MemorySegment x, long rows, long cols, long ld, ColumnTerm term, double[] center,
                     double[] out, long[] nan) {
        for (long c0 = 0; c0 < cols; c0 += STRIP) {
            int w = (int) Math.min(STRIP, cols - c0);
            sumStrip(t, x, rows, ld, c0, w, term, center, out, nan);
        }
    }

    private static void sumStrip(DType t, MemorySegment x, long rows, long ld, long c0, int w, ColumnTerm term,
                                 double[] center, double[] out, long[] nan) {
        int off0 = (int) c0;
        SumTree[] trees = new SumTree[w];
        for (int j = 0; j < w; j++) {
            trees[j] = new SumTree();
        }
        long[] count = new long[w];
        double[] lanes = new double[SumTree.LANES * w];
        double[] row = new double[w];
        for (long b0 = 0; b0 < rows; b0 += SumTree.BLOCK) {
            int bl = (int) Math.min(SumTree.BLOCK, rows - b0);
            Arrays.fill(lanes, -0.0);
            for (int i = 0; i < bl; i++) {
                readRow(t, x, (b0 + i) * ld + c0, w, row);
                int off = (i & (SumTree.LANES - 1)) * w;
                switch (term) {
                    case SUM -> {
                        for (int j = 0; j < w; j++) {
                            lanes[off + j] += row[j];
                        }
                    }
                    case NANSUM -> {
                        for (int j = 0; j < w; j++) {
                            double v = row[j];
                            lanes[off + j] += v == v ? v : -0.0;
                        }
                    }
                    case SQDEV -> {
                        for (int j = 0; j < w; j++) {
                            double d = row[j] - center[off0 + j];
                            lanes[off + j] += d * d;
                        }
                    }
                    case NANSQDEV -> {
                        for (int j = 0; j < w; j++) {
                            double v = row[j];
                            double d = v - center[off0 + j];
                            lanes[off + j] += v == v ? d * d : -0.0;
                        }
                    }
                }
                if (nan != null) {
                    for (int j = 0; j < w; j++) {
                        if (row[j] != row[j]) {
                            count[j]++;
                        }
                    }
                }
            }
            for (int h = SumTree.LANES / 2; h >= 1; h >>= 1) {
                for (int l = 0; l < h; l++) {
                    int lo = l * w;
                    int hi = (l + h) * w;
                    for (int j = 0; j < w; j++) {
                        lanes[lo + j] = lanes[lo + j] + lanes[hi + j];
                    }
                }
            }
            for (int j = 0; j < w; j++) {
                trees[j].push(lanes[j], 0);
            }
        }
        for (int j = 0; j < w; j++) {
            out[off0 + j] = trees[j].fold();
            if (nan != null) {
                nan[off0 + j] = count[j];
            }
        }
    }

    static void extremes(DType t, MemorySegment x, long rows, long cols, long ld, ColumnExtreme op, double[] out) {
        if (rows == 0) {
            Arrays.fill(out, 0, (int) cols, Double.NaN);
            return;
        }
        boolean isMin = op.isMin();
        for (long c0 = 0; c0 < cols; c0 += STRIP) {
            int w = (int) Math.min(STRIP, cols - c0);
            double[] acc = new double[w];
            Arrays.fill(acc, isMin ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
            boolean[] seenNan = new boolean[w];
            boolean[] seenNum = new boolean[w];
            boolean[] seenPosZero = new boolean[w];
            boolean[] seenNegZero = new boolean[w];
            double[] row = new double[w];
            for (long i = 0; i < rows; i++) {
                readRow(t, x, i * ld + c0, w, row);
                for (int j = 0; j < w; j++) {
                    double v = row[j];
                    if (v != v) {
                        seenNan[j] = true;
                        continue;
                    }
                    seenNum[j] = true;
                    if (v == 0) {
                        if (Double.doubleToRawLongBits(v) == 0) {
                            seenPosZero[j] = true;
                        } else {
                            seenNegZero[j] = true;
                        }
                    }
                    if (isMin ? v < acc[j] : v > acc[j]) {
                        acc[j] = v;
                    }
                }
            }
            boolean skipNan = op == ColumnExtreme.NANMIN || op == ColumnExtreme.NANMAX;
            for (int j = 0; j < w; j++) {
                double r;
                if (skipNan ? !seenNum[j] : seenNan[j]) {
                    r = Double.NaN;
                } else if (acc[j] == 0) {
                    r = isMin ? (seenNegZero[j] ? -0.0 : 0.0) : (seenPosZero[j] ? 0.0 : -0.0);
                } else {
                    r = acc[j];
                }
                out[(int) (c0 + j)] = r;
            }
        }
    }
}
