/**
 * The knowledge base: documents in, passages out.
 *
 * <p>{@link org.osee.knowledge.KnowledgeBase} ingests folders into one Lucene index and hands out a
 * {@link org.osee.knowledge.Retriever}. Its API for answering:
 * <pre>{@code
 * Retriever retriever = kb.retriever();
 * // every document alike (evaluation, search): translations may all appear
 * List<Passage> all = retriever.retrieve(question, 5);
 * // one language per answer: one passage per document and its translations, in the asker's language
 * // when that version was ingested ("fr" here; null detects it from the question)
 * List<Passage> mine = retriever.retrieve(question, 5, "fr");
 * Passage best = mine.get(0);
 * best.replaced();        // the other-language version the ranking found and this one stands in for, or null
 * best.versions();        // the document's other-language versions (source, title, url, language)
 * best.versionIn("fr");   // empty: no French version exists, so quote best (in best.language()) and say so
 * }</pre>
 * Translations are linked at ingest ({@link org.osee.knowledge.load.Translations}: front matter
 * {@code translation-key} / {@code translation-of}, or language markers in folder and file names).
 * Files that are not answer material (licences, the pack's README, navigation pages, front matter
 * {@code osee: skip}) are not indexed ({@link org.osee.knowledge.load.AnswerMaterial}). The one
 * language detector of the project is {@link org.osee.knowledge.load.LanguageGuesser}.
 */
package org.osee.knowledge;
