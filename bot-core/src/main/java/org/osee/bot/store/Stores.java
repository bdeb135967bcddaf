package org.osee.bot.store;

import java.time.Clock;
import java.util.Set;

import javax.sql.DataSource;

import org.osee.bot.port.AuditLog;
import org.osee.bot.port.CannedResponses;
import org.osee.bot.port.Channel;
import org.osee.bot.port.ConversationStore;
import org.osee.bot.port.DeadLetters;
import org.osee.bot.port.FeedbackStore;
import org.osee.bot.port.InboxStore;
import org.osee.bot.port.Outbox;
import org.osee.bot.port.Retention;
import org.osee.bot.port.StaffDesk;
import org.osee.bot.port.WorkQueue;

/** Every store port over one database: what the pipeline and the staff console are built from. */
public record Stores(InboxStore inbox, WorkQueue workQueue, Outbox outbox, ConversationStore conversations,
                     StaffDesk staffDesk, FeedbackStore feedback, DeadLetters deadLetters, Retention retention,
                     AuditLog audit, CannedResponses canned) {

    /** The JDBC implementations over {@code dataSource}, timestamps from {@code clock}. */
    public static Stores jdbc(DataSource dataSource, Clock clock) {
        return jdbc(dataSource, clock, Set.of());
    }

    /**
     * The JDBC implementations over {@code dataSource}, timestamps from {@code clock}; the replies of the
     * {@code deliveredWhenRecorded} channels (whose platform is this database, as the web chat's is) are delivered
     * in the transaction that records them. Those channels say so too ({@link Channel#deliveredWhenRecorded()}).
     */
    public static Stores jdbc(DataSource dataSource, Clock clock, Set<String> deliveredWhenRecorded) {
        return new Stores(new JdbcInboxStore(dataSource, clock),
                new JdbcWorkQueue(dataSource, clock, deliveredWhenRecorded),
                new JdbcOutbox(dataSource, clock), new JdbcConversationStore(dataSource, clock),
                new JdbcStaffDesk(dataSource, clock), new JdbcFeedbackStore(dataSource, clock),
                new JdbcDeadLetters(dataSource, clock), new JdbcRetention(dataSource, clock),
                new JdbcAuditLog(dataSource, clock), new JdbcCannedResponses(dataSource, clock));
    }

    /** The JDBC implementations over {@code database}, on the system clock. */
    public static Stores of(Database database) {
        return jdbc(database.dataSource(), Clock.systemUTC());
    }

    /** The JDBC implementations over {@code database}, on the system clock, as {@link #jdbc(DataSource, Clock, Set)}. */
    public static Stores of(Database database, Set<String> deliveredWhenRecorded) {
        return jdbc(database.dataSource(), Clock.systemUTC(), deliveredWhenRecorded);
    }
}
