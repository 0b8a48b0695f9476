package org.kernels4j;

import java.lang.foreign.ValueLayout;

/**
 * Element types the kernels operate on.
 */
public enum DType {
    /** IEEE 754 binary64, {@code double}. */
    F64(ValueLayout.JAVA_DOUBLE),
    /** IEEE 754 binary32, {@code float}. */
    F32(ValueLayout.JAVA_FLOAT),
    /** Two's-complement 32-bit integer, {@code int} (sorting, selection, histograms). */
    I32(ValueLayout.JAVA_INT),
    /** Two's-complement 64-bit integer, {@code long} (sorting, selection, histograms, indices). */
    I64(ValueLayout.JAVA_LONG);

    private final ValueLayout layout;

    DType(ValueLayout layout) {
        this.layout = layout;
    }

    /** {@return the (native-order, naturally aligned) layout of one element} */
    public ValueLayout layout() {
        return layout;
    }

    /** {@return whether this is a floating-point type (F64, F32)} */
    public boolean isFloating() {
        return this == F64 || this == F32;
    }

    /** {@return the size of one element in bytes} */
    public long byteSize() {
        return layout.byteSize();
    }
}
