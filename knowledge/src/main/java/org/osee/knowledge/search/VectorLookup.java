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
        score(reader, missing, query, false);
    }

    /**
     * Gives every candidate the closer of its cosine so far (none when NaN) and its cosine to a second query vector
     * (a question's translation).
     */
    static void keepCloser(IndexReader reader, Collection<Candidate> candidates, float[] query) throws IOException {
        score(reader, new ArrayList<>(candidates), query, true);
    }

    private static void score(IndexReader reader, List<Candidate> candidates, float[] query, boolean closer)
            throws IOException {
        candidates.sort(Comparator.comparingInt(c -> c.doc));
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = -1;
        FloatVectorValues values = null;
        for (Candidate c : candidates) {
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
                double cosine = VectorUtil.dotProduct(query, values.vectorValue()); // unit vectors (Embedder)
                if (!closer || Double.isNaN(c.cosine) || cosine > c.cosine) {
                    c.cosine = cosine;
                }
            }
        }
    }
}
