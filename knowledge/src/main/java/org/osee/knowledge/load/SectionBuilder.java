package org.osee.knowledge.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects text under a moving heading path (levels 1 to 6) and cuts a {@link Section} each time a
 * heading starts. Shared by the Markdown and HTML loaders.
 */
final class SectionBuilder {
    private final String[] headings = new String[7];
    private final List<Section> sections = new ArrayList<>();
    private StringBuilder text = new StringBuilder();
    private String anchor;
    private String firstH1;

    void heading(int level, String title, String explicitAnchor) {
        flush();
        String clean = title.strip();
        if (level == 1 && firstH1 == null && !clean.isEmpty()) {
            firstH1 = clean;
        }
        headings[level] = clean.isEmpty() ? null : clean;
        Arrays.fill(headings, level + 1, headings.length, null);
        anchor = explicitAnchor != null ? explicitAnchor : clean.isEmpty() ? null : Slugs.slug(clean);
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
        flush();
        return List.copyOf(sections);
    }

    private void flush() {
        String body = text.toString().replaceAll("\n{3,}", "\n\n").strip();
        if (!body.isEmpty()) {
            List<String> path = new ArrayList<>();
            for (int i = 1; i < headings.length; i++) {
                if (headings[i] != null) {
                    path.add(headings[i]);
                }
            }
            sections.add(new Section(path, path.isEmpty() ? null : anchor, body, null));
        }
        text = new StringBuilder();
    }
}
