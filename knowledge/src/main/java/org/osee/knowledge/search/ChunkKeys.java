package org.osee.knowledge.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.osee.knowledge.index.Fields;
import org.osee.knowledge.index.ReaderCache;

/**
 * The source, translation key and language of every chunk, read once per index segment and kept while the segment
 * lives. Ranking needs them for every pooled candidate (a few hundred per question); reading them from stored fields
 * each time decompressed a stored-fields block per candidate, about a third of a reply's CPU. Segments never change
 * once written, so the cache is keyed on the segment's core and dropped with it. Thread-safe.
 */
final class ChunkKeys {
    private static final Set<String> FIELDS = Set.of(Fields.SOURCE, Fields.TKEY, Fields.LANG);

    /** The three keys of one chunk. */
    record Keys(String source, String translationKey, String language) {
    }

    private final ReaderCache<Keys[]> bySegment = new ReaderCache<>();

    /** The keys of top-level document {@code doc} of {@code reader}. */
    Keys of(IndexReader reader, int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        LeafReader segment = leaf.reader();
        return bySegment.get(segment.getCoreCacheHelper(), () -> read(segment))[doc - leaf.docBase];
    }

    private static Keys[] read(LeafReader leaf) throws IOException {
        StoredFields stored = leaf.storedFields();
        Keys[] keys = new Keys[leaf.maxDoc()];
        Map<String, String> interned = new java.util.HashMap<>();
        for (int d = 0; d < keys.length; d++) {
            Document doc = stored.document(d, FIELDS);
            keys[d] = new Keys(intern(interned, doc.get(Fields.SOURCE)), intern(interned, doc.get(Fields.TKEY)),
                    intern(interned, doc.get(Fields.LANG)));
        }
        return keys;
    }

    private static String intern(Map<String, String> seen, String value) {
        return value == null ? null : seen.computeIfAbsent(value, v -> v);
    }
}
