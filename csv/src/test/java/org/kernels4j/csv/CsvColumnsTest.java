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

    // ---- limits --------------------------------------------------------------------------------

    private static CsvFormatException fails(String text, CsvOptions o) {
        try (Arena arena = Arena.ofConfined()) {
            return assertThrows(CsvFormatException.class, () -> read(text.getBytes(StandardCharsets.UTF_8), o, arena));
        }
    }

    @Test
    void fieldLengthLimitCountsCharactersAsRead() throws IOException {
        CsvOptions ten = CsvOptions.defaults().withMaxFieldLength(10);
        try (Arena arena = Arena.ofConfined()) {
            // Exactly the limit: unquoted, and quoted with doubled quotes (20 characters written, 10 read).
            CsvTable t = read(("a,b\n1234567890,\"" + "\"\"".repeat(10) + "\"\n").getBytes(StandardCharsets.UTF_8), ten, arena);
            assertArrayEquals(new long[] {1234567890L}, ((LongArray) t.column("a").values()).toArray());
            assertEquals(CsvType.TEXT, t.column("b").type());
        }
        CsvFormatException e = fails("a,b\n1,12345678901\n", ten);
        assertEquals("test.csv: a field on line 2 is longer than 10 characters (the limit CsvOptions.maxFieldLength)",
                e.getMessage());
        assertEquals(2, e.line());
        assertEquals(e.getMessage(), fails("a,b\n1,\"" + "\"\"".repeat(11) + "\"\n", ten).getMessage());
        // Far past the limit: the parser's buffer overflows first; the same message.
        CsvFormatException buffer = fails("a,b\n\n1,\"" + "x".repeat(100_000) + "\"\n", ten);
        assertEquals("test.csv: a field on line 3 is longer than 10 characters (the limit CsvOptions.maxFieldLength)",
                buffer.getMessage());
        assertEquals(3, buffer.line());
        CsvFormatException unquoted = fails("a\n" + "7".repeat(100_000) + "\n", ten);
        assertEquals(2, unquoted.line(), unquoted.getMessage());
    }

    @Test
    void everyLimitStopsALongerFieldWithTheSameMessage() throws IOException {
        // Limits around the parser's buffer steps (reads of 8 Ki characters, doubling from 16 Ki).
        for (int max : new int[] {1, 7, 4_000, 4_100, 8_000, 8_192, 8_200, 12_000, 16_384, 20_000, 33_000, 70_000}) {
            CsvOptions o = CsvOptions.defaults().withMaxFieldLength(max);
            String want = "test.csv: a field on line 2 is longer than " + max + " characters (the limit CsvOptions.maxFieldLength)";
            for (int len : new int[] {max + 1, 2 * max + 3, 3 * max + 20_000}) {
                assertEquals(want, fails("a\n\"" + "q".repeat(len) + "\"\n", o).getMessage(), "quoted " + len + " / " + max);
                assertEquals(want, fails("a\n" + "5".repeat(len) + "\n", o).getMessage(), "unquoted " + len + " / " + max);
                assertEquals(want, fails("a\n\"" + "\"\"".repeat(len) + "\"\n", o).getMessage(), "quotes " + len + " / " + max);
            }
            if (max < 3) {
                continue; // the header "a,b" alone is over the limit
            }
            try (Arena arena = Arena.ofConfined()) {
                CsvTable t = read(("a,b\n\"" + "\"\"".repeat(max) + "\"," + "6".repeat(Math.min(max, 18)) + "\n")
                        .getBytes(StandardCharsets.UTF_8), o, arena);
                assertEquals(CsvType.TEXT, t.column("a").type(), "at the limit " + max);
                assertEquals(CsvType.INT64, t.column("b").type(), "at the limit " + max);
            }
        }
    }

    @Test
    void headerRowIsLimitedAsAWhole() {
        CsvFormatException e = fails("abcde,fghij\n1,2\n", CsvOptions.defaults().withMaxFieldLength(8));
        assertEquals("test.csv: the header row on line 1 is longer than 8 characters (the limit CsvOptions.maxFieldLength)",
                e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void fieldCountLimitCoversHeaderAndData() throws IOException {
        CsvOptions three = CsvOptions.defaults().withMaxFields(3);
        try (Arena arena = Arena.ofConfined()) {
            assertEquals(3, read("a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8), three, arena).columns().size());
        }
        CsvFormatException header = fails("a,b,c,d\n1,2,3,4\n", three);
        assertEquals("test.csv: line 1 has more than 3 fields (the limit CsvOptions.maxFields)", header.getMessage());
        CsvFormatException data = fails("a,b,c\n1,2,3\n4,5,6,7,8\n", three);
        assertEquals("test.csv: line 3 has more than 3 fields (the limit CsvOptions.maxFields)", data.getMessage());
        assertEquals(3, data.line());
        CsvFormatException noHeader = fails("1,2,3,4\n", three.withHeader(false));
        assertEquals(1, noHeader.line());
    }

    @Test
    void limitsAreChecked() {
        CsvOptions d = CsvOptions.defaults();
        assertEquals(CsvOptions.DEFAULT_MAX_FIELD_LENGTH, d.maxFieldLength());
        assertEquals(CsvOptions.DEFAULT_MAX_FIELDS, d.maxFields());
        assertEquals(1 << 20, d.maxFieldLength());
        assertEquals(16_384, d.maxFields());
        assertThrows(IllegalArgumentException.class, () -> d.withMaxFieldLength(0));
        assertThrows(IllegalArgumentException.class, () -> d.withMaxFieldLength(CsvOptions.LIMIT_MAX_FIELD_LENGTH + 1));
        assertThrows(IllegalArgumentException.class, () -> d.withMaxFields(0));
        assertEquals(CsvOptions.LIMIT_MAX_FIELD_LENGTH, d.withMaxFieldLength(CsvOptions.LIMIT_MAX_FIELD_LENGTH).maxFieldLength());
        // The with... methods keep the other settings.
        CsvOptions o = CsvOptions.tsv().withMaxFields(5).withMaxFieldLength(7).withHeader(false);
        assertEquals('\t', o.separator());
        assertEquals(5, o.maxFields());
        assertEquals(7, o.maxFieldLength());
        assertEquals(d.naValues(), o.naValues());
    }

    @Test
    void noHeaderWiderThanTheStagingArrays() throws IOException {
        StringBuilder row1 = new StringBuilder();
        StringBuilder row2 = new StringBuilder();
        for (int j = 0; j < 40; j++) {
            row1.append(j == 0 ? "" : ",").append(j);
            row2.append(j == 0 ? "" : ",").append(j == 33 ? "x" : Double.toString(j + 0.5));
        }
        try (Arena arena = Arena.ofConfined()) {
            CsvTable t = read((row1 + "\n" + row2 + "\n").getBytes(StandardCharsets.UTF_8),
                    CsvOptions.defaults().withHeader(false), arena);
            assertEquals(2, t.rows());
            assertEquals(40, t.columns().size());
            assertArrayEquals(new double[] {39, 39.5}, doubles(t.column("39")));
            assertArrayEquals(new double[] {0, 0.5}, doubles(t.column("0")));
            assertEquals("'x' on line 2", t.column("33").note());
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
