package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files truncated or rewritten while they are read, in forked JVMs (a crash there would be
 * SIGBUS or SIGSEGV and an hs_err file, not a failed assertion in this JVM).
 */
class NpyFileFaultTest {
    record Result(int exit, String out) {
    }

    static Result fork(Path tmp, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ForkedJvm.java());
        cmd.add(ForkedJvm.nativeAccess());
        cmd.add("-Xmx256m");
        cmd.add("-XX:ErrorFile=" + tmp.resolve("hs_err_%p.log"));
        cmd.add("-Djava.io.tmpdir=" + tmp);
        cmd.addAll(ForkedJvm.launch(NpyFaultProbe.class));
        cmd.add(tmp.toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "probe JVM did not finish");
        String out = Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8);
        try (Stream<Path> s = Files.list(tmp)) {
            assertTrue(s.noneMatch(x -> x.getFileName().toString().startsWith("hs_err")), "the JVM crashed:\n" + out);
        }
        return new Result(p.exitValue(), out);
    }

    @Test
    void truncationOrRewriteDuringReadIsAnErrorNeverACrash(@TempDir Path tmp) throws Exception {
        Result r = fork(tmp, "read", "40");
        assertEquals(0, r.exit(), r.out());
        Matcher m = Pattern.compile("rounds=40 ok=(\\d+) errors=(\\d+)").matcher(r.out());
        assertTrue(m.find(), r.out());
        assertTrue(Integer.parseInt(m.group(2)) > 0, "no truncation was caught: " + r.out());
        assertTrue(r.out().contains("another process") || r.out().contains("truncated"), r.out());
    }

    /**
     * Java-side access to a truncated mapping (a {@code MemorySegment} copy or get) is turned
     * into an exception by the JVM; only native code reading the pages dies of SIGBUS. This is
     * what makes the Java-side copy a safe alternative to positional reads.
     */
    @Test
    void javaAccessToATruncatedMappingThrowsInsteadOfCrashing(@TempDir Path tmp) throws Exception {
        Result r = fork(tmp, "mapped");
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("copy: java.lang.InternalError"), r.out());
        assertTrue(r.out().contains("get: java.lang.InternalError"), r.out());
    }
}
