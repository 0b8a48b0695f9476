package org.kernels4j;

import java.lang.foreign.ValueLayout;

/**
 * Element types the kernels operate on.
 */
public enum DType {
    /** IEEE 754 binary64, {@code double}. */
    F64(ValueLayout.JAVA_DOUBLE),
    /** IEEE 754 binary32, {@code float}. */
    F32(ValueLayout.JAVA_FLOAT);

    private final ValueLayout layout;

    DType(ValueLayout layout) {
        this.layout = layout;
    }

    /** The (native-order, naturally aligned) layout of one element. */
    public ValueLayout layout() {
        return layout;
    }

    /** Size of one element in bytes. */
    public long byteSize() {
        return layout.byteSize();
    }
}
