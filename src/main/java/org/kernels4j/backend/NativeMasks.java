package org.kernels4j.backend;

import static org.kernels4j.ffi.k4j_h.*;

import java.lang.foreign.MemorySegment;
import org.kernels4j.DType;

/**
 * The mask family of {@code libk4j} ({@code k4j_mask_*}) on one ISA path, with the call shape
 * of {@link NativeBackend}: heap memory reaches C through critical calls of at most
 * {@link NativeBackend#CRITICAL_CHUNK} elements each, off-heap memory of more than a chunk
 * through one ordinary call. The kernels are elementwise or count, so chunking changes no
 * result; any and all stop at the first chunk that decides them.
 */
final class NativeMasks implements MaskOps {
    private static final long CHUNK = NativeBackend.CRITICAL_CHUNK;

    private final int code;

    NativeMasks(int code) {
        this.code = code;
    }

    /** One kernel call on elements [off, off + len). */
    @FunctionalInterface
    private interface Piece {
        long call(long off, long len, boolean critical);
    }

    private static MemorySegment at(MemorySegment s, long bytesPerElement, long index) {
        return index == 0 || s == null ? s : s.asSlice(index * bytesPerElement);
    }

    private static boolean allNative(MemorySegment... segments) {
        for (MemorySegment s : segments) {
            if (s != null && !s.isNative()) {
                return false;
            }
        }
        return true;
    }

    /** Runs an elementwise kernel: one ordinary call on long off-heap memory, else critical chunks. */
    private static void elementwise(long n, boolean offHeap, Piece piece) {
        if (n > CHUNK && offHeap) {
            check(piece.call(0, n, false));
            return;
        }
        for (long off = 0; ; off += CHUNK) {
            long len = Math.min(CHUNK, n - off);
            check(piece.call(off, len, true));
            if (off + len >= n) {
                break;
            }
        }
    }

    private static void check(long status) {
        if (status != 0) {
            // Unreachable when the public API validated the call; never ignore it silently.
            throw new IllegalStateException("native mask kernel rejected its arguments (status " + status + ")");
        }
    }

    @Override
    public void compare(CompareOp op, DType t, MemorySegment a, MemorySegment b, MemorySegment out, long n) {
        int c = op.code();
        long es = t.byteSize();
        elementwise(n, allNative(a, b, out), (off, len, crit) -> {
            MemorySegment as = at(a, es, off);
            MemorySegment bs = at(b, es, off);
            MemorySegment os = at(out, 1, off);
            return switch (t) {
                case F64 -> crit ? k4j_mask_cmp_f64$critical(code, c, as, bs, os, len) : k4j_mask_cmp_f64(code, c, as, bs, os, len);
                case F32 -> crit ? k4j_mask_cmp_f32$critical(code, c, as, bs, os, len) : k4j_mask_cmp_f32(code, c, as, bs, os, len);
                case I64 -> crit ? k4j_mask_cmp_i64$critical(code, c, as, bs, os, len) : k4j_mask_cmp_i64(code, c, as, bs, os, len);
                case I32 -> crit ? k4j_mask_cmp_i32$critical(code, c, as, bs, os, len) : k4j_mask_cmp_i32(code, c, as, bs, os, len);
            };
        });
    }

    @Override
    public void compareScalar(CompareOp op, DType t, MemorySegment a, long s, MemorySegment out, long n) {
        int c = op.code();
        long es = t.byteSize();
        elementwise(n, allNative(a, out), (off, len, crit) -> {
            MemorySegment as = at(a, es, off);
            MemorySegment os = at(out, 1, off);
            return switch (t) {
                case F64 -> {
                    double v = Double.longBitsToDouble(s);
                    yield crit ? k4j_mask_cmps_f64$critical(code, c, as, v, os, len) : k4j_mask_cmps_f64(code, c, as, v, os, len);
                }
                case F32 -> {
                    float v = Float.intBitsToFloat((int) s);
                    yield crit ? k4j_mask_cmps_f32$critical(code, c, as, v, os, len) : k4j_mask_cmps_f32(code, c, as, v, os, len);
                }
                case I64 -> crit ? k4j_mask_cmps_i64$critical(code, c, as, s, os, len) : k4j_mask_cmps_i64(code, c, as, s, os, len);
                case I32 -> crit ? k4j_mask_cmps_i32$critical(code, c, as, (int) s, os, len)
                        : k4j_mask_cmps_i32(code, c, as, (int) s, os, len);
            };
        });
    }

    @Override
    public void where(DType t, MemorySegment m, MemorySegment a, MemorySegment b, MemorySegment out, long n) {
        long es = t.byteSize();
        elementwise(n, allNative(m, a, b, out), (off, len, crit) -> {
            MemorySegment ms = at(m, 1, off);
            MemorySegment as = at(a, es, off);
            MemorySegment bs = at(b, es, off);
            MemorySegment os = at(out, es, off);
            return switch (t) {
                case F64 -> crit ? k4j_mask_where_f64$critical(code, ms, as, bs, os, len) : k4j_mask_where_f64(code, ms, as, bs, os, len);
                case F32 -> crit ? k4j_mask_where_f32$critical(code, ms, as, bs, os, len) : k4j_mask_where_f32(code, ms, as, bs, os, len);
                case I64 -> crit ? k4j_mask_where_i64$critical(code, ms, as, bs, os, len) : k4j_mask_where_i64(code, ms, as, bs, os, len);
                case I32 -> crit ? k4j_mask_where_i32$critical(code, ms, as, bs, os, len) : k4j_mask_where_i32(code, ms, as, bs, os, len);
            };
        });
    }

    @Override
    public void whereScalar(DType t, MemorySegment m, MemorySegment a, long s, boolean swap, MemorySegment out, long n) {
        long es = t.byteSize();
        int sw = swap ? 1 : 0;
        elementwise(n, allNative(m, a, out), (off, len, crit) -> {
            MemorySegment ms = at(m, 1, off);
            MemorySegment as = at(a, es, off);
            MemorySegment os = at(out, es, off);
            return switch (t) {
                case F64 -> {
                    double v = Double.longBitsToDouble(s);
                    yield crit ? k4j_mask_wheres_f64$critical(code, ms, as, v, sw, os, len)
                            : k4j_mask_wheres_f64(code, ms, as, v, sw, os, len);
                }
                case F32 -> {
                    float v = Float.intBitsToFloat((int) s);
                    yield crit ? k4j_mask_wheres_f32$critical(code, ms, as, v, sw, os, len)
                            : k4j_mask_wheres_f32(code, ms, as, v, sw, os, len);
                }
                case I64 -> crit ? k4j_mask_wheres_i64$critical(code, ms, as, s, sw, os, len)
                        : k4j_mask_wheres_i64(code, ms, as, s, sw, os, len);
                case I32 -> crit ? k4j_mask_wheres_i32$critical(code, ms, as, (int) s, sw, os, len)
                        : k4j_mask_wheres_i32(code, ms, as, (int) s, sw, os, len);
            };
        });
    }

    @Override
    public void whereScalars(DType t, MemorySegment m, long s, long u, MemorySegment out, long n) {
        long es = t.byteSize();
        elementwise(n, allNative(m, out), (off, len, crit) -> {
            MemorySegment ms = at(m, 1, off);
            MemorySegment os = at(out, es, off);
            return switch (t) {
                case F64 -> {
                    double v = Double.longBitsToDouble(s);
                    double w = Double.longBitsToDouble(u);
                    yield crit ? k4j_mask_wheress_f64$critical(code, ms, v, w, os, len) : k4j_mask_wheress_f64(code, ms, v, w, os, len);
                }
                case F32 -> {
                    float v = Float.intBitsToFloat((int) s);
                    float w = Float.intBitsToFloat((int) u);
                    yield crit ? k4j_mask_wheress_f32$critical(code, ms, v, w, os, len) : k4j_mask_wheress_f32(code, ms, v, w, os, len);
                }
                case I64 -> crit ? k4j_mask_wheress_i64$critical(code, ms, s, u, os, len) : k4j_mask_wheress_i64(code, ms, s, u, os, len);
                case I32 -> crit ? k4j_mask_wheress_i32$critical(code, ms, (int) s, (int) u, os, len)
                        : k4j_mask_wheress_i32(code, ms, (int) s, (int) u, os, len);
            };
        });
    }

    @Override
    public void test(ValueTest test, DType t, MemorySegment x, MemorySegment out, long n) {
        long es = t.byteSize();
        boolean f64 = t == DType.F64;
        elementwise(n, allNative(x, out), (off, len, crit) -> {
            MemorySegment xs = at(x, es, off);
            MemorySegment os = at(out, 1, off);
            return switch (test) {
                case ISNAN -> f64 ? (crit ? k4j_mask_isnan_f64$critical(code, xs, os, len) : k4j_mask_isnan_f64(code, xs, os, len))
                        : (crit ? k4j_mask_isnan_f32$critical(code, xs, os, len) : k4j_mask_isnan_f32(code, xs, os, len));
                case ISINF -> f64 ? (crit ? k4j_mask_isinf_f64$critical(code, xs, os, len) : k4j_mask_isinf_f64(code, xs, os, len))
                        : (crit ? k4j_mask_isinf_f32$critical(code, xs, os, len) : k4j_mask_isinf_f32(code, xs, os, len));
                case ISFINITE -> f64
                        ? (crit ? k4j_mask_isfinite_f64$critical(code, xs, os, len) : k4j_mask_isfinite_f64(code, xs, os, len))
                        : (crit ? k4j_mask_isfinite_f32$critical(code, xs, os, len) : k4j_mask_isfinite_f32(code, xs, os, len));
            };
        });
    }

    @Override
    public void nanToNum(DType t, MemorySegment x, double nan, double posinf, double neginf, MemorySegment out, long n) {
        long es = t.byteSize();
        boolean f64 = t == DType.F64;
        elementwise(n, allNative(x, out), (off, len, crit) -> {
            MemorySegment xs = at(x, es, off);
            MemorySegment os = at(out, es, off);
            if (f64) {
                return crit ? k4j_mask_nantonum_f64$critical(code, xs, nan, posinf, neginf, os, len)
                        : k4j_mask_nantonum_f64(code, xs, nan, posinf, neginf, os, len);
            }
            float a = (float) nan;
            float b = (float) posinf;
            float c = (float) neginf;
            return crit ? k4j_mask_nantonum_f32$critical(code, xs, a, b, c, os, len)
                    : k4j_mask_nantonum_f32(code, xs, a, b, c, os, len);
        });
    }

    private long countCall(DType t, MemorySegment x, long n, boolean crit) {
        if (t == null) {
            return crit ? k4j_mask_countnz_b8$critical(code, x, n) : k4j_mask_countnz_b8(code, x, n);
        }
        return switch (t) {
            case F64 -> crit ? k4j_mask_countnz_f64$critical(code, x, n) : k4j_mask_countnz_f64(code, x, n);
            case F32 -> crit ? k4j_mask_countnz_f32$critical(code, x, n) : k4j_mask_countnz_f32(code, x, n);
            case I64 -> crit ? k4j_mask_countnz_i64$critical(code, x, n) : k4j_mask_countnz_i64(code, x, n);
            case I32 -> crit ? k4j_mask_countnz_i32$critical(code, x, n) : k4j_mask_countnz_i32(code, x, n);
        };
    }

    private int anyCall(DType t, MemorySegment x, long n, boolean crit) {
        if (t == null) {
            return crit ? k4j_mask_any_b8$critical(code, x, n) : k4j_mask_any_b8(code, x, n);
        }
        return switch (t) {
            case F64 -> crit ? k4j_mask_any_f64$critical(code, x, n) : k4j_mask_any_f64(code, x, n);
            case F32 -> crit ? k4j_mask_any_f32$critical(code, x, n) : k4j_mask_any_f32(code, x, n);
            case I64 -> crit ? k4j_mask_any_i64$critical(code, x, n) : k4j_mask_any_i64(code, x, n);
            case I32 -> crit ? k4j_mask_any_i32$critical(code, x, n) : k4j_mask_any_i32(code, x, n);
        };
    }

    private int allCall(DType t, MemorySegment x, long n, boolean crit) {
        if (t == null) {
            return crit ? k4j_mask_all_b8$critical(code, x, n) : k4j_mask_all_b8(code, x, n);
        }
        return switch (t) {
            case F64 -> crit ? k4j_mask_all_f64$critical(code, x, n) : k4j_mask_all_f64(code, x, n);
            case F32 -> crit ? k4j_mask_all_f32$critical(code, x, n) : k4j_mask_all_f32(code, x, n);
            case I64 -> crit ? k4j_mask_all_i64$critical(code, x, n) : k4j_mask_all_i64(code, x, n);
            case I32 -> crit ? k4j_mask_all_i32$critical(code, x, n) : k4j_mask_all_i32(code, x, n);
        };
    }

    private static long width(DType t) {
        return t == null ? 1 : t.byteSize();
    }

    @Override
    public long countNonzero(DType t, MemorySegment x, long n) {
        if (n <= CHUNK || x.isNative()) {
            return countCall(t, x, n, n <= CHUNK);
        }
        long count = 0;
        for (long off = 0; off < n; off += CHUNK) {
            count += countCall(t, at(x, width(t), off), Math.min(CHUNK, n - off), true);
        }
        return count;
    }

    @Override
    public boolean any(DType t, MemorySegment x, long n) {
        return anyOrAll(false, t, x, n);
    }

    @Override
    public boolean all(DType t, MemorySegment x, long n) {
        return anyOrAll(true, t, x, n);
    }

    /**
     * any (all false) or all: on a long heap array chunk by chunk, where the first chunk whose
     * answer is not the empty array's (false for any, true for all) decides.
     */
    private boolean anyOrAll(boolean all, DType t, MemorySegment x, long n) {
        if (n <= CHUNK || x.isNative()) {
            return anyOrAllCall(all, t, x, n, n <= CHUNK) == 1;
        }
        for (long off = 0; off < n; off += CHUNK) {
            boolean answer = anyOrAllCall(all, t, at(x, width(t), off), Math.min(CHUNK, n - off), true) == 1;
            if (answer != all) {
                return answer;
            }
        }
        return all;
    }

    private int anyOrAllCall(boolean all, DType t, MemorySegment x, long n, boolean crit) {
        return all ? allCall(t, x, n, crit) : anyCall(t, x, n, crit);
    }
}
