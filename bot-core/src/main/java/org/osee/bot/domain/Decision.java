package org.osee.bot.domain;

import java.util.Locale;

/** What the assistant decided to do with a message. */
public enum Decision {
    /** An answer grounded in cited passages. */
    ANSWER,
    /** A short clarifying question: the message was too vague to retrieve on. */
    CLARIFY,
    /** Handed to staff: low confidence, a request for a person, a sensitive topic, repeated negative feedback. */
    ESCALATE;

    /** The lower-case name used in JSON and the database ("answer", "clarify", "escalate"). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Decision fromWire(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
