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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Library loading, fallback and the ISA override, each in a fresh JVM. */
class LoaderTest {

    record Result(int exit, String out, String err) {
    }

    static Result probe(Path tmp, String... props) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ForkedJvm.java());
        cmd.add(ForkedJvm.nativeAccess());
        cmd.add("-Djava.io.tmpdir=" + tmp);
        cmd.addAll(List.of(props));
        cmd.addAll(ForkedJvm.launch(LoaderProbe.class));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("KERNELS4J_ISA");
        pb.redirectOutput(tmp.resolve("out.txt").toFile());
        pb.redirectError(tmp.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe JVM did not finish");
        return new Result(p.exitValue(), Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    static int count(String haystack, String needle) {
        int c = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            c++;
        }
        return c;
    }

    @Test
    void extractsThePackagedLibraryAndLeavesNoTempFile(@TempDir Path tmp) throws Exception {
        Result r = probe(tmp);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("backend=native"), r.out());
        assertTrue(r.out().contains(" native=native/" + org.kernels4j.ffi.NativeLibrary.platform() + "/libk4j.so "),
                "says which packaged native it loaded: " + r.out());
        assertTrue(r.out().contains("SUM 10.0"), r.out());
        assertTrue(r.err().isBlank(), "no warning expected, got: " + r.err());
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(f -> f.getFileName().toString().startsWith("kernels4j-")).toList(),
                    "extracted library left behind");
        }
    }

    @Test
    void missingLibraryFallsBackToJavaAndSaysWhyOnce(@TempDir Path tmp) throws Exception {
        Path missing = tmp.resolve("nowhere/libk4j.so");
        Result r = probe(tmp, "-Dkernels4j.library.path=" + missing);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("backend=java"), r.out());
        assertTrue(r.out().contains("SUM 10.0"), r.out());
        assertEquals(1, count(r.err(), "cannot load the kernels4j native library"), r.err());
        assertTrue(r.err().contains(missing.toString()), "the warning names the path tried: " + r.err());
    }

    @Test
    void corruptLibraryFallsBackWithTheOsError(@TempDir Path tmp) throws Exception {
        Path corrupt = tmp.resolve("libk4j.so");
        Files.writeString(corrupt, "this is not an ELF file, it is a test's garbage\n".repeat(20));
        Result r = probe(tmp, "-Dkernels4j.library.path=" + corrupt);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("backend=java"), r.out());
        assertEquals(1, count(r.err(), "cannot load the kernels4j native library"), r.err());
        assertTrue(r.err().contains("ELF") || r.err().contains("too short"), "the OS loader's reason: " + r.err());
    }

    @Test
    void requiredNativeBackendMakesAFailureAnError(@TempDir Path tmp) throws Exception {
        Path missing = tmp.resolve("libk4j-missing.so");
        Result r = probe(tmp, "-Dkernels4j.library.path=" + missing, "-Dkernels4j.backend=native");
        assertEquals(3, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("ISE cannot load the kernels4j native library from " + missing), r.out());
        assertTrue(r.out().contains("forbids falling back"), r.out());
    }

    @Test
    void isaOverrideForcesALowerPath(@TempDir Path tmp) throws Exception {
        for (String isa : List.of("baseline", "avx2")) {
            Result r = probe(tmp, "-Dkernels4j.isa=" + isa);
            assertEquals(0, r.exit(), r.out() + r.err());
            assertTrue(r.out().contains("backend=native isa=" + isa), r.out());
            assertTrue(r.out().contains("SUM 10.0"), r.out());
        }
    }

    @Test
    void aPathOfTheOtherArchitectureFallsBackToTheBest(@TempDir Path tmp) throws Exception {
        String foreign = org.kernels4j.ffi.NativeLibrary.platform().endsWith("aarch64") ? "avx2" : "neon";
        Result r = probe(tmp, "-Dkernels4j.isa=" + foreign);
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("backend=native"), r.out());
        assertTrue(!r.out().contains("isa=" + foreign + " "), r.out());
        assertTrue(r.err().contains("requested ISA path " + foreign + " is not supported"), r.err());
        assertTrue(r.out().contains("SUM 10.0"), r.out());
    }

    @Test
    void javaBackendOnRequest(@TempDir Path tmp) throws Exception {
        Result r = probe(tmp, "-Dkernels4j.backend=java");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("backend=java isa=java"), r.out());
    }
}
