package org.kernels4j.backend;

import static org.kernels4j.ffi.k4j_h.*;

import java.lang.foreign.MemorySegment;

/**
 * The downcalls of the ufunc family (k4j.h, "ufunc"): one switch per shape from the op to
 * its binding, critical or not, float64 or float32. {@link NativeBackend} cuts the work into
 * calls and checks the status.
 */
final class NativeUfunc {
    private NativeUfunc() {
    }

    /** One call of the unary ufunc kernel of op on n elements; the kernel's status. */
    static int unary(UnaryOp op, boolean f64, int code, MemorySegment x, MemorySegment o, long n, boolean crit) {
        if (f64) {
            return switch (op) {
                case SIN -> crit ? k4j_ew_sin_f64$critical(code, x, o, n) : k4j_ew_sin_f64(code, x, o, n);
                case COS -> crit ? k4j_ew_cos_f64$critical(code, x, o, n) : k4j_ew_cos_f64(code, x, o, n);
                case TAN -> crit ? k4j_ew_tan_f64$critical(code, x, o, n) : k4j_ew_tan_f64(code, x, o, n);
                case TANH -> crit ? k4j_ew_tanh_f64$critical(code, x, o, n) : k4j_ew_tanh_f64(code, x, o, n);
                case LOG1P -> crit ? k4j_ew_log1p_f64$critical(code, x, o, n) : k4j_ew_log1p_f64(code, x, o, n);
                case EXPM1 -> crit ? k4j_ew_expm1_f64$critical(code, x, o, n) : k4j_ew_expm1_f64(code, x, o, n);
                case LOG2 -> crit ? k4j_ew_log2_f64$critical(code, x, o, n) : k4j_ew_log2_f64(code, x, o, n);
                case LOG10 -> crit ? k4j_ew_log10_f64$critical(code, x, o, n) : k4j_ew_log10_f64(code, x, o, n);
                case FLOOR -> crit ? k4j_ew_floor_f64$critical(code, x, o, n) : k4j_ew_floor_f64(code, x, o, n);
                case CEIL -> crit ? k4j_ew_ceil_f64$critical(code, x, o, n) : k4j_ew_ceil_f64(code, x, o, n);
                case RINT -> crit ? k4j_ew_rint_f64$critical(code, x, o, n) : k4j_ew_rint_f64(code, x, o, n);
                case SIGN -> crit ? k4j_ew_sign_f64$critical(code, x, o, n) : k4j_ew_sign_f64(code, x, o, n);
                default -> throw new IllegalArgumentException(op + " is not of the ufunc family");
            };
        }
        return switch (op) {
            case SIN -> crit ? k4j_ew_sin_f32$critical(code, x, o, n) : k4j_ew_sin_f32(code, x, o, n);
            case COS -> crit ? k4j_ew_cos_f32$critical(code, x, o, n) : k4j_ew_cos_f32(code, x, o, n);
            case TAN -> crit ? k4j_ew_tan_f32$critical(code, x, o, n) : k4j_ew_tan_f32(code, x, o, n);
            case TANH -> crit ? k4j_ew_tanh_f32$critical(code, x, o, n) : k4j_ew_tanh_f32(code, x, o, n);
            case LOG1P -> crit ? k4j_ew_log1p_f32$critical(code, x, o, n) : k4j_ew_log1p_f32(code, x, o, n);
            case EXPM1 -> crit ? k4j_ew_expm1_f32$critical(code, x, o, n) : k4j_ew_expm1_f32(code, x, o, n);
            case LOG2 -> crit ? k4j_ew_log2_f32$critical(code, x, o, n) : k4j_ew_log2_f32(code, x, o, n);
            case LOG10 -> crit ? k4j_ew_log10_f32$critical(code, x, o, n) : k4j_ew_log10_f32(code, x, o, n);
            case FLOOR -> crit ? k4j_ew_floor_f32$critical(code, x, o, n) : k4j_ew_floor_f32(code, x, o, n);
            case CEIL -> crit ? k4j_ew_ceil_f32$critical(code, x, o, n) : k4j_ew_ceil_f32(code, x, o, n);
            case RINT -> crit ? k4j_ew_rint_f32$critical(code, x, o, n) : k4j_ew_rint_f32(code, x, o, n);
            case SIGN -> crit ? k4j_ew_sign_f32$critical(code, x, o, n) : k4j_ew_sign_f32(code, x, o, n);
            default -> throw new IllegalArgumentException(op + " is not of the ufunc family");
        };
    }

    /** One call of the binary ufunc kernel of op on n elements; the kernel's status. */
    static int binary(BinaryOp op, boolean f64, int code, MemorySegment a, MemorySegment b, MemorySegment o, long n,
                      boolean crit) {
        if (f64) {
            return switch (op) {
                case POW -> crit ? k4j_ew_pow_f64$critical(code, a, b, o, n) : k4j_ew_pow_f64(code, a, b, o, n);
                case ATAN2 -> crit ? k4j_ew_atan2_f64$critical(code, a, b, o, n) : k4j_ew_atan2_f64(code, a, b, o, n);
                case MINIMUM -> crit ? k4j_ew_minimum_f64$critical(code, a, b, o, n) : k4j_ew_minimum_f64(code, a, b, o, n);
                case MAXIMUM -> crit ? k4j_ew_maximum_f64$critical(code, a, b, o, n) : k4j_ew_maximum_f64(code, a, b, o, n);
                case FMIN -> crit ? k4j_ew_fmin_f64$critical(code, a, b, o, n) : k4j_ew_fmin_f64(code, a, b, o, n);
                case FMAX -> crit ? k4j_ew_fmax_f64$critical(code, a, b, o, n) : k4j_ew_fmax_f64(code, a, b, o, n);
                default -> throw new IllegalArgumentException(op + " is not of the ufunc family");
            };
        }
        return switch (op) {
            case POW -> crit ? k4j_ew_pow_f32$critical(code, a, b, o, n) : k4j_ew_pow_f32(code, a, b, o, n);
            case ATAN2 -> crit ? k4j_ew_atan2_f32$critical(code, a, b, o, n) : k4j_ew_atan2_f32(code, a, b, o, n);
            case MINIMUM -> crit ? k4j_ew_minimum_f32$critical(code, a, b, o, n) : k4j_ew_minimum_f32(code, a, b, o, n);
            case MAXIMUM -> crit ? k4j_ew_maximum_f32$critical(code, a, b, o, n) : k4j_ew_maximum_f32(code, a, b, o, n);
            case FMIN -> crit ? k4j_ew_fmin_f32$critical(code, a, b, o, n) : k4j_ew_fmin_f32(code, a, b, o, n);
            case FMAX -> crit ? k4j_ew_fmax_f32$critical(code, a, b, o, n) : k4j_ew_fmax_f32(code, a, b, o, n);
            default -> throw new IllegalArgumentException(op + " is not of the ufunc family");
        };
    }
}
