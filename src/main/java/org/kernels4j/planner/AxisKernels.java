package org.kernels4j.planner;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.kernels4j.ComputePool;
import org.kernels4j.DType;
import org.kernels4j.NumericArray;
import org.kernels4j.NumericMatrix;
import org.kernels4j.QuantileMethod;
import org.kernels4j.backend.Backend;
import org.kernels4j.backend.BinaryOp;
import org.kernels4j.backend.ColumnExtreme;
import org.kernels4j.backend.ColumnTerm;
import org.kernels4j.backend.PassProgram;
import org.kernels4j.backend.Selection;
import org.kernels4j.backend.StopSignal;
import org.kernels4j.backend.SumTree;

/**
 * Reductions of a matrix along an axis, cumulative sums along an axis and broadcasting
 * arithmetic, built on the 1-D kernels of a {@link Backend}: every result element is, bit for
 * bit, what the 1-D kernel returns for that row or column copied into an array.
 *
 * <h2>How</h2>
 * <ul>
 * <li>Axis 1 (one result per row): each row is contiguous, so the 1-D kernel runs on it in
 *     place, one call per row.</li>
 * <li>Axis 0, the sum family (sum, mean, var, std and their nan-forms) and min, max, nanmin,
 *     nanmax: the backend's column kernels ({@link Backend#columnSums},
 *     {@link Backend#columnExtremes}) walk the rows in order, a run of a strip of columns at a
 *     time, keeping per column the k4j tree's lanes, so each result has the 1-D kernel's bits
 *     with no transpose.</li>
 * <li>Axis 0, argmin and argmax (and the above with {@code -Dkernels4j.axis.rowPass=false}):
 *     the columns are taken in blocks of
 *     up to {@value #BLOCK_COLS}; a tile of {@code h} rows of the block ({@code h = 512 * 2^k},
 *     about {@value #TILE_ELEMENTS} elements) is transposed into a contiguous scratch tile, read
 *     row by row (each read a run of the block's width), and the 1-D kernel runs on each of
 *     the tile's columns. The partial results of the tiles of one column merge by the rules
 *     that make a chunked 1-D reduction equal to the single call (the ones the pool uses):
 *     sums through a {@link SumTree} (each tile of {@code 512 * 2^k} elements a complete
 *     subtree, the last one the tail), min/max by {@link Math#min}/{@link Math#max}, arg-extrema
 *     keeping the first NaN or the first occurrence, variance in two passes. No column is ever
 *     read with a stride over the whole matrix.</li>
 * <li>Quantiles need a whole column: blocks of columns are transposed whole into off-heap
 *     scratch (at most {@value #QUANTILE_SCRATCH} elements, at least one column).</li>
 * </ul>
 * Argument checks are here too, shared by the synchronous and the async forms.
 */
public final class AxisKernels {
    /** Columns per block on axis 0. */
    static final int BLOCK_COLS = 64;
    /** Target elements of one scratch tile (256 KiB of float64). */
    static final int TILE_ELEMENTS = 1 << 15;
    /** Largest tile height: a heap tile column must fit one critical call of the native backend. */
    static final int MAX_TILE_ROWS = 1 << 16;
    /** Elements of the whole-column scratch of the quantiles (32 MiB of float64). */
    static final long QUANTILE_SCRATCH = 1L << 22;
    /**
     * Whether the sum family (sum, mean, var, std and their nan-forms) and min/max/nanmin/nanmax
     * along axis 0 use the backend's column kernels ({@link #columnPass}) rather than transposed
     * tiles and the backend's 1-D kernels; both give the same bits. {@code -Dkernels4j.axis.rowPass=false} selects the tiles (for
     * measuring).
     */
    static final boolean ROW_PASS = !"false".equals(System.getProperty("kernels4j.axis.rowPass"));
    /** Elements per pool chunk, at least (whole rows or whole column blocks). */
    static final long CHUNK_ELEMENTS = 1L << 17;

    private AxisKernels() {
    }

    /** What an axis reduction computes. */
    public enum Reduction {
        SUM, MEAN, NANSUM, NANMEAN, VAR, STD, NANVAR, NANSTD, MIN, MAX, NANMIN, NANMAX, ARGMIN, ARGMAX;

        boolean needsElements() {
            return ordinal() >= MIN.ordinal();
        }

        boolean isArg() {
            return this == ARGMIN || this == ARGMAX;
        }

        boolean hasDdof() {
            return this == VAR || this == STD || this == NANVAR || this == NANSTD;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    // ---- checks ---------------------------------------------------------------------------------

    /** The axis: 0 (down the rows, one result per column) or 1 (along each row, one per row). */
    public static int axis(int axis) {
        if (axis != 0 && axis != 1) {
            throw new IllegalArgumentException("axis must be 0 (one result per column) or 1 (one result per row), got "
                    + axis);
        }
        return axis;
    }

    /** A matrix operand: not null, arena open. */
    public static NumericMatrix alive(NumericMatrix a, String name) {
        Objects.requireNonNull(a, name);
        if (!a.isAlive()) {
            throw new IllegalStateException(name + ": the arena of this matrix is closed");
        }
        return a;
    }

    /** The number of results along {@code axis}: columns for 0, rows for 1, as a Java array length. */
    static int results(NumericMatrix a, int axis) {
        return SizeLimits.arrayLength(axis == 0 ? a.cols() : a.rows(), axis == 0 ? "columns" : "rows");
    }

    /** The length of each reduced line: rows for axis 0, columns for axis 1. */
    static long lineLength(NumericMatrix a, int axis) {
        return axis == 0 ? a.rows() : a.cols();
    }

    /** Checks a reduction call; returns the number of results. */
    public static int check(NumericMatrix a, int axis, Reduction r, int ddof) {
        alive(a, "a");
        axis(axis);
        if (r.hasDdof() && ddof < 0) {
            throw new IllegalArgumentException("ddof must be >= 0, got " + ddof);
        }
        if (r.needsElements() && lineLength(a, axis) == 0) {
            throw new IllegalArgumentException(r.label() + " along an empty axis is undefined (the matrix is "
                    + a.rows() + "x" + a.cols() + ", axis " + axis + ")");
        }
        return results(a, axis);
    }

    // ---- the 1-D kernels, as the public 1-D calls compute them ---------------------------------

    /** The reduction of x[0, n), exactly as the 1-D public call computes it (n >= 1 where needed). */
    static double reduce1(Backend b, DType t, MemorySegment x, long n, Reduction r, int ddof) {
        return switch (r) {
            case SUM -> ResultRules.sum(b.sum(t, x, n));
            case MEAN -> n == 0 ? Double.NaN : ResultRules.mean(b.sum(t, x, n), n);
            case NANSUM -> ResultRules.sum(b.nansum(t, x, n));
            case NANMEAN -> {
                long count = n - b.nancount(t, x, n);
                yield count == 0 ? Double.NaN : ResultRules.nanmean(b.nansum(t, x, n), count);
            }
            case VAR, STD -> {
                double v;
                if (n <= ddof) {
                    v = Double.NaN;
                } else {
                    double mean = ResultRules.varianceMean(b.sum(t, x, n), n);
                    v = ResultRules.variance(b.sqdev(t, x, n, mean), n, ddof);
                }
                yield r == Reduction.STD ? Math.sqrt(v) : v;
            }
            case NANVAR, NANSTD -> {
                long count = n - b.nancount(t, x, n);
                double v;
                if (count - ddof <= 0) {
                    v = Double.NaN;
                } else {
                    double mean = ResultRules.varianceMean(b.nansum(t, x, n), count);
                    v = ResultRules.variance(b.nansqdev(t, x, n, mean), count, ddof);
                }
                yield r == Reduction.NANSTD ? Math.sqrt(v) : v;
            }
            case MIN -> b.min(t, x, n);
            case MAX -> b.max(t, x, n);
            case NANMIN -> b.nanmin(t, x, n);
            case NANMAX -> b.nanmax(t, x, n);
            case ARGMIN -> b.argmin(t, x, n);
            case ARGMAX -> b.argmax(t, x, n);
        };
    }

    // ---- reductions -----------------------------------------------------------------------------

    /** A reduction along an axis: values in a double[] (arg-reductions: indexes as doubles are not used). */
    public static double[] reduce(Backend b, NumericMatrix a, int axis, Reduction r, int ddof) {
        int m = check(a, axis, r, ddof);
        if (r.isArg()) {
            throw new IllegalArgumentException("use arg() for " + r.label());
        }
        double[] out = new double[m];
        run(b, a, axis, r, ddof, 0, m, out, null);
        return out;
    }

    /** argmin (max false) or argmax along an axis. */
    public static long[] arg(Backend b, NumericMatrix a, int axis, boolean max) {
        Reduction r = max ? Reduction.ARGMAX : Reduction.ARGMIN;
        int m = check(a, axis, r, 0);
        long[] out = new long[m];
        run(b, a, axis, r, 0, 0, m, null, out);
        return out;
    }

    /** Results [from, to) (rows for axis 1, columns for axis 0) into dv or lv. */
    static void run(Backend b, NumericMatrix a, int axis, Reduction r, int ddof, long from, long to,
                    double[] dv, long[] lv) {
        DType t = a.dtype();
        long es = t.byteSize();
        MemorySegment s = a.segment();
        if (axis == 1) {
            long n = a.cols();
            for (long i = from; i < to; i++) {
                MemorySegment row = n == 0 ? s.asSlice(0, 0) : s.asSlice(i * a.leadingDimension() * es, n * es);
                if (r.isArg()) {
                    lv[(int) i] = r == Reduction.ARGMIN ? b.argmin(t, row, n) : b.argmax(t, row, n);
                } else {
                    dv[(int) i] = reduce1(b, t, row, n, r, ddof);
                }
            }
            return;
        }
        if (ROW_PASS && (!r.needsElements() || extreme(r) != null)) {
            columnPass(b, a, r, ddof, from, (int) (to - from), dv);
            return;
        }
        Tile tile = null;
        for (long c0 = from; c0 < to; c0 += BLOCK_COLS) {
            int w = (int) Math.min(BLOCK_COLS, to - c0);
            if (tile == null || tile.w < w) {
                tile = new Tile(t, w, tileHeight(w, a.rows()));
            }
            columnBlock(b, a, r, ddof, c0, w, tile, dv, lv);
        }
    }

    /** The backend's column extreme of r, or null when r is not min, max, nanmin or nanmax. */
    static ColumnExtreme extreme(Reduction r) {
        return switch (r) {
            case MIN -> ColumnExtreme.MIN;
            case MAX -> ColumnExtreme.MAX;
            case NANMIN -> ColumnExtreme.NANMIN;
            case NANMAX -> ColumnExtreme.NANMAX;
            default -> null;
        };
    }

    /**
     * Reductions r of columns [c0, c0 + w) by the backend's column kernels
     * ({@link Backend#columnSums}, {@link Backend#columnExtremes}): one walk over the rows in
     * row order, each column's result the bits of the 1-D kernel on it (the variances take a
     * second walk for the squared deviations about each column's mean).
     */
    static void columnPass(Backend b, NumericMatrix a, Reduction r, int ddof, long c0, int w, double[] dv) {
        DType t = a.dtype();
        long rows = a.rows();
        long ld = a.leadingDimension();
        MemorySegment x = rows == 0 || w == 0 ? a.segment() : a.segment().asSlice(c0 * t.byteSize());
        // The whole result at once: the sums go straight into it and are finished in place (each
        // result reads only its own column's sums), so a call allocates only what it returns.
        double[] s = c0 == 0 && w == dv.length ? dv : new double[w];
        ColumnExtreme ext = extreme(r);
        if (ext != null) {
            b.columnExtremes(t, x, rows, w, ld, ext, s);
            if (s != dv) {
                System.arraycopy(s, 0, dv, (int) c0, w);
            }
            return;
        }
        boolean nanKind = r == Reduction.NANSUM || r == Reduction.NANMEAN || r == Reduction.NANVAR || r == Reduction.NANSTD;
        long[] nan = nanKind && r != Reduction.NANSUM ? new long[w] : null;
        b.columnSums(t, x, rows, w, ld, nanKind ? ColumnTerm.NANSUM : ColumnTerm.SUM, null, s, nan);
        switch (r) {
            case SUM, NANSUM -> {
                for (int j = 0; j < w; j++) {
                    dv[(int) (c0 + j)] = ResultRules.sum(s[j]);
                }
            }
            case MEAN -> {
                for (int j = 0; j < w; j++) {
                    dv[(int) (c0 + j)] = ResultRules.mean(s[j], rows);
                }
            }
            case NANMEAN -> {
                for (int j = 0; j < w; j++) {
                    dv[(int) (c0 + j)] = ResultRules.nanmean(s[j], rows - nan[j]);
                }
            }
            default -> {
                double[] mean = new double[w];
                long[] count = new long[w];
                boolean any = false;
                for (int j = 0; j < w; j++) {
                    count[j] = nan == null ? rows : rows - nan[j];
                    if (count[j] - ddof > 0) {
                        mean[j] = ResultRules.varianceMean(s[j], count[j]);
                        any = true;
                    }
                }
                if (any) {
                    b.columnSums(t, x, rows, w, ld, nanKind ? ColumnTerm.NANSQDEV : ColumnTerm.SQDEV, mean, s, null);
                }
                boolean sqrt = r == Reduction.STD || r == Reduction.NANSTD;
                for (int j = 0; j < w; j++) {
                    double v = count[j] - ddof > 0 ? ResultRules.variance(s[j], count[j], ddof) : Double.NaN;
                    dv[(int) (c0 + j)] = sqrt ? Math.sqrt(v) : v;
                }
            }
        }
    }

    /** Rows per tile for a block of w columns: 512 * 2^k, about TILE_ELEMENTS elements. */
    static int tileHeight(int w, long rows) {
        long target = Math.max(SumTree.BLOCK, TILE_ELEMENTS / Math.max(1, w));
        long h = Long.highestOneBit(target / SumTree.BLOCK) * SumTree.BLOCK;
        h = Math.min(h, MAX_TILE_ROWS);
        // no taller than the matrix needs (rounded up to a power-of-two multiple of 512)
        long need = rows <= SumTree.BLOCK ? SumTree.BLOCK : Long.highestOneBit((rows - 1) / SumTree.BLOCK) * 2 * SumTree.BLOCK;
        return (int) Math.max(SumTree.BLOCK, Math.min(h, need));
    }

    /**
     * Heap scratch for one tile: w columns of up to h contiguous elements each, column j at
     * {@code j * stride}. The stride is padded past h so that the columns do not start a
     * multiple of 4 KiB apart: the transpose writes one element to each of the w columns per
     * row read, and columns 4 KiB apart would all fall into the same sets of the L1 cache.
     */
    static final class Tile {
        final DType t;
        final int w;
        final int h;
        final int stride;
        final double[] d;
        final float[] f;
        final MemorySegment seg;

        Tile(DType t, int w, int h) {
            this.t = t;
            this.w = w;
            this.h = h;
            this.stride = h + 16;
            if (t == DType.F64) {
                d = new double[w * stride];
                f = null;
                seg = MemorySegment.ofArray(d);
            } else {
                d = null;
                f = new float[w * stride];
                seg = MemorySegment.ofArray(f);
            }
        }

        /** Column j, its first hh elements. */
        MemorySegment column(int j, int hh) {
            long es = t.byteSize();
            return seg.asSlice(j * (long) stride * es, hh * es);
        }

        double value(int j, long k) {
            return d != null ? d[(int) (j * (long) stride + k)] : f[(int) (j * (long) stride + k)];
        }

        /**
         * Copies rows [r0, r0 + hh) of columns [c0, c0 + ww) of a into the tile: a blocked
         * transpose that reads each row's run of ww elements in order.
         */
        void gather(NumericMatrix a, long r0, int hh, long c0, int ww) {
            MemorySegment s = a.segment();
            long ld = a.leadingDimension();
            int st = stride;
            if (d != null) {
                double[] dst = d;
                for (int i = 0; i < hh; i++) {
                    long base = (r0 + i) * ld + c0;
                    for (int j = 0; j < ww; j++) {
                        dst[j * st + i] = s.getAtIndex(ValueLayout.JAVA_DOUBLE, base + j);
                    }
                }
            } else {
                float[] dst = f;
                for (int i = 0; i < hh; i++) {
                    long base = (r0 + i) * ld + c0;
                    for (int j = 0; j < ww; j++) {
                        dst[j * st + i] = s.getAtIndex(ValueLayout.JAVA_FLOAT, base + j);
                    }
                }
            }
        }
    }

    /** One block of w columns starting at c0, tile by tile, merging each column's partial results. */
    private static void columnBlock(Backend b, NumericMatrix a, Reduction r, int ddof, long c0, int w, Tile tile,
                                    double[] dv, long[] lv) {
        DType t = a.dtype();
        long rows = a.rows();
        int h = tile.h;
        int fullLevel = SumTree.levelOf(h);
        SumTree[] trees = null;
        long[] nan = null;
        double[] acc = null;
        long[] best = null;
        boolean[] stop = null;
        switch (r) {
            case SUM, MEAN, NANSUM, NANMEAN, VAR, STD, NANVAR, NANSTD -> {
                trees = new SumTree[w];
                for (int j = 0; j < w; j++) {
                    trees[j] = new SumTree();
                }
                nan = new long[w];
            }
            case MIN, MAX, NANMIN, NANMAX -> acc = new double[w];
            case ARGMIN, ARGMAX -> {
                acc = new double[w];
                best = new long[w];
                Arrays.fill(best, -1);
                stop = new boolean[w];
            }
        }
        boolean nanKind = r == Reduction.NANSUM || r == Reduction.NANMEAN || r == Reduction.NANVAR || r == Reduction.NANSTD;
        // pass 1
        for (long r0 = 0; r0 < rows; r0 += h) {
            int hh = (int) Math.min(h, rows - r0);
            boolean last = r0 + hh == rows;
            int level = last ? SumTree.PARTIAL : fullLevel;
            tile.gather(a, r0, hh, c0, w);
            for (int j = 0; j < w; j++) {
                MemorySegment piece = tile.column(j, hh);
                switch (r) {
                    case SUM, MEAN, VAR, STD -> trees[j].push(b.sum(t, piece, hh), level);
                    case NANSUM, NANMEAN, NANVAR, NANSTD -> {
                        trees[j].push(b.nansum(t, piece, hh), level);
                        if (r != Reduction.NANSUM) {
                            nan[j] += b.nancount(t, piece, hh);
                        }
                    }
                    case MIN -> acc[j] = r0 == 0 ? b.min(t, piece, hh) : Math.min(acc[j], b.min(t, piece, hh));
                    case MAX -> acc[j] = r0 == 0 ? b.max(t, piece, hh) : Math.max(acc[j], b.max(t, piece, hh));
                    case NANMIN, NANMAX -> {
                        double v = r == Reduction.NANMIN ? b.nanmin(t, piece, hh) : b.nanmax(t, piece, hh);
                        double c = acc[j];
                        // an all-NaN tile yields NaN: it contributes nothing
                        acc[j] = r0 == 0 || Double.isNaN(c) ? v : Double.isNaN(v) ? c
                                : r == Reduction.NANMIN ? Math.min(c, v) : Math.max(c, v);
                    }
                    case ARGMIN, ARGMAX -> {
                        if (stop[j]) {
                            continue;
                        }
                        long k = r == Reduction.ARGMIN ? b.argmin(t, piece, hh) : b.argmax(t, piece, hh);
                        double v = tile.value(j, k);
                        if (Double.isNaN(v)) {
                            best[j] = r0 + k; // the first NaN of the first tile holding one
                            stop[j] = true;
                        } else if (best[j] < 0 || (r == Reduction.ARGMIN ? v < acc[j] : v > acc[j])) {
                            best[j] = r0 + k;
                            acc[j] = v;
                        }
                    }
                }
            }
        }
        switch (r) {
            case SUM, NANSUM -> {
                for (int j = 0; j < w; j++) {
                    dv[(int) (c0 + j)] = ResultRules.sum(trees[j].fold());
                }
            }
            case MEAN -> {
                for (int j = 0; j < w; j++) {
                    dv[(int) (c0 + j)] = ResultRules.mean(trees[j].fold(), rows);
                }
            }
            case NANMEAN -> {
                for (int j = 0; j < w; j++) {
                    dv[(int) (c0 + j)] = ResultRules.nanmean(trees[j].fold(), rows - nan[j]);
                }
            }
            case MIN, MAX, NANMIN, NANMAX -> {
                for (int j = 0; j < w; j++) {
                    dv[(int) (c0 + j)] = acc[j];
                }
            }
            case ARGMIN, ARGMAX -> {
                for (int j = 0; j < w; j++) {
                    lv[(int) (c0 + j)] = best[j];
                }
            }
            case VAR, STD, NANVAR, NANSTD -> secondPass(b, a, r, ddof, c0, w, tile, trees, nanKind ? nan : null, dv);
        }
    }

    /** The squared deviations of the two-pass variance, tile by tile. */
    private static void secondPass(Backend b, NumericMatrix a, Reduction r, int ddof, long c0, int w, Tile tile,
                                   SumTree[] trees, long[] nan, double[] dv) {
        DType t = a.dtype();
        long rows = a.rows();
        int h = tile.h;
        int fullLevel = SumTree.levelOf(h);
        double[] mean = new double[w];
        long[] count = new long[w];
        boolean any = false;
        for (int j = 0; j < w; j++) {
            count[j] = nan == null ? rows : rows - nan[j];
            if (count[j] - ddof > 0) {
                mean[j] = ResultRules.varianceMean(trees[j].fold(), count[j]);
                any = true;
            }
            trees[j].clear();
        }
        if (any) {
            for (long r0 = 0; r0 < rows; r0 += h) {
                int hh = (int) Math.min(h, rows - r0);
                int level = r0 + hh == rows ? SumTree.PARTIAL : fullLevel;
                tile.gather(a, r0, hh, c0, w);
                for (int j = 0; j < w; j++) {
                    if (count[j] - ddof > 0) {
                        MemorySegment piece = tile.column(j, hh);
                        trees[j].push(nan == null ? b.sqdev(t, piece, hh, mean[j]) : b.nansqdev(t, piece, hh, mean[j]),
                                level);
                    }
                }
            }
        }
        boolean sqrt = r == Reduction.STD || r == Reduction.NANSTD;
        for (int j = 0; j < w; j++) {
            double v = count[j] - ddof > 0 ? ResultRules.variance(trees[j].fold(), count[j], ddof) : Double.NaN;
            dv[(int) (c0 + j)] = sqrt ? Math.sqrt(v) : v;
        }
    }

    // ---- quantiles ------------------------------------------------------------------------------

    /** What a quantile call computes: the quantiles qs (fractions, checked) or the median. */
    public record QuantileSpec(double[] qs, QuantileMethod method, boolean skipNaN, boolean median, boolean scalarQ) {
    }

    /** Checks a quantile call; returns the number of results per quantile. */
    public static int checkQuantile(NumericMatrix a, int axis, QuantileSpec spec) {
        alive(a, "a");
        axis(axis);
        Objects.requireNonNull(spec.method(), "method");
        if (!spec.median() && lineLength(a, axis) == 0) {
            throw new IllegalArgumentException("quantile along an empty axis is undefined (the matrix is "
                    + a.rows() + "x" + a.cols() + ", axis " + axis + ")");
        }
        return results(a, axis);
    }

    /** The quantiles along an axis: out[k][i] is quantile k of line i (median: one row). */
    public static double[][] quantiles(Backend b, NumericMatrix a, int axis, QuantileSpec spec) {
        int m = checkQuantile(a, axis, spec);
        double[][] out = new double[spec.median() ? 1 : spec.qs().length][m];
        runQuantiles(b, a, axis, spec, 0, m, out);
        return out;
    }

    /** The quantiles of x[0, n), as the 1-D public call computes them (median of nothing: NaN). */
    static double[] quantile1(Backend b, DType t, MemorySegment x, long n, QuantileSpec spec) {
        if (spec.median()) {
            if (n == 0) {
                return new double[] {Double.NaN};
            }
            Selection s = b.selectRanks(t, x, n, QuantileMath.medianRanks(n, spec.skipNaN()));
            return new double[] {QuantileMath.median(t, n, s, spec.skipNaN())};
        }
        Selection s = b.selectRanks(t, x, n, QuantileMath.quantileRanks(n, spec.qs(), spec.method(), spec.skipNaN()));
        return QuantileMath.quantiles(t, n, s, spec.qs(), spec.method(), spec.skipNaN(), spec.scalarQ());
    }

    static void runQuantiles(Backend b, NumericMatrix a, int axis, QuantileSpec spec, long from, long to,
                             double[][] out) {
        DType t = a.dtype();
        long es = t.byteSize();
        if (axis == 1) {
            long n = a.cols();
            for (long i = from; i < to; i++) {
                MemorySegment row = n == 0 ? a.segment().asSlice(0, 0) : a.segment().asSlice(i * a.leadingDimension() * es, n * es);
                double[] v = quantile1(b, t, row, n, spec);
                for (int k = 0; k < v.length; k++) {
                    out[k][(int) i] = v[k];
                }
            }
            return;
        }
        long rows = a.rows();
        int w = (int) Math.max(1, Math.min(BLOCK_COLS, QUANTILE_SCRATCH / Math.max(1, rows)));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment scratch = arena.allocate(Math.max(1, rows * Math.min(w, to - from)) * es, 64);
            for (long c0 = from; c0 < to; c0 += w) {
                int ww = (int) Math.min(w, to - c0);
                // whole columns, gathered in row tiles so each tile's reads are runs of ww elements
                for (long r0 = 0; r0 < rows; r0 += MAX_TILE_ROWS) {
                    int hh = (int) Math.min(MAX_TILE_ROWS, rows - r0);
                    gatherInto(a, r0, hh, c0, ww, scratch, rows);
                }
                for (int j = 0; j < ww; j++) {
                    MemorySegment col = rows == 0 ? scratch.asSlice(0, 0) : scratch.asSlice(j * rows * es, rows * es);
                    double[] v = quantile1(b, t, col, rows, spec);
                    for (int k = 0; k < v.length; k++) {
                        out[k][(int) (c0 + j)] = v[k];
                    }
                }
            }
        }
    }

    /** As {@link Tile#gather}, into columns of stride {@code colStride} at row offset r0. */
    private static void gatherInto(NumericMatrix a, long r0, int h, long c0, int w, MemorySegment dst, long colStride) {
        MemorySegment s = a.segment();
        long ld = a.leadingDimension();
        if (a.dtype() == DType.F64) {
            for (int i = 0; i < h; i++) {
                long base = (r0 + i) * ld + c0;
                for (int j = 0; j < w; j++) {
                    dst.setAtIndex(ValueLayout.JAVA_DOUBLE, j * colStride + r0 + i, s.getAtIndex(ValueLayout.JAVA_DOUBLE, base + j));
                }
            }
        } else {
            for (int i = 0; i < h; i++) {
                long base = (r0 + i) * ld + c0;
                for (int j = 0; j < w; j++) {
                    dst.setAtIndex(ValueLayout.JAVA_FLOAT, j * colStride + r0 + i, s.getAtIndex(ValueLayout.JAVA_FLOAT, base + j));
                }
            }
        }
    }

    // ---- the pool -------------------------------------------------------------------------------

    /** A unit of work over results [from, to). */
    @FunctionalInterface
    interface Range {
        void run(long from, long to) throws Exception;
    }

    /**
     * Runs {@code work} over {@code units} results (rows or columns), each of {@code perUnit}
     * elements, on the pool: chunks of whole units (whole column blocks on axis 0) claimed by the
     * workers, or on the calling thread when the job is small. Each result is computed by the
     * code of the synchronous call, so the bits are the same.
     */
    static <T> CompletableFuture<T> split(ComputePool pool, long units, long perUnit, int axis, Range work,
                                          java.util.function.Supplier<T> result) {
        long total = units * Math.max(1, perUnit);
        if (pool.isShutdown() || pool.isBroken()) {
            // as a submit would: RejectedExecutionException / BrokenPoolException
            return pool.submit(result::get);
        }
        if (total <= ChunkJob.INLINE_MAX_ELEMENTS || units <= 1) {
            try {
                work.run(0, units);
                return CompletableFuture.completedFuture(result.get());
            } catch (Throwable e) {
                return CompletableFuture.failedFuture(e);
            }
        }
        long per = Math.max(1, CHUNK_ELEMENTS / Math.max(1, perUnit));
        long target = Math.max(1, units / ((long) pool.workerCount() * ChunkPlanner.CHUNKS_PER_WORKER));
        per = Math.max(per, Math.min(target, Math.max(1, (1L << 20) / Math.max(1, perUnit))));
        if (axis == 0) {
            per = (per + BLOCK_COLS - 1) / BLOCK_COLS * BLOCK_COLS;
        }
        long unitsPerChunk = per;
        long chunks = (units + unitsPerChunk - 1) / unitsPerChunk;
        return ChunkEngine.start(pool, new PassProgram<T>() {
            @Override
            public int slots() {
                return pool.workerCount();
            }

            @Override
            public Pass first() {
                return new Pass() {
                    @Override
                    public long chunks() {
                        return chunks;
                    }

                    @Override
                    public void chunk(long index, int slot, StopSignal stop) throws Exception {
                        long from = index * unitsPerChunk;
                        work.run(from, Math.min(units, from + unitsPerChunk));
                    }

                    @Override
                    public Pass done() {
                        return null;
                    }
                };
            }

            @Override
            public T result() {
                return result.get();
            }

            @Override
            public void close() {
            }
        });
    }

    /** The async reduction: checks on the caller, then rows or column blocks split over the workers. */
    public static CompletableFuture<double[]> reduceAsync(ComputePool pool, Backend b, NumericMatrix a, int axis,
                                                          Reduction r, int ddof) {
        int m = check(a, axis, r, ddof);
        Checks.requireShareable(a, "a");
        double[] out = new double[m];
        return split(pool, m, lineLength(a, axis), axis, (f, t) -> run(b, a, axis, r, ddof, f, t, out, null), () -> out);
    }

    /** The async argmin/argmax. */
    public static CompletableFuture<long[]> argAsync(ComputePool pool, Backend b, NumericMatrix a, int axis, boolean max) {
        Reduction r = max ? Reduction.ARGMAX : Reduction.ARGMIN;
        int m = check(a, axis, r, 0);
        Checks.requireShareable(a, "a");
        long[] out = new long[m];
        return split(pool, m, lineLength(a, axis), axis, (f, t) -> run(b, a, axis, r, 0, f, t, null, out), () -> out);
    }

    /** The async quantiles. */
    public static CompletableFuture<double[][]> quantilesAsync(ComputePool pool, Backend b, NumericMatrix a, int axis,
                                                               QuantileSpec spec) {
        int m = checkQuantile(a, axis, spec);
        Checks.requireShareable(a, "a");
        double[][] out = new double[spec.median() ? 1 : spec.qs().length][m];
        return split(pool, m, lineLength(a, axis), axis, (f, t) -> runQuantiles(b, a, axis, spec, f, t, out), () -> out);
    }

    // ---- cumsum along an axis -------------------------------------------------------------------

    /** Checks a cumsum: out of a's shape and type, writable. */
    public static void checkSameShapeOut(NumericMatrix a, NumericMatrix out, String what) {
        alive(a, "a");
        alive(out, "out");
        if (out.dtype() != a.dtype()) {
            throw new IllegalArgumentException("out is " + out.dtype() + ", a is " + a.dtype());
        }
        if (out.rows() != a.rows() || out.cols() != a.cols()) {
            throw new IllegalArgumentException("out is " + out.rows() + "x" + out.cols() + ", " + what + " needs "
                    + a.rows() + "x" + a.cols());
        }
        if (out.isReadOnly()) {
            throw new IllegalArgumentException("out is read-only");
        }
    }

    /** Whether the two matrices are the same elements of the same memory. */
    static boolean sameElements(NumericMatrix a, NumericMatrix b) {
        return a.segment().address() == b.segment().address() && a.leadingDimension() == b.leadingDimension()
                && a.segment().asOverlappingSlice(b.segment()).isPresent();
    }

    /** The rows of a matrix in memory: element (i, j) at index i * ld + j of seg. */
    record Lines(MemorySegment seg, long ld, long cols, DType t) {
        MemorySegment row(long i) {
            long es = t.byteSize();
            return seg.asSlice(i * ld * es, cols * es);
        }
    }

    static Lines lines(NumericMatrix a) {
        return new Lines(a.segment(), a.leadingDimension(), a.cols(), a.dtype());
    }

    /** a's rows, or a contiguous heap copy of them when a overlaps out other than element for element. */
    static Lines readable(NumericMatrix a, NumericMatrix out) {
        if (a.isEmpty() || out.isEmpty() || a.segment().asOverlappingSlice(out.segment()).isEmpty()
                || sameElements(a, out)) {
            return lines(a);
        }
        long es = a.dtype().byteSize();
        int n = SizeLimits.arrayLength(a.rows() * a.cols(), "elements");
        MemorySegment copy = a.dtype() == DType.F64 ? MemorySegment.ofArray(new double[n]) : MemorySegment.ofArray(new float[n]);
        long c = a.cols();
        for (long i = 0; i < a.rows(); i++) {
            MemorySegment.copy(a.segment(), i * a.leadingDimension() * es, copy, i * c * es, c * es);
        }
        return new Lines(copy, c, c, a.dtype());
    }

    private static MemorySegment row(NumericMatrix a, long i) {
        long es = a.dtype().byteSize();
        return a.segment().asSlice(i * a.leadingDimension() * es, a.cols() * es);
    }

    /**
     * The running sums along an axis into out: each row (axis 1) or column (axis 0) is the 1-D
     * cumsum of that line, started at -0.0, float32 accumulated in float64.
     */
    public static void cumsum(Backend b, NumericMatrix a, int axis, NumericMatrix out) {
        axis(axis);
        checkSameShapeOut(a, out, "cumsum");
        if (a.isEmpty()) {
            return;
        }
        Lines src = readable(a, out);
        DType t = a.dtype();
        long rows = a.rows();
        long cols = a.cols();
        if (axis == 1) {
            for (long i = 0; i < rows; i++) {
                b.cumsum(t, src.row(i), row(out, i), cols, -0.0);
            }
            return;
        }
        // axis 0: row after row, one float64 accumulator per column (cache-friendly, in row order)
        int c = SizeLimits.arrayLength(cols, "cols");
        if (t == DType.F64) {
            // out row i = out row (i-1) + a row i: the float64 accumulator is the stored value itself
            b.binaryScalar(BinaryOp.ADD, t, src.row(0), -0.0, row(out, 0), cols);
            for (long i = 1; i < rows; i++) {
                b.binary(BinaryOp.ADD, t, row(out, i - 1), src.row(i), row(out, i), cols);
            }
            return;
        }
        double[] acc = new double[c];
        Arrays.fill(acc, -0.0);
        float[] buf = new float[c];
        for (long i = 0; i < rows; i++) {
            MemorySegment.copy(src.row(i), ValueLayout.JAVA_FLOAT, 0, buf, 0, c);
            for (int j = 0; j < c; j++) {
                acc[j] += buf[j];
                buf[j] = (float) acc[j];
            }
            MemorySegment.copy(buf, 0, row(out, i), ValueLayout.JAVA_FLOAT, 0, c);
        }
    }

    // ---- broadcasting ---------------------------------------------------------------------------

    /** How the right operand is broadcast against a matrix. */
    public enum Broadcast {
        /** A vector of length cols, added to every row (NumPy's {@code a + v}). */
        ROW,
        /** A vector of length rows, element i against every element of row i ({@code a + v[:, None]}). */
        COLUMN
    }

    /** Checks a broadcast call with a vector. */
    public static void checkBroadcast(NumericMatrix a, NumericArray v, Broadcast how, NumericMatrix out) {
        alive(a, "a");
        Checks.floating(v, "v");
        checkSameShapeOut(a, out, "the result");
        if (v.dtype() != a.dtype()) {
            throw new IllegalArgumentException("v is " + v.dtype() + ", a is " + a.dtype());
        }
        long want = how == Broadcast.ROW ? a.cols() : a.rows();
        if (v.length() != want) {
            throw new IllegalArgumentException("a " + (how == Broadcast.ROW ? "row" : "column") + " vector for a "
                    + a.rows() + "x" + a.cols() + " matrix has " + want + " elements, v has " + v.length());
        }
    }

    /** out = a op v, v broadcast as a row or a column; each row computed by the 1-D elementwise kernel. */
    public static void broadcast(Backend b, BinaryOp op, NumericMatrix a, NumericArray v, Broadcast how,
                                 NumericMatrix out) {
        checkBroadcast(a, v, how, out);
        if (a.isEmpty()) {
            return;
        }
        Lines src = readable(a, out);
        MemorySegment vs = v.segment();
        if (vs.asOverlappingSlice(out.segment()).isPresent()) {
            vs = heapCopy(vs, v.dtype(), v.length());
        }
        DType t = a.dtype();
        long cols = a.cols();
        for (long i = 0; i < a.rows(); i++) {
            if (how == Broadcast.ROW) {
                b.binary(op, t, src.row(i), vs, row(out, i), cols);
            } else {
                double s = t == DType.F64 ? vs.getAtIndex(ValueLayout.JAVA_DOUBLE, i) : vs.getAtIndex(ValueLayout.JAVA_FLOAT, i);
                b.binaryScalar(op, t, src.row(i), s, row(out, i), cols);
            }
        }
    }

    private static MemorySegment heapCopy(MemorySegment s, DType t, long n) {
        int len = SizeLimits.arrayLength(n, "v");
        MemorySegment copy = t == DType.F64 ? MemorySegment.ofArray(new double[len]) : MemorySegment.ofArray(new float[len]);
        MemorySegment.copy(s, 0, copy, 0, n * t.byteSize());
        return copy;
    }

    /** out = a op s for every element (for float32, s is rounded to float32 first). */
    public static void scalar(Backend b, BinaryOp op, NumericMatrix a, double s, NumericMatrix out) {
        alive(a, "a");
        checkSameShapeOut(a, out, "the result");
        if (a.isEmpty()) {
            return;
        }
        Lines src = readable(a, out);
        DType t = a.dtype();
        if ((src.ld() == a.cols() || a.rows() == 1) && out.isContiguous()) {
            b.binaryScalar(op, t, src.seg(), s, out.segment(), a.rows() * a.cols());
            return;
        }
        for (long i = 0; i < a.rows(); i++) {
            b.binaryScalar(op, t, src.row(i), s, row(out, i), a.cols());
        }
    }

    // ---- transpose ------------------------------------------------------------------------------

    /** Tile edge of the blocked transpose: 32 x 32 elements (8 KiB of float64 each way). */
    static final int TRANSPOSE_TILE = 32;

    /** to = a^T (to is a.cols() x a.rows(), same type), in tiles that stay in the L1 cache. */
    public static void transpose(NumericMatrix a, NumericMatrix to) {
        long rows = a.rows();
        long cols = a.cols();
        MemorySegment s = a.segment();
        MemorySegment d = to.segment();
        long lda = a.leadingDimension();
        long ldt = to.leadingDimension();
        boolean f64 = a.dtype() == DType.F64;
        for (long i0 = 0; i0 < rows; i0 += TRANSPOSE_TILE) {
            long i1 = Math.min(rows, i0 + TRANSPOSE_TILE);
            for (long j0 = 0; j0 < cols; j0 += TRANSPOSE_TILE) {
                long j1 = Math.min(cols, j0 + TRANSPOSE_TILE);
                for (long i = i0; i < i1; i++) {
                    for (long j = j0; j < j1; j++) {
                        if (f64) {
                            d.setAtIndex(ValueLayout.JAVA_DOUBLE, j * ldt + i, s.getAtIndex(ValueLayout.JAVA_DOUBLE, i * lda + j));
                        } else {
                            d.setAtIndex(ValueLayout.JAVA_FLOAT, j * ldt + i, s.getAtIndex(ValueLayout.JAVA_FLOAT, i * lda + j));
                        }
                    }
                }
            }
        }
    }

    /** Column j of a, copied into dst (a.rows() elements of a's type). */
    public static void column(NumericMatrix a, long j, MemorySegment dst) {
        Objects.checkIndex(j, a.cols());
        long rows = a.rows();
        for (long r0 = 0; r0 < rows; r0 += MAX_TILE_ROWS) {
            int hh = (int) Math.min(MAX_TILE_ROWS, rows - r0);
            gatherInto(a, r0, hh, j, 1, dst, rows);
        }
    }
}
