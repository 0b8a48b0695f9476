package org.kernels4j.spark;

import java.util.List;

import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.Attribute;
import org.apache.spark.sql.execution.ColumnarToRowExec;
import org.apache.spark.sql.execution.InputAdapter;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.WholeStageCodegenExec;
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
 * @param batches the scan's batches
 * @param ordinals position in the batch of each selected column
 * @param kinds the type of each selected column ({@link PartitionScanner}'s K_ codes)
 */
record ColumnarScan(RDD<ColumnarBatch> batches, int[] ordinals, byte[] kinds) {
    /** -Dkernels4j.spark.columnar=false on the driver turns the columnar path off (rows always). */
    static final boolean ENABLED = !"false".equalsIgnoreCase(System.getProperty("kernels4j.spark.columnar"));

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
            if (!plan.supportsColumnar()) {
                return null;
            }
            List<Attribute> out = scala.jdk.javaapi.CollectionConverters.asJava(plan.output());
            int[] ords = new int[columns.size()];
            byte[] kinds = new byte[columns.size()];
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
            }
            return new ColumnarScan(plan.executeColumnar(), ords, kinds);
        } catch (RuntimeException | LinkageError e) {
            // Spark's physical plan classes are internal API: on any surprise, read rows.
            return null;
        }
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
