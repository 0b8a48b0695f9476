package org.kernels4j.backend;

import static org.kernels4j.ffi.k4j_h.*;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.kernels4j.DType;

/**
 * The sort-family calls of {@link NativeBackend}: which downcall, on what memory.
 *
 * <p>Up to {@link #STACK_MAX} elements a sort runs as one critical downcall on the caller's
 * memory, heap or not (about 10 microseconds of work, no scratch: the kernel uses its stack).
 * Larger off-heap arrays take one ordinary downcall with a scratch of n elements from a
 * confined arena. Larger heap arrays cannot be handed to C for the length of a whole sort
 * (a critical call would hold off the GC that long), so they are copied to off-heap memory,
 * sorted there and copied back: n elements of copy plus n of scratch.
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
        long bytes = n * t.byteSize();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment scratch = arena.allocate(bytes, 64);
            if (x.isNative()) {
                check(sortCall(code, t, x, n, scratch, false));
            } else {
                MemorySegment copy = arena.allocate(bytes, 64);
                MemorySegment.copy(x, 0, copy, 0, bytes);
                check(sortCall(code, t, copy, n, scratch, false));
                MemorySegment.copy(copy, 0, x, 0, bytes);
            }
        }
    }

    static void argsort(int code, DType t, MemorySegment x, long n, MemorySegment out) {
        if (n <= STACK_MAX) {
            check(argsortCall(code, t, x, n, 0, out, MemorySegment.NULL, MemorySegment.NULL, true));
            return;
        }
        long es = t.byteSize();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment scratch = arena.allocate(n * (2 * es + 8), 64);
            MemorySegment xs = x;
            if (!x.isNative()) {
                xs = arena.allocate(n * es, 64);
                MemorySegment.copy(x, 0, xs, 0, n * es);
            }
            MemorySegment os = out.isNative() ? out : arena.allocate(n * 8, 64);
            check(argsortCall(code, t, xs, n, 0, os, MemorySegment.NULL, scratch, false));
            if (os != out) {
                MemorySegment.copy(os, 0, out, 0, n * 8);
            }
        }
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
                MemorySegment copy = arena.allocate(bytes, 64);
                MemorySegment.copy(x, 0, copy, 0, bytes);
                check(partitionCall(code, t, copy, n, k, ks.length, false));
                MemorySegment.copy(copy, 0, x, 0, bytes);
            }
        }
    }

    /**
     * Order statistics without modifying x: n keys of scratch (radix select), plus an
     * off-heap copy of x when x is a heap array above STACK_MAX elements.
     */
    static void select(int code, DType t, MemorySegment x, long n, long[] ks, MemorySegment vals) {
        long es = t.byteSize();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment scratch = arena.allocate(Math.max(1, n) * es, 64);
            if (n <= STACK_MAX) {
                check(selectCall(code, t, x, n, MemorySegment.ofArray(ks), ks.length, vals, scratch, true));
                return;
            }
            MemorySegment xs = x;
            if (!x.isNative()) {
                xs = arena.allocate(n * es, 64);
                MemorySegment.copy(x, 0, xs, 0, n * es);
            }
            MemorySegment k = arena.allocateFrom(java.lang.foreign.ValueLayout.JAVA_LONG, ks);
            MemorySegment v = vals.isNative() ? vals : arena.allocate(Math.max(1, ks.length) * es, 64);
            check(selectCall(code, t, xs, n, k, ks.length, v, scratch, false));
            if (v != vals) {
                MemorySegment.copy(v, 0, vals, 0, ks.length * es);
            }
        }
    }
}
