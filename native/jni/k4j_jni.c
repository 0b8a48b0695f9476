/* A thin JNI shim over the k4j kernels, used only by the benchmarks to compare
 * C through JNI with C through FFM (org.kernels4j.bench.JniKernels).
 *
 * Heap arrays are pinned with GetPrimitiveArrayCritical, the JNI counterpart of
 * FFM's critical downcalls: no copy, but the garbage collector is held off
 * until the release, so a call on 10^7 elements holds it off for milliseconds.
 * That is acceptable in a benchmark and the reason the library itself uses FFM
 * with bounded critical chunks instead. Bounds are checked on the Java side
 * (JniKernels); this file does no argument checking beyond a failed pin. */
#include <jni.h>
#include <math.h>

#include "k4j.h"

#define PIN(env, arr) ((double *)(*(env))->GetPrimitiveArrayCritical((env), (arr), NULL))
/* JNI_ABORT: the array was only read, nothing to copy back (it is never copied anyway). */
#define UNPIN_READ(env, arr, p) (*(env))->ReleasePrimitiveArrayCritical((env), (arr), (p), JNI_ABORT)
#define UNPIN_WRITE(env, arr, p) (*(env))->ReleasePrimitiveArrayCritical((env), (arr), (p), 0)

JNIEXPORT jdouble JNICALL Java_org_kernels4j_bench_JniKernels_sum0(JNIEnv *env, jclass cls, jint isa, jdoubleArray x,
                                                                 jint n) {
    (void)cls;
    double *px = PIN(env, x);
    if (px == NULL) return NAN;
    double r = k4j_reduce_sum_f64(isa, px, n);
    UNPIN_READ(env, x, px);
    return r;
}

JNIEXPORT jdouble JNICALL Java_org_kernels4j_bench_JniKernels_dot0(JNIEnv *env, jclass cls, jint isa, jdoubleArray x,
                                                                 jdoubleArray y, jint n) {
    (void)cls;
    double *px = PIN(env, x);
    if (px == NULL) return NAN;
    double *py = PIN(env, y);
    if (py == NULL) {
        UNPIN_READ(env, x, px);
        return NAN;
    }
    double r = k4j_reduce_dot_f64(isa, px, py, n);
    UNPIN_READ(env, y, py);
    UNPIN_READ(env, x, px);
    return r;
}

JNIEXPORT jdouble JNICALL Java_org_kernels4j_bench_JniKernels_min0(JNIEnv *env, jclass cls, jint isa, jdoubleArray x,
                                                                 jint n) {
    (void)cls;
    double *px = PIN(env, x);
    if (px == NULL) return NAN;
    double r = k4j_reduce_min_f64(isa, px, n);
    UNPIN_READ(env, x, px);
    return r;
}

JNIEXPORT jlong JNICALL Java_org_kernels4j_bench_JniKernels_argmax0(JNIEnv *env, jclass cls, jint isa, jdoubleArray x,
                                                                  jint n) {
    (void)cls;
    double *px = PIN(env, x);
    if (px == NULL) return -1;
    int64_t r = k4j_reduce_argmax_f64(isa, px, n);
    UNPIN_READ(env, x, px);
    return r;
}

JNIEXPORT jdouble JNICALL Java_org_kernels4j_bench_JniKernels_sqdev0(JNIEnv *env, jclass cls, jint isa,
                                                                   jdoubleArray x, jint n, jdouble mean) {
    (void)cls;
    double *px = PIN(env, x);
    if (px == NULL) return NAN;
    double r = k4j_reduce_sqdev_f64(isa, px, n, mean);
    UNPIN_READ(env, x, px);
    return r;
}

JNIEXPORT jint JNICALL Java_org_kernels4j_bench_JniKernels_add0(JNIEnv *env, jclass cls, jint isa, jdoubleArray a,
                                                              jdoubleArray b, jdoubleArray out, jint n) {
    (void)cls;
    double *pa = PIN(env, a);
    if (pa == NULL) return K4J_EINVAL;
    double *pb = PIN(env, b);
    if (pb == NULL) {
        UNPIN_READ(env, a, pa);
        return K4J_EINVAL;
    }
    double *po = PIN(env, out);
    if (po == NULL) {
        UNPIN_READ(env, b, pb);
        UNPIN_READ(env, a, pa);
        return K4J_EINVAL;
    }
    int32_t r = k4j_ew_add_f64(isa, pa, pb, po, n);
    UNPIN_WRITE(env, out, po);
    UNPIN_READ(env, b, pb);
    UNPIN_READ(env, a, pa);
    return r;
}

JNIEXPORT jint JNICALL Java_org_kernels4j_bench_JniKernels_exp0(JNIEnv *env, jclass cls, jint isa, jdoubleArray x,
                                                              jdoubleArray out, jint n) {
    (void)cls;
    double *px = PIN(env, x);
    if (px == NULL) return K4J_EINVAL;
    double *po = PIN(env, out);
    if (po == NULL) {
        UNPIN_READ(env, x, px);
        return K4J_EINVAL;
    }
    int32_t r = k4j_ew_exp_f64(isa, px, po, n);
    UNPIN_WRITE(env, out, po);
    UNPIN_READ(env, x, px);
    return r;
}

JNIEXPORT jdouble JNICALL Java_org_kernels4j_bench_JniKernels_cumsum0(JNIEnv *env, jclass cls, jint isa,
                                                                    jdoubleArray x, jdoubleArray out, jint n) {
    (void)cls;
    double *px = PIN(env, x);
    if (px == NULL) return NAN;
    double *po = PIN(env, out);
    if (po == NULL) {
        UNPIN_READ(env, x, px);
        return NAN;
    }
    double r = k4j_scan_cumsum_f64(isa, px, po, n, -0.0);
    UNPIN_WRITE(env, out, po);
    UNPIN_READ(env, x, px);
    return r;
}
