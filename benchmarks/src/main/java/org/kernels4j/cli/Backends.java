package org.kernels4j.cli;

import java.util.List;
import java.util.Locale;

/** The backends and peers {@code bench} knows: order, display names, descriptions. */
final class Backends {
    private Backends() {
    }

    /**
     * A backend; {@code inDefaultRun} false keeps it out of a run without {@code --kernels}
     * and {@code --backends} (the quick preset's time budget), {@code -b} or {@code -k} brings it in.
     */
    record Known(String id, String label, String description, boolean inDefaultRun) {
        Known(String id, String label, String description) {
            this(id, label, description, true);
        }
    }

    /** In legend and column order. Families may add others; those sort after these. */
    static final List<Known> KNOWN = List.of(
            new Known("ffmHeap", "ffm-heap", "C through FFM on a heap double[] (critical downcalls in bounded chunks)"),
            new Known("ffmOffHeap", "ffm-offheap", "C through FFM on off-heap memory (DoubleArray)"),
            new Known("pool", "pool", "the async kernels (pool.sum(x), ...): C through FFM, off-heap, split across the ComputePool's workers"),
            new Known("pool1", "pool1", "the control of pool: the same async call on a pool of 1 worker (pool / pool1 is the workers' speed-up)"),
            new Known("jni", "jni", "C through JNI (GetPrimitiveArrayCritical on the heap array)"),
            new Known("java", "java", "the library's plain-Java backend (JavaBackend)"),
            new Known("javaLoop", "java-loop", "a plain Java loop, as a user would write it"),
            new Known("vector", "vector", "the Vector API (jdk.incubator.vector)"),
            new Known("numpy", "numpy", "NumPy, timed by benchmarks/numpy_peer.py (one BLAS thread)"),
            new Known("openblas", "openblas", "OpenBLAS's cblas_dgemm with 1 thread, through a benchmark-only FFM binding on the same off-heap memory"),
            new Known("ejml", "ejml", "EJML 0.43 (pure Java) on the same heap arrays: CommonOps_DDRM.mult, elementSum, add, elementExp; VectorVectorMult_DDRM.innerProd", false),
            new Known("commonsMath", "commons-math", "Apache Commons Math 3.6.1 (pure Java): StatUtils.sum, sqrt(StatUtils.variance)", false));

    /** Whether a backend (label) runs when neither --kernels nor --backends is given. */
    static boolean inDefaultRun(String label) {
        for (Known k : KNOWN) {
            if (k.label.equals(label)) {
                return k.inDefaultRun;
            }
        }
        return true;
    }

    /** The label of a method-name backend id: known ones as listed, others hyphenated. */
    static String label(String id) {
        for (Known k : KNOWN) {
            if (k.id.equals(id)) {
                return k.label;
            }
        }
        return id.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    static String description(String label) {
        for (Known k : KNOWN) {
            if (k.label.equals(label)) {
                return k.description;
            }
        }
        return label;
    }

    /** Sort key of a label: known order first. */
    static int order(String label) {
        for (int i = 0; i < KNOWN.size(); i++) {
            if (KNOWN.get(i).label.equals(label)) {
                return i;
            }
        }
        return KNOWN.size();
    }
}
