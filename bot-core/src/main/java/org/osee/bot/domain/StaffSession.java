package org.osee.bot.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in console session, as stored: the hash of the cookie's value (never the value), the account, the
 * anti-forgery token its state-changing requests must carry, and when it began and was last used.
 */
public record StaffSession(String idHash, String account, String csrf, Instant createdAt, Instant lastSeenAt) {
    public StaffSession {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(csrf, "csrf");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }

    @Override
    public String toString() {
        return "StaffSession[account=" + account + ", createdAt=" + createdAt + "]";
    }
}
