package org.kernels4j.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Benchmark-only FFM binding to OpenBLAS's {@code cblas_dgemm} / {@code cblas_sgemm}. The library
 * is looked for at {@code -Dopenblas.library=PATH}, then the usual Debian paths. Nothing is ever
 * installed on the user's behalf: when it is absent, {@link #available()} is false and
 * {@link #why()} says so with the command that would install it (Debian's
 * {@code libopenblas-dev}); nothing else here may then be called, and the benchmarks skip their
 * OpenBLAS column with that message. This is the one place that loads OpenBLAS (GemmBench and
 * GemmFamilyBench share it).
 *
 * <p>Debian's build uses 32-bit BLAS integers (LP64), hence {@code int} sizes.
 */
public final class OpenBlas {
    static final int ROW_MAJOR = 101;
    static final int NO_TRANS = 111;
    static final int TRANS = 112;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final MethodHandle DGEMM;
    private static final MethodHandle SGEMM;
    private static final MethodHandle SET_THREADS;
    private static final String PATH;
    private static final String WHY;

    static {
        MethodHandle d = null;
        MethodHandle s = null;
        MethodHandle t = null;
        String path = null;
        String why = null;
        List<String> candidates = new ArrayList<>();
        String prop = System.getProperty("openblas.library");
        if (prop != null) {
            candidates.add(prop);
        }
        candidates.add("/usr/lib/x86_64-linux-gnu/libopenblas.so.0");
        candidates.add("/usr/lib/x86_64-linux-gnu/openblas-pthread/libopenblas.so.0");
        candidates.add("/usr/lib/x86_64-linux-gnu/libopenblas.so");
        path = find(candidates);
        if (path == null) {
            why = "OpenBLAS not found (tried " + String.join(", ", candidates) + "); to install it: "
                    + "sudo apt-get install libopenblas-dev (Debian, Ubuntu), or pass -Dopenblas.library=PATH";
        } else {
            try {
                SymbolLookup lib = SymbolLookup.libraryLookup(Path.of(path), Arena.global());
                ValueLayout i = ValueLayout.JAVA_INT;
                ValueLayout p = ValueLayout.ADDRESS;
                d = LINKER.downcallHandle(lib.find("cblas_dgemm").orElseThrow(), FunctionDescriptor.ofVoid(i, i, i,
                        i, i, i, ValueLayout.JAVA_DOUBLE, p, i, p, i, ValueLayout.JAVA_DOUBLE, p, i));
                s = LINKER.downcallHandle(lib.find("cblas_sgemm").orElseThrow(), FunctionDescriptor.ofVoid(i, i, i,
                        i, i, i, ValueLayout.JAVA_FLOAT, p, i, p, i, ValueLayout.JAVA_FLOAT, p, i));
                Optional<MemorySegment> st = lib.find("openblas_set_num_threads");
                if (st.isPresent()) {
                    t = LINKER.downcallHandle(st.get(), FunctionDescriptor.ofVoid(i));
                }
            } catch (RuntimeException e) {
                why = "OpenBLAS at " + path + " could not be bound: " + e;
                d = null;
                s = null;
            }
        }
        DGEMM = d;
        SGEMM = s;
        SET_THREADS = t;
        PATH = path;
        WHY = why;
    }

    private OpenBlas() {
    }

    private static String find(List<String> candidates) {
        for (String c : candidates) {
            if (Files.exists(Path.of(c))) {
                return c;
            }
        }
        return null;
    }

    /** Null when OpenBLAS is bound, else why not (for the command's "absent" line). */
    public static String problem() {
        return available() ? null : WHY;
    }

    static boolean available() {
        return DGEMM != null;
    }

    static String why() {
        return WHY;
    }

    static String path() {
        return PATH;
    }

    /** openblas_set_num_threads (the environment variable OPENBLAS_NUM_THREADS works as well). */
    static void setThreads(int n) {
        if (SET_THREADS == null) {
            return;
        }
        try {
            SET_THREADS.invokeExact(n);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static void dgemm(boolean ta, boolean tb, int m, int n, int k, double alpha, MemorySegment a, int lda,
                      MemorySegment b, int ldb, double beta, MemorySegment c, int ldc) {
        try {
            DGEMM.invokeExact(ROW_MAJOR, ta ? TRANS : NO_TRANS, tb ? TRANS : NO_TRANS, m, n, k, alpha, a, lda, b, ldb,
                    beta, c, ldc);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    static void sgemm(boolean ta, boolean tb, int m, int n, int k, float alpha, MemorySegment a, int lda,
                      MemorySegment b, int ldb, float beta, MemorySegment c, int ldc) {
        try {
            SGEMM.invokeExact(ROW_MAJOR, ta ? TRANS : NO_TRANS, tb ? TRANS : NO_TRANS, m, n, k, alpha, a, lda, b, ldb,
                    beta, c, ldc);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
