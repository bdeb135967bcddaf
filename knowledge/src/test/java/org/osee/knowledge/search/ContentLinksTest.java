package org.osee.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osee.knowledge.search.ContentLinks.Features;
import org.osee.knowledge.search.ContentLinks.File;
import org.osee.knowledge.search.ContentLinks.Pair;

class ContentLinksTest {
    private static final String USING_EN = """
            The Directive on Management of Information Technology, Appendix C, section C.2.3.8, requires departments
            to consider open source software first. Evaluate the licence, the community and the support options before
            using any open source software in production, and document the evaluation.""";
    private static final String USING_FR = """
            La Directive sur la gestion des technologies de l'information, annexe C, section C.2.3.8, exige que les
            ministères considèrent d'abord les logiciels libres. Évaluez la licence, la communauté et les options de
            soutien avant d'utiliser un logiciel libre en production, et documentez l'évaluation.""";
    private static final String USING_ES = """
            La Directiva sobre la gestión de las tecnologías de la información, anexo C, sección C.2.3.8, exige que los
            ministerios consideren primero el software libre. Evalúe la licencia, la comunidad y las opciones de
            soporte antes de utilizar un software libre en producción, y documente la evaluación.""";
    private static final String PUBLISHING_EN = """
            The Directive on Management of Information Technology, Appendix C, section C.2.3.8, asks departments to
            publish their source code. Remove secrets and personal information from the repository history, choose an
            open licence, and publish the code on a public platform with a contributing guide.""";
    private static final String PUBLISHING_FR = """
            La Directive sur la gestion des technologies de l'information, annexe C, section C.2.3.8, demande aux
            ministères de publier leur code source. Retirez les secrets et les renseignements personnels de
            l'historique du dépôt, choisissez une licence ouverte et publiez le code sur une plateforme publique avec un
            guide de contribution.""";
    private static final String EVENTS_EN = """
            Local meetups grow a community: book a room, invite two speakers, keep talks short, and share the slides
            afterwards on the meetup page.""";
    private static final String BUDGET_FR = """
            Le budget annuel est voté en janvier par le conseil; chaque direction présente ses besoins chiffrés à
            l'automne précédent.""";

    private static final File USING = new File("guides/en/using.md", "path:guides/using", "en");
    private static final File UTILISATION = new File("guides-fr/fr/utilisation.md", "path:guides/utilisation", "fr");
    private static final File PUBLISHING = new File("guides/en/publishing.md", "path:guides/publishing", "en");
    private static final File PUBLICATION = new File("guides-fr/fr/publication.md", "path:guides/publication", "fr");
    private static final File EVENTS = new File("guides/en/events.md", "path:guides/events", "en");
    private static final File BUDGET = new File("guides-fr/fr/budget.md", "path:guides/budget", "fr");

    private static Map<String, Features> features(Map<File, String> texts) {
        Map<String, Features> features = new HashMap<>();
        texts.forEach((file, text) -> features.computeIfAbsent(file.source(), s -> new Features()).add(text));
        return features;
    }

    @Test
    void each_translation_is_linked_to_its_original_though_siblings_share_their_legal_references() {
        Map<String, Features> features = features(Map.of(USING, USING_EN, UTILISATION, USING_FR,
                PUBLISHING, PUBLISHING_EN, PUBLICATION, PUBLISHING_FR));

        List<Pair> links = ContentLinks.link(List.of(USING, PUBLISHING, UTILISATION, PUBLICATION), features);

        assertThat(links).containsExactlyInAnyOrder(new Pair(USING, UTILISATION), new Pair(PUBLISHING, PUBLICATION));
    }

    @Test
    void unrelated_pages_left_over_in_the_two_languages_stay_apart() {
        Map<String, Features> features = features(Map.of(USING, USING_EN, UTILISATION, USING_FR,
                EVENTS, EVENTS_EN, BUDGET, BUDGET_FR));

        List<Pair> links = ContentLinks.link(List.of(USING, EVENTS, UTILISATION, BUDGET), features);

        assertThat(links).containsExactly(new Pair(USING, UTILISATION));
    }

    @Test
    void three_versions_of_a_page_are_linked_pairwise() {
        File uso = new File("guides-es/es/uso.md", "path:guides/uso", "es");
        Map<String, Features> features = features(Map.of(USING, USING_EN, UTILISATION, USING_FR, uso, USING_ES,
                PUBLISHING, PUBLISHING_EN, PUBLICATION, PUBLISHING_FR));

        List<Pair> links = ContentLinks.link(List.of(USING, PUBLISHING, UTILISATION, PUBLICATION, uso), features);

        assertThat(links).contains(new Pair(USING, uso), new Pair(USING, UTILISATION), new Pair(uso, UTILISATION),
                new Pair(PUBLISHING, PUBLICATION));
    }

    @Test
    void a_translation_as_close_to_two_pages_is_linked_to_neither() {
        File copy = new File("guides/en/using-copy.md", "path:guides/using-copy", "en");
        Map<String, Features> features = features(Map.of(USING, USING_EN, copy, USING_EN, UTILISATION, USING_FR));

        assertThat(ContentLinks.link(List.of(USING, copy, UTILISATION), features)).isEmpty();
    }

    @Test
    void cognates_and_numbers_survive_translation_and_unrelated_text_shares_little() {
        Features english = new Features();
        english.add(USING_EN);
        Features french = new Features();
        french.add(USING_FR);
        Features budget = new Features();
        budget.add(BUDGET_FR);

        assertThat(english.numbers()).contains("2.3.8");
        assertThat(english.words()).contains("dire", "tech", "info", "eval", "soft");
        assertThat(english.wordSimilarity(french)).isGreaterThanOrEqualTo(ContentLinks.MIN_WORDS);
        assertThat(english.wordSimilarity(budget)).isLessThan(ContentLinks.MIN_WORDS);
    }
}
