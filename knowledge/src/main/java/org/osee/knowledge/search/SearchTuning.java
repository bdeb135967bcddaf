package org.osee.knowledge.search;

import org.osee.knowledge.BadInputException;

/**
 * The knobs of hybrid retrieval. {@link #defaults(int, double)} holds the values tuned on the
 * development question set; the others were explored there (RRF, heading boosts, BM25 k1/b, chunk
 * aggregation) and did no better.
 *
 * @param candidates          chunks fetched from BM25 before fusion; vector search fetches at most
 *                            {@link #MAX_VECTOR_CANDIDATES} of them (see {@link #vectorCandidates()})
 * @param vectorWeight        weight of the vector signal in the score; the BM25 signal gets the rest
 * @param otherLanguageBoost  weight of the fields of the languages the question is not in (its own: 1); 0
 *                            (the default) does not search them, and the neutral fields still match
 *                            the words the languages share
 * @param neutralBoost        weight of the language-neutral fields
 * @param headingBoost        factor of title and heading fields over body fields
 * @param cosineFloor         cosine similarity mapped to 0 (unrelated texts score about this)
 * @param cosineCeiling       cosine similarity mapped to 1
 * @param bm25HalfPerTerm     BM25 score per distinct query term at which the BM25 signal is one half
 * @param rrfK                when positive, chunks are ranked by weighted reciprocal rank fusion with
 *                            this k instead of by the score (the score is reported either way)
 * @param foreignVectorFactor factor on {@code vectorWeight} for questions detected in another language
 *                            than the embedding model's (English): all-MiniLM-L6-v2 puts any two
 *                            texts of another language close together, so its similarity says less
 * @param focusVector         share of the embedding of a long question's focus (its asking sentences,
 *                            {@link QuestionFocus}) in the query vector; 0 embeds the whole question only
 * @param focusTerms          extra weight of the focus's terms in the BM25 query; 0 for none
 * @param translationWeight   weight of the English translations of a French, Spanish or Portuguese question's words
 *                            ({@link Lexicon}, learned from the documents' own translations) in the BM25 query, times
 *                            the lexicon's confidence in each; 0 for none
 * @param machineTranslationWeight weight of the question's machine translation into English ({@code Translator})
 *                            in the BM25 query, searched in the English fields; its embedding scores every chunk
 *                            too, each chunk keeping the closer of the two similarities. 0 for none
 */
public record SearchTuning(int candidates, double vectorWeight, float otherLanguageBoost, float neutralBoost,
                           float headingBoost, double cosineFloor, double cosineCeiling, double bm25HalfPerTerm,
                           int rrfK, double foreignVectorFactor, double focusVector, double focusTerms,
                           double translationWeight, double machineTranslationWeight) {
    public SearchTuning {
        check(candidates > 0, "candidates", candidates);
        check(vectorWeight >= 0 && vectorWeight <= 1, "vectorWeight", vectorWeight);
        check(otherLanguageBoost >= 0 && neutralBoost >= 0 && headingBoost >= 0, "boosts",
                otherLanguageBoost + "/" + neutralBoost + "/" + headingBoost);
        check(cosineCeiling > cosineFloor, "cosineCeiling", cosineCeiling);
        check(bm25HalfPerTerm > 0, "bm25HalfPerTerm", bm25HalfPerTerm);
        check(foreignVectorFactor >= 0 && foreignVectorFactor <= 1, "foreignVectorFactor", foreignVectorFactor);
        check(focusVector >= 0 && focusVector <= 1, "focusVector", focusVector);
        check(focusTerms >= 0, "focusTerms", focusTerms);
        check(translationWeight >= 0, "translationWeight", translationWeight);
        check(machineTranslationWeight >= 0, "machineTranslationWeight", machineTranslationWeight);
    }

    /** Without machine translation. */
    public SearchTuning(int candidates, double vectorWeight, float otherLanguageBoost, float neutralBoost,
                        float headingBoost, double cosineFloor, double cosineCeiling, double bm25HalfPerTerm,
                        int rrfK, double foreignVectorFactor, double focusVector, double focusTerms,
                        double translationWeight) {
        this(candidates, vectorWeight, otherLanguageBoost, neutralBoost, headingBoost, cosineFloor, cosineCeiling,
                bm25HalfPerTerm, rrfK, foreignVectorFactor, focusVector, focusTerms, translationWeight, 0);
    }

    /** Without translations. */
    public SearchTuning(int candidates, double vectorWeight, float otherLanguageBoost, float neutralBoost,
                        float headingBoost, double cosineFloor, double cosineCeiling, double bm25HalfPerTerm,
                        int rrfK, double foreignVectorFactor, double focusVector, double focusTerms) {
        this(candidates, vectorWeight, otherLanguageBoost, neutralBoost, headingBoost, cosineFloor, cosineCeiling,
                bm25HalfPerTerm, rrfK, foreignVectorFactor, focusVector, focusTerms, 0);
    }

    /** Without question focus. */
    public SearchTuning(int candidates, double vectorWeight, float otherLanguageBoost, float neutralBoost,
                        float headingBoost, double cosineFloor, double cosineCeiling, double bm25HalfPerTerm,
                        int rrfK, double foreignVectorFactor) {
        this(candidates, vectorWeight, otherLanguageBoost, neutralBoost, headingBoost, cosineFloor, cosineCeiling,
                bm25HalfPerTerm, rrfK, foreignVectorFactor, 0, 0);
    }

    public static SearchTuning defaults(int candidates, double vectorWeight) {
        return new SearchTuning(candidates, vectorWeight, 0f, 0.5f, 1.0f, 0.1, 0.7, 3, 0, 0.5, DEFAULT_FOCUS_VECTOR, 0,
                DEFAULT_TRANSLATION_WEIGHT, DEFAULT_MACHINE_TRANSLATION_WEIGHT);
    }

    /**
     * Vector search fetches at most this many chunks. Every chunk BM25 finds gets its exact cosine anyway
     * ({@code VectorLookup}), so vector search only has to add the close chunks that share no term with the
     * question; 20, 50 and 300 rank both development sets identically, and HNSW's cost grows with the number asked.
     */
    public static final int MAX_VECTOR_CANDIDATES = 50;

    /** How many chunks vector search fetches. */
    public int vectorCandidates() {
        return Math.min(candidates, MAX_VECTOR_CANDIDATES);
    }

    /** The share of the focus embedding chosen by 5-fold cross validation over both dev sets. */
    static final double DEFAULT_FOCUS_VECTOR = 0.0;

    /**
     * The weight of translations chosen over both dev sets (answering figures from 5-fold cross validation of the
     * answer thresholds; 1 and 3 did worse, README "How good is it").
     */
    static final double DEFAULT_TRANSLATION_WEIGHT = 2.0;

    /**
     * The weight of machine translations chosen over both dev sets (answering figures from 5-fold cross validation of
     * the answer thresholds: 0.15 did best; 0.3, 0.6 and 1 answered more Spanish questions from English-only documents
     * but fewer French ones from their French versions; README "How good is it").
     */
    static final double DEFAULT_MACHINE_TRANSLATION_WEIGHT = 0.15;

    public SearchTuning withFocus(double vector, double terms) {
        return new SearchTuning(candidates, vectorWeight, otherLanguageBoost, neutralBoost, headingBoost, cosineFloor,
                cosineCeiling, bm25HalfPerTerm, rrfK, foreignVectorFactor, vector, terms, translationWeight,
                machineTranslationWeight);
    }

    public SearchTuning withTranslationWeight(double weight) {
        return new SearchTuning(candidates, vectorWeight, otherLanguageBoost, neutralBoost, headingBoost, cosineFloor,
                cosineCeiling, bm25HalfPerTerm, rrfK, foreignVectorFactor, focusVector, focusTerms, weight,
                machineTranslationWeight);
    }

    private static void check(boolean ok, String name, Object value) {
        if (!ok) {
            throw new BadInputException("invalid search tuning " + name + ": " + value);
        }
    }
}
