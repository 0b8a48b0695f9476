package org.kernels4j.backend;

import static org.kernels4j.ffi.k4j_h.*;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import org.kernels4j.DType;

/**
 * gemm and gemv of {@link NativeBackend}: how a call reaches {@code k4j_gemm_*}.
 *
 * <p>Packing buffers. The C gemm packs panels of A and B into a caller-provided workspace.
 * Each thread that calls gemm keeps one (off-heap, grown on demand, at most a few MiB:
 * {@code k4j_gemm_workspace_size_*} is bounded for any shape) in a {@link ThreadLocal}, so
 * a thread, and in particular each worker of a pool, reuses its buffers and a call
 * allocates nothing once the thread has seen its largest shape. The memory is freed by the
 * garbage collector after the thread ends.
 *
 * <p>Heap matrices and the critical-call rule. A product of at most {@link #CRITICAL_WORK}
 * multiply-adds, counted with the packing padding ((m + 8) * (n + 64) * k; about 40
 * microseconds on the AVX-512 path, 0.2 ms on baseline), is one critical downcall that reads and writes the Java arrays in place. A larger product
 * never runs as one critical call: when all three matrices are off-heap it is one ordinary
 * downcall; otherwise every heap operand is first copied into off-heap staging memory (A and
 * B compacted, C only when beta != 0), the product runs as an ordinary downcall, and C is
 * copied back. The copies cost O(mk + kn + mn) against the product's O(mnk): a few percent
 * at n = 512, less above; off-heap matrices avoid them entirely. Staging memory of up to
 * {@link #STAGING_KEEP} bytes is kept per thread for reuse; larger staging is allocated
 * for the call and freed at its end.
 *
 * <p>gemv reads each element of A once, so it is split instead: heap operands go through
 * critical calls on tiles of A of at most {@link NativeBackend#CRITICAL_CHUNK} elements
 * (later tiles add to y with beta = 1), off-heap ones through one ordinary call.
 */
final class NativeGemm {
    /** Largest m * n * k run as one critical downcall. */
    static final long CRITICAL_WORK = 1L << 20;
    /** Largest staging area a thread keeps between calls. */
    static final long STAGING_KEEP = 32L << 20;
    private static final long ALIGN = 64;

    private NativeGemm() {
    }

    /** Per-thread packing workspace and staging memory. */
    private static final class Scratch {
        private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);
        private MemorySegment workspace = MemorySegment.NULL;
        private MemorySegment staging = MemorySegment.NULL;

        static Scratch current() {
            return LOCAL.get();
        }

        MemorySegment workspace(long bytes) {
            if (workspace.byteSize() < bytes) {
                workspace = Arena.ofAuto().allocate(roundUp(bytes, 1L << 16), ALIGN);
            }
            return workspace;
        }

        /** Staging of {@code bytes}, from the kept area or, when larger, from {@code callArena}. */
        MemorySegment staging(long bytes, Arena callArena) {
            if (bytes > STAGING_KEEP) {
                return callArena.allocate(bytes, ALIGN);
            }
            if (staging.byteSize() < bytes) {
                staging = Arena.ofAuto().allocate(roundUp(bytes, 1L << 20), ALIGN);
            }
            return staging;
        }
    }

    /**
     * Whether a product is short enough for one critical call. Packing pads A to whole
     * micro-panels of up to 8 rows and B to up to 64 columns, so a thin product (1 x 1 x 10^6)
     * costs far more than m * n * k: the padded work is what is bounded.
     */
    static boolean fitsOneCriticalCall(long m, long n, long k) {
        return (double) (m + 8) * (n + 64) * k <= CRITICAL_WORK;
    }

    private static long roundUp(long x, long q) {
        return (x + q - 1) / q * q;
    }

    private static long workspaceSize(int code, boolean f64, long m, long n, long k) {
        long w = f64 ? k4j_gemm_workspace_size_f64(code, m, n, k) : k4j_gemm_workspace_size_f32(code, m, n, k);
        if (w < 0) {
            throw new IllegalStateException("native gemm rejected the shape " + m + "x" + n + "x" + k);
        }
        return w;
    }

    private static int call(boolean critical, int code, boolean f64, boolean ta, boolean tb, long m, long n, long k,
                            double alpha, MemorySegment a, long lda, MemorySegment b, long ldb, double beta,
                            MemorySegment c, long ldc, MemorySegment ws) {
        int ita = ta ? 1 : 0;
        int itb = tb ? 1 : 0;
        if (f64) {
            return critical
                    ? k4j_gemm_gemm_f64$critical(code, ita, itb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, ws)
                    : k4j_gemm_gemm_f64(code, ita, itb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, ws);
        }
        float fa = (float) alpha;
        float fb = (float) beta;
        return critical
                ? k4j_gemm_gemm_f32$critical(code, ita, itb, m, n, k, fa, a, lda, b, ldb, fb, c, ldc, ws)
                : k4j_gemm_gemm_f32(code, ita, itb, m, n, k, fa, a, lda, b, ldb, fb, c, ldc, ws);
    }

    static void gemm(int code, DType t, boolean ta, boolean tb, long m, long n, long k, double alpha,
                     MemorySegment a, long lda, MemorySegment b, long ldb, double beta, MemorySegment c, long ldc) {
        if (m == 0 || n == 0) {
            return;
        }
        boolean f64 = t == DType.F64;
        if ((f64 ? alpha == 0 : (float) alpha == 0) || k == 0) {
            // C = beta * C: one pass over C, A and B unread. Plain Java gives the same bits.
            JavaGemm.gemm(t, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
            return;
        }
        if (asGemv(code, t, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)) {
            return;
        }
        Scratch scratch = Scratch.current();
        MemorySegment ws = scratch.workspace(workspaceSize(code, f64, m, n, k));
        if (fitsOneCriticalCall(m, n, k)) {
            check(call(true, code, f64, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, ws));
            return;
        }
        if (a.isNative() && b.isNative() && c.isNative()) {
            check(call(false, code, f64, ta, tb, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc, ws));
            return;
        }
        long es = t.byteSize();
        long ar = ta ? k : m;
        long ac = ta ? m : k;
        long br = tb ? n : k;
        long bc = tb ? k : n;
        long aBytes = a.isNative() ? 0 : roundUp(ar * ac * es, ALIGN);
        long bBytes = b.isNative() ? 0 : roundUp(br * bc * es, ALIGN);
        long cBytes = c.isNative() ? 0 : m * n * es;
        try (Arena callArena = Arena.ofConfined()) {
            MemorySegment stage = scratch.staging(aBytes + bBytes + cBytes, callArena);
            MemorySegment sa = a;
            MemorySegment sb = b;
            MemorySegment sc = c;
            long sla = lda;
            long slb = ldb;
            long slc = ldc;
            if (!a.isNative()) {
                sa = stage.asSlice(0, ar * ac * es);
                copyRows(a, lda, sa, ac, ar, ac, es);
                sla = Math.max(1, ac);
            }
            if (!b.isNative()) {
                sb = stage.asSlice(aBytes, br * bc * es);
                copyRows(b, ldb, sb, bc, br, bc, es);
                slb = Math.max(1, bc);
            }
            if (!c.isNative()) {
                sc = stage.asSlice(aBytes + bBytes, cBytes);
                if (beta != 0) {
                    copyRows(c, ldc, sc, n, m, n, es);
                }
                slc = n;
            }
            check(call(false, code, f64, ta, tb, m, n, k, alpha, sa, sla, sb, slb, beta, sc, slc, ws));
            if (!c.isNative()) {
                copyRows(sc, n, c, ldc, m, n, es);
            }
        }
    }

    // ---- a packed B shared by the blocks of a pool gemm -------------------------------------

    static long packedBBytes(int code, DType t, long k, long n) {
        long bytes = t == DType.F64 ? k4j_gemm_packb_size_f64(code, k, n) : k4j_gemm_packb_size_f32(code, k, n);
        if (bytes < 0) {
            throw new IllegalArgumentException("op(B) of " + k + " x " + n + " is too large to pack");
        }
        return bytes;
    }

    static long packedBPanels(int code, DType t, long k, long n) {
        long panels = t == DType.F64 ? k4j_gemm_packb_panels_f64(code, k, n) : k4j_gemm_packb_panels_f32(code, k, n);
        if (panels < 0) {
            throw new IllegalArgumentException("op(B) of " + k + " x " + n + " cannot be packed");
        }
        return panels;
    }

    private static void requirePacked(MemorySegment dst, long bytes) {
        if (!dst.isNative() || dst.byteSize() < bytes || dst.address() % ALIGN != 0) {
            throw new IllegalArgumentException("the packed B buffer must be off-heap, 64-byte aligned and hold "
                    + bytes + " bytes (it has " + dst.byteSize() + ")");
        }
    }

    /** Whether a stored rows x cols matrix with leading dimension ld fits in seg. */
    private static void requireFits(MemorySegment seg, long rows, long cols, long ld, long es, String name) {
        if (rows == 0 || cols == 0) {
            return;
        }
        if (ld < cols || Math.multiplyHigh(rows - 1, ld) != 0
                || (rows - 1) * ld > Long.MAX_VALUE / es - cols
                || ((rows - 1) * ld + cols) * es > seg.byteSize()) {
            throw new IllegalArgumentException(name + " (" + rows + " x " + cols + ", ld " + ld
                    + ") does not fit in its " + seg.byteSize() + "-byte segment");
        }
    }

    /**
     * Packs panels [q0, q1) of op(B). A heap B is read in place by one critical call per panel
     * (a panel is at most KC x NC values of the path, a few hundred microseconds at most);
     * an off-heap B by one ordinary call.
     */
    static void packB(int code, DType t, boolean tb, long k, long n, MemorySegment b, long ldb, long q0, long q1,
                      MemorySegment dst) {
        long bytes = packedBBytes(code, t, k, n);
        long panels = packedBPanels(code, t, k, n);
        if (q0 < 0 || q1 < q0 || q1 > panels) {
            throw new IllegalArgumentException("panels [" + q0 + ", " + q1 + ") outside [0, " + panels + ")");
        }
        requirePacked(dst, bytes);
        long es = t.byteSize();
        requireFits(b, tb ? n : k, tb ? k : n, ldb, es, "B");
        boolean f64 = t == DType.F64;
        int itb = tb ? 1 : 0;
        if (b.isNative()) {
            check(f64 ? k4j_gemm_packb_f64(code, itb, k, n, b, ldb, q0, q1, dst, dst.byteSize())
                    : k4j_gemm_packb_f32(code, itb, k, n, b, ldb, q0, q1, dst, dst.byteSize()));
            return;
        }
        for (long q = q0; q < q1; q++) {
            check(f64 ? k4j_gemm_packb_f64$critical(code, itb, k, n, b, ldb, q, q + 1, dst, dst.byteSize())
                    : k4j_gemm_packb_f32$critical(code, itb, k, n, b, ldb, q, q + 1, dst, dst.byteSize()));
        }
    }

    /**
     * gemm with op(B) from a buffer {@link #packB} filled completely: one ordinary downcall;
     * heap A and C are staged off-heap around it as in {@link #gemm}.
     */
    static void gemmPacked(int code, DType t, boolean ta, long m, long n, long k, double alpha, MemorySegment a,
                           long lda, MemorySegment packedB, double beta, MemorySegment c, long ldc) {
        if (m == 0 || n == 0) {
            return;
        }
        boolean f64 = t == DType.F64;
        long es = t.byteSize();
        long ar = ta ? k : m;
        long ac = ta ? m : k;
        requireFits(a, ar, ac, lda, es, "A");
        requireFits(c, m, n, ldc, es, "C");
        long bytes = packedBBytes(code, t, k, n);
        requirePacked(packedB, bytes);
        Scratch scratch = Scratch.current();
        MemorySegment ws = scratch.workspace(workspaceSize(code, f64, m, n, k));
        long aBytes = a.isNative() ? 0 : roundUp(ar * ac * es, ALIGN);
        long cBytes = c.isNative() ? 0 : m * n * es;
        try (Arena callArena = Arena.ofConfined()) {
            MemorySegment stage = aBytes + cBytes == 0 ? MemorySegment.NULL
                    : scratch.staging(aBytes + cBytes, callArena);
            MemorySegment sa = a;
            MemorySegment sc = c;
            long sla = lda;
            long slc = ldc;
            if (!a.isNative()) {
                sa = stage.asSlice(0, ar * ac * es);
                copyRows(a, lda, sa, ac, ar, ac, es);
                sla = Math.max(1, ac);
            }
            if (!c.isNative()) {
                sc = stage.asSlice(aBytes, cBytes);
                if (beta != 0) {
                    copyRows(c, ldc, sc, n, m, n, es);
                }
                slc = n;
            }
            int ita = ta ? 1 : 0;
            check(f64 ? k4j_gemm_gemm_packed_f64(code, ita, m, n, k, alpha, sa, sla, packedB, packedB.byteSize(), beta,
                            sc, slc, ws)
                    : k4j_gemm_gemm_packed_f32(code, ita, m, n, k, (float) alpha, sa, sla, packedB,
                            packedB.byteSize(), (float) beta, sc, slc, ws));
            if (!c.isNative()) {
                copyRows(sc, n, c, ldc, m, n, es);
            }
        }
    }

    /** Copies a rows x cols matrix between leading dimensions. */
    private static void copyRows(MemorySegment from, long fromLd, MemorySegment to, long toLd, long rows, long cols,
                                 long es) {
        if (rows == 0 || cols == 0) {
            return;
        }
        if (fromLd == cols && toLd == cols) {
            MemorySegment.copy(from, 0, to, 0, rows * cols * es);
            return;
        }
        for (long i = 0; i < rows; i++) {
            MemorySegment.copy(from, i * fromLd * es, to, i * toLd * es, cols * es);
        }
    }

    private static int gemvCall(boolean critical, int code, boolean f64, boolean ta, long m, long n, double alpha,
                                MemorySegment a, long lda, MemorySegment x, double beta, MemorySegment y) {
        int ita = ta ? 1 : 0;
        if (f64) {
            return critical ? k4j_gemm_gemv_f64$critical(code, ita, m, n, alpha, a, lda, x, beta, y)
                    : k4j_gemm_gemv_f64(code, ita, m, n, alpha, a, lda, x, beta, y);
        }
        float fa = (float) alpha;
        float fb = (float) beta;
        return critical ? k4j_gemm_gemv_f32$critical(code, ita, m, n, fa, a, lda, x, fb, y)
                : k4j_gemm_gemv_f32(code, ita, m, n, fa, a, lda, x, fb, y);
    }

    /**
     * A 1 x n or m x 1 product is a matrix-vector product: gemv reads each element of the
     * matrix once where gemm would pack it first. Taken when the vector operand and the result
     * are contiguous (the row of a 1 x k A, a k x 1 B with ldb 1, an m x 1 C with ldc 1);
     * false leaves the call to gemm. Each element of C is still computed independently of
     * where it lies, so the pool's blocks give the same bits as one call.
     */
    private static boolean asGemv(int code, DType t, boolean ta, boolean tb, long m, long n, long k, double alpha,
                                  MemorySegment a, long lda, MemorySegment b, long ldb, double beta,
                                  MemorySegment c, long ldc) {
        long es = t.byteSize();
        if (m == 1 && (!ta || lda == 1)) {
            // C (1 x n) = x^T op(B): op(B)^T x, op(B)^T = B^T (B stored k x n) or B (stored n x k).
            gemv(code, t, !tb, tb ? n : k, tb ? k : n, alpha, b, ldb, a.asSlice(0, k * es), beta,
                    c.asSlice(0, n * es));
            return true;
        }
        if (n == 1 && ldc == 1 && (tb || ldb == 1)) {
            // C (m x 1) = op(A) x, A stored m x k or, transposed, k x m.
            gemv(code, t, ta, ta ? k : m, ta ? m : k, alpha, a, lda, b.asSlice(0, k * es), beta,
                    c.asSlice(0, m * es));
            return true;
        }
        return false;
    }

    static void gemv(int code, DType t, boolean ta, long m, long n, double alpha, MemorySegment a, long lda,
                     MemorySegment x, double beta, MemorySegment y) {
        long ylen = ta ? n : m;
        long xlen = ta ? m : n;
        boolean f64 = t == DType.F64;
        if (ylen == 0) {
            return;
        }
        if ((f64 ? alpha == 0 : (float) alpha == 0) || xlen == 0) {
            JavaGemm.gemv(t, ta, m, n, alpha, a, lda, x, beta, y);
            return;
        }
        long chunk = NativeBackend.CRITICAL_CHUNK;
        if ((double) m * n <= chunk && ylen <= chunk) {
            check(gemvCall(true, code, f64, ta, m, n, alpha, a, lda, x, beta, y));
            return;
        }
        if (a.isNative() && x.isNative() && y.isNative()) {
            check(gemvCall(false, code, f64, ta, m, n, alpha, a, lda, x, beta, y));
            return;
        }
        // Tiles of A of at most `chunk` elements; each adds its part to y (beta once per element).
        long es = t.byteSize();
        long cb = Math.min(n, chunk);
        long rb = Math.max(1, chunk / cb);
        for (long i0 = 0; i0 < m; i0 += rb) {
            long ri = Math.min(rb, m - i0);
            for (long j0 = 0; j0 < n; j0 += cb) {
                long cj = Math.min(cb, n - j0);
                MemorySegment at = a.asSlice((i0 * lda + j0) * es, ((ri - 1) * lda + cj) * es);
                MemorySegment xs;
                MemorySegment ys;
                double bt;
                if (!ta) {
                    xs = x.asSlice(j0 * es, cj * es);
                    ys = y.asSlice(i0 * es, ri * es);
                    bt = j0 == 0 ? beta : 1;
                } else {
                    xs = x.asSlice(i0 * es, ri * es);
                    ys = y.asSlice(j0 * es, cj * es);
                    bt = i0 == 0 ? beta : 1;
                }
                check(gemvCall(true, code, f64, ta, ri, cj, alpha, at, lda, xs, bt, ys));
            }
        }
    }

    private static void check(int status) {
        if (status != 0) {
            // Unreachable when the public API validated the call; never ignore it silently.
            throw new IllegalStateException("native gemm/gemv failed (status " + status + ")");
        }
    }
}
