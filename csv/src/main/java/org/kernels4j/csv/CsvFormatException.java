package org.kernels4j.csv;

import java.io.IOException;

/**
 * A CSV input that cannot be read as a table: a row with the wrong number of fields, an
 * unterminated quote, a field longer than the parser's buffer, an empty input, bytes that
 * are not valid in the charset. The message is the source, a colon and the problem, which
 * names the line where there is one, for example
 * {@code data.csv: line 3 has 2 fields, the header has 3}.
 */
public final class CsvFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The file name or description of the input. */
    private final String source;
    /** The 1-based line where the problem's record starts, or 0. */
    private final long line;

    CsvFormatException(String source, long line, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.line = line;
    }

    /**
     * The input the problem is in.
     *
     * @return the file name or description given to the reader
     */
    public String source() {
        return source;
    }

    /**
     * Where the problem is.
     *
     * @return the 1-based line where the problem's record starts, or 0 if no line applies
     *     (an empty input, bytes that are not UTF-8)
     */
    public long line() {
        return line;
    }
}
