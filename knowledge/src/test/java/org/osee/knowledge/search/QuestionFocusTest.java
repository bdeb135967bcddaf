package org.osee.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionFocusTest {
    @Test
    void the_asking_sentences_of_a_long_question_are_its_focus() {
        String question = "I run the IT team of a small town. We built a booking tool with a contractor. "
                + "Who has to approve its publication? We would like to start next month.";

        assertThat(QuestionFocus.of(question)).isEqualTo("Who has to approve its publication?");
    }

    @Test
    void spanish_questions_open_with_an_inverted_mark() {
        assertThat(QuestionFocus.of("Trabajo en una diputación. ¿Qué licencia elegimos para el código"))
                .isEqualTo("¿Qué licencia elegimos para el código");
    }

    @Test
    void a_question_of_one_sentence_or_with_no_asking_sentence_has_no_separate_focus() {
        assertThat(QuestionFocus.of("Who approves publication under the rule?")).isNull();
        assertThat(QuestionFocus.of("Tell me about licences. I need it for a report.")).isNull();
        assertThat(QuestionFocus.of("Which licence? And who approves?")).isNull();
    }
}
