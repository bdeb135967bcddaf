package org.osee.bot.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.osee.bot.domain.Activity;
import org.osee.bot.domain.DailyCount;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.UnansweredQuestion;
import org.osee.bot.port.InsightQueries;

/**
 * {@link InsightQueries} over JDBC, in SQL that PostgreSQL and H2 both run. Days are UTC days, grouped here rather
 * than in SQL so that no engine's date functions are needed.
 */
public final class JdbcInsightQueries implements InsightQueries {
    /** The question a reply answers: the conversation's latest user message before the reply. */
    private static final String QUESTION_OF_REPLY = "(SELECT MAX(u.id) FROM message u WHERE u.conversation_id ="
            + " b.conversation_id AND u.author = 'USER' AND u.id < b.id)";
    private final Jdbc jdbc;

    public JdbcInsightQueries(DataSource dataSource, Clock clock) {
        this.jdbc = new Jdbc(dataSource, clock);
    }

    @Override
    public Activity activity(Instant from, Instant to) {
        check(from, to);
        return jdbc.inTransaction("read insight figures", connection -> {
            Map<String, Long> counts = new TreeMap<>();
            for (Object[] row : Jdbc.query(connection, "SELECT b.created_at, c.channel, b.decision FROM message b"
                            + " JOIN conversation c ON c.id = b.conversation_id WHERE b.author = 'BOT'"
                            + " AND b.decision IS NOT NULL AND b.created_at >= ? AND b.created_at < ?",
                    r -> new Object[] {Jdbc.instant(r, "created_at"), r.getString("channel"), r.getString("decision")},
                    from, to)) {
                LocalDate day = ((Instant) row[0]).atZone(ZoneOffset.UTC).toLocalDate();
                counts.merge(day + "\t" + row[1] + "\t" + row[2], 1L, Long::sum);
            }
            List<DailyCount> daily = new ArrayList<>();
            counts.forEach((key, count) -> {
                String[] parts = key.split("\t", 3);
                daily.add(new DailyCount(LocalDate.parse(parts[0]), parts[1], Decision.valueOf(parts[2]), count));
            });
            long[] feedback = new long[2];
            Jdbc.query(connection, "SELECT helpful, COUNT(*) AS n FROM feedback WHERE created_at >= ? AND created_at < ?"
                    + " GROUP BY helpful", r -> feedback[r.getBoolean("helpful") ? 0 : 1] = r.getLong("n"), from, to);
            List<Duration> replyTimes = new ArrayList<>();
            long[] waiting = new long[1];
            Jdbc.query(connection, "SELECT e.created_at, (SELECT MIN(s.created_at) FROM message s WHERE"
                            + " s.conversation_id = e.conversation_id AND s.author = 'STAFF' AND s.created_at >= e.created_at)"
                            + " AS replied FROM escalation e WHERE e.reason <> 'ALREADY_ESCALATED'"
                            + " AND e.created_at >= ? AND e.created_at < ?", r -> {
                        Instant replied = Jdbc.instant(r, "replied");
                        if (replied == null) {
                            waiting[0]++;
                        } else {
                            replyTimes.add(Duration.between(Jdbc.instant(r, "created_at"), replied));
                        }
                        return null;
                    }, from, to);
            return new Activity(daily, feedback[0], feedback[1], replyTimes, waiting[0]);
        });
    }

    @Override
    public List<UnansweredQuestion> unanswered(Instant from, Instant to, double lowConfidence, int limit) {
        check(from, to);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        String sql = "SELECT b.id, b.conversation_id, c.channel, b.decision, b.escalation_reason, b.confidence,"
                + " b.language, q.body, b.created_at FROM message b"
                + " JOIN conversation c ON c.id = b.conversation_id"
                + " JOIN message q ON q.id = " + QUESTION_OF_REPLY
                + " LEFT JOIN inbox i ON i.id = q.inbox_id"
                + " WHERE b.author = 'BOT' AND b.created_at >= ? AND b.created_at < ?"
                + " AND (i.kind IS NULL OR i.kind = 'TEXT') AND c.anonymised = FALSE"
                + " AND (b.decision IN ('ESCALATE', 'DECLINE') OR (b.decision = 'ANSWER' AND b.confidence < ?))"
                + " AND (b.escalation_reason IS NULL OR b.escalation_reason NOT IN ('ASKED_FOR_PERSON', 'ALREADY_ESCALATED'))"
                + " ORDER BY b.created_at DESC, b.id DESC LIMIT ?";
        return jdbc.inTransaction("list unanswered questions", connection -> Jdbc.query(connection, sql,
                r -> new UnansweredQuestion(r.getLong("id"), r.getString("conversation_id"), r.getString("channel"),
                        Decision.valueOf(r.getString("decision")),
                        Jdbc.enumValue(r, "escalation_reason", EscalationReason.class), r.getDouble("confidence"),
                        r.getString("language"), r.getString("body"), Jdbc.instant(r, "created_at")),
                from, to, lowConfidence, limit)).stream().filter(q -> !q.text().isBlank()).toList();
    }

    private static void check(Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new IllegalArgumentException("the range must be from < to, was " + from + " to " + to);
        }
    }
}
