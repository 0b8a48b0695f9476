package org.kernels4j.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The checks every input file passes before it is opened: it exists, is a regular file (a
 * FIFO would block the open, a character device such as /dev/zero never ends, a directory
 * has no data), is not a symbolic link loop, and is readable. Problems are
 * {@link UsageException}s naming the file with control characters escaped.
 */
final class InputFile {
    private InputFile() {
    }

    /** Checks {@code f}; returns its size in bytes. */
    static long check(Path f) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(f, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            if (Files.isSymbolicLink(f)) {
                throw UsageException.file(f, "broken symbolic link", e);
            }
            throw UsageException.file(f, "no such file", e);
        } catch (AccessDeniedException e) {
            throw UsageException.file(f, "not readable (permission denied)", e);
        } catch (FileSystemException e) {
            throw UsageException.file(f, problemOf(e), e);
        } catch (IOException e) {
            throw UsageException.file(f, "cannot read: " + Printable.escape(e.getMessage()), e);
        }
        if (!a.isRegularFile()) {
            throw UsageException.file(f, nonRegular(f, a) + ", not a regular file");
        }
        if (!Files.isReadable(f)) {
            throw UsageException.file(f, "not readable (permission denied)");
        }
        return a.size();
    }

    /** A file system error in words: symbolic link loops, "not a directory" in the path, ... */
    static String problemOf(FileSystemException e) {
        String reason = e.getReason() == null ? "" : e.getReason();
        if (reason.contains("levels of symbolic links")) {
            return "symbolic link loop (too many levels of symbolic links)";
        }
        if (reason.contains("Not a directory")) {
            return "no such file (a part of the path is not a directory)";
        }
        if (reason.contains("File name too long")) {
            return "file name too long";
        }
        return "cannot read: " + Printable.escape(reason.isEmpty() ? e.getClass().getSimpleName() : reason);
    }

    static String nonRegular(Path f, BasicFileAttributes a) {
        if (a.isDirectory()) {
            return "is a directory";
        }
        try {
            Object mode = Files.getAttribute(f, "unix:mode");
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
            // unnamed below
        }
        return "is a special file";
    }

    /**
     * Checks that {@code bytes} of data read into off-heap memory fit in the memory the system
     * has available (Linux MemAvailable, else the physical memory), so a header claiming a
     * terabyte over a sparse file is a clear error rather than an allocation failure.
     */
    static void checkFitsInMemory(Path f, long bytes, String what) {
        long available = availableMemory();
        if (available > 0 && bytes > available) {
            throw UsageException.file(f, what + " needs " + bytes + " bytes of memory to read, more than the "
                    + available + " bytes available");
        }
    }

    static long availableMemory() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (l.startsWith("MemAvailable:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall back to the physical memory
        }
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }
}
