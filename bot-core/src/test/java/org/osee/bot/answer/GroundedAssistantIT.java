package org.osee.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osee.bot.domain.Author;
import org.osee.bot.domain.Citation;
import org.osee.bot.domain.ConversationSnapshot;
import org.osee.bot.domain.ConversationStatus;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.Reply;
import org.osee.bot.domain.Turn;
import org.osee.knowledge.KnowledgeBase;
import org.osee.knowledge.Retriever;
import org.osee.knowledge.load.LanguageGuesser;

/** The default assistant over a real knowledge base holding a tiny corpus of guides in four languages. */
class GroundedAssistantIT {
    @TempDir
    static Path dir;
    private static KnowledgeBase kb;
    private static final List<String> queries = new CopyOnWriteArrayList<>();
    private static GroundedAssistant assistant;

    @BeforeAll
    static void ingest() throws IOException {
        SmallCorpus corpus = new SmallCorpus(dir);
        corpus.write("en/licensing.md", """
                # Choosing a licence for public code

                ## Why a licence
                Code published without a licence cannot legally be reused by anyone, so every public repository \
                needs a LICENSE file at its root.

                ## Which licence
                Public bodies should prefer a licence approved by the Open Source Initiative. The European Union \
                Public Licence (EUPL) and the GPL are copyleft licences: changes must be shared under the same \
                terms. Permissive licences such as MIT and Apache-2.0 let others reuse the code in closed products.
                """);
        corpus.write("en/procurement.md", """
                # Buying open-source software and support

                ## Support contracts
                Support for open-source software can be bought from several competing vendors, which avoids \
                lock-in. Tenders should ask for the source code and a licence that allows reuse.

                ## Municipalities
                Small municipalities can pool their procurement through a regional association, sharing the cost \
                of support contracts and of new features with other towns that use the same software.
                """);
        corpus.write("fr/licences.md", """
                # Choisir une licence pour le code public

                ## Pourquoi une licence
                Un code publié sans licence ne peut être réutilisé légalement par personne : chaque dépôt public \
                doit contenir un fichier LICENSE à sa racine.

                ## Quelle licence
                Les organismes publics devraient préférer une licence approuvée par l'Open Source Initiative, \
                comme l'EUPL, la GPL, la licence MIT ou la licence Apache.
                """);
        corpus.write("es/seguridad.md", """
                # Seguridad de las dependencias

                Cada servicio debe mantener una lista de sus dependencias de código abierto y actualizarlas con \
                regularidad para recibir las correcciones de seguridad. Los avisos de vulnerabilidades deben \
                vigilarse y las dependencias vulnerables deben corregirse en un plazo acordado.
                """);
        corpus.write("pt/comunidade.md", """
                # Construir uma comunidade

                Um projeto de código aberto precisa de um guia de contribuição que explique como propor \
                alterações, e de um código de conduta que proteja os participantes. Responda depressa às \
                primeiras contribuições para que os novos participantes voltem.
                """);
        kb = corpus.ingest();
        Retriever recording = (query, top) -> {
            queries.add(query);
            return kb.retriever().retrieve(query, top);
        };
        assistant = new GroundedAssistant(recording, new ExtractiveComposer(), AnswerPolicy.defaults(),
                new LanguageGuesser());
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    @Test
    void answers_an_english_question_citing_the_right_guide() {
        Reply reply = assistant.reply(ConversationSnapshot.fresh("c1", "web"),
                "Which licence should our department choose when we publish our code in a public repository?");

        assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
        assertThat(reply.language()).isEqualTo("en");
        assertThat(reply.citations()).extracting(Citation::source).contains("en/licensing.md");
        assertThat(reply.text()).contains("[1]");
        assertThat(reply.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void answers_a_french_question_in_french() {
        Reply reply = assistant.reply(ConversationSnapshot.fresh("c2", "web"),
                "Quelle licence faut-il choisir pour publier le code de notre administration dans un dépôt public ?");

        assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
        assertThat(reply.language()).isEqualTo("fr");
        assertThat(reply.citations()).extracting(Citation::source).first().isEqualTo("fr/licences.md");
        assertThat(reply.text()).contains("licence").doesNotContain("The sources are");
    }

    @Test
    void declines_an_off_topic_question_and_offers_a_person() {
        Reply reply = assistant.reply(ConversationSnapshot.fresh("c3", "web"), "what's the weather in Lagos");

        assertThat(reply.decision()).isEqualTo(Decision.DECLINE);
        assertThat(reply.escalationReason()).isNull();
        assertThat(reply.text()).contains("outside").contains("member of staff");
        assertThat(reply.citations()).isEmpty();
    }

    @Test
    void retrieves_a_follow_up_together_with_the_previous_question() {
        String first = "How can we buy support contracts for the open-source software we use?";
        var conversation = new ConversationSnapshot("c4", "web", ConversationStatus.OPEN, "en", List.of(
                new Turn(Author.USER, first, Instant.EPOCH),
                new Turn(Author.BOT, "Support can be bought from several competing vendors. [1]", Instant.EPOCH)));

        Reply reply = assistant.reply(conversation, "and what about for municipalities?");

        assertThat(queries).anySatisfy(q -> assertThat(q).contains(first).contains("municipalities"));
        assertThat(reply.decision()).isEqualTo(Decision.ANSWER);
        assertThat(reply.citations()).extracting(Citation::source).contains("en/procurement.md");
        assertThat(reply.text()).contains("municipalities");
    }
}
