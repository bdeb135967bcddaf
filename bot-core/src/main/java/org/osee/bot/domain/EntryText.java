package org.osee.bot.domain;

import java.util.Locale;
import org.osee.knowledge.BadInputException;

/**
 * What a knowledge entry says, checked: a question and an answer (required), a title (the question's first line when
 * blank) and a language code (two or three letters, {@code en} when blank). Text is kept as written; it is never
 * parsed as Markdown and only ever shown escaped.
 */
public record EntryText(String title, String question, String answer, String language) {
    public static final int MAX_TITLE = 300;
    public static final int MAX_TEXT = 20_000;

    public EntryText {
        question = required("question", question);
        answer = required("answer", answer);
        title = title == null || title.isBlank() ? firstLine(question) : title.replaceAll("\\s+", " ").strip();
        if (title.length() > MAX_TITLE) {
            throw new BadInputException("\"title\" is longer than " + MAX_TITLE + " characters");
        }
        language = language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        if (!language.matches("[a-z]{2,3}")) {
            throw new BadInputException("\"language\" must be a two- or three-letter code such as en or fr, was '"
                    + language.replaceAll("[^\\p{Alnum}-]", "?") + "'");
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadInputException("\"" + field + "\" is required");
        }
        if (value.length() > MAX_TEXT) {
            throw new BadInputException("\"" + field + "\" is longer than " + MAX_TEXT + " characters");
        }
        return value.strip();
    }

    private static String firstLine(String text) {
        String line = text.lines().filter(l -> !l.isBlank()).findFirst().orElse(text).replaceAll("\\s+", " ").strip();
        return line.length() <= 120 ? line : line.substring(0, 117).strip() + "...";
    }
}
