package org.osee.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PassageSectionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "Choosing a licence|Choosing a licence > Permissive|Permissive",
            "Choosing a licence|Choosing a licence|''",
            "Choosing a licence|choosing a licence > A > B|A > B",
            "Choosing a licence|Licences > Choosing|Licences > Choosing",
            "Choosing a licence|''|''"})
    void a_section_path_does_not_repeat_the_title(String title, String section, String shown) {
        assertThat(Passage.sectionUnder(title, section)).isEqualTo(shown);
    }
}
