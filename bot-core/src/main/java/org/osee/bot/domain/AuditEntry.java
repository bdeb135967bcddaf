package org.osee.bot.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a person did in the staff console: {@code actor} (the signed-in account, or the name tried at a failed
 * sign-in), {@code action} (a short dotted verb such as {@code conversation.reply}), {@code target} (what it was done
 * to, such as a conversation id) and a free-text {@code detail}.
 */
public record AuditEntry(long id, String actor, String action, String target, String detail, Instant at) {
    public AuditEntry {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        target = target == null ? "" : target;
        detail = detail == null ? "" : detail;
        Objects.requireNonNull(at, "at");
    }
}
