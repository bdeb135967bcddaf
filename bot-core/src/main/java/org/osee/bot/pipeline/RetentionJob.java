package org.osee.bot.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osee.bot.domain.RetentionMode;
import org.osee.bot.port.Leadership;
import org.osee.bot.port.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies the retention policy on a schedule, on the leading instance only. */
public final class RetentionJob implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    /**
     * The retention policy.
     *
     * @param keep  how long a conversation is kept after its last activity
     * @param mode  delete, or anonymise (optionally removing texts)
     * @param every how often the job runs
     */
    public record Policy(Duration keep, RetentionMode mode, Duration every) {
        public Policy {
            Objects.requireNonNull(mode, "mode");
            if (keep == null || keep.isNegative() || keep.isZero()) {
                throw new IllegalArgumentException("keep must be positive, was " + keep);
            }
            if (every == null || every.isNegative() || every.isZero()) {
                throw new IllegalArgumentException("every must be positive, was " + every);
            }
        }

        /** Keeps conversations {@code days} days, checked hourly. */
        public static Policy days(int days, RetentionMode mode) {
            return new Policy(Duration.ofDays(days), mode, Duration.ofHours(1));
        }
    }

    private final Retention retention;
    private final Leadership leadership;
    private final Policy policy;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    public RetentionJob(Retention retention, Leadership leadership, Policy policy, Clock clock) {
        this.retention = retention;
        this.leadership = leadership;
        this.policy = policy;
        this.clock = clock;
    }

    /** Runs once now, then every {@code policy.every()}. */
    public synchronized void start() {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "osee-retention");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runSafely, 0, policy.every().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Applies the policy now if this instance leads; returns how many conversations it changed. */
    public int runOnce() {
        if (!leadership.isLeader()) {
            return 0;
        }
        int count = retention.apply(clock.instant().minus(policy.keep()), policy.mode());
        if (count > 0) {
            LOG.info("Retention: {} conversations older than {} ({})", count, policy.keep(), policy.mode());
        }
        return count;
    }

    private void runSafely() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("Retention failed; trying again in {}: {}", policy.every(), e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }
}
