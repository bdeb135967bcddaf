package org.osee.app.config;

/**
 * The message pipeline.
 *
 * @param workers        threads answering inbox items (default 4)
 * @param maxAttempts    delivery attempts before an outbox item is dead-lettered (default 6)
 * @param maxMessageKb   largest inbound message text accepted, in KiB (default 64)
 */
public record PipelineSettings(Integer workers, Integer maxAttempts, Integer maxMessageKb) {
    public PipelineSettings {
        workers = workers == null ? 4 : workers;
        maxAttempts = maxAttempts == null ? 6 : maxAttempts;
        maxMessageKb = maxMessageKb == null ? 64 : maxMessageKb;
        if (workers < 1 || maxAttempts < 1 || maxMessageKb < 1) {
            throw new IllegalArgumentException("pipeline values must be positive: workers=" + workers
                    + ", max-attempts=" + maxAttempts + ", max-message-kb=" + maxMessageKb);
        }
    }

    public static PipelineSettings defaults() {
        return new PipelineSettings(null, null, null);
    }
}
