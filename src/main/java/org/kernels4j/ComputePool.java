package org.kernels4j;

import org.kernels4j.planner.SizeLimits;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.RunnableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * A fixed set of worker threads that run tasks and deliver their results as
 * {@link CompletableFuture}s, with the semantics of Python's
 * {@code concurrent.futures.ThreadPoolExecutor}.
 *
 * <h2>Mapping from {@code concurrent.futures}</h2>
 * <ul>
 * <li>{@code ThreadPoolExecutor(max_workers, initializer=...)}: {@link #create(int)},
 *     {@link #create(int, IntConsumer)}, or the shared {@link #common()} pool.</li>
 * <li>{@code submit(fn)}: {@link #submit(Callable)}, returning a {@link PoolFuture} (a
 *     {@code CompletableFuture} with Python's {@code running()} and {@code add_done_callback}:
 *     {@link PoolFuture#isRunning()}, {@link PoolFuture#addDoneCallback}).</li>
 * <li>{@code map(fn, it, timeout=, chunksize=, buffersize=)}:
 *     {@link #map(Function, Iterable, MapOptions)}.</li>
 * <li>{@code shutdown(wait, cancel_futures)}: {@link #shutdown(boolean, boolean)}; the
 *     {@code with} statement is try-with-resources ({@link #close()}).</li>
 * <li>{@code BrokenThreadPool}: {@link BrokenPoolException}.</li>
 * <li>{@code as_completed} and {@code wait}: {@link Futures}.</li>
 * </ul>
 * <p>The main deliberate difference: a future whose task is running can still be cancelled. The
 * future completes as cancelled at once, and the task stops when it next polls its
 * {@link CancellationToken}, as chunked kernels do between chunks. In Python, {@code cancel()}
 * returns false for a running task and the task runs to the end. The full mapping, with every
 * difference from CPython, is in {@code docs/futures.md}.
 *
 * <h2>Threads</h2>
 * All workers start when the pool is created. They are platform daemon threads named
 * {@code kernels4j-worker-N}, where N is a sequence number unique within the JVM. Each worker
 * runs the optional initializer, then takes tasks from one FIFO queue. Within a task,
 * {@link CancellationToken#current()} is that task's token. Before each task the worker clears
 * its interrupt status, so an interrupt that one task raises does not reach the next.
 *
 * <h2>Futures</h2>
 * Every future this pool returns reaches a terminal state, whichever way submit, cancel, shutdown
 * and a broken initializer race. When {@link #awaitTermination} returns true, every future
 * submitted to the pool is done. Dependent actions of a future ({@code thenApply} and so on)
 * that are not async run on the thread that completes it: usually a worker, or the thread that
 * cancels it. The {@code mayInterruptIfRunning} argument of {@code cancel} is ignored.
 *
 * <p>A task that blocks waiting for another task of the same pool can deadlock once every worker
 * is waiting. The same holds for Python's pool.
 *
 * <h2>Array kernels</h2>
 * A pool is also {@link AsyncKernels}: every kernel of {@link Kernels} has an async twin here
 * ({@code pool.sum(x)} returns a {@code CompletableFuture<Double>}, {@code pool.exp(x, out)} a
 * {@code CompletableFuture<Void>}) that cuts the array into chunks spread over the workers and
 * returns the same value as the synchronous kernel, bit for bit. Arguments are checked by the
 * call itself; cancelling the future stops the kernel at its next chunk boundary, leaving an
 * elementwise output partly written. Details, including what happens on interrupt and timeout,
 * are on {@link AsyncKernels}.
 *
 * <h2>Thread safety</h2>
 * This class is thread-safe. Kernels submitted concurrently, from any threads, may read the same
 * arrays: concurrent kernels on shared read-only inputs are safe. What is not: writing an array
 * that a running kernel reads or writes (a data race, with unspecified values, as with plain
 * arrays); two kernels writing the same output at once; arrays of a confined arena, which pool
 * threads may not touch (the kernels refuse them with {@link IllegalArgumentException}); closing
 * the shared arena of an array while a kernel runs on it, which cannot crash the JVM but fails
 * the kernel with {@link IllegalStateException} (see {@link AsyncKernels}).
 */
public final class ComputePool extends AbstractExecutorService implements AutoCloseable, AsyncKernels {
    private static final String THREAD_NAME_PREFIX = "kernels4j-worker-";
    private static final AtomicLong THREAD_SEQUENCE = new AtomicLong();

    private static final int RUNNING = 0;
    private static final int SHUTDOWN = 1;
    private static final int TERMINATED = 2;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition workAvailable = lock.newCondition();
    private final Condition terminated = lock.newCondition();
    private final ArrayDeque<PoolTask<?>> queue = new ArrayDeque<>();
    private final List<Worker> workers;
    private final IntConsumer initializer;
    private final boolean isCommon;

    // All guarded by lock.
    private int runState = RUNNING;
    private int liveWorkers;
    private int idleWorkers;
    /**
     * Workers watching the queue before they block ({@link #take}): each takes a task without
     * being woken, so {@link #enqueue} wakes a blocked worker only for tasks beyond them.
     */
    private int watchingWorkers;
    /**
     * The queue's length as last set under the lock: read without it by a worker that watches
     * for work before it blocks ({@link #take}); a hint only, the lock decides.
     */
    private volatile int queuedHint;
    /** Shutdown or breaking methods currently completing futures they took off the queue. */
    private int completionsInProgress;
    private BrokenPoolException broken;

    private ComputePool(int workerCount, IntConsumer initializer, boolean isCommon) {
        if (workerCount < 1 || workerCount > SizeLimits.MAX_WORKERS) {
            throw new IllegalArgumentException("workers must be between 1 and " + SizeLimits.MAX_WORKERS + ", got "
                    + workerCount);
        }
        this.initializer = initializer;
        this.isCommon = isCommon;
        List<Worker> list = new ArrayList<>(workerCount);
        for (int i = 0; i < workerCount; i++) {
            list.add(new Worker(i));
        }
        this.workers = List.copyOf(list);
    }

    /**
     * Creates a pool of {@code workers} threads and starts them.
     *
     * @param workers number of worker threads, 1 to 32767
     * @return the new pool
     * @throws IllegalArgumentException if {@code workers} is below 1 or above 32767 (all
     *     workers start at once, so an absurd count is refused before any thread starts)
     */
    public static ComputePool create(int workers) {
        return create(workers, null);
    }

    /**
     * Creates a pool of {@code workers} threads and starts them. Each worker runs
     * {@code initializer} with its index within the pool ({@code 0..workers-1}) on its own thread,
     * before it takes its first task. This is the {@code initializer} of Python's
     * {@code ThreadPoolExecutor}. Typical uses: pinning the thread, warming a native library,
     * setting thread-local scratch space.
     *
     * <p>If the initializer throws, the pool becomes <em>broken</em>. Every task still queued
     * completes exceptionally with a {@link BrokenPoolException} whose cause is the initializer's
     * exception. Every later submit throws one. The pool counts as shut down: tasks already running
     * on other workers finish, and then the workers exit. Some workers may already have run tasks
     * before another worker's initializer fails. Python behaves the same way.
     *
     * @param workers number of worker threads, 1 to 32767
     * @param initializer run once on each worker before it takes tasks, or null for none
     * @return the new pool
     * @throws IllegalArgumentException if {@code workers} is below 1 or above 32767
     */
    public static ComputePool create(int workers, IntConsumer initializer) {
        ComputePool pool = new ComputePool(workers, initializer, false);
        pool.start();
        return pool;
    }

    /**
     * The shared pool, created on first use with {@link Runtime#availableProcessors()} workers and
     * no initializer. It is never shut down. {@link #close()}, {@link #shutdown()},
     * {@link #shutdown(boolean, boolean)} and {@link #shutdownNow()} have no effect on it, as with
     * {@link java.util.concurrent.ForkJoinPool#commonPool()}. Its threads are daemons and do not
     * keep the JVM alive.
     *
     * @return the common pool
     */
    public static ComputePool common() {
        return CommonPoolHolder.POOL;
    }

    private static final class CommonPoolHolder {
        static final ComputePool POOL = startCommon();

        private static ComputePool startCommon() {
            ComputePool pool = new ComputePool(Runtime.getRuntime().availableProcessors(), null, true);
            pool.start();
            return pool;
        }
    }

    private void start() {
        for (Worker w : workers) {
            lock.lock();
            try {
                liveWorkers++;
            } finally {
                lock.unlock();
            }
            try {
                w.thread.start();
            } catch (Throwable e) {
                // Out of native threads: shut down the workers already started rather than leave a
                // half-built pool behind.
                lock.lock();
                try {
                    liveWorkers--;
                    runState = Math.max(runState, SHUTDOWN);
                    workAvailable.signalAll();
                    tryTerminate();
                } finally {
                    lock.unlock();
                }
                throw e;
            }
        }
    }

    /**
     * The number of worker threads, fixed at creation.
     *
     * @return the number of workers
     */
    public int workerCount() {
        return workers.size();
    }

    /**
     * Whether a worker's initializer failed (see {@link #create(int, IntConsumer)}).
     *
     * @return true if the pool is broken
     */
    public boolean isBroken() {
        lock.lock();
        try {
            return broken != null;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the current task has been cancelled: shorthand for
     * {@code CancellationToken.current().isCancellationRequested()}. It is false off the pool.
     *
     * @return true if the task running on this thread should stop
     */
    public static boolean currentTaskCancelled() {
        return CancellationToken.current().isCancellationRequested();
    }

    // ---------------------------------------------------------------- submitting

    /**
     * Queues {@code task} to run on a worker, as Python's {@code submit(fn)}. The future
     * completes with the task's value, or exceptionally with whatever it throws.
     *
     * <p>{@code cancel}: before a worker starts the task, it returns true and the task never
     * runs (as in Python). While the task runs, it also returns true: the future completes as
     * cancelled at once and the task is asked to stop at its next check of its
     * {@link CancellationToken} (Python returns false and lets the task finish; use
     * {@link PoolFuture#isRunning()} first to get Python's behaviour). After the future
     * completed normally or exceptionally, it returns false; on a future already cancelled, true
     * (both as in Python). {@link PoolFuture#isRunning()} and
     * {@link PoolFuture#addDoneCallback} are Python's {@code running()} and
     * {@code add_done_callback}.
     *
     * @throws RejectedExecutionException if the pool is shut down
     * @throws BrokenPoolException if the pool is broken
     */
    @Override
    public <T> PoolFuture<T> submit(Callable<T> task) {
        Objects.requireNonNull(task, "task");
        PoolTask<T> t = new PoolTask<>(task, false);
        enqueue(t);
        return t;
    }

    /**
     * Queues {@code task} to run on a worker; the future completes with null. Otherwise exactly as
     * {@link #submit(Callable)}.
     *
     * @throws RejectedExecutionException if the pool is shut down
     * @throws BrokenPoolException if the pool is broken
     */
    @Override
    public PoolFuture<Void> submit(Runnable task) {
        Objects.requireNonNull(task, "task");
        PoolTask<Void> t = new PoolTask<>(Executors.callable(task, null), false);
        enqueue(t);
        return t;
    }

    /**
     * Queues {@code task} to run on a worker; the future completes with {@code result}. Otherwise
     * as {@link #submit(Callable)}.
     *
     * @throws RejectedExecutionException if the pool is shut down
     * @throws BrokenPoolException if the pool is broken
     */
    @Override
    public <T> PoolFuture<T> submit(Runnable task, T result) {
        Objects.requireNonNull(task, "task");
        PoolTask<T> t = new PoolTask<>(Executors.callable(task, result), false);
        enqueue(t);
        return t;
    }

    /**
     * Queues a task that runs {@code task.run(from, to)} over consecutive chunks of
     * {@code [0, length)} on one worker, checking for cancellation between chunks (see
     * {@link ChunkedTask#forEachChunk}). Cancelling the future while it runs stops it after the
     * chunk in progress.
     *
     * @param length number of indices, at least 0
     * @param chunkSize maximum chunk length, at least 1
     * @param task the work for one chunk
     * @return a future that completes with null after the last chunk
     * @throws IllegalArgumentException if {@code length < 0} or {@code chunkSize < 1}
     * @throws RejectedExecutionException if the pool is shut down
     * @throws BrokenPoolException if the pool is broken
     */
    public PoolFuture<Void> submitChunked(long length, long chunkSize, ChunkedTask task) {
        Objects.requireNonNull(task, "task");
        if (length < 0 || chunkSize < 1) {
            throw new IllegalArgumentException("length " + length + ", chunkSize " + chunkSize);
        }
        return submit(() -> {
            ChunkedTask.forEachChunk(length, chunkSize, task);
            return null;
        });
    }

    /**
     * Runs {@code command} on a worker. No future is returned, so a failure goes to the worker
     * thread's uncaught-exception handler. The worker survives it.
     *
     * @throws RejectedExecutionException if the pool is shut down
     * @throws BrokenPoolException if the pool is broken
     */
    @Override
    public void execute(Runnable command) {
        Objects.requireNonNull(command, "command");
        if (command instanceof PoolTask<?> t) {
            // From newTaskFor, that is, from invokeAll and invokeAny: someone holds the future.
            enqueue(t);
        } else {
            enqueue(new PoolTask<>(Executors.callable(command, null), true));
        }
    }

    /** Makes {@code invokeAll} and {@code invokeAny} use this pool's cancellable tasks. */
    @Override
    protected <T> RunnableFuture<T> newTaskFor(Callable<T> callable) {
        return new PoolTask<>(callable, false);
    }

    @Override
    protected <T> RunnableFuture<T> newTaskFor(Runnable runnable, T value) {
        return new PoolTask<>(Executors.callable(runnable, value), false);
    }

    /**
     * Runs every task and waits until all are done, as {@link ExecutorService#invokeAll}. If the
     * calling thread is interrupted while waiting, every task is cancelled (queued ones never run,
     * running ones are asked to stop) and {@link InterruptedException} is thrown.
     *
     * @return the futures, in the order of {@code tasks}, all done
     * @throws InterruptedException if interrupted while waiting
     * @throws RejectedExecutionException if the pool is shut down (tasks already submitted by
     *     this call are cancelled)
     */
    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        return super.invokeAll(tasks);
    }

    /**
     * Runs every task and waits until all are done or the timeout elapses, as
     * {@link ExecutorService#invokeAll(Collection, long, TimeUnit)}. Tasks not done when the
     * timeout elapses are cancelled. A timeout is not an error, so the method still returns
     * normally. If the calling thread is interrupted while waiting, every task is cancelled
     * and {@link InterruptedException} is thrown.
     *
     * @return the futures, in the order of {@code tasks}, all done (some cancelled)
     * @throws InterruptedException if interrupted while waiting
     * @throws RejectedExecutionException if the pool is shut down
     */
    @Override
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException {
        return super.invokeAll(tasks, timeout, unit);
    }

    /**
     * Runs the tasks and returns the value of one that completed normally, as
     * {@link ExecutorService#invokeAny}. The other tasks are then cancelled. Interrupt:
     * the tasks are cancelled and {@link InterruptedException} is thrown.
     *
     * @throws InterruptedException if interrupted while waiting
     * @throws ExecutionException if no task completed normally
     * @throws RejectedExecutionException if the pool is shut down
     */
    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        return super.invokeAny(tasks);
    }

    /**
     * As {@link #invokeAny(Collection)}, but gives up when the timeout elapses first. It then
     * cancels the tasks and throws {@link TimeoutException}.
     *
     * @throws InterruptedException if interrupted while waiting
     * @throws ExecutionException if no task completed normally
     * @throws TimeoutException if the timeout elapsed before any task completed normally
     * @throws RejectedExecutionException if the pool is shut down
     */
    @Override
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks, long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException {
        return super.invokeAny(tasks, timeout, unit);
    }

    private void enqueue(PoolTask<?> task) {
        lock.lock();
        try {
            if (broken != null) {
                throw brokenException();
            }
            if (runState != RUNNING) {
                throw new RejectedExecutionException("cannot schedule new tasks after shutdown");
            }
            queue.addLast(task);
            queuedHint = queue.size();
            if (idleWorkers > 0 && queue.size() > watchingWorkers) {
                workAvailable.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** A fresh exception per throw, so each carries the stack of the caller that hit it. */
    private BrokenPoolException brokenException() {
        return new BrokenPoolException(broken.getMessage(), broken.getCause());
    }

    // ---------------------------------------------------------------- map

    /**
     * {@link #map(Function, Iterable, MapOptions)} with {@link MapOptions#defaults()}: no
     * timeout, one input per task, every input submitted at once.
     *
     * @param fn the function, applied on worker threads
     * @param inputs the inputs; iterated on the calling thread
     * @param <T> the type of the inputs
     * @param <R> the type of the results
     * @return the results, in input order
     * @throws RejectedExecutionException if the pool is shut down
     * @throws BrokenPoolException if the pool is broken
     */
    public <T, R> MapIterator<R> map(Function<? super T, ? extends R> fn, Iterable<? extends T> inputs) {
        return map(fn, inputs, MapOptions.defaults());
    }

    /**
     * Applies {@code fn} to every input on the workers and returns the results in input order, as
     * Python's {@code Executor.map}. Read them from the returned {@link MapIterator}, which should
     * be closed (try-with-resources) if it is not read to the end.
     *
     * <p>Inputs are grouped into tasks of {@link MapOptions#chunksize()} consecutive inputs; a
     * task applies {@code fn} to its inputs in order and stops at the first exception. Without a
     * {@link MapOptions#buffersize() buffersize}, this method iterates all of {@code inputs} and
     * submits every task before it returns. With one, it submits the first {@code buffersize}
     * tasks now, and each later task only after a result has been taken: the inputs are iterated
     * lazily, on the thread that calls {@code next()}. Then at most {@code buffersize} tasks are
     * ever submitted and still waiting to be read, so infinite inputs work.
     *
     * <p>The {@link MapOptions#timeout() timeout} is measured from this call, as in Python. What
     * happens at the first late result, at a failed input, and when the reader stops early is
     * specified on {@link MapIterator#next()} and {@link MapIterator#close()}: in each case every
     * task not yet started is cancelled.
     *
     * <p>If this method itself fails (rejection, or {@code inputs} throws), the tasks it already
     * submitted are cancelled.
     *
     * @param fn the function, applied on worker threads
     * @param inputs the inputs; iterated on the calling thread
     * @param options timeout, chunksize and buffersize
     * @param <T> the type of the inputs
     * @param <R> the type of the results
     * @return the results, in input order
     * @throws RejectedExecutionException if the pool is shut down, even if {@code inputs} is empty
     * @throws BrokenPoolException if the pool is broken
     */
    public <T, R> MapIterator<R> map(Function<? super T, ? extends R> fn, Iterable<? extends T> inputs,
            MapOptions options) {
        Objects.requireNonNull(fn, "fn");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(options, "options");
        Deadline deadline = Deadline.after(options.timeout());
        lock.lock();
        try {
            if (broken != null) {
                throw brokenException();
            }
            if (runState != RUNNING) {
                throw new RejectedExecutionException("cannot schedule new tasks after shutdown");
            }
        } finally {
            lock.unlock();
        }
        return new MapIterator<>(new MapChunks<T, R>(fn, inputs.iterator(), options.chunksize(), this::enqueue),
                options, deadline);
    }

    // ---------------------------------------------------------------- shutdown

    /**
     * Starts an orderly shutdown, as {@code shutdown(false, false)}: tasks already submitted still
     * run, and new ones are rejected. It does not wait. It has no effect on {@link #common()}.
     */
    @Override
    public void shutdown() {
        shutdown(false, false);
    }

    /**
     * Shuts the pool down, as Python's {@code Executor.shutdown(wait, cancel_futures)}. It rejects
     * every later submit and map with {@link RejectedExecutionException}. Calling it more than
     * once is harmless. It has no effect on {@link #common()}.
     *
     * <p>If {@code cancelFutures} is true, every queued task that has not started is cancelled.
     * Its future reports {@linkplain Future#isCancelled() cancelled}, and the task never runs.
     * Otherwise queued tasks still run. Running tasks always finish: they are not asked to stop.
     *
     * <p>If {@code wait} is true, this method returns only when every task it let run has finished
     * and the worker threads have exited. If the calling thread is interrupted while waiting, it
     * stops waiting and returns with its interrupt status set. The shutdown itself goes on. There
     * is no timeout; use {@link #awaitTermination} for one.
     *
     * @param wait whether to wait until the pool has terminated
     * @param cancelFutures whether to cancel the tasks that have not started
     * @throws IllegalStateException if {@code wait} is true and it is called from one of this
     *     pool's workers, which cannot wait for itself; the shutdown has then already begun
     */
    public void shutdown(boolean wait, boolean cancelFutures) {
        if (isCommon) {
            return;
        }
        List<PoolTask<?>> drained = beginShutdown(cancelFutures);
        completeDrained(drained, t -> t.cancel(false));
        if (wait) {
            requireNotOwnWorker("shutdown(wait=true)");
            try {
                awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Shuts down and stops everything that can be stopped. Queued tasks are taken off the queue
     * and cancelled: their futures report cancelled, and they never run. They are returned so the
     * caller can see what was dropped; running them does nothing. Futures of running tasks are
     * cancelled too, which asks those tasks to stop at their next
     * {@linkplain CancellationToken cancellation check}, and the workers are interrupted in case a
     * task is blocked in an interruptible wait. It does not wait for running tasks to stop; use
     * {@link #awaitTermination} for that. On {@link #common()} it does nothing and returns an empty
     * list.
     *
     * @return the tasks that were queued and never started (as their {@code RunnableFuture}s)
     */
    @Override
    public List<Runnable> shutdownNow() {
        if (isCommon) {
            return List.of();
        }
        List<PoolTask<?>> stopped;
        List<PoolTask<?>> running = new ArrayList<>();
        lock.lock();
        try {
            stopped = beginShutdownLocked(true);
            for (Worker w : workers) {
                if (w.current != null) {
                    running.add(w.current);
                }
            }
            completionsInProgress++;
        } finally {
            lock.unlock();
        }
        try {
            // Cancel before interrupting, so a task that fails because of the interrupt cannot
            // complete its future first: every running future reports cancelled.
            for (PoolTask<?> t : running) {
                t.cancel(false);
            }
            // Safe outside the lock: the queue is empty and closed, so a worker is either on the
            // task just cancelled or exiting; the interrupt cannot reach a later task.
            for (Worker w : workers) {
                w.thread.interrupt();
            }
        } finally {
            completeDrained(stopped, t -> t.cancel(false));
        }
        return List.copyOf(stopped);
    }

    /** Under the lock: stop accepting, optionally take every queued task, wake idle workers. */
    private List<PoolTask<?>> beginShutdown(boolean drainQueue) {
        lock.lock();
        try {
            List<PoolTask<?>> drained = beginShutdownLocked(drainQueue);
            completionsInProgress++;
            return drained;
        } finally {
            lock.unlock();
        }
    }

    private List<PoolTask<?>> beginShutdownLocked(boolean drainQueue) {
        runState = Math.max(runState, SHUTDOWN);
        List<PoolTask<?>> drained = List.of();
        if (drainQueue && !queue.isEmpty()) {
            drained = new ArrayList<>(queue);
            queue.clear();
            queuedHint = 0;
        }
        workAvailable.signalAll();
        return drained;
    }

    /**
     * Completes drained futures outside the lock (their dependent actions are user code) and only
     * then lets the pool terminate, so that termination implies every future is done.
     * The caller has incremented completionsInProgress.
     */
    private void completeDrained(List<PoolTask<?>> drained, Consumer<PoolTask<?>> completion) {
        try {
            for (PoolTask<?> t : drained) {
                completion.accept(t);
            }
        } finally {
            lock.lock();
            try {
                completionsInProgress--;
                tryTerminate();
            } finally {
                lock.unlock();
            }
        }
    }

    /** Under the lock. */
    private void tryTerminate() {
        if (runState == SHUTDOWN && liveWorkers == 0 && completionsInProgress == 0) {
            runState = TERMINATED;
            terminated.signalAll();
        }
    }

    private void breakPool(String message, Throwable failure) {
        List<PoolTask<?>> drained;
        BrokenPoolException cause;
        lock.lock();
        try {
            if (broken == null) {
                broken = new BrokenPoolException(message, failure);
            }
            cause = broken;
            drained = beginShutdownLocked(true);
            completionsInProgress++;
        } finally {
            lock.unlock();
        }
        completeDrained(drained, t -> t.completeExceptionally(new BrokenPoolException(cause.getMessage(), cause.getCause())));
    }

    /**
     * Returns whether {@link #shutdown()} (in any form) has been called or the pool is broken;
     * always false for {@link #common()}.
     */
    @Override
    public boolean isShutdown() {
        lock.lock();
        try {
            return runState != RUNNING;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Returns whether the pool has shut down and all its tasks have finished. Once true, every
     * future the pool returned is done.
     */
    @Override
    public boolean isTerminated() {
        lock.lock();
        try {
            return runState == TERMINATED;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks until the pool has terminated after a shutdown request, the timeout elapses, or the
     * current thread is interrupted, whichever happens first. When it returns true, every future
     * submitted to this pool is done and every worker thread has exited. It never returns true for
     * {@link #common()}: it waits out the timeout and returns false.
     *
     * @return true if the pool terminated, false if the timeout elapsed first
     * @throws InterruptedException if interrupted while waiting (the pool is unaffected)
     */
    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lockInterruptibly();
        try {
            while (runState != TERMINATED) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = terminated.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
        // The last worker signals termination just before its thread ends (it has nothing left to
        // do but return), so this join is short; it lets callers that count threads see them gone.
        for (Worker w : workers) {
            w.thread.join();
        }
        return true;
    }

    /**
     * Shuts down and waits for the pool to terminate, as a Python {@code with} block does:
     * {@code shutdown(true, false)}, so queued tasks still run. If the calling thread is
     * interrupted while waiting, it calls {@link #shutdownNow()}, keeps waiting, and returns with
     * the interrupt status set. That is the contract of {@link ExecutorService#close()}. It has no
     * effect on {@link #common()}.
     *
     * @throws IllegalStateException if called from one of this pool's workers (after starting the
     *     shutdown), since a worker cannot wait for itself
     */
    @Override
    public void close() {
        if (isCommon) {
            return;
        }
        shutdown();
        requireNotOwnWorker("close()");
        boolean interrupted = false;
        while (true) {
            try {
                if (awaitTermination(1, TimeUnit.DAYS)) {
                    break;
                }
            } catch (InterruptedException e) {
                if (!interrupted) {
                    shutdownNow();
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void requireNotOwnWorker(String what) {
        Thread me = Thread.currentThread();
        for (Worker w : workers) {
            if (w.thread == me) {
                throw new IllegalStateException(what + " called from a worker of the same pool");
            }
        }
    }

    @Override
    public String toString() {
        lock.lock();
        try {
            String state = broken != null ? "broken" : switch (runState) {
                case RUNNING -> "running";
                case SHUTDOWN -> "shutting down";
                default -> "terminated";
            };
            return "ComputePool[" + (isCommon ? "common, " : "") + state + ", workers=" + workers.size()
                    + ", live=" + liveWorkers + ", queued=" + queue.size() + "]";
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- workers

    private final class Worker implements Runnable {
        final int index;
        final Thread thread;
        /** The task this worker took last; guarded by lock (so shutdownNow sees it). */
        PoolTask<?> current;

        Worker(int index) {
            this.index = index;
            this.thread = Thread.ofPlatform()
                    .name(THREAD_NAME_PREFIX + THREAD_SEQUENCE.getAndIncrement())
                    .daemon(true)
                    .unstarted(this);
        }

        @Override
        public void run() {
            try {
                if (initializer != null) {
                    try {
                        initializer.accept(index);
                    } catch (Throwable failure) {
                        breakPool("worker " + index + " initializer failed: " + failure, failure);
                        return;
                    }
                }
                PoolTask<?> task;
                while ((task = take(this)) != null) {
                    // An interrupt aimed at the previous task must not reach this one.
                    Thread.interrupted();
                    task.run();
                }
            } catch (Throwable unexpected) {
                // Task failures never get here (PoolTask.run catches them); this is an Error in the
                // pool's own bookkeeping. Without this worker the queue might never drain, so fail
                // it rather than leave futures pending forever.
                breakPool("worker " + index + " died: " + unexpected, unexpected);
                throw unexpected;
            } finally {
                workerExited(this);
            }
        }
    }

    /**
     * How long a worker that finds the queue empty watches it before it blocks. Waking a blocked
     * thread costs tens of microseconds on a virtual machine whose idle CPU has halted (AMD Zen
     * 5 guest: a pool sum of 2^16 elements took 50 us against 3 us on the calling thread, most
     * of it the wake-ups), and a caller that joins one job and submits the next finds the worker
     * still watching. A task that a watching worker will take wakes no blocked one: a caller
     * that submits one task at a time keeps it on the worker that ran the last (whose cache holds
     * that job's data), and no second worker spins beside it for nothing. Bounded, so an idle
     * pool costs nothing after it.
     */
    static final long WATCH_NANOS = 50_000;

    /** Blocks until a task is available (returned) or the pool is shut down with an empty queue (null). */
    private PoolTask<?> take(Worker w) {
        boolean watched = false;
        if (queuedHint == 0) {
            lock.lock();
            try {
                w.current = null;
                watchingWorkers++;
                watched = true;
            } finally {
                lock.unlock();
            }
            long deadline = System.nanoTime() + WATCH_NANOS;
            while (queuedHint == 0 && System.nanoTime() - deadline < 0) {
                Thread.onSpinWait();
            }
        }
        lock.lock();
        try {
            if (watched) {
                // From here the queue is read under the lock: a task enqueued before this saw the
                // watcher and woke nobody for it, and this worker takes it below.
                watchingWorkers--;
            }
            w.current = null;
            while (queue.isEmpty()) {
                if (runState != RUNNING) {
                    return null;
                }
                idleWorkers++;
                try {
                    workAvailable.await();
                } catch (InterruptedException e) {
                    // Only shutdownNow interrupts idle workers; the loop re-reads the state.
                } finally {
                    idleWorkers--;
                }
            }
            PoolTask<?> task = queue.pollFirst();
            queuedHint = queue.size();
            w.current = task;
            return task;
        } finally {
            lock.unlock();
        }
    }

    private void workerExited(Worker w) {
        lock.lock();
        try {
            w.current = null;
            liveWorkers--;
            tryTerminate();
        } finally {
            lock.unlock();
        }
    }

    /** Test hook: the number of tasks waiting in the queue (cancelled ones included). */
    int queuedTaskCount() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Test hook: whether {@code thread} is one of this pool's workers. */
    boolean isWorker(Thread thread) {
        for (Worker w : workers) {
            if (w.thread == thread) {
                return true;
            }
        }
        return false;
    }

    static String threadNamePrefix() {
        return THREAD_NAME_PREFIX;
    }

}
