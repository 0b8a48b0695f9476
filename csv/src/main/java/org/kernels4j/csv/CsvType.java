package org.kernels4j.csv;

/** The type inferred for a CSV column from all its cells. */
public enum CsvType {
    /**
     * Every cell is an integer that fits a {@code long} and none is missing: the values are a
     * {@link org.kernels4j.LongArray}.
     */
    INT64,
    /**
     * Every cell is a number or a missing-value marker, and at least one is not an integer or
     * is missing (or the column has no rows): the values are a {@link org.kernels4j.DoubleArray},
     * missing cells are NaN.
     */
    FLOAT64,
    /** Some cell is neither a number nor a missing-value marker: the column is not kept. */
    TEXT
}
