package org.osee.bot.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osee.bot.answer.Phrase;
import org.osee.bot.answer.Phrases;
import org.osee.bot.domain.Citation;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.Reply;

class DraftPolicyTest {
    private static final DraftPolicy EMAIL_BELOW_06 = new DraftPolicy(Set.of("email"), 0.6);
    private static final List<Citation> CITED = List.of(new Citation("guide.md", "Guide", "Licences", null));

    private static Reply answer(double confidence, String language) {
        return new Reply(Decision.ANSWER, "Publish it under an open licence.", confidence, language, CITED, null,
                false);
    }

    @Test
    void a_cited_answer_below_the_bar_on_a_listed_channel_is_held() {
        assertThat(EMAIL_BELOW_06.holds("email", answer(0.45, "en"))).isTrue();
    }

    @Test
    void an_answer_at_or_above_the_bar_is_sent() {
        assertThat(EMAIL_BELOW_06.holds("email", answer(0.6, "en"))).isFalse();
        assertThat(EMAIL_BELOW_06.holds("email", answer(0.9, "en"))).isFalse();
    }

    @Test
    void answers_on_channels_not_listed_are_sent() {
        assertThat(EMAIL_BELOW_06.holds("web", answer(0.4, "en"))).isFalse();
        assertThat(EMAIL_BELOW_06.holds("discord", answer(0.4, "en"))).isFalse();
    }

    @Test
    void small_talk_clarifications_escalations_and_declines_are_never_held() {
        Reply greeting = new Reply(Decision.ANSWER, "Hello!", 0, "en", List.of(), null, false);
        Reply clarify = new Reply(Decision.CLARIFY, "Could you say more?", 0, "en", List.of(), null, false);
        Reply escalate = new Reply(Decision.ESCALATE, "A person will reply.", 0.1, "en", List.of(),
                EscalationReason.SENSITIVE_TOPIC, false);
        Reply decline = new Reply(Decision.DECLINE, "That is outside what I know.", 0.2, "en", List.of(), null,
                false);
        Reply silent = new Reply(Decision.ANSWER, "", 0.2, "en", CITED, null, true);

        assertThat(List.of(greeting, clarify, escalate, decline, silent))
                .noneMatch(reply -> EMAIL_BELOW_06.holds("email", reply));
    }

    @Test
    void holding_nothing_sends_every_answer() {
        assertThat(DraftPolicy.none().holds("email", answer(0.01, "en"))).isFalse();
        assertThat(new DraftPolicy(Set.of("email"), 0).holds("email", answer(0, "en"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "es", "pt"})
    void the_acknowledgment_escalates_as_a_draft_in_the_persons_language(String language) {
        Reply ack = DraftPolicy.acknowledgment(answer(0.45, language));

        assertThat(ack.decision()).isEqualTo(Decision.ESCALATE);
        assertThat(ack.escalationReason()).isEqualTo(EscalationReason.DRAFT);
        assertThat(ack.language()).isEqualTo(language);
        assertThat(ack.text()).isEqualTo(Phrases.get(Phrase.DRAFT_ACK, language));
        assertThat(ack.silent()).isFalse();
        assertThat(ack.confidence()).isEqualTo(0.45);
    }

    @Test
    void the_acknowledgment_of_an_answer_in_another_language_is_in_english() {
        assertThat(DraftPolicy.acknowledgment(answer(0.4, "de")).text()).isEqualTo(Phrases.get(Phrase.DRAFT_ACK, "en"));
    }

    @Test
    void the_acknowledgments_differ_by_language() {
        assertThat(Set.copyOf(Phrases.allTranslations(Phrase.DRAFT_ACK))).hasSize(4);
    }

    @Test
    void a_bar_outside_zero_to_one_is_refused_naming_the_value() {
        assertThatThrownBy(() -> new DraftPolicy(Set.of("email"), 1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> new DraftPolicy(Set.of("email"), -0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
