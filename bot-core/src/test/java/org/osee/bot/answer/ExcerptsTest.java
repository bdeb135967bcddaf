package org.osee.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcerptsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"This project is archived. It is kept for reference.|This project is archived. It is kept for reference.",
            "It is kept for reference. Fork it freely.\"|It is kept for reference. Fork it freely.",
            "The README says \"archived\" at the top.|The README says \"archived\" at the top.",
            "“Start here. Then go on.”|“Start here. Then go on.”",
            "« Ce projet est archivé. Il reste lisible.|Ce projet est archivé. Il reste lisible.",
            "Il reste lisible. »|Il reste lisible."})
    void leaves_out_a_quotation_mark_whose_pair_the_excerpt_does_not_hold(String excerpt, String written) {
        assertThat(Excerpts.withoutStrayQuotes(excerpt)).isEqualTo(written);
    }
}
