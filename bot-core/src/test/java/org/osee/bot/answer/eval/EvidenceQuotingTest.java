package org.osee.bot.answer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Decision;

class EvidenceQuotingTest {
    private static final String EVIDENCE = "identify an individual or group of people that can serve as a tiebreaker";

    private static EvalOutcome outcome(String id, Decision decision, List<String> cited, String answer) {
        EvalQuestion q = new EvalQuestion(id, "who decides?", List.of("guide/community.md", "guide/fr/community.md"),
                true, "en", "paraphrase", EVIDENCE);
        boolean hit = cited.stream().anyMatch(q.expected()::contains);
        return new EvalOutcome(q, decision, cited, hit, 0.6, 1_000_000, answer, "en");
    }

    @Test
    void a_quote_is_held_whatever_its_case_accents_punctuation_and_markup() {
        assertThat(EvidenceQuoting.holds("When nobody agrees, **identify an individual, or group of people** that can "
                + "serve as a tiebreaker. [1]", EVIDENCE)).isTrue();
        assertThat(EvidenceQuoting.holds("Identify a group of people that can serve as a tiebreaker. [1]", EVIDENCE))
                .as("a word missing from the run").isFalse();
        assertThat(EvidenceQuoting.holds("Les décisions — À prendre ensemble.", "les decisions... a prendre")).isTrue();
        assertThat(EvidenceQuoting.holds("Les décisions sont prises.", "les decisions... a prendre")).isFalse();
    }

    @Test
    void counts_only_answers_citing_the_quotes_document() {
        List<EvalOutcome> outcomes = List.of(
                outcome("1", Decision.ANSWER, List.of("guide/community.md"),
                        "Identify an individual or group of people that can serve as a tiebreaker. [1]"),
                outcome("2", Decision.ANSWER, List.of("other.md", "guide/community.md"), "Be kind to newcomers. [1]"),
                outcome("3", Decision.ANSWER, List.of("guide/fr/community.md"), "Désignez un arbitre. [1]"),
                outcome("4", Decision.ESCALATE, List.of(), ""));

        EvidenceQuoting figures = EvidenceQuoting.of(outcomes);

        assertThat(figures.answers()).isEqualTo(2);
        assertThat(figures.quoted()).isEqualTo(0.5);
    }
}
