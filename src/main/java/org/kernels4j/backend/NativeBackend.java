package org.kernels4j.backend;

import static org.kernels4j.ffi.k4j_h.*;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.kernels4j.DType;
import org.kernels4j.Isa;

/**
 * The C kernels of {@code libk4j}, called through FFM on one ISA path.
 *
 * <p>Call shape. Heap arrays reach C without copying through critical downcalls, and
 * critical downcalls hold off garbage collection and safepoints for their whole
 * duration, so no critical call is given more than {@link #CRITICAL_CHUNK} elements
 * ({@link #CRITICAL_CHUNK_SLOW} for exp and log): that is at most ~50 microseconds of
 * work on the vector paths here (under 0.5 ms on the baseline path for exp/log), a pause
 * other threads cannot notice, while the per-call cost (~5 ns) stays under 0.1% of the
 * chunk's work. Longer heap calls become a loop of such chunks, combined so that the
 * result is bit-for-bit the single-call result (sums through {@link SumTree}). Off-heap
 * memory of at most a chunk also takes the (cheaper) critical call; longer off-heap
 * work takes one ordinary downcall, during which the JVM runs on undisturbed.
 */
public final class NativeBackend implements Backend {
    /** Elements per critical call: 2^16, a power-of-two number of sum blocks (level 7). */
    public static final long CRITICAL_CHUNK = 1L << 16;
    /** Elements per critical call of the transcendental kernels (exp, log). */
    public static final long CRITICAL_CHUNK_SLOW = 1L << 14;
    /**
     * Elements per critical call of the kernels that call the C library per element (sin, pow,
     * ...: 10-40 ns each, more for huge trigonometric arguments).
     */
    public static final long CRITICAL_CHUNK_LIBM = 1L << 11;
    private static final int CHUNK_LEVEL = SumTree.levelOf(CRITICAL_CHUNK);

    private final Isa isa;
    private final int code;
    private final NativeMasks masks;

    /** A backend on the given path; the caller checked that the library loaded and the CPU has the path. */
    public NativeBackend(Isa isa) {
        this.isa = isa;
        this.code = isa.code();
        this.masks = new NativeMasks(code);
    }

    @Override
    public MaskOps masks() {
        return masks;
    }

    /** Best path of this CPU according to the library. */
    public static Isa bestIsa() {
        return Isa.ofCode(k4j_info_best_isa());
    }

    /** The library's ABI version. */
    public static int abiVersion() {
        return k4j_info_abi_version();
    }

    @Override
    public String name() {
        return "native";
    }

    @Override
    public String isa() {
        return isa.label();
    }

    /** The path of this backend. */
    public Isa isaPath() {
        return isa;
    }

    private static boolean allNative(MemorySegment a, MemorySegment b) {
        return a.isNative() && b.isNative();
    }

    private static MemorySegment at(MemorySegment s, DType t, long index) {
        return index == 0 ? s : s.asSlice(index * t.byteSize());
    }

    /** A sum-family kernel applied to elements [off, off+len) of its operands. */
    private interface SumPiece {
        double apply(long off, long len);
    }

    /** Chunked heap evaluation of a k4j-tree sum: identical bits to one call on all n. */
    private static double treeChunks(long n, SumPiece piece) {
        SumTree tree = new SumTree();
        long off = 0;
        for (; n - off > CRITICAL_CHUNK; off += CRITICAL_CHUNK) {
            tree.push(piece.apply(off, CRITICAL_CHUNK), CHUNK_LEVEL);
        }
        tree.push(piece.apply(off, n - off), SumTree.PARTIAL);
        return tree.fold();
    }

    // ---- sums ---------------------------------------------------------------------

    @Override
    public double sum(DType t, MemorySegment x, long n) {
        if (n <= CRITICAL_CHUNK) {
            return sumCritical(t, x, n);
        }
        if (x.isNative()) {
            return t == DType.F64 ? k4j_reduce_sum_f64(code, x, n) : k4j_reduce_sum_f32(code, x, n);
        }
        return treeChunks(n, (off, len) -> sumCritical(t, at(x, t, off), len));
    }

    private double sumCritical(DType t, MemorySegment x, long n) {
        return t == DType.F64 ? k4j_reduce_sum_f64$critical(code, x, n) : k4j_reduce_sum_f32$critical(code, x, n);
    }

    @Override
    public double nansum(DType t, MemorySegment x, long n) {
        if (n <= CRITICAL_CHUNK) {
            return nansumCritical(t, x, n);
        }
        if (x.isNative()) {
            return t == DType.F64 ? k4j_reduce_nansum_f64(code, x, n) : k4j_reduce_nansum_f32(code, x, n);
        }
        return treeChunks(n, (off, len) -> nansumCritical(t, at(x, t, off), len));
    }

    private double nansumCritical(DType t, MemorySegment x, long n) {
        return t == DType.F64 ? k4j_reduce_nansum_f64$critical(code, x, n) : k4j_reduce_nansum_f32$critical(code, x, n);
    }

    @Override
    public double dot(DType t, MemorySegment x, MemorySegment y, long n) {
        if (n <= CRITICAL_CHUNK) {
            return dotCritical(t, x, y, n);
        }
        if (allNative(x, y)) {
            return t == DType.F64 ? k4j_reduce_dot_f64(code, x, y, n) : k4j_reduce_dot_f32(code, x, y, n);
        }
        return treeChunks(n, (off, len) -> dotCritical(t, at(x, t, off), at(y, t, off), len));
    }

    private double dotCritical(DType t, MemorySegment x, MemorySegment y, long n) {
        return t == DType.F64 ? k4j_reduce_dot_f64$critical(code, x, y, n) : k4j_reduce_dot_f32$critical(code, x, y, n);
    }

    @Override
    public double sqdev(DType t, MemorySegment x, long n, double mean) {
        if (n <= CRITICAL_CHUNK) {
            return sqdevCritical(t, x, n, mean);
        }
        if (x.isNative()) {
            return t == DType.F64 ? k4j_reduce_sqdev_f64(code, x, n, mean) : k4j_reduce_sqdev_f32(code, x, n, mean);
        }
        return treeChunks(n, (off, len) -> sqdevCritical(t, at(x, t, off), len, mean));
    }

    private double sqdevCritical(DType t, MemorySegment x, long n, double mean) {
        return t == DType.F64 ? k4j_reduce_sqdev_f64$critical(code, x, n, mean)
                : k4j_reduce_sqdev_f32$critical(code, x, n, mean);
    }

    // ---- integer reductions: critical calls of at most CRITICAL_CHUNK elements on heap arrays ----

    private static void intOnly(DType t) {
        if (t != DType.I32 && t != DType.I64) {
            throw new IllegalArgumentException("integer reductions take I32 or I64 arrays, got " + t);
        }
    }

    private long isumCall(DType t, MemorySegment x, long n, boolean critical) {
        if (t == DType.I64) {
            return critical ? k4j_reduce_isum_i64$critical(code, x, n) : k4j_reduce_isum_i64(code, x, n);
        }
        return critical ? k4j_reduce_isum_i32$critical(code, x, n) : k4j_reduce_isum_i32(code, x, n);
    }

    private long iprodCall(DType t, MemorySegment x, long n, boolean critical) {
        if (t == DType.I64) {
            return critical ? k4j_reduce_iprod_i64$critical(code, x, n) : k4j_reduce_iprod_i64(code, x, n);
        }
        return critical ? k4j_reduce_iprod_i32$critical(code, x, n) : k4j_reduce_iprod_i32(code, x, n);
    }

    private double exactSumCall(DType t, MemorySegment x, long n, boolean critical) {
        if (t == DType.I64) {
            return critical ? k4j_reduce_exactsum_i64$critical(code, x, n) : k4j_reduce_exactsum_i64(code, x, n);
        }
        return critical ? k4j_reduce_exactsum_i32$critical(code, x, n) : k4j_reduce_exactsum_i32(code, x, n);
    }

    private long iargCall(boolean max, DType t, MemorySegment x, long n, boolean critical) {
        if (t == DType.I64) {
            return max ? (critical ? k4j_reduce_iargmax_i64$critical(code, x, n) : k4j_reduce_iargmax_i64(code, x, n))
                    : (critical ? k4j_reduce_iargmin_i64$critical(code, x, n) : k4j_reduce_iargmin_i64(code, x, n));
        }
        return max ? (critical ? k4j_reduce_iargmax_i32$critical(code, x, n) : k4j_reduce_iargmax_i32(code, x, n))
                : (critical ? k4j_reduce_iargmin_i32$critical(code, x, n) : k4j_reduce_iargmin_i32(code, x, n));
    }

    @Override
    public long isum(DType t, MemorySegment x, long n) {
        intOnly(t);
        if (n <= CRITICAL_CHUNK || x.isNative()) {
            return isumCall(t, x, n, !x.isNative());
        }
        long s = 0;
        for (long off = 0; off < n; off += CRITICAL_CHUNK) {
            s += isumCall(t, at(x, t, off), Math.min(CRITICAL_CHUNK, n - off), true);
        }
        return s;
    }

    @Override
    public long iprod(DType t, MemorySegment x, long n) {
        intOnly(t);
        if (n <= CRITICAL_CHUNK || x.isNative()) {
            return iprodCall(t, x, n, !x.isNative());
        }
        long p = 1;
        for (long off = 0; off < n; off += CRITICAL_CHUNK) {
            p *= iprodCall(t, at(x, t, off), Math.min(CRITICAL_CHUNK, n - off), true);
        }
        return p;
    }

    /**
     * {@inheritDoc} A long heap array is summed in chunks, each chunk's exact sum rebuilt from
     * its wrapped int64 sum (exact modulo 2^64) and its rounded sum (within 2^27 of the exact
     * one, far less than 2^64), then added exactly.
     */
    @Override
    public double exactSum(DType t, MemorySegment x, long n) {
        intOnly(t);
        if (n <= CRITICAL_CHUNK || x.isNative()) {
            return exactSumCall(t, x, n, !x.isNative());
        }
        java.math.BigInteger total = java.math.BigInteger.ZERO;
        java.math.BigDecimal two64 = new java.math.BigDecimal(java.math.BigInteger.ONE.shiftLeft(64));
        for (long off = 0; off < n; off += CRITICAL_CHUNK) {
            MemorySegment piece = at(x, t, off);
            long len = Math.min(CRITICAL_CHUNK, n - off);
            long wrapped = isumCall(t, piece, len, true);
            double rounded = exactSumCall(t, piece, len, true);
            java.math.BigInteger k = new java.math.BigDecimal(rounded).subtract(java.math.BigDecimal.valueOf(wrapped))
                    .divide(two64, 0, java.math.RoundingMode.HALF_EVEN).toBigIntegerExact();
            total = total.add(java.math.BigInteger.valueOf(wrapped)).add(k.shiftLeft(64));
        }
        return total.doubleValue();
    }

    @Override
    public long iargmin(DType t, MemorySegment x, long n) {
        return iarg(false, t, x, n);
    }

    @Override
    public long iargmax(DType t, MemorySegment x, long n) {
        return iarg(true, t, x, n);
    }

    private long iarg(boolean max, DType t, MemorySegment x, long n) {
        intOnly(t);
        if (n <= CRITICAL_CHUNK || x.isNative()) {
            return iargCall(max, t, x, n, !x.isNative());
        }
        long best = -1;
        long bestValue = 0;
        for (long off = 0; off < n; off += CRITICAL_CHUNK) {
            MemorySegment piece = at(x, t, off);
            long i = iargCall(max, t, piece, Math.min(CRITICAL_CHUNK, n - off), true);
            long v = t == DType.I64 ? piece.getAtIndex(ValueLayout.JAVA_LONG, i) : piece.getAtIndex(ValueLayout.JAVA_INT, i);
            if (best < 0 || (max ? v > bestValue : v < bestValue)) { // strict: the first occurrence wins
                best = off + i;
                bestValue = v;
            }
        }
        return best;
    }

    @Override
    public double nansqdev(DType t, MemorySegment x, long n, double mean) {
        if (n <= CRITICAL_CHUNK) {
            return nansqdevCritical(t, x, n, mean);
        }
        if (x.isNative()) {
            return t == DType.F64 ? k4j_reduce_nansqdev_f64(code, x, n, mean) : k4j_reduce_nansqdev_f32(code, x, n, mean);
        }
        return treeChunks(n, (off, len) -> nansqdevCritical(t, at(x, t, off), len, mean));
    }

    private double nansqdevCritical(DType t, MemorySegment x, long n, double mean) {
        return t == DType.F64 ? k4j_reduce_nansqdev_f64$critical(code, x, n, mean)
                : k4j_reduce_nansqdev_f32$critical(code, x, n, mean);
    }

    @Override
    public double norm2(DType t, MemorySegment x, long n) {
        if (n <= CRITICAL_CHUNK) {
            return t == DType.F64 ? k4j_reduce_norm2_f64$critical(code, x, n) : k4j_reduce_norm2_f32$critical(code, x, n);
        }
        if (x.isNative()) {
            return t == DType.F64 ? k4j_reduce_norm2_f64(code, x, n) : k4j_reduce_norm2_f32(code, x, n);
        }
        // Long heap array: the sum of squares is dot(x, x) in the same tree order; the rare
        // rescaled pass (overflow or underflow) is left to the Java backend, which computes
        // the same bits by definition.
        double ss = dot(t, x, x, n);
        if (Norm2.needsRescale(ss)) {
            return JavaBackend.INSTANCE.norm2(t, x, n);
        }
        return Math.sqrt(ss);
    }

    @Override
    public long nancount(DType t, MemorySegment x, long n) {
        if (n <= CRITICAL_CHUNK) {
            return nancountCritical(t, x, n);
        }
        if (x.isNative()) {
            return t == DType.F64 ? k4j_reduce_nancount_f64(code, x, n) : k4j_reduce_nancount_f32(code, x, n);
        }
        long count = 0;
        for (long off = 0; off < n; off += CRITICAL_CHUNK) {
            count += nancountCritical(t, at(x, t, off), Math.min(CRITICAL_CHUNK, n - off));
        }
        return count;
    }

    private long nancountCritical(DType t, MemorySegment x, long n) {
        return t == DType.F64 ? k4j_reduce_nancount_f64$critical(code, x, n) : k4j_reduce_nancount_f32$critical(code, x, n);
    }

    // ---- extrema ------------------------------------------------------------------

    private enum Extremum { MIN, MAX, NANMIN, NANMAX }

    private double extremumCall(Extremum e, DType t, MemorySegment x, long n, boolean crit) {
        boolean f64 = t == DType.F64;
        return switch (e) {
            case MIN -> crit ? (f64 ? k4j_reduce_min_f64$critical(code, x, n) : k4j_reduce_min_f32$critical(code, x, n))
                    : (f64 ? k4j_reduce_min_f64(code, x, n) : k4j_reduce_min_f32(code, x, n));
            case MAX -> crit ? (f64 ? k4j_reduce_max_f64$critical(code, x, n) : k4j_reduce_max_f32$critical(code, x, n))
                    : (f64 ? k4j_reduce_max_f64(code, x, n) : k4j_reduce_max_f32(code, x, n));
            case NANMIN -> crit ? (f64 ? k4j_reduce_nanmin_f64$critical(code, x, n) : k4j_reduce_nanmin_f32$critical(code, x, n))
                    : (f64 ? k4j_reduce_nanmin_f64(code, x, n) : k4j_reduce_nanmin_f32(code, x, n));
            case NANMAX -> crit ? (f64 ? k4j_reduce_nanmax_f64$critical(code, x, n) : k4j_reduce_nanmax_f32$critical(code, x, n))
                    : (f64 ? k4j_reduce_nanmax_f64(code, x, n) : k4j_reduce_nanmax_f32(code, x, n));
        };
    }

    private double extremum(Extremum e, DType t, MemorySegment x, long n) {
        if (n <= CRITICAL_CHUNK) {
            return extremumCall(e, t, x, n, true);
        }
        if (x.isNative()) {
            return extremumCall(e, t, x, n, false);
        }
        double acc = Double.NaN;
        for (long off = 0; off < n; off += CRITICAL_CHUNK) {
            double v = extremumCall(e, t, at(x, t, off), Math.min(CRITICAL_CHUNK, n - off), true);
            acc = switch (e) {
                case MIN -> off == 0 ? v : Math.min(acc, v);
                case MAX -> off == 0 ? v : Math.max(acc, v);
                // An all-NaN chunk yields NaN: it contributes nothing.
                case NANMIN -> Double.isNaN(acc) ? v : Double.isNaN(v) ? acc : Math.min(acc, v);
                case NANMAX -> Double.isNaN(acc) ? v : Double.isNaN(v) ? acc : Math.max(acc, v);
            };
        }
        return acc;
    }

    @Override
    public double min(DType t, MemorySegment x, long n) {
        return extremum(Extremum.MIN, t, x, n);
    }

    @Override
    public double max(DType t, MemorySegment x, long n) {
        return extremum(Extremum.MAX, t, x, n);
    }

    @Override
    public double nanmin(DType t, MemorySegment x, long n) {
        return extremum(Extremum.NANMIN, t, x, n);
    }

    @Override
    public double nanmax(DType t, MemorySegment x, long n) {
        return extremum(Extremum.NANMAX, t, x, n);
    }

    private long argCall(boolean isMin, DType t, MemorySegment x, long n, boolean crit) {
        boolean f64 = t == DType.F64;
        if (isMin) {
            return crit ? (f64 ? k4j_reduce_argmin_f64$critical(code, x, n) : k4j_reduce_argmin_f32$critical(code, x, n))
                    : (f64 ? k4j_reduce_argmin_f64(code, x, n) : k4j_reduce_argmin_f32(code, x, n));
        }
        return crit ? (f64 ? k4j_reduce_argmax_f64$critical(code, x, n) : k4j_reduce_argmax_f32$critical(code, x, n))
                : (f64 ? k4j_reduce_argmax_f64(code, x, n) : k4j_reduce_argmax_f32(code, x, n));
    }

    private long arg(boolean isMin, DType t, MemorySegment x, long n) {
        if (n <= CRITICAL_CHUNK) {
            return argCall(isMin, t, x, n, true);
        }
        if (x.isNative()) {
            return argCall(isMin, t, x, n, false);
        }
        long best = -1;
        double bestValue = Double.NaN;
        for (long off = 0; off < n; off += CRITICAL_CHUNK) {
            MemorySegment piece = at(x, t, off);
            long i = argCall(isMin, t, piece, Math.min(CRITICAL_CHUNK, n - off), true);
            double v = t == DType.F64 ? piece.getAtIndex(ValueLayout.JAVA_DOUBLE, i)
                    : piece.getAtIndex(ValueLayout.JAVA_FLOAT, i);
            if (Double.isNaN(v)) {
                return off + i; // the first NaN of the first chunk holding one
            }
            // Strict comparison keeps the first occurrence, as NumPy does.
            if (best < 0 || (isMin ? v < bestValue : v > bestValue)) {
                best = off + i;
                bestValue = v;
            }
        }
        return best;
    }

    @Override
    public long argmin(DType t, MemorySegment x, long n) {
        return arg(true, t, x, n);
    }

    @Override
    public long argmax(DType t, MemorySegment x, long n) {
        return arg(false, t, x, n);
    }

    // ---- elementwise ----------------------------------------------------------------

    @Override
    public void binary(BinaryOp op, DType t, MemorySegment a, MemorySegment b, MemorySegment out, long n) {
        long chunk = op.callsLibm() ? CRITICAL_CHUNK_LIBM : CRITICAL_CHUNK;
        if (n > chunk && a.isNative() && b.isNative() && out.isNative()) {
            check(binaryCall(op, t, a, b, out, n, false));
            return;
        }
        for (long off = 0; ; off += chunk) {
            long len = Math.min(chunk, n - off);
            check(binaryCall(op, t, at(a, t, off), at(b, t, off), at(out, t, off), len, true));
            if (off + len >= n) {
                break;
            }
        }
    }

    private int binaryCall(BinaryOp op, DType t, MemorySegment a, MemorySegment b, MemorySegment o, long n, boolean crit) {
        if (t == DType.F64) {
            return switch (op) {
                case ADD -> crit ? k4j_ew_add_f64$critical(code, a, b, o, n) : k4j_ew_add_f64(code, a, b, o, n);
                case SUB -> crit ? k4j_ew_sub_f64$critical(code, a, b, o, n) : k4j_ew_sub_f64(code, a, b, o, n);
                case MUL -> crit ? k4j_ew_mul_f64$critical(code, a, b, o, n) : k4j_ew_mul_f64(code, a, b, o, n);
                case DIV -> crit ? k4j_ew_div_f64$critical(code, a, b, o, n) : k4j_ew_div_f64(code, a, b, o, n);
                default -> NativeUfunc.binary(op, true, code, a, b, o, n, crit);
            };
        }
        return switch (op) {
            case ADD -> crit ? k4j_ew_add_f32$critical(code, a, b, o, n) : k4j_ew_add_f32(code, a, b, o, n);
            case SUB -> crit ? k4j_ew_sub_f32$critical(code, a, b, o, n) : k4j_ew_sub_f32(code, a, b, o, n);
            case MUL -> crit ? k4j_ew_mul_f32$critical(code, a, b, o, n) : k4j_ew_mul_f32(code, a, b, o, n);
            case DIV -> crit ? k4j_ew_div_f32$critical(code, a, b, o, n) : k4j_ew_div_f32(code, a, b, o, n);
            default -> NativeUfunc.binary(op, false, code, a, b, o, n, crit);
        };
    }

    @Override
    public void binaryScalar(BinaryOp op, DType t, MemorySegment a, double s, MemorySegment out, long n) {
        if (n > CRITICAL_CHUNK && a.isNative() && out.isNative()) {
            check(scalarCall(op, t, a, s, out, n, false));
            return;
        }
        for (long off = 0; ; off += CRITICAL_CHUNK) {
            long len = Math.min(CRITICAL_CHUNK, n - off);
            check(scalarCall(op, t, at(a, t, off), s, at(out, t, off), len, true));
            if (off + len >= n) {
                break;
            }
        }
    }

    private int scalarCall(BinaryOp op, DType t, MemorySegment a, double s, MemorySegment o, long n, boolean crit) {
        if (t == DType.F64) {
            return switch (op) {
                case ADD -> crit ? k4j_ew_adds_f64$critical(code, a, s, o, n) : k4j_ew_adds_f64(code, a, s, o, n);
                case SUB -> crit ? k4j_ew_subs_f64$critical(code, a, s, o, n) : k4j_ew_subs_f64(code, a, s, o, n);
                case MUL -> crit ? k4j_ew_muls_f64$critical(code, a, s, o, n) : k4j_ew_muls_f64(code, a, s, o, n);
                case DIV -> crit ? k4j_ew_divs_f64$critical(code, a, s, o, n) : k4j_ew_divs_f64(code, a, s, o, n);
                default -> throw new IllegalArgumentException(op + " has no scalar form");
            };
        }
        float f = (float) s;
        return switch (op) {
            case ADD -> crit ? k4j_ew_adds_f32$critical(code, a, f, o, n) : k4j_ew_adds_f32(code, a, f, o, n);
            case SUB -> crit ? k4j_ew_subs_f32$critical(code, a, f, o, n) : k4j_ew_subs_f32(code, a, f, o, n);
            case MUL -> crit ? k4j_ew_muls_f32$critical(code, a, f, o, n) : k4j_ew_muls_f32(code, a, f, o, n);
            case DIV -> crit ? k4j_ew_divs_f32$critical(code, a, f, o, n) : k4j_ew_divs_f32(code, a, f, o, n);
            default -> throw new IllegalArgumentException(op + " has no scalar form");
        };
    }

    @Override
    public void axpy(DType t, double alpha, MemorySegment x, MemorySegment y, long n) {
        boolean f64 = t == DType.F64;
        if (n > CRITICAL_CHUNK && x.isNative() && y.isNative()) {
            check(f64 ? k4j_ew_axpy_f64(code, alpha, x, y, n) : k4j_ew_axpy_f32(code, (float) alpha, x, y, n));
            return;
        }
        for (long off = 0; ; off += CRITICAL_CHUNK) {
            long len = Math.min(CRITICAL_CHUNK, n - off);
            MemorySegment xs = at(x, t, off);
            MemorySegment ys = at(y, t, off);
            check(f64 ? k4j_ew_axpy_f64$critical(code, alpha, xs, ys, len)
                    : k4j_ew_axpy_f32$critical(code, (float) alpha, xs, ys, len));
            if (off + len >= n) {
                break;
            }
        }
    }

    @Override
    public void unary(UnaryOp op, DType t, MemorySegment x, MemorySegment out, long n) {
        long chunk = op.callsLibm() ? CRITICAL_CHUNK_LIBM
                : (op == UnaryOp.EXP || op == UnaryOp.LOG) ? CRITICAL_CHUNK_SLOW : CRITICAL_CHUNK;
        if (n > chunk && x.isNative() && out.isNative()) {
            check(unaryCall(op, t, x, out, n, false));
            return;
        }
        for (long off = 0; ; off += chunk) {
            long len = Math.min(chunk, n - off);
            check(unaryCall(op, t, at(x, t, off), at(out, t, off), len, true));
            if (off + len >= n) {
                break;
            }
        }
    }

    private int unaryCall(UnaryOp op, DType t, MemorySegment x, MemorySegment o, long n, boolean crit) {
        if (t == DType.F64) {
            return switch (op) {
                case ABS -> crit ? k4j_ew_abs_f64$critical(code, x, o, n) : k4j_ew_abs_f64(code, x, o, n);
                case NEG -> crit ? k4j_ew_neg_f64$critical(code, x, o, n) : k4j_ew_neg_f64(code, x, o, n);
                case SQRT -> crit ? k4j_ew_sqrt_f64$critical(code, x, o, n) : k4j_ew_sqrt_f64(code, x, o, n);
                case EXP -> crit ? k4j_ew_exp_f64$critical(code, x, o, n) : k4j_ew_exp_f64(code, x, o, n);
                case LOG -> crit ? k4j_ew_log_f64$critical(code, x, o, n) : k4j_ew_log_f64(code, x, o, n);
                default -> NativeUfunc.unary(op, true, code, x, o, n, crit);
            };
        }
        return switch (op) {
            case ABS -> crit ? k4j_ew_abs_f32$critical(code, x, o, n) : k4j_ew_abs_f32(code, x, o, n);
            case NEG -> crit ? k4j_ew_neg_f32$critical(code, x, o, n) : k4j_ew_neg_f32(code, x, o, n);
            case SQRT -> crit ? k4j_ew_sqrt_f32$critical(code, x, o, n) : k4j_ew_sqrt_f32(code, x, o, n);
            case EXP -> crit ? k4j_ew_exp_f32$critical(code, x, o, n) : k4j_ew_exp_f32(code, x, o, n);
            case LOG -> crit ? k4j_ew_log_f32$critical(code, x, o, n) : k4j_ew_log_f32(code, x, o, n);
            default -> NativeUfunc.unary(op, false, code, x, o, n, crit);
        };
    }

    @Override
    public void clip(DType t, MemorySegment x, double lo, double hi, MemorySegment out, long n) {
        boolean f64 = t == DType.F64;
        if (n > CRITICAL_CHUNK && x.isNative() && out.isNative()) {
            check(f64 ? k4j_ew_clip_f64(code, x, lo, hi, out, n) : k4j_ew_clip_f32(code, x, (float) lo, (float) hi, out, n));
            return;
        }
        for (long off = 0; ; off += CRITICAL_CHUNK) {
            long len = Math.min(CRITICAL_CHUNK, n - off);
            MemorySegment xs = at(x, t, off);
            MemorySegment os = at(out, t, off);
            check(f64 ? k4j_ew_clip_f64$critical(code, xs, lo, hi, os, len)
                    : k4j_ew_clip_f32$critical(code, xs, (float) lo, (float) hi, os, len));
            if (off + len >= n) {
                break;
            }
        }
    }

    @Override
    public double cumsum(DType t, MemorySegment x, MemorySegment out, long n, double carry) {
        boolean f64 = t == DType.F64;
        if (n > CRITICAL_CHUNK && x.isNative() && out.isNative()) {
            return f64 ? k4j_scan_cumsum_f64(code, x, out, n, carry) : k4j_scan_cumsum_f32(code, x, out, n, carry);
        }
        double acc = carry;
        for (long off = 0; ; off += CRITICAL_CHUNK) {
            long len = Math.min(CRITICAL_CHUNK, n - off);
            MemorySegment xs = at(x, t, off);
            MemorySegment os = at(out, t, off);
            acc = f64 ? k4j_scan_cumsum_f64$critical(code, xs, os, len, acc)
                    : k4j_scan_cumsum_f32$critical(code, xs, os, len, acc);
            if (off + len >= n) {
                break;
            }
        }
        return acc;
    }

    // ---- dense linear algebra (see NativeGemm for the call shapes) ---------------------

    @Override
    public void gemm(DType t, boolean transA, boolean transB, long m, long n, long k, double alpha, MemorySegment a,
                     long lda, MemorySegment b, long ldb, double beta, MemorySegment c, long ldc) {
        NativeGemm.gemm(code, t, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
    }

    @Override
    public long gemmPackedBBytes(DType t, long k, long n) {
        return NativeGemm.packedBBytes(code, t, k, n);
    }

    @Override
    public long gemmPackedBPanels(DType t, long k, long n) {
        return NativeGemm.packedBPanels(code, t, k, n);
    }

    @Override
    public void gemmPackB(DType t, boolean transB, long k, long n, MemorySegment b, long ldb, long q0, long q1,
                          MemorySegment dst) {
        NativeGemm.packB(code, t, transB, k, n, b, ldb, q0, q1, dst);
    }

    @Override
    public void gemmWithPackedB(DType t, boolean transA, long m, long n, long k, double alpha, MemorySegment a,
                                long lda, MemorySegment packedB, double beta, MemorySegment c, long ldc) {
        NativeGemm.gemmPacked(code, t, transA, m, n, k, alpha, a, lda, packedB, beta, c, ldc);
    }

    @Override
    public void gemv(DType t, boolean transA, long m, long n, double alpha, MemorySegment a, long lda,
                     MemorySegment x, double beta, MemorySegment y) {
        NativeGemm.gemv(code, t, transA, m, n, alpha, a, lda, x, beta, y);
    }

    // ---- column (axis-0) reductions --------------------------------------------------------

    /**
     * Rows per critical column call for a block of w columns: the whole block when it fits
     * {@link #CRITICAL_CHUNK} elements, else 512 * 2^k rows (a complete subtree of the k4j
     * tree, so the pieces of a column combine through {@link SumTree} to the one-call bits)
     * with {@code h * w <= CRITICAL_CHUNK}.
     */
    static long columnChunkRows(long rows, int w) {
        if (rows * w <= CRITICAL_CHUNK) {
            return rows;
        }
        long blocks = Math.max(1, CRITICAL_CHUNK / w / SumTree.BLOCK);
        return Long.highestOneBit(blocks) * SumTree.BLOCK;
    }

    /** Columns per critical column call: 128 (512 rows of them fill a chunk), or more for short blocks. */
    static int columnChunkCols(long rows, long cols) {
        long w = rows <= SumTree.BLOCK ? CRITICAL_CHUNK / Math.max(1, rows) : CRITICAL_CHUNK / SumTree.BLOCK;
        return (int) Math.max(1, Math.min(cols, w));
    }

    private static MemorySegment block(MemorySegment x, DType t, long r0, long c0, long ld, long h, long w) {
        long es = t.byteSize();
        return x.asSlice((r0 * ld + c0) * es, ((h - 1) * ld + w) * es);
    }

    @Override
    public void columnSums(DType t, MemorySegment x, long rows, long cols, long ld, ColumnTerm term, double[] center,
                           double[] out, long[] nanCount) {
        JavaColumns.check(t, x, rows, cols, ld, center, term.needsCenter(), out, nanCount);
        if (cols == 0) {
            return;
        }
        if (rows == 0) {
            java.util.Arrays.fill(out, 0, (int) cols, 0.0);
            if (nanCount != null) {
                java.util.Arrays.fill(nanCount, 0, (int) cols, 0L);
            }
            return;
        }
        boolean f64 = t == DType.F64;
        MemorySegment c = term.needsCenter() ? MemorySegment.ofArray(center) : MemorySegment.NULL;
        if (x.isNative() && rows * cols > CRITICAL_CHUNK) {
            // long work on off-heap memory: one ordinary call, the small arrays staged off-heap
            try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
                MemorySegment o = arena.allocate(cols * 8, 8);
                MemorySegment n = nanCount != null ? arena.allocate(cols * 8, 8) : MemorySegment.NULL;
                MemorySegment cs = MemorySegment.NULL;
                if (term.needsCenter()) {
                    cs = arena.allocate(cols * 8, 8);
                    MemorySegment.copy(center, 0, cs, ValueLayout.JAVA_DOUBLE, 0, (int) cols);
                }
                MemorySegment xb = block(x, t, 0, 0, ld, rows, cols);
                check(f64 ? k4j_axis_colsum_f64(code, xb, rows, cols, ld, term.code(), cs, o, n)
                        : k4j_axis_colsum_f32(code, xb, rows, cols, ld, term.code(), cs, o, n));
                MemorySegment.copy(o, ValueLayout.JAVA_DOUBLE, 0, out, 0, (int) cols);
                if (nanCount != null) {
                    MemorySegment.copy(n, ValueLayout.JAVA_LONG, 0, nanCount, 0, (int) cols);
                }
            }
            return;
        }
        // heap (or short): critical calls of at most CRITICAL_CHUNK elements each
        int w = columnChunkCols(rows, cols);
        long h = columnChunkRows(rows, w);
        int level = SumTree.levelOf(h);
        double[] part = h < rows ? new double[w] : null;
        long[] partNan = h < rows && nanCount != null ? new long[w] : null;
        SumTree[] trees = null;
        for (long c0 = 0; c0 < cols; c0 += w) {
            int ww = (int) Math.min(w, cols - c0);
            MemorySegment cc = term.needsCenter() ? c.asSlice(c0 * 8, ww * 8L) : MemorySegment.NULL;
            if (h >= rows) {
                MemorySegment o = MemorySegment.ofArray(out).asSlice(c0 * 8, ww * 8L);
                MemorySegment n = nanCount != null ? MemorySegment.ofArray(nanCount).asSlice(c0 * 8, ww * 8L)
                        : MemorySegment.NULL;
                MemorySegment xb = block(x, t, 0, c0, ld, rows, ww);
                check(f64 ? k4j_axis_colsum_f64$critical(code, xb, rows, ww, ld, term.code(), cc, o, n)
                        : k4j_axis_colsum_f32$critical(code, xb, rows, ww, ld, term.code(), cc, o, n));
                continue;
            }
            if (trees == null) {
                trees = new SumTree[w];
                for (int j = 0; j < w; j++) {
                    trees[j] = new SumTree();
                }
            }
            for (int j = 0; j < ww; j++) {
                trees[j].clear();
                if (nanCount != null) {
                    nanCount[(int) c0 + j] = 0;
                }
            }
            MemorySegment o = MemorySegment.ofArray(part);
            MemorySegment n = partNan != null ? MemorySegment.ofArray(partNan) : MemorySegment.NULL;
            for (long r0 = 0; r0 < rows; r0 += h) {
                long hh = Math.min(h, rows - r0);
                MemorySegment xb = block(x, t, r0, c0, ld, hh, ww);
                check(f64 ? k4j_axis_colsum_f64$critical(code, xb, hh, ww, ld, term.code(), cc, o, n)
                        : k4j_axis_colsum_f32$critical(code, xb, hh, ww, ld, term.code(), cc, o, n));
                int lv = r0 + hh == rows ? SumTree.PARTIAL : level;
                for (int j = 0; j < ww; j++) {
                    trees[j].push(part[j], lv);
                    if (partNan != null) {
                        nanCount[(int) c0 + j] += partNan[j];
                    }
                }
            }
            for (int j = 0; j < ww; j++) {
                out[(int) c0 + j] = trees[j].fold();
            }
        }
    }

    @Override
    public void columnExtremes(DType t, MemorySegment x, long rows, long cols, long ld, ColumnExtreme op,
                               double[] out) {
        JavaColumns.check(t, x, rows, cols, ld, null, false, out, null);
        if (cols == 0) {
            return;
        }
        if (rows == 0) {
            java.util.Arrays.fill(out, 0, (int) cols, Double.NaN);
            return;
        }
        boolean f64 = t == DType.F64;
        if (x.isNative() && rows * cols > CRITICAL_CHUNK) {
            try (java.lang.foreign.Arena arena = java.lang.foreign.Arena.ofConfined()) {
                MemorySegment o = arena.allocate(cols * 8, 8);
                MemorySegment xb = block(x, t, 0, 0, ld, rows, cols);
                check(f64 ? k4j_axis_colext_f64(code, xb, rows, cols, ld, op.code(), o)
                        : k4j_axis_colext_f32(code, xb, rows, cols, ld, op.code(), o));
                MemorySegment.copy(o, ValueLayout.JAVA_DOUBLE, 0, out, 0, (int) cols);
            }
            return;
        }
        int w = columnChunkCols(rows, cols);
        long h = columnChunkRows(rows, w);
        double[] part = h < rows ? new double[w] : null;
        for (long c0 = 0; c0 < cols; c0 += w) {
            int ww = (int) Math.min(w, cols - c0);
            if (h >= rows) {
                MemorySegment o = MemorySegment.ofArray(out).asSlice(c0 * 8, ww * 8L);
                MemorySegment xb = block(x, t, 0, c0, ld, rows, ww);
                check(f64 ? k4j_axis_colext_f64$critical(code, xb, rows, ww, ld, op.code(), o)
                        : k4j_axis_colext_f32$critical(code, xb, rows, ww, ld, op.code(), o));
                continue;
            }
            MemorySegment o = MemorySegment.ofArray(part);
            for (long r0 = 0; r0 < rows; r0 += h) {
                long hh = Math.min(h, rows - r0);
                MemorySegment xb = block(x, t, r0, c0, ld, hh, ww);
                check(f64 ? k4j_axis_colext_f64$critical(code, xb, hh, ww, ld, op.code(), o)
                        : k4j_axis_colext_f32$critical(code, xb, hh, ww, ld, op.code(), o));
                for (int j = 0; j < ww; j++) {
                    out[(int) c0 + j] = r0 == 0 ? part[j] : op.merge(out[(int) c0 + j], part[j]);
                }
            }
        }
    }

    private static void check(int status) {
        if (status != 0) {
            // Unreachable when the public API validated the call; never ignore it silently.
            throw new IllegalStateException("native kernel rejected its arguments (status " + status + ")");
        }
    }

    // ---- sort family ----------------------------------------------------------------------

    @Override
    public void sort(DType t, MemorySegment x, long n) {
        NativeSort.sort(code, t, x, n);
    }

    @Override
    public void sortInto(DType t, MemorySegment x, MemorySegment out, long n) {
        NativeSort.sortInto(code, t, x, out, n);
    }

    @Override
    public void argsort(DType t, MemorySegment x, long n, MemorySegment out) {
        NativeSort.argsort(code, t, x, n, out);
    }

    @Override
    public void partition(DType t, MemorySegment x, long n, long[] ks) {
        NativeSort.partition(code, t, x, n, ks);
    }

    @Override
    public void select(DType t, MemorySegment x, long n, long[] ks, MemorySegment vals) {
        NativeSort.select(code, t, x, n, ks, vals);
    }

    @Override
    public Selection selectRanks(DType t, MemorySegment x, long n, java.util.function.LongFunction<long[]> ranksFor) {
        return NativeSort.selectRanks(code, t, x, n, ranksFor);
    }

    /** The ISA code this backend passes to every kernel. */
    public int isaCode() {
        return code;
    }

    @Override
    public boolean hasPassPrograms() {
        return true;
    }

    @Override
    public PassProgram<Void> sortProgram(DType t, MemorySegment x, long n, int slots) {
        return NativePrograms.sort(code, t, x, n, slots);
    }

    @Override
    public PassProgram<Void> sortIntoProgram(DType t, MemorySegment x, MemorySegment out, long n, int slots) {
        return NativePrograms.sortInto(code, t, x, out, n, slots);
    }

    @Override
    public PassProgram<Void> argsortProgram(DType t, MemorySegment x, long n, MemorySegment out, int slots) {
        return NativePrograms.argsort(code, t, x, n, out, slots);
    }

    @Override
    public PassProgram<Selection> selectProgram(DType t, MemorySegment x, long n, int slots,
                                                java.util.function.LongFunction<long[]> ranksFor) {
        return NativePrograms.select(code, t, x, n, slots, ranksFor);
    }

    @Override
    public PassProgram<long[]> histogramProgram(MemorySegment x, long n, HistBins u, int slots) {
        return NativePrograms.histogram(code, x, n, u, slots);
    }

    @Override
    public PassProgram<long[]> histogramEdgesProgram(DType t, MemorySegment x, long n, double[] edges, int slots) {
        return NativePrograms.histogramEdges(code, t, x, n, edges, slots);
    }

    @Override
    public void histUniform(MemorySegment x, long n, HistBins u, long[] counts) {
        NativeHist.uniform(code, x, n, u, counts);
    }

    @Override
    public void histEdges(DType t, MemorySegment x, long n, double[] edges, long[] counts) {
        NativeHist.edges(code, t, x, n, edges, counts);
    }

    @Override
    public void bincount(DType t, MemorySegment x, long n, long[] counts) {
        NativeHist.bincount(code, t, x, n, counts);
    }

    @Override
    public void bincount(DType t, MemorySegment x, MemorySegment w, long n, double[] sums) {
        NativeHist.bincount(code, t, x, w, n, sums);
    }

    @Override
    public long[] intRange(DType t, MemorySegment x, long n) {
        return NativeHist.range(code, t, x, n);
    }

    @Override
    public long bincountPart(DType t, MemorySegment x, MemorySegment w, long n, double[] sums, long lo) {
        return NativeHist.bincountPart(code, t, x, w, n, sums, lo);
    }

    @Override
    public void histUniformWeighted(MemorySegment x, MemorySegment w, long n, HistBins u, double[] sums) {
        NativeHist.uniformWeighted(code, x, w, n, u, sums);
    }
}
