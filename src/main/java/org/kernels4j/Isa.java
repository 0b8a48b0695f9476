package org.kernels4j;

import java.util.Locale;

/**
 * The instruction-set paths the native kernels are compiled for. The x86-64 library
 * holds {@link #BASELINE}, {@link #AVX2} and {@link #AVX512}; the aarch64 library holds
 * {@link #BASELINE} and {@link #NEON}. The path is chosen once per JVM: the best the CPU
 * supports, or a lower one forced with the system property {@code kernels4j.isa} or the
 * environment variable {@code KERNELS4J_ISA} ({@code baseline}, {@code avx2},
 * {@code avx512}, {@code neon}, {@code auto}).
 */
public enum Isa {
    /** The architecture's baseline: x86-64 with SSE2, or scalar armv8-a (no Advanced SIMD). */
    BASELINE(0, null),
    /** AVX2 with FMA (x86-64-v3). */
    AVX2(1, "x86_64"),
    /** AVX-512 F/BW/DQ/VL (x86-64-v4). */
    AVX512(2, "x86_64"),
    /** aarch64 Advanced SIMD (NEON). */
    NEON(3, "aarch64");

    private final int code;
    private final String arch;

    Isa(int code, String arch) {
        this.code = code;
        this.arch = arch;
    }

    /**
     * The value of {@code K4J_ISA_*} in {@code k4j.h}.
     *
     * @return the native code of this path
     */
    public int code() {
        return code;
    }

    /**
     * The lower-case name used by the override ({@code avx512}, ...).
     *
     * @return the label
     */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether this path runs on a CPU whose best path is {@code best}: it is the baseline,
     * or a path of the same architecture no higher than {@code best}.
     *
     * @param best the best path of the CPU
     * @return true when this path can be forced there
     */
    public boolean within(Isa best) {
        if (this == BASELINE) {
            return true;
        }
        return best.arch != null && best.arch.equals(arch) && code <= best.code;
    }

    /**
     * The path with the given {@code K4J_ISA_*} code.
     *
     * @param code a native code
     * @return its path
     * @throws IllegalArgumentException for an unknown code
     */
    public static Isa ofCode(int code) {
        for (Isa isa : values()) {
            if (isa.code == code) {
                return isa;
            }
        }
        throw new IllegalArgumentException("unknown ISA code " + code);
    }

    /**
     * Parses an override value.
     *
     * @param value the override, case-insensitive
     * @return the path, or {@code null} for "auto" or blank
     * @throws IllegalArgumentException for an unknown name
     */
    public static Isa parse(String value) {
        if (value == null || value.isBlank() || value.trim().equalsIgnoreCase("auto")) {
            return null;
        }
        for (Isa isa : values()) {
            if (isa.label().equalsIgnoreCase(value.trim())) {
                return isa;
            }
        }
        throw new IllegalArgumentException("unknown ISA '" + value
                + "' (expected baseline, avx2, avx512, neon or auto)");
    }
}
