package org.kernels4j.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory is bounded by the data: 1000 columns x 1 row is read in a JVM whose direct memory
 * (where the arenas' native memory is counted) is capped at 32 MiB, and the peak resident
 * size of that whole JVM stays far under 256 MB.
 */
class WideFileMemoryTest {

    /** The forked JVM: reads the file, prints "rows columns peakRssKiB". */
    public static void main(String[] args) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            CsvTable t = CsvColumns.read(Path.of(args[0]), arena);
            long hwm = Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmHWM:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).sum();
            System.out.println(t.rows() + " " + t.numericColumns().size() + " " + hwm);
        }
    }

    @Test
    void thousandColumnsOneRow(@TempDir Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < 1000; j++) {
            sb.append(j == 0 ? "" : ",").append("c").append(j);
        }
        sb.append('\n');
        for (int j = 0; j < 1000; j++) {
            sb.append(j == 0 ? "" : ",").append(j * 0.5);
        }
        sb.append('\n');
        Path f = dir.resolve("wide.csv");
        Files.writeString(f, sb);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx64m", "-XX:MaxDirectMemorySize=32m",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                WideFileMemoryTest.class.getName(), f.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        String[] parts = out.lines().reduce((a, b) -> b).orElse("").split(" ");
        assertEquals("1", parts[0], out);
        assertEquals("1000", parts[1], out);
        long peakKiB = Long.parseLong(parts[2]);
        assertTrue(peakKiB < 256 * 1024, "peak RSS " + peakKiB + " KiB");
        System.out.println("1000 columns x 1 row: peak RSS of the reading JVM " + peakKiB / 1024 + " MiB");
    }
}
