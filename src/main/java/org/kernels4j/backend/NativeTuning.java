package org.kernels4j.backend;

import static org.kernels4j.ffi.k4j_h.k4j_gemm_config_f32;
import static org.kernels4j.ffi.k4j_h.k4j_gemm_config_f64;
import static org.kernels4j.ffi.k4j_h.k4j_probe_fma_f32;
import static org.kernels4j.ffi.k4j_h.k4j_probe_fma_f64;
import static org.kernels4j.ffi.k4j_h.k4j_sort_config_f32;
import static org.kernels4j.ffi.k4j_h.k4j_sort_config_f64;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Locale;
import org.kernels4j.DType;

/**
 * What the native library chose for this CPU when it loaded (GEMM register tile and block
 * sizes, from CPUID's cache sizes and family/model), and its FMA capacity probe.
 */
public final class NativeTuning {
    /** Values of {@code k4j_gemm_config_*}. */
    static final int CONFIG_LEN = 11;

    private NativeTuning() {
    }

    /**
     * The GEMM configuration of a path and dtype.
     *
     * @param mr rows of the register tile
     * @param nr columns of the register tile
     * @param kc depth block
     * @param nc column block (the packed B block is kc x nc)
     * @param mc row block (the packed A block is mc x kc)
     * @param l1d L1 data cache bytes per core assumed
     * @param l2 L2 bytes per core assumed
     * @param l3 L3 bytes assumed
     * @param family CPU family (CPUID leaf 1, extended family included)
     * @param model CPU model (extended model included)
     * @param fromTable whether some cache size came from the per-family table (the CPUID of
     *     this machine did not give it)
     */
    public record GemmConfig(int mr, int nr, int kc, int nc, int mc, long l1d, long l2, long l3, int family,
                             int model, boolean fromTable) {
        /** "6x32 KC=384 NC=160 MC=1020". */
        public String blocks() {
            return String.format(Locale.ROOT, "%dx%d KC=%d NC=%d MC=%d", mr, nr, kc, nc, mc);
        }

        /** "L1d 48 KiB, L2 1 MiB, L3 32 MiB (CPUID)". */
        public String caches() {
            return "L1d " + bytes(l1d) + ", L2 " + bytes(l2) + ", L3 " + bytes(l3)
                    + (fromTable ? " (family table)" : " (CPUID)");
        }
    }

    /** The configuration gemm uses on the path {@code isaCode} resolves to. */
    public static GemmConfig gemmConfig(int isaCode, boolean f64) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment out = a.allocate(ValueLayout.JAVA_LONG, CONFIG_LEN);
            int status = f64 ? k4j_gemm_config_f64(isaCode, out) : k4j_gemm_config_f32(isaCode, out);
            if (status != 0) {
                throw new IllegalStateException("k4j_gemm_config failed (status " + status + ")");
            }
            long[] v = out.toArray(ValueLayout.JAVA_LONG);
            return new GemmConfig((int) v[0], (int) v[1], (int) v[2], (int) v[3], (int) v[4], v[5], v[6], v[7],
                    (int) v[8], (int) v[9], v[10] == 2);
        }
    }

    /**
     * What the sorts chose on the path {@code isaCode} resolves to when the library loaded
     * ({@code k4j_sort_config_*}), as "scatter write-combined; buckets: 64-bit radix+networks
     * (windows of 64), 32-bit quicksort". The scatter is "write-combined" (whole lines through
     * per-bucket blocks) or "plain"; buckets take "radix+networks" (a radix level in cache, then
     * vector networks, each over a window of up to that many consecutive sub-buckets),
     * "quicksort" (the vectorised quicksort) or "radix" (scalar radix levels). Where a sort on
     * one thread skips the buckets for some sizes, that follows: "; one thread without buckets:
     * 64-bit up to 2^19, 32-bit at every size".
     */
    public static String sortChoices(int isaCode) {
        try (Arena a = Arena.ofConfined()) {
            // K4J_SORT_CONFIG_LEN values each
            MemorySegment c64 = a.allocate(ValueLayout.JAVA_LONG, SORT_CONFIG_LEN);
            MemorySegment c32 = a.allocate(ValueLayout.JAVA_LONG, SORT_CONFIG_LEN);
            int status = k4j_sort_config_f64(isaCode, c64) | k4j_sort_config_f32(isaCode, c32);
            if (status != 0) {
                throw new IllegalStateException("k4j_sort_config failed (status " + status + ")");
            }
            String direct64 = directUpTo(isaCode, DType.F64), direct32 = directUpTo(isaCode, DType.F32);
            return "scatter " + (c64.getAtIndex(ValueLayout.JAVA_LONG, 0) == 1 ? "write-combined" : "plain")
                    + "; buckets: 64-bit " + bucketSort(c64) + ", 32-bit " + bucketSort(c32)
                    + (direct64 == null && direct32 == null ? ""
                            : "; one thread without buckets: 64-bit " + (direct64 == null ? "never" : direct64)
                                    + ", 32-bit " + (direct32 == null ? "never" : direct32));
        }
    }

    /**
     * How far a one-thread sort of this dtype goes without first-level buckets (k4j.h "direct",
     * which holds from some size above 384 elements up to a largest one): "up to 2^19", "at
     * every size", or null for never. Asked at powers of two.
     */
    private static String directUpTo(int isaCode, DType t) {
        int last = -1;
        for (int k = 9; k <= 62; k++) {
            if (SortCalls.direct(isaCode, t, 1L << k)) {
                last = k;
            }
        }
        return last < 0 ? null : last == 62 ? "at every size" : "up to 2^" + last;
    }

    /** The values k4j_sort_config writes (k4j.h K4J_SORT_CONFIG_LEN). */
    static final int SORT_CONFIG_LEN = 3;

    private static String bucketSort(MemorySegment config) {
        long code = config.getAtIndex(ValueLayout.JAVA_LONG, 1);
        long window = config.getAtIndex(ValueLayout.JAVA_LONG, 2);
        return code == 1 ? "radix+networks" + (window > 0 ? " (windows of " + window + ")" : "")
                : code == 2 ? "quicksort" : "radix";
    }

    /**
     * Runs {@code rounds} steps of the FMA probe on the path and returns the floating-point
     * operations done (time the call to get the rate).
     */
    public static long probeFma(int isaCode, boolean f64, long rounds) {
        if (rounds < 0) {
            throw new IllegalArgumentException("rounds < 0: " + rounds);
        }
        return f64 ? k4j_probe_fma_f64(isaCode, rounds) : k4j_probe_fma_f32(isaCode, rounds);
    }

    static String bytes(long b) {
        if (b >= (1L << 20) && b % (1L << 20) == 0) {
            return (b >> 20) + " MiB";
        }
        if (b >= 1024 && b % 1024 == 0) {
            return (b >> 10) + " KiB";
        }
        return b + " B";
    }
}
