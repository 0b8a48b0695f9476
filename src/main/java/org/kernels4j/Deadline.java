package org.kernels4j;

import java.time.Duration;

/** A point in {@link System#nanoTime()} time, or none; immune to nanoTime wrap-around. */
final class Deadline {
    static final Deadline NONE = new Deadline(0, Long.MAX_VALUE, null);

    private final long start;
    private final long nanos;
    private final Duration timeout;

    private Deadline(long start, long nanos, Duration timeout) {
        this.start = start;
        this.nanos = nanos;
        this.timeout = timeout;
    }

    /** A deadline {@code timeout} from now, or {@link #NONE} when {@code timeout} is null. */
    static Deadline after(Duration timeout) {
        if (timeout == null) {
            return NONE;
        }
        long nanos;
        try {
            nanos = timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            nanos = timeout.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return new Deadline(System.nanoTime(), nanos, timeout);
    }

    boolean isNone() {
        return this == NONE;
    }

    /** Nanoseconds left (at most 0 once passed); {@link Long#MAX_VALUE} for {@link #NONE}. */
    long remainingNanos() {
        if (isNone()) {
            return Long.MAX_VALUE;
        }
        long elapsed = System.nanoTime() - start;
        // Saturate instead of overflowing for huge or very negative timeouts.
        long remaining = nanos - elapsed;
        if (nanos < 0 && remaining > 0) {
            return Long.MIN_VALUE;
        }
        return remaining;
    }

    /** The timeout this deadline was built from (null for {@link #NONE}). */
    Duration timeout() {
        return timeout;
    }
}
