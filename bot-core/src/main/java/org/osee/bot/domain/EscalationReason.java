package org.osee.bot.domain;

/** Why a conversation went to staff. */
public enum EscalationReason {
    LOW_CONFIDENCE,
    ASKED_FOR_PERSON,
    SENSITIVE_TOPIC,
    NEGATIVE_FEEDBACK,
    /** Already escalated earlier; the new message waits for staff too. */
    ALREADY_ESCALATED,
    /** An answer below its channel's confidence bar, held as a draft for staff to approve, edit or discard. */
    DRAFT
}
