package org.osee.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.knowledge.translate.ApertiumTranslator;

/**
 * A Portuguese asker, for whom no document is written, is given a document's Spanish version (the language the
 * question is searched in, through its machine translation) in place of the English version that ranked best.
 */
class NeighbourVersionIT {
    @TempDir
    static Path shared;
    private static KnowledgeBase kb;

    @BeforeAll
    static void ingest() throws IOException {
        assumeThat(Files.isReadable(ApertiumTranslator.DEFAULT_MODES.resolve("pt-es.mode")))
                .as("Apertium's Portuguese-Spanish mode (Debian package apertium-es-pt; .ci/run installs it)").isTrue();
        Path corpus = shared.resolve("pack");
        TestCorpus.write(corpus, "en/travel.md", """
                # Trips of the team

                Who approves the trips of the team to conferences? The head of the office approves them, and the
                trips are paid from the conference budget.
                """);
        TestCorpus.write(corpus, "es/travel.md", """
                ---
                lang: es
                ---
                # Desplazamientos del personal

                La jefa de la oficina autoriza los desplazamientos del personal a congresos.
                """);
        TestCorpus.write(corpus, "en/security.md", """
                # Security reviews

                A security review checks dependencies, secrets and access rights before each release.
                """);
        kb = TestCorpus.ingested(shared, corpus);
    }

    @AfterAll
    static void close() {
        if (kb != null) {
            kb.close();
        }
    }

    @Test
    void a_portuguese_asker_gets_the_spanish_version_of_the_document_whose_english_version_ranked_best() {
        String portuguese = "Quem aprova as viagens da equipe para conferências e como são pagas?";
        assertThat(kb.retriever().retrieve(portuguese, 3).get(0).source()).isEqualTo("en/travel.md");

        List<Passage> found = kb.retriever().retrieve(portuguese, 3, "pt");

        assertThat(found.get(0).source()).isEqualTo("es/travel.md");
        assertThat(found.get(0).replaced().source()).isEqualTo("en/travel.md");
        assertThat(found.get(0).versionIn("pt")).isEmpty();
        assertThat(found).extracting(Passage::source).doesNotContain("en/travel.md");
    }
}
