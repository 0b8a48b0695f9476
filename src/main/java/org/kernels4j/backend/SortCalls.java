package org.kernels4j.backend;

import static org.kernels4j.ffi.k4j_h.*;

import java.lang.foreign.MemorySegment;
import org.kernels4j.DType;

/**
 * The pass kernels of the sort family (k4j.h "sort", pass kernels), one method per kernel
 * choosing the dtype variant, as a critical downcall (only for calls short by construction:
 * bounded pieces of heap arrays) or an ordinary one.
 */
final class SortCalls {
    private SortCalls() {
    }

    /** First-level bucket bits a sort (canon 0) or argsort (canon 1) of n elements takes: the library's rule for this path and CPU. */
    static int bits(int isa, DType t, long n, int canon) {
        int bits = switch (t) {
            case F64 -> k4j_sort_bits_f64(isa, n, canon);
            case F32 -> k4j_sort_bits_f32(isa, n, canon);
            case I64 -> k4j_sort_bits_i64(isa, n, canon);
            case I32 -> k4j_sort_bits_i32(isa, n, canon);
        };
        if (bits < 6 || bits > 11) { // k4j.h: 6..11; the scatter state is sized for at most 2^11 buckets
            throw new IllegalStateException("k4j_sort_bits returned " + bits + " for n = " + n);
        }
        return bits;
    }

    static int plan(int isa, DType t, MemorySegment x, long n, int canon, int bits, MemorySegment plan, boolean critical) {
        return switch (t) {
            case F64 -> critical ? k4j_sort_plan_f64$critical(isa, x, n, canon, bits, plan) : k4j_sort_plan_f64(isa, x, n, canon, bits, plan);
            case F32 -> critical ? k4j_sort_plan_f32$critical(isa, x, n, canon, bits, plan) : k4j_sort_plan_f32(isa, x, n, canon, bits, plan);
            case I64 -> critical ? k4j_sort_plan_i64$critical(isa, x, n, canon, bits, plan) : k4j_sort_plan_i64(isa, x, n, canon, bits, plan);
            case I32 -> critical ? k4j_sort_plan_i32$critical(isa, x, n, canon, bits, plan) : k4j_sort_plan_i32(isa, x, n, canon, bits, plan);
        };
    }

    /**
     * Whether a one-thread sort of n elements takes no first-level buckets on this path and CPU
     * (the library's rule, k4j.h "direct"): its keys, then the whole array as one bucket.
     */
    static boolean direct(int isa, DType t, long n) {
        int d = switch (t) {
            case F64 -> k4j_sort_direct_f64(isa, n);
            case F32 -> k4j_sort_direct_f32(isa, n);
            case I64 -> k4j_sort_direct_i64(isa, n);
            case I32 -> k4j_sort_direct_i32(isa, n);
        };
        if (d != 0 && d != 1) {
            throw new IllegalStateException("k4j_sort_direct returned " + d + " for n = " + n);
        }
        return d == 1;
    }

    /** keys[i] = the sort key of x[i], for n elements (keys holds n keys). */
    static int tokeys(int isa, DType t, MemorySegment x, long n, MemorySegment keys, boolean critical) {
        return switch (t) {
            case F64 -> critical ? k4j_sort_tokeys_f64$critical(isa, x, n, keys) : k4j_sort_tokeys_f64(isa, x, n, keys);
            case F32 -> critical ? k4j_sort_tokeys_f32$critical(isa, x, n, keys) : k4j_sort_tokeys_f32(isa, x, n, keys);
            case I64 -> critical ? k4j_sort_tokeys_i64$critical(isa, x, n, keys) : k4j_sort_tokeys_i64(isa, x, n, keys);
            case I32 -> critical ? k4j_sort_tokeys_i32$critical(isa, x, n, keys) : k4j_sort_tokeys_i32(isa, x, n, keys);
        };
    }

    /** Sorts n keys in place, as keys (an ordinary downcall: it takes as long as a sort). */
    static int keysort(int isa, DType t, MemorySegment keys, long n, MemorySegment tmp, long ntmp, MemorySegment work) {
        return switch (t) {
            case F64 -> k4j_sort_keysort_f64(isa, keys, n, tmp, ntmp, work);
            case F32 -> k4j_sort_keysort_f32(isa, keys, n, tmp, ntmp, work);
            case I64 -> k4j_sort_keysort_i64(isa, keys, n, tmp, ntmp, work);
            case I32 -> k4j_sort_keysort_i32(isa, keys, n, tmp, ntmp, work);
        };
    }

    /** x[i] = the element whose key is keys[i], for n elements. */
    static int fromkeys(int isa, DType t, MemorySegment keys, long n, MemorySegment x, boolean critical) {
        return switch (t) {
            case F64 -> critical ? k4j_sort_fromkeys_f64$critical(isa, keys, n, x) : k4j_sort_fromkeys_f64(isa, keys, n, x);
            case F32 -> critical ? k4j_sort_fromkeys_f32$critical(isa, keys, n, x) : k4j_sort_fromkeys_f32(isa, keys, n, x);
            case I64 -> critical ? k4j_sort_fromkeys_i64$critical(isa, keys, n, x) : k4j_sort_fromkeys_i64(isa, keys, n, x);
            case I32 -> critical ? k4j_sort_fromkeys_i32$critical(isa, keys, n, x) : k4j_sort_fromkeys_i32(isa, keys, n, x);
        };
    }

    static long count(int isa, DType t, MemorySegment x, long n, MemorySegment plan, MemorySegment counts, boolean critical) {
        return switch (t) {
            case F64 -> critical ? k4j_sort_count_f64$critical(isa, x, n, plan, counts) : k4j_sort_count_f64(isa, x, n, plan, counts);
            case F32 -> critical ? k4j_sort_count_f32$critical(isa, x, n, plan, counts) : k4j_sort_count_f32(isa, x, n, plan, counts);
            case I64 -> critical ? k4j_sort_count_i64$critical(isa, x, n, plan, counts) : k4j_sort_count_i64(isa, x, n, plan, counts);
            case I32 -> critical ? k4j_sort_count_i32$critical(isa, x, n, plan, counts) : k4j_sort_count_i32(isa, x, n, plan, counts);
        };
    }

    static int scatterPiece(int isa, DType t, MemorySegment x, long n, MemorySegment plan, MemorySegment offsets, MemorySegment dst, long cap, MemorySegment state, long stateBytes, int flags, boolean critical) {
        return switch (t) {
            case F64 -> critical ? k4j_sort_scatter_piece_f64$critical(isa, x, n, plan, offsets, dst, cap, state, stateBytes, flags) : k4j_sort_scatter_piece_f64(isa, x, n, plan, offsets, dst, cap, state, stateBytes, flags);
            case F32 -> critical ? k4j_sort_scatter_piece_f32$critical(isa, x, n, plan, offsets, dst, cap, state, stateBytes, flags) : k4j_sort_scatter_piece_f32(isa, x, n, plan, offsets, dst, cap, state, stateBytes, flags);
            case I64 -> critical ? k4j_sort_scatter_piece_i64$critical(isa, x, n, plan, offsets, dst, cap, state, stateBytes, flags) : k4j_sort_scatter_piece_i64(isa, x, n, plan, offsets, dst, cap, state, stateBytes, flags);
            case I32 -> critical ? k4j_sort_scatter_piece_i32$critical(isa, x, n, plan, offsets, dst, cap, state, stateBytes, flags) : k4j_sort_scatter_piece_i32(isa, x, n, plan, offsets, dst, cap, state, stateBytes, flags);
        };
    }

    static int argscatterPiece(int isa, DType t, MemorySegment x, long n, long base, MemorySegment plan, MemorySegment offsets, MemorySegment kdst, MemorySegment idst, long cap, MemorySegment state, long stateBytes, int flags, boolean critical) {
        return switch (t) {
            case F64 -> critical ? k4j_sort_argscatter_piece_f64$critical(isa, x, n, base, plan, offsets, kdst, idst, cap, state, stateBytes, flags) : k4j_sort_argscatter_piece_f64(isa, x, n, base, plan, offsets, kdst, idst, cap, state, stateBytes, flags);
            case F32 -> critical ? k4j_sort_argscatter_piece_f32$critical(isa, x, n, base, plan, offsets, kdst, idst, cap, state, stateBytes, flags) : k4j_sort_argscatter_piece_f32(isa, x, n, base, plan, offsets, kdst, idst, cap, state, stateBytes, flags);
            case I64 -> critical ? k4j_sort_argscatter_piece_i64$critical(isa, x, n, base, plan, offsets, kdst, idst, cap, state, stateBytes, flags) : k4j_sort_argscatter_piece_i64(isa, x, n, base, plan, offsets, kdst, idst, cap, state, stateBytes, flags);
            case I32 -> critical ? k4j_sort_argscatter_piece_i32$critical(isa, x, n, base, plan, offsets, kdst, idst, cap, state, stateBytes, flags) : k4j_sort_argscatter_piece_i32(isa, x, n, base, plan, offsets, kdst, idst, cap, state, stateBytes, flags);
        };
    }

    static int gather(int isa, DType t, MemorySegment x, long n, MemorySegment plan, MemorySegment offsets, MemorySegment dst, long cap, boolean critical) {
        return switch (t) {
            case F64 -> critical ? k4j_sort_gather_f64$critical(isa, x, n, plan, offsets, dst, cap) : k4j_sort_gather_f64(isa, x, n, plan, offsets, dst, cap);
            case F32 -> critical ? k4j_sort_gather_f32$critical(isa, x, n, plan, offsets, dst, cap) : k4j_sort_gather_f32(isa, x, n, plan, offsets, dst, cap);
            case I64 -> critical ? k4j_sort_gather_i64$critical(isa, x, n, plan, offsets, dst, cap) : k4j_sort_gather_i64(isa, x, n, plan, offsets, dst, cap);
            case I32 -> critical ? k4j_sort_gather_i32$critical(isa, x, n, plan, offsets, dst, cap) : k4j_sort_gather_i32(isa, x, n, plan, offsets, dst, cap);
        };
    }

    static int buckets(int isa, DType t, MemorySegment keys, long nkeys, MemorySegment dst, MemorySegment bounds, long nb, MemorySegment tmp, long ntmp, MemorySegment work, boolean critical) {
        return switch (t) {
            case F64 -> critical ? k4j_sort_buckets_f64$critical(isa, keys, nkeys, dst, bounds, nb, tmp, ntmp, work) : k4j_sort_buckets_f64(isa, keys, nkeys, dst, bounds, nb, tmp, ntmp, work);
            case F32 -> critical ? k4j_sort_buckets_f32$critical(isa, keys, nkeys, dst, bounds, nb, tmp, ntmp, work) : k4j_sort_buckets_f32(isa, keys, nkeys, dst, bounds, nb, tmp, ntmp, work);
            case I64 -> critical ? k4j_sort_buckets_i64$critical(isa, keys, nkeys, dst, bounds, nb, tmp, ntmp, work) : k4j_sort_buckets_i64(isa, keys, nkeys, dst, bounds, nb, tmp, ntmp, work);
            case I32 -> critical ? k4j_sort_buckets_i32$critical(isa, keys, nkeys, dst, bounds, nb, tmp, ntmp, work) : k4j_sort_buckets_i32(isa, keys, nkeys, dst, bounds, nb, tmp, ntmp, work);
        };
    }

    static int bucketsAt(int isa, DType t, MemorySegment keys, long nkeys, MemorySegment kstart, MemorySegment dst, long ndst, MemorySegment bounds, long nb, MemorySegment tmp, long ntmp, MemorySegment work, boolean critical) {
        return switch (t) {
            case F64 -> critical ? k4j_sort_buckets_at_f64$critical(isa, keys, nkeys, kstart, dst, ndst, bounds, nb, tmp, ntmp, work) : k4j_sort_buckets_at_f64(isa, keys, nkeys, kstart, dst, ndst, bounds, nb, tmp, ntmp, work);
            case F32 -> critical ? k4j_sort_buckets_at_f32$critical(isa, keys, nkeys, kstart, dst, ndst, bounds, nb, tmp, ntmp, work) : k4j_sort_buckets_at_f32(isa, keys, nkeys, kstart, dst, ndst, bounds, nb, tmp, ntmp, work);
            case I64 -> critical ? k4j_sort_buckets_at_i64$critical(isa, keys, nkeys, kstart, dst, ndst, bounds, nb, tmp, ntmp, work) : k4j_sort_buckets_at_i64(isa, keys, nkeys, kstart, dst, ndst, bounds, nb, tmp, ntmp, work);
            case I32 -> critical ? k4j_sort_buckets_at_i32$critical(isa, keys, nkeys, kstart, dst, ndst, bounds, nb, tmp, ntmp, work) : k4j_sort_buckets_at_i32(isa, keys, nkeys, kstart, dst, ndst, bounds, nb, tmp, ntmp, work);
        };
    }

    static int argbuckets(int isa, DType t, MemorySegment keys, MemorySegment idx, long nkeys, MemorySegment bounds, long nb, MemorySegment ktmp, MemorySegment itmp, long ntmp, MemorySegment work, boolean critical) {
        return switch (t) {
            case F64 -> critical ? k4j_sort_argbuckets_f64$critical(isa, keys, idx, nkeys, bounds, nb, ktmp, itmp, ntmp, work) : k4j_sort_argbuckets_f64(isa, keys, idx, nkeys, bounds, nb, ktmp, itmp, ntmp, work);
            case F32 -> critical ? k4j_sort_argbuckets_f32$critical(isa, keys, idx, nkeys, bounds, nb, ktmp, itmp, ntmp, work) : k4j_sort_argbuckets_f32(isa, keys, idx, nkeys, bounds, nb, ktmp, itmp, ntmp, work);
            case I64 -> critical ? k4j_sort_argbuckets_i64$critical(isa, keys, idx, nkeys, bounds, nb, ktmp, itmp, ntmp, work) : k4j_sort_argbuckets_i64(isa, keys, idx, nkeys, bounds, nb, ktmp, itmp, ntmp, work);
            case I32 -> critical ? k4j_sort_argbuckets_i32$critical(isa, keys, idx, nkeys, bounds, nb, ktmp, itmp, ntmp, work) : k4j_sort_argbuckets_i32(isa, keys, idx, nkeys, bounds, nb, ktmp, itmp, ntmp, work);
        };
    }

    static int keyselect(int isa, DType t, MemorySegment keys, long n, MemorySegment ks, long nk, MemorySegment vals, boolean critical) {
        return switch (t) {
            case F64 -> critical ? k4j_sort_keyselect_f64$critical(isa, keys, n, ks, nk, vals) : k4j_sort_keyselect_f64(isa, keys, n, ks, nk, vals);
            case F32 -> critical ? k4j_sort_keyselect_f32$critical(isa, keys, n, ks, nk, vals) : k4j_sort_keyselect_f32(isa, keys, n, ks, nk, vals);
            case I64 -> critical ? k4j_sort_keyselect_i64$critical(isa, keys, n, ks, nk, vals) : k4j_sort_keyselect_i64(isa, keys, n, ks, nk, vals);
            case I32 -> critical ? k4j_sort_keyselect_i32$critical(isa, keys, n, ks, nk, vals) : k4j_sort_keyselect_i32(isa, keys, n, ks, nk, vals);
        };
    }
}
