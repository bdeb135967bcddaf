package org.osee.connectors.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Citation;

class ReplyFormatterTest {
    @Test
    void a_short_answer_is_one_message_with_numbered_source_links_that_do_not_embed() {
        List<String> parts = ReplyFormatter.format("Use the EUPL [1].", List.of(
                new Citation("licensing.md", "Choosing a licence", "Copyleft", "https://example.org/l"),
                new Citation("notes.md", "", "", null)));

        assertThat(parts).containsExactly("""
                Use the EUPL [1].

                **Sources**
                [1] [Choosing a licence \u2014 Copyleft](<https://example.org/l>)
                [2] notes.md""");
    }

    @Test
    void a_long_answer_is_split_on_paragraph_boundaries_within_2000_characters() {
        String paragraph = "word ".repeat(150).strip(); // 749 characters
        String text = String.join("\n\n", paragraph, paragraph, paragraph, paragraph, paragraph);

        List<String> parts = ReplyFormatter.format(text, List.of());

        assertThat(parts).hasSize(3).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(2000));
        assertThat(parts.get(0)).isEqualTo(paragraph + "\n\n" + paragraph);
        assertThat(String.join("\n\n", parts)).isEqualTo(text);
    }

    @Test
    void a_paragraph_longer_than_the_limit_is_cut_at_spaces_and_one_without_spaces_anywhere() {
        assertThat(ReplyFormatter.split("word ".repeat(1000), 2000))
                .allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(2000).doesNotStartWith(" ").endsWith("word"));
        assertThat(ReplyFormatter.split("x".repeat(4500), 2000)).extracting(String::length)
                .containsExactly(2000, 2000, 500);
    }

    @Test
    void mentions_everyone_and_here_are_defused_in_answers_and_source_titles() {
        List<String> parts = ReplyFormatter.format("Hi @everyone and @here, ask <@123> or <@&456>.",
                List.of(new Citation("a.md", "@everyone [guide]", "", "https://example.org")));

        assertThat(parts.get(0)).doesNotContain("@everyone", "@here", "<@1", "<@&", "[guide]");
    }

    @Test
    void an_empty_answer_still_gives_one_message() {
        assertThat(ReplyFormatter.format("   ", List.of())).hasSize(1).allSatisfy(p -> assertThat(p).isNotBlank());
    }
}
