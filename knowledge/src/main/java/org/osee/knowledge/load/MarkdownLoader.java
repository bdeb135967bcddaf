package org.osee.knowledge.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osee.knowledge.text.PlainText;

/**
 * Markdown: front matter (title, url/permalink, lang/language), ATX and setext headings, fenced
 * code kept as text but never read as headings, HTML comments dropped, inline noise stripped by
 * {@link PlainText#line}.
 */
public final class MarkdownLoader implements DocumentLoader {
    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:\\s+(.*?))?(?:\\s+#+)?\\s*$");
    private static final Pattern ANCHOR_SUFFIX = Pattern.compile("\\s*\\{#([\\w-]+)\\}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");

    @Override
    public Document load(SourceFile file) {
        FrontMatter fm = FrontMatter.parse(file.text());
        SectionBuilder builder = new SectionBuilder();
        readBody(fm.body(), builder);
        var sections = builder.finish();
        String title = firstNonBlank(fm.get("title"), builder.firstH1(), file.baseName());
        String url = fm.get("url", "permalink", "canonical", "canonicalurl");
        return new Document(file.source(), PlainText.line(title).strip(), url, fm.get("lang", "language"),
                sections);
    }

    private static void readBody(String body, SectionBuilder builder) {
        String fence = null;
        boolean inComment = false;
        for (String raw : body.split("\r?\n", -1)) {
            if (fence != null) {
                if (raw.strip().startsWith(fence)) {
                    fence = null;
                } else {
                    builder.line(raw);
                }
                continue;
            }
            if (inComment || raw.contains("<!--")) {
                String[] rest = stripComments(raw, inComment);
                inComment = rest[1] != null;
                raw = rest[0];
            }
            Matcher f = FENCE.matcher(raw);
            if (raw.length() < 1000 && f.matches()) {
                fence = f.group(1).substring(0, 3);
                continue;
            }
            readLine(raw, builder);
        }
    }

    private static void readLine(String raw, SectionBuilder builder) {
        if (raw.isBlank()) {
            builder.paragraphBreak();
            return;
        }
        if (raw.length() < 1000) {
            Matcher atx = ATX.matcher(raw);
            if (atx.matches()) {
                heading(atx.group(1).length(), atx.group(2) == null ? "" : atx.group(2), builder);
                return;
            }
            Matcher setext = SETEXT.matcher(raw);
            if (setext.matches()) {
                String previous = builder.endsWithTextLine() ? builder.popLastLine() : null;
                if (previous != null && !previous.startsWith("- ")) {
                    heading(setext.group(1).charAt(0) == '=' ? 1 : 2, previous, builder);
                } else if (previous != null) {
                    builder.line(previous);
                }
                return;
            }
        }
        String clean = PlainText.line(raw);
        if (clean.isBlank()) {
            return;
        }
        builder.line(clean);
    }

    private static void heading(int level, String text, SectionBuilder builder) {
        Matcher anchor = ANCHOR_SUFFIX.matcher(text);
        String explicit = null;
        if (anchor.find()) {
            explicit = anchor.group(1);
            text = text.substring(0, anchor.start());
        }
        builder.heading(level, PlainText.line(text), explicit);
    }

    /** Returns {text outside comments, non-null if still inside a comment at end of line}. */
    private static String[] stripComments(String line, boolean inComment) {
        StringBuilder out = new StringBuilder();
        int pos = 0;
        while (pos < line.length()) {
            if (inComment) {
                int end = line.indexOf("-->", pos);
                if (end < 0) {
                    return new String[] {out.toString(), "open"};
                }
                pos = end + 3;
                inComment = false;
            } else {
                int start = line.indexOf("<!--", pos);
                if (start < 0) {
                    out.append(line, pos, line.length());
                    break;
                }
                out.append(line, pos, start);
                pos = start + 4;
                inComment = true;
            }
        }
        return new String[] {out.toString(), inComment ? "open" : null};
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
