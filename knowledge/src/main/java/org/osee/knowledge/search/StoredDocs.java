package org.osee.knowledge.search;

import java.io.IOException;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/** A pass over every live document of an index reader, in index order, reading only some stored fields. */
final class StoredDocs {
    private StoredDocs() {
    }

    /** Gives {@code visitor} each live document of {@code reader} with the stored {@code fields} it has. */
    static void forEach(IndexReader reader, Set<String> fields, Consumer<Document> visitor) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            Bits live = leaf.reader().getLiveDocs();
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                if (live == null || live.get(d)) {
                    visitor.accept(stored.document(d, fields));
                }
            }
        }
    }
}
