package org.kernels4j.arrow;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.ipc.ArrowStreamReader;
import org.apache.arrow.vector.types.pojo.Field;
import org.kernels4j.NumericArray;

/**
 * Reads Arrow IPC files into kernels4j arrays: the IPC file format ({@code .arrow}, and
 * Feather version 2, which is the same format) and the IPC stream format ({@code .arrows}),
 * told apart by their first bytes, whatever the file is called. Feather version 1 (the
 * pre-2019 format) is refused with a message saying so.
 *
 * <p>Columns of type float64, float32, int32 and int64 are read; others (strings, dates,
 * dictionaries, nested types, other widths) are listed as skipped. Each record batch of a
 * column is one chunk. A chunk without nulls is a zero-copy view of the buffer Arrow read the
 * batch into (see {@link ArrowArrays} for the lifetime rules); a chunk with nulls is copied to
 * float64 with nulls as NaN. Compressed files (LZ4/ZSTD buffers) need Arrow's compression
 * module on the class path; without it the reader's error is reported.
 *
 * <p>JVM options: Arrow's IPC reader wraps its memory in direct {@code ByteBuffer}s, which on
 * JDK 16 and later needs {@code --add-opens=java.base/java.nio=ALL-UNNAMED}; without it
 * {@code read} throws {@link IllegalStateException} saying so. (The views of
 * {@link ArrowArrays} need no such option.)
 *
 * <p>Errors: a file that is not Arrow IPC, or whose metadata or buffers are corrupt or
 * truncated, throws {@link IOException} whose message names the file and the problem; the
 * memory read so far is freed. The Arrow memory of one read is limited to four times the
 * file's size (at least 64 MiB), so metadata claiming huge buffers is an error, not an
 * exhausted machine. Nothing corrupt reaches native code: every view is bounds
 * checked against the buffer Arrow allocated for it.
 */
public final class ArrowFiles {
    private static final byte[] FILE_MAGIC = {'A', 'R', 'R', 'O', 'W', '1'};
    private static final byte[] FEATHER_V1_MAGIC = {'F', 'E', 'A', '1'};

    private ArrowFiles() {
    }

    /**
     * One column of an Arrow file.
     *
     * @param name the field name
     * @param arrowType the Arrow type, as Arrow prints it
     * @param chunks one array per record batch (empty for a skipped column)
     * @param nulls the number of nulls (NaN in the chunks)
     * @param supported whether the column was read (float64, float32, int32, int64)
     */
    public record Column(String name, String arrowType, List<NumericArray> chunks, long nulls, boolean supported) {
        /**
         * A column, keeping an unmodifiable copy of the chunk list.
         *
         * @throws NullPointerException if {@code chunks} is or holds null
         */
        public Column {
            chunks = List.copyOf(chunks);
        }

        /**
         * The number of values.
         *
         * @return the sum of the chunks' lengths
         */
        public long length() {
            long n = 0;
            for (NumericArray c : chunks) {
                n += c.length();
            }
            return n;
        }
    }

    /**
     * An Arrow file read into arrays.
     *
     * @param source the file
     * @param format "arrow-file" or "arrow-stream"
     * @param rows the number of rows over all batches
     * @param batches the number of record batches
     * @param columns every top-level field, in schema order
     */
    public record Table(String source, String format, long rows, int batches, List<Column> columns) {
        /**
         * A table, keeping an unmodifiable copy of the column list.
         *
         * @throws NullPointerException if {@code columns} is or holds null
         */
        public Table {
            columns = List.copyOf(columns);
        }
    }

    /**
     * Reads an Arrow IPC file (file or stream format) into arrays owned by {@code arena}: the
     * Arrow buffers are freed when the arena is closed.
     *
     * @param file the file
     * @param arena owns the arrays and the Arrow memory behind them
     * @return the table
     * @throws IOException if the file cannot be read or is not a valid Arrow IPC file
     * @throws NullPointerException if an argument is null
     * @throws IllegalStateException if the JVM does not open {@code java.base/java.nio} to
     *     Arrow ({@code --add-opens=java.base/java.nio=ALL-UNNAMED}), or the arena is closed
     */
    public static Table read(Path file, Arena arena) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(arena, "arena");
        String source = file.toString();
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        boolean fileFormat = head.length >= 6 && Arrays.equals(head, 0, 6, FILE_MAGIC, 0, 6);
        if (!fileFormat && head.length >= 4 && Arrays.equals(head, 0, 4, FEATHER_V1_MAGIC, 0, 4)) {
            throw new IOException(source + ": a Feather version 1 file; only Feather version 2 (Arrow IPC) is read"
                    + " (rewrite it with pyarrow.feather.write_feather, version=2)");
        }
        // The allocator and the buffers the views hold live until the arena closes; one
        // cleanup action releases the buffers, then closes the allocator.
        // A valid uncompressed file needs about its own size; a corrupt one claiming huge
        // buffers meets this limit (an error) rather than exhausting memory.
        long limit = Math.max(64L << 20, 4 * Files.size(file));
        Owner owner = new Owner(new RootAllocator(limit));
        try {
            MemorySegment.NULL.reinterpret(1, arena, s -> owner.close());
        } catch (RuntimeException e) {
            owner.close();
            throw e;
        }
        try (SeekableByteChannel ch = Files.newByteChannel(file, StandardOpenOption.READ)) {
            return fileFormat ? readBatches(new ArrowFileReader(ch, owner.allocator), source, "arrow-file", arena, owner)
                    : readBatches(new ArrowStreamReader(ch, owner.allocator), source, "arrow-stream", arena, owner);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnsupportedOperationException u && String.valueOf(u.getMessage()).contains("DirectByteBuffer")) {
                owner.close();
                throw new IllegalStateException("reading Arrow IPC needs the JVM option "
                        + "--add-opens=java.base/java.nio=ALL-UNNAMED (Arrow wraps its memory in direct ByteBuffers): "
                        + e.getMessage(), e);
            }
            // Nothing read is handed out: free it now rather than when the arena closes.
            RuntimeException leak = owner.close();
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            IOException io = new IOException(source + ": not a readable Arrow IPC file (" + why + ")", e);
            if (leak != null) {
                io.addSuppressed(leak);
            }
            throw io;
        }
    }

    private static Table readBatches(ArrowReader reader, String source, String format, Arena arena, Owner owner)
            throws IOException {
        try (reader) {
            VectorSchemaRoot root = reader.getVectorSchemaRoot();
            List<Field> fields = root.getSchema().getFields();
            int k = fields.size();
            List<List<NumericArray>> chunks = new ArrayList<>();
            long[] nulls = new long[k];
            for (int j = 0; j < k; j++) {
                chunks.add(new ArrayList<>());
            }
            long rows = 0;
            int batches = 0;
            while (reader.loadNextBatch()) {
                batches++;
                rows += root.getRowCount();
                for (int j = 0; j < k; j++) {
                    FieldVector v = root.getVector(j);
                    if (!ArrowArrays.isSupported(v)) {
                        continue;
                    }
                    if (v.getValueCount() != root.getRowCount()) {
                        throw new IOException("column '" + v.getName() + "' has " + v.getValueCount()
                                + " values in a batch of " + root.getRowCount() + " rows");
                    }
                    int nc = v.getNullCount();
                    if (nc > 0) {
                        nulls[j] += nc;
                        chunks.get(j).add(ArrowArrays.toDoubles(v, arena));
                    } else {
                        chunks.get(j).add(ArrowArrays.wrapHeld(v, arena, owner.buffers));
                    }
                }
            }
            List<Column> out = new ArrayList<>();
            for (int j = 0; j < k; j++) {
                Field f = fields.get(j);
                boolean ok = ArrowArrays.isSupported(root.getVector(j));
                out.add(new Column(f.getName(), f.getType().toString(), chunks.get(j), nulls[j], ok));
            }
            return new Table(source, format, rows, batches, out);
        }
    }

    /** The allocator of one read and the buffers its views hold. */
    private static final class Owner {
        final BufferAllocator allocator;
        final ArrowArrays.BufferHolder buffers = new ArrowArrays.BufferHolder();
        private boolean closed;

        Owner(BufferAllocator allocator) {
            this.allocator = allocator;
        }

        /**
         * Releases the held buffers and closes the allocator. Returns (does not throw) the
         * allocator's complaint if Arrow itself kept a buffer: its reader can leave one
         * behind when it fails on a corrupt file.
         */
        synchronized RuntimeException close() {
            if (closed) {
                return null;
            }
            closed = true;
            buffers.releaseAll();
            try {
                allocator.close();
                return null;
            } catch (IllegalStateException leak) {
                return leak;
            }
        }
    }
}
