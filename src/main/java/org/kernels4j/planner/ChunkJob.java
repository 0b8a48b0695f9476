package org.kernels4j.planner;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.kernels4j.CancellationToken;
import org.kernels4j.ComputePool;

/**
 * Runs an async kernel on a {@link ComputePool}: one or more {@linkplain Phase phases}, each a
 * pass over the chunks of a {@link ChunkPlanner.Plan}, the next phase starting once every chunk
 * of the previous one is done (the two passes of a variance).
 *
 * <h2>Parallel jobs</h2>
 * Up to {@code workers} <em>helper</em> tasks are submitted. Each claims chunk indices from a
 * shared counter until none is left, so the chunks spread over whichever workers are free and a
 * worker that is slowed down claims fewer. Each chunk writes its own slot of the phase's
 * partial results; the worker that finishes the last chunk merges the slots in chunk order,
 * which makes the result independent of which worker ran what, and then either completes the
 * job's future or installs the next phase (and submits fresh helpers for it, while itself
 * carrying on, so the job finishes even if the pool no longer accepts tasks).
 *
 * <h2>Stopping</h2>
 * The job's future is a plain {@link CompletableFuture} given to the caller. A helper checks,
 * before each chunk, whether that future is done (cancelled, or completed any other way, or
 * failed by another chunk) and whether its own task was cancelled ({@link CancellationToken}),
 * and if so claims no more chunks. Once the future is done, queued helpers are cancelled so
 * they never run. If every helper has gone (cancelled before it ran, as by
 * {@code shutdown(cancelFutures=true)} or {@link ComputePool#shutdownNow()}) while chunks are
 * left, nobody can finish the job: its future is then cancelled. So the future always reaches
 * a terminal state.
 *
 * <h2>Sequential jobs</h2>
 * When only one worker would take part (a one-worker pool, a single chunk, or a kernel that is
 * sequential by nature such as cumsum), the whole job is one pool task running every chunk in
 * order through {@link ChunkedTask#forEachChunk}; its future is the task's own.
 */
public final class ChunkJob<T> {

    /** What a phase yields after its last chunk: a following phase, or the job's value. */
    public sealed interface Step<T> {
    }

    public record Next<T>(Phase<T> phase) implements Step<T> {
        public Next {
            Objects.requireNonNull(phase, "phase");
        }
    }

    public record Done<T>(T value) implements Step<T> {
    }

    /** One pass over the chunks of a plan. Chunks may run concurrently, each exactly once. */
    public abstract static class Phase<T> {
        final ChunkPlanner.Plan plan;
        final AtomicLong nextChunk = new AtomicLong();
        final AtomicLong chunksLeft;

        Phase(ChunkPlanner.Plan plan) {
            this.plan = plan;
            this.chunksLeft = new AtomicLong(plan.count());
        }

        /** Processes chunk {@code index}: elements {@code [from, from + length)}. */
        abstract void chunk(int index, long from, long length) throws Exception;

        /** Called once, after every chunk has run: merges the partial results in chunk order. */
        abstract Step<T> complete() throws Exception;
    }

    private final ComputePool pool;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final ConcurrentLinkedQueue<Future<?>> helpers = new ConcurrentLinkedQueue<>();
    /** Helpers that are queued or running: each will still look for chunks. */
    private final AtomicInteger liveHelpers = new AtomicInteger();
    private volatile Phase<T> phase;

    private ChunkJob(ComputePool pool, Phase<T> first) {
        this.pool = pool;
        this.phase = first;
    }

    /**
     * Starts a job on {@code pool} and returns its future.
     *
     * @param sequential run every chunk in order in one task (cumsum)
     * @throws RejectedExecutionException if the pool is shut down
     * @throws BrokenPoolException if the pool is broken
     */
    public static <T> CompletableFuture<T> start(ComputePool pool, Phase<T> first, boolean sequential) {
        int helpers = (int) Math.min(pool.workerCount(), first.plan.count());
        if (sequential || helpers == 1) {
            return pool.submit(() -> runInOrder(first));
        }
        ChunkJob<T> job = new ChunkJob<>(pool, first);
        job.result.whenComplete((v, e) -> job.cancelHelpers());
        // The first submit throws to the caller (shut down, broken); later ones only add helpers.
        job.spawn();
        for (int i = 1; i < helpers; i++) {
            if (!job.trySpawn()) {
                break;
            }
        }
        return job.result;
    }

    /** A sequential job inside one pool task: stops between chunks once the task is cancelled. */
    private static <T> T runInOrder(Phase<T> first) throws Exception {
        CancellationToken token = CancellationToken.current();
        Phase<T> p = first;
        while (true) {
            ChunkPlanner.Plan plan = p.plan;
            for (long i = 0; i < plan.count(); i++) {
                token.throwIfCancellationRequested();
                p.chunk((int) i, plan.from(i), plan.size(i));
            }
            Step<T> step = p.complete();
            if (step instanceof Done<T>(T value)) {
                return value;
            }
            p = ((Next<T>) step).phase();
        }
    }

    /** Submits one helper; throws if the pool refuses it. */
    private void spawn() {
        AtomicBoolean claimed = new AtomicBoolean();
        liveHelpers.incrementAndGet();
        CompletableFuture<Void> f;
        try {
            f = pool.submit(() -> {
                if (claimed.compareAndSet(false, true)) {
                    drain();
                }
            });
        } catch (RuntimeException | Error e) {
            liveHelpers.decrementAndGet();
            throw e;
        }
        helpers.add(f);
        // Completed without having run (cancelled while queued, pool broken): it will not look
        // for chunks, so it no longer counts. If it did run, drain() accounts for it.
        f.whenComplete((v, e) -> {
            if (claimed.compareAndSet(false, true)) {
                helperGone();
            }
        });
        if (result.isDone()) {
            f.cancel(false);
        }
    }

    /** Submits one more helper if the pool still accepts tasks. */
    private boolean trySpawn() {
        try {
            spawn();
            return true;
        } catch (RejectedExecutionException e) {
            // Shut down or broken (BrokenPoolException is one): the helpers already there do the work.
            return false;
        }
    }

    /** The body of a helper: claims and runs chunks until none is left or the job is stopped. */
    private void drain() {
        CancellationToken own = CancellationToken.current();
        try {
            while (!result.isDone() && !own.isCancellationRequested()) {
                Phase<T> p = phase;
                long i = p.nextChunk.getAndIncrement();
                if (i >= p.plan.count()) {
                    return;
                }
                p.chunk((int) i, p.plan.from(i), p.plan.size(i));
                if (p.chunksLeft.decrementAndGet() == 0) {
                    Step<T> step = p.complete();
                    if (step instanceof Done<T>(T value)) {
                        result.complete(value);
                        return;
                    }
                    Phase<T> next = ((Next<T>) step).phase();
                    phase = next;
                    // This helper carries on with the new phase; the others join it if they can.
                    int more = (int) Math.min(pool.workerCount(), next.plan.count()) - 1;
                    for (int k = 0; k < more; k++) {
                        if (!trySpawn()) {
                            break;
                        }
                    }
                }
            }
        } catch (Throwable failure) {
            result.completeExceptionally(failure);
        } finally {
            helperGone();
        }
    }

    private void helperGone() {
        if (liveHelpers.decrementAndGet() == 0 && !result.isDone()) {
            // Every helper was cancelled (shutdownNow, or shutdown with cancelFutures while they
            // were queued) with chunks left: nobody will finish them.
            result.cancel(false);
        }
    }

    private void cancelHelpers() {
        for (Future<?> f; (f = helpers.poll()) != null; ) {
            f.cancel(false);
        }
    }
}
