package org.kernels4j.backend;

import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_FLOAT;

import java.lang.foreign.MemorySegment;
import org.kernels4j.DType;

/**
 * The kernels in plain Java: the fallback when the native library cannot load, and the
 * oracle the native backend is tested against.
 *
 * <p>Every method produces the bits that {@code native/include/k4j.h} specifies (exp and
 * log excepted: {@link Math#exp} and {@link Math#log} may differ from the C library by a
 * few ulps). NaN results are NaN, but which NaN payload comes out is not specified.
 * Arguments are not checked: the public API validates them before calling a backend
 * (see {@link Backend}). All methods are stateless and safe to call from any thread.
 */
public final class JavaBackend implements Backend {

    /** The one instance. */
    public static final JavaBackend INSTANCE = new JavaBackend();

    private static final int BLOCK = SumTree.BLOCK;
    private static final int LANES = SumTree.LANES;

    /*
     * norm2 rescue thresholds. A sum of squares at or above 2^-969 (= 2^53 times the
     * smallest normal double) cannot have lost more than about an ulp to squares that
     * fell into the subnormal range, since each such square is below 2^-1022 and is
     * rounded with an absolute error below 2^-1075; below it the result may be grossly
     * wrong (1e-200 squares to 0), so the norm is recomputed on scaled values. +Inf
     * means some square or partial sum overflowed.
     * TODO(lead): reconcile with native/src/reduce.c, which defines the authoritative rule.
     */
    private static final double NORM2_TINY = 0x1p-969;

    private JavaBackend() {
    }

    /** {@inheritDoc} Always "java". */
    @Override
    public String name() {
        return "java";
    }

    /** {@inheritDoc} Always "java": no CPU-specific path is involved. */
    @Override
    public String isa() {
        return "java";
    }

    // ---- the k4j tree -----------------------------------------------------------------

    /**
     * Fills all 32 lanes of one block: lane l gets -0.0 plus the block's terms l, l+32,
     * l+64, ... added in that order. Implementations fill 4 lanes at a time from scalar
     * accumulators that stay in registers: C2 (JDK 25) does not vectorize the
     * row-by-row form {@code lanes[l] += x[i + l]} over a segment, and that form was
     * measured ~20% slower because every add goes through memory.
     */
    @FunctionalInterface
    private interface BlockKernel {
        void lanes(double[] lanes, long start, int len);
    }

    /** Runs the k4j tree over n elements: blocks, lane halving, binary counter, fold. */
    private static double tree(long n, BlockKernel kernel) {
        if (n == 0) {
            return 0.0;
        }
        double[] lanes = new double[LANES];
        SumTree tree = new SumTree();
        for (long start = 0; start < n; start += BLOCK) {
            int len = (int) Math.min(BLOCK, n - start);
            kernel.lanes(lanes, start, len);
            tree.push(SumTree.reduceLanes(lanes), 0);
        }
        return tree.fold();
    }

    // Each kernel below has the same shape: `full` is the part of the block made of whole
    // rows of 32; the remaining len - full elements each extend lanes 0.. by one term,
    // after all the lane's earlier terms, so every lane still adds in increasing i.

    private static double sumF64(MemorySegment x, long n) {
        return tree(n, (lanes, start, len) -> {
            int full = len & -LANES;
            for (int l = 0; l < LANES; l += 4) {
                double a0 = -0.0, a1 = -0.0, a2 = -0.0, a3 = -0.0;
                for (long i = start + l, end = start + full; i < end; i += LANES) {
                    a0 += x.getAtIndex(JAVA_DOUBLE, i);
                    a1 += x.getAtIndex(JAVA_DOUBLE, i + 1);
                    a2 += x.getAtIndex(JAVA_DOUBLE, i + 2);
                    a3 += x.getAtIndex(JAVA_DOUBLE, i + 3);
                }
                lanes[l] = a0; lanes[l + 1] = a1; lanes[l + 2] = a2; lanes[l + 3] = a3;
            }
            for (int l = 0, rem = len - full; l < rem; l++) {
                lanes[l] += x.getAtIndex(JAVA_DOUBLE, start + full + l);
            }
        });
    }

    private static double sumF32(MemorySegment x, long n) {
        return tree(n, (lanes, start, len) -> {
            int full = len & -LANES;
            for (int l = 0; l < LANES; l += 4) {
                double a0 = -0.0, a1 = -0.0, a2 = -0.0, a3 = -0.0;
                for (long i = start + l, end = start + full; i < end; i += LANES) {
                    a0 += x.getAtIndex(JAVA_FLOAT, i);
                    a1 += x.getAtIndex(JAVA_FLOAT, i + 1);
                    a2 += x.getAtIndex(JAVA_FLOAT, i + 2);
                    a3 += x.getAtIndex(JAVA_FLOAT, i + 3);
                }
                lanes[l] = a0; lanes[l + 1] = a1; lanes[l + 2] = a2; lanes[l + 3] = a3;
            }
            for (int l = 0, rem = len - full; l < rem; l++) {
                lanes[l] += x.getAtIndex(JAVA_FLOAT, start + full + l);
            }
        });
    }

    // NaN is replaced by -0.0, which leaves any accumulator (including -0.0 itself) unchanged.

    private static double nan0(double v) {
        return v == v ? v : -0.0;
    }

    private static double nansumF64(MemorySegment x, long n) {
        return tree(n, (lanes, start, len) -> {
            int full = len & -LANES;
            for (int l = 0; l < LANES; l += 4) {
                double a0 = -0.0, a1 = -0.0, a2 = -0.0, a3 = -0.0;
                for (long i = start + l, end = start + full; i < end; i += LANES) {
                    a0 += nan0(x.getAtIndex(JAVA_DOUBLE, i));
                    a1 += nan0(x.getAtIndex(JAVA_DOUBLE, i + 1));
                    a2 += nan0(x.getAtIndex(JAVA_DOUBLE, i + 2));
                    a3 += nan0(x.getAtIndex(JAVA_DOUBLE, i + 3));
                }
                lanes[l] = a0; lanes[l + 1] = a1; lanes[l + 2] = a2; lanes[l + 3] = a3;
            }
            for (int l = 0, rem = len - full; l < rem; l++) {
                lanes[l] += nan0(x.getAtIndex(JAVA_DOUBLE, start + full + l));
            }
        });
    }

    private static double nansumF32(MemorySegment x, long n) {
        return tree(n, (lanes, start, len) -> {
            int full = len & -LANES;
            for (int l = 0; l < LANES; l += 4) {
                double a0 = -0.0, a1 = -0.0, a2 = -0.0, a3 = -0.0;
                for (long i = start + l, end = start + full; i < end; i += LANES) {
                    a0 += nan0(x.getAtIndex(JAVA_FLOAT, i));
                    a1 += nan0(x.getAtIndex(JAVA_FLOAT, i + 1));
                    a2 += nan0(x.getAtIndex(JAVA_FLOAT, i + 2));
                    a3 += nan0(x.getAtIndex(JAVA_FLOAT, i + 3));
                }
                lanes[l] = a0; lanes[l + 1] = a1; lanes[l + 2] = a2; lanes[l + 3] = a3;
            }
            for (int l = 0, rem = len - full; l < rem; l++) {
                lanes[l] += nan0(x.getAtIndex(JAVA_FLOAT, start + full + l));
            }
        });
    }

    private static double dotF64(MemorySegment x, MemorySegment y, long n) {
        return tree(n, (lanes, start, len) -> {
            int full = len & -LANES;
            for (int l = 0; l < LANES; l += 4) {
                double a0 = -0.0, a1 = -0.0, a2 = -0.0, a3 = -0.0;
                for (long i = start + l, end = start + full; i < end; i += LANES) {
                    a0 += x.getAtIndex(JAVA_DOUBLE, i) * y.getAtIndex(JAVA_DOUBLE, i);
                    a1 += x.getAtIndex(JAVA_DOUBLE, i + 1) * y.getAtIndex(JAVA_DOUBLE, i + 1);
                    a2 += x.getAtIndex(JAVA_DOUBLE, i + 2) * y.getAtIndex(JAVA_DOUBLE, i + 2);
                    a3 += x.getAtIndex(JAVA_DOUBLE, i + 3) * y.getAtIndex(JAVA_DOUBLE, i + 3);
                }
                lanes[l] = a0; lanes[l + 1] = a1; lanes[l + 2] = a2; lanes[l + 3] = a3;
            }
            for (int l = 0, rem = len - full; l < rem; l++) {
                long i = start + full + l;
                lanes[l] += x.getAtIndex(JAVA_DOUBLE, i) * y.getAtIndex(JAVA_DOUBLE, i);
            }
        });
    }

    // F32 products are formed in double (both factors widened first), as the C kernels do.

    private static double dotF32(MemorySegment x, MemorySegment y, long n) {
        return tree(n, (lanes, start, len) -> {
            int full = len & -LANES;
            for (int l = 0; l < LANES; l += 4) {
                double a0 = -0.0, a1 = -0.0, a2 = -0.0, a3 = -0.0;
                for (long i = start + l, end = start + full; i < end; i += LANES) {
                    a0 += (double) x.getAtIndex(JAVA_FLOAT, i) * (double) y.getAtIndex(JAVA_FLOAT, i);
                    a1 += (double) x.getAtIndex(JAVA_FLOAT, i + 1) * (double) y.getAtIndex(JAVA_FLOAT, i + 1);
                    a2 += (double) x.getAtIndex(JAVA_FLOAT, i + 2) * (double) y.getAtIndex(JAVA_FLOAT, i + 2);
                    a3 += (double) x.getAtIndex(JAVA_FLOAT, i + 3) * (double) y.getAtIndex(JAVA_FLOAT, i + 3);
                }
                lanes[l] = a0; lanes[l + 1] = a1; lanes[l + 2] = a2; lanes[l + 3] = a3;
            }
            for (int l = 0, rem = len - full; l < rem; l++) {
                long i = start + full + l;
                lanes[l] += (double) x.getAtIndex(JAVA_FLOAT, i) * (double) y.getAtIndex(JAVA_FLOAT, i);
            }
        });
    }

    private static double sq(double v) {
        return v * v;
    }

    private static double sqdevF64(MemorySegment x, long n, double mean) {
        return tree(n, (lanes, start, len) -> {
            int full = len & -LANES;
            for (int l = 0; l < LANES; l += 4) {
                double a0 = -0.0, a1 = -0.0, a2 = -0.0, a3 = -0.0;
                for (long i = start + l, end = start + full; i < end; i += LANES) {
                    a0 += sq(x.getAtIndex(JAVA_DOUBLE, i) - mean);
                    a1 += sq(x.getAtIndex(JAVA_DOUBLE, i + 1) - mean);
                    a2 += sq(x.getAtIndex(JAVA_DOUBLE, i + 2) - mean);
                    a3 += sq(x.getAtIndex(JAVA_DOUBLE, i + 3) - mean);
                }
                lanes[l] = a0; lanes[l + 1] = a1; lanes[l + 2] = a2; lanes[l + 3] = a3;
            }
            for (int l = 0, rem = len - full; l < rem; l++) {
                lanes[l] += sq(x.getAtIndex(JAVA_DOUBLE, start + full + l) - mean);
            }
        });
    }

    private static double sqdevF32(MemorySegment x, long n, double mean) {
        return tree(n, (lanes, start, len) -> {
            int full = len & -LANES;
            for (int l = 0; l < LANES; l += 4) {
                double a0 = -0.0, a1 = -0.0, a2 = -0.0, a3 = -0.0;
                for (long i = start + l, end = start + full; i < end; i += LANES) {
                    a0 += sq((double) x.getAtIndex(JAVA_FLOAT, i) - mean);
                    a1 += sq((double) x.getAtIndex(JAVA_FLOAT, i + 1) - mean);
                    a2 += sq((double) x.getAtIndex(JAVA_FLOAT, i + 2) - mean);
                    a3 += sq((double) x.getAtIndex(JAVA_FLOAT, i + 3) - mean);
                }
                lanes[l] = a0; lanes[l + 1] = a1; lanes[l + 2] = a2; lanes[l + 3] = a3;
            }
            for (int l = 0, rem = len - full; l < rem; l++) {
                lanes[l] += sq((double) x.getAtIndex(JAVA_FLOAT, start + full + l) - mean);
            }
        });
    }

        private static double sumSquaresF64(MemorySegment x, long n) {
        return tree(n, (lanes, start, len) -> {
            int full = len & -LANES;
            for (int l = 0; l < LANES; l += 4) {
                double a0 = -0.0, a1 = -0.0, a2 = -0.0, a3 = -0.0;
                for (long i = start + l, end = start + full; i < end; i += LANES) {
                    a0 += sq(x.getAtIndex(JAVA_DOUBLE, i));
                    a1 += sq(x.getAtIndex(JAVA_DOUBLE, i + 1));
                    a2 += sq(x.getAtIndex(JAVA_DOUBLE, i + 2));
                    a3 += sq(x.getAtIndex(JAVA_DOUBLE, i + 3));
                }
                lanes[l] = a0; lanes[l + 1] = a1; lanes[l + 2] = a2; lanes[l + 3] = a3;
            }
            for (int l = 0, rem = len - full; l < rem; l++) {
                lanes[l] += sq(x.getAtIndex(JAVA_DOUBLE, start + full + l));
            }
        });
    }

    private static double sumSquaresF32(MemorySegment x, long n) {
        return tree(n, (lanes, start, len) -> {
            int full = len & -LANES;
            for (int l = 0; l < LANES; l += 4) {
                double a0 = -0.0, a1 = -0.0, a2 = -0.0, a3 = -0.0;
                for (long i = start + l, end = start + full; i < end; i += LANES) {
                    a0 += sq(x.getAtIndex(JAVA_FLOAT, i));
                    a1 += sq(x.getAtIndex(JAVA_FLOAT, i + 1));
                    a2 += sq(x.getAtIndex(JAVA_FLOAT, i + 2));
                    a3 += sq(x.getAtIndex(JAVA_FLOAT, i + 3));
                }
                lanes[l] = a0; lanes[l + 1] = a1; lanes[l + 2] = a2; lanes[l + 3] = a3;
            }
            for (int l = 0, rem = len - full; l < rem; l++) {
                lanes[l] += sq(x.getAtIndex(JAVA_FLOAT, start + full + l));
            }
        });
    }

    // The rescue divides by m (not multiplies by 1/m): x/m is then exact whenever m is a
    // power of two and never exceeds 1 in magnitude, so no square overflows.

    private static double scaledSumSquaresF64(MemorySegment x, long n, double m) {
        return tree(n, (lanes, start, len) -> {
            int full = len & -LANES;
            for (int l = 0; l < LANES; l += 4) {
                double a0 = -0.0, a1 = -0.0, a2 = -0.0, a3 = -0.0;
                for (long i = start + l, end = start + full; i < end; i += LANES) {
                    a0 += sq(x.getAtIndex(JAVA_DOUBLE, i) / m);
                    a1 += sq(x.getAtIndex(JAVA_DOUBLE, i + 1) / m);
                    a2 += sq(x.getAtIndex(JAVA_DOUBLE, i + 2) / m);
                    a3 += sq(x.getAtIndex(JAVA_DOUBLE, i + 3) / m);
                }
                lanes[l] = a0; lanes[l + 1] = a1; lanes[l + 2] = a2; lanes[l + 3] = a3;
            }
            for (int l = 0, rem = len - full; l < rem; l++) {
                lanes[l] += sq(x.getAtIndex(JAVA_DOUBLE, start + full + l) / m);
            }
        });
    }

    private static double scaledSumSquaresF32(MemorySegment x, long n, double m) {
        return tree(n, (lanes, start, len) -> {
            int full = len & -LANES;
            for (int l = 0; l < LANES; l += 4) {
                double a0 = -0.0, a1 = -0.0, a2 = -0.0, a3 = -0.0;
                for (long i = start + l, end = start + full; i < end; i += LANES) {
                    a0 += sq((double) x.getAtIndex(JAVA_FLOAT, i) / m);
                    a1 += sq((double) x.getAtIndex(JAVA_FLOAT, i + 1) / m);
                    a2 += sq((double) x.getAtIndex(JAVA_FLOAT, i + 2) / m);
                    a3 += sq((double) x.getAtIndex(JAVA_FLOAT, i + 3) / m);
                }
                lanes[l] = a0; lanes[l + 1] = a1; lanes[l + 2] = a2; lanes[l + 3] = a3;
            }
            for (int l = 0, rem = len - full; l < rem; l++) {
                lanes[l] += sq((double) x.getAtIndex(JAVA_FLOAT, start + full + l) / m);
            }
        });
    }

    // ---- reductions -------------------------------------------------------------------

    /** {@inheritDoc} */
    @Override
    public double sum(DType t, MemorySegment x, long n) {
        return t == DType.F64 ? sumF64(x, n) : sumF32(x, n);
    }

    /** {@inheritDoc} */
    @Override
    public double nansum(DType t, MemorySegment x, long n) {
        return t == DType.F64 ? nansumF64(x, n) : nansumF32(x, n);
    }

    /** {@inheritDoc} */
    @Override
    public long nancount(DType t, MemorySegment x, long n) {
        long count = 0;
        if (t == DType.F64) {
            for (long i = 0; i < n; i++) {
                double v = x.getAtIndex(JAVA_DOUBLE, i);
                count += v != v ? 1 : 0;
            }
        } else {
            for (long i = 0; i < n; i++) {
                float v = x.getAtIndex(JAVA_FLOAT, i);
                count += v != v ? 1 : 0;
            }
        }
        return count;
    }

    /** {@inheritDoc} */
    @Override
    public double dot(DType t, MemorySegment x, MemorySegment y, long n) {
        return t == DType.F64 ? dotF64(x, y, n) : dotF32(x, y, n);
    }

    /**
     * {@inheritDoc}
     *
     * <p>sqrt of the tree sum of squares; when that sum is +Inf (overflow) or below
     * 2^-969 (squares may have underflowed), no element is NaN or infinite, and
     * m = max|x| is positive, the result is instead {@code m * sqrt(tree sum of (x/m)^2)}.
     */
    @Override
    public double norm2(DType t, MemorySegment x, long n) {
        boolean f64 = t == DType.F64;
        double s = f64 ? sumSquaresF64(x, n) : sumSquaresF32(x, n);
        if (s == Double.POSITIVE_INFINITY || s < NORM2_TINY) {
            double m = maxAbsIfFinite(t, x, n);
            if (m > 0.0) {
                double scaled = f64 ? scaledSumSquaresF64(x, n, m) : scaledSumSquaresF32(x, n, m);
                return m * Math.sqrt(scaled);
            }
        }
        return Math.sqrt(s);
    }

    /** max |x[i]| as a double, or NaN when any element is NaN or infinite (no rescue then). */
    private static double maxAbsIfFinite(DType t, MemorySegment x, long n) {
        double m = 0.0;
        for (long i = 0; i < n; i++) {
            double v = t == DType.F64 ? x.getAtIndex(JAVA_DOUBLE, i) : x.getAtIndex(JAVA_FLOAT, i);
            double a = Math.abs(v);
            if (!(a <= Double.MAX_VALUE)) {
                return Double.NaN;
            }
            m = Math.max(m, a);
        }
        return m;
    }

    /** {@inheritDoc} */
    @Override
    public double sqdev(DType t, MemorySegment x, long n, double mean) {
        return t == DType.F64 ? sqdevF64(x, n, mean) : sqdevF32(x, n, mean);
    }

    // min/max under Math.min/Math.max are associative and commutative (NaN absorbs, -0.0
    // orders below +0.0), so several accumulators give the same result as one.

    /** {@inheritDoc} NaN when n == 0. */
    @Override
    public double min(DType t, MemorySegment x, long n) {
        if (n == 0) {
            return Double.NaN;
        }
        if (t == DType.F64) {
            double r0 = x.getAtIndex(JAVA_DOUBLE, 0), r1 = r0, r2 = r0, r3 = r0;
            long i = 1;
            for (; i + 4 <= n; i += 4) {
                r0 = Math.min(r0, x.getAtIndex(JAVA_DOUBLE, i));
                r1 = Math.min(r1, x.getAtIndex(JAVA_DOUBLE, i + 1));
                r2 = Math.min(r2, x.getAtIndex(JAVA_DOUBLE, i + 2));
                r3 = Math.min(r3, x.getAtIndex(JAVA_DOUBLE, i + 3));
            }
            for (; i < n; i++) {
                r0 = Math.min(r0, x.getAtIndex(JAVA_DOUBLE, i));
            }
            return Math.min(Math.min(r0, r1), Math.min(r2, r3));
        }
        float r0 = x.getAtIndex(JAVA_FLOAT, 0), r1 = r0, r2 = r0, r3 = r0;
        long i = 1;
        for (; i + 4 <= n; i += 4) {
            r0 = Math.min(r0, x.getAtIndex(JAVA_FLOAT, i));
            r1 = Math.min(r1, x.getAtIndex(JAVA_FLOAT, i + 1));
            r2 = Math.min(r2, x.getAtIndex(JAVA_FLOAT, i + 2));
            r3 = Math.min(r3, x.getAtIndex(JAVA_FLOAT, i + 3));
        }
        for (; i < n; i++) {
            r0 = Math.min(r0, x.getAtIndex(JAVA_FLOAT, i));
        }
        return Math.min(Math.min(r0, r1), Math.min(r2, r3));
    }

    /** {@inheritDoc} NaN when n == 0. */
    @Override
    public double max(DType t, MemorySegment x, long n) {
        if (n == 0) {
            return Double.NaN;
        }
        if (t == DType.F64) {
            double r0 = x.getAtIndex(JAVA_DOUBLE, 0), r1 = r0, r2 = r0, r3 = r0;
            long i = 1;
            for (; i + 4 <= n; i += 4) {
                r0 = Math.max(r0, x.getAtIndex(JAVA_DOUBLE, i));
                r1 = Math.max(r1, x.getAtIndex(JAVA_DOUBLE, i + 1));
                r2 = Math.max(r2, x.getAtIndex(JAVA_DOUBLE, i + 2));
                r3 = Math.max(r3, x.getAtIndex(JAVA_DOUBLE, i + 3));
            }
            for (; i < n; i++) {
                r0 = Math.max(r0, x.getAtIndex(JAVA_DOUBLE, i));
            }
            return Math.max(Math.max(r0, r1), Math.max(r2, r3));
        }
        float r0 = x.getAtIndex(JAVA_FLOAT, 0), r1 = r0, r2 = r0, r3 = r0;
        long i = 1;
        for (; i + 4 <= n; i += 4) {
            r0 = Math.max(r0, x.getAtIndex(JAVA_FLOAT, i));
            r1 = Math.max(r1, x.getAtIndex(JAVA_FLOAT, i + 1));
            r2 = Math.max(r2, x.getAtIndex(JAVA_FLOAT, i + 2));
            r3 = Math.max(r3, x.getAtIndex(JAVA_FLOAT, i + 3));
        }
        for (; i < n; i++) {
            r0 = Math.max(r0, x.getAtIndex(JAVA_FLOAT, i));
        }
        return Math.max(Math.max(r0, r1), Math.max(r2, r3));
    }

    // nanmin/nanmax start from the first non-NaN element; a later NaN is replaced by the
    // running result itself, which min/max leave unchanged.

    /** {@inheritDoc} NaN when n == 0. */
    @Override
    public double nanmin(DType t, MemorySegment x, long n) {
        long first = firstNonNaN(t, x, n);
        if (first < 0) {
            return Double.NaN;
        }
        if (t == DType.F64) {
            double r = x.getAtIndex(JAVA_DOUBLE, first);
            for (long i = first + 1; i < n; i++) {
                double v = x.getAtIndex(JAVA_DOUBLE, i);
                r = Math.min(r, v == v ? v : r);
            }
            return r;
        }
        float r = x.getAtIndex(JAVA_FLOAT, first);
        for (long i = first + 1; i < n; i++) {
            float v = x.getAtIndex(JAVA_FLOAT, i);
            r = Math.min(r, v == v ? v : r);
        }
        return r;
    }

    /** {@inheritDoc} NaN when n == 0. */
    @Override
    public double nanmax(DType t, MemorySegment x, long n) {
        long first = firstNonNaN(t, x, n);
        if (first < 0) {
            return Double.NaN;
        }
        if (t == DType.F64) {
            double r = x.getAtIndex(JAVA_DOUBLE, first);
            for (long i = first + 1; i < n; i++) {
                double v = x.getAtIndex(JAVA_DOUBLE, i);
                r = Math.max(r, v == v ? v : r);
            }
            return r;
        }
        float r = x.getAtIndex(JAVA_FLOAT, first);
        for (long i = first + 1; i < n; i++) {
            float v = x.getAtIndex(JAVA_FLOAT, i);
            r = Math.max(r, v == v ? v : r);
        }
        return r;
    }

    private static long firstNonNaN(DType t, MemorySegment x, long n) {
        for (long i = 0; i < n; i++) {
            double v = t == DType.F64 ? x.getAtIndex(JAVA_DOUBLE, i) : x.getAtIndex(JAVA_FLOAT, i);
            if (v == v) {
                return i;
            }
        }
        return -1;
    }

    // argmin/argmax: a strict comparison keeps the first of equal values (and -0.0 == +0.0
    // numerically, so the first of either zero wins, as in NumPy); NaN fails every
    // comparison and is caught by the else branch, which ends the scan at the first NaN.

    /** {@inheritDoc} -1 when n == 0. */
    @Override
    public long argmin(DType t, MemorySegment x, long n) {
        if (n == 0) {
            return -1;
        }
        long best = 0;
        if (t == DType.F64) {
            double b = x.getAtIndex(JAVA_DOUBLE, 0);
            if (b != b) {
                return 0;
            }
            for (long i = 1; i < n; i++) {
                double v = x.getAtIndex(JAVA_DOUBLE, i);
                if (v < b) {
                    b = v;
                    best = i;
                } else if (v != v) {
                    return i;
                }
            }
            return best;
        }
        float b = x.getAtIndex(JAVA_FLOAT, 0);
        if (b != b) {
            return 0;
        }
        for (long i = 1; i < n; i++) {
            float v = x.getAtIndex(JAVA_FLOAT, i);
            if (v < b) {
                b = v;
                best = i;
            } else if (v != v) {
                return i;
            }
        }
        return best;
    }

    /** {@inheritDoc} -1 when n == 0. */
    @Override
    public long argmax(DType t, MemorySegment x, long n) {
        if (n == 0) {
            return -1;
        }
        long best = 0;
        if (t == DType.F64) {
            double b = x.getAtIndex(JAVA_DOUBLE, 0);
            if (b != b) {
                return 0;
            }
            for (long i = 1; i < n; i++) {
                double v = x.getAtIndex(JAVA_DOUBLE, i);
                if (v > b) {
                    b = v;
                    best = i;
                } else if (v != v) {
                    return i;
                }
            }
            return best;
        }
        float b = x.getAtIndex(JAVA_FLOAT, 0);
        if (b != b) {
            return 0;
        }
        for (long i = 1; i < n; i++) {
            float v = x.getAtIndex(JAVA_FLOAT, i);
            if (v > b) {
                b = v;
                best = i;
            } else if (v != v) {
                return i;
            }
        }
        return best;
    }

    // ---- elementwise ------------------------------------------------------------------
    // Every loop reads its inputs at i before writing out at i: out may be exactly an input.
    // One loop per operation keeps the switch out of the loop body.

    /** {@inheritDoc} */
    @Override
    public void binary(BinaryOp op, DType t, MemorySegment a, MemorySegment b, MemorySegment out, long n) {
        if (t == DType.F64) {
            switch (op) {
                case ADD -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_DOUBLE, i, a.getAtIndex(JAVA_DOUBLE, i) + b.getAtIndex(JAVA_DOUBLE, i));
                    }
                }
                case SUB -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_DOUBLE, i, a.getAtIndex(JAVA_DOUBLE, i) - b.getAtIndex(JAVA_DOUBLE, i));
                    }
                }
                case MUL -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_DOUBLE, i, a.getAtIndex(JAVA_DOUBLE, i) * b.getAtIndex(JAVA_DOUBLE, i));
                    }
                }
                case DIV -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_DOUBLE, i, a.getAtIndex(JAVA_DOUBLE, i) / b.getAtIndex(JAVA_DOUBLE, i));
                    }
                }
            }
        } else {
            switch (op) {
                case ADD -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_FLOAT, i, a.getAtIndex(JAVA_FLOAT, i) + b.getAtIndex(JAVA_FLOAT, i));
                    }
                }
                case SUB -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_FLOAT, i, a.getAtIndex(JAVA_FLOAT, i) - b.getAtIndex(JAVA_FLOAT, i));
                    }
                }
                case MUL -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_FLOAT, i, a.getAtIndex(JAVA_FLOAT, i) * b.getAtIndex(JAVA_FLOAT, i));
                    }
                }
                case DIV -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_FLOAT, i, a.getAtIndex(JAVA_FLOAT, i) / b.getAtIndex(JAVA_FLOAT, i));
                    }
                }
            }
        }
    }

    /** {@inheritDoc} */
    @Override
    public void binaryScalar(BinaryOp op, DType t, MemorySegment a, double s, MemorySegment out, long n) {
        if (t == DType.F64) {
            switch (op) {
                case ADD -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_DOUBLE, i, a.getAtIndex(JAVA_DOUBLE, i) + s);
                    }
                }
                case SUB -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_DOUBLE, i, a.getAtIndex(JAVA_DOUBLE, i) - s);
                    }
                }
                case MUL -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_DOUBLE, i, a.getAtIndex(JAVA_DOUBLE, i) * s);
                    }
                }
                case DIV -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_DOUBLE, i, a.getAtIndex(JAVA_DOUBLE, i) / s);
                    }
                }
            }
        } else {
            float f = (float) s;
            switch (op) {
                case ADD -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_FLOAT, i, a.getAtIndex(JAVA_FLOAT, i) + f);
                    }
                }
                case SUB -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_FLOAT, i, a.getAtIndex(JAVA_FLOAT, i) - f);
                    }
                }
                case MUL -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_FLOAT, i, a.getAtIndex(JAVA_FLOAT, i) * f);
                    }
                }
                case DIV -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_FLOAT, i, a.getAtIndex(JAVA_FLOAT, i) / f);
                    }
                }
            }
        }
    }

    /** {@inheritDoc} Java never contracts a*x+y into an FMA, so this is two roundings. */
    @Override
    public void axpy(DType t, double alpha, MemorySegment x, MemorySegment y, long n) {
        if (t == DType.F64) {
            for (long i = 0; i < n; i++) {
                y.setAtIndex(JAVA_DOUBLE, i, alpha * x.getAtIndex(JAVA_DOUBLE, i) + y.getAtIndex(JAVA_DOUBLE, i));
            }
        } else {
            float fa = (float) alpha;
            for (long i = 0; i < n; i++) {
                y.setAtIndex(JAVA_FLOAT, i, fa * x.getAtIndex(JAVA_FLOAT, i) + y.getAtIndex(JAVA_FLOAT, i));
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>F32 sqrt, exp and log are computed in double and rounded once to float; for sqrt
     * that equals the correctly rounded float square root.
     */
    @Override
    public void unary(UnaryOp op, DType t, MemorySegment x, MemorySegment out, long n) {
        if (t == DType.F64) {
            switch (op) {
                case ABS -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_DOUBLE, i, Math.abs(x.getAtIndex(JAVA_DOUBLE, i)));
                    }
                }
                case NEG -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_DOUBLE, i, -x.getAtIndex(JAVA_DOUBLE, i));
                    }
                }
                case SQRT -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_DOUBLE, i, Math.sqrt(x.getAtIndex(JAVA_DOUBLE, i)));
                    }
                }
                case EXP -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_DOUBLE, i, Math.exp(x.getAtIndex(JAVA_DOUBLE, i)));
                    }
                }
                case LOG -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_DOUBLE, i, Math.log(x.getAtIndex(JAVA_DOUBLE, i)));
                    }
                }
            }
        } else {
            switch (op) {
                case ABS -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_FLOAT, i, Math.abs(x.getAtIndex(JAVA_FLOAT, i)));
                    }
                }
                case NEG -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_FLOAT, i, -x.getAtIndex(JAVA_FLOAT, i));
                    }
                }
                case SQRT -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_FLOAT, i, (float) Math.sqrt(x.getAtIndex(JAVA_FLOAT, i)));
                    }
                }
                case EXP -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_FLOAT, i, (float) Math.exp(x.getAtIndex(JAVA_FLOAT, i)));
                    }
                }
                case LOG -> {
                    for (long i = 0; i < n; i++) {
                        out.setAtIndex(JAVA_FLOAT, i, (float) Math.log(x.getAtIndex(JAVA_FLOAT, i)));
                    }
                }
            }
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Computed as {@code Math.min(Math.max(x, lo), hi)}: a NaN element or bound gives
     * NaN, and lo &gt; hi gives hi (as NumPy).
     */
    @Override
    public void clip(DType t, MemorySegment x, double lo, double hi, MemorySegment out, long n) {
        if (t == DType.F64) {
            for (long i = 0; i < n; i++) {
                out.setAtIndex(JAVA_DOUBLE, i, Math.min(Math.max(x.getAtIndex(JAVA_DOUBLE, i), lo), hi));
            }
        } else {
            float flo = (float) lo;
            float fhi = (float) hi;
            for (long i = 0; i < n; i++) {
                out.setAtIndex(JAVA_FLOAT, i, Math.min(Math.max(x.getAtIndex(JAVA_FLOAT, i), flo), fhi));
            }
        }
    }

    /** {@inheritDoc} */
    @Override
    public double cumsum(DType t, MemorySegment x, MemorySegment out, long n, double carry) {
        double acc = carry;
        if (t == DType.F64) {
            for (long i = 0; i < n; i++) {
                acc += x.getAtIndex(JAVA_DOUBLE, i);
                out.setAtIndex(JAVA_DOUBLE, i, acc);
            }
        } else {
            for (long i = 0; i < n; i++) {
                acc += x.getAtIndex(JAVA_FLOAT, i);
                out.setAtIndex(JAVA_FLOAT, i, (float) acc);
            }
        }
        return acc;
    }

    /** {@inheritDoc} Plain loops (i-k-j, or dot products when transB); see {@code JavaGemm}. */
    @Override
    public void gemm(DType t, boolean transA, boolean transB, long m, long n, long k, double alpha, MemorySegment a,
                     long lda, MemorySegment b, long ldb, double beta, MemorySegment c, long ldc) {
        JavaGemm.gemm(t, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
    }

    /** {@inheritDoc} */
    @Override
    public void gemv(DType t, boolean transA, long m, long n, double alpha, MemorySegment a, long lda,
                     MemorySegment x, double beta, MemorySegment y) {
        JavaGemm.gemv(t, transA, m, n, alpha, a, lda, x, beta, y);
    }
}
