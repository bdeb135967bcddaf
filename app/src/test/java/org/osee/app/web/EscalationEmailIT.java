package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code email.staff-address}: the running application mails staff when a conversation on any channel is escalated
 * (here the chat page), through the email connector's SMTP server (GreenMail), with a link to the console.
 */
class EscalationEmailIT {
    private static final String INBOX = "opensource@gov.example";
    private static final String STAFF = "ospo-staff@gov.example";

    @TempDir
    Path tmp;

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<MimeMessage> mailTo(GreenMail mail, String address) {
        return mail.findReceivedMessages(u -> u.getEmail().equalsIgnoreCase(address), m -> true).toList();
    }

    @Test
    void an_escalation_on_the_chat_page_is_mailed_to_the_staff_address_once() throws Exception {
        int smtp = freePort();
        int imap = freePort();
        GreenMail mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtp, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imap, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        try {
            mail.setUser(INBOX, "bot", "secret");
            Map<String, Object> email = Map.of("address", INBOX, "staff-address", STAFF,
                    "imap", Map.of("host", "127.0.0.1", "port", imap, "security", "none", "username", "bot",
                            "password", "secret", "poll-interval", "500ms", "idle", "false"),
                    "smtp", Map.of("host", "127.0.0.1", "port", smtp, "security", "none"));
            try (RunningApp app = new RunningApp(tmp, null, email)) {
                app.post("/api/ask", "{\"question\": \"I would like to talk to a person please\","
                        + " \"conversation\": \"mail-staff-1\"}");
                app.post("/api/ask", "{\"question\": \"Anyone there?\", \"conversation\": \"mail-staff-1\"}");

                await().atMost(Duration.ofSeconds(30)).until(() -> !mailTo(mail, STAFF).isEmpty());
                MimeMessage notice = mailTo(mail, STAFF).get(0);
                assertThat(notice.getSubject()).isEqualTo("[OSEE] Escalated on web: asked for person");
                assertThat(String.valueOf(notice.getContent())).contains("http://127.0.0.1:" + app.app.port()
                        + "/console/#").doesNotContain("talk to a person");
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                        .until(() -> mailTo(mail, STAFF).size() == 1); // the second message notifies nobody
            }
        } finally {
            mail.stop();
        }
    }
}
