package org.osee.knowledge.load;

import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Reduces one line of Markdown (with inline HTML, Liquid and Hugo shortcodes) to plain text.
 * Lines longer than {@value #REGEX_LIMIT} characters only get the cheap clean-up, so a huge
 * single-line file costs linear time.
 */
final class MarkdownText {
    static final int REGEX_LIMIT = 20_000;
    private static final Pattern SHORTCODE = Pattern.compile("\\{\\{[<%].{0,400}?[%>]\\}\\}|\\{%.{0,400}?%\\}|\\{\\{.{0,400}?\\}\\}");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]\\n]{0,300})\\]\\([^)\\n]{0,500}\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{0,500})\\]\\([^)\\n]{0,1000}\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]\\n]{1,500})\\]\\[[^\\]\\n]{0,100}\\]");
    private static final Pattern AUTOLINK = Pattern.compile("<(https?://[^>\\s]{1,1000})>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]{0,1000}>");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3}|~~|`+)");
    private static final Pattern LIST_MARK = Pattern.compile("^\\s{0,12}([-*+]|\\d{1,9}[.)])\\s+");
    private static final Pattern QUOTE_MARK = Pattern.compile("^\\s{0,3}(>\\s?)+");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final Pattern LINK_DEF = Pattern.compile("^\\s{0,3}\\[[^\\]]{1,200}\\]:\\s*\\S+.*$");

    private MarkdownText() {
    }

    static String clean(String line) {
        if (line.length() > REGEX_LIMIT) {
            return line.replace('\t', ' ');
        }
        if (LINK_DEF.matcher(line).matches() || TABLE_RULE.matcher(line).matches()) {
            return "";
        }
        String s = SHORTCODE.matcher(line).replaceAll(" ");
        s = IMAGE.matcher(s).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1");
        s = REF_LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = TAG.matcher(s).replaceAll(" ");
        s = QUOTE_MARK.matcher(s).replaceFirst("");
        s = LIST_MARK.matcher(s).replaceFirst("- ");
        s = EMPHASIS.matcher(s).replaceAll("");
        s = s.replace('|', ' ').replace('\t', ' ');
        if (s.indexOf('&') >= 0) {
            s = Parser.unescapeEntities(s, false);
        }
        return s.replaceAll(" {2,}", " ").stripTrailing();
    }
}
