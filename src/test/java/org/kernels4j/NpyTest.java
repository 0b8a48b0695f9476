package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Npy} against files NumPy 2.4.6 wrote (src/test/resources/npy, made by
 * make_fixtures.py there; NumPy is not needed to run this test), and against hostile files
 * made here.
 */
class NpyTest {
    @TempDir
    Path tmp;

    static Path fixture(String name) {
        try {
            return Path.of(NpyTest.class.getResource("/npy/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value make_fixtures.py put at C-order index k. */
    static double expected(NpyHeader.Type t, long k) {
        return switch (t) {
            case FLOAT64, FLOAT32 -> k * 1.5 - 3;
            case INT64, INT32 -> k * 7 - 20;
            case UINT8 -> (k * 37) % 256;
            case BOOL -> k % 3 == 0 ? 1 : 0;
        };
    }

    static void checkValues(NpyArray a) {
        NumericArray d = a.data();
        assertEquals(a.header().type().arrayType(), d.dtype());
        assertEquals(a.header().elementCount(), d.length());
        for (long k = 0; k < d.length(); k++) {
            assertEquals(expected(a.header().type(), k), d.getAsDouble(k), a + " element " + k);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"f8", "f4", "i8", "i4", "u1", "b1"})
    void readsEveryDtypeInEveryOrderNumPyWrote(String code) throws IOException {
        List<String> files = code.equals("u1") || code.equals("b1")
                ? List.of("_1d", "_2d_c", "_2d_f") : List.of("_1d", "_2d_c", "_2d_f", "_2d_be");
        try (Arena arena = Arena.ofConfined()) {
            for (String suffix : files) {
                NpyArray a = Npy.read(fixture(code + suffix + ".npy"), arena);
                assertEquals(code, a.header().type().code());
                assertEquals(suffix.equals("_2d_f"), a.header().fortranOrder());
                assertEquals(suffix.equals("_2d_be"), a.header().bigEndian());
                assertArrayEquals(suffix.equals("_1d") ? new long[] {7} : new long[] {3, 4}, a.shape());
                assertFalse(a.isFortranOrder(), "read gives C order");
                assertFalse(a.isMapped());
                assertTrue(a.data().isNative());
                checkValues(a);
            }
        }
    }

    @Test
    void threeDimensionalFortranOrderAndBigEndianAreReorderedAndSwapped() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            for (String f : List.of("f8_3d_f.npy", "f4_3d_f_be.npy")) {
                NpyArray a = Npy.read(fixture(f), arena);
                assertArrayEquals(new long[] {2, 3, 4}, a.shape());
                assertTrue(a.header().fortranOrder());
                checkValues(a);
            }
        }
    }

    @Test
    void versionsScalarsAndEmptyArrays() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            NpyArray v2 = Npy.read(fixture("f8_v2.npy"), arena);
            assertEquals(2, v2.header().majorVersion());
            checkValues(v2);
            NpyArray v3 = Npy.read(fixture("f8_v3.npy"), arena);
            assertEquals(3, v3.header().majorVersion());
            checkValues(v3);
            NpyArray s = Npy.read(fixture("f8_scalar.npy"), arena);
            assertEquals(0, s.header().ndim());
            assertEquals("()", s.header().shapeString());
            checkValues(s);
            assertEquals(0, Npy.read(fixture("f8_empty.npy"), arena).data().length());
            NpyArray e2 = Npy.read(fixture("f8_empty_2d.npy"), arena);
            assertArrayEquals(new long[] {2, 0}, e2.shape());
            assertEquals(0, e2.matrix().cols());
            assertEquals(0, Npy.map(fixture("f8_empty.npy"), FileChannel.MapMode.READ_ONLY, arena).data().length());
        }
    }

    @Test
    void readMatrixAndReadDoubles() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            for (String f : List.of("f8_2d_c.npy", "f8_2d_f.npy", "f8_2d_be.npy")) {
                DoubleMatrix m = (DoubleMatrix) Npy.readMatrix(fixture(f), arena);
                assertEquals(3, m.rows());
                assertEquals(4, m.cols());
                assertEquals(expected(NpyHeader.Type.FLOAT64, 1 * 4 + 2), m.get(1, 2));
            }
            FloatMatrix fm = (FloatMatrix) Npy.readMatrix(fixture("f4_2d_f.npy"), arena);
            assertEquals((float) expected(NpyHeader.Type.FLOAT32, 2 * 4 + 3), fm.get(2, 3));
            NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npy.readMatrix(fixture("i4_2d_c.npy"), arena));
            assertTrue(e.getMessage().contains("not a matrix"), e.getMessage());
            assertThrows(NpyFormatException.class, () -> Npy.readMatrix(fixture("f8_1d.npy"), arena));
        }
        double[] d = Npy.readDoubles(fixture("u1_2d_f.npy"));
        for (int k = 0; k < d.length; k++) {
            assertEquals(expected(NpyHeader.Type.UINT8, k), d[k]);
        }
    }

    @Test
    void forEachChunkStreamsInFileOrderThroughOneBuffer() throws IOException {
        for (String f : List.of("f8_1d.npy", "f4_2d_be.npy", "i8_2d_c.npy", "u1_2d_c.npy", "b1_1d.npy", "f8_empty.npy")) {
            NpyHeader h = Npy.readHeader(fixture(f));
            double[] got = new double[(int) h.elementCount()];
            long[] calls = {0};
            NpyHeader back = Npy.forEachChunk(fixture(f), 5, (chunk, first) -> {
                calls[0]++;
                assertEquals(h.type().arrayType(), chunk.dtype());
                assertTrue(chunk.length() <= 5 && chunk.length() > 0);
                for (long k = 0; k < chunk.length(); k++) {
                    got[(int) (first + k)] = chunk.getAsDouble(k);
                }
            });
            assertEquals(h, back);
            assertEquals((h.elementCount() + 4) / 5, calls[0], f);
            for (int k = 0; k < got.length; k++) {
                assertEquals(expected(h.type(), k), got[k], f + " element " + k);
            }
        }
        // A Fortran file streams in file order: element (i, j) of a 3x4 array comes at j * 3 + i.
        List<Double> order = new java.util.ArrayList<>();
        Npy.forEachChunk(fixture("f8_2d_f.npy"), 7, (chunk, first) -> {
            for (long k = 0; k < chunk.length(); k++) {
                order.add(chunk.getAsDouble(k));
            }
        });
        assertEquals(expected(NpyHeader.Type.FLOAT64, 4), order.get(1));
        IOException stop = new IOException("stop");
        assertEquals(stop, assertThrows(IOException.class,
                () -> Npy.forEachChunk(fixture("f8_1d.npy"), 2, (c, first) -> {
                    throw stop;
                })));
        assertThrows(IllegalArgumentException.class, () -> Npy.forEachChunk(fixture("f8_1d.npy"), 0, (c, first) -> { }));
    }

    @Test
    void mapsInPlaceAndFortranMatricesAreTransposedViews() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            NpyArray c = Npy.map(fixture("f8_2d_c.npy"), FileChannel.MapMode.READ_ONLY, arena);
            assertTrue(c.isMapped());
            assertTrue(c.data().isReadOnly());
            checkValues(c);
            NpyArray f = Npy.map(fixture("f8_2d_f.npy"), FileChannel.MapMode.READ_ONLY, arena);
            assertTrue(f.isFortranOrder());
            DoubleMatrix t = (DoubleMatrix) f.matrix();
            assertEquals(4, t.rows());
            assertEquals(3, t.cols());
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 4; j++) {
                    assertEquals(expected(NpyHeader.Type.FLOAT64, i * 4 + j), t.get(j, i));
                }
            }
            NpyFormatException u1 = assertThrows(NpyFormatException.class,
                    () -> Npy.map(fixture("u1_1d.npy"), FileChannel.MapMode.READ_ONLY, arena));
            assertTrue(u1.getMessage().contains("Npy.read"), u1.getMessage());
            NpyFormatException be = assertThrows(NpyFormatException.class,
                    () -> Npy.map(fixture("f8_2d_be.npy"), FileChannel.MapMode.READ_ONLY, arena));
            assertTrue(be.getMessage().contains("byte order"), be.getMessage());
            assertThrows(IllegalArgumentException.class,
                    () -> Npy.map(fixture("f8_1d.npy"), FileChannel.MapMode.PRIVATE, arena));
        }
    }

    @Test
    void readWriteMappingChangesTheFile() throws IOException {
        Path f = tmp.resolve("rw.npy");
        Files.copy(fixture("i4_2d_c.npy"), f);
        try (Arena arena = Arena.ofConfined()) {
            IntArray a = (IntArray) Npy.map(f, FileChannel.MapMode.READ_WRITE, arena).data();
            a.set(5, 12345);
        }
        try (Arena arena = Arena.ofConfined()) {
            assertEquals(12345, ((IntArray) Npy.read(f, arena).data()).get(5));
        }
    }

    @Test
    void writesWhatNumPyWritesByteForByte() throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            for (String code : List.of("f8", "f4", "i8", "i4")) {
                for (String suffix : List.of("_1d", "_2d_c")) {
                    NpyArray a = Npy.read(fixture(code + suffix + ".npy"), arena);
                    Path out = tmp.resolve(code + suffix + ".npy");
                    Npy.write(out, a.data(), a.shape());
                    assertArrayEquals(Files.readAllBytes(fixture(code + suffix + ".npy")), Files.readAllBytes(out), out.toString());
                }
            }
            // A matrix view with padding between rows, and a heap array.
            DoubleMatrix big = DoubleMatrix.allocate(arena, 5, 6);
            for (int i = 0; i < 5; i++) {
                for (int j = 0; j < 6; j++) {
                    big.set(i, j, i * 10 + j);
                }
            }
            Path m = tmp.resolve("m.npy");
            Npy.write(m, big.view(1, 2, 3, 4));
            DoubleMatrix back = (DoubleMatrix) Npy.readMatrix(m, arena);
            assertEquals(3, back.rows());
            assertEquals(4, back.cols());
            assertEquals(34.0, back.get(2, 2));
            Path h = tmp.resolve("h.npy");
            Npy.write(h, DoubleArray.wrap(new double[] {1, 2, 3, 4, 5, 6}), 2, 3);
            assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, Npy.readDoubles(h));
            assertThrows(IllegalArgumentException.class, () -> Npy.write(h, DoubleArray.wrap(new double[3]), 2, 2));
            assertThrows(IllegalArgumentException.class, () -> Npy.write(h, DoubleArray.wrap(new double[0]), -1, 0));
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary file left behind");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"object:object array", "structured:structured", "unicode:unicode", "complex:complex",
        "datetime:datetime", "f2:unsupported dtype '<f2'", "i2:unsupported dtype '<i2'"})
    void refusesOtherTypesNumPyWrote(String spec) {
        String[] p = spec.split(":", 2);
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npy.readHeader(fixture("bad_" + p[0] + ".npy")));
        assertTrue(e.getMessage().contains(p[1]), e.getMessage());
        assertTrue(e.getMessage().contains("bad_" + p[0] + ".npy"), "names the file: " + e.getMessage());
    }

    // ---- hostile files ----------------------------------------------------------------------

    static byte[] npy(int major, String dict, int dataBytes) {
        byte[] text = dict.getBytes(StandardCharsets.ISO_8859_1);
        int prefix = major == 1 ? 10 : 12;
        ByteBuffer b = ByteBuffer.allocate(prefix + text.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        b.put(Npy.MAGIC).put((byte) major).put((byte) 0);
        if (major == 1) {
            b.putShort((short) text.length);
        } else {
            b.putInt(text.length);
        }
        b.put(text);
        return b.array();
    }

    NpyFormatException bad(byte[] content, String expected) throws IOException {
        Path f = tmp.resolve("hostile.npy");
        Files.write(f, content);
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npy.readHeader(f));
        assertTrue(e.getMessage().contains(expected), "expected '" + expected + "' in: " + e.getMessage());
        try (Arena arena = Arena.ofConfined()) {
            assertThrows(NpyFormatException.class, () -> Npy.read(f, arena));
        }
        for (char c : e.getMessage().toCharArray()) {
            assertFalse(c < 0x20 || (c >= 0x7f && c <= 0x9f), "raw control character in: " + e.getMessage());
        }
        return e;
    }

    static String dict(String descr, String shape) {
        return "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }\n";
    }

    @Test
    void hostileHeaders() throws IOException {
        bad(new byte[0], "wrong magic");
        bad("PK\u0003\u0004 a zip".getBytes(StandardCharsets.ISO_8859_1), "wrong magic");
        bad(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1}, "truncated .npy header");
        bad(npy(9, dict("<f8", "(1,)"), 8), "unsupported .npy format version 9.0");
        byte[] longHeader = npy(2, dict("<f8", "(1,)") + " ".repeat(20_000), 8);
        bad(longHeader, "longer than the limit of 10000");
        byte[] beyond = npy(1, dict("<f8", "(1,)"), 0);
        beyond[8] = (byte) 0xff;
        beyond[9] = (byte) 0x0f;
        bad(beyond, "the header says 4095 bytes");
        bad(npy(1, dict("<f8", "(4611686018427387904, 4)"), 0), "too large");
        bad(npy(1, dict("<f8", "(99999999999999999999999,)"), 0), "too large");
        bad(npy(1, dict("<f8", "(3, -2)"), 0), "negative dimension");
        bad(npy(1, dict("<f8", "(3,)"), 16), "needs 24 bytes of data, the file has 16");
        bad(npy(1, dict("<f8", "(2,)"), 17), "1 bytes of trailing data");
        bad(npy(1, dict("<f8", "(3)"), 24), "not a tuple");
        bad(npy(1, dict("<f8", "(" + "(".repeat(9000)), 0), "non-integer");
        bad(npy(1, "{'descr': " + "[".repeat(9000) + "}", 0), "structured");
        bad(npy(1, "{'descr': " + "{".repeat(9000) + "}", 0), "descr is not a string");
        bad(npy(1, dict("<f8", "(" + "1, ".repeat(65) + ")"), 0), "more than 64 dimensions");
        bad(npy(1, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'evil': 1}", 8), "unexpected key");
        bad(npy(1, "{'descr': '<f8', 'descr': '<f4', 'fortran_order': False, 'shape': (1,)}", 8), "duplicate key");
        bad(npy(1, "{'descr': '<f8', 'shape': (1,)}", 8), "lacks fortran_order");
        bad(npy(1, "{'descr': '<f8', 'fortran_order': Maybe, 'shape': (1,)}", 8), "not True or False");
        bad(npy(1, "['descr']", 8), "not a dictionary");
        bad(npy(1, dict("<f8", "(1,)") + "garbage", 8), "after the dictionary");
        bad(npy(1, dict("|O", "(1,)"), 8), "object array");
        bad(npy(1, dict("|f8", "(1,)"), 8), "no byte order");
        NpyFormatException esc = bad(npy(1, dict("\u001b[31mred\u0007", "(1,)"), 8), "unsupported dtype");
        assertTrue(esc.getMessage().contains("\\x1b[31mred\\x07"), esc.getMessage());
        bad(npy(3, "{'descr': '<f8', 'fortran_order': False, 'shape': (1,)}\u00ff", 8), "not UTF-8");
    }

    @Test
    void specialFilesAreRefusedWithoutOpeningThem() throws Exception {
        NpyFormatException dir = assertThrows(NpyFormatException.class, () -> Npy.readHeader(tmp));
        assertTrue(dir.getMessage().contains("is a directory"), dir.getMessage());
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            try (Arena arena = Arena.ofConfined()) {
                NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npy.read(zero, arena));
                assertTrue(e.getMessage().contains("character device"), e.getMessage());
            }
        }
        Path fifo = tmp.resolve("pipe.npy");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
            // Would block forever in open() if it were opened.
            NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npy.readHeader(fifo));
            assertTrue(e.getMessage().contains("FIFO"), e.getMessage());
        }
        Path loop = tmp.resolve("loop.npy");
        Files.createSymbolicLink(loop, loop);
        assertThrows(IOException.class, () -> Npy.readHeader(loop));
    }

    @Test
    void controlCharactersInFileNamesAreEscaped() throws IOException {
        Path f = tmp.resolve("evil\u001b]0;title\u0007\n.npy");
        Files.write(f, "nope".getBytes(StandardCharsets.US_ASCII));
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npy.readHeader(f));
        assertTrue(e.getMessage().contains("evil\\x1b]0;title\\x07\\x0a.npy"), e.getMessage());
        assertEquals(f, e.file());
        assertInstanceOf(IOException.class, e);
    }

    @Test
    void headerRecordChecksItsFields() {
        assertThrows(IllegalArgumentException.class,
                () -> new NpyHeader(1, 0, "<f8", NpyHeader.Type.FLOAT64, false, false, new long[] {-1}, 128));
        assertThrows(IllegalArgumentException.class, () -> new NpyHeader(1, 0, "<f8", NpyHeader.Type.FLOAT64, false, false,
                new long[] {1L << 40, 1L << 30}, 128));
        long[] shape = {2, 3};
        NpyHeader h = new NpyHeader(1, 0, "<f8", NpyHeader.Type.FLOAT64, false, false, shape, 128);
        shape[0] = 99;
        assertEquals(2, h.shape()[0]);
        assertEquals(48, h.dataBytes());
        assertEquals(h, new NpyHeader(1, 0, "<f8", NpyHeader.Type.FLOAT64, false, false, new long[] {2, 3}, 128));
    }

}
