package org.kernels4j;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A {@code .npy} file that cannot be read as an array: not a NumPy file, a malformed or
 * unsupported header, data shorter or longer than the header's shape says, or a file that
 * another process truncated or rewrote while it was being read.
 *
 * <p>It is an {@link IOException}, as {@link java.util.zip.ZipException} is for zip files:
 * callers that handle I/O errors handle it too. The message names the file and the problem;
 * control characters from the file name or the header are escaped in it (see
 * {@link #problem()}), so it is safe to print on a terminal.
 */
public class NpyFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The file, or null; not serialized (a {@link Path} is not serializable). */
    private final transient Path file;
    /** What is wrong with the file, in words. */
    private final String problem;

    /**
     * A problem with {@code file}.
     *
     * @param file the file (may be null when the data did not come from a named file)
     * @param problem what is wrong, already escaped
     */
    public NpyFormatException(Path file, String problem) {
        super((file == null ? "" : Printable.escape(file.toString()) + ": ") + problem);
        this.file = file;
        this.problem = problem;
    }

    /**
     * The file the problem is in.
     *
     * @return the file, or null when there was none
     */
    public Path file() {
        return file;
    }

    /**
     * The problem alone, without the file name (control characters escaped).
     *
     * @return the problem, for example {@code "unsupported dtype '<c16' (complex)"}
     */
    public String problem() {
        return problem;
    }
}
