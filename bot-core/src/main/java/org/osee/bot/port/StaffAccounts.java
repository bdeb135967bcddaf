package org.osee.bot.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osee.bot.domain.StaffAccount;

/** The staff console's accounts. Passwords arrive already hashed: this port never sees one. */
public interface StaffAccounts {
    /** Adds a new account; bad input when the name is taken. */
    void create(StaffAccount account);

    /** Replaces the stored account of the same name (role, display name, hash, disabled, lock); not found if none. */
    void update(StaffAccount account);

    Optional<StaffAccount> find(String name);

    /** Every account, by name. */
    List<StaffAccount> list();

    /**
     * Counts one more wrong password for {@code name}, atomically, and locks the account until {@code lockUntil}
     * when the count reaches {@code lockAfter} (the count then starts again). Returns the account afterwards.
     */
    Optional<StaffAccount> signInFailed(String name, int lockAfter, Instant lockUntil);
}
