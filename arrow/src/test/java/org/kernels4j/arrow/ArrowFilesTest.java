package org.kernels4j.arrow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.ArrowStreamWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kernels4j.DoubleArray;
import org.kernels4j.Kernels;
import org.kernels4j.NumericArray;

class ArrowFilesTest {

    /** Writes two batches (3 and 2 rows) of f8 (one null), i4, i8 and a string column. */
    private static void write(Path file, boolean stream) throws IOException {
        try (BufferAllocator alloc = new RootAllocator();
             Float8Vector f8 = new Float8Vector("f8", alloc); IntVector i4 = new IntVector("i4", alloc);
             BigIntVector i8 = new BigIntVector("i8", alloc); VarCharVector s = new VarCharVector("s", alloc);
             VectorSchemaRoot root = new VectorSchemaRoot(List.<FieldVector>of(f8, i4, i8, s));
             FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            var writer = stream ? new ArrowStreamWriter(root, null, ch) : new ArrowFileWriter(root, null, ch);
            try (writer) {
                writer.start();
                double[][] f = {{1.5, 2.5, 3.5}, {-1, 0}};
                for (int b = 0; b < 2; b++) {
                    root.allocateNew();
                    int n = f[b].length;
                    for (int i = 0; i < n; i++) {
                        f8.set(i, f[b][i]);
                        i4.set(i, b * 10 + i);
                        i8.set(i, 1000L * (b + 1) + i);
                        s.setSafe(i, ("r" + i).getBytes());
                    }
                    if (b == 1) {
                        f8.setNull(1);
                    }
                    root.setRowCount(n);
                    writer.writeBatch();
                }
                writer.end();
            }
        }
    }

    @Test
    void readsFileAndFeatherAndStreamWrittenByArrowJava(@TempDir Path dir) throws IOException {
        for (String name : new String[] {"t.arrow", "t.feather", "t.arrows"}) {
            Path f = dir.resolve(name);
            write(f, name.endsWith(".arrows"));
            try (Arena arena = Arena.ofConfined()) {
                ArrowFiles.Table t = ArrowFiles.read(f, arena);
                assertEquals(name.endsWith(".arrows") ? "arrow-stream" : "arrow-file", t.format());
                assertEquals(5, t.rows());
                assertEquals(2, t.batches());
                ArrowFiles.Column f8 = t.columns().get(0);
                assertEquals("f8", f8.name());
                assertEquals(1, f8.nulls());
                assertEquals(5, f8.length());
                // Batch 0 has no null: a view; batch 1 has one: float64 with NaN.
                assertEquals(7.5, Kernels.sum(f8.chunks().get(0)));
                DoubleArray b1 = (DoubleArray) f8.chunks().get(1);
                assertEquals(-1.0, b1.get(0));
                assertTrue(Double.isNaN(b1.get(1)));
                ArrowFiles.Column i8 = t.columns().get(2);
                assertEquals(1001L, ((org.kernels4j.LongArray) i8.chunks().get(0)).get(1));
                ArrowFiles.Column s = t.columns().get(3);
                assertFalse(s.supported());
                assertEquals("Utf8", s.arrowType());
            }
        }
    }

    @Test
    void readsFilesWrittenByPyarrow() throws IOException, java.net.URISyntaxException {
        for (String name : new String[] {"pyarrow_small.feather", "pyarrow_small.arrows"}) {
            Path f = Path.of(getClass().getResource(name).toURI());
            try (Arena arena = Arena.ofConfined()) {
                ArrowFiles.Table t = ArrowFiles.read(f, arena);
                assertEquals(5, t.rows(), name);
                assertEquals(2, t.batches(), name);
                ArrowFiles.Column f8 = t.columns().get(0);
                assertEquals(1, f8.nulls());
                double[] all = concat(f8.chunks());
                assertEquals(1.5, all[0]);
                assertTrue(Double.isNaN(all[1]) && Double.isNaN(all[4]));
                assertEquals(-2.25, all[2]);
                ArrowFiles.Column f4 = t.columns().get(1);
                assertEquals(1, f4.nulls());
                ArrowFiles.Column i4 = t.columns().get(2);
                assertEquals(0, i4.nulls());
                assertEquals(5, i4.length());
                ArrowFiles.Column i8 = t.columns().get(3);
                assertEquals(1, i8.nulls());
                // 2^53 + 1 in a batch with a null became float64 (rounded to 2^53), as documented.
                assertEquals(9007199254740992.0, concat(i8.chunks())[3]);
                assertFalse(t.columns().get(4).supported());
            }
        }
    }

    private static double[] concat(List<NumericArray> chunks) {
        int n = 0;
        for (NumericArray c : chunks) {
            n += (int) c.length();
        }
        double[] out = new double[n];
        int at = 0;
        for (NumericArray c : chunks) {
            for (long i = 0; i < c.length(); i++) {
                out[at++] = c.getAsDouble(i);
            }
        }
        return out;
    }

    @Test
    void closingTheArenaFreesEverything(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("t.arrow");
        write(f, false);
        Arena arena = Arena.ofConfined();
        ArrowFiles.Table t = ArrowFiles.read(f, arena);
        NumericArray view = t.columns().get(0).chunks().get(0);
        assertEquals(7.5, Kernels.sum(view));
        arena.close();
        assertThrows(IllegalStateException.class, () -> Kernels.sum(view));
    }

    // ---- bad input --------------------------------------------------------------------------

    @Test
    void notArrowIsAClearError(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("junk.arrow");
        byte[] junk = new byte[4096];
        new SplittableRandom(1).nextBytes(junk);
        Files.write(f, junk);
        assertBadFile(f, "junk.arrow");
        Files.write(f, new byte[0]);
        assertBadFile(f, "junk.arrow");
        Files.write(f, "FEA1 and so on".getBytes());
        IOException e = assertBadFile(f, "junk.arrow");
        assertTrue(e.getMessage().contains("Feather version 1"), e.getMessage());
        assertThrows(java.nio.file.NoSuchFileException.class, () -> {
            try (Arena arena = Arena.ofConfined()) {
                ArrowFiles.read(dir.resolve("none.arrow"), arena);
            }
        });
    }

    @Test
    void truncatedAndCorruptedFilesAreClearErrors(@TempDir Path dir) throws IOException {
        Path good = dir.resolve("good.arrow");
        write(good, false);
        byte[] bytes = Files.readAllBytes(good);
        Path bad = dir.resolve("bad.arrow");
        for (int cut : new int[] {8, bytes.length / 3, bytes.length / 2, bytes.length - 12, bytes.length - 1}) {
            Files.write(bad, java.util.Arrays.copyOf(bytes, cut));
            assertBadFile(bad, "bad.arrow");
        }
        // Flipped bytes: either a clear error or a table (the flips may hit data); never a crash.
        SplittableRandom r = new SplittableRandom(7);
        for (int trial = 0; trial < 200; trial++) {
            byte[] c = bytes.clone();
            for (int k = 0; k < 4; k++) {
                c[8 + r.nextInt(c.length - 8)] ^= (byte) (1 << r.nextInt(8));
            }
            Files.write(bad, c);
            try (Arena arena = Arena.ofConfined()) {
                ArrowFiles.Table t = ArrowFiles.read(bad, arena);
                for (ArrowFiles.Column col : t.columns()) {
                    for (NumericArray chunk : col.chunks()) {
                        if (chunk.dtype() == org.kernels4j.DType.F64) {
                            Kernels.nansum(chunk);
                        }
                    }
                }
            } catch (IOException e) {
                assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
            }
        }
    }

    private static IOException assertBadFile(Path f, String name) {
        IOException e = assertThrows(IOException.class, () -> {
            try (Arena arena = Arena.ofConfined()) {
                ArrowFiles.read(f, arena);
            }
        });
        assertTrue(e.getMessage().contains(name), e.getMessage());
        return e;
    }

}
