package org.osee.bot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.osee.bot.answer.ExtractiveComposer.Candidate;
import org.osee.bot.answer.PassageUnits.Kind;

/** Builds and writes the coherent excerpt an extractive answer leads with. */
final class Excerpts {
    private Excerpts() {
    }

    /**
     * The excerpt around the best unit of a passage: for a list item, the list's lead-in and its items (the ones
     * that hold question terms when the list is long); for a sentence, the sentence with the one before it when it
     * leans on it ("This...", "However..."), and the following ones of its paragraph that hold question terms.
     */
    static List<Candidate> lead(Candidate best, List<Candidate> all, int maxSentences, int maxItems, int maxChars) {
        List<Candidate> mine = all.stream().filter(c -> c.passage() == best.passage() && c.block() == best.block())
                .sorted(Comparator.comparingInt(Candidate::position)).toList();
        return best.kind() == Kind.ITEM ? list(best, mine, maxItems, maxChars) : sentences(best, mine, maxSentences,
                maxChars);
    }

    private static List<Candidate> list(Candidate best, List<Candidate> block, int maxItems, int maxChars) {
        List<Candidate> items = new ArrayList<>(block.stream().filter(c -> c.kind() == Kind.ITEM).toList());
        if (items.size() > maxItems) {
            List<Candidate> keep = new ArrayList<>(items.stream().filter(c -> c.coverage() > 0 || c == best).toList());
            keep.sort(Comparator.comparingDouble(Candidate::score).reversed());
            items.retainAll(keep.subList(0, Math.min(maxItems, keep.size())));
        }
        while (items.size() > 1 && chars(items) > maxChars) {
            items.stream().filter(c -> c != best).min(Comparator.comparingDouble(Candidate::score))
                    .ifPresent(items::remove);
        }
        List<Candidate> out = new ArrayList<>();
        block.stream().filter(c -> c.kind() == Kind.LEAD_IN).findFirst().ifPresent(out::add);
        out.addAll(items);
        return out;
    }

    private static List<Candidate> sentences(Candidate best, List<Candidate> block, int maxSentences, int maxChars) {
        List<Candidate> paragraph = block.stream().filter(c -> c.kind() == Kind.SENTENCE).toList();
        int at = paragraph.indexOf(best);
        List<Candidate> out = new ArrayList<>();
        if (at > 0 && ExtractiveComposer.isAnaphoric(best.text())) {
            out.add(paragraph.get(at - 1));
        }
        out.add(best);
        for (int i = at + 1; i < paragraph.size() && out.size() < maxSentences; i++) {
            Candidate next = paragraph.get(i);
            boolean adds = next.coverage() > 0 || ExtractiveComposer.isAnaphoric(next.text());
            if (!adds || chars(out) + next.text().length() > maxChars) {
                break;
            }
            out.add(next);
        }
        return out;
    }

    private static int chars(List<Candidate> units) {
        return units.stream().mapToInt(c -> c.text().length() + 1).sum();
    }

    /** Sentences run on in one paragraph; a list is written as a list under its lead-in. */
    static String render(List<Candidate> excerpt) {
        StringBuilder out = new StringBuilder();
        for (Candidate c : excerpt) {
            if (c.kind() == Kind.ITEM) {
                out.append(out.isEmpty() ? "- " : "\n- ").append(c.text());
            } else {
                out.append(out.isEmpty() ? "" : " ").append(ExtractiveComposer.withStop(c.text()));
            }
        }
        return out.toString();
    }
}
