package org.kernels4j.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kernels4j.DoubleArray;
import org.kernels4j.Kernels;
import org.kernels4j.LongArray;

class CsvColumnsTest {

    private static CsvTable read(String text, Arena arena) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), CsvOptions.defaults(), arena);
    }

    private static CsvTable read(byte[] bytes, CsvOptions o, Arena arena) throws IOException {
        return CsvColumns.read(new ByteArrayInputStream(bytes), "test.csv", arena, o);
    }

    private static double[] doubles(CsvColumn c) {
        return ((DoubleArray) c.values()).toArray();
    }

    @Test
    void infersIntFloatAndText() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            CsvTable t = read("id,x,name,y\n1,1.5,a,7\n2,2.25,b,\n3,-3e2,c,NA\n", arena);
            assertEquals(3, t.rows());
            assertEquals(CsvType.INT64, t.column("id").type());
            assertArrayEquals(new long[] {1, 2, 3}, ((LongArray) t.column("id").values()).toArray());
            assertEquals(CsvType.FLOAT64, t.column("x").type());
            assertArrayEquals(new double[] {1.5, 2.25, -300}, doubles(t.column("x")));
            assertEquals(0, t.column("x").missing());
            CsvColumn name = t.column("name");
            assertEquals(CsvType.TEXT, name.type());
            assertEquals(null, name.values());
            assertEquals("'a' on line 2", name.note());
            // An integer column with missing cells becomes float64 with NaN, as in pandas.
            CsvColumn y = t.column("y");
            assertEquals(CsvType.FLOAT64, y.type());
            assertEquals(2, y.missing());
            double[] yv = doubles(y);
            assertEquals(7.0, yv[0]);
            assertTrue(Double.isNaN(yv[1]) && Double.isNaN(yv[2]));
            assertEquals(3, t.numericColumns().size());
        }
    }

    @Test
    void textAfterNumbersIsReportedWithItsLine() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            CsvTable t = read("a,b\n1,2\n3,4\n5,oops\n", arena);
            assertEquals(CsvType.INT64, t.column("a").type());
            assertEquals(CsvType.TEXT, t.column("b").type());
            assertEquals("'oops' on line 4", t.column("b").note());
        }
    }

    @Test
    void quotingCrlfAndByteOrderMark() throws IOException {
        String body = "\"a\",\"b,c\",d\r\n\"1.5\",\"2\",\"x \"\"q\"\"\r\nline\"\r\n\r\n  3 ,\t4\t,z\r\n";
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        for (byte[] in : new byte[][] {utf8, withBom}) {
            try (Arena arena = Arena.ofConfined()) {
                CsvTable t = read(in, CsvOptions.defaults(), arena);
                assertEquals(2, t.rows());
                assertEquals("a", t.columns().get(0).name());
                assertEquals("b,c", t.columns().get(1).name());
                assertArrayEquals(new double[] {1.5, 3}, doubles(t.column("a")));
                assertArrayEquals(new long[] {2, 4}, ((LongArray) t.column("b,c").values()).toArray());
                assertEquals(CsvType.TEXT, t.column("d").type());
                assertTrue(t.column("d").note().startsWith("'x \"q\""), t.column("d").note());
            }
        }
    }

    @Test
    void specialValuesAndMarkers() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            CsvTable t = read("v\ninf\n-Infinity\nnan\nNULL\n#N/A\n-0.0\n.5\n7.\n1E-3\n", arena);
            double[] v = doubles(t.column("v"));
            assertEquals(Double.POSITIVE_INFINITY, v[0]);
            assertEquals(Double.NEGATIVE_INFINITY, v[1]);
            assertTrue(Double.isNaN(v[2]) && Double.isNaN(v[3]) && Double.isNaN(v[4]));
            assertEquals(3, t.column("v").missing());
            assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(v[5]));
            assertEquals(0.5, v[6]);
            assertEquals(7.0, v[7]);
            assertEquals(1e-3, v[8]);
        }
    }

    @Test
    void notNumbersByTheGrammarAreText() throws IOException {
        // Java's parseDouble would take these; pandas reads them as text.
        for (String cell : new String[] {"0x10", "1d", "2f", "1e", "+", ".", "1.2.3", "1,5", "NaNx"}) {
            try (Arena arena = Arena.ofConfined()) {
                CsvTable t = read("v\n\"" + cell + "\"\n", arena);
                assertEquals(CsvType.TEXT, t.column("v").type(), cell);
            }
        }
    }

    @Test
    void numbersRoundLikeParseDouble() throws IOException {
        SplittableRandom r = new SplittableRandom(15);
        StringBuilder sb = new StringBuilder("v\n");
        int n = 20_000;
        String[] cells = new String[n];
        for (int i = 0; i < n; i++) {
            double x = switch (i % 5) {
                case 0 -> r.nextDouble();
                case 1 -> (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(-30, 30));
                case 2 -> Double.longBitsToDouble(r.nextLong());
                case 3 -> r.nextInt(-1000, 1000) / 8.0;
                default -> r.nextGaussian() * 1e6;
            };
            if (Double.isNaN(x) || Double.isInfinite(x)) {
                x = 1.25;
            }
            cells[i] = switch (i % 3) {
                case 0 -> Double.toString(x);
                case 1 -> String.format(Locale.ROOT, "%.6f", x);
                default -> String.format(Locale.ROOT, "%.17g", x);
            };
            sb.append(cells[i]).append('\n');
        }
        try (Arena arena = Arena.ofConfined()) {
            double[] v = doubles(read(sb.toString(), arena).column("v"));
            for (int i = 0; i < n; i++) {
                assertEquals(Double.doubleToRawLongBits(Double.parseDouble(cells[i])), Double.doubleToRawLongBits(v[i]),
                        cells[i]);
            }
        }
    }

    @Test
    void longIntegersStayExactOrBecomeFloat() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            CsvTable t = read("a,b\n9223372036854775807,1\n-9223372036854775808,99999999999999999999\n", arena);
            assertArrayEquals(new long[] {Long.MAX_VALUE, Long.MIN_VALUE}, ((LongArray) t.column("a").values()).toArray());
            assertEquals(CsvType.FLOAT64, t.column("b").type());
            assertArrayEquals(new double[] {1, 1e20}, doubles(t.column("b")));
        }
    }

    @Test
    void manyRowsCrossBlocksAndMatchTheKernels() throws IOException {
        int n = 300_000;
        StringBuilder sb = new StringBuilder("i,x\n");
        double expect = 0;
        for (int i = 0; i < n; i++) {
            double x = (i % 1000) * 0.5;
            expect += x;
            sb.append(i).append(',').append(i % 7 == 0 ? "" : Double.toString(x)).append('\n');
            if (i % 7 == 0) {
                expect -= x;
            }
        }
        try (Arena arena = Arena.ofConfined()) {
            CsvTable t = read(sb.toString(), arena);
            LongArray i = (LongArray) t.column("i").values();
            assertEquals(n, i.length());
            assertEquals(n - 1, i.get(n - 1));
            CsvColumn x = t.column("x");
            assertEquals((n + 6) / 7, x.missing());
            assertEquals(expect, Kernels.nansum((DoubleArray) x.values()), 1e-6);
        }
    }

    @Test
    void noHeaderAndTabs() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            CsvTable t = read("1\t2.5\n3\t4\n".getBytes(StandardCharsets.UTF_8), CsvOptions.tsv().withHeader(false), arena);
            assertEquals(2, t.rows());
            assertArrayEquals(new long[] {1, 3}, ((LongArray) t.column("0").values()).toArray());
            assertArrayEquals(new double[] {2.5, 4}, doubles(t.column("1")));
        }
    }

    @Test
    void headerOnlyGivesEmptyFloatColumns() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            CsvTable t = read("a,b\n", arena);
            assertEquals(0, t.rows());
            assertEquals(CsvType.FLOAT64, t.column("a").type());
            assertEquals(0, t.column("a").values().length());
        }
    }

    // ---- bad input ----------------------------------------------------------------------------

    @Test
    void wrongFieldCountNamesSourceAndLine() {
        try (Arena arena = Arena.ofConfined()) {
            CsvFormatException e = assertThrows(CsvFormatException.class, () -> read("a,b\n1,2\n\n3\n", arena));
            assertEquals("test.csv", e.source());
            assertEquals(4, e.line());
            assertEquals("test.csv: line 4 has 1 fields, the header has 2", e.getMessage());
            assertTrue(e.getMessage().contains("test.csv"),
                    e.getMessage());
            CsvFormatException more = assertThrows(CsvFormatException.class, () -> read("a,b\n1,2,3\n", arena));
            assertEquals(2, more.line());
        }
    }

    @Test
    void unterminatedQuoteIsAnError() {
        try (Arena arena = Arena.ofConfined()) {
            CsvFormatException e = assertThrows(CsvFormatException.class, () -> read("a,b\n1,\"2\n3,4\n", arena));
            assertEquals("test.csv: unterminated quoted field starting on line 2", e.getMessage());
            assertEquals(2, e.line());
            CsvFormatException after = assertThrows(CsvFormatException.class, () -> read("a\n\"1\"x\n", arena));
            assertTrue(after.getMessage().startsWith("test.csv"), after.getMessage());
        }
    }

    @Test
    void emptyInputIsAnError() {
        try (Arena arena = Arena.ofConfined()) {
            for (String s : new String[] {"", "\n\n", "\uFEFF"}) {
                CsvFormatException e = assertThrows(CsvFormatException.class, () -> read(s, arena));
                assertEquals("test.csv: empty CSV file (a header row is needed)", e.getMessage());
            }
        }
    }

    @Test
    void malformedUtf8IsAnError() {
        byte[] bad = {'a', '\n', '1', (byte) 0xC3, '\n'};
        try (Arena arena = Arena.ofConfined()) {
            CsvFormatException e = assertThrows(CsvFormatException.class, () -> read(bad, CsvOptions.defaults(), arena));
            assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        }
    }

    @Test
    void hugeFieldIsAnErrorNotAnOutOfMemory() {
        StringBuilder sb = new StringBuilder("a\n\"");
        sb.repeat('x', 17 << 20);
        try (Arena arena = Arena.ofConfined()) {
            CsvFormatException e = assertThrows(CsvFormatException.class, () -> read(sb.toString(), arena));
            assertTrue(e.getMessage().startsWith("test.csv"), e.getMessage());
        }
    }

    @Test
    void fileErrorsNameTheFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "x,y\n1,2\n3\n");
        try (Arena arena = Arena.ofConfined()) {
            CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvColumns.read(f, arena));
            assertEquals(f + ": line 3 has 1 fields, the header has 2", e.getMessage());
            assertInstanceOf(IOException.class, e);
            Files.writeString(f, "x\ty\n1\t2\n");
            CsvTable t = CsvColumns.read(dir.resolve("bad.csv"), arena, CsvOptions.tsv());
            assertFalse(t.columns().isEmpty());
            assertThrows(java.nio.file.NoSuchFileException.class, () -> CsvColumns.read(dir.resolve("none.csv"), arena));
        }
    }
}
