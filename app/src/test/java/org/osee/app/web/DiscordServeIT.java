package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.connectors.discord.standin.DiscordStandIn;
import org.osee.connectors.discord.standin.StandInTokens;

/**
 * {@code osee serve} with a {@code discord} section, end to end: the real application (real assistant, embedded
 * database, real JDA) against the Discord stand-in on loopback.
 */
class DiscordServeIT {
    static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path tmp;
    DiscordStandIn discord;
    RunningApp app;
    long general;
    long staff;
    long ana;

    @BeforeEach
    void start() throws Exception {
        discord = DiscordStandIn.start("general", "random", "staff");
        general = discord.channel("general");
        staff = discord.channel("staff");
        ana = discord.user("ana");
        Map<String, Object> section = Map.of("token", StandInTokens.TOKEN, "api-url", discord.apiUrl(),
                "gateway-url", discord.gatewayUrl(), "channels", List.of(Long.toString(general)),
                "staff-channel", Long.toString(staff), "console-url", "https://osee.example/console");
        app = RunningApp.withSections(tmp, null, Map.of("discord", section));
        await().atMost(WAIT).until(discord::sessionReady);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
        discord.close();
    }

    @Test
    void mention_dm_ask_and_talk_to_a_person_get_threaded_cited_answers_without_pings_and_staff_hear_of_it()
            throws Exception {
        long question = discord.post(general, ana, "@everyone Which licence should we use for software the "
                + "government paid for?", true);
        discord.dm(ana, "Which licence should we use for software the government paid for?");
        var ask = discord.slash(general, ana, "ask", Map.of("question", "How do we judge the health of a dependency?"));

        await().atMost(WAIT).until(() -> discord.messagesIn(question).size() == 1);
        ObjectNode answer = discord.messagesIn(question).get(0);
        assertThat(answer.get("content").asText()).containsIgnoringCase("licence").contains("**Sources**", "[1]")
                .contains("https://example.org/licensing");
        long dm = discord.dmChannelOf(ana);
        await().atMost(WAIT).until(() -> discord.messagesIn(dm).size() == 2);
        assertThat(discord.messagesIn(dm).get(1).get("content").asText()).containsIgnoringCase("licence");
        await().atMost(WAIT).until(() -> ask.originalMessage().isPresent());
        assertThat(ask.callbacks()).containsExactly(5);

        String human = answer.get("components").findValues("custom_id").stream().map(JsonNode::asText)
                .filter(id -> id.startsWith("osee|p|")).findFirst().orElseThrow();
        discord.click(question, ana, answer.get("id").asLong(), human);
        await().atMost(WAIT).until(() -> discord.messagesIn(question).size() == 2 && !discord.messagesIn(staff).isEmpty());
        assertThat(discord.messagesIn(question).get(1).get("content").asText()).containsIgnoringCase("staff");
        String notice = discord.messagesIn(staff).get(0).get("content").asText();
        assertThat(notice).contains("Escalated", "https://osee.example/console#");

        String conversation = notice.substring(notice.indexOf('#') + 1).strip();
        assertThat(app.consolePost("/console/api/conversations/" + conversation + "/reply",
                "{\"text\":\"Hello Ana, the EUPL is a good choice. @everyone\"}").statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> discord.messagesIn(question).size() == 3);
        assertThat(discord.messagesIn(question).get(2).get("content").asText()).contains("Hello Ana");

        for (ObjectNode m : discord.botMessages()) {
            assertThat(m.get("content").asText().length()).isLessThanOrEqualTo(2000);
            assertThat(m.get("mention_everyone").asBoolean()).isFalse();
            assertThat(m.get("mentions")).isEmpty();
        }
        assertThat(discord.messagesIn(general).stream().filter(m -> m.get("author").get("id").asLong()
                == DiscordStandIn.BOT)).hasSize(1); // only the /ask response; mentions are answered in threads
    }
}
