package org.kernels4j.planner;

import static org.kernels4j.planner.Checks.axpyLengths;
import static org.kernels4j.planner.Checks.clipBounds;
import static org.kernels4j.planner.Checks.ddof;
import static org.kernels4j.planner.Checks.floating;
import static org.kernels4j.planner.Checks.nonEmpty;
import static org.kernels4j.planner.Checks.out;
import static org.kernels4j.planner.Checks.readable;
import static org.kernels4j.planner.Checks.sameShape;
import static org.kernels4j.planner.Checks.requireShareable;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleFunction;
import java.util.function.Supplier;
import org.kernels4j.planner.ChunkJob.Done;
import org.kernels4j.planner.ChunkJob.Next;
import org.kernels4j.planner.ChunkJob.Phase;
import org.kernels4j.planner.ChunkJob.Step;
import org.kernels4j.planner.ChunkPlanner.Cost;
import org.kernels4j.planner.ChunkPlanner.Plan;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.Backends;
import org.kernels4j.backend.BinaryOp;
import org.kernels4j.backend.SumTree;
import org.kernels4j.backend.UnaryOp;
import org.kernels4j.ComputePool;
import org.kernels4j.DType;
import org.kernels4j.NumericArray;

/**
 * The async kernels behind {@link AsyncKernels}: argument checks on the calling thread, then
 * a {@link ChunkJob} whose phases compute one partial result per chunk and merge them in chunk
 * order by the rules below, which reproduce the synchronous {@link Kernels} bit for bit:
 * <ul>
 * <li>sum, nansum, dot, mean, and both passes of var/std: chunk sums (each a complete k4j
 *     subtree) pushed into a {@link SumTree} in chunk order, the last chunk as the tail;</li>
 * <li>var/std: two passes, as {@link Kernels#var}: the tree sum gives the mean, then the tree
 *     sum of squared deviations from it;</li>
 * <li>nanmean: tree sum ignoring NaN, divided by the total count of non-NaN elements;</li>
 * <li>min/max: {@link Math#min}/{@link Math#max} over the chunk values (NaN absorbs, -0.0
 *     below +0.0); nanmin/nanmax: the same with all-NaN chunks (value NaN) skipped;</li>
 * <li>argmin/argmax: the first chunk whose extremum is NaN gives its first NaN; otherwise a
 *     later chunk wins only with a strictly smaller (larger) value, so the first occurrence
 *     stays;</li>
 * <li>norm2: tree sum of squares, then the square root; in the rare case that sum overflows,
 *     underflows or is zero, the backend's own norm2 (with its rescaling rule) runs on the whole
 *     array as one step;</li>
 * <li>elementwise kernels: chunks are independent, nothing to merge;</li>
 * <li>cumsum: sequential, chunk by chunk, the carry passed on.</li>
 * </ul>
 */
public final class PoolKernels {
    /**
     * Sums of squares at or above this are final for norm2 on every backend (their rescaling
     * thresholds are 2^-970 to 2^-968); below it, and for +Inf and NaN, the backend decides.
     */
    private static final double NORM2_PLAIN_FROM = 0x1p-960;

    private PoolKernels() {
    }

    // ---- plumbing ------------------------------------------------------------------------

    private static Backend backend() {
        return Backends.current();
    }

    private static Plan plan(ComputePool pool, long chunkSize, long n, Cost cost) {
        return ChunkPlanner.plan(n, cost, pool.workerCount(), chunkSize);
    }

    /** An input of an async kernel: not null, open, readable from the pool's threads. */
    private static NumericArray input(NumericArray x, String name) {
        return requireShareable(floating(x, name), name);
    }

    private static MemorySegment at(MemorySegment s, DType t, long from) {
        return from == 0 ? s : s.asSlice(from * t.byteSize());
    }

    /** Temporary copies of overlapping inputs: freed by the GC once the job drops them. */
    private static Supplier<Arena> autoArena() {
        Arena[] holder = {null};
        return () -> {
            if (holder[0] == null) {
                holder[0] = Arena.ofAuto();
            }
            return holder[0];
        };
    }

    /** A partial sum over elements [from, from+length). */
    @FunctionalInterface
    private interface ChunkSum {
        double apply(long from, long length);
    }

    /** One k4j-tree sum: a partial per chunk, merged through a SumTree in chunk order. */
    private static final class TreeSum<T> extends Phase<T> {
        private final double[] partial;
        private final ChunkSum piece;
        private final DoubleFunction<Step<T>> then;

        TreeSum(Plan plan, ChunkSum piece, DoubleFunction<Step<T>> then) {
            super(plan);
            this.partial = new double[(int) plan.count()];
            this.piece = piece;
            this.then = then;
        }

        @Override
        void chunk(int index, long from, long length) {
            partial[index] = piece.apply(from, length);
        }

        @Override
        Step<T> complete() {
            return then.apply(fold(plan, partial));
        }
    }

    public static double fold(Plan plan, double[] partial) {
        SumTree tree = new SumTree();
        for (int i = 0; i < partial.length; i++) {
            tree.push(partial[i], plan.level(i));
        }
        return tree.fold();
    }

    private static <T> CompletableFuture<T> start(ComputePool pool, Phase<T> first) {
        return ChunkJob.start(pool, first, false);
    }

    // ---- sums ----------------------------------------------------------------------------

    /** A tree-summed reduction of the backend on one piece of an array (sum, nansum). */
    @FunctionalInterface
    private interface PieceSum {
        double apply(Backend b, DType t, MemorySegment piece, long length);
    }

    /** The k4j-tree sum of x (checked here) by kernel, chunk by chunk; then the value. */
    private static CompletableFuture<Double> treeSum(ComputePool pool, long chunkSize, NumericArray x, PieceSum kernel,
                                                     DoubleFunction<Step<Double>> then) {
        input(x, "x");
        Backend b = backend();
        DType t = x.dtype();
        MemorySegment s = x.segment();
        return start(pool, new TreeSum<Double>(plan(pool, chunkSize, x.length(), Cost.STREAM),
                (from, len) -> kernel.apply(b, t, at(s, t, from), len), then));
    }

    public static CompletableFuture<Double> sum(ComputePool pool, long chunkSize, NumericArray x) {
        return treeSum(pool, chunkSize, x, Backend::sum, v -> new Done<>(ResultRules.sum(v)));
    }

    public static CompletableFuture<Double> mean(ComputePool pool, long chunkSize, NumericArray x) {
        return treeSum(pool, chunkSize, x, Backend::sum, v -> new Done<>(ResultRules.mean(v, x.length())));
    }

    public static CompletableFuture<Double> nansum(ComputePool pool, long chunkSize, NumericArray x) {
        return treeSum(pool, chunkSize, x, Backend::nansum, v -> new Done<>(ResultRules.sum(v)));
    }

    public static CompletableFuture<Double> dot(ComputePool pool, long chunkSize, NumericArray x, NumericArray y) {
        input(x, "x");
        input(y, "y");
        sameShape(x, y);
        Backend b = backend();
        DType t = x.dtype();
        MemorySegment xs = x.segment();
        MemorySegment ys = y.segment();
        return start(pool, new TreeSum<Double>(plan(pool, chunkSize, x.length(), Cost.STREAM),
                (from, len) -> b.dot(t, at(xs, t, from), at(ys, t, from), len), v -> new Done<>(ResultRules.sum(v))));
    }

    /** nanmean: per chunk the sum ignoring NaN and the NaN count. */
    public static CompletableFuture<Double> nanmean(ComputePool pool, long chunkSize, NumericArray x) {
        input(x, "x");
        Backend b = backend();
        DType t = x.dtype();
        MemorySegment s = x.segment();
        long n = x.length();
        Plan plan = plan(pool, chunkSize, n, Cost.STREAM);
        double[] sums = new double[(int) plan.count()];
        long[] nans = new long[sums.length];
        return start(pool, new Phase<Double>(plan) {
            @Override
            void chunk(int index, long from, long length) {
                MemorySegment piece = at(s, t, from);
                sums[index] = b.nansum(t, piece, length);
                nans[index] = b.nancount(t, piece, length);
            }

            @Override
            Step<Double> complete() {
                long nanCount = 0;
                for (long c : nans) {
                    nanCount += c;
                }
                return new Done<>(ResultRules.nanmean(fold(plan, sums), n - nanCount));
            }
        });
    }

    /** Two-pass variance (or its square root): the tree sum gives the mean, then the squared deviations. */
    public static CompletableFuture<Double> var(ComputePool pool, long chunkSize, NumericArray x, int ddof, boolean sqrt) {
        input(x, "x");
        long n = x.length();
        ddof(n, ddof);
        Backend b = backend();
        DType t = x.dtype();
        MemorySegment s = x.segment();
        Plan plan = plan(pool, chunkSize, n, Cost.STREAM);
        return start(pool, new TreeSum<Double>(plan, (from, len) -> b.sum(t, at(s, t, from), len), total -> {
            double mean = ResultRules.varianceMean(total, n);
            return new Next<>(new TreeSum<Double>(plan, (from, len) -> b.sqdev(t, at(s, t, from), len, mean), sq -> {
                double v = ResultRules.variance(sq, n, ddof);
                return new Done<>(sqrt ? Math.sqrt(v) : v);
            }));
        }));
    }

    public static CompletableFuture<Double> norm2(ComputePool pool, long chunkSize, NumericArray x) {
        input(x, "x");
        Backend b = backend();
        DType t = x.dtype();
        MemorySegment s = x.segment();
        long n = x.length();
        return start(pool, new TreeSum<Double>(plan(pool, chunkSize, n, Cost.STREAM),
                (from, len) -> b.dot(t, at(s, t, from), at(s, t, from), len), ss -> {
                    if (ss >= NORM2_PLAIN_FROM && ss < Double.POSITIVE_INFINITY) {
                        return new Done<>(Math.sqrt(ss));
                    }
                    // Rare: the backend's rescaling rule, on the whole array, as one step.
                    return new Next<>(new Phase<Double>(new Plan(n, Math.max(n, 1))) {
                        private double value;

                        @Override
                        void chunk(int index, long from, long length) {
                            value = b.norm2(t, s, n);
                        }

                        @Override
                        Step<Double> complete() {
                            return new Done<>(value);
                        }
                    });
                }));
    }

    // ---- extrema -------------------------------------------------------------------------

    public enum Extremum { MIN, MAX, NANMIN, NANMAX }

    public static CompletableFuture<Double> extremum(ComputePool pool, long chunkSize, NumericArray x, Extremum e) {
        input(x, "x");
        nonEmpty(x, e.name().toLowerCase(Locale.ROOT));
        Backend b = backend();
        DType t = x.dtype();
        MemorySegment s = x.segment();
        Plan plan = plan(pool, chunkSize, x.length(), Cost.STREAM);
        double[] partial = new double[(int) plan.count()];
        return start(pool, new Phase<Double>(plan) {
            @Override
            void chunk(int index, long from, long length) {
                MemorySegment piece = at(s, t, from);
                partial[index] = switch (e) {
                    case MIN -> b.min(t, piece, length);
                    case MAX -> b.max(t, piece, length);
                    case NANMIN -> b.nanmin(t, piece, length);
                    case NANMAX -> b.nanmax(t, piece, length);
                };
            }

            @Override
            Step<Double> complete() {
                double acc = partial[0];
                for (int i = 1; i < partial.length; i++) {
                    double v = partial[i];
                    acc = switch (e) {
                        case MIN -> Math.min(acc, v);
                        case MAX -> Math.max(acc, v);
                        // An all-NaN chunk yields NaN: it contributes nothing.
                        case NANMIN -> Double.isNaN(acc) ? v : Double.isNaN(v) ? acc : Math.min(acc, v);
                        case NANMAX -> Double.isNaN(acc) ? v : Double.isNaN(v) ? acc : Math.max(acc, v);
                    };
                }
                return new Done<>(acc);
            }
        });
    }

    public static CompletableFuture<Long> arg(ComputePool pool, long chunkSize, NumericArray x, boolean isMin) {
        input(x, "x");
        nonEmpty(x, isMin ? "argmin" : "argmax");
        Backend b = backend();
        DType t = x.dtype();
        MemorySegment s = x.segment();
        Plan plan = plan(pool, chunkSize, x.length(), Cost.STREAM);
        long[] index = new long[(int) plan.count()];
        double[] value = new double[index.length];
        return start(pool, new Phase<Long>(plan) {
            @Override
            void chunk(int i, long from, long length) {
                MemorySegment piece = at(s, t, from);
                long j = isMin ? b.argmin(t, piece, length) : b.argmax(t, piece, length);
                index[i] = from + j;
                value[i] = t == DType.F64 ? piece.getAtIndex(ValueLayout.JAVA_DOUBLE, j)
                        : piece.getAtIndex(ValueLayout.JAVA_FLOAT, j);
            }

            @Override
            Step<Long> complete() {
                long best = -1;
                double bestValue = Double.NaN;
                for (int i = 0; i < index.length; i++) {
                    double v = value[i];
                    if (Double.isNaN(v)) {
                        return new Done<>(index[i]); // the first NaN of the first chunk holding one
                    }
                    if (best < 0 || (isMin ? v < bestValue : v > bestValue)) {
                        best = index[i];
                        bestValue = v;
                    }
                }
                return new Done<>(best);
            }
        });
    }

    // ---- elementwise ---------------------------------------------------------------------

    /** A phase whose chunks are independent and whose value is null. */
    private abstract static class Elementwise extends Phase<Void> {
        Elementwise(Plan plan) {
            super(plan);
        }

        @Override
        final Step<Void> complete() {
            return new Done<>(null);
        }
    }

    public static CompletableFuture<Void> binary(ComputePool pool, long chunkSize, BinaryOp op, NumericArray a, NumericArray c,
                                          NumericArray out) {
        input(a, "a");
        input(c, "b");
        sameShape(a, c);
        long n = a.length();
        requireShareable(out(out, n, a.dtype()), "out");
        Backend b = backend();
        DType t = a.dtype();
        Supplier<Arena> tmp = autoArena();
        MemorySegment as = readable(a, out, n, tmp);
        MemorySegment cs = readable(c, out, n, tmp);
        MemorySegment os = out.segment();
        return start(pool, new Elementwise(plan(pool, chunkSize, n, op.callsLibm() ? Cost.LIBM : Cost.STREAM)) {
            @Override
            void chunk(int index, long from, long length) {
                b.binary(op, t, at(as, t, from), at(cs, t, from), at(os, t, from), length);
            }
        });
    }

    /** An elementwise kernel of the backend on one chunk: the chunk of the input and of the output. */
    @FunctionalInterface
    private interface ChunkKernel {
        void run(MemorySegment xs, MemorySegment os, long length);
    }

    /**
     * Runs kernel on the n elements of x into out, chunk by chunk (both checked by the caller):
     * x is read through a copy where it overlaps out other than exactly.
     */
    private static CompletableFuture<Void> elementwise(ComputePool pool, long chunkSize, NumericArray x, NumericArray out,
                                                       long n, Cost cost, ChunkKernel kernel) {
        DType t = x.dtype();
        MemorySegment xs = readable(x, out, n, autoArena());
        MemorySegment os = out.segment();
        return start(pool, new Elementwise(plan(pool, chunkSize, n, cost)) {
            @Override
            void chunk(int index, long from, long length) {
                kernel.run(at(xs, t, from), at(os, t, from), length);
            }
        });
    }

    public static CompletableFuture<Void> scalar(ComputePool pool, long chunkSize, BinaryOp op, NumericArray a, double scalar,
                                          NumericArray out) {
        input(a, "a");
        long n = a.length();
        requireShareable(out(out, n, a.dtype()), "out");
        Backend b = backend();
        DType t = a.dtype();
        return elementwise(pool, chunkSize, a, out, n, Cost.STREAM,
                (as, os, length) -> b.binaryScalar(op, t, as, scalar, os, length));
    }

    public static CompletableFuture<Void> axpy(ComputePool pool, long chunkSize, double alpha, NumericArray x, NumericArray y) {
        input(x, "x");
        long n = x.length();
        requireShareable(out(y, n, x.dtype()), "y");
        axpyLengths(n, y);
        Backend b = backend();
        DType t = x.dtype();
        return elementwise(pool, chunkSize, x, y, n, Cost.STREAM, (xs, ys, length) -> b.axpy(t, alpha, xs, ys, length));
    }

    public static CompletableFuture<Void> unary(ComputePool pool, long chunkSize, UnaryOp op, NumericArray x, NumericArray out) {
        input(x, "x");
        long n = x.length();
        requireShareable(out(out, n, x.dtype()), "out");
        Backend b = backend();
        DType t = x.dtype();
        Cost cost = op.callsLibm() ? Cost.LIBM : op == UnaryOp.EXP || op == UnaryOp.LOG ? Cost.TRANSCENDENTAL : Cost.STREAM;
        return elementwise(pool, chunkSize, x, out, n, cost, (xs, os, length) -> b.unary(op, t, xs, os, length));
    }

    public static CompletableFuture<Void> clip(ComputePool pool, long chunkSize, NumericArray x, double lo, double hi, NumericArray out) {
        input(x, "x");
        clipBounds(lo, hi);
        long n = x.length();
        requireShareable(out(out, n, x.dtype()), "out");
        Backend b = backend();
        DType t = x.dtype();
        return elementwise(pool, chunkSize, x, out, n, Cost.STREAM, (xs, os, length) -> b.clip(t, xs, lo, hi, os, length));
    }

    /**
     * cumsum is sequential by definition: out[i] is rounded from out[i-1] + x[i], as NumPy adds
     * left to right, so chunk j cannot start before the carry of chunk j-1 is known. (A parallel
     * scan would add in a different order and change the rounding.) It runs as one task, chunk
     * by chunk, and stops between chunks once cancelled.
     */
    public static CompletableFuture<Double> cumsum(ComputePool pool, long chunkSize, NumericArray x, NumericArray out) {
        input(x, "x");
        long n = x.length();
        requireShareable(out(out, n, x.dtype()), "out");
        Backend b = backend();
        DType t = x.dtype();
        MemorySegment xs = readable(x, out, n, autoArena());
        MemorySegment os = out.segment();
        Plan plan = ChunkPlanner.plan(n, Cost.STREAM, 1, chunkSize);
        return ChunkJob.start(pool, new Phase<Double>(plan) {
            // -0.0 is the additive identity: the first output equals x[0] exactly, -0.0 included.
            private double carry = -0.0;

            @Override
            void chunk(int index, long from, long length) {
                carry = b.cumsum(t, at(xs, t, from), at(os, t, from), length, carry);
            }

            @Override
            Step<Double> complete() {
                return new Done<>(ResultRules.cumsumTotal(carry, n));
            }
        }, true);
    }
}
