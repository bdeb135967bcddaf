package org.osee.bot.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.QueueQuery;

/**
 * How long one page of the staff queue takes with many conversations: the default view (escalated), every status,
 * a language filter, a text search and the escalation counter the console polls. Not a test: run it by hand.
 *
 * <p>Arguments: {@code h2|postgres [conversations=10000] [messages-per-conversation=4]}.
 */
public final class QueueBenchmark {
    private static final String[] LANGUAGES = {"en", "fr", "es", "pt"};
    private static final String[] CHANNELS = {"web", "email", "discord", "telegram"};

    private QueueBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String engine = args.length > 0 ? args[0] : "h2";
        int conversations = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int perConversation = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        Path folder = Files.createTempDirectory("osee-queue-benchmark");
        try (TestDatabase db = engine.equals("postgres") ? TestDatabase.postgres() : TestDatabase.h2(folder)) {
            fill(db.database().dataSource().getConnection(), conversations, perConversation);
            Stores stores = Stores.jdbc(db.database().dataSource(), Clock.systemUTC());
            System.out.printf("%s, %d conversations, %d messages each%n", engine, conversations, perConversation);
            time("escalated, first page of 25", () -> stores.conversations().queue(
                    new QueueQuery(Set.of(ConversationStatus.ESCALATED), null, null, null, null, 25, 0)));
            time("all statuses, page 10 of 25", () -> stores.conversations().queue(
                    new QueueQuery(Set.of(), null, null, null, null, 25, 225)));
            time("escalated, fr, unassigned", () -> stores.conversations().queue(
                    new QueueQuery(Set.of(ConversationStatus.ESCALATED), null, "fr", QueueQuery.UNASSIGNED, null, 25,
                            0)));
            time("text search 'zeppelin' (1% of conversations)", () -> stores.conversations().queue(
                    new QueueQuery(Set.of(), null, null, null, "zeppelin", 25, 0)));
            time("escalation counter (console poll)", () -> stores.conversations().latestEscalation());
        }
    }

    private static void time(String what, Supplier<Object> query) {
        for (int i = 0; i < 5; i++) {
            query.get();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long start = System.nanoTime();
            query.get();
            micros.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(micros);
        System.out.printf("  %-48s median %6.1f ms, p90 %6.1f ms%n", what, micros.get(15) / 1000.0,
                micros.get(27) / 1000.0);
    }

    private static void fill(Connection connection, int conversations, int perConversation) throws Exception {
        try (connection) {
            connection.setAutoCommit(false);
            Instant base = Instant.now().minusSeconds(conversations * 60L);
            try (PreparedStatement conversation = connection.prepareStatement("INSERT INTO conversation (id, channel,"
                    + " thread_key, participant, participant_name, language, status, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement message = connection.prepareStatement("INSERT INTO message (conversation_id,"
                         + " author, author_name, body, citations, created_at) VALUES (?, ?, '', ?, '[]', ?)");
                 PreparedStatement escalation = connection.prepareStatement("INSERT INTO escalation"
                         + " (conversation_id, reason, created_at) VALUES (?, 'ASKED_FOR_PERSON', ?)")) {
                for (int i = 0; i < conversations; i++) {
                    String id = UUID.randomUUID().toString();
                    Timestamp at = Timestamp.from(base.plusSeconds(i * 60L));
                    boolean escalated = i % 5 == 0;
                    conversation.setString(1, id);
                    conversation.setString(2, CHANNELS[i % 4]);
                    conversation.setString(3, "t" + i);
                    conversation.setString(4, "person" + i + "@example.org");
                    conversation.setString(5, "Person " + i);
                    conversation.setString(6, LANGUAGES[(i / 4) % 4]);
                    conversation.setString(7, escalated ? "ESCALATED" : i % 5 == 1 ? "RESOLVED" : "OPEN");
                    conversation.setTimestamp(8, at);
                    conversation.setTimestamp(9, at);
                    conversation.addBatch();
                    for (int m = 0; m < perConversation; m++) {
                        message.setString(1, id);
                        message.setString(2, m % 2 == 0 ? "USER" : "BOT");
                        message.setString(3, "Question " + i + "." + m + " about licences, procurement and the"
                                + " security of dependencies in a public administration"
                                + (i % 100 == 7 ? " for the zeppelin project" : "") + ". ".repeat(20));
                        message.setTimestamp(4, at);
                        message.addBatch();
                    }
                    if (escalated) {
                        escalation.setString(1, id);
                        escalation.setTimestamp(2, at);
                        escalation.addBatch();
                    }
                    if (i % 500 == 499) {
                        conversation.executeBatch();
                        message.executeBatch();
                        escalation.executeBatch();
                    }
                }
                conversation.executeBatch();
                message.executeBatch();
                escalation.executeBatch();
            }
            connection.commit();
        }
    }
}
