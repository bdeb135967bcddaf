package org.osee.knowledge.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.osee.knowledge.load.Document;
import org.osee.knowledge.load.Section;

/**
 * Heading-aware chunking. Each section is chunked on its own, so a chunk never straddles two
 * sections. A section up to {@code maxChars} is one chunk; a longer one is packed greedily into
 * chunks of about {@code targetChars}, cutting at paragraph, then line, then sentence, then word
 * boundaries, and as a last resort anywhere; no chunk exceeds {@code maxChars}.
 */
public final class Chunker {
    private static final String[] BOUNDARIES = {"\n\n", "\n", ". ", "? ", "! ", "; ", ", ", " "};
    /** A list item's marker at the start of a line: "- ", "* ", "+ ", "3. ", "3) ". */
    private static final Pattern ITEM = Pattern.compile("(?:[-*+]|\\d{1,3}[.)])\\s");
    /** Longer lines are paragraphs that happen to end with a colon, not a list's lead-in. */
    private static final int MAX_LEAD_IN = 300;
    /** How far back a list's lead-in is looked for. */
    private static final int MAX_LOOK_BACK = 20_000;
    private final int targetChars;
    private final int maxChars;
    private final int maxChunks;

    public Chunker(int targetChars, int maxChars, int maxChunks) {
        if (targetChars <= 0 || maxChars < targetChars || maxChunks <= 0) {
            throw new IllegalArgumentException("need 0 < targetChars <= maxChars and maxChunks > 0, got "
                    + targetChars + ", " + maxChars + ", " + maxChunks);
        }
        this.targetChars = targetChars;
        this.maxChars = maxChars;
        this.maxChunks = maxChunks;
    }

    /** The document's chunks in reading order, at most {@code maxChunks}. */
    public List<Chunk> chunk(Document doc) {
        List<Chunk> chunks = new ArrayList<>();
        for (Section section : doc.sections()) {
            String url = sectionUrl(doc, section);
            for (String piece : split(section.text())) {
                if (chunks.size() == maxChunks) {
                    return chunks;
                }
                chunks.add(new Chunk(doc.source(), doc.title(), section.path(), url,
                        doc.language() == null ? "und" : doc.language(), piece, doc.translationKey()));
            }
        }
        return chunks;
    }

    /**
     * Splits one section's text into pieces no longer than {@code maxChars}. A piece that opens in the middle of a
     * list starts with the list's lead-in (the line before its first item, ending with a colon), as long as it still
     * fits: "3. Clear Ownership: ..." alone does not say what it is an item of.
     */
    public List<String> split(String text) {
        String t = text.strip();
        List<String> pieces = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int pos = 0;
        while (pos < t.length()) {
            int end = t.length() - pos <= maxChars ? t.length() : cut(t, pos);
            String piece = t.substring(pos, end).strip();
            if (!piece.isEmpty()) {
                pieces.add(piece);
                starts.add(pos);
            }
            pos = end;
        }
        mergeShortTail(pieces);
        for (int i = 1; i < pieces.size(); i++) {
            String leadIn = ITEM.matcher(pieces.get(i)).lookingAt() ? leadInBefore(t, starts.get(i)) : null;
            if (leadIn != null && leadIn.length() + 1 + pieces.get(i).length() <= maxChars) {
                pieces.set(i, leadIn + "\n" + pieces.get(i));
            }
        }
        return pieces;
    }

    /**
     * The lead-in of the list running at {@code pos}: the last line before it that is not an item, if a colon ends it.
     * Reads back at most {@value #MAX_LOOK_BACK} characters, so that a huge list costs each of its pieces no more.
     */
    private static String leadInBefore(String t, int pos) {
        int stop = Math.max(0, pos - MAX_LOOK_BACK);
        int end = pos;
        while (end > stop) {
            int start = t.lastIndexOf('\n', end - 1) + 1;
            String raw = t.substring(start, end);
            String line = raw.strip();
            end = start - 1;
            if (line.isEmpty() || ITEM.matcher(line).lookingAt() || raw.startsWith(" ")) {
                continue; // an item, a blank between items, or an item's indented continuation
            }
            return line.endsWith(":") && line.length() <= MAX_LEAD_IN ? line : null;
        }
        return null;
    }

    /**
     * Where to end the chunk starting at pos: the strongest boundary (paragraph, line, sentence,
     * clause, word) found last in [target/2, target] or else first in (target, max]; a hard cut at
     * target when the window has no boundary at all. Looks only inside the window: linear time.
     */
    private int cut(String t, int pos) {
        int low = pos + targetChars / 2;
        int mid = pos + targetChars;
        String window = t.substring(low, pos + maxChars);
        for (String boundary : BOUNDARIES) {
            int before = window.lastIndexOf(boundary, mid - low - boundary.length());
            if (before >= 0) {
                return low + before + boundary.length();
            }
            int after = window.indexOf(boundary, mid - low);
            if (after >= 0) {
                return low + after + boundary.length();
            }
        }
        return mid;
    }

    private void mergeShortTail(List<String> pieces) {
        int n = pieces.size();
        if (n >= 2 && pieces.get(n - 1).length() < targetChars / 4
                && pieces.get(n - 2).length() + pieces.get(n - 1).length() + 1 <= maxChars) {
            pieces.set(n - 2, pieces.get(n - 2) + "\n" + pieces.get(n - 1));
            pieces.remove(n - 1);
        }
    }

    private static String sectionUrl(Document doc, Section section) {
        if (section.url() != null) {
            return section.url();
        }
        if (doc.url() == null || section.anchor() == null || doc.url().contains("#")) {
            return doc.url();
        }
        return doc.url() + "#" + section.anchor();
    }
}
