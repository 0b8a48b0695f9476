package org.kernels4j;

import java.lang.invoke.MethodHandles;
import org.kernels4j.backend.StopSignal;
import java.lang.invoke.VarHandle;
import java.util.concurrent.Callable;
import java.util.concurrent.RunnableFuture;

/**
 * One task of a {@link ComputePool} and the future of its result.
 *
 * <p>A three-state flag makes "cancelled while queued" and "started" mutually exclusive: the
 * worker claims the task with a CAS from QUEUED to STARTED, and {@link #cancel} tries a CAS from
 * QUEUED to CANCELLED_WHILE_QUEUED before completing the future. If a cancel succeeds while the
 * task is queued, the body never runs. A cancel that finds the task STARTED still completes the
 * future; the body sees that through its {@link CancellationToken} ({@link #isDone()}).
 */
final class PoolTask<T> extends PoolFuture<T> implements RunnableFuture<T>, CancellationToken {
    private static final int QUEUED = 0;
    private static final int STARTED = 1;
    private static final int CANCELLED_WHILE_QUEUED = 2;
    private static final VarHandle STATE;

    static {
        // The backend asks "should I stop?" between chunks without knowing the pool: this is
        // where its answer comes from, installed before any task can run.
        StopSignal.install(() -> {
            CancellationToken t = currentToken();
            return t == NeverCancelled.INSTANCE ? StopSignal.NEVER : t::isCancellationRequested;
        });
    }

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(PoolTask.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The task whose body runs on this thread, if any. */
    private static final ScopedValue<CancellationToken> CURRENT = ScopedValue.newInstance();

    @SuppressWarnings("unused") // accessed through STATE
    private volatile int state;
    private final Callable<? extends T> body;
    /** For execute(): nobody holds the future, so a failure goes to the uncaught-exception handler. */
    private final boolean reportFailure;

    PoolTask(Callable<? extends T> body, boolean reportFailure) {
        this.body = body;
        this.reportFailure = reportFailure;
    }

    static CancellationToken currentToken() {
        return CURRENT.orElse(NeverCancelled.INSTANCE);
    }

    /** Runs the body unless the task was cancelled or otherwise completed while queued. */
    @Override
    public void run() {
        if (!STATE.compareAndSet(this, QUEUED, STARTED) || isDone()) {
            return;
        }
        try {
            complete(ScopedValue.where(CURRENT, (CancellationToken) this).call(body::call));
        } catch (Throwable failure) {
            boolean recorded = completeExceptionally(failure);
            if (reportFailure && recorded) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, failure);
            }
        }
    }

    /**
     * Completes this future as cancelled if it is not done yet. A task still queued never runs;
     * a running one is asked to stop through its token. {@code mayInterruptIfRunning} is ignored:
     * threads are never interrupted for a cancel (see {@link CancellationToken}).
     *
     * @return true if this future is now cancelled (also when it already was), false if it had
     *     already completed otherwise
     */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        STATE.compareAndSet(this, QUEUED, CANCELLED_WHILE_QUEUED);
        return super.cancel(false);
    }

    @Override
    public boolean isCancellationRequested() {
        return isDone();
    }

    /**
     * True if a cancel claimed the task before a worker did, so the body never ran and never will.
     * (The cancel itself returned false if another route, such as orTimeout, had completed the
     * future just before.)
     */
    boolean wasCancelledWhileQueued() {
        return (int) STATE.getVolatile(this) == CANCELLED_WHILE_QUEUED;
    }

    /** True once a worker has claimed the task to run its body. */
    @Override
    boolean hasStarted() {
        return (int) STATE.getVolatile(this) == STARTED;
    }
}
