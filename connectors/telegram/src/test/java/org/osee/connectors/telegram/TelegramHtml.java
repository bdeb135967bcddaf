package org.osee.connectors.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram's HTML parse mode as the stand-in checks it: only Telegram's tags, properly nested, {@code <a>} with an
 * {@code href}; every {@code <}, {@code >} and {@code &} outside a tag or a known entity is an error. Returns the
 * text after parsing, whose length Telegram limits.
 */
final class TelegramHtml {
    /** Tag name → whether it needs an attribute. */
    static final Map<String, Boolean> TAGS = Map.ofEntries(Map.entry("b", false), Map.entry("strong", false),
            Map.entry("i", false), Map.entry("em", false), Map.entry("u", false), Map.entry("ins", false),
            Map.entry("s", false), Map.entry("strike", false), Map.entry("del", false), Map.entry("span", true),
            Map.entry("tg-spoiler", false), Map.entry("a", true), Map.entry("code", false), Map.entry("pre", false),
            Map.entry("blockquote", false), Map.entry("tg-emoji", true));
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z-]+)((?:\\s+[a-zA-Z-]+(?:=\"[^\"<>]*\")?)*)\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");

    private TelegramHtml() {
    }

    static String parse(String html) {
        StringBuilder text = new StringBuilder();
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                Matcher m = TAG.matcher(html).region(i, html.length());
                if (!m.lookingAt()) {
                    throw new IllegalArgumentException("Unexpected end tag or unescaped '<' at byte offset " + i);
                }
                String name = m.group(2).toLowerCase();
                if (!TAGS.containsKey(name)) {
                    throw new IllegalArgumentException("Unsupported start tag \"" + name + "\" at byte offset " + i);
                }
                if (m.group(1).isEmpty()) {
                    if (TAGS.get(name) && m.group(3).isBlank()) {
                        throw new IllegalArgumentException("Tag \"" + name + "\" needs an attribute at offset " + i);
                    }
                    open.push(name);
                } else if (open.isEmpty() || !open.pop().equals(name)) {
                    throw new IllegalArgumentException("Can't find end tag corresponding to start tag at " + i);
                }
                i = m.end();
            } else if (c == '&') {
                Matcher m = ENTITY.matcher(html).region(i, html.length());
                if (!m.lookingAt()) {
                    throw new IllegalArgumentException("Can't find end of the entity starting at byte offset " + i);
                }
                String e = m.group(1);
                text.append(switch (e) {
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "amp" -> "&";
                    case "quot" -> "\"";
                    default -> new String(Character.toChars(e.startsWith("#x")
                            ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
                });
                i = m.end();
            } else if (c == '>') {
                throw new IllegalArgumentException("Unescaped '>' at byte offset " + i);
            } else {
                text.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
        }
        return text.toString();
    }
}
