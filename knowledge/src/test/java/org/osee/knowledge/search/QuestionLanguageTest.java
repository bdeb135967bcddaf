package org.osee.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionLanguageTest {

    @Test
    void detects_the_language_of_questions_with_their_own_analyzer() {
        assertThat(HybridRetriever.questionLanguage("How do we choose a licence for the code we publish?"))
                .isEqualTo("en");
        assertThat(HybridRetriever.questionLanguage("Comment choisir une licence pour le code que nous publions ?"))
                .isEqualTo("fr");
        assertThat(HybridRetriever.questionLanguage("¿Cómo elegimos una licencia para el código que publicamos?"))
                .isEqualTo("es");
    }

    @Test
    void tells_portuguese_questions_from_spanish_ones() {
        assertThat(HybridRetriever.questionLanguage("Como escolhemos uma licença para o código que publicamos?"))
                .isEqualTo("pt");
    }

    @Test
    void leaves_very_short_questions_and_other_languages_undecided() {
        assertThat(HybridRetriever.questionLanguage("licences")).isNull();
        assertThat(HybridRetriever.questionLanguage("SBOM tooling")).isNull();
        assertThat(HybridRetriever.questionLanguage("Wie wählen wir eine Lizenz für unseren veröffentlichten Code aus?"))
                .isNull();
    }
}
