package org.osee.knowledge.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {
    private static final LanguageGuesser LANGUAGES = new LanguageGuesser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How do we choose a licence for the code we publish?|en",
            "Comment choisir une licence pour le code que nous publions ?|fr",
            "¿Cómo elegimos una licencia para el código que publicamos?|es",
            "Como escolhemos uma licença para o código que publicamos?|pt"})
    void recognises_the_four_languages(String text, String expected) {
        assertThat(LANGUAGES.guess(text, null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"licence?,fr,fr", "OSPO,null,en", "ok,de,en"})
    void falls_back_to_the_conversation_language_then_english_for_short_texts(String text, String fallback,
                                                                               String expected) {
        assertThat(LANGUAGES.guess(text, fallback)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Uma prefeitura pode publicar o código de um sistema que foi desenvolvido por uma empresa contratada?|pt",
            "¿Puede un ayuntamiento publicar el código de un sistema desarrollado por una empresa contratada?|es"})
    void tells_portuguese_from_spanish(String text, String expected) {
        assertThat(LanguageGuesser.guessSupported(text, 0.8)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"codebase: ¿qué significa?|es", "¿OSPO?|es", "¡gracias, OSPO!|es",
            "OSPO: são quais?|pt", "DPG: padrões e requisitos, não?|pt"})
    void tells_spanish_and_portuguese_by_their_spelling_when_the_text_is_too_short_to_weigh(String text,
                                                                                            String expected) {
        assertThat(LANGUAGES.guess(text, "en")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"¿Qué es una OSPO?|es", "¿Qué es una OSPO y para qué sirve?|es",
            "¿Qué hace un OSPO?|es", "C'est quoi un logiciel libre ?|fr", "O que é um OSPO?|pt", "Is it a DPG?|en",
            "Una OSPO?|es", "O que é software livre?|pt", "What does OSPO mean?|en",
            "O que é inner source?|pt", "What is the role of the OSPO in an organisation?|en"})
    void reads_short_questions_by_their_function_words_where_the_character_ngrams_mislead(String text,
                                                                                          String expected) {
        assertThat(LanguageGuesser.guessSupported(text, 0.8)).isEqualTo(expected);
        assertThat(LANGUAGES.guess(text, "en")).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"TODO Group: a foundation?|en",
            "Sob que licenças o TODO Group publica os seus guias?|pt",
            "What does the Universidad de la República publish?|en"})
    void a_name_that_is_a_word_of_another_language_does_not_decide(String text, String expected) {
        assertThat(LanguageGuesser.guessSupported(text, 0.8)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void a_function_word_counts_only_for_the_one_language_whose_list_holds_it() {
        assertThat(FunctionWords.votes("¿Qué es una OSPO?")).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("es", 3));
        assertThat(FunctionWords.leader("de la que", 1)).isNull();
        assertThat(FunctionWords.leader("o que faz um OSPO", 2)).isNull();
        assertThat(FunctionWords.leader("o que faz um OSPO", 1)).isEqualTo("pt");
        assertThat(FunctionWords.leader("o que é um OSPO", 2)).as("um and é as a word").isEqualTo("pt");
        assertThat(FunctionWords.contradict("O que é software livre?", "en")).isTrue();
        assertThat(FunctionWords.contradict("O que é software livre?", "es")).isFalse();
        assertThat(FunctionWords.contradict("Open source software licence?", "pt")).isFalse();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"¿Qué? não", "codebase: what does it mean?"})
    void spelling_that_points_both_ways_or_nowhere_decides_nothing(String text) {
        assertThat(LanguageGuesser.spelledAs(text)).isNull();
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"ok merci", "OSPO?", "licença nova?"})
    void is_unsure_of_texts_under_three_words_or_twelve_letters(String text) {
        assertThat(LanguageGuesser.guessSupported(text, 0.5)).isNull();
    }

    @org.junit.jupiter.api.Test
    void reads_declared_codes_and_guesses_document_languages_beyond_the_supported_four() {
        assertThat(LanguageGuesser.normalize("fr-CA")).isEqualTo("fr");
        assertThat(LanguageGuesser.normalize(" ")).isNull();
        assertThat(LanguageGuesser.guess("Die Verwaltung veröffentlicht den Quellcode ihrer Anwendungen unter einer "
                + "freien Lizenz, damit andere Behörden ihn wiederverwenden können.", 0.6)).isEqualTo("de");
    }
}
