package org.osee.bot.answer;

import java.time.Duration;
import java.util.Objects;
import org.osee.knowledge.BadInputException;

/**
 * How to reach a language model for {@link GenerativeComposer}.
 *
 * @param provider   an OpenAI-compatible chat-completions endpoint, or Ollama
 * @param baseUrl    e.g. {@code https://api.openai.com/v1} or {@code http://localhost:11434}
 * @param model      the model's name
 * @param apiKey     the key for OpenAI-compatible endpoints; may be {@code null} for Ollama; never logged
 * @param timeout    how long one request may take before the extractive answer is used instead
 * @param maxPassages how many of the best passages go into the prompt
 */
public record GenerativeConfig(Provider provider, String baseUrl, String model, String apiKey, Duration timeout,
                               int maxPassages) {
    /** Which API the endpoint speaks. */
    public enum Provider { OPENAI, OLLAMA }

    /** Requests give up after 20 seconds by default. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    public GenerativeConfig {
        Objects.requireNonNull(provider, "provider");
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new BadInputException("baseUrl must be set, was " + baseUrl);
        }
        if (model == null || model.isBlank()) {
            throw new BadInputException("model must be set, was " + model);
        }
        if (provider == Provider.OPENAI && (apiKey == null || apiKey.isBlank())) {
            throw new BadInputException("an OpenAI-compatible endpoint needs an apiKey");
        }
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.isNegative() || timeout.isZero()) {
            throw new BadInputException("timeout must be positive, was " + timeout);
        }
        if (maxPassages < 1) {
            throw new BadInputException("maxPassages must be positive, was " + maxPassages);
        }
    }

    /** An OpenAI-compatible endpoint with the default timeout and 5 passages. */
    public static GenerativeConfig openAi(String baseUrl, String model, String apiKey) {
        return new GenerativeConfig(Provider.OPENAI, baseUrl, model, apiKey, DEFAULT_TIMEOUT, 5);
    }

    /** An Ollama server with the default timeout and 5 passages. */
    public static GenerativeConfig ollama(String baseUrl, String model) {
        return new GenerativeConfig(Provider.OLLAMA, baseUrl, model, null, DEFAULT_TIMEOUT, 5);
    }

    /** A copy with another timeout. */
    public GenerativeConfig withTimeout(Duration value) {
        return new GenerativeConfig(provider, baseUrl, model, apiKey, value, maxPassages);
    }

    /** Never shows the key. */
    @Override
    public String toString() {
        return "GenerativeConfig[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model
                + ", apiKey=" + (apiKey == null ? "none" : "***") + ", timeout=" + timeout
                + ", maxPassages=" + maxPassages + "]";
    }
}
