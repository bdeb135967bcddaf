package org.osee.bot.port;

import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.OutboundMessage;

/**
 * A way people reach the assistant (email, Discord, Telegram, the web page, the console). Connectors implement
 * it; the pipeline calls it.
 */
public interface Channel {
    /** The channel's name, as in {@link org.osee.bot.domain.InboundMessage#channel()}. */
    String name();

    /** Starts receiving; every message received goes to {@code inbox} before the platform is told anything. */
    void start(Inbox inbox);

    /** Stops receiving and releases connections; idempotent. */
    void stop();

    /**
     * Sends one message. Only after it was sent may the channel mark the message it answers as handled on the
     * platform (an email flagged \Seen). Delivers to {@link OutboundMessage#threadKey()}; when
     * {@link OutboundMessage#replaces()} is set and the channel {@linkplain #supportsEdits() supports edits}, the
     * earlier message is replaced instead. May be called from several threads at once, for different conversations;
     * the replies of one conversation come one at a time, in order.
     *
     * @return the platform's id for the sent message
     * @throws RateLimitedException when the platform asks to slow down; retried after its delay, no attempt spent
     * @throws ChannelException when it could not be sent; {@link ChannelException#retriable()} says whether to retry
     */
    String deliver(OutboundMessage message);

    /**
     * Shows that an answer is being composed in the thread (a typing indicator), where the platform has one. Best
     * effort: never throws; the worker calls it before composing an answer.
     */
    default void typing(String threadKey) {
    }

    /** Whether {@link OutboundMessage#replaces()} is honoured by replacing the earlier message. */
    default boolean supportsEdits() {
        return false;
    }

    /**
     * Whether this channel's platform is the application's own database (the web chat, whose page reads its replies
     * from there): then a reply the assistant records is delivered by being recorded, in the same transaction, and
     * the pipeline calls {@link #replyRecorded} instead of waking the channel's sender. The {@link WorkQueue} must be
     * told the same channel names (the JDBC stores take them when built). Replies queued otherwise (a staff reply, a
     * retried dead letter) still come through {@link #deliver}.
     */
    default boolean deliveredWhenRecorded() {
        return false;
    }

    /**
     * For a channel {@linkplain #deliveredWhenRecorded() delivered when recorded}: the assistant's reply to
     * {@code answered} is now in the database. Called on a worker's thread; must be quick and must not throw.
     */
    default void replyRecorded(InboundMessage answered) {
    }
}
