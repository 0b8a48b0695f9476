package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leak soak in a fresh JVM ({@link LeakSoakProbe}): 10^5 array allocate/close cycles, 10^4
 * cancelled pool kernels and 10^3 pool create/close cycles must bring the thread count back to
 * its baseline and keep the resident set within a bound. The heap is fixed and pre-touched
 * ({@code -Xms = -Xmx}, {@code AlwaysPreTouch}), so RSS growth is native memory, metaspace and
 * thread stacks: what a leak of arenas, scratch buffers or workers would show.
 */
class LeakSoakTest {
    /** Growth allowed over the baseline: malloc arenas and JIT code settle, a leak does not stop. */
    static final long RSS_GROWTH_BOUND_KIB = 24 * 1024;

    record Phase(int cycles, long ms, long rssKiB, int javaThreads, int osThreads) {
    }

    @Test
    void allocationsCancelledKernelsAndPoolCyclesLeaveNothingBehind(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/status")), "needs /proc (Linux)");
        List<String> cmd = new java.util.ArrayList<>(List.of(ForkedJvm.java(),
                ForkedJvm.nativeAccess(), "-Xms128m", "-Xmx128m", "-XX:+AlwaysPreTouch",
                "-XX:+UseSerialGC", "-Djava.io.tmpdir=" + tmp));
        cmd.addAll(ForkedJvm.launch(LeakSoakProbe.class));
        cmd.addAll(List.of("100000", "10000", "1000"));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectOutput(tmp.resolve("out.txt").toFile());
        pb.redirectError(tmp.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "soak JVM did not finish");
        String out = Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8);
        String err = Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out + err);
        Map<String, Phase> phases = new LinkedHashMap<>();
        for (String line : out.lines().toList()) {
            if (line.startsWith("PHASE ")) {
                String[] f = line.split(" ");
                phases.put(f[1], new Phase(Integer.parseInt(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]),
                        Integer.parseInt(f[5]), Integer.parseInt(f[6])));
            }
        }
        System.out.println("leak soak:\n" + out);
        Phase base = phases.get("baseline");
        assertEquals(List.of("baseline", "allocate-close", "cancelled-kernels", "pool-create-close"),
                List.copyOf(phases.keySet()), out);
        for (Map.Entry<String, Phase> e : phases.entrySet()) {
            Phase ph = e.getValue();
            assertEquals(base.javaThreads(), ph.javaThreads(), e.getKey() + ": Java threads back to baseline\n" + out);
            // OS threads also count GC and JIT compiler threads, which the JVM adds and retires
            // on its own; a leaked worker per pool cycle would add a thousand.
            assertTrue(ph.osThreads() <= base.osThreads() + 4, e.getKey() + ": OS threads\n" + out);
            assertTrue(ph.rssKiB() - base.rssKiB() < RSS_GROWTH_BOUND_KIB,
                    e.getKey() + ": RSS grew by " + (ph.rssKiB() - base.rssKiB()) + " KiB\n" + out);
        }
        try (var left = Files.list(tmp)) {
            assertEquals(List.of("err.txt", "out.txt"), left.map(f -> f.getFileName().toString()).sorted().toList(),
                    "nothing left in the soak JVM's temp directory");
        }
    }
}
