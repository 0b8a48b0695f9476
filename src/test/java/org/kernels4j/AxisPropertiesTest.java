package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.BinaryOp;
import org.kernels4j.backend.TestBackends;
import org.kernels4j.planner.AxisKernels.Broadcast;
import org.kernels4j.planner.AxisKernels.QuantileSpec;
import org.kernels4j.planner.AxisKernels.Reduction;
import org.kernels4j.planner.AxisKernels;

/**
 * Axis reductions, cumsum and broadcasting against the 1-D kernels: on random matrices (NaN,
 * ±Inf, ±0 mixed in; empty, single-row, single-column, tall shapes crossing several scratch
 * tiles, padded leading dimensions; heap and off-heap) every result equals, bit for bit, the
 * 1-D kernel on that row or column copied into an array, on the Java backend and on the native
 * backend on every ISA path this CPU has; and the native results equal the Java ones.
 */
@Tag("isa")
class AxisPropertiesTest {

    /** The Java backend and the native backend on every path the CPU supports. */
    static List<Backend> backends() {
        return TestBackends.all();
    }

    static final List<Backend> BACKENDS = backends();

    /** A matrix case: shape, leading dimension, type, memory kind and values. */
    record Shape(int rows, int cols, int ld, DType type, boolean offHeap, long seed) {
        @Override
        public String toString() {
            return rows + "x" + cols + (ld != Math.max(1, cols) ? " ld=" + ld : "") + " " + type + (offHeap ? " off-heap" : " heap")
                    + " seed " + seed;
        }
    }

    static final int[][] EDGE_SHAPES = {{0, 5}, {5, 0}, {0, 0}, {1, 7}, {7, 1}, {1, 1}, {513, 3}, {1025, 2}, {3, 1500},
        {2000, 70}, {600, 129}, {4097, 1}, {65, 65}};

    @Provide
    Arbitrary<Shape> shapes() {
        return Arbitraries.randomValue(r -> {
            int rows;
            int cols;
            if (r.nextInt(3) == 0) {
                int[] e = EDGE_SHAPES[r.nextInt(EDGE_SHAPES.length)];
                rows = e[0];
                cols = e[1];
            } else {
                rows = r.nextInt(r.nextBoolean() ? 40 : 1300);
                cols = r.nextInt(r.nextBoolean() ? 40 : 150);
            }
            int ld = Math.max(1, cols) + (r.nextInt(3) == 0 ? r.nextInt(9) : 0);
            return new Shape(rows, cols, ld, r.nextBoolean() ? DType.F64 : DType.F32, r.nextBoolean(), r.nextLong());
        }).withoutEdgeCases();
    }

    static double value(Random r, double special) {
        if (r.nextDouble() < special) {
            return switch (r.nextInt(5)) {
                case 0 -> Double.NaN;
                case 1 -> Double.POSITIVE_INFINITY;
                case 2 -> Double.NEGATIVE_INFINITY;
                case 3 -> -0.0;
                default -> 0.0;
            };
        }
        return r.nextInt(8) == 0 ? (double) r.nextInt(4) : r.nextGaussian() * Math.pow(10, r.nextInt(7) - 3);
    }

    /** A matrix of the shape, in a fresh arena (or on the heap). */
    static NumericMatrix matrix(Shape s, Arena arena) {
        Random r = new Random(s.seed());
        double special = r.nextInt(3) == 0 ? 0.0 : Math.pow(10, -1 - r.nextInt(3));
        long span = s.rows() == 0 || s.cols() == 0 ? 0 : (long) (s.rows() - 1) * s.ld() + s.cols();
        MemorySegment seg;
        if (s.type() == DType.F64) {
            double[] v = new double[(int) span];
            for (int i = 0; i < v.length; i++) {
                v[i] = value(r, special);
            }
            seg = s.offHeap() ? arena.allocateFrom(ValueLayout.JAVA_DOUBLE, v) : MemorySegment.ofArray(v);
            return DoubleMatrix.wrap(seg, s.rows(), s.cols(), s.ld());
        }
        float[] v = new float[(int) span];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) value(r, special);
        }
        seg = s.offHeap() ? arena.allocateFrom(ValueLayout.JAVA_FLOAT, v) : MemorySegment.ofArray(v);
        return FloatMatrix.wrap(seg, s.rows(), s.cols(), s.ld());
    }

    /** Line i along axis (column i for axis 0, row i for axis 1), copied into a new heap segment. */
    static MemorySegment line(NumericMatrix m, int axis, long i) {
        long n = axis == 0 ? m.rows() : m.cols();
        MemorySegment out = m.dtype() == DType.F64 ? MemorySegment.ofArray(new double[(int) n])
                : MemorySegment.ofArray(new float[(int) n]);
        for (long k = 0; k < n; k++) {
            long r = axis == 0 ? k : i;
            long c = axis == 0 ? i : k;
            if (m.dtype() == DType.F64) {
                out.setAtIndex(ValueLayout.JAVA_DOUBLE, k, ((DoubleMatrix) m).get(r, c));
            } else {
                out.setAtIndex(ValueLayout.JAVA_FLOAT, k, ((FloatMatrix) m).get(r, c));
            }
        }
        return out;
    }

    static void same(double want, double got, String what) {
        if (Double.doubleToLongBits(want) != Double.doubleToLongBits(got)) {
            fail(what + ": want " + want + ", got " + got);
        }
    }

    @Property(tries = 60)
    void reductionsEqualTheOneDimensionalKernelOnEveryLine(@ForAll("shapes") Shape s) {
        try (Arena arena = Arena.ofConfined()) {
            NumericMatrix m = matrix(s, arena);
            for (int axis = 0; axis < 2; axis++) {
                long n = axis == 0 ? m.rows() : m.cols();
                int results = (int) (axis == 0 ? m.cols() : m.rows());
                for (Reduction r : Reduction.values()) {
                    boolean needsElements = r.ordinal() >= Reduction.MIN.ordinal();
                    if (needsElements && n == 0) {
                        continue;
                    }
                    int ddof = (r == Reduction.VAR || r == Reduction.NANSTD) ? 1 : 0;
                    double[] javaValues = null;
                    long[] javaArgs = null;
                    for (Backend b : BACKENDS) {
                        String what = r + " axis " + axis + " " + s + " on " + b.name() + "/" + b.isa();
                        if (r == Reduction.ARGMIN || r == Reduction.ARGMAX) {
                            long[] got = AxisKernels.arg(b, m, axis, r == Reduction.ARGMAX);
                            assertEquals(results, got.length);
                            for (int i = 0; i < results; i++) {
                                MemorySegment l = line(m, axis, i);
                                long want = r == Reduction.ARGMAX ? b.argmax(m.dtype(), l, n) : b.argmin(m.dtype(), l, n);
                                assertEquals(want, got[i], what + " line " + i);
                            }
                            if (javaArgs == null) {
                                javaArgs = got;
                            } else {
                                assertEquals(java.util.Arrays.toString(javaArgs), java.util.Arrays.toString(got), what + " vs java");
                            }
                            continue;
                        }
                        double[] got = AxisKernels.reduce(b, m, axis, r, ddof);
                        assertEquals(results, got.length);
                        for (int i = 0; i < results; i++) {
                            same(OneD.reduce(b, m.dtype(), line(m, axis, i), n, r, ddof), got[i], what + " line " + i);
                        }
                        if (javaValues == null) {
                            javaValues = got;
                        } else {
                            for (int i = 0; i < results; i++) {
                                same(javaValues[i], got[i], what + " vs java, line " + i);
                            }
                        }
                    }
                }
            }
        }
    }

    @Property(tries = 25)
    void quantilesEqualTheOneDimensionalCallOnEveryLine(@ForAll("shapes") Shape s) {
        Random r = new Random(s.seed() ^ 77);
        QuantileMethod method = QuantileMethod.values()[r.nextInt(QuantileMethod.values().length)];
        double q = r.nextInt(4) == 0 ? (r.nextBoolean() ? 0.0 : 1.0) : r.nextDouble();
        boolean skip = r.nextBoolean();
        try (Arena arena = Arena.ofConfined()) {
            NumericMatrix m = matrix(s, arena);
            for (int axis = 0; axis < 2; axis++) {
                long n = axis == 0 ? m.rows() : m.cols();
                int results = (int) (axis == 0 ? m.cols() : m.rows());
                List<QuantileSpec> specs = new ArrayList<>();
                specs.add(new QuantileSpec(new double[0], QuantileMethod.LINEAR, skip, true, true));
                if (n > 0) {
                    specs.add(new QuantileSpec(new double[] {q}, method, skip, false, true));
                    specs.add(new QuantileSpec(new double[] {q, 0.5, 0.25}, method, skip, false, false));
                }
                for (QuantileSpec spec : specs) {
                    double[][] javaValues = null;
                    for (Backend b : BACKENDS) {
                        String what = (spec.median() ? "median" : "quantile " + method) + " skip " + skip + " axis " + axis
                                + " " + s + " on " + b.name() + "/" + b.isa();
                        double[][] got = AxisKernels.quantiles(b, m, axis, spec);
                        for (int i = 0; i < results; i++) {
                            double[] want = OneD.quantiles(b, m.dtype(), line(m, axis, i), n, spec);
                            for (int k = 0; k < want.length; k++) {
                                same(want[k], got[k][i], what + " line " + i + " q#" + k);
                            }
                        }
                        if (javaValues == null) {
                            javaValues = got;
                        } else {
                            for (int k = 0; k < got.length; k++) {
                                for (int i = 0; i < results; i++) {
                                    same(javaValues[k][i], got[k][i], what + " vs java");
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Property(tries = 30)
    void cumsumAndBroadcastingEqualTheOneDimensionalKernels(@ForAll("shapes") Shape s) {
        try (Arena arena = Arena.ofConfined()) {
            NumericMatrix m = matrix(s, arena);
            DType t = m.dtype();
            int rows = (int) m.rows();
            int cols = (int) m.cols();
            for (Backend b : BACKENDS) {
                String on = s + " on " + b.name() + "/" + b.isa();
                for (int axis = 0; axis < 2; axis++) {
                    NumericMatrix out = like(m);
                    AxisKernels.cumsum(b, m, axis, out);
                    int lines = axis == 0 ? cols : rows;
                    long n = axis == 0 ? rows : cols;
                    for (int i = 0; i < lines; i++) {
                        MemorySegment l = line(m, axis, i);
                        MemorySegment want = t == DType.F64 ? MemorySegment.ofArray(new double[(int) n])
                                : MemorySegment.ofArray(new float[(int) n]);
                        b.cumsum(t, l, want, n, -0.0);
                        MemorySegment got = line(out, axis, i);
                        sameElements(t, want, got, n, "cumsum axis " + axis + " line " + i + " " + on);
                    }
                }
                // a row vector, a column vector and a scalar against the matrix
                Random r = new Random(s.seed() ^ 5);
                MemorySegment rowVec = vector(t, cols, r);
                MemorySegment colVec = vector(t, rows, r);
                double scalar = value(r, 0.2);
                for (BinaryOp op : new BinaryOp[] {BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.DIV}) { // the broadcasting ops of the API
                    NumericMatrix outRow = like(m);
                    NumericMatrix outCol = like(m);
                    NumericMatrix outScalar = like(m);
                    AxisKernels.broadcast(b, op, m, wrap(t, rowVec), Broadcast.ROW, outRow);
                    AxisKernels.broadcast(b, op, m, wrap(t, colVec), Broadcast.COLUMN, outCol);
                    AxisKernels.scalar(b, op, m, scalar, outScalar);
                    for (int i = 0; i < rows; i++) {
                        MemorySegment l = line(m, 1, i);
                        MemorySegment want = t == DType.F64 ? MemorySegment.ofArray(new double[cols])
                                : MemorySegment.ofArray(new float[cols]);
                        b.binary(op, t, l, rowVec, want, cols);
                        sameElements(t, want, line(outRow, 1, i), cols, op + " row-broadcast row " + i + " " + on);
                        double c = t == DType.F64 ? colVec.getAtIndex(ValueLayout.JAVA_DOUBLE, i)
                                : colVec.getAtIndex(ValueLayout.JAVA_FLOAT, i);
                        b.binaryScalar(op, t, l, c, want, cols);
                        sameElements(t, want, line(outCol, 1, i), cols, op + " column-broadcast row " + i + " " + on);
                        b.binaryScalar(op, t, l, scalar, want, cols);
                        sameElements(t, want, line(outScalar, 1, i), cols, op + " scalar row " + i + " " + on);
                    }
                }
            }
        }
    }

    /** Element for element the same bits, every NaN counted as the same NaN (Java does not keep NaN payloads). */
    static void sameElements(DType t, MemorySegment want, MemorySegment got, long n, String what) {
        for (long k = 0; k < n; k++) {
            double w = t == DType.F64 ? want.getAtIndex(ValueLayout.JAVA_DOUBLE, k) : want.getAtIndex(ValueLayout.JAVA_FLOAT, k);
            double g = t == DType.F64 ? got.getAtIndex(ValueLayout.JAVA_DOUBLE, k) : got.getAtIndex(ValueLayout.JAVA_FLOAT, k);
            same(w, g, what + " element " + k);
        }
    }

    static NumericMatrix like(NumericMatrix m) {
        return m.dtype() == DType.F64 ? DoubleMatrix.zeros((int) m.rows(), (int) m.cols())
                : FloatMatrix.zeros((int) m.rows(), (int) m.cols());
    }

    static MemorySegment vector(DType t, int n, Random r) {
        if (t == DType.F64) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = value(r, 0.1);
            }
            return MemorySegment.ofArray(v);
        }
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) value(r, 0.1);
        }
        return MemorySegment.ofArray(v);
    }

    static NumericArray wrap(DType t, MemorySegment s) {
        return t == DType.F64 ? DoubleArray.wrap(s) : FloatArray.wrap(s);
    }

    /**
     * The 1-D kernels as the public 1-D calls compute them, written out here from the backend's
     * primitives, so that the test does not lean on the code it checks.
     */
    static final class OneD {
        static double reduce(Backend b, DType t, MemorySegment x, long n, Reduction r, int ddof) {
            switch (r) {
                case SUM:
                    return b.sum(t, x, n) + 0.0;
                case MEAN:
                    return n == 0 ? Double.NaN : (b.sum(t, x, n) + 0.0) / n;
                case NANSUM:
                    return b.nansum(t, x, n) + 0.0;
                case NANMEAN: {
                    long c = n - b.nancount(t, x, n);
                    return c == 0 ? Double.NaN : (b.nansum(t, x, n) + 0.0) / c;
                }
                case VAR:
                case STD: {
                    double v = n <= ddof ? Double.NaN : b.sqdev(t, x, n, b.sum(t, x, n) / n) / (n - ddof);
                    return r == Reduction.STD ? Math.sqrt(v) : v;
                }
                case NANVAR:
                case NANSTD: {
                    long c = n - b.nancount(t, x, n);
                    double v = c <= ddof ? Double.NaN : b.nansqdev(t, x, n, b.nansum(t, x, n) / c) / (c - ddof);
                    return r == Reduction.NANSTD ? Math.sqrt(v) : v;
                }
                case MIN:
                    return b.min(t, x, n);
                case MAX:
                    return b.max(t, x, n);
                case NANMIN:
                    return b.nanmin(t, x, n);
                case NANMAX:
                    return b.nanmax(t, x, n);
                default:
                    throw new AssertionError(r);
            }
        }

        static double[] quantiles(Backend b, DType t, MemorySegment x, long n, QuantileSpec spec) {
            if (spec.median()) {
                if (n == 0) {
                    return new double[] {Double.NaN};
                }
                var sel = b.selectRanks(t, x, n, org.kernels4j.planner.QuantileMath.medianRanks(n, spec.skipNaN()));
                return new double[] {org.kernels4j.planner.QuantileMath.median(t, n, sel, spec.skipNaN())};
            }
            var sel = b.selectRanks(t, x, n, org.kernels4j.planner.QuantileMath.quantileRanks(n, spec.qs(), spec.method(),
                    spec.skipNaN()));
            return org.kernels4j.planner.QuantileMath.quantiles(t, n, sel, spec.qs(), spec.method(), spec.skipNaN(),
                    spec.scalarQ());
        }
    }
}
