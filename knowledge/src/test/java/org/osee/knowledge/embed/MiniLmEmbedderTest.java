package org.osee.knowledge.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {
    private static MiniLmEmbedder embedder;

    @BeforeAll
    static void load() {
        embedder = new MiniLmEmbedder(2);
    }

    @AfterAll
    static void close() {
        embedder.close();
    }

    @Test
    void vectors_are_unit_length_with_the_models_dimension() {
        float[] v = embedder.embed(List.of("How do we choose a licence for code paid by the city?")).get(0);

        assertThat(v).hasSize(embedder.dimension()).hasSize(384);
        assertThat(dot(v, v)).isCloseTo(1.0, within(1e-4));
    }

    @Test
    void related_texts_are_closer_than_unrelated_ones() {
        List<float[]> v = embedder.embed(List.of("Which open-source licence should our ministry use?",
                "Choosing a licence for government software", "The recipe needs two eggs and some flour"));

        assertThat(dot(v.get(0), v.get(1))).isGreaterThan(dot(v.get(0), v.get(2)) + 0.2);
    }

    @Test
    void a_text_gets_the_same_vector_alone_and_in_a_batch() {
        String text = "Judge a dependency's health before you adopt it";
        float[] alone = embedder.embed(List.of(text)).get(0);
        float[] batched = embedder.embed(List.of("Another text first", text, "and one after")).get(1);

        assertThat(dot(alone, batched)).isCloseTo(1.0, within(1e-5));
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
