package org.kernels4j.planner;

import java.lang.foreign.Arena;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.kernels4j.DoubleArray;
import org.kernels4j.FloatArray;
import org.kernels4j.NumericArray;

/**
 * The results of the elementwise forms that return a new array (Kernels.exp(x),
 * Kernels.exp(x, arena), their async twins): allocated after the operands are checked, so a
 * call that is refused allocates nothing in the caller's arena.
 */
public final class NewArrays {
    private NewArrays() {
    }

    /** A new heap array as long as {@code x}. */
    public static double[] like(double[] x, String name) {
        return new double[Objects.requireNonNull(x, name).length];
    }

    /** A new heap array as long as {@code x}. */
    public static float[] like(float[] x, String name) {
        return new float[Objects.requireNonNull(x, name).length];
    }

    /** A new array of x's type and length in {@code arena}, once x is checked (float64 or float32, open). */
    public static <T extends NumericArray> T like(T x, String name, Arena arena) {
        Checks.floating(x, name);
        return allocate(x, arena);
    }

    /** As {@link #like(NumericArray, String, Arena)}, once a and b are checked to agree in type and length. */
    public static <T extends NumericArray> T like(T a, T b, Arena arena) {
        Checks.floating(a, "a");
        Checks.floating(b, "b");
        Checks.sameShape(a, b);
        return allocate(a, arena);
    }

    @SuppressWarnings("unchecked")
    private static <T extends NumericArray> T allocate(T x, Arena arena) {
        Objects.requireNonNull(arena, "arena");
        return (T) switch (x.dtype()) {
            case F64 -> DoubleArray.allocate(arena, x.length());
            case F32 -> FloatArray.allocate(arena, x.length());
            default -> throw new IllegalArgumentException("x is " + x.dtype() + ": this kernel takes F64 or F32 arrays");
        };
    }

    /**
     * A future of {@code result} once {@code work} completes; cancelling it cancels the work
     * (which stops at its next chunk boundary), as cancelling the work's own future would.
     */
    public static <T> CompletableFuture<T> returning(CompletableFuture<Void> work, T result) {
        CompletableFuture<T> r = work.thenApply(v -> result);
        r.whenComplete((v, e) -> {
            if (r.isCancelled()) {
                work.cancel(true);
            }
        });
        return r;
    }
}
