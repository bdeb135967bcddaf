package org.osee.knowledge.search;

import java.io.IOException;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;

/**
 * Computes what a new index reader needs (its lexicon, its compilations, its content links) as the reader opens after an ingest, on the
 * refreshing thread, so that the first question after the ingest does not wait for it.
 */
abstract class ReaderWarmer implements ReferenceManager.RefreshListener {
    private final SearcherManager searchers;

    ReaderWarmer(SearcherManager searchers) {
        this.searchers = searchers;
    }

    /** A warmer that computes {@code warm} for every new reader (its per-reader cache keeps the result). */
    static ReaderWarmer always(SearcherManager searchers, Consumer<IndexReader> warm) {
        return new ReaderWarmer(searchers) {
            @Override
            void warm(IndexReader reader) {
                warm.accept(reader);
            }
        };
    }

    /** Whether warming is wanted now (by default always). */
    boolean wanted() {
        return true;
    }

    /** Computes and caches what {@code reader} needs. */
    abstract void warm(IndexReader reader);

    @Override
    public final void beforeRefresh() {
        // nothing to do before
    }

    @Override
    public final void afterRefresh(boolean didRefresh) throws IOException {
        if (!didRefresh || !wanted()) {
            return;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            warm(searcher.getIndexReader());
        } finally {
            searchers.release(searcher);
        }
    }
}
