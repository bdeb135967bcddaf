package org.osee.knowledge.search;

/**
 * The knobs of hybrid retrieval; defaults tuned on the development question set.
 *
 * @param candidates         chunks fetched from each of BM25 and vector search
 * @param vectorWeight       weight of the vector signal in the final score; the BM25 signal gets the rest
 * @param ownLanguageBoost   weight of the fields in the question's language
 * @param otherLanguageBoost weight of the fields of the other languages
 * @param neutralBoost       weight of the language-neutral fields
 * @param headingBoost       extra factor of title and heading fields over body fields
 * @param cosineFloor        cosine similarity mapped to 0 (unrelated texts score about this)
 * @param cosineCeiling      cosine similarity mapped to 1
 * @param bm25HalfPerTerm    BM25 score per query term at which the BM25 signal is one half
 * @param rrfK               when positive, chunks are ranked by weighted reciprocal rank fusion with
 *                           this k instead of by the score (the score is reported either way)
 * @param extraChunkWeight   weight of a document's second and third best chunks added to its best
 *                           chunk's when documents are ranked (0 = best chunk only)
 * @param foreignVectorFactor factor on {@code vectorWeight} for questions detected in another
 *                           language than the embedding model's (English): all-MiniLM-L6-v2 maps
 *                           any two texts of another language close together, so its similarity
 *                           says less there
 */
public record SearchTuning(int candidates, double vectorWeight, float ownLanguageBoost, float otherLanguageBoost,
                           float neutralBoost, float headingBoost, double cosineFloor, double cosineCeiling,
                           double bm25HalfPerTerm, int rrfK, double extraChunkWeight,
                           double foreignVectorFactor) {
    public SearchTuning {
        if (candidates <= 0 || vectorWeight < 0 || vectorWeight > 1 || cosineCeiling <= cosineFloor
                || bm25HalfPerTerm <= 0 || foreignVectorFactor < 0 || foreignVectorFactor > 1) {
            throw new IllegalArgumentException("invalid search tuning: " + candidates + ", " + vectorWeight + ", "
                    + cosineFloor + ".." + cosineCeiling + ", " + bm25HalfPerTerm);
        }
    }

    public static SearchTuning defaults(int candidates, double vectorWeight) {
        return new SearchTuning(candidates, vectorWeight, 1.0f, 0.3f, 0.5f, 1.0f, 0.1, 0.7, 3, 0, 0, 0.5);
    }
}
