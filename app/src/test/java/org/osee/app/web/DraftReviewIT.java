package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.bot.answer.Phrase;
import org.osee.bot.answer.Phrases;
import org.osee.bot.domain.AuditEntry;
import org.osee.bot.port.AuditLog;
import org.osee.bot.store.Database;
import org.osee.bot.store.Stores;

/**
 * Draft review end to end: the running application with an email section and {@code drafts} holding every email
 * answer (bar 1.0), a GreenMail server on loopback, and staff working the console API. The person gets the
 * acknowledgment at once and nothing else; the answer goes out only when staff approve it, exactly once, in thread.
 */
class DraftReviewIT {
    static final String INBOX = "opensource@gov.example";
    static final String PERSON = "ana@city.example";
    static final String QUESTION = "Which licence should we use for software the government paid for?";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    GreenMail mail;
    GreenMailUser bot;
    Map<String, Object> email;

    @BeforeEach
    void startMail() throws Exception {
        int smtp = freePort();
        int imap = freePort();
        mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        bot = mail.setUser(INBOX, "bot", "secret");
        email = Map.of("address", INBOX,
                "imap", Map.of("host", "127.0.0.1", "port", imap, "security", "none", "username", "bot",
                        "password", "secret", "poll-interval", "500ms", "idle", "false"),
                "smtp", Map.of("host", "127.0.0.1", "port", smtp, "security", "none"));
    }

    @AfterEach
    void stopMail() {
        mail.stop();
    }

    /** The application holding every email answer below confidence 1. */
    RunningApp holdingEveryEmailAnswer() throws Exception {
        return RunningApp.withSections(tmp, null, Map.of("email", email,
                "drafts", Map.of("channels", List.of("email"), "below", 1.0)));
    }

    @Test
    void the_person_gets_the_acknowledgment_first_then_the_staff_edited_answer_in_thread_exactly_once()
            throws Exception {
        try (RunningApp app = holdingEveryEmailAnswer()) {
            bot.deliver(question("<q1@city.example>"));

            MimeMessage ack = awaitReplies(1).get(0);
            assertThat(EmailConversationsIT.text(ack)).contains(Phrases.get(Phrase.DRAFT_ACK, "en"))
                    .doesNotContain("[1]").doesNotContainIgnoringCase("copyleft");
            assertThat(ack.getHeader("In-Reply-To")[0]).isEqualTo("<q1@city.example>");
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> replies().size() == 1);

            JsonNode draft = onlyDraft(app);
            assertThat(draft.path("question").asText()).contains(QUESTION); // after the subject
            assertThat(draft.path("channel").asText()).isEqualTo("email");
            assertThat(draft.path("language").asText()).isEqualTo("en");
            assertThat(draft.path("answer").asText()).containsIgnoringCase("licence");
            assertThat(draft.path("citations").get(0).path("url").asText()).startsWith("https://example.org/licensing");
            assertThat(draft.path("confidence").asDouble()).isLessThan(1.0);
            String id = draft.path("id").asText();

            String edited = "Publish it under the EUPL 1.2, as the city council decided in 2024.";
            var approved = app.consolePost("/console/api/drafts/" + id + "/approve",
                    JSON.writeValueAsString(Map.of("text", edited)));
            assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);

            MimeMessage answer = awaitReplies(2).get(1);
            assertThat(EmailConversationsIT.text(answer)).contains(edited).contains("[1]")
                    .contains("https://example.org/licensing");
            assertThat(answer.getHeader("In-Reply-To")[0]).isEqualTo("<q1@city.example>");
            assertThat(answer.getHeader("Auto-Submitted")).as("a person's reply, not an automatic one").isNull();
            assertThat(app.consolePost("/console/api/drafts/" + id + "/approve", "{}").statusCode()).isEqualTo(409);
            assertThat(drafts(app)).isEmpty();
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> replies().size() == 2);
        }
        assertThat(audit()).extracting(e -> e.action() + " " + e.detail()).contains("draft.approve edited");
    }

    @Test
    void a_discarded_draft_is_never_sent_and_staff_answer_in_their_own_words() throws Exception {
        try (RunningApp app = holdingEveryEmailAnswer()) {
            bot.deliver(question("<q2@city.example>"));
            awaitReplies(1);
            JsonNode draft = onlyDraft(app);
            String conversation = draft.path("conversationId").asText();

            var discarded = app.consolePost("/console/api/drafts/" + draft.path("id").asText() + "/discard", "{}");
            assertThat(discarded.statusCode()).as(discarded.body()).isEqualTo(200);
            assertThat(drafts(app)).isEmpty();
            assertThat(app.consoleGet("/console/api/conversations?status=escalated").body()).contains(conversation);
            var reply = app.consolePost("/console/api/conversations/" + conversation + "/reply",
                    "{\"text\": \"We will call you to discuss your licence.\"}");
            assertThat(reply.statusCode()).isEqualTo(200);

            MimeMessage own = awaitReplies(2).get(1);
            assertThat(EmailConversationsIT.text(own)).contains("We will call you to discuss your licence.")
                    .doesNotContain("[1]");
            assertThat(app.consolePost("/console/api/drafts/" + draft.path("id").asText() + "/approve", "{}")
                    .statusCode()).isEqualTo(409);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> replies().size() == 2);
        }
        assertThat(audit()).extracting(AuditEntry::action).contains("draft.discard", "conversation.reply");
    }

    @Test
    void approving_an_unknown_or_malformed_draft_is_refused_clearly() throws Exception {
        try (RunningApp app = holdingEveryEmailAnswer()) {
            assertThat(app.consolePost("/console/api/drafts/424242/approve", "{}").statusCode()).isEqualTo(404);
            var malformed = app.consolePost("/console/api/drafts/abc/approve", "{}");
            assertThat(malformed.statusCode()).isEqualTo(400);
            assertThat(malformed.body()).contains("abc");
            assertThat(app.consolePost("/console/api/drafts/1/approve", "{\"text\": \"  \"}").statusCode())
                    .isEqualTo(400);
        }
    }

    @Test
    void the_drafts_page_and_api_refuse_anonymous_requests() throws Exception {
        try (RunningApp app = new RunningApp(tmp, "s3cret-pass")) {
            assertThat(app.get("/console/api/drafts").statusCode()).isEqualTo(401);
            for (String page : List.of("/console/drafts.html", "/console/drafts.js")) { // pages go to the sign-in page
                var response = app.get(page);
                assertThat(response.statusCode()).as(page).isEqualTo(303);
                assertThat(response.headers().firstValue("Location").orElse("")).startsWith("/console/signin");
            }
            assertThat(app.post("/console/api/drafts/1/approve", "{}").statusCode()).isEqualTo(401);
            assertThat(app.post("/console/api/drafts/1/discard", "{}").statusCode()).isEqualTo(401);
        }
    }

    private static JsonNode onlyDraft(RunningApp app) throws Exception {
        List<JsonNode> all = drafts(app);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    static List<JsonNode> drafts(RunningApp app) throws Exception {
        var response = app.consoleGet("/console/api/drafts");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<JsonNode> out = new java.util.ArrayList<>();
        JSON.readTree(response.body()).path("drafts").forEach(out::add);
        return out;
    }

    private List<AuditEntry> audit() {
        try (Database db = Database.embedded(tmp.resolve("data"))) {
            return Stores.of(db).audit().list(AuditLog.Filter.all(), 100, 0);
        }
    }

    static MimeMessage question(String messageId) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(PERSON));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(INBOX));
        m.setSubject("Licence question");
        m.setText(QUESTION);
        m.setSentDate(new Date());
        m.saveChanges();
        m.setHeader("Message-ID", messageId);
        return m;
    }

    private List<MimeMessage> awaitReplies(int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> replies().size() >= count);
        return replies();
    }

    List<MimeMessage> replies() {
        return mail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(PERSON), m -> true).toList();
    }

    static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
