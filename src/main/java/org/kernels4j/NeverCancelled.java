package org.kernels4j;

/** The token of code that runs outside any pool task. */
enum NeverCancelled implements CancellationToken {
    INSTANCE;

    @Override
    public boolean isCancellationRequested() {
        return false;
    }
}
