package org.kernels4j.planner;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.kernels4j.ComputePool;
import org.kernels4j.DType;
import org.kernels4j.DoubleHistogram;
import org.kernels4j.NumericArray;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.Backends;
import org.kernels4j.backend.HistBins;
import org.kernels4j.backend.PassProgram;
import org.kernels4j.backend.StopSignal;

/**
 * numpy.histogram with {@code weights} and {@code density} over equal bins, in NumPy 2.4's
 * order of floating additions ({@code numpy/lib/_histograms_impl.py}), so the same bits as
 * NumPy, on one thread or on a pool of any size.
 *
 * <p>NumPy walks x in blocks of {@value #BLOCK} elements: per block, {@code bincount(indices,
 * weights)} adds the weights of the kept values to a zeroed partial in index order, and the
 * partial is added to the running result ({@code n += partial}), block after block. Here too:
 * the sum of bin j is {@code ((0 + p0[j]) + p1[j]) + ...} with {@code pk[j]} the in-order sum
 * of block k's weights in bin j. The partials of different blocks are independent, so the pool
 * form computes them in rounds (each block of a round a chunk of its own, into its own partial)
 * and merges each round in block order before the next: the same additions in the same order
 * for any worker count. A round holds {@code max(slots, 2^21 / bins)} blocks (at most the
 * blocks left): memory (round + 1) x bins doubles; the synchronous form needs 2 x bins.
 *
 * <p>Density, as NumPy: {@code counts / widths / total} with the widths the differences of the
 * edges (in float32 for float32 edges, then widened) and the total NumPy's {@code n.sum()}: for
 * weighted sums NumPy's pairwise summation ({@link #numpySum}), for integer counts their exact
 * int64 sum.
 */
public final class WeightedHistograms {
    /** NumPy's block: numpy.histogram's {@code BLOCK = 65536}. */
    public static final int BLOCK = 65536;
    /** Partials in flight per round, in doubles, beyond one per slot. */
    private static final long ROUND_DOUBLES = 1L << 21;

    private WeightedHistograms() {
    }

    /**
     * The checks of the weights: float64, as many as x, alive; null means no weights.
     *
     * @throws IllegalArgumentException if the weights are not float64 or not as many as the values
     */
    public static void checkWeights(NumericArray x, NumericArray w) {
        if (w == null) {
            return;
        }
        Checks.alive(w, "weights");
        if (w.dtype() != DType.F64) {
            throw new IllegalArgumentException("histogram weights must be float64, got " + w.dtype());
        }
        if (w.length() != x.length()) {
            throw new IllegalArgumentException("x has " + x.length() + " elements but weights has " + w.length());
        }
    }

    /** The weighted (or density) histogram of x over the bins u on the calling thread. */
    public static DoubleHistogram histogram(Backend b, NumericArray x, NumericArray w, HistBins u, boolean density) {
        if (w == null) {
            long[] counts = new long[u.bins()];
            b.histUniform(x.segment(), x.length(), u, counts);
            return fromCounts(counts, u, density);
        }
        double[] total = new double[u.bins()];
        double[] partial = new double[u.bins()];
        long n = x.length();
        for (long off = 0; off < n; off += BLOCK) {
            addBlock(b, x, w, u, off, Math.min(BLOCK, n - off), partial, total);
        }
        return fromSums(total, u, density);
    }

    /** One block as numpy adds it: a zeroed partial, the block's weights in order, then total += partial. */
    private static void addBlock(Backend b, NumericArray x, NumericArray w, HistBins u, long off, long m,
                                 double[] partial, double[] total) {
        Arrays.fill(partial, 0.0);
        blockInto(b, x, w, u, off, m, partial);
        for (int j = 0; j < total.length; j++) {
            total[j] += partial[j];
        }
    }

    private static void blockInto(Backend b, NumericArray x, NumericArray w, HistBins u, long off, long m,
                                  double[] partial) {
        long es = x.dtype().byteSize();
        MemorySegment xs = x.segment().asSlice(off * es, m * es);
        MemorySegment ws = w.segment().asSlice(off * Double.BYTES, m * Double.BYTES);
        b.histUniformWeighted(xs, ws, m, u, partial);
    }

    private static DoubleHistogram fromCounts(long[] counts, HistBins u, boolean density) {
        double[] out = new double[counts.length];
        if (!density) {
            for (int j = 0; j < counts.length; j++) {
                out[j] = counts[j];
            }
            return new DoubleHistogram(out, u.edges().clone());
        }
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        double[] db = widths(u);
        double total = sum; // NumPy: float64 array / int64 scalar, the scalar converted
        for (int j = 0; j < counts.length; j++) {
            out[j] = (double) counts[j] / db[j] / total;
        }
        return new DoubleHistogram(out, u.edges().clone());
    }

    private static DoubleHistogram fromSums(double[] sums, HistBins u, boolean density) {
        if (density) {
            double[] db = widths(u);
            double total = numpySum(sums);
            for (int j = 0; j < sums.length; j++) {
                sums[j] = sums[j] / db[j] / total;
            }
        }
        return new DoubleHistogram(sums, u.edges().clone());
    }

    /** {@code np.array(np.diff(bin_edges), float)}: float32 edges subtract in float32. */
    private static double[] widths(HistBins u) {
        int bins = u.bins();
        double[] db = new double[bins];
        if (u.dtype() == DType.F32) {
            float[] e = u.edges32();
            for (int j = 0; j < bins; j++) {
                db[j] = e[j + 1] - e[j];
            }
        } else {
            double[] e = u.edges();
            for (int j = 0; j < bins; j++) {
                db[j] = e[j + 1] - e[j];
            }
        }
        return db;
    }

    /**
     * {@code np.sum} of a contiguous float64 array as NumPy 2.4 computes it: 0.0 plus the
     * pairwise sum of its loops ({@code numpy/_core/src/umath/loops_utils.h.src}): fewer than 8
     * values added in order; up to 128 in eight interleaved accumulators combined as
     * {@code ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))}, then the rest in order; more
     * split at half, rounded down to a multiple of 8.
     */
    public static double numpySum(double[] a) {
        return 0.0 + pairwise(a, 0, a.length);
    }

    private static double pairwise(double[] a, int from, int n) {
        if (n < 8) {
            double res = 0.0;
            for (int i = 0; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        if (n <= 128) {
            double[] r = new double[8];
            System.arraycopy(a, from, r, 0, 8);
            int i = 8;
            for (; i < n - (n % 8); i += 8) {
                for (int j = 0; j < 8; j++) {
                    r[j] += a[from + i + j];
                }
            }
            double res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for (; i < n; i++) {
                res += a[from + i];
            }
            return res;
        }
        int n2 = n / 2;
        n2 -= n2 % 8;
        return pairwise(a, from, n2) + pairwise(a, from + n2, n - n2);
    }

    // ---- on a pool ------------------------------------------------------------------------------

    /** Whether x is worth splitting over the pool (and may be). */
    private static boolean split(ComputePool pool, NumericArray x) {
        return x.length() >= PoolSorts.BLOCKS_PARALLEL_MIN && pool.workerCount() > 1 && Checks.shareable(x);
    }

    private static int slots(ComputePool pool, long n) {
        return (int) Math.max(1, Math.min(pool.workerCount(), n / BLOCK));
    }

    /** The synchronous form given a pool: the caller and the workers share the blocks. */
    public static DoubleHistogram histogramSync(ComputePool pool, NumericArray x, NumericArray w, HistBins u,
                                                boolean density) {
        Backend b = Backends.current();
        if (!split(pool, x) || (w != null && !Checks.shareable(w))) {
            return histogram(b, x, w, u, density);
        }
        return ChunkEngine.runWith(pool, new Program(b, x, w, u, density, slots(pool, x.length())));
    }

    /** The async form over given bins; checks done by the caller. */
    public static CompletableFuture<DoubleHistogram> histogram(ComputePool pool, NumericArray x, NumericArray w,
                                                               HistBins u, boolean density) {
        if (!split(pool, x)) {
            return pool.submit(() -> histogram(Backends.current(), x, w, u, density));
        }
        return ChunkEngine.start(pool, new Program(Backends.current(), x, w, u, density, slots(pool, x.length())));
    }

    /** The async form with the range from the data: one task finds it, then shares the blocks. */
    public static CompletableFuture<DoubleHistogram> histogramOfData(ComputePool pool, NumericArray x,
                                                                     NumericArray w, int bins, boolean density) {
        return pool.submit(() -> {
            HistBins u = HistBinning.forData(Backends.current(), x, bins);
            return histogramSync(pool, x, w, u, density);
        });
    }

    /** {@code pool.histogram(x, bins, lo, hi, weights, density)}: checked here, run on the pool. */
    public static CompletableFuture<DoubleHistogram> async(ComputePool pool, NumericArray x, int bins, double lo,
                                                           double hi, NumericArray w, boolean density) {
        checkAsync(pool, x, w);
        return histogram(pool, x, w, HistBinning.forRange(x.dtype(), bins, lo, hi), density);
    }

    /** {@code pool.histogram(x, bins, weights, density)}: checked here, the range found on the pool. */
    public static CompletableFuture<DoubleHistogram> async(ComputePool pool, NumericArray x, int bins,
                                                           NumericArray w, boolean density) {
        checkAsync(pool, x, w);
        if (bins <= 0) {
            throw new IllegalArgumentException("bins must be positive, got " + bins);
        }
        if (x.dtype() == DType.F32 && bins > HistBinning.MAX_F32_BINS) {
            throw new IllegalArgumentException("at most 2^24 bins for F32 input, got " + bins);
        }
        return histogramOfData(pool, x, w, bins, density);
    }

    /** {@code Kernels.histogram(x, bins, lo, hi, weights, density, pool)}. */
    public static DoubleHistogram sync(ComputePool pool, NumericArray x, int bins, double lo, double hi,
                                       NumericArray w, boolean density) {
        Objects.requireNonNull(pool, "pool");
        Checks.alive(x, "x");
        checkWeights(x, w);
        return histogramSync(pool, x, w, HistBinning.forRange(x.dtype(), bins, lo, hi), density);
    }

    /** Checks of the async forms: pool, arrays alive and shareable, weights. */
    public static void checkAsync(ComputePool pool, NumericArray x, NumericArray w) {
        Objects.requireNonNull(pool, "pool");
        Checks.requireShareable(Checks.alive(x, "x"), "x");
        if (w != null) {
            Checks.requireShareable(Checks.alive(w, "weights"), "weights");
        }
        checkWeights(x, w);
    }

    /**
     * Rounds of blocks: each block a chunk into its own partial (weights) or its own counts
     * (no weights), merged in block order when the round is done.
     */
    private static final class Program extends PassProgram<DoubleHistogram> {
        final Backend b;
        final NumericArray x;
        final NumericArray w;
        final HistBins u;
        final boolean density;
        final int slots;
        final long blocks;
        final int round;
        final double[][] partial;
        final long[][] counts;
        final double[] total;
        final long[] totalCounts;

        Program(Backend b, NumericArray x, NumericArray w, HistBins u, boolean density, int slots) {
            this.b = b;
            this.x = x;
            this.w = w;
            this.u = u;
            this.density = density;
            this.slots = slots;
            this.blocks = (x.length() + BLOCK - 1) / BLOCK;
            int bins = u.bins();
            this.round = (int) Math.min(blocks, Math.max(slots, ROUND_DOUBLES / bins));
            this.partial = w == null ? null : new double[round][bins];
            this.counts = w == null ? new long[round][bins] : null;
            this.total = w == null ? null : new double[bins];
            this.totalCounts = w == null ? new long[bins] : null;
        }

        @Override
        public int slots() {
            return slots;
        }

        @Override
        public Pass first() {
            return blocks == 0 ? null : new RoundPass(0);
        }

        @Override
        public DoubleHistogram result() {
            return w == null ? fromCounts(totalCounts, u, density) : fromSums(total, u, density);
        }

        @Override
        public void close() {
        }

        final class RoundPass extends Pass {
            final long firstBlock;
            final int count;

            RoundPass(long firstBlock) {
                this.firstBlock = firstBlock;
                this.count = (int) Math.min(round, blocks - firstBlock);
            }

            @Override
            public long chunks() {
                return count;
            }

            @Override
            public void chunk(long index, int slot, StopSignal stop) {
                long off = (firstBlock + index) * BLOCK;
                long m = Math.min(BLOCK, x.length() - off);
                int i = (int) index;
                if (w == null) {
                    Arrays.fill(counts[i], 0L);
                    long es = x.dtype().byteSize();
                    b.histUniform(x.segment().asSlice(off * es, m * es), m, u, counts[i]);
                } else {
                    Arrays.fill(partial[i], 0.0);
                    blockInto(b, x, w, u, off, m, partial[i]);
                }
            }

            @Override
            public Pass done() {
                for (int i = 0; i < count; i++) {
                    if (w == null) {
                        long[] c = counts[i];
                        for (int j = 0; j < c.length; j++) {
                            totalCounts[j] += c[j];
                        }
                    } else {
                        double[] p = partial[i];
                        for (int j = 0; j < p.length; j++) {
                            total[j] += p[j];
                        }
                    }
                }
                long next = firstBlock + count;
                return next < blocks ? new RoundPass(next) : null;
            }
        }
    }
}
