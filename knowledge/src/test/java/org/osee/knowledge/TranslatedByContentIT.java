package org.osee.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Translations whose file names are translated too, linked by their content: a French question is answered from the
 * French version, an English one from the English version, and a page with no translation keeps to itself. The
 * links follow the index: a translation ingested later is linked at once.
 */
class TranslatedByContentIT {
    @TempDir
    Path dir;

    private static void writeEnglish(Path corpus) throws Exception {
        TestCorpus.write(corpus, "guides/en/publishing-source-code.md", """
                # Publishing source code

                The Directive on Management of Information Technology, Appendix C, section C.2.3.8, asks departments
                to publish their source code. The head of the digital unit approves every publication of source code,
                after a review of licences and secrets.

                ## Preparing the repository

                Remove secrets and personal information from the repository history, choose an open licence, and
                publish the code on a public platform with a contributing guide.
                """);
        TestCorpus.write(corpus, "guides/en/local-meetups.md", """
                # Local meetups

                Local meetups grow a community: book a room, invite two speakers, keep talks short, and share the
                slides afterwards on the meetup page.
                """);
    }

    private static void writeFrench(Path corpus) throws Exception {
        TestCorpus.write(corpus, "guides-fr/fr/publication-code-source.md", """
                # Publication du code source

                La Directive sur la gestion des technologies de l'information, annexe C, section C.2.3.8, demande aux
                ministères de publier leur code source. Le responsable de l'unité numérique approuve chaque
                publication de code source, après une revue des licences et des secrets.

                ## Préparer le dépôt

                Retirez les secrets et les renseignements personnels de l'historique du dépôt, choisissez une licence
                ouverte et publiez le code sur une plateforme publique avec un guide de contribution.
                """);
        TestCorpus.write(corpus, "guides-fr/fr/budget-annuel.md", """
                # Budget annuel

                Le budget annuel est voté en janvier par le conseil; chaque direction présente ses besoins chiffrés à
                l'automne précédent.
                """);
    }

    @Test
    void versions_with_translated_file_names_are_linked_by_their_content() throws Exception {
        Path corpus = dir.resolve("pack");
        writeEnglish(corpus);
        writeFrench(corpus);
        try (KnowledgeBase kb = KnowledgeBase.open(KnowledgeConfig.defaults(dir.resolve("index")),
                TestCorpus.sharedModel())) {
            kb.ingest(List.of(corpus), IngestListener.NONE);

            List<Passage> french = kb.retriever().retrieve("Qui approuve la publication du code source ?", 3, "fr");
            assertThat(french.get(0).source()).isEqualTo("guides-fr/fr/publication-code-source.md");
            assertThat(french).extracting(Passage::source).doesNotContain("guides/en/publishing-source-code.md");
            assertThat(french.get(0).versionIn("en")).get().extracting(Passage.Version::source)
                    .isEqualTo("guides/en/publishing-source-code.md");

            List<Passage> english = kb.retriever().retrieve("Who approves the publication of source code?", 3, "en");
            assertThat(english.get(0).source()).isEqualTo("guides/en/publishing-source-code.md");
            assertThat(english).extracting(Passage::source).doesNotContain("guides-fr/fr/publication-code-source.md");

            List<Passage> all = kb.retriever().retrieve("meetups and the annual budget", 4);
            assertThat(all)
                    .filteredOn(p -> p.source().endsWith("local-meetups.md") || p.source().endsWith("budget-annuel.md"))
                    .isNotEmpty().allSatisfy(p -> assertThat(p.versions()).as(p.source()).isEmpty());
        }
    }

    @Test
    void a_translation_ingested_later_is_linked_at_once() throws Exception {
        Path corpus = dir.resolve("pack");
        writeEnglish(corpus);
        try (KnowledgeBase kb = KnowledgeBase.open(KnowledgeConfig.defaults(dir.resolve("index")),
                TestCorpus.sharedModel())) {
            kb.ingest(List.of(corpus), IngestListener.NONE);
            String question = "Who approves the publication of source code?";
            assertThat(kb.retriever().retrieve(question, 3).get(0).versions()).isEmpty();

            writeFrench(corpus);
            kb.ingest(List.of(corpus), IngestListener.NONE);

            Passage english = kb.retriever().retrieve(question, 3).stream()
                    .filter(p -> p.source().equals("guides/en/publishing-source-code.md")).findFirst().orElseThrow();
            assertThat(english.versions()).extracting(Passage.Version::source)
                    .containsExactly("guides-fr/fr/publication-code-source.md");
        }
    }
}
