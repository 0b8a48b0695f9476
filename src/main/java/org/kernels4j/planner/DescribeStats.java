package org.kernels4j.planner;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongFunction;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.Backends;
import org.kernels4j.backend.PassProgram;
import org.kernels4j.backend.Selection;
import org.kernels4j.backend.StopSignal;
import org.kernels4j.ComputePool;
import org.kernels4j.DType;
import org.kernels4j.Description;
import org.kernels4j.Moments;
import org.kernels4j.NumericArray;
import org.kernels4j.QuantileMethod;

/**
 * describe() in two independent parts that a pool runs side by side and the synchronous
 * {@link Kernels#describe(NumericArray, double...)} runs one after the other, with the same
 * arithmetic, so both give the same bits:
 *
 * <ul>
 * <li><b>Moments.</b> x is cut into fixed chunks of {@link #CHUNK} elements (independent of the
 *     worker count). Per chunk: the non-NaN count, their mean (k4j-tree sum / count) and sum of
 *     squared deviations from it (the chunk is in cache for these; a chunk holding NaNs is first
 *     compacted into a per-task buffer). The chunks merge in chunk order by Chan's formulas.</li>
 * <li><b>Order statistics.</b> One selection (see {@link Kernels#select}) of min, max and the two
 *     ranks around each percentile among the non-NaN values, NaNs counted in the same read.</li>
 * </ul>
 */
public final class DescribeStats {
    /** Elements per moments chunk: fixed, so results do not depend on how the work is split. */
    public static final long CHUNK = 1 << 16;

    private DescribeStats() {
    }

    public static long chunks(long n) {
        return (n + CHUNK - 1) / CHUNK;
    }

    /** A heap buffer for one compacted chunk of dtype t. */
    public static MemorySegment scratch(DType t) {
        return t == DType.F64 ? MemorySegment.ofArray(new double[(int) CHUNK])
                : MemorySegment.ofArray(new float[(int) CHUNK]);
    }

    /**
     * The moments of chunk i of x (F64 or F32). A chunk holding NaN is compacted into
     * {@code scratch[slot]}, allocated there on first need.
     */
    public static Moments chunk(Backend b, NumericArray x, long i, MemorySegment[] scratch, int slot) {
        DType t = x.dtype();
        long from = i * CHUNK;
        long len = Math.min(CHUNK, x.length() - from);
        MemorySegment s = x.segment().asSlice(from * t.byteSize(), len * t.byteSize());
        long nan = b.nancount(t, s, len);
        long count = len - nan;
        if (count == 0) {
            return Moments.EMPTY;
        }
        if (nan > 0) {
            if (scratch[slot] == null) {
                scratch[slot] = scratch(t);
            }
            MemorySegment buf = scratch[slot];
            long j = 0;
            if (t == DType.F64) {
                for (long k = 0; k < len; k++) {
                    double v = s.getAtIndex(JAVA_DOUBLE, k);
                    if (v == v) {
                        buf.setAtIndex(JAVA_DOUBLE, j++, v);
                    }
                }
            } else {
                for (long k = 0; k < len; k++) {
                    float v = s.getAtIndex(JAVA_FLOAT, k);
                    if (v == v) {
                        buf.setAtIndex(JAVA_FLOAT, j++, v);
                    }
                }
            }
            s = buf;
        }
        double mean = b.sum(t, s, count) / count;
        return new Moments(count, mean, b.sqdev(t, s, count, mean), b.min(t, s, count), b.max(t, s, count));
    }

    public static Moments merge(Moments[] parts) {
        Moments m = Moments.EMPTY;
        for (Moments p : parts) {
            m = m.merge(p);
        }
        return m;
    }

    /** All chunks on the calling thread. */
    public static Moments moments(Backend b, NumericArray x) {
        long c = chunks(x.length());
        Moments[] parts = new Moments[(int) c];
        MemorySegment[] scratch = new MemorySegment[1];
        for (int i = 0; i < c; i++) {
            parts[i] = chunk(b, x, i, scratch, 0);
        }
        return merge(parts);
    }

    /** The moments as a one-pass program: each slot with its own buffer, parts kept by chunk. */
    public static PassProgram<Moments> program(NumericArray x, int slots) {
        long c = chunks(x.length());
        Moments[] parts = new Moments[(int) c];
        MemorySegment[] scratch = new MemorySegment[slots];
        return new PassProgram.OnePass<>(slots) {
            @Override
            protected long chunks() {
                return c;
            }

            @Override
            protected void chunk(long i, int slot, StopSignal stop) {
                if (stop.stopRequested()) {
                    throw new CancellationException("cancellation requested");
                }
                parts[(int) i] = DescribeStats.chunk(Backends.current(), x, i, scratch, slot);
            }

            @Override
            protected Moments finish() {
                return merge(parts);
            }
        };
    }

    /** Ranks to select once the NaNs are counted: min, max and each percentile's two neighbours. */
    public static LongFunction<long[]> ranks(long n, double[] ps) {
        return nan -> {
            long count = n - nan;
            if (count == 0) {
                return null;
            }
            long[] all = new long[ps.length * 2 + 2];
            for (int i = 0; i < ps.length; i++) {
                Quantiles.Plan p = Quantiles.plan(count, ps[i], QuantileMethod.LINEAR);
                all[2 * i] = p.lo();
                all[2 * i + 1] = p.hi();
            }
            all[all.length - 2] = 0;
            all[all.length - 1] = count - 1;
            return Arrays.stream(all).sorted().distinct().toArray();
        };
    }

    public static Description finish(DType t, long n, Moments m, Selection s, double[] ps) {
        long count = n - s.nan();
        double[] vals = new double[ps.length];
        if (count == 0) {
            Arrays.fill(vals, Double.NaN);
            return new Description(0, Double.NaN, Double.NaN, Double.NaN, ps, vals, Double.NaN);
        }
        long[] ks = s.ranks();
        double[] v = s.values();
        for (int i = 0; i < ps.length; i++) {
            Quantiles.Plan p = Quantiles.plan(count, ps[i], QuantileMethod.LINEAR);
            double lo = v[Arrays.binarySearch(ks, p.lo())];
            double hi = v[Arrays.binarySearch(ks, p.hi())];
            vals[i] = t == DType.F32 ? Quantiles.lerpF32Wide((float) lo, (float) hi, p.gamma())
                    : Quantiles.lerp(lo, hi, p.gamma());
        }
        double std = count > 1 ? Math.sqrt(m.m2() / (count - 1)) : Double.NaN;
        return new Description(count, m.mean(), std, v[0], ps, vals, v[v.length - 1]);
    }

    /** The synchronous describe: moments, then the selection, on the calling thread. */
    public static Description describe(NumericArray x, double[] ps) {
        Backend b = Backends.current();
        long n = x.length();
        Moments m = n == 0 ? Moments.EMPTY : moments(b, x);
        Selection s = n == 0 ? new Selection(0, new long[0], new double[0])
                : b.selectRanks(x.dtype(), x.segment(), n, ranks(n, ps));
        return finish(x.dtype(), n, m, s, ps);
    }

    /** Moments and selection side by side on the pool; the result is {@link #describe}'s. */
    public static CompletableFuture<Description> describe(ComputePool pool, NumericArray x, double[] ps,
                                                   CompletableFuture<Selection> selection) {
        long n = x.length();
        CompletableFuture<Moments> moments;
        if (n <= CHUNK || pool.workerCount() == 1) {
            moments = pool.submit(() -> moments(Backends.current(), x));
        } else {
            moments = ChunkEngine.start(pool, program(x, (int) Math.min(pool.workerCount(), chunks(n))));
        }
        CompletableFuture<Description> result = moments.thenCombine(selection, (m, s) -> finish(x.dtype(), n, m, s, ps));
        result.whenComplete((r, e) -> {
            moments.cancel(false);
            selection.cancel(false);
        });
        return result;
    }
}
