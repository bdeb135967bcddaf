package org.osee.bot.domain;

/** What retention does with conversations past their time. */
public enum RetentionMode {
    /** Deletes them with everything that belongs to them. */
    DELETE,
    /** Replaces personal data (addresses, names, handles, platform metadata); keeps the texts. */
    ANONYMISE,
    /** Replaces personal data and removes the texts too; keeps decisions, citations and feedback for statistics. */
    ANONYMISE_AND_REMOVE_TEXT
}
