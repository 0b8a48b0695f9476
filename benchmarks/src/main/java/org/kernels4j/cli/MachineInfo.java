package org.kernels4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kernels4j.Isa;
import org.kernels4j.Kernels;
import org.kernels4j.KernelsInfo;
import org.kernels4j.backend.NativeTuning;

/**
 * What ran a benchmark: the CPU (vendor, family, model and name) and cores, JDK, OS, and the
 * library's backend, CPU path, GEMM configuration and the sorts' choices.
 */
record MachineInfo(String cpuModel, int cores, String jdk, String os, String backend, String isa, String bestIsa,
                   String cpu, String gemm, String sort) {

    static MachineInfo current() {
        KernelsInfo k = Kernels.info();
        return new MachineInfo(readCpuModel(), Runtime.getRuntime().availableProcessors(),
                Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                k.backend(), k.isa(), k.bestIsa(), k.cpu(), k.gemm(), k.sort());
    }

    /** The same machine with the library on another path (what {@code bench --isa} makes its forks run). */
    MachineInfo onPath(String path) {
        return new MachineInfo(cpuModel, cores, jdk, os, backend, path, bestIsa, cpu, gemm, sortChoices(backend, path));
    }

    /** What the sorts chose at load on the path (the forks inherit the environment), or null. */
    static String sortChoices(String backend, String path) {
        if (!"native".equals(backend)) {
            return null;
        }
        try {
            Isa isa = Isa.parse(path);
            return isa == null ? null : NativeTuning.sortChoices(isa.code());
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    static String readCpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            for (String l : lines) {
                if (l.startsWith("model name")) {
                    return l.substring(l.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall through
        }
        return System.getProperty("os.arch") + " (model unknown)";
    }

    String summary() {
        return cpu + ", " + cores + " cores available; Java " + jdk + "; " + os + "; kernels4j " + backend
                + " backend on the " + isa + " path" + (bestIsa != null ? " (best " + bestIsa + ")" : "");
    }
}
