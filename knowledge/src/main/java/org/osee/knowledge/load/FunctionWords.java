package org.osee.knowledge.load;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

/**
 * A short text's language by its function words, Lucene's stop word lists of the four supported languages: a word
 * that only one language's list holds is a vote for that language ("una" for Spanish; "es", French and Spanish, and
 * "que", in three lists, count for none), and so is a spelling only one of them has (see
 * {@link LanguageGuesser#spelledAs}). A language leads when it is {@value #MARGIN} votes ahead of every other (one
 * in a text too short for its n-grams to tell anything, "O que é um OSPO?"):
 * "¿Qué es una OSPO?" is Spanish (qué, una and the inverted mark), though its character n-grams read French; "TODO
 * Group: a foundation?" (todo is a Spanish function word) and "How does São Paulo publish its code?" are left to the
 * n-grams. Only words in one list count because the lists differ in size (Spanish 308 words, English 33): shared
 * words would tilt every short text towards the longer lists.
 */
final class FunctionWords {
    /** The votes a language must lead by in a text long enough for its n-grams to be read otherwise. */
    static final int MARGIN = 2;
    private static final Map<String, CharArraySet> LISTS = Map.of(
            "en", EnglishAnalyzer.getDefaultStopSet(),
            "fr", FrenchAnalyzer.getDefaultStopSet(),
            "es", SpanishAnalyzer.getDefaultStopSet(),
            "pt", PortugueseAnalyzer.getDefaultStopSet());

    private FunctionWords() {
    }

    /** The language {@code margin} votes ahead of every other, or {@code null}. */
    static String leader(String text, int margin) {
        Map<String, Integer> votes = votes(text);
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : votes.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return first - second >= margin ? best : null;
    }

    /** Each supported language's votes in the text. */
    static Map<String, Integer> votes(String text) {
        Map<String, Integer> votes = new HashMap<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            List<String> holders = LanguageGuesser.SUPPORTED.stream().filter(l -> LISTS.get(l).contains(word)).toList();
            if (holders.size() == 1) {
                votes.merge(holders.get(0), 1, Integer::sum);
            }
        }
        String spelled = LanguageGuesser.spelledAs(text);
        if (spelled != null) {
            votes.merge(spelled, 1, Integer::sum);
        }
        return votes;
    }
}
