package org.kernels4j.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.MemorySegment;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.kernels4j.DType;

/**
 * The chunking promise of k4j.h: cutting x into chunks of 512 * 2^k elements, summing
 * each chunk on its own, and combining the chunk sums in a {@link SumTree} (complete
 * chunks at level k, a shorter last chunk at {@link SumTree#PARTIAL}) gives the bits of
 * the whole sum. This is what lets the planner and the pool split a sum freely.
 */
class JavaBackendChunkingTest {

    private static final JavaBackend B = JavaBackend.INSTANCE;

    @Property(tries = 150)
    void chunkSumsCombineToTheWholeSum(@ForAll @IntRange(min = 0, max = 40_000) int n,
                                       @ForAll @IntRange(min = 0, max = 5) int k,
                                       @ForAll long seed) {
        double[] x = JavaBackendTest.data(seed, n, false);
        float[] f = JavaBackendTest.toFloat(x);
        check(DType.F64, MemorySegment.ofArray(x), n, k);
        check(DType.F32, MemorySegment.ofArray(f), n, k);
    }

    @Property(tries = 40)
    void chunkingHoldsForNansumDotAndSqdevToo(@ForAll @IntRange(min = 0, max = 12_000) int n,
                                              @ForAll @IntRange(min = 0, max = 3) int k,
                                              @ForAll long seed) {
        double[] x = JavaBackendTest.data(seed, n, true);
        double[] y = JavaBackendTest.data(seed + 1, n, false);
        MemorySegment xs = MemorySegment.ofArray(x);
        MemorySegment ys = MemorySegment.ofArray(y);
        long chunk = (long) SumTree.BLOCK << k;
        SumTree nansum = new SumTree();
        SumTree dot = new SumTree();
        SumTree sqdev = new SumTree();
        for (long off = 0; off < n; off += chunk) {
            long len = Math.min(chunk, n - off);
            int level = len == chunk ? k : SumTree.PARTIAL;
            MemorySegment xc = xs.asSlice(8 * off, 8 * len);
            nansum.push(B.nansum(DType.F64, xc, len), level);
            dot.push(B.dot(DType.F64, xc, ys.asSlice(8 * off, 8 * len), len), level);
            sqdev.push(B.sqdev(DType.F64, xc, len, 0.125), level);
        }
        same(B.nansum(DType.F64, xs, n), nansum.fold(), "nansum n=" + n + " k=" + k);
        same(B.dot(DType.F64, xs, ys, n), dot.fold(), "dot n=" + n + " k=" + k);
        same(B.sqdev(DType.F64, xs, n, 0.125), sqdev.fold(), "sqdev n=" + n + " k=" + k);
    }

    private static void check(DType t, MemorySegment x, int n, int k) {
        long chunk = (long) SumTree.BLOCK << k;
        assertEquals(k, SumTree.levelOf(chunk));
        SumTree tree = new SumTree();
        for (long off = 0; off < n; off += chunk) {
            long len = Math.min(chunk, n - off);
            double v = B.sum(t, x.asSlice(off * t.byteSize(), len * t.byteSize()), len);
            tree.push(v, len == chunk ? k : SumTree.PARTIAL);
        }
        same(B.sum(t, x, n), tree.fold(), t + " n=" + n + " k=" + k);
    }

    private static void same(double whole, double chunked, String what) {
        assertEquals(Double.doubleToLongBits(whole), Double.doubleToLongBits(chunked),
                () -> what + ": whole " + Double.toHexString(whole) + " chunked " + Double.toHexString(chunked));
    }
}
