package org.osee.bot.answer;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.CollectionName;
import org.osee.knowledge.Passage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes answers with a language model through langchain4j, from the retrieved passages only.
 * A reply must cite at least one passage, and only passages that exist; otherwise, and on an
 * error or a timeout, the fallback composer (extractive) answers instead.
 */
public final class GenerativeComposer implements Composer {
    private static final Logger LOG = LoggerFactory.getLogger(GenerativeComposer.class);
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3}(?:\\s*,\\s*\\d{1,3})*)]");
    private static final int MAX_REASON = 200;

    private final ChatModel model;
    private final Composer fallback;
    private final int maxPassages;
    private final String name;

    /**
     * @param model       the chat model, with its timeout set
     * @param fallback    answers when the model fails or cites nothing retrieved
     * @param maxPassages how many of the best passages go into the prompt
     * @param name        how to name the model in logs (never the key)
     */
    public GenerativeComposer(ChatModel model, Composer fallback, int maxPassages, String name) {
        this.model = Objects.requireNonNull(model, "model");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        if (maxPassages < 1) {
            throw new BadInputException("maxPassages must be positive, was " + maxPassages);
        }
        this.maxPassages = maxPassages;
        this.name = name == null ? "model" : name;
    }

    /** A composer for the configured endpoint, falling back to {@code fallback}. */
    public static GenerativeComposer create(GenerativeConfig config, Composer fallback) {
        return new GenerativeComposer(chatModel(config), fallback, config.maxPassages(),
                config.provider() + " " + config.model() + " at " + config.baseUrl());
    }

    /** Builds the langchain4j chat model for a configuration: no retries, deterministic, the configured timeout. */
    public static ChatModel chatModel(GenerativeConfig config) {
        if (config.provider() == GenerativeConfig.Provider.OLLAMA) {
            return OllamaChatModel.builder().baseUrl(config.baseUrl()).modelName(config.model())
                    .timeout(config.timeout()).maxRetries(0).temperature(0.0).build();
        }
        return OpenAiChatModel.builder().baseUrl(config.baseUrl()).modelName(config.model()).apiKey(config.apiKey())
                .timeout(config.timeout()).maxRetries(0).temperature(0.0).build();
    }

    /** The model gets the question; the extractive fallback also weighs the context and the collections named. */
    @Override
    public Composition compose(String question, String context, String language, List<Passage> passages,
                               List<CollectionName> named) {
        List<Passage> used = passages.subList(0, Math.min(maxPassages, passages.size()));
        GroundedPrompt prompt = GroundedPrompt.of(question, language, used);
        String text;
        try {
            text = model.chat(ChatRequest.builder()
                    .messages(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user()))
                    .build()).aiMessage().text();
        } catch (RuntimeException e) {
            LOG.warn("{} failed ({}: {}); using the extractive answer", name, e.getClass().getSimpleName(),
                    shorten(e.getMessage()));
            return fallback.compose(question, context, language, passages, named);
        }
        Composition grounded = ground(text, used);
        if (grounded.isEmpty()) {
            LOG.warn("{} replied without citing a retrieved passage; using the extractive answer", name);
            return fallback.compose(question, context, language, passages, named);
        }
        return grounded;
    }

    /**
     * Checks the model's citations and renumbers them in order of appearance.
     *
     * @return the composition, or {@link Composition#none()} when nothing or something unknown is cited
     */
    static Composition ground(String text, List<Passage> passages) {
        if (text == null || text.isBlank()) {
            return Composition.none();
        }
        Map<Integer, Integer> renumber = new LinkedHashMap<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            for (String number : m.group(1).split("\\s*,\\s*")) {
                int n = Integer.parseInt(number.strip());
                if (n < 1 || n > passages.size()) {
                    return Composition.none();
                }
                renumber.putIfAbsent(n, renumber.size() + 1);
            }
        }
        if (renumber.isEmpty()) {
            return Composition.none();
        }
        List<Passage> cited = new ArrayList<>();
        renumber.keySet().forEach(n -> cited.add(passages.get(n - 1)));
        String renumbered = MARKER.matcher(text).replaceAll(r -> {
            StringBuilder out = new StringBuilder();
            for (String number : r.group(1).split("\\s*,\\s*")) {
                out.append('[').append(renumber.get(Integer.parseInt(number.strip()))).append(']');
            }
            return Matcher.quoteReplacement(out.toString());
        });
        return new Composition(renumbered.strip(), cited, false);
    }

    private static String shorten(String message) {
        if (message == null) {
            return "";
        }
        String flat = message.replaceAll("\\s+", " ");
        return flat.length() > MAX_REASON ? flat.substring(0, MAX_REASON) + "…" : flat;
    }
}
