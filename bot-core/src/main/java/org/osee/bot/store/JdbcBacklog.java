package org.osee.bot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.osee.bot.domain.BacklogSnapshot;
import org.osee.bot.port.Backlog;

/** {@link Backlog} over JDBC: counts of pending inbox and outbox rows, dead letters and escalated conversations. */
public final class JdbcBacklog implements Backlog {
    private final Jdbc jdbc;

    public JdbcBacklog(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource, clock);
    }

    @Override
    public BacklogSnapshot snapshot() {
        return jdbc.inTransaction("count the backlog", connection -> {
            Map<String, Long> inbox = byChannel(connection, "SELECT channel, COUNT(*) FROM inbox"
                    + " WHERE state = 'PENDING' GROUP BY channel");
            Map<String, Long> outbox = byChannel(connection, "SELECT channel, COUNT(*) FROM outbox"
                    + " WHERE state = 'PENDING' GROUP BY channel");
            long dead = Jdbc.queryOne(connection, "SELECT (SELECT COUNT(*) FROM outbox WHERE state = 'DEAD')"
                    + " + (SELECT COUNT(*) FROM inbox WHERE state = 'FAILED')", row -> row.getLong(1)).orElse(0L);
            record Staff(long waiting, Instant oldest) { }
            // waiting since the conversation's latest escalation (its last update when staff set the status by hand)
            Staff staff = Jdbc.queryOne(connection, "SELECT COUNT(*) AS waiting, MIN(since) AS oldest FROM (SELECT COALESCE("
                    + "(SELECT MAX(e.created_at) FROM escalation e WHERE e.conversation_id = c.id), c.updated_at)"
                    + " AS since FROM conversation c WHERE c.status = 'ESCALATED') waiting",
                    row -> new Staff(row.getLong("waiting"), Jdbc.instant(row, "oldest"))).orElseThrow();
            return new BacklogSnapshot(inbox, outbox, dead, staff.waiting(), staff.oldest());
        });
    }

    private static Map<String, Long> byChannel(Connection connection, String sql) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] row : Jdbc.query(connection, sql, r -> new Object[] {r.getString(1), r.getLong(2)})) {
            out.put((String) row[0], (Long) row[1]);
        }
        return out;
    }
}
