package org.osee.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.QueryBuilder;
import org.osee.knowledge.CollectionName;
import org.osee.knowledge.index.Analyzers;
import org.osee.knowledge.index.Fields;
import org.osee.knowledge.text.PlainText;

/**
 * Finds the names in a question that stand for one collection of documents. A question often names the collection it
 * asks about ("What does the Standard for Public Code expect of policy makers?"), and the collection's own overview
 * pages repeat its name while the page that answers does not: the name draws the answer to the foreword. Knowing that
 * the name stands for the collection lets the answer count it as said by every page of that collection.
 *
 * <p>A candidate name is a run of at least two capitalised words within a line, joined by spaces and by at most
 * two short linking words ("Standard for Public Code", "Estándar para el Código Público", "CMS OSPO"); a capitalised
 * word that opens a sentence may or may not belong to it, so the run is tried without it, and with it when a
 * capitalised word follows. Of the documents that mention it as a phrase (at least {@value #MIN_DOCUMENTS}), it
 * stands for the folders named after it (their name holds its letters: {@code ospology/ospo-book} for "OSPO Book",
 * {@code cms-ospo-guide} for "CMS OSPO"), else for the top-level folder of what was ingested that holds at least
 * {@value #MIN_SHARE} of them. A name in more than {@value #MAX_CHUNKS} passages is too common to stand for anything. These are rules of
 * thumb, not fitted: on the development sets at least 3 or 5 documents do about as well as 2 (README).
 */
final class CollectionNames {
    static final int MIN_DOCUMENTS = 2;
    static final double MIN_SHARE = 0.6;
    static final int MAX_CHUNKS = 2_000;
    private static final int MAX_LINKS = 2;
    /** Names looked up per text at most: a long message cannot make a search of each of its capitalised words. */
    static final int MAX_CANDIDATES = 8;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    /** Words that link the capitalised words of a name, in the four languages ("and" joins lists more than names). */
    private static final Set<String> LINKS = Set.of("of", "for", "the", "on", "de", "del", "la", "las", "los", "el",
            "para", "do", "da", "dos", "das", "des", "du", "le", "les", "pour");

    private static final Map<String, QueryBuilder> BUILDERS = builders();

    private CollectionNames() {
    }

    /** The candidate names of a text, as written, in order, without repeats. */
    static List<String> candidates(String text) {
        Set<String> out = new LinkedHashSet<>();
        List<String> run = new ArrayList<>();
        int names = 0;
        int links = 0;
        boolean opening = false;
        int end = -1;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String raw = m.group();
            String word = POSSESSIVE.matcher(raw).replaceAll("");
            String gap = end < 0 ? "" : text.substring(end, m.start());
            if (end >= 0 && (!gap.isBlank() || gap.indexOf('\n') >= 0)) { // punctuation or a new line between
                flush(run, names, links, opening, out);
                names = links = 0;
            }
            end = m.end();
            if (isName(word)) {
                if (run.isEmpty()) {
                    opening = !isCapitals(word) && PlainText.opensSentence(text, m.start(), true);
                }
                run.add(word);
                names++;
                links = 0;
            } else if (!run.isEmpty() && LINKS.contains(word) && links < MAX_LINKS) {
                run.add(word);
                links++;
            } else {
                flush(run, names, links, opening, out);
                names = links = 0;
            }
            if (raw.length() != word.length()) { // a possessive ends the name
                flush(run, names, links, opening, out);
                names = links = 0;
            }
        }
        flush(run, names, links, opening, out);
        return List.copyOf(out);
    }

    /**
     * Adds the run as a name when it holds two capitalised words, its trailing linking words dropped. A run that
     * opens a sentence with a capitalised word is added without that word and the linking words after it, and whole
     * only when a capitalised word follows that word ("Open Source Initiative" and "Source Initiative"; "Does the CMS
     * OSPO" gives "CMS OSPO"): the documents tell which is a name. Empties the run.
     */
    private static void flush(List<String> run, int names, int links, boolean opening, Set<String> out) {
        List<String> name = run.subList(0, run.size() - links);
        if (names >= 2 && (!opening || isName(name.get(1)))) {
            out.add(String.join(" ", name));
        }
        if (opening) {
            int from = 1;
            while (from < name.size() && !isName(name.get(from))) {
                from++;
            }
            if (names - 1 >= 2) {
                out.add(String.join(" ", name.subList(from, name.size())));
            }
        }
        run.clear();
    }

    private static boolean isName(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    private static boolean isCapitals(String word) {
        return word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** The names of the text that stand for a collection of the searcher's documents. */
    static List<CollectionName> find(IndexSearcher searcher, ChunkKeys keys, String text) throws IOException {
        List<CollectionName> out = new ArrayList<>();
        List<String> candidates = candidates(text);
        for (String name : candidates.subList(0, Math.min(MAX_CANDIDATES, candidates.size()))) {
            if (out.stream().anyMatch(found -> found.name().contains(name))) {
                continue; // the run without its opening word, when the whole run was found
            }
            Query phrase = phrase(name);
            if (phrase == null) {
                continue;
            }
            ScoreDoc[] hits = searcher.search(phrase, MAX_CHUNKS + 1).scoreDocs;
            if (hits.length > MAX_CHUNKS) {
                continue;
            }
            Set<String> sources = new HashSet<>();
            for (ScoreDoc hit : hits) {
                sources.add(keys.of(searcher.getIndexReader(), hit.doc).source());
            }
            if (sources.size() < MIN_DOCUMENTS) {
                continue;
            }
            List<String> folders = namedFolders(name, sources);
            if (!folders.isEmpty()) {
                folders.forEach(f -> out.add(new CollectionName(name, f)));
                continue;
            }
            String collection = mostOf(sources);
            if (collection != null) {
                out.add(new CollectionName(name, collection));
            }
        }
        return out;
    }

    /**
     * The folders named after the name, among those of the documents that mention it: the first folder of each such
     * document's path whose name holds the name's letters, so that a name a blog writes about more often than the
     * collection names itself still stands for the collection.
     */
    static List<String> namedFolders(String name, Set<String> sources) {
        String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        Set<String> out = new TreeSet<>();
        for (String source : sources) {
            int at = source.indexOf('/');
            while (at > 0) {
                String folder = source.substring(0, at);
                String last = folder.substring(folder.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}]", "");
                if (last.contains(letters)) {
                    out.add(folder);
                    break;
                }
                at = source.indexOf('/', at + 1);
            }
        }
        return List.copyOf(out);
    }

    /** The folder holding at least {@link #MIN_SHARE} of at least {@link #MIN_DOCUMENTS} documents, or null. */
    static String mostOf(Set<String> sources) {
        if (sources.size() < MIN_DOCUMENTS) {
            return null;
        }
        Map<String, Integer> count = new HashMap<>();
        for (String source : sources) {
            int slash = source.indexOf('/');
            if (slash > 0) { // a file at the top is in no folder
                count.merge(source.substring(0, slash), 1, Integer::sum);
            }
        }
        return count.entrySet().stream().filter(e -> e.getValue() >= MIN_SHARE * sources.size())
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private static Map<String, QueryBuilder> builders() {
        Map<String, QueryBuilder> out = new HashMap<>();
        Fields.LANGUAGES.forEach(lang -> out.put(lang, new QueryBuilder(Analyzers.forLanguage(lang))));
        return Map.copyOf(out);
    }

    /**
     * The name as a phrase in each language's text field, analysed as that language's text is; a language whose
     * analysis leaves one word of it (the others being its stop words: "todo" in Spanish) is not asked.
     */
    private static Query phrase(String name) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        int clauses = 0;
        for (String lang : Fields.LANGUAGES) {
            Query q = BUILDERS.get(lang).createPhraseQuery(Fields.body(lang), name);
            if (q instanceof PhraseQuery) {
                any.add(q, Occur.SHOULD);
                clauses++;
            }
        }
        return clauses == 0 ? null : any.build();
    }
}
