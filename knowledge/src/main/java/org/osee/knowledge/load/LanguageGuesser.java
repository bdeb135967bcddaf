package org.osee.knowledge.load;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.osee.knowledge.OseeException;

/**
 * Guesses the language of a text with optimaize's n-gram profiles. Returns an ISO 639-1 code, or
 * {@code null} when unsure. Thread-safe; the profiles load once, on first use.
 */
public final class LanguageGuesser {
    private static final int SAMPLE_CHARS = 4000;

    private LanguageGuesser() {
    }

    /** The language of a document's text, or {@code null} when no language reaches the given confidence. */
    public static String guess(String text, double minProbability) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        TextObjectFactory factory = sample.length() < 200 ? Holder.SHORT : Holder.LARGE;
        List<DetectedLanguage> found = Holder.DETECTOR.getProbabilities(factory.forText(sample));
        if (found.isEmpty() || found.get(0).getProbability() < minProbability) {
            return null;
        }
        return found.get(0).getLocale().getLanguage();
    }

    /** Loads the language profiles now (a few seconds), so the first document read does not pay for them. */
    public static void warmUp() {
        Holder.DETECTOR.getClass();
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

    private static final class Holder {
        static final LanguageDetector DETECTOR = load();
        static final TextObjectFactory SHORT = CommonTextObjectFactories.forDetectingShortCleanText();
        static final TextObjectFactory LARGE = CommonTextObjectFactories.forDetectingOnLargeText();

        private static LanguageDetector load() {
            try {
                return LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .build();
            } catch (IOException e) {
                throw new OseeException("cannot load the language profiles", e);
            }
        }
    }
}
