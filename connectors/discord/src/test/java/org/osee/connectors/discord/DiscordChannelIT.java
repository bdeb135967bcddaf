package org.osee.connectors.discord;

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
import org.osee.bot.pipeline.Pipeline;
import org.osee.bot.pipeline.PipelineConfig;
import org.osee.bot.store.Database;
import org.osee.bot.store.Stores;
import org.osee.connectors.discord.standin.DiscordStandIn;
import org.osee.connectors.discord.standin.StandInTokens;

/** Real JDA, the real pipeline on an embedded database, and the Discord stand-in on loopback. */
class DiscordChannelIT {
    static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path tmp;
    DiscordStandIn discord;
    Database db;
    Pipeline pipeline;
    DiscordChannel channel;
    long general;
    long staff;
    long ana;

    @BeforeEach
    void start() throws Exception {
        discord = DiscordStandIn.start("general", "off-topic", "staff");
        general = discord.channel("general");
        staff = discord.channel("staff");
        ana = discord.user("ana");
        DiscordConfig config = DiscordConfig.of(StandInTokens.TOKEN, discord.apiUrl(), discord.gatewayUrl())
                .withChannels(List.of(), List.of(Long.toString(general)), Long.toString(staff));
        startApp(config);
    }

    private void startApp(DiscordConfig config) {
        db = Database.embedded(tmp);
        channel = new DiscordChannel(config, () -> true);
        pipeline = new Pipeline(Stores.of(db), new FakeAssistant(), List.of(channel), PipelineConfig.defaults());
        pipeline.notifyEscalations(channel);
        pipeline.start();
        await().atMost(WAIT).until(() -> channel.connected());
    }

    @AfterEach
    void stop() throws Exception {
        pipeline.close();
        db.close();
        discord.close();
    }

    @Test
    void a_mention_is_answered_in_a_thread_started_from_the_question_with_sources_buttons_and_no_pings() {
        long question = discord.post(general, ana, "Which licence should we use?", true);

        await().atMost(WAIT).until(() -> discord.threadOf(question).isPresent()
                && !discord.messagesIn(question).isEmpty());
        ObjectNode answer = discord.messagesIn(question).get(0);
        assertThat(answer.get("content").asText()).contains("EUPL").contains("**Sources**")
                .contains("[1] [Choosing a licence \u2014 Permissive or copyleft](<https://example.org/licensing>)")
                .contains("[2] Judging a dependency \u2014 Health signals");
        assertThat(answer.get("allowed_mentions_sent").get("parse")).isEmpty();
        assertThat(answer.get("components").toString()).contains("Helpful", "Not helpful", "Talk to a person");
        assertThat(discord.messagesIn(general)).hasSize(1); // the channel holds only the question
        assertThat(discord.commands()).extracting(c -> c.get("name").asText()).containsExactlyInAnyOrder("ask", "human");
    }

    @Test
    void a_direct_message_is_answered_in_the_dm() {
        discord.dm(ana, "Which licence should we use?");
        long dm = discord.dmChannelOf(ana);

        await().atMost(WAIT).until(() -> discord.messagesIn(dm).size() == 2);
        assertThat(discord.messagesIn(dm).get(1).get("content").asText()).contains("EUPL");
    }

    @Test
    void ask_is_deferred_then_answered_through_the_interaction() {
        var interaction = discord.slash(general, ana, "ask", Map.of("question", "Which licence should we use?"));

        await().atMost(WAIT).until(() -> interaction.originalMessage().isPresent());
        assertThat(interaction.callbacks()).containsExactly(5);
        JsonNode answer = discord.messagesIn(general).stream()
                .filter(m -> m.get("id").asLong() == interaction.originalMessage().get()).findFirst().orElseThrow();
        assertThat(answer.get("content").asText()).contains("EUPL");
    }
}
