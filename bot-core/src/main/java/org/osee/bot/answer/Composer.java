package org.osee.bot.answer;

import java.util.List;
import org.osee.knowledge.CollectionName;
import org.osee.knowledge.Passage;

/**
 * Writes an answer to a question from retrieved passages only, citing them as [1], [2]... An implementation writes
 * the one full form; the shorter ones fill in what a caller does not have.
 */
public interface Composer {
    /**
     * @param question the question (for a follow-up, combined with the earlier question)
     * @param context  the whole message the question was asked in (a paragraph of situation around it), which a
     *                 composer may weigh below the question; the question itself when there is no more
     * @param language the user's language, ISO 639-1
     * @param passages retrieved passages, best first; never empty
     * @param named    collections of the documents the question names ("the Standard for Public Code"): a composer
     *                 may take such a name as said by every passage of its collection, so that the collection's
     *                 overview pages, which repeat its name, do not win for saying it
     * @return the answer, or {@link Composition#none()} when the passages give nothing to say
     */
    Composition compose(String question, String context, String language, List<Passage> passages,
                        List<CollectionName> named);

    /** A question asked inside a longer message, naming no collection. */
    default Composition compose(String question, String context, String language, List<Passage> passages) {
        return compose(question, context, language, passages, List.of());
    }

    /** A question on its own, naming no collection. */
    default Composition compose(String question, String language, List<Passage> passages) {
        return compose(question, question, language, passages, List.of());
    }
}
