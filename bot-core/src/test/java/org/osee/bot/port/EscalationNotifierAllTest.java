package org.osee.bot.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.InboundMessage;

/** Several places to tell staff (Discord, email): each is told, whatever the others do. */
class EscalationNotifierAllTest {
    @Test
    void every_notifier_is_told_even_after_one_fails() {
        List<String> told = new ArrayList<>();
        EscalationNotifier all = EscalationNotifier.all(List.of(
                (c, m, r) -> told.add("discord " + c.id()),
                (c, m, r) -> {
                    throw new IllegalStateException("SMTP down");
                },
                (c, m, r) -> told.add("email " + r)));

        all.escalated(new ConversationSnapshot("c1", "web", ConversationStatus.ESCALATED, "en", List.of()),
                new InboundMessage("web", "p1", "t1", "web:t1", "", "help", "en", Instant.now(), Map.of()),
                EscalationReason.ASKED_FOR_PERSON);

        assertThat(told).containsExactly("discord c1", "email ASKED_FOR_PERSON");
    }
}
