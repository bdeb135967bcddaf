package org.osee.bot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.bot.answer.Phrase;
import org.osee.bot.answer.Phrases;
import org.osee.bot.channel.ReplyLog;
import org.osee.bot.store.TestDatabase;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Kills pipeline processes with SIGKILL part-way through 200 messages, restarts them, and checks that every message
 * got exactly one delivered reply: on H2, on PostgreSQL, and with two processes sharing one PostgreSQL database.
 */
class PipelineCrashIT {
    private static final int MESSAGES = 200;
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @TempDir
    Path folder;

    private final List<Process> processes = new ArrayList<>();
    private String schema;
    /** Whether the children hold every answer as a draft (each question then has a thread of its own). */
    private boolean drafts;

    @AfterEach
    void cleanUp() throws InterruptedException {
        for (Process process : processes) {
            process.destroyForcibly();
            process.waitFor();
        }
        if (schema != null) {
            TestDatabase.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void every_message_gets_exactly_one_reply_on_h2_despite_a_sigkill() throws Exception {
        List<String> database = List.of("h2", folder.resolve("data").toString());

        crashAndRecover(database, 1);
    }

    @Test
    void every_message_gets_exactly_one_reply_on_postgres_despite_a_sigkill() throws Exception {
        crashAndRecover(postgres(), 1);
    }

    @Test
    void two_processes_on_one_postgres_share_the_work_and_reply_exactly_once_despite_a_sigkill() throws Exception {
        Map<String, Long> byProcess = crashAndRecover(postgres(), 2);

        assertThat(byProcess).containsOnlyKeys("p0", "p1");
        assertThat(byProcess.values()).allMatch(count -> count > 0);
    }

    @Test
    void every_held_draft_is_kept_once_and_acknowledged_once_on_h2_despite_a_sigkill() throws Exception {
        crashWhileHoldingDrafts(List.of("h2", folder.resolve("data").toString()));
    }

    @Test
    void every_held_draft_is_kept_once_and_acknowledged_once_on_postgres_despite_a_sigkill() throws Exception {
        crashWhileHoldingDrafts(postgres());
    }

    /**
     * One process holding every answer as a draft, killed part-way and restarted: each question must end with
     * exactly one draft and exactly one delivered acknowledgment, and no answer may have been sent.
     */
    private void crashWhileHoldingDrafts(List<String> database) throws Exception {
        drafts = true;
        Path input = writeQuestions();
        Path log = folder.resolve("replies.jsonl");
        processes.add(child(database, input, log, "p0", "first"));
        await().atMost(PATIENCE).until(() -> processes.get(0).isAlive() && countFiles("ready-") == 1);
        Files.writeString(folder.resolve("go"), "");
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(5)).until(() -> ReplyLog.read(log).size() >= 20);
        processes.get(0).destroyForcibly().waitFor();
        int atKill = ReplyLog.read(log).size();
        processes.set(0, child(database, input, log, "p0", "second"));

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> allDelivered(1)
                && status("p0").apply("drafts") == MESSAGES);
        assertThat(atKill).as("acknowledgments when the process was killed").isBetween(20, MESSAGES - 1);
        assertThat(status("p0").apply("draftedQuestions")).isEqualTo(MESSAGES);
        List<ReplyLog.Entry> replies = ReplyLog.read(log);
        Map<String, Long> perQuestion = replies.stream()
                .collect(Collectors.groupingBy(ReplyLog.Entry::inReplyTo, Collectors.counting()));
        assertThat(perQuestion).hasSize(MESSAGES);
        assertThat(perQuestion.values()).containsOnly(1L);
        assertThat(replies).allSatisfy(r -> assertThat(r.text())
                .isEqualTo(Phrases.get(Phrase.DRAFT_ACK, "en")));
    }

    private Function<String, Long> status(String tag) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(folder.resolve("status-" + tag + ".properties"))) {
            properties.load(reader);
        }
        return key -> Long.parseLong(properties.getProperty(key, "0"));
    }

    /** Runs {@code count} processes, kills the first part-way and restarts it; returns the replies per process. */
    private Map<String, Long> crashAndRecover(List<String> database, int count) throws Exception {
        Path input = writeQuestions();
        Path log = folder.resolve("replies.jsonl");
        for (int i = 0; i < count; i++) {
            processes.add(child(database, input, log, "p" + i, "first"));
        }
        await().atMost(PATIENCE).until(() -> processes.stream().allMatch(Process::isAlive)
                && countFiles("ready-") == count);
        Files.writeString(folder.resolve("go"), "");

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(5)).until(() -> {
            List<ReplyLog.Entry> replies = ReplyLog.read(log);
            return replies.size() >= 20 && answeredBy(replies).size() == count;
        });
        processes.get(0).destroyForcibly().waitFor();
        int atKill = ReplyLog.read(log).size();
        processes.set(0, child(database, input, log, "p0", "second"));

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> allDelivered(count));
        assertThat(atKill).as("replies when the process was killed").isBetween(20, MESSAGES - 1);
        List<ReplyLog.Entry> replies = ReplyLog.read(log);
        Map<String, Long> perQuestion = replies.stream()
                .collect(Collectors.groupingBy(ReplyLog.Entry::inReplyTo, Collectors.counting()));
        assertThat(perQuestion).hasSize(MESSAGES);
        assertThat(perQuestion.values()).containsOnly(1L);
        assertThat(replies).extracting(ReplyLog.Entry::outboxId).doesNotHaveDuplicates();
        assertThat(replies).allSatisfy(r -> assertThat(r.text()).contains("answer to: question " + r.inReplyTo()));
        return answeredBy(replies);
    }

    /** How many replies each process's assistant wrote (its tag ends every answer). */
    private static Map<String, Long> answeredBy(List<ReplyLog.Entry> replies) {
        return replies.stream().collect(Collectors.groupingBy(
                r -> r.text().substring(r.text().lastIndexOf('[') + 1, r.text().lastIndexOf(']')),
                Collectors.counting()));
    }

    private long countFiles(String prefix) throws IOException {
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).count();
        }
    }

    private boolean allDelivered(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path status = folder.resolve("status-p" + i + ".properties");
            if (!Files.exists(status)) {
                return false;
            }
            Properties properties = new Properties();
            try (var reader = Files.newBufferedReader(status)) {
                properties.load(reader);
            }
            Function<String, Long> value = key -> Long.parseLong(properties.getProperty(key, "0"));
            if (value.apply("answered") == MESSAGES && value.apply("delivered") == MESSAGES
                    && value.apply("undelivered") == 0) {
                return ReplyLog.read(folder.resolve("replies.jsonl")).size() >= MESSAGES;
            }
        }
        return false;
    }

    private List<String> postgres() {
        schema = "osee_it_crash_" + Long.toHexString(System.nanoTime());
        TestDatabase.execute("CREATE SCHEMA " + schema);
        return List.of("postgres", TestDatabase.postgresConfig(schema).url());
    }

    private Path writeQuestions() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            String id = String.format("q%03d", i);
            // two messages per conversation, so order within a conversation is exercised too
            int thread = drafts ? i : i % (MESSAGES / 2);
            lines.add(mapper.writeValueAsString(new CrashChild.Question(id, "thread-" + thread,
                    "question " + id)));
        }
        Path input = folder.resolve("questions.jsonl");
        Files.write(input, lines);
        return input;
    }

    private Process child(List<String> database, Path input, Path log, String tag, String run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp",
                System.getProperty("java.class.path"), CrashChild.class.getName()));
        command.addAll(database);
        command.addAll(List.of(input.toString(), log.toString(),
                folder.resolve("status-" + tag + ".properties").toString(), tag));
        if (drafts) {
            command.add("drafts");
        }
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("child-" + tag + "-" + run + ".log").toFile())
                .start();
    }
}
