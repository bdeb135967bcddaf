package org.osee.bot.answer;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.osee.knowledge.OseeException;

/**
 * The assistant's phrases in English, French, Spanish and Portuguese, read from the UTF-8 bundles
 * {@code org/osee/bot/answer/phrases*.properties}. Placeholders are {@code {0}}, {@code {1}}...
 */
public final class Phrases {
    /** The bundles' base name. */
    public static final String BUNDLE = "org.osee.bot.answer.phrases";
    /** Languages that have a bundle of their own; any other language is answered in English. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es", "pt");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Phrases() {
    }

    /** The language the assistant will actually speak for a requested one: itself when supported, else "en". */
    public static String supported(String language) {
        return language != null && LANGUAGES.contains(language) ? language : "en";
    }

    /** The phrase in the given language (English when that language has no bundle), placeholders filled. */
    public static String get(Phrase phrase, String language, Object... args) {
        String text = bundle(supported(language)).getString(phrase.key());
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    /** Every translation of a phrase, to recognise it in a conversation's history. */
    public static List<String> allTranslations(Phrase phrase) {
        return LANGUAGES.stream().map(lang -> bundle(lang).getString(phrase.key())).toList();
    }

    /** The bundle of one language, without falling back to the default locale. */
    public static ResourceBundle bundle(String language) {
        Locale locale = "en".equals(language) ? Locale.ROOT : Locale.forLanguageTag(language);
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, Phrases.class.getClassLoader(), NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new OseeException("no phrase bundle for language " + language, e);
        }
    }

    /** The name of a language in another language ("anglais" for "en" in "fr"). */
    public static String languageName(String language, String inLanguage) {
        Locale target = Locale.forLanguageTag(language);
        String name = target.getDisplayLanguage(Locale.forLanguageTag(supported(inLanguage)));
        return name.isBlank() ? language : name;
    }
}
