package org.osee.knowledge.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one question fared, for debugging.
 *
 * @param id            the question's id
 * @param retrieved     the sources returned, best first (at most the evaluation depth)
 * @param expectedRanks 1-based rank of each expected source, 0 when it was not retrieved, in the question's order
 *                      of its expected sources
 * @param topScore      score of the first passage, 0 when none
 */
public record QuestionResult(String id, List<String> retrieved, Map<String, Integer> expectedRanks, double topScore) {
    public QuestionResult {
        retrieved = List.copyOf(retrieved);
        expectedRanks = Collections.unmodifiableMap(new LinkedHashMap<>(expectedRanks));
    }

    /** Rank of the first expected source found, 0 when none was found. */
    public int firstRank() {
        return expectedRanks.values().stream().filter(r -> r > 0).min(Integer::compare).orElse(0);
    }
}
