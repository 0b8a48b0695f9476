package org.kernels4j.planner;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.kernels4j.DType;
import org.kernels4j.NumericMatrix;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.BinaryOp;

/**
 * numpy.cov and numpy.corrcoef of a matrix through one GEMM: the variables are centred in a
 * private float64 copy (float32 input is widened, as NumPy's result type is float64), then
 * C = Xc Xc^T / (N - ddof). The matrix is made exactly symmetric (NumPy's dot of X with its
 * own transpose is symmetric too). The copy is private, so a caller rewriting the input during
 * the call can change the numbers but never the memory the kernels touch.
 */
public final class Covariance {
    private Covariance() {
    }

    /** Variables and observations of m: rows are variables when rowvar (NumPy's default). */
    public static long variables(NumericMatrix m, boolean rowvar) {
        return rowvar ? m.rows() : m.cols();
    }

    /**
     * Checks the shape and ddof before anything is allocated.
     *
     * @throws IllegalArgumentException if ddof &lt; 0, or there are no more observations than
     *     ddof (NumPy warns and returns infinities or NaN)
     */
    public static void check(NumericMatrix m, boolean rowvar, int ddof, String what) {
        LinearAlgebra.live(m, "m");
        long obs = rowvar ? m.cols() : m.rows();
        if (ddof < 0) {
            throw new IllegalArgumentException(what + ": ddof must be >= 0, got " + ddof);
        }
        if (obs - ddof <= 0) {
            throw new IllegalArgumentException(what + ": " + obs + " observation" + (obs == 1 ? "" : "s")
                    + " with ddof " + ddof + " leave no degrees of freedom");
        }
    }

    /**
     * The covariance of the variables of m into out (v x v doubles, row-major, leading dimension
     * v, where v is {@link #variables}); {@link #check} first.
     */
    public static void cov(Backend b, NumericMatrix m, boolean rowvar, int ddof, MemorySegment out) {
        check(m, rowvar, ddof, "cov");
        long v = variables(m, rowvar);
        long n = rowvar ? m.cols() : m.rows();
        if (v == 0) {
            return;
        }
        if (out.byteSize() < v * v * Double.BYTES) {
            throw new IllegalArgumentException("cov: the output holds " + out.byteSize() / Double.BYTES
                    + " doubles, needs " + v * v);
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment xc = arena.allocate(Math.multiplyExact(v, n) * Double.BYTES, 64);
            for (long i = 0; i < v; i++) {
                for (long j = 0; j < n; j++) {
                    double x = rowvar ? m.getAsDouble(i, j) : m.getAsDouble(j, i);
                    xc.setAtIndex(ValueLayout.JAVA_DOUBLE, i * n + j, x);
                }
            }
            for (long i = 0; i < v; i++) {
                MemorySegment row = xc.asSlice(i * n * Double.BYTES, n * Double.BYTES);
                double mean = b.sum(DType.F64, row, n) / n;
                b.binaryScalar(BinaryOp.SUB, DType.F64, row, mean, row, n);
            }
            // numpy: c = dot(X, X.T); c *= 1 / fact (alpha scales each dot product once)
            b.gemm(DType.F64, false, true, v, v, n, 1.0 / (n - ddof), xc, n, xc, n, 0.0, out, v);
        }
        for (long i = 0; i < v; i++) {
            for (long j = i + 1; j < v; j++) {
                out.setAtIndex(ValueLayout.JAVA_DOUBLE, j * v + i, out.getAtIndex(ValueLayout.JAVA_DOUBLE, i * v + j));
            }
        }
    }

    /**
     * numpy.corrcoef: the covariance divided by the standard deviations, row then column
     * (NumPy's two divisions, in its order), clipped to [-1, 1]; a variable with zero variance
     * gives NaN in its row and column, as in NumPy.
     */
    public static void corrcoef(Backend b, NumericMatrix m, boolean rowvar, MemorySegment out) {
        check(m, rowvar, 1, "corrcoef");
        cov(b, m, rowvar, 1, out);
        long v = variables(m, rowvar);
        double[] sd = new double[Math.toIntExact(v)];
        for (int i = 0; i < v; i++) {
            sd[i] = Math.sqrt(out.getAtIndex(ValueLayout.JAVA_DOUBLE, (long) i * v + i));
        }
        for (int i = 0; i < v; i++) {
            for (int j = 0; j < v; j++) {
                long k = (long) i * v + j;
                double c = out.getAtIndex(ValueLayout.JAVA_DOUBLE, k) / sd[i] / sd[j];
                if (c > 1) {
                    c = 1;
                } else if (c < -1) {
                    c = -1;
                }
                out.setAtIndex(ValueLayout.JAVA_DOUBLE, k, c);
            }
        }
    }
}
