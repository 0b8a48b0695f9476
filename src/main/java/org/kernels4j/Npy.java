package org.kernels4j;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

/**
 * NumPy {@code .npy} files: read, map and write.
 *
 * <p><b>What is read.</b> Format versions 1.0, 2.0 and 3.0; element types f8, f4, i8, i4, u1
 * and b1 ({@link NpyHeader.Type}: u1 and b1 are widened to {@code int}); either byte order
 * (big-endian elements are byte-swapped); C or Fortran order; any number of dimensions up to
 * {@value #MAX_DIMENSIONS}, including 0-d scalars and empty arrays. Everything else is an
 * {@link NpyFormatException} naming the file and the problem: object arrays, structured,
 * string, unicode, complex, datetime and other element types, a wrong magic string, an
 * unknown version, a header longer than {@value #MAX_HEADER_LENGTH} bytes (NumPy's own
 * {@code np.load} limit) or longer than the file, a malformed dictionary, a negative
 * dimension, a shape whose size overflows, data shorter than the shape, and <em>trailing
 * bytes after the data</em> (NumPy's {@code np.load} ignores those; here a file holds exactly
 * one array, so a shape that does not match the file is caught). The header is parsed by a
 * loop, never by recursion, and its length is capped before it is read, so a hostile header
 * costs at most that much work. Messages escape control characters.
 *
 * <p><b>Safe reading.</b> {@link #read} copies the data with positional reads
 * ({@link FileChannel#read(ByteBuffer, long)}) into memory of the caller's arena, a chunk at
 * a time: if another process truncates the file meanwhile the read sees the end early and
 * throws, and if it rewrites the file (a changed size or modification time once the read is
 * done) the read throws too. The resulting array belongs to the process, so the native
 * kernels can never fault on it. {@link #map} instead hands out the file's pages; see there.
 *
 * <p>Non-regular files (directories, FIFOs, devices, sockets) are refused before they are
 * opened, so a FIFO cannot block the caller and {@code /dev/zero} is not read forever.
 *
 * <p>Interrupting a thread blocked in one of these methods closes the file channel and
 * gives a {@link java.nio.channels.ClosedByInterruptException} (an {@link IOException}).
 */
public final class Npy {
    /** The longest header dictionary accepted, in bytes: NumPy's {@code np.load} default limit. */
    public static final int MAX_HEADER_LENGTH = 10_000;
    /** The most dimensions accepted: NumPy's limit. */
    public static final int MAX_DIMENSIONS = 64;

    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** Bytes per positional read and per conversion buffer. */
    static final int CHUNK_BYTES = 8 << 20;

    private Npy() {
    }

    // ---- header --------------------------------------------------------------------------

    /**
     * Reads and checks the header of a {@code .npy} file, and that the file is as long as the
     * header says.
     *
     * @param file the file
     * @return the header
     * @throws NpyFormatException if the file is not a supported {@code .npy} array (see the class comment)
     * @throws IOException if the file cannot be read
     */
    public static NpyHeader readHeader(Path file) throws IOException {
        try (FileChannel ch = openRegular(file, false)) {
            return readHeader(file, ch, ch.size());
        }
    }

    /** Opens a regular file; anything else is refused before it is opened. */
    static FileChannel openRegular(Path file, boolean write) throws IOException {
        Objects.requireNonNull(file, "file");
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        if (!a.isRegularFile()) {
            throw new NpyFormatException(file, describeNonRegular(file, a) + ", not a regular file");
        }
        return write ? FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)
                : FileChannel.open(file, StandardOpenOption.READ);
    }

    /** "a directory", "a FIFO (named pipe)", "a character device", ... */
    static String describeNonRegular(Path file, BasicFileAttributes a) {
        if (a.isDirectory()) {
            return "is a directory";
        }
        try {
            Object mode = Files.getAttribute(file, "unix:mode");
            if (mode instanceof Integer m) {
                return switch (m & 0170000) {
                    case 0010000 -> "is a FIFO (named pipe)";
                    case 0020000 -> "is a character device";
                    case 0060000 -> "is a block device";
                    case 0140000 -> "is a socket";
                    default -> "is a special file";
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // fall through: the type stays unnamed
        }
        return "is a special file";
    }

    static NpyHeader readHeader(Path file, FileChannel ch, long size) throws IOException {
        byte[] pre = new byte[12];
        int got = readAt(ch, ByteBuffer.wrap(pre, 0, (int) Math.min(12, size)), 0);
        if (got < MAGIC.length || !startsWithMagic(pre)) {
            throw new NpyFormatException(file, "not a NumPy .npy file (wrong magic bytes)");
        }
        if (got < 10) {
            throw new NpyFormatException(file, "truncated .npy header (" + size + " bytes)");
        }
        int major = pre[6] & 0xff;
        int minor = pre[7] & 0xff;
        long headerLen;
        int lenBytes;
        if (major == 1 && minor == 0) {
            headerLen = (pre[8] & 0xff) | (pre[9] & 0xff) << 8;
            lenBytes = 2;
        } else if ((major == 2 || major == 3) && minor == 0) {
            if (got < 12) {
                throw new NpyFormatException(file, "truncated .npy header (" + size + " bytes)");
            }
            headerLen = ByteBuffer.wrap(pre, 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xffffffffL;
            lenBytes = 4;
        } else {
            throw new NpyFormatException(file, "unsupported .npy format version " + major + "." + minor
                    + " (1.0, 2.0 and 3.0 are supported)");
        }
        if (headerLen > MAX_HEADER_LENGTH) {
            throw new NpyFormatException(file, "header of " + headerLen + " bytes is longer than the limit of "
                    + MAX_HEADER_LENGTH + " (NumPy's np.load limit)");
        }
        long dataOffset = 8 + lenBytes + headerLen;
        if (dataOffset > size) {
            throw new NpyFormatException(file, "truncated .npy header (the header says " + headerLen
                    + " bytes, the file has " + size + " bytes in all)");
        }
        ByteBuffer hb = ByteBuffer.allocate((int) headerLen);
        if (readAt(ch, hb, 8 + lenBytes) < headerLen) {
            throw new NpyFormatException(file, "truncated .npy header (the file shrank while it was read)");
        }
        String text;
        if (major == 3) {
            try {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(hb.flip()).toString();
            } catch (CharacterCodingException e) {
                throw new NpyFormatException(file, "malformed .npy header: not UTF-8");
            }
        } else {
            text = new String(hb.array(), StandardCharsets.ISO_8859_1);
        }
        NpyHeaderParser.Dict d;
        try {
            d = NpyHeaderParser.parse(text, MAX_DIMENSIONS);
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw new NpyFormatException(file, m.startsWith("unsupported") ? m : "malformed .npy header: " + m);
        }
        NpyHeader.Type type;
        boolean bigEndian;
        String descr = d.descr();
        String code = descr;
        char order = descr.isEmpty() ? '?' : descr.charAt(0);
        if (order == '<' || order == '>' || order == '|' || order == '=') {
            code = descr.substring(1);
        } else {
            order = '=';
        }
        type = typeOf(code);
        if (type == null) {
            throw new NpyFormatException(file, "unsupported dtype '" + Printable.excerpt(descr, 40) + "'"
                    + kindHint(code) + " (supported: f8, f4, i8, i4, u1, b1)");
        }
        if (type.itemSize() == 1) {
            bigEndian = false;
        } else if (order == '|') {
            throw new NpyFormatException(file, "unsupported dtype '" + Printable.excerpt(descr, 40)
                    + "': no byte order for a " + type.itemSize() + "-byte type");
        } else {
            bigEndian = order == '>' || (order == '=' && ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN);
        }
        NpyHeader h;
        try {
            h = new NpyHeader(major, minor, descr, type, bigEndian, d.fortranOrder(), d.shape(), dataOffset);
        } catch (IllegalArgumentException e) {
            throw new NpyFormatException(file, "malformed .npy header: " + e.getMessage());
        }
        long have = size - dataOffset;
        long need = h.dataBytes();
        if (have < need) {
            throw new NpyFormatException(file, "truncated: shape " + h.shapeString() + " of " + Printable.escape(descr)
                    + " needs " + need + " bytes of data, the file has " + have);
        }
        if (have > need) {
            throw new NpyFormatException(file, (have - need) + " bytes of trailing data after the " + need
                    + " bytes that shape " + h.shapeString() + " of " + Printable.escape(descr) + " needs");
        }
        return h;
    }

    private static NpyHeader.Type typeOf(String code) {
        return switch (code) {
            case "f8", "d" -> NpyHeader.Type.FLOAT64;
            case "f4", "f" -> NpyHeader.Type.FLOAT32;
            case "i8", "q" -> NpyHeader.Type.INT64;
            case "i4", "i" -> NpyHeader.Type.INT32;
            case "u1", "B" -> NpyHeader.Type.UINT8;
            case "b1", "?" -> NpyHeader.Type.BOOL;
            default -> null;
        };
    }

    private static String kindHint(String code) {
        if (code.isEmpty()) {
            return "";
        }
        return switch (code.charAt(0)) {
            case 'O' -> ": object array (pickled Python objects are never loaded)";
            case 'U' -> ": unicode strings";
            case 'S', 'a' -> ": byte strings";
            case 'c' -> ": complex";
            case 'V' -> ": raw or structured records";
            case 'M', 'm' -> ": datetime";
            default -> "";
        };
    }

    private static boolean startsWithMagic(byte[] b) {
        for (int k = 0; k < MAGIC.length; k++) {
            if (b[k] != MAGIC[k]) {
                return false;
            }
        }
        return true;
    }

    /** Reads until {@code dst} is full or the file ends; the bytes read. */
    private static int readAt(FileChannel ch, ByteBuffer dst, long pos) throws IOException {
        int total = 0;
        while (dst.hasRemaining()) {
            int r = ch.read(dst, pos + total);
            if (r < 0) {
                break;
            }
            total += r;
        }
        return total;
    }

    // ---- read ----------------------------------------------------------------------------

    /**
     * Reads a {@code .npy} file into a new array in {@code arena} (off the Java heap), by
     * positional reads: the safe way to read a file another process may change (see the class
     * comment). The elements come out in C order (a Fortran-order file is reordered) and in
     * native byte order.
     *
     * @param file the file
     * @param arena owns the array's memory
     * @return the header and the elements
     * @throws NpyFormatException if the file is not a supported {@code .npy} array, or was
     *     truncated or rewritten while it was read
     * @throws IOException if the file cannot be read
     * @throws IllegalStateException if the arena is closed
     */
    public static NpyArray read(Path file, Arena arena) throws IOException {
        Objects.requireNonNull(arena, "arena");
        try (FileChannel ch = openRegular(file, false)) {
            FileStamp before = FileStamp.of(file, ch);
            NpyHeader h = readHeader(file, ch, before.size);
            NumericArray out = allocate(arena, h.type().arrayType(), h.elementCount());
            readData(file, ch, h, out.segment());
            before.checkUnchanged(file, ch);
            return new NpyArray(h, out, false, false);
        }
    }

    /**
     * Reads a 2-D float64 or float32 {@code .npy} file as a C-order matrix in {@code arena}
     * ({@link #read} then {@link NpyArray#matrix()}).
     *
     * @param file the file
     * @param arena owns the matrix's memory
     * @return a {@link DoubleMatrix} or {@link FloatMatrix} of the file's shape
     * @throws NpyFormatException as {@link #read}, and if the array is not a 2-D float64 or float32 array
     * @throws IOException if the file cannot be read
     */
    public static NumericMatrix readMatrix(Path file, Arena arena) throws IOException {
        NpyHeader h = readHeader(file);
        if (h.ndim() != 2 || (h.type() != NpyHeader.Type.FLOAT64 && h.type() != NpyHeader.Type.FLOAT32)) {
            throw new NpyFormatException(file, "not a matrix: shape " + h.shapeString() + " of "
                    + Printable.escape(h.descr()) + " (a matrix is 2-D float64 or float32)");
        }
        return read(file, arena).matrix();
    }

    /**
     * Reads a {@code .npy} file of any supported type into a Java {@code double[]} in C order
     * (int64 values beyond 2^53 are rounded, as a cast rounds them).
     *
     * @param file the file
     * @return the elements as doubles
     * @throws NpyFormatException as {@link #read}, and if the array has more than
     *     {@code Integer.MAX_VALUE - 8} elements
     * @throws IOException if the file cannot be read
     */
    public static double[] readDoubles(Path file) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            NpyHeader h = readHeader(file);
            if (h.elementCount() > Integer.MAX_VALUE - 8) {
                throw new NpyFormatException(file, "shape " + h.shapeString() + " has too many elements for a Java array");
            }
            NumericArray a = read(file, arena).data();
            double[] out = new double[(int) a.length()];
            for (int k = 0; k < out.length; k++) {
                out[k] = a.getAsDouble(k);
            }
            return out;
        }
    }

    /**
     * Memory for the data: the typed arrays' allocator (2 MiB-aligned huge-page mappings from
     * 4 MiB up). A read touches every page of fresh memory once; with 4 KiB pages that is 512
     * times as many page faults, which on a virtual machine cost more than the read itself.
     */
    private static NumericArray allocate(Arena arena, DType t, long n) {
        return switch (t) {
            case F64 -> DoubleArray.allocate(arena, n);
            case F32 -> FloatArray.allocate(arena, n);
            case I64 -> LongArray.allocate(arena, n);
            case I32 -> IntArray.allocate(arena, n);
        };
    }

    /**
     * Receives the chunks of {@link #forEachChunk}.
     */
    @FunctionalInterface
    public interface ChunkVisitor {
        /**
         * Called once per chunk, in file order.
         *
         * @param chunk the elements (a {@link DoubleArray}, {@link FloatArray}, {@link LongArray}
         *     or {@link IntArray} as {@link NpyHeader.Type#arrayType()} says); valid only during
         *     the call: the next chunk overwrites it
         * @param firstElement the index, in file order, of the chunk's first element
         * @throws IOException to stop the read; it is rethrown by {@code forEachChunk}
         */
        void visit(NumericArray chunk, long firstElement) throws IOException;
    }

    /**
     * Streams a {@code .npy} file through one reused off-heap chunk: the safe way to run a
     * computation that goes chunk by chunk (sums, moments, histograms with a given range) over
     * a file of any size, with memory bounded by the chunk. Elements come in file order (a
     * Fortran-order file's first index varies fastest), in native byte order, u1/b1 widened to
     * int as {@link #read} does. A truncation while streaming throws as soon as a read meets
     * the early end; a rewrite is detected after the last chunk, so the visitor may have seen
     * chunks of a file that then turns out to have changed.
     *
     * @param file the file
     * @param chunkElements elements per chunk, at least 1 (the last chunk may be shorter)
     * @param visitor called once per chunk
     * @return the header
     * @throws IllegalArgumentException if chunkElements is less than 1
     * @throws NpyFormatException as {@link #read}
     * @throws IOException if the file cannot be read, or what the visitor threw
     */
    public static NpyHeader forEachChunk(Path file, int chunkElements, ChunkVisitor visitor) throws IOException {
        Objects.requireNonNull(visitor, "visitor");
        if (chunkElements < 1) {
            throw new IllegalArgumentException("chunkElements must be at least 1, got " + chunkElements);
        }
        try (FileChannel ch = openRegular(file, false); Arena arena = Arena.ofConfined()) {
            FileStamp before = FileStamp.of(file, ch);
            NpyHeader h = readHeader(file, ch, before.size);
            long n = h.elementCount();
            int per = (int) Math.min(chunkElements, Math.max(1, n));
            NumericArray chunk = allocate(arena, h.type().arrayType(), per);
            int item = h.type().itemSize();
            NpyHeader flat = new NpyHeader(h.majorVersion(), h.minorVersion(), h.descr(), h.type(), h.bigEndian(), false,
                    new long[] {per}, 0);
            for (long first = 0; first < n; first += per) {
                int count = (int) Math.min(per, n - first);
                NpyHeader part = count == per ? flat : new NpyHeader(h.majorVersion(), h.minorVersion(), h.descr(),
                        h.type(), h.bigEndian(), false, new long[] {count}, 0);
                readData(file, ch, part, h.dataOffset() + first * item, h.dataOffset() + h.dataBytes(),
                        chunk.segment());
                visitor.visit(chunk.slice(0, count), first);
            }
            before.checkUnchanged(file, ch);
            return h;
        }
    }

    private static NumericArray wrap(DType t, MemorySegment s) {
        return switch (t) {
            case F64 -> DoubleArray.wrap(s);
            case F32 -> FloatArray.wrap(s);
            case I64 -> LongArray.wrap(s);
            case I32 -> IntArray.wrap(s);
        };
    }

    private static NpyFormatException shrank(Path file, long at, long expected) {
        return new NpyFormatException(file, "the file ended at byte " + at + " while it was read (it had "
                + expected + " bytes): truncated by another process");
    }

    static void readData(Path file, FileChannel ch, NpyHeader h, MemorySegment dst) throws IOException {
        readData(file, ch, h, h.dataOffset(), h.dataOffset() + h.dataBytes(), dst);
    }

    /** Reads the {@code h.dataBytes()} bytes at {@code pos} (of a file whose data ends at {@code end}) into dst. */
    static void readData(Path file, FileChannel ch, NpyHeader h, long pos, long end, MemorySegment dst)
            throws IOException {
        long bytes = h.dataBytes();
        boolean reorder = h.fortranOrder() && h.ndim() > 1;
        boolean direct = !reorder && !h.bigEndian() && h.type().itemSize() == h.type().arrayType().byteSize()
                && ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
        if (direct) {
            for (long off = 0; off < bytes; ) {
                long len = Math.min(CHUNK_BYTES, bytes - off);
                ByteBuffer bb = dst.asSlice(off, len).asByteBuffer();
                int got = readAt(ch, bb, pos + off);
                if (got < len) {
                    throw shrank(file, pos + off + got, end);
                }
                off += len;
            }
            return;
        }
        int item = h.type().itemSize();
        ByteBuffer buf = ByteBuffer.allocateDirect((int) Math.min(CHUNK_BYTES - CHUNK_BYTES % 8, Math.max(8, bytes)))
                .order(h.bigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        Odometer od = reorder ? new Odometer(h.shape()) : null;
        long k = 0; // element index in file order
        for (long off = 0; off < bytes; ) {
            int len = (int) Math.min(buf.capacity(), bytes - off);
            buf.clear().limit(len);
            int got = readAt(ch, buf, pos + off);
            if (got < len) {
                throw shrank(file, pos + off + got, end);
            }
            int count = len / item;
            for (int j = 0; j < count; j++, k++) {
                long at = od == null ? k : od.next();
                int b = j * item;
                switch (h.type()) {
                    case FLOAT64 -> dst.setAtIndex(ValueLayout.JAVA_DOUBLE, at, buf.getDouble(b));
                    case FLOAT32 -> dst.setAtIndex(ValueLayout.JAVA_FLOAT, at, buf.getFloat(b));
                    case INT64 -> dst.setAtIndex(ValueLayout.JAVA_LONG, at, buf.getLong(b));
                    case INT32 -> dst.setAtIndex(ValueLayout.JAVA_INT, at, buf.getInt(b));
                    case UINT8 -> dst.setAtIndex(ValueLayout.JAVA_INT, at, buf.get(b) & 0xff);
                    case BOOL -> dst.setAtIndex(ValueLayout.JAVA_INT, at, buf.get(b) != 0 ? 1 : 0);
                }
            }
            off += len;
        }
    }

    /** Walks a Fortran-order array in file order, giving each element's C-order index. */
    private static final class Odometer {
        private final long[] shape;
        private final long[] cStride;
        private final long[] idx;
        private long c;
        private boolean started;

        Odometer(long[] shape) {
            this.shape = shape;
            this.cStride = new long[shape.length];
            this.idx = new long[shape.length];
            long s = 1;
            for (int d = shape.length - 1; d >= 0; d--) {
                cStride[d] = s;
                s *= shape[d];
            }
        }

        long next() {
            if (!started) {
                started = true;
                return 0;
            }
            int d = 0;
            idx[0]++;
            c += cStride[0];
            while (idx[d] == shape[d] && d < shape.length - 1) {
                c -= shape[d] * cStride[d];
                idx[d] = 0;
                d++;
                idx[d]++;
                c += cStride[d];
            }
            return c;
        }
    }

    /** Size, modification time and identity of a file when a read began. */
    private record FileStamp(long size, FileTime modified, Object key) {
        static FileStamp of(Path file, FileChannel ch) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new FileStamp(ch.size(), a.lastModifiedTime(), a.fileKey());
        }

        void checkUnchanged(Path file, FileChannel ch) throws IOException {
            long now = ch.size();
            if (now != size) {
                throw new NpyFormatException(file, "the file changed size while it was read (" + size + " bytes, then "
                        + now + "): rewritten or truncated by another process");
            }
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                return; // removed or renamed away: the open channel read the file it opened
            }
            if (Objects.equals(a.fileKey(), key) && !a.lastModifiedTime().equals(modified)) {
                throw new NpyFormatException(file, "the file was modified while it was read: rewritten by another process");
            }
        }
    }

    // ---- map -----------------------------------------------------------------------------

    /**
     * Maps the data of a {@code .npy} file into memory, without copying it.
     *
     * <p><b>Hazard:</b> the array is the file's pages. When a kernel (native code) reads them
     * and another process truncates the file, the operating system raises SIGBUS and the JVM
     * dies; a rewrite changes the values under a running kernel. Java code that reads a
     * truncated mapping through {@link MemorySegment} gets an {@link InternalError} instead, but
     * the kernels run in C. Map only files no other process changes (your own files, read-only
     * data sets); for anything else use {@link #read}, which copies the data with positional
     * reads and fails with an {@link NpyFormatException} if the file changes.
     *
     * <p>Only data the kernels can use in place can be mapped: f8, f4, i8 or i4 elements in
     * native byte order, aligned in the file to their size (NumPy aligns data to 64 bytes).
     * Fortran-order arrays keep the file's order ({@link NpyArray#isFortranOrder()}).
     *
     * @param file the file
     * @param mode {@link FileChannel.MapMode#READ_ONLY}, or {@link FileChannel.MapMode#READ_WRITE}
     *     to change the file through the array
     * @param arena owns the mapping: closing it unmaps the file
     * @return the header and the mapped elements
     * @throws NpyFormatException if the file is not a supported {@code .npy} array, or its data
     *     cannot be used in place (u1/b1, big-endian, misaligned): read it with {@link #read}
     * @throws IllegalArgumentException if mode is PRIVATE
     * @throws IOException if the file cannot be opened or mapped
     */
    public static NpyArray map(Path file, FileChannel.MapMode mode, Arena arena) throws IOException {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(arena, "arena");
        if (mode != FileChannel.MapMode.READ_ONLY && mode != FileChannel.MapMode.READ_WRITE) {
            throw new IllegalArgumentException("mode must be READ_ONLY or READ_WRITE");
        }
        try (FileChannel ch = openRegular(file, mode == FileChannel.MapMode.READ_WRITE)) {
            NpyHeader h = readHeader(file, ch, ch.size());
            NpyHeader.Type t = h.type();
            if (t.itemSize() != t.arrayType().byteSize()) {
                throw new NpyFormatException(file, "cannot map " + t.code() + " elements (they are widened to int32); "
                        + "read the file with Npy.read");
            }
            if (h.bigEndian() != (ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN)) {
                throw new NpyFormatException(file, "cannot map data in non-native byte order ('"
                        + Printable.escape(h.descr()) + "'); read the file with Npy.read, which swaps the bytes");
            }
            if (h.dataOffset() % t.itemSize() != 0) {
                throw new NpyFormatException(file, "cannot map: the data starts at byte " + h.dataOffset()
                        + ", not aligned to " + t.itemSize() + " bytes; read the file with Npy.read");
            }
            MemorySegment seg = h.dataBytes() == 0 ? arena.allocate(0, 8)
                    : ch.map(mode, h.dataOffset(), h.dataBytes(), arena);
            return new NpyArray(h, wrap(t.arrayType(), seg), true, h.fortranOrder() && h.ndim() > 1);
        }
    }

    // ---- write ---------------------------------------------------------------------------

    /**
     * Writes an array as a {@code .npy} file (format 1.0, C order, native byte order, the
     * array's element type), replacing {@code file}. The data goes to a temporary file in
     * the same directory that is then renamed over {@code file}, so a reader sees the old file
     * or the new one, never half of one.
     *
     * @param file the file to write
     * @param data the elements, in C order
     * @param shape the dimensions; none means 1-D of {@code data.length()}
     * @throws IllegalArgumentException if a dimension is negative or the shape's element
     *     count differs from {@code data.length()}
     * @throws IllegalStateException if the array's arena is closed
     * @throws IOException if the file cannot be written (nothing is left behind)
     */
    public static void write(Path file, NumericArray data, long... shape) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(shape, "shape");
        long[] s = shape.length == 0 ? new long[] {data.length()} : shape.clone();
        if (s.length > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("more than " + MAX_DIMENSIONS + " dimensions");
        }
        long n = 1;
        for (long d : s) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension " + d);
            }
            n = d == 0 || n == 0 ? 0 : (n > Long.MAX_VALUE / d ? -1 : n * d);
            if (n < 0) {
                throw new IllegalArgumentException("shape is too large");
            }
        }
        if (n != data.length()) {
            throw new IllegalArgumentException("shape holds " + n + " elements, the array " + data.length());
        }
        if (!data.isAlive()) {
            throw new IllegalStateException("the array's arena is closed");
        }
        NpyHeader.Type t = NpyHeader.Type.of(data.dtype());
        writeFile(file, header(t, false, s), (ch, buf) -> writeSegment(ch, buf, data.segment()));
    }

    /**
     * Writes a matrix as a 2-D {@code .npy} file (format 1.0, C order, native byte order),
     * replacing {@code file} as {@link #write(Path, NumericArray, long...)} does.
     *
     * @param file the file to write
     * @param matrix the matrix (any leading dimension)
     * @throws IllegalStateException if the matrix's arena is closed
     * @throws IOException if the file cannot be written (nothing is left behind)
     */
    public static void write(Path file, NumericMatrix matrix) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(matrix, "matrix");
        if (!matrix.isAlive()) {
            throw new IllegalStateException("the matrix's arena is closed");
        }
        NpyHeader.Type t = NpyHeader.Type.of(matrix.dtype());
        long rows = matrix.rows();
        long cols = matrix.cols();
        long es = t.itemSize();
        writeFile(file, header(t, false, new long[] {rows, cols}), (ch, buf) -> {
            if (matrix.isContiguous()) {
                writeSegment(ch, buf, matrix.segment());
                return;
            }
            for (long r = 0; r < rows; r++) {
                writeSegment(ch, buf, matrix.segment().asSlice(r * matrix.leadingDimension() * es, cols * es));
            }
        });
    }

    private interface Body {
        void write(FileChannel ch, ByteBuffer buf) throws IOException;
    }

    private static void writeFile(Path file, byte[] header, Body body) throws IOException {
        Path abs = file.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        boolean done = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer hb = ByteBuffer.wrap(header);
                while (hb.hasRemaining()) {
                    ch.write(hb);
                }
                body.write(ch, ByteBuffer.allocateDirect(1 << 20));
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void writeSegment(FileChannel ch, ByteBuffer buf, MemorySegment src) throws IOException {
        MemorySegment b = MemorySegment.ofBuffer(buf.clear());
        long size = src.byteSize();
        for (long off = 0; off < size; ) {
            int len = (int) Math.min(buf.capacity(), size - off);
            MemorySegment.copy(src, ValueLayout.JAVA_BYTE, off, b, ValueLayout.JAVA_BYTE, 0, len);
            buf.clear().limit(len);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            off += len;
        }
    }

    /** Magic, version and the header dictionary padded with spaces to a multiple of 64 bytes. */
    static byte[] header(NpyHeader.Type t, boolean fortran, long[] shape) {
        char order = t.itemSize() == 1 ? '|' : ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN ? '<' : '>';
        StringBuilder dict = new StringBuilder("{'descr': '").append(order).append(t.code())
                .append("', 'fortran_order': ").append(fortran ? "True" : "False").append(", 'shape': (");
        for (int k = 0; k < shape.length; k++) {
            dict.append(k > 0 ? ", " : "").append(shape[k]);
        }
        dict.append(shape.length == 1 ? ",), }" : "), }");
        int version = dict.length() + 1 + 10 > 65535 ? 2 : 1;
        int prefix = version == 1 ? 10 : 12;
        int total = prefix + dict.length() + 1;
        int padded = (total + 63) / 64 * 64;
        while (dict.length() + prefix + 1 < padded) {
            dict.append(' ');
        }
        dict.append('\n');
        byte[] text = dict.toString().getBytes(StandardCharsets.ISO_8859_1);
        ByteBuffer out = ByteBuffer.allocate(prefix + text.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(MAGIC).put((byte) version).put((byte) 0);
        if (version == 1) {
            out.putShort((short) text.length);
        } else {
            out.putInt(text.length);
        }
        out.put(text);
        return out.array();
    }
}
