package org.osee.bot.store;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.osee.bot.domain.AuditEntry;
import org.osee.bot.port.AuditLog;

/** {@link AuditLog} over JDBC. */
public final class JdbcAuditLog implements AuditLog {
    private final Jdbc jdbc;

    public JdbcAuditLog(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource, clock);
    }

    @Override
    public void record(String actor, String action, String target, String detail) {
        jdbc.inTransaction("record an audit entry", connection -> Jdbc.update(connection,
                "INSERT INTO audit_log (actor, action, target, detail, created_at) VALUES (?, ?, ?, ?, ?)",
                Jdbc.truncate(actor, 128), Jdbc.truncate(action, 64), Jdbc.truncate(target == null ? "" : target, 512),
                Jdbc.truncate(detail == null ? "" : detail, 2000), jdbc.now()));
    }

    @Override
    public List<AuditEntry> list(Filter filter, int limit, int offset) {
        StringBuilder sql = new StringBuilder("SELECT id, actor, action, target, detail, created_at FROM audit_log WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.actor() != null) {
            sql.append(" AND actor = ?");
            params.add(filter.actor());
        }
        if (filter.actionPrefix() != null) {
            sql.append(" AND action LIKE ? ESCAPE '\\'");
            params.add(filter.actionPrefix().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.from() != null) {
            sql.append(" AND created_at >= ?");
            params.add(filter.from());
        }
        if (filter.to() != null) {
            sql.append(" AND created_at < ?");
            params.add(filter.to());
        }
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?");
        params.add(Math.max(0, limit));
        params.add(Math.max(0, offset));
        return jdbc.inTransaction("list audit entries", connection -> Jdbc.query(connection, sql.toString(),
                row -> new AuditEntry(row.getLong("id"), row.getString("actor"), row.getString("action"),
                        row.getString("target"), row.getString("detail"), Jdbc.instant(row, "created_at")),
                params.toArray()));
    }
}
