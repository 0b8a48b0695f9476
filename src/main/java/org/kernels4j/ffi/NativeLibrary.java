package org.kernels4j.ffi;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Optional;

/**
 * Loads {@code libk4j} once per JVM and resolves its symbols.
 *
 * <p>Where the library comes from, in order: the file named by the system property
 * {@code kernels4j.library.path}; else the copy packaged in the jar under
 * {@code native/<platform>/}, extracted to a private temporary file that is deleted as
 * soon as it is loaded (the mapping outlives the file; nothing is left behind even if
 * the JVM is killed). The outcome, success or the failure with its cause, is decided on
 * first use and never retried: callers ask {@link #status()}.
 */
@SuppressWarnings("restricted") // loading native code is this class's purpose
public final class NativeLibrary {
    /** The library's ABI version these bindings were written for. */
    public static final int ABI_VERSION = 2;
    /** System property naming a library file to load instead of the packaged one. */
    public static final String PATH_PROPERTY = "kernels4j.library.path";

    private NativeLibrary() {
    }

    /** What happened when the library was loaded: the file, or why it could not be. */
    public record Status(boolean loaded, String path, String failure, Throwable cause) {
    }

    private static final class Holder {
        static final Status STATUS;
        static final SymbolLookup LOOKUP;

        static {
            Status status;
            SymbolLookup lookup = null;
            String path = null;
            try {
                path = locate();
                System.load(path);
                lookup = SymbolLookup.loaderLookup();
                status = new Status(true, path, null, null);
            } catch (Throwable t) {
                String message = t.getMessage() == null ? t.toString() : t.getMessage();
                status = new Status(false, path,
                        "cannot load the kernels4j native library"
                                + (path == null ? "" : " from " + path) + ": " + message, t);
            } finally {
                deleteExtracted(path);
            }
            STATUS = status;
            LOOKUP = lookup;
        }
    }

    private static Path extracted;

    /** The load outcome; triggers loading on first call. Never throws. */
    public static Status status() {
        return Holder.STATUS;
    }

    /** The platform folder name of this JVM, e.g. {@code linux-x86_64}. */
    public static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.contains("linux") ? "linux" : os.contains("mac") ? "macos" : os.contains("win") ? "windows" : os;
        String archName = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch;
        };
        return osName + "-" + archName;
    }

    private static String locate() throws IOException {
        String explicit = System.getProperty(PATH_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath().toString();
        }
        String resource = "/native/" + platform() + "/libk4j.so";
        try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no native library for platform " + platform()
                        + " in the jar (looked for " + resource + ")");
            }
            Path tmp = Files.createTempFile("kernels4j-", ".so",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            extracted = tmp;
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return tmp.toString();
        }
    }

    private static void deleteExtracted(String loadedPath) {
        Path tmp = extracted;
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                tmp.toFile().deleteOnExit();
            }
        }
    }

    /**
     * The address of a symbol of the library.
     *
     * @throws IllegalStateException if the library did not load or lacks the symbol
     */
    public static MemorySegment find(String name) {
        Status s = status();
        if (!s.loaded()) {
            throw new IllegalStateException(s.failure(), s.cause());
        }
        Optional<MemorySegment> symbol = Holder.LOOKUP.find(name);
        return symbol.orElseThrow(() -> new IllegalStateException(
                "the kernels4j native library at " + s.path() + " has no symbol " + name
                        + " (library and jar from different versions?)"));
    }

    /** Wraps what a downcall threw; downcalls of these signatures throw nothing checked. */
    static RuntimeException downcallFailed(String function, Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException("downcall to " + function + " failed", t);
    }
}
