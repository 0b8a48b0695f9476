package org.kernels4j.csv;

import java.util.List;

/**
 * A CSV file read into columns.
 *
 * @param source the file name or description given to the reader
 * @param rows the number of data rows (blank lines are not rows)
 * @param columns every column in file order, text columns included (without values)
 */
public record CsvTable(String source, long rows, List<CsvColumn> columns) {
    /**
     * A table; the list of columns is copied.
     *
     * @param source the file name or description given to the reader
     * @param rows the number of data rows
     * @param columns every column in file order
     * @throws NullPointerException if {@code columns} is null or holds null
     */
    public CsvTable {
        columns = List.copyOf(columns);
    }

    /**
     * The columns kept as numbers, in file order.
     *
     * @return the INT64 and FLOAT64 columns
     */
    public List<CsvColumn> numericColumns() {
        return columns.stream().filter(CsvColumn::isNumeric).toList();
    }

    /**
     * The first column with this name.
     *
     * @param name the column name (the header cell, trimmed; "0", "1", ... without a header)
     * @return the column
     * @throws IllegalArgumentException if there is none
     */
    public CsvColumn column(String name) {
        for (CsvColumn c : columns) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no column '" + name + "' in " + source + "; columns: "
                + columns.stream().map(CsvColumn::name).toList());
    }
}
