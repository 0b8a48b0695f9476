package org.kernels4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * The k4j kernels through JNI (native/jni/k4j_jni.c), for comparison with FFM only. Heap
 * arrays are pinned with GetPrimitiveArrayCritical for the whole call. The shim is a
 * resource of the benchmarks jar ({@code native/linux-x86_64/libk4jjni.so}), extracted to a
 * private temp folder on first use and deleted again as soon as it is loaded.
 */
public final class JniKernels {
    private static final String RESOURCE = "/native/linux-x86_64/libk4jjni.so";
    private static final Throwable LOAD_FAILURE = load();

    private JniKernels() {
    }

    private static Throwable load() {
        try (InputStream in = JniKernels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return new IllegalStateException("libk4jjni.so is not in this jar (" + RESOURCE + ")");
            }
            Path dir = Files.createTempDirectory("kernels4j-jni");
            Path lib = dir.resolve("libk4jjni.so");
            try {
                Files.copy(in, lib, StandardCopyOption.REPLACE_EXISTING);
                System.load(lib.toString());
            } finally {
                // The mapping outlives the file: delete both now, so nothing is left in the
                // temp directory even when the JVM is killed (JMH forks often are).
                deleteQuietly(lib);
                deleteQuietly(dir);
            }
            return null;
        } catch (IOException | UnsatisfiedLinkError | SecurityException e) {
            return e;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException | SecurityException e) {
            p.toFile().deleteOnExit();
        }
    }

    /** Null when the shim loaded, else why not. */
    public static String problem() {
        return LOAD_FAILURE == null ? null : String.valueOf(LOAD_FAILURE.getMessage());
    }

    private static void check(double[] x, int n) {
        if (LOAD_FAILURE != null) {
            throw new IllegalStateException("JNI shim unavailable: " + LOAD_FAILURE.getMessage(), LOAD_FAILURE);
        }
        Objects.checkFromIndexSize(0, n, Objects.requireNonNull(x).length);
    }

    public static double sum(int isa, double[] x, int n) {
        check(x, n);
        return sum0(isa, x, n);
    }

    public static double dot(int isa, double[] x, double[] y, int n) {
        check(x, n);
        check(y, n);
        return dot0(isa, x, y, n);
    }

    public static double min(int isa, double[] x, int n) {
        check(x, n);
        return min0(isa, x, n);
    }

    public static long argmax(int isa, double[] x, int n) {
        check(x, n);
        return argmax0(isa, x, n);
    }

    /** Sample standard deviation (ddof 1), two passes as Kernels.std. */
    public static double std(int isa, double[] x, int n) {
        check(x, n);
        double mean = sum0(isa, x, n) / n;
        return Math.sqrt(sqdev0(isa, x, n, mean) / (n - 1));
    }

    public static void add(int isa, double[] a, double[] b, double[] out, int n) {
        check(a, n);
        check(b, n);
        check(out, n);
        add0(isa, a, b, out, n);
    }

    public static void exp(int isa, double[] x, double[] out, int n) {
        check(x, n);
        check(out, n);
        exp0(isa, x, out, n);
    }

    public static double cumsum(int isa, double[] x, double[] out, int n) {
        check(x, n);
        check(out, n);
        return cumsum0(isa, x, out, n);
    }

    private static native double sum0(int isa, double[] x, int n);

    private static native double dot0(int isa, double[] x, double[] y, int n);

    private static native double min0(int isa, double[] x, int n);

    private static native long argmax0(int isa, double[] x, int n);

    private static native double sqdev0(int isa, double[] x, int n, double mean);

    private static native int add0(int isa, double[] a, double[] b, double[] out, int n);

    private static native int exp0(int isa, double[] x, double[] out, int n);

    private static native double cumsum0(int isa, double[] x, double[] out, int n);
}
