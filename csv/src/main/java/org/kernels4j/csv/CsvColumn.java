package org.kernels4j.csv;

import org.kernels4j.DoubleArray;
import org.kernels4j.LongArray;
import org.kernels4j.NumericArray;

/**
 * One column of a CSV file as read by {@link CsvColumns}.
 *
 * @param name the header cell (or the index as text without a header)
 * @param index the 0-based position of the column in the file
 * @param type the inferred type
 * @param values the values, off-heap in the arena given to the reader: a {@link LongArray}
 *     for {@link CsvType#INT64}, a {@link DoubleArray} for {@link CsvType#FLOAT64} (missing
 *     cells are NaN), null for {@link CsvType#TEXT}
 * @param missing the number of missing cells (NaN in {@code values})
 * @param note for a text column, the first cell that is not a number and its line; else empty
 */
public record CsvColumn(String name, int index, CsvType type, NumericArray values, long missing, String note) {
    /**
     * Whether the column was kept as numbers.
     *
     * @return true for INT64 and FLOAT64, false for TEXT
     */
    public boolean isNumeric() {
        return type != CsvType.TEXT;
    }

    /**
     * The values as doubles: the {@link DoubleArray} itself for FLOAT64; for INT64 a copy
     * widened to double in {@code arena} (integers beyond 2^53 round).
     *
     * @param arena where the copy of an INT64 column is allocated (not used for FLOAT64)
     * @return the values as doubles, missing cells NaN
     * @throws IllegalStateException for a text column, or if {@code arena} is closed
     */
    public DoubleArray asDoubles(java.lang.foreign.Arena arena) {
        return switch (type) {
            case FLOAT64 -> (DoubleArray) values;
            case INT64 -> {
                LongArray l = (LongArray) values;
                DoubleArray d = DoubleArray.allocate(arena, l.length());
                for (long i = 0; i < l.length(); i++) {
                    d.set(i, l.get(i));
                }
                yield d;
            }
            case TEXT -> throw new IllegalStateException("column '" + name + "' is text, not numbers (" + note + ")");
        };
    }
}
