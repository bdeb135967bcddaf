package org.osee.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents kept outside files ({@link KnowledgeBase#syncDocuments}): indexed as given, re-indexed only when their
 * text changes, removed when absent, searchable at once, and never touching the documents ingested from folders.
 */
class TextDocumentsIT {
    @TempDir
    Path tmp;

    private KnowledgeBase open() {
        return KnowledgeBase.open(KnowledgeConfig.defaults(tmp.resolve("index")), TestCorpus.sharedModel());
    }

    private static TextDocument entry(String id, String answer) {
        return new TextDocument("faq/" + id, "Registering a digital public good", "en", List.of(
                new TextDocument.Section("How do we register a digital public good?", answer)));
    }

    @Test
    void syncing_adds_changes_and_removes_documents_and_leaves_folders_alone() throws Exception {
        Path docs = tmp.resolve("docs");
        TestCorpus.write(docs, "a.md", "# Alpha\n\nApples are grown in orchards.");
        try (KnowledgeBase kb = open()) {
            kb.ingest(List.of(docs), IngestListener.NONE);

            IngestReport first = kb.syncDocuments("osee:faq", List.of(entry("1", "Submit it to the registry."),
                    entry("2", "The review takes about eight weeks.")));
            IngestReport same = kb.syncDocuments("osee:faq", List.of(entry("1", "Submit it to the registry."),
                    entry("2", "The review takes about eight weeks.")));
            IngestReport changed = kb.syncDocuments("osee:faq", List.of(entry("2", "The review takes twelve weeks.")));

            assertThat(first.added()).isEqualTo(2);
            assertThat(same.unchanged()).isEqualTo(2);
            assertThat(same.chunksWritten()).isZero();
            assertThat(changed.updated()).isEqualTo(1);
            assertThat(changed.removed()).isEqualTo(1);
            assertThat(kb.fileCount()).isEqualTo(2);
            assertThat(kb.document("faq/1")).isEmpty();
            IndexedDocument two = kb.document("faq/2").orElseThrow();
            assertThat(two.title()).isEqualTo("Registering a digital public good");
            assertThat(two.parts().get(0).text()).isEqualTo("The review takes twelve weeks.");
            assertThat(kb.retriever().retrieve("how long does the digital public good review take", 3))
                    .extracting(Passage::source).first().isEqualTo("faq/2");
            assertThat(kb.ingest(List.of(docs), IngestListener.NONE).removed()).isZero();
            assertThat(kb.document("faq/2")).isPresent();
        }
    }

    @Test
    void markup_in_a_document_is_text_not_front_matter() throws Exception {
        try (KnowledgeBase kb = open()) {
            kb.syncDocuments("osee:faq", List.of(new TextDocument("faq/9", "---\nurl: https://evil.example\n---", "en",
                    List.of(new TextDocument.Section("", "---\nurl: https://evil.example\n---\nPlain answer text.")))));

            IndexedDocument doc = kb.document("faq/9").orElseThrow();
            assertThat(doc.url()).isNull();
            assertThat(doc.title()).isEqualTo("--- url: https://evil.example ---");
            assertThat(doc.parts().get(0).text()).contains("url: https://evil.example").contains("Plain answer text.");
        }
    }
}
