package org.kernels4j.cli;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kernels4j.DoubleArray;
import org.kernels4j.FloatArray;

/**
 * NumPy {@code .npy} files (format versions 1.0, 2.0, 3.0): 1-D and 2-D arrays of little-endian
 * float64, float32, int32 or int64 in C order, memory-mapped. The header dictionary is parsed
 * as the Python literal it is (strings, booleans, integers, tuples), not matched with a
 * pattern.
 */
final class NpyFile {
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};

    /** A parsed header: element kind, shape, and where the data starts. */
    record Header(DataColumn.Kind kind, String descr, long[] shape, long dataOffset) {
        long elements() {
            long n = 1;
            for (long s : shape) {
                n = Math.multiplyExact(n, s);
            }
            return n;
        }

        String shapeString() {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < shape.length; i++) {
                sb.append(i > 0 ? ", " : "").append(shape[i]);
            }
            return sb.append(shape.length == 1 ? ",)" : ")").toString();
        }
    }

    private NpyFile() {
    }

    /** Reads and checks the header of {@code file}; the problem goes in a {@link UsageException} naming the file. */
    static Header readHeader(Path file, FileChannel ch) throws IOException {
        long size = ch.size();
        ByteBuffer pre = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        while (pre.hasRemaining() && ch.read(pre, pre.position()) > 0) {
            // read what is there
        }
        if (pre.position() < 6 || !startsWithMagic(pre.array())) {
            throw UsageException.file(file, "not a NumPy .npy file (wrong magic bytes)");
        }
        if (pre.position() < 10) {
            throw UsageException.file(file, "truncated .npy header");
        }
        int major = pre.get(6) & 0xff;
        int minor = pre.get(7) & 0xff;
        long headerLen;
        int lenBytes;
        if (major == 1) {
            headerLen = pre.getShort(8) & 0xffff;
            lenBytes = 2;
        } else if (major == 2 || major == 3) {
            if (pre.position() < 12) {
                throw UsageException.file(file, "truncated .npy header");
            }
            headerLen = pre.getInt(8) & 0xffffffffL;
            lenBytes = 4;
        } else {
            throw UsageException.file(file, "unsupported .npy format version " + major + "." + minor);
        }
        long dataOffset = 8 + lenBytes + headerLen;
        if (dataOffset > size) {
            throw UsageException.file(file, "truncated .npy header (header says " + headerLen + " bytes, file has "
                    + size + " bytes)");
        }
        if (headerLen > 1 << 20) {
            throw UsageException.file(file, "implausible .npy header length " + headerLen);
        }
        ByteBuffer hb = ByteBuffer.allocate((int) headerLen);
        long pos = 8 + lenBytes;
        while (hb.hasRemaining()) {
            int r = ch.read(hb, pos + hb.position());
            if (r < 0) {
                throw UsageException.file(file, "truncated .npy header");
            }
        }
        String text = new String(hb.array(), major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        Map<String, Object> dict;
        try {
            Object parsed = new PyLiteral(text).parseTop();
            if (!(parsed instanceof Map<?, ?> m)) {
                throw new IllegalArgumentException("the header is not a dictionary");
            }
            dict = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                dict.put(String.valueOf(e.getKey()), e.getValue());
            }
        } catch (IllegalArgumentException e) {
            throw UsageException.file(file, "malformed .npy header: " + e.getMessage());
        }
        Object descr = dict.get("descr");
        Object fortran = dict.get("fortran_order");
        Object shapeObj = dict.get("shape");
        if (descr == null || fortran == null || shapeObj == null) {
            throw UsageException.file(file, "malformed .npy header: needs descr, fortran_order and shape");
        }
        if (!(descr instanceof String d)) {
            throw UsageException.file(file, "unsupported dtype: structured array " + descr);
        }
        if (!(fortran instanceof Boolean fo)) {
            throw UsageException.file(file, "malformed .npy header: fortran_order is " + fortran);
        }
        if (fo) {
            throw UsageException.file(file, "Fortran-order arrays are not supported (save with np.ascontiguousarray)");
        }
        DataColumn.Kind kind = kindOf(file, d);
        if (!(shapeObj instanceof List<?> shapeList)) {
            throw UsageException.file(file, "malformed .npy header: shape is " + shapeObj);
        }
        if (shapeList.isEmpty() || shapeList.size() > 2) {
            throw UsageException.file(file, "unsupported shape: " + shapeList.size()
                    + "-D array (1-D and 2-D are supported)");
        }
        long[] shape = new long[shapeList.size()];
        for (int i = 0; i < shape.length; i++) {
            if (!(shapeList.get(i) instanceof Long l) || l < 0) {
                throw UsageException.file(file, "malformed .npy header: shape " + shapeList);
            }
            shape[i] = l;
        }
        Header h = new Header(kind, d, shape, dataOffset);
        long bytes;
        try {
            bytes = Math.multiplyExact(h.elements(), kind.size);
        } catch (ArithmeticException e) {
            throw UsageException.file(file, "malformed .npy header: shape " + h.shapeString() + " is too large");
        }
        if (size - dataOffset < bytes) {
            throw UsageException.file(file, "truncated: shape " + h.shapeString() + " of " + d + " needs " + bytes
                    + " bytes of data, the file has " + (size - dataOffset));
        }
        return h;
    }

    private static boolean startsWithMagic(byte[] b) {
        for (int i = 0; i < MAGIC.length; i++) {
            if (b[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    static DataColumn.Kind kindOf(Path file, String descr) {
        if (descr.length() < 2) {
            throw UsageException.file(file, "unsupported dtype '" + descr + "'");
        }
        char order = descr.charAt(0);
        String t = descr.substring(1);
        if (order == '>') {
            throw UsageException.file(file, "unsupported dtype '" + descr + "': big-endian (use little-endian, e.g. x.astype('<f8'))");
        }
        if (order != '<' && order != '=' && order != '|') {
            throw UsageException.file(file, "unsupported dtype '" + descr + "'");
        }
        return switch (t) {
            case "f8" -> DataColumn.Kind.F64;
            case "f4" -> DataColumn.Kind.F32;
            case "i4" -> DataColumn.Kind.I32;
            case "i8" -> DataColumn.Kind.I64;
            default -> throw UsageException.file(file, "unsupported dtype '" + descr
                    + "' (supported: float64, float32, int32, int64)");
        };
    }

    /** Opens a .npy file as columns over a read-only mapping owned by {@code arena}. */
    static InputData open(Path file, Arena arena) throws IOException {
        Header h;
        MemorySegment seg;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            h = readHeader(file, ch);
            seg = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size(), arena);
        }
        long rows = h.shape()[0];
        int cols = h.shape().length == 2 ? (int) Math.min(Integer.MAX_VALUE, h.shape()[1]) : 1;
        if (h.shape().length == 2 && h.shape()[1] > 100_000) {
            throw UsageException.file(file, "too many columns (" + h.shape()[1] + ")");
        }
        List<DataColumn> columns = new ArrayList<>();
        boolean aligned = h.dataOffset() % h.kind().size == 0;
        long n = h.elements();
        if (cols == 1 && aligned && h.kind() == DataColumn.Kind.F64) {
            columns.add(new DataColumn.Contiguous("0", "float64",
                    DoubleArray.mapFile(file, h.dataOffset(), n, FileChannel.MapMode.READ_ONLY, arena)));
        } else if (cols == 1 && aligned && h.kind() == DataColumn.Kind.F32) {
            columns.add(new DataColumn.Contiguous("0", "float32",
                    FloatArray.mapFile(file, h.dataOffset(), n, FileChannel.MapMode.READ_ONLY, arena)));
        } else {
            long stride = (long) cols * h.kind().size;
            for (int c = 0; c < cols; c++) {
                columns.add(new DataColumn.Strided(String.valueOf(c), seg, h.dataOffset() + (long) c * h.kind().size,
                        stride, rows, h.kind()));
            }
        }
        String detail = h.kind().numpy + ", shape " + h.shapeString() + ", memory-mapped";
        return new InputData(file.toString(), "npy", detail, rows, columns, List.of());
    }
}
