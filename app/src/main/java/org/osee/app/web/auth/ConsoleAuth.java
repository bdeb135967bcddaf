package org.osee.app.web.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.osee.bot.domain.StaffAccount;
import org.osee.bot.domain.StaffSession;
import org.osee.bot.port.AuditLog;
import org.osee.bot.port.StaffAccounts;
import org.osee.bot.port.StaffSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs staff in and out of the console and finds the account behind a session cookie. A session's id is 32 random
 * bytes; the database keeps only its SHA-256, together with the session's anti-forgery (CSRF) token. Ten wrong
 * passwords in a row lock an account for {@link #LOCK_FOR}; every sign-in, failure and lock is audited and logged
 * (the name tried, never the password).
 */
public final class ConsoleAuth {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleAuth.class);
    /** Wrong passwords in a row that lock an account. */
    public static final int LOCK_AFTER = 10;
    /** How long a lock lasts. */
    public static final Duration LOCK_FOR = Duration.ofMinutes(15);
    /** A session unused this long has ended. */
    static final Duration IDLE = Duration.ofHours(12);
    /** A session ends this long after sign-in, however much it is used. */
    static final Duration ABSOLUTE = Duration.ofDays(7);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StaffAccounts accounts;
    private final StaffSessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    public ConsoleAuth(StaffAccounts accounts, StaffSessions sessions, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /** A signed-in session: the cookie's value (only ever sent to the browser), the account and the CSRF token. */
    public record Session(String cookie, String idHash, SignedIn who, String csrf) {
        @Override
        public String toString() {
            return "Session[" + who.account() + "]";
        }
    }

    /** Why a sign-in was refused; the message is the same for a wrong name and a wrong password. */
    public static final class Refused extends RuntimeException {
        private final boolean locked;

        Refused(String message, boolean locked) {
            super(message);
            this.locked = locked;
        }

        public boolean locked() {
            return locked;
        }
    }

    /** Signs {@code name} in with {@code password}: a new session, or {@link Refused}. */
    public Session signIn(String name, String password, String client) {
        String tried = safe(name);
        Optional<StaffAccount> found = validName(name) ? accounts.find(StaffAccount.checkName(name)) : Optional.empty();
        if (found.isEmpty()) {
            Passwords.checkNothing(password == null ? "" : password);
            refuse(tried, "unknown account", client);
        }
        StaffAccount account = found.get();
        Instant now = clock.instant();
        if (account.lockedAt(now)) {
            audit.record(account.name(), "signin.locked", client, "refused while locked");
            LOG.warn("Console sign-in of {} from {} refused: the account is locked", account.name(), client);
            throw new Refused("too many wrong passwords: this account is locked for a while; try again later", true);
        }
        if (!Passwords.matches(password, account.passwordHash())) {
            StaffAccount after = accounts.signInFailed(account.name(), LOCK_AFTER, now.plus(LOCK_FOR)).orElse(account);
            if (after.lockedAt(now)) {
                audit.record(account.name(), "signin.locked", client, LOCK_AFTER + " wrong passwords");
                LOG.warn("Console account {} locked for {} after {} wrong passwords (last from {})", account.name(),
                        LOCK_FOR, LOCK_AFTER, client);
                throw new Refused("too many wrong passwords: this account is locked for a while; try again later", true);
            }
            refuse(account.name(), "wrong password", client);
        }
        if (account.disabled()) {
            refuse(account.name(), "account disabled", client);
        }
        if (account.failedSignIns() > 0 || account.lockedUntil() != null) {
            accounts.update(account.withPasswordHash(account.passwordHash()));
        }
        Session session = open(account, now);
        audit.record(account.name(), "signin.ok", client, "");
        LOG.info("Console sign-in of {} from {}", account.name(), client);
        return session;
    }

    private void refuse(String tried, String why, String client) {
        audit.record(tried, "signin.failed", client, why);
        LOG.warn("Console sign-in failed for {} from {}: {}", tried, client, why);
        throw new Refused("wrong account name or password", false);
    }

    private Session open(StaffAccount account, Instant now) {
        String cookie = token(32);
        String csrf = token(32);
        String idHash = hash(cookie);
        sessions.create(new StaffSession(idHash, account.name(), csrf, now, now));
        return new Session(cookie, idHash, signedIn(account), csrf);
    }

    /** The live session of a cookie's value, if any: not expired, its account enabled. */
    public Optional<Session> current(String cookie) {
        if (cookie == null || cookie.length() < 20 || cookie.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String idHash = hash(cookie);
        Optional<StaffSession> found = sessions.use(idHash, now);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StaffSession s = found.get();
        if (s.lastSeenAt().plus(IDLE).isBefore(now) || s.createdAt().plus(ABSOLUTE).isBefore(now)) {
            sessions.end(idHash, null);
            return Optional.empty();
        }
        return accounts.find(s.account()).filter(a -> !a.disabled())
                .map(a -> new Session(cookie, idHash, signedIn(a), s.csrf()));
    }

    /** Ends the session. */
    public void signOut(Session session) {
        sessions.end(session.idHash(), null);
        audit.record(session.who().account(), "signout", "", "");
    }

    /** Ends every session of an account (after its password is reset or it is disabled). */
    public void endSessions(String account) {
        sessions.end(null, account);
    }

    static SignedIn signedIn(StaffAccount account) {
        return new SignedIn(account.name(), account.displayName(),
                account.role() == StaffAccount.Role.ADMIN ? SignedIn.Role.ADMIN : SignedIn.Role.STAFF);
    }

    private static boolean validName(String name) {
        try {
            StaffAccount.checkName(name);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A tried name as it may be logged and audited: at most 64 characters, nothing but a-z 0-9 . _ - kept. */
    static String safe(String name) {
        String s = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        s = s.replaceAll("[^a-z0-9._-]", "?");
        return s.isEmpty() ? "?" : s.length() > 64 ? s.substring(0, 64) : s;
    }

    private static String token(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
