package org.kernels4j;

/** The async kernels of a pool with a fixed chunk size ({@link AsyncKernels#withChunkSize}). */
record FixedChunkKernels(ComputePool pool, long chunkSize) implements AsyncKernels {
    @Override
    public String toString() {
        return "AsyncKernels[chunkSize=" + chunkSize + ", " + pool + "]";
    }

    /** The pool that runs the kernels of {@code k}. */
    static ComputePool poolOf(AsyncKernels k) {
        return switch (k) {
            case ComputePool p -> p;
            case FixedChunkKernels f -> f.pool();
        };
    }
}
