package org.osee.knowledge.chunk;

import java.util.ArrayList;
import java.util.List;
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

    /** Splits one section's text into pieces no longer than {@code maxChars}. */
    public List<String> split(String text) {
        String t = text.strip();
        List<String> pieces = new ArrayList<>();
        int pos = 0;
        while (pos < t.length()) {
            int end = t.length() - pos <= maxChars ? t.length() : cut(t, pos);
            String piece = t.substring(pos, end).strip();
            if (!piece.isEmpty()) {
                pieces.add(piece);
            }
            pos = end;
        }
        return mergeShortTail(pieces);
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

    private List<String> mergeShortTail(List<String> pieces) {
        int n = pieces.size();
        if (n >= 2 && pieces.get(n - 1).length() < targetChars / 4
                && pieces.get(n - 2).length() + pieces.get(n - 1).length() + 1 <= maxChars) {
            pieces.set(n - 2, pieces.get(n - 2) + "\n" + pieces.get(n - 1));
            pieces.remove(n - 1);
        }
        return pieces;
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
