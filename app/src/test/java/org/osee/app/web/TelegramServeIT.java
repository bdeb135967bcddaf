package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.connectors.telegram.BotApiStandIn;
import org.osee.connectors.telegram.Updates;

/**
 * {@code osee serve} with a telegram section, end to end: the real application (real assistant, embedded database,
 * the real telegrambots client and long-polling application) against the Bot API stand-in on loopback, then the
 * webhook mode through the application's own HTTP server.
 */
class TelegramServeIT {
    private static final String TOKEN = "123456:serve-it-token";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    private BotApiStandIn api;
    private RunningApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        if (api != null) {
            api.close();
        }
    }

    @Test
    void answers_private_chats_and_addressed_group_messages_and_hands_over_to_staff() throws Exception {
        api = new BotApiStandIn(TOKEN, "osee_bot");
        app = new RunningApp(tmp, null, Map.of("telegram", Map.of("token", TOKEN, "api-url", api.url())), 0);
        await().atMost(WAIT).until(() -> api.pollsStarted() > 0);
        assertThat(api.calls("setMyCommands")).isNotEmpty();

        api.push(Updates.privateText(42, 1, "Which licence should we use for software the government paid for?",
                "en"));
        api.push(Updates.privateText(43, 1, "/start", "fr"));
        api.push(Updates.sticker(44, 1));
        api.push(Updates.groupText(-100, 42, 1, "we were talking about licences earlier"));
        api.push(Updates.message(Updates.group(-100), Updates.bot(55, "other_bot"), 2, "@osee_bot licences?"));
        api.push(Updates.withMention(Updates.groupText(-100, 45, 3,
                "@osee_bot how do we judge the health of a dependency?"), "osee_bot"));

        await().atMost(WAIT).until(() -> api.sentTo(42).size() == 1 && api.sentTo(43).size() == 1
                && api.sentTo(44).size() == 1 && api.sentTo(-100).size() == 1);
        BotApiStandIn.Sent answer = api.sentTo(42).get(0);
        assertThat(answer.text()).containsIgnoringCase("licence").contains("1. Choosing a licence");
        assertThat(answer.html()).contains("<a href=\"https://example.org/licensing");
        assertThat(answer.text()).contains("1. Choosing a licence — Permissive or copyleft");
        assertThat(answer.buttons()).hasSize(3);
        assertThat(api.sentTo(43).get(0).text()).startsWith("Bonjour");
        assertThat(api.sentTo(44).get(0).text()).contains("only read text");
        assertThat(api.sentTo(-100).get(0).replyTo()).isEqualTo(3);
        assertThat(api.calls("sendChatAction")).isNotEmpty();

        api.push(Updates.buttonPress("cb-1", 42, 42, answer.messageId(), answer.buttons().get(0)));
        await().atMost(WAIT).until(() -> api.calls("answerCallbackQuery").size() == 1);

        api.push(Updates.privateText(42, 2, "/human", "en"));
        await().atMost(WAIT).until(() -> api.sentTo(42).size() == 2);
        assertThat(api.sentTo(42).get(1).text()).containsIgnoringCase("staff");

        String conversation = escalatedTelegramConversation();
        String staffAnswer = "A member of staff writes a long and careful answer about licences & <terms>. "
                .repeat(40).strip() + "\n\n" + "And a second paragraph, just as careful. ".repeat(60).strip();
        HttpResponse<String> reply = app.consolePost("/console/api/conversations/" + conversation + "/reply",
                JSON.writeValueAsString(Map.of("text", staffAnswer)));
        assertThat(reply.statusCode()).isEqualTo(200);
        await().atMost(WAIT).until(() -> api.sentTo(42).size() == 4);
        List<BotApiStandIn.Sent> parts = api.sentTo(42).subList(2, 4);
        assertThat(parts).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(0).text() + "\n\n" + parts.get(1).text()).isEqualTo(staffAnswer);

        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> api.sentTo(-100).size() == 1
                && api.sentTo(42).size() == 4);
        assertThat(api.calls()).noneMatch(c -> c.status() == 400 || c.status() == 401 || c.status() == 409);
    }

    @Test
    void a_429_is_honoured_and_hostile_input_and_a_flood_are_handled() throws Exception {
        api = new BotApiStandIn(TOKEN, "osee_bot");
        app = new RunningApp(tmp, null, Map.of("telegram", Map.of("token", TOKEN, "api-url", api.url())), 0);
        await().atMost(WAIT).until(() -> api.pollsStarted() > 0);

        api.failSendWith429(0, 2);
        String hostile = "<script>alert(1)</script> & *bold* _it_ [x](y) ~s~ `c` >q #h +p -m =e |p| {b} .! \\ licence?";
        api.push(Updates.privateText(42, 1, hostile, "en"));
        String yoruba = "Báwo ni a ṣe lè yan ìwé àṣẹ fún sọ́fítíwè tí ìjọba sanwó fún? ".repeat(80).substring(0, 4096);
        api.push(Updates.privateText(43, 1, yoruba, "yo")); // 4,096 characters in a language it does not answer in
        for (int i = 1; i <= 15; i++) {
            api.push(Updates.privateText(77, i, "Which licence should we use for software the government paid for, "
                    + "case " + i + "?", "en"));
        }

        await().atMost(WAIT).until(() -> api.sentTo(42).size() == 1 && api.sentTo(43).size() == 1
                && api.sentTo(77).size() == 9);
        List<BotApiStandIn.Call> sends = api.calls("sendMessage");
        BotApiStandIn.Call limited = sends.stream().filter(c -> c.status() == 429).findFirst().orElseThrow();
        assertThat(sends).filteredOn(c -> c.status() == 200 && c.params().path("chat_id").asText()
                .equals(limited.params().path("chat_id").asText()))
                .allSatisfy(c -> assertThat(c.at()).isAfterOrEqualTo(limited.at().plusMillis(1900)));
        assertThat(api.sentTo(77)).filteredOn(s -> s.text().contains("faster than I can answer")).hasSize(1);
        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> api.sentTo(77).size() == 9);
        assertThat(api.calls()).noneMatch(c -> c.status() == 400);
    }

    @Test
    void webhook_mode_refuses_a_wrong_secret_and_answers_a_repeated_update_once() throws Exception {
        api = new BotApiStandIn(TOKEN, "osee_bot");
        int port = freePort();
        String hook = "http://127.0.0.1:" + port + "/telegram/updates";
        app = new RunningApp(tmp, null, Map.of("telegram", Map.of("token", TOKEN, "api-url", api.url(),
                "mode", "webhook", "webhook-url", hook, "webhook-secret", "s3cr3t-Token")), port);
        await().atMost(WAIT).until(() -> api.webhookUrl().equals(hook));

        ObjectNode update = Updates.privateText(42, 1, "Which licence should we use?", "en");
        update.put("update_id", 5000);
        assertThat(postHook(hook, "wrong", update).statusCode()).isEqualTo(401);
        assertThat(postHook(hook, null, update).statusCode()).isEqualTo(401);
        assertThat(postHook(hook, "s3cr3t-Token", update).statusCode()).isEqualTo(200);
        assertThat(postHook(hook, "s3cr3t-Token", update).statusCode()).isEqualTo(200);
        assertThat(postHook(hook, "s3cr3t-Token", JSON.createObjectNode().put("garbage", true)).statusCode())
                .isIn(200, 400);

        api.push(Updates.privateText(43, 1, "How do we judge a dependency?", "en")); // Telegram posts it itself
        await().atMost(WAIT).until(() -> api.sentTo(42).size() == 1 && api.sentTo(43).size() == 1);
        await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> api.sentTo(42).size() == 1);
        assertThat(api.pollsStarted()).isZero();
    }

    private HttpResponse<String> postHook(String hook, String secret, JsonNode update) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hook)).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(update)));
        if (secret != null) {
            request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return app.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String escalatedTelegramConversation() throws Exception {
        JsonNode list = JSON.readTree(app.consoleGet("/console/api/conversations?status=escalated").body());
        for (JsonNode c : list.path("conversations")) {
            if ("telegram".equals(c.path("channel").asText()) && "42".equals(c.path("threadKey").asText())) {
                return c.path("id").asText();
            }
        }
        throw new AssertionError("no escalated telegram conversation in " + list);
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
