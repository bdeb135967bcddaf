package org.osee.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmailSettingsTest {
    private static final Map<String, String> KEYS = Map.of(
            "email.address", "Bot@Example.org",
            "email.imap.host", "127.0.0.1", "email.imap.port", "3143", "email.imap.security", "none",
            "email.imap.username", "bot", "email.imap.password", "secret",
            "email.smtp.host", "127.0.0.1", "email.smtp.port", "3025", "email.smtp.security", "starttls",
            "email.smtp.username", "bot");

    @Test
    void builds_the_configuration_of_the_design_contract() {
        EmailConfig config = EmailSettings.from(KEYS, Map.of("OSEE_EMAIL_SMTP_PASSWORD", "from-env")).orElseThrow();

        assertThat(config.address()).isEqualTo("bot@example.org");
        assertThat(config.imap().port()).isEqualTo(3143);
        assertThat(config.imap().folder()).isEqualTo("INBOX");
        assertThat(config.smtp().security()).isEqualTo(MailSecurity.STARTTLS);
        assertThat(config.smtp().auth().secret()).isEqualTo("from-env");
        assertThat(config.limits()).isEqualTo(EmailLimits.defaults());
    }

    @Test
    void environment_variables_override_the_file() {
        EmailConfig config = EmailSettings.from(KEYS, Map.of("OSEE_EMAIL_IMAP_PASSWORD", "env-secret",
                "OSEE_EMAIL_IMAP_POLL_INTERVAL", "30s", "OSEE_EMAIL_LIMITS_MAX_PER_SENDER_PER_HOUR", "5")).orElseThrow();

        assertThat(config.imap().auth().secret()).isEqualTo("env-secret");
        assertThat(config.imap().pollInterval()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.limits().maxPerSenderPerHour()).isEqualTo(5);
        assertThat(EmailSettings.envName("email.imap.oauth2-token")).isEqualTo("OSEE_EMAIL_IMAP_OAUTH2_TOKEN");
    }

    @Test
    void no_address_means_no_email_connector() {
        assertThat(EmailSettings.from(Map.of(), Map.of())).isEmpty();
    }

    @Test
    void secrets_never_appear_in_the_string_form() {
        EmailConfig config = EmailSettings.from(KEYS, Map.of("OSEE_EMAIL_SMTP_OAUTH2_TOKEN", "ya29.token")).orElseThrow();

        assertThat(config.toString()).doesNotContain("secret", "ya29").contains("password=****", "oauth2-token=****");
        assertThat(config.smtp().auth().oauth2()).isTrue();
    }

    @Test
    void invalid_values_name_the_key() {
        Map<String, String> bad = new java.util.HashMap<>(KEYS);
        bad.put("email.imap.security", "ssl");
        assertThatThrownBy(() -> EmailSettings.from(bad, Map.of())).hasMessageContaining("security")
                .hasMessageContaining("'ssl'");
        bad.put("email.imap.security", "tls");
        bad.remove("email.smtp.host");
        assertThatThrownBy(() -> EmailSettings.from(bad, Map.of())).hasMessageContaining("email.smtp.host");
    }
}
