package org.osee.knowledge.translate;

/**
 * Machine translation of a question into English, the language of most framework documents and of the embedding
 * model, so that a French, Spanish or Portuguese question also finds and is grounded by documents written in
 * English only. Implementations are thread-safe and never throw: a text they cannot translate gives {@code null}.
 */
@FunctionalInterface
public interface Translator {
    /** No translation: every call gives {@code null}. */
    Translator NONE = (text, language) -> null;

    /**
     * @param text     a question or a message, in {@code language}
     * @param language its ISO 639-1 code
     * @return the text in English, or {@code null} when there is no route from {@code language} (English itself
     *         included), the text is blank, or translation failed
     */
    String toEnglish(String text, String language);

    /**
     * The text in the language nearest to {@code language} that this translator reaches in one step, other than
     * English (Portuguese → Spanish): for a question in a language no document is written in, which is then searched
     * as a question in that nearer language. {@code null} when there is none (the default), the text is blank, or
     * translation failed.
     */
    default Translation toNeighbour(String text, String language) {
        return null;
    }

    /** A text and its ISO 639-1 language. */
    record Translation(String text, String language) {
    }
}
