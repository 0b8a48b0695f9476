package org.kernels4j;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.kernels4j.backend.Backends;
import org.kernels4j.backend.CompareOp;
import org.kernels4j.backend.MaskOps;
import org.kernels4j.backend.ValueTest;
import org.kernels4j.planner.PoolMasks;

/**
 * The mask family behind {@link Kernels} and {@link AsyncKernels} (comparisons, where, isnan,
 * isinf, isfinite, nan_to_num, count_nonzero, any, all): every argument checked before any
 * memory is touched, then one backend call ({@link MaskOps}) or one chunk job.
 *
 * <p>Overlap. An output may be the very same memory as an input of its own element type (in
 * place); an output that overlaps an input in any other way, including a mask written over the
 * bytes of the array it is computed from, makes that input be copied first, so results are
 * always as if every input was read before any output was written.
 */
final class MaskKernels {
    static final CompareOp LT = CompareOp.LT;
    static final CompareOp LE = CompareOp.LE;
    static final CompareOp EQ = CompareOp.EQ;
    static final CompareOp NE = CompareOp.NE;
    static final CompareOp GT = CompareOp.GT;
    static final CompareOp GE = CompareOp.GE;
    static final ValueTest ISNAN = ValueTest.ISNAN;
    static final ValueTest ISINF = ValueTest.ISINF;
    static final ValueTest ISFINITE = ValueTest.ISFINITE;

    /** A thread that never runs, so it owns no confined arena (as in planner.Checks). */
    private static final Thread NO_OWNER = Thread.ofPlatform().unstarted(() -> { });

    private MaskKernels() {
    }

    private static MaskOps ops() {
        return Backends.current().masks();
    }

    // ---- checks ---------------------------------------------------------------------------

    private static NumericArray array(NumericArray x, String name) {
        Objects.requireNonNull(x, name);
        if (!x.isAlive()) {
            throw new IllegalStateException(name + ": the arena of this array is closed");
        }
        return x;
    }

    private static NumericArray floating(NumericArray x, String name) {
        array(x, name);
        if (!x.dtype().isFloating()) {
            throw new IllegalArgumentException(name + " is " + x.dtype() + ": this kernel takes F64 or F32 arrays");
        }
        return x;
    }

    private static void sameShape(NumericArray a, NumericArray b, String an, String bn) {
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException(an + " and " + bn + " have different types: " + a.dtype() + " and "
                    + b.dtype());
        }
        if (a.length() != b.length()) {
            throw new IllegalArgumentException(an + " and " + bn + " have different lengths: " + a.length() + " and "
                    + b.length());
        }
    }

    /** The mask of where: open, exactly as long as the arrays it selects between. */
    private static BoolArray mask(BoolArray m, long n) {
        Objects.requireNonNull(m, "mask");
        if (!m.isAlive()) {
            throw new IllegalStateException("mask: the arena of this mask is closed");
        }
        if (m.length() != n) {
            throw new IllegalArgumentException("mask has " + m.length() + " elements, the arrays " + n);
        }
        return m;
    }

    private static BoolArray aliveMask(BoolArray m, String name) {
        Objects.requireNonNull(m, name);
        if (!m.isAlive()) {
            throw new IllegalStateException(name + ": the arena of this mask is closed");
        }
        return m;
    }

    /** A mask output for n elements: open, writable, long enough. */
    private static BoolArray maskOut(BoolArray out, long n) {
        aliveMask(out, "out");
        if (out.isReadOnly()) {
            throw new IllegalArgumentException("out is read-only");
        }
        if (out.length() < n) {
            throw new IllegalArgumentException("out has " + out.length() + " elements, needs " + n);
        }
        return out;
    }

    /** An array output for n elements of type t. */
    private static NumericArray arrayOut(NumericArray out, long n, DType t) {
        array(out, "out");
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

    private static void shareable(MemorySegment s, String name) {
        if (!s.isAccessibleBy(NO_OWNER)) {
            throw new IllegalArgumentException(name + ": the memory of this array belongs to a confined arena, which"
                    + " only its owner thread may access; async kernels run on pool threads, so allocate it in"
                    + " Arena.ofShared(), Arena.ofAuto() or Arena.global(), or use the synchronous Kernels");
        }
    }

    /**
     * The input's first {@code bytes} bytes as a kernel may read them while writing {@code out}:
     * itself unless they overlap, or overlap other than as the very same memory of the same
     * element type ({@code inPlace}); then a copy (in an automatic arena, freed by the GC).
     */
    private static MemorySegment readable(MemorySegment src, long bytes, MemorySegment out, boolean inPlace) {
        MemorySegment in = src.asSlice(0, bytes);
        if (out.asOverlappingSlice(in).isEmpty() || (inPlace && out.address() == in.address())) {
            return src;
        }
        MemorySegment copy = Arena.ofAuto().allocate(Math.max(1, bytes), 64).asSlice(0, bytes);
        MemorySegment.copy(in, 0, copy, 0, bytes);
        return copy;
    }

    private static int heapLength(long n, String what) {
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(n + " elements do not fit in a " + what
                    + " on the Java heap: give an out array or an arena");
        }
        return (int) n;
    }

    static BoolArray newMask(long n) {
        return BoolArray.zeros(heapLength(n, "mask"));
    }

    static NumericArray newArray(DType t, long n) {
        int len = heapLength(n, "array");
        return switch (t) {
            case F64 -> DoubleArray.wrap(new double[len]);
            case F32 -> FloatArray.wrap(new float[len]);
            case I64 -> LongArray.wrap(new long[len]);
            case I32 -> IntArray.wrap(new int[len]);
        };
    }

    static NumericArray newArray(DType t, long n, Arena arena) {
        Objects.requireNonNull(arena, "arena");
        return switch (t) {
            case F64 -> DoubleArray.allocate(arena, n);
            case F32 -> FloatArray.allocate(arena, n);
            case I64 -> LongArray.allocate(arena, n);
            case I32 -> IntArray.allocate(arena, n);
        };
    }

    // ---- scalars --------------------------------------------------------------------------

    /** A comparison with a scalar, as the kernels run it: the op and the scalar's bits. */
    record ScalarCompare(CompareOp op, long bits) {
    }

    /** x op s is false for every x (x < MIN is never true). */
    private static ScalarCompare never(DType t) {
        return new ScalarCompare(CompareOp.LT, t == DType.I32 ? Integer.MIN_VALUE : Long.MIN_VALUE);
    }

    /** x op s is true for every x. */
    private static ScalarCompare always(DType t) {
        return new ScalarCompare(CompareOp.GE, t == DType.I32 ? Integer.MIN_VALUE : Long.MIN_VALUE);
    }

    /**
     * The comparison of integers x of type t with the real s, exactly (NumPy converts int64 to
     * float64 first and so may round beyond 2^53; this does not): x < s iff x < ceil(s), x <= s iff
     * x <= floor(s), and so on, with a bound outside t's range making the answer constant.
     */
    static ScalarCompare integerCompare(CompareOp op, DType t, double s) {
        if (Double.isNaN(s)) {
            return op == CompareOp.NE ? always(t) : never(t);
        }
        double lo = t == DType.I32 ? Integer.MIN_VALUE : -0x1p63;
        // The first real above the range: 2^31 or 2^63.
        double above = t == DType.I32 ? 0x1p31 : 0x1p63;
        double c = Math.ceil(s);
        double f = Math.floor(s);
        return switch (op) {
            case LT -> c >= above ? always(t) : c <= lo ? never(t) : new ScalarCompare(op, (long) c);
            case GE -> c >= above ? never(t) : c <= lo ? always(t) : new ScalarCompare(op, (long) c);
            case LE -> f >= above - 1 ? always(t) : f < lo ? never(t) : new ScalarCompare(op, (long) f);
            case GT -> f >= above - 1 ? never(t) : f < lo ? always(t) : new ScalarCompare(op, (long) f);
            case EQ, NE -> {
                boolean exact = s == f && s >= lo && s < above;
                if (!exact) {
                    yield op == CompareOp.EQ ? never(t) : always(t);
                }
                yield new ScalarCompare(op, (long) s);
            }
        };
    }

    private static ScalarCompare scalarCompare(CompareOp op, DType t, double s) {
        return t.isFloating() ? new ScalarCompare(op, MaskOps.scalarBits(t, s)) : integerCompare(op, t, s);
    }

    /** A long s against integers of type t (exact; constant when s is outside t's range). */
    private static ScalarCompare longCompare(CompareOp op, DType t, long s) {
        if (t == DType.I32 && (s < Integer.MIN_VALUE || s > Integer.MAX_VALUE)) {
            return integerCompare(op, t, s);
        }
        if (t.isFloating()) {
            return new ScalarCompare(op, MaskOps.scalarBits(t, s));
        }
        return new ScalarCompare(op, s);
    }

    /** A scalar stored into an array of type t: floats rounded; integers must be exact. */
    static long storeBits(DType t, double s, String name) {
        if (t.isFloating()) {
            return MaskOps.scalarBits(t, s);
        }
        double lo = t == DType.I32 ? Integer.MIN_VALUE : -0x1p63;
        double above = t == DType.I32 ? 0x1p31 : 0x1p63;
        if (!(s == Math.rint(s) && s >= lo && s < above)) {
            throw new IllegalArgumentException(name + " = " + s + " is not a value of " + t
                    + " (an integer array takes integer scalars in its range)");
        }
        return (long) s;
    }

    // ---- comparisons ----------------------------------------------------------------------

    static void compare(CompareOp op, NumericArray a, NumericArray b, BoolArray out) {
        array(a, "a");
        array(b, "b");
        sameShape(a, b, "a", "b");
        long n = a.length();
        maskOut(out, n);
        long bytes = n * a.dtype().byteSize();
        MemorySegment o = out.segment();
        ops().compare(op, a.dtype(), readable(a.segment(), bytes, o, false), readable(b.segment(), bytes, o, false),
                o, n);
    }

    static BoolArray compare(CompareOp op, NumericArray a, NumericArray b) {
        array(a, "a");
        array(b, "b");
        sameShape(a, b, "a", "b");
        BoolArray out = newMask(a.length());
        compare(op, a, b, out);
        return out;
    }

    static BoolArray compare(CompareOp op, NumericArray a, NumericArray b, Arena arena) {
        array(a, "a");
        array(b, "b");
        sameShape(a, b, "a", "b");
        BoolArray out = BoolArray.allocate(Objects.requireNonNull(arena, "arena"), a.length());
        compare(op, a, b, out);
        return out;
    }

    private static void compareScalar(ScalarCompare c, NumericArray a, BoolArray out) {
        long n = a.length();
        maskOut(out, n);
        MemorySegment o = out.segment();
        ops().compareScalar(c.op(), a.dtype(), readable(a.segment(), n * a.dtype().byteSize(), o, false), c.bits(),
                o, n);
    }

    static void compareScalar(CompareOp op, NumericArray a, double s, BoolArray out) {
        array(a, "a");
        Objects.requireNonNull(out, "out");
        compareScalar(scalarCompare(op, a.dtype(), s), a, out);
    }

    static BoolArray compareScalar(CompareOp op, NumericArray a, double s) {
        array(a, "a");
        BoolArray out = newMask(a.length());
        compareScalar(op, a, s, out);
        return out;
    }

    static BoolArray compareScalar(CompareOp op, NumericArray a, double s, Arena arena) {
        array(a, "a");
        BoolArray out = BoolArray.allocate(Objects.requireNonNull(arena, "arena"), a.length());
        compareScalar(op, a, s, out);
        return out;
    }

    static void compareInteger(CompareOp op, NumericArray a, long s, BoolArray out) {
        array(a, "a");
        Objects.requireNonNull(out, "out");
        compareScalar(longCompare(op, a.dtype(), s), a, out);
    }

    static BoolArray compareInteger(CompareOp op, NumericArray a, long s) {
        array(a, "a");
        BoolArray out = newMask(a.length());
        compareInteger(op, a, s, out);
        return out;
    }

    static CompletableFuture<Void> compareAsync(ComputePool pool, long chunkSize, CompareOp op, NumericArray a,
                                                NumericArray b, BoolArray out) {
        array(a, "a");
        array(b, "b");
        sameShape(a, b, "a", "b");
        long n = a.length();
        maskOut(out, n);
        shareable(a.segment(), "a");
        shareable(b.segment(), "b");
        shareable(out.segment(), "out");
        DType t = a.dtype();
        long es = t.byteSize();
        MemorySegment o = out.segment();
        MemorySegment as = readable(a.segment(), n * es, o, false);
        MemorySegment bs = readable(b.segment(), n * es, o, false);
        MaskOps ops = ops();
        return PoolMasks.elementwise(pool, chunkSize, n, (from, len) ->
                ops.compare(op, t, as.asSlice(from * es), bs.asSlice(from * es), o.asSlice(from), len));
    }

    private static CompletableFuture<Void> compareScalarAsync(ComputePool pool, long chunkSize, ScalarCompare c,
                                                              NumericArray a, BoolArray out) {
        long n = a.length();
        maskOut(out, n);
        shareable(a.segment(), "a");
        shareable(out.segment(), "out");
        DType t = a.dtype();
        long es = t.byteSize();
        MemorySegment o = out.segment();
        MemorySegment as = readable(a.segment(), n * es, o, false);
        MaskOps ops = ops();
        return PoolMasks.elementwise(pool, chunkSize, n, (from, len) ->
                ops.compareScalar(c.op(), t, as.asSlice(from * es), c.bits(), o.asSlice(from), len));
    }

    static CompletableFuture<Void> compareScalarAsync(ComputePool pool, long chunkSize, CompareOp op, NumericArray a,
                                                      double s, BoolArray out) {
        array(a, "a");
        Objects.requireNonNull(out, "out");
        return compareScalarAsync(pool, chunkSize, scalarCompare(op, a.dtype(), s), a, out);
    }

    static CompletableFuture<Void> compareIntegerAsync(ComputePool pool, long chunkSize, CompareOp op, NumericArray a,
                                                       long s, BoolArray out) {
        array(a, "a");
        Objects.requireNonNull(out, "out");
        return compareScalarAsync(pool, chunkSize, longCompare(op, a.dtype(), s), a, out);
    }

    // ---- where ----------------------------------------------------------------------------

    /** The resolved operands of a where call: mask, a (or null), b (or null), out. */
    private record Where(DType t, long n, MemorySegment m, MemorySegment a, MemorySegment b, MemorySegment out) {
    }

    private static Where resolve(BoolArray mask, NumericArray a, NumericArray b, NumericArray out) {
        NumericArray first = a != null ? array(a, "a") : array(b, "b");
        if (a != null && b != null) {
            array(b, "b");
            sameShape(a, b, "a", "b");
        }
        DType t = first.dtype();
        long n = first.length();
        mask(mask, n);
        arrayOut(out, n, t);
        long es = t.byteSize();
        MemorySegment o = out.segment();
        return new Where(t, n, readable(mask.segment(), n, o.asSlice(0, n * es), false),
                a == null ? null : readable(a.segment(), n * es, o, true),
                b == null ? null : readable(b.segment(), n * es, o, true), o);
    }

    private static void run(Where w, long s, long u) {
        MaskOps ops = ops();
        if (w.a() != null && w.b() != null) {
            ops.where(w.t(), w.m(), w.a(), w.b(), w.out(), w.n());
        } else if (w.a() != null) {
            ops.whereScalar(w.t(), w.m(), w.a(), s, false, w.out(), w.n());
        } else {
            ops.whereScalar(w.t(), w.m(), w.b(), s, true, w.out(), w.n());
        }
    }

    static void where(BoolArray mask, NumericArray a, NumericArray b, NumericArray out) {
        array(a, "a");
        array(b, "b");
        run(resolve(mask, a, b, out), 0, 0);
    }

    static NumericArray where(BoolArray mask, NumericArray a, NumericArray b) {
        array(a, "a");
        array(b, "b");
        sameShape(a, b, "a", "b");
        mask(mask, a.length());
        NumericArray out = newArray(a.dtype(), a.length());
        where(mask, a, b, out);
        return out;
    }

    static NumericArray where(BoolArray mask, NumericArray a, NumericArray b, Arena arena) {
        array(a, "a");
        Objects.requireNonNull(arena, "arena");
        array(b, "b");
        sameShape(a, b, "a", "b");
        mask(mask, a.length());
        NumericArray out = newArray(a.dtype(), a.length(), arena);
        where(mask, a, b, out);
        return out;
    }

    /** where(mask, a, s): a where the mask is true, else s. */
    static void whereScalar(BoolArray mask, NumericArray a, double s, NumericArray out) {
        array(a, "a");
        long bits = storeBits(a.dtype(), s, "s");
        run(resolve(mask, a, null, out), bits, 0);
    }

    /** where(mask, s, b): s where the mask is true, else b. */
    static void whereScalar(BoolArray mask, double s, NumericArray b, NumericArray out) {
        array(b, "b");
        long bits = storeBits(b.dtype(), s, "s");
        run(resolve(mask, null, b, out), bits, 0);
    }

    static NumericArray whereScalar(BoolArray mask, NumericArray a, double s) {
        array(a, "a");
        NumericArray out = newArray(a.dtype(), a.length());
        whereScalar(mask, a, s, out);
        return out;
    }

    static NumericArray whereScalar(BoolArray mask, double s, NumericArray b) {
        array(b, "b");
        NumericArray out = newArray(b.dtype(), b.length());
        whereScalar(mask, s, b, out);
        return out;
    }

    /** where(mask, s, u) into out: s where the mask is true, else u; out's first mask.length() elements. */
    static void whereScalars(BoolArray mask, double s, double u, NumericArray out) {
        aliveMask(mask, "mask");
        array(out, "out");
        long n = mask.length();
        DType t = out.dtype();
        long sb = storeBits(t, s, "s");
        long ub = storeBits(t, u, "t");
        arrayOut(out, n, t);
        MemorySegment o = out.segment();
        ops().whereScalars(t, readable(mask.segment(), n, o.asSlice(0, n * t.byteSize()), false), sb, ub, o, n);
    }

    /** The bits of an integer scalar stored into an array of type t (exact; in range for int32). */
    private static long integerBits(DType t, long s, String name) {
        if (t.isFloating()) {
            return MaskOps.scalarBits(t, s);
        }
        if (t == DType.I32 && (s < Integer.MIN_VALUE || s > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException(name + " = " + s + " is not a value of I32");
        }
        return s;
    }

    /** where with an integer scalar: swap false, a where true else s; swap true, s where true else a. */
    static void whereLong(BoolArray mask, NumericArray a, long s, boolean swap, NumericArray out) {
        array(a, "a");
        long bits = integerBits(a.dtype(), s, "s");
        run(swap ? resolve(mask, null, a, out) : resolve(mask, a, null, out), bits, 0);
    }

    /** where(mask, s, u) with integer scalars into out. */
    static void whereLongs(BoolArray mask, long s, long u, NumericArray out) {
        aliveMask(mask, "mask");
        array(out, "out");
        long n = mask.length();
        DType t = out.dtype();
        long sb = integerBits(t, s, "s");
        long ub = integerBits(t, u, "t");
        arrayOut(out, n, t);
        MemorySegment o = out.segment();
        ops().whereScalars(t, readable(mask.segment(), n, o.asSlice(0, n * t.byteSize()), false), sb, ub, o, n);
    }

    static CompletableFuture<Void> whereAsync(ComputePool pool, long chunkSize, BoolArray mask, NumericArray a,
                                              NumericArray b, NumericArray out) {
        array(a, "a");
        array(b, "b");
        Where w = resolve(mask, a, b, out);
        shareable(mask.segment(), "mask");
        shareable(a.segment(), "a");
        shareable(b.segment(), "b");
        shareable(out.segment(), "out");
        return whereJob(pool, chunkSize, w, 0);
    }

    static CompletableFuture<Void> whereScalarAsync(ComputePool pool, long chunkSize, BoolArray mask, NumericArray a,
                                                    double s, NumericArray out) {
        array(a, "a");
        long bits = storeBits(a.dtype(), s, "s");
        Where w = resolve(mask, a, null, out);
        shareable(mask.segment(), "mask");
        shareable(a.segment(), "a");
        shareable(out.segment(), "out");
        return whereJob(pool, chunkSize, w, bits);
    }

    private static CompletableFuture<Void> whereJob(ComputePool pool, long chunkSize, Where w, long s) {
        MaskOps ops = ops();
        long es = w.t().byteSize();
        return PoolMasks.elementwise(pool, chunkSize, w.n(), (from, len) -> {
            MemorySegment m = w.m().asSlice(from);
            MemorySegment o = w.out().asSlice(from * es);
            if (w.b() != null) {
                ops.where(w.t(), m, w.a().asSlice(from * es), w.b().asSlice(from * es), o, len);
            } else {
                ops.whereScalar(w.t(), m, w.a().asSlice(from * es), s, false, o, len);
            }
        });
    }

    // ---- predicates and nan_to_num --------------------------------------------------------

    static void test(ValueTest test, NumericArray x, BoolArray out) {
        array(x, "x");
        long n = x.length();
        maskOut(out, n);
        MemorySegment o = out.segment();
        if (!x.dtype().isFloating()) {
            // Integers are never NaN or infinite, always finite (NumPy's answers for int arrays).
            o.asSlice(0, n).fill(test == ValueTest.ISFINITE ? (byte) 1 : 0);
            return;
        }
        ops().test(test, x.dtype(), readable(x.segment(), n * x.dtype().byteSize(), o, false), o, n);
    }

    static BoolArray test(ValueTest test, NumericArray x) {
        array(x, "x");
        BoolArray out = newMask(x.length());
        test(test, x, out);
        return out;
    }

    static BoolArray test(ValueTest test, NumericArray x, Arena arena) {
        array(x, "x");
        BoolArray out = BoolArray.allocate(Objects.requireNonNull(arena, "arena"), x.length());
        test(test, x, out);
        return out;
    }

    static CompletableFuture<Void> testAsync(ComputePool pool, long chunkSize, ValueTest test, NumericArray x,
                                             BoolArray out) {
        array(x, "x");
        long n = x.length();
        maskOut(out, n);
        shareable(x.segment(), "x");
        shareable(out.segment(), "out");
        MemorySegment o = out.segment();
        DType t = x.dtype();
        if (!t.isFloating()) {
            byte v = test == ValueTest.ISFINITE ? (byte) 1 : 0;
            return PoolMasks.elementwise(pool, chunkSize, n, (from, len) -> o.asSlice(from, len).fill(v));
        }
        long es = t.byteSize();
        MemorySegment xs = readable(x.segment(), n * es, o, false);
        MaskOps ops = ops();
        return PoolMasks.elementwise(pool, chunkSize, n, (from, len) ->
                ops.test(test, t, xs.asSlice(from * es), o.asSlice(from), len));
    }

    /** NumPy's defaults: NaN -> 0.0, +Inf -> the largest finite value, -Inf -> the lowest. */
    private static double maxFinite(DType t) {
        return t == DType.F32 ? Float.MAX_VALUE : Double.MAX_VALUE;
    }

    static void nanToNum(NumericArray x, double nan, double posinf, double neginf, NumericArray out) {
        floating(x, "x");
        long n = x.length();
        arrayOut(out, n, x.dtype());
        long bytes = n * x.dtype().byteSize();
        ops().nanToNum(x.dtype(), readable(x.segment(), bytes, out.segment(), true), nan, posinf, neginf,
                out.segment(), n);
    }

    static void nanToNum(NumericArray x, NumericArray out) {
        floating(x, "x");
        double max = maxFinite(x.dtype());
        nanToNum(x, 0.0, max, -max, out);
    }

    static NumericArray nanToNum(NumericArray x) {
        floating(x, "x");
        NumericArray out = newArray(x.dtype(), x.length());
        nanToNum(x, out);
        return out;
    }

    static NumericArray nanToNum(NumericArray x, Arena arena) {
        floating(x, "x");
        NumericArray out = newArray(x.dtype(), x.length(), arena);
        nanToNum(x, out);
        return out;
    }

    static CompletableFuture<Void> nanToNumAsync(ComputePool pool, long chunkSize, NumericArray x, double nan,
                                                 double posinf, double neginf, NumericArray out) {
        floating(x, "x");
        long n = x.length();
        arrayOut(out, n, x.dtype());
        shareable(x.segment(), "x");
        shareable(out.segment(), "out");
        DType t = x.dtype();
        long es = t.byteSize();
        MemorySegment o = out.segment();
        MemorySegment xs = readable(x.segment(), n * es, o, true);
        MaskOps ops = ops();
        return PoolMasks.elementwise(pool, chunkSize, n, (from, len) ->
                ops.nanToNum(t, xs.asSlice(from * es), nan, posinf, neginf, o.asSlice(from * es), len));
    }

    static CompletableFuture<Void> nanToNumAsync(ComputePool pool, long chunkSize, NumericArray x, NumericArray out) {
        floating(x, "x");
        double max = maxFinite(x.dtype());
        return nanToNumAsync(pool, chunkSize, x, 0.0, max, -max, out);
    }

    // ---- truth reductions -----------------------------------------------------------------

    static long countNonzero(NumericArray x) {
        array(x, "x");
        return ops().countNonzero(x.dtype(), x.segment(), x.length());
    }

    static long countNonzero(BoolArray mask) {
        aliveMask(mask, "mask");
        return ops().countNonzero(null, mask.segment(), mask.length());
    }

    static boolean any(NumericArray x) {
        array(x, "x");
        return ops().any(x.dtype(), x.segment(), x.length());
    }

    static boolean any(BoolArray mask) {
        aliveMask(mask, "mask");
        return ops().any(null, mask.segment(), mask.length());
    }

    static boolean all(NumericArray x) {
        array(x, "x");
        return ops().all(x.dtype(), x.segment(), x.length());
    }

    static boolean all(BoolArray mask) {
        aliveMask(mask, "mask");
        return ops().all(null, mask.segment(), mask.length());
    }

    static CompletableFuture<Long> countNonzeroAsync(ComputePool pool, long chunkSize, NumericArray x) {
        array(x, "x");
        shareable(x.segment(), "x");
        return countJob(pool, chunkSize, x.dtype(), x.segment(), x.length());
    }

    static CompletableFuture<Long> countNonzeroAsync(ComputePool pool, long chunkSize, BoolArray mask) {
        aliveMask(mask, "mask");
        shareable(mask.segment(), "mask");
        return countJob(pool, chunkSize, null, mask.segment(), mask.length());
    }

    private static CompletableFuture<Long> countJob(ComputePool pool, long chunkSize, DType t, MemorySegment x, long n) {
        MaskOps ops = ops();
        long es = t == null ? 1 : t.byteSize();
        return PoolMasks.count(pool, chunkSize, n, (from, len) -> ops.countNonzero(t, x.asSlice(from * es), len));
    }

    static CompletableFuture<Boolean> anyAsync(ComputePool pool, long chunkSize, NumericArray x) {
        array(x, "x");
        shareable(x.segment(), "x");
        return decideJob(pool, chunkSize, x.dtype(), x.segment(), x.length(), true);
    }

    static CompletableFuture<Boolean> anyAsync(ComputePool pool, long chunkSize, BoolArray mask) {
        aliveMask(mask, "mask");
        shareable(mask.segment(), "mask");
        return decideJob(pool, chunkSize, null, mask.segment(), mask.length(), true);
    }

    static CompletableFuture<Boolean> allAsync(ComputePool pool, long chunkSize, NumericArray x) {
        array(x, "x");
        shareable(x.segment(), "x");
        return decideJob(pool, chunkSize, x.dtype(), x.segment(), x.length(), false);
    }

    static CompletableFuture<Boolean> allAsync(ComputePool pool, long chunkSize, BoolArray mask) {
        aliveMask(mask, "mask");
        shareable(mask.segment(), "mask");
        return decideJob(pool, chunkSize, null, mask.segment(), mask.length(), false);
    }

    private static CompletableFuture<Boolean> decideJob(ComputePool pool, long chunkSize, DType t, MemorySegment x,
                                                        long n, boolean any) {
        MaskOps ops = ops();
        long es = t == null ? 1 : t.byteSize();
        return PoolMasks.decide(pool, chunkSize, n, any, (from, len) -> {
            MemorySegment piece = x.asSlice(from * es);
            return (any ? ops.any(t, piece, len) : ops.all(t, piece, len)) ? 1 : 0;
        });
    }
}
