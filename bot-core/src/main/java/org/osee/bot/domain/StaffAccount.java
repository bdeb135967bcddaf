package org.osee.bot.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

import org.osee.knowledge.BadInputException;

/**
 * A person who signs in to the staff console.
 *
 * @param name           the sign-in name: unique, 1-64 of {@code a-z 0-9 . _ -}, what the audit log records
 * @param displayName    the name colleagues see as the author of replies and notes
 * @param role           what the account may do
 * @param passwordHash   the password's hash in PHC string form (never the password)
 * @param disabled       a disabled account cannot sign in and its sessions end
 * @param failedSignIns  wrong passwords since the last successful sign-in
 * @param lockedUntil    no sign-in before this instant (null: not locked)
 * @param createdAt      when the account was created
 */
public record StaffAccount(String name, String displayName, Role role, String passwordHash, boolean disabled,
                           int failedSignIns, Instant lockedUntil, Instant createdAt) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** Staff work the queue; admins also manage accounts, canned answers and knowledge. */
    public enum Role {
        STAFF, ADMIN
    }

    public StaffAccount {
        name = checkName(name);
        displayName = displayName == null || displayName.isBlank() ? name : displayName.strip();
        if (displayName.length() > 128 || displayName.chars().anyMatch(Character::isISOControl)) {
            throw new BadInputException("a display name has at most 128 characters and no control characters");
        }
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The name as stored (lower case), or bad input naming the rule. */
    public static String checkName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        if (!NAME.matcher(n).matches()) {
            throw new BadInputException("an account name is 1 to 64 of a-z, 0-9, '.', '_' and '-', starting with a "
                    + "letter or digit");
        }
        return n;
    }

    /** Whether a sign-in is refused at {@code now} because of earlier wrong passwords. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public StaffAccount withRole(Role newRole) {
        return new StaffAccount(name, displayName, newRole, passwordHash, disabled, failedSignIns, lockedUntil, createdAt);
    }

    public StaffAccount withDisabled(boolean newDisabled) {
        return new StaffAccount(name, displayName, role, passwordHash, newDisabled, failedSignIns, lockedUntil, createdAt);
    }

    /** With a new password hash; the lock and the count of wrong passwords are cleared. */
    public StaffAccount withPasswordHash(String newHash) {
        return new StaffAccount(name, displayName, role, newHash, disabled, 0, null, createdAt);
    }

    public StaffAccount withDisplayName(String newName) {
        return new StaffAccount(name, newName, role, passwordHash, disabled, failedSignIns, lockedUntil, createdAt);
    }

    @Override
    public String toString() {
        return "StaffAccount[name=" + name + ", role=" + role + ", disabled=" + disabled + "]";
    }
}
