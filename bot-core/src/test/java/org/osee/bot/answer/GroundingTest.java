package org.osee.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osee.knowledge.Passage;

class GroundingTest {
    @Test
    void finds_acronyms_identifiers_file_names_and_capitalised_words_inside_a_sentence() {
        assertThat(Grounding.names("Which fields does publiccode.yml need, e.g. the softwareVersion key for the EU? "
                + "Ask Jane."))
                .containsExactly("publiccode.yml", "softwareVersion", "EU", "Jane");
    }

    @Test
    void ignores_the_capital_of_a_sentence_start() {
        assertThat(Grounding.names("What is a licence? Which one fits?")).isEmpty();
    }

    @Test
    void lists_names_that_no_passage_mentions() {
        Passage p = new Passage("a.md", "OSPO guide", "", null, "en", "The OSPO of the CMS publishes code.", 0.8);

        assertThat(Grounding.missingNames("Does the CMS OSPO use Renovate?", List.of(p))).containsExactly("Renovate");
    }

    @Test
    void does_not_read_a_signature_or_greeting_as_part_of_the_question() {
        Passage p = new Passage("a.md", "Licensing", "", null, "en", "Choose an OSI-approved licence.", 0.8);

        assertThat(Grounding.missingNames("Hello Bob,\n\nWhich licence should we choose?\n\nBest regards,\n"
                + "Alice Martin\nSenior Policy Analyst, Digital Services Branch", List.of(p))).isEmpty();
        assertThat(Grounding.missingNames("Which licence should we choose?\nAlice Martin", List.of(p))).isEmpty();
    }
}
