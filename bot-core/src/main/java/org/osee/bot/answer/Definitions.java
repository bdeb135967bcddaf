package org.osee.bot.answer;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osee.knowledge.Passage;
import org.osee.knowledge.text.PlainText;

/**
 * Questions that ask what something is, and the sentences that say it. "What is an OSPO?", "Qu'est-ce qu'un
 * codebase ?", "¿Qué es una OSPO?", "O que é um bem público digital?", "What does SBOM mean?" or "codebase: ¿qué
 * significa?" ask for a definition of at most {@value #MAX_TERMS} content words; a sentence defines them when they
 * open it, before a copula or "means" ("An OSPO is ...", "Un OSPO est ...", "Una OSPO es ...", "SBOM stands for
 * ..."). Every page about OSPOs says "OSPO" in every sentence, so without this the answer to "What is an OSPO?"
 * is whichever sentence of the best-scored page comes first.
 */
final class Definitions {
    /** A defined subject is at most this many content words ("digital public good"). */
    static final int MAX_TERMS = 3;
    /** The copula comes within this many words of the sentence's start. */
    private static final int MAX_SUBJECT_WORDS = 8;
    /** A sentence's subject and copula lie within its first {@value #MAX_SUBJECT_WORDS} words: these characters. */
    private static final int OPENING_CHARS = 240;
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?:])\\s+|\\n+");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s*([-*+]|\\d+[.)])\\s+");
    private static final Pattern WORD_OR_BRACKET = Pattern.compile("[()]|[\\p{L}\\p{N}]+");

    private static final List<List<String>> OPENINGS = List.of(
            List.of("what", "is"), List.of("what", "are"), List.of("what", "s"), List.of("whats"),
            List.of("define"), List.of("definition", "of"), List.of("meaning", "of"),
            List.of("qu", "est", "ce", "que"), List.of("qu", "est", "ce", "qu"), List.of("c", "est", "quoi"),
            List.of("que", "signifie"), List.of("que", "veut", "dire"),
            List.of("que", "es"), List.of("que", "son"), List.of("que", "significa"),
            List.of("que", "quiere", "decir"), List.of("o", "que", "e"), List.of("o", "que", "sao"),
            List.of("o", "que", "significa"), List.of("o", "que", "quer", "dizer"));
    private static final List<List<String>> CLOSINGS = List.of(
            List.of("mean"), List.of("stand", "for"), List.of("stands", "for"), List.of("what", "is", "it"), List.of("qu", "est", "ce", "que", "c", "est"),
            List.of("que", "signifie"), List.of("que", "es"), List.of("que", "significa"), List.of("o", "que", "e"));
    private static final Set<String> COPULAS = Set.of("is", "are", "means", "refers", "stands", "est", "sont",
            "designe", "signifie", "es", "son", "significa", "e", "sao");

    /** The words a defining sentence may open with before its subject ("An OSPO is", "Un code de conduite est"). */
    private static final Set<String> ARTICLES = Set.of("a", "an", "the", "un", "une", "le", "la", "les", "l", "el",
            "los", "las", "lo", "una", "uno", "unos", "unas", "des", "o", "os", "as", "um", "uma", "uns", "umas");

    private Definitions() {
    }

    /**
     * The match keys ({@link Terms#key}) of what the question asks to define; empty when it asks something else or
     * the subject has more than {@value #MAX_TERMS} content words.
     */
    static Set<String> asked(String question) {
        if (question == null) {
            return Set.of();
        }
        List<String> tokens = Terms.tokens(question);
        List<String> subject = null;
        for (List<String> opening : OPENINGS) {
            if (startsWith(tokens, opening)) {
                subject = tokens.subList(opening.size(), tokens.size());
                break;
            }
        }
        for (int i = 0; subject == null && i < CLOSINGS.size(); i++) {
            List<String> closing = CLOSINGS.get(i);
            if (tokens.size() > closing.size() && tokens.subList(tokens.size() - closing.size(), tokens.size())
                    .equals(closing)) {
                subject = tokens.subList(0, tokens.size() - closing.size());
            }
        }
        if (subject == null) {
            return Set.of();
        }
        Set<String> keys = new LinkedHashSet<>(Terms.contentTerms(String.join(" ", subject)));
        return keys.size() <= MAX_TERMS ? keys : Set.of();
    }

    /**
     * What the question asks to define, in its own words and, for a question in another language than English, in
     * its English translation's ("O que é software livre?": "software livre" and "free software"), for passages in
     * either language; empty when it asks something else.
     *
     * @param inEnglish the question's English translation by its language, or {@code null}
     */
    static List<Set<String>> asked(String question, String language, BiFunction<String, String, String> inEnglish) {
        Set<String> own = asked(question);
        if (own.isEmpty()) {
            return List.of();
        }
        String english = inEnglish == null || language == null || "en".equals(language) ? null
                : inEnglish.apply(question, language);
        Set<String> translated = english == null ? Set.of() : asked(english);
        return translated.isEmpty() || translated.equals(own) ? List.of(own) : List.of(own, translated);
    }

    /**
     * Whether a passage says what one of the asked subjects is, as {@link #unitDefines} reads a unit, sentence by
     * sentence: for looking through a document's every passage. A passage whose text and section lack a key of every
     * subject is not read further, nor a sentence whose opening lacks them. It does not split the passage into the
     * composer's units ({@link PassageUnits}): over twelve definition questions asked six times, that made the
     * look-through's slowest 37 ms instead of 14 (and computing the units' terms too, up to 100 ms).
     */
    static boolean passageDefines(Passage passage, List<Set<String>> asked) {
        if (asked.isEmpty()) {
            return false;
        }
        if (headsAny(passage.section(), asked)) {
            return true; // its first sentence defines the heading's term
        }
        String folded = PlainText.fold(passage.text());
        if (!holdsAll(Terms.respelled(folded), asked)) {
            return false;
        }
        for (String sentence : SENTENCE_BREAK.split(folded)) {
            String line = LIST_MARK.matcher(sentence).replaceFirst("");
            String opening = line.length() > OPENING_CHARS ? line.substring(0, OPENING_CHARS) : line;
            if (holdsAll(Terms.respelled(opening), asked) && definesAny(opening, asked)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a unit of a passage says what one of the asked subjects is: in its own words ({@link #defines}), or as
     * the first unit of a section headed by the subject alone ({@link #heads}).
     */
    static boolean unitDefines(String text, int position, String section, List<Set<String>> asked) {
        return definesAny(text, asked) || position == 0 && headsAny(section, asked);
    }

    /** Whether the respelled text holds every key of one of the asked subjects. */
    private static boolean holdsAll(String respelled, List<Set<String>> asked) {
        return asked.stream().anyMatch(keys -> keys.stream().allMatch(respelled::contains));
    }

    /** Whether the sentence defines any of the {@link #asked(String, String, BiFunction)} subjects. */
    static boolean definesAny(String sentence, List<Set<String>> asked) {
        return asked.stream().anyMatch(keys -> defines(sentence, keys));
    }

    /** Whether the section's own heading is any of the asked subjects, see {@link #heads(String, Set)}. */
    static boolean headsAny(String section, List<Set<String>> asked) {
        return asked.stream().anyMatch(keys -> heads(section, keys));
    }

    /**
     * Whether the sentence opens by naming what was asked and then says what it is: its words before a copula
     * within the first {@value #MAX_SUBJECT_WORDS} are the asked terms ("An OSPO is"), or they spell out the asked
     * terms given in brackets ("An open source program office (OSPO) is"), an article at most before them. "The OSPO
     * Associate is" does not define an OSPO, nor "The process is" a process to request access, nor "If the codebase
     * is in early development" a codebase.
     */
    static boolean defines(String sentence, Set<String> asked) {
        if (asked.isEmpty()) {
            return false;
        }
        Set<String> outside = new HashSet<>();
        Set<String> inside = new HashSet<>();
        Matcher m = WORD_OR_BRACKET.matcher(PlainText.fold(sentence));
        int depth = 0;
        for (int words = 0; m.find() && words <= MAX_SUBJECT_WORDS; ) {
            String token = m.group();
            if (token.equals("(")) {
                depth++;
            } else if (token.equals(")")) {
                depth = Math.max(0, depth - 1);
            } else {
                words++;
                if (depth == 0 && COPULAS.contains(token)) {
                    return outside.equals(asked) || !outside.isEmpty() && inside.equals(asked);
                }
                if (!Terms.isStopWord(token)) {
                    (depth == 0 ? outside : inside).add(Terms.key(token));
                } else if (outside.isEmpty() && inside.isEmpty() && !ARTICLES.contains(token)) {
                    return false; // "If the codebase is in early development" says when, not what
                }
            }
        }
        return false;
    }

    /**
     * Whether a section's own heading (the last of its path, "Glossary > Codebase") is what was asked and nothing
     * else: a glossary entry, whose first sentence is the definition though it does not repeat the term ("Any
     * discrete package of code ..."). A heading that says more ("Defining an OSPO") does not count: such a section is
     * often longer than a passage, and a passage of it may start in its middle ("OSPOs can vary across
     * organizations."); its opening sentence names the term anyway ("An OSPO is designed to ...").
     */
    static boolean heads(String section, Set<String> asked) {
        if (asked.isEmpty() || section == null || section.isBlank()) {
            return false;
        }
        int cut = section.lastIndexOf(" > ");
        return Terms.contentTerms(cut < 0 ? section : section.substring(cut + 3)).equals(asked);
    }

    private static boolean startsWith(List<String> tokens, List<String> prefix) {
        return tokens.size() > prefix.size() && tokens.subList(0, prefix.size()).equals(prefix);
    }
}
