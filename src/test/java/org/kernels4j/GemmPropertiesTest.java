package org.kernels4j;

import static org.kernels4j.GemmSupport.*;

import java.lang.foreign.Arena;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.kernels4j.backend.Backend;
import org.kernels4j.planner.LinearAlgebra;

/**
 * gemm and gemv on every backend (plain Java and each native ISA path of this CPU) against a
 * double-double reference, within the documented bound, on random shapes (1xN, Nx1, primes,
 * k = 0, multiples and non-multiples of the micro-tiles), both transposes, alpha in {0, 1,
 * random}, beta in {0 with NaN in C, 1, random}, heap and off-heap memory, and sub-block
 * views with leading dimensions larger than their column counts (the padding must survive).
 */
class GemmPropertiesTest {
    static final int[] SIZES = {0, 1, 2, 3, 5, 6, 7, 8, 13, 16, 17, 31, 32, 33, 37, 63, 64, 65, 97, 131};

    record Case(long seed, DType type, int m, int n, int k, boolean ta, boolean tb, double alpha, double beta,
                boolean nanC) {
        static Case generate(Random r) {
            int m = pick(r);
            int n = pick(r);
            int k = pick(r);
            switch (r.nextInt(8)) {
                case 0 -> m = 1;
                case 1 -> n = 1;
                case 2 -> k = 0;
                default -> { }
            }
            double alpha = switch (r.nextInt(5)) {
                case 0 -> 0.0;
                case 1 -> 1.0;
                default -> r.nextDouble() * 4 - 2;
            };
            double beta = switch (r.nextInt(3)) {
                case 0 -> 0.0;
                case 1 -> 1.0;
                default -> r.nextDouble() * 2 - 1;
            };
            return new Case(r.nextLong(), r.nextBoolean() ? DType.F64 : DType.F32, m, n, k, r.nextBoolean(),
                    r.nextBoolean(), alpha, beta, beta == 0.0 && r.nextBoolean());
        }

        static int pick(Random r) {
            return r.nextInt(3) == 0 ? 1 + r.nextInt(80) : SIZES[r.nextInt(SIZES.length)];
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.randomValue(Case::generate).withoutEdgeCases();
    }

    @Property(tries = 150)
    void gemmWithinBoundOnEveryBackend(@ForAll("cases") Case cs) {
        for (Backend backend : backends()) {
            Random r = new Random(cs.seed());
            try (Arena arena = Arena.ofConfined()) {
                Placed a = place(cs.type(), cs.ta() ? cs.k() : cs.m(), cs.ta() ? cs.m() : cs.k(), r.nextInt(3),
                        r.nextInt(3), r.nextInt(4), r.nextBoolean(), arena, r, false);
                Placed b = place(cs.type(), cs.tb() ? cs.n() : cs.k(), cs.tb() ? cs.k() : cs.n(), r.nextInt(3),
                        r.nextInt(3), r.nextInt(4), r.nextBoolean(), arena, r, false);
                Placed c = place(cs.type(), cs.m(), cs.n(), r.nextInt(3), r.nextInt(3), r.nextInt(4), r.nextBoolean(),
                        arena, r, cs.nanC());
                double[][] c0 = toRows(c.view());
                double[] aBefore = a.snapshot();
                double[] bBefore = b.snapshot();
                double[] cBefore = c.snapshot();
                LinearAlgebra.gemm(backend, cs.ta(), cs.tb(), cs.alpha(), a.view(), b.view(), cs.beta(), c.view());
                String what = backend.name() + "/" + backend.isa() + " " + cs;
                checkGemm(what, cs.ta(), cs.tb(), cs.alpha(), a.view(), b.view(), cs.beta(), c0, c, cBefore);
                assertUnchanged(what + " A", a, aBefore);
                assertUnchanged(what + " B", b, bBefore);
            }
        }
    }

    @Property(tries = 150)
    void gemvWithinBoundOnEveryBackend(@ForAll("cases") Case cs) {
        for (Backend backend : backends()) {
            Random r = new Random(cs.seed());
            try (Arena arena = Arena.ofConfined()) {
                // gemv is gemm with n = 1: x is op(B) (k x 1), y is C (m x 1).
                Placed a = place(cs.type(), cs.ta() ? cs.k() : cs.m(), cs.ta() ? cs.m() : cs.k(), r.nextInt(3),
                        r.nextInt(3), r.nextInt(4), r.nextBoolean(), arena, r, false);
                boolean offHeap = r.nextBoolean();
                Placed x = place(cs.type(), cs.k(), 1, 0, 0, 0, offHeap, arena, r, false);
                Placed y = place(cs.type(), cs.m(), 1, 0, 0, 0, offHeap, arena, r, cs.nanC());
                double[][] y0 = toRows(y.view());
                double[] aBefore = a.snapshot();
                double[] yBefore = y.snapshot();
                LinearAlgebra.gemv(backend, cs.ta(), cs.alpha(), a.view(), vector(x.view()), cs.beta(),
                        vector(y.view()));
                String what = "gemv " + backend.name() + "/" + backend.isa() + " " + cs;
                checkGemm(what, cs.ta(), false, cs.alpha(), a.view(), x.view(), cs.beta(), y0, y, yBefore);
                assertUnchanged(what + " A", a, aBefore);
            }
        }
    }

    /** A contiguous column (ld 1) as an array view over the same memory. */
    static NumericArray vector(NumericMatrix column) {
        return column.dtype() == DType.F64 ? DoubleArray.wrap(column.segment()) : FloatArray.wrap(column.segment());
    }
}
