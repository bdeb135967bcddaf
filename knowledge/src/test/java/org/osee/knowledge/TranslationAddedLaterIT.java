package org.osee.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The versions listed with a passage follow the index: a translation ingested later is named at once. */
class TranslationAddedLaterIT {
    @TempDir
    Path dir;

    @Test
    void a_translation_added_after_a_search_is_listed_with_the_passage() throws Exception {
        Path corpus = dir.resolve("pack");
        TestCorpus.write(corpus, "en/publishing.md", """
                # Publishing code

                The head of the digital unit approves every publication of source code, after a review of
                licences and secrets.
                """);
        try (KnowledgeBase kb = KnowledgeBase.open(KnowledgeConfig.defaults(dir.resolve("index")),
                TestCorpus.sharedModel())) {
            kb.ingest(List.of(corpus), IngestListener.NONE);
            String question = "Who approves the publication of source code?";
            assertThat(kb.retriever().retrieve(question, 3).get(0).versions()).isEmpty();

            TestCorpus.write(corpus, "fr/publishing.md", """
                    ---
                    lang: fr
                    ---
                    # Publier du code

                    Le responsable de l'unité numérique approuve chaque publication de code source, après une
                    revue des licences et des secrets.
                    """);
            kb.ingest(List.of(corpus), IngestListener.NONE);

            Passage english = kb.retriever().retrieve(question, 3).stream()
                    .filter(p -> p.source().equals("en/publishing.md")).findFirst().orElseThrow();
            assertThat(english.versions()).extracting(Passage.Version::source).containsExactly("fr/publishing.md");
        }
    }
}
