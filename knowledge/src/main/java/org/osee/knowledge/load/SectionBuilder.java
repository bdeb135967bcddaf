package org.osee.knowledge.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects text under a moving heading path (levels 1 to 6) and cuts a {@link Section} each time a
 * heading starts. Shared by the Markdown and HTML loaders.
 *
 * <p>Headings with no text of their own and no headings under them, two or more in a row under one parent, are an
 * outline written as headings (a retrospective template's questions, a checklist's steps): they become a list in
 * their parent's section, after its own text, rather than being dropped as empty sections.
 */
final class SectionBuilder {
    /** Fewer bodiless headings in a row are left out, as before: one is more likely an unfinished section. */
    static final int MIN_OUTLINE_ITEMS = 2;

    private final String[] headings = new String[7];
    private final String[] anchors = new String[7];
    private final List<Section> sections = new ArrayList<>();
    private StringBuilder text = new StringBuilder();
    private int level;
    private String firstH1;
    private final List<String> outline = new ArrayList<>();
    private List<String> outlineParent;
    private String outlineAnchor;

    void heading(int level, String title, String explicitAnchor) {
        String clean = title.strip();
        if (isBodilessLeaf(level)) {
            outlineItem();
        } else {
            endOutline();
            flush();
        }
        text = new StringBuilder();
        if (level == 1 && firstH1 == null && !clean.isEmpty()) {
            firstH1 = clean;
        }
        headings[level] = clean.isEmpty() ? null : clean;
        anchors[level] = explicitAnchor != null ? explicitAnchor : clean.isEmpty() ? null : Slugs.slug(clean);
        Arrays.fill(headings, level + 1, headings.length, null);
        Arrays.fill(anchors, level + 1, anchors.length, null);
        this.level = level;
    }

    void line(String line) {
        text.append(line).append('\n');
    }

    void paragraphBreak() {
        int n = text.length();
        if (n > 0 && !(n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n')) {
            text.append('\n');
        }
    }

    /** Removes and returns the last line added, or null when the current section has none. */
    String popLastLine() {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end == 0) {
            return null;
        }
        int start = text.lastIndexOf("\n", end - 1) + 1;
        String last = text.substring(start, end);
        text.setLength(start);
        return last;
    }

    /** True when the last thing added was a non-blank line. */
    boolean endsWithTextLine() {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) != '\n';
    }

    String firstH1() {
        return firstH1;
    }

    List<Section> finish() {
        if (isBodilessLeaf(0)) {
            outlineItem();
        } else {
            endOutline();
            flush();
        }
        endOutline();
        text = new StringBuilder();
        return List.copyOf(sections);
    }

    /**
     * Whether the current heading, now that one of {@code next} level follows (0: the end of the document), has
     * neither text nor headings under it.
     */
    private boolean isBodilessLeaf(int next) {
        return level > 0 && headings[level] != null && next <= level && text.toString().isBlank();
    }

    /** The current heading joins the outline of its parent (a new outline when the parent differs). */
    private void outlineItem() {
        List<String> parent = path(level - 1);
        if (!parent.equals(outlineParent)) {
            endOutline();
            outlineParent = parent;
            outlineAnchor = null;
            for (int i = level - 1; i > 0 && outlineAnchor == null; i--) {
                outlineAnchor = headings[i] == null ? null : anchors[i];
            }
        }
        outline.add("- " + headings[level]);
    }

    /**
     * Adds the outline in progress, if it has enough items, to its parent's section: appended to that section when
     * it is the last one cut, a section of its own otherwise.
     */
    private void endOutline() {
        if (outline.size() >= MIN_OUTLINE_ITEMS) {
            String items = String.join("\n", outline);
            Section last = sections.isEmpty() ? null : sections.get(sections.size() - 1);
            if (last != null && last.headings().equals(outlineParent)) {
                sections.set(sections.size() - 1,
                        new Section(last.headings(), last.anchor(), last.text() + "\n\n" + items, last.url()));
            } else {
                sections.add(new Section(outlineParent, outlineParent.isEmpty() ? null : outlineAnchor, items, null));
            }
        }
        outline.clear();
        outlineParent = null;
        outlineAnchor = null;
    }

    /** The heading path down to {@code depth} (inclusive), blank headings left out. */
    private List<String> path(int depth) {
        List<String> path = new ArrayList<>();
        for (int i = 1; i <= depth; i++) {
            if (headings[i] != null) {
                path.add(headings[i]);
            }
        }
        return path;
    }

    private void flush() {
        String body = text.toString().replaceAll("\n{3,}", "\n\n").strip();
        if (!body.isEmpty()) {
            List<String> path = path(headings.length - 1);
            sections.add(new Section(path, path.isEmpty() ? null : anchors[level], body, null));
        }
    }
}
