package org.osee.bot.answer;

/** The assistant's own sentences; each has a translation in every bundle under {@code org/osee/bot/answer}. */
public enum Phrase {
    GREETING("greeting"),
    HELP("help"),
    THANKS("thanks"),
    CLARIFY("clarify"),
    ABSTAIN("abstain"),
    ESCALATE_PERSON("escalate.person"),
    ESCALATE_SENSITIVE("escalate.sensitive"),
    ESCALATE_FEEDBACK("escalate.feedback"),
    ESCALATED_ACK("escalated.ack"),
    FEEDBACK_SORRY("feedback.sorry"),
    TOO_LONG("too_long"),
    SOURCES_LANGUAGE("sources_language"),
    DECLINE("decline"),
    THANKS_SHORT("thanks.short"),
    /** Sent at once when an answer is held as a draft for staff to check. */
    DRAFT_ACK("draft.ack");

    private final String key;

    Phrase(String key) {
        this.key = key;
    }

    /** The key in the properties bundles. */
    public String key() {
        return key;
    }
}
