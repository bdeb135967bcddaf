package org.osee.knowledge.search;

/** One chunk found by BM25, by vector search or both, while fusion is under way. */
final class Candidate {
    final int doc;
    double bm25;
    double cosine = Double.NaN;
    double score;
    int lexRank;
    int vecRank;
    double rank;
    String source;
    String translationKey;
    String language;

    Candidate(int doc) {
        this.doc = doc;
    }
}
