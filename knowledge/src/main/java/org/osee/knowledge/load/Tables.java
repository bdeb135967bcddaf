package org.osee.knowledge.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.osee.knowledge.text.PlainText;

/**
 * Markdown (GFM) tables as lists: each body row becomes one list item, its first cell leading and the others after a
 * colon, so that a checklist or a table of criteria is quoted row by row, under the sentence that introduces it, as
 * any list is. The header row and cells without a letter (row numbers, check marks, empty "done?" columns) are left
 * out. Without this a table was indexed as one run of text that no answer could quote.
 */
final class Tables {
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");
    private static final Pattern ITEM_END = Pattern.compile("(?i)</li>|<br\\s*/?>|</p>");

    private Tables() {
    }

    /** Whether a paragraph's source lines are a table: a row of cells, then a rule row with pipes. */
    static boolean isTable(List<String> lines) {
        return lines.size() >= 2 && lines.get(0).indexOf('|') >= 0 && lines.get(1).indexOf('|') >= 0
                && PlainText.isTableRule(lines.get(1).strip());
    }

    /** The body rows of a table, each as a Markdown list item ("- first cell: other cells"); empty rows dropped. */
    static List<String> rowsAsItems(List<String> lines) {
        List<String> items = new ArrayList<>();
        for (String row : lines.subList(2, lines.size())) {
            List<String> cells = new ArrayList<>();
            for (String cell : UNESCAPED_PIPE.split(row.strip())) {
                String text = PlainText.line(ITEM_END.matcher(cell.replace("\\|", "|")).replaceAll(" ")).strip();
                if (text.codePoints().anyMatch(Character::isLetter)) {
                    cells.add(text);
                }
            }
            if (!cells.isEmpty()) {
                items.add("- " + join(cells));
            }
        }
        return items;
    }

    private static String join(List<String> cells) {
        StringBuilder out = new StringBuilder(cells.get(0));
        for (int i = 1; i < cells.size(); i++) {
            char last = out.charAt(out.length() - 1);
            out.append(i == 1 ? (last == ':' ? " " : ": ") : ".!?:;".indexOf(last) >= 0 ? " " : "; ")
                    .append(cells.get(i));
        }
        return out.toString();
    }
}
