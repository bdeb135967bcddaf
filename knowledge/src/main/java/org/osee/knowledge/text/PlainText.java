package org.osee.knowledge.text;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The one markup stripper of the project, shared by ingest and by the answer composers.
 * {@link #line} reduces one line of Markdown (with inline HTML, Liquid and Hugo shortcodes) to
 * plain text for the index; {@link #blocks}, {@link #inline} and {@link #sentences} turn a
 * passage's text (Markdown, leftovers of HTML) into plain sentences: front matter, code blocks,
 * tables, headings and tags dropped; links and emphasis unwrapped; list bullets stripped; each
 * paragraph or list item split into sentences with {@link BreakIterator} in the passage's locale.
 */
public final class PlainText {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\R.*?\\R---\\R", Pattern.DOTALL);
    private static final Pattern FENCE = Pattern.compile("(?ms)^\\s*(```|~~~).*?^\\s*\\1[^\\n]*$");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\^[^\\]]+]");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]+)>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|__|\\*|`)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern UNDERSCORE = Pattern.compile("(?<![\\p{L}\\p{N}])_(\\S(?:.*?\\S)?)_(?![\\p{L}\\p{N}])");
    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,3}[.)]|[a-z][.)])\\s+");
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s");
    private static final Pattern TABLE = Pattern.compile("^\\s*\\|.*|^\\s*:?-{3,}:?\\s*(\\|.*)?$");
    private static final Pattern QUOTE = Pattern.compile("^\\s*(>\\s?)+");
    private static final Pattern BRACKET_MARKER = Pattern.compile("\\[(\\d{1,3})]");

    /** Lines longer than this only get the cheap clean-up in {@link #line}. */
    public static final int REGEX_LIMIT = 20_000;
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%].{0,400}?[%>]\\}\\}|\\{%.{0,400}?%\\}|\\{\\{.{0,400}?\\}\\}");
    private static final Pattern LINE_IMAGE = Pattern.compile("!\\[([^\\]\\n]{0,300})\\]\\([^)\\n]{0,500}\\)");
    private static final Pattern LINE_LINK = Pattern.compile("\\[([^\\]\\n]{0,500})\\]\\([^)\\n]{0,1000}\\)");
    private static final Pattern LINE_REF_LINK = Pattern.compile("\\[([^\\]\\n]{1,500})\\]\\[[^\\]\\n]{0,100}\\]");
    private static final Pattern LINE_AUTOLINK = Pattern.compile("<(https?://[^>\\s]{1,1000})>");
    private static final Pattern LINE_TAG = Pattern.compile("</?[a-zA-Z][^<>]{0,1000}>");
    private static final Pattern LINE_EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3}|~~|`+)");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s{0,12}([-*+]|\\d{1,9}[.)])\\s+");
    /** A backslash escape of ASCII punctuation ("-\>", "\*not emphasis\*"): the character itself. */
    private static final Pattern ESCAPED = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    /** Escaped characters are held as private-use characters at this offset while the markup is removed. */
    private static final char HELD = '\uE000';

    private PlainText() {
    }

    /**
     * One line of Markdown reduced to plain text for the index: link definitions and table rules
     * become "", links and images keep their text, tags, shortcodes and emphasis marks go, list
     * marks become "- ", entities are decoded.
     */
    public static String line(String line) {
        if (line.length() > REGEX_LIMIT) {
            return line.replace('\t', ' ');
        }
        if (isLinkDefinition(line) || isTableRule(line)) {
            return "";
        }
        String s = line.indexOf('\\') < 0 ? line
                : ESCAPED.matcher(line).replaceAll(m -> held(m.group(1).charAt(0)));
        s = SHORTCODE.matcher(s).replaceAll(" ");
        s = LINE_IMAGE.matcher(s).replaceAll("$1");
        s = LINE_LINK.matcher(s).replaceAll("$1");
        s = LINE_REF_LINK.matcher(s).replaceAll("$1");
        s = LINE_AUTOLINK.matcher(s).replaceAll("$1");
        s = LINE_TAG.matcher(s).replaceAll(" ");
        s = withoutQuoteMarks(s);
        s = LIST_MARK.matcher(s).replaceFirst("- ");
        s = LINE_EMPHASIS.matcher(s).replaceAll("");
        s = s.replace('|', ' ').replace('\t', ' ');
        if (s.indexOf('&') >= 0) {
            s = Parser.unescapeEntities(s, false);
        }
        return released(s).replaceAll(" {2,}", " ").stripTrailing();
    }

    private static String held(char punctuation) {
        return Matcher.quoteReplacement(String.valueOf((char) (HELD + punctuation)));
    }

    /** The held escaped characters back as themselves. */
    private static String released(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > HELD && c < HELD + 0x80) {
                out = out == null ? new StringBuilder(s.substring(0, i)) : out;
                out.append((char) (c - HELD));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** The line without its leading block-quote marks ("> > text" → "text"), in linear time. */
    static String withoutQuoteMarks(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != '>') {
            return line;
        }
        while (i < line.length() && line.charAt(i) == '>') {
            i++;
            if (i < line.length() && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
        }
        return line.substring(i);
    }

    /** A table's rule row ("|---|:--:|"): only pipes, colons, dashes and blanks, with a run of three dashes. */
    public static boolean isTableRule(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != '|' && c != ':' && c != '-' && !Character.isWhitespace(c)) {
                return false;
            }
        }
        return line.contains("---");
    }

    /** A link definition ("[id]: https://..."): up to 3 spaces, a label of 1 to 200 characters, a colon, a target. */
    static boolean isLinkDefinition(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && line.charAt(i) == ' ') {
            i++;
        }
        if (i >= line.length() || line.charAt(i) != '[') {
            return false;
        }
        int close = line.indexOf(']', i + 1);
        if (close < 0 || close - i - 1 < 1 || close - i - 1 > 200 || close + 1 >= line.length()
                || line.charAt(close + 1) != ':') {
            return false;
        }
        return !line.substring(close + 2).isBlank();
    }

    /** Paragraphs and list items of the text, as plain single-line strings, markup removed. */
    public static List<String> blocks(String text) {
        String body = FRONT_MATTER.matcher(text).replaceFirst("");
        body = COMMENT.matcher(FENCE.matcher(body).replaceAll("\n")).replaceAll(" ");
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : body.split("\\R")) {
            String line = QUOTE.matcher(raw).replaceFirst("");
            boolean item = BULLET.matcher(line).find();
            if (line.isBlank() || HEADING.matcher(line).find() || TABLE.matcher(line).matches() || item) {
                flush(current, blocks);
            }
            if (line.isBlank() || HEADING.matcher(line).find() || TABLE.matcher(line).matches()) {
                continue;
            }
            current.append(' ').append(BULLET.matcher(line).replaceFirst(""));
        }
        flush(current, blocks);
        return blocks;
    }

    /** Inline markup removed: links keep their text, emphasis and code marks go, tags go. */
    public static String inline(String text) {
        String out = IMAGE.matcher(text).replaceAll(" ");
        out = LINK.matcher(out).replaceAll("$1");
        out = REF_LINK.matcher(out).replaceAll("$1");
        out = FOOTNOTE.matcher(out).replaceAll("");
        out = AUTOLINK.matcher(out).replaceAll("$1");
        out = TAG.matcher(out).replaceAll(" ");
        out = EMPHASIS.matcher(out).replaceAll("$2");
        out = UNDERSCORE.matcher(out).replaceAll("$1");
        out = BRACKET_MARKER.matcher(out).replaceAll("($1)");
        out = out.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("|", " ");
        return out.replaceAll("[*#]{2,}", " ").replaceAll("\\s+", " ").strip();
    }

    /**
     * A "sentence" that ends with a title, a Latin abbreviation or an initial ("by Dr.", "e.g.", "John F.") goes on
     * in the next one, where the platform's sentence breaker cut it.
     */
    private static final Pattern ABBREVIATION_END = Pattern.compile(
            "(?:^|[\\s(])(?:Dr|Mr|Mrs|Ms|Prof|St|Sr|Sra|Dra|Mme|Mlle|vs|e\\.g|i\\.e|cf|\\p{Lu})\\.$");

    /**
     * A "sentence" that starts in lower case, after a dash or not ("vous pouvez être l'une d'entre elles ! - et
     * seront payés..."), goes on with the one before: an exclamation or question inside a sentence, not its end.
     */
    private static final Pattern GOES_ON = Pattern.compile("[-\u2013\u2014(\\s]*\\p{Ll}");

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    /** Lower case without accents ("Qué licencia?" becomes "que licencia?"). */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return DIACRITICS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** What the first word of a sentence follows: the end of another, an opening mark, bracket or quote. */
    private static final String SENTENCE_OPENERS = ".!?¿¡:;\"'«“([";

    /**
     * Whether the word at {@code at} opens the text or a sentence: only spaces lie between it and the start or one of
     * {@code . ! ? ¿ ¡ : ; " ' « “ ( [}; with {@code lines}, a line break opens one too. Reads back over the spaces
     * only, so that asking it of every word of a long text costs no more than the text's length.
     */
    public static boolean opensSentence(CharSequence text, int at, boolean lines) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (SENTENCE_OPENERS.indexOf(c) >= 0 || lines && c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** The sentences of a text in the given language, markup removed, in their original order. */
    public static List<String> sentences(String text, String language) {
        Locale locale = Locale.forLanguageTag(language == null ? "en" : language);
        List<String> out = new ArrayList<>();
        for (String block : blocks(text)) {
            String plain = inline(block);
            BreakIterator iterator = BreakIterator.getSentenceInstance(locale);
            iterator.setText(plain);
            int start = iterator.first();
            int blockStart = out.size();
            StringBuilder pending = new StringBuilder();
            for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
                String sentence = plain.substring(start, end).strip();
                if (sentence.isEmpty()) {
                    continue;
                }
                if (pending.isEmpty() && out.size() > blockStart && GOES_ON.matcher(sentence).lookingAt()) {
                    pending.append(out.remove(out.size() - 1));
                }
                pending.append(pending.isEmpty() ? "" : " ").append(sentence);
                if (!ABBREVIATION_END.matcher(sentence).find()) {
                    out.add(pending.toString());
                    pending.setLength(0);
                }
            }
            if (!pending.isEmpty()) {
                out.add(pending.toString());
            }
        }
        return out;
    }

    private static void flush(StringBuilder current, List<String> blocks) {
        String block = current.toString().strip();
        if (!block.isEmpty()) {
            blocks.add(block);
        }
        current.setLength(0);
    }
}
