package org.osee.knowledge.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.osee.knowledge.load.Document;
import org.osee.knowledge.load.Section;

class ChunkerTest {
    private final Chunker chunker = new Chunker(100, 150, 1000);

    private static String sentences(String word, int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append("The ").append(word).append(" sentence number ").append(i).append(" is here. ");
        }
        return s.toString().strip();
    }

    @Test
    void a_chunk_never_straddles_two_sections() {
        Document doc = new Document("g.md", "Guide", null, "en", List.of(
                new Section(List.of("Guide", "Alpha"), "alpha", sentences("alpha", 7), null),
                new Section(List.of("Guide", "Beta"), "beta", "Short beta text.", null)));

        List<Chunk> chunks = chunker.chunk(doc);

        assertThat(chunks).allSatisfy(c -> assertThat(c.text().contains("alpha") && c.text().contains("beta")).isFalse());
        assertThat(chunks).filteredOn(c -> c.text().contains("beta")).singleElement()
                .satisfies(c -> assertThat(c.section()).isEqualTo("Guide > Beta"));
        assertThat(chunks).filteredOn(c -> c.text().contains("alpha"))
                .hasSizeGreaterThan(1).allSatisfy(c -> assertThat(c.section()).isEqualTo("Guide > Alpha"));
    }

    @Test
    void long_sections_split_at_sentence_boundaries_within_the_size_limit() {
        List<String> pieces = chunker.split(sentences("gamma", 12));

        assertThat(pieces).hasSizeGreaterThan(3)
                .allSatisfy(p -> assertThat(p.length()).isBetween(20, 150))
                .allSatisfy(p -> assertThat(p).endsWith("is here."));
    }

    @Test
    void paragraph_breaks_are_preferred_over_sentence_breaks() {
        String para1 = "First paragraph sentence one. Sentence two of the first paragraph is here.";
        String para2 = "Second paragraph. " + "It keeps going with words. ".repeat(3);

        List<String> pieces = chunker.split(para1 + "\n\n" + para2.strip());

        assertThat(pieces.get(0)).isEqualTo(para1);
    }

    @Test
    void a_piece_opening_in_the_middle_of_a_list_starts_with_the_lists_lead_in() {
        StringBuilder list = new StringBuilder("Intro sentence before the list.\n\nEach request must meet these:\n");
        for (int i = 1; i <= 8; i++) {
            list.append(i).append(". Requirement number ").append(i).append(" holds here.\n");
        }
        list.append("\nA closing paragraph after the list.");

        List<String> pieces = new Chunker(100, 250, 1000).split(list.toString());

        assertThat(pieces).hasSizeGreaterThan(2).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(250))
                .noneSatisfy(p -> assertThat(p).matches("(?s)\\d\\. .*"));
        assertThat(pieces).filteredOn(p -> p.contains("Requirement number 8"))
                .singleElement().satisfies(p -> assertThat(p).startsWith("Each request must meet these:\n"));
        assertThat(pieces).filteredOn(p -> p.contains("Each request must meet these:")).hasSizeGreaterThan(1);
    }

    @Test
    void text_without_any_boundary_is_cut_hard_below_the_maximum() {
        List<String> pieces = chunker.split("x".repeat(1000));

        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(150));
        assertThat(String.join("", pieces)).hasSize(1000);
    }

    @Test
    void short_section_is_one_chunk_carrying_title_path_language_and_anchored_url() {
        Document doc = new Document("docs/a.md", "Title", "https://example.org/a", "fr", List.of(
                new Section(List.of("Title", "Part"), "part", "Un texte court.", null)));

        Chunk chunk = chunker.chunk(doc).get(0);

        assertThat(chunk).isEqualTo(new Chunk("docs/a.md", "Title", "Title > Part", "https://example.org/a#part", "fr",
                "Un texte court."));
        assertThat(chunk.embeddingText()).isEqualTo("Title — Title > Part: Un texte court.");
    }

    @Test
    void section_url_wins_and_no_base_url_means_no_url() {
        Document doc = new Document("t.vtt", "Talk", null, "en", List.of(
                new Section(List.of("00:00:00–00:00:10"), "t=0", "hello", "https://v.example/1#t=0"),
                new Section(List.of("Other"), "other", "world", null)));

        List<Chunk> chunks = chunker.chunk(doc);

        assertThat(chunks).extracting(Chunk::url).containsExactly("https://v.example/1#t=0", null);
    }

    @Test
    void stops_at_the_maximum_number_of_chunks_per_document() {
        Document doc = new Document("big.txt", "Big", null, "en", List.of(
                new Section(List.of(), null, sentences("delta", 200), null)));

        assertThat(new Chunker(100, 150, 5).chunk(doc)).hasSize(5);
    }
}
