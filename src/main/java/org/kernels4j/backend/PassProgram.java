package org.kernels4j.backend;

import java.util.concurrent.CancellationException;

/**
 * A kernel written as a sequence of passes, each cut into chunks that may run in any order and
 * concurrently: the form the sorts, the selection and the histograms take so that one
 * description runs both on the calling thread ({@link #runHere()}) and spread over the workers
 * of a pool (by the planner's chunk engine). Results never depend on which thread ran which
 * chunk, or in what order: every chunk writes only its own part (its slice of the keys, its row
 * of counts, its slot's partial histogram), and {@link Pass#done()} combines them in a fixed
 * order.
 *
 * <p>Contract for runners: a program is started at most once; the chunks of a pass run exactly
 * once each (concurrently, at most {@link #slots()} at a time, each told a distinct slot in
 * {@code [0, slots())} that no other running chunk holds), {@code done()} runs once after all of
 * them, on one thread; {@link #close()} runs once after everything, whether the run finished,
 * failed or was abandoned (a cancelled run may stop between chunks, or inside a chunk that polls
 * its token, and never calls {@code done()} of that pass).
 *
 * @param <T> the result
 */
public abstract class PassProgram<T> implements AutoCloseable {

    /** One pass over the data, cut into chunks. */
    public abstract static class Pass {
        /** The number of chunks, at least 1. */
        public abstract long chunks();

        /**
         * Runs chunk {@code index}. A long chunk polls {@code stop} between its native calls
         * and throws {@link CancellationException} once it requests cancellation.
         *
         * @param slot the caller's slot, for per-slot scratch
         */
        public abstract void chunk(long index, int slot, StopSignal stop) throws Exception;

        /**
         * Called once after every chunk has run: combines their results and returns the next
         * pass, or null when the program is finished. Never cancelled midway.
         */
        public abstract Pass done() throws Exception;

        /**
         * Whether a run may stop partway through this pass. False for a pass that must run to
         * its end once begun (the sort's copy into x): its chunks run even after a cancel, and
         * are polled with a token that never stops.
         */
        public boolean interruptible() {
            return true;
        }
    }

    /** The most chunks that may run at once (each slot has its own scratch). */
    public abstract int slots();

    /** The first pass. */
    public abstract Pass first() throws Exception;

    /** The result, once a pass's {@code done()} returned null. */
    public abstract T result();

    /** Frees the program's memory; idempotent. */
    @Override
    public abstract void close();

    /**
     * A program of one pass and no memory of its own to free: {@link #chunks()} chunks, each
     * writing its own part, then {@link #finish()} combines the parts into the result.
     *
     * @param <T> the result
     */
    public abstract static class OnePass<T> extends PassProgram<T> {
        private final int slots;
        private T result;

        /**
         * A program run by at most {@code slots} chunks at a time.
         *
         * @param slots the most chunks that may run at once
         */
        protected OnePass(int slots) {
            this.slots = slots;
        }

        /**
         * The number of chunks of the pass.
         *
         * @return the number of chunks, at least 1
         */
        protected abstract long chunks();

        /**
         * Runs chunk {@code index}, as {@link Pass#chunk} does.
         *
         * @param index the chunk
         * @param slot the caller's slot, for per-slot scratch
         * @param stop polled between the native calls of a long chunk
         * @throws Exception whatever the chunk's work throws
         */
        protected abstract void chunk(long index, int slot, StopSignal stop) throws Exception;

        /**
         * Called once after every chunk has run, as {@link Pass#done()} is, never cancelled midway.
         *
         * @return the result, combined from the chunks' parts
         * @throws Exception whatever the combination throws
         */
        protected abstract T finish() throws Exception;

        @Override
        public final int slots() {
            return slots;
        }

        @Override
        public final Pass first() {
            return new Pass() {
                @Override
                public long chunks() {
                    return OnePass.this.chunks();
                }

                @Override
                public void chunk(long index, int slot, StopSignal stop) throws Exception {
                    OnePass.this.chunk(index, slot, stop);
                }

                @Override
                public Pass done() throws Exception {
                    result = finish();
                    return null;
                }
            };
        }

        @Override
        public final T result() {
            return result;
        }

        /** Nothing to free. */
        @Override
        public void close() {
        }
    }

    /** Runs every pass on the calling thread (slot 0), polling the current task's token. */
    public final T runHere() {
        StopSignal token = StopSignal.current();
        try (this) {
            Pass p = first();
            while (p != null) {
                boolean stoppable = p.interruptible();
                for (long i = 0; i < p.chunks(); i++) {
                    if (stoppable) {
                        token.throwIfStopRequested();
                    }
                    p.chunk(i, 0, stoppable ? token : StopSignal.NEVER);
                }
                p = p.done();
            }
            return result();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
