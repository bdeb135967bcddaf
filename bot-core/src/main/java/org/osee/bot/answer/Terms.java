package org.osee.bot.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.osee.knowledge.text.PlainText;

/**
 * Light, language-agnostic text analysis for English, French, Spanish and Portuguese: folding
 * (lower case, no accents), tokens, function words, and a crude stemmer that maps inflected forms
 * of a word to one key. Used to score sentences and to judge how much a message says.
 */
public final class Terms {
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Function words and question scaffolding in the four languages; they carry no topic. */
    private static final Set<String> STOP = Set.copyOf(Arrays.asList(
            // English
            "a", "an", "the", "and", "or", "but", "if", "then", "of", "to", "in", "on", "at", "for", "with",
            "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "this",
            "that", "these", "those", "there", "here", "i", "me", "my", "we", "us", "our", "you", "your", "he",
            "she", "they", "them", "their", "his", "her", "what", "which", "who", "whom", "whose", "when",
            "where", "why", "how", "do", "does", "did", "doing", "done", "have", "has", "had", "can", "could",
            "should", "would", "will", "shall", "may", "might", "must", "need", "needs", "not", "no", "yes",
            "so", "about", "into", "any", "all", "some", "more", "most", "other", "than", "too", "very", "just",
            "also", "only", "own", "same", "such", "up", "out", "over", "under", "again", "once", "get", "got",
            "way", "ways", "thing", "things", "something", "anything", "please", "tell", "know", "want", "like",
            "really", "actually", "each", "every", "one", "ones", "s", "t", "don", "doesn", "isn", "aren",
            "im", "ive", "whats", "hows", "lot", "kind", "sort", "much", "many",
            // French
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "mais", "donc", "car",
            "ni", "que", "qu", "qui", "quoi", "quel", "quelle", "quels", "quelles", "dont", "ce", "cet",
            "cette", "ces", "c", "se", "sa", "son", "ses", "leur", "leurs", "nous", "vous", "je", "j", "tu",
            "il", "elle", "ils", "elles", "on", "en", "y", "au", "aux", "dans", "par", "pour", "sur", "sous",
            "avec", "sans", "est", "sont", "etre", "ai", "as", "a", "avons", "avez", "ont", "avoir", "fait",
            "faire", "peut", "peux", "pouvons", "pouvez", "doit", "dois", "devons", "devez", "ne", "pas",
            "plus", "comment", "pourquoi", "quand", "ou", "si", "tout", "tous", "toute", "toutes", "notre",
            "nos", "votre", "vos", "mon", "ma", "mes", "me", "m", "te", "t", "s", "n", "faut", "il", "est-ce",
            // Spanish
            "el", "los", "las", "lo", "una", "unos", "unas", "del", "al", "e", "o", "u", "pero", "sino", "que",
            "cual", "cuales", "quien", "quienes", "como", "cuando", "donde", "por", "para", "con", "sin", "sobre",
            "entre", "es", "son", "ser", "esta", "estan", "estar", "hay", "ha", "han", "he", "hemos", "tiene",
            "tienen", "tener", "puedo", "puede", "pueden", "podemos", "debo", "debe", "deben", "debemos", "mi",
            "mis", "tu", "tus", "su", "sus", "nuestro", "nuestra", "nuestros", "nuestras", "yo", "nosotros",
            "ellos", "ellas", "usted", "ustedes", "este", "esto", "estos", "estas", "ese", "esa", "eso", "esos",
            "esas", "muy", "mas", "porque", "hacer", "tengo", "necesito",
            // Portuguese
            "os", "as", "um", "uma", "uns", "umas", "do", "da", "dos", "das", "no", "na", "nos", "nas", "em",
            "pelo", "pela", "com", "sem", "mas", "ou", "que", "qual", "quais", "quem", "como", "quando", "onde",
            "por", "para", "e", "sao", "ser", "estar", "tem", "ter", "posso", "pode", "podem", "podemos",
            "devo", "deve", "devem", "devemos", "meu", "minha", "meus", "minhas", "seu", "sua", "seus", "suas",
            "nosso", "nossa", "nossos", "nossas", "eu", "voce", "voces", "ele", "ela", "eles", "elas", "isso",
            "isto", "esse", "essa", "aquilo", "muito", "mais", "preciso", "fazer", "nao"));

    private Terms() {
    }

    /** Lower case without accents ("Qué licencia?" becomes "que licencia?"), as {@link PlainText#fold}. */
    public static String fold(String text) {
        return PlainText.fold(text);
    }

    /** Folded word tokens, in order, with repeats. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String token : NON_WORD.split(fold(text))) {
            if (!token.isEmpty()) {
                out.add(token);
            }
        }
        return out;
    }

    /** True for function words and question scaffolding in any of the four languages. */
    public static boolean isStopWord(String foldedToken) {
        return STOP.contains(foldedToken);
    }

    /**
     * The match keys ({@link #key}) of a text's content words, in order of first appearance, without repeats: what
     * the extractive composer compares a question with sentences by.
     */
    public static Set<String> contentTerms(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String token : tokens(text)) {
            if (isContent(token)) {
                out.add(key(token));
            }
        }
        return out;
    }

    /** An acronym as people write one: three to eight capitals and digits, starting with a capital ("SBOM", "SLSA"). */
    private static final Pattern ACRONYM =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Lu}\\d]{2,7}(?![\\p{L}\\p{N}])");

    /**
     * True when the text names something by its acronym ("what's an SBOM"): one such word says what is asked about
     * as well as several ordinary ones. A stop word in capitals ("WHAT IS THIS") is no acronym.
     */
    public static boolean namesAcronym(String text) {
        var m = ACRONYM.matcher(text);
        while (m.find()) {
            if (m.group().chars().filter(Character::isLetter).count() >= 2 && !isStopWord(fold(m.group()))) {
                return true;
            }
        }
        return false;
    }

    /** Number of content words (with repeats) in a text. */
    public static int contentWordCount(String text) {
        int count = 0;
        for (String token : tokens(text)) {
            if (isContent(token)) {
                count++;
            }
        }
        return count;
    }

    private static boolean isContent(String token) {
        return !isStopWord(token) && (token.length() > 1 || Character.isDigit(token.charAt(0)));
    }

    /** Letters a match key keeps: see {@link #key}. */
    static final int KEY_LENGTH = 4;
    private static final Pattern DOUBLED = Pattern.compile("(\\p{L})\\1");

    /**
     * The key by which a question's word and a passage's word match: the folded word without a plural "s", with
     * spelling variants unified (ph/f, th/t, j/y/i, k/c, doubled letters, and the Spanish diphthongs ie/e and ue/o
     * that Portuguese, French and English lack: "abierto" and "aberto", "nuevo" and "novo", "proyecto" and
     * "projeto") and cut to its first {@value #KEY_LENGTH} letters. It is deliberately coarse: it matches a word's
     * inflections and derivations ("maintain", "maintainers", "maintenance") and its cognates in the other
     * supported languages ("licença", "licencia", "licence", "license"; "métricas", "metrics"), at the price of some
     * unrelated words sharing a key ("contract", "control"): a sentence is compared with a question by all their
     * keys at once. Over both development sets, with 5-fold cross validation of the answer thresholds, 4 letters
     * answered best; 3 letters and 5 to 7 did worse (README, "How good is it").
     */
    public static String key(String foldedToken) {
        String t = foldedToken;
        if (t.length() > 3 && t.endsWith("s") && !t.endsWith("ss")) {
            t = t.substring(0, t.length() - 1);
        }
        t = respelled(t);
        return t.length() > KEY_LENGTH ? t.substring(0, KEY_LENGTH) : t;
    }

    /**
     * Folded text spelled as {@link #key} spells a word before cutting it: every key of the text's words is found in
     * it, so a text that does not hold a key cannot hold a word with that key.
     */
    static String respelled(String folded) {
        String t = folded.replace("ie", "e").replace("ue", "o").replace("ph", "f").replace("th", "t").replace('j', 'i')
                .replace('y', 'i').replace('k', 'c');
        return DOUBLED.matcher(t).replaceAll("$1");
    }

    /**
     * A crude stem that still reads as the start of a word (the knowledge-gaps report groups questions by it): drops
     * plural endings, unifies "-nce"/"-nse" spellings, and truncates long words to seven letters so "contributor",
     * "contributing" and "contribution" share a key.
     */
    public static String stem(String foldedToken) {
        String t = foldedToken;
        if (t.length() > 4 && t.endsWith("ies")) {
            t = t.substring(0, t.length() - 3) + "y";
        } else if (t.length() > 3 && t.endsWith("s") && !t.endsWith("ss")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.endsWith("nce")) {
            t = t.substring(0, t.length() - 3) + "nse";
        }
        return t.length() > 7 ? t.substring(0, 7) : t;
    }
}
