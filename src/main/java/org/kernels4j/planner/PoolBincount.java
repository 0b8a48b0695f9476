package org.kernels4j.planner;

import java.lang.foreign.MemorySegment;
import java.util.ConcurrentModificationException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.kernels4j.ComputePool;
import org.kernels4j.DType;
import org.kernels4j.NumericArray;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.Backends;
import org.kernels4j.backend.PassProgram;
import org.kernels4j.backend.StopSignal;

/**
 * numpy.bincount on a {@link ComputePool}, with the synchronous result for any worker count.
 *
 * <ul>
 * <li>Counts: x is cut into index chunks; each running chunk adds into the partial counts of
 *     its slot, and the partials are added at the end. Integer sums: the same for any split.
 *     Memory: one {@code long[size]} per slot.</li>
 * <li>Weighted sums: NumPy adds the weights of each bin in index order, and a split by index
 *     would change that order (floating addition is not associative). So the work is split by
 *     <em>value</em>: the bins are cut into one range per slot, and each part reads all of x,
 *     adding (in index order) only the weights of the values in its range. Every bin is then the
 *     synchronous sum bit for bit. The cost: each part reads x (but only its own weights and
 *     bins), so the gain comes from spreading the scattered additions, not the reading.
 *     Memory: the result plus a copy of each part's bins.</li>
 * </ul>
 *
 * <p>The range pass (min and max, which size the result and refuse negative values) runs first,
 * on one thread. If x changes between that pass and the counting, the values now outside are
 * skipped and the call ends with a {@link ConcurrentModificationException}, as the synchronous
 * form does.
 */
public final class PoolBincount {
    /** Index chunks of the counts: at least this many elements. */
    private static final long CHUNK = 1L << 20;

    private PoolBincount() {
    }

    /** The checks of every bincount: integer x, minlength, and the weights if any. */
    public static void check(NumericArray x, NumericArray w, int minlength) {
        Checks.alive(x, "x");
        if (x.dtype() != DType.I32 && x.dtype() != DType.I64) {
            throw new IllegalArgumentException("bincount takes I32 or I64 arrays, x is " + x.dtype());
        }
        if (w != null) {
            Checks.alive(w, "weights");
            if (w.dtype() != DType.F64) {
                throw new IllegalArgumentException("bincount weights must be float64, got " + w.dtype());
            }
            if (w.length() != x.length()) {
                throw new IllegalArgumentException("x has " + x.length() + " elements but weights has " + w.length());
            }
        }
        SizeLimits.arrayLength(minlength, "minlength");
    }

    /** The result's length: max(max(x) + 1, minlength), after refusing negative values. */
    static int size(Backend b, NumericArray x, int minlength) {
        long n = x.length();
        long size = minlength;
        if (n > 0) {
            long[] mm = b.intRange(x.dtype(), x.segment(), n);
            if (mm[0] < 0) {
                throw new IllegalArgumentException("bincount of negative values (minimum " + mm[0] + ")");
            }
            if (mm[1] >= Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maximum " + mm[1] + " is too large for an array of counts");
            }
            size = Math.max(size, mm[1] + 1);
        }
        return (int) size;
    }

    private static boolean split(ComputePool pool, NumericArray x, NumericArray w) {
        return x.length() >= PoolSorts.BLOCKS_PARALLEL_MIN && pool.workerCount() > 1 && Checks.shareable(x)
                && (w == null || Checks.shareable(w));
    }

    /** Counts, the caller and the pool's workers sharing the work (checked by the caller). */
    public static long[] countsSync(ComputePool pool, NumericArray x, int minlength) {
        Backend b = Backends.current();
        int size = size(b, x, minlength);
        long n = x.length();
        if (!split(pool, x, null) || n == 0) {
            long[] counts = new long[size];
            if (n > 0) {
                b.bincount(x.dtype(), x.segment(), n, counts);
            }
            return counts;
        }
        int slots = (int) Math.min(pool.workerCount(), (n + CHUNK - 1) / CHUNK);
        return ChunkEngine.runWith(pool, new CountProgram(b, x, size, slots));
    }

    /** Weighted sums, split by value over the caller and the pool's workers (checked by the caller). */
    public static double[] sumsSync(ComputePool pool, NumericArray x, NumericArray w, int minlength) {
        Backend b = Backends.current();
        int size = size(b, x, minlength);
        long n = x.length();
        if (!split(pool, x, w) || n == 0 || size < 2) {
            double[] sums = new double[size];
            if (n > 0) {
                b.bincount(x.dtype(), x.segment(), w.segment(), n, sums);
            }
            return sums;
        }
        int parts = Math.min(pool.workerCount(), size);
        return ChunkEngine.runWith(pool, new PartProgram(b, x, w, size, parts));
    }

    /** {@code pool.bincount(x, minlength)}: checked here; the range and the counting on the pool. */
    public static CompletableFuture<long[]> counts(ComputePool pool, NumericArray x, int minlength) {
        Objects.requireNonNull(pool, "pool");
        check(x, null, minlength);
        Checks.requireShareable(x, "x");
        return pool.submit(() -> countsSync(pool, x, minlength));
    }

    /** {@code pool.bincount(x, weights, minlength)}: checked here; the range and the sums on the pool. */
    public static CompletableFuture<double[]> sums(ComputePool pool, NumericArray x, NumericArray w, int minlength) {
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(w, "weights");
        check(x, w, minlength);
        Checks.requireShareable(x, "x");
        Checks.requireShareable(w, "weights");
        return pool.submit(() -> sumsSync(pool, x, w, minlength));
    }

    private static final class CountProgram extends PassProgram.OnePass<long[]> {
        final Backend b;
        final NumericArray x;
        final long chunk;
        final long chunks;
        final long[][] partial;

        CountProgram(Backend b, NumericArray x, int size, int slots) {
            super(slots);
            this.b = b;
            this.x = x;
            long n = x.length();
            this.chunk = Math.max(CHUNK, (n + 63) / 64);
            this.chunks = (n + chunk - 1) / chunk;
            this.partial = new long[slots][size];
        }

        @Override
        protected long chunks() {
            return chunks;
        }

        @Override
        protected void chunk(long index, int slot, StopSignal stop) {
            long off = index * chunk;
            long m = Math.min(chunk, x.length() - off);
            long es = x.dtype().byteSize();
            MemorySegment xs = x.segment().asSlice(off * es, m * es);
            b.bincount(x.dtype(), xs, m, partial[slot]);
        }

        @Override
        protected long[] finish() {
            long[] r = partial[0];
            for (int s = 1; s < slots(); s++) {
                long[] p = partial[s];
                for (int j = 0; j < r.length; j++) {
                    r[j] += p[j];
                }
            }
            return r;
        }
    }

    private static final class PartProgram extends PassProgram.OnePass<double[]> {
        final Backend b;
        final NumericArray x;
        final NumericArray w;
        final int parts;
        final long[] cuts;
        final double[][] sums;
        final long[] added;

        PartProgram(Backend b, NumericArray x, NumericArray w, int size, int parts) {
            super(parts);
            this.b = b;
            this.x = x;
            this.w = w;
            this.parts = parts;
            this.cuts = new long[parts + 1];
            for (int p = 0; p <= parts; p++) {
                cuts[p] = (long) size * p / parts;
            }
            this.sums = new double[parts][];
            this.added = new long[parts];
        }

        @Override
        protected long chunks() {
            return parts;
        }

        @Override
        protected void chunk(long index, int slot, StopSignal stop) {
            int p = (int) index;
            double[] s = new double[(int) (cuts[p + 1] - cuts[p])];
            added[p] = b.bincountPart(x.dtype(), x.segment(), w.segment(), x.length(), s, cuts[p]);
            sums[p] = s;
        }

        @Override
        protected double[] finish() {
            long total = 0;
            for (long a : added) {
                total += a;
            }
            if (total != x.length()) {
                throw new ConcurrentModificationException("x changed during bincount: " + (x.length() - total)
                        + " values fell outside the range found by its first pass");
            }
            double[] r = new double[(int) cuts[parts]];
            for (int p = 0; p < parts; p++) {
                System.arraycopy(sums[p], 0, r, (int) cuts[p], sums[p].length);
            }
            return r;
        }
    }
}
