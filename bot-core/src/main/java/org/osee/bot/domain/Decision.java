package org.osee.bot.domain;

import java.util.Locale;

/** What the assistant decided to do with a message. */
public enum Decision {
    /** An answer grounded in cited passages. */
    ANSWER,
    /** A short clarifying question: the message was too vague to retrieve on. */
    CLARIFY,
    /** Handed to staff: low confidence, a request for a person, a sensitive topic, repeated negative feedback. */
    ESCALATE,
    /**
     * Not answered because the question lies outside the documents' domain: a polite message that offers a person.
     * The conversation does not go to staff unless the person then asks for one.
     */
    DECLINE;

    /** The lower-case name used in JSON ("answer", "clarify", "escalate", "decline"). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Decision fromWire(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
