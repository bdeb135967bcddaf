package org.osee.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.osee.knowledge.Passage;
import org.osee.knowledge.index.Fields;
import org.osee.knowledge.index.ReaderCache;

/**
 * Turns the ranked best chunk of each document into passages, with the document's language
 * versions (the indexed files sharing its translation key) attached; in one-version mode, keeps one
 * document of each translation group, preferring the asker's language.
 */
final class Versions {
    private Versions() {
    }

    /**
     * The versions of each translation key, per index reader: every answer looked them up again (a search and a
     * stored-fields read per cited document), though they change only when the index does. A new reader after a
     * change starts empty; the old one's entries go with it.
     */
    private static final ReaderCache<Map<String, List<Passage.Version>>> BY_READER = new ReaderCache<>();

    /** The sections of each version read for {@link #alignedChunk}, per index reader (document ids are the reader's). */
    private static final ReaderCache<Map<String, List<List<Integer>>>> SECTIONS = new ReaderCache<>();
    private static final Set<String> SECTION_FIELDS = Set.of(Fields.SOURCE, Fields.SECTION);

    private static Map<String, List<Passage.Version>> versionsOf(IndexSearcher searcher) throws IOException {
        return BY_READER.get(searcher.getIndexReader().getReaderCacheHelper(), ConcurrentHashMap::new);
    }

    /** Every document as ranked, with its versions listed. */
    static List<Passage> asIs(IndexSearcher searcher, List<Candidate> docs, int top) throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<String, List<Passage.Version>> cache = versionsOf(searcher);
        List<Passage> passages = new ArrayList<>();
        for (Candidate c : docs) {
            if (passages.size() == top) {
                break;
            }
            passages.add(passage(stored.document(c.doc), c.score, versions(searcher, c.translationKey, cache), null));
        }
        return passages;
    }

    /**
     * One passage per translation group, in group order of the ranking: the group's version in
     * {@code prefer} when one is indexed, else the group's best-ranked version. The version standing in
     * gives its chunk at the place of the best-ranked version's chunk ({@link #alignedChunk}: what the
     * search found, translated), else its own best-ranked chunk, else its best chunk for the query, or its
     * first. A passage standing in for another version takes that version's score and names it in
     * {@link Passage#replaced()}.
     */
    static List<Passage> oneVersionEach(IndexSearcher searcher, List<Candidate> docs, String prefer, Query bm25,
                                        int top) throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<String, List<Candidate>> groups = new LinkedHashMap<>();
        for (Candidate c : docs) {
            String group = c.translationKey == null ? "source:" + c.source : c.translationKey;
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(c);
        }
        Map<String, List<Passage.Version>> cache = versionsOf(searcher);
        List<Passage> passages = new ArrayList<>();
        for (List<Candidate> members : groups.values()) {
            if (passages.size() == top) {
                break;
            }
            Candidate best = members.get(0);
            List<Passage.Version> versions = versions(searcher, best.translationKey, cache);
            if (prefer == null || prefer.equals(best.language)) {
                passages.add(passage(stored.document(best.doc), best.score, versions, null));
                continue;
            }
            String standIn = versions.stream().filter(v -> v.language().equals(prefer)).map(Passage.Version::source)
                    .findFirst().orElse(null);
            Document chosen = standIn == null ? null : alignedChunk(searcher, best, prefer, standIn);
            if (chosen == null) {
                chosen = members.stream().filter(m -> prefer.equals(m.language)).findFirst()
                        .map(m -> load(stored, m.doc)).orElse(null);
            }
            if (chosen == null && best.translationKey != null
                    && versions.stream().anyMatch(v -> v.language().equals(prefer))) {
                chosen = bestChunkOf(searcher, best.translationKey, prefer, bm25);
            }
            if (chosen == null) {
                passages.add(passage(stored.document(best.doc), best.score, versions, null));
            } else {
                Document replacedDoc = stored.document(best.doc);
                Passage.Version replaced = new Passage.Version(best.source, replacedDoc.get(Fields.TITLE),
                        documentUrl(replacedDoc.get(Fields.URL)), best.language);
                passages.add(passage(chosen, best.score, versions, replaced));
            }
        }
        return passages;
    }

    private static Document load(StoredFields stored, int doc) {
        try {
            return stored.document(doc);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The chunk of the version {@code source} (in {@code lang}) at the place of {@code best} in its own version: the
     * same section (by its position among the document's sections) and the same chunk within it, when the two
     * versions have as many sections, as translations of one page do; {@code null} when they do not.
     */
    private static Document alignedChunk(IndexSearcher searcher, Candidate best, String lang, String source)
            throws IOException {
        List<List<Integer>> own = sectionsOf(searcher, best.translationKey, best.language, best.source);
        List<List<Integer>> other = sectionsOf(searcher, best.translationKey, lang, source);
        if (own.isEmpty() || own.size() != other.size()) {
            return null;
        }
        for (int i = 0; i < own.size(); i++) {
            int at = own.get(i).indexOf(best.doc);
            if (at >= 0) {
                List<Integer> there = other.get(i);
                return searcher.storedFields().document(there.get(Math.min(at, there.size() - 1)));
            }
        }
        return null;
    }

    /** The chunks of one version of a translation group, in reading order, grouped by section; read once per reader. */
    private static List<List<Integer>> sectionsOf(IndexSearcher searcher, String key, String lang, String source)
            throws IOException {
        Map<String, List<List<Integer>>> cache = SECTIONS.get(searcher.getIndexReader().getReaderCacheHelper(),
                ConcurrentHashMap::new);
        String id = key + '\u0000' + lang + '\u0000' + source;
        List<List<Integer>> cached = cache.get(id);
        if (cached == null) {
            cached = readSections(searcher, key, lang, source);
            cache.put(id, cached);
        }
        return cached;
    }

    private static List<List<Integer>> readSections(IndexSearcher searcher, String key, String lang, String source)
            throws IOException {
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_CHUNK)), Occur.FILTER)
                .add(keyQuery(searcher, key), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.LANG, lang)), Occur.FILTER).build();
        ScoreDoc[] hits = searcher.search(q, Math.max(1, searcher.count(q))).scoreDocs;
        Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
        StoredFields stored = searcher.storedFields();
        List<List<Integer>> sections = new ArrayList<>();
        String last = null;
        for (ScoreDoc hit : hits) {
            Document d = stored.document(hit.doc, SECTION_FIELDS);
            if (!source.equals(d.get(Fields.SOURCE))) {
                continue;
            }
            String section = String.valueOf(d.get(Fields.SECTION));
            if (!section.equals(last)) {
                sections.add(new ArrayList<>());
                last = section;
            }
            sections.get(sections.size() - 1).add(hit.doc);
        }
        return List.copyOf(sections);
    }

    /** The chunk of the version in {@code lang} that matches the query best, else its first chunk. */
    private static Document bestChunkOf(IndexSearcher searcher, String key, String lang, Query bm25)
            throws IOException {
        BooleanQuery.Builder q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_CHUNK)), Occur.FILTER)
                .add(keyQuery(searcher, key), Occur.FILTER)
                .add(new TermQuery(new Term(Fields.LANG, lang)), Occur.FILTER)
                .add(bm25 == null ? new MatchAllDocsQuery() : bm25, Occur.SHOULD);
        ScoreDoc[] hits = searcher.search(q.build(), 1).scoreDocs;
        return hits.length == 0 ? null : searcher.storedFields().document(hits[0].doc);
    }

    /** The other-language versions of the documents with this key, from their file records. */
    private static List<Passage.Version> versions(IndexSearcher searcher, String key,
                                                  Map<String, List<Passage.Version>> cache) throws IOException {
        if (key == null) {
            return List.of();
        }
        List<Passage.Version> cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        BooleanQuery q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_FILE)), Occur.FILTER)
                .add(keyQuery(searcher, key), Occur.FILTER)
                .build();
        List<Passage.Version> all = new ArrayList<>();
        StoredFields stored = searcher.storedFields();
        for (ScoreDoc hit : searcher.search(q, 50).scoreDocs) {
            Document d = stored.document(hit.doc);
            all.add(new Passage.Version(d.get(Fields.SOURCE), d.get(Fields.TITLE), d.get(Fields.URL),
                    d.get(Fields.LANG) == null ? "und" : d.get(Fields.LANG)));
        }
        cache.put(key, all);
        return all;
    }

    /** The documents of a translation key: those stored with it, and those {@link ContentLinks} put with them. */
    private static Query keyQuery(IndexSearcher searcher, String key) {
        List<String> stored = ContentLinks.of(searcher.getIndexReader()).storedKeys(key);
        if (stored.size() == 1) {
            return new TermQuery(new Term(Fields.TKEY, stored.get(0)));
        }
        return new TermInSetQuery(Fields.TKEY, stored.stream().map(BytesRef::new).toList());
    }

    private static Passage passage(Document d, double score, List<Passage.Version> group, Passage.Version replaced) {
        String source = d.get(Fields.SOURCE);
        String lang = d.get(Fields.LANG);
        List<Passage.Version> others = group.stream()
                .filter(v -> !v.source().equals(source) && !v.language().equals(lang)).toList();
        String title = d.get(Fields.TITLE);
        return new Passage(source, title, Passage.sectionUnder(title, d.get(Fields.SECTION)), d.get(Fields.URL), lang,
                d.get(Fields.TEXT), score, others, replaced);
    }

    private static String documentUrl(String url) {
        return url == null ? null : url.replaceFirst("#.*$", "");
    }
}
