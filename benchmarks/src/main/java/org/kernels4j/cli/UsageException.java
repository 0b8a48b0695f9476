package org.kernels4j.cli;

/**
 * A problem with what the user asked for or gave (a bad option value, an unreadable or
 * malformed file): reported in one line, exit code 2.
 */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A problem with one input file; the message names the file (control characters escaped). */
    public static UsageException file(Object file, String problem) {
        return new UsageException(Printable.escape(file) + ": " + problem);
    }

    public static UsageException file(Object file, String problem, Throwable cause) {
        return new UsageException(Printable.escape(file) + ": " + problem, cause);
    }
}
