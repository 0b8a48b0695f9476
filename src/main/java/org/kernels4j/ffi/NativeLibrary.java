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
 * {@code native/<platform>/} ({@link #platform()}: {@code linux-x86_64} or
 * {@code linux-aarch64}, from {@code os.name} and {@code os.arch}), extracted to a private temporary file that is deleted as
 * soon as it is loaded (the mapping outlives the file; nothing is left behind even if
 * the JVM is killed). The outcome, success or the failure with its cause, is decided on
 * first use and never retried: callers ask {@link #status()}.
 */
@SuppressWarnings("restricted") // loading native code is this class's purpose
public final class NativeLibrary {
    /** The library's ABI version these bindings were written for. */
    public static final int ABI_VERSION = 6;
    /** System property naming a library file to load instead of the packaged one. */
    public static final String PATH_PROPERTY = "kernels4j.library.path";

    private NativeLibrary() {
    }

    /**
     * What happened when the library was loaded: the file, or why it could not be.
     *
     * @param loaded whether the library loaded
     * @param path the file loaded (or tried), or null
     * @param source where it came from: the jar resource ({@code native/linux-aarch64/libk4j.so})
     *     or the {@value #PATH_PROPERTY} property; null when none was found
     * @param failure why it did not load, or null
     * @param cause the exception behind the failure, or null
     */
    public record Status(boolean loaded, String path, String source, String failure, Throwable cause) {
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
                status = new Status(true, path, source, null, null);
            } catch (Throwable t) {
                String message = t.getMessage() == null ? t.toString() : t.getMessage();
                status = new Status(false, path, source,
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
    private static String source;

    /** The load outcome; triggers loading on first call. Never throws. */
    public static Status status() {
        return Holder.STATUS;
    }

    /**
     * The platform folder name of this JVM, e.g. {@code linux-x86_64}.
     *
     * @return the folder for this JVM's {@code os.name} and {@code os.arch}
     */
    public static String platform() {
        return platform(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    /**
     * The platform folder name for an {@code os.name} and {@code os.arch}: {@code linux-x86_64}
     * ({@code amd64}, {@code x86_64}), {@code linux-aarch64} ({@code aarch64}, {@code arm64}),
     * or another name no library is packaged for ({@code macos-aarch64}, {@code windows-x86_64}, ...).
     *
     * @param osName the value of {@code os.name}
     * @param osArch the value of {@code os.arch}
     * @return the folder name
     */
    public static String platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        String osFolder = os.contains("linux") ? "linux" : os.contains("mac") ? "macos" : os.contains("win") ? "windows" : os;
        String archName = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> arch;
        };
        return osFolder + "-" + archName;
    }

    /**
     * The jar resource holding the library for a platform folder.
     *
     * @param platform e.g. {@code linux-aarch64}
     * @return the absolute resource name
     */
    public static String resourceName(String platform) {
        return "/native/" + platform + "/libk4j.so";
    }

    private static String locate() throws IOException {
        String explicit = System.getProperty(PATH_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            source = "-D" + PATH_PROPERTY;
            return Path.of(explicit).toAbsolutePath().toString();
        }
        String resource = resourceName(platform());
        try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no native library for platform " + platform()
                        + " in the jar (looked for " + resource + ")");
            }
            source = resource.substring(1);
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
