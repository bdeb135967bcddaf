package org.osee.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailSessionsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void tls_uses_imaps_and_checks_the_server_identity() {
        ImapConfig imap = ImapConfig.of("imap.example.org", 993, MailSecurity.TLS, MailAuth.password("bot", "pw"));

        Session session = MailSessions.imap(imap, TIMEOUT);

        assertThat(MailSessions.imapProtocol(imap)).isEqualTo("imaps");
        assertThat(session.getProperty("mail.imaps.ssl.enable")).isEqualTo("true");
        assertThat(session.getProperty("mail.imaps.ssl.checkserveridentity")).isEqualTo("true");
        assertThat(session.getProperty("mail.imaps.peek")).isEqualTo("true");
        assertThat(session.getProperty("mail.imaps.timeout")).isEqualTo("30000");
    }

    @Test
    void starttls_is_required_not_merely_attempted() {
        SmtpConfig smtp = new SmtpConfig("smtp.example.org", 587, MailSecurity.STARTTLS, MailAuth.password("bot", "pw"));

        Session session = MailSessions.smtp(smtp, "bot@example.org");

        assertThat(session.getProperty("mail.smtp.starttls.enable")).isEqualTo("true");
        assertThat(session.getProperty("mail.smtp.starttls.required")).isEqualTo("true");
        assertThat(session.getProperty("mail.smtp.auth")).isEqualTo("true");
        assertThat(session.getProperty("mail.smtp.from")).isEqualTo("bot@example.org");
    }

    @Test
    void an_oauth2_token_logs_in_with_xoauth2_only() {
        MailAuth auth = new MailAuth("bot@example.org", "", "ya29.token", null);
        ImapConfig imap = ImapConfig.of("outlook.office365.com", 993, MailSecurity.TLS, auth);

        Session session = MailSessions.imap(imap, TIMEOUT);

        assertThat(session.getProperty("mail.imaps.auth.mechanisms")).isEqualTo("XOAUTH2");
        assertThat(session.getProperty("mail.imaps.auth.plain.disable")).isEqualTo("true");
        assertThat(auth.secret()).isEqualTo("ya29.token");
        assertThat(auth.toString()).doesNotContain("ya29");
    }

    @Test
    void a_token_file_is_read_again_at_every_connection(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path file = dir.resolve("token");
        java.nio.file.Files.writeString(file, "first\n");
        MailAuth auth = new MailAuth("bot@example.org", null, null, file);
        assertThat(auth.secret()).isEqualTo("first");

        java.nio.file.Files.writeString(file, "refreshed\n");

        assertThat(auth.secret()).isEqualTo("refreshed");
    }
}
