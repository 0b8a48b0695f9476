package org.kernels4j.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180: fields in double quotes may hold separators, line
 * breaks and doubled quotes; lines end in LF, CRLF or CR). Memory is bounded by the limits,
 * never by the file: a field longer than {@link #MAX_FIELD_CHARS} characters or a record of
 * more than {@link #MAX_FIELDS} fields is an error naming the line, so a file that is one
 * endless line (or one endless quoted field) cannot exhaust the heap.
 */
final class CsvTokenizer {
    static final int MAX_FIELD_CHARS = 1 << 20;
    static final int MAX_FIELDS = 100_000;

    private final Reader in;
    private final char sep;
    private final Path file;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private long line = 1;
    private long recordLine;
    private final StringBuilder cell = new StringBuilder();

    CsvTokenizer(Reader in, char sep, Path file) {
        this.in = in;
        this.sep = sep;
        this.file = file;
    }

    /** The line the last record started on (1-based). */
    long recordLine() {
        return recordLine;
    }

    private int read() throws IOException {
        if (pos == lim) {
            lim = in.read(buf, 0, buf.length);
            pos = 0;
            if (lim <= 0) {
                lim = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    private void unread() {
        pos--;
    }

    private void append(char c) {
        if (cell.length() == MAX_FIELD_CHARS) {
            throw UsageException.file(file, "a field on line " + recordLine + " is longer than " + MAX_FIELD_CHARS
                    + " characters");
        }
        cell.append(c);
    }

    private void endField(List<String> fields) {
        if (fields.size() == MAX_FIELDS) {
            throw UsageException.file(file, "line " + recordLine + " has more than " + MAX_FIELDS + " fields");
        }
        fields.add(cell.toString());
        cell.setLength(0);
    }

    /** Reads the next record into {@code fields}; false at the end of input. */
    boolean next(List<String> fields) throws IOException {
        fields.clear();
        cell.setLength(0);
        recordLine = line;
        int c = read();
        if (c < 0) {
            return false;
        }
        boolean quoted = false;
        boolean blankSoFar = true; // only blanks in this field yet: a quote opens a quoted field
        while (true) {
            if (c < 0) {
                if (quoted) {
                    throw UsageException.file(file, "unterminated quoted field starting on line " + recordLine);
                }
                endField(fields);
                return true;
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int d = read();
                    if (d == '"') {
                        append('"');
                    } else {
                        quoted = false;
                        if (d >= 0) {
                            unread();
                        }
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    append(ch);
                }
            } else if (ch == '"' && blankSoFar) {
                quoted = true;
                blankSoFar = false;
                cell.setLength(0);
            } else if (ch == sep) {
                endField(fields);
                blankSoFar = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r') {
                    int d = read();
                    if (d >= 0 && d != '\n') {
                        unread();
                    }
                }
                line++;
                endField(fields);
                return true;
            } else {
                if (ch != ' ' && ch != '\t') {
                    blankSoFar = false;
                }
                append(ch);
            }
            c = read();
        }
    }
}
