package org.osee.knowledge;

import java.util.List;

/** Finds the passages that best answer a question. */
public interface Retriever {
    /**
     * @param query the user's question, in any language
     * @param top   how many passages at most; at most one passage per document
     * @return passages best first; empty when nothing is indexed or nothing matches
     */
    List<Passage> retrieve(String query, int top);
}
