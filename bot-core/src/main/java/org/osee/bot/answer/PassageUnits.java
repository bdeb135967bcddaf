package org.osee.bot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.osee.knowledge.Passage;
import org.osee.knowledge.text.PlainText;

/**
 * Splits a passage into the units an answer can quote: the sentences of its paragraphs, and its list items, each
 * item tied to the sentence that introduces its list (the lead-in, usually ending with ":"). A list right under a
 * heading, with no sentence to introduce it, gets the heading as its lead-in ("Pitfalls:"), so that a list of
 * warnings is not quoted as a list of advice. Headings, tables and
 * code are left out; markup is removed with the shared {@link PlainText}.
 */
final class PassageUnits {
    /** What a unit is. */
    enum Kind { SENTENCE, LEAD_IN, ITEM }

    /**
     * One quotable unit.
     *
     * @param position order in the passage
     * @param block    the paragraph or list it belongs to; consecutive numbers for blocks with nothing between them
     *                 but blank lines (a heading, table or code block between skips a number)
     * @param kind     sentence, lead-in of a list, or list item
     * @param text     plain text
     */
    record Unit(int position, int block, Kind kind, String text) {
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,3}[.)])\\s+");
    private static final Pattern ATX = Pattern.compile("^\\s*#{1,6}\\s+");
    private static final Pattern HEADING = Pattern.compile("^\\s*#{1,6}\\s|^\\s*(=+|-+)\\s*$");
    private static final Pattern TABLE = Pattern.compile("^\\s*\\|.*");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");
    private static final Pattern CONTINUATION = Pattern.compile("^\\s{2,}\\S");

    private PassageUnits() {
    }

    static List<Unit> of(Passage passage) {
        Builder b = new Builder(passage.language(), Passage.innermostHeading(passage.section()));
        boolean fenced = false;
        boolean first = true;
        String[] lines = passage.text().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean opening = first && !line.isBlank() && (i + 1 == lines.length
                    || !BULLET.matcher(lines[i + 1]).find());
            first = first && line.isBlank();
            if (FENCE.matcher(line).find()) {
                fenced = !fenced;
                b.endBlock();
                continue;
            }
            if (fenced || HEADING.matcher(line).find() || TABLE.matcher(line).matches()) {
                b.endBlock();
                b.endList();
                b.interrupt();
                b.heading(!fenced && ATX.matcher(line).find() ? PlainText.inline(ATX.matcher(line).replaceFirst("")
                        .replaceAll("\\s#+\\s*$", "")) : null);
                continue;
            }
            if (line.isBlank()) {
                b.endBlock();
                continue;
            }
            boolean bullet = BULLET.matcher(line).find();
            String rest = bullet ? BULLET.matcher(line).replaceFirst("") : line;
            if (bullet && !(opening && continues(rest))) {
                b.item(rest);
            } else if (!bullet && b.inItem() && CONTINUATION.matcher(line).find()) {
                b.append(line);
            } else {
                b.endList();
                b.paragraph(rest);
            }
        }
        b.endBlock();
        return List.copyOf(b.units);
    }

    /**
     * Whether the text after a dash that opens a passage, with no list item below it, goes on with a sentence cut at
     * the passage's start (" - et seront payés...", a chunk cut after an aside) rather than starting a list item: it
     * starts in lower case.
     */
    private static boolean continues(String rest) {
        return !rest.isEmpty() && Character.isLowerCase(rest.codePointAt(0));
    }

    /** Collects blocks line by line and turns each finished block into units. */
    private static final class Builder {
        private final String language;
        private final List<Unit> units = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private boolean item;
        private int list = -1;
        private int blocks;
        private boolean interrupted;

        /** The heading right above what comes next (a heading line, or the passage's section at its start). */
        private String heading;

        Builder(String language, String section) {
            this.language = language;
            this.heading = section;
        }

        /** A heading line: it introduces a list right below it, if one follows. */
        void heading(String text) {
            heading = text;
        }

        boolean inItem() {
            return item && !current.isEmpty();
        }

        void append(String line) {
            current.append(' ').append(line.strip());
        }

        void paragraph(String line) {
            if (item) {
                endBlock();
            }
            interrupted = false;
            heading = null;
            append(line);
        }

        /**
         * A heading, table or code block: what came before introduces nothing after it, and the blocks on either side
         * are not adjacent (a block number is skipped).
         */
        void interrupt() {
            if (!interrupted) {
                blocks++;
            }
            interrupted = true;
        }

        void item(String text) {
            endBlock();
            if (list < 0) {
                list = blocks++;
                markLeadIn();
            }
            item = true;
            append(text);
        }

        void endList() {
            if (list >= 0 && item) {
                endBlock();
            }
            list = -1;
        }

        /**
         * The sentence just before a list introduces it when it ends with ":", or when it is a paragraph of one
         * sentence right above the list ("Command line apps can be accessible." and then how).
         */
        private void markLeadIn() {
            if (units.isEmpty() || interrupted) {
                if (heading != null && !heading.isBlank() && Character.isUpperCase(heading.codePointAt(0))) {
                    units.add(new Unit(units.size(), list, Kind.LEAD_IN, heading.strip() + ":"));
                }
                heading = null;
                return;
            }
            Unit last = units.get(units.size() - 1);
            boolean alone = units.size() == 1 || units.get(units.size() - 2).block() != last.block();
            if (last.kind() == Kind.SENTENCE && (last.text().endsWith(":") || alone)) {
                units.set(units.size() - 1, new Unit(last.position(), list, Kind.LEAD_IN, last.text()));
            }
        }

        void endBlock() {
            String text = current.toString().strip();
            current.setLength(0);
            if (text.isEmpty()) {
                item = false;
                return;
            }
            if (item) {
                units.add(new Unit(units.size(), list, Kind.ITEM, PlainText.inline(text)));
                item = false;
                return;
            }
            int block = blocks++;
            for (String sentence : PlainText.sentences(text, language)) {
                units.add(new Unit(units.size(), block, Kind.SENTENCE, sentence));
            }
        }
    }
}
