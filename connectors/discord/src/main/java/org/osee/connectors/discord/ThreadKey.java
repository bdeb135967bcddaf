package org.osee.connectors.discord;

import java.util.Optional;

/**
 * Where a conversation lives on Discord, as the thread key bot-core groups messages by.
 * <ul>
 *   <li>{@code dm:<user>}: a direct message conversation;</li>
 *   <li>{@code thread:<channel>:<thread>}: a thread started from the question (its id is the question's id);</li>
 *   <li>{@code reply:<channel>:<user>}: plain replies in a channel, one conversation per person and channel;</li>
 *   <li>{@code ask:<channel>:<user>}: {@code /ask} in a channel, answered through the interaction.</li>
 * </ul>
 */
record ThreadKey(Kind kind, long channel, long id) {
    enum Kind { DM, THREAD, REPLY, ASK }

    static ThreadKey dm(long user) {
        return new ThreadKey(Kind.DM, 0, user);
    }

    static ThreadKey thread(long channel, long thread) {
        return new ThreadKey(Kind.THREAD, channel, thread);
    }

    static ThreadKey reply(long channel, long user) {
        return new ThreadKey(Kind.REPLY, channel, user);
    }

    static ThreadKey ask(long channel, long user) {
        return new ThreadKey(Kind.ASK, channel, user);
    }

    /** The key written into bot-core. */
    String key() {
        return switch (kind) {
            case DM -> "dm:" + Long.toUnsignedString(id);
            case THREAD -> "thread:" + Long.toUnsignedString(channel) + ":" + Long.toUnsignedString(id);
            case REPLY -> "reply:" + Long.toUnsignedString(channel) + ":" + Long.toUnsignedString(id);
            case ASK -> "ask:" + Long.toUnsignedString(channel) + ":" + Long.toUnsignedString(id);
        };
    }

    /** Reads a key written by {@link #key()}; empty for anything else. */
    static Optional<ThreadKey> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        String[] parts = key.split(":");
        try {
            if (parts.length == 2 && parts[0].equals("dm")) {
                return Optional.of(dm(Long.parseUnsignedLong(parts[1])));
            }
            if (parts.length == 3) {
                long channel = Long.parseUnsignedLong(parts[1]);
                long id = Long.parseUnsignedLong(parts[2]);
                return switch (parts[0]) {
                    case "thread" -> Optional.of(thread(channel, id));
                    case "reply" -> Optional.of(reply(channel, id));
                    case "ask" -> Optional.of(ask(channel, id));
                    default -> Optional.empty();
                };
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return key();
    }
}
