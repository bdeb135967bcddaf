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
    DiscordConfig config;

    @BeforeEach
    void start() throws Exception {
        discord = DiscordStandIn.start("general", "off-topic", "staff");
        general = discord.channel("general");
        staff = discord.channel("staff");
        ana = discord.user("ana");
        config = DiscordConfig.of(StandInTokens.TOKEN, discord.apiUrl(), discord.gatewayUrl())
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
        discord.requests().forEach(r -> System.out.println("REQ " + r.method() + " " + r.path() + " "
                + r.body().toString().substring(0, Math.min(300, r.body().toString().length()))));
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
        assertThat(discord.requests("POST", "channels/" + general + "/typing")).isNotEmpty();
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

    @Test
    void talk_to_a_person_escalates_tells_the_person_announces_it_to_staff_and_the_bot_stays_silent() {
        long question = discord.post(general, ana, "Which licence should we use?", true);
        await().atMost(WAIT).until(() -> discord.messagesIn(question).size() == 1);
        long answer = discord.messagesIn(question).get(0).get("id").asLong();
        String human = discord.messagesIn(question).get(0).get("components").findValues("custom_id").stream()
                .map(JsonNode::asText).filter(id -> id.startsWith("osee|p|")).findFirst().orElseThrow();

        var press = discord.click(question, ana, answer, human);

        await().atMost(WAIT).until(() -> discord.messagesIn(question).size() == 2
                && !discord.messagesIn(staff).isEmpty());
        assertThat(press.callbacks()).containsExactly(6);
        assertThat(discord.messagesIn(question).get(1).get("content").asText()).containsIgnoringCase("staff");
        assertThat(discord.messagesIn(question).get(1).get("components")).isEmpty();
        String notice = discord.messagesIn(staff).get(0).get("content").asText();
        assertThat(notice).contains("Escalated", "asked for person", "ana", "http://localhost:8080/console#");

        discord.reply(question, ana, "Hello? Anyone?", answer);
        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> discord.messagesIn(question).size() == 3);
    }

    @Test
    void a_question_edited_after_its_answer_gets_that_answer_edited_in_place() {
        long question = discord.post(general, ana, "Which licence should we use?", true);
        await().atMost(WAIT).until(() -> discord.messagesIn(question).size() == 1);
        ObjectNode answer = discord.messagesIn(question).get(0);
        String buttonsBefore = answer.get("components").toString();

        discord.edit(general, question, "<@" + DiscordStandIn.BOT + "> Which licence should we use for docs?");

        await().atMost(WAIT).until(() -> answer.hasNonNull("edited_timestamp"));
        assertThat(discord.messagesIn(question)).singleElement().satisfies(m -> {
            assertThat(m.get("id").asLong()).isEqualTo(answer.get("id").asLong());
            assertThat(m.get("content").asText()).contains("EUPL");
            assertThat(m.get("components").toString()).contains("Helpful").isNotEqualTo(buttonsBefore);
            assertThat(m.get("allowed_mentions_sent").get("parse")).isEmpty();
        });
        assertThat(discord.requests("PATCH", "channels/" + question + "/messages/\\d+")).hasSize(1);
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> discord.messagesIn(question).size() == 1);
    }

    @Test
    void when_the_answer_to_an_edited_question_is_gone_the_new_answer_is_sent_as_a_new_message() {
        long question = discord.dm(ana, "Which licence should we use?");
        long dm = discord.dmChannelOf(ana);
        await().atMost(WAIT).until(() -> discord.messagesIn(dm).size() == 2);
        long answer = discord.messagesIn(dm).get(1).get("id").asLong();
        discord.delete(dm, answer);

        discord.edit(dm, question, "Which licence should we use for docs?");

        await().atMost(WAIT).until(() -> discord.messagesIn(dm).size() == 2);
        assertThat(discord.messagesIn(dm).get(1).get("id").asLong()).isNotEqualTo(answer);
        assertThat(discord.messagesIn(dm).get(1).get("content").asText()).contains("EUPL");
        assertThat(discord.requests("PATCH", "channels/" + dm + "/messages/" + answer)).hasSize(1);
    }

    @Test
    void a_follow_up_in_the_thread_continues_the_conversation_there() {
        long question = discord.post(general, ana, "Which licence should we use?", true);
        await().atMost(WAIT).until(() -> discord.messagesIn(question).size() == 1);
        long answer = discord.messagesIn(question).get(0).get("id").asLong();

        discord.reply(question, ana, "And for documentation?", answer);

        await().atMost(WAIT).until(() -> discord.messagesIn(question).size() == 3);
        assertThat(discord.messagesIn(question).get(2).get("author").get("id").asLong()).isEqualTo(DiscordStandIn.BOT);
        assertThat(discord.threadOf(question)).isPresent();
        assertThat(discord.requests("POST", "channels/\\d+/messages/\\d+/threads")).hasSize(1);
    }

    @Test
    void a_long_answer_is_split_on_paragraphs_with_sources_and_buttons_on_the_last_part() {
        long question = discord.post(general, ana, "Give me the long story about licences", true);

        await().atMost(WAIT).until(() -> discord.messagesIn(question).size() >= 3);
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> discord.messagesIn(question).size() == 3);
        List<ObjectNode> parts = discord.messagesIn(question);
        assertThat(parts).allSatisfy(p -> assertThat(p.get("content").asText().length()).isBetween(1, 2000));
        assertThat(parts.get(0).get("content").asText()).doesNotContain("**Sources**").endsWith("[1].");
        assertThat(parts.get(2).get("content").asText()).contains("**Sources**");
        assertThat(parts.get(0).get("components")).isEmpty();
        assertThat(parts.get(2).get("components")).isNotEmpty();
    }

    @Test
    void bots_webhooks_unmentioned_messages_and_other_channels_get_no_answer() {
        long otherBot = discord.user("helper-bot", true);
        discord.post(general, otherBot, "Which licence should we use?", true);
        discord.postRaw(general, ana, "<@" + DiscordStandIn.BOT + "> Which licence, says the webhook?", "4242");
        discord.post(general, ana, "Which licence should we use?", false);
        discord.post(discord.channel("off-topic"), ana, "Which licence should we use?", true);
        long control = discord.post(general, ana, "And this one?", true);

        await().atMost(WAIT).until(() -> discord.messagesIn(control).size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> discord.botMessages().size() == 1);
    }

    @Test
    void hostile_text_pings_nobody_and_a_4000_character_question_is_answered() {
        String noisy = "@everyone @here <@&123> <@" + ana + "> **bold** ```code``` Which licence should we use?";
        long first = discord.post(general, ana, noisy, true);
        long second = discord.post(general, ana, "Which licence? " + "x".repeat(3950), true);

        await().atMost(WAIT).until(() -> discord.messagesIn(first).size() == 1 && discord.messagesIn(second).size() == 1);
        for (ObjectNode m : discord.botMessages()) {
            assertThat(m.get("mention_everyone").asBoolean()).isFalse();
            assertThat(m.get("mentions")).isEmpty();
            assertThat(m.has("mentions_roles_allowed")).isFalse();
        }
    }

    @Test
    void a_flood_from_one_person_is_limited_with_one_notice_and_others_are_still_answered() {
        long flooder = discord.user("flooder");
        for (int i = 0; i < 100; i++) {
            discord.post(general, flooder, "Question number " + i + " about licences?", true);
        }
        long calm = discord.post(general, ana, "Which licence should we use?", true);

        await().atMost(WAIT).until(() -> discord.messagesIn(calm).size() == 1);
        await().atMost(WAIT).until(() -> discord.threadOf(calm).isPresent());
        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> discord.botMessages().size() == 12);
        List<ObjectNode> notices = discord.messagesIn(general).stream()
                .filter(m -> m.get("author").get("id").asLong() == DiscordStandIn.BOT).toList();
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0).get("content").asText()).contains("wait a minute");
    }

    @Test
    void questions_asked_during_a_gateway_outage_are_caught_up_from_history_once() {
        long before = discord.post(general, ana, "Which licence should we use?", true);
        await().atMost(WAIT).until(() -> discord.messagesIn(before).size() == 1);

        discord.gatewayDown(true);
        long during = discord.post(general, ana, "And for documentation?", true);
        discord.gatewayDown(false);

        await().atMost(Duration.ofMinutes(3)).until(() -> discord.messagesIn(during).size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> discord.botMessages().size() == 2);
        assertThat(discord.identifies()).isEqualTo(2);
    }

    @Test
    void in_reply_mode_the_answer_refers_to_the_question_and_a_restart_registers_no_commands_again() {
        pipeline.close();
        db.close();
        startApp(config.withReplyMode("reply"));

        long question = discord.post(general, ana, "Which licence should we use?", true);

        await().atMost(WAIT).until(() -> discord.messagesIn(general).size() == 2);
        ObjectNode answer = discord.messagesIn(general).get(1);
        assertThat(answer.get("author").get("id").asLong()).isEqualTo(DiscordStandIn.BOT);
        assertThat(answer.get("message_reference").get("message_id").asLong()).isEqualTo(question);
        assertThat(answer.get("allowed_mentions_sent").get("replied_user").asBoolean()).isFalse();
        assertThat(discord.threadOf(question)).isEmpty();
        assertThat(discord.identifies()).isEqualTo(2);
        assertThat(discord.requests("PUT", "applications/\\d+/commands")).hasSize(1);
    }

    @Test
    void human_in_a_dm_escalates_through_the_interaction() {
        long dm = discord.dmChannelOf(ana);
        var human = discord.slash(dm, ana, "human", Map.of());

        await().atMost(WAIT).until(() -> human.originalMessage().isPresent() && !discord.messagesIn(staff).isEmpty());
        assertThat(human.callbacks()).containsExactly(5);
        assertThat(discord.messagesIn(dm).get(0).get("content").asText()).containsIgnoringCase("staff");
    }
}
