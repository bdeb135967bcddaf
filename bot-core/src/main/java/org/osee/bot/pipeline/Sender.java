package org.osee.bot.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osee.bot.domain.ClaimedDelivery;
import org.osee.bot.domain.OutboundMessage;
import org.osee.bot.port.Channel;
import org.osee.bot.port.ChannelException;
import org.osee.bot.port.Outbox;
import org.osee.bot.port.PipelineEvents;
import org.osee.bot.port.RateLimitedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox items of one channel until stopped, so a slow or failing channel holds up only itself. Within
 * the channel, up to {@link PipelineConfig#sendParallelism()} conversations are delivered at once, each in order
 * (the outbox hands out one item per conversation at a time), so a slow conversation holds up only itself. A failed
 * delivery is retried with backoff, then dead-lettered; a rate-limited one is retried after the platform's delay
 * without counting an attempt.
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
    private final Semaphore slots;
    private final ExecutorService deliveries;
    private volatile boolean running = true;
    private volatile PipelineEvents events = PipelineEvents.NONE;

    Sender(String id, Channel channel, Outbox outbox, PipelineConfig config, Clock clock) {
        this.id = id;
        this.channel = channel;
        this.outbox = outbox;
        this.config = config;
        this.backoff = new Backoff(config.backoffBase(), config.backoffMax());
        this.clock = clock;
        this.slots = new Semaphore(config.sendParallelism());
        AtomicInteger threads = new AtomicInteger();
        this.deliveries = Executors.newFixedThreadPool(config.sendParallelism(), task -> {
            Thread thread = new Thread(task, "osee-deliver-" + channel.name() + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void observe(PipelineEvents observer) {
        this.events = observer;
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
        try {
            loop();
        } finally {
            deliveries.shutdown();
            awaitDeliveries();
        }
    }

    private void loop() {
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

    private void awaitDeliveries() {
        try {
            if (!deliveries.awaitTermination(config.stopTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                deliveries.shutdownNow(); // the rest are taken over when their lease ends
            }
        } catch (InterruptedException e) {
            deliveries.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Claims as many due items as there are free delivery slots and starts delivering them; whether there were any. */
    boolean sendOnce() {
        int free = slots.availablePermits();
        if (free == 0) {
            return false; // a finishing delivery wakes the loop
        }
        List<ClaimedDelivery> batch = outbox.claim(channel.name(), id, clock.instant().plus(config.lease()),
                Math.min(free, config.sendBatch()));
        for (ClaimedDelivery delivery : batch) {
            slots.acquireUninterruptibly();
            try {
                deliveries.execute(() -> {
                    try {
                        deliver(delivery);
                    } finally {
                        slots.release();
                        wakeup.signal();
                    }
                });
            } catch (RuntimeException e) { // rejected while stopping: taken over when its lease ends
                slots.release();
            }
        }
        return !batch.isEmpty();
    }

    private void deliver(ClaimedDelivery delivery) {
        long outboxId = delivery.message().id();
        String platformId;
        try {
            platformId = channel.deliver(asTheChannelTakesIt(delivery.message()));
        } catch (RateLimitedException e) {
            postpone(delivery, e.retryAfter(), e);
            return;
        } catch (ChannelException e) {
            failed(delivery, e.retriable(), e);
            return;
        } catch (RuntimeException e) {
            failed(delivery, true, e);
            return;
        }
        try {
            outbox.delivered(outboxId, platformId == null ? "" : platformId);
        } catch (RuntimeException e) {
            LOG.warn("Delivered outbox item {} of conversation {} on {} but cannot record it; it may be sent again:"
                    + " {}", outboxId, delivery.message().conversationId(), channel.name(), e.getMessage());
            return;
        }
        LOG.debug("Delivered outbox item {} of conversation {} on {}", outboxId,
                delivery.message().conversationId(), channel.name());
    }

    /** A channel that cannot edit gets a reply to an edit as a new message, as if it replaced nothing. */
    private OutboundMessage asTheChannelTakesIt(OutboundMessage message) {
        if (message.replaces() == null || channel.supportsEdits()) {
            return message;
        }
        return new OutboundMessage(message.id(), message.channel(), message.conversationId(), message.threadKey(),
                message.recipient(), message.author(), message.text(), message.citations(), message.decision(),
                message.language(), message.inReplyTo(), null, message.confidence());
    }

    private void postpone(ClaimedDelivery delivery, Duration retryAfter, RuntimeException error) {
        Instant retryAt = clock.instant().plus(retryAfter);
        LOG.info("{} asks to slow down for outbox item {} of conversation {}; retrying at {} (attempt not counted)",
                channel.name(), delivery.message().id(), delivery.message().conversationId(), retryAt);
        try {
            outbox.postpone(delivery.message().id(), id, "rate limited: " + error.getMessage(), retryAt);
        } catch (RuntimeException e) {
            LOG.warn("Cannot postpone outbox item {}; it is retried when its lease ends: {}", delivery.message().id(),
                    e.getMessage());
        }
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
        events.deliveryFailed(delivery.message().conversationId(), channel.name(), last);
        try {
            outbox.failed(delivery.message().id(), id, message, retryAt);
        } catch (RuntimeException e) {
            LOG.warn("Cannot record the failed delivery of outbox item {}; it is retried when its lease ends: {}",
                    delivery.message().id(), e.getMessage());
        }
    }
}
