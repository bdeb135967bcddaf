package org.osee.bot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osee.bot.domain.Activity;
import org.osee.bot.domain.DailyCount;
import org.osee.bot.domain.Decision;
import org.osee.bot.domain.EscalationReason;
import org.osee.bot.domain.Feedback;
import org.osee.bot.domain.MessageKind;
import org.osee.bot.domain.Reply;
import org.osee.bot.domain.UnansweredQuestion;
import org.osee.bot.port.InsightQueries;

/** The {@link InsightQueries} contract, run on every database. */
public abstract class InsightQueriesContractTest extends StoreContract {
    private InsightQueries insights;
    private Instant start;

    @BeforeEach
    void openInsights() {
        insights = new JdbcInsightQueries(db.database().dataSource(), clock);
        start = clock.instant().minus(Duration.ofHours(1));
    }

    private long decide(String platformId, String thread, String text, Reply reply) {
        stores.inbox().store(message(platformId, thread, text));
        var claimed = stores.workQueue().claim("w", clock.instant().plusSeconds(30)).orElseThrow();
        assertThat(stores.workQueue().complete(claimed, "w", reply)).isTrue();
        return stores.conversations().history(idOfThread(thread)).orElseThrow().messages().stream()
                .filter(m -> m.author() == org.osee.bot.domain.Author.BOT).reduce((a, b) -> b).orElseThrow().id();
    }

    private static Reply say(Decision decision, double confidence) {
        return new Reply(decision, "reply", confidence, "en", List.of(),
                decision == Decision.ESCALATE ? EscalationReason.LOW_CONFIDENCE : null, false);
    }

    /** The time from an instant to the next noon, UTC. */
    private static Duration untilNoon(Instant at) {
        Instant noon = day(at).atTime(12, 0).toInstant(ZoneOffset.UTC);
        return Duration.between(at, noon.isAfter(at) ? noon : noon.plus(Duration.ofDays(1)));
    }

    private static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }

    @Test
    void counts_decisions_per_day_and_channel_feedback_and_the_median_time_to_a_staff_reply() {
        clock.advance(untilNoon(clock.instant())); // the steps below stay on their day (the test ran near midnight once)
        Instant first = clock.instant();
        long answer = decide("m1", "t1", "Which licence for paid software?", say(Decision.ANSWER, 0.8));
        decide("m2", "t2", "Where is the canteen?", say(Decision.DECLINE, 0.05));
        stores.feedback().record(new Feedback(idOfThread("t1"), answer, true, "", clock.instant()));
        clock.advance(Duration.ofDays(1));
        Instant second = clock.instant();
        decide("m3", "t3", "Can we fund a maintainer?", say(Decision.ESCALATE, 0.1));
        clock.advance(Duration.ofMinutes(10));
        stores.staffDesk().reply(idOfThread("t3"), "Grace", "Yes, through a contract.");
        decide("m4", "t4", "Who signs the contributor agreement?", say(Decision.ESCALATE, 0.1));
        clock.advance(Duration.ofMinutes(30));
        stores.staffDesk().reply(idOfThread("t4"), "Grace", "The head of the office.");
        decide("m5", "t5", "Is there a code of conduct template?", say(Decision.ESCALATE, 0.1));

        Activity activity = insights.activity(start, clock.instant().plusSeconds(1));

        assertThat(activity.daily()).containsExactly(
                new DailyCount(day(first), "email", Decision.ANSWER, 1),
                new DailyCount(day(first), "email", Decision.DECLINE, 1),
                new DailyCount(day(second), "email", Decision.ESCALATE, 3));
        assertThat(activity.total()).isEqualTo(5);
        assertThat(activity.answerRate()).hasValue(0.2);
        assertThat(activity.helpful()).isEqualTo(1);
        assertThat(activity.notHelpful()).isZero();
        assertThat(activity.helpfulRate()).hasValue(1.0);
        assertThat(activity.medianStaffReply()).hasValue(Duration.ofMinutes(20)); // 10 and 30 minutes
        assertThat(activity.awaitingStaff()).isEqualTo(1);
    }

    @Test
    void unanswered_questions_are_escalated_declined_or_unsure_answers_with_the_question_text() {
        decide("m1", "t1", "Which licence for paid software?", say(Decision.ANSWER, 0.8));
        decide("m2", "t2", "Where is the canteen?", say(Decision.DECLINE, 0.05));
        clock.advance(Duration.ofSeconds(1));
        decide("m3", "t3", "Can we fund a maintainer?", say(Decision.ESCALATE, 0.1));
        clock.advance(Duration.ofSeconds(1));
        decide("m4", "t4", "How do we pick a foundation?", say(Decision.ANSWER, 0.3));
        clock.advance(Duration.ofSeconds(1));
        decide("m5", "t5", "Is this a clear question?", say(Decision.CLARIFY, 0.2));
        stores.inbox().store(message("m6", "t1", "a person please", MessageKind.HUMAN, null));
        var claimed = stores.workQueue().claim("w", clock.instant().plusSeconds(30)).orElseThrow();
        stores.workQueue().complete(claimed, "w", new Reply(Decision.ESCALATE, "Staff will answer.", 0, "en",
                List.of(), EscalationReason.ASKED_FOR_PERSON, false));

        List<UnansweredQuestion> unanswered = insights.unanswered(start, clock.instant().plusSeconds(1), 0.45, 10);

        assertThat(unanswered).extracting(UnansweredQuestion::text).containsExactly(
                "How do we pick a foundation?", "Can we fund a maintainer?", "Where is the canteen?");
        assertThat(unanswered).extracting(UnansweredQuestion::gapKind)
                .containsExactly("low_confidence", "escalated", "declined");
        assertThat(unanswered.get(1).reason()).isEqualTo(EscalationReason.LOW_CONFIDENCE);
        assertThat(unanswered.get(0).channel()).isEqualTo("email");
        assertThat(insights.unanswered(start, clock.instant().plusSeconds(1), 0.45, 1)).hasSize(1);
        assertThat(insights.unanswered(start, clock.instant().plusSeconds(1), 0.0, 10)).hasSize(2);
    }

    @Test
    void nothing_outside_the_range_is_counted() {
        decide("m1", "t1", "Where is the canteen?", say(Decision.DECLINE, 0.05));
        Instant after = clock.instant().plusSeconds(1);

        assertThat(insights.activity(after, after.plus(Duration.ofDays(1))).total()).isZero();
        assertThat(insights.unanswered(after, after.plus(Duration.ofDays(1)), 0.45, 10)).isEmpty();
        assertThat(insights.activity(start, after).total()).isEqualTo(1);
    }

    @Test
    void an_empty_or_reversed_range_is_refused() {
        assertThatThrownBy(() -> insights.activity(start, start)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("from < to");
        assertThatThrownBy(() -> insights.unanswered(start, start.plusSeconds(1), 0.5, 0))
                .hasMessageContaining("limit must be at least 1, was 0");
    }
}
