package org.osee.knowledge.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTranslatorTest {
    @Test
    void makes_its_translator_once_and_only_when_a_text_needs_it() {
        AtomicInteger made = new AtomicInteger();
        LazyTranslator lazy = new LazyTranslator(() -> {
            made.incrementAndGet();
            return Optional.of((text, language) -> "EN " + text);
        });

        assertThat(made).hasValue(0);
        assertThat(lazy.toEnglish("hola", "es")).isEqualTo("EN hola");
        assertThat(lazy.toEnglish("adiós", "es")).isEqualTo("EN adiós");
        assertThat(made).hasValue(1);
    }

    @Test
    void translates_nothing_when_none_can_be_made_or_after_closing() {
        LazyTranslator none = new LazyTranslator(Optional::empty);
        LazyTranslator closed = new LazyTranslator(() -> Optional.of((text, language) -> "EN " + text));
        closed.close();

        assertThat(none.toEnglish("hola", "es")).isNull();
        assertThat(closed.toEnglish("hola", "es")).isNull();
    }
}
