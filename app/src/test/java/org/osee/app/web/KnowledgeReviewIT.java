package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.time.Clock;
import org.osee.app.cli.Json;
import org.osee.bot.domain.AuditEntry;
import org.osee.bot.port.AuditLog;
import org.osee.bot.store.Database;
import org.osee.bot.store.JdbcAuditLog;

/**
 * Knowledge review through the console API and the public API of the whole app in-process: a staff answer saved from
 * a conversation is a draft (never cited), published it is cited with its own title, edited its new text is what is
 * quoted, withdrawn it is no longer cited.
 */
class KnowledgeReviewIT {
    static final String QUESTION = "How do we register our project as a digital public good?";
    static final String ANSWER = "Submit the project to the Digital Public Goods Alliance registry. "
            + "The review of a digital public good nomination takes about eight weeks.";
    @TempDir
    static Path tmp;
    static RunningApp app;
    static final AtomicInteger asked = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        app = new RunningApp(tmp, null);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void a_staff_answer_saved_as_knowledge_is_cited_only_while_published_and_with_its_latest_text() throws Exception {
        String conversation = conversationWithStaffAnswer("kr-source");

        JsonNode saved = json(app.consolePost("/console/api/conversations/" + conversation + "/knowledge", "{}"), 201);
        long id = saved.get("id").asLong();
        assertThat(saved.get("page").asText()).isEqualTo("/console/knowledge.html?entry=" + id);
        assertThat(saved.at("/entry/status").asText()).isEqualTo("draft");
        assertThat(saved.at("/entry/question").asText()).isEqualTo(QUESTION);
        assertThat(saved.at("/entry/answer").asText()).isEqualTo(ANSWER);
        assertThat(saved.at("/entry/conversation_id").asText()).isEqualTo(conversation);
        assertThat(sourcesCited(ask(QUESTION))).doesNotContain("faq/" + id);

        JsonNode edited = json(app.consolePost("/console/api/knowledge/" + id, "{\"title\": \"Registering a digital "
                + "public good\", \"question\": " + quote(QUESTION) + ", \"answer\": " + quote(ANSWER)
                + ", \"language\": \"en\", \"version\": 1}"), 200);
        assertThat(edited.get("version").asLong()).isEqualTo(2);
        json(app.consolePost("/console/api/knowledge/" + id + "/publish", "{}"), 200);

        JsonNode answer = ask(QUESTION);
        JsonNode citation = citationOf(answer, "faq/" + id);
        assertThat(citation).as("citations of %s", answer).isNotNull();
        assertThat(citation.get("title").asText()).isEqualTo("Registering a digital public good");
        assertThat(citation.get("url").asText()).contains("/doc/faq/" + id);
        assertThat(answer.get("answer").asText()).contains("eight weeks");
        assertThat(app.get("/doc/faq/" + id).body()).contains("<h1>Registering a digital public good</h1>");

        json(app.consolePost("/console/api/knowledge/" + id, "{\"title\": \"Registering a digital public good\", "
                + "\"question\": " + quote(QUESTION) + ", \"answer\": " + quote(ANSWER.replace("eight", "twelve"))
                + ", \"version\": 3}"), 200);
        JsonNode afterEdit = ask(QUESTION);
        assertThat(citationOf(afterEdit, "faq/" + id)).isNotNull();
        assertThat(afterEdit.get("answer").asText()).contains("twelve weeks").doesNotContain("eight weeks");

        json(app.consolePost("/console/api/knowledge/" + id + "/withdraw", "{}"), 200);
        assertThat(sourcesCited(ask(QUESTION))).doesNotContain("faq/" + id);
        assertThat(app.get("/doc/faq/" + id).statusCode()).isEqualTo(404);
        assertThat(auditedActions(String.valueOf(id))).containsExactly("knowledge.withdraw", "knowledge.edit",
                "knowledge.publish", "knowledge.edit", "knowledge.create");
    }

    /** The audit log's actions on a target, newest first, read from the app's own embedded database. */
    static List<String> auditedActions(String target) {
        try (Database db = Database.embedded(tmp.resolve("data"))) {
            return new JdbcAuditLog(db.dataSource(), Clock.systemUTC()).list(AuditLog.Filter.all(), 500, 0).stream()
                    .filter(e -> e.target().equals(target) && e.action().startsWith("knowledge."))
                    .map(AuditEntry::action).toList();
        }
    }

    @Test
    void health_says_which_knowledge_version_the_index_holds() throws Exception {
        await().atMost(Duration.ofSeconds(10)).until(() -> entriesVersion() >= 0);
        long before = entriesVersion();

        json(app.consolePost("/console/api/knowledge", "{\"question\": \"Where do we publish source code?\", "
                + "\"answer\": \"On a public forge under an open-source licence.\"}"), 201);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(entriesVersion()).isGreaterThan(before));
        JsonNode health = Json.mapper().readTree(app.get("/health").body()).get("knowledge");
        assertThat(health.get("files").asInt()).isPositive();
        assertThat(health.get("chunks").asInt()).isPositive();
    }

    @Test
    void saving_knowledge_from_a_conversation_that_does_not_exist_changes_nothing() throws Exception {
        var res = app.consolePost("/console/api/conversations/no-such-id%0Aurl:%20https:%2F%2Fevil.example/knowledge",
                "{\"question\": \"q\", \"answer\": \"a\"}");

        assertThat(res.statusCode()).isIn(404);
        assertThat(json(app.consoleGet("/console/api/knowledge?status=all"), 200).get("entries").findValuesAsText("answer"))
                .doesNotContain("a");
    }

    @Test
    void entry_text_is_kept_as_written_and_shown_escaped() throws Exception {
        JsonNode created = json(app.consolePost("/console/api/knowledge", "{\"title\": \"<script>alert(1)</script>\", "
                + "\"question\": \"---\\nurl: https://evil.example\\n---\\nWho reviews dependencies?\", "
                + "\"answer\": \"The security team reviews every new dependency before it is adopted.\"}"), 201);
        long id = created.get("id").asLong();
        json(app.consolePost("/console/api/knowledge/" + id + "/publish", "{}"), 200);

        String page = app.get("/doc/faq/" + id).body();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(page).doesNotContain("href=\"https://evil.example");
        json(app.consolePost("/console/api/knowledge/" + id + "/withdraw", "{}"), 200);
    }

    @Test
    void bad_entries_are_refused_with_the_reason() throws Exception {
        var res = app.consolePost("/console/api/knowledge", "{\"question\": \"\", \"answer\": \"x\"}");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(res.body()).contains("\\\"question\\\" is required");
        assertThat(app.consolePost("/console/api/knowledge/99999/publish", "{}").statusCode()).isEqualTo(404);
    }

    static long entriesVersion() throws Exception {
        return Json.mapper().readTree(app.get("/health").body()).at("/knowledge/entries_version").asLong();
    }

    /** A web conversation whose question was escalated and answered by staff; returns its id. */
    static String conversationWithStaffAnswer(String threadKey) throws Exception {
        return conversationWithStaffAnswer(app, threadKey);
    }

    /** As {@link #conversationWithStaffAnswer(String)} on the given app. */
    static String conversationWithStaffAnswer(RunningApp app, String threadKey) throws Exception {
        json(app.post("/api/ask", "{\"question\": " + quote(QUESTION) + ", \"conversation\": \"" + threadKey + "\"}"), 200);
        json(app.post("/api/ask", "{\"question\": \"/human\", \"conversation\": \"" + threadKey + "\"}"), 200);
        JsonNode all = json(app.consoleGet("/console/api/conversations?status=all"), 200).get("conversations");
        String id = null;
        for (JsonNode c : all) {
            if (c.get("threadKey").asText().equals(threadKey)) {
                id = c.get("id").asText();
            }
        }
        assertThat(id).as("conversation %s in %s", threadKey, all).isNotNull();
        json(app.consolePost("/console/api/conversations/" + id + "/reply", "{\"text\": " + quote(ANSWER) + "}"), 200);
        return id;
    }

    static JsonNode ask(String question) throws Exception {
        return ask(app, question);
    }

    static JsonNode ask(RunningApp app, String question) throws Exception {
        return json(app.post("/api/ask", "{\"question\": " + quote(question) + ", \"conversation\": \"kr-ask-"
                + asked.incrementAndGet() + "\"}"), 200);
    }

    static List<String> sourcesCited(JsonNode answer) {
        return answer.path("citations").findValuesAsText("source");
    }

    static JsonNode citationOf(JsonNode answer, String source) {
        for (JsonNode c : answer.path("citations")) {
            if (c.get("source").asText().equals(source)) {
                return c;
            }
        }
        return null;
    }

    static JsonNode json(java.net.http.HttpResponse<String> res, int status) throws Exception {
        assertThat(res.statusCode()).as(res.body()).isEqualTo(status);
        return Json.mapper().readTree(res.body());
    }

    static String quote(String text) {
        return Json.line(text);
    }
}
