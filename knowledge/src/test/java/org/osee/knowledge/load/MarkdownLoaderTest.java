package org.osee.knowledge.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownLoaderTest {
    private final MarkdownLoader loader = new MarkdownLoader();

    private Document load(String name, String markdown) {
        return loader.load(new SourceFile(Path.of(name), "docs/" + name, markdown.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void reads_title_url_and_language_from_front_matter() {
        Document doc = load("guide.md", """
                ---
                title: "Choosing a licence"
                permalink: https://example.org/licences/
                lang: fr-CA
                tags: [a, b]
                ---
                # Something else

                Body text.
                """);

        assertThat(doc.title()).isEqualTo("Choosing a licence");
        assertThat(doc.url()).isEqualTo("https://example.org/licences/");
        assertThat(doc.language()).isEqualTo("fr-CA");
        assertThat(doc.source()).isEqualTo("docs/guide.md");
    }

    @Test
    void headings_without_text_in_a_row_are_an_outline_listed_in_their_parents_section() {
        Document doc = load("retros.md", """
                ## What is a retro?
                A meeting at the end of each sprint.

                ## Hot air balloon template
                ### What has been giving us lift?
                ### What has been dragging us down?
                <br/>

                ## Start, stop, continue
                Three columns on a board:
                ### What should we start?
                ### What should we stop?
                ### What should we continue?
                """);

        assertThat(doc.sections()).extracting(Section::path, Section::text).containsExactly(
                tuple("What is a retro?", "A meeting at the end of each sprint."),
                tuple("Hot air balloon template",
                        "- What has been giving us lift?\n- What has been dragging us down?"),
                tuple("Start, stop, continue", """
                        Three columns on a board:

                        - What should we start?
                        - What should we stop?
                        - What should we continue?"""));
        assertThat(doc.sections().get(1).anchor()).isEqualTo("hot-air-balloon-template");
    }

    @Test
    void a_single_heading_without_text_and_a_heading_over_subsections_are_no_outline() {
        Document doc = load("guide.md", """
                # Guide
                ## Overview
                ## Licences
                ### Choosing one
                Pick a licence early.
                ### Applying it
                Add a LICENSE file.
                """);

        assertThat(doc.sections()).extracting(Section::path).containsExactly(
                "Guide > Licences > Choosing one", "Guide > Licences > Applying it");
    }

    @Test
    void falls_back_to_first_h1_then_file_name_for_title() {
        assertThat(load("a.md", "Intro\n\n# The Real Title\n\ntext").title()).isEqualTo("The Real Title");
        assertThat(load("no-heading.md", "just text").title()).isEqualTo("no-heading");
    }

    @Test
    void understands_atx_and_setext_headings_as_a_heading_path() {
        Document doc = load("h.md", """
                Guide
                =====

                Intro paragraph.

                Part one
                --------

                First part.

                ### Detail ###

                Detail text.

                ## Part two

                Second part.
                """);

        assertThat(doc.sections()).extracting(Section::path).containsExactly(
                "Guide", "Guide > Part one", "Guide > Part one > Detail", "Guide > Part two");
        assertThat(doc.sections().get(2).text()).isEqualTo("Detail text.");
        assertThat(doc.sections().get(2).anchor()).isEqualTo("detail");
    }

    @Test
    void a_thematic_break_after_a_blank_line_is_not_a_heading() {
        Document doc = load("hr.md", "# Title\n\nParagraph.\n\n---\n\nMore text.\n");

        assertThat(doc.sections()).hasSize(1);
        assertThat(doc.sections().get(0).text()).contains("Paragraph.").contains("More text.").doesNotContain("---");
    }

    @Test
    void hash_lines_inside_code_fences_are_not_headings() {
        Document doc = load("code.md", "# Title\n\n```bash\n# not a heading\necho hi\n```\n\nafter\n");

        assertThat(doc.sections()).extracting(Section::path).containsExactly("Title");
        assertThat(doc.sections().get(0).text()).contains("# not a heading");
    }

    @Test
    void strips_links_images_html_liquid_shortcodes_and_comments_to_plain_text() {
        Document doc = load("noise.md", """
                # Noise

                See [the guide](https://example.org/guide) and ![a diagram](img.png).
                {% include note.html %}{{< youtube abc >}}{{ page.title }}
                <div class="note">Inside <b>html</b></div>
                <!-- hidden
                comment -->
                **Bold** and `code` &amp; more.
                [ref]: https://example.org
                """);

        String text = doc.sections().get(0).text();
        assertThat(text).contains("See the guide and a diagram.")
                .contains("Inside html")
                .contains("Bold and code & more.")
                .doesNotContain("https://", "{%", "{{", "<div", "hidden", "**", "[ref]");
    }

    @Test
    void explicit_heading_ids_become_the_anchor() {
        Document doc = load("id.md", "## Why open source? {#why}\n\ntext\n");

        assertThat(doc.sections().get(0).headings()).isEqualTo(List.of("Why open source?"));
        assertThat(doc.sections().get(0).anchor()).isEqualTo("why");
    }

    @Test
    void headings_and_paragraphs_inside_an_html_block_stay_apart() {
        Document doc = load("case.md", """
                # Concept case

                Intro text.

                <details>
                    <summary>Expand</summary>

                <h3>Evaluate Requirements</h3>
                <p>Technical requirements cannot justify the choice.</p>
                <p>Business requirements can.</p>
                </details>
                """);

        assertThat(doc.sections()).extracting(Section::headings).contains(List.of("Concept case",
                "Evaluate Requirements"));
        String text = doc.sections().get(doc.sections().size() - 1).text();
        assertThat(text).doesNotContain("Evaluate Requirements Technical")
                .contains("Technical requirements cannot justify the choice.\n\nBusiness requirements can.");
    }

    @Test
    void a_numbered_heading_keeps_its_number() {
        Document doc = load("steps.md", "## Evaluation\n\n#### 4. Security Assessments\n\ntext\n");

        assertThat(doc.sections().get(0).headings()).isEqualTo(List.of("Evaluation", "4. Security Assessments"));
        assertThat(doc.sections().get(0).anchor()).isEqualTo("4-security-assessments");
    }

    @Test
    void slugs_headings_like_static_site_generators() {
        assertThat(Slugs.slug("Why Open Source? (Really)")).isEqualTo("why-open-source-really");
        assertThat(Slugs.slug("Élaborer une stratégie")).isEqualTo("élaborer-une-stratégie");
    }

    @Test
    void a_table_is_read_as_a_list_of_its_rows_under_the_sentence_that_introduces_it() {
        Document doc = load("checklist.md", """
                # Slide checklist

                Complete the following tasks:

                | #   | Module Name | Tasks | Completed? ✅ |
                | --- | :---------- | :---- | :------------ |
                | 1   | [Reading order](https://example.org/1) | <ul><li>Use the slide layouts.</li><li>Check the selection pane.</li></ul> |  |
                | 2   | Contrast \\| colour | Choose colours with enough contrast. | ✅ |
                """);

        String text = doc.sections().get(0).text();
        assertThat(text).contains("Complete the following tasks:")
                .contains("- Reading order: Use the slide layouts. Check the selection pane.")
                .contains("- Contrast colour: Choose colours with enough contrast.") // an escaped pipe splits no cell
                .doesNotContain("Module Name").doesNotContain("---").doesNotContain("✅").doesNotContain("https://");
    }

    @Test
    void a_paragraph_with_pipes_but_no_rule_row_is_text() {
        Document doc = load("pipes.md", "Use a | b for alternatives.\nThe next line.\n");

        assertThat(doc.sections().get(0).text()).contains("Use a b for alternatives.");
    }
}
