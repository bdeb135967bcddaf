package org.osee.knowledge.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.parser.SourceLines;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.text.PlainText;

/**
 * Markdown: front matter (title, url/permalink, lang/language, translation-key/translation-of), then the structure from a CommonMark parser
 * (commonmark-java): ATX and setext headings (with an optional {@code {#anchor}}), paragraphs, list items (as
 * "- " lines), block quotes, fenced and indented code kept as text but never read as headings, HTML blocks with
 * comments dropped, link definitions dropped. Each line of text is then cleaned by {@link PlainText#line}. The
 * parser works in linear time and its nesting is capped, the tree is walked without recursion, and the walk stops
 * when the thread is interrupted (ingest's time limit), so no input can make it run away.
 */
public final class MarkdownLoader implements DocumentLoader {
    /** Deeper nesting (lists in lists in quotes...) is read as text of the deepest block kept. */
    static final int MAX_NESTING = 64;
    /**
     * Block structure only: the inline parser is replaced by one that keeps each block's text as it is (its
     * delimiter and bracket matching is not linear on hostile runs such as 50,000 backticks); inline markup is
     * removed line by line by {@link PlainText#line}, whose patterns are bounded.
     */
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .maxOpenBlockParsers(MAX_NESTING).inlineParserFactory(context -> MarkdownLoader::keepText).build();

    private static void keepText(SourceLines lines, Node block) {
        block.appendChild(new Text(lines.getContent()));
    }

    @Override
    public Document load(SourceFile file) {
        FrontMatter fm = FrontMatter.parse(file.text());
        SectionBuilder builder = new SectionBuilder();
        readBody(fm.body(), builder);
        var sections = builder.finish();
        String title = firstNonBlank(fm.get("title"), builder.firstH1(), file.baseName());
        String url = fm.get("url", "permalink", "canonical", "canonicalurl");
        return new Document(file.source(), PlainText.line(title).strip(), url, fm.get("lang", "language"),
                sections, Translations.declaredKey(fm));
    }

    private static void readBody(String body, SectionBuilder builder) {
        Node document = PARSER.parse(body);
        Node node = document.getFirstChild();
        int visited = 0;
        while (node != null) {
            if (++visited % 1024 == 0 && Thread.currentThread().isInterrupted()) {
                throw new BadInputException("reading the Markdown was stopped (time limit)");
            }
            boolean descend = read(node, body, builder);
            if (descend && node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != document && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == document ? null : node.getNext();
        }
    }

    /** Adds one block to the builder; true when its children are blocks to read in turn. */
    private static boolean read(Node node, String body, SectionBuilder builder) {
        if (node instanceof Heading h) {
            heading(h.getLevel(), inlineText(h), builder);
        } else if (node instanceof Paragraph p) {
            paragraph(p, body, builder);
        } else if (node instanceof FencedCodeBlock code) {
            code(code.getLiteral(), builder);
        } else if (node instanceof IndentedCodeBlock code) {
            code(code.getLiteral(), builder);
        } else if (node instanceof HtmlBlock html) {
            htmlBlock(stripComments(html.getLiteral()), builder);
        } else if (node instanceof ThematicBreak || node instanceof LinkReferenceDefinition) {
            builder.paragraphBreak();
        } else {
            if (node instanceof ListBlock || node instanceof BlockQuote) {
                builder.paragraphBreak();
            }
            return true;
        }
        return false;
    }

    private static void paragraph(Paragraph p, String body, SectionBuilder builder) {
        boolean item = p.getParent() instanceof ListItem && p.getParent().getFirstChild() == p;
        List<String> lines = new ArrayList<>();
        for (SourceSpan span : p.getSourceSpans()) {
            int start = Math.max(0, span.getInputIndex());
            lines.add(body.substring(start, Math.min(body.length(), start + span.getLength())));
        }
        if (!item && Tables.isTable(lines)) {
            Tables.rowsAsItems(lines).forEach(builder::line); // cells are cleaned already, and no row is blank
            builder.paragraphBreak();
            return;
        }
        boolean first = true;
        for (String line : lines) {
            addLine(item && first ? "- " + line.stripLeading() : line, builder);
            first = false;
        }
        boolean tight = item && p.getParent().getParent() instanceof ListBlock list && list.isTight();
        if (!tight) {
            builder.paragraphBreak();
        }
    }

    private static void code(String literal, SectionBuilder builder) {
        for (String line : literal.split("\r?\n")) {
            builder.line(line);
        }
        builder.paragraphBreak();
    }

    /** A heading on a line of its own in an HTML block: {@code <h3>Evaluate requirements</h3>}. */
    private static final Pattern HTML_HEADING = Pattern.compile("(?i)^\\s*<h([1-6])\\b[^>]*>(.*?)</h\\1>\\s*$");
    /** A line that ends a block element: what follows is another paragraph. */
    private static final Pattern HTML_BLOCK_END = Pattern.compile(
            "(?i)</(p|div|li|summary|details|aside|blockquote|section|article|tr|table|ul|ol|dd|dt|figcaption)>\\s*$"
                    + "|<br\\s*/?>\\s*$");

    /**
     * The lines of an HTML block: a heading element on its own line is a heading; a line that closes a paragraph,
     * list item or other block element ends a paragraph, so "<h3>Requirements</h3>" and the "<p>" under it are not
     * run together into one sentence.
     */
    private static void htmlBlock(String literal, SectionBuilder builder) {
        for (String line : literal.split("\r?\n")) {
            Matcher h = HTML_HEADING.matcher(line);
            String title = h.matches() ? PlainText.line(h.group(2)).strip() : "";
            if (!title.isEmpty()) {
                builder.paragraphBreak();
                heading(Integer.parseInt(h.group(1)), title, builder);
                continue;
            }
            String clean = PlainText.line(line).strip();
            if (!clean.isEmpty()) {
                builder.line(clean);
            }
            if (HTML_BLOCK_END.matcher(line).find()) {
                builder.paragraphBreak();
            }
        }
        builder.paragraphBreak();
    }

    private static void addLine(String raw, SectionBuilder builder) {
        String clean = PlainText.line(raw);
        if (!clean.isBlank()) {
            builder.line(clean);
        }
    }

    /** The text of a heading's inline content: text and code kept, inline HTML dropped, line breaks as spaces. */
    private static String inlineText(Node heading) {
        StringBuilder out = new StringBuilder();
        Node node = heading.getFirstChild();
        while (node != null) {
            if (node instanceof Text t) {
                out.append(t.getLiteral());
            } else if (node instanceof Code c) {
                out.append(c.getLiteral());
            } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
                out.append(' ');
            }
            if (!(node instanceof HtmlInline) && node.getFirstChild() != null) {
                node = node.getFirstChild();
                continue;
            }
            while (node != heading && node.getNext() == null) {
                node = node.getParent();
            }
            node = node == heading ? null : node.getNext();
        }
        return out.toString();
    }

    private static void heading(int level, String text, SectionBuilder builder) {
        String explicit = null;
        String stripped = text.replace('\n', ' ').strip();
        int open = stripped.lastIndexOf("{#");
        if (stripped.endsWith("}") && open >= 0 && isAnchor(stripped.substring(open + 2, stripped.length() - 1))) {
            explicit = stripped.substring(open + 2, stripped.length() - 1);
            stripped = stripped.substring(0, open);
        }
        Matcher number = NUMBERED_HEADING.matcher(stripped);
        builder.heading(level, number.lookingAt() ? number.group() + PlainText.line(stripped.substring(number.end()))
                : PlainText.line(stripped), explicit);
    }

    /** "4. Security assessments": the number is the heading's own, not a list mark to turn into "- ". */
    private static final Pattern NUMBERED_HEADING = Pattern.compile("\\d{1,3}[.)] +");

    private static boolean isAnchor(String id) {
        return !id.isEmpty() && id.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
    }

    /** The text outside HTML comments. */
    static String stripComments(String text) {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (pos < text.length()) {
            int start = text.indexOf("<!--", pos);
            if (start < 0) {
                out.append(text, pos, text.length());
                break;
            }
            out.append(text, pos, start);
            int end = text.indexOf("-->", start + 4);
            pos = end < 0 ? text.length() : end + 3;
        }
        return out.toString();
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
