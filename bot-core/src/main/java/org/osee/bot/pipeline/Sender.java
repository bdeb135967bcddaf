package org.osee.bot.pipeline;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.osee.bot.domain.ClaimedDelivery;
import org.osee.bot.port.Channel;
import org.osee.bot.port.ChannelException;
import org.osee.bot.port.Outbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox items of one channel until stopped, so a slow or failing channel holds up only itself. A
 * failed delivery is retried with backoff, then dead-lettered.
 */
final class Sender implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(Sender.class);

    private final String id;
    private final Channel channel;
    private final Outbox outbox;
    private final PipelineConfig config;
    private final Backoff backoff;
    private final Clock clock;
    private final Wakeup wakeup = new Wakeup();
    private volatile boolean running = true;

    Sender(String id, Channel channel, Outbox outbox, PipelineConfig config, Clock clock) {
        this.id = id;
        this.channel = channel;
        this.outbox = outbox;
        this.config = config;
        this.backoff = new Backoff(config.backoffBase(), config.backoffMax());
        this.clock = clock;
    }

    void wake() {
        wakeup.signal();
    }

    void stop() {
        running = false;
        wakeup.signalAll();
    }

    @Override
    public void run() {
        while (running) {
            try {
                if (!sendOnce()) {
                    wakeup.await(config.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("Sender {} cannot reach the outbox: {}", id, e.getMessage());
                try {
                    wakeup.await(config.pollInterval());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Delivers a batch of due items, if any; returns whether there were some. */
    boolean sendOnce() {
        List<ClaimedDelivery> batch = outbox.claim(channel.name(), id, clock.instant().plus(config.lease()),
                config.sendBatch());
        for (ClaimedDelivery delivery : batch) {
            if (!running) {
                break; // the rest are taken over when their lease ends
            }
            deliver(delivery);
        }
        return !batch.isEmpty();
    }

    private void deliver(ClaimedDelivery delivery) {
        long outboxId = delivery.message().id();
        String platformId;
        try {
            platformId = channel.deliver(delivery.message());
        } catch (ChannelException e) {
            failed(delivery, e.retriable(), e);
            return;
        } catch (RuntimeException e) {
            failed(delivery, true, e);
            return;
        }
        outbox.delivered(outboxId, platformId == null ? "" : platformId);
        LOG.debug("Delivered outbox item {} of conversation {} on {}", outboxId,
                delivery.message().conversationId(), channel.name());
    }

    private void failed(ClaimedDelivery delivery, boolean retriable, RuntimeException error) {
        boolean last = !retriable || delivery.attempts() >= config.maxAttempts();
        Instant retryAt = last ? null : clock.instant().plus(backoff.after(delivery.attempts()));
        String message = error.getClass().getSimpleName() + ": " + error.getMessage();
        if (last) {
            LOG.warn("Gave up delivering outbox item {} of conversation {} on {} after {} attempts: {}",
                    delivery.message().id(), delivery.message().conversationId(), channel.name(),
                    delivery.attempts(), message);
        } else {
            LOG.info("Delivery of outbox item {} of conversation {} on {} failed (attempt {}), retrying at {}: {}",
                    delivery.message().id(), delivery.message().conversationId(), channel.name(),
                    delivery.attempts(), retryAt, message);
        }
        outbox.failed(delivery.message().id(), id, message, retryAt);
    }
}
