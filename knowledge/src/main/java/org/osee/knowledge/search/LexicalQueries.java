package org.osee.knowledge.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.osee.knowledge.index.Analyzers;
import org.osee.knowledge.index.Fields;

/**
 * Builds the BM25 query of a question: each term is a SHOULD clause, in the body and heading
 * fields of every supported language (each analyzed with that language's analyzer) and in the
 * neutral fields. The fields of the question's own language (or of all languages when it is not
 * recognised) weigh 1, the other languages' fields {@code otherLanguageBoost} (by default 0: a recognised
 * question searches four fields, not ten), the neutral fields {@code neutralBoost}; heading fields are
 * multiplied by {@code headingBoost}.
 */
final class LexicalQueries {
    /**
     * At most this many distinct words of a question are searched (the first ones): a long message (a pasted
     * page, a 4,096-character chat message) would otherwise make one clause per word in each of the ten fields.
     */
    static final int MAX_WORDS = 96;
    /** Longer texts are cut down to {@link #MAX_WORDS} distinct words; up to this many words are searched as they are. */
    static final int MAX_TOKENS = 300;
    /** Room for {@link #MAX_TOKENS} words in every field, twice (the whole question and its focus). */
    private static final int MAX_CLAUSES = 8192;

    static {
        if (IndexSearcher.getMaxClauseCount() < MAX_CLAUSES) {
            IndexSearcher.setMaxClauseCount(MAX_CLAUSES);
        }
    }

    private final Map<String, Analyzer> analyzers = new HashMap<>();
    private final Map<String, QueryBuilder> builders = new HashMap<>();
    private final QueryBuilder neutral;
    private final SearchTuning tuning;

    LexicalQueries(SearchTuning tuning) {
        this.tuning = tuning;
        for (String lang : Fields.LANGUAGES) {
            Analyzer analyzer = Analyzers.forLanguage(lang);
            analyzers.put(lang, analyzer);
            builders.put(lang, new QueryBuilder(analyzer));
        }
        Analyzer neutralAnalyzer = Analyzers.neutral();
        this.neutral = new QueryBuilder(neutralAnalyzer);
    }

    /** The query, or {@code null} when the question has no searchable term. */
    Query build(String question, String questionLanguage) {
        return build(question, questionLanguage, null, 0);
    }

    /**
     * The query of a question whose focus (its asking sentences, see {@link QuestionFocus}) is
     * searched once more with {@code focusWeight}, so that its terms outweigh the context's.
     */
    Query build(String question, String questionLanguage, String focus, float focusWeight) {
        Query whole = build1(question, questionLanguage);
        if (whole == null || focus == null || focusWeight <= 0) {
            return whole;
        }
        Query asked = build1(focus, questionLanguage);
        if (asked == null) {
            return whole;
        }
        return new BooleanQuery.Builder().add(whole, Occur.SHOULD).add(new BoostQuery(asked, focusWeight), Occur.SHOULD)
                .build();
    }

    private Query build1(String text, String questionLanguage) {
        String question = boundedWords(text);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int clauses = 0;
        for (String lang : Fields.LANGUAGES) {
            float weight = lang.equals(questionLanguage) || questionLanguage == null
                    ? 1f : tuning.otherLanguageBoost();
            clauses += add(all, builders.get(lang), Fields.body(lang), question, weight);
            clauses += add(all, builders.get(lang), Fields.head(lang), question, weight * tuning.headingBoost());
        }
        clauses += add(all, neutral, Fields.BODY_ALL, question, tuning.neutralBoost());
        clauses += add(all, neutral, Fields.HEAD_ALL, question, tuning.neutralBoost() * tuning.headingBoost());
        return clauses == 0 ? null : all.build();
    }

    /**
     * The question with the English translations of its words added ({@link Lexicon}): each translation a SHOULD
     * clause in the English body and heading fields, weighing {@code translationWeight} times the lexicon's
     * confidence in it. The query as it is for English questions, questions of no recognised language and when
     * the lexicon has nothing for the question's words; the lexicon is asked for only when the question may need it.
     */
    Query withTranslations(Query query, String text, String questionLanguage, Supplier<Lexicon> lexicons) {
        if (query == null || !analyzers.containsKey(questionLanguage) || questionLanguage.equals(Lexicon.TARGET)
                || tuning.translationWeight() <= 0) {
            return query;
        }
        Lexicon lexicon = lexicons.get();
        if (lexicon.isEmpty(questionLanguage)) {
            return query;
        }
        BooleanQuery.Builder translated = new BooleanQuery.Builder();
        int clauses = 0;
        String field = Fields.body(questionLanguage);
        for (String term : Analyzers.terms(analyzers.get(questionLanguage), field, boundedWords(text))) {
            for (Lexicon.Translation t : lexicon.translations(questionLanguage, term)) {
                float boost = (float) (tuning.translationWeight() * t.weight());
                translated.add(new BoostQuery(new TermQuery(new Term(Fields.body(Lexicon.TARGET), t.term())), boost),
                        Occur.SHOULD);
                translated.add(new BoostQuery(new TermQuery(new Term(Fields.head(Lexicon.TARGET), t.term())),
                        boost * tuning.headingBoost()), Occur.SHOULD);
                clauses += 2;
            }
        }
        if (clauses == 0) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.SHOULD).add(translated.build(), Occur.SHOULD).build();
    }

    /**
     * The text itself when it has at most {@link #MAX_TOKENS} words (every question people write), else its first
     * {@link #MAX_WORDS} distinct words.
     */
    static String boundedWords(String text) {
        String[] words = text.split("[\\s\\p{Punct}]+");
        if (words.length <= MAX_TOKENS) {
            return text;
        }
        Set<String> kept = new LinkedHashSet<>();
        for (String word : words) {
            if (kept.size() == MAX_WORDS) {
                break;
            }
            if (!word.isEmpty()) {
                kept.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return String.join(" ", kept);
    }

    /**
     * Adds the text's terms in one field as SHOULD clauses of {@code all} itself, each with the field's boost, rather
     * than as one nested disjunction per field: the scores are the same sums, but Lucene's MaxScore scorer can only
     * skip documents clause by clause at the top level, so a flat query of single terms ranks far fewer of them.
     */
    private static int add(BooleanQuery.Builder all, QueryBuilder builder, String field, String text, float boost) {
        if (boost <= 0) {
            return 0;
        }
        Query q = builder.createBooleanQuery(field, text, Occur.SHOULD);
        if (q == null) {
            return 0;
        }
        if (q instanceof BooleanQuery bq && bq.getMinimumNumberShouldMatch() == 0
                && bq.clauses().stream().allMatch(c -> c.getOccur() == Occur.SHOULD)) {
            for (BooleanClause c : bq.clauses()) {
                all.add(boost == 1f ? c.getQuery() : new BoostQuery(c.getQuery(), boost), Occur.SHOULD);
            }
            return bq.clauses().isEmpty() ? 0 : 1;
        }
        all.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
        return 1;
    }
}
