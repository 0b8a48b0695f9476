package org.kernels4j.backend;

import static org.kernels4j.ffi.k4j_h.*;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.kernels4j.DType;

/**
 * The sort-family calls of {@link NativeBackend}: which downcall, on what memory.
 *
 * <p>Up to {@link #STACK_MAX} elements every kernel is one critical downcall on the caller's
 * memory, heap or not (a few microseconds; the kernel's scratch is on its stack). Above that:
 * <ul>
 * <li>sort, off-heap: one ordinary downcall with n elements of scratch from {@link Scratch};</li>
 * <li>sort of a heap array, argsort, select: the {@link NativePrograms} passes on the calling
 *     thread, which read a heap array only in critical pieces of
 *     {@link NativeBackend#CRITICAL_CHUNK} elements and do the long work off-heap with
 *     ordinary downcalls. Memory: sort n elements; argsort n keys (plus n int64 when the
 *     output is a heap array); select the keys of the few buckets holding a wanted rank;</li>
 * <li>partition of a heap array: an off-heap copy (n elements), partitioned there by one
 *     ordinary downcall, copied back.</li>
 * </ul>
 */
final class NativeSort {
    /** k4j.h K4J_SORT_STACK_MAX: sizes sorted without scratch. */
    static final long STACK_MAX = 1024;

    private NativeSort() {
    }

    static void check(int status) {
        if (status == -2) {
            throw new OutOfMemoryError("the native sort could not allocate its counters");
        }
        if (status != 0) {
            throw new IllegalStateException("native kernel rejected its arguments (status " + status + ")");
        }
    }

    static int sortCall(int code, DType t, MemorySegment x, long n, MemorySegment scratch, boolean critical) {
        return switch (t) {
            case F64 -> critical ? k4j_sort_sort_f64$critical(code, x, n, scratch) : k4j_sort_sort_f64(code, x, n, scratch);
            case F32 -> critical ? k4j_sort_sort_f32$critical(code, x, n, scratch) : k4j_sort_sort_f32(code, x, n, scratch);
            case I64 -> critical ? k4j_sort_sort_i64$critical(code, x, n, scratch) : k4j_sort_sort_i64(code, x, n, scratch);
            case I32 -> critical ? k4j_sort_sort_i32$critical(code, x, n, scratch) : k4j_sort_sort_i32(code, x, n, scratch);
        };
    }

    static int argsortCall(int code, DType t, MemorySegment x, long n, long base, MemorySegment out, MemorySegment keysOut,
                           MemorySegment scratch, boolean critical) {
        return switch (t) {
            case F64 -> critical ? k4j_sort_argsort_f64$critical(code, x, n, base, out, keysOut, scratch)
                    : k4j_sort_argsort_f64(code, x, n, base, out, keysOut, scratch);
            case F32 -> critical ? k4j_sort_argsort_f32$critical(code, x, n, base, out, keysOut, scratch)
                    : k4j_sort_argsort_f32(code, x, n, base, out, keysOut, scratch);
            case I64 -> critical ? k4j_sort_argsort_i64$critical(code, x, n, base, out, keysOut, scratch)
                    : k4j_sort_argsort_i64(code, x, n, base, out, keysOut, scratch);
            case I32 -> critical ? k4j_sort_argsort_i32$critical(code, x, n, base, out, keysOut, scratch)
                    : k4j_sort_argsort_i32(code, x, n, base, out, keysOut, scratch);
        };
    }

    static void sort(int code, DType t, MemorySegment x, long n) {
        if (n <= STACK_MAX) {
            check(sortCall(code, t, x, n, MemorySegment.NULL, true));
            return;
        }
        if (x.isNative()) {
            try (Scratch s = Scratch.acquire(n * t.byteSize())) {
                check(sortCall(code, t, x, n, s.segment(), false));
            }
            return;
        }
        NativePrograms.sort(code, t, x, n, 1).runHere();
    }

    /** Sorts x into out (no overlap; both hold n elements): x is only read, and not copied first. */
    static void sortInto(int code, DType t, MemorySegment x, MemorySegment out, long n) {
        if (n <= STACK_MAX) {
            MemorySegment.copy(x, 0, out, 0, n * t.byteSize());
            check(sortCall(code, t, out, n, MemorySegment.NULL, true));
            return;
        }
        NativePrograms.sortInto(code, t, x, out, n, 1).runHere();
    }

    static void argsort(int code, DType t, MemorySegment x, long n, MemorySegment out) {
        if (n <= STACK_MAX) {
            check(argsortCall(code, t, x, n, 0, out, MemorySegment.NULL, MemorySegment.NULL, true));
            return;
        }
        NativePrograms.argsort(code, t, x, n, out, 1).runHere();
    }

    static int partitionCall(int code, DType t, MemorySegment x, long n, MemorySegment ks, long nk, boolean critical) {
        return switch (t) {
            case F64 -> critical ? k4j_sort_partition_f64$critical(code, x, n, ks, nk) : k4j_sort_partition_f64(code, x, n, ks, nk);
            case F32 -> critical ? k4j_sort_partition_f32$critical(code, x, n, ks, nk) : k4j_sort_partition_f32(code, x, n, ks, nk);
            case I64 -> critical ? k4j_sort_partition_i64$critical(code, x, n, ks, nk) : k4j_sort_partition_i64(code, x, n, ks, nk);
            case I32 -> critical ? k4j_sort_partition_i32$critical(code, x, n, ks, nk) : k4j_sort_partition_i32(code, x, n, ks, nk);
        };
    }

    static int selectCall(int code, DType t, MemorySegment x, long n, MemorySegment ks, long nk, MemorySegment vals,
                          MemorySegment scratch, boolean critical) {
        return switch (t) {
            case F64 -> critical ? k4j_sort_select_f64$critical(code, x, n, ks, nk, vals, scratch)
                    : k4j_sort_select_f64(code, x, n, ks, nk, vals, scratch);
            case F32 -> critical ? k4j_sort_select_f32$critical(code, x, n, ks, nk, vals, scratch)
                    : k4j_sort_select_f32(code, x, n, ks, nk, vals, scratch);
            case I64 -> critical ? k4j_sort_select_i64$critical(code, x, n, ks, nk, vals, scratch)
                    : k4j_sort_select_i64(code, x, n, ks, nk, vals, scratch);
            case I32 -> critical ? k4j_sort_select_i32$critical(code, x, n, ks, nk, vals, scratch)
                    : k4j_sort_select_i32(code, x, n, ks, nk, vals, scratch);
        };
    }

    /** NumPy partition in place; heap arrays above STACK_MAX go through an off-heap copy. */
    static void partition(int code, DType t, MemorySegment x, long n, long[] ks) {
        if (n <= STACK_MAX) {
            check(partitionCall(code, t, x, n, MemorySegment.ofArray(ks), ks.length, true));
            return;
        }
        long bytes = n * t.byteSize();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment k = arena.allocateFrom(java.lang.foreign.ValueLayout.JAVA_LONG, ks);
            if (x.isNative()) {
                check(partitionCall(code, t, x, n, k, ks.length, false));
            } else {
                try (Scratch copy = Scratch.acquire(bytes)) {
                    NativePrograms.copy(x, copy.segment(), bytes);
                    check(partitionCall(code, t, copy.segment(), n, k, ks.length, false));
                    NativePrograms.copy(copy.segment(), x, bytes);
                }
            }
        }
    }

    /** Order statistics without modifying x; see {@link Backend#select}. */
    static void select(int code, DType t, MemorySegment x, long n, long[] ks, MemorySegment vals) {
        if (n <= STACK_MAX) {
            MemorySegment scratch = MemorySegment.ofArray(new long[(int) Math.max(1, n)]);
            check(selectCall(code, t, x, n, MemorySegment.ofArray(ks), ks.length, vals, scratch, true));
            return;
        }
        Selection s = NativePrograms.select(code, t, x, n, 1, nan -> ks).runHere();
        for (int j = 0; j < ks.length; j++) {
            long b = s.bits()[j];
            switch (t) {
                case F64, I64 -> vals.setAtIndex(java.lang.foreign.ValueLayout.JAVA_LONG, j, b);
                case F32, I32 -> vals.setAtIndex(java.lang.foreign.ValueLayout.JAVA_INT, j, (int) b);
            }
        }
    }

    /** NaN count and order statistics in one pass; see {@link Backend#selectRanks}. */
    static Selection selectRanks(int code, DType t, MemorySegment x, long n, java.util.function.LongFunction<long[]> ranksFor) {
        if (n <= STACK_MAX) {
            long nan = 0;
            if (t.isFloating()) {
                for (long i = 0; i < n; i++) {
                    double v = t == DType.F64 ? x.getAtIndex(java.lang.foreign.ValueLayout.JAVA_DOUBLE, i)
                            : x.getAtIndex(java.lang.foreign.ValueLayout.JAVA_FLOAT, i);
                    nan += v != v ? 1 : 0;
                }
            }
            long[] ks = ranksFor.apply(nan);
            if (ks == null || ks.length == 0) {
                return new Selection(nan, new long[0], null);
            }
            MemorySegment vals = MemorySegment.ofArray(new long[ks.length]);
            select(code, t, x, n, ks, vals);
            double[] values = new double[ks.length];
            for (int j = 0; j < ks.length; j++) {
                values[j] = SortKeys.valueOf(t, SortKeys.key(t, vals, j));
            }
            return new Selection(nan, ks, values);
        }
        return NativePrograms.select(code, t, x, n, 1, ranksFor).runHere();
    }
}
