package org.osee.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {
    @Test
    void reads_a_backslash_escape_as_the_character_it_escapes() {
        assertThat(PlainText.line("1.  Differences between OSPO patterns -\\> ways to operate"))
                .isEqualTo("- Differences between OSPO patterns -> ways to operate");
        assertThat(PlainText.line("Use \\*args\\* and \\[brackets\\] as they are, not C:\\Users."))
                .isEqualTo("Use *args* and [brackets] as they are, not C:\\Users.");
    }

    @Test
    void unwraps_links_and_emphasis_and_drops_tags() {
        assertThat(PlainText.inline("Read **the [guide](https://x.org/g)** and `code` <b>now</b> [^1]."))
                .isEqualTo("Read the guide and code now .");
    }

    @Test
    void drops_front_matter_code_tables_and_headings_and_strips_bullets() {
        String md = "---\ntitle: X\n---\n# Heading\n\n```\ncode here\n```\n| a | b |\n|---|---|\n"
                + "- first item of the list\n- second item\n\nA paragraph\nacross two lines.";

        assertThat(PlainText.blocks(md))
                .containsExactly("first item of the list", "second item", "A paragraph across two lines.");
    }

    @Test
    void does_not_cut_a_sentence_after_a_title_an_initial_or_a_latin_abbreviation() {
        assertThat(PlainText.sentences("The whitepaper was written by Dr. Jane Smith. It covers e.g. funding and "
                + "staffing. Ask John F. Kennedy. Done.", "en")).containsExactly(
                "The whitepaper was written by Dr. Jane Smith.", "It covers e.g. funding and staffing.",
                "Ask John F. Kennedy.", "Done.");
    }

    @Test
    void a_block_opening_in_lower_case_is_not_joined_to_the_block_before() {
        assertThat(PlainText.sentences("Check the licence.\n\nand then the maintainers.", "en"))
                .containsExactly("Check the licence.", "and then the maintainers.");
    }

    @Test
    void an_exclamation_inside_a_sentence_does_not_end_it() {
        assertThat(PlainText.sentences("Les experts sont demandés - vous pouvez être l'un d'eux ! - et seront payés. "
                + "Il est important de le dire.", "fr")).containsExactly(
                "Les experts sont demandés - vous pouvez être l'un d'eux ! - et seront payés.",
                "Il est important de le dire.");
    }

    @Test
    void splits_sentences_and_keeps_document_numbers_from_looking_like_citations() {
        assertThat(PlainText.sentences("See note [2]. Then act! Is it done?", "en"))
                .containsExactly("See note (2).", "Then act!", "Is it done?");
    }

    @Test
    void tells_a_word_that_opens_a_sentence_from_one_inside_it() {
        String text = "Hello. ¿Cómo? (Sí)\nAlice and\n  Bob";

        assertThat(PlainText.opensSentence(text, 0, false)).isTrue();
        assertThat(PlainText.opensSentence(text, text.indexOf("¿"), false)).isTrue();
        assertThat(PlainText.opensSentence(text, text.indexOf("Cómo"), false)).isTrue();
        assertThat(PlainText.opensSentence(text, text.indexOf("Sí"), false)).isTrue();
        assertThat(PlainText.opensSentence(text, text.indexOf("Alice"), false)).isFalse();
        assertThat(PlainText.opensSentence(text, text.indexOf("Alice"), true)).isTrue();
        assertThat(PlainText.opensSentence(text, text.indexOf("Bob"), true)).isTrue();
        assertThat(PlainText.opensSentence(text, text.indexOf("and"), true)).isFalse();
    }

    @Test
    void folds_case_and_accents_the_same_in_every_language() {
        assertThat(PlainText.fold("Qué LICENÇA, gouvernement Öffentlich?"))
                .isEqualTo("que licenca, gouvernement offentlich?");
    }
}
