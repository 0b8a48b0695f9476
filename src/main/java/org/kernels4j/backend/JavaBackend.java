package org.kernels4j.backend;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT_UNALIGNED;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.kernels4j.DType;

/**
 * The kernels in plain Java: the fallback when the native library cannot load, and the
 * oracle the native backend is tested against.
 *
 * <p>Every method produces the bits that {@code native/include/k4j.h} specifies (exp and
 * log excepted: {@link Math#exp} and {@link Math#log} may differ from the C library by a
 * few ulps). NaN results are NaN, but which NaN payload comes out is not specified.
 * Arguments are not checked: the public API validates them before calling a backend
 * (see {@link Backend}). All methods are stateless and safe to call from any thread;
 * the elementwise kernels and the tree-summed reductions (sum, nansum, nancount, dot, norm2,
 * sqdev, nansqdev) allocate no arrays (heap arrays are worked on in place, other memory goes
 * through per-thread chunk buffers, {@code ChunkBuffers}); the extrema of anything but a heap
 * {@code double[]} allocate one 32 KiB buffer at most, and nothing per element or per block;
 * argsort allocates one
 * {@code long} per element, a selection its histogram and the candidates of the wanted
 * buckets (see {@code RadixSelect}).
 *
 * <p>How it runs: the elementwise kernels work in place on the arrays behind heap segments of
 * their element type; otherwise memory is copied block by block into Java arrays and every
 * loop works on those arrays. Reading a {@link MemorySegment} element by element in a hot loop is
 * fast only while the JIT has seen one kind of segment at that loop; once the same code
 * has run on both heap and native segments it slowed down ~6x (1.9 against 0.3 ns per
 * element for the sum on JDK 25), whereas a bulk copy per block costs little and leaves
 * the arithmetic on plain arrays whatever the segment is. Bulk copies use unaligned
 * layouts so that no segment the caller could pass is rejected for its alignment.
 *
 * <p>The block sums of the k4j tree, nansum's and nanvar's terms, and the extrema run on the
 * Vector API when the JVM has {@code jdk.incubator.vector} in its boot layer
 * ({@code --add-modules jdk.incubator.vector}; detected once, at class initialisation), and in
 * plain loops otherwise, with the same bits either way; so do add, sub, mul, div (array and
 * scalar operands), minimum, maximum, fmin, fmax, abs, neg and sqrt ({@code VectorElementwise}).
 * {@code -Dkernels4j.noVectorApi=true} turns every Vector API path off. The extrema read a
 * writable heap {@code double[]} in place. Sorting and selection: see {@code JavaSort}.
 */
public final class JavaBackend implements Backend {

    /** The one instance. */
    public static final JavaBackend INSTANCE = new JavaBackend();

    private static final int BLOCK = SumTree.BLOCK;
    private static final int LANES = SumTree.LANES;

    /** Elements per pass of the chunked elementwise kernels: two or three buffers stay in L1. */
    private static final int CHUNK = ChunkBuffers.CHUNK;

    private JavaBackend() {
    }

    /** {@inheritDoc} Always "java". */
    @Override
    public String name() {
        return "java";
    }

    /** {@inheritDoc} Always "java": no CPU-specific path is involved. */
    @Override
    public String isa() {
        return "java";
    }

    // ---- moving data between segments and arrays --------------------------------------

    private static void get(MemorySegment s, long start, double[] dst, int len) {
        MemorySegment.copy(s, JAVA_DOUBLE_UNALIGNED, start * Double.BYTES, dst, 0, len);
    }

    private static void get(MemorySegment s, long start, float[] dst, int len) {
        MemorySegment.copy(s, JAVA_FLOAT_UNALIGNED, start * Float.BYTES, dst, 0, len);
    }

    private static void put(double[] src, int len, MemorySegment s, long start) {
        MemorySegment.copy(src, 0, s, JAVA_DOUBLE_UNALIGNED, start * Double.BYTES, len);
    }

    private static void put(float[] src, int len, MemorySegment s, long start) {
        MemorySegment.copy(src, 0, s, JAVA_FLOAT_UNALIGNED, start * Float.BYTES, len);
    }

    /** A buffer length: {@code step} elements, or n when the whole input is shorter. */
    private static int bufferLength(long n, int step) {
        return (int) Math.min(n, step);
    }

    /**
     * Reads blocks of one input as doubles. Every reduction works on the widened values:
     * float to double is exact and keeps order, NaN-ness and the sign of zero, and k4j.h
     * has the F32 reductions add, multiply and compare in double, so one code path
     * serves both element types.
     */
    private static final class Widening {
        private final MemorySegment x;
        private final float[] floats;

        /** Reads blocks of at most {@link ChunkBuffers#CHUNK} elements through buf's floats0. */
        Widening(DType t, MemorySegment x, ChunkBuffers buf) {
            this.x = x;
            this.floats = t == DType.F64 ? null : buf.floats0();
        }

        /** As above through buf's floats1 (a second input). */
        static Widening second(DType t, MemorySegment x, ChunkBuffers buf) {
            return new Widening(x, t == DType.F64 ? null : buf.floats1());
        }

        private Widening(MemorySegment x, float[] floats) {
            this.x = x;
            this.floats = floats;
        }

        /** Reads blocks of at most {@code step} elements. */
        Widening(DType t, MemorySegment x, long n, int step) {
            this.x = x;
            this.floats = t == DType.F64 ? null : new float[bufferLength(n, step)];
        }

        /** Elements [start, start + len) into v[0, len). */
        void load(double[] v, long start, int len) {
            if (floats == null) {
                get(x, start, v, len);
            } else {
                get(x, start, floats, len);
                float[] f = floats;
                for (int i = 0; i < len; i++) {
                    v[i] = f[i];
                }
            }
        }
    }

    // ---- the k4j tree -----------------------------------------------------------------

    /** Writes the terms of elements [start, start + len) to terms[0, len). */
    @FunctionalInterface
    private interface Terms {
        void fill(double[] terms, long start, int len);
    }

    /**
     * The k4j tree sum of n terms: blocks, lanes, halving, binary counter, fold. Works in
     * buf's doubles0, lanes and tree.
     */
    private static double tree(long n, Terms terms, ChunkBuffers buf) {
        if (n == 0) {
            return 0.0;
        }
        double[] t = buf.doubles0();
        double[] lanes = buf.lanes();
        SumTree tree = buf.sumTree();
        for (long start = 0; start < n; start += BLOCK) {
            int len = bufferLength(n - start, BLOCK);
            terms.fill(t, start, len);
            tree.push(blockSum(t, len, lanes), 0);
        }
        return tree.fold();
    }

    /**
     * The value of one block (k4j.h step 2): lane l is -0.0 plus terms l, l+32, l+64, ...
     * in that order, then the lanes are halved. Four lanes are filled at a time from
     * scalar accumulators held in registers: the adds of a lane depend on each other, so
     * four independent chains keep the adder busy, and the row-by-row form
     * {@code lanes[l] += t[j + l]} was measured slower (C2 does not vectorize it and
     * each add goes through memory).
     */
    private static double blockSum(double[] t, int len, double[] lanes) {
        return blockSum(t, 0, len, lanes);
    }

    /** The value of the block t[off, off + len). */
    private static double blockSum(double[] t, int off, int len, double[] lanes) {
        if (VECTOR_SUMS) {
            return VectorBlockSum.blockSum(t, off, len, lanes);
        }
        return scalarBlockSum(t, off, len, lanes);
    }

    /** Whether the block sums run on the Vector API (same bits; see {@link VectorBlockSum}). */
    static final boolean VECTOR_SUMS = vectorSums();

    private static boolean vectorSums() {
        try {
            return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent() && VectorBlockSum.AVAILABLE;
        } catch (LinkageError e) {
            return false;
        }
    }

    /** {@link #blockSum} in plain loops. */
    static double scalarBlockSum(double[] t, int len, double[] lanes) {
        return scalarBlockSum(t, 0, len, lanes);
    }

    /** {@link #scalarBlockSum(double[], int, double[])} of the terms t[off, off + len). */
    static double scalarBlockSum(double[] t, int off, int len, double[] lanes) {
        int full = len & -LANES;
        for (int l = 0; l < LANES; l += 4) {
            double a0 = -0.0, a1 = -0.0, a2 = -0.0, a3 = -0.0;
            for (int i = off + l; i < off + full; i += LANES) {
                a0 += t[i];
                a1 += t[i + 1];
                a2 += t[i + 2];
                a3 += t[i + 3];
            }
            lanes[l] = a0;
            lanes[l + 1] = a1;
            lanes[l + 2] = a2;
            lanes[l + 3] = a3;
        }
        // A short last row extends lanes 0.. by one term each, after all their earlier terms.
        for (int i = full; i < len; i++) {
            lanes[i - full] += t[off + i];
        }
        return SumTree.reduceLanes(lanes);
    }

    // ---- reductions -------------------------------------------------------------------

    /** {@inheritDoc} */
    @Override
    public double sum(DType t, MemorySegment x, long n) {
        double[] direct = t == DType.F64 ? heapDoubles(x, n) : null;
        if (direct != null) {
            return inPlaceSum(direct, first(x, Double.BYTES), n);
        }
        ChunkBuffers buf = ChunkBuffers.acquire();
        try {
            Widening in = new Widening(t, x, buf);
            return tree(n, in::load, buf);
        } finally {
            buf.release();
        }
    }

    /** The tree sum of v[from, from + n), read in place (no copy of the terms). */
    private static double inPlaceSum(double[] v, int from, long n) {
        if (n == 0) {
            return 0.0;
        }
        ChunkBuffers buf = ChunkBuffers.acquire();
        try {
            double[] lanes = buf.lanes();
            if (n <= BLOCK) {
                return blockSum(v, from, (int) n, lanes);
            }
            SumTree tree = buf.sumTree();
            for (long start = 0; start < n; start += BLOCK) {
                tree.push(blockSum(v, from + (int) start, bufferLength(n - start, BLOCK), lanes), 0);
            }
            return tree.fold();
        } finally {
            buf.release();
        }
    }

    /** {@inheritDoc} A NaN term becomes -0.0, which leaves any accumulator unchanged. */
    @Override
    public double nansum(DType t, MemorySegment x, long n) {
        ChunkBuffers buf = ChunkBuffers.acquire();
        try {
            return nansum(t, x, n, buf);
        } finally {
            buf.release();
        }
    }

    private static double nansum(DType t, MemorySegment x, long n, ChunkBuffers buf) {
        Widening in = new Widening(t, x, buf);
        return tree(n, (v, start, len) -> {
            in.load(v, start, len);
            if (VECTOR_SUMS) {
                VectorBlockSum.zeroNaNs(v, len);
                return;
            }
            for (int i = 0; i < len; i++) {
                double e = v[i];
                v[i] = e == e ? e : -0.0;
            }
        }, buf);
    }

    /** {@inheritDoc} */
    @Override
    public long nancount(DType t, MemorySegment x, long n) {
        ChunkBuffers buf = ChunkBuffers.acquire();
        try {
            Widening in = new Widening(t, x, buf);
            double[] v = buf.doubles0();
            long count = 0;
            for (long start = 0; start < n; start += BLOCK) {
                int len = bufferLength(n - start, BLOCK);
                in.load(v, start, len);
                int c = 0;
                for (int i = 0; i < len; i++) {
                    c += v[i] != v[i] ? 1 : 0;
                }
                count += c;
            }
            return count;
        } finally {
            buf.release();
        }
    }

    /** {@inheritDoc} F32 factors are widened first, so each product is exact in double. */
    @Override
    public double dot(DType t, MemorySegment x, MemorySegment y, long n) {
        ChunkBuffers buf = ChunkBuffers.acquire();
        try {
            Widening inX = new Widening(t, x, buf);
            Widening inY = Widening.second(t, y, buf);
            double[] w = buf.doubles1();
            return tree(n, (v, start, len) -> {
                inX.load(v, start, len);
                inY.load(w, start, len);
                for (int i = 0; i < len; i++) {
                    v[i] = v[i] * w[i];
                }
            }, buf);
        } finally {
            buf.release();
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>sqrt of the tree sum of squares; when that sum is +Inf (overflow) or below
     * 2^-970 (squares may have underflowed), no element is NaN or infinite, and
     * m = max|x| is positive, the result is instead {@code m * sqrt(tree sum of (x/m)^2)},
     * exactly as native/src/reduce.c computes it.
     */
    @Override
    public double norm2(DType t, MemorySegment x, long n) {
        ChunkBuffers buf = ChunkBuffers.acquire();
        try {
            return norm2(t, x, n, buf);
        } finally {
            buf.release();
        }
    }

    private static double norm2(DType t, MemorySegment x, long n, ChunkBuffers buf) {
        Widening in = new Widening(t, x, buf);
        double s = tree(n, (v, start, len) -> {
            in.load(v, start, len);
            for (int i = 0; i < len; i++) {
                v[i] = v[i] * v[i];
            }
        }, buf);
        if (Norm2.needsRescale(s)) {
            // s is not NaN here, so no element is NaN; +Inf may come from an infinite element.
            double m = maxAbs(in, n, buf.doubles0());
            if (m == Double.POSITIVE_INFINITY) {
                return m;
            }
            if (m > 0.0) {
                // Dividing (not multiplying by 1/m) keeps every quotient within [-1, 1], so
                // no square overflows, and is what the C kernel does.
                double scaled = tree(n, (v, start, len) -> {
                    in.load(v, start, len);
                    for (int i = 0; i < len; i++) {
                        double q = v[i] / m;
                        v[i] = q * q;
                    }
                }, buf);
                return m * Math.sqrt(scaled);
            }
        }
        return Math.sqrt(s);
    }

    private static double maxAbs(Widening in, long n, double[] v) {
        double m = 0.0;
        for (long start = 0; start < n; start += BLOCK) {
            int len = bufferLength(n - start, BLOCK);
            in.load(v, start, len);
            for (int i = 0; i < len; i++) {
                m = Math.max(m, Math.abs(v[i]));
            }
        }
        return m;
    }

    /** {@inheritDoc} */
    @Override
    public double sqdev(DType t, MemorySegment x, long n, double mean) {
        ChunkBuffers buf = ChunkBuffers.acquire();
        try {
            Widening in = new Widening(t, x, buf);
            return tree(n, (v, start, len) -> {
                in.load(v, start, len);
                for (int i = 0; i < len; i++) {
                    double d = v[i] - mean;
                    v[i] = d * d;
                }
            }, buf);
        } finally {
            buf.release();
        }
    }

    private static long intAt(DType t, MemorySegment x, long i) {
        return t == DType.I32 ? x.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, i)
                : x.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, i);
    }

    private static void intOnly(DType t) {
        if (t != DType.I32 && t != DType.I64) {
            throw new IllegalArgumentException("integer reductions take I32 or I64 arrays, got " + t);
        }
    }

    /** {@inheritDoc} */
    @Override
    public long isum(DType t, MemorySegment x, long n) {
        intOnly(t);
        long s = 0;
        for (long i = 0; i < n; i++) {
            s += intAt(t, x, i);
        }
        return s;
    }

    /** {@inheritDoc} */
    @Override
    public long iprod(DType t, MemorySegment x, long n) {
        intOnly(t);
        long p = 1;
        for (long i = 0; i < n; i++) {
            p *= intAt(t, x, i);
        }
        return p;
    }

    /** {@inheritDoc} The high and low 32-bit halves are summed apart, exactly, then combined. */
    @Override
    public double exactSum(DType t, MemorySegment x, long n) {
        intOnly(t);
        java.math.BigInteger total = java.math.BigInteger.ZERO;
        for (long start = 0; start < n; start += 1L << 30) {
            long m = Math.min(n - start, 1L << 30);
            long hi = 0;
            long lo = 0;
            for (long i = 0; i < m; i++) {
                long v = intAt(t, x, start + i);
                hi += v >> 32;
                lo += v & 0xffffffffL;
            }
            total = total.add(java.math.BigInteger.valueOf(hi).shiftLeft(32)).add(java.math.BigInteger.valueOf(lo));
        }
        return total.doubleValue();
    }

    /** {@inheritDoc} */
    @Override
    public long iargmin(DType t, MemorySegment x, long n) {
        return iarg(t, x, n, false);
    }

    /** {@inheritDoc} */
    @Override
    public long iargmax(DType t, MemorySegment x, long n) {
        return iarg(t, x, n, true);
    }

    private static long iarg(DType t, MemorySegment x, long n, boolean max) {
        intOnly(t);
        if (n <= 0) {
            return -1;
        }
        long best = intAt(t, x, 0);
        long where = 0;
        for (long i = 1; i < n; i++) {
            long v = intAt(t, x, i);
            if (max ? v > best : v < best) {
                best = v;
                where = i;
            }
        }
        return where;
    }

    /** {@inheritDoc} */
    @Override
    public double nansqdev(DType t, MemorySegment x, long n, double mean) {
        ChunkBuffers buf = ChunkBuffers.acquire();
        try {
            return nansqdev(t, x, n, mean, buf);
        } finally {
            buf.release();
        }
    }

    private static double nansqdev(DType t, MemorySegment x, long n, double mean, ChunkBuffers buf) {
        Widening in = new Widening(t, x, buf);
        return tree(n, (v, start, len) -> {
            in.load(v, start, len);
            if (VECTOR_SUMS) {
                VectorBlockSum.nanSquares(v, len, mean);
                return;
            }
            for (int i = 0; i < len; i++) {
                double d = v[i] - mean;
                v[i] = v[i] != v[i] ? -0.0 : d * d;
            }
        }, buf);
    }

    // ---- extrema -----------------------------------------------------------------------
    // min and max by Math.min/Math.max: NaN absorbs and -0.0 orders below +0.0, which makes
    // them associative and commutative, so any grouping (vector lanes, blocks) gives the bits
    // of a left-to-right loop. The starting values +Inf/-Inf are identities for them.
    //
    // argmin/argmax: the first block whose minimum is NaN holds the answer (its first NaN);
    // otherwise a block replaces the best only when its minimum is strictly below it, and the
    // index is the block's first element equal to that minimum. Since -0.0 == +0.0, that is
    // the first zero of either sign, "the first index equal to the minimum", as in NumPy.

    /** Elements per block of the extrema: the copy of a block stays in L1/L2. */
    private static final int EXTREMA_BLOCK = 4096;

    /** Whether the extrema run on the Vector API (same bits; see {@link VectorExtrema}). */
    static final boolean VECTOR_EXTREMA = vectorExtrema();

    private static boolean vectorExtrema() {
        try {
            return VECTOR_SUMS && VectorExtrema.AVAILABLE;
        } catch (LinkageError e) {
            return false;
        }
    }

    /**
     * Blocks of one input as doubles: read in place from the array behind a writable heap
     * segment of doubles (no copy), copied (and widened) into a buffer otherwise.
     */
    private static final class Blocks {
        private final double[] direct;
        private final int base;
        private final Widening in;
        private final double[] buffer;

        Blocks(DType t, MemorySegment x, long n) {
            Object heap = t == DType.F64 ? x.heapBase().orElse(null) : null;
            if (heap instanceof double[] a && x.address() % Double.BYTES == 0) {
                direct = a;
                base = (int) (x.address() / Double.BYTES);
                in = null;
                buffer = null;
            } else {
                direct = null;
                base = 0;
                in = new Widening(t, x, n, EXTREMA_BLOCK);
                buffer = new double[bufferLength(n, EXTREMA_BLOCK)];
            }
        }

        /** The array that holds elements [start, start + len) from index {@link #from}. */
        double[] load(long start, int len) {
            if (direct != null) {
                return direct;
            }
            in.load(buffer, start, len);
            return buffer;
        }

        /** Where element start is in the array {@link #load} returned for it. */
        int from(long start) {
            return direct != null ? base + (int) start : 0;
        }
    }

    /** The identity of the extremum: +Inf for the minimum, -Inf for the maximum. */
    private static double identity(boolean max) {
        return max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /** Math.max (max) or Math.min of acc and v[from, to). */
    private static double extremumOf(double[] v, int from, int to, double acc, boolean max) {
        if (VECTOR_EXTREMA) {
            return max ? VectorExtrema.max(v, from, to, acc) : VectorExtrema.min(v, from, to, acc);
        }
        if (max) {
            for (int i = from; i < to; i++) {
                acc = Math.max(acc, v[i]);
            }
        } else {
            for (int i = from; i < to; i++) {
                acc = Math.min(acc, v[i]);
            }
        }
        return acc;
    }

    /** The maximum (max) or minimum of the non-NaN elements of v[from, to); the identity when there are none. */
    private static double nanExtremumOf(double[] v, int from, int to, boolean max) {
        if (VECTOR_EXTREMA) {
            return max ? VectorExtrema.nanmax(v, from, to, Double.NEGATIVE_INFINITY)
                    : VectorExtrema.nanmin(v, from, to, Double.POSITIVE_INFINITY);
        }
        double m = identity(max);
        if (max) {
            for (int i = from; i < to; i++) {
                double e = v[i];
                if (e == e) {
                    m = Math.max(m, e);
                }
            }
        } else {
            for (int i = from; i < to; i++) {
                double e = v[i];
                if (e == e) {
                    m = Math.min(m, e);
                }
            }
        }
        return m;
    }

    /** {@inheritDoc} NaN when n == 0. */
    @Override
    public double min(DType t, MemorySegment x, long n) {
        return extremum(t, x, n, false);
    }

    /** {@inheritDoc} NaN when n == 0. */
    @Override
    public double max(DType t, MemorySegment x, long n) {
        return extremum(t, x, n, true);
    }

    private static double extremum(DType t, MemorySegment x, long n, boolean max) {
        if (n == 0) {
            return Double.NaN;
        }
        Blocks in = new Blocks(t, x, n);
        double r = identity(max);
        for (long start = 0; start < n; start += EXTREMA_BLOCK) {
            int len = bufferLength(n - start, EXTREMA_BLOCK);
            double[] v = in.load(start, len);
            int from = in.from(start);
            r = extremumOf(v, from, from + len, r, max);
        }
        return r;
    }

    /** {@inheritDoc} NaN when n == 0. */
    @Override
    public double nanmin(DType t, MemorySegment x, long n) {
        return nanExtremum(t, x, n, false);
    }

    /** {@inheritDoc} NaN when n == 0. */
    @Override
    public double nanmax(DType t, MemorySegment x, long n) {
        return nanExtremum(t, x, n, true);
    }

    private static double nanExtremum(DType t, MemorySegment x, long n, boolean max) {
        Blocks in = new Blocks(t, x, n);
        double none = identity(max);
        double r = none;
        boolean any = false;
        for (long start = 0; start < n; start += EXTREMA_BLOCK) {
            int len = bufferLength(n - start, EXTREMA_BLOCK);
            double[] v = in.load(start, len);
            int from = in.from(start);
            double m = nanExtremumOf(v, from, from + len, max);
            r = max ? Math.max(r, m) : Math.min(r, m);
            // The identity (+Inf or -Inf): the block may hold only NaNs; anything else is an element's value.
            any = any || m != none || hasNumber(v, from, from + len);
        }
        return any ? r : Double.NaN;
    }

    private static boolean hasNumber(double[] v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (v[i] == v[i]) {
                return true;
            }
        }
        return false;
    }

    /** The first index of v[from, to) holding NaN (when m is NaN) or a value equal to m. */
    private static int firstOf(double[] v, int from, int to, double m) {
        if (m != m) {
            for (int i = from; i < to; i++) {
                if (v[i] != v[i]) {
                    return i;
                }
            }
        } else {
            for (int i = from; i < to; i++) {
                if (v[i] == m) {
                    return i;
                }
            }
        }
        // Only when another thread changed the block since its extremum was computed: the
        // result is then unspecified (but an index of the block).
        return from;
    }

    /** {@inheritDoc} -1 when n == 0. */
    @Override
    public long argmin(DType t, MemorySegment x, long n) {
        return argExtremum(t, x, n, false);
    }

    /** {@inheritDoc} -1 when n == 0. */
    @Override
    public long argmax(DType t, MemorySegment x, long n) {
        return argExtremum(t, x, n, true);
    }

    private static long argExtremum(DType t, MemorySegment x, long n, boolean max) {
        Blocks in = new Blocks(t, x, n);
        long best = -1;
        double b = Double.NaN;
        for (long start = 0; start < n; start += EXTREMA_BLOCK) {
            int len = bufferLength(n - start, EXTREMA_BLOCK);
            double[] v = in.load(start, len);
            int from = in.from(start);
            double m = extremumOf(v, from, from + len, identity(max), max);
            if (m != m) {
                return start + firstOf(v, from, from + len, m) - from;
            }
            if (best < 0 || (max ? m > b : m < b)) {
                b = m;
                best = start + firstOf(v, from, from + len, m) - from;
            }
        }
        return best;
    }

    // ---- elementwise ------------------------------------------------------------------
    // Heap arrays of the element type (the usual case: MemorySegment.ofArray) are read and
    // written in place, with no copy. Other memory goes through the calling thread's chunk
    // buffers (ChunkBuffers: nothing allocated per call): each chunk of every input is copied
    // in before the chunk of out is written, so out may be exactly an input. The Backend
    // contract rules out any other overlap. F32 arithmetic stays in float (one rounding per
    // operation, as in C and NumPy); Java never fuses a multiply and an add.

    /**
     * Whether add, sub, mul, div, minimum, maximum, fmin, fmax, abs, neg and sqrt may run on the
     * Vector API (same bits; see {@link VectorElementwise}): the comparisons always, the
     * arithmetic where the arrays' offsets differ (with equal offsets C2 vectorizes the plain
     * loop itself, measured as fast; see {@link VectorElementwise#selects}).
     */
    static final boolean VECTOR_ELEMENTWISE = vectorElementwise();

    private static boolean vectorElementwise() {
        try {
            return VECTOR_SUMS && VectorElementwise.AVAILABLE;
        } catch (LinkageError e) {
            return false;
        }
    }

    /** The double[] behind a writable heap segment holding n aligned doubles, else null. */
    private static double[] heapDoubles(MemorySegment s, long n) {
        if (s.heapBase().orElse(null) instanceof double[] a && s.address() % Double.BYTES == 0
                && s.byteSize() >= n * Double.BYTES) {
            return a;
        }
        return null;
    }

    /** The float[] behind a writable heap segment holding n aligned floats, else null. */
    private static float[] heapFloats(MemorySegment s, long n) {
        if (s.heapBase().orElse(null) instanceof float[] a && s.address() % Float.BYTES == 0
                && s.byteSize() >= n * Float.BYTES) {
            return a;
        }
        return null;
    }

    /** The array index of a heap segment's first element ({@code address()} is its byte offset). */
    private static int first(MemorySegment s, int bytes) {
        return (int) (s.address() / bytes);
    }

    private static void binaryLoop(BinaryOp op, double[] a, int ao, double[] b, int bo, double[] o, int oo, int len) {
        if (VECTOR_ELEMENTWISE && VectorElementwise.supports(op)
                && (VectorElementwise.selects(op) || ao != bo || bo != oo)) {
            VectorElementwise.binary(op, a, ao, b, bo, o, oo, len);
        } else {
            ScalarElementwise.binary(op, a, ao, b, bo, o, oo, len);
        }
    }

    private static void binaryLoop(BinaryOp op, float[] a, int ao, float[] b, int bo, float[] o, int oo, int len) {
        if (VECTOR_ELEMENTWISE && VectorElementwise.supports(op)
                && (VectorElementwise.selects(op) || ao != bo || bo != oo)) {
            VectorElementwise.binary(op, a, ao, b, bo, o, oo, len);
        } else {
            ScalarElementwise.binary(op, a, ao, b, bo, o, oo, len);
        }
    }

    private static void scalarLoop(BinaryOp op, double[] a, int ao, double s, double[] o, int oo, int len) {
        if (VECTOR_ELEMENTWISE && ao != oo) {
            VectorElementwise.binaryScalar(op, a, ao, s, o, oo, len);
        } else {
            ScalarElementwise.binaryScalar(op, a, ao, s, o, oo, len);
        }
    }

    private static void scalarLoop(BinaryOp op, float[] a, int ao, float s, float[] o, int oo, int len) {
        if (VECTOR_ELEMENTWISE && ao != oo) {
            VectorElementwise.binaryScalar(op, a, ao, s, o, oo, len);
        } else {
            ScalarElementwise.binaryScalar(op, a, ao, s, o, oo, len);
        }
    }

    private static void unaryLoop(UnaryOp op, double[] a, int ao, double[] o, int oo, int len) {
        if (VECTOR_ELEMENTWISE && VectorElementwise.supports(op) && ao != oo) {
            VectorElementwise.unary(op, a, ao, o, oo, len);
        } else {
            ScalarElementwise.unary(op, a, ao, o, oo, len);
        }
    }

    private static void unaryLoop(UnaryOp op, float[] a, int ao, float[] o, int oo, int len) {
        if (VECTOR_ELEMENTWISE && VectorElementwise.supports(op) && ao != oo) {
            VectorElementwise.unary(op, a, ao, o, oo, len);
        } else {
            ScalarElementwise.unary(op, a, ao, o, oo, len);
        }
    }

    /** {@inheritDoc} */
    @Override
    public void binary(BinaryOp op, DType t, MemorySegment a, MemorySegment b, MemorySegment out, long n) {
        if (t == DType.F64) {
            double[] ha = heapDoubles(a, n);
            double[] hb = heapDoubles(b, n);
            double[] ho = heapDoubles(out, n);
            if (ha != null && hb != null && ho != null) {
                binaryLoop(op, ha, first(a, Double.BYTES), hb, first(b, Double.BYTES), ho, first(out, Double.BYTES),
                        (int) n);
                return;
            }
            ChunkBuffers buf = ChunkBuffers.acquire();
            try {
                double[] u = buf.doubles0();
                double[] w = buf.doubles1();
                for (long start = 0; start < n; start += CHUNK) {
                    int len = bufferLength(n - start, CHUNK);
                    get(a, start, u, len);
                    get(b, start, w, len);
                    binaryLoop(op, u, 0, w, 0, u, 0, len);
                    put(u, len, out, start);
                }
            } finally {
                buf.release();
            }
        } else {
            float[] ha = heapFloats(a, n);
            float[] hb = heapFloats(b, n);
            float[] ho = heapFloats(out, n);
            if (ha != null && hb != null && ho != null) {
                binaryLoop(op, ha, first(a, Float.BYTES), hb, first(b, Float.BYTES), ho, first(out, Float.BYTES),
                        (int) n);
                return;
            }
            ChunkBuffers buf = ChunkBuffers.acquire();
            try {
                float[] u = buf.floats0();
                float[] w = buf.floats1();
                for (long start = 0; start < n; start += CHUNK) {
                    int len = bufferLength(n - start, CHUNK);
                    get(a, start, u, len);
                    get(b, start, w, len);
                    binaryLoop(op, u, 0, w, 0, u, 0, len);
                    put(u, len, out, start);
                }
            } finally {
                buf.release();
            }
        }
    }

    /** {@inheritDoc} */
    @Override
    public void binaryScalar(BinaryOp op, DType t, MemorySegment a, double s, MemorySegment out, long n) {
        if (!op.hasScalarForm()) {
            throw new IllegalArgumentException(op + " has no scalar form");
        }
        if (t == DType.F64) {
            double[] ha = heapDoubles(a, n);
            double[] ho = heapDoubles(out, n);
            if (ha != null && ho != null) {
                scalarLoop(op, ha, first(a, Double.BYTES), s, ho, first(out, Double.BYTES), (int) n);
                return;
            }
            ChunkBuffers buf = ChunkBuffers.acquire();
            try {
                double[] u = buf.doubles0();
                for (long start = 0; start < n; start += CHUNK) {
                    int len = bufferLength(n - start, CHUNK);
                    get(a, start, u, len);
                    scalarLoop(op, u, 0, s, u, 0, len);
                    put(u, len, out, start);
                }
            } finally {
                buf.release();
            }
        } else {
            float f = (float) s;
            float[] ha = heapFloats(a, n);
            float[] ho = heapFloats(out, n);
            if (ha != null && ho != null) {
                scalarLoop(op, ha, first(a, Float.BYTES), f, ho, first(out, Float.BYTES), (int) n);
                return;
            }
            ChunkBuffers buf = ChunkBuffers.acquire();
            try {
                float[] u = buf.floats0();
                for (long start = 0; start < n; start += CHUNK) {
                    int len = bufferLength(n - start, CHUNK);
                    get(a, start, u, len);
                    scalarLoop(op, u, 0, f, u, 0, len);
                    put(u, len, out, start);
                }
            } finally {
                buf.release();
            }
        }
    }

    /** {@inheritDoc} Two roundings: the product is rounded before the add. */
    @Override
    public void axpy(DType t, double alpha, MemorySegment x, MemorySegment y, long n) {
        ChunkBuffers buf = ChunkBuffers.acquire();
        try {
            if (t == DType.F64) {
                double[] u = buf.doubles0();
                double[] w = buf.doubles1();
                for (long start = 0; start < n; start += CHUNK) {
                    int len = bufferLength(n - start, CHUNK);
                    get(x, start, u, len);
                    get(y, start, w, len);
                    for (int i = 0; i < len; i++) {
                        w[i] = alpha * u[i] + w[i];
                    }
                    put(w, len, y, start);
                }
            } else {
                float fa = (float) alpha;
                float[] u = buf.floats0();
                float[] w = buf.floats1();
                for (long start = 0; start < n; start += CHUNK) {
                    int len = bufferLength(n - start, CHUNK);
                    get(x, start, u, len);
                    get(y, start, w, len);
                    for (int i = 0; i < len; i++) {
                        w[i] = fa * u[i] + w[i];
                    }
                    put(w, len, y, start);
                }
            }
        } finally {
            buf.release();
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>abs clears and neg flips the sign bit (abs(-0.0) = +0.0, neg(+0.0) = -0.0). F32
     * sqrt, exp and log are computed in double and rounded once to float; for sqrt that
     * is the correctly rounded float square root.
     */
    @Override
    public void unary(UnaryOp op, DType t, MemorySegment x, MemorySegment out, long n) {
        if (t == DType.F64) {
            double[] hx = heapDoubles(x, n);
            double[] ho = heapDoubles(out, n);
            if (hx != null && ho != null) {
                unaryLoop(op, hx, first(x, Double.BYTES), ho, first(out, Double.BYTES), (int) n);
                return;
            }
            ChunkBuffers buf = ChunkBuffers.acquire();
            try {
                double[] u = buf.doubles0();
                for (long start = 0; start < n; start += CHUNK) {
                    int len = bufferLength(n - start, CHUNK);
                    get(x, start, u, len);
                    unaryLoop(op, u, 0, u, 0, len);
                    put(u, len, out, start);
                }
            } finally {
                buf.release();
            }
        } else {
            float[] hx = heapFloats(x, n);
            float[] ho = heapFloats(out, n);
            if (hx != null && ho != null) {
                unaryLoop(op, hx, first(x, Float.BYTES), ho, first(out, Float.BYTES), (int) n);
                return;
            }
            ChunkBuffers buf = ChunkBuffers.acquire();
            try {
                float[] u = buf.floats0();
                for (long start = 0; start < n; start += CHUNK) {
                    int len = bufferLength(n - start, CHUNK);
                    get(x, start, u, len);
                    unaryLoop(op, u, 0, u, 0, len);
                    put(u, len, out, start);
                }
            } finally {
                buf.release();
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Computed as {@code Math.min(Math.max(x, lo), hi)}: a NaN element or bound gives
     * NaN, max(-0.0, +0.0) is +0.0, and lo &gt; hi gives hi (as NumPy).
     */
    @Override
    public void clip(DType t, MemorySegment x, double lo, double hi, MemorySegment out, long n) {
        ChunkBuffers buf = ChunkBuffers.acquire();
        try {
            if (t == DType.F64) {
                double[] u = buf.doubles0();
                for (long start = 0; start < n; start += CHUNK) {
                    int len = bufferLength(n - start, CHUNK);
                    get(x, start, u, len);
                    for (int i = 0; i < len; i++) {
                        u[i] = Math.min(Math.max(u[i], lo), hi);
                    }
                    put(u, len, out, start);
                }
            } else {
                float flo = (float) lo;
                float fhi = (float) hi;
                float[] u = buf.floats0();
                for (long start = 0; start < n; start += CHUNK) {
                    int len = bufferLength(n - start, CHUNK);
                    get(x, start, u, len);
                    for (int i = 0; i < len; i++) {
                        u[i] = Math.min(Math.max(u[i], flo), fhi);
                    }
                    put(u, len, out, start);
                }
            }
        } finally {
            buf.release();
        }
    }

    /** {@inheritDoc} The F32 accumulator is a double; each stored value is it rounded to float. */
    @Override
    public double cumsum(DType t, MemorySegment x, MemorySegment out, long n, double carry) {
        double acc = carry;
        ChunkBuffers buf = ChunkBuffers.acquire();
        try {
            if (t == DType.F64) {
                double[] u = buf.doubles0();
                for (long start = 0; start < n; start += CHUNK) {
                    int len = bufferLength(n - start, CHUNK);
                    get(x, start, u, len);
                    for (int i = 0; i < len; i++) {
                        acc += u[i];
                        u[i] = acc;
                    }
                    put(u, len, out, start);
                }
            } else {
                float[] u = buf.floats0();
                for (long start = 0; start < n; start += CHUNK) {
                    int len = bufferLength(n - start, CHUNK);
                    get(x, start, u, len);
                    for (int i = 0; i < len; i++) {
                        acc += u[i];
                        u[i] = (float) acc;
                    }
                    put(u, len, out, start);
                }
            }
        } finally {
            buf.release();
        }
        return acc;
    }

    // ---- sort family ----------------------------------------------------------------------

    @Override
    public void sort(DType t, MemorySegment x, long n) {
        JavaSort.sort(t, x, n);
    }

    @Override
    public void argsort(DType t, MemorySegment x, long n, MemorySegment out) {
        JavaSort.argsort(t, x, n, out);
    }

    @Override
    public void partition(DType t, MemorySegment x, long n, long[] ks) {
        JavaSort.partition(t, x, n, ks);
    }

    @Override
    public void select(DType t, MemorySegment x, long n, long[] ks, MemorySegment vals) {
        JavaSort.select(t, x, n, ks, vals);
    }

    /** {@inheritDoc} By radix selection: two reads of x, see {@code RadixSelect}. */
    @Override
    public Selection selectRanks(DType t, MemorySegment x, long n, java.util.function.LongFunction<long[]> ranksFor) {
        return RadixSelect.selectRanks(t, x, n, ranksFor);
    }

    @Override
    public void histUniform(MemorySegment x, long n, HistBins u, long[] counts) {
        JavaHist.uniform(x, n, u, counts);
    }

    @Override
    public void histEdges(DType t, MemorySegment x, long n, double[] edges, long[] counts) {
        JavaHist.edges(t, x, n, edges, counts);
    }

    @Override
    public void bincount(DType t, MemorySegment x, long n, long[] counts) {
        JavaHist.bincount(t, x, n, counts);
    }

    /** {@inheritDoc} */
    @Override
    public void bincount(DType t, MemorySegment x, MemorySegment w, long n, double[] sums) {
        JavaHist.bincount(t, x, w, n, sums);
    }

    @Override
    public long[] intRange(DType t, MemorySegment x, long n) {
        return JavaHist.range(t, x, n);
    }

    @Override
    public long bincountPart(DType t, MemorySegment x, MemorySegment w, long n, double[] sums, long lo) {
        return JavaHist.bincountPart(t, x, w, n, sums, lo);
    }

    @Override
    public void histUniformWeighted(MemorySegment x, MemorySegment w, long n, HistBins u, double[] sums) {
        JavaHist.uniformWeighted(x, w, n, u, sums);
    }

    /** {@inheritDoc} Plain loops (i-k-j, or dot products when transB); see {@code JavaGemm}. */
    @Override
    public void gemm(DType t, boolean transA, boolean transB, long m, long n, long k, double alpha, MemorySegment a,
                     long lda, MemorySegment b, long ldb, double beta, MemorySegment c, long ldc) {
        JavaGemm.gemm(t, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
    }

    /** {@inheritDoc} */
    @Override
    public void gemv(DType t, boolean transA, long m, long n, double alpha, MemorySegment a, long lda,
                     MemorySegment x, double beta, MemorySegment y) {
        JavaGemm.gemv(t, transA, m, n, alpha, a, lda, x, beta, y);
    }
}
