package org.kernels4j;

import java.util.concurrent.TimeoutException;

/**
 * Wraps a {@link TimeoutException} where a checked exception cannot be thrown, the way
 * {@link java.io.UncheckedIOException} wraps an {@code IOException}: {@link MapIterator#next()}
 * and {@link CompletionOrder#next()} throw it when their deadline passes, as Python's
 * {@code Executor.map} and {@code as_completed} raise {@code TimeoutError}.
 */
public class UncheckedTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with the given detail message and cause.
     *
     * @param message the detail message
     * @param cause the timeout
     */
    public UncheckedTimeoutException(String message, TimeoutException cause) {
        super(message, cause);
    }

    /** Returns the {@link TimeoutException} this exception wraps. */
    @Override
    public synchronized TimeoutException getCause() {
        return (TimeoutException) super.getCause();
    }
}
