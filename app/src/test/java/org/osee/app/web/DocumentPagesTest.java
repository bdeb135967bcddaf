package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osee.knowledge.IndexedDocument;
import org.osee.knowledge.Passage;

class DocumentPagesTest {
    @Test
    void a_passage_with_its_own_url_links_there() {
        Passage own = new Passage("en/a.md", "A", "Permissive", "https://example.org/a#permissive", "en", "text", 0.8);

        assertThat(DocumentPages.link("https://assist.example.org", own)).isEqualTo("https://example.org/a#permissive");
    }

    @Test
    void a_passage_without_a_url_links_to_its_page_on_the_public_base_at_its_section() {
        Passage p = new Passage("en/guides/choosing a licence.md", "Choosing", "Licences > Permissive or copyleft",
                null, "en", "text", 0.8);

        assertThat(DocumentPages.link("https://assist.example.org/", p))
                .isEqualTo("https://assist.example.org/doc/en/guides/choosing%20a%20licence.md#permissive-or-copyleft");
        assertThat(DocumentPages.link("http://127.0.0.1:8080", p.withUrl(null))).startsWith("http://127.0.0.1:8080/doc/");
    }

    @Test
    void a_document_page_escapes_its_text_and_gives_each_section_the_anchor_citations_use() {
        IndexedDocument doc = new IndexedDocument("en/x.md", "Tags <script>alert(1)</script>", null, "en", List.of(
                new IndexedDocument.Part("Who \"approves\"", Passage.anchorOf("Who \"approves\""),
                        "The head of unit approves & signs.\n\nNo <b>bold</b> claims.")));

        String html = DocumentPages.render(doc);

        assertThat(html).contains("<title>Tags &lt;script&gt;alert(1)&lt;/script&gt;</title>")
                .contains("<h2 id=\"who-approves\">Who &quot;approves&quot;</h2>")
                .contains("<p>The head of unit approves &amp; signs.</p>", "<p>No &lt;b&gt;bold&lt;/b&gt; claims.</p>")
                .doesNotContain("<script>", "<b>");
    }
}
