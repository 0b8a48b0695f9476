package org.kernels4j.spark;

import java.util.List;

import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.columnar.CachedBatch;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.execution.ColumnarToRowExec;
import org.apache.spark.sql.execution.InputAdapter;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
import org.apache.spark.sql.execution.columnar.DefaultCachedBatchSerializer;
import org.apache.spark.sql.execution.columnar.InMemoryTableScanExec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/**
 * The columnar source of a selection, when Spark has one: Spark's in-memory cache
 * ({@code InMemoryTableScanExec} with its vectorized reader) and the Parquet/ORC vectorized
 * readers ({@code FileSourceScanExec}) produce {@link ColumnarBatch}es, which Spark would
 * turn into rows ({@code ColumnarToRowExec}) for a row-based consumer. Here the physical plan
 * of {@code ds.select(columns)} is unwrapped through the row transition
 * (WholeStageCodegen, ColumnarToRow, InputAdapter: nodes that pass rows through unchanged)
 * and, if what remains {@code supportsColumnar()} and outputs every column with a primitive
 * numeric type, its {@code executeColumnar()} batches are scanned directly.
 *
 *
 * <p>A plain scan of Spark's in-memory cache ({@code InMemoryTableScanExec} with no filter,
 * Spark's default cache serializer) is read one step earlier still: its cached batches
 * themselves ({@code cachedColumnBuffers()}, the byte buffers Spark keeps per column), so
 * Spark neither allocates column vectors nor decodes into them; {@link PartitionScanner#scanCached}
 * copies uncompressed double and float buffers straight into the chunks and has Spark decode
 * the others. This works for a cache that also holds non-numeric columns, which Spark's own
 * columnar output refuses.
 *
 * @param batches the scan's batches, or null when reading the cache's buffers
 * @param cached the cache's batches, or null
 * @param ordinals position in the batch of each selected column (in the cached batch's buffers
 *     when reading the cache)
 * @param kinds the type of each selected column ({@link PartitionScanner}'s K_ codes)
 * @param types the Spark type of each selected column
 */
record ColumnarScan(RDD<ColumnarBatch> batches, RDD<CachedBatch> cached, int[] ordinals, byte[] kinds,
                    DataType[] types) {
    /** -Dkernels4j.spark.columnar=false on the driver turns the columnar path off (rows always). */
    static final boolean ENABLED = !"false".equalsIgnoreCase(System.getProperty("kernels4j.spark.columnar"));

    /**
     * -Dkernels4j.spark.cacheBuffers=false on the driver (read per call) reads a cached Dataset
     * through Spark's column batches instead of its cached buffers.
     */
    static boolean cacheBuffersEnabled() {
        return !"false".equalsIgnoreCase(System.getProperty("kernels4j.spark.cacheBuffers"));
    }

    /** The columnar source of {@code ds.select(columns)}, or null when there is none. */
    static ColumnarScan of(Dataset<Row> ds, List<String> columns) {
        if (!ENABLED) {
            return null;
        }
        try {
            Column[] cols = new Column[columns.size()];
            for (int i = 0; i < cols.length; i++) {
                cols[i] = functions.col("`" + columns.get(i).replace("`", "``") + "`");
            }
            SparkPlan plan = ds.select(cols).queryExecution().executedPlan();
            while (true) {
                if (plan instanceof WholeStageCodegenExec w) {
                    plan = w.child();
                } else if (plan instanceof ColumnarToRowExec c) {
                    plan = c.child();
                } else if (plan instanceof InputAdapter a) {
                    plan = a.child();
                } else {
                    break;
                }
            }
            if (plan instanceof InMemoryTableScanExec m && cacheBuffersEnabled()) {
                ColumnarScan c = ofCache(m, columns);
                if (c != null) {
                    return c;
                }
            }
            if (!plan.supportsColumnar()) {
                return null;
            }
            List<Attribute> out = scala.jdk.javaapi.CollectionConverters.asJava(plan.output());
            int[] ords = new int[columns.size()];
            byte[] kinds = new byte[columns.size()];
            DataType[] types = new DataType[columns.size()];
            for (int j = 0; j < ords.length; j++) {
                int at = -1;
                for (int i = 0; i < out.size(); i++) {
                    if (out.get(i).name().equals(columns.get(j))) {
                        if (at >= 0) {
                            return null;
                        }
                        at = i;
                    }
                }
                if (at < 0) {
                    return null;
                }
                byte kind = kind(out.get(at).dataType());
                if (kind < 0) {
                    return null;
                }
                ords[j] = at;
                kinds[j] = kind;
                types[j] = out.get(at).dataType();
            }
            return new ColumnarScan(plan.executeColumnar(), null, ords, kinds, types);
        } catch (RuntimeException | LinkageError e) {
            // Spark's physical plan classes are internal API: on any surprise, read rows.
            return null;
        }
    }

    /**
     * The cache's own batches for a scan of it with no filter and Spark's default serializer,
     * each selected column found in the cached relation's output by its expression id; null
     * when that does not hold.
     */
    private static ColumnarScan ofCache(InMemoryTableScanExec m, List<String> columns) {
        if (!m.predicates().isEmpty() || !(m.relation().cacheBuilder().serializer() instanceof DefaultCachedBatchSerializer)) {
            return null;
        }
        List<Attribute> out = scala.jdk.javaapi.CollectionConverters.asJava(m.output());
        List<Attribute> cachedOut = scala.jdk.javaapi.CollectionConverters.asJava(m.relation().output());
        int[] bufs = new int[columns.size()];
        byte[] kinds = new byte[columns.size()];
        DataType[] types = new DataType[columns.size()];
        for (int j = 0; j < bufs.length; j++) {
            Attribute a = null;
            for (Attribute o : out) {
                if (o.name().equals(columns.get(j))) {
                    if (a != null) {
                        return null;
                    }
                    a = o;
                }
            }
            if (a == null) {
                return null;
            }
            int at = -1;
            for (int i = 0; i < cachedOut.size(); i++) {
                if (cachedOut.get(i).exprId().equals(a.exprId())) {
                    at = i;
                }
            }
            byte kind = kind(a.dataType());
            if (at < 0 || kind < 0) {
                return null;
            }
            bufs[j] = at;
            kinds[j] = kind;
            types[j] = cachedOut.get(at).dataType();
        }
        return new ColumnarScan(null, m.relation().cacheBuilder().cachedColumnBuffers(), bufs, kinds, types);
    }

    private static byte kind(DataType t) {
        if (t instanceof DoubleType) {
            return PartitionScanner.K_DOUBLE;
        }
        if (t instanceof FloatType) {
            return PartitionScanner.K_FLOAT;
        }
        if (t instanceof LongType) {
            return PartitionScanner.K_LONG;
        }
        if (t instanceof IntegerType) {
            return PartitionScanner.K_INT;
        }
        if (t instanceof ShortType) {
            return PartitionScanner.K_SHORT;
        }
        if (t instanceof ByteType) {
            return PartitionScanner.K_BYTE;
        }
        return -1;
    }
}
