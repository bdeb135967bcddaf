package org.osee.connectors.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.InboundMessage;

/** Escalation notices to the staff address go out through the connector's SMTP server (GreenMail). */
class EmailEscalationNotifierIT {
    private static final String STAFF = "desk@gov.example";

    @Test
    void an_escalation_is_mailed_to_the_staff_address_with_a_link_and_without_the_persons_words() throws Exception {
        try (MailServer server = new MailServer();
             EmailEscalationNotifier notifier = new EmailEscalationNotifier(server.config(), STAFF,
                     () -> "https://osee.example.org/console/")) {
            var conversation = new ConversationSnapshot("c-42", "web", ConversationStatus.ESCALATED, "fr", List.of());
            var message = new InboundMessage("web", "p1", "t1", "visitor-1", "Ana", "Mon numéro est le 0612345678",
                    "fr", Instant.now(), Map.of());

            notifier.escalated(conversation, message, EscalationReason.ASKED_FOR_PERSON);

            await().atMost(Duration.ofSeconds(20)).until(() -> !server.mailTo(STAFF).isEmpty());
            MimeMessage mail = server.mailTo(STAFF).get(0);
            String body = String.valueOf(mail.getContent());
            assertThat(mail.getSubject()).isEqualTo("[OSEE] Escalated on web: asked for person");
            assertThat(mail.getFrom()[0].toString()).contains(MailServer.BOT);
            assertThat(mail.getHeader("Auto-Submitted")).containsExactly("auto-generated");
            assertThat(body).contains("https://osee.example.org/console/#c-42").contains("Language: fr")
                    .doesNotContain("0612345678").doesNotContain("Ana");
        }
    }

    @Test
    void a_staff_address_that_is_not_one_address_is_refused_naming_the_key() {
        assertThatThrownBy(() -> EmailEscalationNotifier.address("a@example.org, b@example.org"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email.staff-address");
        assertThatThrownBy(() -> EmailEscalationNotifier.address("nobody"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email.staff-address");
    }
}
