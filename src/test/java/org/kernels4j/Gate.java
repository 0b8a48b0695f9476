package org.kernels4j;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A one-shot latch for ordering test steps without sleeps. Waiting fails the test after a
 * generous timeout instead of hanging the build.
 */
final class Gate {
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final CountDownLatch latch = new CountDownLatch(1);

    void open() {
        latch.countDown();
    }

    boolean isOpen() {
        return latch.getCount() == 0;
    }

    /** Waits until opened; on interrupt, sets the status again and returns. */
    void await() {
        try {
            if (!latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("gate not opened within " + PATIENCE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for {@code latch} from code that cannot throw InterruptedException (a Function). */
    static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("latch not released within " + PATIENCE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until {@code condition} holds, polling; fails after {@link #PATIENCE}. */
    static void awaitCondition(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    /** Waits until {@code thread} is blocked (parked or waiting). */
    static void awaitBlocked(Thread thread) {
        awaitCondition(thread.getName() + " blocked", () -> switch (thread.getState()) {
            case WAITING, TIMED_WAITING, BLOCKED -> true;
            default -> false;
        });
    }

    /** Spins until {@code task}'s pool token reports cancellation, or fails after {@link #PATIENCE}. */
    static void spinUntilCancelled() {
        awaitCondition("task cancelled", ComputePool::currentTaskCancelled);
    }
}
