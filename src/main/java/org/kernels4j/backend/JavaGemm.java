package org.kernels4j.backend;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;

import java.lang.foreign.MemorySegment;
import org.kernels4j.DType;

/**
 * gemm and gemv in plain Java for {@link JavaBackend}: straightforward loops ordered so that
 * the innermost loop walks memory contiguously. Without transB, row i of C is updated as
 * {@code C[i,:] += (alpha * op(A)[i,p]) * B[p,:]} for p = 0, 1, ... (i-k-j order: B and C rows
 * stream); with transB, rows of the stored B are the columns of op(B), so each element is a
 * dot product of two contiguous runs (i-j-k order). F64 computes in double, F32 in float (as
 * SGEMM does); every element is a sum of its k products in increasing k order, within the
 * error bound documented in k4j.h. Stateless; no allocation.
 */
final class JavaGemm {
    private JavaGemm() {
    }

    static void gemm(DType t, boolean ta, boolean tb, long m, long n, long k, double alpha, MemorySegment a, long lda,
                     MemorySegment b, long ldb, double beta, MemorySegment c, long ldc) {
        if (m == 0 || n == 0) {
            return;
        }
        if (t == DType.F64) {
            gemmF64(ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
        } else {
            gemmF32(ta, tb, m, n, k, (float) alpha, a, lda, b, ldb, (float) beta, c, ldc);
        }
    }

    private static void gemmF64(boolean ta, boolean tb, long m, long n, long k, double alpha, MemorySegment a, long lda,
                                MemorySegment b, long ldb, double beta, MemorySegment c, long ldc) {
        boolean product = alpha != 0 && k != 0;
        for (long i = 0; i < m; i++) {
            long ci = i * ldc;
            if (beta == 0) {
                for (long j = 0; j < n; j++) {
                    c.setAtIndex(JAVA_DOUBLE, ci + j, 0.0);
                }
            } else if (beta != 1) {
                for (long j = 0; j < n; j++) {
                    c.setAtIndex(JAVA_DOUBLE, ci + j, beta * c.getAtIndex(JAVA_DOUBLE, ci + j));
                }
            }
            if (!product) {
                continue;
            }
            if (!tb) {
                for (long p = 0; p < k; p++) {
                    double aip = alpha * a.getAtIndex(JAVA_DOUBLE, ta ? p * lda + i : i * lda + p);
                    long bp = p * ldb;
                    for (long j = 0; j < n; j++) {
                        c.setAtIndex(JAVA_DOUBLE, ci + j,
                                c.getAtIndex(JAVA_DOUBLE, ci + j) + aip * b.getAtIndex(JAVA_DOUBLE, bp + j));
                    }
                }
            } else {
                for (long j = 0; j < n; j++) {
                    long bj = j * ldb;
                    double s = 0;
                    for (long p = 0; p < k; p++) {
                        s += a.getAtIndex(JAVA_DOUBLE, ta ? p * lda + i : i * lda + p) * b.getAtIndex(JAVA_DOUBLE, bj + p);
                    }
                    c.setAtIndex(JAVA_DOUBLE, ci + j, c.getAtIndex(JAVA_DOUBLE, ci + j) + alpha * s);
                }
            }
        }
    }

    private static void gemmF32(boolean ta, boolean tb, long m, long n, long k, float alpha, MemorySegment a, long lda,
                                MemorySegment b, long ldb, float beta, MemorySegment c, long ldc) {
        boolean product = alpha != 0 && k != 0;
        for (long i = 0; i < m; i++) {
            long ci = i * ldc;
            if (beta == 0) {
                for (long j = 0; j < n; j++) {
                    c.setAtIndex(JAVA_FLOAT, ci + j, 0f);
                }
            } else if (beta != 1) {
                for (long j = 0; j < n; j++) {
                    c.setAtIndex(JAVA_FLOAT, ci + j, beta * c.getAtIndex(JAVA_FLOAT, ci + j));
                }
            }
            if (!product) {
                continue;
            }
            if (!tb) {
                for (long p = 0; p < k; p++) {
                    float aip = alpha * a.getAtIndex(JAVA_FLOAT, ta ? p * lda + i : i * lda + p);
                    long bp = p * ldb;
                    for (long j = 0; j < n; j++) {
                        c.setAtIndex(JAVA_FLOAT, ci + j,
                                c.getAtIndex(JAVA_FLOAT, ci + j) + aip * b.getAtIndex(JAVA_FLOAT, bp + j));
                    }
                }
            } else {
                for (long j = 0; j < n; j++) {
                    long bj = j * ldb;
                    float s = 0;
                    for (long p = 0; p < k; p++) {
                        s += a.getAtIndex(JAVA_FLOAT, ta ? p * lda + i : i * lda + p) * b.getAtIndex(JAVA_FLOAT, bj + p);
                    }
                    c.setAtIndex(JAVA_FLOAT, ci + j, c.getAtIndex(JAVA_FLOAT, ci + j) + alpha * s);
                }
            }
        }
    }

    static void gemv(DType t, boolean ta, long m, long n, double alpha, MemorySegment a, long lda, MemorySegment x,
                     double beta, MemorySegment y) {
        long ylen = ta ? n : m;
        long xlen = ta ? m : n;
        boolean f64 = t == DType.F64;
        if (!f64) {
            alpha = (float) alpha;
            beta = (float) beta;
        }
        if (ylen == 0) {
            return;
        }
        if (alpha == 0 || xlen == 0 || ta) {
            scale(f64, y, ylen, beta);
            if (alpha == 0 || xlen == 0) {
                return;
            }
        }
        if (!ta) {
            for (long i = 0; i < m; i++) {
                long ai = i * lda;
                double d;
                if (f64) {
                    double s = 0;
                    for (long j = 0; j < n; j++) {
                        s += a.getAtIndex(JAVA_DOUBLE, ai + j) * x.getAtIndex(JAVA_DOUBLE, j);
                    }
                    d = beta == 0 ? alpha * s : alpha * s + beta * y.getAtIndex(JAVA_DOUBLE, i);
                    y.setAtIndex(JAVA_DOUBLE, i, d);
                } else {
                    float s = 0;
                    for (long j = 0; j < n; j++) {
                        s += a.getAtIndex(JAVA_FLOAT, ai + j) * x.getAtIndex(JAVA_FLOAT, j);
                    }
                    float al = (float) alpha;
                    float be = (float) beta;
                    y.setAtIndex(JAVA_FLOAT, i, be == 0 ? al * s : al * s + be * y.getAtIndex(JAVA_FLOAT, i));
                }
            }
            return;
        }
        for (long i = 0; i < m; i++) {
            long ai = i * lda;
            if (f64) {
                double s = alpha * x.getAtIndex(JAVA_DOUBLE, i);
                for (long j = 0; j < n; j++) {
                    y.setAtIndex(JAVA_DOUBLE, j, y.getAtIndex(JAVA_DOUBLE, j) + s * a.getAtIndex(JAVA_DOUBLE, ai + j));
                }
            } else {
                float s = (float) alpha * x.getAtIndex(JAVA_FLOAT, i);
                for (long j = 0; j < n; j++) {
                    y.setAtIndex(JAVA_FLOAT, j, y.getAtIndex(JAVA_FLOAT, j) + s * a.getAtIndex(JAVA_FLOAT, ai + j));
                }
            }
        }
    }

    /** y = beta * y, without reading y when beta == 0. */
    private static void scale(boolean f64, MemorySegment y, long len, double beta) {
        if (beta == 1) {
            return;
        }
        for (long j = 0; j < len; j++) {
            if (f64) {
                y.setAtIndex(JAVA_DOUBLE, j, beta == 0 ? 0.0 : beta * y.getAtIndex(JAVA_DOUBLE, j));
            } else {
                y.setAtIndex(JAVA_FLOAT, j, beta == 0 ? 0f : (float) beta * y.getAtIndex(JAVA_FLOAT, j));
            }
        }
    }
}
