package org.osee.knowledge.load;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The simple {@code key: value} (YAML, between {@code ---}) or {@code key = value} (TOML, between
 * {@code +++}) header of a Markdown file. Only top-level scalar values are read; lists and nested
 * maps are ignored.
 *
 * @param values lower-case keys to unquoted values
 * @param body   the text after the header
 */
public record FrontMatter(Map<String, String> values, String body) {
    public FrontMatter {
        values = Map.copyOf(values);
    }

    public static FrontMatter parse(String text) {
        String fence = text.startsWith("---") ? "---" : text.startsWith("+++") ? "+++" : null;
        int firstEol = text.indexOf('\n');
        if (fence == null || firstEol < 0 || !text.substring(0, firstEol).strip().equals(fence)) {
            return new FrontMatter(Map.of(), text);
        }
        Map<String, String> values = new HashMap<>();
        int pos = firstEol + 1;
        while (pos < text.length()) {
            int eol = text.indexOf('\n', pos);
            int end = eol < 0 ? text.length() : eol;
            String line = text.substring(pos, end);
            pos = end + 1;
            if (line.strip().equals(fence)) {
                return new FrontMatter(values, pos >= text.length() ? "" : text.substring(pos));
            }
            readLine(line, fence.equals("---") ? ':' : '=', values);
        }
        return new FrontMatter(Map.of(), text);
    }

    /** The value of the first key present, or {@code null}. */
    public String get(String... keys) {
        for (String key : keys) {
            String v = values.get(key);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static void readLine(String line, char separator, Map<String, String> values) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#")) {
            return;
        }
        int sep = line.indexOf(separator);
        if (sep <= 0) {
            return;
        }
        String key = line.substring(0, sep).strip().toLowerCase(Locale.ROOT);
        String value = unquote(line.substring(sep + 1).strip());
        if (!value.isEmpty() && !value.startsWith("[") && !value.startsWith("{") && !value.equals("|")
                && !value.equals(">")) {
            values.putIfAbsent(key, value);
        }
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
            return v.substring(1, v.length() - 1).replace("\\\"", "\"");
        }
        return v;
    }
}
