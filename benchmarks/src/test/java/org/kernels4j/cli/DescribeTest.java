package org.kernels4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * describe on small files written by the test, against statistics computed independently
 * ({@link Reference}); every dtype and shape of .npy; CSV and .f64; and every bad-file path.
 */
class DescribeTest {
    @TempDir
    Path dir;

    private static void near(double expected, Object actual, String what) {
        if (Double.isNaN(expected)) {
            assertNull(actual, what);
            return;
        }
        double a = ((Number) actual).doubleValue();
        double tol = 1e-12 * Math.max(1, Math.abs(expected));
        assertTrue(Math.abs(a - expected) <= tol, what + ": expected " + expected + ", got " + a);
    }

    private static void check(Map<String, Object> col, double[] values, String what) {
        Reference ref = new Reference(values);
        assertEquals((double) ref.count, ((Number) col.get("count")).doubleValue(), what + " count");
        assertEquals((double) ref.nan, ((Number) col.get("nan")).doubleValue(), what + " nan");
        near(ref.mean, col.get("mean"), what + " mean");
        near(ref.std, col.get("std"), what + " std");
        near(ref.min, col.get("min"), what + " min");
        near(ref.p25, col.get("25%"), what + " 25%");
        near(ref.p50, col.get("50%"), what + " 50%");
        near(ref.p75, col.get("75%"), what + " 75%");
        near(ref.max, col.get("max"), what + " max");
    }

    private static List<Object> columns(Cli.Result r, int input) {
        assertEquals(0, r.code(), r.toString());
        Map<String, Object> root = Json.obj(Json.parse(r.out()));
        return Json.arr(Json.obj(Json.arr(root.get("inputs")).get(input)).get("columns"));
    }

    private static double[] data(long seed, int n, boolean nans, boolean ints) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = ints ? r.nextInt(-50, 50) : (r.nextDouble() - 0.3) * 1000;
            if (nans && i % 7 == 3) {
                v[i] = Double.NaN;
            }
        }
        return v;
    }

    @Test
    void npyEveryDtypeAndShape() throws IOException {
        String[] descrs = {"<f8", "<f4", "<i4", "<i8"};
        for (String descr : descrs) {
            boolean ints = descr.startsWith("<i");
            for (long[] shape : new long[][] {{1001}, {333, 3}, {250, 1}, {0}, {1, 4}}) {
                int n = (int) (shape.length == 1 ? shape[0] : shape[0] * shape[1]);
                double[] v = data(n * 31L + descr.hashCode(), n, !ints, ints);
                if (descr.equals("<f4")) {
                    for (int i = 0; i < n; i++) {
                        v[i] = (float) v[i];
                    }
                }
                byte[] bytes = switch (descr) {
                    case "<f8" -> NpyWriter.f64(v);
                    case "<f4" -> NpyWriter.f32(v);
                    case "<i4" -> NpyWriter.i32(v);
                    default -> NpyWriter.i64(v);
                };
                Path f = dir.resolve("a" + descr.substring(1) + "_" + shape.length + "_" + n + ".npy");
                NpyWriter.write(f, 1, NpyWriter.dict(descr, false, shape), bytes);
                List<Object> cols = columns(Cli.run("describe", "--json", f.toString()), 0);
                int k = shape.length == 1 ? 1 : (int) shape[1];
                assertEquals(k, cols.size(), f.toString());
                for (int c = 0; c < k; c++) {
                    double[] col = new double[n / k];
                    for (int i = 0; i < col.length; i++) {
                        col[i] = v[i * k + c];
                    }
                    Map<String, Object> m = Json.obj(cols.get(c));
                    assertEquals(String.valueOf(c), m.get("name"));
                    String dtype = switch (descr) {
                        case "<f8" -> "float64";
                        case "<f4" -> "float32";
                        case "<i4" -> "int32";
                        default -> "int64";
                    };
                    assertEquals(dtype, m.get("dtype"), f.toString());
                    check(m, col, f + " column " + c);
                }
            }
        }
    }

    @Test
    void npyVersion2HeaderAndLargeValuesAcrossChunks() throws IOException {
        // More than one chunk (DataColumn.CHUNK) so chunk merging and parallel histograms are exercised.
        int n = DataColumn.CHUNK * 2 + 12345;
        double[] v = new double[n];
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            v[i] = r.nextInt(1000) == 0 ? Double.NaN : (r.nextInt(5) == 0 ? -r.nextInt(100) : r.nextGaussian() * 1e6);
        }
        Path f = dir.resolve("big.npy");
        NpyWriter.write(f, 2, NpyWriter.dict("<f8", false, n), NpyWriter.f64(v));
        List<Object> cols = columns(Cli.run("describe", "--json", "--workers", "2", f.toString()), 0);
        check(Json.obj(cols.get(0)), v, "v2 header");
    }

    @Test
    void rawF64AndCsvGolden() throws IOException {
        double[] v = data(99, 777, true, false);
        Path f64 = dir.resolve("x.f64");
        Files.write(f64, NpyWriter.f64(v));

        double[] a = data(1, 500, false, false);
        double[] b = data(2, 500, true, true);
        StringBuilder csv = new StringBuilder("alpha,name,\"beta, in units\",gamma\n");
        List<Double> gamma = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String bs = Double.isNaN(b[i]) ? (i % 2 == 0 ? "" : "NaN") : Long.toString((long) b[i]);
            String g = i % 50 == 0 ? "NA" : String.format(Locale.ROOT, "%.3e", a[i] / 7);
            gamma.add(i % 50 == 0 ? Double.NaN : Double.parseDouble(g));
            csv.append(String.format(Locale.ROOT, "%s,\"item %d, \"\"quoted\"\"\",%s,%s\n", Double.toString(a[i]), i, bs, g));
        }
        Path c = dir.resolve("t.csv");
        Files.writeString(c, csv.toString());

        Cli.Result r = Cli.run("describe", "--json", f64.toString(), c.toString());
        check(Json.obj(columns(r, 0).get(0)), v, "f64");
        List<Object> cols = columns(r, 1);
        assertEquals(3, cols.size());
        assertEquals("alpha", Json.obj(cols.get(0)).get("name"));
        assertEquals("beta, in units", Json.obj(cols.get(1)).get("name"));
        check(Json.obj(cols.get(0)), a, "csv alpha");
        check(Json.obj(cols.get(1)), b, "csv beta");
        check(Json.obj(cols.get(2)), gamma.stream().mapToDouble(Double::doubleValue).toArray(), "csv gamma");
        Map<String, Object> input = Json.obj(Json.arr(Json.obj(Json.parse(r.out())).get("inputs")).get(1));
        assertTrue(Json.arr(input.get("notes")).get(0).toString().contains("skipped non-numeric column 'name'"), input.toString());

        Cli.Result text = Cli.run("describe", c.toString());
        assertEquals(0, text.code(), text.toString());
        assertTrue(text.out().contains("note: skipped non-numeric column 'name'"), text.out());
        for (String row : new String[] {"count", "mean", "std", "min", "25%", "50%", "75%", "max", "NaN"}) {
            assertTrue(text.out().lines().anyMatch(l -> l.startsWith(row + " ")), row + " in\n" + text.out());
        }
    }

    /** CSV through kernels4j-csv: BOM, CRLF, quoting, missing values, types inferred, .tsv. */
    @Test
    void csvTypesMissingValuesBomCrlfAndTabs() throws IOException {
        String body = "\"id\",\"price, EUR\",qty,label\r\n"
                + "1,2.5,10,\"a \"\"b\"\"\"\r\n"
                + "2,,11,c\r\n"
                + "\r\n"
                + "3,NA,-12,\"multi\r\nline\"\r\n"
                + "4,1e3,13,d\r\n";
        byte[] utf8 = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        Path c = dir.resolve("bom.csv");
        Files.write(c, bom);
        Path t = dir.resolve("tabs.tsv");
        Files.writeString(t, "x\ty\n1\t0.5\n2\tnan\n");
        Cli.Result r = Cli.run("describe", "--json", c.toString(), t.toString());
        List<Object> cols = columns(r, 0);
        assertEquals(3, cols.size(), cols.toString());
        Map<String, Object> id = Json.obj(cols.get(0));
        assertEquals("id", id.get("name"), "the byte-order mark is not part of the first name");
        assertEquals("int64", id.get("dtype"));
        check(id, new double[] {1, 2, 3, 4}, "id");
        Map<String, Object> price = Json.obj(cols.get(1));
        assertEquals("price, EUR", price.get("name"));
        assertEquals("float64", price.get("dtype"));
        check(price, new double[] {2.5, Double.NaN, Double.NaN, 1000}, "price");
        assertEquals(2.0, ((Number) price.get("nan")).doubleValue());
        Map<String, Object> qty = Json.obj(cols.get(2));
        assertEquals("int64", qty.get("dtype"));
        check(qty, new double[] {10, 11, -12, 13}, "qty");
        Map<String, Object> input = Json.obj(Json.arr(Json.obj(Json.parse(r.out())).get("inputs")).get(0));
        assertEquals(4.0, ((Number) input.get("rows")).doubleValue(), input.toString());
        assertTrue(Json.arr(input.get("notes")).get(0).toString()
                .contains("skipped non-numeric column 'label' ('a \"b\"' on line 2)"), input.toString());
        List<Object> tcols = columns(r, 1);
        assertEquals("int64", Json.obj(tcols.get(0)).get("dtype"));
        check(Json.obj(tcols.get(1)), new double[] {0.5, Double.NaN}, "tsv y");
    }

    @Test
    void textTableMatchesPandasLayoutOnAKnownColumn() throws IOException {
        Path f = dir.resolve("k.npy");
        NpyWriter.write(f, 1, NpyWriter.dict("<f8", false, 5), NpyWriter.f64(1, 2, 3, 4, Double.NaN));
        Cli.Result r = Cli.run("describe", f.toString());
        assertEquals(0, r.code(), r.toString());
        String expected = String.join("\n",
                "              0",
                "count         4",
                "mean        2.5",
                "std     1.29099",
                "min           1",
                "25%        1.75",
                "50%         2.5",
                "75%        3.25",
                "max           4",
                "NaN           1");
        assertTrue(r.out().contains(expected), r.out());
    }

    @Test
    void defaultDataSet() {
        Cli.Result r = Cli.run("describe", "--json");
        List<Object> cols = columns(r, 0);
        assertEquals(5, cols.size());
        Map<String, Object> normal = Json.obj(cols.get(0));
        assertEquals(1_000_000.0, ((Number) normal.get("count")).doubleValue());
        assertEquals(10, ((Number) normal.get("mean")).doubleValue(), 0.02);
        assertEquals(2, ((Number) normal.get("std")).doubleValue(), 0.02);
        Map<String, Object> sensor = Json.obj(cols.get(4));
        assertEquals(20_000.0, ((Number) sensor.get("nan")).doubleValue());
        // Deterministic: the same numbers on a second run.
        assertEquals(r.out(), Cli.run("describe", "--json").out());
    }

    // ---- bad files ----

    private void bad(Path f, String problem) {
        Cli.Result r = Cli.run("describe", f.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals("", r.out(), "no partial output");
        assertEquals(1, r.err().split("\n").length, r.err());
        assertTrue(r.err().startsWith("kernels4j describe: " + f + ": "), r.err());
        assertTrue(r.err().contains(problem), "expected '" + problem + "' in " + r.err());
    }

    @Test
    void fortranOrderBigEndianAndByteTypes() throws IOException {
        Path fortran = dir.resolve("fortran.npy");
        // (2, 2) in Fortran order: the matrix [[1, 3], [2, 4]], so column 0 is {1, 2}, column 1 {3, 4}.
        NpyWriter.write(fortran, 1, NpyWriter.dict("<f8", true, 2, 2), NpyWriter.f64(1, 2, 3, 4));
        Path big = dir.resolve("bigendian.npy");
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(16).order(java.nio.ByteOrder.BIG_ENDIAN).putDouble(2).putDouble(6);
        NpyWriter.write(big, 1, NpyWriter.dict(">f8", false, 2), b.array());
        Path bytes = dir.resolve("bytes.npy");
        NpyWriter.write(bytes, 1, NpyWriter.dict("|u1", false, 3), new byte[] {(byte) 255, 1, 2});
        Path bools = dir.resolve("bools.npy");
        NpyWriter.write(bools, 1, NpyWriter.dict("|b1", false, 4), new byte[] {1, 0, 1, 1});
        Cli.Result r = Cli.run("describe", "--json", fortran.toString(), big.toString(), bytes.toString(), bools.toString());
        assertEquals(0, r.code(), r.toString());
        Map<?, ?> doc = (Map<?, ?>) Json.parse(r.out());
        List<?> inputs = (List<?>) doc.get("inputs");
        List<?> fcols = (List<?>) ((Map<?, ?>) inputs.get(0)).get("columns");
        assertEquals(1.5, ((Number) ((Map<?, ?>) fcols.get(0)).get("mean")).doubleValue());
        assertEquals(3.5, ((Number) ((Map<?, ?>) fcols.get(1)).get("mean")).doubleValue());
        Map<?, ?> bcol = (Map<?, ?>) ((List<?>) ((Map<?, ?>) inputs.get(1)).get("columns")).get(0);
        assertEquals(4.0, ((Number) bcol.get("mean")).doubleValue());
        Map<?, ?> ucol = (Map<?, ?>) ((List<?>) ((Map<?, ?>) inputs.get(2)).get("columns")).get(0);
        assertEquals("uint8", ucol.get("dtype"));
        assertEquals(255.0, ((Number) ucol.get("max")).doubleValue());
        Map<?, ?> tcol = (Map<?, ?>) ((List<?>) ((Map<?, ?>) inputs.get(3)).get("columns")).get(0);
        assertEquals("bool", tcol.get("dtype"));
        assertEquals(0.75, ((Number) tcol.get("mean")).doubleValue());
    }

    @Test
    void badNpyFiles() throws IOException {
        Path truncated = dir.resolve("truncated.npy");
        NpyWriter.write(truncated, 1, NpyWriter.dict("<f8", false, 100), NpyWriter.f64(new double[60]));
        bad(truncated, "truncated");

        Path shortHeader = dir.resolve("short.npy");
        Files.write(shortHeader, new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, 100, 0, '{'});
        bad(shortHeader, "truncated .npy header");

        Path magic = dir.resolve("magic.npy");
        Files.writeString(magic, "PK\u0003\u0004 this is a zip, not an npy");
        bad(magic, "wrong magic");

        Path empty = dir.resolve("empty.npy");
        Files.write(empty, new byte[0]);
        bad(empty, "wrong magic");

        for (String descr : new String[] {"<c16", "<U8", "<f2", "|i1", "<u4"}) {
            Path d = dir.resolve("dtype" + descr.substring(1) + ".npy");
            NpyWriter.write(d, 1, NpyWriter.dict(descr, false, 2), new byte[64]);
            bad(d, "unsupported dtype");
        }
        Path trailing = dir.resolve("trailing.npy");
        NpyWriter.write(trailing, 1, NpyWriter.dict("<f8", false, 2), new byte[24]);
        bad(trailing, "8 bytes of trailing data");

        Path structured = dir.resolve("structured.npy");
        NpyWriter.write(structured, 1, "{'descr': [('a', '<f8'), ('b', '<i4')], 'fortran_order': False, 'shape': (2,), }",
                new byte[24]);
        bad(structured, "unsupported dtype: structured");

        Path threeD = dir.resolve("cube.npy");
        NpyWriter.write(threeD, 1, NpyWriter.dict("<f8", false, 2, 2, 2), NpyWriter.f64(new double[8]));
        bad(threeD, "3-D");

        Path garbage = dir.resolve("garbage.npy");
        NpyWriter.write(garbage, 1, "{'descr': '<f8', 'fortran_order': False, 'shape': (3,", NpyWriter.f64(1, 2, 3));
        bad(garbage, "malformed .npy header");

        Path version = dir.resolve("v9.npy");
        NpyWriter.write(version, 9, NpyWriter.dict("<f8", false, 1), NpyWriter.f64(1));
        bad(version, "unsupported .npy format version 9");
    }

    @Test
    void badCsvAndOtherFiles() throws IOException {
        Path ragged = dir.resolve("ragged.csv");
        Files.writeString(ragged, "a,b,c\n1,2,3\n4,5\n6,7,8\n");
        bad(ragged, "line 3 has 2 fields, the header has 3");

        Path emptyCsv = dir.resolve("empty.csv");
        Files.writeString(emptyCsv, "");
        bad(emptyCsv, "empty CSV");

        Path quote = dir.resolve("quote.csv");
        Files.writeString(quote, "a,b\n1,\"open\n");
        bad(quote, "unterminated quoted field");

        Path f64 = dir.resolve("odd.f64");
        Files.write(f64, new byte[13]);
        bad(f64, "not a whole number of float64 values");

        bad(dir.resolve("missing.npy"), "no such file");
        bad(dir, "is a directory");
        Path sub = Files.createDirectory(dir.resolve("sub.csv"));
        bad(sub, "is a directory");
        Path txt = dir.resolve("notes.txt");
        Files.writeString(txt, "hello");
        bad(txt, "unknown file type");
    }

    @Test
    void oneBadFileAmongGoodOnesGivesNoOutput() throws IOException {
        Path good = dir.resolve("good.f64");
        Files.write(good, NpyWriter.f64(1, 2, 3));
        Path badFile = dir.resolve("bad.npy");
        Files.writeString(badFile, "nope");
        Cli.Result r = Cli.run("describe", good.toString(), badFile.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("bad.npy: not a NumPy .npy file"), r.err());
    }

    @Test
    void unreadableFile() throws IOException {
        Path f = dir.resolve("secret.f64");
        Files.write(f, NpyWriter.f64(1));
        boolean changed = f.toFile().setReadable(false, false);
        if (changed && !Files.isReadable(f)) { // root can read anything: then there is nothing to test
            bad(f, "not readable");
        }
    }

    @Test
    void percentilesExactOnEveryPathAcrossChunks() throws IOException {
        // Each way describe feeds the library's quantile kernel, over several chunks: a contiguous
        // float64 run without NaN (selected in place), contiguous float64 with NaN (selected in
        // place by nanquantile), contiguous float32 with NaN (copied after pass 1, gaps closed),
        // and strided columns of a 2-D file (copied in pass 1).
        int n = DataColumn.CHUNK * 2 + 777;
        SplittableRandom r = new SplittableRandom(11);
        double[] clean = new double[n];
        double[] holes = new double[n];
        double[] narrow = new double[n];
        for (int i = 0; i < n; i++) {
            clean[i] = r.nextInt(4) == 0 ? r.nextInt(-20, 20) : r.nextGaussian() * 1e3;
            holes[i] = (i / 1000) % 3 == 1 || r.nextInt(50) == 0 ? Double.NaN : r.nextDouble() * 10 - 5;
            narrow[i] = (float) holes[(i * 7) % n];
        }
        int rows = n / 2;
        double[] matrix = new double[rows * 2];
        for (int i = 0; i < rows; i++) {
            matrix[2 * i] = holes[i];
            matrix[2 * i + 1] = clean[i];
        }
        Path fClean = dir.resolve("clean.npy");
        Path fHoles = dir.resolve("holes.npy");
        Path fNarrow = dir.resolve("narrow.npy");
        Path fMatrix = dir.resolve("matrix.npy");
        NpyWriter.write(fClean, 1, NpyWriter.dict("<f8", false, n), NpyWriter.f64(clean));
        NpyWriter.write(fHoles, 1, NpyWriter.dict("<f8", false, n), NpyWriter.f64(holes));
        NpyWriter.write(fNarrow, 1, NpyWriter.dict("<f4", false, n), NpyWriter.f32(narrow));
        NpyWriter.write(fMatrix, 1, NpyWriter.dict("<f8", false, rows, 2), NpyWriter.f64(matrix));
        Cli.Result res = Cli.run("describe", "--json", "--workers", "2", fClean.toString(), fHoles.toString(),
                fNarrow.toString(), fMatrix.toString());
        exact(Json.obj(columns(res, 0).get(0)), clean, "contiguous, no NaN");
        exact(Json.obj(columns(res, 1).get(0)), holes, "contiguous with NaN");
        exact(Json.obj(columns(res, 2).get(0)), narrow, "float32 with NaN");
        double[] c0 = new double[rows];
        double[] c1 = new double[rows];
        for (int i = 0; i < rows; i++) {
            c0[i] = matrix[2 * i];
            c1[i] = matrix[2 * i + 1];
        }
        exact(Json.obj(columns(res, 3).get(0)), c0, "strided with NaN");
        exact(Json.obj(columns(res, 3).get(1)), c1, "strided, no NaN");
    }

    /** NumPy's quantile(method="linear") arithmetic: virtual index n q + (1 - q) - 1, and its _lerp. */
    private static double numpyLinear(double[] sorted, double q) {
        int n = sorted.length;
        double h = n * q + (1 - q) - 1;
        int lo = (int) Math.floor(h);
        if (lo >= n - 1) {
            return sorted[n - 1];
        }
        double t = h - lo;
        double a = sorted[lo];
        double b = sorted[lo + 1];
        double d = b - a;
        return t >= 0.5 ? b - d * (1 - t) : a + d * t;
    }

    /** The three percentiles bit for bit as NumPy's linear method on the sorted non-NaN values. */
    private static void exact(Map<String, Object> col, double[] values, String what) {
        double[] sorted = java.util.Arrays.stream(values).filter(x -> !Double.isNaN(x)).sorted().toArray();
        assertEquals((double) sorted.length, ((Number) col.get("count")).doubleValue(), what + " count");
        String[] keys = {"25%", "50%", "75%"};
        double[] qs = {0.25, 0.5, 0.75};
        for (int i = 0; i < 3; i++) {
            double want = numpyLinear(sorted, qs[i]);
            double got = ((Number) col.get(keys[i])).doubleValue();
            assertEquals(want, got, 0.0, what + " " + keys[i]);
        }
    }
}
