package org.osee.bot.port;

import org.osee.bot.domain.InboundMessage;

/** Where connectors hand what they receive: stored durably before anything else happens. */
public interface Inbox {
    /**
     * Stores the message for answering.
     *
     * @return {@code true} when it was stored now, {@code false} when the same platform id was stored before
     * @throws org.osee.knowledge.BadInputException when the message is rejected (too large, invalid text, unknown
     *         channel); the reason is recorded
     */
    boolean accept(InboundMessage message);

    /**
     * Records a message the connector gave up reading (after a bounded number of attempts), with the reason, where
     * staff can see it (the console's rejections). It is not answered. The message may carry only what could be
     * read of it (an id, a sender); its text is not kept.
     */
    default void setAside(InboundMessage message, String reason) {
    }
}
