package org.kernels4j.planner;

import java.lang.foreign.MemorySegment;
import java.util.Objects;
import org.kernels4j.backend.Backend;
import org.kernels4j.DType;
import org.kernels4j.NumericArray;
import org.kernels4j.NumericMatrix;

/**
 * Argument checking for the dense linear algebra of {@link Kernels} (gemm, gemv, matmul),
 * done in full before a backend is called: nulls, closed arenas, element types, shapes,
 * a read-only output, and aliasing of the output with an input.
 *
 * <p>Aliasing is decided exactly when the two views share a leading dimension (typical of
 * disjoint blocks of one matrix: {@code C = A * B} into the right half of the matrix whose
 * left half is A is allowed) and conservatively otherwise: any shared byte of the memory
 * spans then counts as an overlap.
 */
public final class LinearAlgebra {
    private LinearAlgebra() {
    }

    public static <M extends NumericMatrix> M live(M x, String name) {
        Objects.requireNonNull(x, name);
        if (!x.isAlive()) {
            throw new IllegalStateException(name + ": the arena of this matrix is closed");
        }
        return x;
    }

    public static <A extends NumericArray> A live(A x, String name) {
        Objects.requireNonNull(x, name);
        if (!x.isAlive()) {
            throw new IllegalStateException(name + ": the arena of this array is closed");
        }
        return x;
    }

    public static String shape(long r, long c) {
        return r + "x" + c;
    }

    /** Every check of gemm (op(A) is m x k, op(B) is k x n, C is m x n). */
    public static void checkGemm(boolean ta, boolean tb, NumericMatrix a, NumericMatrix b, NumericMatrix c) {
        live(a, "a");
        live(b, "b");
        live(c, "c");
        DType t = c.dtype();
        if (a.dtype() != t || b.dtype() != t) {
            throw new IllegalArgumentException("gemm: A, B and C must have one element type, got " + a.dtype() + ", "
                    + b.dtype() + ", " + t);
        }
        if (c.isReadOnly()) {
            throw new IllegalArgumentException("gemm: C is read-only");
        }
        long m = ta ? a.cols() : a.rows();
        long ka = ta ? a.rows() : a.cols();
        long kb = tb ? b.cols() : b.rows();
        long n = tb ? b.rows() : b.cols();
        if (ka != kb) {
            throw new IllegalArgumentException("gemm: op(A) is " + shape(m, ka) + " and op(B) is " + shape(kb, n)
                    + ": the inner dimensions differ" + transNote(ta, tb));
        }
        if (c.rows() != m || c.cols() != n) {
            throw new IllegalArgumentException("gemm: C is " + shape(c.rows(), c.cols()) + " but op(A) op(B) is "
                    + shape(m, n) + transNote(ta, tb));
        }
        if (overlaps(c, a)) {
            throw new IllegalArgumentException("gemm: C overlaps A; the output may not share memory with an input"
                    + " (compute into a separate matrix, then copy)");
        }
        if (overlaps(c, b)) {
            throw new IllegalArgumentException("gemm: C overlaps B; the output may not share memory with an input"
                    + " (compute into a separate matrix, then copy)");
        }
    }

    /** C = alpha op(A) op(B) + beta C on {@code backend}, after every check. */
    public static void gemm(Backend backend, boolean ta, boolean tb, double alpha, NumericMatrix a, NumericMatrix b,
                     double beta, NumericMatrix c) {
        checkGemm(ta, tb, a, b, c);
        // No shape object on the way: a synchronous kernel call allocates nothing.
        long m = ta ? a.cols() : a.rows();
        long k = ta ? a.rows() : a.cols();
        long n = tb ? b.rows() : b.cols();
        backend.gemm(c.dtype(), ta, tb, m, n, k, alpha, a.segment(), a.leadingDimension(), b.segment(), b.leadingDimension(), beta, c.segment(), c.leadingDimension());
    }

    private static String transNote(boolean ta, boolean tb) {
        return ta || tb ? " (op(X) = X^T for " + (ta && tb ? "A and B" : ta ? "A" : "B") + ")" : "";
    }

    /** y = alpha op(A) x + beta y on {@code backend}, after every check. */
    public static void gemv(Backend backend, boolean ta, double alpha, NumericMatrix a, NumericArray x, double beta,
                     NumericArray y) {
        live(a, "a");
        live(x, "x");
        live(y, "y");
        DType t = a.dtype();
        if (x.dtype() != t || y.dtype() != t) {
            throw new IllegalArgumentException("gemv: A, x and y must have one element type, got " + t + ", "
                    + x.dtype() + ", " + y.dtype());
        }
        if (y.isReadOnly()) {
            throw new IllegalArgumentException("gemv: y is read-only");
        }
        long rows = ta ? a.cols() : a.rows();
        long cols = ta ? a.rows() : a.cols();
        if (x.length() != cols) {
            throw new IllegalArgumentException("gemv: op(A) is " + shape(rows, cols) + ", x has " + x.length()
                    + " elements (needs " + cols + ")");
        }
        if (y.length() != rows) {
            throw new IllegalArgumentException("gemv: op(A) is " + shape(rows, cols) + ", y has " + y.length()
                    + " elements (needs " + rows + ")");
        }
        if (overlaps(a, y)) {
            throw new IllegalArgumentException("gemv: y overlaps A; the output may not share memory with an input");
        }
        if (y.length() > 0 && x.length() > 0 && y.segment().asOverlappingSlice(x.segment()).isPresent()) {
            throw new IllegalArgumentException("gemv: y overlaps x; the output may not share memory with an input");
        }
        backend.gemv(t, ta, a.rows(), a.cols(), alpha, a.segment(), a.leadingDimension(), x.segment(), beta, y.segment());
    }

    /** The checks of matmul before its result is allocated: A's columns must be B's rows. */
    public static void checkMatmul(NumericMatrix a, NumericMatrix b) {
        live(a, "a");
        live(b, "b");
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException("matmul: A is " + a.dtype() + ", B is " + b.dtype());
        }
        if (a.cols() != b.rows()) {
            throw new IllegalArgumentException("matmul: A is " + shape(a.rows(), a.cols()) + " and B is "
                    + shape(b.rows(), b.cols()) + ": A's columns must equal B's rows");
        }
    }

    /** Whether some element of {@code q} is also an element of {@code p}. */
    public static boolean overlaps(NumericMatrix p, NumericMatrix q) {
        if (p.isEmpty() || q.isEmpty()) {
            return false;
        }
        return overlaps(p, q.segment(), q.rows(), q.cols(), q.leadingDimension());
    }

    /** Whether some element of the array {@code v} is also an element of {@code p}. */
    public static boolean overlaps(NumericMatrix p, NumericArray v) {
        if (p.isEmpty() || v.length() == 0) {
            return false;
        }
        // A vector is a one-row matrix; give it p's leading dimension when it fits in one.
        return overlaps(p, v.segment(), 1, v.length(), Math.max(p.leadingDimension(), v.length()));
    }

    private static boolean overlaps(NumericMatrix p, MemorySegment q, long qRows, long qCols, long qLd) {
        if (p.segment().asOverlappingSlice(q).isEmpty()) {
            return false;
        }
        long es = p.dtype().byteSize();
        // Overlapping segments share one backing object, so addresses compare (byte offsets for heap arrays).
        long d = q.address() - p.segment().address();
        if (qLd != p.leadingDimension() || d % es != 0) {
            return true; // spans overlap and the layouts differ: assume the worst
        }
        long ld = p.leadingDimension();
        d /= es;
        // q's element (i, j) sits at p-offset d + i*ld + j = (r + i)*ld + (s + j), 0 <= s < ld; since
        // qCols <= ld, a row of q is one run in row r + i of p's grid, or wraps once into row r + i + 1.
        long r = Math.floorDiv(d, ld);
        long s = Math.floorMod(d, ld);
        if (intersects(r, r + qRows, s, Math.min(s + qCols, ld), p.rows(), p.cols())) {
            return true;
        }
        return s + qCols > ld && intersects(r + 1, r + 1 + qRows, 0, s + qCols - ld, p.rows(), p.cols());
    }

    private static boolean intersects(long r0, long r1, long c0, long c1, long rows, long cols) {
        return Math.max(r0, 0) < Math.min(r1, rows) && Math.max(c0, 0) < Math.min(c1, cols);
    }
}
