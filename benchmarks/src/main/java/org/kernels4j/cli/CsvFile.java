package org.kernels4j.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kernels4j.DoubleArray;

/**
 * CSV with a header row (RFC 4180 quoting; comma, or tab for .tsv), parsed in one streaming
 * pass into off-heap blocks of float64 per column. A column is numeric when every cell is a
 * number or a missing-value marker (empty, NaN, NA, null, ... as pandas reads them, giving
 * NaN); any other column is skipped with a note. A row with a different number of fields
 * than the header is an error.
 */
final class CsvFile implements InputFormat {
    /** Values per column in its first off-heap block; each next block doubles, up to a chunk. */
    static final int FIRST_BLOCK = 1024;

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public List<String> extensions() {
        return List.of(".csv", ".tsv");
    }

    @Override
    public boolean parsesText() {
        return true;
    }

    @Override
    public InputData open(Path file, Arena arena, ProgressBar progress) throws IOException {
        return read(file, arena, progress);
    }

    /** Cells read as NaN, as pandas' default na_values. */
    static final Set<String> NA = Set.of("", "nan", "-nan", "+nan", "na", "n/a", "null", "none", "#n/a", "#na",
            "<na>", "-1.#ind", "1.#ind", "-1.#qnan", "1.#qnan", "#n/a n/a");

    CsvFile() {
    }

    private static final class Col {
        final String name;
        List<DoubleArray> blocks = new ArrayList<>();
        DoubleArray current;
        int fill;
        String nonNumeric;

        Col(String name) {
            this.name = name;
        }
    }

    static InputData read(Path file, Arena arena, ProgressBar progress) throws IOException {
        char sep = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv") ? '\t' : ',';
        long size = Files.size(file);
        try (InputStream raw = Files.newInputStream(file);
             CountingReader counter = new CountingReader(raw);
             InputStreamReader r = new InputStreamReader(counter, StandardCharsets.UTF_8)) {
            CsvTokenizer tok = new CsvTokenizer(r, sep, file);
            List<String> fields = new ArrayList<>();
            if (!tok.next(fields)) {
                throw UsageException.file(file, "empty CSV file (a header row is needed)");
            }
            if (!fields.isEmpty() && fields.get(0).startsWith("\uFEFF")) {
                fields.set(0, fields.get(0).substring(1));
            }
            List<Col> cols = new ArrayList<>();
            for (String f : fields) {
                cols.add(new Col(f.strip()));
            }
            long rows = 0;
            long reported = 0;
            while (true) {
                if (!tok.next(fields)) {
                    break;
                }
                long startLine = tok.recordLine();
                if (fields.size() == 1 && fields.get(0).isEmpty()) {
                    continue; // blank line, skipped as pandas does
                }
                if (fields.size() != cols.size()) {
                    throw UsageException.file(file, "line " + startLine + " has " + fields.size() + " fields, the header has "
                            + cols.size());
                }
                for (int c = 0; c < cols.size(); c++) {
                    Col col = cols.get(c);
                    if (col.nonNumeric != null) {
                        continue;
                    }
                    String cell = fields.get(c);
                    double v = parse(cell);
                    if (Double.isNaN(v) && !NA.contains(cell.strip().toLowerCase(Locale.ROOT))) {
                        col.nonNumeric = "'" + abbreviate(cell) + "' on line " + startLine;
                        col.blocks = null;
                        col.current = null;
                        continue;
                    }
                    if (col.current == null || col.fill == col.current.length()) {
                        // Blocks grow geometrically, so a wide file with few rows stays small.
                        long next = col.current == null ? FIRST_BLOCK : Math.min(DataColumn.CHUNK, 2 * col.current.length());
                        col.current = DoubleArray.allocate(arena, next);
                        col.blocks.add(col.current);
                        col.fill = 0;
                    }
                    col.current.set(col.fill++, v);
                }
                rows++;
                if ((rows & 0xFFFF) == 0) {
                    long now = counter.count();
                    progress.advance(now - reported);
                    reported = now;
                }
            }
            progress.advance(Math.max(0, size - reported));
            List<DataColumn> out = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (Col c : cols) {
                if (c.nonNumeric != null) {
                    notes.add("skipped non-numeric column '" + Printable.escape(c.name) + "' (" + Printable.escape(c.nonNumeric) + ")");
                    continue;
                }
                List<DoubleArray> blocks = new ArrayList<>(c.blocks);
                if (!blocks.isEmpty()) {
                    int last = blocks.size() - 1;
                    blocks.set(last, blocks.get(last).slice(0, c.fill));
                }
                out.add(new DataColumn.Blocks(c.name, "float64", blocks, rows));
            }
            return new InputData(file.toString(), "csv", "CSV, " + rows + " rows x " + cols.size() + " columns, parsed off-heap",
                    rows, out, notes);
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 17) + "..." : s;
    }

    /** The number in a cell, NaN for a missing-value marker or anything that is not a number. */
    static double parse(String cell) {
        String t = cell.strip();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        if (!looksNumeric(t)) {
            String l = t.toLowerCase(Locale.ROOT);
            return switch (l) {
                case "inf", "+inf", "infinity", "+infinity" -> Double.POSITIVE_INFINITY;
                case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
                default -> Double.NaN;
            };
        }
        return Double.parseDouble(t);
    }

    /** A decimal number: [+-] digits [. digits] [e [+-] digits], at least one digit in the mantissa. */
    static boolean looksNumeric(String t) {
        int i = 0;
        int n = t.length();
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && Character.isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(t.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                i++;
            }
            int ed = 0;
            while (i < n && Character.isDigit(t.charAt(i))) {
                i++;
                ed++;
            }
            if (ed == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingReader extends java.io.FilterInputStream {
        private long count;

        CountingReader(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
