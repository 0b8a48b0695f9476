package org.kernels4j.spark;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.spark.SparkContext;

/**
 * Runs the Spark jobs of one operation on a thread of its own, in a job group of its own with
 * interrupt-on-cancel set, and exposes them as a {@link CompletableFuture} whose
 * {@code cancel} cancels the job group: Spark kills the running tasks (interrupting their
 * threads, so they free their slots at once) and the future completes cancelled.
 */
final class SparkJobs {
    private static final AtomicLong IDS = new AtomicLong();

    private SparkJobs() {
    }

    /** A future that cancels its Spark job group when cancelled. */
    static final class JobFuture<T> extends CompletableFuture<T> {
        private final SparkContext sc;
        private final String group;

        JobFuture(SparkContext sc, String group) {
            this.sc = sc;
            this.group = group;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            if (cancelled) {
                sc.cancelJobGroup(group);
            }
            return cancelled;
        }

        /** Throws CancellationException if the future was cancelled (checked between jobs). */
        void checkNotCancelled() {
            if (isCancelled()) {
                throw new CancellationException("cancelled");
            }
        }

        String group() {
            return group;
        }
    }

    /** What an operation runs on its job thread. */
    interface Body<T> {
        T run(JobFuture<T> self) throws Exception;
    }

    static <T> JobFuture<T> submit(SparkContext sc, String description, Body<T> body) {
        String group = "kernels4j-" + IDS.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
        JobFuture<T> f = new JobFuture<>(sc, group);
        Thread t = Thread.ofPlatform().daemon().name(group).unstarted(() -> {
            // Job group and interrupt-on-cancel are thread-local properties that Spark reads when
            // the job is submitted from this thread.
            sc.setJobGroup(group, description, true);
            sc.setInterruptOnCancel(true);
            try {
                f.checkNotCancelled();
                f.complete(body.run(f));
            } catch (Throwable e) {
                f.completeExceptionally(e);
            } finally {
                sc.clearJobGroup();
            }
        });
        t.start();
        return f;
    }

    /** Waits for a future; the synchronous forms of the operations go through here. */
    static <T> T await(CompletableFuture<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            CancellationException c = new CancellationException("interrupted while waiting: the Spark job was cancelled");
            c.initCause(e);
            throw c;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("Spark job failed: " + cause, cause);
        }
    }
}
