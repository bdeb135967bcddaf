package org.osee.knowledge.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TranslationsTest {
    @ParameterizedTest
    @CsvSource({
            "en/choosing-a-licence.md, fr/choosing-a-licence.md",
            "guides/_articles/legal.md, guides-fr/_articles/fr/legal.md",
            "guides/intro.md, guides/intro.fr.md",
            "guides/intro.md, guides/intro_es.md",
            "book/content/en/02-chapter.md, book-es/content/es/02-chapter.md",
            "docs/en/guide.md, docs/pt-br/guide.html"})
    void language_markers_in_folders_and_file_names_link_versions(String original, String translation) {
        assertThat(Translations.pathKey(translation, "fr")).isEqualTo(Translations.pathKey(original, "en"));
    }

    @ParameterizedTest
    @CsvSource({"en/licences.md, en/security.md", "guides/legal.md, other/legal.md", "code-of-conduct.md, conduct.md"})
    void different_documents_keep_different_keys(String a, String b) {
        assertThat(Translations.pathKey(a, "en")).isNotEqualTo(Translations.pathKey(b, "en"));
    }

    @Test
    void front_matter_declares_a_key_or_the_original() {
        FrontMatter keyed = new FrontMatter(Map.of("translationkey", "Licences"), "");
        FrontMatter of = new FrontMatter(Map.of("translation-of", "en/choosing-a-licence.md"), "");

        assertThat(Translations.declaredKey(keyed)).isEqualTo("key:licences");
        assertThat(Translations.declaredKey(of)).isEqualTo(Translations.pathKey("en/choosing-a-licence.md", "en"));
        assertThat(Translations.declaredKey(new FrontMatter(Map.of("title", "x"), ""))).isNull();
    }
}
