package org.osee.knowledge.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApertiumTranslatorTest {
    @Test
    void gives_each_program_of_a_mode_null_flushing() {
        String mode = "lt-proc '/usr/share/apertium/apertium-es-pt/pt-es.automorf.bin' | apertium-tagger -g $2 "
                + "'/usr/share/apertium/apertium-es-pt/pt-es.prob' |apertium-pretransfer| lt-proc $1 'gen.bin'";

        assertThat(ApertiumTranslator.nullFlushing(mode)).isEqualTo(
                "lt-proc -z '/usr/share/apertium/apertium-es-pt/pt-es.automorf.bin' | apertium-tagger -z -g $2 "
                        + "'/usr/share/apertium/apertium-es-pt/pt-es.prob' | apertium-pretransfer -z| lt-proc -z $1 "
                        + "'gen.bin'");
    }

    @Test
    void sends_no_stream_format_or_control_character_and_at_most_two_thousand_characters() {
        String hostile = "¿[x]^y$ a/b <c> @d {e} \\f *g #h +i ~j |k\u0000\u0007l?\tm\nn";

        assertThat(ApertiumTranslator.safe(hostile)).isEqualTo("¿ x y a b c d e f g h i j k l? m\nn");
        assertThat(ApertiumTranslator.safe("palabra ".repeat(1_000))).hasSizeLessThanOrEqualTo(2_000);
    }

    /** What {@link ApertiumTranslator#keepingNames} makes of the text, each anchor checked and taken out. */
    private static String kept(String text, Set<String> foreign) {
        String out = ApertiumTranslator.keepingNames(text, foreign);
        assertThat(out.replace(ApertiumTranslator.ANCHOR + "[", "")).as("every superblank follows the anchor")
                .doesNotContain("[").doesNotContain(ApertiumTranslator.ANCHOR);
        return out.replace(ApertiumTranslator.ANCHOR, "");
    }

    @Test
    void keeps_words_written_in_capitals_out_of_translation_unless_the_whole_text_shouts() {
        assertThat(kept("¿Qué guías publica el TODO Group sobre la OSPO y el DPG2?", Set.of()))
                .isEqualTo("¿Qué guías publica el [TODO] Group sobre la [OSPO] y el [DPG2]?");
        assertThat(kept("Y de la OSPOs o A o Ñandú", Set.of()))
                .isEqualTo("Y de la OSPOs o A o Ñandú");
        assertThat(kept("¿QUÉ ES TODO ESTO?", Set.of("todo"))).isEqualTo("¿QUÉ ES TODO ESTO?");
    }

    @Test
    void keeps_a_run_of_capitalised_words_whole_only_when_it_holds_a_word_the_language_does_not_know() {
        String question = "O projeto segue o Standard for Public Code e a Lei de Acesso da OSPO?";

        assertThat(kept(question, Set.of("public", "code")))
                .isEqualTo("O projeto segue o [Standard for Public Code] e a Lei de Acesso da [OSPO]?");
        assertThat(kept(question, Set.of("projeto")))
                .isEqualTo("O projeto segue o Standard for Public Code e a Lei de Acesso da [OSPO]?");
        assertThat(kept("Sou da Secretaria de Saúde do TODO Group.", Set.of("group")))
                .isEqualTo("Sou da [Secretaria de Saúde do TODO Group].");
        assertThat(kept("Standard Code? Sim. Standard Code", Set.of("standard")))
                .as("a capital starting a sentence says nothing").isEqualTo("Standard Code? Sim. Standard Code");
    }

    @Test
    void gives_a_french_question_asking_what_something_is_its_copula() {
        assertThat(ApertiumTranslator.whatIsInFrench("Qu'est-ce qu'un OSPO ?")).isEqualTo("Que est un OSPO ?");
        assertThat(ApertiumTranslator.whatIsInFrench("qu’est-ce que le logiciel libre?"))
                .isEqualTo("Que est le logiciel libre ?");
        assertThat(ApertiumTranslator.whatIsInFrench("Qu'est-ce que l'open source ?")).isEqualTo("Que est l'open source ?");
        assertThat(ApertiumTranslator.whatIsInFrench("Qu'est-ce que vous publiez ?")).isEqualTo("Qu'est-ce que vous publiez ?");
        assertThat(ApertiumTranslator.whatIsInFrench("Qu'est-ce qu'un OSPO ? Et comment le créer ?"))
                .isEqualTo("Qu'est-ce qu'un OSPO ? Et comment le créer ?");
        assertThat(ApertiumTranslator.whatIsInFrench("Qu'est-ce que la direction attend de nous pour la publication du "
                + "code ?")).startsWith("Qu'est-ce que");
    }

    @Test
    void is_absent_where_apertium_has_no_spanish_to_english_mode(@TempDir Path empty) {
        assertThat(ApertiumTranslator.detect(empty)).isEmpty();
    }
}
