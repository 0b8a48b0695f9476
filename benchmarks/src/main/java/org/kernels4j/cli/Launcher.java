package org.kernels4j.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * The tool's entry point: checks that the kernels4j library is on the class path before any
 * class that needs it is loaded, so a missing library jar is one line on stderr (exit 2)
 * instead of a {@link NoClassDefFoundError} stack trace. This class uses nothing from the
 * library.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            Class.forName("org.kernels4j.Kernels", false, Launcher.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            System.err.println(Printable.escape("kernels4j: cannot start: the kernels4j library is missing ("
                    + expectedLibrary() + " holding org.kernels4j.Kernels); build it with 'mvn package' in the"
                    + " project root, or run ./kernels4j"));
            System.exit(Kernels4jCli.EXIT_USAGE);
        }
        Kernels4jCli.main(args);
    }

    /** Where this jar's manifest Class-Path expects the library, or a generic description. */
    static String expectedLibrary() {
        try {
            Path self = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (self.toString().endsWith(".jar")) {
                try (JarFile jar = new JarFile(self.toFile())) {
                    String cp = jar.getManifest() == null ? null
                            : jar.getManifest().getMainAttributes().getValue("Class-Path");
                    if (cp != null && !cp.isBlank()) {
                        return self.getParent().resolve(cp.trim().split("\\s+")[0]).normalize().toString();
                    }
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // fall through
        }
        return "the kernels4j jar on the class path";
    }
}
