package org.osee.bot.port;

import java.time.Instant;
import java.util.Optional;

import org.osee.bot.domain.StaffSession;

/** Signed-in console sessions, shared by every instance through the database so they survive restarts. */
public interface StaffSessions {
    /** Stores a new session (and may drop sessions unused for weeks, long ended). */
    void create(StaffSession session);

    /** The session with this id hash, its last use moved to {@code now} when older than a minute. */
    Optional<StaffSession> use(String idHash, Instant now);

    /** Ends one session ({@code idHash}), or every session of an account when {@code idHash} is null. */
    void end(String idHash, String account);
}
