package org.kernels4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kernels4j.Kernels;

/**
 * The tool as the {@code kernels4j} script starts it: the library as module org.kernels4j on the
 * module path (only its API exported, and the backend package to the tool), the tool on the class
 * path. The other tests run the tool on the class path with the library, where every package is
 * reachable; here a linked access to a package the module keeps to itself fails as it would for a
 * user. The bench plans a family whose pool1 sizes come from the planner's cost limits and the
 * sort family (NumPy the only backend, so that no JMH fork starts).
 */
class ModulePathCliTest {
    @TempDir
    Path dir;

    @Test
    void benchPlansEveryFamilyWithTheLibraryAsAModule() throws Exception {
        Path lib = Path.of(Kernels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(lib.toString().endsWith(".jar"), "the library is not a jar here: " + lib);
        List<String> classPath = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!Path.of(e).toAbsolutePath().equals(lib.toAbsolutePath())) {
                classPath.add(e);
            }
        }
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", lib.toString(), "--add-modules", "org.kernels4j",
                "--add-exports", "org.kernels4j/org.kernels4j.backend=ALL-UNNAMED",
                "--enable-native-access=org.kernels4j,ALL-UNNAMED",
                "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + dir,
                "-cp", String.join(File.pathSeparator, classPath), Launcher.class.getName(),
                "bench", "--kernels", "sum,sort", "--backends", "numpy", "--sizes", "1000", "--warmup", "0", "--iterations", "1",
                "--time", "20ms", "--ignore-lock", "--output", dir.resolve("out").toString()));
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = p.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            p.destroyForcibly();
        }
        assertTrue(ended, "the tool hung");
        String o = Files.readString(out, StandardCharsets.UTF_8);
        String e = Files.readString(err, StandardCharsets.UTF_8);
        assertFalse(e.contains("IllegalAccessError") || o.contains("IllegalAccessError"), e);
        assertEquals(0, p.exitValue(), o + e);
        // both families have their table (NumPy's column: a figure, or absent with why)
        for (String family : List.of("reductions ", "sort ")) {
            assertTrue(o.lines().anyMatch(l -> l.startsWith(family)), family + "in\n" + o);
        }
    }
}
