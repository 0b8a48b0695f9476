package org.kernels4j.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.kernels4j.DType;

/**
 * The integer reductions of both backends against BigInteger references: wrapping int64 sum
 * and product, the exact sum rounded once, the first index of the extremes; heap arrays longer
 * than one critical chunk and off-heap arrays.
 */
class IntReductionsTest {
    static final Backend NATIVE = Backends.current();
    static final Backend JAVA = JavaBackend.INSTANCE;

    record Ref(long sum, long prod, double exact, long argmin, long argmax) {
    }

    static Ref reference(long[] v) {
        BigInteger s = BigInteger.ZERO;
        long p = 1;
        long amin = v.length == 0 ? -1 : 0;
        long amax = amin;
        for (int i = 0; i < v.length; i++) {
            s = s.add(BigInteger.valueOf(v[i]));
            p *= v[i];
            if (v[i] < v[(int) amin]) {
                amin = i;
            }
            if (v[i] > v[(int) amax]) {
                amax = i;
            }
        }
        return new Ref(s.longValue(), p, s.doubleValue(), amin, amax);
    }

    static void check(Backend b, DType t, MemorySegment x, long[] v, String what) {
        Ref r = reference(v);
        int n = v.length;
        assertEquals(r.sum(), b.isum(t, x, n), "isum " + what);
        assertEquals(r.prod(), b.iprod(t, x, n), "iprod " + what);
        assertEquals(Double.doubleToLongBits(r.exact()), Double.doubleToLongBits(b.exactSum(t, x, n)), "exactSum " + what);
        assertEquals(r.argmin(), b.iargmin(t, x, n), "iargmin " + what);
        assertEquals(r.argmax(), b.iargmax(t, x, n), "iargmax " + what);
    }

    @Test
    void bothBackendsMatchTheReference() {
        SplittableRandom rnd = new SplittableRandom(42);
        int chunk = (int) NativeBackend.CRITICAL_CHUNK;
        for (int n : new int[] {0, 1, 2, 3, 100, 2049, chunk - 1, chunk, chunk + 1, 3 * chunk + 17}) {
            for (int kind = 0; kind < 4; kind++) {
                long[] l = new long[n];
                int[] i32 = new int[n];
                for (int i = 0; i < n; i++) {
                    l[i] = switch (kind) {
                        case 0 -> rnd.nextLong(-500, 500);
                        case 1 -> rnd.nextLong();                          // sums wrap
                        case 2 -> Long.MAX_VALUE - rnd.nextLong(3);         // exact sum far past int64
                        default -> rnd.nextLong(-3, 4);                     // ties
                    };
                    i32[i] = kind == 1 ? rnd.nextInt() : (int) (l[i] % 100_000);
                }
                long[] w = new long[n];
                for (int i = 0; i < n; i++) {
                    w[i] = i32[i];
                }
                String what = "n=" + n + " kind=" + kind;
                for (Backend b : new Backend[] {NATIVE, JAVA}) {
                    check(b, DType.I64, MemorySegment.ofArray(l), l, b.name() + " heap i64 " + what);
                    check(b, DType.I32, MemorySegment.ofArray(i32), w, b.name() + " heap i32 " + what);
                    try (Arena arena = Arena.ofConfined()) {
                        MemorySegment off = arena.allocate(Math.max(8, 8L * n), 64);
                        MemorySegment.copy(l, 0, off, ValueLayout.JAVA_LONG, 0, n);
                        check(b, DType.I64, off, l, b.name() + " off-heap i64 " + what);
                        MemorySegment off32 = arena.allocate(Math.max(4, 4L * n), 64);
                        MemorySegment.copy(i32, 0, off32, ValueLayout.JAVA_INT, 0, n);
                        check(b, DType.I32, off32, w, b.name() + " off-heap i32 " + what);
                    }
                }
            }
        }
    }

    @Test
    void floatingTypesAreRefused() {
        MemorySegment x = MemorySegment.ofArray(new double[] {1, 2});
        for (Backend b : new Backend[] {NATIVE, JAVA}) {
            assertThrows(IllegalArgumentException.class, () -> b.isum(DType.F64, x, 2));
            assertThrows(IllegalArgumentException.class, () -> b.iargmax(DType.F32, x, 2));
        }
    }
}
