package org.kernels4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The verbs, help, version and the exit-code / one-line-error contract, through picocli's API. */
class CliTest {

    private static int lines(String s) {
        return s.isEmpty() ? 0 : s.split("\n").length;
    }

    @Test
    void helpOnEveryVerb() {
        for (String[] args : new String[][] {{"--help"}, {"bench", "--help"}, {"describe", "--help"}, {"help", "bench"}, {"-h"}}) {
            Cli.Result r = Cli.run(args);
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("Usage: kernels4j"), r.toString());
            assertEquals("", r.err());
        }
        assertTrue(Cli.run("bench", "--help").out().contains("--kernels"));
        assertTrue(Cli.run("describe", "--help").out().contains("--json"));
        assertTrue(Cli.run("--help").out().contains("Exit codes"));
    }

    @Test
    void version() {
        Cli.Result r = Cli.run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("kernels4j "), r.out());
        assertTrue(r.out().contains("CPU path"), r.out());
        assertTrue(r.out().contains("Java 25") || r.out().contains("Java 2"), r.out());
    }

    @Test
    void noVerbIsBadInput() {
        Cli.Result r = Cli.run();
        assertEquals(2, r.code());
        assertEquals(1, lines(r.err()), r.err());
        assertTrue(r.err().contains("missing command"), r.err());
    }

    @Test
    void unknownOptionAndVerbAreBadInputInOneLine() {
        for (String[] args : new String[][] {{"--frobnicate"}, {"frobnicate"}, {"bench", "--no-such-option"},
                {"describe", "--workers", "many"}, {"bench", "--duration", "forever"}}) {
            Cli.Result r = Cli.run(args);
            assertEquals(2, r.code(), r.toString());
            assertEquals(1, lines(r.err()), r.toString());
            assertEquals("", r.out());
            assertFalse(r.err().contains("\tat "), r.err());
        }
    }

    @Test
    void benchBadValuesAreBadInput() {
        for (String[] args : new String[][] {{"bench", "--sizes", "12x"}, {"bench", "--sizes", "0"},
                {"bench", "--kernels", "fft"}, {"bench", "--backends", "cuda"}, {"bench", "--workers", "0"},
                {"bench", "--time", "soon"}, {"bench", "--iterations", "0"}}) {
            Cli.Result r = Cli.run(args);
            assertEquals(2, r.code(), r.toString());
            assertEquals(1, lines(r.err()), r.toString());
            assertTrue(r.err().startsWith("kernels4j bench: "), r.err());
        }
        assertTrue(Cli.run("bench", "--kernels", "fft").err().contains("families: reductions"));
    }

    @Test
    void benchList() {
        Cli.Result r = Cli.run("bench", "--list");
        assertEquals(0, r.code(), r.toString());
        for (String s : new String[] {"reductions", "elementwise", "cumsum", "ffm-heap", "jni", "vector", "numpy", "pool1", "ejml",
            "commons-math"}) {
            assertTrue(r.out().contains(s), s + " in " + r.out());
        }
        assertTrue(r.out().contains("not in the default run (-b or -k runs them): ejml, commons-math"), r.out());
        assertTrue(!Backends.inDefaultRun("ejml") && !Backends.inDefaultRun("commons-math"));
        assertTrue(Backends.inDefaultRun("pool1") && Backends.inDefaultRun("ffm-heap") && Backends.inDefaultRun("numpy"));
    }

    @Test
    void defaultRunKeepsOnePlainJavaColumnPerFamily() {
        BenchCatalog.Family reductions = null;
        BenchCatalog.Family sort = null;
        BenchCatalog.Family gemm = null;
        var quiet = new ProgressFormat(new java.io.PrintWriter(java.io.PrintWriter.nullWriter()), null, false, 0, 0);
        for (BenchCatalog.Family f : BenchCatalog.load(quiet).families()) {
            if (f.name().equals("reductions")) {
                reductions = f;
            } else if (f.name().equals("sort")) {
                sort = f;
            } else if (f.name().equals("gemm")) {
                gemm = f;
            }
        }
        java.util.Set<String> none = java.util.Set.of();
        assertTrue(!BenchCommand.defaultBackend(none, reductions, "java"), "java-loop stands for plain Java in reductions");
        assertTrue(BenchCommand.defaultBackend(none, reductions, "java-loop"));
        assertTrue(!BenchCommand.defaultBackend(none, reductions, "ejml"));
        assertTrue(!BenchCommand.defaultBackend(none, sort, "java"), "java-loop (Arrays.sort) stands for plain Java in sort");
        assertTrue(BenchCommand.defaultBackend(none, sort, "java-loop"));
        assertTrue(gemm.isQuick("dgemm"), "GEMM is in the default run");
        assertTrue(BenchCommand.defaultBackend(none, gemm, "ffm-heap") && BenchCommand.defaultBackend(none, gemm, "pool"));
        assertTrue(!BenchCommand.defaultBackend(none, gemm, "java") && !BenchCommand.defaultBackend(none, gemm, "openblas"),
                "the default run times GEMM against NumPy's matmul only");
        assertTrue(BenchCommand.defaultBackend(java.util.Set.of("gemm"), gemm, "openblas"));
        assertTrue(BenchCommand.defaultBackend(java.util.Set.of("sum"), reductions, "java"), "-k brings every backend back");
        assertTrue(BenchCommand.defaultBackend(java.util.Set.of("sum"), reductions, "commons-math"));
    }

    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("kaput");
        }
    }

    @Test
    void internalErrorIsExitOneInOneLineAndVerboseAddsTheStackTrace() {
        CommandLine cl = Kernels4jCli.newCommandLine();
        cl.addSubcommand("boom", new Boom());
        Cli.Result r = Cli.run(cl, "boom");
        assertEquals(1, r.code());
        assertEquals(1, lines(r.err()), r.err());
        assertTrue(r.err().contains("internal error: IllegalStateException: kaput"), r.err());

        CommandLine cl2 = Kernels4jCli.newCommandLine();
        cl2.addSubcommand("boom", new Boom());
        Cli.Result v = Cli.run(cl2, "--verbose", "boom");
        assertEquals(1, v.code());
        assertTrue(v.err().contains("\tat org.kernels4j.cli.CliTest$Boom.call"), v.err());
    }

    @Test
    void verboseShowsStackTraceForBadFiles() {
        Cli.Result r = Cli.run("--verbose", "describe", "/no/such/dir/x.npy");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("kernels4j describe: /no/such/dir/x.npy: no such file"), r.err());
        assertTrue(r.err().contains("\tat "), r.err());
    }
}
