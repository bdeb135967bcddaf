package org.osee.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.bot.domain.Conversation;
import org.osee.bot.domain.ConversationStatus;

class EmailChannelIT {
    private static final String ANA = "ana@city.example";
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path data;
    private MailServer server;
    private EmailPipeline app;

    @BeforeEach
    void start() {
        server = new MailServer();
    }

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        server.close();
    }

    private void startApp(EmailConfig config) {
        app = new EmailPipeline(data, config, new ScriptedAssistant());
    }

    static byte[] question(String from, String id, String subject, String extraHeaders, String body) {
        return Fixtures.plain(from, subject, id, "Date: Tue, 24 Nov 2026 10:00:00 +0000\r\n" + extraHeaders, body);
    }

    private List<MimeMessage> awaitMailTo(String address, int count) {
        await().ignoreExceptions().atMost(WAIT).until(() -> server.mailTo(address).size() >= count);
        return server.mailTo(address);
    }

    /** The decoded text/plain body of a reply. */
    static String text(MimeMessage m) throws Exception {
        jakarta.mail.Multipart alternative = (jakarta.mail.Multipart) m.getContent();
        return (String) alternative.getBodyPart(0).getContent();
    }

    @Test
    void answers_a_question_once_in_its_thread_with_citations() throws Exception {
        startApp(server.config());
        server.deliverToBot(question(ANA, "<q1@city.example>", "Choosing a licence", "", "Which licence for our app?"));

        MimeMessage reply = awaitMailTo(ANA, 1).get(0);

        assertThat(reply.getSubject()).isEqualTo("Re: Choosing a licence");
        assertThat(reply.getHeader("In-Reply-To", null)).isEqualTo("<q1@city.example>");
        assertThat(reply.getHeader("References", null)).contains("<q1@city.example>");
        assertThat(reply.getHeader("Auto-Submitted", null)).isEqualTo("auto-replied");
        assertThat(reply.getMessageID()).startsWith("<osee-out-").endsWith("@gov.example>");
        assertThat(reply.getFrom()[0].toString()).contains(MailServer.BOT);
        String raw = text(reply);
        assertThat(raw).contains("choosing a licence").contains("[1] Licences — Choosing a licence: https://osee.example/licences")
                .contains("Reply with 'human'");
        // the question and the copy of the reply sent to the inbox itself, both flagged \Seen
        await().ignoreExceptions().atMost(WAIT).until(() -> java.util.Arrays.equals(server.seenAndTotal("INBOX"), new int[] {2, 2}));
        assertThat(app.channel.stats()).containsEntry("own_copies", 1L).containsEntry("sent", 1L);
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofMillis(1500 + 10_000)).until(() -> server.mailTo(ANA).size() == 1);
    }

    @Test
    void a_follow_up_in_the_thread_continues_the_conversation() throws Exception {
        startApp(server.config());
        server.deliverToBot(question(ANA, "<root@city.example>", "Licences", "", "Which licence?"));
        MimeMessage first = awaitMailTo(ANA, 1).get(0);

        server.deliverToBot(question(ANA, "<f1@city.example>", "Re: Re: Licences",
                "In-Reply-To: " + first.getMessageID() + "\r\nReferences: <root@city.example> " + first.getMessageID()
                        + "\r\n",
                "And what about the EUPL?\r\n\r\nOn Tue, 24 Nov 2026 at 10:00, OSEE <opensource@gov.example> wrote:\r\n> Answer 1"));
        MimeMessage second = awaitMailTo(ANA, 2).get(1);

        assertThat(text(second)).contains("Answer 2 to: and what about the eupl?");
        assertThat(second.getSubject()).isEqualTo("Re: Licences");
        assertThat(second.getHeader("In-Reply-To", null)).isEqualTo("<f1@city.example>");
        assertThat(second.getHeader("References", null)).startsWith("<root@city.example>");

        // a client that keeps only In-Reply-To still lands in the same conversation
        server.deliverToBot(question(ANA, "<f2@city.example>", "Re: Licences",
                "In-Reply-To: " + second.getMessageID() + "\r\n", "And the AGPL?"));
        assertThat(text(awaitMailTo(ANA, 3).get(2))).contains("Answer 3 to: and the agpl?");
        assertThat(app.stores.conversations().list(java.util.EnumSet.allOf(ConversationStatus.class), 10, 0)).hasSize(1);
    }

    @Test
    void asking_for_a_person_escalates_and_staff_reply_in_the_same_thread() throws Exception {
        startApp(server.config());
        server.deliverToBot(question(ANA, "<p1@city.example>", "Procurement", "", "I'd like to talk to a person."));

        MimeMessage reply = awaitMailTo(ANA, 1).get(0);

        assertThat(text(reply)).contains("A member of staff will reply");
        Conversation conversation = app.stores.conversations()
                .list(java.util.EnumSet.allOf(ConversationStatus.class), 10, 0).get(0);
        assertThat(conversation.status()).isEqualTo(ConversationStatus.ESCALATED);

        app.stores.staffDesk().reply(conversation.id(), "Paula", "Hello Ana, I am Paula from the OSPO.");
        app.pipeline.wakeSender("email");
        MimeMessage staff = awaitMailTo(ANA, 2).get(1);

        assertThat(text(staff)).contains("I am Paula from the OSPO").contains("continue the conversation");
        assertThat(staff.getHeader("Auto-Submitted", null)).isNull();
        assertThat(staff.getHeader("References", null)).startsWith("<p1@city.example>");
        assertThat(staff.getSubject()).startsWith("Re: ");
    }

    @Test
    void out_of_office_bounces_and_list_mail_get_nothing() throws Exception {
        startApp(server.config());
        server.deliverToBot(question(ANA, "<ooo@city.example>", "Out of office", "Auto-Submitted: auto-replied\r\n",
                "I am away until Monday."));
        server.deliverToBot(question("MAILER-DAEMON@mx.city.example", "<bounce@mx.city.example>",
                "Undelivered Mail Returned to Sender", "Return-Path: <>\r\n", "Delivery failed."));
        server.deliverToBot(question("news@lists.example", "<list@lists.example>", "Newsletter",
                "List-Id: <oss.lists.example>\r\nPrecedence: list\r\n", "This month in open source."));
        server.deliverToBot(question("bob@city.example", "<marker@city.example>", "Licences", "", "Which licence?"));

        awaitMailTo("bob@city.example", 1);
        await().ignoreExceptions().atMost(WAIT).until(() -> java.util.Arrays.equals(server.seenAndTotal("INBOX"), new int[] {5, 5}));
        await().during(Duration.ofMillis(1000)).atMost(Duration.ofMillis(1000 + 10_000)).until(() -> server.mailTo(ANA).isEmpty());
        assertThat(server.mailTo(ANA)).isEmpty();
        assertThat(server.mailTo("MAILER-DAEMON@mx.city.example")).isEmpty();
        assertThat(server.mailTo("news@lists.example")).isEmpty();
        assertThat(app.channel.stats()).containsEntry("skipped.auto_submitted", 1L).containsEntry("skipped.bounce", 1L)
                .containsEntry("skipped.bulk_or_list", 1L).containsEntry("accepted", 1L);
    }

    @Test
    void the_same_message_delivered_twice_gets_one_answer() throws Exception {
        startApp(server.config());
        byte[] raw = question(ANA, "<twice@city.example>", "Licences", "", "Which licence?");
        server.deliverToBot(raw);
        server.deliverToBot(raw);

        awaitMailTo(ANA, 1);
        await().ignoreExceptions().atMost(WAIT).until(() -> java.util.Arrays.equals(server.seenAndTotal("INBOX"), new int[] {3, 3}));
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofMillis(1500 + 10_000)).until(() -> server.mailTo(ANA).size() == 1);
        assertThat(server.mailTo(ANA)).hasSize(1);
        assertThat(app.channel.stats()).containsEntry("accepted", 1L).containsEntry("duplicates", 1L);
    }

    @Test
    void survives_the_server_going_away_and_answers_what_arrived_meanwhile() throws Exception {
        try (TcpProxy imap = new TcpProxy(server.imapPort); TcpProxy smtp = new TcpProxy(server.smtpPort)) {
            startApp(MailServer.config(smtp.port, imap.port));
            server.deliverToBot(question(ANA, "<before@city.example>", "Before", "", "Before the outage?"));
            awaitMailTo(ANA, 1);

            imap.down();
            smtp.down();
            server.deliverToBot(question(ANA, "<during@city.example>", "During", "", "During the outage?"));
            await().during(Duration.ofMillis(3000)).atMost(Duration.ofMillis(3000 + 10_000)).until(() -> server.mailTo(ANA).size() == 1);
            assertThat(server.mailTo(ANA)).hasSize(1);
            imap.up();
            smtp.up();

            awaitMailTo(ANA, 2);
            assertThat(server.mailTo(ANA)).anySatisfy(m -> assertThat(text(m)).contains("to: during"));
            await().ignoreExceptions().atMost(WAIT).until(() -> java.util.Arrays.equals(server.seenAndTotal("INBOX"), new int[] {4, 4}));
            await().during(Duration.ofMillis(1000)).atMost(Duration.ofMillis(1000 + 10_000)).until(() -> server.mailTo(ANA).size() == 2);
            assertThat(server.mailTo(ANA)).hasSize(2);
        }
    }
}
