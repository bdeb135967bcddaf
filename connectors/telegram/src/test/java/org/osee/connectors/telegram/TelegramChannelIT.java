package org.osee.connectors.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Telegram channel in the real pipeline (embedded database) against the Bot API stand-in: the real telegrambots
 * client and long-polling application, with a deterministic assistant.
 */
class TelegramChannelIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path temp;
    private BotApiStandIn api;
    private TelegramPipeline app;

    @BeforeEach
    void start() throws Exception {
        api = new BotApiStandIn("123456:test-token", "osee_bot");
        app = new TelegramPipeline(temp.resolve("data"), TelegramPipeline.config(api), new EchoAssistant());
        await().atMost(WAIT).until(() -> api.pollsStarted() > 0);
    }

    @AfterEach
    void stop() {
        app.close();
        api.close();
    }

    @Test
    void starts_up_as_telegram_expects_and_answers_a_private_question_once_in_html_with_buttons() {
        api.push(Updates.privateText(42, 1, "Can we publish under <EUPL> & GPL?", "en"));

        await().atMost(WAIT).until(() -> api.sentTo(42).size() == 1);
        BotApiStandIn.Sent answer = api.sentTo(42).get(0);
        assertThat(answer.text()).startsWith("Answer 1 to: Can we publish under <EUPL> & GPL?").contains("1. Licences");
        assertThat(answer.params().path("parse_mode").asText()).isEqualTo("HTML");
        assertThat(answer.buttons()).hasSize(3).allSatisfy(b -> assertThat(b).matches("[hnp]:[0-9]+"));
        assertThat(api.calls("sendChatAction")).isNotEmpty();
        assertThat(api.calls("getMe")).isNotEmpty();
        assertThat(api.calls("deleteWebhook")).isNotEmpty();
        assertThat(api.calls("setMyCommands")).hasSize(4);
        assertThat(api.calls()).noneMatch(c -> c.status() == 401 || c.status() == 400 || c.status() == 409);
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> api.sentTo(42).size() == 1);
        await().atMost(WAIT).until(() -> api.unconfirmed() == 0);
    }

    @Test
    void in_a_group_answers_mentions_commands_and_replies_to_it_and_nothing_else() {
        api.push(Updates.groupText(-100, 42, 1, "talking among ourselves about licences"));
        api.push(Updates.message(Updates.group(-100), Updates.bot(55, "other_bot"), 2, "@osee_bot hello from a bot"));
        api.push(Updates.withMention(Updates.groupText(-100, 42, 3, "@osee_bot which licence?"), "osee_bot"));
        api.push(Updates.groupText(-100, 43, 4, "/ask@osee_bot what is an OSPO?"));

        await().atMost(WAIT).until(() -> api.sentTo(-100).size() == 2);
        List<BotApiStandIn.Sent> sent = api.sentTo(-100);
        assertThat(sent).extracting(BotApiStandIn.Sent::text).anyMatch(t -> t.startsWith("Answer 1 to: which licence?"))
                .anyMatch(t -> t.startsWith("Answer 1 to: what is an OSPO?"));
        assertThat(sent).extracting(BotApiStandIn.Sent::replyTo).containsExactlyInAnyOrder(3L, 4L);

        long botMessage = sent.stream().filter(s -> s.replyTo() == 3).findFirst().orElseThrow().messageId();
        api.push(Updates.replyingTo(Updates.groupText(-100, 42, 5, "and for hardware?"), -100, botMessage,
                Updates.bot(BotApiStandIn.BOT_ID, "osee_bot")));
        await().atMost(WAIT).until(() -> api.sentTo(-100).size() == 3);
        assertThat(api.sentTo(-100).get(2).text()).startsWith("Answer 2 to: and for hardware?");
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> api.sentTo(-100).size() == 3);
    }

    @Test
    void a_sticker_gets_one_polite_request_for_text_and_start_gets_the_welcome() {
        api.push(Updates.sticker(42, 1));
        api.push(Updates.privateText(43, 1, "/start", "fr"));

        await().atMost(WAIT).until(() -> api.sentTo(42).size() == 1 && api.sentTo(43).size() == 1);
        assertThat(api.sentTo(42).get(0).text()).contains("only read text");
        assertThat(api.sentTo(43).get(0).text()).startsWith("Bonjour").contains("/human");
        assertThat(api.sentTo(43).get(0).buttons()).isEmpty();
    }

    @Test
    void buttons_record_feedback_without_an_answer_and_human_hands_over_to_staff() throws Exception {
        api.push(Updates.privateText(42, 1, "Which licence?", "en"));
        await().atMost(WAIT).until(() -> api.sentTo(42).size() == 1);
        BotApiStandIn.Sent answer = api.sentTo(42).get(0);
        String helpful = answer.buttons().get(0);

        api.push(Updates.buttonPress("q1", 42, 42, answer.messageId(), helpful));
        await().atMost(WAIT).until(() -> api.calls("answerCallbackQuery").size() == 1);
        await().atMost(WAIT).until(() -> count("SELECT COUNT(*) FROM feedback WHERE helpful = TRUE") == 1);
        api.push(Updates.privateText(42, 2, "/human", "en"));
        await().atMost(WAIT).until(() -> api.sentTo(42).size() == 2);
        assertThat(api.sentTo(42).get(1).buttons()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM escalation")).isEqualTo(1);
        await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> api.sentTo(42).size() == 2);
    }

    private long count(String sql) throws Exception {
        try (var c = app.database.dataSource().getConnection(); var s = c.createStatement();
             var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void a_question_edited_after_its_answer_gets_that_answer_edited_in_place() {
        api.push(Updates.privateText(42, 1, "Which licence?", "en"));
        await().atMost(WAIT).until(() -> api.sentTo(42).size() == 1);
        BotApiStandIn.Sent answer = api.sentTo(42).get(0);

        api.push(Updates.edited(Updates.privateText(42, 1, "Which licence?", "en"), "Which licence for docs?",
                answer.at().getEpochSecond() + 1));

        await().atMost(WAIT).until(() -> api.sentTo(42).size() == 2);
        BotApiStandIn.Sent edit = api.sentTo(42).get(1);
        assertThat(edit.edit()).isTrue();
        assertThat(edit.messageId()).isEqualTo(answer.messageId());
        assertThat(edit.text()).contains("to: Which licence for docs?").contains("1. Licences");
        assertThat(edit.buttons()).hasSize(3).doesNotContainAnyElementsOf(answer.buttons());
        assertThat(api.calls("editMessageText")).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(200));
        assertThat(api.calls("sendMessage")).filteredOn(c -> c.status() == 200).hasSize(1);
    }

    @Test
    void when_the_answer_to_an_edited_question_is_gone_the_new_answer_is_sent_as_a_new_message() {
        api.push(Updates.privateText(42, 1, "Which licence?", "en"));
        await().atMost(WAIT).until(() -> api.sentTo(42).size() == 1);
        BotApiStandIn.Sent answer = api.sentTo(42).get(0);
        api.deleteMessage(42, answer.messageId());

        api.push(Updates.edited(Updates.privateText(42, 1, "Which licence?", "en"), "Which licence for docs?",
                answer.at().getEpochSecond() + 1));

        await().atMost(WAIT).until(() -> api.sentTo(42).size() == 2);
        BotApiStandIn.Sent fresh = api.sentTo(42).get(1);
        assertThat(fresh.edit()).isFalse();
        assertThat(fresh.messageId()).isNotEqualTo(answer.messageId());
        assertThat(fresh.text()).contains("to: Which licence for docs?");
        assertThat(api.calls("editMessageText")).singleElement().satisfies(c -> assertThat(c.status()).isEqualTo(400));
    }

    @Test
    void a_long_answer_goes_out_in_two_messages_within_the_limit_with_the_buttons_under_the_last() {
        api.push(Updates.privateText(42, 1, "Give me the long version", "en"));

        await().atMost(WAIT).until(() -> api.sentTo(42).size() == 2);
        List<BotApiStandIn.Sent> parts = api.sentTo(42);
        assertThat(parts).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(0).buttons()).isEmpty();
        assertThat(parts.get(1).buttons()).hasSize(3);
        assertThat(parts.get(1).text()).contains("1. Licences");
        assertThat(api.calls("sendMessage")).noneMatch(c -> c.status() == 400);
    }

    @Test
    void honours_a_429_with_retry_after_and_then_delivers_once() {
        api.failSendWith429(0, 2);
        api.push(Updates.privateText(42, 1, "Which licence?", "en"));

        await().atMost(WAIT).until(() -> api.sentTo(42).size() == 1);
        List<BotApiStandIn.Call> sends = api.calls("sendMessage");
        BotApiStandIn.Call limited = sends.stream().filter(c -> c.status() == 429).findFirst().orElseThrow();
        BotApiStandIn.Call next = sends.stream().filter(c -> c.at().isAfter(limited.at())).findFirst().orElseThrow();
        assertThat(Duration.between(limited.at(), next.at())).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(sends).filteredOn(c -> c.status() == 200).hasSize(1);
    }

    @Test
    void hostile_text_is_escaped_everywhere_and_a_flood_gets_one_notice() {
        String hostile = "<b>*bold*</b> _x_ [a](b) ~s~ `c` >q #t +p -m =e |v| {b}.! &amp; & < > \\";
        api.push(Updates.privateText(42, 1, hostile, "en"));
        await().atMost(WAIT).until(() -> api.sentTo(42).size() == 1);
        assertThat(api.sentTo(42).get(0).text()).startsWith("Answer 1 to: " + hostile);

        for (int i = 2; i <= 20; i++) {
            api.push(Updates.privateText(77, i, "question number " + i, "en"));
        }
        await().atMost(WAIT).until(() -> api.sentTo(77).size() == 9);
        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> api.sentTo(77).size() == 9);
        assertThat(api.sentTo(77)).filteredOn(s -> s.text().contains("faster than I can answer")).hasSize(1);
        assertThat(api.calls("sendMessage")).noneMatch(c -> c.status() == 400);
    }
}
