package org.osee.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.assertj.core.groups.Tuple;

/** Ingest and retrieval end to end, with real Lucene on disk and the real embedding model. */
class KnowledgeBaseIT {
    @TempDir
    static Path shared;
    private static KnowledgeBase kb;
    private static IngestReport firstIngest;

    @BeforeAll
    static void ingestTheFixtureCorpus() throws IOException {
        Path corpus = shared.resolve("corpus");
        TestCorpus.writeAll(corpus);
        TestCorpus.write(corpus, "broken/fake.pdf", "this is not a pdf");
        TestCorpus.write(corpus, "broken/empty.md", "");
        TestCorpus.write(corpus, "broken/archive.zip", "PK...");
        Files.write(corpus.resolve("broken/binary.txt"), new byte[] {1, 2, 0, 3});
        kb = KnowledgeBase.open(KnowledgeConfig.defaults(shared.resolve("index")), TestCorpus.sharedModel());
        firstIngest = kb.ingest(List.of(corpus), IngestListener.NONE);
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    @Test
    void reports_each_bad_file_by_name_with_its_reason_and_indexes_the_rest() {
        assertThat(firstIngest.added()).isEqualTo(7);
        assertThat(firstIngest.skipped()).extracting(SkippedFile::source, SkippedFile::reason).containsExactlyInAnyOrder(
                Tuple.tuple("broken/archive.zip", "unsupported file type .zip"),
                Tuple.tuple("broken/binary.txt", "binary content (NUL bytes) in a .txt file"),
                Tuple.tuple("broken/empty.md", "empty file"),
                Tuple.tuple("broken/fake.pdf", "not a valid PDF (no %PDF header)"));
        assertThat(kb.isEmpty()).isFalse();
        assertThat(kb.chunkCount()).isEqualTo(firstIngest.chunksWritten());
    }

    @Test
    void ranks_the_answering_document_first_in_english_french_and_spanish() {
        assertThat(topSource("Which licence lets a company reuse our code inside a closed-source product?"))
                .isEqualTo("en/licensing.md");
        assertThat(topSource("How do we scan our dependencies for known security vulnerabilities?"))
                .isEqualTo("en/security.md");
        assertThat(topSource("Comment les décisions sont-elles prises quand les mainteneurs ne sont pas d'accord ?"))
                .isEqualTo("fr/gouvernance.md");
        assertThat(topSource("¿Cómo damos la bienvenida a los nuevos contribuyentes de la comunidad?"))
                .isEqualTo("es/comunidad.md");
        assertThat(topSource("How big was the team when the programme office started?"))
                .isEqualTo("talks/interview.vtt");
    }

    @Test
    void gives_back_an_indexed_document_by_source_with_one_part_per_section_and_passage_anchors() {
        IndexedDocument doc = kb.document("en/licensing.md").orElseThrow();
        Passage copyleft = kb.retriever().retrieve("copyleft GPL obligation to share modified code", 1).get(0);

        assertThat(doc.title()).isEqualTo("Choosing an open source licence");
        assertThat(doc.url()).isEqualTo("https://example.org/licensing");
        assertThat(doc.parts()).extracting(IndexedDocument.Part::section)
                .containsExactly("Permissive licences", "Copyleft licences");
        assertThat(doc.parts()).extracting(IndexedDocument.Part::anchor).contains(copyleft.anchor());
        assertThat(doc.parts().get(1).text()).contains("Internal use without distribution");
        assertThat(kb.document("en/nothing.md")).isEmpty();
    }

    @Test
    void gives_a_documents_whole_text_title_first_for_checks_that_look_past_the_retrieved_passage() {
        String text = kb.retriever().documentText("en/licensing.md");

        assertThat(text).startsWith("Choosing an open source licence").contains("Permissive licences such as MIT")
                .contains("Internal use without distribution");
        assertThat(kb.retriever().documentText("en/no-such-guide.md")).isNull();
        assertThat(kb.retriever().documentText(null)).isNull();
    }

    @Test
    void gives_every_passage_of_a_document_in_its_order_for_a_look_past_the_retrieved_one() {
        List<Passage> passages = kb.retriever().passagesOf("en/licensing.md");

        assertThat(passages).hasSizeGreaterThan(1).allSatisfy(p -> {
            assertThat(p.source()).isEqualTo("en/licensing.md");
            assertThat(p.title()).isEqualTo("Choosing an open source licence");
            assertThat(p.language()).isEqualTo("en");
            assertThat(p.score()).isZero();
        });
        assertThat(passages.get(0).text()).contains("Permissive licences such as MIT");
        assertThat(passages).extracting(Passage::text).anyMatch(t -> t.contains("Internal use without distribution"));
        assertThat(kb.retriever().passagesOf("en/no-such-guide.md")).isEmpty();
        assertThat(kb.retriever().passagesOf(null)).isEmpty();
    }

    @Test
    void returns_one_passage_per_document_with_its_citation_fields() {
        List<Passage> passages = kb.retriever().retrieve("copyleft GPL obligation to share modified code", 10);

        assertThat(passages).extracting(Passage::source).doesNotHaveDuplicates();
        Passage top = passages.get(0);
        assertThat(top.source()).isEqualTo("en/licensing.md");
        assertThat(top.title()).isEqualTo("Choosing an open source licence");
        assertThat(top.section()).as("the title is not repeated").isEqualTo("Copyleft licences");
        assertThat(top.url()).isEqualTo("https://example.org/licensing#copyleft-licences");
        assertThat(top.language()).isEqualTo("en");
        assertThat(passages).extracting(Passage::score).allSatisfy(s -> assertThat(s).isBetween(0.0, 1.0));
        assertThat(passages).extracting(Passage::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void transcript_passages_cite_the_moment() {
        Passage p = kb.retriever().retrieve("inventory of open source projects we maintain", 1).get(0);

        assertThat(p.source()).isEqualTo("talks/interview.vtt");
        assertThat(p.section()).isEqualTo("00:00:05–00:00:40");
        assertThat(p.url()).isEqualTo("https://video.example.org/ospo#t=5");
    }

    @Test
    void an_off_topic_question_scores_clearly_lower_than_in_scope_ones() {
        double offTopic = topScore("What's the weather in Lagos tomorrow?");
        double inScope = Math.min(topScore("How should we report a security vulnerability?"),
                topScore("Can we use GPL software internally without publishing our changes?"));

        assertThat(inScope - offTopic).isGreaterThan(0.15);
    }

    @Test
    void serves_concurrent_retrievals() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> topSource("scan dependencies for known vulnerabilities and keep an SBOM"));
            }
            for (Future<String> f : pool.invokeAll(calls)) {
                assertThat(f.get()).isEqualTo("en/security.md");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejects_a_missing_root_without_touching_the_index() {
        int before = kb.chunkCount();

        assertThatThrownBy(() -> kb.ingest(List.of(shared.resolve("nope")), IngestListener.NONE))
                .isInstanceOf(BadInputException.class).hasMessageContaining("nope");
        assertThat(kb.chunkCount()).isEqualTo(before);
    }

    @Test
    void blank_query_returns_nothing() {
        assertThat(kb.retriever().retrieve("   ", 5)).isEmpty();
    }

    private static String topSource(String query) {
        return kb.retriever().retrieve(query, 5).get(0).source();
    }

    private static double topScore(String query) {
        List<Passage> hits = kb.retriever().retrieve(query, 1);
        return hits.isEmpty() ? 0 : hits.get(0).score();
    }
}
