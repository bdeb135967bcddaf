package org.osee.app.config;

/**
 * The message pipeline.
 *
 * @param workers        threads answering inbox items (default 4)
 * @param maxAttempts    delivery attempts before an outbox item is dead-lettered (default 6)
 * @param maxMessageKb   largest inbound message text accepted, in KiB (default 64)
 * @param leaseSeconds   how long a claim on an inbox or outbox item lasts; the work of an instance that died is taken
 *                       over by another after this (default 120; longer than the slowest answer or delivery)
 */
public record PipelineSettings(Integer workers, Integer maxAttempts, Integer maxMessageKb, Integer leaseSeconds) {
    public PipelineSettings {
        workers = workers == null ? 4 : workers;
        maxAttempts = maxAttempts == null ? 6 : maxAttempts;
        maxMessageKb = maxMessageKb == null ? 64 : maxMessageKb;
        leaseSeconds = leaseSeconds == null ? 120 : leaseSeconds;
        if (workers < 1 || maxAttempts < 1 || maxMessageKb < 1 || leaseSeconds < 1) {
            throw new IllegalArgumentException("pipeline values must be positive: workers=" + workers
                    + ", max-attempts=" + maxAttempts + ", max-message-kb=" + maxMessageKb
                    + ", lease-seconds=" + leaseSeconds);
        }
    }

    public static PipelineSettings defaults() {
        return new PipelineSettings(null, null, null, null);
    }
}
