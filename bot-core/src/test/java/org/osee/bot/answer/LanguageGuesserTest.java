package org.osee.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How do we choose a licence for the code we publish?|en",
            "Comment choisir une licence pour le code que nous publions ?|fr",
            "¿Cómo elegimos una licencia para el código que publicamos?|es",
            "Como escolhemos uma licença para o código que publicamos?|pt"})
    void recognises_the_four_languages(String text, String expected) {
        assertThat(Fixtures.LANGUAGES.guess(text, null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"licence?,fr,fr", "OSPO,null,en", "ok,de,en"})
    void falls_back_to_the_conversation_language_then_english_for_short_texts(String text, String fallback,
                                                                               String expected) {
        assertThat(Fixtures.LANGUAGES.guess(text, fallback)).isEqualTo(expected);
    }
}
