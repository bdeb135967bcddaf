/**
 * The answering layer: {@link org.osee.bot.answer.GroundedAssistant} turns a conversation and its
 * newest message into a {@link org.osee.bot.domain.Reply} grounded in retrieved passages.
 *
 * <p>Wiring, in the application's one place that builds the object graph:
 * <pre>{@code
 * KnowledgeBase kb = KnowledgeBase.open(KnowledgeConfig.defaults(dataDir.resolve("index")));
 * Composer extractive = new ExtractiveComposer();
 * Composer composer = llmConfigured
 *         ? GenerativeComposer.create(GenerativeConfig.openAi(baseUrl, model, apiKey), extractive)
 *         : extractive;
 * Assistant assistant = new GroundedAssistant(kb.retriever(), composer, AnswerPolicy.defaults(),
 *         new LanguageGuesser());
 * }</pre>
 * The {@code eval} sub-package measures an assistant on a question set.
 */
package org.osee.bot.answer;
