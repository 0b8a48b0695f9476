package org.kernels4j.planner;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.kernels4j.ComputePool;
import org.kernels4j.DoubleArray;
import org.kernels4j.FloatArray;
import org.kernels4j.IntArray;
import org.kernels4j.LongArray;
import org.kernels4j.NumericArray;
import org.kernels4j.Unique;
import org.kernels4j.UniqueLongs;

/**
 * numpy.unique(x, return_counts=True) from a sorted copy: runs of equal values. The sort puts
 * NaN last and -0.0 before +0.0; a run of ±0 is one value reported by its first element (-0.0
 * when x holds one), all NaNs are one value (NumPy 2's equal_nan=True), reported by the first
 * NaN of the sorted copy. On a pool the copy is sorted by the pool's parallel sort, then the runs
 * are read on one thread: the same result as the synchronous form.
 */
public final class Uniques {
    private Uniques() {
    }

    /** The runs of a sorted double copy (NaN last). */
    public static Unique ofSorted(double[] s) {
        double[] vals = new double[s.length];
        long[] counts = new long[s.length];
        int u = -1;
        for (double v : s) {
            boolean same = u >= 0 && (v == vals[u] || (Double.isNaN(v) && Double.isNaN(vals[u])));
            if (!same) {
                vals[++u] = v;
            }
            counts[u]++;
        }
        return new Unique(Arrays.copyOf(vals, u + 1), Arrays.copyOf(counts, u + 1));
    }

    /** The runs of a sorted float copy, widened (exactly) to double; float equality. */
    public static Unique ofSorted(float[] s) {
        double[] vals = new double[s.length];
        long[] counts = new long[s.length];
        int u = -1;
        float last = 0;
        for (float v : s) {
            boolean same = u >= 0 && (v == last || (Float.isNaN(v) && Float.isNaN(last)));
            if (!same) {
                vals[++u] = v;
                last = v;
            }
            counts[u]++;
        }
        return new Unique(Arrays.copyOf(vals, u + 1), Arrays.copyOf(counts, u + 1));
    }

    /** The runs of a sorted long copy. */
    public static UniqueLongs ofSorted(long[] s) {
        long[] vals = new long[s.length];
        long[] counts = new long[s.length];
        int u = -1;
        for (long v : s) {
            if (u < 0 || v != vals[u]) {
                vals[++u] = v;
            }
            counts[u]++;
        }
        return new UniqueLongs(Arrays.copyOf(vals, u + 1), Arrays.copyOf(counts, u + 1));
    }

    /** The runs of a sorted int copy, widened to long. */
    public static UniqueLongs ofSorted(int[] s) {
        long[] vals = new long[s.length];
        long[] counts = new long[s.length];
        int u = -1;
        for (int v : s) {
            if (u < 0 || v != vals[u]) {
                vals[++u] = v;
            }
            counts[u]++;
        }
        return new UniqueLongs(Arrays.copyOf(vals, u + 1), Arrays.copyOf(counts, u + 1));
    }

    /** A private copy of x (alive checked; more than 2^31 - 9 elements refused). */
    private static <A> A copy(NumericArray x, java.util.function.Supplier<A> toArray) {
        Checks.alive(x, "x");
        if (x.length() > SizeLimits.MAX_ARRAY_LENGTH) {
            throw new IllegalArgumentException(x.length() + " elements: the sorted copy does not fit in a Java array");
        }
        return toArray.get();
    }

    public static double[] copyOf(DoubleArray x) {
        return copy(x, x::toArray);
    }

    public static float[] copyOf(FloatArray x) {
        return copy(x, x::toArray);
    }

    public static int[] copyOf(IntArray x) {
        return copy(x, x::toArray);
    }

    public static long[] copyOf(LongArray x) {
        return copy(x, x::toArray);
    }

    private static void shareable(ComputePool pool, NumericArray x) {
        Objects.requireNonNull(pool, "pool");
        Checks.requireShareable(Checks.alive(x, "x"), "x");
    }

    /** Copied on the caller, sorted by the pool, the runs read when the sort completes. */
    public static CompletableFuture<Unique> unique(ComputePool pool, DoubleArray x) {
        shareable(pool, x);
        double[] c = copyOf(x);
        return PoolSorts.sort(pool, DoubleArray.wrap(c)).thenApply(v -> ofSorted(c));
    }

    public static CompletableFuture<Unique> unique(ComputePool pool, FloatArray x) {
        shareable(pool, x);
        float[] c = copyOf(x);
        return PoolSorts.sort(pool, FloatArray.wrap(c)).thenApply(v -> ofSorted(c));
    }

    public static CompletableFuture<UniqueLongs> unique(ComputePool pool, IntArray x) {
        shareable(pool, x);
        int[] c = copyOf(x);
        return PoolSorts.sort(pool, IntArray.wrap(c)).thenApply(v -> ofSorted(c));
    }

    public static CompletableFuture<UniqueLongs> unique(ComputePool pool, LongArray x) {
        shareable(pool, x);
        long[] c = copyOf(x);
        return PoolSorts.sort(pool, LongArray.wrap(c)).thenApply(v -> ofSorted(c));
    }
}
