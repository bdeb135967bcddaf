package org.osee.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhrasesTest {
    private static Properties load(String file) throws Exception {
        Properties props = new Properties();
        try (InputStream in = PhrasesTest.class.getResourceAsStream("/org/osee/bot/answer/" + file)) {
            assertThat(in).as(file).isNotNull();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }

    @ParameterizedTest
    @ValueSource(strings = {"phrases_fr.properties", "phrases_es.properties", "phrases_pt.properties"})
    void every_bundle_has_exactly_the_english_keys_and_no_blank_value(String file) throws Exception {
        Properties english = load("phrases.properties");
        Properties other = load(file);

        assertThat(other.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(other.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
    }

    @Test
    void every_phrase_key_exists_in_the_english_bundle() throws Exception {
        Set<String> keys = Arrays.stream(Phrase.values()).map(Phrase::key).collect(Collectors.toSet());

        assertThat(load("phrases.properties").stringPropertyNames()).isEqualTo(keys);
    }

    @Test
    void reads_bundles_as_utf8_and_fills_placeholders() {
        assertThat(Phrases.get(Phrase.SOURCES_LANGUAGE, "fr", Phrases.languageName("en", "fr")))
                .isEqualTo("Les sources sont en anglais :");
        assertThat(Phrases.get(Phrase.SOURCES_LANGUAGE, "pt", Phrases.languageName("en", "pt")))
                .isEqualTo("As fontes estão em inglês:");
        assertThat(Phrases.get(Phrase.TOO_LONG, "es", 100)).contains("100 caracteres");
    }

    @Test
    void speaks_english_for_a_language_without_a_bundle() {
        assertThat(Phrases.get(Phrase.GREETING, "de")).isEqualTo(Phrases.get(Phrase.GREETING, "en"));
        assertThat(Phrases.supported(null)).isEqualTo("en");
    }
}
