package org.osee.bot.pipeline;

import java.time.Duration;
import java.util.Objects;

/**
 * How the durable pipeline runs.
 *
 * @param workers         threads answering inbound messages (each calls the assistant)
 * @param lease           how long a claim on an inbound or outbound item lasts before another worker or instance
 *                        may take it over; longer than the slowest assistant call or delivery
 * @param maxAttempts     tries per item (assistant calls per inbound message, deliveries per outbound message)
 *                        before it is given up and shown to staff
 * @param backoffBase     the delay after the first failed try; doubled after each further one, with jitter
 * @param backoffMax      the longest delay between tries
 * @param maxMessageBytes the largest inbound text accepted, in UTF-8 bytes
 * @param pollInterval    how often idle workers and senders look for work another instance queued
 * @param sendBatch       how many outbound items a sender claims at once
 * @param stopTimeout     how long {@code stop()} waits for work in progress
 * @param sendParallelism how many deliveries of one channel may be in progress at once, each for another
 *                        conversation (a slow conversation holds up only itself)
 */
public record PipelineConfig(int workers, Duration lease, int maxAttempts, Duration backoffBase, Duration backoffMax,
                             int maxMessageBytes, Duration pollInterval, int sendBatch, Duration stopTimeout,
                             int sendParallelism) {
    /** Default number of deliveries in progress at once per channel. */
    public static final int SEND_PARALLELISM = 4;

    public PipelineConfig {
        positive("sendParallelism", sendParallelism);
        positive("workers", workers);
        positive("maxAttempts", maxAttempts);
        positive("maxMessageBytes", maxMessageBytes);
        positive("sendBatch", sendBatch);
        positive("lease", lease);
        positive("backoffBase", backoffBase);
        positive("backoffMax", backoffMax);
        positive("pollInterval", pollInterval);
        positive("stopTimeout", stopTimeout);
        if (backoffMax.compareTo(backoffBase) < 0) {
            throw new IllegalArgumentException("backoffMax must be at least backoffBase, was " + backoffMax);
        }
    }

    /** With {@value #SEND_PARALLELISM} deliveries at once per channel. */
    public PipelineConfig(int workers, Duration lease, int maxAttempts, Duration backoffBase, Duration backoffMax,
                          int maxMessageBytes, Duration pollInterval, int sendBatch, Duration stopTimeout) {
        this(workers, lease, maxAttempts, backoffBase, backoffMax, maxMessageBytes, pollInterval, sendBatch,
                stopTimeout, SEND_PARALLELISM);
    }

    /** 4 workers, 2-minute leases, 6 attempts, backoff 2 s to 10 min, 64 KB messages, polling every 500 ms. */
    public static PipelineConfig defaults() {
        return new PipelineConfig(4, Duration.ofMinutes(2), 6, Duration.ofSeconds(2), Duration.ofMinutes(10),
                64 * 1024, Duration.ofMillis(500), 16, Duration.ofSeconds(30));
    }

    public PipelineConfig withWorkers(int count) {
        return new PipelineConfig(count, lease, maxAttempts, backoffBase, backoffMax, maxMessageBytes, pollInterval,
                sendBatch, stopTimeout, sendParallelism);
    }

    public PipelineConfig withLease(Duration duration) {
        return new PipelineConfig(workers, duration, maxAttempts, backoffBase, backoffMax, maxMessageBytes,
                pollInterval, sendBatch, stopTimeout, sendParallelism);
    }

    public PipelineConfig withRetries(int attempts, Duration base, Duration max) {
        return new PipelineConfig(workers, lease, attempts, base, max, maxMessageBytes, pollInterval, sendBatch,
                stopTimeout, sendParallelism);
    }

    public PipelineConfig withMaxMessageBytes(int bytes) {
        return new PipelineConfig(workers, lease, maxAttempts, backoffBase, backoffMax, bytes, pollInterval,
                sendBatch, stopTimeout, sendParallelism);
    }

    public PipelineConfig withPollInterval(Duration interval) {
        return new PipelineConfig(workers, lease, maxAttempts, backoffBase, backoffMax, maxMessageBytes, interval,
                sendBatch, stopTimeout, sendParallelism);
    }

    public PipelineConfig withSendParallelism(int deliveries) {
        return new PipelineConfig(workers, lease, maxAttempts, backoffBase, backoffMax, maxMessageBytes, pollInterval,
                sendBatch, stopTimeout, deliveries);
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, was " + value);
        }
    }

    private static void positive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
