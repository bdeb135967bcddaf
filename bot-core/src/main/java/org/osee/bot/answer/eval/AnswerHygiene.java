package org.osee.bot.answer.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.osee.knowledge.load.AnswerMaterial;
import org.osee.knowledge.load.LanguageGuesser;
import org.osee.bot.answer.ExtractiveComposer;
import org.osee.bot.answer.Terms;
import org.osee.bot.domain.Decision;

/**
 * How answers read, over the answered questions of an evaluation: the share with a sentence fragment (a sentence
 * that starts in lower case, ends without punctuation, or carries ";." or ",."), the share mixing languages (two
 * paragraphs of the answer in different languages), and the share citing a page that is not a guide (a pack's
 * README, licence, changelog, contributing guide, code of conduct, notice or provenance file, or a navigation page;
 * see {@link #isNonGuide}), and the share quoting out of context (an excerpt that opens leaning on a sentence it does
 * not quote, "It also...", "But...", or that ends on a question of the document's without its answer; see
 * {@link #outOfContext}).
 *
 * @param answers      answers looked at
 * @param fragments    share of them with a sentence fragment
 * @param mixed        share of them mixing languages
 * @param nonGuide     share of them citing a non-guide page
 * @param outOfContext share of them quoting out of context
 */
public record AnswerHygiene(int answers, double fragments, double mixed, double nonGuide, double outOfContext) {
    private static final Pattern MARKER = Pattern.compile("\\s*\\[\\d+]");
    /** A sentence ends before a capital, a digit or an opening mark: "etc. for" and "i.e. the" go on. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+(?=[\\p{Lu}\\d\"«“¿¡(\\[])");
    /** Licences, anywhere. */
    private static final Pattern LICENCE = Pattern.compile("(?i)(^|/)(licen[cs]e|copying)(\\.[a-z]+)?$");
    /** Files about a pack, at the top of the ingested folder or of a folder directly in it (a pack among packs). */
    private static final Pattern PACK_FILE = Pattern.compile("(?i)^([^/]+/)?(readme|changelog|changes|history"
            + "|contributing|code_of_conduct|authors|contributors|maintainers|notices?|source)(\\.[a-z]+)?$");
    private static final int MIN_WORDS_TO_DETECT = 8;

    /** The figures of the answered outcomes of a run. */
    public static AnswerHygiene of(List<EvalOutcome> outcomes, LanguageGuesser languages) {
        List<EvalOutcome> answered = outcomes.stream().filter(o -> o.decision() == Decision.ANSWER
                && !o.cited().isEmpty()).toList();
        long fragments = answered.stream().filter(o -> hasFragment(o.answer())).count();
        long mixed = answered.stream().filter(o -> mixesLanguages(o.answer(), o.language(), languages)).count();
        long nonGuide = answered.stream().filter(o -> o.cited().stream().anyMatch(AnswerHygiene::isNonGuide)).count();
        long outOfContext = answered.stream().filter(o -> outOfContext(o.answer())).count();
        int n = answered.size();
        return new AnswerHygiene(n, share(fragments, n), share(mixed, n), share(nonGuide, n), share(outOfContext, n));
    }

    /**
     * True when an excerpt of the answer (the text before each citation marker) opens with a word that leans on a
     * sentence before it ("This", "It", "But", "However", and their French, Spanish and Portuguese kin) or ends on a
     * question, which the document asks and the excerpt does not answer (a list of questions is quoted as it is).
     */
    public static boolean outOfContext(String answer) {
        for (String excerpt : MARKER.split(answer)) {
            List<String> sentences = sentences(excerpt);
            String[] lines = excerpt.strip().split("\\R");
            boolean endsAsking = !lines[lines.length - 1].startsWith("- ")
                    && !sentences.isEmpty() && sentences.get(sentences.size() - 1).endsWith("?");
            if (!sentences.isEmpty() && (ExtractiveComposer.isAnaphoric(sentences.get(0)) || endsAsking)) {
                return true;
            }
        }
        return false;
    }

    /** True when a sentence of the answer starts in lower case, ends without punctuation, or carries ";." / ",.". */
    public static boolean hasFragment(String answer) {
        for (String sentence : sentences(answer)) {
            int first = sentence.codePointAt(0);
            char last = sentence.charAt(sentence.length() - 1);
            if (Character.isLowerCase(first) || ".!?…:)\"»”'".indexOf(last) < 0 || sentence.contains(";.")
                    || sentence.contains(",.")) {
                return true;
            }
        }
        return false;
    }

    /** True when two paragraphs of the answer (long enough to tell) are in different languages. */
    public static boolean mixesLanguages(String answer, String replyLanguage, LanguageGuesser languages) {
        Set<String> found = new HashSet<>();
        for (String paragraph : answer.split("\\n\\s*\\n")) {
            String plain = MARKER.matcher(paragraph).replaceAll("").strip();
            if (Terms.tokens(plain).size() >= MIN_WORDS_TO_DETECT) {
                found.add(languages.guess(plain, replyLanguage));
            }
        }
        return found.size() > 1;
    }

    /**
     * True for a licence or a table of contents ({@link AnswerMaterial#isTableOfContents}) anywhere, and for a
     * pack's README, changelog, contributing guide, code of conduct, notice or provenance file at the top of the
     * ingested folder or of a folder directly in it.
     * A README deeper in the tree is a chapter's page, a guide.
     */
    public static boolean isNonGuide(String source) {
        return LICENCE.matcher(source).find() || PACK_FILE.matcher(source).matches()
                || AnswerMaterial.isTableOfContents(source.substring(source.lastIndexOf('/') + 1));
    }

    static List<String> sentences(String answer) {
        List<String> out = new ArrayList<>();
        for (String line : answer.split("\\R")) {
            String plain = MARKER.matcher(line).replaceAll("").replaceFirst("^\\s*-\\s+", "").strip();
            for (String s : SENTENCE_END.split(plain)) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }
}
