package org.kernels4j.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ConcurrentModificationException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kernels4j.DType;

/** Weighted bincount on both backends: exactly the sequential per-bin sums (NumPy's order). */
class WeightedBincountTest {
    static final Backend NATIVE = Backends.current();
    static final Backend JAVA = JavaBackend.INSTANCE;

    @Test
    void sequentialSumsOnBothBackends() {
        SplittableRandom rnd = new SplittableRandom(9);
        for (int n : new int[] {0, 1, 7, 5000, (1 << 16) + 3, 3 * (1 << 16) + 1}) {
            int bins = 1 + rnd.nextInt(300);
            long[] x = new long[n];
            int[] xi = new int[n];
            double[] w = new double[n];
            double[] want = new double[bins];
            for (int i = 0; i < n; i++) {
                x[i] = rnd.nextInt(bins);
                xi[i] = (int) x[i];
                w[i] = rnd.nextDouble(-1e3, 1e3) / 7;
                want[(int) x[i]] += w[i];
            }
            for (Backend b : new Backend[] {NATIVE, JAVA}) {
                double[] got = new double[bins];
                b.bincount(DType.I64, MemorySegment.ofArray(x), MemorySegment.ofArray(w), n, got);
                assertArrayEquals(want, got, 0.0, b.name() + " i64 heap n=" + n);
                got = new double[bins];
                b.bincount(DType.I32, MemorySegment.ofArray(xi), MemorySegment.ofArray(w), n, got);
                assertArrayEquals(want, got, 0.0, b.name() + " i32 heap n=" + n);
                try (Arena arena = Arena.ofConfined()) {
                    MemorySegment xs = arena.allocate(Math.max(8, 8L * n), 64);
                    MemorySegment ws = arena.allocate(Math.max(8, 8L * n), 64);
                    MemorySegment.copy(x, 0, xs, ValueLayout.JAVA_LONG, 0, n);
                    MemorySegment.copy(w, 0, ws, ValueLayout.JAVA_DOUBLE, 0, n);
                    got = new double[bins];
                    b.bincount(DType.I64, xs, ws, n, got);
                    assertArrayEquals(want, got, 0.0, b.name() + " i64 off-heap n=" + n);
                }
            }
        }
    }

    @Test
    void aValueOutsideTheRangeIsReportedAfterThePass() {
        long[] x = {0, 1, 5, 2};
        double[] w = {1, 2, 3, 4};
        for (Backend b : new Backend[] {NATIVE, JAVA}) {
            double[] sums = new double[3];
            assertThrows(ConcurrentModificationException.class,
                    () -> b.bincount(DType.I64, MemorySegment.ofArray(x), MemorySegment.ofArray(w), 4, sums));
            assertArrayEquals(new double[] {1, 2, 4}, sums, 0.0, b.name() + ": the in-range values are counted");
        }
    }
}
