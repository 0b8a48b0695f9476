package org.kernels4j.csv;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How to read a CSV file. Immutable; start from {@link #defaults()} and change with the
 * {@code with...} methods.
 *
 * <p><b>Limits.</b> Two limits keep a hostile or broken file from exhausting memory: the
 * parser holds a whole field in memory before it sees the field's end, and the reader keeps
 * a little state per column. A field longer than {@link #maxFieldLength()} characters, a
 * record of more than {@link #maxFields()} fields, or a header row longer than
 * {@link #maxFieldLength()} characters in all (the header is kept, as the column names) is a
 * {@link CsvFormatException} naming the line, after at most about
 * {@code 2 * maxFieldLength} characters of buffer have been used. The defaults (1 Mi
 * characters per field, 16,384 fields: the width of a spreadsheet) fit every ordinary table;
 * raise them for files known to need more.
 *
 * @param separator the field separator (',' by default; '\t' for tab-separated files)
 * @param header whether the first record holds the column names (else they are "0", "1", ...)
 * @param naValues cells (compared after trimming spaces and tabs, ignoring case) read as a
 *     missing value, NaN; by default pandas' {@code read_csv} list: the empty cell, NaN, NA,
 *     N/A, null, None, #N/A, &lt;NA&gt; and the other spellings pandas accepts
 * @param maxFieldLength the longest field allowed, in characters (UTF-16 units), also the
 *     longest header row in all; {@value #DEFAULT_MAX_FIELD_LENGTH} by default
 * @param maxFields the most fields a record may have (so also the most columns);
 *     {@value #DEFAULT_MAX_FIELDS} by default
 */
public record CsvOptions(char separator, boolean header, Set<String> naValues, int maxFieldLength, int maxFields) {
    /** pandas' default {@code na_values}, lower case. */
    public static final Set<String> PANDAS_NA = Set.of("", "nan", "-nan", "+nan", "na", "n/a", "null", "none",
            "#n/a", "#na", "<na>", "-1.#ind", "1.#ind", "-1.#qnan", "1.#qnan", "#n/a n/a");

    /** The default {@link #maxFieldLength()}: 1 Mi characters. */
    public static final int DEFAULT_MAX_FIELD_LENGTH = 1 << 20;

    /** The default {@link #maxFields()}: 16,384 fields (the width of a spreadsheet). */
    public static final int DEFAULT_MAX_FIELDS = 16_384;

    /**
     * The largest {@link #maxFieldLength()}: the parser's buffer is one {@code char[]} with
     * room for a field as written (twice its length at most, with doubled quotes) and a read.
     */
    public static final int LIMIT_MAX_FIELD_LENGTH = (Integer.MAX_VALUE - (1 << 15)) / 2;

    /**
     * Checks and normalizes the options.
     *
     * @param separator the field separator
     * @param header whether the first record holds the column names
     * @param naValues the missing-value markers (stored trimmed and lower case)
     * @param maxFieldLength the longest field allowed, in characters
     * @param maxFields the most fields a record may have
     * @throws IllegalArgumentException if the separator is a quote, CR or LF, if
     *     {@code maxFieldLength} is not between 1 and {@link #LIMIT_MAX_FIELD_LENGTH}, or if
     *     {@code maxFields} is not positive
     * @throws NullPointerException if naValues is null or holds null
     */
    public CsvOptions {
        if (separator == '"' || separator == '\r' || separator == '\n') {
            throw new IllegalArgumentException("the separator cannot be a quote, CR or LF");
        }
        if (maxFieldLength < 1 || maxFieldLength > LIMIT_MAX_FIELD_LENGTH) {
            throw new IllegalArgumentException("maxFieldLength must be between 1 and " + LIMIT_MAX_FIELD_LENGTH
                    + ", got " + maxFieldLength);
        }
        if (maxFields < 1) {
            throw new IllegalArgumentException("maxFields must be positive, got " + maxFields);
        }
        naValues = naValues.stream().map(s -> s.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Options with the default limits ({@value #DEFAULT_MAX_FIELD_LENGTH} characters per field,
     * {@value #DEFAULT_MAX_FIELDS} fields per record).
     *
     * @param separator the field separator
     * @param header whether the first record holds the column names
     * @param naValues the missing-value markers
     * @throws IllegalArgumentException if the separator is a quote, CR or LF
     * @throws NullPointerException if naValues is null or holds null
     */
    public CsvOptions(char separator, boolean header, Set<String> naValues) {
        this(separator, header, naValues, DEFAULT_MAX_FIELD_LENGTH, DEFAULT_MAX_FIELDS);
    }

    /**
     * Comma-separated, a header row, pandas' missing-value markers, the default limits.
     *
     * @return the default options
     */
    public static CsvOptions defaults() {
        return new CsvOptions(',', true, PANDAS_NA);
    }

    /**
     * Tab-separated, otherwise as {@link #defaults()}.
     *
     * @return the options for tab-separated files
     */
    public static CsvOptions tsv() {
        return defaults().withSeparator('\t');
    }

    /**
     * These options with another separator.
     *
     * @param sep the field separator
     * @return the new options
     * @throws IllegalArgumentException if {@code sep} is a quote, CR or LF
     */
    public CsvOptions withSeparator(char sep) {
        return new CsvOptions(sep, header, naValues, maxFieldLength, maxFields);
    }

    /**
     * These options with or without a header row.
     *
     * @param hasHeader whether the first record holds the column names
     * @return the new options
     */
    public CsvOptions withHeader(boolean hasHeader) {
        return new CsvOptions(separator, hasHeader, naValues, maxFieldLength, maxFields);
    }

    /**
     * These options with other missing-value markers.
     *
     * @param markers the cells read as missing (compared trimmed, ignoring case)
     * @return the new options
     * @throws NullPointerException if {@code markers} is null or holds null
     */
    public CsvOptions withNaValues(Set<String> markers) {
        return new CsvOptions(separator, header, Objects.requireNonNull(markers, "markers"), maxFieldLength, maxFields);
    }

    /**
     * These options with another limit on the length of a field (and of the header row).
     *
     * @param chars the longest field allowed, in characters
     * @return the new options
     * @throws IllegalArgumentException if {@code chars} is not between 1 and
     *     {@link #LIMIT_MAX_FIELD_LENGTH}
     */
    public CsvOptions withMaxFieldLength(int chars) {
        return new CsvOptions(separator, header, naValues, chars, maxFields);
    }

    /**
     * These options with another limit on the number of fields of a record.
     *
     * @param fields the most fields a record may have
     * @return the new options
     * @throws IllegalArgumentException if {@code fields} is not positive
     */
    public CsvOptions withMaxFields(int fields) {
        return new CsvOptions(separator, header, naValues, maxFieldLength, fields);
    }
}
