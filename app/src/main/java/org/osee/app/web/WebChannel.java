package org.osee.app.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.OutboundMessage;
import org.osee.bot.port.Channel;
import org.osee.bot.port.Inbox;

/**
 * The web chat as a channel: what the page sends goes through the inbox like any other message, and replies (the
 * assistant's, and staff replies from the console) are kept per conversation for the page to fetch. Delivery is
 * idempotent by outbox id. Replies are held in memory, at most {@value #KEEP_PER_THREAD} per conversation.
 */
public final class WebChannel implements Channel {
    public static final String NAME = "web";
    static final int KEEP_PER_THREAD = 200;

    /** One reply shown on the page. {@code seq} increases within the conversation. */
    public record WebReply(long seq, long outboxId, Author author, OutboundMessage message, Instant at) {}

    private final Map<String, List<WebReply>> byThread = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<WebReply>> waiting = new ConcurrentHashMap<>();
    private final Map<Long, WebReply> delivered = new ConcurrentHashMap<>();
    private volatile Inbox inbox;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void start(Inbox target) {
        this.inbox = target;
    }

    @Override
    public void stop() {
        waiting.values().forEach(f -> f.cancel(false));
        waiting.clear();
    }

    /** The inbox the page's messages go to; {@code null} until the pipeline started this channel. */
    public Inbox inbox() {
        return inbox;
    }

    @Override
    public String deliver(OutboundMessage message) {
        WebReply reply = delivered.computeIfAbsent(message.id(), id -> append(message));
        if (message.inReplyTo() != null) {
            CompletableFuture<WebReply> f = waiting.remove(message.inReplyTo().platformMessageId());
            if (f != null) {
                f.complete(reply);
            }
        }
        return "web-" + reply.outboxId();
    }

    private WebReply append(OutboundMessage message) {
        List<WebReply> list = byThread.computeIfAbsent(message.threadKey(), k -> new ArrayList<>());
        synchronized (list) {
            long seq = list.isEmpty() ? 1 : list.get(list.size() - 1).seq() + 1;
            WebReply r = new WebReply(seq, message.id(), message.author(), message, Instant.now());
            list.add(r);
            if (list.size() > KEEP_PER_THREAD) {
                delivered.remove(list.remove(0).outboxId());
            }
            return r;
        }
    }

    /** Registers interest in the reply to an inbound message; call before handing the message to the inbox. */
    public CompletableFuture<WebReply> expectReply(String platformMessageId) {
        return waiting.computeIfAbsent(platformMessageId, k -> new CompletableFuture<>());
    }

    /** Waits for the reply to an inbound message, up to {@code timeout}. */
    public Optional<WebReply> awaitReply(String platformMessageId, CompletableFuture<WebReply> future, Duration timeout) {
        try {
            return Optional.of(future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | java.util.concurrent.CancellationException e) {
            return Optional.empty();
        } finally {
            waiting.remove(platformMessageId, future);
        }
    }

    /** Replies in a conversation after sequence number {@code after}, oldest first. */
    public List<WebReply> repliesAfter(String threadKey, long after) {
        List<WebReply> list = byThread.get(threadKey);
        if (list == null) {
            return List.of();
        }
        synchronized (list) {
            return list.stream().filter(r -> r.seq() > after).toList();
        }
    }

    /** Whether the conversation was handed to staff in a reply this channel delivered. */
    public boolean escalated(String threadKey) {
        List<WebReply> list = byThread.get(threadKey);
        if (list == null) {
            return false;
        }
        synchronized (list) {
            return list.stream().anyMatch(r -> r.message().decision() == org.osee.bot.domain.Decision.ESCALATE);
        }
    }
}
