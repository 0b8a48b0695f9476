package org.kernels4j.planner;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.kernels4j.DType;
import org.kernels4j.DoubleArray;
import org.kernels4j.FloatArray;
import org.kernels4j.NumericArray;
import org.kernels4j.NumericMatrix;

/**
 * Argument checks shared by the synchronous {@link Kernels} and the asynchronous
 * {@link AsyncKernels}, so that both reject the same calls with the same exceptions and
 * messages. Every check runs before any memory is touched.
 */
public final class Checks {
    /**
     * A thread that never runs, so it owns no confined arena: a segment is accessible from it
     * exactly when it is accessible from every thread (heap, global, automatic, shared arenas).
     */
    private static final Thread NO_OWNER = Thread.ofPlatform().unstarted(() -> { });

    private Checks() {
    }

    public static NumericArray view(double[] x, int offset, int length) {
        return DoubleArray.wrap(Objects.requireNonNull(x, "x"), offset, length);
    }

    public static NumericArray view(float[] x, int offset, int length) {
        return FloatArray.wrap(Objects.requireNonNull(x, "x"), offset, length);
    }

    public static DoubleArray wrap(double[] a, String name) {
        return DoubleArray.wrap(Objects.requireNonNull(a, name));
    }

    public static FloatArray wrap(float[] a, String name) {
        return FloatArray.wrap(Objects.requireNonNull(a, name));
    }

    /** A floating-point operand (the arithmetic kernels take F64 or F32): not null, arena open. */
    public static NumericArray floating(NumericArray x, String name) {
        Objects.requireNonNull(x, name);
        if (!x.dtype().isFloating()) {
            throw new IllegalArgumentException(name + " is " + x.dtype() + ": this kernel takes F64 or F32 arrays");
        }
        return alive(x, name);
    }

    /** An operand of any type: not null, arena open. */
    public static NumericArray alive(NumericArray x, String name) {
        Objects.requireNonNull(x, name);
        if (!x.isAlive()) {
            throw new IllegalStateException(name + ": the arena of this array is closed");
        }
        return x;
    }

    /** An array a kernel writes in place: not null, arena open, not read-only. */
    public static NumericArray writable(NumericArray x, String name) {
        alive(x, name);
        if (x.isReadOnly()) {
            throw new IllegalArgumentException(name + " is read-only");
        }
        return x;
    }

    /** An output for {@code n} elements of type {@code t}: open, same type, writable, long enough. */
    public static NumericArray out(NumericArray out, long n, DType t) {
        floating(out, "out");
        if (out.dtype() != t) {
            throw new IllegalArgumentException("out is " + out.dtype() + ", inputs are " + t);
        }
        writable(out, "out");
        if (out.length() < n) {
            throw new IllegalArgumentException("out has " + out.length() + " elements, needs " + n);
        }
        return out;
    }

    /** out receives x's elements (a sorted copy): the same dtype as x, at least as long. */
    public static void holdsCopyOf(NumericArray out, NumericArray x) {
        if (out.dtype() != x.dtype()) {
            throw new IllegalArgumentException("out is " + out.dtype() + ", x is " + x.dtype());
        }
        if (out.length() < x.length()) {
            throw new IllegalArgumentException("out has " + out.length() + " elements, needs " + x.length());
        }
    }

    public static void sameShape(NumericArray a, NumericArray b) {
        if (a.dtype() != b.dtype()) {
            throw new IllegalArgumentException("operands have different types: " + a.dtype() + " and " + b.dtype());
        }
        if (a.length() != b.length()) {
            throw new IllegalArgumentException("operands have different lengths: " + a.length() + " and " + b.length());
        }
    }

    public static void nonEmpty(NumericArray x, String op) {
        if (x.length() == 0) {
            throw new IllegalArgumentException(op + " of an empty array is undefined");
        }
    }

    public static void ddof(long n, int ddof) {
        if (ddof < 0) {
            throw new IllegalArgumentException("ddof must be >= 0, got " + ddof);
        }
        if (ddof >= n) {
            throw new IllegalArgumentException("ddof (" + ddof + ") must be less than the number of elements (" + n + ")");
        }
    }

    public static void clipBounds(double lo, double hi) {
        if (Double.isNaN(lo) || Double.isNaN(hi)) {
            throw new IllegalArgumentException("clip bounds must not be NaN");
        }
        if (lo > hi) {
            throw new IllegalArgumentException("clip bounds are reversed: lo " + lo + " > hi " + hi);
        }
    }

    /** axpy updates y in place, so y must have exactly x's length (not merely enough room). */
    public static void axpyLengths(long n, NumericArray y) {
        if (y.length() != n) {
            throw new IllegalArgumentException("operands have different lengths: " + n + " and " + y.length());
        }
    }

    /** As {@link #requireShareable(NumericArray, String)}, for a matrix. */
    public static NumericMatrix requireShareable(NumericMatrix m, String name) {
        if (!m.segment().isAccessibleBy(NO_OWNER)) {
            throw new IllegalArgumentException(name + ": the memory of this matrix belongs to a confined arena, which"
                    + " only its owner thread may access; async kernels run on pool threads, so allocate it in"
                    + " Arena.ofShared(), Arena.ofAuto() or Arena.global(), or use the synchronous Kernels");
        }
        return m;
    }

    /** Whether pool threads may touch x's memory (false for a confined arena's). */
    public static boolean shareable(NumericArray x) {
        return x.segment().isAccessibleBy(NO_OWNER);
    }

    /**
     * For the async kernels: the array's memory must be accessible from the pool's threads.
     * Memory of a confined arena is accessible only from its owner thread; the FFM runtime
     * would throw {@link WrongThreadException} on the worker, so the call is refused here.
     */
    public static NumericArray requireShareable(NumericArray x, String name) {
        if (!shareable(x)) {
            throw new IllegalArgumentException(name + ": the memory of this array belongs to a confined arena, which"
                    + " only its owner thread may access; async kernels run on pool threads, so allocate it in"
                    + " Arena.ofShared(), Arena.ofAuto() or Arena.global(), or use the synchronous Kernels");
        }
        return x;
    }

    /**
     * The input's memory as an elementwise kernel should read it: itself, unless it overlaps
     * {@code out} other than exactly, in which case a copy in an arena from {@code arena}
     * (so results are as if every input was read before any output was written).
     */
    public static MemorySegment readable(NumericArray x, NumericArray out, long n, Supplier<Arena> arena) {
        MemorySegment src = x.segment();
        MemorySegment dst = out.segment();
        Optional<MemorySegment> overlap = dst.asOverlappingSlice(src);
        // Overlapping segments share one backing object, so addresses compare (byte offsets for heap arrays).
        if (overlap.isEmpty() || dst.address() == src.address()) {
            return src;
        }
        long bytes = n * x.dtype().byteSize();
        MemorySegment copy = arena.get().allocate(bytes, 64);
        MemorySegment.copy(src, 0, copy, 0, bytes);
        return copy;
    }
}
