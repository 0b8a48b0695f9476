package org.kernels4j.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Hostile inputs with the default limits, each read in a JVM whose heap is capped at 48 MiB
 * and direct memory at 32 MiB: an endless field (quoted or not), an endless header row and an
 * endless data record (one field after another) fail with {@link CsvFormatException} at the
 * limit, after reading a bounded part of an input that would never end, instead of growing
 * until {@link OutOfMemoryError}. The widest file the defaults allow (16,384 columns) is read.
 */
class HostileInputMemoryTest {
    /** Endless input: {@code head}, then {@code unit} repeated (about 64 GiB, never reached). */
    static final class Endless extends InputStream {
        private final byte[] head;
        private final byte[] unit;
        private long pos;
        private final long end;
        long served;

        Endless(String head, String unit) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.unit = unit.getBytes(StandardCharsets.UTF_8);
            this.end = 64L << 30;
        }

        @Override
        public int read() {
            if (pos >= end) {
                return -1;
            }
            long at = pos++;
            served++;
            return at < head.length ? head[(int) at] : unit[(int) ((at - head.length) % unit.length)];
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (pos >= end) {
                return -1;
            }
            int n = (int) Math.min(len, end - pos);
            for (int i = 0; i < n; i++) {
                long at = pos++;
                b[off + i] = at < head.length ? head[(int) at] : unit[(int) ((at - head.length) % unit.length)];
            }
            served += n;
            return n;
        }
    }

    /**
     * The forked JVM: reads each case, prints one line per case ("case|message|bytes read") and
     * a last line "peak KiB".
     */
    public static void main(String[] args) throws IOException {
        List<String[]> cases = List.of(
                new String[] {"quoted field", "a,b\n1,\"", "x"},
                new String[] {"unquoted field", "a\n", "9"},
                new String[] {"header row", "", "c,"},
                new String[] {"data record", "a,b\n1,2\n", "1,"});
        for (String[] c : cases) {
            Endless in = new Endless(c[1], c[2]);
            String outcome;
            try (Arena arena = Arena.ofConfined()) {
                CsvTable t = CsvColumns.read(in, "hostile.csv", arena, CsvOptions.defaults());
                outcome = "read " + t.rows() + " rows";
            } catch (CsvFormatException e) {
                outcome = e.getMessage();
            }
            System.out.println(c[0] + "|" + outcome + "|" + in.served);
        }
        // The widest table the defaults allow, two rows.
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < 3; r++) {
            for (int j = 0; j < CsvOptions.DEFAULT_MAX_FIELDS; j++) {
                sb.append(j == 0 ? "" : ",").append(r == 0 ? "c" : "").append(j + r);
            }
            sb.append('\n');
        }
        try (Arena arena = Arena.ofConfined()) {
            CsvTable t = CsvColumns.read(new java.io.ByteArrayInputStream(sb.toString().getBytes(StandardCharsets.UTF_8)),
                    "widest.csv", arena, CsvOptions.defaults());
            System.out.println("widest|" + t.rows() + " rows x " + t.numericColumns().size() + " columns|" + sb.length());
        }
        long hwm = Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmHWM:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).sum();
        System.out.println("peak " + hwm);
    }

    @Test
    void endlessFieldsAndRecordsFailAtTheLimitsWithBoundedMemory() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx48m", "-XX:MaxDirectMemorySize=32m",
                "-XX:+ExitOnOutOfMemoryError", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), HostileInputMemoryTest.class.getName()))
                .redirectErrorStream(true).start();
        String out;
        try {
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the reader did not stop");
        } finally {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), out);
        assertFalse(out.contains("OutOfMemoryError"), out);
        List<String[]> lines = new ArrayList<>();
        out.lines().filter(l -> l.contains("|")).forEach(l -> lines.add(l.split("\\|")));
        assertEquals(5, lines.size(), out);
        String field = "a field on line 2 is longer than 1048576 characters (the limit CsvOptions.maxFieldLength)";
        assertEquals("hostile.csv: " + field, lines.get(0)[1], out);
        assertEquals("hostile.csv: " + field, lines.get(1)[1], out);
        assertEquals("hostile.csv: line 1 has more than 16384 fields (the limit CsvOptions.maxFields)", lines.get(2)[1], out);
        assertEquals("hostile.csv: line 3 has more than 16384 fields (the limit CsvOptions.maxFields)", lines.get(3)[1], out);
        // Each stopped within a few parser buffers of its limit, not at the end of the input.
        for (int i = 0; i < 4; i++) {
            long read = Long.parseLong(lines.get(i)[2]);
            assertTrue(read < 16L << 20, lines.get(i)[0] + ": read " + read + " bytes");
        }
        assertEquals("2 rows x 16384 columns", lines.get(4)[1], out);
        long peakKiB = Long.parseLong(out.lines().filter(l -> l.startsWith("peak ")).findFirst().orElseThrow().substring(5));
        assertTrue(peakKiB < 256 * 1024, "peak RSS " + peakKiB + " KiB");
        System.out.println("hostile inputs: peak RSS of the reading JVM " + peakKiB / 1024 + " MiB");
    }
}
