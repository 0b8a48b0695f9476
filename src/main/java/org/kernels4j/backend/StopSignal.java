package org.kernels4j.backend;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

/**
 * Whether work in progress should stop at its next chunk boundary: what a pass program asks
 * between chunks. The backend does not know where the signal comes from; the layers above
 * (a pool task being cancelled, a job whose result is already settled) supply it.
 */
@FunctionalInterface
public interface StopSignal {
    /** A signal that never asks to stop. */
    StopSignal NEVER = () -> false;

    /** Whether the work should stop. */
    boolean stopRequested();

    /**
     * Throws if the work should stop.
     *
     * @throws CancellationException if {@link #stopRequested()}
     */
    default void throwIfStopRequested() {
        if (stopRequested()) {
            throw new CancellationException("cancellation requested");
        }
    }

    /**
     * The signal of the work the calling thread is doing for a layer above (its pool task, if
     * it is running one), else {@link #NEVER}.
     */
    static StopSignal current() {
        return Source.current.get();
    }

    /**
     * Installs where {@link #current()} comes from. The pool installs it when its task class
     * loads, so it is in place before any task can run.
     *
     * @param source gives the calling thread's signal
     */
    static void install(Supplier<StopSignal> source) {
        Source.current = Objects.requireNonNull(source, "source");
    }

    /** Holder of the installed source. */
    final class Source {
        static volatile Supplier<StopSignal> current = () -> NEVER;

        private Source() {
        }
    }
}
