package org.kernels4j;

/**
 * How the value types ({@link Histogram}, {@link Unique}, {@link UniqueLongs},
 * {@link Description}) print their arrays: as {@link java.util.Arrays#toString}, except that an
 * array of more than {@link #THRESHOLD} elements shows its first and last {@link #EDGE_ITEMS}
 * with {@code ...} between them, as NumPy's {@code repr} does with its default print options
 * ({@code threshold=1000, edgeitems=3}). Doubles print as {@link Double#toString(double)} (the
 * shortest decimal that reads back to the same bits).
 */
final class ValueText {

    /** Arrays longer than this are summarised (NumPy's default {@code threshold}). */
    static final int THRESHOLD = 1000;
    /** Elements shown at each end of a summarised array (NumPy's default {@code edgeitems}). */
    static final int EDGE_ITEMS = 3;

    private ValueText() {
    }

    static String of(double[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("[");
        int n = a.length;
        boolean cut = n > THRESHOLD;
        for (int i = 0; i < n; i++) {
            if (cut && i == EDGE_ITEMS) {
                b.append("..., ");
                i = n - EDGE_ITEMS;
            }
            b.append(a[i]);
            if (i < n - 1) {
                b.append(", ");
            }
        }
        return b.append(']').toString();
    }

    static String of(long[] a) {
        if (a == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("[");
        int n = a.length;
        boolean cut = n > THRESHOLD;
        for (int i = 0; i < n; i++) {
            if (cut && i == EDGE_ITEMS) {
                b.append("..., ");
                i = n - EDGE_ITEMS;
            }
            b.append(a[i]);
            if (i < n - 1) {
                b.append(", ");
            }
        }
        return b.append(']').toString();
    }
}
