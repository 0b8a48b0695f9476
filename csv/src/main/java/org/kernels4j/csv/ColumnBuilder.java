package org.kernels4j.csv;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The values of one column while the file is read: off-heap blocks of 8-byte values in an
 * arena of the column's own, growing geometrically (from 64 values to 1 Mi values per
 * block), so a column holds at most its data plus one partly filled block, and a wide file of
 * few rows stays small (16,384 columns of one row: 8 MiB). Values are longs while the column is INT64 and doubles once it is
 * FLOAT64 (the blocks written so far are converted in place: both are 8 bytes). A column that
 * turns out to be text frees its blocks at once.
 */
final class ColumnBuilder implements AutoCloseable {
    private static final int FIRST_BLOCK = 64;
    private static final int MAX_BLOCK = 1 << 20;

    final String name;
    final int index;
    CsvType type = CsvType.INT64;
    long missing;
    String note = "";
    private Arena arena;
    private final List<MemorySegment> blocks = new ArrayList<>();
    private MemorySegment current;
    private long fill;
    private long length;

    ColumnBuilder(String name, int index) {
        this.name = name;
        this.index = index;
    }

    private void nextBlock() {
        if (arena == null) {
            arena = Arena.ofConfined();
        }
        long size = current == null ? FIRST_BLOCK : Math.min(MAX_BLOCK, current.byteSize() / 8 * 2);
        current = arena.allocate(size * 8, 64);
        blocks.add(current);
        fill = 0;
    }

    void addLong(long v) {
        if (current == null || fill == current.byteSize() / 8) {
            nextBlock();
        }
        current.setAtIndex(ValueLayout.JAVA_LONG, fill++, v);
        length++;
    }

    void addDouble(double v) {
        if (current == null || fill == current.byteSize() / 8) {
            nextBlock();
        }
        current.setAtIndex(ValueLayout.JAVA_DOUBLE, fill++, v);
        length++;
    }

    /** INT64 to FLOAT64: the longs so far become doubles, in place. */
    void toFloat() {
        for (MemorySegment b : blocks) {
            long n = b == current ? fill : b.byteSize() / 8;
            for (long i = 0; i < n; i++) {
                b.setAtIndex(ValueLayout.JAVA_DOUBLE, i, (double) b.getAtIndex(ValueLayout.JAVA_LONG, i));
            }
        }
        type = CsvType.FLOAT64;
    }

    /** The column is text: its values are dropped. */
    void toText(String why) {
        type = CsvType.TEXT;
        note = why;
        close();
    }

    /** Copies the values into {@code dst} ({@link #length()} 8-byte values) and frees the blocks. */
    void finish(MemorySegment dst) {
        long at = 0;
        for (MemorySegment b : blocks) {
            long n = b == current ? fill : b.byteSize() / 8;
            MemorySegment.copy(b, 0, dst, at, n * 8);
            at += n * 8;
        }
        close();
    }

    long length() {
        return length;
    }

    @Override
    public void close() {
        blocks.clear();
        current = null;
        fill = 0;
        if (arena != null) {
            arena.close();
            arena = null;
        }
    }
}
