package org.osee.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.osee.bot.domain.Rejection;

/**
 * Hostile-input battery, email surface (see docs/hostile-input.md for the other surfaces): GreenMail, the real
 * durable pipeline and a scripted assistant. Every hostile mail is answered or accounted for (skipped, set aside
 * with its reason), and a good question sent after it is answered.
 */
class HostileEmailIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String GOOD = "good@city.example";

    @TempDir
    Path data;
    private MailServer server;
    private EmailPipeline app;

    @BeforeEach
    void start() {
        server = new MailServer();
        app = new EmailPipeline(data, server.config(), new ScriptedAssistant());
    }

    @AfterEach
    void stop() {
        app.close();
        server.close();
    }

    private static byte[] mail(String headers, String body) {
        return (headers + "\r\n" + body + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String head(String from, String subject, String id) {
        return Fixtures.headers(from, subject, id) + "Date: Tue, 24 Nov 2026 10:00:00 +0000\r\n";
    }

    private static String encodedWord(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    private List<Rejection> setAside() {
        return app.stores.deadLetters().rejections(100);
    }

    /** Issue 14, hole 3: one message whose envelope the server cannot give must not hold up the others. */
    @Test
    void a_message_with_an_unreadable_envelope_is_set_aside_and_ten_mails_after_it_are_all_answered() {
        server.deliverToBot(mail(Fixtures.headers(encodedWord("Eve\r\nBcc: victim@city.example") + " <eve@city.example>",
                "Hello", "<crlf@city.example>") + "Content-Type: text/plain; charset=UTF-8\r\n", "Which licence?"));
        Instant sent = Instant.now();
        for (int i = 0; i < 10; i++) {
            server.deliverToBot(EmailChannelIT.question("user" + i + "@city.example", "<after-" + i + "@city.example>",
                    "Question " + i, "", "Which licence, " + i + "?"));
        }

        await().ignoreExceptions().atMost(WAIT).until(() -> IntStream.range(0, 10)
                .allMatch(i -> server.mailTo("user" + i + "@city.example").size() == 1));
        System.out.printf("ten mails after the bad one answered in %d ms%n", Duration.between(sent, Instant.now()).toMillis());
        boolean answered = !server.mailTo("eve@city.example").isEmpty();
        await().ignoreExceptions().atMost(WAIT).until(() -> answered || setAside().stream()
                .anyMatch(r -> r.channel().equals("email") && r.reason().contains("unreadable")));
        assertThat(server.mailTo("victim@city.example")).isEmpty();
    }

    /** Issue 14, hole 5: a subject in a charset nobody knows is decoded leniently, not kept as an encoded-word. */
    @Test
    void a_subject_in_an_unknown_charset_is_decoded_leniently() throws Exception {
        server.deliverToBot(mail(head("ana@city.example", "=?x-unknown-9?Q?Licence_question?=", "<charset@city.example>")
                + "Content-Type: text/plain; charset=x-klingon-1\r\n", "Which licence should we use?"));

        await().ignoreExceptions().atMost(WAIT).until(() -> server.mailTo("ana@city.example").size() == 1);
        MimeMessage reply = server.mailTo("ana@city.example").get(0);
        assertThat(reply.getSubject()).isEqualTo("Re: Licence question");
        assertThat(EmailChannelIT.text(reply)).contains("licence question").doesNotContain("=?");
    }

    /** What should become of a hostile mail. */
    enum Outcome { ANSWERED, SKIPPED, SET_ASIDE }

    record Case(String name, String sender, byte[] raw, Outcome outcome) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> hostileMails() {
        String cc = IntStream.range(0, 500).mapToObj(i -> "c" + i + "@city.example").reduce((a, b) -> a + ",\r\n " + b).orElse("");
        return Stream.of(
                new Case("a From folded over two lines", "fold@city.example", mail(head("\"Ana\r\n Folded\" <fold@city.example>",
                        "Folded", "<fold@city.example>") + "Content-Type: text/plain\r\n", "Which licence?"), Outcome.ANSWERED),
                new Case("500 Cc recipients", "cc@city.example", mail(head("cc@city.example", "Many", "<cc@city.example>")
                        + "Cc: " + cc + "\r\nContent-Type: text/plain\r\n", "Which licence?"), Outcome.ANSWERED),
                new Case("mail from its own address", MailServer.BOT, mail(head(MailServer.BOT, "Loop", "<loop@city.example>")
                        + "Content-Type: text/plain\r\n", "Which licence?"), Outcome.SKIPPED),
                new Case("an auto-reply", "away@city.example", mail(head("away@city.example", "Out of office", "<away@city.example>")
                        + "Auto-Submitted: auto-replied\r\nContent-Type: text/plain\r\n", "I am away"), Outcome.SKIPPED),
                new Case("a bounce", "mailer-daemon@city.example", mail(head("mailer-daemon@city.example", "Undelivered",
                        "<bounce@city.example>") + "Return-Path: <>\r\nContent-Type: text/plain\r\n", "failed"), Outcome.SKIPPED),
                new Case("no From header", "", mail("To: opensource@gov.example\r\nSubject: Anonymous\r\nMessage-ID: <anon@city.example>\r\n"
                        + "Content-Type: text/plain\r\n", "Which licence?"), Outcome.SKIPPED),
                new Case("no Message-ID", "noid@city.example", mail("From: noid@city.example\r\nTo: opensource@gov.example\r\n"
                        + "Subject: No id\r\nContent-Type: text/plain\r\n", "Which licence?"), Outcome.ANSWERED),
                new Case("a multipart without its boundary", "nobound@city.example", mail(head("nobound@city.example", "Broken",
                        "<nobound@city.example>") + "Content-Type: multipart/mixed\r\n", "--x\r\nWhich licence?\r\n--x--"), Outcome.ANSWERED),
                new Case("a body that is not base64", "b64@city.example", mail(head("b64@city.example", "B64", "<b64@city.example>")
                        + "Content-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n", "!!!% not base64 at all ***"), Outcome.ANSWERED),
                new Case("a body in an unknown charset", "klingon@city.example", mail(head("klingon@city.example", "Charset",
                        "<klingon@city.example>") + "Content-Type: text/plain; charset=x-klingon-7\r\n", "Which licence?"), Outcome.ANSWERED),
                new Case("a subject of 10,000 characters", "long@city.example", mail(head("long@city.example", "licence ".repeat(1250),
                        "<long@city.example>") + "Content-Type: text/plain\r\n", "Which licence?"), Outcome.ANSWERED),
                new Case("HTML only, with a script", "html@city.example", mail(head("html@city.example", "Html", "<html@city.example>")
                        + "Content-Type: text/html\r\n", "<html><script>alert(1)</script><p>Which licence?</p></html>"), Outcome.ANSWERED),
                new Case("multiparts nested 60 deep", "deep@city.example", Fixtures.nestedMultiparts(60), Outcome.ANSWERED),
                new Case("a garbage Date header", "date@city.example", mail(Fixtures.headers("date@city.example", "Date", "<date@city.example>")
                        + "Date: the day after tomorrow\r\nContent-Type: text/plain\r\n", "Which licence?"), Outcome.ANSWERED),
                new Case("an encoded-word From with CRLF in the name", "crlf@city.example", mail(Fixtures.headers(
                        encodedWord("Mallory\r\nBcc: victim@city.example") + " <crlf@city.example>", "Crlf", "<crlf2@city.example>")
                        + "Content-Type: text/plain\r\n", "Which licence?"), null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileMails")
    void a_hostile_mail_is_answered_or_accounted_for_and_the_next_question_is_answered(Case hostile) throws Exception {
        server.deliverToBot(hostile.raw());
        server.deliverToBot(EmailChannelIT.question(GOOD, "<good@city.example>", "Good", "", "Which licence?"));

        await().ignoreExceptions().atMost(WAIT).until(() -> server.mailTo(GOOD).size() == 1);
        if (hostile.outcome() == Outcome.ANSWERED) {
            await().ignoreExceptions().atMost(WAIT).until(() -> server.mailTo(hostile.sender()).size() == 1);
            assertThat(EmailChannelIT.text(server.mailTo(hostile.sender()).get(0))).doesNotContain("<script>");
        } else if (hostile.outcome() == Outcome.SKIPPED) {
            await().ignoreExceptions().atMost(WAIT).until(() -> app.channel.stats().keySet().stream().anyMatch(k -> k.startsWith("skipped.")));
            if (!hostile.sender().equals(MailServer.BOT)) { // the bot's own mailbox holds the copies of its replies
                assertThat(server.mailTo(hostile.sender())).isEmpty();
            }
        } else {
            await().ignoreExceptions().atMost(WAIT).until(() -> !server.mailTo(hostile.sender()).isEmpty()
                    || !setAside().isEmpty());
        }
        assertThat(server.mailTo("victim@city.example")).isEmpty();
        await().ignoreExceptions().atMost(WAIT).until(() -> app.channel.stats().getOrDefault("received", 0L) >= 1);
    }
}
