package org.osee.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.osee.bot.answer.eval.EmailWrap;

class QuestionFocusTest {
    @Test
    void removes_greeting_sign_off_name_and_job_title_and_sets_the_subject_apart() {
        QuestionFocus focus = QuestionFocus.of("Licence for our new tool\n\nHi team,\n\n"
                + "We are about to publish a scheduling tool. Which licence should we choose?\n\n"
                + "Best regards,\nAlice Martin\nSenior Policy Analyst, Digital Services Branch");

        assertThat(focus.subject()).isEqualTo("Licence for our new tool");
        assertThat(focus.body()).isEqualTo("We are about to publish a scheduling tool. Which licence should we choose?");
        assertThat(focus.question()).isEqualTo("Which licence should we choose?");
    }

    @Test
    void finds_the_question_buried_in_a_paragraph_of_context() {
        QuestionFocus focus = QuestionFocus.of("Our department copied a tool last year and patched it heavily. "
                + "Every upstream release now takes a week to merge. What should we have done differently? "
                + "Our manager is worried.");

        assertThat(focus.question()).isEqualTo("What should we have done differently?");
        assertThat(focus.query()).startsWith("What should we have done differently?").contains("patched it heavily");
    }

    @Test
    void treats_french_spanish_and_portuguese_etiquette_alike() {
        assertThat(QuestionFocus.of("Bonjour,\n\nComment choisir une licence ?\n\nCordialement,\nJean Dupont\n"
                + "Chef de projet SI").body()).isEqualTo("Comment choisir une licence ?");
        assertThat(QuestionFocus.of("Hola equipo,\n\n¿Cómo elijo una licencia?\n\nUn saludo,\nMaría Ortega")
                .question()).isEqualTo("¿Cómo elijo una licencia?");
        assertThat(QuestionFocus.of("Olá,\n\nComo escolher uma licença para o nosso código?\n\nAtenciosamente,\n"
                + "Ana Souza\nAnalista de Políticas Digitais").question())
                .isEqualTo("Como escolher uma licença para o nosso código?");
    }

    @Test
    void keeps_a_bare_question_whole_and_drops_a_name_on_the_line_below() {
        assertThat(QuestionFocus.of("How do I pick a licence").question()).isEqualTo("How do I pick a licence");
        assertThat(QuestionFocus.of("How do I pick a licence?\nAlice Martin").body()).isEqualTo("How do I pick a licence?");
        assertThat(QuestionFocus.of("Hello, how do I pick a licence?").body()).isEqualTo("how do I pick a licence?");
    }

    @Test
    void uses_the_subject_only_when_the_body_says_nothing() {
        QuestionFocus focus = QuestionFocus.of("Choosing a licence for a public repository\n\nHi,\n\nAny advice?\n\n"
                + "Thanks,\nTom");

        assertThat(focus.decisive(2)).contains("licence").contains("repository");
        assertThat(focus.query()).contains("Any advice?").contains("licence");
    }

    @Test
    void an_asking_sentence_that_leans_on_its_context_is_decided_with_the_context() {
        QuestionFocus focus = QuestionFocus.of("A database we depend on just moved from an open source licence to a "
                + "more restrictive one. What should we do about it?");

        assertThat(focus.question()).isEqualTo("What should we do about it?");
        assertThat(focus.decisive(2)).contains("database").contains("restrictive").endsWith("about it?");
    }

    @Test
    void an_email_wrapped_question_has_the_bare_question_as_its_focus() {
        String question = "Which licence should a municipality choose for its own code?";

        QuestionFocus focus = QuestionFocus.of(EmailWrap.wrap("x1", question, "en"));

        assertThat(focus.body()).isEqualTo(question);
        assertThat(focus.question()).isEqualTo(question);
    }
}
