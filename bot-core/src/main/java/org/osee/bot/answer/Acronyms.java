package org.osee.bot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osee.knowledge.Passage;

/**
 * Acronyms the passages spell out ("open source software (OSS)", "Software Bill of Materials (SBOM)"), so that a
 * sentence saying "OSS" covers a question's "open source software", and a sentence saying "open source program
 * office" a question's "OSPO". An acronym counts as spelled out when the initials of the words before its brackets
 * give it, with or without their function words ("of", "de").
 */
final class Acronyms {
    /** An acronym in brackets: "(OSS)", "(OSPOs)". */
    private static final Pattern BRACKETED = Pattern.compile("\\((\\p{Lu}[\\p{Lu}\\p{N}]{1,7})s?\\)");
    /** A word of the text before the brackets. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}-]*");
    /** The acronym's spelling is looked for among this many words before its brackets. */
    private static final int MAX_WORDS = 8;

    private Acronyms() {
    }

    /** Each acronym's match key to the match keys of its words, as the passages spell them out. */
    static Map<String, Set<String>> spelledIn(List<Passage> passages) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Passage p : passages) {
            String text = p.text();
            Matcher m = BRACKETED.matcher(text);
            while (m.find()) {
                String acronym = m.group(1);
                List<String> spelling = spelling(wordsBefore(text, m.start()), acronym);
                if (spelling != null) {
                    Set<String> keys = Terms.contentTerms(String.join(" ", spelling));
                    if (!keys.isEmpty()) {
                        out.putIfAbsent(Terms.key(Terms.fold(acronym)), keys);
                    }
                }
            }
        }
        return out;
    }

    /** Up to {@value #MAX_WORDS} words right before {@code end}, parts of hyphenated words apart, in order. */
    private static List<String> wordsBefore(String text, int end) {
        int from = end;
        for (int spaces = 0; from > 0 && spaces <= MAX_WORDS && end - from < MAX_WORDS * 20; from--) {
            if (Character.isWhitespace(text.charAt(from - 1))) {
                spaces++;
            }
        }
        List<String> words = new ArrayList<>();
        Matcher w = WORD.matcher(text).region(from, end);
        while (w.find()) {
            words.addAll(List.of(w.group().split("-+")));
        }
        return words.stream().filter(x -> !x.isEmpty()).toList();
    }

    /** The last words before the brackets whose initials spell the acronym, function words counted or not. */
    private static List<String> spelling(List<String> words, String acronym) {
        String letters = acronym.toLowerCase(Locale.ROOT).replaceAll("\\P{L}", "");
        for (int start = words.size() - 1; start >= 0; start--) {
            List<String> tail = words.subList(start, words.size());
            StringBuilder all = new StringBuilder();
            StringBuilder content = new StringBuilder();
            for (String w : tail) {
                String folded = Terms.fold(w);
                all.append(folded.charAt(0));
                if (!Terms.isStopWord(folded)) {
                    content.append(folded.charAt(0));
                }
            }
            if (all.toString().equals(letters) || content.toString().equals(letters)) {
                return tail;
            }
        }
        return null;
    }

    /** The terms with each acronym's words added where it is said, and each acronym added where its words are. */
    static Set<String> expand(Set<String> terms, Map<String, Set<String>> acronyms) {
        Set<String> out = null;
        for (Map.Entry<String, Set<String>> a : acronyms.entrySet()) {
            boolean said = terms.contains(a.getKey());
            boolean spelled = terms.containsAll(a.getValue());
            if (said != spelled) {
                out = out == null ? new HashSet<>(terms) : out;
                if (said) {
                    out.addAll(a.getValue());
                } else {
                    out.add(a.getKey());
                }
            }
        }
        return out == null ? terms : out;
    }
}
