package org.osee.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.osee.knowledge.Passage;

class AcronymsTest {
    private static Passage passage(String source, String text, double score) {
        return new Passage(source, "T", "", null, "en", text, score);
    }

    @Test
    void learns_the_acronyms_a_passage_spells_out_with_or_without_their_function_words() {
        Map<String, Set<String>> acronyms = Acronyms.spelledIn(List.of(passage("a.md",
                "Before using open source software (OSS), list it. Keep a Software Bill of Materials (SBOM). "
                        + "Our Open Source Program Offices (OSPOs) help. The council (CDO) decides.", 1)));

        assertThat(acronyms).containsOnlyKeys(Terms.key("oss"), Terms.key("sbom"), Terms.key("ospo"));
        assertThat(acronyms.get(Terms.key("sbom"))).isEqualTo(Terms.contentTerms("software bill materials"));
        assertThat(acronyms.get(Terms.key("ospo"))).isEqualTo(Terms.contentTerms("open source program offices"));
    }

    @Test
    void a_sentence_saying_the_acronym_holds_its_words_and_one_spelling_them_holds_the_acronym() {
        Map<String, Set<String>> acronyms = Map.of(Terms.key("oss"), Terms.contentTerms("open source software"));

        assertThat(Acronyms.expand(Terms.contentTerms("Evaluate each OSS dependency"), acronyms))
                .containsAll(Terms.contentTerms("open source software dependency"));
        assertThat(Acronyms.expand(Terms.contentTerms("Evaluate open source software first"), acronyms))
                .contains(Terms.key("oss"));
        Set<String> unrelated = Terms.contentTerms("Evaluate every dependency");
        assertThat(Acronyms.expand(unrelated, acronyms)).isSameAs(unrelated);
    }

    @Test
    void a_question_in_words_is_supported_by_a_sentence_in_the_acronym_spelled_out_elsewhere_in_the_passages() {
        Passage sentence = passage("inventory.md", "Every OSS dependency is reviewed by the security team.", 0.8);
        Passage glossary = passage("glossary.md", "We publish open source software (OSS) under the EUPL.", 0.5);
        String question = "Who reviews an open source software dependency?";

        double alone = ExtractiveComposer.support(question, List.of(sentence), List.of());
        double spelled = ExtractiveComposer.support(question, List.of(sentence, glossary), List.of());

        assertThat(spelled).isGreaterThan(alone);
        assertThat(spelled).isEqualTo(1.0);
    }
}
