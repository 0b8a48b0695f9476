package org.kernels4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's contract on hostile input, each case in a child JVM with the heap
 * capped at 256 MB: exit code 2, exactly one line on stderr naming the file (control
 * characters escaped) and the problem, nothing on stdout, no hang and no crash. The cases do
 * not depend on which CSV parser the tool uses.
 */
class BadInputCliTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err, long peakRssKb) {
        @Override
        public String toString() {
            return "exit " + code + "\n--- out ---\n" + out + "--- err ---\n" + err;
        }
    }

    @BeforeEach
    void clean() {
        assertTrue(Files.isDirectory(dir));
    }

    /** Runs the tool (its real entry point) in a child JVM with -Xmx256m. */
    Run cli(List<String> classPath, String... args) throws IOException, InterruptedException {
        return cli(classPath, null, args);
    }

    interface WhileRunning {
        void run(Process p) throws Exception;
    }

    Run cli(List<String> classPath, WhileRunning during, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-Xmx256m");
        cmd.add("-XX:ErrorFile=" + dir.resolve("hs_err_%p.log"));
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Djava.io.tmpdir=" + dir);
        cmd.add("-cp");
        cmd.add(String.join(File.pathSeparator, classPath));
        cmd.add(Launcher.class.getName());
        cmd.addAll(List.of(args));
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        long peak = 0;
        try {
            if (during != null) {
                during.run(p);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (p.isAlive() && System.nanoTime() < deadline) {
                peak = Math.max(peak, rssKb(p.pid()));
                p.waitFor(5, TimeUnit.MILLISECONDS);
            }
            assertFalse(p.isAlive(), "the tool hung on " + Arrays.toString(args));
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            p.destroyForcibly();
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(x -> x.getFileName().toString().startsWith("hs_err")), "the JVM crashed on "
                    + Arrays.toString(args) + ": " + Files.readString(err));
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8), peak);
    }

    static long rssKb(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone
        }
        return 0;
    }

    static List<String> fullClassPath() {
        return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
    }

    Run describe(String... args) throws IOException, InterruptedException {
        List<String> a = new ArrayList<>(List.of("describe"));
        a.addAll(List.of(args));
        return cli(fullClassPath(), a.toArray(String[]::new));
    }

    /** Exit 2, one stderr line holding every expected part, no raw control character, empty stdout. */
    static void contract(Run r, String... parts) {
        assertEquals(2, r.code(), r.toString());
        assertEquals("", r.out(), "nothing on stdout: " + r);
        assertTrue(r.err().endsWith("\n"), r.toString());
        assertEquals(1, r.err().split("\n", -1).length - 1, "exactly one stderr line: " + r);
        for (String p : parts) {
            assertTrue(r.err().contains(p), "expected '" + p + "' in: " + r.err());
        }
        for (char c : r.err().substring(0, r.err().length() - 1).toCharArray()) {
            assertFalse(Printable.needsEscape(c), "raw control character " + (int) c + " in: " + r.err());
        }
    }

    static byte[] npy(int major, String dict, byte[] data) {
        byte[] text = dict.getBytes(StandardCharsets.ISO_8859_1);
        int prefix = major == 1 ? 10 : 12;
        ByteBuffer b = ByteBuffer.allocate(prefix + text.length + data.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', (byte) major, 0});
        if (major == 1) {
            b.putShort((short) text.length);
        } else {
            b.putInt(text.length);
        }
        return b.put(text).put(data).array();
    }

    @Test
    void specialFiles() throws Exception {
        Path fifo = dir.resolve("pipe.npy");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo");
        contract(describe(fifo.toString()), fifo.toString(), "is a FIFO (named pipe), not a regular file");

        Path zero = dir.resolve("zero.f64");
        Files.createSymbolicLink(zero, Path.of("/dev/zero"));
        contract(describe(zero.toString()), "zero.f64", "is a character device");
        contract(describe("/dev/zero"), "/dev/zero", "is a character device");

        Path d = Files.createDirectory(dir.resolve("folder.csv"));
        contract(describe(d.toString()), "folder.csv", "is a directory");

        Path loop = dir.resolve("loop.npy");
        Files.createSymbolicLink(loop, loop);
        contract(describe(loop.toString()), "loop.npy", "symbolic link loop");

        Path broken = dir.resolve("broken.csv");
        Files.createSymbolicLink(broken, dir.resolve("nowhere"));
        contract(describe(broken.toString()), "broken.csv", "broken symbolic link");
        contract(describe(dir.resolve("missing.npy").toString()), "missing.npy", "no such file");
    }

    @Test
    void headersNestedOrSizedToExhaustTheParser() throws Exception {
        Path nested = dir.resolve("nested.npy");
        Files.write(nested, npy(1, "{'descr': " + "[".repeat(9_000) + "}", new byte[0]));
        contract(describe(nested.toString()), "nested.npy", "structured");

        Path tuple = dir.resolve("tuple.npy");
        Files.write(tuple, npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': " + "(".repeat(9_000), new byte[0]));
        contract(describe(tuple.toString()), "tuple.npy", "malformed .npy header");

        Path huge = dir.resolve("huge.npy");
        byte[] h = npy(2, "{}", new byte[0]);
        ByteBuffer.wrap(h).order(ByteOrder.LITTLE_ENDIAN).putInt(8, -1); // 4 GiB - 1 header bytes
        Files.write(huge, h);
        contract(describe(huge.toString()), "huge.npy", "longer than the limit");

        Path overflow = dir.resolve("overflow.npy");
        Files.write(overflow, npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296), }\n",
                new byte[0]));
        contract(describe(overflow.toString()), "overflow.npy", "too large");

        // A shape of 512 GiB over a sparse file: refused before any allocation.
        Path sparse = dir.resolve("sparse.npy");
        byte[] sh = npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (68719476736,), }\n", new byte[0]);
        try (FileChannel ch = FileChannel.open(sparse, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(sh));
            ch.write(ByteBuffer.allocate(8), sh.length + (68719476736L * 8) - 8);
        }
        contract(describe(sparse.toString()), "sparse.npy", "bytes of memory to read");
        Files.delete(sparse);

        Path line = dir.resolve("oneline.csv");
        Files.writeString(line, "a".repeat(3 << 20));
        contract(describe(line.toString()), "oneline.csv", "a field on line 1 is longer than 1048576 characters");

        Path quoted = dir.resolve("quoted.csv");
        Files.writeString(quoted, "a,b\n1,\"" + "x\n".repeat(1 << 20));
        contract(describe(quoted.toString()), "quoted.csv", "line 2");
    }

    /** Past the limits of kernels4j-csv: a clear error naming the file and the line, memory bounded. */
    @Test
    void csvOverTheReaderLimits() throws Exception {
        // 100,000 columns (the default limit is 16,384 fields per record).
        Path wide = dir.resolve("wide.csv");
        String header = java.util.stream.IntStream.range(0, 100_000).mapToObj(i -> "c" + i).collect(Collectors.joining(","));
        Files.writeString(wide, header + "\n");
        Run r = describe(wide.toString());
        contract(r, "wide.csv", "line 1 has more than 16384 fields");
        assertTrue(r.peakRssKb() < 200 * 1024, "peak RSS " + r.peakRssKb() + " kB");

        // A data record of 2 million fields under a one-column header.
        Path row = dir.resolve("longrow.csv");
        Files.writeString(row, "a\n1\n" + "1,".repeat(2_000_000) + "1\n");
        contract(describe(row.toString()), "longrow.csv", "line 3 has more than 16384 fields");

        // One quoted field of 64 Mi characters: over the 1 Mi limit, read no further than it.
        Path field = dir.resolve("field.csv");
        try (var w = Files.newBufferedWriter(field, StandardCharsets.UTF_8)) {
            w.write("a,b\n1,2\n3,\"");
            char[] x = new char[1 << 20];
            Arrays.fill(x, 'x');
            for (int i = 0; i < 64; i++) {
                w.write(x);
            }
            w.write("\"\n");
        }
        Run f = describe(field.toString());
        contract(f, "field.csv", "a field on line 3 is longer than 1048576 characters");
        assertTrue(f.peakRssKb() < 200 * 1024, "peak RSS " + f.peakRssKb() + " kB");
    }

    @Test
    void controlCharactersInNamesAndHeadersAreEscaped() throws Exception {
        Path evil = dir.resolve("evil\u001b[2J\u001b]0;owned\u0007.npy");
        Files.writeString(evil, "not numpy");
        contract(describe(evil.toString()), "evil\\x1b[2J\\x1b]0;owned\\x07.npy", "wrong magic");

        Path descr = dir.resolve("descr.npy");
        Files.write(descr, npy(1, "{'descr': '\u001b[31m\u009b1m', 'fortran_order': False, 'shape': (1,), }\n",
                new byte[8]));
        contract(describe(descr.toString()), "descr.npy", "\\x1b[31m\\x9b1m");

        Path csv = dir.resolve("names.csv");
        Files.writeString(csv, "\"a\u001b[1m\",b\u202e\n1,2\n3,x\u001b[0m\n");
        Run ok = describe(csv.toString());
        assertEquals(0, ok.code(), ok.toString());
        assertTrue(ok.out().contains("a\\x1b[1m"), ok.out());
        assertTrue(ok.out().contains("\\u202e"), ok.out());
        for (char c : ok.out().toCharArray()) {
            assertFalse(c != '\n' && Printable.needsEscape(c), "raw control character " + (int) c + " in: " + ok.out());
        }
    }

    @Test
    void wideCsvStaysSmall() throws Exception {
        Path wide = dir.resolve("wide.csv");
        String header = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> "c" + i).collect(Collectors.joining(","));
        String row = java.util.stream.IntStream.range(0, 1000).mapToObj(Integer::toString).collect(Collectors.joining(","));
        Files.writeString(wide, header + "\n" + row + "\n");
        Run r = describe("--json", wide.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("\"name\":\"c999\""), r.out());
        assertTrue(r.peakRssKb() > 0, "no RSS sample");
        assertTrue(r.peakRssKb() < 200 * 1024, "peak RSS " + r.peakRssKb() + " kB for 1000 columns x 1 row");
    }

    @Test
    void optionsOutOfRange() throws Exception {
        Path f = dir.resolve("ok.f64");
        Files.write(f, new byte[16]);
        contract(describe("--workers", "1000000", f.toString()), "--workers must be between 1 and 256, got 1000000");
        contract(describe("--workers", "0", f.toString()), "--workers must be between 1 and 256, got 0");
        contract(describe("--workers", "99999999999", f.toString()), "--workers");
        contract(describe("--progress", "\u001bsometimes", f.toString()), "\\x1bsometimes");
        contract(cli(fullClassPath(), "bench", "--workers", "1000000"), "--workers must be between 1 and 256");
    }

    @Test
    void jarWithoutItsLibrary() throws Exception {
        List<String> cp = fullClassPath().stream()
                .filter(e -> !Path.of(e).getFileName().toString().matches("kernels4j-\\d.*\\.jar"))
                .toList();
        assertTrue(cp.size() < fullClassPath().size(), "the library jar was not on the class path: " + fullClassPath());
        Run r = cli(cp, "describe");
        contract(r, "the kernels4j library is missing");
    }

    /** The file is truncated while the tool reads it (as soon as the child has it open). */
    @Test
    void truncatedWhileReadNeverCrashes() throws Exception {
        Path big = dir.resolve("big.npy");
        int n = 16 << 20; // 128 MiB of float64
        int errors = 0;
        for (int attempt = 0; attempt < 4 && errors == 0; attempt++) {
            try (FileChannel ch = FileChannel.open(big, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] header = npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (" + n + ",), }\n", new byte[0]);
                ch.write(ByteBuffer.wrap(header));
                ch.write(ByteBuffer.allocate(8), header.length + (long) n * 8 - 8);
            }
            Run r = cli(fullClassPath(), p -> {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (p.isAlive() && System.nanoTime() < deadline && !hasOpen(p.pid(), big)) {
                    Thread.onSpinWait();
                }
                try (FileChannel ch = FileChannel.open(big, StandardOpenOption.WRITE)) {
                    ch.truncate(1 << 20);
                }
            }, "describe", big.toString());
            if (r.code() == 2) {
                contract(r, "big.npy");
                errors++;
            } else {
                assertEquals(0, r.code(), "neither a result nor a clean error: " + r);
            }
        }
        assertTrue(errors > 0, "no attempt caught the truncation");
    }

    static boolean hasOpen(long pid, Path file) {
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            String target = file.toAbsolutePath().toString();
            return fds.anyMatch(fd -> {
                try {
                    return Files.readSymbolicLink(fd).toString().equals(target);
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }
}
