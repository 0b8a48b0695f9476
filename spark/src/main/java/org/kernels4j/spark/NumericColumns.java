package org.kernels4j.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Checks column names and types on the driver and turns the columns into rows of doubles. */
final class NumericColumns {
    private NumericColumns() {
    }

    /**
     * The top-level columns named, checked to exist and to be numeric; with no name, every
     * numeric column (when {@code allIfNone}).
     */
    static List<String> resolve(Dataset<Row> ds, String[] columns, boolean allIfNone) {
        Objects.requireNonNull(ds, "dataset");
        Objects.requireNonNull(columns, "columns");
        StructType schema = ds.schema();
        StructField[] fields = schema.fields();
        List<String> out = new ArrayList<>();
        if (columns.length == 0) {
            if (!allIfNone) {
                throw new IllegalArgumentException("no column given");
            }
            for (StructField f : fields) {
                if (f.dataType() instanceof NumericType) {
                    out.add(f.name());
                }
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException("the dataset has no numeric column; schema: " + schema.simpleString());
            }
            return out;
        }
        for (String c : columns) {
            Objects.requireNonNull(c, "column name");
            StructField f = find(fields, c);
            if (f == null) {
                throw new IllegalArgumentException("no column '" + c + "' in the dataset; columns: "
                        + Arrays.toString(schema.fieldNames()));
            }
            DataType t = f.dataType();
            if (!(t instanceof NumericType)) {
                throw new IllegalArgumentException("column '" + c + "' has type " + t.simpleString()
                        + ", not a numeric type (byte, short, int, bigint, float, double, decimal)");
            }
            out.add(f.name());
        }
        return out;
    }

    private static StructField find(StructField[] fields, String name) {
        for (StructField f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        StructField match = null;
        for (StructField f : fields) {
            if (f.name().equalsIgnoreCase(name)) {
                if (match != null) {
                    return null;
                }
                match = f;
            }
        }
        return match;
    }

    /**
     * The columns cast to double, as Spark's internal rows (no conversion to {@code Row}
     * objects): the executors read them with {@code InternalRow.getDouble}.
     */
    static RDD<InternalRow> asDoubles(Dataset<Row> ds, List<String> columns) {
        StructType schema = ds.schema();
        Column[] cols = new Column[columns.size()];
        for (int i = 0; i < cols.length; i++) {
            String name = columns.get(i);
            Column c = functions.col("`" + name.replace("`", "``") + "`");
            // Double columns as they are: a plain column selection lets Spark hand over the
            // scan's rows without a projection that copies each row.
            boolean isDouble = schema.apply(name).dataType() instanceof DoubleType;
            cols[i] = isDouble ? c : c.cast(DataTypes.DoubleType);
        }
        return ds.select(cols).queryExecution().toRdd();
    }
}
