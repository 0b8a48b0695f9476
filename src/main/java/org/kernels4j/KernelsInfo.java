package org.kernels4j;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.kernels4j.backend.Backend;
import org.kernels4j.backend.Backends;
import org.kernels4j.ffi.NativeLibrary;

/**
 * What runs the kernels in this JVM.
 *
 * @param backend "native" or "java"
 * @param isa the ISA path in use ("avx512", "avx2", "baseline"), or "java"
 * @param bestIsa the best path this CPU supports, or null when the library did not load
 * @param libraryPath the native library file loaded (or tried), or null
 * @param problem why the native library is not in use (load failure, unsupported forced
 *     path), or null
 * @param javaVersion the running JDK
 * @param version the kernels4j version, as {@link #libraryVersion()} gives it
 */
public record KernelsInfo(String backend, String isa, String bestIsa, String libraryPath, String problem,
                          String javaVersion, String version) {

    private static final String VERSION = readVersion();

    /**
     * The version of the kernels4j library in use (for example {@code 0.1.0}), as the build
     * wrote it into the library: the resource {@code org/kernels4j/kernels4j.properties}, which
     * is there whether the classes come from the jar, from a directory (tests) or from a jar
     * that bundles them; else the {@code Implementation-Version} of the jar's manifest.
     *
     * @return the version, or {@code "unknown"} when neither is there
     */
    public static String libraryVersion() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = KernelsInfo.class.getResourceAsStream("kernels4j.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isBlank() && !v.startsWith("${")) {
                    return v.strip();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // fall through to the manifest
        }
        String v = KernelsInfo.class.getPackage().getImplementationVersion();
        return v != null && !v.isBlank() ? v : "unknown";
    }

    static KernelsInfo current() {
        Backends.Choice choice = Backends.choice();
        NativeLibrary.Status status = NativeLibrary.status();
        Backend b = choice.backend();
        String problem = choice.failure() != null ? choice.failure().getMessage() : choice.warning();
        return new KernelsInfo(
                b == null ? "none" : b.name(),
                b == null ? "none" : b.isa(),
                choice.bestIsa() == null ? null : choice.bestIsa().label(),
                status.path(),
                problem,
                Runtime.version().toString(),
                VERSION);
    }

    @Override
    public String toString() {
        return "kernels4j " + version + " backend=" + backend + " isa=" + isa
                + (bestIsa != null ? " (best " + bestIsa + ")" : "")
                + (libraryPath != null ? " library=" + libraryPath : "")
                + (problem != null ? " problem=\"" + problem + "\"" : "")
                + " java=" + javaVersion;
    }
}
