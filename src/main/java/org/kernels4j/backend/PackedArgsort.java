package org.kernels4j.backend;

import static java.lang.foreign.ValueLayout.JAVA_INT_UNALIGNED;
import static java.lang.foreign.ValueLayout.JAVA_LONG_UNALIGNED;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.kernels4j.DType;

/**
 * The stable argsort of {@link JavaBackend} for inputs that fit a Java array: each element
 * becomes one {@code long} holding the top bits of its argsort key ({@link SortKeys#canonical})
 * above its index, and {@link Arrays#sort(long[])} (the JDK's sort, with its SIMD intrinsic
 * where the JVM has one) orders those. Equal keys then come out by increasing index, which is
 * the stable order.
 *
 * <p>A 32-bit key and an index of at most 31 bits fit one {@code long} whole. A 64-bit key
 * loses its lowest b bits to an index of b bits, so elements whose keys share the top 64 - b
 * bits may be out of order among themselves: every such run (rare on spread data) is sorted
 * again by the dropped bits, packed the same way above the index, which fits since 2b &lt; 64.
 */
final class PackedArgsort {
    private static final int BLOCK = 4096;

    private PackedArgsort() {
    }

    /** out[0, n) (int64) = the stable argsort of x[0, n); n <= {@link JavaArraySort#MAX}. */
    static void argsort(DType t, MemorySegment x, int n, MemorySegment out) {
        if (n == 0) {
            return;
        }
        int b = Math.max(1, 64 - Long.numberOfLeadingZeros(n - 1));
        long mask = (1L << b) - 1;
        long[] p = new long[n];
        boolean wide = t.byteSize() == 8;
        long[] lb = new long[Math.min(n, BLOCK)];
        int[] ib = wide ? null : new int[Math.min(n, BLOCK)];
        for (int start = 0; start < n; start += BLOCK) {
            int len = Math.min(BLOCK, n - start);
            switch (t) {
                case F64 -> {
                    MemorySegment.copy(x, JAVA_LONG_UNALIGNED, (long) start * Long.BYTES, lb, 0, len);
                    for (int i = 0; i < len; i++) {
                        long k = SortKeys.canonicalF64(lb[i]);
                        // unsigned order of (prefix, index) as the signed order of the long
                        p[start + i] = ((k >>> b) << b | (start + i)) ^ Long.MIN_VALUE;
                    }
                }
                case I64 -> {
                    MemorySegment.copy(x, JAVA_LONG_UNALIGNED, (long) start * Long.BYTES, lb, 0, len);
                    for (int i = 0; i < len; i++) {
                        long k = lb[i] ^ Long.MIN_VALUE;
                        p[start + i] = ((k >>> b) << b | (start + i)) ^ Long.MIN_VALUE;
                    }
                }
                case F32 -> {
                    MemorySegment.copy(x, JAVA_INT_UNALIGNED, (long) start * Integer.BYTES, ib, 0, len);
                    for (int i = 0; i < len; i++) {
                        p[start + i] = SortKeys.canonicalF32(ib[i]) << b | (start + i);
                    }
                }
                case I32 -> {
                    MemorySegment.copy(x, JAVA_INT_UNALIGNED, (long) start * Integer.BYTES, ib, 0, len);
                    for (int i = 0; i < len; i++) {
                        long k = (ib[i] ^ Integer.MIN_VALUE) & 0xffffffffL;
                        p[start + i] = k << b | (start + i);
                    }
                }
            }
        }
        Arrays.sort(p);
        if (wide) {
            fixRuns(t, x, p, b);
        }
        for (int start = 0; start < n; start += BLOCK) {
            int len = Math.min(BLOCK, n - start);
            for (int i = 0; i < len; i++) {
                lb[i] = p[start + i] & mask;
            }
            MemorySegment.copy(lb, 0, out, JAVA_LONG_UNALIGNED, (long) start * Long.BYTES, len);
        }
    }

    /** Sorts every run of equal key prefixes again by the key bits the packing dropped. */
    private static void fixRuns(DType t, MemorySegment x, long[] p, int b) {
        int n = p.length;
        long mask = (1L << b) - 1;
        long[] q = null;
        int i = 0;
        while (i < n) {
            long prefix = p[i] >>> b;
            int j = i + 1;
            while (j < n && p[j] >>> b == prefix) {
                j++;
            }
            if (j - i > 1) {
                if (q == null || q.length < j - i) {
                    q = new long[Math.max(j - i, 64)];
                }
                long low = -1;
                boolean same = true;
                for (int m = i; m < j; m++) {
                    long idx = p[m] & mask;
                    long key = t == DType.F64
                            ? SortKeys.canonicalF64(x.get(JAVA_LONG_UNALIGNED, idx * Long.BYTES))
                            : x.get(JAVA_LONG_UNALIGNED, idx * Long.BYTES) ^ Long.MIN_VALUE;
                    long l = key & mask;
                    same &= m == i || l == low;
                    low = l;
                    q[m - i] = l << b | idx;
                }
                if (!same) {
                    Arrays.sort(q, 0, j - i);
                    long high = p[i] & ~mask;
                    for (int m = i; m < j; m++) {
                        p[m] = high | (q[m - i] & mask);
                    }
                }
            }
            i = j;
        }
    }
}
