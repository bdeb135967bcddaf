package org.osee.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osee.knowledge.CollectionName;
import org.osee.knowledge.Passage;
import org.osee.knowledge.Retriever;

class LinkingRetrieverTest {
    private final Retriever inner = mock(Retriever.class);
    private final LinkingRetriever linking = new LinkingRetriever(inner, () -> "https://osee.example.org/");

    @Test
    void forwards_every_method_of_the_retriever_so_that_no_default_answers_in_the_inner_ones_place() {
        List<String> notForwarded = Arrays.stream(Retriever.class.getMethods())
                .filter(m -> !m.isSynthetic() && !java.lang.reflect.Modifier.isStatic(m.getModifiers()))
                .filter(m -> declaredBy(m) != LinkingRetriever.class).map(Method::getName).toList();

        assertThat(notForwarded).isEmpty();
    }

    @Test
    void gives_the_inner_retrievers_translation_names_and_document_text() {
        List<CollectionName> named = List.of(new CollectionName("Standard for Public Code", "publiccode-standard"));
        when(inner.inEnglish("¿Qué es?", "es")).thenReturn("What is it?");
        when(inner.collectionsNamed("the Standard for Public Code")).thenReturn(named);
        when(inner.documentText("a.md")).thenReturn("A\ntext");

        assertThat(linking.inEnglish("¿Qué es?", "es")).isEqualTo("What is it?");
        assertThat(linking.collectionsNamed("the Standard for Public Code")).isEqualTo(named);
        assertThat(linking.documentText("a.md")).isEqualTo("A\ntext");
    }

    @Test
    void links_every_passage_of_a_document() {
        when(inner.passagesOf("guides/bare.md")).thenReturn(List.of(
                new Passage("guides/bare.md", "Bare", "Why", null, "en", "Text.", 0)));

        assertThat(linking.passagesOf("guides/bare.md")).singleElement()
                .satisfies(p -> assertThat(p.url()).startsWith("https://osee.example.org/").contains("guides/bare.md"));
    }

    @Test
    void links_a_passage_without_a_url_to_the_servers_page_and_keeps_a_documents_own_url() {
        Passage own = new Passage("own.md", "Own", "", "https://example.org/own", "en", "Text.", 0.9);
        Passage bare = new Passage("guides/bare.md", "Bare", "", null, "en", "Text.", 0.8);
        when(inner.retrieve("q", 2, "en")).thenReturn(List.of(own, bare));

        List<Passage> linked = linking.retrieve("q", 2, "en");

        assertThat(linked.get(0).url()).isEqualTo("https://example.org/own");
        assertThat(linked.get(1).url()).startsWith("https://osee.example.org/").contains("guides/bare.md");
    }

    private static Class<?> declaredBy(Method m) {
        try {
            return LinkingRetriever.class.getMethod(m.getName(), m.getParameterTypes()).getDeclaringClass();
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
