package org.osee.bot.answer;

import java.util.List;
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
}
