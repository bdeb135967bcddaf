package org.osee.knowledge.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real Apertium pipelines (Debian packages apertium-eng-spa, apertium-es-pt, apertium-fr-es, which .ci/run
 * installs): questions in Spanish, Portuguese and French come out in English, many threads share the pipelines, and
 * a pipeline that dies is started again.
 */
class ApertiumTranslatorIT {
    private static ApertiumTranslator translator;

    @BeforeAll
    static void start() {
        assumeThat(Files.isReadable(ApertiumTranslator.DEFAULT_MODES.resolve("spa-eng.mode")))
                .as("Apertium's Spanish-English mode (Debian package apertium-eng-spa; .ci/run installs it)").isTrue();
        translator = ApertiumTranslator.detect(ApertiumTranslator.DEFAULT_MODES, Duration.ofSeconds(10)).orElseThrow();
    }

    @AfterAll
    static void stop() {
        if (translator != null) {
            translator.close();
        }
    }

    @Test
    void puts_spanish_portuguese_and_french_questions_into_english() {
        assertThat(translator.languages()).containsExactly("es", "fr", "pt");
        assertThat(translator.toEnglish("¿Qué conferencias y eventos recomienda la oficina de código abierto?", "es"))
                .containsIgnoringCase("conferences").containsIgnoringCase("events").containsIgnoringCase("open source");
        assertThat(translator.toEnglish("Quem deve ter a palavra final quando a comunidade não chega a acordo?", "pt"))
                .containsIgnoringCase("community").containsIgnoringCase("word");
        assertThat(translator.toEnglish("Quelle licence faut-il choisir pour publier le code source ?", "fr"))
                .containsIgnoringCase("licence").containsIgnoringCase("publish");
    }

    @Test
    void puts_a_portuguese_question_into_spanish_its_one_step_neighbour_and_no_other_language_anywhere() {
        Translator.Translation spanish = translator.toNeighbour("Quem aprova o orçamento anual da equipe?", "pt");

        assertThat(spanish.language()).isEqualTo("es");
        assertThat(spanish.text()).containsIgnoringCase("aprueba").containsIgnoringCase("presupuesto");
        assertThat(translator.toNeighbour("¿Quién aprueba el presupuesto?", "es")).isNull();
        assertThat(translator.toNeighbour("Qui approuve le budget ?", "fr")).isNull();
        assertThat(translator.toNeighbour("Who approves the budget?", "en")).isNull();
        assertThat(translator.toNeighbour(" ", "pt")).isNull();
    }

    @Test
    void leaves_a_name_in_capitals_as_it_is_though_it_spells_a_word() {
        assertThat(translator.toEnglish("¿Qué guías publica el TODO Group para una OSPO?", "es"))
                .contains("TODO Group").contains("OSPO").doesNotContain("ALL").doesNotContain("[");
        assertThat(translator.toEnglish("Sob que licenças o TODO Group disponibiliza seus guias?", "pt"))
                .contains("TODO Group").containsIgnoringCase("licences").doesNotContain("[");
        assertThat(translator.toEnglish("Quels guides le TODO Group publie-t-il ?", "fr")).contains("TODO Group");
        assertThat(translator.toEnglish("Qu'est-ce qu'un OSPO ?", "fr")).startsWith("What is a OSPO");
        assertThat(translator.toEnglish("Comment créer un OSPO dans un ministère ?", "fr")).contains("a OSPO")
                .doesNotContain("one").doesNotContain(ApertiumTranslator.ANCHOR);
        assertThat(translator.toNeighbour("Como criar um OSPO com o TODO Group?", "pt").text())
                .contains("un OSPO").contains("TODO Group").doesNotContain(ApertiumTranslator.ANCHOR);
        assertThat(translator.toEnglish("TODO EL CÓDIGO ES PÚBLICO", "es")).containsIgnoringCase("all");
    }

    @Test
    void leaves_a_name_in_another_language_whole_and_translates_one_in_the_question_language() {
        Translator.Translation spanish = translator.toNeighbour(
                "Nosso projeto municipal segue o Standard for Public Code. O que ele diz sobre os idiomas?", "pt");

        assertThat(spanish.text()).contains("Standard for Public Code").doesNotContain("sea").doesNotContain("[")
                .doesNotContain("*").containsIgnoringCase("idiomas");
        assertThat(translator.toEnglish("Nosso projeto segue o Standard for Public Code.", "pt"))
                .contains("Standard for Public Code");
        assertThat(translator.toEnglish("¿Qué pide el estándar de Bienes Públicos Digitales?", "es"))
                .containsIgnoringCase("Digital").doesNotContain("Bienes");
    }

    @Test
    void translates_nothing_from_english_or_a_language_without_a_route() {
        assertThat(translator.toEnglish("Which licence should we choose?", "en")).isNull();
        assertThat(translator.toEnglish("Welche Lizenz sollen wir wählen?", "de")).isNull();
        assertThat(translator.toEnglish("  ", "es")).isNull();
    }

    @Test
    void keeps_answering_hostile_text_and_many_threads_at_once() throws Exception {
        assertThat(translator.toEnglish("^$ [x] \u0000 <b>hola</b> @mundo\\", "es")).containsIgnoringCase("hello");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String text = "La pregunta número " + i + " trata de la licencia del proyecto.";
                results.add(pool.submit(() -> translator.toEnglish(text, "es")));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).contains(String.valueOf(i)).containsIgnoringCase("licence of the project");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void starts_a_pipeline_again_after_it_died() throws InterruptedException {
        assertThat(translator.toEnglish("El equipo aprueba la licencia.", "es")).containsIgnoringCase("approves");
        ProcessHandle.current().descendants().filter(p -> p.info().command().orElse("").endsWith("lt-proc"))
                .forEach(ProcessHandle::destroyForcibly);
        Thread.sleep(500); // the pipeline's other stages see the end of their input and exit

        String again = translator.toEnglish("La junta aprueba el presupuesto anual.", "es");
        String afterRestart = again != null ? again : translator.toEnglish("La junta aprueba el presupuesto anual.", "es");

        assertThat(afterRestart).containsIgnoringCase("annual");
    }
}
