package org.kernels4j.planner;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.kernels4j.backend.PassProgram;
import org.kernels4j.backend.StopSignal;
import org.kernels4j.ComputePool;

/**
 * The chunk engine: runs a {@link PassProgram} on a {@link ComputePool}, the one place for the
 * rules by which work is claimed, merged and stopped. The async kernels' phases
 * ({@link ChunkJob}) and the backend's pass programs (sort, selection, histograms) both run here.
 * The chunks of each pass are claimed from a
 * shared counter by up to {@link PassProgram#slots()} helper tasks, so they spread over whichever
 * workers are free (a worker slowed by other load claims fewer); the helper that finishes the
 * last chunk of a pass runs its {@code done()}, installs the next pass and tops the helpers up.
 *
 * <h2>Stopping</h2>
 * The job's future is a plain {@link CompletableFuture}. Before each chunk a helper checks
 * whether it is done (cancelled, completed some other way, or failed by another chunk) and, if
 * so, claims nothing more; a chunk in progress polls the same condition between its native
 * calls. A helper whose own pool task was cancelled (by {@link ComputePool#shutdownNow()})
 * finishes its chunk and leaves; when no helper is left while chunks remain, nobody can finish
 * the job, and its future is cancelled. Once the future is done, helpers still queued are
 * cancelled so they never run. A pass's {@code done()} is never interrupted, nor is a
 * pass that is not {@linkplain PassProgram.Pass#interruptible() interruptible} (the sort's copy
 * into x, all of it or nothing): the helpers inside it carry on to its last chunk, which the
 * helper that started the pass reaches even if every other one is gone.
 *
 * <h2>Memory</h2>
 * The program's memory is freed when the future is done and no helper is inside the job any
 * more: a helper registers on entry (refused once the job is done) and the last one out, or the
 * completion if nobody is in, closes the program.
 *
 * <h2>Synchronous use</h2>
 * {@link #runWith} makes the calling thread one of the helpers and waits for the rest: it works
 * on every pass while chunks are unclaimed, so the call finishes even if no worker of the pool
 * ever picks up a helper (a busy pool, or a call from one of its own workers).
 */
public final class ChunkEngine<T> {
    private final ComputePool pool;
    private final PassProgram<T> program;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private final AtomicBoolean[] slotInUse;
    /** (threads inside << 1) | done. */
    private final AtomicInteger inside = new AtomicInteger();
    /** Helper tasks queued or running. */
    private final AtomicInteger liveHelpers = new AtomicInteger();
    /** Submitted helpers; once the job is done, the queued ones are cancelled so they never run. */
    private final ConcurrentLinkedQueue<Future<?>> helpers = new ConcurrentLinkedQueue<>();
    /** Whether a calling thread takes part (it then finishes the job if helpers vanish). */
    private final boolean callerRuns;
    private volatile Round round;

    /** One pass and its chunk counters. */
    private static final class Round {
        final PassProgram.Pass pass;
        final long count;
        final AtomicLong next = new AtomicLong();
        final AtomicLong left;

        Round(PassProgram.Pass pass) {
            this.pass = pass;
            this.count = pass.chunks();
            if (count < 1) {
                throw new IllegalStateException("a pass has at least one chunk");
            }
            this.left = new AtomicLong(count);
        }
    }

    private ChunkEngine(ComputePool pool, PassProgram<T> program, boolean callerRuns) {
        this.pool = pool;
        this.program = program;
        this.callerRuns = callerRuns;
        this.slotInUse = new AtomicBoolean[Math.max(1, program.slots())];
        for (int i = 0; i < slotInUse.length; i++) {
            slotInUse[i] = new AtomicBoolean();
        }
        result.whenComplete((v, e) -> {
            int s = inside.getAndUpdate(x -> x | 1);
            if (s == 0) {
                program.close();
            }
            synchronized (this) {
                notifyAll();
            }
            for (Future<?> h; (h = helpers.poll()) != null; ) {
                h.cancel(false);
            }
        });
    }

    /**
     * Starts the program on the pool's workers; the future completes with its result.
     *
     * @throws RejectedExecutionException if the pool is shut down (the program is closed)
     * @throws BrokenPoolException if the pool is broken (the program is closed)
     */
    public static <T> CompletableFuture<T> start(ComputePool pool, PassProgram<T> program) {
        ChunkEngine<T> job;
        try {
            job = new ChunkEngine<>(pool, program, false);
            job.round = new Round(program.first());
        } catch (Exception e) {
            program.close();
            throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
        try {
            job.spawn(true);
        } catch (RuntimeException e) {
            job.result.completeExceptionally(e);
            throw e;
        }
        int want = (int) Math.min(job.slotInUse.length, job.round.count) - 1;
        for (int i = 0; i < want && job.spawn(false); i++) {
            // more helpers while the pool takes them
        }
        return job.result;
    }

    /**
     * Runs the program with the calling thread as one helper and up to {@code slots - 1} pool
     * helpers; returns its result, or throws what a chunk threw. Ignores interrupts (the
     * interrupt status is kept); throws {@link CancellationException} if the current pool task,
     * if any, is cancelled.
     */
    public static <T> T runWith(ComputePool pool, PassProgram<T> program) {
        ChunkEngine<T> job = new ChunkEngine<>(pool, program, true);
        try {
            job.round = new Round(program.first());
        } catch (Exception e) {
            job.result.completeExceptionally(e);
        }
        StopSignal token = StopSignal.current();
        if (!job.result.isDone()) {
            int want = (int) Math.min(job.slotInUse.length, job.round.count) - 1;
            for (int i = 0; i < want && job.spawn(false); i++) {
                // helpers while the pool takes them
            }
        }
        boolean interrupted = false;
        while (!job.result.isDone()) {
            if (token.stopRequested()) {
                job.result.cancel(false);
                break;
            }
            job.work(token);
            synchronized (job) {
                while (!job.result.isDone() && !job.hasUnclaimed() && !token.stopRequested()) {
                    try {
                        job.wait(10);
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        try {
            return job.result.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new CompletionException(c);
        } catch (InterruptedException e) {
            throw new IllegalStateException("unreachable: the future is done", e);
        }
    }

    private boolean hasUnclaimed() {
        Round r = round;
        return r != null && r.next.get() < r.count;
    }

    /** Submits one helper; false if the pool refused (only thrown when {@code first}). */
    private boolean spawn(boolean first) {
        liveHelpers.incrementAndGet();
        // Whoever claims first accounts for the helper: its body when it runs, or the
        // completion of a task cancelled before it ran (shutdown), which never runs the body.
        AtomicBoolean claimed = new AtomicBoolean();
        CompletableFuture<Void> f;
        try {
            f = pool.submit(() -> {
                if (claimed.compareAndSet(false, true)) {
                    work(StopSignal.current());
                    helperLeft();
                }
                return null;
            });
        } catch (RuntimeException e) {
            liveHelpers.decrementAndGet();
            if (first) {
                throw e;
            }
            return false;
        }
        f.whenComplete((v, e) -> {
            if (claimed.compareAndSet(false, true)) {
                helperLeft();
            }
        });
        helpers.add(f);
        if (result.isDone()) {
            f.cancel(false);
        }
        return true;
    }

    private void helperLeft() {
        if (liveHelpers.decrementAndGet() == 0 && !callerRuns && !result.isDone()) {
            // Nobody is left to claim the remaining chunks.
            result.cancel(false);
        }
        synchronized (this) {
            notifyAll();
        }
    }

    private boolean enter() {
        while (true) {
            int s = inside.get();
            if ((s & 1) != 0) {
                return false;
            }
            if (inside.compareAndSet(s, s + 2)) {
                return true;
            }
        }
    }

    private void leave() {
        if (inside.addAndGet(-2) == 1) {
            program.close();
        }
    }

    private int takeSlot() {
        for (int i = 0; i < slotInUse.length; i++) {
            if (slotInUse[i].compareAndSet(false, true)) {
                return i;
            }
        }
        return -1;
    }

    /** Claims and runs chunks until none is left to claim, the job is done, or {@code own} stops. */
    private void work(StopSignal own) {
        if (!enter()) {
            return;
        }
        int slot = takeSlot();
        try {
            if (slot < 0) {
                return;
            }
            StopSignal stop = result::isDone;
            Round r = round;
            while (!r.pass.interruptible() || (!result.isDone() && !own.stopRequested())) {
                long i = r.next.getAndIncrement();
                if (i >= r.count) {
                    Round now = round;
                    if (now != r) {
                        r = now;
                        continue;
                    }
                    return;
                }
                try {
                    r.pass.chunk(i, slot, r.pass.interruptible() ? stop : StopSignal.NEVER);
                } catch (CancellationException e) {
                    if (result.isDone()) {
                        return;
                    }
                    result.completeExceptionally(e);
                    return;
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                    return;
                }
                if (r.left.decrementAndGet() == 0) {
                    r = finishPass(r);
                    if (r == null) {
                        return;
                    }
                }
            }
        } finally {
            if (slot >= 0) {
                slotInUse[slot].set(false);
            }
            leave();
        }
    }

    /** The last chunk of r is done: run done(), install the next round; null when finished. */
    private Round finishPass(Round r) {
        if (result.isDone()) {
            return null;
        }
        PassProgram.Pass next;
        try {
            next = r.pass.done();
            if (next == null) {
                result.complete(program.result());
                return null;
            }
        } catch (Throwable e) {
            result.completeExceptionally(e);
            return null;
        }
        Round nr = new Round(next);
        round = nr;
        synchronized (this) {
            notifyAll();
        }
        int want = (int) Math.min(slotInUse.length, nr.count) - liveHelpers.get() - (callerRuns ? 1 : 0);
        for (int i = 0; i < want && spawn(false); i++) {
            // top up
        }
        return nr;
    }
}
