package org.kernels4j.arrow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;

import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.junit.jupiter.api.Test;
import org.kernels4j.DoubleArray;
import org.kernels4j.FloatArray;
import org.kernels4j.IntArray;
import org.kernels4j.Kernels;
import org.kernels4j.LongArray;

class ArrowArraysTest {

    private static Float8Vector float8(BufferAllocator a, int n) {
        Float8Vector v = new Float8Vector("x", a);
        v.allocateNew(n);
        for (int i = 0; i < n; i++) {
            v.set(i, i * 0.5 - 7);
        }
        v.setValueCount(n);
        return v;
    }

    @Test
    void wrapIsZeroCopySameAddressNoAllocation() {
        try (BufferAllocator alloc = new RootAllocator(); Float8Vector v = float8(alloc, 10_000)) {
            long before = alloc.getAllocatedMemory();
            try (Arena arena = Arena.ofConfined()) {
                DoubleArray x = ArrowArrays.wrap(v, arena);
                assertEquals(v.getDataBufferAddress(), x.segment().address());
                assertEquals(10_000, x.length());
                assertEquals(before, alloc.getAllocatedMemory(), "no Arrow allocation");
                assertEquals(before, alloc.getPeakMemoryAllocation(), "no Arrow allocation, not even transient");
                double expect = 0;
                for (int i = 0; i < 10_000; i++) {
                    expect += v.get(i);
                }
                assertEquals(expect, Kernels.sum(x), 1e-9);
                // Shared memory, both ways.
                v.set(3, 1e6);
                assertEquals(1e6, x.get(3));
                x.set(4, -1);
                assertEquals(-1, v.get(4));
            }
        }
    }

    @Test
    void allFourTypes() {
        try (BufferAllocator alloc = new RootAllocator(); Arena arena = Arena.ofConfined();
             Float4Vector f4 = new Float4Vector("f4", alloc); IntVector i4 = new IntVector("i4", alloc);
             BigIntVector i8 = new BigIntVector("i8", alloc)) {
            int n = 1000;
            f4.allocateNew(n);
            i4.allocateNew(n);
            i8.allocateNew(n);
            for (int i = 0; i < n; i++) {
                f4.set(i, i * 0.25f);
                i4.set(i, 500 - i);
                i8.set(i, (long) (n - i) << 33);
            }
            f4.setValueCount(n);
            i4.setValueCount(n);
            i8.setValueCount(n);
            FloatArray a = ArrowArrays.wrap(f4, arena);
            IntArray b = ArrowArrays.wrap(i4, arena);
            LongArray c = ArrowArrays.wrap(i8, arena);
            assertEquals(f4.getDataBufferAddress(), a.segment().address());
            assertEquals(i4.getDataBufferAddress(), b.segment().address());
            assertEquals(i8.getDataBufferAddress(), c.segment().address());
            assertEquals(999 * 0.25f, Kernels.max(a));
            // Integer kernels write through to the vectors.
            Kernels.sort(b);
            Kernels.sort(c);
            assertEquals(-499, i4.get(0));
            assertEquals(500, i4.get(n - 1));
            assertEquals(1L << 33, i8.get(0));
            assertEquals((long) n << 33, i8.get(n - 1));
        }
    }

    @Test
    void nullsAreRefusedByWrapAndNaNInToDoubles() {
        try (BufferAllocator alloc = new RootAllocator(); Arena arena = Arena.ofConfined();
             Float8Vector v = float8(alloc, 100); IntVector iv = new IntVector("i", alloc)) {
            v.setNull(10);
            v.setNull(20);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArrowArrays.wrap(v, arena));
            assertTrue(e.getMessage().contains("2 nulls"), e.getMessage());
            DoubleArray d = ArrowArrays.toDoubles(v, arena);
            assertTrue(Double.isNaN(d.get(10)) && Double.isNaN(d.get(20)));
            double expect = 0;
            for (int i = 0; i < 100; i++) {
                if (!v.isNull(i)) {
                    expect += v.get(i);
                }
            }
            assertEquals(expect, Kernels.nansum(d), 1e-12);
            iv.allocateNew(3);
            iv.set(0, 7);
            iv.setNull(1);
            iv.set(2, -7);
            iv.setValueCount(3);
            DoubleArray di = ArrowArrays.toDoubles(iv, arena);
            assertEquals(7.0, di.get(0));
            assertTrue(Double.isNaN(di.get(1)));
            assertEquals(-7.0, di.get(2));
            // The raw view is still available on request.
            assertEquals(100, ArrowArrays.wrapIgnoringValidity(v, arena).length());
        }
    }

    @Test
    void unsupportedTypeIsAClearError() {
        try (BufferAllocator alloc = new RootAllocator(); Arena arena = Arena.ofConfined();
             VarCharVector s = new VarCharVector("s", alloc)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArrowArrays.toDoubles(s, arena));
            assertTrue(e.getMessage().contains("'s'") && e.getMessage().contains("Utf8"), e.getMessage());
        }
    }

    @Test
    void theViewHoldsTheBufferUntilItsArenaCloses() {
        try (BufferAllocator alloc = new RootAllocator()) {
            Arena arena = Arena.ofConfined();
            Float8Vector v = float8(alloc, 1000);
            DoubleArray x = ArrowArrays.wrap(v, arena);
            double s = Kernels.sum(x);
            v.close();
            // The vector is closed but the view still holds the buffer: readable, same values.
            assertTrue(alloc.getAllocatedMemory() > 0);
            assertEquals(s, Kernels.sum(x));
            arena.close();
            assertEquals(0, alloc.getAllocatedMemory(), "the buffer went back when the arena closed");
            assertThrows(IllegalStateException.class, () -> Kernels.sum(x));
            // A closed arena refuses new views, and no reference is leaked.
            try (Float8Vector w = float8(alloc, 10)) {
                assertThrows(IllegalStateException.class, () -> ArrowArrays.wrap(w, arena));
            }
            assertEquals(0, alloc.getAllocatedMemory());
        }
    }

    @Test
    void aClosedVectorCannotBeWrapped() {
        try (BufferAllocator alloc = new RootAllocator(); Arena arena = Arena.ofConfined()) {
            Float8Vector v = float8(alloc, 10);
            v.close();
            // A closed vector has no values left: an empty view, never a dangling one.
            assertEquals(0, ArrowArrays.wrap(v, arena).length());
        }
    }

    @Test
    void kernelResultsIntoNewVectors() {
        try (BufferAllocator alloc = new RootAllocator(); Arena arena = Arena.ofConfined();
             Float8Vector a = float8(alloc, 5000); Float8Vector b = float8(alloc, 5000);
             ArrowArrays.Float8Output out = ArrowArrays.newFloat8Vector("sum", 5000, alloc, arena)) {
            assertEquals(out.vector().getDataBufferAddress(), out.array().segment().address());
            Kernels.add(ArrowArrays.wrap(a, arena), ArrowArrays.wrap(b, arena), out.array());
            assertEquals(5000, out.vector().getValueCount());
            assertEquals(0, out.vector().getNullCount());
            for (int i = 0; i < 5000; i += 97) {
                assertEquals(a.get(i) + b.get(i), out.vector().get(i));
            }
            DoubleArray sorted = DoubleArray.copyOf(arena, new double[] {3, Double.NaN, 1, 2});
            Kernels.sort(sorted);
            try (Float8Vector copy = ArrowArrays.toFloat8Vector("sorted", sorted, alloc)) {
                assertEquals(4, copy.getValueCount());
                assertEquals(0, copy.getNullCount());
                assertEquals(1.0, copy.get(0));
                assertEquals(3.0, copy.get(2));
                assertTrue(Double.isNaN(copy.get(3)), "NaN stays a value, not a null");
            }
        }
    }
}
