package org.kernels4j.cli;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.kernels4j.DType;
import org.kernels4j.DoubleArray;
import org.kernels4j.NumericArray;
import org.kernels4j.arrow.ArrowFiles;

/**
 * describe's Arrow inputs (IPC file format, Feather v2, IPC stream format), read by
 * kernels4j-arrow: zero-copy views of the record batches without nulls, float64 with nulls as
 * NaN for the others; float64/float32/int32/int64 columns, others skipped with a note.
 */
final class ArrowFile implements InputFormat {
    private static final byte[] MAGIC = {'A', 'R', 'R', 'O', 'W', '1'};

    @Override
    public String name() {
        return "arrow";
    }

    @Override
    public List<String> extensions() {
        return List.of(".arrow", ".feather", ".arrows");
    }

    @Override
    public boolean matchesMagic(byte[] head, int length) {
        return length >= MAGIC.length && java.util.Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    @Override
    public InputData open(Path file, Arena arena, ProgressBar progress) throws IOException {
        InputData d = arrow(file, arena);
        progress.advance(Files.size(file));
        return d;
    }

    static InputData arrow(Path file, Arena arena) throws IOException {
        ArrowFiles.Table t;
        try {
            t = ArrowFiles.read(file, arena);
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
            throw e;
        } catch (IOException | IllegalStateException e) {
            // kernels4j-arrow's messages start with the file name; the CLI escapes it itself.
            String msg = String.valueOf(e.getMessage());
            String prefix = file + ": ";
            throw UsageException.file(file, msg.startsWith(prefix) ? msg.substring(prefix.length()) : msg, e);
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
