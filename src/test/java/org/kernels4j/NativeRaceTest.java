package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer thread rewrites the input of every multi-pass kernel while it runs (sort, argsort,
 * median, quantiles, partition, histogram with the range from the data, describe, bincount;
 * every dtype; heap and off-heap; synchronous and on a pool), in a forked JVM
 * ({@link RaceChild}): a crash there fails this test instead of killing the test run. The
 * child exits 0 only if it survived every case and the kernels are right on fresh data
 * afterwards. {@code -Dk4j.race.ms} sets the time per case (default 100 ms).
 */
class NativeRaceTest {

    @Test
    void kernelsSurviveInputsRewrittenDuringTheCall(@TempDir Path tmp) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(
                ForkedJvm.java(),
                ForkedJvm.nativeAccess(),
                "-Xmx1g",
                "-Djava.io.tmpdir=" + tmp,
                "-Dk4j.race.ms=" + Long.getLong("k4j.race.ms", 100)));
        cmd.addAll(ForkedJvm.launch(RaceChild.class));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Path out = tmp.resolve("out.txt");
        pb.redirectErrorStream(true);
        pb.redirectOutput(out.toFile());
        Process p = pb.start();
        boolean finished = p.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            p.destroyForcibly().waitFor();
        }
        String log = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(finished, "the race JVM did not finish in 5 minutes:\n" + log);
        assertEquals(0, p.exitValue(), "the race JVM failed or crashed (exit " + p.exitValue() + "):\n" + log);
        assertTrue(log.contains("fresh data: all right"), log);
        System.out.println("NativeRaceTest: " + log.strip());
    }
}
