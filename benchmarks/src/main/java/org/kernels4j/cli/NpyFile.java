package org.kernels4j.cli;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kernels4j.DType;
import org.kernels4j.Npy;
import org.kernels4j.NpyArray;
import org.kernels4j.NpyFormatException;
import org.kernels4j.NpyHeader;
import org.kernels4j.NumericArray;

/**
 * NumPy {@code .npy} files through the library's {@link Npy#read}: 1-D and 2-D arrays of any
 * type and order it reads, copied by positional reads into off-heap memory (never mapped, so
 * a file truncated by another process is an error, not a crash).
 */
final class NpyFile implements InputFormat {
    static final int MAX_COLUMNS = 100_000;

    @Override
    public String name() {
        return "npy";
    }

    @Override
    public List<String> extensions() {
        return List.of(".npy");
    }

    @Override
    public boolean matchesMagic(byte[] head, int length) {
        return length >= 6 && (head[0] & 0xff) == 0x93 && head[1] == 'N' && head[2] == 'U' && head[3] == 'M'
                && head[4] == 'P' && head[5] == 'Y';
    }

    static String label(NpyHeader.Type t) {
        return switch (t) {
            case FLOAT64 -> "float64";
            case FLOAT32 -> "float32";
            case INT64 -> "int64";
            case INT32 -> "int32";
            case UINT8 -> "uint8";
            case BOOL -> "bool";
        };
    }

    @Override
    public InputData open(Path file, Arena arena, ProgressBar progress) throws IOException {
        NpyHeader h;
        try {
            h = Npy.readHeader(file);
            if (h.ndim() < 1 || h.ndim() > 2) {
                throw UsageException.file(file, "unsupported shape " + h.shapeString() + ": " + h.ndim()
                        + "-D array (1-D and 2-D are supported)");
            }
            if (h.ndim() == 2 && h.shape()[1] > MAX_COLUMNS) {
                throw UsageException.file(file, "too many columns (" + h.shape()[1] + "; at most " + MAX_COLUMNS + ")");
            }
            InputFile.checkFitsInMemory(file, Math.multiplyExact(h.elementCount(), h.type().arrayType().byteSize()),
                    "shape " + h.shapeString() + " of " + Printable.escape(h.descr()));
            NpyArray a = Npy.read(file, arena);
            h = a.header();
            return columns(file, h, a.data());
        } catch (NpyFormatException e) {
            throw UsageException.file(file, e.problem(), e);
        }
    }

    private static InputData columns(Path file, NpyHeader h, NumericArray data) {
        long[] shape = h.shape();
        long rows = shape[0];
        int cols = shape.length == 2 ? (int) shape[1] : 1;
        String label = label(h.type());
        List<DataColumn> columns = new ArrayList<>();
        if (cols == 1 && (data.dtype() == DType.F64 || data.dtype() == DType.F32)) {
            columns.add(new DataColumn.Contiguous("0", label, data));
        } else {
            DataColumn.Kind kind = switch (data.dtype()) {
                case F64 -> DataColumn.Kind.F64;
                case F32 -> DataColumn.Kind.F32;
                case I64 -> DataColumn.Kind.I64;
                case I32 -> DataColumn.Kind.I32;
            };
            long stride = (long) cols * kind.size;
            for (int c = 0; c < cols; c++) {
                columns.add(new DataColumn.Strided(String.valueOf(c), label, data.segment(), (long) c * kind.size, stride,
                        rows, kind));
            }
        }
        StringBuilder detail = new StringBuilder(label).append(", shape ").append(h.shapeString());
        if (h.bigEndian()) {
            detail.append(", big-endian");
        }
        if (h.fortranOrder() && h.ndim() > 1) {
            detail.append(", Fortran order");
        }
        detail.append(", read off-heap");
        return new InputData(file.toString(), "npy", detail.toString(), rows, columns, List.of());
    }
}
