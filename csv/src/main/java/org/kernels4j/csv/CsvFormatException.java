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

    private final String source;
    private final long line;

    CsvFormatException(String source, long line, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.line = line;
    }

    /** The file name or description of the input. */
    public String source() {
        return source;
    }

    /** The 1-based line where the problem is (the start of its record), or 0 if none applies. */
    public long line() {
        return line;
    }
}
