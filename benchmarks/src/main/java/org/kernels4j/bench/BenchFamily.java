package org.kernels4j.bench;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JMH class as one kernel family of {@code kernels4j bench}. The command finds every
 * annotated class in the jar's JMH benchmark list, so a new family (sort, quantiles,
 * histogram, GEMM, ...) plugs in by annotating its benchmark class; nothing in the command
 * changes.
 *
 * <p>The conventions the command relies on:
 * <ul>
 *   <li>benchmark methods are named {@code <op>_<backend>} (for example {@code sum_ffmHeap},
 *       {@code dgemm_openblas}); the backend part is shown hyphenated and lower case
 *       ({@code ffm-heap}); backends the command knows are ordered as in its legend;</li>
 *   <li>the problem size is the {@code int}/{@code long} {@code @Param} named {@code n}
 *       (elements; for GEMM the matrix order);</li>
 *   <li>a {@code workers} {@code @Param}, when present, receives {@code --workers};</li>
 *   <li>benchmarks run in {@code Mode.Throughput}; {@link Op} turns ops/s into GB/s,
 *       GFLOP/s or Melem/s.</li>
 * </ul>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface BenchFamily {
    /** Family name used by {@code --kernels} and in the report ("reductions", "gemm"). */
    String name();

    /** Position in tables and reports (lower first). */
    int order() default 100;

    /** Default sizes when {@code --sizes} is not given; empty: 10^3, 10^5, 10^7. */
    String[] sizes() default {};

    /** Work per call of each op, for the throughput unit; ops not listed are shown in ops/s. */
    Op[] ops() default {};

    /** The amount of work of one call of an op as {@code factor * n^power}. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Op {
        /** The op, as in the method names. */
        String name();

        /** Bytes read and written per call, per n^power: shown as GB/s. */
        double bytes() default 0;

        /** Floating-point operations per call, per n^power: shown as GFLOP/s. */
        double flops() default 0;

        /** Elements processed per call, per n^power: shown as Melem/s (sorting, selection). */
        double elements() default 0;

        /** The power of n. */
        int power() default 1;

        /** Whether a run without {@code --kernels} includes the op (false keeps the default run short). */
        boolean quick() default true;
    }
}
