package org.osee.connectors.email;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns the HTML of a mail into plain text: scripts, styles and embedded objects dropped, quoted earlier messages
 * (blockquote, Gmail, Thunderbird and Outlook quote containers) removed, block elements on their own lines.
 */
final class HtmlText {
    private static final String DROPPED = "script, style, noscript, template, head, title, iframe, object, embed, svg,"
            + " canvas, form, blockquote, div.gmail_quote, div.gmail_extra, div.moz-cite-prefix, div#divRplyFwdMsg,"
            + " div#appendonsend, div.OutlookMessageHeader";
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "table",
            "tr", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "dl", "dt", "dd", "address");

    private HtmlText() {
    }

    /** The readable text of {@code html}, at most {@code maxChars} characters. */
    static String toText(String html, int maxChars) {
        Document doc = Jsoup.parse(html.length() > maxChars * 4 ? html.substring(0, maxChars * 4) : html);
        doc.select(DROPPED).remove();
        removeAfterOutlookRule(doc);
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new Collector(out, maxChars), doc.body() == null ? doc : doc.body());
        return out.toString().replaceAll("[ \\t\\x0B\\f\\r]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** Outlook puts the quoted message after an {@code hr} inside a div with this id. */
    private static void removeAfterOutlookRule(Document doc) {
        for (Element marker : doc.select("div#divRplyFwdMsg, hr#stopSpelling")) {
            Element next = marker.nextElementSibling();
            while (next != null) {
                Element after = next.nextElementSibling();
                next.remove();
                next = after;
            }
            marker.remove();
        }
    }

    private record Collector(StringBuilder out, int maxChars) implements NodeVisitor {
        @Override
        public void head(Node node, int depth) {
            if (out.length() >= maxChars) {
                return;
            }
            if (node instanceof TextNode text) {
                out.append(text.text());
            } else if (node instanceof Element element) {
                String tag = element.normalName();
                if (tag.equals("br")) {
                    out.append('\n');
                } else if (BLOCKS.contains(tag)) {
                    out.append('\n');
                    if (tag.equals("li")) {
                        out.append("- ");
                    }
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName()) && out.length() < maxChars) {
                out.append('\n');
            }
        }
    }
}
