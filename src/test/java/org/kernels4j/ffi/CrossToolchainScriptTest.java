package org.kernels4j.ffi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * native/tools/ensure-cross-toolchain.sh, which the build runs first, stops with a message
 * naming the missing packages when it cannot install them, instead of letting the build go
 * on without the aarch64 native. Run against a PATH of stubs: no cross-compiler, dpkg
 * knows none of the packages, and then either no apt-get or a user that is not root.
 * (Nothing is installed: the stubs never reach apt-get.)
 */
class CrossToolchainScriptTest {

    private static final Path SCRIPT = Path.of("native/tools/ensure-cross-toolchain.sh");

    private static void stub(Path dir, String name, String body) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, "#!/bin/bash\n" + body + "\n");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static void link(Path dir, String tool) throws IOException {
        for (String d : new String[] {"/usr/bin", "/bin"}) {
            Path p = Path.of(d, tool);
            if (Files.isExecutable(p)) {
                Files.createSymbolicLink(dir.resolve(tool), p);
                return;
            }
        }
        throw new IllegalStateException("no " + tool);
    }

    private record Run(int exit, String err) {
    }

    private static Run run(Path bin) throws Exception {
        for (String tool : new String[] {"grep", "cat"}) {
            link(bin, tool);
        }
        stub(bin, "dpkg-query", "exit 1");
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", SCRIPT.toAbsolutePath().toString());
        pb.environment().put("PATH", bin.toString());
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), err);
    }

    @Test
    void failsClearlyWithoutApt(@TempDir Path bin) throws Exception {
        stub(bin, "id", "echo 0");
        Run r = run(bin);
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("cannot build the linux-aarch64 native library"), r.err());
        assertTrue(r.err().contains("gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user"), r.err());
        assertTrue(r.err().contains("no apt-get"), r.err());
    }

    @Test
    void failsClearlyWhenNotRoot(@TempDir Path bin) throws Exception {
        stub(bin, "id", "if [ \"$1\" = -u ]; then echo 1000; else echo builder; fi");
        stub(bin, "apt-get", "echo 'apt-get must not run here' >&2; exit 99");
        Run r = run(bin);
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("needs root (this build runs as builder)"), r.err());
        assertTrue(!r.err().contains("must not run"), r.err());
    }
}
