package org.kernels4j.cli;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.kernels4j.DoubleArray;
import org.kernels4j.FloatArray;
import org.kernels4j.NumericArray;

/**
 * One numeric column of an input, read in chunks. A chunk is either a zero-copy view of the
 * data (a float64/float32 run read off-heap, a CSV column parsed off-heap) or the
 * chunk converted to float64 into a caller-supplied off-heap scratch buffer (int32/int64
 * values, the strided columns of a 2-D C-order array). Files are read into off-heap memory
 * by positional reads, never mapped. Nothing is ever loaded whole into the
 * Java heap.
 */
abstract class DataColumn {
    /** Elements per chunk of contiguous and converted columns: 8 MiB of float64. */
    static final int CHUNK = 1 << 20;

    final String name;
    final String dtype;

    DataColumn(String name, String dtype) {
        this.name = name;
        this.dtype = dtype;
    }

    abstract long length();

    abstract int chunkCount();

    /** Chunk {@code i}: a view, or the values converted into {@code scratch} (at least CHUNK long). */
    abstract NumericArray chunk(int i, DoubleArray scratch);

    /** Bytes of input behind this column (for progress). */
    abstract long inputBytes();

    /** Index of the first element of chunk {@code i}. */
    long chunkStart(int i) {
        return (long) i * CHUNK;
    }

    /** The whole column as one array when it is one (a zero-copy view), else null. */
    NumericArray whole() {
        return null;
    }

    static int chunks(long n) {
        return (int) ((n + CHUNK - 1) / CHUNK);
    }

    // ---- implementations ----------------------------------------------------------------

    /** A contiguous float64 or float32 array (a file read off-heap): chunks are views. */
    static final class Contiguous extends DataColumn {
        private final NumericArray data;

        Contiguous(String name, String dtype, NumericArray data) {
            super(name, dtype);
            this.data = data;
        }

        @Override
        long length() {
            return data.length();
        }

        @Override
        int chunkCount() {
            return chunks(data.length());
        }

        @Override
        NumericArray chunk(int i, DoubleArray scratch) {
            long from = (long) i * CHUNK;
            return data.slice(from, Math.min(CHUNK, data.length() - from));
        }

        @Override
        long inputBytes() {
            return data.length() * data.dtype().byteSize();
        }

        @Override
        NumericArray whole() {
            return data;
        }
    }

    /** Element kinds of {@link Strided}. */
    enum Kind {
        F64("float64", 8), F32("float32", 4), I32("int32", 4), I64("int64", 8);

        final String numpy;
        final int size;

        Kind(String numpy, int size) {
            this.numpy = numpy;
            this.size = size;
        }
    }

    private static final ValueLayout.OfDouble F64_NATIVE = ValueLayout.JAVA_DOUBLE_UNALIGNED;
    private static final ValueLayout.OfFloat F32_NATIVE = ValueLayout.JAVA_FLOAT_UNALIGNED;
    private static final ValueLayout.OfInt I32_NATIVE = ValueLayout.JAVA_INT_UNALIGNED;
    private static final ValueLayout.OfLong I64_NATIVE = ValueLayout.JAVA_LONG_UNALIGNED;

    /**
     * Elements {@code base + i * stride} (bytes) of little-endian values in native byte order in a segment
     * (a file read off-heap), converted chunk by chunk to float64.
     */
    static final class Strided extends DataColumn {
        private final MemorySegment seg;
        private final long base;
        private final long stride;
        private final long length;
        private final Kind kind;

        Strided(String name, MemorySegment seg, long base, long stride, long length, Kind kind) {
            this(name, kind.numpy, seg, base, stride, length, kind);
        }

        Strided(String name, String dtype, MemorySegment seg, long base, long stride, long length, Kind kind) {
            super(name, dtype);
            this.seg = seg;
            this.base = base;
            this.stride = stride;
            this.length = length;
            this.kind = kind;
        }

        @Override
        long length() {
            return length;
        }

        @Override
        int chunkCount() {
            return chunks(length);
        }

        @Override
        NumericArray chunk(int i, DoubleArray scratch) {
            long from = (long) i * CHUNK;
            int len = (int) Math.min(CHUNK, length - from);
            MemorySegment dst = scratch.segment();
            long off = base + from * stride;
            switch (kind) {
                case F64 -> {
                    for (int j = 0; j < len; j++, off += stride) {
                        dst.setAtIndex(ValueLayout.JAVA_DOUBLE, j, seg.get(F64_NATIVE, off));
                    }
                }
                case F32 -> {
                    for (int j = 0; j < len; j++, off += stride) {
                        dst.setAtIndex(ValueLayout.JAVA_DOUBLE, j, seg.get(F32_NATIVE, off));
                    }
                }
                case I32 -> {
                    for (int j = 0; j < len; j++, off += stride) {
                        dst.setAtIndex(ValueLayout.JAVA_DOUBLE, j, seg.get(I32_NATIVE, off));
                    }
                }
                case I64 -> {
                    for (int j = 0; j < len; j++, off += stride) {
                        dst.setAtIndex(ValueLayout.JAVA_DOUBLE, j, (double) seg.get(I64_NATIVE, off));
                    }
                }
            }
            return scratch.slice(0, len);
        }

        @Override
        long inputBytes() {
            return length * kind.size;
        }
    }

    /** Float32 chunks stay float32 (the kernels accumulate in float64). */
    static boolean isF32(NumericArray a) {
        return a instanceof FloatArray;
    }
}
