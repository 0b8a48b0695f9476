package org.kernels4j;

import java.util.concurrent.RejectedExecutionException;

/**
 * Thrown when a {@link ComputePool} can no longer run tasks because a worker's initializer failed;
 * the counterpart of Python's {@code concurrent.futures.thread.BrokenThreadPool}.
 *
 * <p>Once a pool is broken, every task still queued completes exceptionally with a
 * {@code BrokenPoolException} (so {@link java.util.concurrent.Future#get()} throws an
 * {@link java.util.concurrent.ExecutionException} whose cause is this exception), and every later
 * {@code submit}, {@code execute} or {@code map} throws one. Its {@linkplain #getCause() cause} is
 * the initializer's exception.
 *
 * <p>It extends {@link RejectedExecutionException} rather than {@link IllegalStateException}
 * because {@link java.util.concurrent.ExecutorService#submit} permits only that unchecked exception
 * for "this task cannot be scheduled for execution", which is exactly what a broken pool means:
 * code written against {@code ExecutorService} that already handles rejection after shutdown
 * handles a broken pool too, and a broken pool is also {@linkplain ComputePool#isShutdown() shut
 * down}.
 */
public class BrokenPoolException extends RejectedExecutionException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with the given detail message and cause.
     *
     * @param message the detail message
     * @param cause the initializer's failure
     */
    public BrokenPoolException(String message, Throwable cause) {
        super(message, cause);
    }
}
