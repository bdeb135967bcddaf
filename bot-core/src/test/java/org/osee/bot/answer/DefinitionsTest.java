package org.osee.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.osee.knowledge.Passage;

class DefinitionsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"What is an OSPO?|ospo", "¿Qué es una OSPO?|ospo", "What does SBOM mean?|sbom",
            "Qu'est-ce qu'un OSPO ?|ospo", "O que é um SBOM?|sbom", "codebase: ¿qué significa?|code",
            "what's inner source|iner sour", "What does DPG stand for?|dpg", "¿Qué quiere decir copyleft?|copi",
            "O que quer dizer OSPO?|ospo"})
    void reads_what_a_question_asks_to_define_in_the_four_languages(String question, String keys) {
        assertThat(Definitions.asked(question)).containsExactly(keys.split(" "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"How do we publish our code?", "What is the best way to choose a licence for our project?",
            "OSPO", "What"})
    void other_questions_and_long_subjects_ask_for_no_definition(String question) {
        assertThat(Definitions.asked(question)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"An OSPO is the centre of an organisation's open source work.|true",
            "An open source program office (OSPO) is the centre of gravity.|true",
            "Una OSPO es el centro de gravedad.|true",
            "The OSPO Associate scheme is a programme.|false",
            "Our OSPO reviews every licence before publication.|false",
            "Many teams that run an OSPO today say the work never ends and it is hard.|false",
            "If an OSPO is new, it starts with an inventory.|false", "When the OSPO is ready, announce it.|false"})
    void a_sentence_defines_the_term_it_opens_with_before_a_copula(String sentence, boolean defines) {
        assertThat(Definitions.defines(sentence, Set.of("ospo"))).isEqualTo(defines);
    }

    @Test
    void a_sentence_on_part_of_what_was_asked_defines_nothing() {
        Set<String> asked = Definitions.asked("What is the process to request access?");

        assertThat(Definitions.defines("The process is described below.", asked)).isFalse();
        assertThat(Definitions.defines("The process to request access is a form for the repository owner.", asked))
                .isTrue();
        assertThat(Definitions.heads("Access > Process", asked)).isFalse();
    }

    @Test
    void reads_a_question_in_another_language_in_its_english_translation_too() {
        BiFunction<String, String, String> english = (text, lang) -> "What is free software?";

        assertThat(Definitions.asked("O que é software livre?", "pt", english))
                .containsExactly(Set.of("soft", "livr"), Set.of("fre", "soft"));
        assertThat(Definitions.asked("What is free software?", "en", english)).containsExactly(Set.of("fre", "soft"));
        assertThat(Definitions.asked("O que é software livre?", "pt", (text, lang) -> null)).hasSize(1);
        assertThat(Definitions.asked("Como publico o código?", "pt", english)).isEmpty();
        assertThat(Definitions.definesAny("Free software is software users may run, study and change.",
                Definitions.asked("O que é software livre?", "pt", english))).isTrue();
    }

    @Test
    void reads_a_whole_passage_for_a_definition_sentence_by_sentence_or_by_its_heading() {
        List<Set<String>> ospo = List.of(Set.of("ospo"));
        List<Set<String>> codebase = List.of(Set.of("code"));

        assertThat(Definitions.passageDefines(passage("About", "Many companies run one. An OSPO is the centre of "
                + "their open source work."), ospo)).isTrue();
        assertThat(Definitions.passageDefines(passage("About", "- An OSPO is a team.\n- It has a budget."), ospo))
                .isTrue();
        assertThat(Definitions.passageDefines(passage("Glossary > Codebase", "Any discrete package of code."),
                codebase)).isTrue();
        assertThat(Definitions.passageDefines(passage("About", "Our OSPO reviews licences. If an OSPO is new, start "
                + "small."), ospo)).isFalse();
        assertThat(Definitions.passageDefines(passage("About", "Nothing about it here."), ospo)).isFalse();
        assertThat(Definitions.passageDefines(passage("About", "An OSPO is a team."), List.of())).isFalse();
    }

    @Test
    void a_section_headed_by_the_term_alone_defines_it() {
        assertThat(Definitions.heads("Glossary > Codebase", Set.of("code"))).isTrue();
        assertThat(Definitions.heads("About OSPOs > Defining an OSPO", Set.of("ospo"))).isFalse();
        assertThat(Definitions.heads("Codebase > Requirements", Set.of("code"))).isFalse();
        assertThat(Definitions.heads("", Set.of("code"))).isFalse();
    }

    private static Passage passage(String section, String text) {
        return new Passage("guide.md", "Guide", section, null, "en", text, 0);
    }
}
