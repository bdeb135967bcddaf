package org.osee.connectors.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stand-in is as strict as the Bot API where it matters to the connector; a lax stand-in proves nothing. */
class BotApiStandInIT {
    private final BotApiStandIn api = new BotApiStandIn("123:secret", "osee_bot");
    private final HttpClient http = HttpClient.newHttpClient();

    BotApiStandInIT() throws Exception {
    }

    @AfterEach
    void close() {
        api.close();
    }

    private HttpResponse<String> post(String token, String method, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(api.url() + "/bot" + token + "/" + method))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode call(String method, String json) throws Exception {
        return BotApiStandIn.JSON.readTree(post("123:secret", method, json).body());
    }

    @Test
    void refuses_a_wrong_token_with_401_and_matches_methods_case_insensitively() throws Exception {
        assertThat(post("999:wrong", "getMe", "{}").statusCode()).isEqualTo(401);
        assertThat(call("getme", "{}").path("result").path("username").asText()).isEqualTo("osee_bot");
        assertThat(call("GETME", "{\"method\":\"getme\"}").path("ok").asBoolean()).isTrue();
        assertThat(call("deleteWebhook", "{}").path("result").asBoolean()).isTrue();
    }

    @Test
    void holds_get_updates_until_an_update_arrives_and_confirms_below_the_offset() throws Exception {
        CompletableFuture<JsonNode> held = CompletableFuture.supplyAsync(() -> {
            try {
                return call("getupdates", "{\"offset\":1,\"timeout\":30}");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long id = api.push(Updates.privateText(42, 1, "hello", "en"));
        JsonNode first = held.get(20, TimeUnit.SECONDS);
        assertThat(first.path("result").get(0).path("update_id").asLong()).isEqualTo(id);
        assertThat(call("getupdates", "{\"offset\":1,\"timeout\":0}").path("result")).hasSize(1); // not confirmed
        assertThat(call("getupdates", "{\"offset\":" + (id + 1) + ",\"timeout\":0}").path("result")).isEmpty();
        assertThat(api.unconfirmed()).isZero();
    }

    @Test
    void a_second_concurrent_poller_ends_the_first_with_409() throws Exception {
        CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
            try {
                return post("123:secret", "getUpdates", "{\"offset\":1,\"timeout\":30}");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> {
                    post("123:secret", "getUpdates", "{\"offset\":1,\"timeout\":0}");
                    return first.isDone();
                });
        assertThat(first.get().statusCode()).isEqualTo(409);
        assertThat(api.conflicts()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void send_message_refuses_broken_html_and_texts_over_4096_characters() throws Exception {
        assertThat(post("123:secret", "sendMessage",
                "{\"chat_id\":\"42\",\"text\":\"a < b\",\"parse_mode\":\"HTML\"}").statusCode()).isEqualTo(400);
        assertThat(post("123:secret", "sendMessage",
                "{\"chat_id\":\"42\",\"text\":\"R&D\",\"parse_mode\":\"HTML\"}").statusCode()).isEqualTo(400);
        assertThat(post("123:secret", "sendMessage",
                "{\"chat_id\":\"42\",\"text\":\"<script>x</script>\",\"parse_mode\":\"HTML\"}").statusCode())
                .isEqualTo(400);
        String longText = "x".repeat(4097);
        assertThat(post("123:secret", "sendMessage", "{\"chat_id\":\"42\",\"text\":\"" + longText + "\"}")
                .statusCode()).isEqualTo(400);
        String exact = "&amp;".repeat(4096); // 4,096 characters once parsed
        assertThat(post("123:secret", "sendMessage",
                "{\"chat_id\":\"42\",\"text\":\"" + exact + "\",\"parse_mode\":\"HTML\"}").statusCode()).isEqualTo(200);
        assertThat(post("123:secret", "sendMessage", "{\"chat_id\":\"42\",\"text\":\"<b>R&amp;D</b> &lt;ok&gt;"
                + " <a href=\\\"https://x.org/?a=1&amp;b=2\\\">link</a>\",\"parse_mode\":\"HTML\"}").statusCode())
                .isEqualTo(200);
        assertThat(api.sentTo(42)).extracting(BotApiStandIn.Sent::text).last().isEqualTo("R&D <ok> link");
    }

    @Test
    void scripted_429_carries_retry_after() throws Exception {
        api.failSendWith429(1, 3);
        assertThat(post("123:secret", "sendMessage", "{\"chat_id\":\"42\",\"text\":\"one\"}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> limited = post("123:secret", "sendMessage", "{\"chat_id\":\"42\",\"text\":\"two\"}");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(BotApiStandIn.JSON.readTree(limited.body()).path("parameters").path("retry_after").asInt())
                .isEqualTo(3);
        assertThat(post("123:secret", "sendMessage", "{\"chat_id\":\"42\",\"text\":\"two\"}").statusCode())
                .isEqualTo(200);
    }
}
