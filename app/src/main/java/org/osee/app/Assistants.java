package org.osee.app;

import java.time.Duration;
import org.osee.app.config.LlmSettings;
import org.osee.bot.answer.AnswerPolicy;
import org.osee.bot.answer.Composer;
import org.osee.bot.answer.ExtractiveComposer;
import org.osee.bot.answer.GenerativeComposer;
import org.osee.bot.answer.GenerativeConfig;
import org.osee.bot.answer.GroundedAssistant;
import org.osee.knowledge.Retriever;
import org.osee.knowledge.load.LanguageGuesser;

/** Builds the assistant from the configuration: extractive by default, generative when a model is configured. */
public final class Assistants {
    private Assistants() {}

    public static GroundedAssistant create(Retriever retriever, LlmSettings llm) {
        Composer extractive = new ExtractiveComposer(retriever::inEnglish);
        Composer composer = switch (llm.provider()) {
            case "openai" -> GenerativeComposer.create(
                    GenerativeConfig.openAi(llm.baseUrl(), llm.model(), llm.apiKey()).withTimeout(timeout(llm)), extractive);
            case "ollama" -> GenerativeComposer.create(
                    GenerativeConfig.ollama(llm.baseUrl(), llm.model()).withTimeout(timeout(llm)), extractive);
            default -> extractive;
        };
        return new GroundedAssistant(retriever, composer, AnswerPolicy.defaults(), new LanguageGuesser());
    }

    private static Duration timeout(LlmSettings llm) {
        return Duration.ofSeconds(llm.timeoutSeconds());
    }
}
