package org.kernels4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.kernels4j.backend.CompareOp;
import org.kernels4j.backend.JavaMasks;
import org.kernels4j.backend.MaskOps;
import org.kernels4j.backend.ValueTest;

/**
 * The native mask kernels (on the ISA path this JVM was started with: the build runs the tests
 * tagged {@code isa} once per path) agree with the plain-Java ones byte for byte and bit for bit,
 * on random data of every element type with NaN, ±Inf and ±0 mixed in, sizes from 0 across the
 * critical-chunk boundary, heap and off-heap memory, and masks holding bytes other than 0 and 1.
 */
@Tag("isa")
class MaskAgreementTest {
    static final MaskOps JAVA = JavaMasks.INSTANCE;

    static MaskOps nativeMasks() {
        return NativeJavaAgreementTest.nativeBackend().masks();
    }

    static final int[] EDGE_SIZES = {0, 1, 2, 7, 31, 32, 33, 63, 64, 65, 4095, 4096, 4097, 65535, 65536, 65537,
        2 * 65536 + 11};

    /** A data set: two operands, a mask, a type, and heap or off-heap. */
    record Data(DType type, int n, double[] a, double[] b, long[] ia, long[] ib, byte[] mask, boolean offHeap) {
        @Override
        public String toString() {
            return "Data[n=" + n + ", " + type + (offHeap ? ", off-heap" : ", heap") + "]";
        }
    }

    @Provide
    Arbitrary<Data> data() {
        return Arbitraries.randomValue(MaskAgreementTest::generate).withoutEdgeCases();
    }

    static double special(Random r) {
        return switch (r.nextInt(8)) {
            case 0 -> Double.NaN;
            case 1 -> Double.POSITIVE_INFINITY;
            case 2 -> Double.NEGATIVE_INFINITY;
            case 3 -> -0.0;
            case 4 -> 0.0;
            case 5 -> Double.longBitsToDouble(0x7ff8dead00000001L); // a NaN with a payload
            default -> r.nextInt(5) - 2;
        };
    }

    static Data generate(Random r) {
        int n = r.nextInt(3) == 0 ? EDGE_SIZES[r.nextInt(EDGE_SIZES.length)] : r.nextInt(r.nextBoolean() ? 300 : 150_000);
        DType t = DType.values()[r.nextInt(4)];
        double[] a = new double[n];
        double[] b = new double[n];
        long[] ia = new long[n];
        long[] ib = new long[n];
        byte[] m = new byte[n];
        double specials = r.nextDouble() * 0.5;
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble() < specials ? special(r) : r.nextGaussian();
            b[i] = r.nextInt(4) == 0 ? a[i] : r.nextDouble() < specials ? special(r) : r.nextGaussian();
            ia[i] = r.nextInt(7) - 3;
            ib[i] = r.nextInt(4) == 0 ? ia[i] : r.nextInt(10) == 0 ? r.nextLong() : r.nextInt(7) - 3;
            int k = r.nextInt(6);
            m[i] = (byte) (k < 2 ? 0 : k < 4 ? 1 : r.nextInt(256));
        }
        return new Data(t, n, a, b, ia, ib, m, r.nextBoolean());
    }

    static MemorySegment memory(Data d, Arena arena, boolean second) {
        int n = d.n();
        MemorySegment s = switch (d.type()) {
            case F64 -> MemorySegment.ofArray((second ? d.b() : d.a()).clone());
            case F32 -> {
                float[] f = new float[n];
                for (int i = 0; i < n; i++) {
                    f[i] = (float) (second ? d.b() : d.a())[i];
                }
                yield MemorySegment.ofArray(f);
            }
            case I64 -> MemorySegment.ofArray((second ? d.ib() : d.ia()).clone());
            case I32 -> {
                int[] v = new int[n];
                for (int i = 0; i < n; i++) {
                    v[i] = (int) (second ? d.ib() : d.ia())[i];
                }
                yield MemorySegment.ofArray(v);
            }
        };
        return d.offHeap() ? copyOff(s, arena) : s;
    }

    static MemorySegment copyOff(MemorySegment s, Arena arena) {
        MemorySegment o = arena.allocate(Math.max(1, s.byteSize()), 64).asSlice(0, s.byteSize());
        o.copyFrom(s);
        return o;
    }

    static MemorySegment out(Data d, Arena arena, long elementBytes) {
        long bytes = d.n() * elementBytes;
        return d.offHeap() ? arena.allocate(Math.max(1, bytes), 64).asSlice(0, bytes) : MemorySegment.ofArray(new byte[(int) bytes]);
    }

    static MemorySegment mask(Data d, Arena arena) {
        MemorySegment s = MemorySegment.ofArray(d.mask().clone());
        return d.offHeap() ? copyOff(s, arena) : s;
    }

    static void assertSameBytes(MemorySegment want, MemorySegment got, String what) {
        assertArrayEquals(want.toArray(ValueLayout.JAVA_BYTE), got.toArray(ValueLayout.JAVA_BYTE), what);
    }

    /** A scalar of the data's type, as its bits. */
    static long scalar(Data d, Random r) {
        return d.type().isFloating() ? MaskOps.scalarBits(d.type(), r.nextBoolean() ? special(r) : r.nextGaussian())
                : r.nextInt(7) - 3;
    }

    @Property(tries = 60)
    void comparisons(@ForAll("data") Data d) {
        MaskOps nat = nativeMasks();
        Random r = new Random(d.n());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment a = memory(d, arena, false);
            MemorySegment b = memory(d, arena, true);
            for (CompareOp op : CompareOp.values()) {
                MemorySegment want = out(d, arena, 1);
                MemorySegment got = out(d, arena, 1);
                JAVA.compare(op, d.type(), a, b, want, d.n());
                nat.compare(op, d.type(), a, b, got, d.n());
                assertSameBytes(want, got, "compare " + op);
                long s = scalar(d, r);
                JAVA.compareScalar(op, d.type(), a, s, want, d.n());
                nat.compareScalar(op, d.type(), a, s, got, d.n());
                assertSameBytes(want, got, "compare scalar " + op);
            }
        }
    }

    @Property(tries = 60)
    void where(@ForAll("data") Data d) {
        MaskOps nat = nativeMasks();
        Random r = new Random(d.n() + 1);
        long es = d.type().byteSize();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment a = memory(d, arena, false);
            MemorySegment b = memory(d, arena, true);
            MemorySegment m = mask(d, arena);
            MemorySegment want = out(d, arena, es);
            MemorySegment got = out(d, arena, es);
            JAVA.where(d.type(), m, a, b, want, d.n());
            nat.where(d.type(), m, a, b, got, d.n());
            assertSameBytes(want, got, "where");
            long s = scalar(d, r);
            long u = scalar(d, r);
            for (boolean swap : new boolean[] {false, true}) {
                JAVA.whereScalar(d.type(), m, a, s, swap, want, d.n());
                nat.whereScalar(d.type(), m, a, s, swap, got, d.n());
                assertSameBytes(want, got, "where scalar, swap " + swap);
            }
            JAVA.whereScalars(d.type(), m, s, u, want, d.n());
            nat.whereScalars(d.type(), m, s, u, got, d.n());
            assertSameBytes(want, got, "where scalars");
            // in place: out is b
            MemorySegment b2 = memory(d, arena, true);
            nat.where(d.type(), m, a, b2, b2, d.n());
            JAVA.where(d.type(), m, a, b, want, d.n());
            assertSameBytes(want, b2, "where in place");
        }
    }

    @Property(tries = 60)
    void predicatesAndNanToNum(@ForAll("data") Data d) {
        MaskOps nat = nativeMasks();
        DType t = d.type().isFloating() ? d.type() : DType.F64;
        Data f = new Data(t, d.n(), d.a(), d.b(), d.ia(), d.ib(), d.mask(), d.offHeap());
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment x = memory(f, arena, false);
            for (ValueTest test : ValueTest.values()) {
                MemorySegment want = out(f, arena, 1);
                MemorySegment got = out(f, arena, 1);
                JAVA.test(test, t, x, want, f.n());
                nat.test(test, t, x, got, f.n());
                assertSameBytes(want, got, test.name());
            }
            MemorySegment want = out(f, arena, t.byteSize());
            MemorySegment got = out(f, arena, t.byteSize());
            double max = t == DType.F32 ? Float.MAX_VALUE : Double.MAX_VALUE;
            JAVA.nanToNum(t, x, 0.0, max, -max, want, f.n());
            nat.nanToNum(t, x, 0.0, max, -max, got, f.n());
            assertSameBytes(want, got, "nan_to_num");
            JAVA.nanToNum(t, x, Double.NaN, -0.0, 1e300, want, f.n());
            nat.nanToNum(t, x, Double.NaN, -0.0, 1e300, got, f.n());
            assertSameBytes(want, got, "nan_to_num with values");
        }
    }

    @Property(tries = 80)
    void truthReductions(@ForAll("data") Data d) {
        MaskOps nat = nativeMasks();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment x = memory(d, arena, false);
            MemorySegment m = mask(d, arena);
            assertEquals(JAVA.countNonzero(d.type(), x, d.n()), nat.countNonzero(d.type(), x, d.n()), "count_nonzero");
            assertEquals(JAVA.any(d.type(), x, d.n()), nat.any(d.type(), x, d.n()), "any");
            assertEquals(JAVA.all(d.type(), x, d.n()), nat.all(d.type(), x, d.n()), "all");
            assertEquals(JAVA.countNonzero(null, m, d.n()), nat.countNonzero(null, m, d.n()), "count_nonzero mask");
            assertEquals(JAVA.any(null, m, d.n()), nat.any(null, m, d.n()), "any mask");
            assertEquals(JAVA.all(null, m, d.n()), nat.all(null, m, d.n()), "all mask");
            // all true but one decisive element in the last critical chunk
            if (d.n() > 0) {
                MemorySegment ones = out(d, arena, 1);
                ones.fill((byte) 3);
                ones.set(ValueLayout.JAVA_BYTE, d.n() - 1, (byte) 0);
                assertEquals(false, nat.all(null, ones, d.n()), "all with the last byte false");
                assertEquals(d.n() - 1, nat.countNonzero(null, ones, d.n()), "count with the last byte false");
                ones.fill((byte) 0);
                ones.set(ValueLayout.JAVA_BYTE, d.n() - 1, (byte) 0x80);
                assertEquals(true, nat.any(null, ones, d.n()), "any with the last byte true");
            }
        }
    }
}
