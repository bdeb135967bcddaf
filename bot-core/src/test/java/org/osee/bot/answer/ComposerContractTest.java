package org.osee.bot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.osee.bot.answer.Fixtures.LICENCE_EN;
import static org.osee.bot.answer.Fixtures.LICENCE_FR;
import static org.osee.bot.answer.Fixtures.PROCUREMENT_EN;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.osee.knowledge.Passage;

/** What every {@link Composer} promises; each implementation's test extends this class. */
abstract class ComposerContractTest {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    static final List<Passage> PASSAGES = List.of(LICENCE_EN, PROCUREMENT_EN, LICENCE_FR);

    /** The composer under test. */
    abstract Composer composer();

    @Test
    void cites_only_retrieved_passages_with_numbers_in_range() {
        Composition answer = composer().compose("Does a public repository need a licence file?", "en", PASSAGES);

        assertThat(answer.isEmpty()).isFalse();
        assertThat(PASSAGES).containsAll(answer.cited());
        Matcher m = MARKER.matcher(answer.text());
        int markers = 0;
        while (m.find()) {
            markers++;
            assertThat(Integer.parseInt(m.group(1))).isBetween(1, answer.cited().size());
        }
        assertThat(markers).isPositive();
    }

    @Test
    void numbers_every_cited_passage_in_order_of_first_use() {
        Composition answer = composer().compose("Does a public repository need a licence file, and who sells support?",
                "en", PASSAGES);

        Matcher m = MARKER.matcher(answer.text());
        int expected = 1;
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            assertThat(n).isLessThanOrEqualTo(expected);
            if (n == expected) {
                expected++;
            }
        }
        assertThat(expected - 1).isEqualTo(answer.cited().size());
    }
}
