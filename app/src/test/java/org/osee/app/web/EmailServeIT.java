package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code osee serve} with an email section, end to end: the real application (real assistant, embedded database)
 * reads a question from a GreenMail inbox on loopback and answers it in thread over SMTP.
 */
class EmailServeIT {
    static final String INBOX = "opensource@gov.example";
    /** Answers are sent without draft review (DraftReviewIT covers it). */
    static final Map<String, Object> SEND_AT_ONCE = Map.of("channels", List.of());

    @TempDir
    Path tmp;

    @Test
    void a_mailed_question_gets_one_threaded_answer_from_the_running_application() throws Exception {
        int smtp = freePort();
        int imap = freePort();
        GreenMail mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        try {
            var bot = mail.setUser(INBOX, "bot", "secret");
            Map<String, Object> email = Map.of("address", INBOX,
                    "imap", Map.of("host", "127.0.0.1", "port", imap, "security", "none", "username", "bot",
                            "password", "secret", "poll-interval", "500ms", "idle", "false"),
                    "smtp", Map.of("host", "127.0.0.1", "port", smtp, "security", "none"));
            try (RunningApp app = RunningApp.withSections(tmp, null, Map.of("email", email, "drafts", SEND_AT_ONCE))) {
                MimeMessage question = new MimeMessage(Session.getInstance(new Properties()));
                question.setFrom(new InternetAddress("ana@city.example"));
                question.setRecipient(Message.RecipientType.TO, new InternetAddress(INBOX));
                question.setSubject("Question");
                question.setText("Which licence should we use for software the government paid for?");
                question.setSentDate(new java.util.Date());
                question.saveChanges();
                question.setHeader("Message-ID", "<q1@city.example>");
                bot.deliver(question);

                await().atMost(Duration.ofSeconds(60)).until(() -> repliesTo(mail, "ana@city.example").size() == 1);
                MimeMessage reply = repliesTo(mail, "ana@city.example").get(0);
                assertThat(reply.getSubject()).isEqualTo("Re: Question");
                assertThat(reply.getHeader("In-Reply-To")[0]).isEqualTo("<q1@city.example>");
                assertThat(reply.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
                String body = new String(reply.getRawInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(body).containsIgnoringCase("licence").contains("[1]");
                assertThat(app.emailStats()).contains("osee_email_sent 1.0");
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15))
                        .until(() -> repliesTo(mail, "ana@city.example").size() == 1);
            }
        } finally {
            mail.stop();
        }
    }

    @Test
    void a_question_written_as_people_write_email_is_answered_and_a_thank_you_gets_no_reply() throws Exception {
        int smtp = freePort();
        int imap = freePort();
        GreenMail mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        try {
            var bot = mail.setUser(INBOX, "bot", "secret");
            Map<String, Object> email = Map.of("address", INBOX,
                    "imap", Map.of("host", "127.0.0.1", "port", imap, "security", "none", "username", "bot",
                            "password", "secret", "poll-interval", "500ms", "idle", "false"),
                    "smtp", Map.of("host", "127.0.0.1", "port", smtp, "security", "none"));
            try (RunningApp app = RunningApp.withSections(tmp, null, Map.of("email", email, "drafts", SEND_AT_ONCE))) {
                bot.deliver(message("<q2@city.example>", null, "Licence for software we paid for",
                        "Hello,\n\nOur department paid a contractor to build a booking tool and we now want to "
                                + "publish it. Which licence should we use for software the government paid for?\n\n"
                                + "Best regards,\nAna Beatriz Souza\nSenior Policy Analyst, Digital Services Branch"));
                await().atMost(Duration.ofSeconds(60)).until(() -> repliesTo(mail, "ana@city.example").size() == 1);
                String answer = new String(repliesTo(mail, "ana@city.example").get(0).getRawInputStream()
                        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(answer).containsIgnoringCase("licence").contains("[1]");

                bot.deliver(message("<q3@city.example>", "<q2@city.example>", "Re: Licence for software we paid for",
                        "Thanks, that solved it!\n\nBest regards,\nAna"));

                await().atMost(Duration.ofSeconds(60)).until(() -> app.consoleGet("/console/api/conversations?status=resolved")
                        .body().contains("ana@city.example"));
                await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20))
                        .until(() -> repliesTo(mail, "ana@city.example").size() == 1);
            }
        } finally {
            mail.stop();
        }
    }

    private static MimeMessage message(String id, String inReplyTo, String subject, String text) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("ana@city.example"));
        m.setRecipient(Message.RecipientType.TO, new InternetAddress(INBOX));
        m.setSubject(subject);
        m.setText(text, "UTF-8");
        m.setSentDate(new java.util.Date());
        m.saveChanges();
        m.setHeader("Message-ID", id);
        if (inReplyTo != null) {
            m.setHeader("In-Reply-To", inReplyTo);
            m.setHeader("References", inReplyTo);
        }
        return m;
    }

    /** What landed in the mailbox of {@code address} (the inbox's own blind copy of a reply is not counted). */
    private static List<MimeMessage> repliesTo(GreenMail mail, String address) {
        return mail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address), m -> true).toList();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
