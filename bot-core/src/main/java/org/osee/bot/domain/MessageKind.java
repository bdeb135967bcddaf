package org.osee.bot.domain;

/** What an inbound message is: a text turn, feedback on a reply, a request for a person, or an edit. */
public enum MessageKind {
    /** An ordinary message to answer. */
    TEXT,
    /** The reply named by {@link InboundMessage#refersTo()} (an outbox id) helped. */
    HELPFUL,
    /** The reply named by {@link InboundMessage#refersTo()} (an outbox id) did not help. */
    NOT_HELPFUL,
    /** The person asks for a member of staff; the text may be empty. */
    HUMAN,
    /** A new version of the message whose platform id is {@link InboundMessage#refersTo()}; answered as a new turn. */
    EDIT;

    /** Whether this is feedback on a reply rather than a turn of the conversation. */
    public boolean isFeedback() {
        return this == HELPFUL || this == NOT_HELPFUL;
    }
}
