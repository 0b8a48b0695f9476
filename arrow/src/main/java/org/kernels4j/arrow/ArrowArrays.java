package org.kernels4j.arrow;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.BaseFixedWidthVector;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.kernels4j.DoubleArray;
import org.kernels4j.FloatArray;
import org.kernels4j.IntArray;
import org.kernels4j.LongArray;
import org.kernels4j.NumericArray;

/**
 * Arrow Java vectors as kernels4j arrays, and kernels4j results as Arrow vectors.
 *
 * <p><b>Zero copy.</b> {@code wrap(vector, arena)} returns a kernels4j array over the
 * vector's own data buffer: the same address, no allocation, no copy. Writes through either
 * are seen by the other.
 *
 * <p><b>Lifetime.</b> The view takes a reference on the Arrow buffer (Arrow's reference
 * counting, {@code ReferenceManager.retain}) and gives it back when {@code arena} is closed.
 * So the memory stays valid while the arena is open, even if the vector is closed, cleared or
 * reallocated meanwhile (the view then keeps the old buffer, no longer the vector's data); once
 * the arena is closed, every kernel on the view throws {@link IllegalStateException} before
 * touching memory. Native code never reads a released buffer. Close the arena before the
 * allocator: an allocator closed while a view still holds a buffer reports the buffer as a
 * leak ({@code IllegalStateException} from {@code BufferAllocator.close}).
 *
 * <p><b>Validity (nulls).</b> Arrow leaves the data slot of a null unspecified, so a view of a
 * vector with nulls would compute on arbitrary values. {@code wrap} therefore refuses a vector
 * with nulls ({@link IllegalArgumentException}); {@link #wrapIgnoringValidity} is the explicit
 * opt-out. {@link #toDoubles} copies any of the four vector types into float64 with
 * <b>nulls as NaN</b>, so the NaN-skipping kernels ({@code nansum}, {@code nanmean},
 * {@code describe}, ...) skip them: this is the mapping the command-line tool and
 * {@link ArrowFiles} use.
 *
 * <p><b>Results.</b> {@code newFloat8Vector(...)} and friends allocate a vector of a given
 * length, every slot valid, and return it with a view, so a kernel with an output argument
 * ({@code Kernels.add(a, b, out)}, {@code Kernels.sort}, ...) writes straight into Arrow
 * memory; {@link #toFloat8Vector} copies a kernels4j array into a new vector.
 *
 * <p>Threads: a view is as thread-safe as its arena (a shared arena for use from many threads).
 */
public final class ArrowArrays {
    private ArrowArrays() {
    }

    /**
     * A zero-copy view of a float64 vector's values.
     *
     * @param vector a vector without nulls
     * @param arena owns the view: the Arrow buffer is held until the arena is closed
     * @return the view, {@code vector.getValueCount()} elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the vector has nulls
     * @throws IllegalStateException if the arena is closed
     */
    public static DoubleArray wrap(Float8Vector vector, Arena arena) {
        return DoubleArray.wrap(view(checkNoNulls(vector), Float8Vector.TYPE_WIDTH, arena));
    }

    /**
     * A zero-copy view of a float32 vector's values; see {@link #wrap(Float8Vector, Arena)}.
     *
     * @param vector a vector without nulls
     * @param arena owns the view: the Arrow buffer is held until the arena is closed
     * @return the view, {@code vector.getValueCount()} elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the vector has nulls
     * @throws IllegalStateException if the arena is closed
     */
    public static FloatArray wrap(Float4Vector vector, Arena arena) {
        return FloatArray.wrap(view(checkNoNulls(vector), Float4Vector.TYPE_WIDTH, arena));
    }

    /**
     * A zero-copy view of a int32 vector's values; see {@link #wrap(Float8Vector, Arena)}.
     *
     * @param vector a vector without nulls
     * @param arena owns the view: the Arrow buffer is held until the arena is closed
     * @return the view, {@code vector.getValueCount()} elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the vector has nulls
     * @throws IllegalStateException if the arena is closed
     */
    public static IntArray wrap(IntVector vector, Arena arena) {
        return IntArray.wrap(view(checkNoNulls(vector), IntVector.TYPE_WIDTH, arena));
    }

    /**
     * A zero-copy view of a int64 vector's values; see {@link #wrap(Float8Vector, Arena)}.
     *
     * @param vector a vector without nulls
     * @param arena owns the view: the Arrow buffer is held until the arena is closed
     * @return the view, {@code vector.getValueCount()} elements
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the vector has nulls
     * @throws IllegalStateException if the arena is closed
     */
    public static LongArray wrap(BigIntVector vector, Arena arena) {
        return LongArray.wrap(view(checkNoNulls(vector), BigIntVector.TYPE_WIDTH, arena));
    }

    /**
     * A zero-copy view of any of the four vector types, nulls or not: a null's slot holds
     * whatever its buffer holds (often 0). For callers that handle validity themselves.
     *
     * @param vector a Float8, Float4, Int or BigInt vector
     * @param arena owns the view: the Arrow buffer is held until the arena is closed
     * @return the view, of the vector's element type
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the vector is not a Float8, Float4, Int or BigInt vector
     * @throws IllegalStateException if the arena is closed
     */
    public static NumericArray wrapIgnoringValidity(FieldVector vector, Arena arena) {
        Objects.requireNonNull(vector, "vector");
        return switch (vector) {
            case Float8Vector v -> DoubleArray.wrap(view(v, Float8Vector.TYPE_WIDTH, arena));
            case Float4Vector v -> FloatArray.wrap(view(v, Float4Vector.TYPE_WIDTH, arena));
            case IntVector v -> IntArray.wrap(view(v, IntVector.TYPE_WIDTH, arena));
            case BigIntVector v -> LongArray.wrap(view(v, BigIntVector.TYPE_WIDTH, arena));
            default -> throw unsupported(vector);
        };
    }

    static NumericArray wrapHeld(FieldVector vector, Arena arena, BufferHolder holder) {
        return switch (vector) {
            case Float8Vector v -> DoubleArray.wrap(view(v, Float8Vector.TYPE_WIDTH, arena, holder));
            case Float4Vector v -> FloatArray.wrap(view(v, Float4Vector.TYPE_WIDTH, arena, holder));
            case IntVector v -> IntArray.wrap(view(v, IntVector.TYPE_WIDTH, arena, holder));
            case BigIntVector v -> LongArray.wrap(view(v, BigIntVector.TYPE_WIDTH, arena, holder));
            default -> throw unsupported(vector);
        };
    }

    /**
     * Whether {@code vector} is one of the types this class reads (Float8, Float4, Int, BigInt).
     *
     * @param vector any vector
     * @return true for the four supported types, false otherwise (also for null)
     */
    public static boolean isSupported(FieldVector vector) {
        return vector instanceof Float8Vector || vector instanceof Float4Vector || vector instanceof IntVector
                || vector instanceof BigIntVector;
    }

    /**
     * The values as a new float64 array in {@code arena}, nulls as NaN (int64 beyond 2^53
     * rounds).
     *
     * @param vector a Float8, Float4, Int or BigInt vector, only read
     * @param arena owns the new array
     * @return a new array of {@code vector.getValueCount()} values
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the vector is not a Float8, Float4, Int or BigInt vector
     * @throws IllegalStateException if the arena is closed
     */
    public static DoubleArray toDoubles(FieldVector vector, Arena arena) {
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(arena, "arena");
        if (!isSupported(vector)) {
            throw unsupported(vector);
        }
        int n = vector.getValueCount();
        DoubleArray out = DoubleArray.allocate(arena, n);
        try (Arena tmp = Arena.ofConfined()) {
            MemorySegment src = view((BaseFixedWidthVector) vector, ((BaseFixedWidthVector) vector).getTypeWidth(), tmp);
            MemorySegment dst = out.segment();
            boolean nulls = vector.getNullCount() > 0;
            for (int i = 0; i < n; i++) {
                double v;
                if (nulls && vector.isNull(i)) {
                    v = Double.NaN;
                } else {
                    v = switch (vector) {
                        case Float8Vector x -> src.getAtIndex(ValueLayout.JAVA_DOUBLE, i);
                        case Float4Vector x -> src.getAtIndex(ValueLayout.JAVA_FLOAT, i);
                        case IntVector x -> src.getAtIndex(ValueLayout.JAVA_INT, i);
                        default -> src.getAtIndex(ValueLayout.JAVA_LONG, i);
                    };
                }
                dst.setAtIndex(ValueLayout.JAVA_DOUBLE, i, v);
            }
        }
        return out;
    }

    // ---- results into new vectors ---------------------------------------------------------

    /**
     * A new float64 vector and its view; see {@link #newFloat8Vector(String, int, BufferAllocator, Arena)}.
     *
     * @param vector the new vector, owned by the caller (close it)
     * @param array a zero-copy view of its values
     */
    public record Float8Output(Float8Vector vector, DoubleArray array) implements AutoCloseable {
        /** Closes the vector (the view stays valid until its arena is closed). */
        @Override
        public void close() {
            vector.close();
        }
    }

    /**
     * A new float64 vector of {@code length} values, all valid and zero, with a zero-copy view
     * to write kernel results into.
     *
     * @param name the field name
     * @param length the value count
     * @param allocator allocates the vector's buffers
     * @param arena owns the view
     * @return the vector and the view
     * @throws NullPointerException if {@code allocator} or {@code arena} is null
     * @throws IllegalArgumentException if length is negative
     * @throws IllegalStateException if the arena is closed
     */
    public static Float8Output newFloat8Vector(String name, int length, BufferAllocator allocator, Arena arena) {
        if (length < 0) {
            throw new IllegalArgumentException("negative length " + length);
        }
        Float8Vector v = new Float8Vector(name, allocator);
        try {
            v.allocateNew(length);
            v.setValueCount(length);
            setAllValid(v, length);
            v.getDataBuffer().setZero(0, (long) length * Float8Vector.TYPE_WIDTH);
            return new Float8Output(v, wrap(v, arena));
        } catch (RuntimeException e) {
            v.close();
            throw e;
        }
    }

    /**
     * A new float64 vector holding a copy of {@code values}, all valid (NaN stays a NaN value,
     * not a null).
     *
     * @param name the field name
     * @param values the values to copy
     * @param allocator allocates the vector's buffers
     * @return the new vector, owned by the caller (close it)
     * @throws NullPointerException if {@code values} is null
     * @throws IllegalArgumentException if the array is longer than an Arrow vector can be (2^31 - 1)
     * @throws IllegalStateException if the array's arena is closed
     */
    public static Float8Vector toFloat8Vector(String name, DoubleArray values, BufferAllocator allocator) {
        Objects.requireNonNull(values, "values");
        if (values.length() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("an Arrow vector holds at most 2^31 - 1 values, not " + values.length());
        }
        int n = (int) values.length();
        Float8Vector v = new Float8Vector(name, allocator);
        try {
            v.allocateNew(n);
            v.setValueCount(n);
            setAllValid(v, n);
            try (Arena tmp = Arena.ofConfined()) {
                MemorySegment.copy(values.segment(), 0, view(v, Float8Vector.TYPE_WIDTH, tmp), 0, (long) n * 8);
            }
            return v;
        } catch (RuntimeException e) {
            v.close();
            throw e;
        }
    }

    private static void setAllValid(BaseFixedWidthVector v, int n) {
        ArrowBuf validity = v.getValidityBuffer();
        long bytes = (n + 7L) / 8;
        validity.setOne(0, bytes);
    }

    // ---- internals ------------------------------------------------------------------------

    private static <V extends BaseFixedWidthVector> V checkNoNulls(V vector) {
        Objects.requireNonNull(vector, "vector");
        int nulls = vector.getNullCount();
        if (nulls > 0) {
            throw new IllegalArgumentException("vector '" + vector.getName() + "' has " + nulls
                    + " nulls: wrap() would read their unspecified slots; use toDoubles() (nulls as NaN)"
                    + " or wrapIgnoringValidity()");
        }
        return vector;
    }

    /**
     * The data buffer of {@code vector} as a segment of {@code valueCount * width} bytes,
     * holding a reference on the buffer until {@code arena} closes.
     */
    static MemorySegment view(BaseFixedWidthVector vector, int width, Arena arena) {
        return view(vector, width, arena, null);
    }

    /**
     * As {@link #view(BaseFixedWidthVector, int, Arena)}; with a holder, the reference is
     * handed to the holder (which releases it) instead of to an arena cleanup action.
     */
    static MemorySegment view(BaseFixedWidthVector vector, int width, Arena arena, BufferHolder holder) {
        Objects.requireNonNull(arena, "arena");
        int n = vector.getValueCount();
        long bytes = (long) n * width;
        if (bytes == 0) {
            return arena.allocate(0, width);
        }
        ArrowBuf buf = vector.getDataBuffer();
        if (buf.capacity() < bytes) {
            throw new IllegalStateException("vector '" + vector.getName() + "' has " + n + " values but a data buffer of "
                    + buf.capacity() + " bytes");
        }
        long address = buf.memoryAddress();
        if (address == 0) {
            throw new IllegalStateException("vector '" + vector.getName() + "' has no data buffer (closed or released?)");
        }
        if (address % width != 0) {
            throw new IllegalStateException("vector '" + vector.getName() + "' data at 0x" + Long.toHexString(address)
                    + " is not aligned to " + width + " bytes");
        }
        // Retain first: if the arena is already closed, reinterpret throws and the reference is returned.
        buf.getReferenceManager().retain();
        try {
            if (holder != null) {
                MemorySegment s = MemorySegment.ofAddress(address).reinterpret(bytes, arena, null);
                holder.hold(buf);
                return s;
            }
            return MemorySegment.ofAddress(address).reinterpret(bytes, arena, s -> buf.getReferenceManager().release());
        } catch (RuntimeException e) {
            buf.getReferenceManager().release();
            throw e;
        }
    }

    /** Holds references to Arrow buffers and releases them together. */
    static final class BufferHolder {
        private final List<ArrowBuf> held = new ArrayList<>();

        synchronized void hold(ArrowBuf buf) {
            held.add(buf);
        }

        synchronized void releaseAll() {
            for (ArrowBuf b : held) {
                b.getReferenceManager().release();
            }
            held.clear();
        }
    }

    private static IllegalArgumentException unsupported(FieldVector v) {
        return new IllegalArgumentException("vector '" + v.getName() + "' of type " + v.getField().getType()
                + " is not one of Float8 (float64), Float4 (float32), Int (int32), BigInt (int64)");
    }
}
