package org.osee.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a configuration tree against the records it binds to, before binding: every key must be a component of
 * its record (kebab-case), every value must read as its component's type. Values are normalised in place
 * (durations to ISO-8601, enum constants to their names, comma-separated text to lists), so that binding cannot
 * fail on them. All problems are collected, one line each, naming the key.
 */
final class ConfigSchema {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ConfigSchema() {}

    /** Problems found in {@code tree} read as {@code type}; empty when it binds. */
    static List<String> check(ObjectNode tree, Class<?> type) {
        List<String> problems = new ArrayList<>();
        checkRecord(tree, type, "", problems);
        return problems;
    }

    /** The record's components by their key in the file. */
    static Map<String, RecordComponent> keys(Class<?> type) {
        Map<String, RecordComponent> out = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            out.put(kebab(c.getName()), c);
        }
        return out;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static void checkRecord(ObjectNode node, Class<?> type, String path, List<String> problems) {
        Map<String, RecordComponent> keys = keys(type);
        for (String name : iterable(node)) {
            String key = path.isEmpty() ? name : path + "." + name;
            RecordComponent component = keys.get(name);
            if (component == null) {
                problems.add(key + ": unknown key" + suggestion(name, keys.keySet()));
                continue;
            }
            JsonNode value = node.get(name);
            if (value == null || value.isNull() || value.isMissingNode()) {
                node.remove(name); // absent: the default
                continue;
            }
            try {
                JsonNode normal = normalise(value, component.getType(), component.getGenericType(), key, problems);
                if (normal != null) {
                    node.set(name, normal);
                }
            } catch (IllegalArgumentException e) {
                problems.add(key + ": " + e.getMessage());
            }
        }
    }

    private static List<String> iterable(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The value in the form binding expects, or {@code null} when it was a nested record (checked in place). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static JsonNode normalise(JsonNode value, Class<?> type, Type generic, String key, List<String> problems) {
        if (type.isRecord()) {
            if (!value.isObject()) {
                throw new IllegalArgumentException("must be a section of keys (" + String.join(", ", keys(type).keySet())
                        + "), was '" + value.asText() + "'");
            }
            checkRecord((ObjectNode) value, type, key, problems);
            return null;
        }
        if (List.class.isAssignableFrom(type)) {
            return list(value, generic);
        }
        if (value.isContainerNode()) {
            throw new IllegalArgumentException("must be a single value, not a " + (value.isArray() ? "list" : "section"));
        }
        String text = value.asText().strip();
        if (type == String.class || type == Path.class) {
            return NODES.textNode(value.asText());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return NODES.numberNode(wholeNumber(text, type == Integer.class || type == int.class));
        }
        if (type == Double.class || type == double.class) {
            try {
                return NODES.numberNode(Double.parseDouble(text));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("must be a number, was '" + text + "'");
            }
        }
        if (type == Boolean.class || type == boolean.class) {
            String b = text.toLowerCase(Locale.ROOT);
            if (!b.equals("true") && !b.equals("false")) {
                throw new IllegalArgumentException("must be true or false, was '" + text + "'");
            }
            return NODES.booleanNode(Boolean.parseBoolean(b));
        }
        if (type == Duration.class) {
            return NODES.textNode(ConfigValues.duration(text).toString());
        }
        if (type.isEnum()) {
            return NODES.textNode(ConfigValues.enumValue((Class<Enum>) type, text).name());
        }
        throw new IllegalStateException("configuration type " + type.getName() + " of " + key + " is not supported");
    }

    private static long wholeNumber(String text, boolean intRange) {
        long n;
        try {
            n = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number, was '" + text + "'");
        }
        if (intRange && (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("is too large, was " + text);
        }
        return n;
    }

    private static ArrayNode list(JsonNode value, Type generic) {
        if (!(generic instanceof ParameterizedType p) || p.getActualTypeArguments()[0] != String.class) {
            throw new IllegalStateException("only lists of text are supported in the configuration");
        }
        ArrayNode out = NODES.arrayNode();
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (item.isContainerNode()) {
                    throw new IllegalArgumentException("must be a list of single values");
                }
                out.add(item.asText().strip());
            }
        } else if (value.isObject()) {
            throw new IllegalArgumentException("must be a list, not a section");
        } else {
            for (String item : value.asText().split(",")) {
                if (!item.isBlank()) {
                    out.add(item.strip());
                }
            }
        }
        return out;
    }

    /** " (did you mean 'x'?)" for a known key at most two edits away, else the known keys. */
    private static String suggestion(String name, Iterable<String> known) {
        String best = null;
        int bestDistance = 3;
        List<String> all = new ArrayList<>();
        for (String k : known) {
            all.add(k);
            int d = distance(name, k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        return best != null ? " (did you mean '" + best + "'?)" : " (known: " + String.join(", ", all) + ")";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
