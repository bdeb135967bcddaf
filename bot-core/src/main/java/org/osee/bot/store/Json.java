package org.osee.bot.store;

import java.util.List;
import java.util.Map;

import org.osee.bot.domain.Citation;
import org.osee.bot.domain.RetrievedPassage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON text columns: citations, retrieved passages and connector metadata. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<Citation>> CITATIONS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> METADATA = new TypeReference<>() { };
    private static final TypeReference<List<RetrievedPassage>> RETRIEVED = new TypeReference<>() { };

    private Json() {
    }

    static String citations(List<Citation> citations) {
        return write(citations);
    }

    static List<Citation> citations(String json) {
        return read(json, CITATIONS);
    }

    /** The passages a bot reply rested on; {@code null} (nothing stored) when there are none. */
    static String retrieved(List<RetrievedPassage> passages) {
        return passages.isEmpty() ? null : write(passages);
    }

    static List<RetrievedPassage> retrieved(String json) {
        return json == null || json.isBlank() ? List.of() : read(json, RETRIEVED);
    }

    static String metadata(Map<String, String> metadata) {
        return write(metadata);
    }

    static Map<String, String> metadata(String json) {
        return read(json, METADATA);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is malformed: " + e.getOriginalMessage(), e);
        }
    }
}
