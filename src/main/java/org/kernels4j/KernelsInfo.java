package org.kernels4j;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.function.Supplier;

import org.kernels4j.backend.Backend;
import org.kernels4j.backend.Backends;
import org.kernels4j.backend.NativeBackend;
import org.kernels4j.backend.NativeTuning;
import org.kernels4j.ffi.NativeLibrary;

/**
 * What runs the kernels in this JVM.
 *
 * @param backend "native" or "java"
 * @param isa the ISA path in use ("avx512", "avx2", "baseline"), or "java"
 * @param bestIsa the best path this CPU supports, or null when the library did not load
 * @param libraryPath the native library file loaded (or tried), or null
 * @param nativeSource which native library that is: the jar resource picked for this JVM's
 *     {@code os.name} and {@code os.arch} ({@code native/linux-x86_64/libk4j.so},
 *     {@code native/linux-aarch64/libk4j.so}), or {@code -Dkernels4j.library.path}; null when
 *     no library was found (another platform) or none was tried ({@code kernels4j.backend=java})
 * @param problem why the native library is not in use (load failure, unsupported forced
 *     path), or null
 * @param javaVersion the running JDK
 * @param cpu the CPU: vendor, family, model and name, as "AuthenticAMD family 26 model 2
 *     (AMD EPYC)" (from /proc/cpuinfo; the JVM's os.arch where that cannot be read)
 * @param gemm the GEMM configuration the native library chose for this CPU when it loaded,
 *     on the path in use: register tile and block sizes per dtype and the cache sizes they
 *     were derived from, as "f64 6x32 KC=384 NC=160 MC=1020; f32 6x64 KC=512 NC=256 MC=1536;
 *     L1d 48 KiB, L2 1 MiB, L3 32 MiB (CPUID)"; null with the Java backend
 * @param sort what the native sorts chose for this CPU when the library loaded, on the path in
 *     use: the first pass's scatter ("write-combined" or "plain") and how buckets of 64-bit and
 *     32-bit keys are sorted ("radix+networks", with its window, "quicksort" or "radix"), as
 *     "scatter plain; buckets: 64-bit radix+networks (windows of 64), 32-bit quicksort", then
 *     where a sort on one thread skips the buckets, up to what size ("; one thread without
 *     buckets: 64-bit up to 2^19, 32-bit at every size"); null with the Java backend. The
 *     environment variables {@code K4J_SORT_SCATTER} ({@code wc}, {@code plain}) and
 *     {@code K4J_SORT_BUCKETS32} ({@code radix}, {@code quicksort}) and {@code K4J_SORT_DIRECT}
 *     ({@code on}, {@code off}) override the choices, read
 *     once when the library loads
 * @param version the kernels4j version, as {@link #libraryVersion()} gives it
 */
public record KernelsInfo(String backend, String isa, String bestIsa, String libraryPath, String nativeSource,
                          String problem, String javaVersion, String cpu, String gemm, String sort, String version) {

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
                status.source(),
                problem,
                Runtime.version().toString(),
                CpuName.describe(),
                b instanceof NativeBackend nb ? describe(() -> gemmConfig(nb.isaCode())) : null,
                b instanceof NativeBackend nb ? describe(() -> NativeTuning.sortChoices(nb.isaCode())) : null,
                VERSION);
    }

    private static String gemmConfig(int isaCode) {
        NativeTuning.GemmConfig d = NativeTuning.gemmConfig(isaCode, true);
        NativeTuning.GemmConfig f = NativeTuning.gemmConfig(isaCode, false);
        return "f64 " + d.blocks() + "; f32 " + f.blocks() + "; " + d.caches();
    }

    /** What the native library reports, or "unknown (why)" when asking it fails. */
    private static String describe(Supplier<String> query) {
        try {
            return query.get();
        } catch (RuntimeException | LinkageError e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    @Override
    public String toString() {
        return "kernels4j " + version + " backend=" + backend + " isa=" + isa
                + (bestIsa != null ? " (best " + bestIsa + ")" : "")
                + (nativeSource != null ? " native=" + nativeSource : "")
                + (libraryPath != null ? " library=" + libraryPath : "")
                + (problem != null ? " problem=\"" + problem + "\"" : "")
                + " java=" + javaVersion
                + " cpu=\"" + cpu + "\""
                + (gemm != null ? " gemm=\"" + gemm + "\"" : "")
                + (sort != null ? " sort=\"" + sort + "\"" : "");
    }
}
