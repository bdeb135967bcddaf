package org.osee.app.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.OutboundMessage;
import org.osee.bot.port.Channel;
import org.osee.bot.port.Inbox;
import org.osee.bot.port.ReplyFeed;

/**
 * The web chat as a channel: what the page sends goes through the inbox like any other message, and its replies (the
 * assistant's, and staff replies from the console) are read from the database, so any instance serves any
 * conversation and a restart loses nothing. Its platform is that database: the assistant's reply is delivered by
 * being recorded (no outbox claim, no second commit), and recording it here wakes the request of this instance
 * waiting for it, which then reads it. A reply queued otherwise (a staff reply) is "delivered" by waking that
 * request with it. A request whose reply another instance recorded finds it in the database, checked at growing
 * intervals while it waits (the reply is usually recorded here first, waking it at once).
 */
public final class WebChannel implements Channel {
    public static final String NAME = "web";
    /** The most replies one {@link #repliesAfter} call returns. */
    static final int PAGE = 200;
    private static final Duration FIRST_CHECK = Duration.ofMillis(200);
    private static final Duration LONGEST_CHECK = Duration.ofSeconds(1);

    private final ReplyFeed feed;
    private final Map<String, CompletableFuture<OutboundMessage>> waiting = new ConcurrentHashMap<>();
    private volatile Inbox inbox;

    /** @param feed where the replies of web conversations are read */
    public WebChannel(ReplyFeed feed) {
        this.feed = feed;
    }

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
    public boolean deliveredWhenRecorded() {
        return true;
    }

    /** Wakes a request of this instance waiting for the reply to {@code answered}, which reads it from the database. */
    @Override
    public void replyRecorded(InboundMessage answered) {
        CompletableFuture<OutboundMessage> f = waiting.remove(answered.platformMessageId());
        if (f != null) {
            f.complete(null); // recorded, not carried: awaitReply reads it
        }
    }

    /** Already in the database: wakes a request of this instance waiting for it; idempotent. */
    @Override
    public String deliver(OutboundMessage message) {
        if (message.inReplyTo() != null) {
            CompletableFuture<OutboundMessage> f = waiting.remove(message.inReplyTo().platformMessageId());
            if (f != null) {
                f.complete(message);
            }
        }
        return "web-" + message.id();
    }

    /** Registers interest in the reply to an inbound message; call before handing the message to the inbox. */
    public CompletableFuture<OutboundMessage> expectReply(String platformMessageId) {
        return waiting.computeIfAbsent(platformMessageId, k -> new CompletableFuture<>());
    }

    /**
     * Waits up to {@code timeout} for the reply to an inbound message: woken when this instance records or delivers
     * it, and looking in the database after 200 ms, then at doubling intervals up to a second, for a reply another
     * instance recorded.
     */
    public Optional<OutboundMessage> awaitReply(String platformMessageId, CompletableFuture<OutboundMessage> future,
                                                Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long step = FIRST_CHECK.toNanos();
        boolean woken = false;
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                if (woken) {
                    TimeUnit.NANOSECONDS.sleep(Math.min(left, step)); // woken, yet not readable: a rare race
                } else {
                    try {
                        OutboundMessage delivered = future.get(Math.min(left, step), TimeUnit.NANOSECONDS);
                        if (delivered != null) {
                            return Optional.of(delivered);
                        }
                        woken = true; // recorded by this instance: read it now
                    } catch (TimeoutException e) {
                        // not woken: perhaps another instance recorded it
                    }
                }
                Optional<OutboundMessage> recorded = feed.replyTo(NAME, platformMessageId);
                if (recorded.isPresent()) {
                    return recorded;
                }
                step = Math.min(step * 2, LONGEST_CHECK.toNanos());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | CancellationException e) {
            return Optional.empty();
        } finally {
            waiting.remove(platformMessageId, future);
        }
    }

    /** Replies in a conversation with an id above {@code after}, oldest first, at most {@value #PAGE}. */
    public List<OutboundMessage> repliesAfter(String threadKey, long after) {
        return feed.after(NAME, threadKey, after, PAGE);
    }

    /** The conversation's status; empty for a conversation that does not exist (yet). */
    public Optional<ConversationStatus> status(String threadKey) {
        return feed.status(NAME, threadKey);
    }
}
