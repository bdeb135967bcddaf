package org.osee.bot.pipeline;

import java.time.Duration;

/**
 * Lets idle loops sleep until there may be work, or the poll interval passes. Each signal wakes one waiter (or lets
 * the next wait return at once), so a burst of messages wakes as many workers.
 */
final class Wakeup {
    private static final int MAX_PENDING = 1024;
    private int pending;

    synchronized void signal() {
        if (pending < MAX_PENDING) {
            pending++;
        }
        notify();
    }

    synchronized void signalAll() {
        pending = MAX_PENDING;
        notifyAll();
    }

    /** Waits at most {@code timeout} for a signal. */
    synchronized void await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (pending == 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        pending--;
    }
}
