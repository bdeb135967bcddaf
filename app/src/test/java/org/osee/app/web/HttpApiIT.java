package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import org.osee.bot.answer.Phrase;
import org.osee.bot.answer.Phrases;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.app.cli.Json;

/** The HTTP surface of {@code osee serve}: the whole app in-process, called over loopback HTTP, no mocks. */
class HttpApiIT {
    @TempDir
    static Path tmp;
    static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        app = new RunningApp(tmp, null);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void answers_a_question_with_citations() throws Exception {
        var res = app.post("/api/ask", "{\"question\": \"Which licence should we use for software the government paid for?\"}");

        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode body = Json.mapper().readTree(res.body());
        assertThat(body.get("decision").asText()).isEqualTo("answer");
        assertThat(body.get("answer").asText()).containsIgnoringCase("licence");
        assertThat(body.get("citations").get(0).get("source").asText()).isEqualTo("licensing.md");
        assertThat(body.get("citations").get(0).get("url").asText()).startsWith("https://example.org/licensing");
        assertThat(body.get("conversation").asText()).isNotBlank();
        assertThat(body.get("confidence").asDouble()).isBetween(0.01, 1.0);
        assertThat(body.get("language").asText()).isEqualTo("en");
    }

    @Test
    void an_off_topic_question_is_declined_with_the_offer_of_a_person_and_stays_out_of_the_console_queue()
            throws Exception {
        JsonNode asked = Json.mapper().readTree(app.post("/api/ask",
                "{\"question\": \"What is the best recipe for a moist chocolate cake?\", "
                        + "\"conversation\": \"page-test-0002\"}").body());

        assertThat(asked.get("decision").asText()).isEqualTo("decline");
        assertThat(asked.get("answer").asText()).contains("member of staff");
        assertThat(asked.has("confidence")).isTrue();
        JsonNode queue = Json.mapper().readTree(app.consoleGet("/console/api/conversations?status=escalated").body());
        assertThat(queue.get("conversations").findValuesAsText("threadKey")).doesNotContain("page-test-0002");
    }

    @Test
    void a_new_question_in_an_escalated_conversation_reaches_the_staff_queue_as_new() throws Exception {
        app.post("/api/ask", "{\"question\": \"/human\", \"conversation\": \"page-test-0003\"}");
        JsonNode before = escalated("page-test-0003");
        assertThat(before).isNotNull();

        JsonNode second = Json.mapper().readTree(app.post("/api/ask", "{\"question\": \"Which licence should we "
                + "use for software the government paid for?\", \"conversation\": \"page-test-0003\"}").body());

        assertThat(second.get("decision").asText()).isEqualTo("escalate");
        assertThat(second.get("answer").asText()).contains("passed your message").doesNotContain("no need");
        JsonNode after = escalated("page-test-0003");
        assertThat(after).isNotNull();
        assertThat(java.time.Instant.parse(after.get("updatedAt").asText()))
                .isAfter(java.time.Instant.parse(before.get("updatedAt").asText()));
        JsonNode history = Json.mapper().readTree(app.consoleGet("/console/api/conversations/" + after.get("id").asText())
                .body()).get("messages");
        assertThat(history.findValuesAsText("text")).anyMatch(b -> b.contains("government paid for"));
    }

    private static JsonNode escalated(String threadKey) throws Exception {
        JsonNode queue = Json.mapper().readTree(app.consoleGet("/console/api/conversations?status=escalated").body());
        for (JsonNode c : queue.get("conversations")) {
            if (c.get("threadKey").asText().equals(threadKey)) {
                return c;
            }
        }
        return null;
    }

    @Test
    void a_request_for_a_person_reaches_the_console_and_the_staff_reply_comes_back_to_the_page() throws Exception {
        JsonNode asked = Json.mapper().readTree(app.post("/api/ask",
                "{\"question\": \"I would like to talk to a person please\", \"conversation\": \"page-test-0001\"}").body());
        assertThat(asked.get("decision").asText()).isEqualTo("escalate");

        JsonNode queue = Json.mapper().readTree(app.consoleGet("/console/api/conversations?status=escalated").body());
        JsonNode conversation = null;
        for (JsonNode c : queue.get("conversations")) {
            if (c.get("threadKey").asText().equals("page-test-0001")) {
                conversation = c;
            }
        }
        assertThat(conversation).isNotNull();
        String id = conversation.get("id").asText();

        var replied = app.consolePost("/console/api/conversations/" + id + "/reply", "{\"text\": \"Hello, this is Ana from the OSPO.\"}");
        assertThat(replied.statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode messages = Json.mapper().readTree(app.get("/api/messages?conversation=page-test-0001&after="
                    + asked.get("seq").asLong()).body());
            assertThat(messages.get("messages")).hasSize(1);
            assertThat(messages.get("messages").get(0).get("author").asText()).isEqualTo("staff");
            assertThat(messages.get("messages").get(0).get("answer").asText()).contains("Ana from the OSPO");
        });
        JsonNode history = Json.mapper().readTree(app.consoleGet("/console/api/conversations/" + id).body());
        assertThat(history.get("messages")).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void a_request_for_a_person_in_a_french_conversation_is_confirmed_in_french() throws Exception {
        JsonNode first = Json.mapper().readTree(app.post("/api/ask", "{\"question\": \"Quelle licence choisir pour un"
                + " logiciel payé par l'administration ?\", \"conversation\": \"page-test-fr01\"}").body());
        assertThat(first.get("language").asText()).isEqualTo("fr");

        JsonNode human = Json.mapper().readTree(app.post("/api/ask",
                "{\"kind\": \"human\", \"question\": \"\", \"conversation\": \"page-test-fr01\"}").body());

        assertThat(human.get("decision").asText()).isEqualTo("escalate");
        assertThat(human.get("language").asText()).isEqualTo("fr");
        assertThat(human.get("answer").asText()).isIn(Phrases.get(Phrase.ESCALATE_PERSON, "fr"),
                Phrases.get(Phrase.ESCALATED_ACK, "fr"));
    }

    @Test
    void feedback_on_a_reply_is_stored_and_shown_in_the_console() throws Exception {
        JsonNode answer = Json.mapper().readTree(app.post("/api/ask", "{\"question\": \"Which licence should we use"
                + " for software the government paid for?\", \"conversation\": \"page-test-fb01\"}").body());
        long replyId = answer.get("id").asLong();

        var sent = app.post("/api/feedback",
                "{\"conversation\": \"page-test-fb01\", \"reply\": " + replyId + ", \"helpful\": false}");
        var forged = app.post("/api/feedback",
                "{\"conversation\": \"page-test-fb02\", \"reply\": " + replyId + ", \"helpful\": true}");
        var bad = app.post("/api/feedback", "{\"conversation\": \"page-test-fb01\", \"reply\": \"x\"}");

        assertThat(sent.statusCode()).isEqualTo(202);
        assertThat(forged.statusCode()).isEqualTo(202); // accepted, but names no reply of that conversation
        assertThat(bad.statusCode()).isEqualTo(400);
        String id = conversationId("page-test-fb01");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode history = Json.mapper().readTree(app.consoleGet("/console/api/conversations/" + id).body());
            assertThat(history.get("feedback")).singleElement().satisfies(f -> {
                assertThat(f.get("helpful").asBoolean()).isFalse();
                assertThat(f.get("messageId").asLong()).isEqualTo(history.get("messages").get(1).get("id").asLong());
            });
            assertThat(history.get("messages")).hasSize(2); // feedback is no turn, and gets no answer
        });
        assertThat(conversationIdOrNull("page-test-fb02")).isNull();
    }

    private String conversationId(String threadKey) throws Exception {
        String id = conversationIdOrNull(threadKey);
        assertThat(id).isNotNull();
        return id;
    }

    private String conversationIdOrNull(String threadKey) throws Exception {
        JsonNode all = Json.mapper().readTree(app.consoleGet("/console/api/conversations?status=all").body());
        for (JsonNode c : all.get("conversations")) {
            if (c.get("threadKey").asText().equals(threadKey)) {
                return c.get("id").asText();
            }
        }
        return null;
    }

    @Test
    void bad_requests_get_a_clear_error_and_the_service_goes_on() throws Exception {
        var notJson = app.post("/api/ask", "this is not json");
        var noQuestion = app.post("/api/ask", "{\"conversation\": \"abc\"}");
        var badConversation = app.post("/api/ask", "{\"question\": \"hi\", \"conversation\": \"../../etc\"}");
        var huge = app.post("/api/ask", "{\"question\": \"" + "a".repeat(100_000) + "\"}");
        var unknown = app.consoleGet("/console/api/conversations/no-such-id");

        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("not valid JSON");
        assertThat(noQuestion.statusCode()).isEqualTo(400);
        assertThat(badConversation.statusCode()).isEqualTo(400);
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(huge.body()).contains("65536");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(app.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void health_and_metrics_are_served() throws Exception {
        JsonNode health = Json.mapper().readTree(app.get("/health").body());
        String metrics = app.get("/metrics").body();

        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("knowledge_chunks").asInt()).isPositive();
        assertThat(metrics).contains("osee_knowledge_chunks").contains("jvm_memory_used_bytes");
    }
}
