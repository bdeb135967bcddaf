package org.osee.knowledge.translate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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

    @Test
    void keeps_words_written_in_capitals_out_of_translation_unless_the_whole_text_shouts() {
        assertThat(ApertiumTranslator.keepingAcronyms("¿Qué guías publica el TODO Group sobre la OSPO y el DPG2?"))
                .isEqualTo("¿Qué guías publica el [TODO] Group sobre la [OSPO] y el [DPG2]?");
        assertThat(ApertiumTranslator.keepingAcronyms("Y de la OSPOs o A o Ñandú")).isEqualTo("Y de la OSPOs o A o Ñandú");
        assertThat(ApertiumTranslator.keepingAcronyms("¿QUÉ ES TODO ESTO?")).isEqualTo("¿QUÉ ES TODO ESTO?");
    }

    @Test
    void is_absent_where_apertium_has_no_spanish_to_english_mode(@TempDir Path empty) {
        assertThat(ApertiumTranslator.detect(empty)).isEmpty();
    }
}
