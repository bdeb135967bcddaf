package org.osee.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.CollectionName;
import org.osee.knowledge.Passage;
import org.osee.knowledge.Retriever;
import org.osee.knowledge.embed.Embedder;
import org.osee.knowledge.index.Analyzers;
import org.osee.knowledge.index.Fields;
import org.osee.knowledge.index.LuceneIndex;
import org.osee.knowledge.load.LanguageGuesser;
import org.osee.knowledge.translate.Translator;

/**
 * Hybrid retrieval over the {@link LuceneIndex}. The top BM25 chunks and the top vector (KNN)
 * chunks are pooled; every pooled chunk gets the exact cosine similarity {@code cos} of its
 * embedding to the question's, and its BM25 score (0 when BM25 did not return it). Its score is
 * <pre>
 *   score = w · clamp((cos − floor) / (ceiling − floor)) + (1 − w) · b / (b + h)
 *   b     = BM25 score / number of distinct query terms
 * </pre>
 * with {@code floor, ceiling, h} and {@code w} from {@link SearchTuning} (defaults 0.1, 0.7, 3 and
 * 0.5; {@code w} is halved when the question is detected in another language than English, the
 * embedding model's, whose similarities are then less telling). Both parts are absolute, with no
 * per-query normalisation, so the score lies in 0..1 and is comparable across questions: an
 * off-topic question has neither close embeddings nor many matching terms and scores low.
 * A French, Spanish or Portuguese question's BM25 query also holds the English translations of its words that the
 * knowledge base's own translated documents teach ({@link Lexicon}; none for a language without such documents), so
 * that it finds the documents written in English only. With a {@link Translator} (machine translation), such a
 * question is also put into English: its translation is searched in the English fields with
 * {@code machineTranslationWeight}, and its embedding scores every chunk beside the question's own, each chunk keeping
 * the closer of the two (the English chunks are near the translation, the question's own language's near the
 * question). Chunks are ranked by this score (or by weighted reciprocal rank fusion when
 * {@code rrfK > 0}) and de-duplicated by source, keeping each document's best chunk. Thread-safe.
 */
public final class HybridRetriever implements Retriever {
    /** The language the embedding model was trained on; other languages get a lower vector weight. */
    static final String EMBEDDING_LANGUAGE = "en";

    private final LuceneIndex index;
    private final Embedder embedder;
    private final SearchTuning tuning;
    private final LexicalQueries lexical;
    private final Analyzer counter = Analyzers.neutral();
    private final ChunkKeys keys = new ChunkKeys();
    private final Lexicon.Learner learner;
    private final Translator translator;

    public HybridRetriever(LuceneIndex index, Embedder embedder, SearchTuning tuning) {
        this(index, embedder, tuning, Translator.NONE);
    }

    public HybridRetriever(LuceneIndex index, Embedder embedder, SearchTuning tuning, Translator translator) {
        this.index = index;
        this.embedder = embedder;
        this.tuning = tuning;
        this.translator = Objects.requireNonNull(translator, "translator");
        this.lexical = new LexicalQueries(tuning);
        this.learner = new Lexicon.Learner(index.searchers());
        if (tuning.translationWeight() > 0) {
            index.searchers().addListener(learner);
        }
        index.searchers().addListener(ReaderWarmer.always(index.searchers(), Compilations::of));
        index.searchers().addListener(ReaderWarmer.always(index.searchers(), ContentLinks::of));
    }

    /**
     * The question in English as this retriever searches it: by its {@link Translator}, through the nearer language
     * it is searched in when no document is in its own (the translations are cached, so the search's are reused);
     * null when it has none.
     */
    @Override
    public String inEnglish(String text, String language) {
        if (text == null || language == null || language.equals(EMBEDDING_LANGUAGE)
                || tuning.machineTranslationWeight() <= 0) {
            return null;
        }
        Translator.Translation near = inIndexedNeighbour(text, language);
        return near == null ? translator.toEnglish(text, language) : translator.toEnglish(near.text(), near.language());
    }

    /** The document's chunks joined under its title, as {@link LuceneIndex#chunksOf} gives them. */
    @Override
    public String documentText(String source) {
        if (source == null) {
            return null;
        }
        StringBuilder text = null;
        for (org.apache.lucene.document.Document chunk : index.chunksOf(source)) {
            text = text != null ? text : new StringBuilder(String.valueOf(chunk.get(Fields.TITLE)));
            text.append('\n').append(chunk.get(Fields.TEXT));
        }
        return text == null ? null : text.toString();
    }

    @Override
    public List<Passage> passagesOf(String source) {
        if (source == null) {
            return List.of();
        }
        List<Passage> out = new ArrayList<>();
        for (org.apache.lucene.document.Document chunk : index.chunksOf(source)) {
            String title = chunk.get(Fields.TITLE);
            out.add(new Passage(source, title, Passage.sectionUnder(title, chunk.get(Fields.SECTION)),
                    chunk.get(Fields.URL), chunk.get(Fields.LANG), chunk.get(Fields.TEXT), 0));
        }
        return out;
    }

    @Override
    public List<CollectionName> collectionsNamed(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return index.withSearcher(searcher -> CollectionNames.find(searcher, keys, text));
    }

    @Override
    public List<Passage> retrieve(String query, int top) {
        return retrieve(query, top, null, false);
    }

    /**
     * One passage per document and its translations, in {@code language} (detected from the query
     * when {@code null}) when such a version is indexed, or, for a language the index holds no
     * document in, in the language the question is searched in (its indexed neighbour, Portuguese as
     * Spanish); see {@link Retriever}. The passage that stands in for a better-ranked other-language
     * version keeps that version's score, and is the stand-in's version of the section found.
     */
    @Override
    public List<Passage> retrieve(String query, int top, String language) {
        return retrieve(query, top, language, true);
    }

    private List<Passage> retrieve(String asked, int top, String language, boolean oneVersion) {
        if (asked == null) {
            throw new BadInputException("query must not be null");
        }
        if (top <= 0) {
            throw new BadInputException("top must be positive, was " + top);
        }
        if (asked.isBlank()) {
            return List.of();
        }
        String detected = questionLanguage(asked);
        Translator.Translation near = inIndexedNeighbour(asked, detected);
        String query = near == null ? asked : near.text();
        String lang = near == null ? detected : near.language();
        String focus = tuning.focusTerms() > 0 || tuning.focusVector() > 0 ? QuestionFocus.of(query) : null;
        String lexLang = lang != null && !indexedLanguage(lang) ? null : lang;
        Query bm25 = lexical.build(query, lexLang, focus, (float) tuning.focusTerms());
        double w = lang == null || lang.equals(EMBEDDING_LANGUAGE) ? tuning.vectorWeight()
                : tuning.vectorWeight() * tuning.foreignVectorFactor();
        String english = lang == null ? null : inEnglish(query, lang);
        Query translated = english == null ? null : lexical.build(english, EMBEDDING_LANGUAGE);
        if (translated != null) {
            bm25 = bm25 == null ? translated : new BooleanQuery.Builder().add(bm25, Occur.SHOULD)
                    .add(new BoostQuery(translated, (float) tuning.machineTranslationWeight()), Occur.SHOULD).build();
        }
        float[] vector;
        float[] englishVector = english == null ? null : embedder.embed(List.of(english)).get(0);
        if (focus != null && tuning.focusVector() > 0) {
            List<float[]> both = embedder.embed(List.of(query, focus));
            vector = blend(both.get(0), both.get(1), tuning.focusVector());
        } else {
            vector = embedder.embed(List.of(query)).get(0);
        }
        int terms = Math.max(1, distinctTerms(query));
        String asker = language != null ? LanguageGuesser.normalize(language) : lang;
        String prefer = asker != null && !indexedLanguage(asker) ? lang : asker;
        Query lexicalQuery = bm25;
        return index.withSearcher(searcher -> {
            QueryParts q = new QueryParts(lexical.withTranslations(lexicalQuery, query, lexLang,
                    () -> learner.lexicon(searcher.getIndexReader())), vector, englishVector, terms, w);
            List<Candidate> docs = rank(searcher, q);
            return oneVersion ? Versions.oneVersionEach(searcher, docs, prefer, q.bm25(), top)
                    : Versions.asIs(searcher, docs, top);
        });
    }

    /**
     * A question in a language no document is written in, put into the nearest language that documents are written
     * in, when machine translation reaches it in one step (Portuguese → Spanish); {@code null} otherwise. Searched in
     * its own words, such a question only matches the other languages' documents where they happen to share
     * spellings, and Apertium's Portuguese to Spanish step loses much less than the step on to English.
     */
    private Translator.Translation inIndexedNeighbour(String query, String lang) {
        if (lang == null || indexedLanguage(lang) || tuning.machineTranslationWeight() <= 0) {
            return null;
        }
        Translator.Translation near = translator.toNeighbour(query, lang);
        return near != null && indexedLanguage(near.language()) ? near : null;
    }

    /** Whether the index holds chunks in this language. */
    private boolean indexedLanguage(String lang) {
        return index.withSearcher(s -> s.getIndexReader().docFreq(
                new org.apache.lucene.index.Term(Fields.LANG, lang)) > 0);
    }

    /** The unit vector along {@code (1 − a)·full + a·focus}. */
    static float[] blend(float[] full, float[] focus, double a) {
        float[] out = new float[full.length];
        double norm = 0;
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) ((1 - a) * full[i] + a * focus[i]);
            norm += out[i] * out[i];
        }
        float n = (float) Math.sqrt(norm);
        for (int i = 0; i < out.length && n > 0; i++) {
            out[i] /= n;
        }
        return out;
    }

    /**
     * The question's language among en/fr/es/pt when detection is confident; {@code null} (search
     * every language alike) otherwise and for questions of fewer than three words, on which
     * detection is unreliable. BM25 also searches every language alike when the index holds no
     * document in the question's language (a Portuguese question over Spanish and English guides).
     */
    static String questionLanguage(String query) {
        if (query.strip().split("\\s+").length < 3) {
            return null;
        }
        String lang = LanguageGuesser.guessSupported(query, 0.8);
        return lang != null && Fields.LANGUAGES.contains(lang) ? lang : null;
    }

    /**
     * What a question turns into: its BM25 query, its embedding, its translation's embedding (or null), its term count,
     * its vector weight.
     */
    private record QueryParts(Query bm25, float[] vector, float[] englishVector, int terms, double vectorWeight) {
    }

    /** The best chunk of each document, best first. */
    private List<Candidate> rank(IndexSearcher searcher, QueryParts q) throws IOException {
        Query bm25 = q.bm25();
        float[] vector = q.vector();
        Map<Integer, Candidate> pool = new HashMap<>();
        if (bm25 != null) {
            int rank = 0;
            for (ScoreDoc hit : searcher.search(bm25, tuning.candidates()).scoreDocs) {
                Candidate c = pool.computeIfAbsent(hit.doc, Candidate::new);
                c.bm25 = hit.score;
                c.lexRank = ++rank;
            }
        }
        int nearest = tuning.vectorCandidates();
        for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, vector, nearest), nearest).scoreDocs) {
            pool.computeIfAbsent(hit.doc, Candidate::new).cosine = 2.0 * hit.score - 1.0;
        }
        if (q.englishVector() != null) {
            closerOfTwo(searcher, pool, vector, q.englishVector(), nearest);
        } else {
            VectorLookup.fillCosines(searcher.getIndexReader(), pool.values(), vector);
        }
        ContentLinks links = ContentLinks.of(searcher.getIndexReader());
        for (Candidate c : pool.values()) {
            c.score = score(c, q);
            ChunkKeys.Keys k = keys.of(searcher.getIndexReader(), c.doc);
            c.source = k.source();
            c.translationKey = links.keyOf(k.translationKey());
            c.language = k.language();
        }
        Set<String> compilations = Compilations.of(searcher.getIndexReader());
        List<Candidate> ranked = new ArrayList<>(pool.values());
        ranked.removeIf(c -> compilations.contains(c.source));
        orderByFusion(ranked, q.vectorWeight());
        return bestPerDocument(ranked);
    }

    /**
     * Every pooled chunk's exact cosine to the closer of two query vectors (the question's and its English
     * translation's), with the translation's nearest chunks added to the pool.
     */
    private static void closerOfTwo(IndexSearcher searcher, Map<Integer, Candidate> pool, float[] own, float[] english,
                                    int nearest) throws IOException {
        for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, english, nearest), nearest).scoreDocs) {
            pool.computeIfAbsent(hit.doc, Candidate::new);
        }
        pool.values().forEach(c -> c.cosine = Double.NaN);
        VectorLookup.fillCosines(searcher.getIndexReader(), pool.values(), own);
        VectorLookup.keepCloser(searcher.getIndexReader(), pool.values(), english);
    }

    /** The best chunk of each document, in the order of the ranked chunks. */
    private static List<Candidate> bestPerDocument(List<Candidate> ranked) {
        Map<String, Candidate> best = new LinkedHashMap<>();
        for (Candidate c : ranked) {
            best.putIfAbsent(c.source, c);
        }
        return new ArrayList<>(best.values());
    }

    private void orderByFusion(List<Candidate> ranked, double w) {
        if (tuning.rrfK() == 0) {
            ranked.forEach(c -> c.rank = c.score);
        } else {
            ranked.sort(Comparator.comparingDouble((Candidate c) -> c.cosine).reversed());
            double k = tuning.rrfK();
            for (int i = 0; i < ranked.size(); i++) {
                Candidate c = ranked.get(i);
                c.vecRank = i + 1;
                c.rank = w / (k + c.vecRank) + (c.lexRank == 0 ? 0 : (1 - w) / (k + c.lexRank));
            }
        }
        ranked.sort(Comparator.comparingDouble((Candidate c) -> c.rank).reversed());
    }

    private double score(Candidate c, QueryParts q) {
        double cos = Double.isNaN(c.cosine) ? tuning.cosineFloor() : c.cosine;
        double vec = clamp((cos - tuning.cosineFloor()) / (tuning.cosineCeiling() - tuning.cosineFloor()));
        double perTerm = c.bm25 / q.terms();
        double lex = perTerm / (perTerm + tuning.bm25HalfPerTerm());
        return clamp(q.vectorWeight() * vec + (1 - q.vectorWeight()) * lex);
    }

    private int distinctTerms(String query) {
        return Analyzers.terms(counter, Fields.BODY_ALL, query).size();
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
