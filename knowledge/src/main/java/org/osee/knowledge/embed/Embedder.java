package org.osee.knowledge.embed;

import java.util.List;

/** Turns texts into unit-length vectors whose dot product is their cosine similarity. */
public interface Embedder {
    /** The vectors of the texts, in the same order. */
    List<float[]> embed(List<String> texts);

    /** The number of dimensions of every vector. */
    int dimension();
}
