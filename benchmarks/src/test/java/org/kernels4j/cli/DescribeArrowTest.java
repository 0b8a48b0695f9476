package org.kernels4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** describe of Arrow IPC / Feather files (written here by Arrow Java) and of bad ones. */
class DescribeArrowTest {
    @TempDir
    Path dir;

    /** x: 0.5 * i for i in [0, 2000) in 2 batches, every 100th null; n: i as int64; s: text. */
    private static void write(Path file) throws IOException {
        try (BufferAllocator alloc = new RootAllocator();
             Float8Vector x = new Float8Vector("x", alloc); BigIntVector n = new BigIntVector("n", alloc);
             VarCharVector s = new VarCharVector("s", alloc);
             VectorSchemaRoot root = new VectorSchemaRoot(List.<FieldVector>of(x, n, s));
             FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             ArrowFileWriter w = new ArrowFileWriter(root, null, ch)) {
            w.start();
            for (int b = 0; b < 2; b++) {
                root.allocateNew();
                for (int i = 0; i < 1000; i++) {
                    int v = b * 1000 + i;
                    if (v % 100 == 0) {
                        x.setNull(i);
                    } else {
                        x.set(i, 0.5 * v);
                    }
                    n.set(i, v);
                    s.setSafe(i, "r".getBytes());
                }
                root.setRowCount(1000);
                w.writeBatch();
            }
            w.end();
        }
    }

    @Test
    void describesArrowAndFeather() throws IOException {
        for (String name : new String[] {"t.arrow", "t.feather"}) {
            Path f = dir.resolve(name);
            write(f);
            Cli.Result r = Cli.run("describe", "--json", f.toString());
            assertEquals(0, r.code(), r.toString());
            Map<String, Object> input = Json.obj(Json.arr(Json.obj(Json.parse(r.out())).get("inputs")).get(0));
            List<Object> cols = Json.arr(input.get("columns"));
            assertEquals(2, cols.size(), r.out());
            Map<String, Object> x = Json.obj(cols.get(0));
            assertEquals("x", x.get("name"));
            assertEquals(1980.0, ((Number) x.get("count")).doubleValue());
            assertEquals(20.0, ((Number) x.get("nan")).doubleValue());
            assertEquals(999.5, ((Number) x.get("max")).doubleValue());
            Map<String, Object> n = Json.obj(cols.get(1));
            assertEquals(2000.0, ((Number) n.get("count")).doubleValue());
            assertEquals(999.5, ((Number) n.get("mean")).doubleValue(), 1e-9);
            assertEquals(1999.0, ((Number) n.get("max")).doubleValue());
            assertTrue(Json.arr(input.get("notes")).get(0).toString().contains("skipped column 's'"), input.toString());
        }
    }

    @Test
    void badArrowFilesAreOneLineErrors() throws IOException {
        Path junk = dir.resolve("junk.arrow");
        Files.writeString(junk, "this is not arrow at all, just some text long enough");
        bad(junk, "not a readable Arrow IPC file");
        Path good = dir.resolve("good.feather");
        write(good);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = dir.resolve("cut.feather");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        bad(cut, "not a readable Arrow IPC file");
        Path v1 = dir.resolve("old.feather");
        Files.writeString(v1, "FEA1xxxxxxxxxxxxxxxx");
        bad(v1, "Feather version 1");
    }

    private static void bad(Path f, String problem) {
        Cli.Result r = Cli.run("describe", f.toString());
        assertEquals(2, r.code(), r.toString());
        assertEquals("", r.out(), "no partial output");
        assertEquals(1, r.err().split("\n").length, r.err());
        assertTrue(r.err().startsWith("kernels4j describe: " + f + ": "), r.err());
        assertTrue(r.err().contains(problem), "expected '" + problem + "' in " + r.err());
    }
}
