package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments get a clear Java exception before any native call, and the data stays as it was. */
class BadInputTest {
    final double[] x = {1, 2, 3, 4, 5};
    final double[] xCopy = x.clone();

    void unchanged() {
        assertArrayEquals(xCopy, x, "the caller's data was modified");
    }

    @Test
    void nullArguments() {
        assertThrows(NullPointerException.class, () -> Kernels.sum((double[]) null));
        assertThrows(NullPointerException.class, () -> Kernels.sum((NumericArray) null));
        assertThrows(NullPointerException.class, () -> Kernels.dot(x, null));
        assertThrows(NullPointerException.class, () -> Kernels.add(x, x, null));
        assertThrows(NullPointerException.class, () -> Kernels.exp((double[]) null, new double[5]));
        assertThrows(NullPointerException.class, () -> DoubleArray.allocate(null, 3));
        unchanged();
    }

    @Test
    void offsetAndLengthOutOfRange() {
        assertThrows(IndexOutOfBoundsException.class, () -> Kernels.sum(x, -1, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> Kernels.sum(x, 4, 2));
        assertThrows(IndexOutOfBoundsException.class, () -> Kernels.sum(x, 0, -1));
        assertThrows(IndexOutOfBoundsException.class, () -> Kernels.min(x, 5, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> Kernels.dot(x, 0, new double[3], 0, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> Kernels.sum(new float[3], 2, 2));
        assertEquals(9.0, Kernels.sum(x, 1, 2) + Kernels.sum(x, 4, 1) - 1, 0.0);
        unchanged();
    }

    @Test
    void outputShorterThanInputOrMismatchedOperands() {
        double[] shortOut = {7, 7};
        assertThrows(IllegalArgumentException.class, () -> Kernels.add(x, x, shortOut));
        assertThrows(IllegalArgumentException.class, () -> Kernels.exp(x, shortOut));
        assertThrows(IllegalArgumentException.class, () -> Kernels.cumsum(x, shortOut));
        assertThrows(IllegalArgumentException.class, () -> Kernels.add(x, new double[4], new double[5]));
        assertThrows(IllegalArgumentException.class, () -> Kernels.dot(x, new double[4]));
        assertThrows(IllegalArgumentException.class, () -> Kernels.axpy(2.0, x, new double[6]));
        assertArrayEquals(new double[] {7, 7}, shortOut);
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray d = DoubleArray.copyOf(arena, x);
            FloatArray f = FloatArray.allocate(arena, 5);
            assertThrows(IllegalArgumentException.class, () -> Kernels.add(d, d, f));
            assertThrows(IllegalArgumentException.class, () -> Kernels.dot(d, f));
        }
        unchanged();
    }

    @Test
    void emptyInputWhereUndefined() {
        double[] e = {};
        assertThrows(IllegalArgumentException.class, () -> Kernels.min(e));
        assertThrows(IllegalArgumentException.class, () -> Kernels.max(e));
        assertThrows(IllegalArgumentException.class, () -> Kernels.argmin(e));
        assertThrows(IllegalArgumentException.class, () -> Kernels.argmax(e));
        assertThrows(IllegalArgumentException.class, () -> Kernels.nanmin(new float[0]));
        assertThrows(IllegalArgumentException.class, () -> Kernels.nanmax(e));
        assertThrows(IllegalArgumentException.class, () -> Kernels.var(e));
        assertEquals(0.0, Kernels.sum(e));
        assertTrue(Double.isNaN(Kernels.mean(e)));
        assertTrue(Double.isNaN(Kernels.nanmean(e)));
    }

    @Test
    void ddofMustBeBelowTheCount() {
        assertThrows(IllegalArgumentException.class, () -> Kernels.var(x, 5));
        assertThrows(IllegalArgumentException.class, () -> Kernels.std(x, 6));
        assertThrows(IllegalArgumentException.class, () -> Kernels.var(x, -1));
        assertEquals(2.5, Kernels.var(x, 1), 0.0);
        unchanged();
    }

    @Test
    void closedArena() {
        DoubleArray d;
        DoubleArray out;
        try (Arena arena = Arena.ofConfined()) {
            d = DoubleArray.copyOf(arena, x);
            out = DoubleArray.allocate(arena, 5);
        }
        DoubleArray dead = d;
        DoubleArray deadOut = out;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Kernels.sum(dead));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> Kernels.max(dead));
        assertThrows(IllegalStateException.class, () -> Kernels.exp(dead, deadOut));
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray live = DoubleArray.copyOf(arena, x);
            assertThrows(IllegalStateException.class, () -> Kernels.exp(live, deadOut));
            assertArrayEquals(xCopy, live.toArray());
        }
    }

    @Test
    void readOnlyOutput(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.f64");
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray src = DoubleArray.copyOf(arena, x);
            Files.write(f, src.segment().toArray(java.lang.foreign.ValueLayout.JAVA_BYTE));
        }
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray ro = DoubleArray.mapFile(f, FileChannel.MapMode.READ_ONLY, arena);
            assertTrue(ro.isReadOnly());
            assertEquals(15.0, Kernels.sum(ro));
            assertThrows(IllegalArgumentException.class, () -> Kernels.exp(ro, ro));
            assertThrows(IllegalArgumentException.class, () -> Kernels.axpy(1.0, ro, ro));
            assertArrayEquals(xCopy, ro.toArray());
        }
    }

    @Test
    void badArrayConstruction(@TempDir Path dir) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            assertThrows(IllegalArgumentException.class, () -> DoubleArray.allocate(arena, -1));
            assertThrows(IllegalArgumentException.class, () -> DoubleArray.wrap(arena.allocate(12)));
            assertThrows(IllegalArgumentException.class, () -> DoubleArray.wrap(arena.allocate(32, 8).asSlice(4, 16)));
            Path odd = dir.resolve("odd.f64");
            Files.write(odd, new byte[13]);
            assertThrows(IllegalArgumentException.class, () -> DoubleArray.mapFile(odd, FileChannel.MapMode.READ_ONLY, arena));
            assertThrows(java.nio.file.NoSuchFileException.class,
                    () -> DoubleArray.mapFile(dir.resolve("absent"), FileChannel.MapMode.READ_ONLY, arena));
            DoubleArray d = DoubleArray.allocate(arena, 4);
            assertThrows(IndexOutOfBoundsException.class, () -> d.get(4));
            assertThrows(IndexOutOfBoundsException.class, () -> d.slice(3, 2));
        }
    }

    @Test
    void clipBounds() {
        double[] out = new double[5];
        assertThrows(IllegalArgumentException.class, () -> Kernels.clip(x, 3, 2, out));
        assertThrows(IllegalArgumentException.class, () -> Kernels.clip(x, Double.NaN, 2, out));
        assertArrayEquals(new double[5], out);
        Kernels.clip(x, 2, 4, out);
        assertArrayEquals(new double[] {2, 2, 3, 4, 4}, out);
        unchanged();
    }

    @Test
    void partialOverlapIsAsIfInputsWereReadFirst() {
        double[] a = {1, 2, 3, 4, 5, 6, 7, 8};
        try (Arena arena = Arena.ofConfined()) {
            DoubleArray all = DoubleArray.copyOf(arena, a);
            // out = all[1..8), in = all[0..7): a naive in-order loop would smear a[0] along.
            Kernels.mul(all.slice(0, 7), 10.0, all.slice(1, 7));
            assertArrayEquals(new double[] {1, 10, 20, 30, 40, 50, 60, 70}, all.toArray());
            DoubleArray c = DoubleArray.copyOf(arena, a);
            Kernels.cumsum(c.slice(1, 7), c.slice(0, 7));
            assertArrayEquals(new double[] {2, 5, 9, 14, 20, 27, 35, 8}, c.toArray());
        }
        double[] h = {1, 2, 3, 4};
        Kernels.add(DoubleArray.wrap(h, 0, 3), DoubleArray.wrap(h, 1, 3), DoubleArray.wrap(h, 1, 3));
        assertArrayEquals(new double[] {1, 3, 5, 7}, h);
    }
}
