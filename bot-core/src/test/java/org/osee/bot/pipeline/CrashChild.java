package org.osee.bot.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osee.bot.channel.LoopbackChannel;
import org.osee.bot.channel.ReplyLog;
import org.osee.bot.domain.Citation;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.InboundMessage;
import org.osee.bot.domain.Reply;
import org.osee.bot.port.Assistant;
import org.osee.bot.store.Database;
import org.osee.bot.store.DatabaseConfig;
import org.osee.bot.store.Stores;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The process the crash tests kill: runs the pipeline with the loopback channel, the deterministic assistant and a
 * durable reply log, accepts every message of the input file (again after a restart: duplicates are no-ops), and
 * writes the database's counts to a status file until it is killed. It starts working once a file named {@code go}
 * exists next to the input file (after creating {@code ready-TAG} there), so processes started together begin
 * together.
 *
 * <p>Arguments: {@code h2 DATA_FOLDER | postgres URL}, input file, reply log, status file, tag, and optionally
 * {@code drafts}: then every answer is cited with low confidence and held as a draft, so only acknowledgments are
 * delivered.
 */
public final class CrashChild {
    /** One line of the input file. */
    public record Question(String id, String thread, String text) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Database database = args[0].equals("h2") ? Database.embedded(Path.of(args[1]))
                : Database.postgres(new DatabaseConfig(args[1], "postgres", "", 8));
        Path input = Path.of(args[2]);
        ReplyLog log = ReplyLog.open(Path.of(args[3]));
        Path status = Path.of(args[4]);
        String tag = args[5];
        LoopbackChannel console = new LoopbackChannel("console", log);
        PipelineConfig config = new PipelineConfig(2, Duration.ofSeconds(2), 5, Duration.ofMillis(50),
                Duration.ofSeconds(1), 64 * 1024, Duration.ofMillis(50), 8, Duration.ofSeconds(5));
        boolean drafts = args.length > 6 && args[6].equals("drafts");
        Assistant deterministic = new DeterministicAssistant(tag, Duration.ofMillis(20));
        Assistant assistant = !drafts ? deterministic : (conversation, text) -> new Reply(Decision.ANSWER,
                deterministic.reply(conversation, text).text(), 0.3, "en",
                List.of(new Citation("guide.md", "Guide", "", null)), null, false);
        Pipeline pipeline = new Pipeline(Stores.of(database), assistant, List.of(console), config);
        if (drafts) {
            pipeline.holdDrafts(new DraftPolicy(Set.of("console"), 0.6));
        }
        Files.writeString(input.resolveSibling("ready-" + tag), "");
        while (!Files.exists(input.resolveSibling("go"))) {
            Thread.sleep(5);
        }
        pipeline.start();
        for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
            Question question = MAPPER.readValue(line, Question.class);
            console.receive(new InboundMessage("console", question.id(), question.thread(), "tester", "",
                    question.text(), "en", Instant.now(), Map.of()));
        }
        while (true) {
            writeStatus(database, status);
            Thread.sleep(100);
        }
    }

    private static void writeStatus(Database database, Path status) throws SQLException, IOException {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT"
                     + " (SELECT COUNT(*) FROM inbox WHERE state = 'DONE'),"
                     + " (SELECT COUNT(*) FROM outbox WHERE state = 'DELIVERED'),"
                     + " (SELECT COUNT(*) FROM outbox WHERE state <> 'DELIVERED'),"
                     + " (SELECT COUNT(*) FROM draft), (SELECT COUNT(DISTINCT inbox_id) FROM draft)")) {
            row.next();
            String text = "answered=" + row.getLong(1) + "\ndelivered=" + row.getLong(2) + "\nundelivered="
                    + row.getLong(3) + "\ndrafts=" + row.getLong(4) + "\ndraftedQuestions=" + row.getLong(5) + "\n";
            connection.commit();
            Path temporary = status.resolveSibling(status.getFileName() + ".tmp");
            Files.writeString(temporary, text);
            Files.move(temporary, status, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
