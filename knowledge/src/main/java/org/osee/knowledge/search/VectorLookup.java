package org.osee.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.util.VectorUtil;
import org.osee.knowledge.index.Fields;

/**
 * Reads the stored embedding of chunks that vector search did not return, to score them exactly. The {@code Embedder}
 * gives unit vectors, so their dot product is their cosine, at a third of the arithmetic.
 */
final class VectorLookup {
    private VectorLookup() {
    }

    static void fillCosines(IndexReader reader, Collection<Candidate> candidates, float[] query) throws IOException {
        List<Candidate> missing = new ArrayList<>();
        for (Candidate c : candidates) {
            if (Double.isNaN(c.cosine)) {
                missing.add(c);
            }
        }
        missing.sort(Comparator.comparingInt(c -> c.doc));
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = -1;
        FloatVectorValues values = null;
        for (Candidate c : missing) {
            int leaf = ReaderUtil.subIndex(c.doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = leaves.get(leaf).reader().getFloatVectorValues(Fields.VECTOR);
            }
            if (values == null) {
                continue;
            }
            int local = c.doc - leaves.get(leaf).docBase;
            int at = values.docID() > local ? values.docID() : values.advance(local);
            if (at == local) {
                c.cosine = VectorUtil.dotProduct(query, values.vectorValue()); // unit vectors (Embedder)
            }
        }
    }
}
