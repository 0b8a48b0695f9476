package org.kernels4j.backend;

import org.kernels4j.DType;

/**
 * Equal histogram bins for one input dtype, with every number numpy.histogram (2.4) uses in
 * its index arithmetic for that dtype (k4j.h "hist", uniform):
 *
 * <ul>
 * <li>F64, I64, I32: values converted to double; keep {@code first <= v <= last}, index
 *     {@code ((v - first) / denom) * bins} in double, edges {@link #edges()};</li>
 * <li>F32: keep and {@code v - first} in float with {@code (float) first} and
 *     {@code (float) last}; the index in double when {@link #wide()} (a range given as Python
 *     floats), else in float; edges {@link #edges32()}.</li>
 * </ul>
 *
 * @param dtype the input dtype
 * @param bins the number of bins, at least 1
 * @param first the lower end of the range (for F32 a float value)
 * @param last the upper end of the range (for F32 a float value)
 * @param denom the divisor of the index arithmetic (for F32 narrow mode a float value)
 * @param wide for F32: index arithmetic in double
 * @param edges the bins + 1 edges, as double (for F32 the float edges widened)
 * @param edges32 for F32 the float edges, else null
 */
public record HistBins(DType dtype, int bins, double first, double last, double denom, boolean wide, double[] edges,
                       float[] edges32) {
}
