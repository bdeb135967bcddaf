package org.osee.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the index: a Lucene language analyzer (stop words, stemming) per supported
 * language, and a language-neutral one (lower case, stop words of all supported languages,
 * accents folded, no stemming) for the {@code *_all} fields.
 */
public final class Analyzers {
    private Analyzers() {
    }

    /** The analyzer of a language's fields, or the neutral one for other languages. */
    public static Analyzer forLanguage(String lang) {
        return switch (lang) {
            case "en" -> new EnglishAnalyzer();
            case "fr" -> new FrenchAnalyzer();
            case "es" -> new SpanishAnalyzer();
            case "pt" -> new PortugueseAnalyzer();
            default -> neutral();
        };
    }

    /** Lower-cased, accent-folded, stop words of every supported language removed, unstemmed. */
    public static Analyzer neutral() {
        CharArraySet stops = new CharArraySet(1000, true);
        stops.addAll(EnglishAnalyzer.getDefaultStopSet());
        stops.addAll(FrenchAnalyzer.getDefaultStopSet());
        stops.addAll(SpanishAnalyzer.getDefaultStopSet());
        stops.addAll(PortugueseAnalyzer.getDefaultStopSet());
        CharArraySet all = CharArraySet.unmodifiableSet(stops);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new LowerCaseFilter(source);
                result = new StopFilter(result, all);
                result = new ASCIIFoldingFilter(result);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** The distinct terms an analyzer makes of a text for a field, in order of first appearance. */
    public static Set<String> terms(Analyzer analyzer, String field, String text) {
        Set<String> out = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze a text", e);
        }
        return out;
    }

    /** One analyzer for the whole index, choosing by field name. */
    public static Analyzer perField() {
        Map<String, Analyzer> map = new HashMap<>();
        for (String lang : Fields.LANGUAGES) {
            map.put(Fields.body(lang), forLanguage(lang));
            map.put(Fields.head(lang), forLanguage(lang));
        }
        return new PerFieldAnalyzerWrapper(neutral(), map);
    }
}
