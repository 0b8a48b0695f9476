package org.kernels4j;

/** The async kernels of a pool with a fixed chunk size ({@link AsyncKernels#withChunkSize}). */
record FixedChunkKernels(ComputePool pool, long chunkSize) implements AsyncKernels {
    @Override
    public String toString() {
        return "AsyncKernels[chunkSize=" + chunkSize + ", " + pool + "]";
    }
}
