package org.kernels4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The CPU's vendor, family, model and name, read once from /proc/cpuinfo. */
final class CpuName {
    private static final String DESCRIPTION = read(Path.of("/proc/cpuinfo"));

    private CpuName() {
    }

    /** "AuthenticAMD family 26 model 2 (AMD EPYC)", or the JVM's os.arch when unknown. */
    static String describe() {
        return DESCRIPTION;
    }

    static String read(Path cpuinfo) {
        try {
            return parse(Files.readAllLines(cpuinfo));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch") + " (CPU unknown)";
        }
    }

    /** The first processor's fields of a /proc/cpuinfo text. */
    static String parse(List<String> lines) {
        String vendor = null;
        String family = null;
        String model = null;
        String name = null;
        for (String l : lines) {
            if (l.isBlank() && vendor != null) {
                break;
            }
            int colon = l.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = l.substring(0, colon).strip();
            String value = l.substring(colon + 1).strip();
            switch (key) {
                case "vendor_id" -> vendor = value;
                case "cpu family" -> family = value;
                case "model" -> model = value;
                case "model name" -> name = value;
                default -> { }
            }
        }
        if (vendor == null && name == null) {
            return System.getProperty("os.arch") + " (CPU unknown)";
        }
        StringBuilder sb = new StringBuilder(vendor != null ? vendor : "unknown vendor");
        if (family != null) {
            sb.append(" family ").append(family);
        }
        if (model != null) {
            sb.append(" model ").append(model);
        }
        if (name != null) {
            sb.append(" (").append(name).append(')');
        }
        return sb.toString();
    }
}
