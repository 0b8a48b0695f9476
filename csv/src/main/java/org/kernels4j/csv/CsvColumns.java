package org.kernels4j.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import org.kernels4j.DoubleArray;
import org.kernels4j.LongArray;

/**
 * Reads a CSV file into off-heap kernels4j columns, one pass, types inferred.
 *
 * <pre>{@code
 * try (Arena arena = Arena.ofConfined()) {
 *     CsvTable t = CsvColumns.read(Path.of("prices.csv"), arena);
 *     DoubleArray close = (DoubleArray) t.column("close").values();
 *     Description d = Kernels.describe(close, 0.25, 0.5, 0.75);
 * }
 * }</pre>
 *
 * <p><b>Format.</b> RFC 4180 as FastCSV reads it: fields separated by the separator,
 * optionally quoted with {@code "} (a quoted field may hold separators, line breaks and
 * doubled quotes), records ended by LF, CR or CRLF, UTF-8 with or without a byte-order mark
 * (bytes that are not UTF-8 are an error, not replaced).
 * Blank lines are skipped. The first record is the header unless the options say otherwise.
 * Spaces and tabs around a cell are ignored.
 *
 * <p><b>Types.</b> A column whose cells are all integers that fit a {@code long} is INT64
 * ({@link LongArray}); a column of numbers and missing-value markers is FLOAT64
 * ({@link DoubleArray}, missing cells are NaN and counted in {@link CsvColumn#missing()}); an
 * integer column with a missing cell becomes FLOAT64, as in pandas. Numbers are decimal
 * ({@code -1.5e-3}, {@code .5}, {@code 7.}), {@code inf}/{@code infinity} with a sign, and
 * convert to the correctly rounded double. A column with any other cell is TEXT: it is
 * listed with the first such cell and its line, and its values are not kept.
 *
 * <p><b>Memory.</b> Values are written off-heap as the file is read, into blocks that grow
 * with each column (64 values first); at the end each column is copied into one contiguous
 * array in the caller's arena and its blocks are freed. The heap holds one record's staging
 * values, never the file; the parser's buffer holds one field, so a hostile file (one endless
 * field, one endless record) fails at a limit of the {@link CsvOptions} after a bounded amount
 * of memory, never with an {@link OutOfMemoryError}.
 *
 * <p><b>Errors.</b> A record with a different number of fields than the header, an
 * unterminated quote, a field or a record over the limits of the {@link CsvOptions} (1 Mi
 * characters per field, 16,384 fields per record by default), an empty input or bytes that
 * are not UTF-8 throw {@link CsvFormatException} naming the source and line
 * ({@code data.csv: line 3 has 2 fields, the header has 3});
 * nothing is left allocated in the caller's arena. Text in a numeric-looking column is not an
 * error: the column becomes TEXT.
 */
public final class CsvColumns {
    private static final Pattern RECORD_LINE = Pattern.compile("\\(record starting at line (\\d+)\\)");

    private CsvColumns() {
    }

    /**
     * Reads a CSV file with the default options ({@link CsvOptions#defaults()}; a file whose
     * name ends in {@code .tsv} is read tab-separated).
     *
     * @param file the file
     * @param arena where the columns' memory is allocated
     * @return the table
     * @throws CsvFormatException if the file is not a readable CSV table (see the class comment)
     * @throws IOException if the file cannot be read
     * @throws NullPointerException if an argument is null
     */
    public static CsvTable read(Path file, Arena arena) throws IOException {
        Objects.requireNonNull(file, "file");
        boolean tsv = file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".tsv");
        return read(file, arena, tsv ? CsvOptions.tsv() : CsvOptions.defaults());
    }

    /**
     * Reads a CSV file.
     *
     * @param file the file
     * @param arena where the columns' memory is allocated
     * @param options separator, header, missing-value markers
     * @return the table
     * @throws CsvFormatException if the file is not a readable CSV table (see the class comment)
     * @throws IOException if the file cannot be read
     * @throws NullPointerException if an argument is null
     */
    public static CsvTable read(Path file, Arena arena, CsvOptions options) throws IOException {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), arena, options);
        }
    }

    /**
     * Reads CSV from a stream (UTF-8, optionally with a byte-order mark); the stream is read
     * to its end and not closed.
     *
     * @param in the bytes
     * @param source the name used in error messages and {@link CsvTable#source()}
     * @param arena where the columns' memory is allocated
     * @param options separator, header, missing-value markers
     * @return the table
     * @throws CsvFormatException if the input is not a readable CSV table
     * @throws IOException if the stream cannot be read
     * @throws NullPointerException if an argument is null
     */
    public static CsvTable read(InputStream in, String source, Arena arena, CsvOptions options) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(arena, "arena");
        Objects.requireNonNull(options, "options");
        ColumnsHandler h = new ColumnsHandler(source, options);
        try {
            CsvReader<Object> reader = CsvReader.builder()
                    .fieldSeparator(options.separator())
                    .quoteCharacter('"')
                    .skipEmptyLines(true)
                    .allowExtraFields(true)
                    .allowMissingFields(true)
                    .allowUnclosedQuote(false)
                    .allowExtraCharsAfterClosingQuote(false)
                    .maxBufferSize(bufferFor(options.maxFieldLength()))
                    .build(h, strictUtf8(in));
            try (reader) {
                Iterator<Object> it = reader.iterator();
                while (it.hasNext()) {
                    it.next();
                }
            }
            if (h.columns.isEmpty()) {
                throw new CsvFormatException(source, 0, "empty CSV file (a header row is needed)", null);
            }
            return finish(h, source, arena);
        } catch (RuntimeException e) {
            throw translate(e, source, options);
        } finally {
            for (ColumnBuilder c : h.columns) {
                c.close();
            }
        }
    }

    private static CsvTable finish(ColumnsHandler h, String source, Arena arena) {
        List<CsvColumn> out = new ArrayList<>(h.columns.size());
        for (ColumnBuilder c : h.columns) {
            switch (c.type) {
                case TEXT -> out.add(new CsvColumn(c.name, c.index, CsvType.TEXT, null, 0, c.note));
                case INT64 -> {
                    LongArray a = LongArray.allocate(arena, c.length());
                    c.finish(a.segment());
                    out.add(new CsvColumn(c.name, c.index, CsvType.INT64, a, 0, ""));
                }
                case FLOAT64 -> {
                    DoubleArray a = DoubleArray.allocate(arena, c.length());
                    c.finish(a.segment());
                    out.add(new CsvColumn(c.name, c.index, CsvType.FLOAT64, a, c.missing, ""));
                }
            }
        }
        // A column with no rows has no integers to show: FLOAT64, as pandas reads it.
        if (h.rows == 0) {
            out.replaceAll(c -> c.type() == CsvType.INT64
                    ? new CsvColumn(c.name(), c.index(), CsvType.FLOAT64, DoubleArray.allocate(arena, 0), 0, "") : c);
        }
        return new CsvTable(source, h.rows, out);
    }

    /**
     * FastCSV's buffer for fields of at most {@code maxFieldLength} characters: it holds a
     * field as written from its first character (a quoted field takes two quotes more, and a
     * doubled quote two characters for one, so at most {@code 2 * maxFieldLength + 2}) and
     * room for one read (8 Ki characters). A field that overflows it is longer than the limit.
     *
     * <p>FastCSV 4.4 starts with 16 Ki characters and doubles the buffer up to this size, then
     * reads 8 Ki characters into it without checking that they fit: the last step must leave
     * room for a read (else an IndexOutOfBoundsException ends reading), so the size is at
     * least the last doubled size plus one read.
     */
    static int bufferFor(int maxFieldLength) {
        final long read = 1 << 13;
        long need = 2L * maxFieldLength + 2 + read;
        long before = 2 * read;
        if (need <= before) {
            return (int) need;
        }
        while (before * 2 < need) {
            before *= 2;
        }
        return (int) Math.max(need, before + read);
    }

    /** The parser's and the callback's exceptions as a CsvFormatException naming the source. */
    private static IOException translate(RuntimeException e, String source, CsvOptions options) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // FastCSV wraps whatever its reading throws, errors too: an OutOfMemoryError (limits
            // raised past the heap) stays what it is, not a format problem.
            if (t instanceof Error err) {
                throw err;
            }
            if (t instanceof ColumnsHandler.Failure f) {
                return f.error();
            }
            if (t instanceof CharacterCodingException || t instanceof UncheckedIOException u
                    && u.getCause() instanceof CharacterCodingException) {
                return new CsvFormatException(source, 0, "not valid UTF-8 text", t);
            }
        }
        if (e instanceof UncheckedIOException u) {
            return u.getCause();
        }
        if (e instanceof CsvParseException) {
            String why = String.valueOf(e.getMessage());
            if (e.getCause() != null && e.getCause().getMessage() != null) {
                why += ": " + e.getCause().getMessage();
            }
            Matcher m = RECORD_LINE.matcher(why);
            long line = m.find() ? Long.parseLong(m.group(1)) : 0;
            if (why.contains("maximum buffer size")) {
                return ColumnsHandler.fieldTooLong(source, line, options.maxFieldLength()).error();
            }
            if (why.startsWith("Unclosed quoted field")) {
                why = "unterminated quoted field starting on line " + line;
            } else if (line > 0) {
                why = "line " + line + ": " + why.substring(0, m.start()).strip();
            }
            return new CsvFormatException(source, line, why, e);
        }
        throw e;
    }

    /**
     * UTF-8 that reports malformed bytes instead of replacing them, after a byte-order mark if
     * there is one; the caller's stream is left open.
     */
    private static Reader strictUtf8(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(new NonClosing(in), 3);
        byte[] head = p.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            p.unread(head);
        }
        return new InputStreamReader(p, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Keeps the caller's stream open when FastCSV closes its reader. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
