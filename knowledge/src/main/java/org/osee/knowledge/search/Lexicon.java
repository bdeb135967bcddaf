package org.osee.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.SearcherManager;
import org.osee.knowledge.index.Analyzers;
import org.osee.knowledge.index.Fields;
import org.osee.knowledge.index.ReaderCache;

/**
 * A translation lexicon learned from the knowledge base's own translated documents: the English words a French,
 * Spanish or Portuguese word stands for. Documents that are versions of each other (one translation key) are
 * aligned section by section, and paragraph by paragraph where both sections have as many paragraphs; a word's
 * translations are the English words that appear in the same aligned units, scored by the Dice coefficient
 * {@code 2·both / (units with the word + units with its translation)}. Words are the terms of each language's
 * analyzer (stems), so a translation is searched as it is indexed. A version whose sections do not line up
 * with the English one (a translation that added or dropped a heading) is left out: a misaligned pair would
 * teach wrong translations. Without translated documents the lexicon is empty and changes nothing.
 */
final class Lexicon {
    /** A translation of a word and how sure the lexicon is of it (Dice, 0..1). */
    record Translation(String term, double weight) {
    }

    /** Units a word must appear in to be translated, and units it must share with its translation. */
    static final int MIN_UNITS = 2;
    /** A translation's least Dice coefficient: 0.2 and 0.45 made no difference on the dev sets. */
    static final double MIN_DICE = 0.3;
    /** Translations kept per word: one did worse on the dev sets, three no better. */
    static final int MAX_TRANSLATIONS = 2;
    /** The language translated into: the embedding model's, and that of most framework documents. */
    static final String TARGET = "en";
    private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n");
    private static final Set<String> FIELDS = Set.of(Fields.TKEY, Fields.TEXT, Fields.LANG, Fields.SOURCE,
            Fields.SECTION);

    private static final ReaderCache<Lexicon> BY_READER = new ReaderCache<>();
    /** language → word → its English translations, best first. */
    private final Map<String, Map<String, List<Translation>>> byLanguage;

    private Lexicon(Map<String, Map<String, List<Translation>>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /** The lexicon of this index reader's documents, learned once per reader ({@link ReaderCache}). */
    static Lexicon of(IndexReader reader) {
        try {
            return BY_READER.get(reader.getReaderCacheHelper(), () -> learn(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The English translations of a word of {@code language}, as analyzed by that language's analyzer. */
    List<Translation> translations(String language, String term) {
        return byLanguage.getOrDefault(language, Map.of()).getOrDefault(term, List.of());
    }

    /** True when no word of this language has a translation. */
    boolean isEmpty(String language) {
        return byLanguage.getOrDefault(language, Map.of()).isEmpty();
    }

    /** One chunk: its file, section and text. */
    private record Chunk(String source, String section, String text) {
    }

    /**
     * Learns the lexicon of a reader's chunks. A file's chunks are read in index order, which is their order in the
     * file (the ingester adds them together).
     */
    static Lexicon learn(IndexReader reader) {
        // translation key → language → the chunks of its first file in that language, in index order
        Map<String, Map<String, List<Chunk>>> groups = new LinkedHashMap<>();
        ContentLinks links = ContentLinks.of(reader);
        try {
            StoredDocs.forEach(reader, FIELDS, doc -> {
                String key = links.keyOf(doc.get(Fields.TKEY));
                String text = doc.get(Fields.TEXT);
                String lang = doc.get(Fields.LANG);
                if (key == null || text == null || lang == null || !Fields.LANGUAGES.contains(lang)) {
                    return;
                }
                String source = doc.get(Fields.SOURCE);
                List<Chunk> chunks = groups.computeIfAbsent(key, k -> new HashMap<>())
                        .computeIfAbsent(lang, l -> new ArrayList<>());
                if (chunks.isEmpty() || chunks.get(0).source().equals(source)) {
                    chunks.add(new Chunk(source, String.valueOf(doc.get(Fields.SECTION)), text));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, List<String[]>> aligned = new HashMap<>();
        for (Map<String, List<Chunk>> versions : groups.values()) {
            List<Chunk> english = versions.get(TARGET);
            if (english == null) {
                continue;
            }
            versions.forEach((lang, chunks) -> {
                if (!lang.equals(TARGET)) {
                    align(sections(chunks), sections(english), aligned.computeIfAbsent(lang, l -> new ArrayList<>()));
                }
            });
        }
        Map<String, Map<String, List<Translation>>> byLanguage = new HashMap<>();
        Analyzer englishAnalyzer = Analyzers.forLanguage(TARGET);
        aligned.forEach((lang, pairs) -> byLanguage.put(lang,
                translations(pairs, Analyzers.forLanguage(lang), englishAnalyzer)));
        return new Lexicon(byLanguage);
    }

    /** The texts of a file's sections, in order: consecutive chunks of one section joined. */
    private static List<String> sections(List<Chunk> chunks) {
        List<String> out = new ArrayList<>();
        String current = null;
        for (Chunk c : chunks) {
            if (c.section().equals(current) && !out.isEmpty()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "\n\n" + c.text());
            } else {
                out.add(c.text());
                current = c.section();
            }
        }
        return out;
    }

    /** Adds the aligned units of two versions: paragraph pairs where a section pair has as many, else the sections. */
    private static void align(List<String> other, List<String> english, List<String[]> out) {
        if (other.size() != english.size()) {
            return;
        }
        for (int i = 0; i < other.size(); i++) {
            String[] a = PARAGRAPH.split(other.get(i).strip());
            String[] b = PARAGRAPH.split(english.get(i).strip());
            if (a.length == b.length) {
                for (int j = 0; j < a.length; j++) {
                    out.add(new String[] {a[j], b[j]});
                }
            } else {
                out.add(new String[] {other.get(i), english.get(i)});
            }
        }
    }

    private static Map<String, List<Translation>> translations(List<String[]> pairs, Analyzer from, Analyzer to) {
        List<Set<String>> source = new ArrayList<>();
        List<Set<String>> target = new ArrayList<>();
        for (String[] p : pairs) {
            source.add(Analyzers.terms(from, "", p[0]));
            target.add(Analyzers.terms(to, "", p[1]));
        }
        Map<String, List<Integer>> postings = new HashMap<>();
        Map<String, Integer> targetUnits = new HashMap<>();
        for (int u = 0; u < source.size(); u++) {
            for (String t : source.get(u)) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(u);
            }
            for (String t : target.get(u)) {
                targetUnits.merge(t, 1, Integer::sum);
            }
        }
        Map<String, List<Translation>> out = new HashMap<>();
        postings.forEach((word, units) -> {
            if (units.size() < MIN_UNITS) {
                return;
            }
            Map<String, Integer> both = new HashMap<>();
            for (int u : units) {
                for (String t : target.get(u)) {
                    both.merge(t, 1, Integer::sum);
                }
            }
            List<Translation> best = new ArrayList<>();
            both.forEach((t, n) -> {
                double dice = 2.0 * n / (units.size() + targetUnits.get(t));
                if (n >= MIN_UNITS && dice >= MIN_DICE) {
                    best.add(new Translation(t, dice));
                }
            });
            best.sort((x, y) -> Double.compare(y.weight(), x.weight()));
            if (!best.isEmpty()) {
                out.put(word, List.copyOf(best.subList(0, Math.min(MAX_TRANSLATIONS, best.size()))));
            }
        });
        return out;
    }

    /** How many words of a language have translations. */
    int size(String language) {
        return byLanguage.getOrDefault(language, Map.of()).size();
    }

    /**
     * Hands out the lexicon of the current reader, learned when a question first needs it (no command that never
     * translates pays for it: ingest, search in English, start-up), and from then on learns the lexicon of each new
     * searcher the index opens after a change, on the thread that refreshes it, so that no later question waits.
     */
    static final class Learner extends ReaderWarmer {
        private volatile boolean used;

        Learner(SearcherManager searchers) {
            super(searchers);
        }

        /** The lexicon of this reader; from now on, new readers' lexicons are learned as they open. */
        Lexicon lexicon(IndexReader reader) {
            used = true;
            return of(reader);
        }

        @Override
        boolean wanted() {
            return used;
        }

        @Override
        void warm(IndexReader reader) {
            of(reader);
        }
    }
}
