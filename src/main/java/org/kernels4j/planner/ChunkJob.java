package org.kernels4j.planner;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.kernels4j.ComputePool;
import org.kernels4j.backend.PassProgram;
import org.kernels4j.backend.StopSignal;

/**
 * An async kernel as the chunk engine runs it: one or more {@linkplain Phase phases}, each a
 * pass over the chunks of a {@link ChunkPlanner.Plan}, the next phase starting once every chunk
 * of the previous one is done (the two passes of a variance).
 *
 * <h2>Parallel jobs</h2>
 * The phases run on the {@link ChunkEngine} as a pass program with one slot per worker: helper
 * tasks claim chunk indices from a shared counter, each chunk writes its own slot of the phase's
 * partial results, and the helper that finishes the last chunk merges them in chunk order
 * ({@link Phase#complete}), which makes the result independent of which worker ran what. How
 * helpers are claimed, topped up, stopped and cancelled is the engine's (see there).
 *
 * <h2>Small jobs run on the caller</h2>
 * A job over at most its plan's {@link ChunkPlanner.Plan#inlineMax} elements (by the kernel's
 * cost: 2^17 for memory-bound kernels and exp/log, 2^13 for the C library's functions;
 * {@link #INLINE_MAX_ELEMENTS} for plans made without a cost) runs every chunk in order on the
 * calling thread and returns an already-completed future (or an already-failed one): handing it
 * to a worker and waking the caller again costs tens of microseconds, and on a machine whose
 * cores sit far apart the workers also fetch data cached near the caller; both more than such
 * work itself (a 10^3-element sum on a worker ran at 0.23 GB/s, on the caller at 139 GB/s;
 * see {@link ChunkPlanner.Cost} for the limits' measurements). Such a future
 * cannot be cancelled (it is done) and the caller is not interrupted mid-kernel; a pool that is
 * shut down or broken still rejects the call as a submit would.
 *
 * <h2>Sequential jobs</h2>
 * When only one worker would take part (a one-worker pool, a single chunk, or a kernel that is
 * sequential by nature such as cumsum), the whole job is one pool task running every chunk in
 * order and checking its own task's {@link StopSignal} before each; its future is the task's own.
 */
public final class ChunkJob {

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

        Phase(ChunkPlanner.Plan plan) {
            this.plan = plan;
        }

        /** Processes chunk {@code index}: elements {@code [from, from + length)}. */
        abstract void chunk(int index, long from, long length) throws Exception;

        /** Called once, after every chunk has run: merges the partial results in chunk order. */
        abstract Step<T> complete() throws Exception;
    }

    private ChunkJob() {
    }

    /**
     * Starts a job on {@code pool} and returns its future.
     *
     * @param sequential run every chunk in order in one task (cumsum)
     * @throws RejectedExecutionException if the pool is shut down or broken
     */
    public static <T> CompletableFuture<T> start(ComputePool pool, Phase<T> first, boolean sequential) {
        if (first.plan.length() <= first.plan.inlineMax() && !pool.isShutdown() && !pool.isBroken()) {
            return runOnCaller(first);
        }
        int helpers = (int) Math.min(pool.workerCount(), first.plan.count());
        if (sequential || helpers == 1) {
            return pool.submit(() -> runInOrder(first));
        }
        return ChunkEngine.start(pool, new Phases<>(first, pool.workerCount()));
    }

    /**
     * Largest job (elements of its first pass) that runs on the calling thread when its plan
     * names no cost (sorts and partitions, axis reductions). Measured on
     * Zen 4 and Zen 5 (2 cores): a submit and join costs 10-20 us on a quiet machine, more on a
     * loaded one; 2^15 elements take 5-10 us to sum, ~15-25 us to add and ~40 us through exp
     * in one thread, so below this a worker could at best break even, and two workers (each
     * half the work plus a hand-off) could not beat one.
     */
    public static final long INLINE_MAX_ELEMENTS = 1L << 15;

    /** Every phase in order on this thread; the outcome as a completed or failed future. */
    private static <T> CompletableFuture<T> runOnCaller(Phase<T> first) {
        try {
            Phase<T> p = first;
            while (true) {
                ChunkPlanner.Plan plan = p.plan;
                for (long i = 0; i < plan.count(); i++) {
                    p.chunk((int) i, plan.from(i), plan.size(i));
                }
                Step<T> step = p.complete();
                if (step instanceof Done<T>(T value)) {
                    return CompletableFuture.completedFuture(value);
                }
                p = ((Next<T>) step).phase();
            }
        } catch (Throwable failure) {
            return CompletableFuture.failedFuture(failure);
        }
    }

    /** A sequential job inside one pool task: stops between chunks once the task is cancelled. */
    private static <T> T runInOrder(Phase<T> first) throws Exception {
        StopSignal token = StopSignal.current();
        Phase<T> p = first;
        while (true) {
            ChunkPlanner.Plan plan = p.plan;
            for (long i = 0; i < plan.count(); i++) {
                token.throwIfStopRequested();
                p.chunk((int) i, plan.from(i), plan.size(i));
            }
            Step<T> step = p.complete();
            if (step instanceof Done<T>(T value)) {
                return value;
            }
            p = ((Next<T>) step).phase();
        }
    }

    /** The phases as a pass program: one pass per phase, chunk i of the pass is chunk i of its plan. */
    private static final class Phases<T> extends PassProgram<T> {
        private final Phase<T> first;
        private final int slots;
        private volatile T value;

        Phases(Phase<T> first, int slots) {
            this.first = first;
            this.slots = slots;
        }

        @Override
        public int slots() {
            return slots;
        }

        @Override
        public Pass first() {
            return pass(first);
        }

        private Pass pass(Phase<T> p) {
            ChunkPlanner.Plan plan = p.plan;
            return new Pass() {
                @Override
                public long chunks() {
                    return plan.count();
                }

                @Override
                public void chunk(long i, int slot, StopSignal stop) throws Exception {
                    p.chunk((int) i, plan.from(i), plan.size(i));
                }

                @Override
                public Pass done() throws Exception {
                    Step<T> step = p.complete();
                    if (step instanceof Done<T>(T v)) {
                        value = v;
                        return null;
                    }
                    return pass(((Next<T>) step).phase());
                }
            };
        }

        @Override
        public T result() {
            return value;
        }

        @Override
        public void close() {
        }
    }
}
