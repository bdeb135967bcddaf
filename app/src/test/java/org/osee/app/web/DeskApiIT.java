package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.app.cli.Json;
import org.osee.bot.port.AuditLog;

/**
 * The help desk's console API over the running app: the queue's filters and pages, assignment, the status a
 * conversation goes through with staff, what the assistant retrieved, canned responses, and the escalation counter
 * an open console polls. Every change is checked in the audit log.
 */
class DeskApiIT {
    @TempDir
    static Path tmp;
    static RunningApp app;

    @BeforeAll
    static void start() throws Exception {
        app = new RunningApp(tmp, null);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static JsonNode ask(String conversation, String question) throws Exception {
        return Json.mapper().readTree(app.post("/api/ask", Json.mapper().createObjectNode()
                .put("question", question).put("conversation", conversation).toString()).body());
    }

    private static JsonNode get(String path) throws Exception {
        var res = app.consoleGet(path);
        assertThat(res.statusCode()).as(path + ": " + res.body()).isEqualTo(200);
        return Json.mapper().readTree(res.body());
    }

    private static JsonNode post(String path, String json) throws Exception {
        var res = app.consolePost(path, json);
        assertThat(res.statusCode()).as(path + ": " + res.body()).isEqualTo(200);
        return Json.mapper().readTree(res.body());
    }

    private static JsonNode row(String query, String threadKey) throws Exception {
        for (JsonNode c : get("/console/api/conversations?" + query).get("conversations")) {
            if (c.get("threadKey").asText().equals(threadKey)) {
                return c;
            }
        }
        return null;
    }

    private static List<String> threadKeys(String query) throws Exception {
        List<String> keys = new ArrayList<>();
        get("/console/api/conversations?" + query).get("conversations")
                .forEach(c -> keys.add(c.get("threadKey").asText()));
        return keys;
    }

    private static List<String> audited(String actionPrefix) {
        return app.app.stores().audit().list(new AuditLog.Filter(null, actionPrefix, null, null), 100, 0).stream()
                .map(e -> e.action() + " " + e.target() + " " + e.detail()).toList();
    }

    @Test
    void a_row_shows_the_first_words_channel_language_reason_waiting_time_and_assignee() throws Exception {
        ask("desk-row-1", "Which licence should we use for software the government paid for?");
        ask("desk-row-1", "I would like to talk to a person please");

        JsonNode row = row("status=escalated", "desk-row-1");

        assertThat(row).isNotNull();
        assertThat(row.get("preview").asText()).isEqualTo("Which licence should we use for software the government "
                + "paid for?");
        assertThat(row.get("channel").asText()).isEqualTo("web");
        assertThat(row.get("language").asText()).isEqualTo("en");
        assertThat(row.get("escalationReason").asText()).isEqualTo("ASKED_FOR_PERSON");
        assertThat(row.get("waitingSince").isNull()).isFalse();
        assertThat(row.get("assignee").isNull()).isTrue();
    }

    @Test
    void filters_find_a_conversation_by_its_words_language_channel_and_assignee_a_page_at_a_time() throws Exception {
        ask("desk-filter-fr", "Je voudrais parler à une personne, s'il vous plaît, au sujet des marchés publics");
        ask("desk-filter-en", "I want to talk to a person about zeppelin procurement");
        for (int i = 0; i < 3; i++) {
            ask("desk-filter-page-" + i, "/human");
        }

        assertThat(threadKeys("status=all&q=ZEPPELIN")).containsExactly("desk-filter-en");
        assertThat(threadKeys("status=escalated&language=fr")).contains("desk-filter-fr")
                .doesNotContain("desk-filter-en");
        assertThat(threadKeys("status=escalated&channel=email")).isEmpty();
        assertThat(threadKeys("status=escalated&channel=web&q=zeppelin")).containsExactly("desk-filter-en");
        JsonNode first = get("/console/api/conversations?status=escalated&q=%2Fhuman&limit=2&offset=0");
        JsonNode second = get("/console/api/conversations?status=escalated&q=%2Fhuman&limit=2&offset=2");
        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(first.get("conversations")).hasSize(2);
        assertThat(second.get("offset").asInt()).isEqualTo(2);
        assertThat(second.get("conversations").findValuesAsText("id"))
                .doesNotContainAnyElementsOf(first.get("conversations").findValuesAsText("id"));
        assertThat(app.consoleGet("/console/api/conversations?status=nonsense").statusCode()).isEqualTo(400);
        assertThat(app.consoleGet("/console/api/conversations?limit=0").statusCode()).isEqualTo(400);
    }

    @Test
    void assign_to_me_marks_the_conversation_mine_filters_by_me_and_unassigned_and_is_audited() throws Exception {
        ask("desk-assign", "/human");
        String id = row("status=escalated", "desk-assign").get("id").asText();
        JsonNode me = get("/console/api/me");

        JsonNode assigned = post("/console/api/conversations/" + id + "/assign", "{\"assignee\": \"me\"}");

        assertThat(assigned.get("assignee").asText()).isEqualTo(me.get("account").asText());
        assertThat(row("status=escalated&assignee=me", "desk-assign")).isNotNull();
        assertThat(row("status=escalated&assignee=unassigned", "desk-assign")).isNull();
        assertThat(get("/console/api/conversations/" + id).get("assignee").asText())
                .isEqualTo(me.get("account").asText());
        post("/console/api/conversations/" + id + "/assign", "{\"assignee\": \"\"}");
        assertThat(row("status=escalated&assignee=unassigned", "desk-assign")).isNotNull();
        assertThat(audited("conversation.assign")).contains(
                "conversation.assign " + id + " to " + me.get("account").asText(),
                "conversation.assign " + id + " unassigned, was " + me.get("account").asText());
        assertThat(app.consolePost("/console/api/conversations/" + id + "/assign", "{\"assignee\": \"mallory\"}")
                .statusCode()).isEqualTo(400);
        assertThat(app.consolePost("/console/api/conversations/nope/assign", "{\"assignee\": \"me\"}")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void a_staff_reply_waits_for_the_person_whose_next_message_escalates_again_until_resolved() throws Exception {
        ask("desk-status", "I would like to talk to a person please");
        String id = row("status=escalated", "desk-status").get("id").asText();

        post("/console/api/conversations/" + id + "/reply", "{\"text\": \"Which licence do you use today?\"}");
        assertThat(row("status=waiting_for_user", "desk-status")).isNotNull();
        JsonNode again = ask("desk-status", "We publish everything under the EUPL, and one library under MIT.");
        assertThat(again.path("answer").asText()).isEmpty(); // for staff: the assistant stays silent
        await().atMost(Duration.ofSeconds(20)).until(() -> row("status=escalated", "desk-status") != null);
        post("/console/api/conversations/" + id + "/reply", "{\"text\": \"Then keep the EUPL.\"}");
        post("/console/api/conversations/" + id + "/status", "{\"status\": \"resolved\"}");

        assertThat(row("status=resolved", "desk-status")).isNotNull();
        assertThat(audited("conversation.")).contains("conversation.status " + id + " resolved",
                "conversation.reply " + id + " ");
    }

    @Test
    void the_conversation_view_shows_the_passages_each_answer_retrieved_with_scores() throws Exception {
        JsonNode answer = ask("desk-passages", "Which licence should we use for software the government paid for?");
        assertThat(answer.get("decision").asText()).isEqualTo("answer");
        String id = row("status=all&q=government+paid", "desk-passages").get("id").asText();

        JsonNode bot = null;
        for (JsonNode m : get("/console/api/conversations/" + id).get("messages")) {
            if (m.get("author").asText().equals("BOT")) {
                bot = m;
            }
        }

        assertThat(bot).isNotNull();
        assertThat(bot.get("decision").asText()).isEqualTo("ANSWER");
        assertThat(bot.get("confidence").asDouble()).isPositive();
        assertThat(bot.get("retrieved")).isNotEmpty();
        JsonNode best = bot.get("retrieved").get(0);
        assertThat(best.get("source").asText()).isEqualTo("licensing.md");
        assertThat(best.get("score").asDouble()).isBetween(0.01, 1.0);
        assertThat(best.get("excerpt").asText()).containsIgnoringCase("licence").hasSizeLessThanOrEqualTo(300);
    }

    @Test
    void canned_responses_are_managed_per_language_and_every_change_is_audited() throws Exception {
        JsonNode created = post("/console/api/canned", "{\"language\": \"fr\", \"title\": \"Bonjour\","
                + " \"text\": \"Bonjour, merci pour votre message.\"}");
        long id = created.get("id").asLong();
        post("/console/api/canned/" + id, "{\"language\": \"fr\", \"title\": \"Bonjour\","
                + " \"text\": \"Bonjour, merci de votre message.\"}");

        assertThat(get("/console/api/canned?language=fr").get("canned").findValuesAsText("text"))
                .contains("Bonjour, merci de votre message.");
        assertThat(get("/console/api/canned?language=en").get("canned").findValuesAsText("title"))
                .doesNotContain("Bonjour");
        assertThat(app.consolePost("/console/api/canned", "{\"language\": \"fr\", \"title\": \"\", \"text\": \"x\"}")
                .statusCode()).isEqualTo(400);
        post("/console/api/canned/" + id + "/delete", "{}");
        assertThat(get("/console/api/canned?language=fr").get("canned")).isEmpty();
        assertThat(audited("canned.")).contains("canned.create canned " + id + " fr",
                "canned.update canned " + id + " fr", "canned.delete canned " + id + " ");
    }

    @Test
    void a_new_escalation_moves_the_counter_an_open_console_polls() throws Exception {
        long before = get("/console/api/escalations/latest").get("latest").asLong();

        ask("desk-poll", "/human");

        await().atMost(Duration.ofSeconds(20)).until(() ->
                get("/console/api/escalations/latest").get("latest").asLong() > before);
        assertThat(get("/console/api/escalations/latest").get("escalated").asLong()).isPositive();
    }
}
