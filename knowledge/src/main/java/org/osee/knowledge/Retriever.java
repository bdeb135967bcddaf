package org.osee.knowledge;

import java.util.List;

/**
 * Finds the passages that best answer a question.
 *
 * <p>Two calls. {@link #retrieve(String, int)} ranks every document alike, whatever its language:
 * the French and English versions of one guide may both be returned. {@link #retrieve(String, int,
 * String)} answers in one language: each document appears once, in the asker's language when a
 * version in that language was ingested (the version the ranking found is then named in
 * {@link Passage#replaced()}, and the passage is the asker's version of the section it found), for a
 * language no document is written in, in the language the question was searched in (Portuguese through
 * its Spanish translation: the Spanish version), else in the best-ranked language. Either way
 * {@link Passage#versions()} lists the document's other-language versions, so a caller can tell
 * "only another language has the answer" ({@code passage.language()} differs from the asker's and
 * {@code passage.versionIn(lang)} is empty).
 */
public interface Retriever {
    /**
     * @param query the user's question, in any language
     * @param top   how many passages at most; at most one passage per document
     * @return passages best first; empty when nothing is indexed or nothing matches
     */
    List<Passage> retrieve(String query, int top);

    /**
     * Retrieval for an asker of a known language: at most one passage per document and its
     * translations, in {@code language} when such a version exists (in the language the question is
     * searched in when no document is written in {@code language}).
     *
     * @param query    the user's question, in any language
     * @param top      how many passages at most
     * @param language the asker's language (ISO 639-1), or {@code null} to detect it from the query
     * @return passages best first; the default implementation (retrievers that know no translations)
     *         is {@link #retrieve(String, int)}
     */
    default List<Passage> retrieve(String query, int top, String language) {
        return retrieve(query, top);
    }

    /**
     * The text put into English by the machine translation this retriever searches with, so that an answer can be
     * judged by the same words that found it.
     *
     * @param text     a question or message
     * @param language its language (ISO 639-1)
     * @return the English text, or {@code null} when this retriever translates nothing (the default), the language
     *         is English or has no translation route, or translation failed
     */
    default String inEnglish(String text, String language) {
        return null;
    }

    /**
     * The whole text of an indexed document (its title and every chunk), for checks that look past the retrieved
     * passage; {@code null} when this retriever cannot tell (the default) or no such document is indexed.
     *
     * @param source the document's source path, as in {@link Passage#source()}
     */
    default String documentText(String source) {
        return null;
    }

    /**
     * Every passage of an indexed document, in the document's order, each with a score of 0: for a caller looking for
     * what a document says outside the passage retrieval found (the sentence that defines a term, in another
     * section). Empty when this retriever cannot tell (the default) or no such document is indexed.
     *
     * @param source the document's source path, as in {@link Passage#source()}
     */
    default List<Passage> passagesOf(String source) {
        return List.of();
    }

    /**
     * The names in a text that stand for one collection of the indexed documents ("the Standard for Public Code"),
     * see {@link CollectionName}; empty when there are none or this retriever cannot tell (the default).
     */
    default List<CollectionName> collectionsNamed(String text) {
        return List.of();
    }
}
