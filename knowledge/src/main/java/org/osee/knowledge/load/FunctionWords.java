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
 * in a text too short for its n-grams to tell anything, "O que é um OSPO?"; Portuguese's "é" is added to its list):
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
            "pt", withCopula(PortugueseAnalyzer.getDefaultStopSet()));

    private FunctionWords() {
    }

    /**
     * Lucene's Portuguese list with "é" (is), which it lacks though it holds "está" and "são": the commonest verb form
     * of questions ("o que é ...?"), a word in no other language of the four.
     */
    private static CharArraySet withCopula(CharArraySet list) {
        CharArraySet out = CharArraySet.copy(list);
        out.add("é");
        return CharArraySet.unmodifiableSet(out);
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

    /**
     * Whether the text's function words speak against {@code language}: it holds at least {@value #MARGIN} more words
     * of another language's list than of that language's (a word in several lists counts for each).
     */
    static boolean contradict(String text, String language) {
        Map<String, Integer> held = new HashMap<>();
        for (String word : words(text)) {
            LISTS.forEach((lang, list) -> {
                if (list.contains(word)) {
                    held.merge(lang, 1, Integer::sum);
                }
            });
        }
        int own = held.getOrDefault(language, 0);
        return held.values().stream().anyMatch(n -> n - own >= MARGIN);
    }

    private static String[] words(String text) {
        return text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    }

    /** Each supported language's votes in the text. */
    static Map<String, Integer> votes(String text) {
        Map<String, Integer> votes = new HashMap<>();
        for (String word : words(text)) {
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
