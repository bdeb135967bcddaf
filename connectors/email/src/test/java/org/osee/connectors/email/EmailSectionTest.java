package org.osee.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class EmailSectionTest {
    private static EmailSection.Imap imap(String username, String password) {
        return new EmailSection.Imap("127.0.0.1", 3143, MailSecurity.NONE, username, password, null, null, null, null,
                null, null, null);
    }

    private static EmailSection.Smtp smtp(String username, String password) {
        return new EmailSection.Smtp("127.0.0.1", 3025, MailSecurity.STARTTLS, username, password, null, null);
    }

    @Test
    void builds_the_connector_configuration_with_the_defaults() {
        EmailConfig config = new EmailSection("Bot@Example.org", null, imap("bot", "secret"), smtp("bot", "pw"), null)
                .toConfig();

        assertThat(config.address()).isEqualTo("bot@example.org");
        assertThat(config.imap().port()).isEqualTo(3143);
        assertThat(config.imap().folder()).isEqualTo("INBOX");
        assertThat(config.imap().pollInterval()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.imap().useIdle()).isTrue();
        assertThat(config.smtp().security()).isEqualTo(MailSecurity.STARTTLS);
        assertThat(config.smtp().auth().secret()).isEqualTo("pw");
        assertThat(config.limits()).isEqualTo(EmailLimits.defaults());
    }

    @Test
    void a_login_without_a_password_names_the_missing_key() {
        assertThatThrownBy(() -> smtp("bot", null)).hasMessageStartingWith("email.smtp.password is required");
    }

    @Test
    void a_token_file_is_a_secret_too() {
        var smtp = new EmailSection.Smtp("h", 587, MailSecurity.STARTTLS, "bot", null, null, Path.of("token"));

        assertThat(new EmailSection("bot@example.org", null, imap("bot", "x"), smtp, null).toConfig().smtp().auth()
                .oauth2()).isTrue();
    }

    @Test
    void missing_and_invalid_values_name_their_key() {
        assertThatThrownBy(() -> new EmailSection.Imap(null, 1, MailSecurity.TLS, null, null, null, null, null, null,
                null, null, null)).hasMessage("email.imap.host is required");
        assertThatThrownBy(() -> new EmailSection.Imap("h", 70000, MailSecurity.TLS, null, null, null, null, null,
                null, null, null, null)).hasMessageContaining("email.imap.port");
        assertThatThrownBy(() -> new EmailSection(null, null, imap(null, null), smtp(null, null), null))
                .hasMessage("email.address is required");
        assertThatThrownBy(() -> new EmailSection.Limits(0, null, null, null, null, null, null, null))
                .hasMessageContaining("email.limits.max-per-sender-per-hour");
    }

    @Test
    void secrets_never_appear_in_the_string_form() {
        var section = new EmailSection("bot@example.org", null, imap("bot", "hunter2"), smtp("bot", "hunter3"), null);

        assertThat(section.imap() + " " + section.smtp() + " " + section).doesNotContain("hunter2", "hunter3");
    }
}
