package org.kernels4j.cli;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * One kind of input file {@code describe} reads. A format is chosen by the file's extension,
 * else by its first bytes ({@link #matchesMagic}); to add one (Arrow IPC, another CSV
 * reader) add an implementation to {@link #ALL}. Every file has passed
 * {@link InputFile#check} (it exists, is regular and readable) before {@link #open} runs.
 */
interface InputFormat {
    /** Short name, as in InputData.format ("npy", "csv", ...). */
    String name();

    /** Lower-case extensions with the dot, e.g. ".npy". */
    List<String> extensions();

    /** Whether the first bytes of a file (up to 16, fewer for a short file) identify this format. */
    default boolean matchesMagic(byte[] head, int length) {
        return false;
    }

    /**
     * Whether reading parses text (progress then counts the file's bytes once more, for the
     * parsing pass).
     */
    default boolean parsesText() {
        return false;
    }

    /** Reads the file into columns owned by {@code arena}; bad content is a {@link UsageException} naming the file. */
    InputData open(Path file, Arena arena, ProgressBar progress) throws IOException;

    /** The formats describe knows, in the order they are tried. */
    List<InputFormat> ALL = List.of(new NpyFile(), new CsvFile(), new RawF64File(), new ArrowFile());

    /** The format of {@code file}: by extension, else by magic bytes; a UsageException if neither tells. */
    static InputFormat of(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (InputFormat f : ALL) {
            for (String ext : f.extensions()) {
                if (n.endsWith(ext)) {
                    return f;
                }
            }
        }
        byte[] head = new byte[16];
        int got = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.wrap(head);
            while (b.hasRemaining() && ch.read(b) > 0) {
                got = b.position();
            }
        } catch (IOException e) {
            got = 0;
        }
        for (InputFormat f : ALL) {
            if (got > 0 && f.matchesMagic(head, got)) {
                return f;
            }
        }
        StringBuilder known = new StringBuilder();
        for (InputFormat f : ALL) {
            for (String ext : f.extensions()) {
                known.append(known.isEmpty() ? "" : ", ").append(ext);
            }
        }
        throw UsageException.file(file, "unknown file type (expected " + known + ")");
    }
}
