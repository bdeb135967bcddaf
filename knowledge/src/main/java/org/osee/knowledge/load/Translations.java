package org.osee.knowledge.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links documents that are translations of each other. Documents with the same translation key
 * and different languages are versions of one document; the retriever can then answer from the
 * version in the asker's language. The key is, in this order:
 * <ol>
 *   <li>declared in the front matter: {@code translation-key: licences} (also {@code translationKey},
 *       {@code translation_key}, Hugo's name), shared by all versions; or {@code translation-of: PATH},
 *       the original's path relative to the ingested folder, in the translation;</li>
 *   <li>otherwise derived from the path, with every language marker taken out: a folder named by a
 *       language code ({@code fr/}, {@code pt-br/}), a language suffix on a folder
 *       ({@code guides-fr/} beside {@code guides/}) or on a file name ({@code intro.fr.md},
 *       {@code intro-fr.md}, {@code intro_fr.md}), and the extension. So {@code en/intro.md},
 *       {@code fr/intro.md}, {@code guides/intro.md}, {@code guides-es/es/intro.md} and
 *       {@code guides/intro.fr.md} are versions of one document when their languages differ.</li>
 * </ol>
 * Keys are compared case-insensitively and do not include the ingested folder, so translations
 * ingested as separate folders are linked too. Versions these keys leave apart (translated file names, no front
 * matter) may still be linked by their content when the index is read ({@code search.ContentLinks}).
 */
public final class Translations {
    /** Language codes recognised as markers in paths (ISO 639-1, optionally with a region). */
    static final Set<String> CODES = Set.of("en", "fr", "es", "pt", "de", "it", "nl", "ca", "gl", "eu", "pl", "sv",
            "da", "fi", "no", "nb", "cs", "ro", "hu", "el", "ja", "zh", "ko", "ru", "uk", "ar", "tr");
    private static final Pattern CODE = Pattern.compile("([a-z]{2})(?:[-_][a-z]{2})?");
    private static final Pattern SUFFIX = Pattern.compile("(.+?)[-_.]([a-z]{2})(?:[-_][a-z]{2})?");

    private Translations() {
    }

    /** The key declared in a Markdown front matter, or {@code null}. */
    public static String declaredKey(FrontMatter fm) {
        String key = fm.get("translation-key", "translationkey", "translation_key");
        if (key != null) {
            return "key:" + key.strip().toLowerCase(Locale.ROOT);
        }
        String of = fm.get("translation-of", "translation_of", "translationof");
        return of == null ? null : pathKey(of.strip(), "und");
    }

    /** The key of a document derived from its source path (see the class comment). */
    public static String pathKey(String source, String language) {
        String[] parts = source.replace('\\', '/').toLowerCase(Locale.ROOT).split("/");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean file = i == parts.length - 1;
            if (file) {
                int dot = part.lastIndexOf('.');
                part = dot > 0 ? part.substring(0, dot) : part;
            }
            if (part.isEmpty() || !file && isCode(part)) {
                continue;
            }
            kept.add(withoutSuffix(part));
        }
        return "path:" + String.join("/", kept);
    }

    /** True for a folder named by a language code ({@code fr}, {@code pt-br}, {@code pt_BR}). */
    static boolean isLanguageFolder(String name) {
        return isCode(name.toLowerCase(Locale.ROOT));
    }

    private static boolean isCode(String part) {
        Matcher m = CODE.matcher(part);
        return m.matches() && CODES.contains(m.group(1));
    }

    private static String withoutSuffix(String part) {
        Matcher m = SUFFIX.matcher(part);
        return m.matches() && CODES.contains(m.group(2)) ? m.group(1) : part;
    }
}
