package org.osee.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CollectionNamesTest {
    @Test
    void takes_runs_of_capitalised_words_with_their_linking_words_as_candidate_names() {
        assertThat(CollectionNames.candidates("What does the Standard for Public Code expect of policy makers?"))
                .containsExactly("Standard for Public Code");
        assertThat(CollectionNames.candidates("Según el Estándar para el Código Público, ¿cómo se contrata?"))
                .containsExactly("Estándar para el Código Público");
        assertThat(CollectionNames.candidates("Does the CMS OSPO say anything? And the TODO Group's guide of 2024?"))
                .containsExactly("CMS OSPO", "TODO Group");
    }

    @Test
    void a_capitalised_word_opening_a_sentence_is_tried_without_and_before_another_with() {
        assertThat(CollectionNames.candidates("Does the DPG Standard apply? Open Source Initiative members agree."))
                .containsExactly("DPG Standard", "Open Source Initiative", "Source Initiative");
        assertThat(CollectionNames.candidates("TODO Group guides say so.")).containsExactly("TODO Group");
    }

    @Test
    void one_capitalised_word_punctuation_or_trailing_linking_words_make_no_name() {
        assertThat(CollectionNames.candidates("We use GitHub, Python and Django for the code of the agency."))
                .isEmpty();
        assertThat(CollectionNames.candidates("Is the Ministry, Finance or Health the owner? ask Alice of the"))
                .isEmpty();
    }

    @Test
    void a_name_stands_for_the_folder_holding_most_of_the_documents_that_mention_it() {
        assertThat(CollectionNames.mostOf(Set.of("std/a.md", "std/b.md", "other/c.md"))).isEqualTo("std");
        assertThat(CollectionNames.mostOf(Set.of("std/a.md", "other/b.md"))).isNull();
        assertThat(CollectionNames.mostOf(Set.of("std/a.md"))).isNull();
        assertThat(CollectionNames.mostOf(Set.of("a.md", "b.md", "c.md"))).isNull();
    }

    @Test
    void a_name_stands_first_for_the_folders_named_after_it() {
        Set<String> sources = Set.of("blog/a.md", "blog/b.md", "blog/c.md", "books/ospo-book/ch1.md",
                "books-es/ospo-book/es/ch1.md", "books/other/x.md");

        assertThat(CollectionNames.namedFolders("OSPO Book", sources))
                .containsExactly("books-es/ospo-book", "books/ospo-book");
        assertThat(CollectionNames.namedFolders("Civic Code", sources)).isEmpty();
    }

    @Test
    void reads_a_long_message_in_one_pass_and_a_new_line_opens_a_sentence() {
        String line = "Dear Team\nWhich Civic Code Standard applies here?\n";
        List<String> names = CollectionNames.candidates(line.repeat(20_000) + "The End Of It");

        assertThat(names).containsExactly("Dear Team", "Which Civic Code Standard", "Civic Code Standard",
                "The End Of It", "End Of It");
    }
}
