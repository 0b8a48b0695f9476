package org.kernels4j.backend;

/**
 * The block-combining half of the "k4j tree" summation order (native/include/k4j.h):
 * a binary counter over block values. Each complete subtree of 2^k blocks is pushed at
 * level k; equal levels on top merge as {@code below + top}; {@link #fold()} combines
 * what is left from the top down. Whoever computes pieces of a sum (the Java backend
 * per block, the native backend per chunk, the pool per task) combines them here, so
 * every way of splitting the work gives the same bits.
 *
 * <p>Not thread-safe; one instance per summation.
 */
public final class SumTree {
    /** Size of a leaf block in elements. */
    public static final int BLOCK = 512;
    /** Lane accumulators per block. */
    public static final int LANES = 32;
    /** Level of a trailing partial piece: below every complete subtree, so it never merges. */
    public static final int PARTIAL = -1;

    // 2^63 elements are at most 2^54 blocks: the counter never holds more than 56 entries.
    private final double[] values = new double[64];
    private final int[] levels = new int[64];
    private int size;

    /** Pushes the value of a complete subtree of 2^level blocks (or PARTIAL for the last, short piece). */
    public void push(double value, int level) {
        int s = size;
        values[s] = value;
        levels[s] = level;
        s++;
        while (s >= 2 && levels[s - 1] == levels[s - 2] && levels[s - 1] != PARTIAL) {
            values[s - 2] = values[s - 2] + values[s - 1];
            levels[s - 2]++;
            s--;
        }
        size = s;
    }

    /** The sum of everything pushed: +0.0 when nothing was pushed. */
    public double fold() {
        int s = size;
        if (s == 0) {
            return 0.0;
        }
        double r = values[s - 1];
        for (int i = s - 2; i >= 0; i--) {
            r = values[i] + r;
        }
        return r;
    }

    /** Forgets everything pushed. */
    public void clear() {
        size = 0;
    }

    /**
     * The level at which a chunk of {@code chunkElements} elements is a complete subtree,
     * or -1 if it is not a power-of-two multiple of {@link #BLOCK}.
     */
    public static int levelOf(long chunkElements) {
        if (chunkElements < BLOCK || chunkElements % BLOCK != 0) {
            return -1;
        }
        long blocks = chunkElements / BLOCK;
        return Long.bitCount(blocks) == 1 ? Long.numberOfTrailingZeros(blocks) : -1;
    }

    /**
     * Reduces 32 lane accumulators in place by halving (16, 8, 4, 2, 1) and returns lane 0:
     * the value of one block.
     */
    public static double reduceLanes(double[] lanes) {
        for (int w = LANES / 2; w >= 1; w >>= 1) {
            for (int j = 0; j < w; j++) {
                lanes[j] = lanes[j] + lanes[j + w];
            }
        }
        return lanes[0];
    }
}
