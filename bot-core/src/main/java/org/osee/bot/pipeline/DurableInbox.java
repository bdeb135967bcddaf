package org.osee.bot.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;

import org.osee.bot.domain.InboundMessage;
import org.osee.bot.port.Inbox;
import org.osee.bot.port.InboxStore;
import org.osee.knowledge.BadInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link Inbox} connectors hand messages to: checks them, stores them durably (or records why not), then wakes
 * a worker. While this instance's workers run and have room, a message is claimed as it is stored and handed to them
 * directly ({@link Handoff}); otherwise it waits in the queue for any worker of any instance.
 */
public final class DurableInbox implements Inbox {
    private static final Logger LOG = LoggerFactory.getLogger(DurableInbox.class);
    private static final int KEY_MAX = 512;

    private final InboxStore store;
    private final Set<String> channels;
    private final int maxMessageBytes;
    private final Runnable onStored;
    private volatile Handoff handoff;

    /**
     * @param channels        the channel names accepted
     * @param maxMessageBytes the largest text accepted, in UTF-8 bytes
     * @param onStored        called after each newly stored message (wakes the workers)
     */
    public DurableInbox(InboxStore store, Set<String> channels, int maxMessageBytes, Runnable onStored) {
        this.store = store;
        this.channels = Set.copyOf(channels);
        this.maxMessageBytes = maxMessageBytes;
        this.onStored = onStored;
    }

    @Override
    public boolean accept(InboundMessage message) {
        String reason = problem(message);
        if (reason != null) {
            store.reject(message, reason);
            LOG.info("Rejected message {} on {}: {}", LogSafe.id(message.platformMessageId()),
                    LogSafe.id(message.channel()), reason);
            throw new BadInputException(reason);
        }
        boolean stored = store(message);
        if (stored) {
            LOG.debug("Stored message {} on {}", message.platformMessageId(), message.channel());
            onStored.run();
        } else {
            LOG.debug("Ignored duplicate message {} on {}", message.platformMessageId(), message.channel());
        }
        return stored;
    }

    /** Claims messages as they are stored and hands them to this instance's workers through {@code to}. */
    void handOffTo(Handoff to) {
        this.handoff = to;
    }

    private boolean store(InboundMessage message) {
        Handoff to = handoff;
        if (to == null || !to.reserve()) {
            return store.store(message);
        }
        boolean put = false;
        try {
            Instant leaseUntil = to.leaseUntil();
            InboxStore.Stored stored = store.storeClaiming(message, to.claimant(), leaseUntil);
            if (stored.claimed() != null) {
                to.put(stored.claimed(), leaseUntil);
                put = true;
            }
            return stored.stored();
        } finally {
            if (!put) {
                to.unreserve();
            }
        }
    }

    @Override
    public void setAside(InboundMessage message, String reason) {
        store.reject(message, reason);
        LOG.warn("Set aside message {} on {}: {}", LogSafe.id(message.platformMessageId()), LogSafe.id(message.channel()),
                reason);
    }

    /** Why the message cannot be accepted, or {@code null} when it can. */
    String problem(InboundMessage message) {
        if (!channels.contains(message.channel())) {
            return "unknown channel '" + LogSafe.id(message.channel()) + "'; known: " + channels;
        }
        String key = tooLong(message);
        if (key != null) {
            return key + " is longer than " + KEY_MAX + " characters";
        }
        int bytes = message.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxMessageBytes) {
            return "text is " + bytes + " bytes, more than the " + maxMessageBytes + " accepted";
        }
        String invalid = invalidText(message.text());
        if (invalid == null) {
            invalid = invalidText(message.senderName());
        }
        return invalid == null ? null : "text is not valid Unicode: " + invalid;
    }

    private static String tooLong(InboundMessage message) {
        if (message.platformMessageId().length() > KEY_MAX) {
            return "platformMessageId";
        }
        if (message.threadKey().length() > KEY_MAX) {
            return "threadKey";
        }
        return message.sender().length() > KEY_MAX ? "sender" : null;
    }

    /** Describes the first NUL character or unpaired surrogate in {@code text}, or returns {@code null}. */
    static String invalidText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "NUL character at index " + i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("unpaired surrogate U+%04X at index %d", (int) c, i);
            }
        }
        return null;
    }
}
