package org.osee.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.osee.knowledge.index.Fields;
import org.osee.knowledge.index.ReaderCache;
import org.osee.knowledge.text.PlainText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translations linked by their content, where neither their paths nor their front matter link them: a guide's French
 * version under {@code guides-fr/fr/utilisation-logiciels-libres.md} beside {@code guides/en/using-open-source.md}.
 * Only documents that no other-language version is linked to are considered, and only within mirrored folders (the
 * same folder once language markers are out, as {@link org.osee.knowledge.load.Translations#pathKey} reads paths).
 * There, two documents in different languages are versions of one another when each is the other's most similar
 * document, clearly ({@value #MARGIN} times the next best of either), and similar enough ({@value #MIN_WORDS} of
 * shared word stems at least).
 *
 * <p>Similarity is what survives translation: words are compared by their first four letters, accents and case
 * folded, over words of five letters or more, so that cognates meet ("gouvernement" and "government", "licence" and
 * "licencia"); numbers and identifiers with digits ("2.3.8", "2024") count beside them at a quarter of the weight
 * (sibling pages of one collection share their legal references, so numbers alone would pair siblings). Each is a
 * Dice coefficient whose stems and numbers weigh by their rarity among the folder's candidate pages (an inverse
 * document frequency), so that the introduction and references all of a collection's pages repeat tell them apart
 * less than what a page and its translation alone share. The constants follow from the development corpus's
 * translated folders, most of whose file names match: there, with every page treated as unlinked, content alone
 * makes 52 of the about 60 pairs their names make (leaving the rest apart) and the 19 whose names differ (the
 * Canadian guides' French versions, the Spanish Standard for Public Code's renamed criteria), and no pair wrongly;
 * the least clear of them is 1.27 times closer to its translation than to the next best page.
 *
 * <p>Computed once per index reader from the stored documents; each link is logged. Thread-safe.
 */
final class ContentLinks {
    private static final Logger LOG = LoggerFactory.getLogger(ContentLinks.class);
    /** How much more similar a document's translation is than its next best match, on both sides. */
    static final double MARGIN = 1.25;
    /** The least word similarity (Dice) of two versions. */
    static final double MIN_WORDS = 0.25;
    /** The weight of numbers beside words. */
    static final double NUMBER_WEIGHT = 0.25;
    /**
     * The most pairs of pages compared in one folder for two languages (about a second's work): a folder of a thousand
     * unlinked pages in each language is left to names and front matter.
     */
    static final long MAX_COMPARED = 250_000;
    private static final int STEM = 4;
    private static final Pattern WORD = Pattern.compile("\\p{L}{5,}");
    private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{N}]*\\p{N}(?:[.\\p{L}\\p{N}]*[\\p{L}\\p{N}])?");
    private static final Set<String> FILE_FIELDS = Set.of(Fields.SOURCE, Fields.TKEY, Fields.LANG);
    private static final Set<String> TEXT_FIELDS = Set.of(Fields.SOURCE, Fields.TEXT);
    private static final ReaderCache<ContentLinks> BY_READER = new ReaderCache<>();
    static final ContentLinks NONE = new ContentLinks(Map.of());

    /** stored translation key → the key of its group (its own when not linked by content). */
    private final Map<String, String> groupOf;
    /** group key → the stored keys in it, for linked groups only. */
    private final Map<String, List<String>> members;

    private ContentLinks(Map<String, String> groupOf) {
        this.groupOf = Map.copyOf(groupOf);
        Map<String, List<String>> byGroup = new HashMap<>();
        groupOf.forEach((key, group) -> byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(key));
        byGroup.values().forEach(keys -> keys.sort(null));
        this.members = Map.copyOf(byGroup);
    }

    /** The links among this reader's documents, found once per reader. */
    static ContentLinks of(IndexReader reader) {
        try {
            return BY_READER.get(reader.getReaderCacheHelper(), () -> find(reader));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The translation key a stored key stands for: its group's when linked by content, else itself. */
    String keyOf(String storedKey) {
        return storedKey == null ? null : groupOf.getOrDefault(storedKey, storedKey);
    }

    /** The stored keys of a group ({@link #keyOf}): one, unless documents were linked by content. */
    List<String> storedKeys(String key) {
        return members.getOrDefault(key, List.of(key));
    }

    /** Two files found to be versions of each other. */
    record Pair(File first, File second) {
    }

    /** One indexed file: its source, stored translation key and language. */
    record File(String source, String key, String language) {
        /** The folder of its key: the key up to its last slash. */
        String folder() {
            return key.substring(0, key.lastIndexOf('/') + 1);
        }
    }

    /** What a document's text keeps across translation: stems of its long words and its numbers. */
    record Features(Set<String> words, Set<String> numbers) {
        Features() {
            this(new HashSet<>(), new HashSet<>());
        }

        void add(String text) {
            Matcher w = WORD.matcher(text);
            while (w.find()) {
                String folded = PlainText.fold(w.group());
                words.add(folded.substring(0, Math.min(STEM, folded.length())));
            }
            Matcher n = NUMBER.matcher(text);
            while (n.find()) {
                numbers.add(n.group().toLowerCase(Locale.ROOT));
            }
        }

        /**
         * Word and number similarity, each a Dice coefficient whose elements weigh by their rarity among the pages
         * compared ({@code idf}): what all of a folder's pages say (a shared introduction, the same directive) tells
         * them apart less than what two of them share alone.
         */
        double similarity(Features other, Map<String, Double> idf) {
            return dice(words, other.words, idf) + NUMBER_WEIGHT * dice(numbers, other.numbers, idf);
        }

        private static double dice(Set<String> a, Set<String> b, Map<String, Double> idf) {
            double both = 0;
            double all = 0;
            for (String x : a) {
                double w = idf.getOrDefault(x, 1.0);
                all += w;
                if (b.contains(x)) {
                    both += w;
                }
            }
            for (String x : b) {
                all += idf.getOrDefault(x, 1.0);
            }
            return all == 0 ? 0 : 2 * both / all;
        }

        /** The share of word stems two pages have in common (unweighted Dice). */
        double wordSimilarity(Features other) {
            return dice(words, other.words, Map.of());
        }
    }

    private static ContentLinks find(IndexReader reader) throws IOException {
        long start = System.nanoTime();
        Map<String, List<File>> candidates = unlinkedByFolder(reader);
        if (candidates.isEmpty()) {
            return NONE;
        }
        Set<String> sources = new HashSet<>();
        candidates.values().forEach(files -> files.forEach(f -> sources.add(f.source())));
        Map<String, Features> features = new HashMap<>();
        StoredDocs.forEach(reader, TEXT_FIELDS, doc -> {
            String source = doc.get(Fields.SOURCE);
            String text = doc.get(Fields.TEXT);
            if (text != null && sources.contains(source)) {
                features.computeIfAbsent(source, s -> new Features()).add(text);
            }
        });
        Map<String, String> groupOf = new HashMap<>();
        for (List<File> files : candidates.values()) {
            link(files, features).forEach(pair -> join(groupOf, pair.first().key(), pair.second().key()));
        }
        LOG.debug("Looked for translations by content among {} documents in {} ms", sources.size(),
                (System.nanoTime() - start) / 1_000_000);
        return groupOf.isEmpty() ? NONE : new ContentLinks(groupOf);
    }

    /**
     * The files whose translation key has no version in another language, by folder, in folders that hold such files
     * in two languages or more.
     */
    private static Map<String, List<File>> unlinkedByFolder(IndexReader reader) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        StoredFields stored = searcher.storedFields();
        List<File> files = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_FILE)),
                Math.max(1, reader.maxDoc())).scoreDocs) {
            Document d = stored.document(hit.doc, FILE_FIELDS);
            String key = d.get(Fields.TKEY);
            String lang = d.get(Fields.LANG);
            if (key != null && key.startsWith("path:") && lang != null && Fields.LANGUAGES.contains(lang)) {
                files.add(new File(d.get(Fields.SOURCE), key, lang));
            }
        }
        Map<String, Set<String>> languagesOfKey = new HashMap<>();
        files.forEach(f -> languagesOfKey.computeIfAbsent(f.key(), k -> new HashSet<>()).add(f.language()));
        Map<String, List<File>> byFolder = new TreeMap<>();
        for (File f : files) {
            if (languagesOfKey.get(f.key()).size() == 1) {
                byFolder.computeIfAbsent(f.folder(), k -> new ArrayList<>()).add(f);
            }
        }
        byFolder.values().removeIf(inFolder -> inFolder.stream().map(File::language).distinct().count() < 2);
        return byFolder;
    }

    /** The pairs of one folder's files that are versions of each other, for each two languages found there. */
    static List<Pair> link(List<File> files, Map<String, Features> features) {
        List<Pair> links = new ArrayList<>();
        Set<String> languages = new TreeSet<>();
        files.forEach(f -> languages.add(f.language()));
        List<String> langs = new ArrayList<>(languages);
        for (int i = 0; i < langs.size(); i++) {
            for (int j = i + 1; j < langs.size(); j++) {
                String a = langs.get(i);
                String b = langs.get(j);
                List<File> rows = files.stream().filter(f -> f.language().equals(a)).toList();
                List<File> cols = files.stream().filter(f -> f.language().equals(b)).toList();
                if ((long) rows.size() * cols.size() > MAX_COMPARED) {
                    LOG.warn("Not looking for translations by content among the {} {} and {} {} pages of {}: too many "
                            + "to compare; link them by name or front matter", rows.size(), a, cols.size(), b,
                            rows.get(0).folder().substring("path:".length()));
                    continue;
                }
                links.addAll(pairs(rows, cols, features));
            }
        }
        return links;
    }

    /** The pairs of rows and columns (one language each) that are versions of each other. */
    private static List<Pair> pairs(List<File> rows, List<File> cols, Map<String, Features> features) {
        Features empty = new Features(Set.of(), Set.of());
        Map<String, Double> idf = rarity(rows, cols, features);
        double[][] score = new double[rows.size()][cols.size()];
        for (int r = 0; r < rows.size(); r++) {
            Features fr = features.getOrDefault(rows.get(r).source(), empty);
            for (int c = 0; c < cols.size(); c++) {
                score[r][c] = fr.similarity(features.getOrDefault(cols.get(c).source(), empty), idf);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int c = bestInRow(score, r);
            if (c < 0 || bestInColumn(score, c) != r) {
                continue;
            }
            double next = Math.max(secondInRow(score, r, c), secondInColumn(score, c, r));
            File row = rows.get(r);
            File col = cols.get(c);
            double words = features.getOrDefault(row.source(), empty)
                    .wordSimilarity(features.getOrDefault(col.source(), empty));
            if (score[r][c] >= MARGIN * next && words >= MIN_WORDS) {
                LOG.info("Linked {} ({}) and {} ({}) as translations by their content (similarity {}, next best {})",
                        row.source(), row.language(), col.source(), col.language(),
                        String.format(Locale.ROOT, "%.2f", score[r][c]), String.format(Locale.ROOT, "%.2f", next));
                pairs.add(new Pair(row, col));
            }
        }
        return pairs;
    }

    /** Each stem's and number's inverse document frequency among these pages: ln(1 + pages / pages with it). */
    private static Map<String, Double> rarity(List<File> rows, List<File> cols, Map<String, Features> features) {
        Map<String, Integer> df = new HashMap<>();
        for (List<File> side : List.of(rows, cols)) {
            for (File f : side) {
                Features page = features.get(f.source());
                if (page != null) {
                    page.words().forEach(x -> df.merge(x, 1, Integer::sum));
                    page.numbers().forEach(x -> df.merge(x, 1, Integer::sum));
                }
            }
        }
        double pages = rows.size() + cols.size();
        Map<String, Double> idf = new HashMap<>();
        df.forEach((x, count) -> idf.put(x, Math.log(1.0 + pages / count)));
        return idf;
    }

    private static int bestInRow(double[][] score, int r) {
        int best = -1;
        for (int c = 0; c < score[r].length; c++) {
            if (best < 0 || score[r][c] > score[r][best]) {
                best = c;
            }
        }
        return best;
    }

    private static int bestInColumn(double[][] score, int c) {
        int best = -1;
        for (int r = 0; r < score.length; r++) {
            if (best < 0 || score[r][c] > score[best][c]) {
                best = r;
            }
        }
        return best;
    }

    private static double secondInRow(double[][] score, int r, int except) {
        double second = 0;
        for (int c = 0; c < score[r].length; c++) {
            if (c != except) {
                second = Math.max(second, score[r][c]);
            }
        }
        return second;
    }

    private static double secondInColumn(double[][] score, int c, int except) {
        double second = 0;
        for (int r = 0; r < score.length; r++) {
            if (r != except) {
                second = Math.max(second, score[r][c]);
            }
        }
        return second;
    }

    /** Puts two keys in one group, named by the smallest key of the group. */
    private static void join(Map<String, String> groupOf, String a, String b) {
        String ga = groupOf.getOrDefault(a, a);
        String gb = groupOf.getOrDefault(b, b);
        String group = ga.compareTo(gb) <= 0 ? ga : gb;
        String other = group.equals(ga) ? gb : ga;
        groupOf.replaceAll((key, g) -> g.equals(other) ? group : g);
        groupOf.put(a, group);
        groupOf.put(b, group);
        groupOf.putIfAbsent(group, group);
    }
}
