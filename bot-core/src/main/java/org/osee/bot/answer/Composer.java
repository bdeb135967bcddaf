package org.osee.bot.answer;

import java.util.List;
import org.osee.knowledge.CollectionName;
import org.osee.knowledge.Passage;

/** Writes an answer to a question from retrieved passages only, citing them as [1], [2]... */
public interface Composer {
    /**
     * @param question the question (for a follow-up, combined with the earlier question)
     * @param language the user's language, ISO 639-1
     * @param passages retrieved passages, best first; never empty
     * @return the answer, or {@link Composition#none()} when the passages give nothing to say
     */
    Composition compose(String question, String language, List<Passage> passages);

    /**
     * As {@link #compose(String, String, List)} for a question asked inside a longer message (a paragraph of
     * situation around it): {@code context} is the whole message, which a composer may weigh below the question.
     * By default the context is not used.
     */
    default Composition compose(String question, String context, String language, List<Passage> passages) {
        return compose(question, language, passages);
    }

    /**
     * As {@link #compose(String, String, String, List)} for a question that names collections of the documents ("the
     * Standard for Public Code"): a composer may take such a name as said by every passage of its collection, so that
     * the collection's overview pages, which repeat its name, do not win for saying it. By default the names are not
     * used.
     */
    default Composition compose(String question, String context, String language, List<Passage> passages,
                                List<CollectionName> named) {
        return compose(question, context, language, passages);
    }
}
