package org.osee.bot.insights;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One topic of the knowledge-gap report: questions people asked that the documents did not answer well, grouped
 * because they share their key terms.
 *
 * @param label    the group's key terms joined with " · " (the words as people wrote them), e.g. "hackathon · volunteer"
 * @param terms    the key terms, most weighty first
 * @param count    how many questions the group holds
 * @param byKind   how many were {@code escalated}, {@code declined} or {@code low_confidence}
 * @param examples a few of the questions, newest first
 * @param lastAsked when the newest was asked
 */
public record GapGroup(String label, List<String> terms, int count, Map<String, Integer> byKind,
                       List<String> examples, Instant lastAsked) {
    public GapGroup {
        Objects.requireNonNull(label, "label");
        terms = List.copyOf(terms);
        byKind = Map.copyOf(byKind);
        examples = List.copyOf(examples);
        Objects.requireNonNull(lastAsked, "lastAsked");
    }
}
