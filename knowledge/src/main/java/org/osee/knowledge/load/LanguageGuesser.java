package org.osee.knowledge.load;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.osee.knowledge.OseeException;

/**
 * The one language detector of the project (documents at ingest, questions at retrieval, messages
 * in the assistant), on optimaize's n-gram profiles. Two uses:
 * <ul>
 *   <li>{@link #guess(String, double)}: a document's language among all the built-in profiles, or
 *       {@code null} when unsure (documents may be in any language);</li>
 *   <li>{@link #guess(String, String)}: a message's language among the four the assistant speaks
 *       ({@link #SUPPORTED}: en, fr, es, pt), falling back to the conversation's language, then to
 *       English, for short or ambiguous texts;</li>
 *   <li>{@link #guessSupported(String, double)}: the same four-language detection without fallback,
 *       {@code null} when unsure (the retriever's question language).</li>
 * </ul>
 * Thread-safe; the profiles load on first use (the all-language ones again after they were released, see
 * {@link #allProfiles()}), and instances are cheap.
 */
public final class LanguageGuesser {
    /** The languages the assistant speaks and detects in messages. */
    public static final List<String> SUPPORTED = List.of("en", "fr", "es", "pt");

    private static final int SAMPLE_CHARS = 4000;
    private static final int MIN_LETTERS = 12;
    private static final int MIN_WORDS = 3;
    private static final double MESSAGE_MIN_PROBABILITY = 0.80;
    /**
     * Below this many characters the n-grams are read with the short-text profile, where one word can outweigh the
     * rest ("¿Qué es una OSPO?" reads as French, by "qué"), so the text's function words decide first when they
     * clearly can ({@link FunctionWords}).
     */
    private static final int SHORT_TEXT_CHARS = 200;
    private static final Pattern PORTUGUESE_TILDE = Pattern.compile("[ãõÃÕ]");
    private static volatile SoftReference<LanguageDetector> allProfiles = new SoftReference<>(null);

    /** An instance for the message API ({@link #guess(String, String)}); shares the loaded profiles. */
    public LanguageGuesser() {
    }

    /** The language of a document's text, or {@code null} when no language reaches the given confidence. */
    public static String guess(String text, double minProbability) {
        return best(allProfiles(), text, minProbability);
    }

    /**
     * The language of a text among {@link #SUPPORTED}. For a text of fewer than three words or twelve letters, the
     * language one vote ahead by its function words or spelling ("O que é um OSPO?", eleven letters, is Portuguese by
     * "é" and "um"; "¿OSPO?" Spanish). For a text under {@value #SHORT_TEXT_CHARS} characters, the language its
     * function words clearly point to ({@link FunctionWords}), else the n-grams' when they reach the confidence and
     * the function words do not contradict them ("O que é software livre?" reads as English by its n-grams, though it
     * holds no English function word and three Portuguese ones; "O que é inner source?" as French), else the language
     * one function word or spelling puts ahead. For a longer text, the n-grams', else its spelling's
     * ({@link #spelledAs}). {@code null} when none tells.
     */
    public static String guessSupported(String text, double minProbability) {
        if (text == null) {
            return null;
        }
        if (tooShort(text)) {
            return FunctionWords.leader(text, 1);
        }
        boolean shortText = text.length() < SHORT_TEXT_CHARS;
        String worded = shortText ? FunctionWords.leader(text, FunctionWords.MARGIN) : null;
        if (worded != null) {
            return worded;
        }
        String found = best(Holder.SUPPORTED_ONLY, text, minProbability);
        if (found != null && !(shortText && FunctionWords.contradict(text, found))) {
            return found;
        }
        String ahead = shortText ? FunctionWords.leader(text, 1) : null;
        return ahead != null ? ahead : spelledAs(text);
    }

    /**
     * The one supported language whose spelling the text shows when the n-grams cannot tell: Spanish alone of the four
     * opens a question or an exclamation with an inverted mark ("codebase: ¿qué significa?"), Portuguese alone writes
     * a nasal vowel with a tilde ("bem público: são quais as regras?"); {@code null} when the text shows neither or
     * both.
     */
    static String spelledAs(String text) {
        boolean spanish = text.indexOf('¿') >= 0 || text.indexOf('¡') >= 0;
        boolean portuguese = PORTUGUESE_TILDE.matcher(text).find();
        return spanish == portuguese ? null : spanish ? "es" : "pt";
    }

    /**
     * The language of a message, always one of {@link #SUPPORTED}.
     *
     * @param text     the message
     * @param fallback the conversation's language so far, or {@code null}
     * @return the detected language; for short or ambiguous texts the fallback when supported, else "en"
     */
    public String guess(String text, String fallback) {
        String safeFallback = fallback != null && SUPPORTED.contains(fallback) ? fallback : "en";
        String found = guessSupported(text, MESSAGE_MIN_PROBABILITY);
        return found == null ? safeFallback : found;
    }

    /** Loads the language profiles now (a few seconds), so the first document or message does not pay for them. */
    public static void warmUp() {
        allProfiles().getClass();
        Holder.SUPPORTED_ONLY.getClass();
    }

    /**
     * The detector of every built-in language, held softly: its profiles take about 66 MB of heap (an array of 71
     * probabilities for each of 118,000 n-grams), and only documents need them, so a server that ingested at start
     * gives them back once they have gone unused for a while (the collector clears a soft reference after about a
     * second per free MiB of heap); the next ingest loads them again.
     */
    private static LanguageDetector allProfiles() {
        LanguageDetector detector = allProfiles.get();
        if (detector == null) {
            synchronized (LanguageGuesser.class) {
                detector = allProfiles.get();
                if (detector == null) {
                    detector = Holder.load(null);
                    allProfiles = new SoftReference<>(detector);
                }
            }
        }
        return detector;
    }

    /** "fr-CA", "FR", "fr_ca" → "fr"; blank → {@code null}. */
    public static String normalize(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String code = declared.strip().toLowerCase(Locale.ROOT);
        int cut = code.indexOf('-') >= 0 ? code.indexOf('-') : code.indexOf('_');
        return cut > 0 ? code.substring(0, cut) : code;
    }

    private static boolean tooShort(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS) {
            return true;
        }
        int words = 0;
        for (String token : text.split("[^\\p{L}\\p{N}]+")) {
            if (!token.isEmpty() && ++words >= MIN_WORDS) {
                return false;
            }
        }
        return true;
    }

    private static String best(LanguageDetector detector, String text, double minProbability) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        TextObjectFactory factory = sample.length() < 200 ? Holder.SHORT : Holder.LARGE;
        List<DetectedLanguage> found = detector.getProbabilities(factory.forText(sample));
        if (found.isEmpty() || found.get(0).getProbability() < minProbability) {
            return null;
        }
        return found.get(0).getLocale().getLanguage();
    }

    private static final class Holder {
        static final LanguageDetector SUPPORTED_ONLY = load(SUPPORTED);
        static final TextObjectFactory SHORT = CommonTextObjectFactories.forDetectingShortCleanText();
        static final TextObjectFactory LARGE = CommonTextObjectFactories.forDetectingOnLargeText();

        static LanguageDetector load(List<String> only) {
            try {
                LanguageProfileReader reader = new LanguageProfileReader();
                return LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(only == null ? reader.readAllBuiltIn()
                                : reader.readBuiltIn(only.stream().map(LdLocale::fromString).toList()))
                        .build();
            } catch (IOException e) {
                throw new OseeException("cannot load the language profiles", e);
            }
        }
    }
}
