package org.osee.bot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osee.knowledge.Passage;
import org.osee.knowledge.text.PlainText;

/**
 * Checks whether retrieved passages can ground an answer to a question. The signal used here:
 * specific names in the question (acronyms, CamelCase identifiers, file names, capitalised words
 * inside a sentence) that no retrieved passage mentions, nor the best passage's whole document. A question about something the
 * documents never name is one they are unlikely to answer, however close the topic.
 */
public final class Grounding {
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{L}[\\p{L}\\p{N}]*(?:[.\\-][\\p{L}\\p{N}]+)*)");
    private static final Pattern ABBREVIATION = Pattern.compile("(\\p{L}\\.)+\\p{L}?");

    private Grounding() {
    }

    /** The specific names in a question, as written. */
    public static List<String> names(String question) {
        List<String> out = new ArrayList<>();
        Matcher m = NAME.matcher(question);
        while (m.find()) {
            String word = m.group(1);
            boolean startsSentence = PlainText.opensSentence(question, m.start(), false);
            if (isName(word, startsSentence)) {
                out.add(word);
            }
        }
        return out;
    }

    /**
     * Names of the question that appear in none of the passages (title, section or text). Only the question's
     * focus counts: a greeting, a sign-off and a signature (a name, a job title) are not part of what is asked.
     */
    public static List<String> missingNames(String question, List<Passage> passages) {
        List<String> names = names(QuestionFocus.of(question).question());
        if (names.isEmpty()) {
            return List.of();
        }
        StringBuilder all = new StringBuilder();
        for (Passage p : passages) {
            all.append(p.title()).append(' ').append(p.section()).append(' ').append(p.text()).append(' ');
        }
        return notIn(names, all.toString());
    }

    /**
     * Names of the question that appear in none of the passages nor anywhere in the best passage's document. A guide
     * names its publisher or its country once, in its introduction ("the Government of Canada"), not in every section:
     * a question that names them too is about that guide, whichever section answers it.
     *
     * @param documentText a document's whole text by its source, or {@code null} when it cannot be read
     */
    public static List<String> missingNames(String question, List<Passage> passages,
                                            Function<String, String> documentText) {
        List<String> missing = missingNames(question, passages);
        if (missing.isEmpty() || passages.isEmpty()) {
            return missing;
        }
        String whole = documentText.apply(passages.get(0).source());
        return whole == null ? missing : notIn(missing, whole);
    }

    private static List<String> notIn(List<String> names, String text) {
        String haystack = Terms.fold(text);
        Set<String> missing = new LinkedHashSet<>();
        for (String name : names) {
            String needle = Terms.fold(name).replaceAll("'s$", "");
            if (!haystack.contains(needle)) {
                missing.add(name);
            }
        }
        return List.copyOf(missing);
    }

    private static boolean isName(String word, boolean startsSentence) {
        boolean allCaps = word.length() >= 2 && word.equals(word.toUpperCase()) && word.chars().anyMatch(Character::isLetter);
        boolean camel = word.chars().skip(1).anyMatch(Character::isUpperCase) && word.chars().anyMatch(Character::isLowerCase);
        boolean dotted = word.contains(".") && !ABBREVIATION.matcher(word).matches();
        boolean capitalised = Character.isUpperCase(word.charAt(0)) && !startsSentence && word.length() > 1;
        return allCaps || camel || dotted || capitalised;
    }
}
