package org.osee.app.config;

import java.util.Locale;
import java.util.Set;

/**
 * The optional generative composer. Provider {@code none} (the default) uses the extractive composer only.
 *
 * @param provider       none, openai (any OpenAI-compatible endpoint) or ollama
 * @param baseUrl        the endpoint, e.g. http://127.0.0.1:11434 for Ollama
 * @param model          the model name
 * @param apiKey         API key for OpenAI-compatible endpoints (from OSEE_LLM_API_KEY rather than the file)
 * @param timeoutSeconds how long to wait before falling back to the extractive composer (default 20)
 */
public record LlmSettings(String provider, String baseUrl, String model, String apiKey, Integer timeoutSeconds) {
    private static final Set<String> PROVIDERS = Set.of("none", "openai", "ollama");

    public LlmSettings {
        provider = provider == null ? "none" : provider.strip().toLowerCase(Locale.ROOT);
        if (!PROVIDERS.contains(provider)) {
            throw new IllegalArgumentException("llm.provider must be none, openai or ollama, was " + provider);
        }
        if (!provider.equals("none") && (baseUrl == null || model == null)) {
            throw new IllegalArgumentException("llm." + provider + " needs base-url and model");
        }
        timeoutSeconds = timeoutSeconds == null ? 20 : timeoutSeconds;
    }

    public static LlmSettings none() {
        return new LlmSettings(null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model + ", apiKey="
                + Secret.mask(apiKey) + ", timeoutSeconds=" + timeoutSeconds + "]";
    }
}
