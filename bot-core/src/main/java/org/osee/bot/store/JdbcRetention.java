package org.osee.bot.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import org.osee.bot.domain.RetentionMode;
import org.osee.bot.port.Retention;

/** {@link Retention} over JDBC, in batches of 200 conversations per transaction. */
public final class JdbcRetention implements Retention {
    /** What replaces addresses, handles and thread keys. */
    public static final String ANONYMISED = "anonymised";

    private static final int BATCH = 200;
    private static final String IDLE = " AND NOT EXISTS (SELECT 1 FROM inbox i WHERE i.conversation_id = c.id"
            + " AND i.state = 'PENDING') AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.conversation_id = c.id"
            + " AND o.state = 'PENDING')";

    private final Jdbc jdbc;

    public JdbcRetention(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource, clock);
    }

    @Override
    public int apply(Instant before, RetentionMode mode) {
        int total = 0;
        Batch batch;
        do {
            batch = jdbc.inTransaction("apply retention", connection -> applyBatch(connection, before, mode));
            total += batch.changed();
        } while (batch.selected() == BATCH);
        jdbc.inTransaction("delete old rejections",
                connection -> Jdbc.update(connection, "DELETE FROM rejection WHERE created_at < ?", before));
        return total;
    }

    /** How many conversations a batch looked at, and how many of them it changed. */
    private record Batch(int selected, int changed) {
    }

    private static Batch applyBatch(Connection connection, Instant before, RetentionMode mode) throws SQLException {
        String notYet = mode == RetentionMode.DELETE ? "" : " AND c.anonymised = FALSE";
        List<String> ids = Jdbc.query(connection, "SELECT c.id FROM conversation c WHERE c.updated_at < ?" + notYet
                + IDLE + " ORDER BY c.updated_at LIMIT " + BATCH, row -> row.getString(1), before);
        int count = 0;
        for (String id : ids) {
            // the conditions again, on the locked row: a message may have arrived since the query
            if (mode == RetentionMode.DELETE) {
                count += Jdbc.update(connection, "DELETE FROM conversation c WHERE c.id = ? AND c.updated_at < ?"
                        + IDLE, id, before);
            } else if (anonymise(connection, id, before, mode == RetentionMode.ANONYMISE_AND_REMOVE_TEXT)) {
                count++;
            }
        }
        return new Batch(ids.size(), count);
    }

    private static boolean anonymise(Connection connection, String id, Instant before, boolean removeText)
            throws SQLException {
        String threadKey = ANONYMISED + ":" + id;
        int updated = Jdbc.update(connection, "UPDATE conversation c SET participant = ?, participant_name = '',"
                + " thread_key = ?, anonymised = TRUE WHERE c.id = ? AND c.updated_at < ?" + IDLE,
                ANONYMISED, threadKey, id, before);
        if (updated == 0) {
            return false;
        }
        Jdbc.update(connection, "UPDATE inbox SET sender = ?, sender_name = '', thread_key = ?, metadata = '{}'"
                + " WHERE conversation_id = ?", ANONYMISED, threadKey, id);
        Jdbc.update(connection, "UPDATE outbox SET recipient = ? WHERE conversation_id = ?", ANONYMISED, id);
        Jdbc.update(connection, "UPDATE message SET author_name = '' WHERE conversation_id = ? AND author = 'USER'",
                id);
        if (removeText) {
            Jdbc.update(connection, "UPDATE message SET body = '' WHERE conversation_id = ?", id);
            Jdbc.update(connection, "UPDATE feedback SET comment = '' WHERE conversation_id = ?", id);
            Jdbc.update(connection, "UPDATE draft SET body = '' WHERE conversation_id = ?", id);
        }
        return true;
    }
}
