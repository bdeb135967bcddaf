package org.osee.bot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.osee.bot.answer.ExtractiveComposer.Candidate;
import org.osee.bot.answer.PassageUnits.Kind;

/** Builds and writes the coherent excerpts of an extractive answer: the one it leads with and its supports. */
final class Excerpts {
    /** Sentences a list's leaning lead-in may be quoted with ("It has two parts. However, if you must: ..."). */
    private static final int LEAD_IN_CONTEXT = 2;
    private Excerpts() {
    }

    /**
     * The excerpt around the best unit of a passage: for a list item, the list's lead-in and its items (the ones
     * that hold question terms when the list is long); for a sentence, the sentence with the ones before it that it
     * leans on ("This...", "However...", back to one that stands alone, four sentences at most), and the following
     * ones of its paragraph that hold question terms; empty when it leans on a sentence the passage does not hold. A document's own question ("So where do you
     * start?") is no answer: the excerpt goes on with what follows it, the rest of its paragraph or the list it
     * introduces, or is empty when nothing follows. The composer then leads with the next best unit.
     */
    static List<Candidate> lead(Candidate best, List<Candidate> all, int maxSentences, int maxItems, int maxChars) {
        List<Candidate> out = best.kind() == Kind.ITEM ? listInContext(best, all, maxItems, maxChars)
                : sentences(best, all, maxSentences, maxChars);
        if (out.isEmpty()) {
            return out;
        }
        Candidate last = out.get(out.size() - 1);
        if (!asks(last)) {
            return out;
        }
        List<Candidate> answer = following(last, all, out, maxSentences, maxItems, maxChars);
        return answer.isEmpty() ? List.of() : concat(out, answer);
    }

    /**
     * A supporting excerpt around one sentence, within {@code maxChars}: the sentence alone; with the sentences before
     * it that it leans on ("It also...", "But...", at most {@code maxSentences} in all); a question of the document's with the sentences that answer
     * it. Empty when it cannot stand so (nothing before it to lean on, nothing after the question, too long).
     */
    static List<Candidate> support(Candidate unit, List<Candidate> all, int maxSentences, int maxChars) {
        List<Candidate> out = new ArrayList<>(inContext(unit, all, maxSentences));
        if (out.isEmpty()) {
            return List.of();
        }
        if (asks(unit)) {
            List<Candidate> answer = following(unit, all, out, maxSentences - 1, 0, maxChars);
            if (answer.isEmpty()) {
                return List.of();
            }
            out.addAll(answer);
        }
        return chars(out) > maxChars ? List.of() : out;
    }

    /**
     * A unit with the sentences it leans on, back to one that stands on its own ("The standard covers X. This means
     * Y. Also, Z." for "Also, Z."), at most {@code maxUnits} in all; empty when that cannot be done (a sentence it
     * leans on is not in the passage, or the chain is longer): quoted alone it would mislead.
     */
    static List<Candidate> inContext(Candidate unit, List<Candidate> all, int maxUnits) {
        List<Candidate> out = new ArrayList<>(List.of(unit));
        Candidate first = unit;
        while (ExtractiveComposer.isAnaphoric(first.text())) {
            Candidate before = leanedOn(first, all);
            if (before == null || out.size() >= maxUnits) {
                return List.of();
            }
            out.add(0, before);
            first = before;
        }
        return out;
    }

    /**
     * The sentence a leaning one ("It also...", "However...") leans on: the unit right before it in its passage, in its
     * paragraph or ending the paragraph right before; {@code null} when there is none (the passage starts with it, a
     * heading, table or code block came between) or it is no statement (a list, a question, a line left out).
     */
    private static Candidate leanedOn(Candidate unit, List<Candidate> all) {
        Candidate before = all.stream().filter(c -> c.passage() == unit.passage() && c.position() < unit.position())
                .max(Comparator.comparingInt(Candidate::position)).orElse(null);
        return before != null && before.kind() == Kind.SENTENCE && !asks(before)
                && before.position() == unit.position() - 1 && unit.block() - before.block() <= 1 ? before : null;
    }

    /** Whether a sentence is a question the document asks (a heading-like or rhetorical question). */
    static boolean asks(Candidate unit) {
        return unit.kind() != Kind.ITEM && unit.text().endsWith("?");
    }

    private static List<Candidate> block(Candidate unit, List<Candidate> all) {
        return all.stream().filter(c -> c.passage() == unit.passage() && c.block() == unit.block())
                .sorted(Comparator.comparingInt(Candidate::position)).toList();
    }

    /**
     * What answers a question of the document: the next unit of its passage and the rest of that unit's block (its
     * list under the lead-in, or its paragraph's sentences whatever terms they hold), within the limits; a list only
     * when {@code maxItems} is positive.
     */
    private static List<Candidate> following(Candidate question, List<Candidate> all, List<Candidate> taken,
                                             int maxSentences, int maxItems, int maxChars) {
        Candidate next = all.stream().filter(c -> c.passage() == question.passage()
                && c.position() > question.position()).min(Comparator.comparingInt(Candidate::position)).orElse(null);
        if (next == null || asks(next)) {
            return List.of();
        }
        List<Candidate> block = block(next, all);
        if (next.kind() != Kind.SENTENCE) {
            if (maxItems <= 0) {
                return List.of();
            }
            Candidate first = block.stream().filter(c -> c.kind() == Kind.ITEM).findFirst().orElse(null);
            return first == null ? List.of() : list(first, block, maxItems, maxChars - chars(taken));
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : block.subList(block.indexOf(next), block.size())) {
            if (c.kind() != Kind.SENTENCE || out.size() >= maxSentences
                    || chars(taken) + chars(out) + c.text().length() > maxChars) {
                break;
            }
            out.add(c);
        }
        return out;
    }

    private static List<Candidate> concat(List<Candidate> a, List<Candidate> b) {
        List<Candidate> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The list around an item, with the sentences its lead-in leans on ("However, if you must: ..."), if any. */
    private static List<Candidate> listInContext(Candidate best, List<Candidate> all, int maxItems, int maxChars) {
        List<Candidate> out = list(best, block(best, all), maxItems, maxChars);
        Candidate first = out.get(0);
        if (first.kind() != Kind.LEAD_IN || !ExtractiveComposer.isAnaphoric(first.text())) {
            return out;
        }
        List<Candidate> context = inContext(first, all, LEAD_IN_CONTEXT + 1);
        if (context.size() < 2 || chars(out) + chars(context.subList(0, context.size() - 1)) > maxChars) {
            return out;
        }
        return concat(context.subList(0, context.size() - 1), out);
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

    private static List<Candidate> sentences(Candidate best, List<Candidate> all, int maxSentences, int maxChars) {
        List<Candidate> paragraph = block(best, all).stream().filter(c -> c.kind() == Kind.SENTENCE).toList();
        int at = paragraph.indexOf(best);
        List<Candidate> out = new ArrayList<>(inContext(best, all, maxSentences + 1));
        if (out.isEmpty()) {
            return out;
        }
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

    /**
     * Sentences run on in one paragraph; a list is written as a list under its lead-in. A quotation mark the excerpt
     * opens or closes without its pair (it starts inside a quotation that goes on past it, or ends one that began
     * before it) is left out.
     */
    static String render(List<Candidate> excerpt) {
        StringBuilder out = new StringBuilder();
        for (Candidate c : excerpt) {
            if (c.kind() == Kind.ITEM) {
                out.append(out.isEmpty() ? "- " : "\n- ").append(c.text());
            } else {
                out.append(out.isEmpty() ? "" : " ").append(ExtractiveComposer.withStop(c.text()));
            }
        }
        return withoutStrayQuotes(out.toString());
    }

    /** The text without an unpaired quotation mark at its start or its end ({@code "}, {@code “ ”}, {@code « »}). */
    static String withoutStrayQuotes(String text) {
        String t = text;
        for (String pair : List.of("\"\"", "“”", "«»")) {
            char open = pair.charAt(0);
            char close = pair.charAt(1);
            long opens = t.chars().filter(ch -> ch == open).count();
            long closes = open == close ? opens : t.chars().filter(ch -> ch == close).count();
            boolean unpaired = open == close ? opens % 2 == 1 : opens != closes;
            if (!unpaired) {
                continue;
            }
            if ((open == close || opens > closes) && t.startsWith(String.valueOf(open))) {
                t = t.substring(1).stripLeading();
            } else if (open == close || closes > opens) {
                int at = t.lastIndexOf(close);
                if (at >= 0 && t.substring(at + 1).matches("[.!?…]?")) {
                    t = (t.substring(0, at) + t.substring(at + 1)).stripTrailing();
                }
            }
        }
        return t;
    }
}
