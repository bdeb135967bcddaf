package org.osee.knowledge.index;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.lucene.index.IndexReader;

/**
 * Values derived from an index reader (or a segment's core), kept while it lives: keyed weakly on its cache key, so
 * an entry goes with the reader a refresh replaced. A value is computed outside the map's lock, so a slow one (a
 * new reader's lexicon) keeps no question waiting on the current reader's; two threads may compute the same value
 * once each, and the first one stored wins. A reader without a cache key gets a value computed each time.
 * Thread-safe.
 *
 * @param <V> the cached value
 */
public final class ReaderCache<V> {
    /** Computes a value; may read the index. */
    @FunctionalInterface
    public interface Compute<V> {
        V get() throws IOException;
    }

    private final Map<Object, V> entries = Collections.synchronizedMap(new WeakHashMap<>());

    /** The value for this cache helper (a reader's or a segment core's), computed on first use. */
    public V get(IndexReader.CacheHelper helper, Compute<V> compute) throws IOException {
        if (helper == null) {
            return compute.get();
        }
        Object key = helper.getKey();
        V known = entries.get(key);
        if (known != null) {
            return known;
        }
        V computed = compute.get();
        V raced = entries.putIfAbsent(key, computed);
        return raced != null ? raced : computed;
    }
}
