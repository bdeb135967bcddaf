package org.osee.bot.channel;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.OutboundMessage;
import org.osee.bot.port.Channel;
import org.osee.bot.port.Inbox;

/**
 * A channel inside the process, for {@code osee ask} and tests: messages come in through {@link #receive}, replies
 * are kept in memory and, when a {@link ReplyLog} is given, appended to it. Delivery is idempotent by outbox id, so
 * a reply delivered again after a crash is not delivered twice.
 */
public final class LoopbackChannel implements Channel {
    /** A reply this channel delivered. */
    public record Delivery(String platformId, OutboundMessage message, Instant at) {
    }

    private final String name;
    private final ReplyLog log;
    private final Map<Long, Delivery> byOutboxId = new ConcurrentHashMap<>();
    private final List<Delivery> deliveries = new ArrayList<>();
    private volatile Inbox inbox;

    /** A loopback channel that keeps replies in memory only. */
    public LoopbackChannel(String name) {
        this(name, null);
    }

    /** A loopback channel that also appends replies to {@code log} (may be {@code null}). */
    public LoopbackChannel(String name, ReplyLog log) {
        this.name = name;
        this.log = log;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void start(Inbox target) {
        this.inbox = target;
    }

    @Override
    public void stop() {
        this.inbox = null;
    }

    /** Hands a message to the inbox, as a connector would; returns whether it was stored now. */
    public boolean receive(InboundMessage message) {
        Inbox target = inbox;
        if (target == null) {
            throw new IllegalStateException("channel " + name + " is not started");
        }
        return target.accept(message);
    }

    /** Receives {@code text} from {@code sender} in thread {@code threadKey}; returns the message as stored. */
    public InboundMessage receive(String threadKey, String sender, String text) {
        InboundMessage message = new InboundMessage(name, UUID.randomUUID().toString(), threadKey, sender, "",
                text, null, Instant.now(), Map.of());
        receive(message);
        return message;
    }

    @Override
    public String deliver(OutboundMessage message) {
        String platformId = log == null ? "loopback-" + message.id() : log.append(message);
        Delivery delivery = new Delivery(platformId, message, Instant.now());
        if (byOutboxId.putIfAbsent(message.id(), delivery) == null) {
            synchronized (deliveries) {
                deliveries.add(delivery);
                deliveries.notifyAll();
            }
        }
        return platformId;
    }

    /** The replies delivered so far, each once, in delivery order. */
    public List<Delivery> deliveries() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    /** Waits up to {@code timeout} for the first reply to the message with {@code platformMessageId}. */
    public Optional<Delivery> awaitReply(String platformMessageId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (deliveries) {
            while (true) {
                for (Delivery delivery : deliveries) {
                    InboundMessage question = delivery.message().inReplyTo();
                    if (question != null && question.platformMessageId().equals(platformMessageId)) {
                        return Optional.of(delivery);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                deliveries.wait(Math.max(1, left / 1_000_000));
            }
        }
    }
}
