package org.kernels4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The future of a task submitted to a {@link ComputePool}: a {@link CompletableFuture} with the
 * two parts of Python's {@code concurrent.futures.Future} that {@code CompletableFuture} lacks,
 * {@link #isRunning()} ({@code running()}) and {@link #addDoneCallback(Consumer)}
 * ({@code add_done_callback}).
 *
 * <p>Everything else is {@code CompletableFuture}'s: {@code isDone()} is Python's
 * {@code done()}, {@code isCancelled()} is {@code cancelled()}, {@code get(timeout, unit)} is
 * {@code result(timeout)} (the task's exception arrives wrapped in an
 * {@link java.util.concurrent.ExecutionException}), {@code exceptionNow()} is
 * {@code exception()} once done. {@link #cancel(boolean)} differs from Python for a task that
 * is running: see {@link ComputePool#submit(java.util.concurrent.Callable)}.
 *
 * @param <T> the type of the result
 */
public abstract class PoolFuture<T> extends CompletableFuture<T> {
    private static final System.Logger LOG = System.getLogger(PoolFuture.class.getName());

    /** Callbacks added before completion, in order; null before the first. Guarded by this. */
    private List<Consumer<? super PoolFuture<T>>> callbacks;
    /** Set once the completing call took the callbacks. Guarded by this. */
    private boolean callbacksTaken;

    /** Only the pool creates these. */
    PoolFuture() {
    }

    /** True once a worker has claimed the task to run its body (it may have finished since). */
    abstract boolean hasStarted();

    /**
     * Whether a worker is running the task now, as Python's {@code Future.running()}: true from
     * the moment a worker starts the task until its future is done. False while it is queued,
     * and false once the future is done in any way: completed, failed, or cancelled (also when
     * a cancel caught the task running and the body has not yet reached its next cancellation
     * check; Python cannot cancel a running task, so it has no such case).
     *
     * <p>{@link java.util.concurrent.Future#state()} cannot tell this: it reports
     * {@code RUNNING} for a queued task too.
     *
     * @return true if the task has started and its future is not done
     */
    public boolean isRunning() {
        return hasStarted() && !isDone();
    }

    /**
     * Registers {@code callback} to be called with this future once it is done, as Python's
     * {@code add_done_callback}. "Done" means any completion: a value, an exception, or a
     * cancel.
     *
     * <ul>
     * <li>Callbacks added before the future completes run in the order they were added, on the
     *     thread that completes it: usually a worker, or the thread that cancels it (or shuts
     *     the pool down with {@code cancelFutures}).</li>
     * <li>A callback added once the future is done runs at once, on the calling thread, before
     *     this method returns.</li>
     * <li>A callback that throws does not stop the others or affect the future: the exception
     *     is logged through {@link System.Logger} (logger {@code org.kernels4j.PoolFuture},
     *     level {@code ERROR}), as Python logs it.</li>
     * </ul>
     *
     * <p>Unlike {@code whenComplete}, whose actions run in an unspecified order (in practice the
     * last added first) and whose exceptions only fail the stage it returns, this keeps
     * Python's guarantees. It adds no dependent stage to the future: the call that completes it
     * (a worker's {@code complete}, a {@code cancel}, an {@code orTimeout}) runs the callbacks
     * before it returns.
     *
     * @param callback called with this future once it is done
     * @return this future
     * @throws NullPointerException if {@code callback} is null
     */
    public final PoolFuture<T> addDoneCallback(Consumer<? super PoolFuture<T>> callback) {
        Objects.requireNonNull(callback, "callback");
        boolean runNow = false;
        synchronized (this) {
            if (callbacksTaken || isDone()) {
                runNow = true;
            } else {
                if (callbacks == null) {
                    callbacks = new ArrayList<>(2);
                }
                callbacks.add(callback);
            }
        }
        if (runNow) {
            invoke(callback);
        }
        return this;
    }

    // The callbacks run from the completing call itself, not from a dependent stage: a thread
    // waiting in get() or join() helps run a CompletableFuture's dependents once it wakes, so a
    // whenComplete hook could run them on the waiting thread instead of the completing one.

    @Override
    public boolean complete(T value) {
        return callbacksIf(super.complete(value));
    }

    @Override
    public boolean completeExceptionally(Throwable ex) {
        return callbacksIf(super.completeExceptionally(ex));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        return callbacksIf(super.cancel(mayInterruptIfRunning));
    }

    /** Runs the callbacks when this call completed the future; returns {@code completed}. */
    private boolean callbacksIf(boolean completed) {
        if (completed) {
            runCallbacks();
        }
        return completed;
    }

    @Override
    public void obtrudeValue(T value) {
        super.obtrudeValue(value);
        runCallbacks();
    }

    @Override
    public void obtrudeException(Throwable ex) {
        super.obtrudeException(ex);
        runCallbacks();
    }

    private void runCallbacks() {
        List<Consumer<? super PoolFuture<T>>> list;
        synchronized (this) {
            list = callbacks;
            callbacks = null;
            callbacksTaken = true;
        }
        if (list != null) {
            for (Consumer<? super PoolFuture<T>> c : list) {
                invoke(c);
            }
        }
    }

    private void invoke(Consumer<? super PoolFuture<T>> callback) {
        try {
            callback.accept(this);
        } catch (Throwable t) {
            try {
                LOG.log(System.Logger.Level.ERROR, "exception calling done-callback for " + this, t);
            } catch (Throwable ignored) {
                // A broken logger must not stop the remaining callbacks either.
            }
        }
    }
}
