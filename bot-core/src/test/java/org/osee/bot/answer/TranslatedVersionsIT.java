package org.osee.bot.answer;

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
import org.osee.bot.domain.Citation;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.Reply;
import org.osee.knowledge.KnowledgeBase;
import org.osee.knowledge.Passage;
import org.osee.knowledge.load.LanguageGuesser;
import org.osee.knowledge.translate.ApertiumTranslator;

/**
 * A guide ingested in English and in Spanish (linked by their paths), whose Spanish version words things differently
 * from the people who ask: a Spanish question, searched also through its machine translation into English (the real
 * Apertium, which .ci/run installs), matches the English version best, and is answered from the Spanish one.
 */
class TranslatedVersionsIT {
    private static final String QUESTION = "¿Cómo evaluamos la seguridad de una dependencia de código abierto antes "
            + "de adoptarla en un servicio público?";
    @TempDir
    static Path dir;
    private static KnowledgeBase kb;
    private static GroundedAssistant assistant;

    @BeforeAll
    static void ingest() throws IOException {
        assumeThat(Files.isReadable(ApertiumTranslator.DEFAULT_MODES.resolve("spa-eng.mode")))
                .as("Apertium's Spanish-English mode (Debian package apertium-eng-spa; .ci/run installs it)").isTrue();
        SmallCorpus corpus = new SmallCorpus(dir);
        corpus.write("en/dependencies.md", """
                # Evaluating the security of an open source dependency

                ## Before adopting a dependency
                Before adopting an open source dependency in a public service, evaluate its security: check that \
                the project reviews its code, signs its releases and fixes reported vulnerabilities quickly. A \
                dependency with no maintainer left should not be adopted.
                """);
        corpus.write("es/dependencies.md", """
                # Examinar una biblioteca externa

                ## Antes de incorporar una biblioteca
                Antes de incorporar una biblioteca libre a un servicio del Estado, examine sus garantías: compruebe \
                que el proyecto revisa su código, firma sus versiones y corrige pronto los fallos notificados. No \
                incorpore una biblioteca que ya no tiene quien la mantenga.
                """);
        corpus.write("en/events.md", """
                # Organising a community meetup

                Book a room near public transport, publish the agenda two weeks ahead and ask speakers for their \
                slides in advance, so that people who could not come can read them afterwards.
                """);
        kb = corpus.ingest();
        assistant = new GroundedAssistant(kb.retriever(), new ExtractiveComposer(), AnswerPolicy.defaults(),
                new LanguageGuesser());
    }

    @AfterAll
    static void close() {
        if (kb != null) {
            kb.close();
        }
    }

    @Test
    void the_spanish_question_matches_the_english_version_best() {
        List<Passage> ranked = kb.retriever().retrieve(QUESTION, 5);

        assertThat(ranked.get(0).source()).isEqualTo("en/dependencies.md");
        assertThat(ranked.get(0).versionIn("es")).map(Passage.Version::source).contains("es/dependencies.md");
    }

    @Test
    void is_answered_from_the_spanish_version_without_a_note_that_the_sources_are_in_english() {
        Reply reply = assistant.reply(ConversationSnapshot.fresh("c1", "web"), QUESTION);

        assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
        assertThat(reply.language()).isEqualTo("es");
        assertThat(reply.citations()).extracting(Citation::source).first().isEqualTo("es/dependencies.md");
        assertThat(reply.text()).contains("biblioteca").doesNotContain("Las fuentes están en");
    }
}
