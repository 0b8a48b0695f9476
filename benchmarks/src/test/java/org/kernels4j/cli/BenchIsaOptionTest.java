package org.kernels4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kernels4j.Kernels;

/**
 * {@code bench --isa PATH}: the library's path in the forks ({@code -Dkernels4j.isa}) and NumPy
 * held to the like of it ({@code NPY_DISABLE_CPU_FEATURES}); unknown paths and paths the CPU
 * lacks refused with a usage error.
 */
class BenchIsaOptionTest {
    @TempDir
    Path dir;

    private static final String NPY = BenchCommand.NPY_DISABLE;

    @Test
    void avx2DisablesNumpysAvx512Dispatch() {
        BenchCommand.IsaChoice c = BenchCommand.isaChoice("avx2", "avx512");
        assertEquals("avx2", c.path());
        assertEquals(Map.of(NPY, "X86_V4 AVX512_ICL AVX512_SPR"), c.numpyEnv());
        assertEquals("avx2", BenchCommand.isaChoice(" AVX2 ", "avx2").path(), "case and blanks ignored; the best path itself");
    }

    @Test
    void otherPathsAsDocumented() {
        BenchCommand.IsaChoice base = BenchCommand.isaChoice("baseline", "avx512");
        assertEquals("baseline", base.path());
        assertEquals("X86_V3 X86_V4 AVX512_ICL AVX512_SPR", base.numpyEnv().get(NPY), "NumPy down to its own baseline");
        BenchCommand.IsaChoice top = BenchCommand.isaChoice("avx512", "avx512");
        assertEquals("avx512", top.path());
        assertTrue(top.numpyEnv().containsKey(NPY) && top.numpyEnv().get(NPY) == null,
                "avx512 clears the variable: NumPy's full dispatch");
        BenchCommand.IsaChoice neon = BenchCommand.isaChoice("neon", "neon");
        assertTrue(neon.numpyEnv().containsKey(NPY) && neon.numpyEnv().get(NPY) == null);
        BenchCommand.IsaChoice armBase = BenchCommand.isaChoice("baseline", "neon");
        assertTrue(armBase.numpyEnv().containsKey(NPY) && armBase.numpyEnv().get(NPY) == null,
                "no x86 feature names on aarch64");
        for (String auto : new String[] {null, "auto", "AUTO"}) {
            BenchCommand.IsaChoice a = BenchCommand.isaChoice(auto, "avx512");
            assertNull(a.path(), "auto leaves the library's path to the environment");
            assertEquals(Map.of(), a.numpyEnv(), "and NumPy's");
        }
    }

    @Test
    void unknownAndUnavailablePathsAreUsageErrors() {
        UsageException u = assertThrows(UsageException.class, () -> BenchCommand.isaChoice("avx1024", "avx512"));
        assertTrue(u.getMessage().contains("unknown path 'avx1024'") && u.getMessage().contains("avx2"), u.getMessage());
        UsageException hi = assertThrows(UsageException.class, () -> BenchCommand.isaChoice("avx512", "avx2"));
        assertTrue(hi.getMessage().contains("best is avx2"), hi.getMessage());
        assertThrows(UsageException.class, () -> BenchCommand.isaChoice("neon", "avx512"), "another architecture");
        assertThrows(UsageException.class, () -> BenchCommand.isaChoice("avx2", "neon"), "another architecture");
        UsageException none = assertThrows(UsageException.class, () -> BenchCommand.isaChoice("avx2", null));
        assertTrue(none.getMessage().contains("native library"), none.getMessage());
        assertThrows(UsageException.class, () -> BenchCommand.isaChoice("", "avx512"), "blank is not a path");
    }

    @Test
    void theCommandRefusesAnUnknownPathBeforeRunning() {
        Cli.Result r = Cli.run("bench", "--isa", "sse9", "-k", "sort", "-o", dir.toString());
        assertEquals(Kernels4jCli.EXIT_USAGE, r.code(), r.toString());
        assertTrue(r.err().contains("unknown path 'sse9'"), r.toString());
        assertFalse(r.out().contains("capacity"), "nothing ran: " + r.out());
    }

    @Test
    void forksGetThePathOverThisJvmsSetting() {
        String saved = System.getProperty("kernels4j.isa");
        try {
            System.setProperty("kernels4j.isa", "baseline");
            List<String> a = Arrays.asList(BenchCommand.forkJvmArgs("avx2"));
            assertEquals(List.of("-Dkernels4j.isa=avx2"), a.stream().filter(s -> s.startsWith("-Dkernels4j.isa=")).toList());
            List<String> plain = Arrays.asList(BenchCommand.forkJvmArgs());
            assertEquals(List.of("-Dkernels4j.isa=baseline"),
                    plain.stream().filter(s -> s.startsWith("-Dkernels4j.isa=")).toList(), "without --isa: this JVM's setting");
        } finally {
            if (saved == null) {
                System.clearProperty("kernels4j.isa");
            } else {
                System.setProperty("kernels4j.isa", saved);
            }
        }
    }

    /** NumPy in the environment --isa avx2 gives it dispatches to AVX2 (X86_V3), not to AVX-512. */
    @Test
    void numpyPeerRunsWithTheFeaturesHeldBack() throws Exception {
        assumeTrue(NumpyPeer.probe() == null, "numpy not installed");
        String best = Kernels.info().bestIsa();
        assumeTrue("avx512".equals(best), "an AVX-512 CPU shows the difference");
        NumpyPeer.Outcome held = NumpyPeer.run(List.of("sorti64"), List.of(1000L), 0, 0.01, 1, dir,
                BenchCommand.isaChoice("avx2", best).numpyEnv());
        assertTrue(held.present(), held.raw());
        assertTrue(held.version().contains("X86_V3") && !held.version().contains("X86_V4"), held.version());
        assertEquals(1, held.timings().size(), held.raw());
        assertEquals("sorti64", held.timings().get(0).op());
        NumpyPeer.Outcome full = NumpyPeer.run(List.of("sorti64"), List.of(1000L), 0, 0.01, 1, dir,
                BenchCommand.isaChoice("avx512", best).numpyEnv());
        assertTrue(full.version().contains("X86_V4"), full.version());
    }

    /** The whole command with --isa: the forks run, the summary names the path, NumPy its features. */
    @Test
    void benchWithIsaEndToEnd() {
        String best = Kernels.info().bestIsa();
        assumeTrue(best != null, "native library not loaded");
        String path = best.equals("avx512") || best.equals("avx2") ? "avx2" : "baseline";
        Cli.Result r = Cli.run("bench", "--isa", path, "-k", "sorti64", "-s", "1000", "-b", "ffm-heap,numpy",
                "--warmup", "0", "--iterations", "1", "--time", "20ms", "--ignore-lock", "--output", dir.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("on the " + path + " path (best " + best + ")"), r.out());
        String row = r.out().lines().filter(l -> l.startsWith("sorti64 ")).findFirst().orElseThrow();
        assertFalse(row.contains("failed") || row.contains("n/a"), row);
        if (NumpyPeer.probe() == null && path.equals("avx2")) {
            assertTrue(r.out().contains("X86_V3") && !r.out().contains("X86_V4"), "NumPy's features in\n" + r.out());
        }
    }
}
