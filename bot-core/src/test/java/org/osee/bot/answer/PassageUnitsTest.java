package org.osee.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osee.bot.answer.PassageUnits.Kind;
import org.osee.knowledge.Passage;

class PassageUnitsTest {
    private static List<PassageUnits.Unit> units(String text) {
        return PassageUnits.of(new Passage("a.md", "A", "", null, "en", text, 0.5));
    }

    @Test
    void a_sentence_ending_with_a_colon_introduces_the_list_below_it() {
        assertThat(units("Check the following:\n\n- the licence\n- the maintainers\n"))
                .extracting(PassageUnits.Unit::kind).containsExactly(Kind.LEAD_IN, Kind.ITEM, Kind.ITEM);
    }

    @Test
    void a_paragraph_of_one_sentence_right_above_a_list_introduces_it() {
        assertThat(units("Command line apps can be accessible.\n\n- Support --help.\n- Print text labels.\n"))
                .extracting(PassageUnits.Unit::kind).containsExactly(Kind.LEAD_IN, Kind.ITEM, Kind.ITEM);
    }

    @Test
    void the_last_sentence_of_a_longer_paragraph_stays_a_sentence() {
        assertThat(units("Apps differ. Some are accessible.\n\n- Support --help.\n"))
                .extracting(PassageUnits.Unit::kind).containsExactly(Kind.SENTENCE, Kind.SENTENCE, Kind.ITEM);
    }

    @Test
    void a_sentence_above_a_heading_introduces_no_list_below_it_the_heading_does() {
        assertThat(units("Apps can be accessible.\n\n## Tools\n\n- Support --help.\n"))
                .extracting(PassageUnits.Unit::kind, PassageUnits.Unit::text).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Kind.SENTENCE, "Apps can be accessible."),
                        org.assertj.core.groups.Tuple.tuple(Kind.LEAD_IN, "Tools:"),
                        org.assertj.core.groups.Tuple.tuple(Kind.ITEM, "Support --help."));
    }

    @Test
    void paragraphs_with_a_heading_between_them_are_not_adjacent_blocks() {
        List<PassageUnits.Unit> units = units("Publish the code.\n\nKeep it current.\n\n## Next\n\nIt also helps.\n");

        assertThat(units.get(1).block() - units.get(0).block()).isEqualTo(1);
        assertThat(units.get(2).block() - units.get(1).block()).isGreaterThan(1);
    }

    @Test
    void a_passage_opening_with_a_dash_and_a_lower_case_word_is_a_cut_sentence_not_a_list() {
        List<PassageUnits.Unit> cut = PassageUnits.of(new Passage("a.md", "A", "", null, "fr",
                "- et seront parfois payés pour le travail. Il est important de traiter ceci.\n", 0.5));
        assertThat(cut).extracting(PassageUnits.Unit::kind).containsExactly(Kind.SENTENCE, Kind.SENTENCE);
        assertThat(cut.get(0).text()).startsWith("et seront");
        assertThat(units("- a licence file\n- a README\n")).extracting(PassageUnits.Unit::kind)
                .containsOnly(Kind.ITEM);
    }

    @Test
    void a_list_right_under_a_heading_is_introduced_by_the_heading() {
        List<PassageUnits.Unit> atStart = PassageUnits.of(new Passage("a.md", "Licences", "Licences > Pitfalls", null,
                "en", "- Writing a custom licence.\n- Publishing without a licence file.\n", 0.5));
        List<PassageUnits.Unit> inside = units("Choose a licence early.\n\n## Pitfalls\n\n- Writing a custom "
                + "licence.\n- Publishing without a licence file.\n");

        assertThat(atStart).extracting(PassageUnits.Unit::kind).containsExactly(Kind.LEAD_IN, Kind.ITEM, Kind.ITEM);
        assertThat(atStart.get(0).text()).isEqualTo("Pitfalls:");
        assertThat(inside).extracting(PassageUnits.Unit::text).startsWith("Choose a licence early.", "Pitfalls:");
    }
}
