package org.kernels4j.spark;

import java.io.Serial;
import java.io.Serializable;

/** What one partition sends back to the driver (fields unused by the scan stay null). */
final class Partial implements Serializable {
    @Serial private static final long serialVersionUID = 2L;

    int partition;
    /** kernels4j backend of the executor that scanned the partition: "native" or "java". */
    String backend;
    /** The CPU path of that backend ("avx512", ..., or "java"). */
    String isa;
    /** Whether the partition was read as Spark column batches (else as rows). */
    boolean columnar;
    long rows;
    ColumnMoments[] moments;
    /** Serialised KLL sketches of the strided order statistics, one per column ({@link StridedSketch}). */
    byte[][] sketches;
    /** Serialised unstrided KLL sketches (partial chunks), one per column. */
    byte[][] restSketches;
    long[][] histogram;
    double[][] values;
    /** Row-major k x k X^T X of the complete rows. */
    double[] gram;
    /** Row-major k x k sum of (x - mean)(x - mean)^T of the complete rows. */
    double[] comoments;
    double[] means;
    long completeRows;
}
