package org.osee.bot.port;

/**
 * Decides which instance runs the pollers that must run once per deployment (IMAP inbox, Telegram long polling,
 * retention). Ask often: leadership is taken over when the holder dies.
 */
public interface Leadership extends AutoCloseable {
    /** Whether this instance leads now; tries to become leader when nobody does. */
    boolean isLeader();

    /** Gives leadership up, so another instance can take it. */
    @Override
    void close();
}
