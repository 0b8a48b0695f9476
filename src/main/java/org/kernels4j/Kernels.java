package org.kernels4j;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Objects;
import java.util.Optional;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.Backends;
import org.kernels4j.backend.BinaryOp;
import org.kernels4j.backend.UnaryOp;

/**
 * The synchronous kernels: reductions, elementwise arithmetic and cumulative sums over
 * {@code double[]}, {@code float[]} (whole or {@code offset, length}) and {@link NumericArray}s
 * ({@link DoubleArray}, {@link FloatArray}; any {@link MemorySegment} through their
 * {@code wrap}).
 *
 * <p>Every argument is checked before any memory is touched: {@code null} gives
 * {@link NullPointerException}; an offset or length outside an array gives
 * {@link IndexOutOfBoundsException}; mismatched lengths, a read-only output, an empty input
 * where the result is undefined, or an invalid {@code ddof} give
 * {@link IllegalArgumentException}; a closed arena gives {@link IllegalStateException}. On
 * an exception the caller's data is unchanged. NaN, infinity, signed zero and empty-input
 * behaviour follow NumPy and are tabulated in the README; float32 reductions accumulate in
 * float64 and return a {@code double}.
 *
 * <p>Elementwise outputs may be the very same array (or memory) as an input; an output that
 * partially overlaps an input is handled by first copying that input, so results are always
 * as if all inputs were read before any output was written.
 *
 * <p>All methods are thread-safe: concurrent calls on shared read-only inputs are safe;
 * concurrent writes to the same output are a data race, as with plain arrays.
 */
public final class Kernels {
    private Kernels() {
    }

    /** What runs the kernels: backend, ISA path, the library file, or why it could not load. */
    public static KernelsInfo info() {
        return KernelsInfo.current();
    }

    // ---- views --------------------------------------------------------------------------

    private static Backend backend() {
        return Backends.current();
    }

    private static NumericArray view(double[] x, int offset, int length) {
        return DoubleArray.wrap(Objects.requireNonNull(x, "x"), offset, length);
    }

    private static NumericArray view(float[] x, int offset, int length) {
        return FloatArray.wrap(Objects.requireNonNull(x, "x"), offset, length);
    }

    private static NumericArray in(NumericArray x, String name) {
        Objects.requireNonNull(x, name);
        if (!x.isAlive()) {
            throw new IllegalStateException(name + ": the arena of this array is closed");
        }
        return x;
    }

    private static NumericArray out(NumericArray out, long n, DType t) {
        in(out, "out");
        if (out.dtype() != t) {
            throw new IllegalArgumentException("out is " + out.dtype() + ", inputs are " + t);
        }
        if (out.isReadOnly()) {
            throw new IllegalArgumentException("out is read-only");
        }
        if (out.length() < n) {
            throw new IllegalArgumentException("out has " + out.length() + " elements, needs " + n);
        }
        return out;
    }

    private static void sameShape(NumericArray a, NumericArray b) {
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException("operands have different types: " + a.dtype() + " and " + b.dtype());
        }
        if (a.length() != b.length()) {
            throw new IllegalArgumentException("operands have different lengths: " + a.length() + " and " + b.length());
        }
    }

    private static void nonEmpty(NumericArray x, String op) {
        if (x.length() == 0) {
            throw new IllegalArgumentException(op + " of an empty array is undefined");
        }
    }

    /**
     * The input's memory as the kernel should read it: itself, unless it overlaps {@code out}
     * other than exactly, in which case a copy (in {@code arena}).
     */
    private static MemorySegment readable(NumericArray x, NumericArray out, long n, Arena[] arena) {
        MemorySegment src = x.segment;
        MemorySegment dst = out.segment;
        Optional<MemorySegment> overlap = dst.asOverlappingSlice(src);
        // Overlapping segments share one backing object, so addresses compare (byte offsets for heap arrays).
        if (overlap.isEmpty() || dst.address() == src.address()) {
            return src;
        }
        if (arena[0] == null) {
            arena[0] = Arena.ofConfined();
        }
        long bytes = n * x.dtype().byteSize();
        MemorySegment copy = arena[0].allocate(bytes, 64);
        MemorySegment.copy(src, 0, copy, 0, bytes);
        return copy;
    }

    private static void close(Arena[] arena) {
        if (arena[0] != null) {
            arena[0].close();
        }
    }

    // ---- reductions: implementations ----------------------------------------------------

    // "+ 0.0" turns a -0.0 result (all terms -0.0, or none left after skipping NaN) into
    // +0.0, as NumPy reports it; it changes no other value.
    private static double sumOf(NumericArray x) {
        in(x, "x");
        return backend().sum(x.dtype(), x.segment, x.length) + 0.0;
    }

    private static double meanOf(NumericArray x) {
        in(x, "x");
        long n = x.length;
        return n == 0 ? Double.NaN : (backend().sum(x.dtype(), x.segment, n) + 0.0) / n;
    }

    private static double nansumOf(NumericArray x) {
        in(x, "x");
        return backend().nansum(x.dtype(), x.segment, x.length) + 0.0;
    }

    private static double nanmeanOf(NumericArray x) {
        in(x, "x");
        Backend b = backend();
        long count = x.length - b.nancount(x.dtype(), x.segment, x.length);
        return count == 0 ? Double.NaN : (b.nansum(x.dtype(), x.segment, x.length) + 0.0) / count;
    }

    private static double varOf(NumericArray x, int ddof) {
        in(x, "x");
        long n = x.length;
        if (ddof < 0) {
            throw new IllegalArgumentException("ddof must be >= 0, got " + ddof);
        }
        if (ddof >= n) {
            throw new IllegalArgumentException("ddof (" + ddof + ") must be less than the number of elements (" + n + ")");
        }
        Backend b = backend();
        double mean = b.sum(x.dtype(), x.segment, n) / n;
        return b.sqdev(x.dtype(), x.segment, n, mean) / (n - ddof);
    }

    private static double minOf(NumericArray x) {
        in(x, "x");
        nonEmpty(x, "min");
        return backend().min(x.dtype(), x.segment, x.length);
    }

    private static double maxOf(NumericArray x) {
        in(x, "x");
        nonEmpty(x, "max");
        return backend().max(x.dtype(), x.segment, x.length);
    }

    private static double nanminOf(NumericArray x) {
        in(x, "x");
        nonEmpty(x, "nanmin");
        return backend().nanmin(x.dtype(), x.segment, x.length);
    }

    private static double nanmaxOf(NumericArray x) {
        in(x, "x");
        nonEmpty(x, "nanmax");
        return backend().nanmax(x.dtype(), x.segment, x.length);
    }

    private static long argminOf(NumericArray x) {
        in(x, "x");
        nonEmpty(x, "argmin");
        return backend().argmin(x.dtype(), x.segment, x.length);
    }

    private static long argmaxOf(NumericArray x) {
        in(x, "x");
        nonEmpty(x, "argmax");
        return backend().argmax(x.dtype(), x.segment, x.length);
    }

    private static double norm2Of(NumericArray x) {
        in(x, "x");
        return backend().norm2(x.dtype(), x.segment, x.length);
    }

    private static double dotOf(NumericArray x, NumericArray y) {
        in(x, "x");
        in(y, "y");
        sameShape(x, y);
        return backend().dot(x.dtype(), x.segment, y.segment, x.length) + 0.0;
    }

    // ---- reductions: public forms -------------------------------------------------------

    /** Sum (pairwise-tree order, at least as accurate as NumPy's); 0.0 when empty. */
    public static double sum(double[] x) { return sumOf(DoubleArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Sum of {@code x[offset, offset+length)}. */
    public static double sum(double[] x, int offset, int length) { return sumOf(view(x, offset, length)); }
    /** Sum, accumulated in double. */
    public static double sum(float[] x) { return sumOf(FloatArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Sum of {@code x[offset, offset+length)}, accumulated in double. */
    public static double sum(float[] x, int offset, int length) { return sumOf(view(x, offset, length)); }
    /** Sum of every element. */
    public static double sum(NumericArray x) { return sumOf(x); }

    /** Arithmetic mean; NaN when empty. */
    public static double mean(double[] x) { return meanOf(DoubleArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Mean of {@code x[offset, offset+length)}. */
    public static double mean(double[] x, int offset, int length) { return meanOf(view(x, offset, length)); }
    /** Arithmetic mean (in double); NaN when empty. */
    public static double mean(float[] x) { return meanOf(FloatArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Mean of {@code x[offset, offset+length)}. */
    public static double mean(float[] x, int offset, int length) { return meanOf(view(x, offset, length)); }
    /** Arithmetic mean; NaN when empty. */
    public static double mean(NumericArray x) { return meanOf(x); }

    /** Sum ignoring NaN; 0.0 when empty or all NaN. */
    public static double nansum(double[] x) { return nansumOf(DoubleArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Sum ignoring NaN of {@code x[offset, offset+length)}. */
    public static double nansum(double[] x, int offset, int length) { return nansumOf(view(x, offset, length)); }
    /** Sum ignoring NaN, in double. */
    public static double nansum(float[] x) { return nansumOf(FloatArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Sum ignoring NaN of {@code x[offset, offset+length)}. */
    public static double nansum(float[] x, int offset, int length) { return nansumOf(view(x, offset, length)); }
    /** Sum ignoring NaN. */
    public static double nansum(NumericArray x) { return nansumOf(x); }

    /** Mean ignoring NaN; NaN when empty or all NaN. */
    public static double nanmean(double[] x) { return nanmeanOf(DoubleArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Mean ignoring NaN of {@code x[offset, offset+length)}. */
    public static double nanmean(double[] x, int offset, int length) { return nanmeanOf(view(x, offset, length)); }
    /** Mean ignoring NaN. */
    public static double nanmean(float[] x) { return nanmeanOf(FloatArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Mean ignoring NaN of {@code x[offset, offset+length)}. */
    public static double nanmean(float[] x, int offset, int length) { return nanmeanOf(view(x, offset, length)); }
    /** Mean ignoring NaN. */
    public static double nanmean(NumericArray x) { return nanmeanOf(x); }

    /** Population variance (ddof 0). @throws IllegalArgumentException if empty */
    public static double var(double[] x) { return var(x, 0); }
    /** Variance with {@code ddof} delta degrees of freedom: sum((x-mean)^2) / (n - ddof), two-pass. @throws IllegalArgumentException unless 0 <= ddof < n */
    public static double var(double[] x, int ddof) { return varOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), ddof); }
    /** Variance of {@code x[offset, offset+length)}. */
    public static double var(double[] x, int offset, int length, int ddof) { return varOf(view(x, offset, length), ddof); }
    /** Population variance (ddof 0). */
    public static double var(float[] x) { return var(x, 0); }
    /** Variance with {@code ddof}, computed in double. */
    public static double var(float[] x, int ddof) { return varOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), ddof); }
    /** Variance of {@code x[offset, offset+length)}. */
    public static double var(float[] x, int offset, int length, int ddof) { return varOf(view(x, offset, length), ddof); }
    /** Population variance (ddof 0). */
    public static double var(NumericArray x) { return varOf(x, 0); }
    /** Variance with {@code ddof}. */
    public static double var(NumericArray x, int ddof) { return varOf(x, ddof); }

    /** Population standard deviation (ddof 0). */
    public static double std(double[] x) { return std(x, 0); }
    /** Standard deviation: sqrt of {@link #var(double[], int)}. */
    public static double std(double[] x, int ddof) { return Math.sqrt(var(x, ddof)); }
    /** Standard deviation of {@code x[offset, offset+length)}. */
    public static double std(double[] x, int offset, int length, int ddof) { return Math.sqrt(var(x, offset, length, ddof)); }
    /** Population standard deviation (ddof 0). */
    public static double std(float[] x) { return std(x, 0); }
    /** Standard deviation with {@code ddof}. */
    public static double std(float[] x, int ddof) { return Math.sqrt(var(x, ddof)); }
    /** Standard deviation of {@code x[offset, offset+length)}. */
    public static double std(float[] x, int offset, int length, int ddof) { return Math.sqrt(var(x, offset, length, ddof)); }
    /** Population standard deviation (ddof 0). */
    public static double std(NumericArray x) { return Math.sqrt(varOf(x, 0)); }
    /** Standard deviation with {@code ddof}. */
    public static double std(NumericArray x, int ddof) { return Math.sqrt(varOf(x, ddof)); }

    /** Minimum; NaN if any element is NaN; -0.0 is below +0.0. @throws IllegalArgumentException if empty */
    public static double min(double[] x) { return minOf(DoubleArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Minimum of {@code x[offset, offset+length)}. */
    public static double min(double[] x, int offset, int length) { return minOf(view(x, offset, length)); }
    /** Minimum, widened to double. */
    public static double min(float[] x) { return minOf(FloatArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Minimum of {@code x[offset, offset+length)}. */
    public static double min(float[] x, int offset, int length) { return minOf(view(x, offset, length)); }
    /** Minimum. */
    public static double min(NumericArray x) { return minOf(x); }

    /** Maximum; NaN if any element is NaN; +0.0 is above -0.0. @throws IllegalArgumentException if empty */
    public static double max(double[] x) { return maxOf(DoubleArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Maximum of {@code x[offset, offset+length)}. */
    public static double max(double[] x, int offset, int length) { return maxOf(view(x, offset, length)); }
    /** Maximum, widened to double. */
    public static double max(float[] x) { return maxOf(FloatArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Maximum of {@code x[offset, offset+length)}. */
    public static double max(float[] x, int offset, int length) { return maxOf(view(x, offset, length)); }
    /** Maximum. */
    public static double max(NumericArray x) { return maxOf(x); }

    /** Minimum ignoring NaN; NaN if all are NaN. @throws IllegalArgumentException if empty */
    public static double nanmin(double[] x) { return nanminOf(DoubleArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Minimum ignoring NaN of {@code x[offset, offset+length)}. */
    public static double nanmin(double[] x, int offset, int length) { return nanminOf(view(x, offset, length)); }
    /** Minimum ignoring NaN. */
    public static double nanmin(float[] x) { return nanminOf(FloatArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Minimum ignoring NaN of {@code x[offset, offset+length)}. */
    public static double nanmin(float[] x, int offset, int length) { return nanminOf(view(x, offset, length)); }
    /** Minimum ignoring NaN. */
    public static double nanmin(NumericArray x) { return nanminOf(x); }

    /** Maximum ignoring NaN; NaN if all are NaN. @throws IllegalArgumentException if empty */
    public static double nanmax(double[] x) { return nanmaxOf(DoubleArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Maximum ignoring NaN of {@code x[offset, offset+length)}. */
    public static double nanmax(double[] x, int offset, int length) { return nanmaxOf(view(x, offset, length)); }
    /** Maximum ignoring NaN. */
    public static double nanmax(float[] x) { return nanmaxOf(FloatArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Maximum ignoring NaN of {@code x[offset, offset+length)}. */
    public static double nanmax(float[] x, int offset, int length) { return nanmaxOf(view(x, offset, length)); }
    /** Maximum ignoring NaN. */
    public static double nanmax(NumericArray x) { return nanmaxOf(x); }

    /** Index of the first NaN, else of the first minimum (NumPy's argmin). @throws IllegalArgumentException if empty */
    public static long argmin(double[] x) { return argminOf(DoubleArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** argmin of {@code x[offset, offset+length)}, relative to {@code offset}. */
    public static long argmin(double[] x, int offset, int length) { return argminOf(view(x, offset, length)); }
    /** Index of the first NaN, else of the first minimum. */
    public static long argmin(float[] x) { return argminOf(FloatArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** argmin of {@code x[offset, offset+length)}, relative to {@code offset}. */
    public static long argmin(float[] x, int offset, int length) { return argminOf(view(x, offset, length)); }
    /** Index of the first NaN, else of the first minimum. */
    public static long argmin(NumericArray x) { return argminOf(x); }

    /** Index of the first NaN, else of the first maximum (NumPy's argmax). @throws IllegalArgumentException if empty */
    public static long argmax(double[] x) { return argmaxOf(DoubleArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** argmax of {@code x[offset, offset+length)}, relative to {@code offset}. */
    public static long argmax(double[] x, int offset, int length) { return argmaxOf(view(x, offset, length)); }
    /** Index of the first NaN, else of the first maximum. */
    public static long argmax(float[] x) { return argmaxOf(FloatArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** argmax of {@code x[offset, offset+length)}, relative to {@code offset}. */
    public static long argmax(float[] x, int offset, int length) { return argmaxOf(view(x, offset, length)); }
    /** Index of the first NaN, else of the first maximum. */
    public static long argmax(NumericArray x) { return argmaxOf(x); }

    /** Euclidean norm, without overflow or underflow for finite inputs; 0.0 when empty. */
    public static double norm2(double[] x) { return norm2Of(DoubleArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Euclidean norm of {@code x[offset, offset+length)}. */
    public static double norm2(double[] x, int offset, int length) { return norm2Of(view(x, offset, length)); }
    /** Euclidean norm, in double. */
    public static double norm2(float[] x) { return norm2Of(FloatArray.wrap(Objects.requireNonNull(x, "x"))); }
    /** Euclidean norm of {@code x[offset, offset+length)}. */
    public static double norm2(float[] x, int offset, int length) { return norm2Of(view(x, offset, length)); }
    /** Euclidean norm. */
    public static double norm2(NumericArray x) { return norm2Of(x); }

    /** Dot product (tree order, products rounded, no FMA); 0.0 when empty. @throws IllegalArgumentException on different lengths */
    public static double dot(double[] x, double[] y) { return dotOf(DoubleArray.wrap(Objects.requireNonNull(x, "x")), DoubleArray.wrap(Objects.requireNonNull(y, "y"))); }
    /** Dot product of {@code x[xOffset..]} and {@code y[yOffset..]} over {@code length} elements. */
    public static double dot(double[] x, int xOffset, double[] y, int yOffset, int length) { return dotOf(view(x, xOffset, length), DoubleArray.wrap(Objects.requireNonNull(y, "y"), yOffset, length)); }
    /** Dot product, products and sum in double. */
    public static double dot(float[] x, float[] y) { return dotOf(FloatArray.wrap(Objects.requireNonNull(x, "x")), FloatArray.wrap(Objects.requireNonNull(y, "y"))); }
    /** Dot product of {@code x[xOffset..]} and {@code y[yOffset..]} over {@code length} elements. */
    public static double dot(float[] x, int xOffset, float[] y, int yOffset, int length) { return dotOf(view(x, xOffset, length), FloatArray.wrap(Objects.requireNonNull(y, "y"), yOffset, length)); }
    /** Dot product of two arrays of the same type and length. */
    public static double dot(NumericArray x, NumericArray y) { return dotOf(x, y); }

    // ---- elementwise: implementations -----------------------------------------------------

    private static void binaryOf(BinaryOp op, NumericArray a, NumericArray b, NumericArray out) {
        in(a, "a");
        in(b, "b");
        sameShape(a, b);
        long n = a.length;
        out(out, n, a.dtype());
        Arena[] tmp = {null};
        try {
            MemorySegment as = readable(a, out, n, tmp);
            MemorySegment bs = readable(b, out, n, tmp);
            backend().binary(op, a.dtype(), as, bs, out.segment, n);
        } finally {
            close(tmp);
        }
    }

    private static void scalarOf(BinaryOp op, NumericArray a, double s, NumericArray out) {
        in(a, "a");
        long n = a.length;
        out(out, n, a.dtype());
        Arena[] tmp = {null};
        try {
            backend().binaryScalar(op, a.dtype(), readable(a, out, n, tmp), s, out.segment, n);
        } finally {
            close(tmp);
        }
    }

    private static void unaryOf(UnaryOp op, NumericArray x, NumericArray out) {
        in(x, "x");
        long n = x.length;
        out(out, n, x.dtype());
        Arena[] tmp = {null};
        try {
            backend().unary(op, x.dtype(), readable(x, out, n, tmp), out.segment, n);
        } finally {
            close(tmp);
        }
    }

    private static void axpyOf(double alpha, NumericArray x, NumericArray y) {
        in(x, "x");
        long n = x.length;
        out(y, n, x.dtype());
        if (y.length() != n) {
            throw new IllegalArgumentException("operands have different lengths: " + n + " and " + y.length());
        }
        Arena[] tmp = {null};
        try {
            backend().axpy(x.dtype(), alpha, readable(x, y, n, tmp), y.segment, n);
        } finally {
            close(tmp);
        }
    }

    private static void clipOf(NumericArray x, double lo, double hi, NumericArray out) {
        in(x, "x");
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            throw new IllegalArgumentException("clip bounds must not be NaN");
        }
        if (lo > hi) {
            throw new IllegalArgumentException("clip bounds are reversed: lo " + lo + " > hi " + hi);
        }
        long n = x.length;
        out(out, n, x.dtype());
        Arena[] tmp = {null};
        try {
            backend().clip(x.dtype(), readable(x, out, n, tmp), lo, hi, out.segment, n);
        } finally {
            close(tmp);
        }
    }

    private static double cumsumOf(NumericArray x, NumericArray out) {
        in(x, "x");
        long n = x.length;
        out(out, n, x.dtype());
        Arena[] tmp = {null};
        try {
            // -0.0 is the additive identity: the first output equals x[0] exactly, -0.0 included.
            double total = backend().cumsum(x.dtype(), readable(x, out, n, tmp), out.segment, n, -0.0);
            return n == 0 ? 0.0 : total;
        } finally {
            close(tmp);
        }
    }

    private static DoubleArray w(double[] a, String name) {
        return DoubleArray.wrap(Objects.requireNonNull(a, name));
    }

    private static FloatArray w(float[] a, String name) {
        return FloatArray.wrap(Objects.requireNonNull(a, name));
    }

    // ---- elementwise: public forms ----------------------------------------------------------
    // Outputs hold at least as many elements as the inputs; the first n are written.

    /** out[i] = a[i] + b[i]. */
    public static void add(double[] a, double[] b, double[] out) { binaryOf(BinaryOp.ADD, w(a, "a"), w(b, "b"), w(out, "out")); }
    /** out[i] = a[i] + b[i]. */
    public static void add(float[] a, float[] b, float[] out) { binaryOf(BinaryOp.ADD, w(a, "a"), w(b, "b"), w(out, "out")); }
    /** out[i] = a[i] + b[i]. */
    public static void add(NumericArray a, NumericArray b, NumericArray out) { binaryOf(BinaryOp.ADD, a, b, out); }
    /** out[i] = a[i] - b[i]. */
    public static void sub(double[] a, double[] b, double[] out) { binaryOf(BinaryOp.SUB, w(a, "a"), w(b, "b"), w(out, "out")); }
    /** out[i] = a[i] - b[i]. */
    public static void sub(float[] a, float[] b, float[] out) { binaryOf(BinaryOp.SUB, w(a, "a"), w(b, "b"), w(out, "out")); }
    /** out[i] = a[i] - b[i]. */
    public static void sub(NumericArray a, NumericArray b, NumericArray out) { binaryOf(BinaryOp.SUB, a, b, out); }
    /** out[i] = a[i] * b[i]. */
    public static void mul(double[] a, double[] b, double[] out) { binaryOf(BinaryOp.MUL, w(a, "a"), w(b, "b"), w(out, "out")); }
    /** out[i] = a[i] * b[i]. */
    public static void mul(float[] a, float[] b, float[] out) { binaryOf(BinaryOp.MUL, w(a, "a"), w(b, "b"), w(out, "out")); }
    /** out[i] = a[i] * b[i]. */
    public static void mul(NumericArray a, NumericArray b, NumericArray out) { binaryOf(BinaryOp.MUL, a, b, out); }
    /** out[i] = a[i] / b[i] (IEEE: x/0 is ±Inf or NaN, never an exception). */
    public static void div(double[] a, double[] b, double[] out) { binaryOf(BinaryOp.DIV, w(a, "a"), w(b, "b"), w(out, "out")); }
    /** out[i] = a[i] / b[i]. */
    public static void div(float[] a, float[] b, float[] out) { binaryOf(BinaryOp.DIV, w(a, "a"), w(b, "b"), w(out, "out")); }
    /** out[i] = a[i] / b[i]. */
    public static void div(NumericArray a, NumericArray b, NumericArray out) { binaryOf(BinaryOp.DIV, a, b, out); }

    /** out[i] = a[i] + s. */
    public static void add(double[] a, double s, double[] out) { scalarOf(BinaryOp.ADD, w(a, "a"), s, w(out, "out")); }
    /** out[i] = a[i] + s. */
    public static void add(float[] a, float s, float[] out) { scalarOf(BinaryOp.ADD, w(a, "a"), s, w(out, "out")); }
    /** out[i] = a[i] + s (rounded to float first for float arrays). */
    public static void add(NumericArray a, double s, NumericArray out) { scalarOf(BinaryOp.ADD, a, s, out); }
    /** out[i] = a[i] - s. */
    public static void sub(double[] a, double s, double[] out) { scalarOf(BinaryOp.SUB, w(a, "a"), s, w(out, "out")); }
    /** out[i] = a[i] - s. */
    public static void sub(float[] a, float s, float[] out) { scalarOf(BinaryOp.SUB, w(a, "a"), s, w(out, "out")); }
    /** out[i] = a[i] - s. */
    public static void sub(NumericArray a, double s, NumericArray out) { scalarOf(BinaryOp.SUB, a, s, out); }
    /** out[i] = a[i] * s. */
    public static void mul(double[] a, double s, double[] out) { scalarOf(BinaryOp.MUL, w(a, "a"), s, w(out, "out")); }
    /** out[i] = a[i] * s. */
    public static void mul(float[] a, float s, float[] out) { scalarOf(BinaryOp.MUL, w(a, "a"), s, w(out, "out")); }
    /** out[i] = a[i] * s. */
    public static void mul(NumericArray a, double s, NumericArray out) { scalarOf(BinaryOp.MUL, a, s, out); }
    /** out[i] = a[i] / s. */
    public static void div(double[] a, double s, double[] out) { scalarOf(BinaryOp.DIV, w(a, "a"), s, w(out, "out")); }
    /** out[i] = a[i] / s. */
    public static void div(float[] a, float s, float[] out) { scalarOf(BinaryOp.DIV, w(a, "a"), s, w(out, "out")); }
    /** out[i] = a[i] / s. */
    public static void div(NumericArray a, double s, NumericArray out) { scalarOf(BinaryOp.DIV, a, s, out); }

    /** out[i] = alpha * x[i]. */
    public static void scale(double alpha, double[] x, double[] out) { scalarOf(BinaryOp.MUL, w(x, "x"), alpha, w(out, "out")); }
    /** out[i] = alpha * x[i]. */
    public static void scale(float alpha, float[] x, float[] out) { scalarOf(BinaryOp.MUL, w(x, "x"), alpha, w(out, "out")); }
    /** out[i] = alpha * x[i]. */
    public static void scale(double alpha, NumericArray x, NumericArray out) { scalarOf(BinaryOp.MUL, x, alpha, out); }

    /** y[i] = alpha * x[i] + y[i], two roundings (as NumPy's {@code a*x+y}). @throws IllegalArgumentException on different lengths */
    public static void axpy(double alpha, double[] x, double[] y) { axpyOf(alpha, w(x, "x"), w(y, "y")); }
    /** y[i] = alpha * x[i] + y[i] in float. */
    public static void axpy(float alpha, float[] x, float[] y) { axpyOf(alpha, w(x, "x"), w(y, "y")); }
    /** y[i] = alpha * x[i] + y[i]. */
    public static void axpy(double alpha, NumericArray x, NumericArray y) { axpyOf(alpha, x, y); }

    /** out[i] = |x[i]|. */
    public static void abs(double[] x, double[] out) { unaryOf(UnaryOp.ABS, w(x, "x"), w(out, "out")); }
    /** out[i] = |x[i]|. */
    public static void abs(float[] x, float[] out) { unaryOf(UnaryOp.ABS, w(x, "x"), w(out, "out")); }
    /** out[i] = |x[i]|. */
    public static void abs(NumericArray x, NumericArray out) { unaryOf(UnaryOp.ABS, x, out); }
    /** out[i] = -x[i]. */
    public static void neg(double[] x, double[] out) { unaryOf(UnaryOp.NEG, w(x, "x"), w(out, "out")); }
    /** out[i] = -x[i]. */
    public static void neg(float[] x, float[] out) { unaryOf(UnaryOp.NEG, w(x, "x"), w(out, "out")); }
    /** out[i] = -x[i]. */
    public static void neg(NumericArray x, NumericArray out) { unaryOf(UnaryOp.NEG, x, out); }
    /** out[i] = sqrt(x[i]) (correctly rounded; NaN for negative x). */
    public static void sqrt(double[] x, double[] out) { unaryOf(UnaryOp.SQRT, w(x, "x"), w(out, "out")); }
    /** out[i] = sqrt(x[i]). */
    public static void sqrt(float[] x, float[] out) { unaryOf(UnaryOp.SQRT, w(x, "x"), w(out, "out")); }
    /** out[i] = sqrt(x[i]). */
    public static void sqrt(NumericArray x, NumericArray out) { unaryOf(UnaryOp.SQRT, x, out); }
    /** out[i] = e^x[i] (within 4 ulp natively). */
    public static void exp(double[] x, double[] out) { unaryOf(UnaryOp.EXP, w(x, "x"), w(out, "out")); }
    /** out[i] = e^x[i]. */
    public static void exp(float[] x, float[] out) { unaryOf(UnaryOp.EXP, w(x, "x"), w(out, "out")); }
    /** out[i] = e^x[i]. */
    public static void exp(NumericArray x, NumericArray out) { unaryOf(UnaryOp.EXP, x, out); }
    /** out[i] = ln x[i] (NaN for negative x, -Inf for ±0; within 4 ulp natively). */
    public static void log(double[] x, double[] out) { unaryOf(UnaryOp.LOG, w(x, "x"), w(out, "out")); }
    /** out[i] = ln x[i]. */
    public static void log(float[] x, float[] out) { unaryOf(UnaryOp.LOG, w(x, "x"), w(out, "out")); }
    /** out[i] = ln x[i]. */
    public static void log(NumericArray x, NumericArray out) { unaryOf(UnaryOp.LOG, x, out); }

    /** out[i] = min(max(x[i], lo), hi); NaN stays NaN. @throws IllegalArgumentException if lo &gt; hi or a bound is NaN */
    public static void clip(double[] x, double lo, double hi, double[] out) { clipOf(w(x, "x"), lo, hi, w(out, "out")); }
    /** out[i] = min(max(x[i], lo), hi) in float. */
    public static void clip(float[] x, float lo, float hi, float[] out) { clipOf(w(x, "x"), lo, hi, w(out, "out")); }
    /** out[i] = min(max(x[i], lo), hi). */
    public static void clip(NumericArray x, double lo, double hi, NumericArray out) { clipOf(x, lo, hi, out); }

    /** Running sum out[i] = x[0] + ... + x[i], added left to right as NumPy does; returns the total (0.0 when empty). */
    public static double cumsum(double[] x, double[] out) { return cumsumOf(w(x, "x"), w(out, "out")); }
    /** Running sum of floats, accumulated in double, each value rounded to float; returns the total in double. */
    public static double cumsum(float[] x, float[] out) { return cumsumOf(w(x, "x"), w(out, "out")); }
    /** Running sum; returns the total. */
    public static double cumsum(NumericArray x, NumericArray out) { return cumsumOf(x, out); }

    // ---- dense linear algebra (row-major; checks in LinearAlgebra) ----------------------------
    //
    // Error bound, every backend and ISA path, elementwise:
    //   |C - C_exact| <= (k + 3) * u * (|alpha| * (|op(A)| |op(B)|) + |beta| * |C0|)
    // with u = 2^-53 (float64) or 2^-24 (float32) and k the inner dimension (gemv: the length
    // of x). The paths round differently (FMA or not, block order), so results agree with each
    // other within that bound, not bit for bit.

    /**
     * General matrix product {@code C = alpha * op(A) * op(B) + beta * C}, BLAS's DGEMM on
     * row-major matrices; {@code op(X)} is X, or its transpose when the flag is set.
     *
     * <p>As in BLAS: when {@code beta == 0}, C is not read (NaN or infinity in C does not
     * propagate); when {@code alpha == 0} or the inner dimension is 0, A and B are not read and
     * C becomes {@code beta * C}. Off-heap matrices are the fast path; heap matrices of large
     * products are copied to off-heap memory around the call (see the README).
     *
     * @throws IllegalArgumentException if the shapes do not agree ({@code op(A)} m x k,
     *     {@code op(B)} k x n, C m x n), C is read-only, or C shares an element with A or B
     * @throws IllegalStateException if an arena of a matrix is closed
     */
    public static void gemm(boolean transA, boolean transB, double alpha, DoubleMatrix a, DoubleMatrix b, double beta,
                            DoubleMatrix c) {
        LinearAlgebra.gemm(backend(), transA, transB, alpha, a, b, beta, c);
    }

    /** {@link #gemm(boolean, boolean, double, DoubleMatrix, DoubleMatrix, double, DoubleMatrix)} in float32 (SGEMM). */
    public static void gemm(boolean transA, boolean transB, float alpha, FloatMatrix a, FloatMatrix b, float beta,
                            FloatMatrix c) {
        LinearAlgebra.gemm(backend(), transA, transB, alpha, a, b, beta, c);
    }

    /**
     * Matrix-vector product {@code y = alpha * op(A) * x + beta * y} (BLAS's DGEMV, row-major):
     * x has {@code op(A).cols} elements, y has {@code op(A).rows}. {@code beta == 0}: y is not
     * read; {@code alpha == 0}: A and x are not read.
     *
     * @throws IllegalArgumentException if the lengths do not match, y is read-only, or y shares
     *     memory with A or x
     * @throws IllegalStateException if an arena is closed
     */
    public static void gemv(boolean transA, double alpha, DoubleMatrix a, DoubleArray x, double beta, DoubleArray y) {
        LinearAlgebra.gemv(backend(), transA, alpha, a, x, beta, y);
    }

    /** gemv on Java arrays (views, no copies). */
    public static void gemv(boolean transA, double alpha, DoubleMatrix a, double[] x, double beta, double[] y) {
        gemv(transA, alpha, a, DoubleArray.wrap(Objects.requireNonNull(x, "x")), beta,
                DoubleArray.wrap(Objects.requireNonNull(y, "y")));
    }

    /** gemv in float32 (SGEMV). */
    public static void gemv(boolean transA, float alpha, FloatMatrix a, FloatArray x, float beta, FloatArray y) {
        LinearAlgebra.gemv(backend(), transA, alpha, a, x, beta, y);
    }

    /** gemv in float32 on Java arrays. */
    public static void gemv(boolean transA, float alpha, FloatMatrix a, float[] x, float beta, float[] y) {
        gemv(transA, alpha, a, FloatArray.wrap(Objects.requireNonNull(x, "x")), beta,
                FloatArray.wrap(Objects.requireNonNull(y, "y")));
    }

    /**
     * The product {@code A * B} as a new matrix on the Java heap.
     *
     * @throws IllegalArgumentException if A's columns differ from B's rows, or the result does
     *     not fit in a Java array (use {@link #matmul(DoubleMatrix, DoubleMatrix, Arena)})
     */
    public static DoubleMatrix matmul(DoubleMatrix a, DoubleMatrix b) {
        LinearAlgebra.checkMatmul(a, b);
        DoubleMatrix c = DoubleMatrix.zeros(Math.toIntExact(a.rows()), Math.toIntExact(b.cols()));
        gemm(false, false, 1.0, a, b, 0.0, c);
        return c;
    }

    /** The product {@code A * B} as a new contiguous matrix allocated in {@code arena}. */
    public static DoubleMatrix matmul(DoubleMatrix a, DoubleMatrix b, Arena arena) {
        LinearAlgebra.checkMatmul(a, b);
        DoubleMatrix c = DoubleMatrix.allocate(arena, a.rows(), b.cols());
        gemm(false, false, 1.0, a, b, 0.0, c);
        return c;
    }

    /** The float32 product {@code A * B} as a new matrix on the Java heap. */
    public static FloatMatrix matmul(FloatMatrix a, FloatMatrix b) {
        LinearAlgebra.checkMatmul(a, b);
        FloatMatrix c = FloatMatrix.zeros(Math.toIntExact(a.rows()), Math.toIntExact(b.cols()));
        gemm(false, false, 1f, a, b, 0f, c);
        return c;
    }

    /** The float32 product {@code A * B} as a new contiguous matrix allocated in {@code arena}. */
    public static FloatMatrix matmul(FloatMatrix a, FloatMatrix b, Arena arena) {
        LinearAlgebra.checkMatmul(a, b);
        FloatMatrix c = FloatMatrix.allocate(arena, a.rows(), b.cols());
        gemm(false, false, 1f, a, b, 0f, c);
        return c;
    }
}
