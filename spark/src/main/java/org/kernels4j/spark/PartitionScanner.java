package org.kernels4j.spark;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.Iterator;

import org.apache.spark.TaskContext;
import org.apache.spark.sql.columnar.CachedBatch;
import org.apache.spark.sql.execution.columnar.ColumnAccessor$;
import org.apache.spark.sql.execution.columnar.DefaultCachedBatch;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.vectorized.ColumnVector;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.kernels4j.DoubleArray;
import org.kernels4j.DoubleMatrix;
import org.kernels4j.Kernels;
import org.kernels4j.KernelsInfo;

/**
 * The executor side: one pass over a partition's rows (every column already cast to double),
 * copying each column once into an off-heap chunk and running the kernels4j kernels on whole
 * chunks. Missing values (SQL null and NaN) are counted and left out of the chunk, so the
 * kernels see only the values they summarise.
 *
 * <p>Column mode (describe, histogram, quantiles): k off-heap arrays of {@code chunkRows}
 * doubles; a full column is summarised (sum, variance, min, max, histogram, sketch) and
 * refilled. Gram mode: one row-major {@code chunkRows x k} off-heap matrix of the complete
 * rows; {@code X^T X} is accumulated by the native GEMM, then the chunk is centred and its
 * co-moments computed by a second GEMM and merged by Chan's formula.
 *
 * <p>The task stops at the next chunk when Spark kills it (job cancelled with interruption).
 */
final class PartitionScanner {
    private PartitionScanner() {
    }

    static Iterator<Partial> scan(Iterator<InternalRow> rows, ScanSpec spec) {
        TaskContext tc = TaskContext.get();
        Partial p = spec.gram() ? scanGram(rows, spec, tc) : scanColumns(rows, spec, tc);
        p.partition = tc == null ? -1 : tc.partitionId();
        KernelsInfo info = Kernels.info();
        p.backend = info.backend();
        p.isa = info.isa();
        return java.util.List.of(p).iterator();
    }

    static final byte K_DOUBLE = 0;
    static final byte K_FLOAT = 1;
    static final byte K_LONG = 2;
    static final byte K_INT = 3;
    static final byte K_SHORT = 4;
    static final byte K_BYTE = 5;

    /**
     * Column mode over Spark's column batches (see {@link ColumnarScan}): each selected column
     * vector with no null is read in bulk ({@code getDoubles(rowId, count)} and the other typed
     * bulk getters, widened; Spark's on-heap and off-heap vectors copy their backing arrays, other
     * vector types fall back to one getter call per value) straight into a heap chunk of the
     * column, NaN left in and taken out when the chunk is summarised (its sum is NaN then); a
     * vector with nulls is read value by value, nulls and NaN skipped. No row in between; full
     * chunks run the same kernels as the row path.
     */
    static Iterator<Partial> scanBatches(Iterator<ColumnarBatch> batches, int[] ordinals, byte[] kinds, ScanSpec spec) {
        ColumnChunks cc = new ColumnChunks(spec);
        while (batches.hasNext()) {
            ColumnarBatch b = batches.next();
            int n = b.numRows();
            cc.rows += n;
            for (int j = 0; j < ordinals.length; j++) {
                cc.addVector(j, b.column(ordinals[j]), n, kinds[j]);
            }
        }
        return java.util.List.of(cc.finish()).iterator();
    }

    /**
     * Column mode over Spark's in-memory cache itself (see {@link ColumnarScan}): the cached
     * batches' column buffers ({@code DefaultCachedBatch.buffers()}, one byte array per cached
     * column). A double or float column stored uncompressed ({@link CachedColumn#values}: null
     * count and positions, scheme id 0, then the non-null values in native byte order) is
     * copied from the buffer straight into the column's chunk, with no column vector and no
     * decoding; any other buffer is decoded by Spark's own decoder into a column vector and
     * read as {@link #scanBatches} reads one.
     */
    static Iterator<Partial> scanCached(Iterator<CachedBatch> batches, int[] buffers, byte[] kinds, DataType[] types,
                                        ScanSpec spec) {
        ColumnChunks cc = new ColumnChunks(spec);
        while (batches.hasNext()) {
            CachedBatch cb = batches.next();
            if (!(cb instanceof DefaultCachedBatch b)) {
                throw new IllegalStateException("not a DefaultCachedBatch: " + cb.getClass().getName());
            }
            int n = b.numRows();
            byte[][] bufs = b.buffers();
            cc.rows += n;
            for (int j = 0; j < buffers.length; j++) {
                byte[] buf = bufs[buffers[j]];
                long at = CachedColumn.values(buf, n, kinds[j]);
                if (at >= 0) {
                    // The value count from the length checked, not from the buffer again.
                    int values = (int) ((buf.length - at) / (kinds[j] == K_FLOAT ? Float.BYTES : Double.BYTES));
                    cc.missing[j] += n - values;
                    cc.addRaw(j, buf, at, values, kinds[j] == K_FLOAT);
                } else {
                    try (OnHeapColumnVector v = new OnHeapColumnVector(n, types[j])) {
                        ColumnAccessor$.MODULE$.decompress(buf, v, types[j], n);
                        cc.addVector(j, v, n, kinds[j]);
                    }
                }
            }
        }
        return java.util.List.of(cc.finish()).iterator();
    }

    /**
     * The column chunks of one partition's column-mode scan over batches: each column fills a
     * heap chunk of {@code spec.chunkRows()} values, summarised when full and at the end.
     */
    private static final class ColumnChunks {
        final ScanSpec spec;
        final TaskContext tc = TaskContext.get();
        final Partial p;
        final StridedSketch[] sketches;
        final ValueCollector[] collectors;
        final double[][] bufs;
        final DoubleArray[] cols;
        final int[] fill;
        final long[] missing;
        final int chunk;
        long rows;

        ColumnChunks(ScanSpec spec) {
            this.spec = spec;
            int k = spec.columns();
            chunk = spec.chunkRows();
            p = newColumnPartial(spec);
            sketches = newSketches(spec);
            collectors = newCollectors(spec);
            bufs = new double[k][chunk];
            cols = new DoubleArray[k];
            for (int j = 0; j < k; j++) {
                cols[j] = DoubleArray.wrap(bufs[j]);
            }
            fill = new int[k];
            missing = new long[k];
        }

        /** Adds rows [0, n) of a column vector to column j. */
        void addVector(int j, ColumnVector v, int n, byte kind) {
            boolean nulls = v.hasNull();
            double[] buf = bufs[j];
            int i = 0;
            while (i < n) {
                int take = Math.min(n - i, chunk - fill[j]);
                int f = fill[j];
                if (nulls) {
                    f = copyValues(v, kind, i, take, buf, f);
                    missing[j] += take - (f - fill[j]);
                } else {
                    copyBulk(v, kind, i, take, buf, f);
                    f += take;
                }
                fill[j] = f;
                i += take;
                if (f == chunk) {
                    full(j);
                }
            }
        }

        /**
         * Adds count doubles (or floats, widened) stored in native byte order in src from byte
         * offset at; the caller checked that they lie inside src.
         */
        void addRaw(int j, byte[] src, long at, int count, boolean floats) {
            MemorySegment seg = MemorySegment.ofArray(src);
            double[] buf = bufs[j];
            int i = 0;
            while (i < count) {
                int take = Math.min(count - i, chunk - fill[j]);
                int f = fill[j];
                if (floats) {
                    long o = at + (long) i * Float.BYTES;
                    for (int r = 0; r < take; r++) {
                        buf[f + r] = seg.get(ValueLayout.JAVA_FLOAT_UNALIGNED, o + (long) r * Float.BYTES);
                    }
                } else {
                    MemorySegment.copy(seg, ValueLayout.JAVA_DOUBLE_UNALIGNED, at + (long) i * Double.BYTES, buf, f, take);
                }
                fill[j] = f + take;
                i += take;
                if (fill[j] == chunk) {
                    full(j);
                }
            }
        }

        private void full(int j) {
            missing[j] += summarise(cols[j], bufs[j], chunk, spec, p, j, sketches, collectors, null);
            fill[j] = 0;
            checkKilled(tc);
        }

        Partial finish() {
            for (int j = 0; j < fill.length; j++) {
                if (fill[j] > 0) {
                    missing[j] += summarise(cols[j], bufs[j], fill[j], spec, p, j, sketches, collectors, null);
                }
                p.moments[j].missing = missing[j];
            }
            p.rows = rows;
            finishColumnPartial(p, spec, sketches, collectors);
            p.partition = tc == null ? -1 : tc.partitionId();
            KernelsInfo info = Kernels.info();
            p.backend = info.backend();
            p.isa = info.isa();
            p.columnar = true;
            return p;
        }
    }

    /**
     * Copies rows [from, from + count) of a vector with no null into buf at {@code at}, widened
     * to double (NaN copied too). The bulk getters return a copy of the range (an array copy for
     * Spark's on-heap and off-heap vectors, decoded for dictionary-encoded ones).
     */
    private static void copyBulk(ColumnVector v, byte kind, int from, int count, double[] buf, int at) {
        switch (kind) {
            case K_DOUBLE -> System.arraycopy(v.getDoubles(from, count), 0, buf, at, count);
            case K_FLOAT -> {
                float[] s = v.getFloats(from, count);
                for (int r = 0; r < count; r++) {
                    buf[at + r] = s[r];
                }
            }
            case K_LONG -> {
                long[] s = v.getLongs(from, count);
                for (int r = 0; r < count; r++) {
                    buf[at + r] = (double) s[r];
                }
            }
            case K_INT -> {
                int[] s = v.getInts(from, count);
                for (int r = 0; r < count; r++) {
                    buf[at + r] = s[r];
                }
            }
            case K_SHORT -> {
                short[] s = v.getShorts(from, count);
                for (int r = 0; r < count; r++) {
                    buf[at + r] = s[r];
                }
            }
            default -> {
                byte[] s = v.getBytes(from, count);
                for (int r = 0; r < count; r++) {
                    buf[at + r] = s[r];
                }
            }
        }
    }

    /**
     * Copies the non-null, non-NaN values of rows [from, from + count) into buf from {@code at};
     * returns the new fill.
     */
    private static int copyValues(ColumnVector v, byte kind, int from, int count, double[] buf, int at) {
        int f = at;
        int end = from + count;
        for (int r = from; r < end; r++) {
            if (v.isNullAt(r)) {
                continue;
            }
            double x = switch (kind) {
                case K_DOUBLE -> v.getDouble(r);
                case K_FLOAT -> v.getFloat(r);
                case K_LONG -> (double) v.getLong(r);
                case K_INT -> v.getInt(r);
                case K_SHORT -> v.getShort(r);
                default -> v.getByte(r);
            };
            buf[f] = x;
            // NaN is missing: written, then not counted as filled.
            f += x == x ? 1 : 0;
        }
        return f;
    }

    private static StridedSketch[] newSketches(ScanSpec spec) {
        if (spec.kllK() <= 0) {
            return null;
        }
        StridedSketch[] s = new StridedSketch[spec.columns()];
        for (int j = 0; j < s.length; j++) {
            s[j] = new StridedSketch(spec.kllK(), spec.sketchStride());
        }
        return s;
    }

    private static ValueCollector[] newCollectors(ScanSpec spec) {
        if (spec.valueLimit() <= 0) {
            return null;
        }
        ValueCollector[] c = new ValueCollector[spec.columns()];
        for (int j = 0; j < c.length; j++) {
            c[j] = new ValueCollector(spec.valueLimit());
        }
        return c;
    }

    private static Partial newColumnPartial(ScanSpec spec) {
        int k = spec.columns();
        Partial p = new Partial();
        p.moments = new ColumnMoments[k];
        if (spec.histogram()) {
            p.histogram = new long[k][];
        }
        for (int j = 0; j < k; j++) {
            p.moments[j] = new ColumnMoments();
            if (p.histogram != null) {
                p.histogram[j] = new long[spec.bins() > 0 ? spec.bins() : spec.edges().length - 1];
            }
        }
        return p;
    }

    private static void finishColumnPartial(Partial p, ScanSpec spec, StridedSketch[] sketches,
                                            ValueCollector[] collectors) {
        int k = spec.columns();
        if (sketches != null) {
            p.sketches = new byte[k][];
            p.restSketches = new byte[k][];
            for (int j = 0; j < k; j++) {
                p.sketches[j] = sketches[j].stridedBytes();
                p.restSketches[j] = sketches[j].restBytes();
            }
        }
        if (collectors != null) {
            p.values = new double[k][];
            for (int j = 0; j < k; j++) {
                p.values[j] = collectors[j].toArray();
            }
        }
        if (!spec.moments()) {
            p.moments = null;
        }
    }

    private static void checkKilled(TaskContext tc) {
        if (tc != null) {
            tc.killTaskIfInterrupted();
        }
    }

    // ---- column mode ------------------------------------------------------------------------

    private static Partial scanColumns(Iterator<InternalRow> rows, ScanSpec spec, TaskContext tc) {
        int k = spec.columns();
        int chunk = spec.chunkRows();
        Partial p = newColumnPartial(spec);
        StridedSketch[] sketches = newSketches(spec);
        ValueCollector[] collectors = newCollectors(spec);
        double[] heap = sketches != null || collectors != null ? new double[chunk] : null;
        long nrows = 0;
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray[] cols = new DoubleArray[k];
            MemorySegment[] segs = new MemorySegment[k];
            for (int j = 0; j < k; j++) {
                cols[j] = DoubleArray.allocate(arena, chunk);
                segs[j] = cols[j].segment();
            }
            int[] fill = new int[k];
            long[] missing = new long[k];
            while (rows.hasNext()) {
                InternalRow row = rows.next();
                nrows++;
                for (int j = 0; j < k; j++) {
                    double v;
                    if (row.isNullAt(j) || (v = row.getDouble(j)) != v) {
                        missing[j]++;
                        continue;
                    }
                    segs[j].setAtIndex(ValueLayout.JAVA_DOUBLE, fill[j]++, v);
                    if (fill[j] == chunk) {
                        summarise(cols[j], null, chunk, spec, p, j, sketches, collectors, heap);
                        fill[j] = 0;
                        checkKilled(tc);
                    }
                }
            }
            for (int j = 0; j < k; j++) {
                if (fill[j] > 0) {
                    summarise(cols[j], null, fill[j], spec, p, j, sketches, collectors, heap);
                }
                p.moments[j].missing = missing[j];
            }
        }
        p.rows = nrows;
        finishColumnPartial(p, spec, sketches, collectors);
        return p;
    }

    /**
     * Runs the kernels over the first n values of one column's chunk; {@code backing} is the
     * heap array behind {@code col} when it has one (no copy for the sketch then). A chunk read
     * in bulk may hold NaN: its sum is NaN then, and the NaN are taken out (the chunk compacted
     * in place) before anything else is computed. A chunk of {@code spec.chunkRows()} values
     * after that is a full one for the sketch's stride, any other a partial one.
     *
     * @return the number of NaN taken out
     */
    private static int summarise(DoubleArray col, double[] backing, int n, ScanSpec spec, Partial p, int j,
                                 StridedSketch[] sketches, ValueCollector[] collectors, double[] heap) {
        DoubleArray x = n == col.length() ? col : col.slice(0, n);
        double sum = Kernels.sum(x);
        int removed = 0;
        if (sum != sum && backing != null) {
            int m = 0;
            for (int i = 0; i < n; i++) {
                double v = backing[i];
                backing[m] = v;
                m += v == v ? 1 : 0;
            }
            removed = n - m;
            if (removed > 0) {
                n = m;
                if (n == 0) {
                    return removed;
                }
                x = col.slice(0, n);
                sum = Kernels.sum(x);
            }
        }
        double m2 = n > 1 ? Kernels.var(x, 0) * n : 0.0;
        p.moments[j].addChunk(n, sum, m2, Kernels.min(x), Kernels.max(x));
        if (p.histogram != null) {
            long[] c = spec.bins() > 0 ? Kernels.histogram(x, spec.bins(), spec.lo(), spec.hi()).counts()
                    : Kernels.histogram(x, spec.edges());
            long[] acc = p.histogram[j];
            for (int b = 0; b < acc.length; b++) {
                acc[b] += c[b];
            }
        }
        if (heap != null || backing != null) {
            if (sketches != null) {
                // Sorted input makes the sketch's own sorts of its level-0 buffer linear, and
                // gives the strided sketch its order statistics.
                Kernels.sort(x);
            }
            double[] h = backing;
            if (h == null) {
                x.copyTo(0, heap, 0, n);
                h = heap;
            }
            if (sketches != null) {
                sketches[j].addSorted(h, n, n == spec.chunkRows());
            }
            if (collectors != null) {
                collectors[j].add(h, n);
            }
        }
        return removed;
    }

    /** A growable double[]; exact quantiles are only asked for data that fits a limit. */
    private static final class ValueCollector {
        private final long limit;
        private double[] values = new double[1024];
        private int size;
        private boolean overflow;

        ValueCollector(long limit) {
            this.limit = Math.min(limit, Integer.MAX_VALUE - 16);
        }

        void add(double[] src, int n) {
            if (overflow || size + (long) n > limit) {
                overflow = true;
                values = null;
                return;
            }
            if (size + n > values.length) {
                values = Arrays.copyOf(values, Math.max(size + n, values.length * 2));
            }
            System.arraycopy(src, 0, values, size, n);
            size += n;
        }

        /** The values, or null when there were more than the limit. */
        double[] toArray() {
            return overflow ? null : Arrays.copyOf(values, size);
        }
    }

    // ---- Gram mode --------------------------------------------------------------------------

    private static Partial scanGram(Iterator<InternalRow> rows, ScanSpec spec, TaskContext tc) {
        int k = spec.columns();
        int chunk = spec.chunkRows();
        Partial p = new Partial();
        p.gram = new double[k * k];
        p.comoments = new double[k * k];
        p.means = new double[k];
        long nrows = 0;
        long complete = 0;
        try (Arena arena = Arena.ofConfined()) {
            GramBuffers b = GramBuffers.allocate(arena, chunk, k);
            MemorySegment seg = b.x().segment();
            double[] rowBuf = new double[k];
            int r = 0;
            while (rows.hasNext()) {
                InternalRow row = rows.next();
                nrows++;
                boolean ok = true;
                for (int j = 0; j < k; j++) {
                    double v;
                    if (row.isNullAt(j) || (v = row.getDouble(j)) != v) {
                        ok = false;
                        break;
                    }
                    rowBuf[j] = v;
                }
                if (!ok) {
                    continue;
                }
                MemorySegment.copy(rowBuf, 0, seg, ValueLayout.JAVA_DOUBLE, (long) r * k * Double.BYTES, k);
                if (++r == chunk) {
                    complete = gramChunk(b, r, k, p, complete);
                    r = 0;
                    checkKilled(tc);
                }
            }
            if (r > 0) {
                complete = gramChunk(b, r, k, p, complete);
            }
            if (complete > 0) {
                p.gram = b.g().toArray();
            }
        }
        p.rows = nrows;
        p.completeRows = complete;
        return p;
    }

    /**
     * Adds the first r rows of x to g (X^T X, accumulated by GEMM with beta = 1), then centres
     * them and merges their co-moments into the partial. Returns the new row count.
     */
    private static long gramChunk(GramBuffers b, int r, int k, Partial p, long n) {
        DoubleMatrix xs = r == b.x().rows() ? b.x() : b.x().view(0, 0, r, k);
        Kernels.gemm(true, false, 1.0, xs, xs, n == 0 ? 0.0 : 1.0, b.g());
        // Column means as (1/r) X^T 1, by GEMV.
        Kernels.gemv(true, 1.0 / r, xs, r == b.ones().length() ? b.ones() : b.ones().slice(0, r), 0.0, b.mu());
        double[] mu = b.mu().toArray();
        MemorySegment seg = xs.segment();
        for (long i = 0; i < r; i++) {
            long base = i * k;
            for (int j = 0; j < k; j++) {
                long idx = base + j;
                seg.setAtIndex(ValueLayout.JAVA_DOUBLE, idx, seg.getAtIndex(ValueLayout.JAVA_DOUBLE, idx) - mu[j]);
            }
        }
        Kernels.gemm(true, false, 1.0, xs, xs, 0.0, b.c());
        GramMerge.merge(p.comoments, p.means, n, b.c().toArray(), mu, r, k);
        return n + r;
    }

    /** The off-heap buffers of a Gram scan, allocated once per partition. */
    private record GramBuffers(DoubleMatrix x, DoubleMatrix g, DoubleMatrix c, DoubleArray ones, DoubleArray mu) {
        static GramBuffers allocate(Arena arena, int chunk, int k) {
            DoubleArray ones = DoubleArray.allocate(arena, chunk);
            for (long i = 0; i < chunk; i++) {
                ones.set(i, 1.0);
            }
            return new GramBuffers(DoubleMatrix.allocate(arena, chunk, k), DoubleMatrix.allocate(arena, k, k),
                    DoubleMatrix.allocate(arena, k, k), ones, DoubleArray.allocate(arena, k));
        }
    }
}
