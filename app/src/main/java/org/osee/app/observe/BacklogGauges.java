package org.osee.app.observe;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.function.ToDoubleFunction;
import org.osee.bot.domain.BacklogSnapshot;
import org.osee.bot.port.Backlog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gauges of the work waiting in the database: inbox and outbox depth by channel, dead letters, the staff queue and
 * how long its oldest escalation has waited. One query per scrape at most once a second (several gauges share it);
 * when the database cannot be reached the gauges show NaN until it can.
 */
public final class BacklogGauges {
    private static final Logger LOG = LoggerFactory.getLogger(BacklogGauges.class);
    private static final Duration FRESH = Duration.ofSeconds(1);

    private final Backlog backlog;
    private final Clock clock;
    private BacklogSnapshot last;
    private Instant lastAt = Instant.EPOCH;

    private BacklogGauges(Backlog backlog, Clock clock) {
        this.backlog = backlog;
        this.clock = clock;
    }

    /** Registers the gauges for {@code channels}. */
    public static BacklogGauges register(MeterRegistry registry, Backlog backlog, Collection<String> channels,
                                         Clock clock) {
        BacklogGauges gauges = new BacklogGauges(backlog, clock);
        for (String channel : channels) {
            gauges.gauge(registry, "osee.inbox.depth", "Messages waiting to be answered", channel,
                    s -> s.inbox().getOrDefault(channel, 0L));
            gauges.gauge(registry, "osee.outbox.depth", "Replies waiting to be delivered", channel,
                    s -> s.outbox().getOrDefault(channel, 0L));
        }
        gauges.gauge(registry, "osee.dead.letters", "Given-up deliveries and messages waiting for staff", null,
                BacklogSnapshot::deadLetters);
        gauges.gauge(registry, "osee.staff.queue.size", "Escalated conversations waiting for staff", null,
                BacklogSnapshot::staffQueue);
        gauges.gauge(registry, "osee.staff.oldest.waiting.seconds",
                "How long the longest-waiting escalated conversation has waited (0: none)", null,
                s -> s.oldestEscalation() == null ? 0
                        : Math.max(0, Duration.between(s.oldestEscalation(), clock.instant()).toMillis() / 1000.0));
        return gauges;
    }

    private void gauge(MeterRegistry registry, String name, String description, String channel,
                       ToDoubleFunction<BacklogSnapshot> value) {
        Gauge.Builder<BacklogGauges> builder = Gauge.builder(name, this, g -> g.read(value)).description(description)
                .strongReference(true); // nothing else holds the gauges' state: a weak reference would read NaN
        if (channel != null) {
            builder.tag("channel", channel);
        }
        builder.register(registry);
    }

    private double read(ToDoubleFunction<BacklogSnapshot> value) {
        BacklogSnapshot snapshot = current();
        return snapshot == null ? Double.NaN : value.applyAsDouble(snapshot);
    }

    /** The latest snapshot, refreshed when older than a second; {@code null} when the database cannot be reached. */
    synchronized BacklogSnapshot current() {
        Instant now = clock.instant();
        if (last == null || Duration.between(lastAt, now).compareTo(FRESH) >= 0) {
            try {
                last = backlog.snapshot();
            } catch (RuntimeException e) {
                LOG.debug("Cannot count the backlog: {}", e.getMessage());
                last = null;
            }
            lastAt = now;
        }
        return last;
    }
}
