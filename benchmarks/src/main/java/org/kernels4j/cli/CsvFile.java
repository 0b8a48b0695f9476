package org.kernels4j.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kernels4j.DoubleArray;
import org.kernels4j.csv.CsvColumn;
import org.kernels4j.csv.CsvColumns;
import org.kernels4j.csv.CsvFormatException;
import org.kernels4j.csv.CsvOptions;
import org.kernels4j.csv.CsvTable;

/**
 * describe's CSV inputs (.csv, and .tsv tab-separated), read by kernels4j-csv in one streaming
 * pass into off-heap columns: RFC 4180 quoting, LF/CRLF/CR, a byte-order mark, pandas'
 * missing-value markers as NaN, types inferred (int64 when every cell is an integer, float64
 * otherwise; a column with any other cell is skipped with a note naming the cell and its
 * line). What is not a readable table (a ragged row, an unterminated quote, a field or a
 * record over the module's limits, bytes that are not UTF-8) is a {@link UsageException}
 * naming the file and the line.
 */
final class CsvFile implements InputFormat {
    /** Bytes read between two advances of the progress bar. */
    private static final long PROGRESS_STEP = 4L << 20;

    CsvFile() {
    }

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

    /** The options describe reads {@code file} with: the module's defaults, tabs for .tsv. */
    static CsvOptions options(Path file) {
        boolean tsv = file.getFileName() != null
                && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv");
        return tsv ? CsvOptions.tsv() : CsvOptions.defaults();
    }

    static InputData read(Path file, Arena arena, ProgressBar progress) throws IOException {
        long size = Files.size(file);
        CsvTable t;
        try (InputStream raw = Files.newInputStream(file);
             ProgressStream in = new ProgressStream(raw, progress)) {
            try {
                t = CsvColumns.read(in, file.toString(), arena, options(file));
            } catch (CsvFormatException e) {
                // The module's message starts with the source; the CLI names (and escapes) the file itself.
                String msg = String.valueOf(e.getMessage());
                String prefix = file + ": ";
                throw UsageException.file(file, Printable.escape(msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg), e);
            }
            progress.advance(Math.max(0, size - in.reported));
        }
        List<DataColumn> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (CsvColumn c : t.columns()) {
            switch (c.type()) {
                case TEXT -> notes.add("skipped non-numeric column '" + Printable.escape(c.name()) + "' ("
                        + Printable.escape(c.note()) + ")");
                case FLOAT64 -> out.add(new DataColumn.Contiguous(c.name(), "float64", (DoubleArray) c.values()));
                case INT64 -> out.add(new ArrowFile.ArrayChunks(c.name(), "int64", List.of(c.values())));
            }
        }
        return new InputData(file.toString(), "csv", "CSV, " + t.rows() + " rows x " + t.columns().size()
                + " columns, parsed off-heap by kernels4j-csv", t.rows(), out, notes);
    }

    /** Advances the progress bar by the bytes read, every {@link #PROGRESS_STEP} bytes. */
    private static final class ProgressStream extends FilterInputStream {
        private final ProgressBar progress;
        private long count;
        long reported;

        ProgressStream(InputStream in, ProgressBar progress) {
            super(in);
            this.progress = progress;
        }

        private void counted(long n) {
            count += n;
            if (count - reported >= PROGRESS_STEP) {
                progress.advance(count - reported);
                reported = count;
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            if (s > 0) {
                counted(s);
            }
            return s;
        }
    }
}
