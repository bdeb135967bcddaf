package org.osee.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class AnalyzersTest {

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void neutral_analyzer_folds_accents_and_drops_stop_words_of_every_language() throws IOException {
        assertThat(tokens(Analyzers.neutral(), "Les Décisions of the comunidad y la Gouvernance"))
                .containsExactly("decisions", "comunidad", "gouvernance");
    }

    @Test
    void language_analyzers_stem_so_inflected_forms_meet() throws IOException {
        assertThat(tokens(Analyzers.forLanguage("fr"), "décisions"))
                .isEqualTo(tokens(Analyzers.forLanguage("fr"), "décision"));
        assertThat(tokens(Analyzers.forLanguage("es"), "licencias"))
                .isEqualTo(tokens(Analyzers.forLanguage("es"), "licencia"));
        assertThat(tokens(Analyzers.forLanguage("en"), "contributors"))
                .isEqualTo(tokens(Analyzers.forLanguage("en"), "contributor"));
    }

    @Test
    void unsupported_languages_get_the_neutral_analyzer() throws IOException {
        assertThat(tokens(Analyzers.forLanguage("de"), "Öffentliche Verwaltung"))
                .containsExactly("offentliche", "verwaltung");
    }
}
