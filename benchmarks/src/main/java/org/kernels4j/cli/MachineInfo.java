package org.kernels4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.kernels4j.Kernels;
import org.kernels4j.KernelsInfo;

/** What ran a benchmark: CPU model and cores, JDK, OS, and the library's backend and CPU path. */
record MachineInfo(String cpuModel, int cores, String jdk, String os, String backend, String isa, String bestIsa) {

    static MachineInfo current() {
        KernelsInfo k = Kernels.info();
        return new MachineInfo(readCpuModel(), Runtime.getRuntime().availableProcessors(),
                Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                k.backend(), k.isa(), k.bestIsa());
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
        return cpuModel + ", " + cores + " cores available; Java " + jdk + "; " + os + "; kernels4j " + backend
                + " backend on the " + isa + " path" + (bestIsa != null ? " (best " + bestIsa + ")" : "");
    }
}
