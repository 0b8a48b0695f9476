package org.kernels4j.cli;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.kernels4j.DoubleArray;

/**
 * Raw little-endian float64 ({@code .f64}), copied by positional reads into off-heap memory,
 * never mapped: a file truncated or rewritten by another process while it is read is an
 * error, not a crash.
 */
final class RawF64File implements InputFormat {
    private static final int CHUNK_BYTES = 8 << 20;

    @Override
    public String name() {
        return "f64";
    }

    @Override
    public List<String> extensions() {
        return List.of(".f64");
    }

    @Override
    public InputData open(Path f, Arena arena, ProgressBar progress) throws IOException {
        try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ)) {
            FileTime modified = Files.getLastModifiedTime(f);
            long size = ch.size();
            if (size % 8 != 0) {
                throw UsageException.file(f, "size " + size + " bytes is not a whole number of float64 values (8 bytes each)");
            }
            InputFile.checkFitsInMemory(f, size, "the file");
            DoubleArray a = DoubleArray.allocate(arena, size / 8);
            for (long off = 0; off < size; ) {
                long len = Math.min(CHUNK_BYTES, size - off);
                ByteBuffer bb = a.segment().asSlice(off, len).asByteBuffer();
                while (bb.hasRemaining()) {
                    if (ch.read(bb, off + bb.position()) < 0) {
                        throw UsageException.file(f, "the file ended at byte " + (off + bb.position())
                                + " while it was read (it had " + size + " bytes): truncated by another process");
                    }
                }
                off += len;
            }
            if (ch.size() != size || !Files.getLastModifiedTime(f).equals(modified)) {
                throw UsageException.file(f, "the file changed while it was read: rewritten by another process");
            }
            return new InputData(f.toString(), "f64", "raw float64, " + a.length() + " values, read off-heap", a.length(),
                    List.of(new DataColumn.Contiguous("0", "float64", a)), List.of());
        }
    }
}
