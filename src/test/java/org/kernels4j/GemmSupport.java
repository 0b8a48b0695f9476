package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.foreign.Arena;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.Random;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.TestBackends;

/**
 * Shared by the gemm tests: matrices placed inside larger parents (leading dimension above
 * the column count, sentinels in the padding), a double-double reference product, and the
 * documented error bound
 * {@code |C - C_exact| <= (k + 3) u (|alpha| |op(A)| |op(B)| + |beta| |C0|)}.
 */
final class GemmSupport {
    static final double SENTINEL = -7777.0;
    /** Rounding of the reference's own final alpha * s + beta * c0 in double: a few u64. */
    static final double REFERENCE_SLACK = 4 * 0x1p-53;

    private GemmSupport() {
    }

    /** Every backend that must implement gemm: plain Java and each native ISA path of this CPU. */
    static List<Backend> backends() {
        return TestBackends.all();
    }

    static double unitRoundoff(DType t) {
        return t == DType.F64 ? 0x1p-53 : 0x1p-24;
    }

    /** A matrix view inside a parent filled with sentinels; the view holds random values. */
    record Placed(NumericMatrix parent, NumericMatrix view) {
        double[] snapshot() {
            return values(parent);
        }
    }

    /** Every element of m's segment (padding included), widened to double. */
    static double[] values(NumericMatrix m) {
        double[] out = new double[Math.toIntExact(NumericMatrix.span(m.rows(), m.cols(), m.leadingDimension()))];
        for (int e = 0; e < out.length; e++) {
            out[e] = m.dtype() == DType.F64 ? m.segment().getAtIndex(ValueLayout.JAVA_DOUBLE, e)
                    : m.segment().getAtIndex(ValueLayout.JAVA_FLOAT, e);
        }
        return out;
    }

    static NumericMatrix allocate(DType t, long rows, long cols, boolean offHeap, Arena arena) {
        if (t == DType.F64) {
            return offHeap ? DoubleMatrix.allocate(arena, rows, cols) : DoubleMatrix.zeros((int) rows, (int) cols);
        }
        return offHeap ? FloatMatrix.allocate(arena, rows, cols) : FloatMatrix.zeros((int) rows, (int) cols);
    }

    static void set(NumericMatrix m, long i, long j, double v) {
        if (m instanceof DoubleMatrix d) {
            d.set(i, j, v);
        } else {
            ((FloatMatrix) m).set(i, j, (float) v);
        }
    }

    /**
     * A rows x cols view at (rowOff, colOff) of a parent with {@code pad} extra columns;
     * the view is filled by {@code fill} (NaN for a "C must not be read" test), the rest of
     * the parent with sentinels.
     */
    static Placed place(DType t, long rows, long cols, int rowOff, int colOff, int pad, boolean offHeap, Arena arena,
                        Random r, boolean nanFill) {
        long pr = rows + rowOff + 1;
        long pc = cols + colOff + pad;
        NumericMatrix parent = allocate(t, pr, Math.max(pc, 1), offHeap, arena);
        for (long i = 0; i < parent.rows(); i++) {
            for (long j = 0; j < parent.cols(); j++) {
                set(parent, i, j, SENTINEL);
            }
        }
        NumericMatrix view = parent.view(rowOff, colOff, rows, cols);
        for (long i = 0; i < rows; i++) {
            for (long j = 0; j < cols; j++) {
                set(view, i, j, nanFill ? Double.NaN : value(r));
            }
        }
        return new Placed(parent, view);
    }

    static double value(Random r) {
        return switch (r.nextInt(6)) {
            case 0 -> r.nextInt(9) - 4; // small integers: exact products, cancellation
            case 1 -> (r.nextDouble() * 2 - 1) * 1e3;
            default -> r.nextDouble() * 2 - 1;
        };
    }

    /** op(X)(i, p) */
    static double op(NumericMatrix x, boolean trans, long i, long p) {
        return trans ? x.getAsDouble(p, i) : x.getAsDouble(i, p);
    }

    /**
     * Checks C (after the call) against the reference computed from A, B and C0 (before), and
     * that the parent of C is unchanged outside the view.
     */
    static void checkGemm(String what, boolean ta, boolean tb, double alpha, NumericMatrix a, NumericMatrix b,
                          double beta, double[][] c0, Placed c, double[] cParentBefore) {
        NumericMatrix cv = c.view();
        DType t = cv.dtype();
        if (t == DType.F32) {
            alpha = (float) alpha;
            beta = (float) beta;
        }
        int m = (int) cv.rows();
        int n = (int) cv.cols();
        int k = (int) (ta ? a.rows() : a.cols());
        double u = unitRoundoff(t);
        // op(A) by rows and op(B) by columns, so the reference loops run over plain arrays.
        double[][] ar = new double[m][k];
        double[][] bc = new double[n][k];
        for (int i = 0; i < m; i++) {
            for (int p = 0; p < k; p++) {
                ar[i][p] = op(a, ta, i, p);
            }
        }
        for (int j = 0; j < n; j++) {
            for (int p = 0; p < k; p++) {
                bc[j][p] = op(b, tb, p, j);
            }
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                // Double-double sum of the products: exact to ~2^-106 relative to sum |products|.
                double hi = 0;
                double lo = 0;
                double mag = 0;
                if (alpha != 0) {
                    double[] x = ar[i];
                    double[] y = bc[j];
                    for (int p = 0; p < k; p++) {
                        double prod = x[p] * y[p];
                        double perr = Math.fma(x[p], y[p], -prod);
                        double s = hi + prod;
                        double bb = s - hi;
                        double serr = (hi - (s - bb)) + (prod - bb);
                        hi = s;
                        lo += serr + perr;
                        mag += Math.abs(prod);
                    }
                }
                double cold = beta == 0 ? 0 : c0[i][j];
                double want = alpha * (hi + lo) + beta * cold;
                double scale = Math.abs(alpha) * mag + Math.abs(beta * cold);
                double bound = (k + 3) * u * scale + REFERENCE_SLACK * scale;
                double got = cv.getAsDouble(i, j);
                double err = Math.abs(got - want);
                if (!(err <= bound)) {
                    fail(what + ": C(" + i + "," + j + ") = " + got + ", expected " + want + " (error " + err
                            + " > bound " + bound + ")");
                }
            }
        }
        assertParentUntouched(what, c, cParentBefore);
    }

    /** Every element of the parent outside the view still holds its old value. */
    static void assertParentUntouched(String what, Placed p, double[] before) {
        double[] after = p.snapshot();
        long ld = p.parent().leadingDimension();
        long base = p.view().isEmpty() ? -1
                : (p.view().segment().address() - p.parent().segment().address()) / p.view().dtype().byteSize();
        for (int e = 0; e < after.length; e++) {
            boolean inside = false;
            if (base >= 0 && e >= base) {
                long rel = e - base;
                inside = rel / ld < p.view().rows() && rel % ld < p.view().cols();
            }
            if (!inside && Double.doubleToLongBits(before[e]) != Double.doubleToLongBits(after[e])) {
                fail(what + ": element " + e + " outside the output view changed from " + before[e] + " to " + after[e]);
            }
        }
    }

    static double[][] toRows(NumericMatrix m) {
        double[][] out = new double[(int) m.rows()][(int) m.cols()];
        for (int i = 0; i < out.length; i++) {
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] = m.getAsDouble(i, j);
            }
        }
        return out;
    }

    static void assertUnchanged(String what, Placed p, double[] before) {
        double[] after = p.snapshot();
        assertEquals(before.length, after.length);
        for (int e = 0; e < after.length; e++) {
            if (Double.doubleToLongBits(before[e]) != Double.doubleToLongBits(after[e])) {
                fail(what + ": input element " + e + " changed from " + before[e] + " to " + after[e]);
            }
        }
    }
}
