package org.kernels4j.backend;

/**
 * Per-thread working arrays for {@link JavaBackend}'s chunked loops, so that a call on
 * off-heap (or otherwise not directly readable) memory allocates nothing.
 *
 * <p>{@link #acquire()} hands the calling thread its own set when it is free, and a fresh set
 * otherwise (a nested acquire, e.g. a kernel that runs another kernel while it holds its set),
 * so two users never share arrays; {@link #release()} gives the set back. Nothing here relies on
 * the contents: every user writes an element before it reads it.
 */
final class ChunkBuffers {
    /** Elements per array: two or three arrays of a chunk stay in L1. */
    static final int CHUNK = 1024;

    private static final ThreadLocal<ChunkBuffers> OWN = ThreadLocal.withInitial(ChunkBuffers::new);

    private double[] d0;
    private double[] d1;
    private double[] d2;
    private double[] lanes;
    private SumTree tree;
    private float[] f0;
    private float[] f1;
    private boolean held;

    private ChunkBuffers() {
    }

    /** The calling thread's set, or a fresh one when that is held already; release it after use. */
    static ChunkBuffers acquire() {
        ChunkBuffers own = OWN.get();
        if (own.held) {
            ChunkBuffers fresh = new ChunkBuffers();
            fresh.held = true;
            return fresh;
        }
        own.held = true;
        return own;
    }

    /** Gives the set back; it must not be used after. */
    void release() {
        held = false;
    }

    /** Whether this set is held (tests). */
    boolean held() {
        return held;
    }

    /** The first array of doubles ({@link #CHUNK} elements). */
    double[] doubles0() {
        double[] a = d0;
        if (a == null) {
            d0 = a = new double[CHUNK];
        }
        return a;
    }

    /** The second array of doubles. */
    double[] doubles1() {
        double[] a = d1;
        if (a == null) {
            d1 = a = new double[CHUNK];
        }
        return a;
    }

    /** The third array of doubles. */
    double[] doubles2() {
        double[] a = d2;
        if (a == null) {
            d2 = a = new double[CHUNK];
        }
        return a;
    }

    /** {@link SumTree#LANES} doubles for a block sum's lanes. */
    double[] lanes() {
        double[] a = lanes;
        if (a == null) {
            lanes = a = new double[SumTree.LANES];
        }
        return a;
    }

    /** An empty summation tree. */
    SumTree sumTree() {
        SumTree t = tree;
        if (t == null) {
            tree = t = new SumTree();
        } else {
            t.clear();
        }
        return t;
    }

    /** The first array of floats. */
    float[] floats0() {
        float[] a = f0;
        if (a == null) {
            f0 = a = new float[CHUNK];
        }
        return a;
    }

    /** The second array of floats. */
    float[] floats1() {
        float[] a = f1;
        if (a == null) {
            f1 = a = new float[CHUNK];
        }
        return a;
    }
}
