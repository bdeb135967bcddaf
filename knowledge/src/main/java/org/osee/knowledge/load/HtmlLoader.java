package org.osee.knowledge.load;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML through jsoup: drops navigation, headers, footers, asides, scripts, styles, forms and
 * cookie/consent banners; reads {@code main}, else {@code article}, else the body; h1-h6 start
 * sections. Title from {@code <title>}, else the first h1; url from the canonical link; language
 * from the {@code lang} attribute.
 */
public final class HtmlLoader implements DocumentLoader {
    private static final String BOILERPLATE = "nav, header, footer, aside, script, style, noscript, template, "
            + "form, iframe, svg, button, select, [role=navigation], [role=banner], [role=contentinfo], "
            + "[aria-hidden=true], [hidden]";
    private static final String BANNERS = "[id~=(?i)cookie|consent|gdpr], [class~=(?i)cookie|consent|gdpr]";
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "br", "tr", "table", "section",
            "article", "main", "blockquote", "pre", "dd", "dt", "dl", "figure", "figcaption", "td", "th", "hr");

    @Override
    public Document load(SourceFile file) {
        org.jsoup.nodes.Document html = Jsoup.parse(file.text());
        String lang = html.selectFirst("html[lang]") == null ? null : html.selectFirst("html[lang]").attr("lang");
        Element canonical = html.selectFirst("link[rel=canonical][href]");
        String pageTitle = html.title();
        html.select(BOILERPLATE).remove();
        html.select(BANNERS).remove();
        Element root = firstOf(html, "main", "[role=main]", "article");
        SectionBuilder builder = new SectionBuilder();
        NodeTraversor.traverse(new Walker(builder), root);
        var sections = builder.finish();
        String title = MarkdownLoader.firstNonBlank(pageTitle, builder.firstH1(), file.baseName());
        return new Document(file.source(), title, canonical == null ? null : canonical.attr("href"),
                lang == null || lang.isBlank() ? null : lang, sections);
    }

    private static Element firstOf(org.jsoup.nodes.Document html, String... selectors) {
        for (String s : selectors) {
            Element e = html.selectFirst(s);
            if (e != null) {
                return e;
            }
        }
        return html.body();
    }

    /** Visits the content in order, turning headings into section cuts and blocks into line breaks. */
    private static final class Walker implements NodeVisitor {
        private final SectionBuilder builder;
        private final StringBuilder line = new StringBuilder();
        private Element inHeading;

        Walker(SectionBuilder builder) {
            this.builder = builder;
        }

        @Override
        public void head(Node node, int depth) {
            if (inHeading != null) {
                return;
            }
            if (node instanceof Element e && isHeading(e)) {
                endLine();
                builder.heading(e.tagName().charAt(1) - '0', e.text(), e.id().isBlank() ? null : e.id());
                inHeading = e;
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                endLine();
            } else if (node instanceof TextNode t) {
                line.append(t.text());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node == inHeading) {
                inHeading = null;
            } else if (inHeading == null && node instanceof Element e && BLOCKS.contains(e.normalName())) {
                endLine();
                if (e.normalName().equals("p") || e.normalName().equals("table")) {
                    builder.paragraphBreak();
                }
            }
            if (node.parentNode() == null || depth == 0) {
                endLine();
            }
        }

        private void endLine() {
            String s = line.toString().replaceAll("\\s+", " ").strip();
            if (!s.isEmpty()) {
                builder.line(s);
            }
            line.setLength(0);
        }

        private static boolean isHeading(Element e) {
            String n = e.normalName();
            return n.length() == 2 && n.charAt(0) == 'h' && n.charAt(1) >= '1' && n.charAt(1) <= '6';
        }
    }
}
