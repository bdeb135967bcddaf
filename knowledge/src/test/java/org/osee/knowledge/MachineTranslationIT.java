package org.osee.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.knowledge.translate.ApertiumTranslator;

/**
 * A Spanish and a Portuguese question find a guide written in English only, with none of their words, through their
 * machine translation (the real Apertium, which .ci/run installs), and a Portuguese question a Spanish document
 * through its Spanish translation; with {@code translation: none} they do not.
 */
class MachineTranslationIT {
    @TempDir
    static Path shared;

    @BeforeAll
    static void ingest() throws IOException {
        assumeThat(Files.isReadable(ApertiumTranslator.DEFAULT_MODES.resolve("spa-eng.mode")))
                .as("Apertium's Spanish-English mode (Debian package apertium-eng-spa; .ci/run installs it)").isTrue();
        Path corpus = shared.resolve("pack");
        TestCorpus.write(corpus, "en/conferences.md", """
                # Conferences we recommend

                The office recommends these conferences and events to its staff every year: the regional summit,
                the community roundtable and the accessibility week.
                """);
        TestCorpus.write(corpus, "en/licences.md", """
                # Choosing a licence

                Pick a permissive licence for libraries and a reciprocal licence for applications.
                """);
        TestCorpus.write(corpus, "en/security.md", """
                # Security reviews

                A security review checks dependencies, secrets and access rights before each release.
                """);
        TestCorpus.write(corpus, "es/presupuesto.md", """
                ---
                lang: es
                ---
                # Presupuesto del equipo

                La junta aprueba el presupuesto anual del equipo en enero, después de leer las cuentas.
                """);
        try (KnowledgeBase kb = KnowledgeBase.open(KnowledgeConfig.defaults(shared.resolve("index")))) {
            kb.ingest(List.of(corpus), null);
        }
    }

    private static List<Passage> ask(String translation, String question) {
        try (KnowledgeBase kb = KnowledgeBase.open(KnowledgeConfig.defaults(shared.resolve("index"))
                .withTranslation(translation))) {
            return kb.retriever().retrieve(question, 3);
        }
    }

    @Test
    void finds_an_english_only_guide_through_the_questions_translation() {
        String spanish = "¿Qué conferencias y eventos recomienda la oficina a su personal cada año?";
        String portuguese = "Que conferências e eventos o escritório recomenda ao seu pessoal todos os anos?";

        List<Passage> translated = ask("auto", spanish);
        List<Passage> untranslated = ask("none", spanish);
        List<Passage> fromPortuguese = ask("auto", portuguese);

        assertThat(translated.get(0).source()).isEqualTo("en/conferences.md");
        assertThat(fromPortuguese.get(0).source()).isEqualTo("en/conferences.md");
        double before = untranslated.stream().filter(p -> p.source().equals("en/conferences.md"))
                .mapToDouble(Passage::score).findFirst().orElse(0);
        assertThat(translated.get(0).score()).isGreaterThan(before + 0.05);
    }

    @Test
    void finds_a_spanish_only_document_for_a_portuguese_question_searched_as_its_spanish_translation() {
        String portuguese = "Quem aprova o orçamento anual da equipe e quando?";

        List<Passage> translated = ask("auto", portuguese);
        List<Passage> untranslated = ask("none", portuguese);

        assertThat(translated.get(0).source()).isEqualTo("es/presupuesto.md");
        double before = untranslated.stream().filter(p -> p.source().equals("es/presupuesto.md"))
                .mapToDouble(Passage::score).findFirst().orElse(0);
        assertThat(translated.get(0).score()).isGreaterThan(before + 0.1);
        try (KnowledgeBase kb = KnowledgeBase.open(KnowledgeConfig.defaults(shared.resolve("index")))) {
            assertThat(kb.retriever().inEnglish(portuguese, "pt")).containsIgnoringCase("who approves");
        }
    }

    @Test
    void leaves_english_questions_as_they_are() {
        List<Passage> withTranslation = ask("auto", "Which conferences does the office recommend?");
        List<Passage> without = ask("none", "Which conferences does the office recommend?");

        assertThat(withTranslation).extracting(Passage::source).containsExactlyElementsOf(
                without.stream().map(Passage::source).toList());
        assertThat(withTranslation.get(0).score()).isEqualTo(without.get(0).score());
    }
}
