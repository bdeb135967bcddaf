package org.osee.bot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.UnansweredQuestion;

class KnowledgeGapsTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private static List<UnansweredQuestion> questions(String... texts) {
        List<UnansweredQuestion> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            Decision d = i % 2 == 0 ? Decision.DECLINE : Decision.ESCALATE;
            out.add(new UnansweredQuestion(i + 1, "c" + i, "web", d,
                    d == Decision.ESCALATE ? EscalationReason.LOW_CONFIDENCE : null, 0.1, "en", texts[i],
                    T0.minusSeconds(60L * i)));
        }
        return out;
    }

    @Test
    void questions_sharing_their_key_terms_form_one_labelled_group_each() {
        List<GapGroup> groups = new KnowledgeGaps().group(questions(
                "How do we organise a hackathon for civic volunteers?",
                "What is the best recipe for a chocolate cake?",
                "Which prizes should a hackathon offer to volunteers?",
                "How long should a chocolate cake bake?",
                "Can volunteers at our hackathon keep the code?",
                "Is dark chocolate better for a cake?"));

        assertThat(groups).hasSize(2);
        assertThat(groups).extracting(GapGroup::count).containsExactly(3, 3);
        GapGroup hackathon = groups.stream().filter(g -> g.terms().contains("hackathon")).findFirst().orElseThrow();
        assertThat(hackathon.terms()).contains("volunteers");
        assertThat(hackathon.examples()).hasSize(3).allMatch(e -> e.toLowerCase().contains("hackathon"));
        assertThat(hackathon.label()).contains("hackathon");
        GapGroup cake = groups.stream().filter(g -> g.terms().contains("chocolate")).findFirst().orElseThrow();
        assertThat(cake.examples()).allMatch(e -> e.contains("cake"));
        assertThat(cake.byKind().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3);
    }

    @Test
    void unrelated_questions_stay_apart_and_the_larger_group_comes_first() {
        List<GapGroup> groups = new KnowledgeGaps().group(questions(
                "Where do I renew my passport?",
                "What salary does an open-source developer earn?",
                "Which salary band fits an open-source developer?",
                "Is the weather good in Lisbon tomorrow?"));

        assertThat(groups).extracting(GapGroup::count).containsExactly(2, 1, 1);
        assertThat(groups.get(0).terms()).contains("salary");
        assertThat(groups.get(0).lastAsked()).isEqualTo(T0.minusSeconds(60));
    }

    @Test
    void accents_and_inflections_do_not_split_a_topic_and_labels_keep_the_written_form() {
        List<GapGroup> groups = new KnowledgeGaps().group(questions(
                "Comment financer la sécurité des logiciels ?",
                "Qui paie la securite du logiciel ?"));

        assertThat(groups).hasSize(1);
        assertThat(groups.get(0).terms()).contains("sécurité");
    }

    @Test
    void a_question_asked_twice_counts_twice_but_is_shown_once() {
        List<GapGroup> groups = new KnowledgeGaps().group(questions(
                "Where can visitors park near the town hall?",
                "Where can visitors park near the town hall?",
                "How much does parking at the town hall cost?"));

        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.count()).isEqualTo(3);
            assertThat(g.examples()).containsExactly("Where can visitors park near the town hall?",
                    "How much does parking at the town hall cost?");
        });
    }

    @Test
    void no_questions_give_no_groups() {
        assertThat(new KnowledgeGaps().group(List.of())).isEmpty();
    }
}
