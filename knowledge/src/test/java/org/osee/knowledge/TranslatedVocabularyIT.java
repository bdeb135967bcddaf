package org.osee.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Spanish question finds a document written in English only, through the words the pack's translated documents
 * teach: "presupuesto" is "budget", "viajes" "travel", "ponentes" "speakers" and "conferencia" "conference" in the
 * planning, travel and events guides, which exist in both languages. Each of those guides holds a word or two of
 * the question; the English-only page, which shares none of its words, holds all four translations.
 */
class TranslatedVocabularyIT {
    @TempDir
    static Path shared;
    private static KnowledgeBase kb;

    @BeforeAll
    static void ingest() throws IOException {
        Path corpus = shared.resolve("pack");
        TestCorpus.write(corpus, "en/planning.md", """
                # Planning

                ## Annual budget

                The annual budget is approved by the board in January.

                ## Budget review

                The budget review happens in June, when the board reads the accounts.
                """);
        TestCorpus.write(corpus, "es/planning.md", """
                ---
                lang: es
                ---
                # Planificación

                ## Presupuesto anual

                La junta aprueba el presupuesto anual en enero.

                ## Revisión del presupuesto

                La revisión del presupuesto ocurre en junio, cuando la junta lee las cuentas.
                """);
        TestCorpus.write(corpus, "en/travel.md", """
                # Team travel

                ## Booking travel

                Travel for the team is booked a month ahead through the office.

                ## Travel refunds

                Refunds for travel are requested online within thirty days.
                """);
        TestCorpus.write(corpus, "es/travel.md", """
                ---
                lang: es
                ---
                # Viajes del equipo

                ## Reserva de viajes

                Los viajes del equipo se reservan con un mes de antelación a través de la oficina.

                ## Reembolso de viajes

                El reembolso de los viajes se solicita en línea en un plazo de treinta días.
                """);
        TestCorpus.write(corpus, "en/events.md", """
                # Events

                ## Speakers

                Speakers are chosen by the programme committee of the conference.

                ## Conference dates

                The conference takes place in May; speakers arrive a day early.
                """);
        TestCorpus.write(corpus, "es/events.md", """
                ---
                lang: es
                ---
                # Eventos

                ## Ponentes

                El comité del programa elige a los ponentes de la conferencia.

                ## Fechas de la conferencia

                La conferencia tiene lugar en mayo; los ponentes llegan un día antes.
                """);
        TestCorpus.write(corpus, "en/speakers.md", """
                # Conference speakers

                The budget for travel covers flights and hotels of every speaker we send to a conference.
                """);
        TestCorpus.write(corpus, "en/security.md", """
                # Securing dependencies

                Scan dependencies for known vulnerabilities on every build and keep a software bill of materials.
                """);
        kb = TestCorpus.ingested(shared, corpus);
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    @Test
    void a_spanish_question_finds_the_english_only_page_through_the_translated_guides() {
        List<Passage> found = kb.retriever().retrieve("¿Qué cubre el presupuesto de viajes de los ponentes de una conferencia?",
                3, "es");

        assertThat(found.get(0).source()).isEqualTo("en/speakers.md");
        assertThat(found.get(0).language()).isEqualTo("en");
    }

    @Test
    void an_english_question_is_searched_as_before() {
        List<Passage> found = kb.retriever().retrieve("What does the travel budget cover for speakers?", 3, "en");

        assertThat(found.get(0).source()).isEqualTo("en/speakers.md");
    }
}
