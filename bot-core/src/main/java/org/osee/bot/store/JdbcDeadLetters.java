package org.osee.bot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import org.osee.bot.domain.DeadLetter;
import org.osee.bot.domain.Rejection;
import org.osee.bot.port.DeadLetters;

/** {@link DeadLetters} over JDBC: dead outbox items and failed inbox items. */
public final class JdbcDeadLetters implements DeadLetters {
    private final Jdbc jdbc;

    public JdbcDeadLetters(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource, clock);
    }

    @Override
    public List<DeadLetter> list(int limit) {
        return jdbc.inTransaction("list dead letters", connection -> {
            List<DeadLetter> all = new ArrayList<>();
            all.addAll(Jdbc.query(connection, "SELECT id, conversation_id, channel, attempts, last_error, updated_at"
                    + " FROM outbox WHERE state = 'DEAD' ORDER BY updated_at DESC, id DESC LIMIT ?",
                    row -> deadLetter(DeadLetter.Kind.OUTBOUND, row), limit));
            all.addAll(Jdbc.query(connection, "SELECT id, conversation_id, channel, attempts, last_error, updated_at"
                    + " FROM inbox WHERE state = 'FAILED' ORDER BY updated_at DESC, id DESC LIMIT ?",
                    row -> deadLetter(DeadLetter.Kind.INBOUND, row), limit));
            all.sort(Comparator.comparing(DeadLetter::at).reversed());
            return List.copyOf(all.subList(0, Math.min(limit, all.size())));
        });
    }

    private static DeadLetter deadLetter(DeadLetter.Kind kind, ResultSet row) throws SQLException {
        return new DeadLetter(kind, row.getLong("id"), row.getString("conversation_id"), row.getString("channel"),
                row.getInt("attempts"), row.getString("last_error"), Jdbc.instant(row, "updated_at"));
    }

    @Override
    public boolean retry(DeadLetter.Kind kind, long id) {
        String table = kind == DeadLetter.Kind.OUTBOUND ? "outbox" : "inbox";
        String state = kind == DeadLetter.Kind.OUTBOUND ? "DEAD" : "FAILED";
        return jdbc.inTransaction("retry a dead letter", connection -> {
            Instant now = jdbc.now();
            return Jdbc.update(connection, "UPDATE " + table + " SET state = 'PENDING', attempts = 0,"
                    + " next_attempt_at = ?, updated_at = ? WHERE id = ? AND state = ?", now, now, id, state) > 0;
        });
    }

    @Override
    public List<Rejection> rejections(int limit) {
        return jdbc.inTransaction("list rejections", connection -> Jdbc.query(connection,
                "SELECT channel, platform_message_id, sender, reason, text_bytes, created_at FROM rejection"
                        + " ORDER BY id DESC LIMIT ?",
                row -> new Rejection(row.getString("channel"), row.getString("platform_message_id"),
                        row.getString("sender"), row.getString("reason"), row.getInt("text_bytes"),
                        Jdbc.instant(row, "created_at")), limit));
    }
}
