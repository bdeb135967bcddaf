package org.osee.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {
    private static String key(String word) {
        return Terms.key(Terms.fold(word));
    }

    @Test
    void a_words_inflections_and_derivations_share_its_key() {
        assertThat(key("maintainers")).isEqualTo(key("maintain")).isEqualTo(key("maintenance"));
        assertThat(key("licenses")).isEqualTo(key("licensing"));
    }

    @Test
    void cognates_in_the_supported_languages_share_a_key() {
        assertThat(key("licença")).isEqualTo(key("licencia")).isEqualTo(key("licence")).isEqualTo(key("license"));
        assertThat(key("métricas")).isEqualTo(key("metrics"));
        assertThat(key("comunidade")).isEqualTo(key("community")).isEqualTo(key("communauté"));
        assertThat(key("philosophy")).isEqualTo(key("filosofía"));
    }

    @Test
    void spanish_diphthongs_and_portuguese_j_match_their_cognates() {
        assertThat(key("abierto")).isEqualTo(key("aberto"));
        assertThat(key("nuevos")).isEqualTo(key("novos"));
        assertThat(key("proyecto")).isEqualTo(key("projeto")).isEqualTo(key("project"));
        assertThat(key("tiempo")).isEqualTo(key("tempo"));
    }

    @Test
    void short_words_keep_their_letters_and_a_plural_s_goes() {
        assertThat(key("API")).isEqualTo("api");
        assertThat(key("APIs")).isEqualTo("api");
        assertThat(key("access")).isEqualTo("aces");
    }

    @Test
    void content_terms_are_keys_of_the_content_words_only() {
        assertThat(Terms.contentTerms("What is the role of the maintainers?")).containsExactly("role", "main");
    }

    @Test
    void different_words_keep_different_keys() {
        assertThat(key("security")).isNotEqualTo(key("community"));
        assertThat(key("procurement")).isNotEqualTo(key("publication"));
    }
}
