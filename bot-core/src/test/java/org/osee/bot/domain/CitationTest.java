package org.osee.bot.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationTest {
    @Test
    void label_names_title_and_section_once() {
        assertThat(new Citation("a.md", "Licences", "Choosing", null).label()).isEqualTo("Licences — Choosing");
        assertThat(new Citation("a.md", "Licences", "Licences > Choosing", null).label())
                .isEqualTo("Licences — Choosing");
        assertThat(new Citation("a.md", "Licences", "Licences", null).label()).isEqualTo("Licences");
        assertThat(new Citation("a.md", "Licences", "", null).label()).isEqualTo("Licences");
    }

    @Test
    void label_falls_back_to_the_source_without_a_title() {
        assertThat(new Citation("guides/a.md", "", "Choosing", null).label()).isEqualTo("guides/a.md — Choosing");
    }

    @Test
    void label_cuts_a_sentence_used_as_a_heading_at_a_word() {
        Citation c = new Citation("security.md", "Security Best Practices", "Check and update your dependencies > "
                + "Dependencies in your project can have vulnerabilities that compromise the security of your project.",
                null);

        assertThat(c.label()).isEqualTo("Security Best Practices \u2014 Check and update your dependencies > "
                + "Dependencies in your project can have vulnerabilities that\u2026");
    }
}
