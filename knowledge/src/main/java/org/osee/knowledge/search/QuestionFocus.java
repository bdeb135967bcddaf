package org.osee.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The focus of a long question: people write a paragraph of context and one real question. When
 * a question has several sentences and some of them ask (end with "?", or open with "¿"), those
 * are its focus, which retrieval weighs above the context; a question of one sentence, or with no
 * asking sentence, has no separate focus.
 */
final class QuestionFocus {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+|\\n\\s*\\n");

    private QuestionFocus() {
    }

    /** The asking sentences of a question of several sentences, or {@code null}. */
    static String of(String question) {
        List<String> sentences = new ArrayList<>();
        for (String s : SENTENCE_END.split(question.strip())) {
            if (!s.isBlank()) {
                sentences.add(s.strip());
            }
        }
        if (sentences.size() < 2) {
            return null;
        }
        List<String> asking = sentences.stream().filter(QuestionFocus::asks).toList();
        if (asking.isEmpty() || asking.size() == sentences.size()) {
            return null;
        }
        return String.join(" ", asking);
    }

    private static boolean asks(String sentence) {
        return sentence.endsWith("?") || sentence.startsWith("¿");
    }
}
