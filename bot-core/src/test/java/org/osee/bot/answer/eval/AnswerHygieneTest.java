package org.osee.bot.answer.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.osee.knowledge.load.LanguageGuesser;

class AnswerHygieneTest {
    @Test
    void finds_sentences_cut_out_of_lists_and_chunks() {
        assertThat(AnswerHygiene.hasFragment("maturity and health of the underlying project;. [1]")).isTrue();
        assertThat(AnswerHygiene.hasFragment("Check the licence. Ask the vendor for support,. [1]")).isTrue();
        assertThat(AnswerHygiene.hasFragment("Check the licence [1]\n\nAsk the vendor [2]")).isTrue();
        assertThat(AnswerHygiene.hasFragment("Before you start:\n- A licence file.\n- A README. [1]\n\n"
                + "Ask the vendor for support. [2]")).isFalse();
        assertThat(AnswerHygiene.hasFragment("Read the documentation, join the lists, etc. for guidance on roles "
                + "(i.e. the levels build on each other). [1]")).isFalse();
    }

    @Test
    void finds_answers_mixing_languages_and_citations_of_non_guide_pages() {
        LanguageGuesser languages = new LanguageGuesser();

        assertThat(AnswerHygiene.mixesLanguages("Every public repository needs a licence file at its root. [1]\n\n"
                + "Chaque dépôt public doit contenir un fichier de licence à sa racine, sans exception. [2]", "en",
                languages)).isTrue();
        assertThat(AnswerHygiene.mixesLanguages("Every public repository needs a licence file at its root. [1]", "en",
                languages)).isFalse();
        assertThat(AnswerHygiene.isNonGuide("starter-pack/README.md")).isTrue();
        assertThat(AnswerHygiene.isNonGuide("pack/LICENSE")).isTrue();
        assertThat(AnswerHygiene.isNonGuide("guides/licensing.md")).isFalse();
        assertThat(AnswerHygiene.isNonGuide("README.md")).isTrue();
        assertThat(AnswerHygiene.isNonGuide("dpg-pack/SOURCE.md")).isTrue();
        assertThat(AnswerHygiene.isNonGuide("docs/deep/LICENSE.txt")).isTrue();
        assertThat(AnswerHygiene.isNonGuide("pack/docs/scm/README.md")).as("a chapter's page").isFalse();
        assertThat(AnswerHygiene.isNonGuide("book/content/en/toc.md")).isTrue();
        assertThat(AnswerHygiene.isNonGuide("reports/summary.md")).isFalse();
    }

    @Test
    void finds_excerpts_quoted_out_of_their_context() {
        assertThat(AnswerHygiene.outOfContext("The CLA Assistant asks contributors to sign. [1]\n\n"
                + "It also updates the status of a pull request. [2]")).isTrue();
        assertThat(AnswerHygiene.outOfContext("But with a clear sense of what is proprietary, you can share. [1]"))
                .isTrue();
        assertThat(AnswerHygiene.outOfContext("So where do you start your program office journey? [1]")).isTrue();
        assertThat(AnswerHygiene.outOfContext("Cependant, le code doit rester public. [1]")).isTrue();
        assertThat(AnswerHygiene.outOfContext("Por otro lado, es posible dar acceso de commit. [1]")).isTrue();
        assertThat(AnswerHygiene.outOfContext("D'autre part, le code doit rester public. [1]")).isTrue();
        assertThat(AnswerHygiene.outOfContext("Where do you start? Find a leader first. [1]\n\n"
                + "The CLA Assistant asks contributors to sign. It also updates the pull request. [2]")).isFalse();
        assertThat(AnswerHygiene.outOfContext("Before you start:\n- Is there a licence?\n- A README. [1]")).isFalse();
        assertThat(AnswerHygiene.outOfContext("Answer these questions:\n- What does it do?\n- Who uses it? [1]"))
                .isFalse();
        assertThat(AnswerHygiene.outOfContext("Il y a une variété d'outils disponibles pour la maintenance. [1]"))
                .isFalse();
    }
}
