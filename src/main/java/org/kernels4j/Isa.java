package org.kernels4j;

import java.util.Locale;

/**
 * The instruction-set paths the native kernels are compiled for. One library holds all
 * three; the path is chosen once per JVM: the best the CPU supports, or a lower one
 * forced with the system property {@code kernels4j.isa} or the environment variable
 * {@code KERNELS4J_ISA} ({@code baseline}, {@code avx2}, {@code avx512}, {@code auto}).
 */
public enum Isa {
    /** x86-64 baseline (SSE2). */
    BASELINE(0),
    /** AVX2 with FMA (x86-64-v3). */
    AVX2(1),
    /** AVX-512 F/BW/DQ/VL (x86-64-v4). */
    AVX512(2);

    private final int code;

    Isa(int code) {
        this.code = code;
    }

    /** {@return the value of {@code K4J_ISA_*} in {@code k4j.h}} */
    public int code() {
        return code;
    }

    /** {@return the lower-case name used by the override ({@code avx512}, ...)} */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The path with the given {@code K4J_ISA_*} code.
     *
     * @param code a {@code K4J_ISA_*} value
     * @return the path
     * @throws IllegalArgumentException if no path has that code
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
     * @param value {@code baseline}, {@code avx2}, {@code avx512} (any case), {@code auto}, or null
     * @return the path, or {@code null} for "auto", blank or null
     * @throws IllegalArgumentException if the value names no path
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
        throw new IllegalArgumentException("unknown ISA '" + value + "' (expected baseline, avx2, avx512 or auto)");
    }
}
