package org.kernels4j.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;

/** The cache buffer layout check: only an exact PassThrough double or float buffer is read directly. */
class CachedColumnTest {
    /** A buffer as Spark writes it: null count, null positions, scheme id, values. */
    private static byte[] buffer(int[] nullPositions, int scheme, int values, int width) {
        ByteBuffer b = ByteBuffer.allocate(4 + 4 * nullPositions.length + 4 + values * width).order(ByteOrder.nativeOrder());
        b.putInt(nullPositions.length);
        for (int p : nullPositions) {
            b.putInt(p);
        }
        b.putInt(scheme);
        for (int i = 0; i < values; i++) {
            if (width == 8) {
                b.putDouble(i + 0.5);
            } else {
                b.putFloat(i + 0.5f);
            }
        }
        return b.array();
    }

    @Test
    void acceptsExactPassThroughBuffers() {
        assertEquals(8, CachedColumn.values(buffer(new int[0], 0, 10, 8), 10, PartitionScanner.K_DOUBLE));
        assertEquals(16, CachedColumn.values(buffer(new int[] {1, 4}, 0, 8, 8), 10, PartitionScanner.K_DOUBLE));
        assertEquals(12, CachedColumn.values(buffer(new int[] {3}, 0, 9, 4), 10, PartitionScanner.K_FLOAT));
        assertEquals(8, CachedColumn.values(buffer(new int[0], 0, 0, 8), 0, PartitionScanner.K_DOUBLE));
        assertEquals(12, CachedColumn.values(buffer(new int[] {0}, 0, 0, 8), 1, PartitionScanner.K_DOUBLE));
    }

    @Test
    void rejectsEverythingElse() {
        // Another scheme, a length off by one value or one byte, a null count beyond the rows or
        // negative, a buffer too short for its header, another column kind.
        assertEquals(-1, CachedColumn.values(buffer(new int[0], 1, 10, 8), 10, PartitionScanner.K_DOUBLE));
        assertEquals(-1, CachedColumn.values(buffer(new int[0], 0, 9, 8), 10, PartitionScanner.K_DOUBLE));
        assertEquals(-1, CachedColumn.values(buffer(new int[0], 0, 11, 8), 10, PartitionScanner.K_DOUBLE));
        byte[] b = buffer(new int[0], 0, 10, 8);
        assertEquals(-1, CachedColumn.values(java.util.Arrays.copyOf(b, b.length - 1), 10, PartitionScanner.K_DOUBLE));
        assertEquals(-1, CachedColumn.values(buffer(new int[] {1, 2, 3}, 0, 0, 8), 2, PartitionScanner.K_DOUBLE));
        byte[] neg = buffer(new int[0], 0, 10, 8);
        ByteBuffer.wrap(neg).order(ByteOrder.nativeOrder()).putInt(0, -1);
        assertEquals(-1, CachedColumn.values(neg, 10, PartitionScanner.K_DOUBLE));
        byte[] huge = buffer(new int[0], 0, 10, 8);
        ByteBuffer.wrap(huge).order(ByteOrder.nativeOrder()).putInt(0, Integer.MAX_VALUE);
        assertEquals(-1, CachedColumn.values(huge, Integer.MAX_VALUE, PartitionScanner.K_DOUBLE));
        assertEquals(-1, CachedColumn.values(new byte[7], 0, PartitionScanner.K_DOUBLE));
        assertEquals(-1, CachedColumn.values(null, 0, PartitionScanner.K_DOUBLE));
        assertEquals(-1, CachedColumn.values(buffer(new int[0], 0, 10, 8), 10, PartitionScanner.K_LONG));
        assertEquals(-1, CachedColumn.values(buffer(new int[0], 0, 10, 4), 10, PartitionScanner.K_DOUBLE));
    }
}
