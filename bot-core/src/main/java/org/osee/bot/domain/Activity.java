package org.osee.bot.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What happened in a time range: the assistant's decisions per day and channel, the feedback people gave, and how
 * long escalated conversations waited for a first staff reply.
 *
 * @param daily             decisions per day, channel and decision, oldest day first
 * @param helpful           "helpful" feedback received
 * @param notHelpful        "not helpful" feedback received
 * @param staffReplyTimes   for each escalation in the range that staff answered: the time to the first staff reply
 * @param awaitingStaff     escalations in the range with no staff reply yet
 */
public record Activity(List<DailyCount> daily, long helpful, long notHelpful, List<Duration> staffReplyTimes,
                       long awaitingStaff) {
    public Activity {
        daily = List.copyOf(daily);
        staffReplyTimes = List.copyOf(staffReplyTimes);
    }

    /** Every decision in the range. */
    public long total() {
        return daily.stream().mapToLong(DailyCount::count).sum();
    }

    /** Decisions of one kind in the range. */
    public long count(Decision decision) {
        return daily.stream().filter(d -> d.decision() == decision).mapToLong(DailyCount::count).sum();
    }

    /** Share of decisions that were answers, 0..1; empty when there was nothing to decide. */
    public Optional<Double> answerRate() {
        long total = total();
        return total == 0 ? Optional.empty() : Optional.of((double) count(Decision.ANSWER) / total);
    }

    /** Share of feedback that said "helpful", 0..1; empty without feedback. */
    public Optional<Double> helpfulRate() {
        long total = helpful + notHelpful;
        return total == 0 ? Optional.empty() : Optional.of((double) helpful / total);
    }

    /** The median time to a first staff reply; empty when staff answered no escalation in the range. */
    public Optional<Duration> medianStaffReply() {
        if (staffReplyTimes.isEmpty()) {
            return Optional.empty();
        }
        List<Duration> sorted = new ArrayList<>(staffReplyTimes);
        sorted.sort(null);
        int n = sorted.size();
        return Optional.of(n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2));
    }
}
