package org.kernels4j.backend;

import java.lang.foreign.MemorySegment;
import org.kernels4j.DType;

/**
 * One way of computing the kernels: natively through FFM, or in plain Java.
 *
 * <p>Every method receives memory that the caller (the public API) has already
 * validated: each segment starts at the first element, holds at least
 * {@code n} elements of the given type, is alive, and outputs are writable; an
 * output either does not overlap an input or is exactly the same memory.
 * Implementations therefore do no argument checking of their own and must
 * produce, bit for bit, the results specified in {@code native/include/k4j.h}
 * (exp and log excepted, which agree to a few ulps).
 */
public interface Backend {

    /** Short name: "native" or "java". */
    String name();

    /** The ISA path the kernels run on ("avx512", "avx2", "baseline"), or "java". */
    String isa();

    /** k4j-tree sum; +0.0 when n == 0. */
    double sum(DType t, MemorySegment x, long n);

    /** k4j-tree sum with NaN contributing nothing. */
    double nansum(DType t, MemorySegment x, long n);

    /** Number of NaN elements. */
    long nancount(DType t, MemorySegment x, long n);

    /** k4j-tree sum of x[i]*y[i]. */
    double dot(DType t, MemorySegment x, MemorySegment y, long n);

    /** Euclidean norm with overflow/underflow rescue (see k4j.h). */
    double norm2(DType t, MemorySegment x, long n);

    /** k4j-tree sum of (x[i]-mean)^2. */
    double sqdev(DType t, MemorySegment x, long n, double mean);

    /** As {@link #sqdev}, a NaN element adding nothing (-0.0): the second pass of nanvar. */
    double nansqdev(DType t, MemorySegment x, long n, double mean);

    /** Sum of I32 or I64 values in int64, wrapping around on overflow (NumPy's accumulator); 0 when n == 0. */
    long isum(DType t, MemorySegment x, long n);

    /** Product of I32 or I64 values in int64, wrapping around on overflow; 1 when n == 0. */
    long iprod(DType t, MemorySegment x, long n);

    /** The exact sum of I32 or I64 values, rounded once to the nearest double (ties to even). */
    double exactSum(DType t, MemorySegment x, long n);

    /** First index of the minimum of I32 or I64 values; -1 when n == 0. */
    long iargmin(DType t, MemorySegment x, long n);

    /** First index of the maximum of I32 or I64 values; -1 when n == 0. */
    long iargmax(DType t, MemorySegment x, long n);

    /** IEEE 754-2019 minimum (NaN if any NaN; -0.0 below +0.0); n >= 1. */
    double min(DType t, MemorySegment x, long n);

    /** IEEE 754-2019 maximum; n >= 1. */
    double max(DType t, MemorySegment x, long n);

    /** Minimum ignoring NaN; NaN when all are NaN; n >= 1. */
    double nanmin(DType t, MemorySegment x, long n);

    /** Maximum ignoring NaN; NaN when all are NaN; n >= 1. */
    double nanmax(DType t, MemorySegment x, long n);

    /** NumPy argmin: first NaN, else first index equal to the minimum; n >= 1. */
    long argmin(DType t, MemorySegment x, long n);

    /** NumPy argmax: first NaN, else first index equal to the maximum; n >= 1. */
    long argmax(DType t, MemorySegment x, long n);

    // ---- column (axis-0) reductions of a row-major block ---------------------------------

    /**
     * Per column of the {@code rows x cols} block x (element (i, j) at index {@code i * ld + j},
     * {@code ld >= cols}; x holds {@code (rows - 1) * ld + cols} elements when the block is not
     * empty), F64 or F32: {@code out[j]} = the k4j-tree sum of {@code term} over column j, bit
     * for bit the 1-D kernel ({@link #sum}, {@link #nansum}, {@link #sqdev} / {@link #nansqdev}
     * with mean {@code center[j]}) on the column copied into an array; +0.0 when rows == 0.
     * {@code center} is read by the SQDEV terms only (may be null otherwise); {@code nanCount},
     * when not null, receives each column's number of NaNs. Arrays hold at least cols values;
     * results go to their first cols elements. Checks its arguments
     * ({@code IllegalArgumentException}, {@code IndexOutOfBoundsException}) before reading.
     */
    default void columnSums(DType t, MemorySegment x, long rows, long cols, long ld, ColumnTerm term, double[] center,
                            double[] out, long[] nanCount) {
        JavaColumns.check(t, x, rows, cols, ld, center, term.needsCenter(), out, nanCount);
        JavaColumns.sums(t, x, rows, cols, ld, term, center, out, nanCount);
    }

    /**
     * Per column of the block x (as in {@link #columnSums}): {@code out[j]} = the 1-D
     * {@link #min}, {@link #max}, {@link #nanmin} or {@link #nanmax} of column j; NaN when
     * rows == 0.
     */
    default void columnExtremes(DType t, MemorySegment x, long rows, long cols, long ld, ColumnExtreme op,
                                double[] out) {
        JavaColumns.check(t, x, rows, cols, ld, null, false, out, null);
        JavaColumns.extremes(t, x, rows, cols, ld, op, out);
    }

    /** out[i] = a[i] op b[i]. */
    void binary(BinaryOp op, DType t, MemorySegment a, MemorySegment b, MemorySegment out, long n);

    /** out[i] = a[i] op s (for F32, s is first rounded to float). */
    void binaryScalar(BinaryOp op, DType t, MemorySegment a, double s, MemorySegment out, long n);

    /** y[i] = alpha*x[i] + y[i] (two roundings; for F32 alpha is rounded to float). */
    void axpy(DType t, double alpha, MemorySegment x, MemorySegment y, long n);

    /** out[i] = op(x[i]). */
    void unary(UnaryOp op, DType t, MemorySegment x, MemorySegment out, long n);

    /** out[i] = min(max(x[i], lo), hi), NaN propagating (F32: bounds rounded to float). */
    void clip(DType t, MemorySegment x, double lo, double hi, MemorySegment out, long n);

    /**
     * Running sum starting from {@code carry}: out[i] = (acc += x[i]); F32 accumulates in
     * double and stores rounded values. Returns the final accumulator.
     */
    double cumsum(DType t, MemorySegment x, MemorySegment out, long n, double carry);

    // ---- sort family (any DType) ------------------------------------------------------

    /**
     * Sorts x[0, n) in place, ascending in the order of {@link SortKeys#key} (NaN last, -0.0
     * before +0.0); the result is unique bit for bit.
     */
    void sort(DType t, MemorySegment x, long n);

    /**
     * Writes the sorted elements of x[0, n) into out[0, n), which does not overlap x; x is only
     * read. The same result as copying x into out and sorting out; a backend may sort straight
     * from x into out without the copy (the native one does). The default copies (in steps, so
     * that a large heap copy does not hold off safepoints: {@link NativePrograms#copy}) and sorts.
     */
    default void sortInto(DType t, MemorySegment x, MemorySegment out, long n) {
        NativePrograms.copy(x, out, n * t.byteSize());
        sort(t, out, n);
    }

    /**
     * Stable argsort by {@link SortKeys#canonical}: out (n int64) receives the indices of
     * x's elements in sorted order, ties in increasing index (NumPy's kind="stable").
     */
    void argsort(DType t, MemorySegment x, long n, MemorySegment out);

    /**
     * NumPy's partition, in place: for each rank k of {@code ks} (ascending, each in [0, n)),
     * x[k] becomes the element a sort would put there, with no later-sorting element before it
     * and no earlier-sorting one after it. The arrangement inside the pieces is unspecified
     * and differs between backends.
     */
    void partition(DType t, MemorySegment x, long n, long[] ks);

    /**
     * Order statistics: vals[j] (dtype t) = the element of rank ks[j] (ascending ranks, each in
     * [0, n)) in sort order; x is not modified. Unique, so equal on every backend.
     */
    void select(DType t, MemorySegment x, long n, long[] ks, MemorySegment vals);

    /**
     * Counts the NaNs of x (0 for integers), then selects the ranks {@code ranksFor(nanCount)}
     * (ascending, each in [0, n); null or empty for none), in as few reads of x as the backend
     * can: the quantiles need the NaN count to know their ranks. x is not modified.
     */
    Selection selectRanks(DType t, MemorySegment x, long n, java.util.function.LongFunction<long[]> ranksFor);

    // ---- histograms (k4j.h "hist"; counts are added to) -------------------------------------

    /** numpy.histogram with equal bins (x of dtype u.dtype(), any dtype); counts.length == u.bins(). */
    void histUniform(MemorySegment x, long n, HistBins u, long[] counts);

    /** numpy.histogram with explicit non-decreasing edges (any dtype t); edges.length - 1 bins. */
    void histEdges(DType t, MemorySegment x, long n, double[] edges, long[] counts);

    /**
     * counts[x[i]]++ for I32 or I64 x whose values a range pass found in [0, counts.length);
     * values outside it (x changed since) are skipped, then reported as a
     * ConcurrentModificationException.
     */
    void bincount(DType t, MemorySegment x, long n, long[] counts);

    /**
     * Weighted bincount: sums[x[i]] += w[i] (float64 weights) in index order, as NumPy adds
     * them; the caller checked 0 <= x[i] < sums.length, and a value outside it (x changed in
     * between) throws ConcurrentModificationException after the pass.
     */
    void bincount(DType t, MemorySegment x, MemorySegment w, long n, double[] sums);

    /** {min, max} of an I32 or I64 array, n >= 1. */
    long[] intRange(DType t, MemorySegment x, long n);

    /**
     * Weighted numpy.histogram with equal bins (x of dtype u.dtype(), float64 weights w):
     * each value {@link #histUniform} counts adds its weight, {@code sums[bin] += w[i]} in
     * index order; the weights of values not counted are not read. Adds to sums
     * (sums.length == u.bins()).
     */
    void histUniformWeighted(MemorySegment x, MemorySegment w, long n, HistBins u, double[] sums);

    /**
     * One part of a weighted bincount split by value: {@code sums[v - lo] += w[i]} in index order
     * for the I32 or I64 values v in [lo, lo + sums.length), others skipped.
     *
     * @return how many values were added
     */
    long bincountPart(DType t, MemorySegment x, MemorySegment w, long n, double[] sums, long lo);

    /**
     * Dense matrix product, row-major: {@code C = alpha * op(A) * op(B) + beta * C} with
     * {@code op(A)} m x k, {@code op(B)} k x n, C m x n, as specified in the gemm section of
     * {@code native/include/k4j.h}. Each segment starts at element (0, 0) of its matrix and
     * holds it with the given leading dimension (A is stored k x m when {@code transA}, B is
     * stored n x k when {@code transB}); C overlaps neither A nor B. {@code beta == 0}: C is
     * not read; {@code alpha == 0} or {@code k == 0}: A and B are not read. For F32, alpha and
     * beta are first rounded to float. The result is within the error bound of k4j.h, not
     * bit-for-bit equal across backends.
     *
     * <p>Backends without a product of their own use the plain-Java one.
     */
    default void gemm(DType t, boolean transA, boolean transB, long m, long n, long k, double alpha,
                      MemorySegment a, long lda, MemorySegment b, long ldb, double beta, MemorySegment c, long ldc) {
        JavaBackend.INSTANCE.gemm(t, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
    }

    /**
     * Bytes of op(B) (k x n) packed once for {@link #gemmWithPackedB}, or -1 when this backend
     * has no shared packing (then the pool's blocks each pack their own B through {@link #gemm}).
     */
    default long gemmPackedBBytes(DType t, long k, long n) {
        return -1;
    }

    /** How many panels {@link #gemmPackB} packs op(B) (k x n) in; only when {@link #gemmPackedBBytes} is not -1. */
    default long gemmPackedBPanels(DType t, long k, long n) {
        throw new UnsupportedOperationException("no shared packing of B");
    }

    /**
     * Packs panels {@code [q0, q1)} of op(B) (k x n; B stored n x k when {@code transB}) into
     * {@code dst}: {@link #gemmPackedBBytes} bytes, 64-byte aligned, shared by the threads that
     * pack disjoint panel ranges and then multiply with {@link #gemmWithPackedB}.
     */
    default void gemmPackB(DType t, boolean transB, long k, long n, MemorySegment b, long ldb, long q0, long q1,
                           MemorySegment dst) {
        throw new UnsupportedOperationException("no shared packing of B");
    }

    /**
     * {@link #gemm} with op(B) read from a buffer {@link #gemmPackB} filled completely for the
     * same k and n: every element of C gets the bits {@code gemm} gives it.
     */
    default void gemmWithPackedB(DType t, boolean transA, long m, long n, long k, double alpha, MemorySegment a,
                                 long lda, MemorySegment packedB, double beta, MemorySegment c, long ldc) {
        throw new UnsupportedOperationException("no shared packing of B");
    }

    /**
     * Matrix-vector product, row-major: {@code y = alpha * op(A) * x + beta * y}, A stored
     * m x n with leading dimension lda, {@code op(A) = A} (x has n elements, y has m) or
     * {@code A^T} when {@code transA} (x has m, y has n). y overlaps neither A nor x;
     * {@code beta == 0}: y is not read; {@code alpha == 0}: A and x are not read.
     *
     * <p>Backends without a product of their own use the plain-Java one.
     */
    default void gemv(DType t, boolean transA, long m, long n, double alpha, MemorySegment a, long lda,
                      MemorySegment x, double beta, MemorySegment y) {
        JavaBackend.INSTANCE.gemv(t, transA, m, n, alpha, a, lda, x, beta, y);
    }

    // ---- mask family: comparisons, where, predicates, truth reductions (MaskOps) ----------

    /** The mask kernels of this backend; the plain-Java ones unless it has its own. */
    default MaskOps masks() {
        return JavaMasks.INSTANCE;
    }

    // ---- parallel pass programs: the same kernels cut into passes the planner runs on a pool ----

    /**
     * Whether this backend offers the pass programs below (sort, argsort, selection and the
     * histograms cut into chunks that several threads run). Where it does not, the planner runs
     * the single-call kernel on one thread instead.
     */
    default boolean hasPassPrograms() {
        return false;
    }

    /** {@link #sort} as a pass program for up to {@code slots} threads; only if {@link #hasPassPrograms()}. */
    default PassProgram<Void> sortProgram(DType t, MemorySegment x, long n, int slots) {
        throw new UnsupportedOperationException(name() + " backend has no pass programs");
    }

    /** {@link #sortInto} as a pass program; only if {@link #hasPassPrograms()}. */
    default PassProgram<Void> sortIntoProgram(DType t, MemorySegment x, MemorySegment out, long n, int slots) {
        throw new UnsupportedOperationException(name() + " backend has no pass programs");
    }

    /** {@link #argsort} as a pass program; only if {@link #hasPassPrograms()}. */
    default PassProgram<Void> argsortProgram(DType t, MemorySegment x, long n, MemorySegment out, int slots) {
        throw new UnsupportedOperationException(name() + " backend has no pass programs");
    }

    /** {@link #selectRanks} as a pass program; only if {@link #hasPassPrograms()}. */
    default PassProgram<Selection> selectProgram(DType t, MemorySegment x, long n, int slots,
                                                 java.util.function.LongFunction<long[]> ranksFor) {
        throw new UnsupportedOperationException(name() + " backend has no pass programs");
    }

    /** {@link #histUniform} as a pass program giving the counts; only if {@link #hasPassPrograms()}. */
    default PassProgram<long[]> histogramProgram(MemorySegment x, long n, HistBins u, int slots) {
        throw new UnsupportedOperationException(name() + " backend has no pass programs");
    }

    /** {@link #histEdges} as a pass program giving the counts; only if {@link #hasPassPrograms()}. */
    default PassProgram<long[]> histogramEdgesProgram(DType t, MemorySegment x, long n, double[] edges, int slots) {
        throw new UnsupportedOperationException(name() + " backend has no pass programs");
    }
}
