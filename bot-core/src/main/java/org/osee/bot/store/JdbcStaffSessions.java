package org.osee.bot.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import org.osee.bot.domain.StaffSession;
import org.osee.bot.port.StaffSessions;

/** {@link StaffSessions} over JDBC (table {@code staff_session}). */
public final class JdbcStaffSessions implements StaffSessions {
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);
    /** Sessions unused this long are deleted when a new one is created (long past any session's end). */
    private static final Duration PURGE_AFTER = Duration.ofDays(30);
    private final Jdbc jdbc;

    public JdbcStaffSessions(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource, clock);
    }

    @Override
    public void create(StaffSession s) {
        jdbc.inTransaction("create a console session", connection -> {
            Jdbc.update(connection, "DELETE FROM staff_session WHERE last_seen_at < ?", s.createdAt().minus(PURGE_AFTER));
            return Jdbc.update(connection,
                    "INSERT INTO staff_session (id_hash, account, csrf, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)",
                    s.idHash(), s.account(), s.csrf(), s.createdAt(), s.lastSeenAt());
        });
    }

    @Override
    public Optional<StaffSession> use(String idHash, Instant now) {
        return jdbc.inTransaction("find a console session", connection -> {
            Optional<StaffSession> found = Jdbc.queryOne(connection,
                    "SELECT id_hash, account, csrf, created_at, last_seen_at FROM staff_session WHERE id_hash = ?",
                    row -> new StaffSession(row.getString("id_hash"), row.getString("account"), row.getString("csrf"),
                            Jdbc.instant(row, "created_at"), Jdbc.instant(row, "last_seen_at")), idHash);
            if (found.isPresent() && found.get().lastSeenAt().plus(TOUCH_EVERY).isBefore(now)) {
                Jdbc.update(connection, "UPDATE staff_session SET last_seen_at = ? WHERE id_hash = ?", now, idHash);
            }
            return found;
        });
    }

    @Override
    public void end(String idHash, String account) {
        jdbc.inTransaction("end console sessions", connection -> idHash != null
                ? Jdbc.update(connection, "DELETE FROM staff_session WHERE id_hash = ?", idHash)
                : Jdbc.update(connection, "DELETE FROM staff_session WHERE account = ?", account));
    }
}
