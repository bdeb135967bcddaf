package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.connectors.discord.standin.DiscordStandIn;
import org.osee.connectors.discord.standin.StandInTokens;

/**
 * {@code osee serve} in a child JVM, killed with SIGKILL while questions are in flight; more questions are posted
 * while it is down (Discord does not replay them); after a restart on the same data folder every question has
 * exactly one answer.
 */
class DiscordCrashIT {
    static final String[] QUESTIONS = {
        "Which licence should we use for software the government paid for?",
        "What does a copyleft licence require?",
        "How do we judge the health of a dependency?",
        "Is MIT a permissive licence?",
        "Should we check the OpenSSF Scorecard of a dependency?",
        "What is the EUPL?",
        "How often should a dependency be released?"};

    @TempDir
    Path tmp;

    @Test
    void every_question_gets_exactly_one_answer_across_a_sigkill_and_an_outage() throws Exception {
        Path data = RunningApp.ingestSmallKnowledge(tmp);
        try (DiscordStandIn discord = DiscordStandIn.start("general", "staff")) {
            long general = discord.channel("general");
            long ana = discord.user("ana");
            Path config = tmp.resolve("osee.yaml");
            Files.writeString(config, """
                    data: %s
                    server: { host: 127.0.0.1, port: 0 }
                    discord:
                      api-url: %s
                      gateway-url: %s
                      channels: ["%d"]
                    # the killed instance's claims are taken over when their lease runs out: 15 s, not the default 120 s
                    pipeline: { lease-seconds: 15 }
                    """.formatted(data, discord.apiUrl(), discord.gatewayUrl(), general));
            List<Long> questions = new ArrayList<>();

            Process first = serve(config, tmp.resolve("first.log"));
            try {
                await().atMost(Duration.ofMinutes(3)).until(discord::sessionReady);
                for (int i = 0; i < 4; i++) {
                    questions.add(discord.post(general, ana, QUESTIONS[i], true));
                }
                await().atMost(Duration.ofMinutes(2)).until(() -> answers(discord, questions.get(0)) > 0);
            } finally {
                first.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no goodbye to the gateway
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> !discord.sessionReady());
            for (int i = 4; i < QUESTIONS.length; i++) {
                questions.add(discord.post(general, ana, QUESTIONS[i], true));
            }

            Process second = serve(config, tmp.resolve("second.log"));
            try {
                await().atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> questions.stream().allMatch(q -> answers(discord, q) >= 1));
                await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30))
                        .until(() -> questions.stream().allMatch(q -> answers(discord, q) == 1));
                assertThat(discord.identifies()).isEqualTo(2);
                assertThat(discord.requests("POST", "channels/\\d+/messages/\\d+/threads").stream()
                        .map(r -> r.path()).distinct()).hasSize(QUESTIONS.length);
            } finally {
                second.destroy();
                second.waitFor();
            }
        }
    }

    /** Bot messages in the thread started from the question. */
    private static long answers(DiscordStandIn discord, long question) {
        return discord.messagesIn(question).stream()
                .filter(m -> m.get("author").get("id").asLong() == DiscordStandIn.BOT).count();
    }

    private static Process serve(Path config, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.osee.app.Main", "serve", "--config", config.toString());
        pb.environment().put("OSEE_DISCORD_TOKEN", StandInTokens.TOKEN);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

}
