package org.kernels4j.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.kernels4j.DType;
import org.kernels4j.DoubleArray;
import org.kernels4j.NumericArray;
import org.kernels4j.arrow.ArrowFiles;
import org.kernels4j.csv.CsvColumn;
import org.kernels4j.csv.CsvColumns;
import org.kernels4j.csv.CsvFormatException;
import org.kernels4j.csv.CsvOptions;
import org.kernels4j.csv.CsvTable;
import org.kernels4j.csv.CsvType;

/**
 * describe's CSV and Arrow inputs, read by the optional modules: CSV by kernels4j-csv
 * (FastCSV, types inferred, off-heap), Arrow IPC / Feather v2 by kernels4j-arrow (zero-copy
 * views of the record batches without nulls; nulls as NaN).
 */
final class ColumnarFiles {
    private ColumnarFiles() {
    }

    static InputData csv(Path file, Arena arena, ProgressBar progress) throws IOException {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        CsvOptions options = n.endsWith(".tsv") ? CsvOptions.tsv() : CsvOptions.defaults();
        long size = Files.size(file);
        CsvTable t;
        try (InputStream in = new Progress(Files.newInputStream(file), progress)) {
            t = CsvColumns.read(in, file.toString(), arena, options);
        } catch (CsvFormatException e) {
            // The message names the file and the line already.
            throw new UsageException(e.getMessage(), e);
        }
        progress.advance(0);
        List<DataColumn> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (CsvColumn c : t.columns()) {
            if (c.type() == CsvType.TEXT) {
                notes.add("skipped non-numeric column '" + c.name() + "' (" + c.note() + ")");
            } else if (c.type() == CsvType.FLOAT64) {
                out.add(new DataColumn.Contiguous(c.name(), "float64", c.values()));
            } else {
                out.add(new ArrayChunks(c.name(), "int64", List.of(c.values())));
            }
        }
        return new InputData(file.toString(), "csv", "CSV, " + t.rows() + " rows x " + t.columns().size()
                + " columns, parsed off-heap (" + size + " bytes)", t.rows(), out, notes);
    }

    static InputData arrow(Path file, Arena arena) throws IOException {
        ArrowFiles.Table t;
        try {
            t = ArrowFiles.read(file, arena);
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
            throw e;
        } catch (IOException | IllegalStateException e) {
            String msg = e.getMessage();
            throw new UsageException(msg.startsWith(file.toString()) ? msg : file + ": " + msg, e);
        }
        List<DataColumn> out = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (ArrowFiles.Column c : t.columns()) {
            if (!c.supported()) {
                notes.add("skipped column '" + c.name() + "' of Arrow type " + c.arrowType());
                continue;
            }
            out.add(new ArrayChunks(c.name(), dtypeOf(c.arrowType()), c.chunks()));
        }
        String detail = (t.format().equals("arrow-file") ? "Arrow IPC file" : "Arrow IPC stream") + ", " + t.rows()
                + " rows x " + t.columns().size() + " columns in " + t.batches() + " record batches, zero-copy";
        return new InputData(file.toString(), "arrow", detail, t.rows(), out, notes);
    }

    private static String dtypeOf(String arrowType) {
        if (arrowType.contains("DOUBLE")) {
            return "float64";
        }
        if (arrowType.contains("SINGLE")) {
            return "float32";
        }
        return arrowType.contains("64") ? "int64" : "int32";
    }

    /** Counts the bytes read into the progress bar. */
    private static final class Progress extends FilterInputStream {
        private final ProgressBar bar;

        Progress(InputStream in, ProgressBar bar) {
            super(in);
            this.bar = bar;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                bar.advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                bar.advance(n);
            }
            return n;
        }
    }

    /**
     * A column held as arrays of any of the four dtypes (Arrow record batches, a CSV int64
     * column), in pieces of at most CHUNK elements: float64/float32 pieces are views, int32/int64
     * pieces are converted to float64 into the scratch buffer.
     */
    static final class ArrayChunks extends DataColumn {
        private final List<NumericArray> pieces = new ArrayList<>();
        private final long[] starts;
        private final long length;
        private final long bytes;

        ArrayChunks(String name, String dtype, List<NumericArray> arrays) {
            super(name, dtype);
            long n = 0;
            long b = 0;
            for (NumericArray a : arrays) {
                for (long at = 0; at < a.length(); at += CHUNK) {
                    pieces.add(a.slice(at, Math.min(CHUNK, a.length() - at)));
                }
                n += a.length();
                b += a.length() * a.dtype().byteSize();
            }
            this.length = n;
            this.bytes = b;
            this.starts = new long[pieces.size()];
            long s = 0;
            for (int i = 0; i < starts.length; i++) {
                starts[i] = s;
                s += pieces.get(i).length();
            }
        }

        @Override
        long length() {
            return length;
        }

        @Override
        int chunkCount() {
            return pieces.size();
        }

        @Override
        long chunkStart(int i) {
            return starts[i];
        }

        @Override
        NumericArray chunk(int i, DoubleArray scratch) {
            NumericArray a = pieces.get(i);
            if (a.dtype() == DType.F64 || a.dtype() == DType.F32) {
                return a;
            }
            int n = (int) a.length();
            MemorySegment src = a.segment();
            MemorySegment dst = scratch.segment();
            if (a.dtype() == DType.I64) {
                for (int j = 0; j < n; j++) {
                    dst.setAtIndex(ValueLayout.JAVA_DOUBLE, j, (double) src.getAtIndex(ValueLayout.JAVA_LONG, j));
                }
            } else {
                for (int j = 0; j < n; j++) {
                    dst.setAtIndex(ValueLayout.JAVA_DOUBLE, j, src.getAtIndex(ValueLayout.JAVA_INT, j));
                }
            }
            return scratch.slice(0, n);
        }

        @Override
        NumericArray whole() {
            if (pieces.size() == 1 && (pieces.get(0).dtype() == DType.F64 || pieces.get(0).dtype() == DType.F32)) {
                return pieces.get(0);
            }
            return null;
        }

        @Override
        long inputBytes() {
            return bytes;
        }
    }
}
