package org.kernels4j.csv;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How to read a CSV file. Immutable; start from {@link #defaults()} and change with the
 * {@code with...} methods.
 *
 * @param separator the field separator (',' by default; '\t' for tab-separated files)
 * @param header whether the first record holds the column names (else they are "0", "1", ...)
 * @param naValues cells (compared after trimming spaces and tabs, ignoring case) read as a
 *     missing value, NaN; by default pandas' {@code read_csv} list: the empty cell, NaN, NA,
 *     N/A, null, None, #N/A, &lt;NA&gt; and the other spellings pandas accepts
 */
public record CsvOptions(char separator, boolean header, Set<String> naValues) {
    /** pandas' default {@code na_values}, lower case. */
    public static final Set<String> PANDAS_NA = Set.of("", "nan", "-nan", "+nan", "na", "n/a", "null", "none",
            "#n/a", "#na", "<na>", "-1.#ind", "1.#ind", "-1.#qnan", "1.#qnan", "#n/a n/a");

    /**
     * @throws IllegalArgumentException if the separator is a quote, CR or LF
     * @throws NullPointerException if naValues is null
     */
    public CsvOptions {
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("the separator cannot be a quote, CR or LF");
        }
        naValues = naValues.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Comma-separated, a header row, pandas' missing-value markers. */
    public static CsvOptions defaults() {
        return new CsvOptions(',', true, PANDAS_NA);
    }

    /** Tab-separated otherwise as {@link #defaults()}. */
    public static CsvOptions tsv() {
        return defaults().withSeparator('\t');
    }

    /** These options with another separator. */
    public CsvOptions withSeparator(char sep) {
        return new CsvOptions(sep, header, naValues);
    }

    /** These options with or without a header row. */
    public CsvOptions withHeader(boolean hasHeader) {
        return new CsvOptions(separator, hasHeader, naValues);
    }

    /** These options with other missing-value markers. */
    public CsvOptions withNaValues(Set<String> markers) {
        return new CsvOptions(separator, header, Objects.requireNonNull(markers, "markers"));
    }
}
