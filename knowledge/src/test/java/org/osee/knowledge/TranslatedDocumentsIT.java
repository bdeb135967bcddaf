package org.osee.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Translations linked at ingest: each language answered from its own version, the replaced one named. */
class TranslatedDocumentsIT {
    @TempDir
    static Path shared;
    private static KnowledgeBase kb;

    @BeforeAll
    static void ingest() throws IOException {
        Path corpus = shared.resolve("pack");
        TestCorpus.write(corpus, "en/publishing.md", """
                ---
                title: Publishing code
                url: https://example.org/publishing
                ---
                # Publishing code

                ## Who approves publication

                The head of the digital unit approves every publication of source code, after a review of
                licences and secrets. Publication without that approval is not allowed.
                """);
        TestCorpus.write(corpus, "fr/publishing.md", """
                ---
                title: Publier du code
                lang: fr
                ---
                # Publier du code

                ## Qui approuve la publication

                Le responsable de l'unité numérique approuve chaque publication de code source, après une revue
                des licences et des secrets. Aucune publication n'est permise sans cette approbation.
                """);
        TestCorpus.write(corpus, "en/security.md", """
                # Securing dependencies

                Scan dependencies for known vulnerabilities on every build and keep a software bill of materials.
                """);
        TestCorpus.write(corpus, "en/entity.md", """
                # Running a project

                ## Governance models

                Most projects start with one maintainer who decides everything, then grow into a committee of
                maintainers who decide together by consensus or by vote.

                ## Do I need a legal entity?

                To accept donations through PayPal or Stripe you do not need a legal entity of your own: a fiscal
                host can hold the money and pay the project's bills.
                """);
        TestCorpus.write(corpus, "fr/entity.md", """
                ---
                lang: fr
                ---
                # Gérer un projet

                ## Modèles de gouvernance

                La plupart des projets commencent avec une mainteneuse qui décide de tout (les dons par PayPal ou
                Stripe compris), puis grandissent avec un comité qui décide par consensus ou par vote.

                ## Ai-je besoin d'une entité juridique ?

                Pour accepter de l'argent, il n'est pas nécessaire de créer sa propre entité juridique : un hôte
                fiscal peut garder l'argent et payer les factures du projet.
                """);
        kb = TestCorpus.ingested(shared, corpus);
    }

    @AfterAll
    static void close() {
        kb.close();
    }

    @Test
    void a_french_question_is_answered_from_the_french_version_naming_the_english_one_it_replaced() {
        List<Passage> found = kb.retriever().retrieve("Who approves the publication of source code?", 3, "fr");

        assertThat(found.get(0).source()).isEqualTo("fr/publishing.md");
        assertThat(found.get(0).language()).isEqualTo("fr");
        assertThat(found.get(0).replaced()).isNotNull();
        assertThat(found.get(0).replaced().source()).isEqualTo("en/publishing.md");
        assertThat(found.get(0).versionIn("en")).get().extracting(Passage.Version::url)
                .isEqualTo("https://example.org/publishing");
        assertThat(found).extracting(Passage::source).doesNotContain("en/publishing.md");
    }

    @Test
    void the_version_standing_in_quotes_the_section_that_translates_the_one_found_not_the_one_its_words_match() {
        List<Passage> found = kb.retriever().retrieve("Can we accept donations through PayPal or Stripe without a "
                + "legal entity?", 3, "fr");

        assertThat(found.get(0).source()).isEqualTo("fr/entity.md");
        assertThat(found.get(0).replaced().source()).isEqualTo("en/entity.md");
        assertThat(found.get(0).section()).contains("entité juridique");
        assertThat(found.get(0).text()).contains("garder l'argent");
    }

    @Test
    void an_english_question_is_answered_from_the_english_version_once() {
        List<Passage> found = kb.retriever().retrieve("Qui approuve la publication du code source ?", 3, "en");

        assertThat(found.get(0).source()).isEqualTo("en/publishing.md");
        assertThat(found).extracting(Passage::source).doesNotContain("fr/publishing.md");
        assertThat(found.get(0).versionIn("fr")).isPresent();
    }

    @Test
    void a_portuguese_question_gets_one_version_and_can_tell_no_portuguese_version_exists() {
        List<Passage> found = kb.retriever().retrieve("Quem aprova a publicação do código-fonte?", 3, "pt");

        assertThat(found.get(0).source()).isIn("en/publishing.md", "fr/publishing.md");
        assertThat(found.get(0).versionIn("pt")).isEmpty();
        assertThat(found.get(0).replaced()).isNull();
        assertThat(found).extracting(Passage::source).doesNotHaveDuplicates()
                .filteredOn(s -> s.endsWith("publishing.md")).hasSize(1);
    }

    @Test
    void the_plain_call_still_returns_every_version_with_its_translations_listed() {
        List<Passage> found = kb.retriever().retrieve("Who approves the publication of source code?", 3);

        assertThat(found).extracting(Passage::source).contains("en/publishing.md", "fr/publishing.md");
        assertThat(found).filteredOn(p -> p.source().equals("en/publishing.md")).singleElement()
                .satisfies(p -> assertThat(p.versions()).extracting(Passage.Version::source)
                        .containsExactly("fr/publishing.md"));
        assertThat(found).filteredOn(p -> p.source().equals("en/security.md")).allSatisfy(
                p -> assertThat(p.versions()).isEmpty());
    }
}
