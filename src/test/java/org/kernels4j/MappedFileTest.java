package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Arrays over memory-mapped files: read-only, read-write, and longer than 2^31 elements. */
class MappedFileTest {

    static void writeLittleEndian(Path f, double[] v) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(v.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (double d : v) {
            b.putDouble(d);
        }
        Files.write(f, b.array());
    }

    @Test
    void readWriteMappingWritesThrough(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.f64");
        writeLittleEndian(f, new double[] {1, 4, 9, 16});
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray x = DoubleArray.mapFile(f, FileChannel.MapMode.READ_WRITE, arena);
            assertEquals(4, x.length());
            Kernels.sqrt(x, x);
        }
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray back = DoubleArray.mapFile(f, FileChannel.MapMode.READ_ONLY, arena);
            assertArrayEquals(new double[] {1, 2, 3, 4}, back.toArray());
            assertEquals(10.0, Kernels.sum(back));
            DoubleArray tail = DoubleArray.mapFile(f, 16, 2, FileChannel.MapMode.READ_ONLY, arena);
            assertArrayEquals(new double[] {3, 4}, tail.toArray());
        }
    }

    @Test
    void lengthsBeyondTwoToThe31(@TempDir Path dir) throws IOException {
        // A sparse file: 2^31 + 64 floats (8 GiB) that occupy no disk and, untouched, no memory.
        long n = (1L << 31) + 64;
        Path f = dir.resolve("big.f32");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(n * 4);
        }
        try (Arena arena = Arena.ofConfined()) {
            FloatArray x = FloatArray.mapFile(f, FileChannel.MapMode.READ_WRITE, arena);
            assertEquals(n, x.length());
            assertTrue(x.length() > Integer.MAX_VALUE);
            long at = (1L << 31) + 10;
            x.set(at, 2.5f);
            x.set(n - 1, -1.0f);
            FloatArray tail = x.slice(at, n - at);
            assertEquals(54, tail.length());
            assertEquals(1.5, Kernels.sum(tail));
            assertEquals(0, Kernels.argmax(tail));
            assertEquals(53, Kernels.argmin(tail));
            Kernels.mul(tail, 2.0, tail);
            assertEquals(5.0f, x.get(at));
            assertEquals(-2.0f, x.get(n - 1));
        }
    }
}
