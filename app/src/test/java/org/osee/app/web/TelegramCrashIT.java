package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.app.Main;
import org.osee.connectors.telegram.BotApiStandIn;
import org.osee.connectors.telegram.Updates;

/**
 * {@code osee serve} in a child JVM with a telegram section, killed (SIGKILL) while it answers, with more questions
 * arriving while it is down, then restarted: every question ends with exactly one answer. The library confirms
 * updates only with its next {@code getUpdates}, after they are stored, so none is lost and none answered twice.
 * The kill falls while a reply is on its way to Telegram (held by the stand-in, unprocessed), not in the
 * milliseconds between Telegram sending a reply and the outbox recording it, where no Bot API client can avoid a
 * repeat (Telegram has no idempotency key).
 */
class TelegramCrashIT {
    private static final String TOKEN = "123456:crash-it-token";
    private static final int BEFORE = 12;
    private static final int WHILE_DOWN = 8;
    private static final long FIRST_CHAT = 5001;
    private static final int LEASE_SECONDS = 15;

    @TempDir
    Path tmp;
    private BotApiStandIn api;
    private Process child;

    @AfterEach
    void stop() throws InterruptedException {
        if (child != null) {
            child.destroyForcibly().waitFor();
        }
        if (api != null) {
            api.close();
        }
    }

    private Process launch(Path config, int run) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx768m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--config", config.toString());
        builder.redirectErrorStream(true);
        builder.redirectOutput(tmp.resolve("child-" + run + ".log").toFile());
        return builder.start();
    }

    private static String question(int i) {
        return "Which licence should we use for software the government paid for? (case " + i + ")";
    }

    private long answeredChats() {
        return IntStream.range(0, BEFORE + WHILE_DOWN).filter(i -> !api.sentTo(FIRST_CHAT + i).isEmpty()).count();
    }

    @Test
    void after_a_sigkill_and_a_restart_every_question_has_exactly_one_answer() throws Exception {
        api = new BotApiStandIn(TOKEN, "osee_bot");
        Path data = RunningApp.ingestSmallKnowledge(tmp);
        Path config = tmp.resolve("osee.yaml");
        Files.writeString(config, "data: " + data + "\nserver:\n  host: 127.0.0.1\n  port: 0\n"
                + "telegram:\n  token: \"" + TOKEN + "\"\n  api-url: " + api.url() + "\n"
                // the killed instance's claims are taken over once their lease runs out: 15 s, not the default 120 s,
                // still well above the time an answer or a delivery takes here
                + "pipeline:\n  lease-seconds: " + LEASE_SECONDS + "\n");

        child = launch(config, 1);
        await().atMost(Duration.ofSeconds(120)).until(() -> api.pollsStarted() > 0);
        for (int i = 0; i < BEFORE; i++) {
            api.push(Updates.privateText(FIRST_CHAT + i, 1, question(i), "en"));
        }
        api.holdSendsAfter(3);
        await().atMost(Duration.ofSeconds(120)).until(() -> answeredChats() >= 3 && api.heldSends() > 0);
        // Sends run in parallel: one may have just gone through while another is held. Once sends are held no more go
        // through, so a second's pause lets the outbox record those that did; the kill then falls only on held ones.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(30)).until(() -> api.heldSends() > 0);
        child.destroyForcibly().waitFor(); // SIGKILL, part-way: with a reply in flight, others being composed
        api.releaseHeldSends();
        long answeredBeforeKill = answeredChats();
        for (int i = BEFORE; i < BEFORE + WHILE_DOWN; i++) {
            api.push(Updates.privateText(FIRST_CHAT + i, 1, question(i), "en"));
        }
        int pollsBeforeRestart = api.pollsStarted();

        child = launch(config, 2);
        await().atMost(Duration.ofSeconds(180)).until(() -> answeredChats() == BEFORE + WHILE_DOWN);
        int[] seen = {-1};
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(60)).until(() -> {
            int now = api.sent().size();
            boolean same = now == seen[0];
            seen[0] = now;
            return same;
        });
        for (int i = 0; i < BEFORE + WHILE_DOWN; i++) {
            assertThat(api.sentTo(FIRST_CHAT + i)).as("answers in chat %d", FIRST_CHAT + i).hasSize(1);
        }
        assertThat(answeredBeforeKill).isLessThan(BEFORE + WHILE_DOWN);
        assertThat(api.pollsStarted()).isGreaterThan(pollsBeforeRestart);
        await().atMost(Duration.ofSeconds(60)).until(() -> api.unconfirmed() == 0);
    }
}
