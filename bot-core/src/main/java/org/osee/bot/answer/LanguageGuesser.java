package org.osee.bot.answer;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.util.List;
import org.osee.knowledge.OseeException;

/**
 * Guesses the language of a message among those the assistant speaks (en, fr, es, pt). Short or
 * ambiguous texts fall back to the conversation's language, then to English. Thread-safe; build
 * one and share it, loading the profiles takes a moment.
 */
public final class LanguageGuesser {
    private static final int MIN_LETTERS = 12;
    private static final double MIN_PROBABILITY = 0.80;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingShortCleanText();

    /** Loads the built-in profiles of the four supported languages. */
    public LanguageGuesser() {
        try {
            List<LdLocale> locales = Phrases.LANGUAGES.stream().map(LdLocale::fromString).toList();
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readBuiltIn(locales))
                    .build();
        } catch (IOException e) {
            throw new OseeException("cannot load the language profiles", e);
        }
    }

    /**
     * @param text     the message
     * @param fallback the conversation's language so far, or {@code null}
     * @return an ISO 639-1 code among {@link Phrases#LANGUAGES}
     */
    public String guess(String text, String fallback) {
        String safeFallback = Phrases.supported(fallback);
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters < MIN_LETTERS || Terms.tokens(text).size() < 3) {
            return safeFallback;
        }
        List<DetectedLanguage> found = detector.getProbabilities(texts.forText(text));
        if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
            return safeFallback;
        }
        return Phrases.supported(found.get(0).getLocale().getLanguage());
    }
}
