package org.osee.bot.answer;

import java.util.List;
import java.util.Objects;
import org.osee.bot.domain.Citation;
import org.osee.knowledge.BadInputException;
import org.osee.knowledge.Passage;

/**
 * An answer written from passages.
 *
 * @param text     the answer; marker [n] refers to {@code cited.get(n - 1)}
 * @param cited    the passages the text relies on, in the order of their numbers
 * @param verbatim true when the text quotes the passages word for word (so it is in their language)
 */
public record Composition(String text, List<Passage> cited, boolean verbatim) {
    public Composition {
        Objects.requireNonNull(text, "text");
        cited = List.copyOf(cited);
        if (!text.isBlank() && cited.isEmpty()) {
            throw new BadInputException("an answer must cite at least one passage");
        }
    }

    /** Nothing to say. */
    public static Composition none() {
        return new Composition("", List.of(), false);
    }

    /** True when there is no answer. */
    public boolean isEmpty() {
        return text.isBlank();
    }

    /** The cited passages as citations, in the order of their numbers. */
    public List<Citation> citations() {
        return cited.stream().map(p -> new Citation(p.source(), p.title(), p.section(), p.url())).toList();
    }
}
