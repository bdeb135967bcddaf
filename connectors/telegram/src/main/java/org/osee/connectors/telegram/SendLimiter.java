package org.osee.connectors.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Telegram's sending limits as the bot keeps them: about one message per second in a chat (twenty a minute in a
 * group) and thirty per second overall. {@link #reserve} either takes a slot now or says how long to wait; a chat
 * that must wait does not hold up the others.
 */
final class SendLimiter {
    private final Clock clock;
    private final Duration perChat;
    private final Duration perGroup;
    private final int perSecond;
    private final Map<String, Instant> nextInChat = new HashMap<>();
    private final Deque<Instant> lastSecond = new ArrayDeque<>();

    SendLimiter(Clock clock, Duration perChat, Duration perGroup, int perSecond) {
        this.clock = clock;
        this.perChat = perChat;
        this.perGroup = perGroup;
        this.perSecond = perSecond;
    }

    static SendLimiter telegram(Clock clock) {
        return new SendLimiter(clock, Duration.ofSeconds(1), Duration.ofSeconds(3), 30);
    }

    /**
     * Takes a sending slot in {@code chatId} (negative ids are groups) if one is free now.
     *
     * @return zero when the message may go now (the slot is taken), else how long to wait before asking again
     */
    synchronized Duration reserve(String chatId) {
        Instant now = clock.instant();
        Instant chatNext = nextInChat.getOrDefault(chatId, Instant.MIN);
        if (chatNext.isAfter(now)) {
            return Duration.between(now, chatNext);
        }
        while (!lastSecond.isEmpty() && !lastSecond.peekFirst().isAfter(now.minusSeconds(1))) {
            lastSecond.pollFirst();
        }
        if (lastSecond.size() >= perSecond) {
            return Duration.between(now, lastSecond.peekFirst().plusSeconds(1)).plusMillis(1);
        }
        lastSecond.addLast(now);
        nextInChat.put(chatId, now.plus(chatId.startsWith("-") ? perGroup : perChat));
        if (nextInChat.size() > 10_000) {
            nextInChat.values().removeIf(next -> next.isBefore(now));
        }
        return Duration.ZERO;
    }

    /** Telegram said to wait: nothing goes to {@code chatId} until {@code retryAfter} has passed. */
    synchronized void backOff(String chatId, Duration retryAfter) {
        nextInChat.put(chatId, clock.instant().plus(retryAfter));
    }
}
